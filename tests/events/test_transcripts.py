"""A transcript's speaker label says who speaks its paragraph (issue 10: articles as
they come). Briefings and interviews are printed as "Name: what they said"; "we" and
"I" in that paragraph are the speaker's side, as in a quote with "the minister said".
A news outlet's label is a reporter asking, and no speaker of the answer.

Texts written for these tests in the layout of a ministry's briefing page; each "we"
below was no one before.
"""

from __future__ import annotations

from eventwire.pipeline import Coder

from .vocabulary_checks import DAY


def _events(coder: Coder, text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (
            e.cameo,
            e.actor.code if e.actor else None,
            e.recipient.code if e.recipient else None,
        )
        for e in coder.code_text(text, DAY)
    ]


def test_titled_label_speaks_its_paragraph(coder: Coder) -> None:
    text = (
        "Foreign Minister Ahmed Attaf: Algeria is following the situation closely. "
        "We urge Mali to return to the negotiating table."
    )
    found = _events(coder, text)
    assert any(c[:2] == "02" and s == "DZAGOV" and t == "MLI" for c, s, t in found), (
        found
    )


def test_bare_name_label_is_the_titled_person_named_above(coder: Coder) -> None:
    text = (
        "The foreign ministry of Kenya held its weekly briefing on Thursday, with "
        "ministry spokesman Salim Mwangi taking questions.\n\n"
        "Salim Mwangi: We have lodged a formal protest with Uganda over the arrest "
        "of two Kenyan lawmakers."
    )
    found = _events(coder, text)
    assert any(c == "114" and s == "KENGOV" and t == "UGA" for c, s, t in found), found


def test_outlet_label_is_no_speaker(coder: Coder) -> None:
    text = "Reuters: We understand the two sides will sign the deal. Is that so?"
    assert all(s is None or not s.endswith("MED") for _, s, _ in _events(coder, text))


def test_a_heading_label_is_no_speaker(coder: Coder) -> None:
    # "We" with no speaker, after a heading label, stays no one
    text = "Update: We urge readers to check back for more."
    assert _events(coder, text) == []


def test_capitalised_label_is_the_titled_person_named_above(coder: Coder) -> None:
    text = (
        "State Department spokesperson Matthew Miller held a briefing on Tuesday.\n\n"
        "MR MILLER: We have sanctioned three Iranian officials for their role in the "
        "drone programme."
    )
    found = _events(coder, text)
    assert ("163", "USAGOV", "IRNGOV") in found, found


def test_a_town_label_is_a_dateline_not_a_speaker(coder: Coder) -> None:
    text = "WASHINGTON: We urge calm in the region, a senior official said."
    assert all(s != "USA" for _, s, _ in _events(coder, text))


def test_an_answer_runs_on_into_the_next_paragraph(coder: Coder) -> None:
    """ "Foreign Minister X: ..." and then a paragraph "We urge ...": the answer runs
    on, in the first person, until the next label (helper-65's report)."""
    text = (
        "Foreign Minister Ahmed Attaf: Algeria is following the situation closely.\n\n"
        "We urge Mali to return to the negotiating table.\n\n"
        "Reuters: Will Algeria send a delegation to Bamako?"
    )
    found = _events(coder, text)
    assert any(c[:2] == "02" and s == "DZAGOV" and t == "MLI" for c, s, t in found), (
        found
    )


def test_a_reporters_label_ends_the_answer(coder: Coder) -> None:
    """Guard: after a reporter's labelled question, "we" is no longer the minister."""
    text = (
        "Foreign Minister Ahmed Attaf: Algeria is following the situation closely.\n\n"
        "Reuters: We understand Mali has refused. Will Algeria urge Mali to return?\n\n"
        "We urge Mali to return to the negotiating table."
    )
    found = _events(coder, text)
    assert not any(s == "DZAGOV" and c[:2] == "02" for c, s, _ in found), found
