""" "He" or "she" in what a titled person's office or spokesman reports is that
person: "Greece's prime minister's office said HE had spoken by phone with the
Turkish president" is the prime minister's call; an office of no titled person
("the company's office said he ...") names no one.

Sentences written for these tests in wire style; the first was silent before.
"""

from __future__ import annotations

from eventwire.pipeline import Coder

from .vocabulary_checks import coded


def test_he_in_a_titled_persons_offices_report_is_that_person(coder: Coder) -> None:
    events = coded(
        coder,
        "Greece's prime minister's office said he had spoken by phone with the "
        "Turkish president about the war in Gaza.",
    )
    assert any(
        c == "041" and s.startswith("GRC") and (r or "").startswith("TUR")
        for c, s, r in events
    ), events


def test_he_in_an_untitled_offices_report_names_no_one(coder: Coder) -> None:
    events = coded(
        coder,
        "The shipping company's office in Athens said he had spoken by phone with "
        "the Turkish president.",
    )
    assert not any(c == "041" and (s or "").startswith("GRC") for c, s, _ in events), (
        events
    )
