"""CAMEO's sector conventions for doers the words alone do not settle (issue 10,
item 1): insurgents have CAMEO's own code, a former office-holder the state
prosecutes is of the opposition, a court or the police is of the country of the
known people it acts on. Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.actors.resolve import DocMemory
from eventwire.pipeline import Coder

_DAY = "2019-06-11"


def _dyads(coder: Coder, text: str) -> set[tuple[str, str | None, str]]:
    return {
        (e.actor.code, e.recipient.code if e.recipient else None, e.cameo)
        for e in coder.code_text(text, _DAY)
    }


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        # "insurgent" names CAMEO's insurgents (INS)
        (
            "Afghan insurgents ambushed a police convoy in Kandahar province on Sunday.",
            ("AFGINS", "AFGCOP", "190"),
        ),
        # militants have no CAMEO code of their own: rebels, as the manual codes them
        (
            "Palestinian militants fired rockets at Israel on Sunday.",
            ("PSEREB", "ISR", "194"),
        ),
    ],
)
def test_sector_conventions_insurgents_and_militants(
    coder: Coder, text: str, dyad: tuple[str, str | None, str]
) -> None:
    assert dyad in _dyads(coder, text)


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        # the object of a prosecution
        (
            "Judges sentenced former Peruvian President Ollanta Humala to 15 years "
            "in prison.",
            ("PERJUD", "PEROPP", "173"),
        ),
        # out of office on the day, with no "former": the base says so
        ("The court convicted Lula on Wednesday.", ("BRAJUD", "BRAOPP", "116")),
        # inside the phrase of what the court acts on
        (
            "A regional court rejected an appeal by former President Luiz Inacio "
            "Lula da Silva on Wednesday.",
            ("BRAJUD", "BRAOPP", "120"),
        ),
        # a doer of his own act, or met by prosecutors, is not prosecuted
        (
            "Former Peruvian President Ollanta Humala criticised the prosecutors on "
            "Thursday.",
            ("PERELI", "PERJUD", "111"),
        ),
        (
            "Former Peruvian President Ollanta Humala met the prosecutors on Thursday.",
            ("PERJUD", "PERELI", "040"),
        ),
    ],
)
def test_sector_conventions_a_prosecuted_former_office_holder_is_opposition(
    coder: Coder, text: str, dyad: tuple[str, str | None, str]
) -> None:
    assert dyad in _dyads(coder, text)


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        # a court takes the country of the known person it acts on
        (
            "A regional court rejected an appeal by former President Luiz Inacio "
            "Lula da Silva on Wednesday.",
            ("BRAJUD", "BRAOPP", "120"),
        ),
        # a legislature may ask another country's leader: no country from him
        (
            "The lawmakers urged President Luiz Inacio Lula da Silva to veto the bill.",
            ("---LEG", "BRAGOV", "020"),
        ),
    ],
)
def test_sector_conventions_a_court_is_of_the_known_people_it_acts_on(
    coder: Coder, text: str, dyad: tuple[str, str | None, str]
) -> None:
    assert dyad in _dyads(coder, text)


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        # aid and relief groups no country's words claim are international (NGO)
        (
            "Sudan expelled four foreign aid groups on Wednesday.",
            ("SDN", "NGO", "1663"),
        ),
        (
            "The Sudanese government accused aid workers of spying.",
            ("SDNGOV", "NGO", "1125"),
        ),
        # one the text gives a country is that country's
        (
            "Kenyan aid groups appealed to the government on Monday.",
            ("KENNGO", "KENGOV", "020"),
        ),
    ],
)
def test_sector_conventions_aid_groups_of_no_country_are_international(
    coder: Coder, text: str, dyad: tuple[str, str | None, str]
) -> None:
    assert dyad in _dyads(coder, text)


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        # an office-holder's campaign is a party's body, as a named person's is
        (
            "The president's reelection campaign criticised the governor.",
            "campaign",
            "---PTY",
        ),
        # what an army owns through "'s" is no campaign of a party
        ("The army's bombing campaign killed 20 people.", "campaign", None),
        ("The parliamentary speaker criticised the governor.", "speaker", "---LEG"),
        # a union named for a cause is of the cause, no labour union
        ("The civil liberties union sued the state.", "union", "---NGO"),
        ("The teachers union sued the state.", "union", "---EDU"),
    ],
)
def test_sector_conventions_campaigns_speakers_and_unions(
    coder: Coder, text: str, word: str, code: str | None
) -> None:
    doc = coder.nlp(text)
    [tok] = [t for t in doc if t.text == word]
    mention = coder.resolver.resolve(tok, _DAY, DocMemory())
    assert (mention.actor.code if mention else None) == code
