"""Doers and recipients of the kinds the held-out doers set's twelfth round found coded
wrong (issue 10, items 1 and 2; tests/actors/heldout_doers.py, ids 'r12-'): a
nationality on an act of war, offices named by their portfolio, companies named by
their legal form or as a facility's operator. The mechanisms behind them, on stories
written for these tests."""

from __future__ import annotations

from eventwire.pipeline import Coder

from .doer_checks import dyads as _dyads


def test_a_nationality_on_air_strikes_is_the_countrys_forces(coder: Coder) -> None:
    # "SYRIAN air strikes", "ARMENIAN shelling": the forces that strike (was the bare
    # country, SYR)
    text = (
        "Syrian air strikes killed nine people in the town of Sarmin on Thursday, "
        "local medics said."
    )
    found = _dyads(coder, text)
    assert any(s == "SYRMIL" and r[:2] == "19" for r, s, _ in found), found
    assert not any(s == "SYR" for _, s, _ in found), found


def test_a_nationality_on_shelling_is_the_countrys_forces(coder: Coder) -> None:
    text = (
        "Russian shelling killed three civilians in the town of Kupiansk on Monday, "
        "Ukrainian officials said."
    )
    found = _dyads(coder, text)
    assert any(s == "RUSMIL" for _, s, _ in found), found


def test_a_nationality_on_a_labour_strike_stays_no_force(coder: Coder) -> None:
    # guard: a strike with no word of war is no attack of forces ("French strikes"
    # may be workers'); "a Nigerian journalist" stays a person of the country
    text = (
        "Police in Abuja detained a Nigerian journalist who had covered the strikes "
        "at the port."
    )
    found = _dyads(coder, text)
    assert ("17", "NGACOP", "NGAMED") in found
    assert not any("MIL" in (s + (t or "")) for _, s, t in found), found


def test_a_portfolio_before_secretary_is_an_office_of_government(coder: Coder) -> None:
    # "Business Secretary X", "the media minister": the field is the office's
    # portfolio (was BUS, and the appeal to a company went nowhere)
    text = (
        "Britain's Business Secretary, Alan Whitlock, urged the carmaker Northgate "
        "Motors on Tuesday to keep its plant in Sunderland open."
    )
    found = _dyads(coder, text)
    assert any(r == "02" and s == "GBRGOV" for r, s, _ in found), found
    assert not any(s == "GBRBUS" for _, s, _ in found), found


def test_a_media_minister_is_government(coder: Coder) -> None:
    text = (
        "Malaysia's media minister accused the broadcaster Astaria of spreading "
        "false news about the floods."
    )
    found = _dyads(coder, text)
    assert ("11", "MYSGOV", "MYSMED") in found, found


def test_a_companys_or_unions_secretary_is_no_minister(coder: Coder) -> None:
    # guard: a body's secretary is the body's ("the union secretary")
    text = "The union secretary in Lusaka accused the mining company of cutting wages."
    found = _dyads(coder, text)
    assert ("11", "ZMBLAB", "ZMBBUS") in found, found


def test_a_company_named_by_its_legal_form_is_a_company(coder: Coder) -> None:
    # "... LLC", "... GmbH": the legal form says company (was USA, no sector)
    text = "The Labor Department sued Redcliff Foods LLC in Ohio for hiring children."
    found = _dyads(coder, text)
    assert ("11", "USAGOV", "USABUS") in found, found
    assert not any(t and t.endswith("CVL") for _, _, t in found), found


def test_the_operator_of_a_pipeline_is_a_company(coder: Coder) -> None:
    # "the operator of a leaking pipeline", "the mine's operator": a company (was no
    # actor, so the accusation had no recipient and was lost)
    text = (
        "Villagers in Ghana's Western Region accused the operator of a gold mine "
        "of poisoning their river."
    )
    found = _dyads(coder, text)
    assert ("11", "GHACVL", "GHABUS") in found, found


def test_a_facility_operator_by_possessive_is_a_company(coder: Coder) -> None:
    text = (
        "Protesters in Peru blocked the road to the Las Bambas copper mine on "
        "Monday. The mine's operator accused the protesters of extortion."
    )
    found = _dyads(coder, text)
    assert any(r == "11" and s == "PERBUS" for r, s, _ in found), found


