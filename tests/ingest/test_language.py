"""Tests of the language filter: articles not in English are counted, not coded."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.ingest import ReadReport, read_paths, read_text
from eventwire.records import Article

ENGLISH = (
    "The government in Talm announced new talks with the rebels on Monday. A "
    "spokesman said the first round would be held in Geneva later this month."
)
GERMAN = (
    "Die Regierung in Talm hat am Montag neue Gespräche mit den Rebellen angekündigt. "
    "Ein Sprecher sagte, die erste Runde solle noch in diesem Monat in Genf stattfinden."
)
FRENCH = (
    "Le gouvernement de Talm a annoncé lundi de nouvelles négociations avec les "
    "rebelles. Selon un porte-parole, la première séance aura lieu ce mois-ci à Genève."
)
SECOND_ENGLISH = (
    "Rebels in the north of Varnia released twelve hostages on Tuesday, the Red Cross "
    "said, after weeks of talks with local elders."
)


def _jsonl(tmp_path: Path, records: list[dict[str, str]]) -> Path:
    path = tmp_path / "mixed.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _read(
    paths: list[str], languages: tuple[str, ...] | None = ("en",)
) -> tuple[list[Article], ReadReport]:
    report = ReadReport()
    articles = list(read_paths(paths, report, languages=languages))
    return articles, report


MIXED = [{"text": t} for t in (ENGLISH, GERMAN, FRENCH, SECOND_ENGLISH)]


@pytest.mark.parametrize("records", [MIXED])
def test_read_paths_skips_and_counts_other_languages(
    tmp_path: Path, records: list[dict[str, str]]
) -> None:
    articles, report = _read([str(_jsonl(tmp_path, records))])
    assert [(a.text, a.language) for a in articles] == [
        (ENGLISH, "en"),
        (SECOND_ENGLISH, "en"),
    ]
    assert report.articles == 2
    assert (report.not_english, report.languages) == (2, {"de": 1, "fr": 1})
    assert report.skipped == []  # no line per article ...
    assert report.summary_lines() == [  # ... one for the run
        "2 articles not in English skipped (de 1, fr 1)."
    ]


@pytest.mark.parametrize(
    ("languages", "kept", "summary"),
    [
        (None, ["en", "de", "fr", "en"], []),
        (("de",), ["de"], ["3 articles not in de skipped (en 2, fr 1)."]),
        (("EN", "fr"), ["en", "fr", "en"], ["1 article not in English or fr skipped (de 1)."]),
    ],
)  # fmt: skip
def test_read_paths_language_switch(
    tmp_path: Path,
    languages: tuple[str, ...] | None,
    kept: list[str],
    summary: list[str],
) -> None:
    articles, report = _read([str(_jsonl(tmp_path, MIXED))], languages)
    assert [a.language for a in articles] == kept
    assert report.summary_lines() == summary


@pytest.mark.parametrize(
    "text",
    [
        "Gespräche in Genf beginnen.",  # under 40 characters: too short to judge
        # ranked Nigerian Pidgin first, with English close behind: English
        "Obasanjo urged Tinubu and Atiku to accept the tribunal ruling in Abuja.",
    ],
)
def test_read_paths_keeps_short_and_name_heavy_text_as_english(
    tmp_path: Path, text: str
) -> None:
    (article,), report = _read([str(_jsonl(tmp_path, [{"text": text}]))])
    assert article.language == "en"
    assert report.not_english == 0


@pytest.mark.parametrize(
    ("record", "language"),
    [
        ({"text": ENGLISH, "language": "de"}, "de"),  # the input says so
        ({"text": GERMAN, "lang": "en-US"}, "en"),
        ({"text": GERMAN, "language": "German"}, "de"),  # not a language tag: detected
        ({"text": FRENCH, "language": ""}, "fr"),
    ],
)
def test_read_paths_uses_language_the_input_gives(
    tmp_path: Path, record: dict[str, str], language: str
) -> None:
    (article,), _ = _read([str(_jsonl(tmp_path, [record]))], languages=None)
    assert article.language == language


@pytest.mark.parametrize(
    ("name", "content", "languages"),
    [
        (
            "mixed.csv",
            f'text,lang\n"{ENGLISH}",\n"{ENGLISH}",fr\n',
            {"fr": 1},
        ),
        (
            "page.html",
            f'<html lang="fr"><head><title>Talm</title></head><body><article><p>{FRENCH}'
            f"</p><p>{FRENCH}</p></article></body></html>",
            {"fr": 1},
        ),
        (
            "page2.html",
            f'<html lang="de-CH"><body><article><p>{ENGLISH}</p></article></body></html>',
            {"de": 1},  # the page's word counts, right or wrong
        ),
        (
            "wire.rss",
            "<rss version='2.0'><channel><title>Talmer Presse</title>"
            f"<language>de-de</language><item><description>{GERMAN}</description></item>"
            f"</channel></rss>",
            {"de": 1},
        ),
        (
            "wire.atom",
            "<feed xmlns='http://www.w3.org/2005/Atom' xml:lang='fr'><title>Talm</title>"
            f"<entry><title>T</title><content>{FRENCH}</content></entry>"
            "<entry xml:lang='en'><title>E</title><content>Envoys met.</content></entry>"
            "</feed>",
            {"fr": 1},
        ),
    ],
)
def test_read_paths_uses_declared_language_of_formats(
    tmp_path: Path, name: str, content: str, languages: dict[str, int]
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    articles, report = _read([str(path)])
    assert all(a.language == "en" for a in articles)
    assert report.languages == languages
    assert report.skipped == []


@pytest.mark.parametrize(("text", "language"), [(GERMAN, "de"), (ENGLISH, "en")])
def test_read_text_tells_language(text: str, language: str) -> None:
    assert read_text(text).language == language


def test_read_report_summary_is_empty_when_nothing_left_out() -> None:
    assert ReadReport(articles=3).summary_lines() == []


@pytest.mark.parametrize("texts", [(ENGLISH, GERMAN, FRENCH, SECOND_ENGLISH)])
def test_language_identifier_from_the_cache_ranks_as_a_fresh_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, texts: tuple[str, ...]
) -> None:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    from eventwire.ingest import _language

    monkeypatch.setenv("EVENTWIRE_CACHE_DIR", str(tmp_path))
    fresh = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    monkeypatch.setattr(_language, "_identifier", None)
    _language._languages()  # built, and written
    [written] = tmp_path.glob("langid-*.pickle")
    monkeypatch.setattr(_language, "_identifier", None)
    monkeypatch.setattr(
        LanguageIdentifier, "from_model_file", lambda *a, **k: pytest.fail("built")
    )
    cached = _language._languages()  # read
    for text in texts:
        assert cached.rank(text) == fresh.rank(text)
    assert written.stat().st_size > 0
