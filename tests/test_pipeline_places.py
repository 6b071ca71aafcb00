"""Where a story's events happen when its dateline is the only place given, or when the
clause names a place the gazetteer lacks (issue 10, item 4).

``HELDOUT`` is helper-75's held-out set, written and labelled by hand before any change:
short wire texts of my own, each with the words of the doer of the event judged and the
places a careful coder accepts (a name and a country; ``None`` for no place). It was
committed before the coder was run on it; the figures are in the test at the end.
"""

from __future__ import annotations

from eventwire.pipeline import Coder

PUB = "2026-03-11"  # a Wednesday

# (text, words of the doer's text, accepted places: (name or None, country or None))
HELDOUT: list[tuple[str, str, set[tuple[str | None, str | None]]]] = [
    # a foreign mission speaks where it is: the dateline's town
    (
        "SUVA, Fiji (AP) \u2014 The Chinese embassy rejected the accusation on "
        "Tuesday, saying the research vessel had broken no law.",
        "embassy",
        {("Suva", "FJI")},
    ),
    (
        "BANGUI, Central African Republic (AFP) - The French embassy condemned the "
        "arrest of a French aid worker on Sunday.",
        "embassy",
        {("Bangui", "CAF")},
    ),
    (
        "NUKU'ALOFA, Tonga (AP) \u2014 The Australian High Commission condemned the "
        "assault on a Tongan journalist on Tuesday.",
        "High Commission",
        {("Nuku'alofa", "TON"), ("Nukualofa", "TON")},
    ),
    (
        "JUBA, South Sudan (Reuters) - The U.S. embassy urged the government on "
        "Tuesday to release the detained journalists.",
        "embassy",
        {("Juba", "SSD")},
    ),
    # a minister who signed in the town speaks there
    (
        "APIA, Samoa (AP) \u2014 New Zealand's foreign minister, who signed the "
        "fisheries agreement in Apia on Monday, praised Samoa's government on "
        "Tuesday.",
        "minister",
        {("Apia", "WSM")},
    ),
    # ... but a ministry at home does not (no place, or its own country)
    (
        "SUVA, Fiji (AP) \u2014 China's foreign ministry rejected the accusation on "
        "Tuesday.",
        "ministry",
        {(None, None), ("Beijing", "CHN"), ("China", "CHN")},
    ),
    (
        "JUBA, South Sudan (Reuters) - The U.S. State Department urged the "
        "government on Tuesday to release the detained journalists.",
        "State Department",
        {(None, None), ("Washington", "USA"), ("United States", "USA")},
    ),
    # a village the gazetteer lacks is in the dateline's country, not the doer's
    (
        "DUHOK, Iraq (Reuters) - Turkish troops burned three houses in the village "
        "of Sarkebani on Saturday, residents said.",
        "Turkish troops",
        {("Sarkebani", "IRQ")},
    ),
    (
        "COX'S BAZAR, Bangladesh (Reuters) - Myanmar border guards shot dead two "
        "Rohingya fishermen near Nayapara Tila on Tuesday, police said.",
        "border guards",
        {("Nayapara Tila", "BGD")},
    ),
    (
        "CUCUTA, Colombia (AP) \u2014 Venezuelan soldiers detained four Colombian "
        "farmers in the hamlet of Palmarito Alto on Friday, the army said.",
        "Venezuelan soldiers",
        {("Palmarito Alto", "COL")},
    ),
    (
        "GOMA, Congo (Reuters) - Rwandan soldiers killed six civilians in the village "
        "of Buhumba Chini on Sunday, local officials said.",
        "Rwandan soldiers",
        {("Buhumba Chini", "COD")},
    ),
    # ... unless the text gives the village another country
    (
        "DUHOK, Iraq (Reuters) - Turkish drones struck the village of Kanibarok in "
        "Turkey's Sirnak province on Saturday, residents said.",
        "Turkish drones",
        {("Kanibarok", "TUR")},
    ),
    # the Kurdistan Region is Iraq's
    (
        "BAGHDAD (Reuters) - Turkish jets bombed targets in the Kurdistan Region on "
        "Monday, the region's counter-terrorism service said.",
        "Turkish jets",
        {("Kurdistan Region", "IRQ")},
    ),
    (
        "Iranian drones attacked an office of a Kurdish opposition party in Iraq's "
        "Kurdistan Region on Monday, officials said.",
        "Iranian drones",
        {("Kurdistan Region", "IRQ")},
    ),
    (
        "ANKARA (Reuters) - Turkey's defence ministry said on Monday its forces had "
        "killed five militants in the Kurdistan Region of Iraq.",
        "forces",
        {("Kurdistan Region", "IRQ"), ("Kurdistan Region of Iraq", "IRQ")},
    ),
]


