"""Actor faults that two helpers found on held-out texts (session 18, helper-79),
each tested on texts of our own in wire style:

- an acronym in brackets after a body's name set off as an appositive of a common
  noun ("the country's biggest farmers' union, the Confederacion Campesina (CC)")
  is that body's, so that the acronym later ("the CC's leaders") is the body, not
  a role word of its own;
- an acronym in brackets after a body's name said in English, which keeps the
  letters of the body's own language ("the Tunisian League for the Defence of Human
  Rights (LTDH)"), is that body's when all its letters but one, the first among
  them, are the name's initials;
- a name the base does not know, set off by an appositive that says its kind by a
  role word ending in a body's head ("Chapter Four, a civil rights group"), is a
  body of that kind, as one that says it through "of" is;
- a continent's demonym after a word that makes it a part of the continent ("the
  Central American University", "Latin American") names no country: neither the
  phrase nor the sentence takes the demonym's country from it;
- foreigners named as some of an object ("arrested 11 suspects, including two
  Rwandan citizens") are acted on with it: their country is not the doer's, whose
  is the dateline's;
- the United Nations' heads in a country ("the UN resident coordinator", "the
  humanitarian coordinator") are titles of an office, whose body the owner names,
  not a "resident" (CVL) of the town they sit in;
- a capitalised name that ends in "Apparatus" ("the Stability Support Apparatus",
  Libya's and Sudan's armed units) is an armed body (MIL), unless a role phrase in
  it says more ("General Intelligence Apparatus": SPY).
"""

from __future__ import annotations

from eventwire.actors.resolve import _translated_letters
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


def test_an_acronym_of_a_name_said_in_another_language_is_the_bodys(
    coder: Coder,
) -> None:
    # the Tunisian League for the Defence of Human Rights (LTDH): Ligue Tunisienne
    # pour la Defense des Droits de l'Homme keeps its own letters, in its own order
    got = dyads(
        coder,
        "TUNIS, May 4 (Reuters) - The Tunisian League for the Defence of Human Rights "
        "(LTDH) said on Sunday that police had detained 12 students in Sfax. The LTDH "
        "accused the police of beating the students.",
    )
    assert ("11", "TUNNGO", "TUNCOP") in got


def test_letters_of_another_name_are_no_translated_acronym() -> None:
    # two letters not among the name's initials, or a name of two words: no
    assert _translated_letters("AMDH", "MAHR")
    assert not _translated_letters("UNICEF", "UNCF")
    assert not _translated_letters("KNUT", "KU")
    assert not _translated_letters("DMAH", "MAHR")


def test_a_name_set_off_by_a_kind_of_body_is_that_body(coder: Coder) -> None:
    got = dyads(
        coder,
        "KAMPALA, May 2 (Reuters) - Chapter Four, a civil rights group, accused the "
        "police on Tuesday of torturing opposition supporters in custody.",
    )
    assert ("11", "UGANGO", "UGACOP") in got


def test_a_person_set_off_by_a_role_stays_a_person(coder: Coder) -> None:
    # "a rights lawyer" is what a person is, no body's kind
    got = dyads(
        coder,
        "KAMPALA, May 2 (Reuters) - Agather Atuhaire, a rights lawyer, accused the "
        "police on Tuesday of torturing opposition supporters in custody.",
    )
    assert not any(src.endswith("NGO") for _, src, _ in got)


def test_a_part_of_a_continent_is_no_country(coder: Coder) -> None:
    got = dyads(
        coder,
        "MANAGUA, Aug 16 (Reuters) - Police in Managua detained two students of the "
        "Central American University on Monday after a vigil for political "
        "prisoners.",
    )
    assert ("17", "NICCOP", "NICEDU") in got


def test_a_countrys_demonym_of_two_words_keeps_its_country(coder: Coder) -> None:
    got = dyads(
        coder,
        "South African police arrested three men in Durban on Monday. North Korean "
        "troops shelled a South Korean island on Tuesday.",
    )
    assert ("17", "ZAFCOP", "ZAFCVL") in got
    assert ("19", "PRKMIL", "KOR") in got


def test_foreigners_among_the_object_do_not_lend_the_doer_their_country(
    coder: Coder,
) -> None:
    got = dyads(
        coder,
        "BUJUMBURA, March 3 (Reuters) - Police arrested 11 suspects, including two "
        "Rwandan citizens, after a grenade attack on a market in the capital.",
    )
    assert any(root == "17" and src == "BDICOP" for root, src, _ in got)


def test_a_demonym_among_the_object_that_names_no_foreigners_is_unchanged(
    coder: Coder,
) -> None:
    # "including two Somali nationals" in a sentence that names Kenya: Kenya's
    got = dyads(
        coder,
        "Police in Kenya arrested 11 suspects, including two Somali nationals, after "
        "a bomb attack on a bus.",
    )
    assert any(root == "17" and src == "KENCOP" for root, src, _ in got)


def test_the_un_resident_coordinator_is_the_uns(coder: Coder) -> None:
    got = dyads(
        coder,
        "WABAG, Papua New Guinea, Feb 19 (Reuters) - Tribal fighting killed at least "
        "26 men in Enga province. The United Nations resident coordinator in Port "
        "Moresby urged both clans to lay down their arms.",
    )
    assert any(src == "IGOUNO" for _, src, _ in got)
    assert not any(src.startswith("PNG") and root == "02" for root, src, _ in got)


def test_a_resident_is_still_a_civilian(coder: Coder) -> None:
    got = dyads(
        coder,
        "WABAG, Papua New Guinea, Feb 19 (Reuters) - A resident of Wabag accused the "
        "police of burning houses in the town.",
    )
    assert ("11", "PNGCVL", "PNGCOP") in got


def test_a_named_apparatus_is_an_armed_body(coder: Coder) -> None:
    got = dyads(
        coder,
        "The Coastal Support Apparatus (CSA) raided a migrant camp near Zuwara on "
        "Sunday and detained dozens of people, a U.N. agency said.",
    )
    assert ("19", "LBYMIL", "LBYREF") in got


def test_an_intelligence_apparatus_keeps_its_role(coder: Coder) -> None:
    # a role phrase inside the name says more than its last word
    got = dyads(
        coder,
        "Sudan's General Intelligence Apparatus arrested two activists in Khartoum.",
    )
    assert ("17", "SDNSPY", "SDNOPP") in got


def test_an_appositive_with_a_name_of_its_own_is_another_body(coder: Coder) -> None:
    # "Kampong Cham, the rights group Licadho said": the group is Licadho, and the
    # town before it is no rights group
    got = dyads(
        coder,
        "Police detained four farmers who had called for a boycott of the vote in "
        "Kampong Cham, the rights group Licadho said.",
    )
    assert not any(tgt is not None and tgt.endswith("NGO") for _, _, tgt in got)