def test_a_crane_operator_is_no_company(coder: Coder) -> None:
    # guard: an operator of a machine is a worker, as before
    text = "Police in Kenya arrested a crane operator at the port of Mombasa."
    found = _dyads(coder, text)
    assert not any(t and t.endswith("BUS") for _, _, t in found), found


def test_its_spokesman_speaks_for_the_body_named_before(coder: Coder) -> None:
    # "ITS SPOKESMAN" after a sentence whose subject is a body: that body (was a
    # government spokesman of the sentence's country)
    text = (
        "The UN mission in South Sudan said on Monday that one of its bases near "
        "Malakal had been shelled. Its spokesman urged the government to find "
        "those responsible."
    )
    found = _dyads(coder, text)
    assert any(r == "02" and s.startswith("IGOUNO") for r, s, _ in found), found
    assert not any(r == "02" and s == "SSDGOV" for r, s, _ in found), found


def test_its_spokesman_of_a_thing_is_no_body(coder: Coder) -> None:
    # guard: "its" of a thing that is no body leaves the spokesman as he was
    text = (
        "The bridge in Kigali collapsed on Monday. Its spokesman accused Uganda of "
        "sabotage."
    )
    found = _dyads(coder, text)
    assert ("11", "RWAGOV", "UGA") in found, found


def test_the_dead_are_not_of_the_killers_country(coder: Coder) -> None:
    # the sentence names Russia only in the killers' phrase and Ukraine outside it:
    # the civilians are Ukraine's (was RUSCVL, the nearest country)
    text = (
        "Russian shelling killed three civilians in the town of Kupiansk on Monday, "
        "Ukrainian officials said."
    )
    found = _dyads(coder, text)
    assert any(t == "UKRCVL" for _, _, t in found), found
    assert not any(t == "RUSCVL" for _, _, t in found), found


def test_the_dead_of_a_states_own_strikes_stay_its_own(coder: Coder) -> None:
    # guard: with no other country named, a state's strikes kill its own people
    text = (
        "Syrian air strikes killed nine people in the town of Sarmin on Thursday, "
        "local medics said."
    )
    found = _dyads(coder, text)
    assert any(t == "SYRCVL" for _, _, t in found), found


def test_a_named_persons_government_is_of_the_persons_country(coder: Coder) -> None:
    # "Ndlovu's government" after the story named him Zambia's president: Zambia's
    # (was the nearest country of the sentence, Malawi's)
    text = (
        "Jonas Ndlovu, Zambia's president in the 1990s, died on Sunday at the age "
        "of 88. In 1997 Ndlovu's government expelled two Malawian journalists who "
        "had criticised him."
    )
    found = _dyads(coder, text)
    assert ("17", "ZMBGOV", "MWIMED") in found, found
    assert not any(s == "MWIGOV" for _, s, _ in found), found


def test_a_police_minister_is_government(coder: Coder) -> None:
    # "police minister": a portfolio (was COP)
    text = (
        "South Africa's police minister accused the mining company of hiring "
        "private guards who shot at villagers."
    )
    found = _dyads(coder, text)
    assert any(r == "11" and s == "ZAFGOV" for r, s, _ in found), found


def test_a_minister_for_a_portfolio_is_of_the_storys_country(coder: Coder) -> None:
    # "the Minister for the Interior", "the Minister for Home Affairs": a short
    # capitalised name after the title that the base lacks names no body (was
    # ---GOV, "a named body")
    for office in ("the Interior", "Home Affairs"):
        text = (
            "Riots broke out in Zambia's Copperbelt province on Monday. The Minister "
            f"for {office}, Jack Mwiimbu, imposed a curfew on Kitwe."
        )
        found = _dyads(coder, text)
        assert any(r == "17" and s == "ZMBGOV" for r, s, _ in found), found
        assert not any(s == "---GOV" for _, s, _ in found), found


