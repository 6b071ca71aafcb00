"""Scoring against gold records: counts that can be checked by hand."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from eventwire.cli import _print_report, main
from eventwire.errors import InputError
from eventwire.evaluate import (
    GoldRecord,
    Report,
    actor_matches,
    evaluate,
    evaluate_matchings,
    head_words,
    markdown_summary,
    read_gold,
)
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
    assert actor_matches(pred, code, text, "lenient") is expected


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


@pytest.mark.parametrize("matching", [None, "strict", "lenient"])
def test_evaluate_cli_scores_a_small_gold_file(
    tmp_path: Path, matching: str | None
) -> None:
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
    args = ["evaluate", str(gold), "--json"]
    args += ["--matching", matching] if matching else []
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    (report,) = json.loads(result.stdout)
    assert report["matching"] == (matching or "strict")
    assert report["scores"]["tuple"]["f1"] == 1.0
    assert report["silent"] == {"expected": 1, "silent": 1}
    assert report["silent_share"] == {"event_sentences": 1, "silent": 0, "share": 0.0}
    assert report["typed_dyad"] == {"gold": 1, "found": 1, "recall": 1.0}


def test_evaluate_cli_rejects_an_unknown_matching(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "1", "text": "x", "events": []}\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", str(gold), "--matching", "loose"])
    assert result.exit_code == 2
    assert (
        "Invalid value for '--matching': 'loose' is not one of 'strict', 'lenient'."
        in result.output
    )


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
    assert (report.location_records, report.location_events) == (4, 4)
    assert (report.location_checked, report.location_ok) == (3, 1)


def _actor(
    text: str, name: str | None = None, code: str | None = None
) -> dict[str, Any]:
    return {"text": text, "name": name, "code": code, "country": None}


@pytest.mark.parametrize(
    ("pred", "gold_text", "lenient", "strict"),
    [
        # one shared word was enough; the head word or most of the words are not there
        (_actor("North Korea"), "South Korea", True, False),
        (_actor("President Biden"), "Kenyan President William Ruto", True, False),
        (_actor("Ethiopian government"), "the Sudanese government", True, False),
        (_actor("group"), "a group of Somali elders", True, False),
        (_actor("Nigerian"), "Nigerian troops", True, False),
        (_actor("Kenya"), "the Kenya Wildlife Service", True, False),
        # the head word is there, or most of the words
        (_actor("Somali elders"), "a group of Somali elders", True, True),
        (_actor("rebels"), "rebels fighting the army in the east", True, True),
        (_actor("troops"), "Nigerian troops based in Chad", True, True),
        (_actor("he", "William Ruto"), "Kenyan President William Ruto", True, True),
        (_actor("Ruto"), "Kenyan President William Ruto", True, True),
        (_actor("the government"), "the government of Chile", True, True),
        (_actor("Chile's government"), "the Chilean government", True, True),
        (_actor("Mali"), "Mali and Niger", True, True),
        (_actor("Kenya Wildlife"), "the Kenya Wildlife Service", True, True),
        (_actor("ICC"), "the International Criminal Court (ICC)", True, True),
        (
            _actor("Foreign Secretary David Lammy"),
            "British Foreign Secretary of State David Lammy",
            True,
            True,
        ),
        # "U.S." and "US" are one word now (two letters: the old matcher missed them)
        (_actor("US"), "the U.S.", False, True),
    ],
)
def test_evaluate_strict_text_matching_needs_the_head_or_most_words(
    pred: dict[str, Any], gold_text: str, lenient: bool, strict: bool
) -> None:
    assert actor_matches(pred, None, gold_text, "lenient") is lenient
    assert actor_matches(pred, None, gold_text, "strict") is strict
    assert actor_matches(pred, None, gold_text) is strict  # strict is the default


@pytest.mark.parametrize(
    ("code", "country", "gold_code", "lenient", "strict"),
    [
        ("USA", "USA", "IGOUNO", False, False),  # a country is never the UN
        ("IGO", None, "IGOUNO", False, False),  # nor is a bare IGO
        ("USA", "USA", "USAGOV", False, False),  # no sector: not the government
        ("IGOUNO", None, "IGOUNOSML", True, True),  # a UN mission is the UN's
        ("IGOUNOSML", None, "IGOUNO", True, True),
        ("USAGOV", "USA", "USA", True, True),  # a country takes any sector
        ("RUSMIL", "RUS", "RUSGOV", False, False),
        # the gold's own spellings: the EU's institutions, the AU, a country with
        # no sector ("***"), CAMEO's old code for Japan
        ("IGOEURCOM", None, "IGOEU", True, True),
        ("IGOEUROSC", None, "IGOEU", True, False),  # the OSCE is not the EU
        ("IGOAFRAFU", None, "IGOAFU", False, True),
        ("ISRMIL", "ISR", "ISR***", False, True),
        ("JPNGOV", "JPN", "JAP", False, True),
        # CAMEO's KSV for Kosovo, in any code: the coder's XKX
        ("XKXGOV", "XKX", "KSVGOV", False, True),
        ("SRBGOV", "SRB", "KSVGOV", False, False),
        # CAMEO's "NGO" is a body of no one country: the coder's "---NGO"
        ("---NGO", None, "NGO", False, True),
        ("KENNGO", "KEN", "NGO", False, False),
    ],
)
def test_evaluate_strict_code_matching(
    code: str, country: str | None, gold_code: str, lenient: bool, strict: bool
) -> None:
    pred = {"code": code, "country": country, "text": "x", "name": None}
    assert actor_matches(pred, gold_code, None, "lenient") is lenient
    assert actor_matches(pred, gold_code, None, "strict") is strict


def test_evaluate_codes_outrank_text_in_strict_matching() -> None:
    # the gold has both; the words agree but the codes do not
    pred = {"code": "KENGOV", "country": "KEN", "text": "the government", "name": None}
    assert actor_matches(pred, "UGAGOV", "the government", "strict") is False


@pytest.mark.parametrize(
    ("text", "heads"),
    [
        ("Thousands of Kurds in the north", {"kurds"}),
        ("the government of Chile", {"government"}),
        ("Kenyan President William Ruto", {"ruto"}),
        ("Secretary of State Antony Blinken", {"secretary", "blinken"}),
        ("the Minister of Foreign Affairs", {"minister"}),
        ("militiamen armed with machetes", {"militiamen"}),
        ("refugees fleeing the fighting in Darfur", {"refugees"}),
        ("the town of Kidal", {"town", "kidal"}),
        ("Mali, Niger and Burkina Faso", {"mali", "niger", "faso"}),
        ("the Patriotic Front (PF)", {"front", "pf"}),
        ("the Hezbollah group", {"group", "hezbollah"}),
        ("Russia's defence ministry", {"ministry"}),
    ],
)
def test_evaluate_head_words(text: str, heads: set[str]) -> None:
    assert head_words(text) == heads


def _plover_gold(src: str, tgt: str | None, plover: str) -> dict[str, Any]:
    return {**_gold(None, src, tgt, plover), "location": None}


def test_evaluate_silent_share_counts_sentences_with_gold_events() -> None:
    case_meta = {"meta": {"acled_style_subtype": "NATURAL_DISASTER"}}
    records = [
        GoldRecord("missed", "t", None, [_plover_gold("KEN", "UGA", "CONSULT")], {}),
        GoldRecord("found", "t", None, [_plover_gold("KEN", "UGA", "CONSULT")], {}),
        GoldRecord("empty", "t", None, [], {}),  # no event: not in the share
        # a CASE 2021 entry with only a subtype is no event either
        GoldRecord("flood", "t", None, [{**_gold(None, None, None), **case_meta}], {}),
    ]
    preds = {
        "missed": [],
        "found": [_pred("040", "KENGOV", "UGAGOV", "CONSULT")],
        "empty": [],
        "flood": [],
    }
    report = evaluate(records, lambda arts: [preds[a.id] for a in arts])
    assert (report.event_sentences, report.event_sentences_silent) == (2, 1)
    assert report.silent_share == 0.5
    assert report.as_dict()["silent_share"] == {
        "event_sentences": 2,
        "silent": 1,
        "share": 0.5,
    }
    assert (report.silent_expected, report.silent_ok) == (1, 1)


def test_evaluate_typed_dyad_recall_and_type_given_dyad() -> None:
    golds = [
        _plover_gold("ETH", "ERI", "ASSAULT"),
        _plover_gold("ERI", "ETH", "ASSAULT"),  # reciprocal: needs its own event
        _plover_gold("SDNCVL", None, "PROTEST"),  # no target: source and type
        _plover_gold("SOMGOV", "KENGOV", "CONSULT"),  # not found at all
        {**_gold("010", "SOMGOV", "KENGOV"), "location": None},  # no PLOVER: left out
    ]
    preds = [
        _pred("190", "ETHMIL", "ERIMIL", "ASSAULT"),
        _pred("171", "ERIMIL", "ETHMIL", "COERCE"),  # the dyad, the wrong category
        _pred("141", "SDNCVL", "SDNGOV", "PROTEST"),
    ]
    report = evaluate(
        [GoldRecord("r", "t", None, golds, {})], lambda arts: [preds for _ in arts]
    )
    assert (report.dyad_typed_found, report.dyad_gold) == (2, 4)
    assert report.typed_dyad_recall == 0.5
    assert (report.dyad_type_right, report.dyad_found) == (2, 3)
    assert report.as_dict()["type_given_dyad"] == {
        "dyads_found": 3,
        "type_right": 2,
        "share": pytest.approx(0.6667),
    }


def test_evaluate_typed_dyad_matching_is_one_to_one_and_maximal() -> None:
    # first fit would give the Chad->Libya event to the target-less gold event and
    # leave the Chad->Libya gold event unmatched
    golds = [
        _plover_gold("TCD", None, "ASSAULT"),
        _plover_gold("TCD", "LBY", "ASSAULT"),
    ]
    preds = [
        _pred("190", "TCDMIL", "LBYMIL", "ASSAULT"),
        _pred("190", "TCDMIL", "SDNREB", "ASSAULT"),
    ]
    report = evaluate(
        [GoldRecord("r", "t", None, golds, {})], lambda arts: [preds for _ in arts]
    )
    assert (report.dyad_typed_found, report.dyad_gold) == (2, 2)
    # one event, two gold events: one of them only
    report = evaluate(
        [GoldRecord("r", "t", None, golds, {})], lambda arts: [preds[:1] for _ in arts]
    )
    assert report.dyad_typed_found == 1


def test_evaluate_location_uses_each_gold_events_own_best_match() -> None:
    def placed(src: str, tgt: str, name: str) -> dict[str, Any]:
        return {**_pred("190", src, tgt, "ASSAULT"), "location": {"name": name}}

    golds = [
        {**_plover_gold("RUSMIL", "UKRMIL", "ASSAULT"), "location": "Avdiivka"},
        {**_plover_gold("UKRMIL", "RUSMIL", "ASSAULT"), "location": "Belgorod"},
        {**_plover_gold("RUSMIL", "UKRCVL", "PROTEST"), "location": "Kherson"},
    ]
    preds = [
        # Avdiivka is named, but on another dyad's event: not this gold event's
        placed("UKRMIL", "RUSMIL", "Avdiivka"),
        placed("RUSMIL", "UKRMIL", "Donetsk"),
    ]
    report = evaluate(
        [GoldRecord("r", "t", None, golds, {})], lambda arts: [preds for _ in arts]
    )
    # three gold events name a place; two have an event of their kind; their best
    # matches are in Donetsk and Avdiivka, neither the gold's place
    assert (report.location_records, report.location_events) == (1, 3)
    assert (report.location_checked, report.location_ok) == (2, 0)
    preds[0]["location"] = {"name": "Belgorod"}
    preds[1]["location"] = {"name": "the town of Avdiivka"}
    report = evaluate(
        [GoldRecord("r", "t", None, golds, {})], lambda arts: [preds for _ in arts]
    )
    assert (report.location_checked, report.location_ok) == (2, 2)


def _case_record(i: int, subtype: str, plover: str | None) -> GoldRecord:
    event = {
        **_gold(None, None, None, plover),
        "meta": {"acled_style_subtype": subtype},
    }
    return GoldRecord(f"c{i}", "t", None, [event], {})


CASE_RECORDS = [
    _case_record(0, "PEACE_PROTEST", "PROTEST"),
    _case_record(1, "PEACE_PROTEST", "PROTEST"),
    _case_record(2, "CHEM_WEAP", "ASSAULT"),
    _case_record(3, "NATURAL_DISASTER", None),
    _case_record(4, "DIPLO", None),
]
CASE_PREDS = {
    "c0": [_pred("141", "KENCVL", None, "PROTEST")],
    "c1": [],
    "c2": [_pred("190", "SYRMIL", None, "ASSAULT")],
    "c3": [],
    "c4": [_pred("040", "KENGOV", "UGAGOV", "CONSULT")],
}


def _case_report() -> Report:
    return evaluate(CASE_RECORDS, lambda arts: [CASE_PREDS[a.id] for a in arts])


def test_evaluate_case2021_subtypes_and_groups() -> None:
    report = _case_report()
    subtypes = report.as_dict()["by_subtype"]
    assert subtypes["PEACE_PROTEST"] == {
        "records": 2,
        "ok": 1,
        "share": 0.5,
        "plover": "PROTEST",
    }
    assert subtypes["DIPLO"]["ok"] == 0
    assert report.subtype_groups() == [
        ("crime and disaster: silent", 1, 1),
        ("protest, riot, battle, explosion, air strike: right PLOVER", 2, 1),
        # chemical weapons count here, where the quoted group left them out
        ("every subtype with a suggested PLOVER: right PLOVER", 3, 2),
        ("every subtype without one: silent", 2, 1),
    ]
    # events on records with no suggested category are judged by the subtype rows,
    # not by the PLOVER score: 2 of 2 predicted, 2 of 3 suggested
    plover = report.scores["plover"]
    assert (plover.tp, plover.predicted, plover.gold) == (2, 2, 3)


def test_evaluate_table_prints_every_subtype_and_measure(
    capsys: pytest.CaptureFixture[str],
) -> None:
    _print_report(_case_report(), show_errors=False)
    out = capsys.readouterr().out
    for subtype in ("PEACE_PROTEST", "CHEM_WEAP", "NATURAL_DISASTER", "DIPLO"):
        assert subtype in out
    assert "case2021 every subtype without one: silent" in out
    assert "sentences with gold events that get no event (silent)" in out
    assert "plover" in out
    assert "cameo_root" not in out  # CASE 2021 has no CAMEO codes to score
    report = evaluate(RECORDS, _fake)
    _print_report(report, show_errors=False)
    out = capsys.readouterr().out
    assert "(strict actor matching)" in out
    assert "PLOVER right, given the dyad was found" in out
    assert "gold events found with source, target and PLOVER (typed dyad)" in out


def test_evaluate_matchings_codes_once_and_scores_both() -> None:
    calls: list[int] = []

    def counting(articles: list[Article]) -> list[list[dict[str, Any]]]:
        calls.append(len(articles))
        return _fake(articles)

    records = [
        *RECORDS,
        GoldRecord(
            "d",
            "four",
            None,
            [{**_gold("190", None, None, "ASSAULT"), "source": "the Sudanese army"}],
            {},
        ),
    ]
    PREDICTIONS["d"] = [
        {
            **_pred("190", "SDN", None, "ASSAULT"),
            "actor": _actor("the Chadian army"),
        }
    ]
    try:
        reports = evaluate_matchings(records, counting)
    finally:
        del PREDICTIONS["d"]
    assert calls == [4]
    assert [r.matching for r in reports.values()] == ["strict", "lenient"]
    # "the Chadian army" is no longer "the Sudanese army"
    assert reports["lenient"].scores["source"].tp == 2
    assert reports["strict"].scores["source"].tp == 1


def test_evaluate_rejects_an_unknown_matching() -> None:
    with pytest.raises(ValueError) as info:
        evaluate(RECORDS, _fake, matching="loose")  # type: ignore[arg-type]
    assert str(info.value) == (
        "matching is 'loose'; expected one of ('strict', 'lenient')"
    )


def test_evaluate_markdown_summary_has_every_file_and_measure() -> None:
    wire = evaluate_matchings(RECORDS, _fake, "wire.jsonl")
    case = evaluate_matchings(
        CASE_RECORDS, lambda arts: [CASE_PREDS[a.id] for a in arts], "case.jsonl"
    )
    table = markdown_summary([("wire", wire), ("case", case)])
    lines = table.splitlines()
    assert lines[0] == "| measure | wire | case |"
    rows = {line.split(" | ")[0].lstrip("| "): line for line in lines[2:]}
    assert rows["events per sentence"] == "| events per sentence | 1.00 | 0.60 |"
    assert rows["CAMEO root P / R / F1"] == (
        "| CAMEO root P / R / F1 | 0.667 / 1.000 / 0.800 | – |"
    )
    assert rows["typed-dyad recall (source, target, PLOVER), strict"] == (
        "| typed-dyad recall (source, target, PLOVER), strict | 0.500 (1/2) | – |"
    )
    assert "typed-dyad recall (source, target, PLOVER), lenient" in rows
    assert rows["silent: sentences with gold events, no event"] == (
        "| silent: sentences with gold events, no event | 0.0% (0/2) | 33.3% (1/3) |"
    )
    assert rows["case2021 PEACE_PROTEST (PROTEST)"] == (
        "| case2021 PEACE_PROTEST (PROTEST) | – | 50.0% (1/2) |"
    )
    assert (
        rows["case2021 DIPLO (silent)"]
        == "| case2021 DIPLO (silent) | – | 0.0% (0/1) |"
    )
    assert "case2021 crime and disaster: silent" in rows
    assert "CAMEO root 19 F1 (gold events)" in rows
    # no file has a place in its gold: no location row
    assert not any(k.startswith("location") for k in rows)
