"""Doers and recipients of the kinds the held-out doers set's eleventh round found coded
wrong (issue 10, items 1 and 2; tests/actors/heldout_doers.py, ids 'r11-'): bodies
named by the words of their own names, acronyms after a first full name, and roles a
word places abroad. The mechanisms behind them, on stories written for these tests."""

from __future__ import annotations

from eventwire.pipeline import Coder

from .doer_checks import dyads as _dyads


def test_a_foreign_role_is_not_the_sentences_country(coder: Coder) -> None:
    # "FOREIGN intelligence services": abroad, of no country the text says (was the
    # sentence's, Georgia's); "the foreign minister" is still Georgia's
    text = (
        "Georgia's prime minister accused foreign intelligence services on Monday "
        "of funding the protests in Tbilisi. The foreign minister met opposition "
        "leaders on Tuesday."
    )
    found = _dyads(coder, text)
    assert ("11", "GEOGOV", "---SPY") in found
    assert ("11", "GEOGOV", "GEOSPY") not in found


def test_a_foreign_correspondent_arrested_is_no_local_reporter(coder: Coder) -> None:
    text = "Police in Harare arrested two foreign correspondents covering the vote."
    found = _dyads(coder, text)
    assert ("17", "ZWECOP", "---MED") in found
    assert ("17", "ZWECOP", "ZWEMED") not in found


def test_strike_leaders_are_labour(coder: Coder) -> None:
    # "strike leaders" lead workers (was GOV: "leaders" alone)
    text = (
        "Dockworkers at the port of Mombasa walked out on Monday over pay. Police in "
        "Kenya arrested three strike leaders on Tuesday."
    )
    found = _dyads(coder, text)
    assert ("17", "KENCOP", "KENLAB") in found
    assert ("17", "KENCOP", "KENGOV") not in found


def test_a_faith_word_before_a_bodys_head_makes_it_religious(coder: Coder) -> None:
    # "the CHRISTIAN Association of ...", "the ISLAMIC Council": the word before the
    # head says the body's kind, as an "of" phrase does ("Council of Churches")
    text = (
        "The Evangelical Association of Zambia urged the government on Sunday to "
        "drop the bill on public gatherings."
    )
    found = _dyads(coder, text)
    assert ("02", "ZMBREL", "ZMBGOV") in found
    assert ("02", "ZMBNGO", "ZMBGOV") not in found


def test_a_league_for_human_rights_is_a_rights_group(coder: Coder) -> None:
    # "League" named for rights: a non-governmental body (was the country alone)
    text = (
        "The Guinean League for Human Rights accused the security forces on "
        "Wednesday of killing three protesters in Conakry."
    )
    found = _dyads(coder, text)
    assert any(src == "GINNGO" for _, src, _ in found)
    assert not any(src == "GIN" for _, src, _ in found)


def test_a_press_alliance_and_its_scrambled_acronym(coder: Coder) -> None:
    # "the Alliance of Independent Journalists (AJI)": journalists' body, not a party
    # (head "alliance"); its acronym keeps the letters of its own language's name
    # (Aliansi Jurnalis Independen) and is the same body later (was of no sector)
    text = (
        "The Alliance of Independent Journalists (AJI) criticised police in Makassar "
        "on Thursday for beating a reporter. AJI urged the police to punish the "
        "officers."
    )
    found = _dyads(coder, text)
    assert ("11", "IDNMED", "IDNCOP") in found
    assert ("02", "IDNMED", "IDNCOP") in found
    assert not any(src.endswith("PTY") for _, src, _ in found)


def test_a_union_of_journalists_stays_a_union(coder: Coder) -> None:
    # the press words make a body the press's, but a union of journalists is labour
    text = "The Union of Journalists of Guinea urged the junta on Monday to free them."
    found = _dyads(coder, text)
    assert ("02", "GINLAB", "GINMIL") in found
    assert not any(src.endswith("MED") for _, src, _ in found)


def test_its_leaders_are_the_body_the_sentence_named(coder: Coder) -> None:
    # "... the Kenya Union of Teachers and arrested ITS OFFICIALS": the union's people
    # (was GOV: "officials" alone)
    text = (
        "Police in Nairobi raided the offices of the Kenya Union of Teachers on "
        "Monday and arrested its officials."
    )
    found = _dyads(coder, text)
    assert ("17", "KENCOP", "KENLAB") in found
    assert ("17", "KENCOP", "KENGOV") not in found


def test_its_officials_of_a_ministry_stay_the_governments(coder: Coder) -> None:
    # a state body's people are the state's, as "officials" alone are
    text = (
        "Police in Nairobi raided the offices of the health ministry on Monday and "
        "arrested its officials."
    )
    found = _dyads(coder, text)
    assert ("17", "KENCOP", "KENGOV") in found


def test_warring_clans_are_people(coder: Coder) -> None:
    # "the clans" are actors (CVL, as "tribesmen" are): an appeal to them has a
    # recipient (was none)
    text = (
        "Fighting between two clans in Papua New Guinea's Hela province has killed "
        "eight men. Church leaders appealed to the clans on Sunday to lay down their "
        "weapons."
    )
    found = _dyads(coder, text)
    assert ("02", "PNGREL", "PNGCVL") in found


def test_a_party_name_many_countries_have_is_the_storys_own(coder: Coder) -> None:
    # "the Labour Party" in a story of Nigeria that never names Britain: Nigeria's
    # (was GBRPTYLAB, and the police who arrested its candidate became British)
    text = (
        "Police in Lagos arrested the Labour Party's candidate for governor on Monday."
    )
    found = _dyads(coder, text)
    assert ("17", "NGACOP", "NGAPTY") in found
    assert not any("GBR" in (src + str(tgt)) for _, src, tgt in found)


def test_a_party_name_in_a_story_of_its_own_country_stays_the_bases(
    coder: Coder,
) -> None:
    text = (
        "Britain's prime minister met union leaders in London on Monday. The "
        "Labour Party accused him of ignoring nurses."
    )
    found = _dyads(coder, text)
    assert ("11", "GBRPTYLAB", "GBRGOV") in found


def test_an_episcopal_conference_is_the_church(coder: Coder) -> None:
    # "Episcopal" says bishops: the body is religious (was of no country or sector)
    text = (
        "The Episcopal Conference of Haiti urged the transitional council on "
        "Sunday to hold elections before the end of the year."
    )
    found = _dyads(coder, text)
    assert any(src == "HTIREL" for _, src, _ in found)


def test_a_company_named_for_its_trade_is_a_company(coder: Coder) -> None:
    # "... Minerals", "... Cement": the last word of the name says a company (was no
    # actor: the arrest had no recipient)
    text = "Police in Kinshasa arrested two managers of Kivu Minerals on Friday."
    found = _dyads(coder, text)
    assert ("17", "CODCOP", "CODBUS") in found
