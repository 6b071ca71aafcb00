"""Doers and recipients of the kinds the held-out doers set's third round found
coded wrong (issue 10, items 1 and 2; tests/actors/heldout_doers.py, ids 'r3-'):
the mechanisms behind them, on sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.pipeline import Coder

from .doer_checks import DAY as _DAY
from .doer_checks import dyads as _dyads


# "the premier" is the person last named "prime minister", and the other way round:
# one office, two names (it had been the government of the country named last)
@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        (
            "Malaysian Prime Minister Anwar Kassim flew to Tokyo on Sunday. The "
            "premier met Japan's foreign minister on Monday.",
            ("040", "MYSGOV", "JPNGOV"),
        ),
        (
            "Chinese Premier Li Wen arrived in Hanoi on Monday. The prime minister "
            "met Vietnam's president.",
            ("040", "CHNGOV", "VNMGOV"),
        ),
    ],
)
def test_the_premier_is_the_prime_minister_named_before(
    coder: Coder, text: str, dyad: tuple[str, str, str]
) -> None:
    # the meeting (040), not the visit before it (042)
    events = {
        (e.cameo, e.actor.code, e.recipient.code if e.recipient else None)
        for e in coder.code_text(text, _DAY)
    }
    assert dyad in events


# "the group" is never an organ of a state: after "..., the army said" it is the armed
# group the sentence named, not the army that spoke
def test_the_group_is_no_army_named_before(coder: Coder) -> None:
    dyads = _dyads(
        coder,
        "Fighters of the Ogaden Patriotic Front ambushed a convoy near Degehabur, "
        "Ethiopia's army said. The group accused the army of killing civilians.",
    )
    assert ("11", "ETHREB", "ETHMIL") in dyads
    assert not any(source == "ETHMIL" and code == "11" for code, source, _ in dyads)


# "accused the governor of shielding separatists": the "of" phrase is the charge, not
# whose governor he is (he had been coded a rebel)
def test_the_charge_after_of_is_not_whose_the_object_is(coder: Coder) -> None:
    dyads = _dyads(
        coder,
        "Governor Ada Nwosu of Nigeria's Anambra state criticised the army. The army "
        "accused the governor of shielding separatists.",
    )
    assert ("11", "NGAMIL", "NGAGOV") in dyads
    assert not any(target == "NGAREB" for _, _, target in dyads)


# an industry's "group" or "operator" before a name is a company (had been the country
# alone, or no actor)
@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        (
            "Georgia's government accused a Turkish port operator of breaking its "
            "contract.",
            ("11", "GEOGOV", "TURBUS"),
        ),
        (
            "French engineering group Valdor sued the Algerian government over unpaid "
            "bills.",
            ("11", "FRABUS", "DZAGOV"),
        ),
    ],
)
def test_an_industry_group_or_operator_is_a_company(
    coder: Coder, text: str, dyad: tuple[str, str, str]
) -> None:
    assert dyad in _dyads(coder, text)


# the sides of a war named together are armed sides, not political parties (UAF)
def test_warring_parties_are_armed_sides(coder: Coder) -> None:
    dyads = _dyads(
        coder,
        "The Norwegian foreign minister urged Yemen's warring parties to extend the "
        "truce.",
    )
    assert ("02", "NORGOV", "YEMUAF") in dyads


# "U.S.-led" is one word to the tokenizer: the coalition is still the one the United
# States leads (it had been no actor, and "its aircraft" the country of the place)
def test_a_one_word_state_led_coalition(coder: Coder) -> None:
    dyads = _dyads(
        coder,
        "The U.S.-led coalition said its jets had bombed Islamic State fighters in "
        "Iraq.",
    )
    assert any(source == "USAMIL" for _, source, _ in dyads)
    assert not any(source.startswith("IRQ") for _, source, _ in dyads)


# "the fund" after the IMF is the IMF
def test_the_fund_is_the_imf_named_before(coder: Coder) -> None:
    dyads = _dyads(
        coder,
        "Pakistan's finance minister held talks with the IMF on Monday. The fund "
        "urged Islamabad to raise taxes.",
    )
    assert ("02", "IGOBUSIMF", "PAKGOV") in dyads


# the chairman or director of a body named before or after him is that body
@pytest.mark.parametrize(
    "text",
    [
        "The ECOWAS Commission chairman, Omar Sanneh, urged Guinea's junta to free "
        "jailed journalists.",
        "The chairman of the ECOWAS Commission urged Guinea's junta to free jailed "
        "journalists.",
    ],
)
def test_a_bodys_chairman_is_the_body(coder: Coder, text: str) -> None:
    assert any(
        code == "02" and source == "IGOWAFECW"
        for code, source, _ in _dyads(coder, text)
    )


# "the bloc" after "EU foreign ministers" (people of the bloc, coded GOV) is the EU,
# and "accused the bloc of meddling" is the bloc (the "of" phrase is the charge)
def test_the_bloc_after_its_ministers_and_before_a_charge(coder: Coder) -> None:
    dyads = _dyads(
        coder,
        "EU foreign ministers agreed new sanctions on Belarus on Monday. Minsk "
        "accused the bloc of meddling in its affairs.",
    )
    assert ("11", "BLRGOV", "IGOEUREEC") in dyads


# "they" and "them" with no speaker to stand for are the nearest plural doer or
# recipient named before (they had been no actor); "them" is never a subject of a verb
# it hangs from, and takes the one country of its antecedent's sentence
@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        (
            "Norway's special envoy met Taliban leaders in Doha on Monday. The envoy "
            "urged them to reopen girls' schools.",
            ("02", "NORGOV", "AFGINSTAL"),
        ),
        (
            "Houthi rebels seized a cargo ship in the Red Sea on Monday. They later "
            "released its Indian crew.",
            ("08", "YEMREBHOU", "IND"),
        ),
        (
            "Hundreds of refugees rallied outside a camp in Tripoli on Monday. They "
            "accused the U.N. refugee agency of ignoring them.",
            ("11", "LBYREF", "IGOUNOHCR"),
        ),
    ],
)
def test_they_and_them_point_back_to_a_plural_actor(
    coder: Coder, text: str, dyad: tuple[str, str, str]
) -> None:
    assert dyad in _dyads(coder, text)


def test_them_is_not_the_subject_it_hangs_from(coder: Coder) -> None:
    # the protest keeps Germany as its recipient: "them" is the refugees, who protest
    dyads = _dyads(
        coder,
        "Tamil refugees began a hunger strike on Monday. They are protesting against "
        "Germany's decision to send them back to Sri Lanka.",
    )
    assert any(code == "14" and target == "DEU" for code, _, target in dyads)
    assert any(
        code == "14" and source.endswith("REF") for code, source, t in dyads if t
    )


# "the state of Chiapas" as the object of an accusation or a suit is its government,
# as it is as a subject; as the object of a force it stays a place
def test_the_state_of_a_region_as_an_object(coder: Coder) -> None:
    dyads = _dyads(
        coder,
        "Rights groups accused the state of Chiapas of ignoring attacks on migrants.",
    )
    assert ("11", "MEXNGO", "MEXGOV") in dyads
    assert ("19", "AFGINSTAL", "AFG") in _dyads(
        coder, "Taliban fighters overran the province of Helmand."
    )


# a chamber's committee is the legislature (LEG)
def test_a_parliamentary_committee_is_the_legislature(coder: Coder) -> None:
    dyads = _dyads(
        coder,
        "A parliamentary committee in Kenya summoned the interior minister over "
        "police killings.",
    )
    assert any(source == "KENLEG" for _, source, _ in dyads)


# "Peru created an agency ... The agency accused ...": the body the anaphor's own word
# introduced in a sentence on one country is that country's (alone, "an agency" names
# no actor, so "the agency" had none)
def test_the_body_introduced_with_a_is_the_sentences_country(coder: Coder) -> None:
    dyads = _dyads(
        coder,
        "Peru created an agency to fight illegal mining last year. The agency accused "
        "a Chinese firm of smuggling gold.",
    )
    assert ("11", "PERGOV", "CHNBUS") in dyads


# "the campaign of opposition leader X" is the opposition's, of the sentence's country
# (was ---PTY), as "the opposition candidate's campaign" is
def test_the_campaign_of_an_opposition_leader(coder: Coder) -> None:
    dyads = _dyads(
        coder,
        "The campaign of opposition leader Amina Diouf urged Senegal's election body "
        "to publish the results.",
    )
    assert ("02", "SENOPP", "SENGOV") in dyads


# "Brussels" as a doer or recipient is the EU, the wire's metonym (was Belgium's
# government)
def test_brussels_is_the_eu(coder: Coder) -> None:
    dyads = _dyads(
        coder, "Farmers' unions in Poland urged Brussels to scrap the green rules."
    )
    assert any(code == "02" and target == "IGOEUREEC" for code, _, target in dyads)


# German, Italian and French regions tell the country of a body named in them
def test_a_region_tells_the_country(coder: Coder) -> None:
    dyads = _dyads(
        coder,
        "Police in Saxony arrested three men suspected of attacking a refugee shelter.",
    )
    assert ("17", "DEUCOP", "DEUCVL") in dyads


# a town before a meeting or an agreement says where, not who ("the Moscow meeting"
# had made Russia's government a side of it); a country there is a side
def test_a_town_before_a_meeting_is_no_side(coder: Coder) -> None:
    dyads = _dyads(
        coder,
        "Armenia's prime minister said the Moscow meeting with Azerbaijan's president "
        "had been useful.",
    )
    assert not any(
        source == "RUSGOV" or target == "RUSGOV" for _, source, target in dyads
    )


# a centre named for a cause before its head ("Peace Research Centre") is a
# non-governmental body, as "the Centre for ..." is; a national one stays the state's
def test_a_centre_named_for_a_cause_is_an_ngo(coder: Coder) -> None:
    dyads = _dyads(
        coder,
        "The Nairobi Peace Research Centre accused Kenyan police of killing protesters.",
    )
    assert ("11", "KENNGO", "KENCOP") in dyads


# "the government" as the object of a doer of its own sector and country is not the
# doer's own (no event: had been none) but the government the story named last in
# another country; and "the minister" after "Britain's foreign secretary" is Britain's
@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        (
            "Norway's special envoy met Sudan's foreign minister in Port Sudan. The "
            "envoy urged the government to open aid corridors.",
            ("02", "NORGOV", "SDNGOV"),
        ),
        (
            "Britain's foreign secretary arrived in Khartoum on Tuesday. The minister "
            "urged the government to allow aid into Darfur.",
            ("02", "GBRGOV", "SDNGOV"),
        ),
    ],
)
def test_the_government_urged_is_not_the_doers_own(
    coder: Coder, text: str, dyad: tuple[str, str, str]
) -> None:
    assert dyad in _dyads(coder, text)
