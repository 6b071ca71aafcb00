"""Scoring against gold records: counts that can be checked by hand."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.errors import InputError
from eventwire.evaluate import GoldRecord, actor_matches, evaluate, read_gold
from eventwire.records import Article


def _pred(
    code: str, src: str, tgt: str | None, plover: str | None = None
) -> dict[str, Any]:
    return {
        "cameo": code,
        "cameo_name": "x",
        "plover": plover,
        "actor": {"code": src, "country": src[:3], "text": src},
        "recipient": {"code": tgt, "country": tgt[:3], "text": tgt} if tgt else None,
        "evidence": {"trigger": "t", "rule": "r"},
    }


def _gold(
    code: str | None, src: str | None, tgt: str | None, plover: str | None = None
) -> dict[str, Any]:
    return {
        "code": code,
        "plover": plover,
        "source_code": src,
        "target_code": tgt,
        "source": None,
        "target": None,
    }


RECORDS = [
    GoldRecord("a", "one", None, [_gold("190", "RUSMIL", "UKR", "ASSAULT")], {}),
    GoldRecord("b", "two", None, [_gold("111", "FRA", "HUNGOV", "ACCUSE")], {}),
    GoldRecord("c", "three", None, [], {}),
]
PREDICTIONS = {
    "a": [
        _pred("193", "RUSMIL", "UKRMIL", "ASSAULT")
    ],  # right root and actors, wrong full code
    "b": [_pred("112", "DEU", "HUNGOV", "ACCUSE")],  # right root, wrong source
    "c": [_pred("010", "USA", "CAN")],  # should have been silent
}


def _fake(articles: list[Article]) -> list[list[dict[str, Any]]]:
    return [PREDICTIONS[a.id] for a in articles]


def test_evaluate_counts_roots_codes_actors_and_tuples() -> None:
    report = evaluate(RECORDS, _fake)
    s = report.scores
    assert (s["cameo_root"].tp, s["cameo_root"].predicted, s["cameo_root"].gold) == (
        2,
        3,
        2,
    )
    assert (s["cameo_code"].tp, s["cameo_code"].gold) == (0, 2)
    assert (s["plover"].tp, s["plover"].predicted, s["plover"].gold) == (2, 2, 2)
    assert (s["source"].tp, s["target"].tp) == (1, 2)
    assert (s["tuple"].tp, s["tuple"].predicted, s["tuple"].gold) == (1, 3, 2)
    assert s["cameo_root"].precision == pytest.approx(2 / 3)
    assert s["cameo_root"].recall == 1.0
    assert s["cameo_root"].f1 == pytest.approx(0.8)
    assert (report.silent_expected, report.silent_ok) == (1, 0)
    assert report.events_per_sentence == 1.0
    assert (report.source_country_checked, report.source_country_ok) == (2, 1)


@pytest.mark.parametrize(
    ("pred", "code", "text", "expected"),
    [
        ({"code": "RUSGOV", "country": "RUS", "text": "Moscow"}, "RUS", None, True),
        ({"code": "RUSGOV", "country": "RUS", "text": "Moscow"}, "RUSMIL", None, False),
        ({"code": "RUSGOVX", "country": "RUS", "text": "x"}, "RUSGOV", None, True),
        ({"code": "IGOUNO", "country": None, "text": "the UN"}, None, "The UN", True),
        (
            {"code": "USA", "country": "USA", "text": "Washington"},
            None,
            "the White House",
            False,
        ),
        (None, "RUS", None, False),
    ],
)
def test_evaluate_actor_matching(
    pred: dict[str, Any] | None, code: str | None, text: str | None, expected: bool
) -> None:
    assert actor_matches(pred, code, text) is expected


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            '{"id": 1, "text": "x"}\n',
            'gold.jsonl:1: expected an object with "id", "text" and an "events" list.',
        ),
        (
            '{"id": 1,\n',
            "gold.jsonl:1: not valid JSON (Expecting property name enclosed in double quotes at column 1); expected one gold record per line.",
        ),
    ],
)
def test_evaluate_bad_gold_lines_name_the_line(
    tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as info:
        list(read_gold(path))
    assert str(info.value) == f"{tmp_path}/{message}"


def test_evaluate_cli_scores_a_small_gold_file(tmp_path: Path) -> None:
    rows = [
        {
            "id": "1",
            "text": "Chile recalled its ambassador from Peru.",
            "date": "2020-01-02",
            "events": [
                {
                    "source_code": "CHL",
                    "target_code": "PER",
                    "code": "161",
                    "plover": "SANCTION",
                }
            ],
        },
        {
            "id": "2",
            "text": "The weather was mild in Oslo.",
            "date": None,
            "events": [],
        },
    ]
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", str(gold), "--json"])
    assert result.exit_code == 0, result.output
    (report,) = json.loads(result.stdout)
    assert report["scores"]["tuple"]["f1"] == 1.0
    assert report["silent"] == {"expected": 1, "silent": 1}


def test_evaluate_location_on_events_found() -> None:
    def placed(name: str | None, country: str | None) -> dict[str, Any]:
        p = _pred("190", "RUSMIL", "UKR", "ASSAULT")
        p["location"] = {"name": name, "country": country} if name else None
        return p

    gold = _gold("190", "RUSMIL", "UKR", "ASSAULT")
    records = [
        GoldRecord(i, "t", None, [{**gold, "location": loc}], {})
        for i, loc in (
            ("right", "the town of Bakhmut"),
            ("wrong_country", "Bakhmut"),
            ("unplaced", "Kharkiv"),
            ("other_kind", "Kyiv"),
            ("no_place", None),
        )
    ]
    preds = {
        "right": [placed("Bakhmut", "UKR")],
        "wrong_country": [placed("Bakhmut", "RUS")],
        "unplaced": [placed(None, None)],
        "other_kind": [{**placed("Kyiv", "UKR"), "cameo": "040", "plover": "CONSULT"}],
        "no_place": [placed("Lviv", "UKR")],
    }
    report = evaluate(
        records,
        lambda arts: [preds[a.id] for a in arts],
        place_country=lambda name, countries: "UKR",
    )
    # five records, four name a place; three have an event of the gold's kind
    assert report.location_records == 4
    assert (report.location_checked, report.location_ok) == (3, 1)
