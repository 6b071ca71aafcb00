"""Figures of the coder on the held-out doers set (tests/actors/heldout_doers.py).

    python bench/score_heldout_doers.py [-v] [--round N]

Each text is coded as one article. For its gold events it counts:

- coded: texts with gold events that give at least one event;
- right source: gold events whose source code some event of the text has;
- right target: gold events whose target some event of the text has (no recipient
  where the gold has None);
- right dyad and root: gold events that one event of the text matches in root, source
  and target;
- near misses silent: texts with no gold event that give none.

A code matches a coder's code that starts with it; '|' separates accepted codes. The
figures are given for the whole set and for each round of it (round 1: helper-28's first
texts; round 2: ids 'r2-'; round 3: ids 'r3-', helper-35, session 9;
round 4: ids 'r4-', helper-39, session 10; round 5: ids 'r5-', helper-42,
session 11; round 6: ids 'r6-', helper-45, session 12; round 7: ids 'r7-', helper-48,
session 12; round 8: ids 'r8-', helper-50, session 13; round 9: ids 'r9-', helper-53,
session 13: stories of three to six sentences naming several countries; round 10: ids
'r10-', helper-56, session 14: a paragraph or two of one story, with quotes attributed at
the end, people named again by surname, title or pronoun, acronyms and local bodies;
round 11: ids 'r11-', helper-59, session 14: more of the same, everywhere; round 12:
ids 'r12-', helper-62, session 15: a paragraph or two of one story from every region,
with pairs and groups named as one, a press conference transcript and a Q&A interview,
outlets that only ask, companies, unions, church leaders and victims as recipients;
round 13: ids 'r13-', helper-65, session 16: more of the same, with people named in full
with no title and then by surname, camps and factions as pairs, formal state names ('the
Kingdom of', 'the State of') acting, provincial and city authorities, groups by acronym,
companies with no country, a transcript's answer run on into unlabelled paragraphs, and
outlets, analysts and witnesses who only speak); round 14: ids 'r14-', helper-71,
session 17: more of the same, with collective names ('the Europeans', 'Western powers',
'Gulf states', 'Southeast Asian leaders'), 'each side blamed the other', 'a delegation
led by X', 'X's envoy', 'officials in Y', ministries named in full, local bodies (a
county assembly, a district commissioner, municipal police, a city council), titles that
come a sentence later, victims as recipients and operators with no country;
round 15: ids 'r15-', helper-77, session 18: generic state words whose country comes
from the story or its dateline ('police', 'the authorities', 'the junta',
'officials'), people named in full with no title who then act, people of a country
as recipients ('an Iranian national', 'Sudanese refugees'), bodies by acronym after
their full name, militias and gangs by local names, companies, unions and
universities, international bodies' officials ('the UN's refugee chief', 'an IMF
mission'), and the press and NGOs as victims; round 16: ids 'r16-', helper-87,
session 19: stories across two or three paragraphs where a doer named in one acts in
the next as 'the bloc', 'the group', 'the alliance', 'the agency', 'its chairman',
'their forces' or 'the two leaders', speakers' own side in quotes ('our forces'),
bodies of churches and unions, and round 15's kinds again; `--round N` codes
and scores round N alone. With -v it prints, for each text not fully right, the gold events and the coder's. It is a
measurement: the exit status is 0 whatever the figures say.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "actors"))

from heldout_doers import HELDOUT, Heldout, Labelled

from eventwire.pipeline import shared_coder
from eventwire.records import Article, Event


def code_matches(gold: str | None, code: str | None) -> bool:
    """Whether a coder's code (None: no recipient) is one of the gold's codes."""
    options = ["None"] if gold is None else gold.split("|")
    for option in options:
        if option == "None":
            if code is None:
                return True
        elif code is not None and code.startswith(option):
            return True
    return False


def event_matches(gold: Labelled, event: Event) -> bool:
    """Whether one coded event has the gold event's root, source and target."""
    return (
        event.cameo_root in gold.root.split("|")
        and code_matches(gold.source, event.actor.code)
        and code_matches(gold.target, event.recipient.code if event.recipient else None)
    )


def score(
    coded: list[tuple[Heldout, list[Event]]], verbose: bool = False
) -> dict[str, int]:
    """The counts of the module docstring over (text, its coded events) pairs."""
    counts = dict.fromkeys(
        ("texts", "with_events", "coded", "gold", "source", "target", "full"), 0
    )
    counts.update(near_misses=0, near_silent=0, events=0)
    for item, events in coded:
        counts["texts"] += 1
        counts["events"] += len(events)
        if not item.events:
            counts["near_misses"] += 1
            counts["near_silent"] += not events
        else:
            counts["with_events"] += 1
            counts["coded"] += bool(events)
        full = 0
        for gold in item.events:
            counts["gold"] += 1
            counts["source"] += any(
                code_matches(gold.source, e.actor.code) for e in events
            )
            counts["target"] += any(
                code_matches(gold.target, e.recipient.code if e.recipient else None)
                for e in events
            )
            hit = any(event_matches(gold, e) for e in events)
            counts["full"] += hit
            full += hit
        if verbose and (full < len(item.events) or (not item.events and events)):
            print(f"{item.id} [{item.kind}] {item.text}")
            for gold in item.events:
                print(f"  gold {gold.root} {gold.source} -> {gold.target}")
            for e in events:
                recipient = e.recipient.code if e.recipient else None
                print(
                    f"  got  {e.cameo} {e.actor.code} ({e.actor.text}) -> {recipient}"
                    f" ({e.recipient.text if e.recipient else ''}) [{e.evidence.rule}]"
                )
    return counts


def round_of(item: Heldout) -> int:
    """The round of the set a text was written in (its id's 'rN-' prefix, else 1)."""
    head = item.id.split("-", 1)[0]
    return int(head[1:]) if head[:1] == "r" and head[1:].isdigit() else 1


def report(title: str, c: dict[str, int]) -> None:
    """Print the figures of one score()."""
    gold = c["gold"] or 1
    print(f"== {title}")
    print(
        f"texts {c['texts']} (with events {c['with_events']}, near misses "
        f"{c['near_misses']}), events coded {c['events']}"
    )
    print(f"texts with events coded: {c['coded']}/{c['with_events']}")
    print(f"gold events {c['gold']}:")
    print(f"  right source          {c['source']} ({c['source'] / gold:.2f})")
    print(f"  right target          {c['target']} ({c['target'] / gold:.2f})")
    print(f"  right source+target+root {c['full']} ({c['full'] / gold:.2f})")
    print(f"near misses silent: {c['near_silent']}/{c['near_misses']}")


def main(argv: list[str]) -> None:
    verbose = "-v" in argv
    only = int(argv[argv.index("--round") + 1]) if "--round" in argv else None
    items = [item for item in HELDOUT if only is None or round_of(item) == only]
    articles = [
        Article(id=item.id, text=item.text, published=item.date) for item in items
    ]
    results = shared_coder().code(articles)
    by_id = {res.article.id: list(res.events) for res in results}
    coded = [(item, by_id.get(item.id, [])) for item in items]
    report("all rounds" if only is None else f"round {only}", score(coded, verbose))
    if only is None:
        for n in sorted({round_of(item) for item in items}):
            report(f"round {n}", score([p for p in coded if round_of(p[0]) == n]))


if __name__ == "__main__":
    main(sys.argv[1:])
