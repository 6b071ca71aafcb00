"""Figures for the held-out wire set of heldout_wire5.py.

Run from the repository root: ``.venv/bin/python -m tests.events.measure_wire5 [-v] [N ...]``
(round numbers N measure those rounds alone).
Prints, for each round of the set (round 1 by helper-29, round 2 by helper-30, round 3 by helper-34, round 4 by helper-36, round 5 by helper-37, round 6 by helper-40, round 7 by helper-43, round 8 by helper-46, round 9 by helper-49, round 10 by helper-52, round 11 by helper-55, round 12 by helper-58, round 13 by helper-61, round 14 by helper-64, round 15 by helper-70, round 16 by helper-76, round 17 by helper-84), the
silent share, root right, full code right, root and dyad right (the source and recipient
prefixes match on an event of the right root), near misses silent, and negated or
hypothetical acts not coded as the act; ``-v`` lists each miss.
"""

from __future__ import annotations

import sys
from collections import Counter

from eventwire.pipeline import shared_coder
from eventwire.records import Article, Event

from .heldout_wire5 import (
    CASES,
    CASES_R2,
    CASES_R3,
    CASES_R4,
    CASES_R5,
    CASES_R6,
    CASES_R7,
    CASES_R8,
    CASES_R9,
    CASES_R10,
    CASES_R11,
    CASES_R12,
    CASES_R13,
    CASES_R14,
    CASES_R15,
    CASES_R16,
    CASES_R17,
    NEAR_MISSES,
    NEAR_MISSES_R2,
    NEAR_MISSES_R3,
    NEAR_MISSES_R4,
    NEAR_MISSES_R5,
    NEAR_MISSES_R6,
    NEAR_MISSES_R7,
    NEAR_MISSES_R8,
    NEAR_MISSES_R9,
    NEAR_MISSES_R10,
    NEAR_MISSES_R11,
    NEAR_MISSES_R12,
    NEAR_MISSES_R13,
    NEAR_MISSES_R14,
    NEAR_MISSES_R15,
    NEAR_MISSES_R16,
    NEAR_MISSES_R17,
    NOT_THE_ACT,
    NOT_THE_ACT_R2,
    NOT_THE_ACT_R3,
    NOT_THE_ACT_R4,
    NOT_THE_ACT_R5,
    NOT_THE_ACT_R6,
    NOT_THE_ACT_R7,
    NOT_THE_ACT_R8,
    NOT_THE_ACT_R9,
    NOT_THE_ACT_R10,
    NOT_THE_ACT_R11,
    NOT_THE_ACT_R12,
    NOT_THE_ACT_R13,
    NOT_THE_ACT_R14,
    NOT_THE_ACT_R15,
    NOT_THE_ACT_R16,
    NOT_THE_ACT_R17,
    Case,
)

DAY = "2021-06-09"


def _fits(code: str | None, prefix: str | None) -> bool:
    return prefix is None or (code is not None and code.startswith(prefix))


def _dyad_right(
    events: list[Event], root: str, source: str | None, target: str | None
) -> bool:
    return any(
        e.cameo_root == root
        and _fits(e.actor.code, source)
        and _fits(e.recipient.code if e.recipient else None, target)
        for e in events
    )


def _code_all(texts: list[str]) -> list[list[Event]]:
    articles = [Article(id=str(i), text=t, published=DAY) for i, t in enumerate(texts)]
    return [result.events for result in shared_coder().code(articles)]


