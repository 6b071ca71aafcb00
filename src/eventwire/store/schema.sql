-- eventwire store schema (DuckDB, one file, no server). Version 2.
--
-- articles  one row per article ingested (its text, and a hash of it: ingesting the
--           same article again changes nothing).
-- events    one row per happening: the same actor, recipient, CAMEO base code, modality
--           and date (within a day) is one event across sentences and articles. Its
--           fields are those of its first report (the representative), whose full
--           record (design.md) is kept as JSON in `record`.
-- mentions  one row per sentence that states an event, in any article.
-- event_counts  GDELT's NumMentions, NumSources and NumArticles per event, from mentions.
--
-- Articles are written in batches (by default up to 100 articles or 2 seconds of
-- coding), each batch in one transaction with its events and mentions: a run killed at
-- any moment leaves the database as it was before the batch in flight, and a re-run
-- stores the rest, giving the same database as one uninterrupted run.

CREATE TABLE IF NOT EXISTS articles (
    article_id    VARCHAR PRIMARY KEY,
    title         VARCHAR,
    published     DATE,
    source        VARCHAR,   -- the outlet (or the URL's host)
    url           VARCHAR,
    language      VARCHAR,
    text          VARCHAR,
    content_hash  VARCHAR NOT NULL,  -- sha1 of title, date, source, url and text
    n_events      INTEGER NOT NULL,  -- events coded in it (before merging)
    ingested_seq  BIGINT NOT NULL    -- order of ingestion (1, 2, ...)
);

CREATE TABLE IF NOT EXISTS events (
    event_id           VARCHAR PRIMARY KEY,
    article_id         VARCHAR NOT NULL,  -- the first article that reported it
    sentence           INTEGER,
    actor_code         VARCHAR NOT NULL,
    actor_country      VARCHAR,
    actor_sector       VARCHAR,
    actor_name         VARCHAR,
    recipient_code     VARCHAR,
    recipient_country  VARCHAR,
    recipient_sector   VARCHAR,
    recipient_name     VARCHAR,
    cameo              VARCHAR NOT NULL,
    cameo_root         VARCHAR NOT NULL,
    goldstein          DOUBLE,
    quad_class         TINYINT,
    plover             VARCHAR,
    negated            BOOLEAN NOT NULL,
    hypothetical       BOOLEAN NOT NULL,
    future             BOOLEAN NOT NULL,
    historical         BOOLEAN NOT NULL,
    reported_by        VARCHAR,
    date               DATE,
    date_precision     VARCHAR,   -- day | month | year
    location_name      VARCHAR,
    location_country   VARCHAR,
    location_lat       DOUBLE,
    location_lon       DOUBLE,
    location_geonameid BIGINT,
    location_precision VARCHAR,   -- city | admin1 | country
    evidence_text      VARCHAR,   -- the first report's sentence
    evidence_trigger   VARCHAR,
    evidence_rule      VARCHAR,
    confidence         DOUBLE,
    first_seq          BIGINT NOT NULL,   -- ingested_seq of the first article
    match_key          VARCHAR NOT NULL,  -- what must be equal for two reports to merge
    record             JSON,              -- the first report's full event record
    -- kept up to date by every write, for fast reads (event_counts says the same):
    num_mentions       INTEGER,
    num_sources        INTEGER,
    num_articles       INTEGER,
    mention_list       JSON     -- [{article_id, sentence, start, end}] in ingestion order
);

CREATE TABLE IF NOT EXISTS mentions (
    event_id    VARCHAR NOT NULL,
    article_id  VARCHAR NOT NULL,
    sentence    INTEGER NOT NULL,
    start_char  INTEGER,
    end_char    INTEGER,
    source      VARCHAR,   -- the article's outlet, for NumSources
    PRIMARY KEY (event_id, article_id, sentence)
);

CREATE OR REPLACE VIEW event_counts AS
SELECT
    event_id,
    count(*) AS num_mentions,
    count(DISTINCT coalesce(source, article_id)) AS num_sources,
    count(DISTINCT article_id) AS num_articles
FROM mentions
GROUP BY event_id;
