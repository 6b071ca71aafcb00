"""Tests of the ingest readers: wire layout, plain text, JSONL, CSV, paths and errors."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from eventwire.errors import InputError
from eventwire.ingest import ReadReport, read_paths, read_text
from eventwire.records import Article

SEED = Path(__file__).parents[3] / "shared/seeds/000_fa105d570f8d459d.txt"

WIRE = """\
Kenya and Somalia Agree to Reopen Border Crossing at Mandera

{date}

The  Horn   Observer

Kenya and Somalia agreed on Wednesday to reopen the Mandera border crossing, closed since
fighting between Somali troops and regional forces spilled over the frontier in January.

"We have agreed that trade must resume," Kenyan Foreign Minister Raychelle Omamo told
reporters in Nairobi after meeting her Somali counterpart.

The African Union, which keeps a peacekeeping force in Somalia, has urged

both governments to settle the dispute through talks.

Original url:

<https://example.org/2021/03/03/kenya-somalia-border>
"""

WIRE_BODY = (
    "Kenya and Somalia agreed on Wednesday to reopen the Mandera border crossing, "
    "closed since fighting between Somali troops and regional forces spilled over the "
    "frontier in January.\n\n"
    '"We have agreed that trade must resume," Kenyan Foreign Minister Raychelle Omamo '
    "told reporters in Nairobi after meeting her Somali counterpart.\n\n"
    "The African Union, which keeps a peacekeeping force in Somalia, has urged both "
    "governments to settle the dispute through talks."
)

PLAIN = """\
Protesters marched through central Minsk on Sunday to demand the release of detained
opposition leaders, witnesses said.