def _measure(
    title: str,
    cases: list[Case],
    near_misses: list[str],
    not_the_act: list[tuple[str, str]],
    verbose: bool,
) -> None:
    print(f"== {title}")
    coded = _code_all([c[0] for c in cases])
    tally: Counter[str] = Counter()
    per_root: dict[str, Counter[str]] = {}
    for (text, code, source, target), events in zip(cases, coded, strict=True):
        root = code[:2]
        row = per_root.setdefault(root, Counter())
        row["n"] += 1
        marks = {
            "silent": not events,
            "root": any(e.cameo_root == root for e in events),
            "full": any(e.cameo == code for e in events),
            "dyad": _dyad_right(events, root, source, target),
        }
        for key, hit in marks.items():
            tally[key] += hit
            row[key] += hit
        if verbose and not marks["root"]:
            found = ", ".join(
                f"{e.cameo} {e.actor.code}->{e.recipient.code if e.recipient else '-'}"
                for e in events
            )
            print(f"MISS {code}: {text}  [{found or 'silent'}]")
    n = len(cases)
    print(f"held-out cases {n}")
    for key in ("silent", "root", "full", "dyad"):
        print(f"  {key:7} {tally[key]:4}  {tally[key] / n:.1%}")
    print("  root: n silent root full dyad")
    for root in sorted(per_root):
        r = per_root[root]
        print(
            f"  {root}: {r['n']:3} {r['silent']:3} {r['root']:3} {r['full']:3} {r['dyad']:3}"
        )
    quiet = 0
    for text, events in zip(near_misses, _code_all(near_misses), strict=True):
        quiet += not events
        if verbose and events:
            print(f"NEAR MISS CODED: {text}  [{', '.join(e.cameo for e in events)}]")
    print(f"near misses silent {quiet}/{len(near_misses)}")
    held = 0
    for (text, root), events in zip(
        not_the_act, _code_all([t for t, _ in not_the_act]), strict=True
    ):
        ok = all(e.cameo_root != root for e in events)
        held += ok
        if verbose and not ok:
            print(f"ACT CODED: {text}  [{', '.join(e.cameo for e in events)}]")
    print(f"negated or hypothetical acts not coded {held}/{len(not_the_act)}")


ROUNDS = [
    ("round 1", CASES, NEAR_MISSES, NOT_THE_ACT),
    ("round 2", CASES_R2, NEAR_MISSES_R2, NOT_THE_ACT_R2),
    ("round 3", CASES_R3, NEAR_MISSES_R3, NOT_THE_ACT_R3),
    ("round 4", CASES_R4, NEAR_MISSES_R4, NOT_THE_ACT_R4),
    ("round 5", CASES_R5, NEAR_MISSES_R5, NOT_THE_ACT_R5),
    ("round 6", CASES_R6, NEAR_MISSES_R6, NOT_THE_ACT_R6),
    ("round 7", CASES_R7, NEAR_MISSES_R7, NOT_THE_ACT_R7),
    ("round 8", CASES_R8, NEAR_MISSES_R8, NOT_THE_ACT_R8),
    ("round 9", CASES_R9, NEAR_MISSES_R9, NOT_THE_ACT_R9),
    ("round 10", CASES_R10, NEAR_MISSES_R10, NOT_THE_ACT_R10),
    ("round 11", CASES_R11, NEAR_MISSES_R11, NOT_THE_ACT_R11),
    ("round 12", CASES_R12, NEAR_MISSES_R12, NOT_THE_ACT_R12),
    ("round 13", CASES_R13, NEAR_MISSES_R13, NOT_THE_ACT_R13),
    ("round 14", CASES_R14, NEAR_MISSES_R14, NOT_THE_ACT_R14),
    ("round 15", CASES_R15, NEAR_MISSES_R15, NOT_THE_ACT_R15),
    ("round 16", CASES_R16, NEAR_MISSES_R16, NOT_THE_ACT_R16),
    ("round 17", CASES_R17, NEAR_MISSES_R17, NOT_THE_ACT_R17),
]


def main(verbose: bool, only: set[str] | None = None) -> None:
    for title, cases, near_misses, not_the_act in ROUNDS:
        if only and title.split()[-1] not in only:
            continue
        _measure(title, cases, near_misses, not_the_act, verbose)


if __name__ == "__main__":
    args = sys.argv[1:]
    main("-v" in args, {a for a in args if a.isdigit()} or None)
