"""A town the tagger calls a person, with an appositive that says it is a town
("seized Bunia, the capital of Ituri province"), is the place an attack or a capture
is on, and so its people are the recipient (issue 10: an attack on a place has that
place's civilians as the recipient). Before, the appositive made the name look like a
person described ("Smith, a farmer"), and the capture had no recipient. The place's
words come as the text wrote them ("Ituri province", not "Ituri province ,").

Stories written for these tests in wire style.
"""

from __future__ import annotations

from eventwire.pipeline import Coder

from .vocabulary_checks import DAY

STORY = (
    "Fighting between Congolese troops and CODECO militiamen spread across Ituri this "
    "week. CODECO fighters seized Bunia, the capital of Ituri province, on Sunday, "
    "residents said."
)


def test_a_town_said_to_be_one_is_the_place_attacked(coder: Coder) -> None:
    captures = [
        e
        for e in coder.code_text(STORY, DAY)
        if e.cameo.startswith("19") and "Bunia" in e.evidence.text
    ]
    targets = {e.recipient.code for e in captures if e.recipient}
    assert "CODCVL" in targets
    texts = {e.recipient.text for e in captures if e.recipient}
    assert "Bunia, the capital of Ituri province" in texts


def test_guard_a_person_described_is_not_a_place(coder: Coder) -> None:
    # guard (passes before and after): "Smith, a farmer" is no town
    text = (
        "Fighting between Congolese troops and CODECO militiamen spread across Ituri "
        "this week. CODECO fighters seized Jean Bosco, a farmer, on Sunday."
    )
    for e in coder.code_text(text, DAY):
        assert not (
            e.recipient and e.recipient.code == "CODCVL" and "Bosco" in e.recipient.text
        )