def test_a_country_things_are_handed_to_is_not_the_doers(coder: Coder) -> None:
    # "over his decision to hand four villages TO AZERBAIJAN": where the villages go
    # is no one's own country in the sentence (was AZEOPP -> AZEGOV)
    text = (
        "Thousands of protesters marched in Yerevan on Sunday. The protesters, led "
        "by a popular priest, demand the resignation of the prime minister over his "
        "decision to hand four villages to Azerbaijan."
    )
    found = _dyads(coder, text)
    assert ("10", "ARMOPP", "ARMGOV") in found, found
    assert not any(s.startswith("AZE") for _, s, _ in found), found


def test_a_regions_name_before_a_namesake_body_makes_it_the_regions(
    coder: Coder,
) -> None:
    # "the CABINDA National Liberation Army": a body named after a region of one
    # country is that country's, not the base's namesake's (Colombia's ELN)
    text = (
        "Fighters of the Cabinda National Liberation Army ambushed an Angolan army "
        "patrol on Tuesday, killing four soldiers."
    )
    found = _dyads(coder, text)
    assert any(s == "AGOREB" for _, s, _ in found), found
    assert not any(s.startswith("COL") for _, s, _ in found), found


def test_the_country_a_joined_verb_acts_on_is_not_the_doers(coder: Coder) -> None:
    # "won a run-off election and ASKED NAIROBI to ...": the country a verb joined
    # to the doer's acts on is the other side (was KENGOV for Somalia's president)
    text = (
        "Somalia's new leader has pledged to restore ties with its neighbours. "
        "President Ali Hassan Farah won a run-off election in May and asked Nairobi "
        "to pull its troops out within a month."
    )
    found = _dyads(coder, text)
    assert any(s == "SOMGOV" for _, s, _ in found), found
    assert not any(s == "KENGOV" for _, s, _ in found), found


def test_a_spokesman_by_title_alone_speaks_for_the_body_before(coder: Coder) -> None:
    # "Belarus's foreign ministry called ... Spokesman X accused Vilnius": the
    # ministry's spokesman (was of no country: the sentence names only Vilnius, and
    # the story is Lithuania's)
    text = (
        "Lithuania closed its border with Belarus on Monday after dozens of balloons "
        "drifted into Lithuanian airspace. Belarus's foreign ministry called the "
        "accusations absurd. Spokesman Anton Bychkovsky accused Vilnius of using the "
        "incident to militarise the border."
    )
    found = _dyads(coder, text)
    assert ("11", "BLRGOV", "LTUGOV") in found, found
    assert not any(s == "---GOV" for _, s, _ in found), found


def test_the_town_a_statement_was_made_in_is_no_ones_country(coder: Coder) -> None:
    # "the UN rights chief said IN GENEVA ... called on the authorities": Nepal's
    # authorities (was CHEGOV, from the town he spoke in)
    text = (
        "Nepal's police fired on protesters in Kathmandu on Monday, killing 19 "
        "people. The UN human rights chief said in Geneva that he was shocked and "
        "called on the authorities to investigate the killings."
    )
    found = _dyads(coder, text)
    assert ("02", "IGOUNO", "NPLGOV") in found, found
    assert not any(t == "CHEGOV" for _, _, t in found), found


def test_a_local_speakers_town_stays_the_countrys(coder: Coder) -> None:
    # guard: police speaking in their own capital tell of their own country
    text = (
        "Pakistan closed the border on Monday. Police said in Kabul that they had "
        "arrested two smugglers."
    )
    found = _dyads(coder, text)
    assert ("17", "AFGCOP", "AFGCRM") in found, found


def test_a_governor_of_a_region_named_before_is_of_its_country(coder: Coder) -> None:
    # "the governor of the Far North" after "in Cameroon's Far North region": the
    # region's country (was Nigeria's, the story's first-named of two named as often)
    text = (
        "Boko Haram fighters from Nigeria raided the village of Mozogo in Cameroon's "
        "Far North region on Thursday night, killing nine civilians. Cameroonian "
        "soldiers pursued the attackers towards the Nigerian border. The governor of "
        "the Far North, Midjiyawa Bakari, called on villagers to report strangers."
    )
    found = _dyads(coder, text)
    assert any(r == "02" and s == "CMRGOV" for r, s, _ in found), found
    assert not any(s == "NGAGOV" for _, s, _ in found), found
