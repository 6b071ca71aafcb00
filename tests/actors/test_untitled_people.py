"""People named with no title, whose own sentence says what they are:

- a relative clause: "Lucas Mabunda, WHO CAME SECOND in the presidential vote" or "who
  lost the runoff" is a runner-up, the opposition (OPP); "X, WHO LEADS the opposition
  party", "Y, WHOSE Popular Force PARTY led the push" is of that body; the surname
  later is the same person. A runner-up of a race in sport is no one's opposition;
- "the Popular Force party" is a party (PTY), whatever "Force" alone would make it;
- "its supporters" after the party the sentence named are the party's;
- a common word the tagger puts in a person's name ("the official GAZETTE said") is
  no person that "he" in the next sentence can be.

Sentences written for these tests in wire style; each gave no doer, or a wrong one,
before.
"""

from __future__ import annotations

from eventwire.pipeline import Coder
from eventwire.records import Article


def _sources(coder: Coder, text: str) -> list[str]:
    article = Article(id="t", text=text, published="2026-02-04")
    return [e.actor.code for e in next(iter(coder.code([article]))).events]


def test_a_runner_up_in_a_vote_is_the_opposition_and_so_is_his_surname(
    coder: Coder,
) -> None:
    codes = _sources(
        coder,
        "Tomas Chivambo, who came second in last month's presidential vote in "
        "Mozambique, accused the electoral commission of fraud on Monday. Chivambo "
        "also accused the police of killing protesters.",
    )
    assert codes == ["MOZOPP", "MOZOPP"], codes


def test_who_lost_the_runoff_is_the_opposition(coder: Coder) -> None:
    codes = _sources(
        coder,
        "Ana Quispe, who lost the runoff to the president in Peru, accused the "
        "government of fraud.",
    )
    assert codes == ["PEROPP"], codes


def test_who_leads_a_party_is_of_the_party(coder: Coder) -> None:
    codes = _sources(
        coder,
        "Lucas Mabote, who leads the opposition Podemos party, accused the government "
        "of Mozambique of fraud.",
    )
    assert codes == ["MOZOPP"], codes


def test_whose_party_is_named_with_a_force_is_a_partys(coder: Coder) -> None:
    codes = _sources(
        coder,
        "Rosa Mendoza, whose Popular Force party led the push in Peru, accused the "
        "prosecutor of persecution.",
    )
    assert codes == ["PERPTY"], codes


def test_a_runner_up_in_sport_is_no_opposition(coder: Coder) -> None:
    """Guard: second in a marathon is no vote."""
    codes = _sources(
        coder,
        "Ana Quispe, who came second in the Lima marathon, accused the organisers of "
        "cheating.",
    )
    assert "PEROPP" not in codes and "---OPP" not in codes, codes


def test_a_gazette_is_no_he(coder: Coder) -> None:
    codes = _sources(
        coder,
        "Kuwait revoked the citizenship of 1,200 people, the official gazette said. "
        "The former lawmaker, Musallam al-Barrak, said he would challenge the "
        "decision in court.",
    )
    assert codes[-1:] == ["KWTELI"], codes


def test_its_supporters_are_the_partys(coder: Coder) -> None:
    """ "its supporters" after the party the sentence named are the party's side, as
    "its leaders" are (no recipient before)."""
    article = Article(
        id="t",
        text="Thai police raided the offices of the opposition Future Forward Party and "
        "arrested its supporters.",
        published="2026-02-04",
    )
    events = next(iter(coder.code([article]))).events
    assert any(
        e.cameo.startswith("17")
        and e.recipient
        and e.recipient.code == "THAOPP"
        and e.recipient.text == "its supporters"
        for e in events
    ), [(e.cameo, e.recipient.text if e.recipient else None) for e in events]
