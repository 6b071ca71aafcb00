"""Actor faults seen on the round 17 wire articles (session 19, helper-85), each
tested on texts of our own in wire style:

- the rulers of a world region ("West African leaders", "Southern African leaders")
  in a story that names a regional body of that region are the body's heads of
  state, the body (IGOWAFECW); "the regional leaders" are those of the regional
  body the story names; a line break before the phrase does not hide its region
  word; with no such body named, the region's code stays;
- a word of a titled person's name ("former defence minister Hamzah Rashid") is no
  body whose one-word alias it is (a Jemaah Islamiyah alias, IMGSEABAB): the title
  wins, and the word alone later ("Hamzah", "Hamzah's lawyer") is that person;
- a council, association or federation of an industry's producers ("the Canola
  Council of Canada", "the Federation of Cocoa Producers") is business (BUS), not the
  government; a workers' union of the industry stays labour;
- a country named only in words that belong elsewhere is not lent to a role word
  with no country of its own: in a clause that tells of another actor ("the
  mission, led by former Malawian president ...", "the army, backed by Russian
  fighters"), in an agreement's name ("the Algiers peace agreement with the
  rebels"), or as the seat of a body or the place of a meeting ("the rights office in
  Geneva"); "the federal government" a province's premier calls on is the premier's
  own country's, not the last foreign government named;
- "its" points back: "rights groups accuse ITS security forces of pushing migrants to
  Mali's border", after "Mauritania's government", are Mauritania's forces;
- under a dateline, one who speaks ("Trade Minister Maninder Sidhu said BEIJING's
  duties were unjustified") is not of a country named only in what they say, but of
  the dateline's, so that "We" in their quote later is their side too.
"""

from __future__ import annotations

from eventwire.pipeline import Coder

from .doer_checks import dyads


def test_a_regions_leaders_after_a_line_break_are_its_named_body(
    coder: Coder,
) -> None:
    got = dyads(
        coder,
        "SADC summit ends in Harare\n\n"
        "Southern African leaders on Saturday suspended Madagascar from the "
        "Southern African Development Community until it holds elections.",
    )
    assert any(s == "IGOSAFSDC" for _, s, _ in got), got
    assert not any(s == "---GOV" for _, s, _ in got), got


def test_the_regional_leaders_are_the_named_regional_body(coder: Coder) -> None:
    got = dyads(
        coder,
        "Leaders of the Economic Community of West African States met in Accra on "
        "Saturday. Togo's foreign minister, Robert Dussey, praised the regional "
        "leaders for their patience.",
    )
    assert ("05", "TGOGOV", "IGOWAFECW") in got, got


def test_a_regions_leaders_with_no_body_named_keep_the_region(coder: Coder) -> None:
    got = dyads(
        coder,
        "Nordic leaders on Tuesday condemned Russia's detention of a Finnish "
        "journalist.",
    )
    assert any(s == "SCNGOV" for _, s, _ in got), got


def test_a_titled_persons_name_word_is_no_groups_alias(coder: Coder) -> None:
    got = dyads(
        coder,
        "JAKARTA (Reuters) - Indonesia's Supreme Court on Monday upheld the "
        "conviction of former fisheries minister Hamzah Wibowo for graft. "
        "Prosecutors arrested Hamzah in 2023.",
    )
    assert not any("IMG" in (t or "") for _, _, t in got), got
    assert not any("IMG" in s for _, s, _ in got), got


def test_a_groups_one_word_alias_alone_keeps_its_code(coder: Coder) -> None:
    got = dyads(
        coder,
        "Indonesian police arrested Hambali's associates in Bogor on Friday.",
    )
    # no person named Hambali in the story: the base's alias stands
    assert any((t or "").startswith("IMG") for _, _, t in got), got


def test_an_industry_council_is_business(coder: Coder) -> None:
    got = dyads(
        coder,
        "WINNIPEG, Manitoba (CP) - The Canola Council of Canada on Thursday criticised "
        "Ottawa's new export levy.",
    )
    assert ("11", "CANBUS", "CANGOV") in got, got


