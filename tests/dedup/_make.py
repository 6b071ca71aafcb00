"""Hand-built event records for the dedup unit tests (no model needed)."""

from __future__ import annotations

from eventwire.records import Actor, Article, Event, Evidence, Modality

CODES = {
    "TUR": Actor("Turkey", "TUR", country="TUR"),
    "TURMIL": Actor("Turkish forces", "TURMIL", country="TUR", sector="MIL"),
    "SYR": Actor("Syria", "SYR", country="SYR"),
    "IRQ": Actor("Iraq", "IRQ", country="IRQ"),
    "SYRMIL": Actor("Syrian troops", "SYRMIL", country="SYR", sector="MIL"),
    "KEN": Actor("Kenya", "KEN", country="KEN"),
    "KENGOV": Actor("Kenya's foreign minister", "KENGOV", country="KEN", sector="GOV"),
    "KENOPP": Actor("Kenyan opposition", "KENOPP", country="KEN", sector="OPP"),
    "SOM": Actor("Somalia", "SOM", country="SOM"),
    "SOMGOV": Actor("her Somali counterpart", "SOMGOV", country="SOM", sector="GOV"),
}


def event(
    article_id: str = "a1",
    sentence: int = 0,
    actor: str = "TURMIL",
    recipient: str | None = "SYR",
    cameo: str = "194",
    date: str | None = "2024-03-04",
    precision: str | None = "day",
    negated: bool = False,
    hypothetical: bool = False,
    future: bool = False,
    start: int | None = None,
    quad_class: int = 4,
) -> Event:
    begin = sentence * 100 if start is None else start
    return Event(
        article_id=article_id,
        sentence=sentence,
        actor=CODES[actor],
        recipient=CODES[recipient] if recipient else None,
        cameo=cameo,
        cameo_name="name of " + cameo,
        goldstein=-9.0,
        quad_class=quad_class,
        plover=None,
        modality=Modality(negated=negated, hypothetical=hypothetical, future=future),
        evidence=Evidence(f"sentence {sentence}", begin, begin + 90, "shelled", "rule"),
        date=date,
        date_precision=precision if date else None,
    )


def article(
    article_id: str,
    source: str | None = None,
    url: str | None = None,
    published: str | None = "2024-03-04",
) -> Article:
    return Article(id=article_id, text="", published=published, source=source, url=url)