Police detained dozens of people near the main square.
"""

JSONL_ARTICLE = {
    "id": "mali-0001",
    "text": "Mali's transitional government expelled the French ambassador on Monday.",
    "title": "Mali Expels French Envoy",
    "date": "2022-01-31T09:15:00Z",
    "url": "https://example.org/mali-envoy",
    "source": "Sahel Dispatch",
    "language": "en",
}


def _write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def _read(paths: list[str]) -> tuple[list[Article], ReadReport]:
    report = ReadReport()
    articles = list(read_paths(paths, report))
    return articles, report


# --- wire layout and plain text ---------------------------------------------------


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        ("title", "Lavrov: Russia 'Optimistic' on Syria Peace Talks Early Next Year"),
        ("published", "2014-12-16"),
        ("source", "The Moscow Times"),
        (
            "url",
            "https://www.themoscowtimes.com/2014/12/16/"
            "lavrov-russia-optimistic-on-syria-peace-talks-early-next-year-a42358",
        ),
    ],
)
def test_read_paths_reads_seed_article(field: str, expected: str) -> None:
    if not SEED.exists():
        pytest.skip(f"seed article not found at {SEED}")
    articles, report = _read([str(SEED)])
    assert report.skipped == []
    assert len(articles) == 1
    assert getattr(articles[0], field) == expected


@pytest.mark.parametrize(
    "expected",
    [
        'Staffan de Mistura, has proposed an "action plan" to implement',
        "Russian Foreign Minister Sergei Lavrov said Tuesday.\n\nMoscow, an ally",
    ],
)
def test_read_paths_seed_body_mends_broken_line(expected: str) -> None:
    if not SEED.exists():
        pytest.skip(f"seed article not found at {SEED}")
    (article,), _ = _read([str(SEED)])
    assert expected in article.text
    assert article.text.startswith("Russia is optimistic")
    assert article.text.endswith("to crush the unrest by force.")
    assert "Original url" not in article.text


@pytest.mark.parametrize(
    "date_line",
    [
        "March 3, 2021",
        "Mar. 3, 2021",
        "Mar 3, 2021",
        "3 March 2021",
        "2021-03-03",
        "Wednesday, March 3, 2021",
        "March 3, 2021 10:32 AM",
    ],
)
def test_read_text_parses_wire_layout(date_line: str) -> None:
    article = read_text(WIRE.format(date=date_line), "kenya.txt")
    assert (
        article.title == "Kenya and Somalia Agree to Reopen Border Crossing at Mandera"
    )
    assert article.published == "2021-03-03"
    assert article.source == "The Horn Observer"
    assert article.url == "https://example.org/2021/03/03/kenya-somalia-border"
    assert article.text == WIRE_BODY
    assert article.origin == "kenya.txt"
    assert article.id == Article.make_id(WIRE_BODY, article.title, article.url)


@pytest.mark.parametrize(
    ("text", "title", "source", "body"),
    [
        # no outlet line: the line after the date is the body
        (
            "Talks Resume in Doha\n\nMay 4, 2020\n\nUS and Taliban envoys met again.\n",
            "Talks Resume in Doha",
            None,
            "US and Taliban envoys met again.",
        ),
        # a byline between the title and the date is header, not body
        (
            "Talks Resume\nBy Staff Writers\nMay 4, 2020\nDoha Daily\n\nEnvoys met.\n",
            "Talks Resume",
            "Doha Daily",
            "Envoys met.",
        ),
    ],
)
def test_read_text_finds_optional_header_lines(
    text: str, title: str, source: str | None, body: str
) -> None:
    article = read_text(text)
    assert (article.title, article.published, article.source, article.text) == (
        title,
        "2020-05-04",
        source,
        body,
    )


@pytest.mark.parametrize("text", [PLAIN])
def test_read_text_reads_plain_text(text: str) -> None:
    article = read_text(text, "minsk.txt")
    assert (article.title, article.published, article.source, article.url) == (
        None,
        None,
        None,
        None,
    )
    assert article.text == (
        "Protesters marched through central Minsk on Sunday to demand the release of "
        "detained opposition leaders, witnesses said.\n\n"
        "Police detained dozens of people near the main square."
    )
    assert article.language == "en"
    assert article.origin == "minsk.txt"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # ends without punctuation, next starts lowercase: one sentence
        ("Rebels seized\n\nthe town of Goma.", "Rebels seized the town of Goma."),
        # next starts with an opening quote and lowercase
        (
            'The envoy called it\n\n"a step forward."',
            'The envoy called it "a step forward."',
        ),
        (
            "The envoy called it\n\n“a step forward.”",
            "The envoy called it “a step forward.”",
        ),
        # ends with a full stop: two paragraphs
        (
            "Rebels seized Goma.\n\nthe army fled.",
            "Rebels seized Goma.\n\nthe army fled.",
        ),
        # ends with a colon: two paragraphs
        ("He said:\n\nthe talks failed.", "He said:\n\nthe talks failed."),
        # next starts uppercase: two paragraphs (a heading)
        (
            "Background\n\nThe war began in 2011.",
            "Background\n\nThe war began in 2011.",
        ),
        # lines wrapped inside a paragraph are joined; sentence ends keep their break
        ("The army\nwithdrew.\nTalks began.", "The army withdrew.\nTalks began."),
        # runs of spaces and tabs collapse; blank-line runs make one break
        (
            "Troops   moved\tnorth.\n\n\n\nShelling  went on.",
            "Troops moved north.\n\nShelling went on.",
        ),
        ("Troops\u00a0\u00a0moved north.", "Troops moved north."),
    ],
)
def test_read_text_joins_paragraphs(text: str, body: str) -> None:
    assert read_text(text).text == body


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # a heading and the short headlines of a list of links
        (
            "Most read\nPolice fire on miners\nTalks resume in Doha",
            "Most read\nPolice fire on miners\nTalks resume in Doha",
        ),
        # long headlines, each closed by its date
        (
            "Related\nTroops withdraw from the border region after weeks of talks "
            "(03.01.2025)\nParliament votes to extend the state of emergency by a "
            "month (March 2025)",
            "Related\nTroops withdraw from the border region after weeks of talks "
            "(03.01.2025)\nParliament votes to extend the state of emergency by a "
            "month (March 2025)",
        ),
        # a bulleted list, and a live page's time-stamped key events
        (
            "- Troops withdraw from the border region after weeks of hard talks\n"
            "- Parliament votes to extend the state of emergency",
            "- Troops withdraw from the border region after weeks of hard talks\n"
            "- Parliament votes to extend the state of emergency",
        ),
        (
            "18:40 Army says it will take charge of security from ten tonight\n"
            "16:20 Prime minister resigns",
            "18:40 Army says it will take charge of security from ten tonight\n"
            "16:20 Prime minister resigns",
        ),
    ],
)
def test_read_text_keeps_the_lines_of_a_list(text: str, body: str) -> None:
    # each line is a headline or an item of its own, not one wrapped sentence
    assert read_text(text).text == body


def test_read_text_still_mends_a_wrapped_line_that_ends_in_a_year() -> None:
    text = (
        "The army said the rebels had been driven out of the town by the end of 2024\n"
        "and that the roads were open again."
    )
    assert read_text(text).text == text.replace("\n", " ")


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Brussels, 20 November 2023", "2023-11-20"),
        ("GENEVA, March 12, 2025", "2025-03-12"),
        ("Gaza City, Palestinian Territories, 3 March 2024", "2024-03-03"),
        # a dot between the town and the weekday and date
        ("Manado \u25cf Tue, March 5, 2024", "2024-03-05"),
    ],
)
def test_read_text_a_town_and_date_line_dates_the_story_and_stays_its_dateline(
    line: str, day: str
) -> None:
    text = f"EU Widens Sanctions\n\n{line}\n\nThe  Brussels Wire\n\nMinisters met."
    article = read_text(text)
    assert article.published == day
    assert article.source == "The Brussels Wire"
    assert article.text == f"{line}\n\nMinisters met."


@pytest.mark.parametrize(
    "line",
    [
        "Published: 16 December 2014",
        "Posted on December 16, 2014",
        "Last updated 16 December 2014",
        "Updated: Dec 16, 2014 10:32 AM ET",
        "December 16, 2014 at 10:32 am",
        "By Jane Doe | December 16, 2014",
        "2014/12/16",
        "16/12/2014",
        "12/16/2014",
        # the zone in brackets, or the time before the date
        "Published On 16 Dec 2014 11:32 AM (GMT)",
        "Updated 14:05 GMT, 16 December 2014",
        "10:32 AM, December 16, 2014",
        "Published 3:45 PM EST Dec 16, 2014",
        "12.30 on 16 December 2014",
    ],
)
def test_read_text_reads_a_page_s_labelled_or_slashed_date_line(line: str) -> None:
    article = read_text(f"Talks Resume\n\n{line}\n\nThe  Wire\n\nEnvoys met.")
    assert (article.published, article.source, article.text) == (
        "2014-12-16",
        "The Wire",
        "Envoys met.",
    )


@pytest.mark.parametrize(
    "line",
    [
        # a blog's byline, date and comment count in dashes
        "By Jane Doe - December 16, 2014 - 0 Comments",
        "Politics \u00b7 16 Dec 2014",
        # "at" or "as of" after the label, and the later update after a bar
        "Posted at 12/16/2014 7:22 PM | Updated as of 12/17/2014 8:05 AM",
        "As of December 16, 2014",
        # who updated it, after the date
        "Last Updated on December 16, 2014 by Wire Staff",
    ],
)
def test_read_text_reads_a_date_among_a_blog_s_page_furniture(line: str) -> None:
    article = read_text(f"Talks Resume\n\n{line}\n\nThe  Wire\n\nEnvoys met.")
    assert (article.published, article.source, article.text) == (
        "2014-12-16",
        "The Wire",
        "Envoys met.",
    )


@pytest.mark.parametrize(
    "line",
    ["Army - Navy game ends in a draw", "Posted at noon", "Reported by Jane Doe"],
)
def test_read_text_a_line_of_parts_with_no_date_is_no_date_line(line: str) -> None:
    article = read_text(f"Talks Resume\n\n{line}\n\nEnvoys met.")
    assert article.published is None


def test_read_text_a_date_line_past_short_lines_of_page_furniture() -> None:
    # bylines, a handle, share and listen buttons between the title and the date
    article = read_text(
        "Police Clash With Miners\n\nBy Jane Doe and John Roe\n\n@janedoe\n\n"
        "Share\n\nListen to this article · 5 min\n\n"
        "Updated 14:05 GMT, 16 December 2014\n\nThe  Wire\n\n"
        "Police fired tear gas.\n\nMiners fled."
    )
    assert (article.published, article.source, article.text) == (
        "2014-12-16",
        "The Wire",
        "Police fired tear gas.\n\nMiners fled.",
    )


@pytest.mark.parametrize(
    ("masthead", "under", "body"),
    [
        # the outlet's name above the date line: the line under the date is the
        # story's (a byline, dropped as the writers' lines are; the page's summary
        # heading; the towns it was filed from)
        ("Pampas Herald - English edition", "By Lucia Ferreyra", ""),
        ("The Steppe Courier", "Summary", "Summary\n\n"),
        (
            "Caspian Monitor | Europe edition",
            "Tbilisi / Vienna",
            "Tbilisi / Vienna\n\n",
        ),
    ],
)
def test_read_text_an_outlet_above_the_date_line_is_the_source(
    masthead: str, under: str, body: str
) -> None:
    article = read_text(
        f"Miners Block Railway\n\n{masthead}\n\nTuesday 16 December 2014 14.02 GMT"
        f"\n\n{under}\n\nMiners blocked the railway on Tuesday.\n\nPolice watched."
    )
    assert (article.published, article.source) == ("2014-12-16", masthead)
    assert article.text == (
        f"{body}Miners blocked the railway on Tuesday.\n\nPolice watched."
    )


@pytest.mark.parametrize(
    ("under", "body"),
    [
        ("By Lucia Ferreyra and Tomas Ruiz", ""),
        # (a byline with a town stays: the layout reads where the story was filed)
        ("By Musa Ibrahim, Kaduna", "By Musa Ibrahim, Kaduna\n\n"),
        ("Summary", "Summary\n\n"),
        ("Key points", "Key points\n\n"),
        ("Listen to this article", "Listen to this article\n\n"),
    ],
)
def test_read_text_a_byline_or_heading_under_the_date_is_no_outlet(
    under: str, body: str
) -> None:
    article = read_text(
        f"Miners Block Railway\n\nDecember 16, 2014\n\n{under}\n\n"
        "Miners blocked the railway on Tuesday.\n\nPolice watched."
    )
    assert (article.source, article.text) == (
        None,
        f"{body}Miners blocked the railway on Tuesday.\n\nPolice watched.",
    )


@pytest.mark.parametrize(
    "above",
    [
        # a short summary above the date, a writers' line, a button: no outlet, and
        # the outlet under the date is still taken
        "Treasury targets 14 firms",
        "Anna Petrova in Almaty",
        "Share",
    ],
)
def test_read_text_a_line_above_the_date_that_is_no_masthead(above: str) -> None:
    article = read_text(
        f"Miners Block Railway\n\n{above}\n\nDecember 16, 2014\n\nThe  Wire\n\n"
        "Miners blocked the railway on Tuesday."
    )
    assert (article.source, article.text) == (
        "The Wire",
        "Miners blocked the railway on Tuesday.",
    )


@pytest.mark.parametrize(
    "writers",
    [
        "Anna Petrova in Almaty\n\n@annapetrova",
        "Martin Chulov in Beirut and Bethan McKernan in Istanbul",
    ],
)
def test_read_text_the_writers_lines_under_a_page_s_header_are_not_the_story(
    writers: str,
) -> None:
    # where the writers are is not where the news is; the story starts below them
    article = read_text(
        "Two Killed in Border Clash\n\nTuesday 16 December 2014 14.02 GMT\n\n"
        f"The Courier\n\n{writers}\n\nTwo guards were killed.\n\nTalks began."
    )
    assert article.text == "Two guards were killed.\n\nTalks began."


def test_read_text_a_text_with_no_header_keeps_a_headline_like_a_byline() -> None:
    article = read_text("Biden Visits Troops in Kenya\n\nThe president landed.")
    assert article.text == "Biden Visits Troops in Kenya\n\nThe president landed."


def test_read_text_no_date_line_past_a_sentence_far_below_the_title() -> None:
    # past the first three lines, only short furniture may come before the date
    article = read_text(
        "Police Clash With Miners\n\nThe standfirst tells the story in a sentence.\n\n"
        "By Jane\n\nShare\n\nDecember 16, 2014\n\nPolice fired tear gas."
    )
    assert article.published is None


def test_read_text_a_release_with_no_date_line_is_dated_by_its_signed_foot() -> None:
    # a ministry's page: no date line under the title; its town and day at the foot
    text = (
        "Ministry condemns pipeline attack\n\nMinistry of Petroleum\n\nPress Release\n\n"
        "The ministry condemns the attack on the pipeline on Friday.\n\n"
        "Signed:\nJane Doe\nDirector, Press\nAbuja, Saturday, 21 November 2026\n\n"
        "Share this: Facebook | X\n\nRelated news\nNNPC, partners sign gas deal - 14 November 2026\n"
    )
    article = read_text(text)
    assert (article.published, article.title) == (
        "2026-11-21",
        "Ministry condemns pipeline attack",
    )
    assert article.text.startswith("Ministry of Petroleum")
    assert "Abuja, Saturday, 21 November 2026" in article.text


@pytest.mark.parametrize(
    "text",
    [
        # a story that names a town and a day at its foot on a line of news
        "Talks Resume\n\nEnvoys met.\n\nThey meet again in Oslo, 3 March 2026.\n",
        # plain text with no headline: its first line is a sentence
        "Envoys met in Oslo on Friday.\n\nThey agreed a truce.\n\nTalks go on.\n\n"
        "Aid arrived.\n\nOslo, 3 March 2026\n",
    ],
)
def test_read_text_no_foot_date_without_a_headline_and_a_line_of_its_own(
    text: str,
) -> None:
    assert read_text(text).published is None


@pytest.mark.parametrize(
    "line", ["10:32 AM", "14:05 GMT", "16.12 2014", "10:32 Decision"]
)
def test_read_text_a_time_alone_is_no_date_line(line: str) -> None:
    # a clock time with no date after it dates nothing
    assert read_text(f"Talks Resume\n\n{line}\n\nEnvoys met.").published is None


def test_read_text_a_slashed_date_of_two_readings_is_no_date_line() -> None:
    # "03/04/2014" is March 4 or April 3: the page is read as plain text
    article = read_text("Talks Resume\n\n03/04/2014\n\nEnvoys met.")
    assert article.published is None


def test_read_text_a_town_and_impossible_date_line_is_an_error() -> None:
    with pytest.raises(InputError) as caught:
        read_text("Talks Resume\n\nOslo, 31 February 2014\n\nEnvoys met.")
    assert str(caught.value) == (
        '<text>:3: the date line "Oslo, 31 February 2014" is not a real date; '
        'expected a date like "December 16, 2014".'
    )


@pytest.mark.parametrize(
    "trailer",
    [
        "Original url:\n\n<https://example.org/a>",
        "Original url:\nhttps://example.org/a",
        "Original url: <https://example.org/a>",
        "URL: https://example.org/a",
    ],
)
def test_read_text_reads_url_trailer(trailer: str) -> None:
    article = read_text(f"Police dispersed the rally.\n\n{trailer}\n")
    assert article.url == "https://example.org/a"
    assert article.text == "Police dispersed the rally."


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("  \n\n ", "<text>: the text is empty; expected the text of an article."),
        (
            "Talks Resume\n\nFebruary 31, 2014\n\nEnvoys met.",
            '<text>:3: the date line "February 31, 2014" is not a real date; '
            'expected a date like "December 16, 2014".',
        ),
        (
            "Talks Resume\n\nMay 4, 2020\n\nOriginal url:\n<https://example.org/a>",
            "<text>: no article text, only a header (title, date, outlet or url); "
            "expected paragraphs of text.",
        ),
    ],
)
def test_read_text_raises_input_error(text: str, message: str) -> None:
    with pytest.raises(InputError) as caught:
        read_text(text)
    assert str(caught.value) == message


# --- JSONL and CSV ------------------------------------------------------------------


@pytest.mark.parametrize("name", ["mali.jsonl", "mali.ndjson", "mali.json"])
def test_read_paths_reads_jsonl_fields(tmp_path: Path, name: str) -> None:
    path = _write(tmp_path / name, json.dumps(JSONL_ARTICLE) + "\n")
    (article,), report = _read([str(path)])
    assert article == Article(
        id="mali-0001",
        text=JSONL_ARTICLE["text"],
        title="Mali Expels French Envoy",
        published="2022-01-31",
        source="Sahel Dispatch",
        url="https://example.org/mali-envoy",
        language="en",
        origin=f"{path}:1",
    )
    assert (report.articles, report.skipped) == (1, [])


@pytest.mark.parametrize(
    ("record", "published"),
    [
        ({"text": "Troops withdrew.", "date": "2014-12-16"}, "2014-12-16"),
        (
            {"text": "Troops withdrew.", "published": "2014-12-16 08:00:00"},
            "2014-12-16",
        ),
        (
            {"text": "Troops withdrew.", "date": "2014-12-16T08:00:00+03:00"},
            "2014-12-16",
        ),
        ({"text": "Troops withdrew.", "date": None}, None),
        ({"text": "Troops withdrew.", "date": ""}, None),
        ({"text": "Troops withdrew."}, None),
    ],
)
def test_read_paths_jsonl_keeps_date_part(
    tmp_path: Path, record: dict[str, object], published: str | None
) -> None:
    path = _write(tmp_path / "a.jsonl", json.dumps(record) + "\n")
    (article,), _ = _read([str(path)])
    assert article.published == published


@pytest.mark.parametrize(
    "record",
    [{"text": "Iran test-fired a missile.", "title": "Missile Test", "url": "u"}],
)
def test_read_paths_jsonl_id_fallback_is_stable(
    tmp_path: Path, record: dict[str, str]
) -> None:
    path = _write(tmp_path / "a.jsonl", json.dumps(record) + "\n")
    (first,), _ = _read([str(path)])
    (second,), _ = _read([str(path)])
    assert first.id == second.id == Article.make_id(record["text"], "Missile Test", "u")
    assert first.language == "en"


@pytest.mark.parametrize(
    "content",
    [
        "id,text,title,date,url,source\n"
        'c1,"Seoul protested, calling the launch ""a provocation"".",Launch,'
        "2017-07-04,https://example.org/c1,Korea Wire\n"
        "\n"
        ',"Japan lodged a protest.\nTokyo summoned the envoy.",,,,\n',
    ],
)
def test_read_paths_reads_csv(tmp_path: Path, content: str) -> None:
    path = _write(tmp_path / "korea.csv", content)
    (first, second), report = _read([str(path)])
    assert first == Article(
        id="c1",
        text='Seoul protested, calling the launch "a provocation".',
        title="Launch",
        published="2017-07-04",
        source="Korea Wire",
        url="https://example.org/c1",
        origin=f"{path}:2",
    )
    assert second.text == "Japan lodged a protest.\nTokyo summoned the envoy."
    assert second.id == Article.make_id(second.text)
    assert (second.title, second.published, second.origin) == (None, None, f"{path}:4")
    assert (report.articles, report.skipped) == (2, [])


# --- stdin, folders, globs, encodings --------------------------------------------------


@pytest.mark.parametrize(
    ("stdin", "texts", "origins"),
    [
        (PLAIN, [read_text(PLAIN).text], ["<stdin>"]),
        (
            '\n{"text": "Troops withdrew."}\n{"text": "Talks began."}\n',
            ["Troops withdrew.", "Talks began."],
            ["<stdin>:2", "<stdin>:3"],
        ),
    ],
)
def test_read_paths_reads_stdin(
    monkeypatch: pytest.MonkeyPatch, stdin: str, texts: list[str], origins: list[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    articles, report = _read(["-"])
    assert [a.text for a in articles] == texts
    assert [a.origin for a in articles] == origins
    assert report.articles == len(texts)


@pytest.mark.parametrize("stdin", [b'\xef\xbb\xbf{"text": "Troops withdrew."}\n'])
def test_read_paths_reads_stdin_bytes(
    monkeypatch: pytest.MonkeyPatch, stdin: bytes
) -> None:
    wrapper = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", wrapper)
    (article,), _ = _read(["-"])
    assert article.text == "Troops withdrew."


@pytest.mark.parametrize(
    "files",
    [
        {
            "b.txt": "Rebels shelled the port.",
            "a.jsonl": '{"text": "Envoys met."}\n',
            "sub/c.csv": "text\nTroops withdrew.\n",
            "sub/deeper/d.text": "Police fired tear gas.",
            "notes.md": "not an article",
            ".hidden/e.txt": "hidden",
        }
    ],
)
def test_read_paths_reads_folder_recursively_sorted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, files: dict[str, str]
) -> None:
    for name, content in files.items():
        _write(tmp_path / "docs" / name, content)
    monkeypatch.chdir(tmp_path)
    articles, report = _read(["docs"])
    assert [a.origin for a in articles] == [
        "docs/a.jsonl:1",
        "docs/b.txt",
        "docs/sub/c.csv:2",
        "docs/sub/deeper/d.text",
    ]
    assert (report.articles, report.skipped) == (4, [])


@pytest.mark.parametrize(
    ("pattern", "origins"),
    [
        ("data/*.jsonl", ["data/a.jsonl:1", "data/b.jsonl:1"]),
        ("data/**/*.txt", ["data/c.txt", "data/sub/d.txt"]),
    ],
)
def test_read_paths_reads_glob(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pattern: str, origins: list[str]
) -> None:
    _write(tmp_path / "data/b.jsonl", '{"text": "Talks began."}\n')
    _write(tmp_path / "data/a.jsonl", '{"text": "Envoys met."}\n')
    _write(tmp_path / "data/c.txt", "Troops withdrew.")
    _write(tmp_path / "data/sub/d.txt", "Police fired tear gas.")
    monkeypatch.chdir(tmp_path)
    articles, _ = _read([pattern])
    assert [a.origin for a in articles] == origins


@pytest.mark.parametrize(
    ("name", "content", "text"),
    [
        ("bom.txt", b"\xef\xbb\xbfTroops withdrew.", "Troops withdrew."),
        (
            "bom.jsonl",
            b'\xef\xbb\xbf{"text": "Troops withdrew."}\n',
            "Troops withdrew.",
        ),
        ("bom.csv", b"\xef\xbb\xbftext\nTroops withdrew.\n", "Troops withdrew."),
        (
            "u16.txt",
            "Troops withdrew from Kherson.".encode("utf-16"),
            "Troops withdrew from Kherson.",
        ),
        (
            "u16.jsonl",
            '{"text": "Envoys met in Ankara."}\n'.encode("utf-16"),
            "Envoys met in Ankara.",
        ),
        (
            "crlf.txt",
            b"Troops\r\nwithdrew.\r\n\r\nTalks began.",
            "Troops withdrew.\n\nTalks began.",
        ),
        ("article", b'  {"text": "Envoys met."}\n', "Envoys met."),
        ("article.md", b"Envoys met.", "Envoys met."),
    ],
)
def test_read_paths_decodes_and_sniffs(
    tmp_path: Path, name: str, content: bytes, text: str
) -> None:
    path = _write(tmp_path / name, content)
    (article,), report = _read([str(path)])
    assert article.text == text
    assert report.skipped == []


# --- errors -------------------------------------------------------------------------------

LONG_LINE = '{"text": "' + "x" * 6_200_000 + '"}'
BAD_JSONL = "\n".join(
    [
        '{"text": "Line one."}',
        '{"text": "Line two."}',
        '{"text": "Line three" "title": "x"}',
        '["text"]',
        '{"title": "no text"}',
        '{"text": "Line six.", "date": "2014-02-31"}',
        '{"text": "Line seven."}',
    ]
)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        (
            "empty.txt",
            b"",
            "empty.txt: the file is empty; expected the text of an article.",
        ),
        (
            "blank.txt",
            b" \n\t\n",
            "blank.txt: the file is empty; expected the text of an article.",
        ),
        (
            "empty.jsonl",
            b"\n\n",
            "empty.jsonl: the file is empty; expected one JSON object per line.",
        ),
        (
            "empty.csv",
            b"",
            "empty.csv: the file is empty; expected a header line and one article per row.",
        ),
        (
            "blob.bin",
            b"GIF89a\x00\x01\x02",
            "blob.bin: this is a binary file, not text; expected UTF-8 text.",
        ),
        (
            "blob.txt",
            b"PK\x03\x04\x00\x00",
            "blob.txt: this is a binary file, not text; expected UTF-8 text.",
        ),
        (
            "old.txt",
            b"x" * 120 + "\xe9t\xe9".encode("latin1"),
            "old.txt: not UTF-8 (byte 0xe9 at offset 120); expected UTF-8 text. "
            "Convert it with: iconv -f latin1 -t utf-8 old.txt",
        ),
        (
            "old.jsonl",
            b'{"text": "ok"}\n{"text": "caf\xe9"}\n',
            "old.jsonl:2: not UTF-8 (byte 0xe9 at offset 28); expected UTF-8 text. "
            "Convert it with: iconv -f latin1 -t utf-8 old.jsonl",
        ),
        (
            "old.csv",
            b"text\ncaf\xe9\n",
            "old.csv:2: not UTF-8 (byte 0xe9 at offset 8); expected UTF-8 text. "
            "Convert it with: iconv -f latin1 -t utf-8 old.csv",
        ),
        (
            "big.jsonl",
            f'{{"text": "a"}}\n{{"text": "b"}}\n{LONG_LINE}\n'.encode(),
            "big.jsonl:3: the line is 6.2 MB; expected an article under 5 MB.",
        ),
        (
            "bad.jsonl",
            b'{"text": "Line three" "title": "x"}',
            "bad.jsonl:1: not valid JSON (Expecting ',' delimiter at column 23); "
            "expected one JSON object per line.",
        ),
        (
            "bad.jsonl",
            b'["text"]',
            "bad.jsonl:1: found a JSON array; expected one JSON object per line.",
        ),
        (
            "bad.jsonl",
            b'"text"',
            "bad.jsonl:1: found a JSON string; expected one JSON object per line.",
        ),
        (
            "bad.jsonl",
            b'{"text": "ok"}\n17',
            "bad.jsonl:2: found a JSON number; expected one JSON object per line.",
        ),
        (
            "bad.jsonl",
            b'{"text": "ok"}\ntrue',
            "bad.jsonl:2: found JSON true; expected one JSON object per line.",
        ),
        (
            "bad.jsonl",
            b'{"text": "ok"}\nnull',
            "bad.jsonl:2: found JSON null; expected one JSON object per line.",
        ),
        (
            "bad.jsonl",
            b'{"title": "x"}',
            'bad.jsonl:1: no "text" field; expected a non-empty string with the article\'s text.',
        ),
        (
            "bad.jsonl",
            b'{"text": "  "}',
            'bad.jsonl:1: "text" is empty; expected a non-empty string with the article\'s text.',
        ),
        (
            "bad.jsonl",
            b'{"text": 42}',
            'bad.jsonl:1: "text" is a number; expected a non-empty string with the article\'s text.',
        ),
        (
            "bad.jsonl",
            b'{"text": null}',
            'bad.jsonl:1: "text" is null; expected a non-empty string with the article\'s text.',
        ),
        (
            "bad.jsonl",
            b'{"text": "Troops withdrew.", "date": "2014-02-31"}',
            'bad.jsonl:1: "date" is "2014-02-31"; expected an ISO 8601 date like "2014-12-16".',
        ),
        (
            "bad.jsonl",
            b'{"text": "Troops withdrew.", "published": "31/02/2024"}',
            'bad.jsonl:1: "published" is "31/02/2024"; expected an ISO 8601 date like "2014-12-16".',
        ),
        (
            "bad.jsonl",
            b'{"text": "Troops withdrew.", "date": 20141216}',
            'bad.jsonl:1: "date" is a number; expected an ISO 8601 date like "2014-12-16".',
        ),
        (
            "bad.jsonl",
            b'{"text": "Troops withdrew.", "title": ["a"]}',
            'bad.jsonl:1: "title" is an array; expected a string or null.',
        ),
        (
            "bad.jsonl",
            b'{"text": "Troops withdrew.", "id": true}',
            'bad.jsonl:1: "id" is true; expected a string or an integer.',
        ),
        (
            "x.csv",
            b"id,body\n1,Troops withdrew.\n",
            'x.csv:1: no "text" column (found: id, body); '
            "expected the columns id, text and optionally title, date, url, source.",
        ),
        (
            "x.csv",
            b"id,text,title\n1,Troops withdrew.\n",
            "x.csv:2: found 2 fields; expected 3, one for each column of the header "
            "(id, text, title).",
        ),
        (
            "x.csv",
            b'id,text\n1,"Troops" withdrew.\n',
            "x.csv:2: not valid CSV (',' expected after '\"'); expected fields separated "
            'by commas, in double quotes when they hold a comma, a quote ("") or a line break.',
        ),
        (
            "x.csv",
            b'id,text\n1,"Troops withdrew.\n2,Talks began.\n',
            'x.csv:2: a quoted field is still open at the end of the file; expected a closing ".',
        ),
        (
            "x.csv",
            b'id,text\n1,""\n',
            'x.csv:2: "text" is empty; expected a non-empty string with the article\'s text.',
        ),
        (
            "x.txt",
            b"Talks Resume in Doha\n\nFebruary 31, 2014\n\nEnvoys met.\n",
            'x.txt:3: the date line "February 31, 2014" is not a real date; '
            'expected a date like "December 16, 2014".',
        ),
    ],
)
def test_read_paths_reports_bad_file(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    content: bytes,
    message: str,
) -> None:
    _write(tmp_path / name, content)
    monkeypatch.chdir(tmp_path)
    articles, report = _read([name])
    assert report.skipped == [message]
    assert report.articles == len(articles)


@pytest.mark.parametrize(
    ("given", "message"),
    [
        ("nope.txt", "nope.txt: no such file or directory."),
        ("data/*.jsonl", "data/*.jsonl: no files match this pattern."),
        (
            "docs",
            "docs: no article files in this folder (looked for .txt, .jsonl, .csv, "
            ".html, .rss, .atom, .xml feeds and .warc files, gzipped or not).",
        ),
    ],
)
def test_read_paths_reports_bad_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, given: str, message: str
) -> None:
    _write(tmp_path / "docs/notes.md", "not an article")
    (tmp_path / "data").mkdir()
    monkeypatch.chdir(tmp_path)
    articles, report = _read([given])
    assert (articles, report.articles, report.skipped) == ([], 0, [message])


@pytest.mark.parametrize(
    ("name", "size", "message"),
    [
        (
            "huge.txt",
            60_000_000,
            "huge.txt: the file is 60.0 MB; expected an article under 50 MB "
            "(split it, or use JSONL).",
        ),
    ],
)
def test_read_paths_reports_too_large_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, size: int, message: str
) -> None:
    with (tmp_path / name).open("wb") as f:
        f.truncate(size)  # sparse: the size is checked before anything is read
    monkeypatch.chdir(tmp_path)
    _, report = _read([name])
    assert report.skipped == [message]


@pytest.mark.parametrize(
    ("stdin", "message"),
    [
        ("  \n", "<stdin>: the input is empty; expected the text of an article."),
        (
            '{"text": 1}',
            '<stdin>:1: "text" is a number; expected a non-empty string with the article\'s text.',
        ),
    ],
)
def test_read_paths_reports_bad_stdin(
    monkeypatch: pytest.MonkeyPatch, stdin: str, message: str
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    _, report = _read(["-"])
    assert report.skipped == [message]


@pytest.mark.parametrize("content", [BAD_JSONL])
def test_read_paths_goes_on_after_bad_lines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: str
) -> None:
    _write(tmp_path / "bad.jsonl", content)
    _write(tmp_path / "good.txt", "Envoys met in Geneva.")
    monkeypatch.chdir(tmp_path)
    articles, report = _read(["nope.txt", "bad.jsonl", "good.txt"])
    assert [a.text for a in articles] == [
        "Line one.",
        "Line two.",
        "Line seven.",
        "Envoys met in Geneva.",
    ]
    assert [a.origin for a in articles] == [
        "bad.jsonl:1",
        "bad.jsonl:2",
        "bad.jsonl:7",
        "good.txt",
    ]
    assert report.articles == 4
    assert report.skipped == [
        "nope.txt: no such file or directory.",
        "bad.jsonl:3: not valid JSON (Expecting ',' delimiter at column 23); "
        "expected one JSON object per line.",
        "bad.jsonl:4: found a JSON array; expected one JSON object per line.",
        'bad.jsonl:5: no "text" field; expected a non-empty string with the article\'s text.',
        'bad.jsonl:6: "date" is "2014-02-31"; expected an ISO 8601 date like "2014-12-16".',
    ]


@pytest.mark.parametrize(
    "content",
    [
        b"text\nTroops withdrew.\ncaf\xe9\n"
        + b"Envoys met.\n"
        + b'"'
        + b"y" * 5_100_000
        + b'"\n'
        + b"Talks began.\n"
    ],
)
def test_read_paths_csv_goes_on_after_bad_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: bytes
) -> None:
    _write(tmp_path / "rows.csv", content)
    monkeypatch.chdir(tmp_path)
    articles, report = _read(["rows.csv"])
    assert [a.text for a in articles] == [
        "Troops withdrew.",
        "Envoys met.",
        "Talks began.",
    ]
    assert report.skipped == [
        "rows.csv:3: not UTF-8 (byte 0xe9 at offset 25); expected UTF-8 text. "
        "Convert it with: iconv -f latin1 -t utf-8 rows.csv",
        "rows.csv:5: a field is over 5 MB; expected an article under 5 MB.",
    ]


@pytest.mark.parametrize("paths", [("a.txt",), "a.txt"])
def test_read_paths_accepts_one_path_or_a_sequence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, paths: tuple[str, ...] | str
) -> None:
    _write(tmp_path / "a.txt", "Envoys met.")
    monkeypatch.chdir(tmp_path)
    assert [a.text for a in read_paths(paths)] == ["Envoys met."]


@pytest.mark.parametrize(
    ("line", "day"),
    [
        # the first date is the publication's; a label opens the last update's
        (
            "Mon 15 Dec 2014 23.10 GMT Last modified on Tue 16 Dec 2014 10.02 GMT",
            "2014-12-15",
        ),
        ("December 16, 2014 Updated: December 17, 2014", "2014-12-16"),
        # parts parted by slashes: a wire page's date, time and update
        ("Dec 16, 2014 / 10:02 AM / Updated 9 years ago", "2014-12-16"),
        # "On" before the date, and who wrote it before "on"
        ("On December 16, 2014", "2014-12-16"),
        ("Written by Jane Doe on 16 December 2014", "2014-12-16"),
        ("By Jane Doe on Dec 16, 2014", "2014-12-16"),
        # a dashed day first, a zone in square brackets, a time in brackets or after "@"
        ("16-12-2014", "2014-12-16"),
        ("Published: Tuesday, December 16, 2014, 10:02 [IST]", "2014-12-16"),
        ("16 December 2014 (10:02 IST)", "2014-12-16"),
        ("Dec 16, 2014 @ 10:02", "2014-12-16"),
        # a zone with its offset from GMT or UTC, or an offset alone
        ("December 16, 2014 7:45 PM GMT+1", "2014-12-16"),
        ("16 Dec 2014, 10:02 (UTC+05:30)", "2014-12-16"),
        ("Published: 16.12.2014 10:02 UTC-3", "2014-12-16"),
        ("2014/12/16 10:02 +0800", "2014-12-16"),
        # an ISO day with a clock and a zone the page names in words
        ("Updated: 2014-12-16 09:12 (Beijing time)", "2014-12-16"),
        ("2014-12-16 17:30 local time", "2014-12-16"),
        ("Published 2014-12-16 | 09:12 GMT+8", "2014-12-16"),
        ("December 16, 2014, 11:02 p.m. Eastern Time", "2014-12-16"),
    ],
)
def test_read_text_reads_more_of_a_page_s_date_lines(line: str, day: str) -> None:
    article = read_text(f"Talks Resume\n\n{line}\n\nThe  Wire\n\nEnvoys met.")
    assert (article.published, article.source, article.text) == (
        day,
        "The Wire",
        "Envoys met.",
    )


@pytest.mark.parametrize(
    "line",
    [
        "On the border, troops wait",
        "Written by Jane Doe",
        "Updated 9 years ago",
        "Army / Navy game ends in a draw",
        # words after a day are no zone unless they say it is a time
        "2014-12-16 09:12 talks resume",
        # a dashed date of two readings, as a slashed one
        "03-04-2014",
    ],
)
def test_read_text_a_line_like_those_with_no_date_is_no_date_line(line: str) -> None:
    assert read_text(f"Talks Resume\n\n{line}\n\nEnvoys met.").published is None


@pytest.mark.parametrize(
    ("url", "day"),
    [
        (
            "https://www.themoscowtimes.com/2014/12/16/lavrov-optimistic-a42358",
            "2014-12-16",
        ),
        ("https://example.com/news/2014-12-16/lavrov-talks", "2014-12-16"),
        # no day in the url: digits that are an id, a day that is none
        ("https://example.com/a/20141216/123", None),
        ("https://example.com/2014/13/45/lavrov", None),
    ],
)
def test_read_text_a_page_with_no_date_line_is_dated_by_its_url(
    url: str, day: str | None
) -> None:
    text = f"Russia is optimistic, Lavrov said Tuesday.\n\nOriginal url:\n\n<{url}>\n"
    assert read_text(text).published == day


def test_read_text_a_date_line_dates_the_page_before_its_url() -> None:
    text = (
        "Lavrov: Russia optimistic\n\nDecember 17, 2014\n\nThe  Wire\n\n"
        "Russia is optimistic.\n\nOriginal url: https://example.com/2014/12/16/lavrov\n"
    )
    assert read_text(text).published == "2014-12-17"


def test_read_text_a_standfirst_between_the_title_and_the_date_is_the_story_s() -> None:
    # the summary under the headline closes the body (the lead stays the first
    # sentence); the byline stays out of it
    article = read_text(
        "Police Clash With Miners\n\n"
        "Police fired tear gas at striking miners in the north of the country.\n\n"
        "By Jane Doe\n\nDecember 16, 2014\n\nThe  Wire\n\nMiners fled.\n"
    )
    assert (article.published, article.source, article.text) == (
        "2014-12-16",
        "The Wire",
        "Miners fled.\n\n"
        "Police fired tear gas at striking miners in the north of the country.",
    )


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the date line above the title, and the outlet under it
        (
            "December 16, 2014\n\nTalks Resume\n\nThe  Wire\n\nEnvoys met.\n\nThey agreed.",
            ("2014-12-16", "Talks Resume", "The Wire", "Envoys met.\n\nThey agreed."),
        ),
        # the date line above the story, with no title
        (
            "16 December 2014\n\nEnvoys met on Tuesday.\n\nThey agreed.",
            ("2014-12-16", None, None, "Envoys met on Tuesday.\n\nThey agreed."),
        ),
    ],
)
def test_read_text_a_page_that_opens_with_its_date_line(
    text: str, want: tuple[str | None, ...]
) -> None:
    article = read_text(text)
    assert (article.published, article.title, article.source, article.text) == want


@pytest.mark.parametrize(
    ("url", "day"),
    [
        # the url's day is one reading of "02/12/2026": that one
        ("https://example.cd/2026/12/02/prison-attack", "2026-12-02"),
        ("https://example.cd/2026/02/12/prison-attack", "2026-02-12"),
        # neither, or no day in the url: no date
        ("https://example.cd/2026/05/05/prison-attack", None),
        ("https://example.cd/news/prison-attack", None),
    ],
)
def test_read_text_a_date_line_of_two_readings_is_the_header_s_and_the_url_picks(
    url: str, day: str | None
) -> None:
    # the line is still the page's date line: the headline is the title, and the
    # header lines are not the story's
    text = (
        "Gunmen storm prison\n\nPublished: 02/12/2026 - 07:48\n\nKatanga Echo\n\n"
        f"Armed men attacked the prison on Tuesday.\n\nOriginal url: {url}\n"
    )
    article = read_text(text)
    assert (article.title, article.published, article.source) == (
        "Gunmen storm prison",
        day,
        "Katanga Echo",
    )
    assert article.text.startswith("Armed men attacked")


@pytest.mark.parametrize(
    ("url", "day"),
    [
        # the url's day is one reading of the yearless "04/03": that day
        ("https://example.ml/2025/03/04/prison-attack", "2025-03-04"),
        ("https://example.ml/2025/04/03/prison-attack", "2025-04-03"),
        # neither, or no url: no header (a page with no date line, dated by its
        # url's day if it has one)
        ("https://example.ml/2025/05/05/prison-attack", None),
        (None, None),
    ],
)
def test_read_text_a_date_line_with_no_year_is_the_header_s_when_the_url_agrees(
    url: str | None, day: str | None
) -> None:
    # "04/03 - 11:20": a page's day and month and time, no year; the url's day, one
    # of its readings, gives the year
    trailer = f"\n\nOriginal url: {url}\n" if url else "\n"
    text = (
        "Gunmen storm prison\n\n04/03 - 11:20\n\nSahel Echo\n\n"
        f"Armed men attacked the prison on Tuesday.{trailer}"
    )
    article = read_text(text)
    if day is None:
        assert article.title is None
        assert article.text.startswith("Gunmen storm prison")
        return
    assert (article.title, article.published, article.source) == (
        "Gunmen storm prison",
        day,
        "Sahel Echo",
    )
    assert article.text.startswith("Armed men attacked")


@pytest.mark.parametrize(
    ("line", "day"),
    [
        # a clock written "19h40" is a day-first page's: 2 December, not 12 February
        ("Posted 02/12/2026 at 19h40 - Updated 03/12/2026 at 08h15", "2026-12-02"),
        ("Published 05/03/2025 14h05", "2025-03-05"),
        ("By Maria Souza | 11/10/2025 - 21h30", "2025-10-11"),
    ],
)
def test_read_text_a_clock_written_with_h_reads_a_two_way_date_day_first(
    line: str, day: str
) -> None:
    # under the title, a writer's line before the date line; the header is read
    text = (
        "Assembly votes to remove governor\n"
        "By Joana Prado | Capital Bureau\n"
        f"{line}\n\nSul Report\n\nDeputies voted on Tuesday to remove the governor.\n"
    )
    article = read_text(text)
    assert (article.title, article.published, article.source) == (
        "Assembly votes to remove governor",
        day,
        "Sul Report",
    )
    assert article.text.startswith("Deputies voted")


def test_read_text_a_labelled_page_line_is_not_the_rest_of_the_line_before() -> None:
    # a body with no blank lines: the caption's credit closes with ")" and the "Read
    # more:" line under it is the page's, not the caption's
    article = read_text(
        "Gunmen storm prison\n\nDecember 2, 2026\n\nKatanga Echo\n\n"
        "Armed men attacked the prison on Tuesday and freed hundreds of inmates\n"
        "Photo: Relatives wait outside the prison. (Katanga Echo/Patrick Ilunga)\n"
        "Read more: Cobalt traders protest new export tax (28/11/2026)\n"
    )
    assert article.text.endswith(
        "(Katanga Echo/Patrick Ilunga)\n"
        "Read more: Cobalt traders protest new export tax (28/11/2026)"
    )


@pytest.mark.parametrize(
    "line",
    [
        # France 24's and RFI's "Issued on", with the later "Modified" after it
        "Issued on: 27/04/2024 - 14:05",
        "Issued on: 27/04/2024 - 14:05 Modified: 28/04/2024 - 10:00",
        # a ministry's "Released:"
        "Released: April 27, 2024",
    ],
)
def test_read_text_an_issued_or_released_label_opens_a_date_line(line: str) -> None:
    article = read_text(
        f"Talks resume\n\n{line}\n\nThe Outlet\n\nEnvoys met on Friday.\n"
    )
    assert (article.published, article.title, article.text) == (
        "2024-04-27",
        "Talks resume",
        "Envoys met on Friday.",
    )
