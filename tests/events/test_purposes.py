"""What an act is for is not done by it: "struck a deal with the unions TO END THE
STRIKE" tells the deal (057), not the government ending a strike (082). A purpose
infinitive of a yield (08) is like one of force or of a cut in ties (15, 16, 18-20):
intended, not done. From helper-64's report; sentences written for these tests in
wire style.
"""

from __future__ import annotations

from eventwire.pipeline import Coder

from .vocabulary_checks import coded


def test_a_yield_that_is_an_acts_purpose_is_not_done(coder: Coder) -> None:
    """ "struck a deal with the unions TO END THE STRIKE": the end of the strike is
    what the deal is for, not an act of the government (082); the deal is told."""
    found = coded(
        coder,
        "The government of Chile struck a deal with the copper unions on Monday to end "
        "the strike.",
    )
    assert any(code == "057" for code, _, _ in found), found
    assert not any(code.startswith("08") for code, _, _ in found), found


def test_an_opening_that_lets_others_in_is_done(coder: Coder) -> None:
    """Guard: "reopened the crossing TO LET IN aid trucks": opening the way is what
    allows the access (0863), as held-out round 6 labels it."""
    found = coded(
        coder, "Egypt reopened the Rafah crossing on Monday to let in aid trucks."
    )
    assert any(code == "0863" for code, _, _ in found), found