def test_a_federation_of_producers_is_business(coder: Coder) -> None:
    got = dyads(
        coder,
        "ABIDJAN (Reuters) - The Federation of Cocoa Producers of Ivory Coast "
        "accused the government on Monday of holding down farm-gate prices.",
    )
    assert any(s == "CIVBUS" for _, s, _ in got), got


def test_an_industrys_workers_union_stays_labour(coder: Coder) -> None:
    got = dyads(
        coder,
        "LAGOS (Reuters) - The Petroleum Workers Union of Nigeria criticised the "
        "government on Tuesday over unpaid wages.",
    )
    assert not any(s.endswith("BUS") for _, s, _ in got), got


def test_a_country_in_a_clause_about_the_doer_is_not_lent(coder: Coder) -> None:
    got = dyads(
        coder,
        "Gabon held a presidential election on Sunday. The African Union observer "
        "mission, led by former Zambian president Rupiah Mwale, urged the "
        "authorities on Monday to release detained opposition activists.",
    )
    assert any(t == "GABGOV" for _, _, t in got), got
    assert not any(t == "ZMBGOV" for _, _, t in got), got


def test_a_country_in_an_agreements_name_is_not_lent(coder: Coder) -> None:
    got = dyads(
        coder,
        "BANGUI (AFP) - The government of the Central African Republic on Tuesday "
        "accused the rebels of breaking the 2019 Khartoum peace agreement.",
    )
    assert ("11", "CAFGOV", "CAFREB") in got, got


def test_the_seat_of_a_body_is_not_lent(coder: Coder) -> None:
    got = dyads(
        coder,
        "JUBA (Reuters) - The U.N. refugee agency's office in Geneva on Friday urged "
        "the armed groups to let aid convoys through.",
    )
    assert not any((t or "").startswith("CHE") for _, _, t in got), got


def test_a_country_the_doer_acts_on_stays_lent(coder: Coder) -> None:
    # guard: a country in the doer's own words is still the sentence's country
    got = dyads(
        coder,
        "The Kenyan government said on Monday that the police had arrested 12 "
        "protesters in Nairobi.",
    )
    assert any(t == "KENOPP" or t == "KENCVL" for _, _, t in got) or any(
        s == "KENCOP" for _, s, _ in got
    ), got


def test_the_federal_government_is_the_provinces_country(coder: Coder) -> None:
    got = dyads(
        coder,
        "Beijing raised tariffs on Canadian pork on Monday. Alberta Premier Danielle "
        "Smith urged the federal government to reopen talks with China.",
    )
    assert ("02", "CANGOV", "CHNGOV") not in got, got


def test_its_forces_are_of_the_country_named_before(coder: Coder) -> None:
    got = dyads(
        coder,
        "Libya's coast guard has intercepted thousands of boats this year, but "
        "rights groups accuse its security forces of abandoning migrants at "
        "Niger's border.",
    )
    assert any(t == "LBYCOP" for _, _, t in got), got
    assert not any(t == "NERCOP" for _, _, t in got), got


def test_forces_with_a_country_of_their_own_keep_it(coder: Coder) -> None:
    # guard: a phrase that names its own country keeps it, "its" or no
    got = dyads(
        coder,
        "Libya's coast guard has intercepted thousands of boats this year, but "
        "rights groups accuse Niger's security forces of abandoning migrants in "
        "the desert.",
    )
    assert any(t == "NERCOP" for _, _, t in got), got


def test_a_speaker_is_not_of_the_country_they_speak_of(coder: Coder) -> None:
    got = dyads(
        coder,
        "CANBERRA, May 4 (Reuters) - Australia on Monday asked the WTO to rule on "
        "China's barley tariffs.\n\n"
        "Agriculture Minister Julie Collins said Beijing's tariffs were unjustified.\n\n"
        '"We will stand by our growers," Collins told reporters.',
    )
    assert not any(s.startswith("CHN") for _, s, t in got if t != "CHN"), got


def test_a_speaker_of_the_country_in_their_own_clause_keeps_it(coder: Coder) -> None:
    # guard: the country named outside what is said stays the speaker's
    got = dyads(
        coder,
        "CANBERRA, May 4 (Reuters) - A Chinese trade official said on Monday that "
        "Australia's complaint was groundless.",
    )
    assert not any(s.startswith("AUS") for _, s, _ in got), got
