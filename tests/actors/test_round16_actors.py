"""Actor faults that two helpers found on held-out texts (session 18, helper-79),
each tested on texts of our own in wire style:

- an acronym in brackets after a body's name set off as an appositive of a common
  noun ("the country's biggest farmers' union, the Confederacion Campesina (CC)")
  is that body's, so that the acronym later ("the CC's leaders") is the body, not
  a role word of its own.
"""

from __future__ import annotations

from eventwire.pipeline import Coder

from .doer_checks import dyads


def test_an_acronym_of_an_appositive_name_is_the_heads_body(coder: Coder) -> None:
    got = dyads(
        coder,
        "ASUNCION, June 3 (Reuters) - Paraguay's largest peasant federation, the "
        "Federacion Nacional Campesina (FNC), blocked roads across the country on "
        "Tuesday to demand land reform. The government accused the FNC's leaders of "
        "inciting violence against landowners.",
    )
    assert ("11", "PRYGOV", "PRYAGR") in got or ("11", "PRYGOV", "PRYLAB") in got


def test_an_acronym_of_a_body_the_appositive_names_through_of_stays_its_own(
    coder: Coder,
) -> None:
    # "a member of the International Trade Union Confederation (ITUC)": the bracket
    # closes the name of another body, not the union's
    got = dyads(
        coder,
        "NAIROBI, June 3 (Reuters) - The Kenyan teachers' union, a member of the "
        "International Trade Union Confederation (ITUC), called a national strike on "
        "Monday. The ITUC accused the government of breaking its promises to teachers.",
    )
    assert not any(src == "KENLAB" and root == "11" for root, src, _ in got)
