"""People seized are abducted by armed men and detained by the state: "armed men
seized Eva Brunner from her home" (a person named by name, 181); "police seized
opposition leader Ousmane Sonko at his home" is a detention (173), not an abduction.

Sentences written for these tests in wire style; the first was silent before and
the second coded 181.
"""

from __future__ import annotations

from eventwire.pipeline import Coder

from .vocabulary_checks import coded


def test_a_person_seized_by_name_by_gunmen_is_abducted(coder: Coder) -> None:
    events = coded(
        coder, "Armed men seized Anna Keller from her home in Agadez on Sunday."
    )
    assert any(c == "181" for c, _, _ in events), events


def test_people_seized_by_police_are_detained(coder: Coder) -> None:
    events = coded(
        coder, "Police seized two opposition journalists at their office in Dakar."
    )
    assert any(c == "173" and s.endswith("COP") for c, s, _ in events), events
    assert not any(c == "181" for c, _, _ in events), events
