"""Who a clause's act is done to, or by, when the clause names them by a relative
pronoun or an agent noun (issue 10: every event it states, and no more).

- "the two men, who were arrested by police": the relative clause's passive subject is
  the noun it describes (a passive with no doer named tells of the noun's past, and
  is left alone);
- "a suicide bomber blew himself up": the agent noun is the doer of the act its verb
  codes, not a second attack by unidentified attackers.

Sentences written for these tests in wire style.
"""

from __future__ import annotations

from eventwire.pipeline import Coder

from .vocabulary_checks import DAY, check_codes


def test_relative_passive_with_a_doer_is_done_to_the_noun(coder: Coder) -> None:
    text = (
        "The ministry said the two men, who were arrested by counter-terrorism "
        "police in Tabriz in March, had been spying for Israel."
    )
    check_codes(coder, text, "173", "IRNCOP", "IRN")


def test_relative_passive_with_no_doer_is_the_nouns_past(coder: Coder) -> None:
    text = (
        "Polish police released a Reuters correspondent, who was detained for two "
        "days, on Friday."
    )
    assert "173" not in [e.cameo for e in coder.code_text(text, DAY)]


def test_agent_noun_subject_is_no_second_attack(coder: Coder) -> None:
    text = "A suicide bomber blew himself up at a mosque in Peshawar on Friday."
    events = coder.code_text(text, DAY)
    assert [e.cameo for e in events] == ["1831"], [
        (e.cameo, e.actor.code) for e in events
    ]
    assert events[0].actor.code != "UAF"
