"""Verdicts in reported speech: praise and criticism a speaker SAYS of an actor or its
act. "X said Y's move was unjustified" was already X criticizing Y (111); praise had no
words at all ("said Senegal had made significant progress", "said the accord was a
milestone": 051), a run of critical words was missing ("deeply troubling",
"deplorable"), a measure with no owner named ("said the duties were unjustified") lost
its doer from the sentence before, and "the vote had been rigged BY the ruling party"
accused no one (112).

Sentences written for these tests in wire style.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.errors import DictionaryError
from eventwire.events.patterns import load_patterns
from eventwire.pipeline import Coder

from .vocabulary_checks import check_codes, check_near_miss, coded


@pytest.mark.parametrize(
    ("text", "source", "recipient"),
    [
        pytest.param(
            "The European Union's fisheries commissioner said on Monday that Senegal "
            "had made significant progress in curbing illegal fishing off its coast.",
            "IGO",
            "SEN",
            marks=pytest.mark.xfail(
                reason="the speaker is not found: 'the European Union's fisheries "
                "commissioner' is no actor (actors/)",
                strict=True,
            ),
        ),
        (
            "The European Commission said on Monday that Senegal had made real "
            "progress in curbing illegal fishing off its coast.",
            "IGO",
            "SEN",
        ),
        (
            "Germany's chancellor said Jordan's decision to reopen the Jaber border "
            "crossing was a courageous step.",
            "DEU",
            "JOR",
        ),
        (
            "The African Union said Malawi's presidential election was an example to "
            "the whole continent.",
            "IGO",
            "MWI",
        ),
        pytest.param(
            "Brazil's president on Thursday called Argentina's agreement with its "
            "creditors historic.",
            "BRA",
            "ARG",
            marks=pytest.mark.xfail(
                reason="the parser takes the object for a second predicate (oprd)",
                strict=True,
            ),
        ),
        (
            "Kenya's president called Ethiopia's peace deal with the Tigrayan "
            "leadership historic.",
            "KEN",
            "ETH",
        ),
        (
            "The United Nations secretary-general said Colombia's accord with the "
            "rebels was a milestone for the region.",
            "IGO",
            "COL",
        ),
        (
            "Japan's trade ministry said Vietnam's move to scrap the rice tariffs was "
            "a welcome step.",
            "JPN",
            "VNM",
        ),
    ],
)
def test_praise_said_of_an_actor_or_its_act(
    coder: Coder, text: str, source: str, recipient: str
) -> None:
    check_codes(coder, text, "051", source, recipient)


@pytest.mark.parametrize(
    "text",
    [
        # no actor judged
        "The Norwegian mediator said the talks in Oslo were positive.",
        "Officials said the new bridge over the Danube was a milestone for the region.",
        # no praise: progress that is slow
        "Indonesia's trade minister said progress in the talks with Australia had "
        "been slow.",
        # negated or hedged
        "The French foreign minister said Mali's decision to expel the envoy was not "
        "a step forward.",
        "Kosovo's prime minister said Serbia's proposal could be a positive step if "
        "it were put in writing.",
    ],
)
def test_no_praise_without_an_actor_judged_well(coder: Coder, text: str) -> None:
    check_near_miss(coder, text, "051")


@pytest.mark.parametrize(
    ("text", "source", "recipient"),
    [
        (
            "The U.S. State Department said Nicaragua's crackdown on opposition "
            "figures was deeply troubling.",
            "USA",
            "NIC",
        ),
        (
            "Australia's foreign minister said China's detention of the journalist was "
            "deplorable.",
            "AUS",
            "CHN",
        ),
        (
            "Pakistan said India's decision to suspend the water treaty was "
            "regrettable.",
            "PAK",
            "IND",
        ),
        (
            "Hungary's government said the European Commission's decision to freeze "
            "the funds was discriminatory.",
            "HUN",
            "IGO",
        ),
        (
            "The Philippine coast guard said the Chinese navy's use of water cannon was "
            "excessive and disproportionate.",
            "PHL",
            "CHN",
        ),
        (
            "Moscow said Finland's decision to close the border was alarming.",
            "RUS",
            "FIN",
        ),
    ],
)
def test_criticism_said_of_an_actor_or_its_act(
    coder: Coder, text: str, source: str, recipient: str
) -> None:
    check_codes(coder, text, "111", source, recipient)


@pytest.mark.parametrize(
    "text",
    [
        # no actor's act judged
        "Brazil's health minister said the rise in dengue cases was alarming.",
        "The Red Cross said conditions in the flooded villages were deplorable.",
        "Thailand's central bank governor said inflation remained worrying.",
        # where the thing judged is, not whose it is
        "The World Food Programme said the humanitarian situation in Sudan was "
        "alarming.",
        # negated
        "Chile's foreign minister said Peru's response to the protests was not "
        "excessive.",
    ],
)
def test_no_criticism_without_an_actor_judged_ill(coder: Coder, text: str) -> None:
    check_near_miss(coder, text, "111")


@pytest.mark.parametrize(
    ("text", "source", "recipient"),
    [
        (
            "China imposed anti-dumping duties on Canadian canola oil on Tuesday. "
            "Canada's trade minister said the duties were unjustified.",
            "CAN",
            "CHN",
        ),
        (
            "Belarusian police detained a dozen opposition activists in Minsk on "
            "Saturday. Lithuania's foreign ministry said the arrests were unacceptable.",
            "LTU",
            "BLR",
        ),
    ],
)
def test_a_measure_judged_is_the_last_one_of_its_kind(
    coder: Coder, text: str, source: str, recipient: str
) -> None:
    check_codes(coder, text, "111", source, recipient)


def test_a_measure_with_no_doer_before_it_judges_no_one(coder: Coder) -> None:
    """Guard: with no such act in the story, the verdict has no target."""
    found = coded(coder, "Canada's trade minister said the duties were unjustified.")
    assert not any(c == "111" for c, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "source", "recipient"),
    [
        (
            "Zimbabwe's main opposition leader said the vote had been rigged by the "
            "ruling ZANU-PF party.",
            "ZWE",
            "ZWE",
        ),
        (
            "Georgia's president said the parliamentary election had been stolen by "
            "the ruling Georgian Dream party.",
            "GEO",
            "GEO",
        ),
        (
            "Venezuela's opposition said the tally sheets were falsified by the "
            "National Electoral Council.",
            "VEN",
            "VEN",
        ),
    ],
)
def test_a_wrong_done_by_someone_is_an_accusation(
    coder: Coder, text: str, source: str, recipient: str
) -> None:
    check_codes(coder, text, "112", source, recipient)


@pytest.mark.parametrize(
    "text",
    [
        # no agent: no one accused
        "Zimbabwe's main opposition leader said the vote had been rigged.",
        # negated
        "Georgia's election commission said the vote had not been rigged by the "
        "ruling party.",
        # praise of a process, not of wrongdoing
        "Ghana's president said the ballots had been counted by independent officials.",
    ],
)
def test_no_accusation_without_a_wrong_done_by_someone(coder: Coder, text: str) -> None:
    check_near_miss(coder, text, "112")


def test_a_verdict_on_an_act_coded_itself_is_on_its_doer(coder: Coder) -> None:
    """The act judged makes its own event; the verdict is on who did it, not on whom
    it was done to ("the killing OF THE PROTESTERS")."""
    found = coded(
        coder,
        "Egypt's foreign ministry said the killing of the protesters by security "
        "forces in Khartoum was unacceptable.",
    )
    verdicts = [(s, t) for c, s, t in found if c == "111"]
    assert verdicts and all(t and t.startswith("SDN") for _, t in verdicts), found


def test_a_word_is_praise_or_a_verdict_not_both(tmp_path: Path) -> None:
    """The praise list is checked at load: a word in it and in verdicts is an error."""
    (tmp_path / "g.yaml").write_text(
        "name: test\nversion: 1\nsource: tests\nlicense: MIT\n"
        "speech:\n  verbs: [say]\n  verdicts: [bold, illegal]\n  praise: [bold]\n",
        encoding="utf-8",
    )
    with pytest.raises(DictionaryError, match=r"praise words \['bold'\]"):
        load_patterns(tmp_path)
