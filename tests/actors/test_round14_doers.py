"""Doer faults of held-out round 14 (helper-71, session 17), each tested on texts of
our own in wire style (never the held-out texts):

- a world region's states or their rulers acting as one ("West African leaders",
  "Arab states", "Latin American governments", "West Africa's leaders", "the
  Europeans") are that region (CAMEO's region codes; its rulers GOV), never the
  country the sentence or the story names, and never a country inside the region's
  adjective ("Latin AMERICAN"); a country's demonym stays the country's ("South
  African officials"), and a body's name holding the words wins ("Southeast Asian
  Nations" is ASEAN, "African Union leaders" the AU); "the leaders" alone in the
  next sentences is that region's collective, but not after a country's leaders;
- a person named in full with nothing that says their role, whose surname alone one
  of the next two sentences gives a role by apposition ("Mthembu, South Africa's
  defence minister,"), has that role from the first; a private role gives none, nor
  does a role told three sentences on, nor one told of a surname that another person
  named before shares;
- a body's name the base does not know, followed by an appositive that says what
  kind of body it is through the words after its head ("the Forces Vives de Guinee,
  a coalition of opposition parties"), is of the kind the appositive says, not of the
  sector a word of its name gives ("Forces": MIL); a body the base knows keeps its
  code;
- a centre named for a cause on one side of an "and" ("the Legal and Human Rights
  Centre", "the Peace and Justice Centre") is an NGO, as "the Human Rights Centre"
  is; a centre named for no cause ("the Trade and Investment Centre") stays GOV;
- "the mission" (a body's common noun after "the") is the body named before whose
  own head word it repeats, before a nearer body of another word ("the UN mission
  said the junta's police had ... The mission urged ...");
- a capitalised name of a works ("the Trans Sahel Pipeline", "the Kariba Dam") is no
  body: no recipient "---" of unknown country and sector is made of it;
- a person named with no title "who seized power in X" (or "took" or "came to" power
  in a coup there) leads a junta: X's MIL; with no country in the clause, none is
  taken from the sentence (its other country is often the one acted on).
"""

from __future__ import annotations

from eventwire.pipeline import Coder

from .doer_checks import dyads


def test_a_regions_leaders_are_the_region_not_the_sentences_country(
    coder: Coder,
) -> None:
    got = dyads(
        coder,
        "East African leaders on Friday urged Sudan's army to stop the shelling of "
        "El Fasher.",
    )
    assert any(
        (r, s) == ("02", "EAFGOV") and (t or "").startswith("SDNMIL") for r, s, t in got
    ), got
    assert not any(s.startswith("SDNGOV") or s == "---GOV" for _, s, _ in got), got


def test_a_regions_states_have_no_sector(coder: Coder) -> None:
    got = dyads(coder, "Arab states condemned Israel's strike on the Syrian capital.")
    assert ("11", "ARB", "ISR") in {(r, s, t[:3] if t else t) for r, s, t in got}, got


def test_a_regions_adjective_holds_no_country(coder: Coder) -> None:
    got = dyads(
        coder,
        "Latin American governments condemned the army's seizure of power in Peru.",
    )
    assert {s for _, s, _ in got} == {"LAMGOV"}, got


def test_a_regions_name_as_owner(coder: Coder) -> None:
    got = dyads(
        coder,
        "Southeast Asia's leaders called on Myanmar's junta to free the jailed "
        "former leader.",
    )
    assert {s for _, s, _ in got} == {"SEAGOV"}, got


def test_the_europeans_after_their_countries(coder: Coder) -> None:
    got = dyads(
        coder,
        "Diplomats from Italy, Spain and Poland met Venezuela's foreign minister in "
        "Madrid on Monday. The Europeans urged Caracas to free the opposition's "
        "jailed candidates.",
    )
    assert ("02", "EUR", "VENGOV") in got, got


def test_a_countrys_demonym_is_no_region(coder: Coder) -> None:
    got = dyads(
        coder, "South African officials condemned Rwanda's support for the rebels."
    )
    assert {s for _, s, _ in got} == {"ZAFGOV"}, got


def test_a_bodys_name_wins_over_the_region(coder: Coder) -> None:
    got = dyads(
        coder,
        "African Union leaders urged Ethiopia's government to talk to the Fano "
        "militia.",
    )
    assert {s for _, s, _ in got} == {"IGOAFRAFU"}, got


_LATE = (
    "Nomsa Dlamini accused Zimbabwe on Tuesday of harassing South African truck "
    "drivers at the Beitbridge border post. {middle}Dlamini, {role}, said the "
    "drivers had waited for days."
)


def test_a_role_told_in_the_next_sentence_is_the_persons_from_the_first(
    coder: Coder,
) -> None:
    got = dyads(
        coder, _LATE.format(middle="", role="South Africa's transport minister")
    )
    assert ("11", "ZAFGOV", "ZWE") in {(r, s, (t or "")[:3]) for r, s, t in got}, got


