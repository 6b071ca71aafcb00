"""A person named with a title but no country does not take the country word of
another actor's own phrase ("President Faye met FRENCH President Macron": not a French
president; "Foreign Minister Budrys summoned the BELARUSIAN charge d'affaires": not a
Belarusian minister, which also made the summons an act on his own state and dropped
it). The story's country counts instead (issue 10: every actor right).

Stories written for these tests in wire style.
"""

from __future__ import annotations

from eventwire.pipeline import Coder

from .vocabulary_checks import DAY


def _pairs(coder: Coder, text: str, code: str) -> list[tuple[str, str | None]]:
    return [
        (e.actor.code, e.recipient.code if e.recipient else None)
        for e in coder.code_text(text, DAY)
        if e.cameo.startswith(code)
    ]


def test_a_summons_by_a_minister_of_the_story_s_country(coder: Coder) -> None:
    text = (
        "Lithuania closed two border crossings with Belarus on Monday after dozens of "
        "balloons drifted into its airspace. Foreign Minister Kestutis Budrys summoned "
        "the Belarusian charge d'affaires on Tuesday. Lithuania's prime minister said "
        "the balloons were a hybrid attack."
    )
    assert ("LTUGOV", "BLRGOV") in _pairs(coder, text, "11")


def test_a_meeting_of_two_presidents_keeps_each_one_s_country(coder: Coder) -> None:
    text = (
        "Senegal wants to review its defence pact with France, officials in Dakar "
        "said. President Bassirou Diomaye Faye met French President Emmanuel Macron "
        "in Paris on Tuesday. Senegal's prime minister said the talks went well."
    )
    assert ("SENGOV", "FRAGOV") in _pairs(coder, text, "04")


def test_guard_a_country_in_the_person_s_own_phrase_still_counts(
    coder: Coder,
) -> None:
    # guard (passes before and after): "of Somalia" is the minister's own
    text = (
        "Kenya and Somalia agreed to reopen their border on Monday. Foreign Minister "
        "Ahmed Moallim Fiqi of Somalia met the Kenyan ambassador in Mogadishu on "
        "Tuesday."
    )
    assert ("SOMGOV", "KENGOV") in _pairs(coder, text, "04")