def _judged(coder: Coder, text: str, doer: str) -> tuple[str | None, str | None] | None:
    """The place of the first event whose doer's text holds ``doer``; None if none."""
    for event in coder.code_text(text, PUB):
        if doer in event.actor.text:
            where = event.location
            return (where.name, where.country) if where else (None, None)
    return None


def heldout_figures(coder: Coder) -> tuple[int, int, int]:
    """(events found, places right, items)."""
    found = right = 0
    for text, doer, accepted in HELDOUT:
        got = _judged(coder, text, doer)
        if got is None:
            continue
        found += 1
        right += got in accepted
    return found, right, len(HELDOUT)


def _place_of(coder: Coder, text: str, doer: str) -> tuple[str | None, str | None]:
    got = _judged(coder, text, doer)
    assert got is not None, f"no event of {doer!r}"
    return got


def test_a_foreign_embassy_speaks_at_the_dateline(coder: Coder) -> None:
    text = (
        "PORT VILA, Vanuatu (AP) \u2014 The Japanese embassy criticised the "
        "decision on Tuesday, calling it a breach of the agreement."
    )
    name, country = _place_of(coder, text, "embassy")
    assert (name and name.replace("-", " "), country) == ("Port Vila", "VUT")


def test_a_ministry_at_home_does_not_speak_at_the_dateline(coder: Coder) -> None:
    text = (
        "PORT VILA, Vanuatu (AP) \u2014 Japan's foreign ministry criticised the "
        "decision on Tuesday, calling it a breach of the agreement."
    )
    assert _place_of(coder, text, "ministry")[1] != "VUT"


def test_an_embassy_with_a_town_of_its_own_is_not_at_the_dateline(
    coder: Coder,
) -> None:
    text = (
        "PORT VILA, Vanuatu (AP) \u2014 The Japanese embassy in Canberra criticised "
        "the decision on Tuesday."
    )
    assert _place_of(coder, text, "embassy")[0] not in ("Port-Vila", "Port Vila")


def test_a_speaker_who_signed_in_the_dateline_town_speaks_there(coder: Coder) -> None:
    text = (
        "HONIARA, Solomon Islands (Reuters) - Australia's foreign minister, who "
        "signed the policing treaty in Honiara on Monday, praised the Solomon Islands "
        "government on Tuesday."
    )
    assert _place_of(coder, text, "minister") == ("Honiara", "SLB")


def test_a_village_the_gazetteer_lacks_is_in_the_dateline_country(
    coder: Coder,
) -> None:
    text = (
        "ZAKHO, Iraq (Reuters) - Turkish soldiers destroyed two farms in the village "
        "of Gundikorani on Sunday, residents said."
    )
    assert _place_of(coder, text, "Turkish soldiers") == ("Gundikorani", "IRQ")


def test_a_village_abroad_told_from_a_capital_is_not_the_capitals(
    coder: Coder,
) -> None:
    text = (
        "WASHINGTON (AP) \u2014 Russian troops shelled the village of Pidkorenka on "
        "Sunday, officials said."
    )
    assert _place_of(coder, text, "Russian troops")[1] != "USA"


def test_the_kurdistan_region_is_iraqs(coder: Coder) -> None:
    place = coder.geocode("Kurdistan Region", [])
    assert place is not None
    assert (place.country, place.precision) == ("IRQ", "admin1")
    text = (
        "ANKARA (Reuters) - Turkish jets struck militant hideouts in the Kurdistan "
        "Region on Sunday, the defence ministry said."
    )
    assert _place_of(coder, text, "Turkish jets") == ("Kurdistan Region", "IRQ")


def test_the_heldout_figures_do_not_fall(coder: Coder) -> None:
    # untuned (before any change of helper-75's): 13 found, 3 places right of 15
    found, right, items = heldout_figures(coder)
    assert (found, items) == (13, 15)
    assert right >= 11


def test_taking_to_the_streets_of_a_town_is_in_the_town(coder: Coder) -> None:
    # "to the streets of" a town puts the protest in the town, not at the dateline
    text = (
        "LIMA, Peru (Reuters) - Thousands of miners took to the streets of Arequipa "
        "on Tuesday to protest against a new mining law."
    )
    assert _place_of(coder, text, "Thousands") == ("Arequipa", "PER")


