"""Actor faults seen on the older wire articles (session 17, helper-74), each tested
on texts of our own in wire style:

- people who speak on air ("a radio presenter", "a commentator on a private radio
  station", "a television anchor") are MED, as journalists are; a bare "anchor" or
  "host" is no role.
"""

from __future__ import annotations

from eventwire.pipeline import Coder

from .doer_checks import dyads


def test_an_on_air_role_is_media(coder: Coder) -> None:
    got = dyads(
        coder,
        "TUNIS (Reuters) - Police detained Karim Bensaid, a radio presenter, on "
        "Sunday. Sami Trabelsi, a commentator on a private radio station, "
        "denounced the arrest.",
    )
    assert ("17", "TUNCOP", "TUNMED") in got
    assert any(s == "TUNMED" for _, s, _ in got)


def test_a_television_anchor_is_media(coder: Coder) -> None:
    got = dyads(
        coder,
        "TUNIS (Reuters) - Amel Jaziri, a television anchor, criticised the "
        "president on Monday.",
    )
    assert ("11", "TUNMED", "TUNGOV") in got