def test_a_private_role_told_later_gives_none(coder: Coder) -> None:
    got = dyads(coder, _LATE.format(middle="", role="a trucking company owner"))
    assert not any(r == "11" for r, _, _ in got), got


def test_a_role_told_three_sentences_on_gives_none(coder: Coder) -> None:
    middle = (
        "Queues stretched for miles. Some drivers slept in their cabs. "
        "Food ran short on Wednesday. "
    )
    got = dyads(
        coder, _LATE.format(middle=middle, role="South Africa's transport minister")
    )
    assert not any(r == "11" for r, _, _ in got), got


def test_a_role_told_of_another_persons_surname_gives_none(coder: Coder) -> None:
    text = "Sipho Dlamini, a bus driver, was stuck at the border for days. " + (
        _LATE.format(middle="", role="South Africa's transport minister")
    )
    got = dyads(coder, text)
    assert not any(r == "11" and s == "ZAFGOV" for r, s, _ in got), got


def test_a_bodys_kind_said_after_its_name_wins_over_its_words(coder: Coder) -> None:
    got = dyads(
        coder,
        "The Forces Vives du Senegal, a coalition of opposition parties and trade "
        "unions, called for protests in Dakar on Monday.",
    )
    assert got and {s for _, s, _ in got} == {"SENOPP"}, got


def test_a_countrys_appositive_kind_leaves_it_a_country(coder: Coder) -> None:
    got = dyads(
        coder,
        "Chad, a party to the regional security pact, accused Sudan of arming rebels "
        "on its border.",
    )
    assert {s for _, s, _ in got} <= {"TCD", "TCDGOV"} and got, got


def test_a_known_bodys_code_stays_whatever_its_appositive_says(coder: Coder) -> None:
    got = dyads(
        coder,
        "The Rapid Support Forces, a coalition of Arab militias, attacked a camp for "
        "displaced people near El Fasher.",
    )
    assert {s for _, s, _ in got} == {"SDNREBRSF"}, got


def test_the_leaders_after_a_regions_leaders_are_the_region(coder: Coder) -> None:
    got = dyads(
        coder,
        "Arab leaders met in Riyadh on Saturday to discuss the war in Sudan. The "
        "leaders urged the army and the paramilitary forces to agree a truce.",
    )
    assert got and {s for _, s, _ in got} == {"ARBGOV"}, got


def test_the_leaders_after_a_countrys_leaders_are_not_an_earlier_region(
    coder: Coder,
) -> None:
    got = dyads(
        coder,
        "Arab leaders met in Riyadh on Saturday. Sudan's leaders had flown in on "
        "Friday. The leaders urged Egypt to close its border to arms smugglers.",
    )
    assert not any(s.startswith("ARB") or s.startswith("AFR") for _, s, _ in got), got


def test_a_centre_named_for_a_cause_beside_another_word_is_an_ngo(
    coder: Coder,
) -> None:
    got = dyads(
        coder,
        "The Democracy and Justice Centre in Kinshasa accused the army of killing "
        "civilians in Kasai.",
    )
    assert got and {s for _, s, _ in got} == {"CODNGO"}, got


def test_a_centre_named_for_no_cause_stays_a_state_body(coder: Coder) -> None:
    got = dyads(
        coder,
        "The Trade and Investment Centre in Kinshasa accused the rebels of attacking "
        "traders in Kasai.",
    )
    assert got and {s for _, s, _ in got} == {"CODGOV"}, got


def test_the_mission_is_the_body_whose_word_it_repeats(coder: Coder) -> None:
    got = dyads(
        coder,
        "The UN Stabilization Mission in Mali said on Friday that the junta's police "
        "had detained 40 opposition supporters in Bamako. The mission urged the "
        "police to release them.",
    )
    assert any(s.startswith("IGOUNO") and r == "02" for r, s, _ in got), got


def test_a_named_pipeline_is_no_body(coder: Coder) -> None:
    got = dyads(
        coder,
        "Rebels blew up a section of the Trans Sahel Pipeline near the town of "
        "Diffa in Niger on Saturday.",
    )
    assert got and all(t != "---" for _, _, t in got), got


def test_one_who_seized_power_in_a_country_is_its_junta(coder: Coder) -> None:
    got = dyads(
        coder,
        "Oumar Sangare, who seized power in Chad in a coup last year, expelled "
        "France's ambassador on Monday.",
    )
    assert any(s == "TCDMIL" and r == "16" for r, s, _ in got), got


def test_one_who_seized_power_nowhere_named_takes_no_country(coder: Coder) -> None:
    got = dyads(
        coder,
        "Oumar Sangare, who seized power in a coup last year, expelled France's "
        "ambassador on Monday.",
    )
    assert not any(s.startswith("FRA") for _, s, _ in got), got
