"""The held-out doers set is well formed, and the bench script scores it as its
docstring says (bench/score_heldout_doers.py)."""

from __future__ import annotations

import importlib.util
import re
import sys
from dataclasses import replace
from pathlib import Path
from types import ModuleType

import pytest

from eventwire.pipeline import Coder
from eventwire.records import Actor, Event

from .heldout_doers import HELDOUT, Labelled

_ROOTS = {f"{n:02d}" for n in range(1, 21)}
# a country (ISO3 or ---) and sectors, or an international body's code
_CODE = re.compile(r"^(?:[A-Z-]{3}(?:[A-Z]{3})*|None)$")


def _bench() -> ModuleType:
    path = Path(__file__).resolve().parents[2] / "bench" / "score_heldout_doers.py"
    sys.path.insert(0, str(path.parent.parent / "tests" / "actors"))
    try:
        spec = importlib.util.spec_from_file_location("score_heldout_doers", path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        sys.path.pop(0)
    return module


def test_heldout_set_ids_are_unique_and_labels_are_cameo() -> None:
    assert len({h.id for h in HELDOUT}) == len(HELDOUT)
    for item in HELDOUT:
        for gold in item.events:
            assert set(gold.root.split("|")) <= _ROOTS, item.id
            codes = gold.source.split("|") + (gold.target or "None").split("|")
            assert all(_CODE.match(c) for c in codes), item.id


@pytest.mark.parametrize(
    ("gold", "code", "matches"),
    [
        ("IGOUNO", "IGOUNOHCR", True),
        ("KENGOV|KENCOP", "KENCOP", True),
        ("KENGOV", "KEN", False),
        ("KENGOV|None", None, True),
        (None, None, True),
        (None, "KENGOV", False),
        ("KENGOV", None, False),
    ],
)
def test_bench_code_matches_by_prefix_and_alternatives(
    gold: str | None, code: str | None, matches: bool
) -> None:
    assert _bench().code_matches(gold, code) is matches


def test_bench_counts_source_target_and_full_matches(coder: Coder) -> None:
    bench = _bench()
    item = HELDOUT[0]._replace(events=(Labelled("11", "KENGOV", "USABUS"),))
    (coded,) = coder.code_text("Kenya accused the United States of lying.", None)

    def event(source: str, target: str, code: str) -> Event:
        return replace(
            coded,
            actor=Actor("a", source, source[:3], source[3:], None),
            recipient=Actor("b", target, target[:3], target[3:], None),
            cameo=code,
        )

    counts = bench.score([(item, [event("KENGOV", "USABUS", "040")])])
    assert (counts["source"], counts["target"], counts["full"]) == (1, 1, 0)
    counts = bench.score([(item, [event("KENGOV", "USABUSXYZ", "112")])])
    assert (counts["source"], counts["target"], counts["full"]) == (1, 1, 1)
    counts = bench.score([(item, [event("KENCOP", "KENGOV", "112")])])
    assert (counts["source"], counts["target"], counts["full"]) == (0, 0, 0)


def test_bench_rounds_come_from_the_ids() -> None:
    bench = _bench()
    rounds = {h.id: bench.round_of(h) for h in HELDOUT}
    assert rounds["ag-01"] == 1 and rounds["r2-01"] == 2 and rounds["r3-01"] == 3
    # round 3: 60+ texts with 100+ gold events, and near misses
    third = [h for h in HELDOUT if rounds[h.id] == 3]
    assert len(third) >= 60 and sum(len(h.events) for h in third) >= 100
    assert any(not h.events for h in third)
    # round 6 likewise, weighted to acronyms, sub-national bodies, lobbies and clergy
    sixth = [h for h in HELDOUT if rounds[h.id] == 6]
    assert len(sixth) >= 60 and sum(len(h.events) for h in sixth) >= 100
    assert any(not h.events for h in sixth)
    # round 7 likewise, weighted to pronouns, 'we' and 'our', possessed groups, flags,
    # nationalities, dual roles, sub-national units, pro- and anti- bodies, missions
    seventh = [h for h in HELDOUT if rounds[h.id] == 7]
    assert len(seventh) >= 60 and sum(len(h.events) for h in seventh) >= 100
    assert any(not h.events for h in seventh)
