"""Events written for the map tests, not coded: protests over grain prices in three
countries, at towns close enough to cluster (Aleppo and Idlib; Beirut and Tripoli) and
one placed only in a country (Iraq). Every evidence sentence says "grain prices", so
that one search ("Words in evidence") finds exactly these."""

from __future__ import annotations

from dataclasses import dataclass

from eventwire.records import Actor, Article, Event, Evidence, Modality, Place

WORDS = "grain prices"
CAMEO = {  # code: (name, Goldstein)
    "141": ("Demonstrate or rally", -6.5),
    "143": ("Conduct strike or boycott", -6.5),
    "144": ("Obstruct passage, block", -7.5),
}
TOWNS = {  # name: (ISO3, lat, lon, GeoNames id)
    "Aleppo": ("SYR", 36.20124, 37.16117, 170063),
    "Idlib": ("SYR", 35.93062, 36.63393, 169389),
    "Beirut": ("LBN", 33.89332, 35.50157, 276781),
    "Tripoli": ("LBN", 34.43667, 35.84972, 266826),
    "Basra": ("IRQ", 30.50852, 47.7804, 99532),
}


@dataclass(frozen=True)
class Report:
    sentence: str
    actor: tuple[str, str, str]  # text, country, sector
    recipient: tuple[str, str, str]
    cameo: str
    trigger: str
    place: str  # a town of TOWNS, or an ISO3 code: placed only in that country


STORIES: dict[tuple[str, str, str], list[Report]] = {
    ("map-syr", "Bread queues in northern Syria", "2024-04-02"): [
        Report(
            "Bakers in Aleppo protested against grain prices on Tuesday.",
            ("Bakers", "SYR", "BUS"),
            ("the government", "SYR", "GOV"),
            "141",
            "protested",
            "Aleppo",
        ),
        Report(
            "Traders in Aleppo closed their shops in a strike over grain prices.",
            ("Traders", "SYR", "LAB"),
            ("the government", "SYR", "GOV"),
            "143",
            "strike",
            "Aleppo",
        ),
        Report(
            "Students in Aleppo marched to the governor's office over grain prices.",
            ("Students", "SYR", "EDU"),
            ("the governor", "SYR", "GOV"),
            "141",
            "marched",
            "Aleppo",
        ),
        Report(
            "Farmers near Idlib blocked the main road over grain prices.",
            ("Farmers", "SYR", "AGR"),
            ("the government", "SYR", "GOV"),
            "144",
            "blocked",
            "Idlib",
        ),
    ],
    ("map-lbn", "Lebanon's unions walk out", "2024-04-03"): [
        Report(
            "Protesters in Beirut rallied outside parliament against grain prices.",
            ("Protesters", "LBN", "CVL"),
            ("parliament", "LBN", "LEG"),
            "141",
            "rallied",
            "Beirut",
        ),
        Report(
            "Unions in Beirut called a general strike over grain prices.",
            ("Unions", "LBN", "LAB"),
            ("the government", "LBN", "GOV"),
            "143",
            "strike",
            "Beirut",
        ),
        Report(
            "Fishermen in Tripoli protested against grain prices at the port.",
            ("Fishermen", "LBN", "BUS"),
            ("the government", "LBN", "GOV"),
            "141",
            "protested",
            "Tripoli",
        ),
    ],
    ("map-irq", "Iraq's bread protests spread", "2024-04-04"): [
        Report(
            "Dock workers in Basra protested against grain prices on Thursday.",
            ("Dock workers", "IRQ", "LAB"),
            ("the government", "IRQ", "GOV"),
            "141",
            "protested",
            "Basra",
        ),
        Report(
            "Rallies against grain prices spread across Iraq, organisers said.",
            ("organisers", "IRQ", "CVL"),
            ("the government", "IRQ", "GOV"),
            "141",
            "Rallies",
            "IRQ",
        ),
    ],
}


def _actor(text: str, country: str, sector: str) -> Actor:
    return Actor(text, country + sector, country, sector)


def _place(place: str) -> Place:
    if place in TOWNS:
        country, lat, lon, geonameid = TOWNS[place]
        return Place(place, country, lat, lon, geonameid, "city")
    return Place({"IRQ": "Iraq"}[place], place, precision="country")


def map_batch() -> list[tuple[Article, list[Event]]]:
    """The stories as articles with their events, for ``EventStore.write``."""
    batch = []
    for (article_id, title, day), reports in STORIES.items():
        text = " ".join(r.sentence for r in reports)
        events = []
        start = 0
        for i, r in enumerate(reports):
            end = start + len(r.sentence)
            name, goldstein = CAMEO[r.cameo]
            events.append(
                Event(
                    article_id=article_id,
                    sentence=i,
                    actor=_actor(*r.actor),
                    recipient=_actor(*r.recipient),
                    cameo=r.cameo,
                    cameo_name=name,
                    goldstein=goldstein,
                    quad_class=4,
                    plover="PROTEST",
                    modality=Modality(),
                    evidence=Evidence(r.sentence, start, end, r.trigger, "test.map"),
                    date=day,
                    date_precision="day",
                    location=_place(r.place),
                    confidence=0.9,
                    trigger_index=i,
                )
            )
            start = end + 1
        article = Article(article_id, text, title, day, "Map Wire")
        batch.append((article, events))
    return batch


def place_counts() -> dict[str, int]:
    """Events per place: a town's name, or an ISO3 code for a country."""
    counts: dict[str, int] = {}
    for reports in STORIES.values():
        for r in reports:
            counts[r.place] = counts.get(r.place, 0) + 1
    return counts