def test_a_return_to_the_streets_of_a_town_does_not_place_a_statement(
    coder: Coder,
) -> None:
    # guard: "to" the streets that a noun, not a verb, has is no place of the deed
    text = (
        "LIMA, Peru (Reuters) - Peru's interior minister on Tuesday blamed the "
        "opposition for the return of violence to the streets of Arequipa."
    )
    assert _place_of(coder, text, "minister") != ("Arequipa", "PER")


def test_a_district_named_after_a_town_is_the_district(coder: Coder) -> None:
    # the tagger takes only "Havana" of "Little Havana"; the gazetteer knows the
    # Miami district by its whole name
    text = (
        "MIAMI (Reuters) - Venezuelan exiles rallied outside a church in Little "
        "Havana on Sunday to demand the release of political prisoners."
    )
    assert _place_of(coder, text, "exiles") == ("Little Havana", "USA")


def test_a_word_before_a_town_is_not_taken_into_its_name(coder: Coder) -> None:
    # guard: a capitalised word before a town that makes no name the gazetteer knows
    # leaves the town alone
    text = (
        "HAVANA (Reuters) - Hundreds of Cubans rallied in Central Havana on Sunday to "
        "protest against power cuts."
    )
    assert _place_of(coder, text, "Hundreds")[1] == "CUB"


def test_a_short_name_is_the_town_named_in_full_before(coder: Coder) -> None:
    text = (
        "LIMA, Peru (Reuters) - Striking teachers marched in Santiago de Cuba on "
        "Monday. Police detained 12 teachers in Santiago on Tuesday, a rights group "
        "said."
    )
    assert _place_of(coder, text, "Police")[1] == "CUB"


def test_a_country_after_its_capital_stays_the_country(coder: Coder) -> None:
    # guard: "Mexico" after "Mexico City" is the country
    text = (
        "MEXICO CITY (Reuters) - Teachers marched in Mexico City on Monday. Police "
        "detained 12 teachers in Mexico on Tuesday, a rights group said."
    )
    assert _place_of(coder, text, "Police") == ("Mexico", "MEX")


def _place_of_trigger(
    coder: Coder, text: str, trigger: str
) -> list[tuple[str | None, str | None]]:
    """The places of the events with this trigger."""
    return [
        (e.location.name, e.location.country) if e.location else (None, None)
        for e in coder.code_text(text, PUB)
        if e.evidence.trigger == trigger
    ]


def test_a_conjunct_told_later_does_not_place_the_verb_before(coder: Coder) -> None:
    # "but later met ... in Bujumbura" is another occasion: the attack was not there
    text = (
        "KINSHASA (Reuters) - The rebels attacked Uvira in March and subsequently met "
        "army officers in Bujumbura."
    )
    assert _place_of_trigger(coder, text, "attacked")
    assert ("Bujumbura", "BDI") not in _place_of_trigger(coder, text, "attacked")
    assert _place_of_trigger(coder, text, "met")[0] == ("Bujumbura", "BDI")


def test_where_an_accord_was_made_does_not_place_what_is_done_under_it(
    coder: Coder,
) -> None:
    text = (
        "JUBA (Reuters) - The militia withdrew from Malakal under a peace deal signed "
        "in Addis Ababa in 2018, the UN said."
    )
    assert _place_of_trigger(coder, text, "withdrew")
    assert ("Addis Ababa", "ETH") not in _place_of_trigger(coder, text, "withdrew")


def test_a_conjunct_with_no_later_time_shares_the_place(coder: Coder) -> None:
    # guards: a conjunct of the same occasion, or one that runs on with "later" but
    # names no place, is where the verb before it is
    text = "Troops stormed the village and burned houses in Kidal."
    assert _place_of_trigger(coder, text, "stormed") == [("Kidal", "MLI")]
    text = "Police arrested the editor in Lahore on Monday and later released him."
    assert _place_of_trigger(coder, text, "released") == [("Lahore", "PAK")]


def test_an_act_joined_to_an_infinitive_is_where_its_higher_verb_is(
    coder: Coder,
) -> None:
    # "urged X to respect ... and CALLED ON Y": the parser joins the second act to the
    # infinitive; it is the embassy's, made where the embassy is, not where those it
    # asks work
    text = (
        'The Turkish embassy in Tripoli urged the Libyan authorities to "make every '
        'effort" to find its citizens and asked Turkish companies in the south to '
        "suspend operations."
    )
    assert _place_of_trigger(coder, text, "asked") == [("Tripoli", "LBY")]
