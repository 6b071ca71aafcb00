-- eventwire store schema (DuckDB). One row per article and per event; the full event
-- record (design.md) is kept as JSON in events.record, its main fields as columns.
CREATE TABLE IF NOT EXISTS articles (
    article_id  VARCHAR PRIMARY KEY,
    title       VARCHAR,
    published   DATE,
    source      VARCHAR,
    url         VARCHAR,
    language    VARCHAR,
    text        VARCHAR
);

CREATE TABLE IF NOT EXISTS events (
    event_id          VARCHAR PRIMARY KEY,
    article_id        VARCHAR NOT NULL,
    sentence          INTEGER,
    actor_code        VARCHAR NOT NULL,
    actor_country     VARCHAR,
    actor_sector      VARCHAR,
    recipient_code    VARCHAR,
    recipient_country VARCHAR,
    recipient_sector  VARCHAR,
    cameo             VARCHAR NOT NULL,
    cameo_root        VARCHAR NOT NULL,
    goldstein         DOUBLE,
    quad_class        TINYINT,
    plover            VARCHAR,
    date              DATE,
    date_precision    VARCHAR,
    location_name     VARCHAR,
    location_country  VARCHAR,
    location_lat      DOUBLE,
    location_lon      DOUBLE,
    confidence        DOUBLE,
    record            JSON
);
