"""Actor faults seen on the older wire articles (session 17, helper-74), each tested
on texts of our own in wire style:

- people who speak on air ("a radio presenter", "a commentator on a private radio
  station", "a television anchor") are MED, as journalists are; a bare "anchor" or
  "host" is no role;
- a state word that points back ("the junta", "the government") in a sentence that
  opens with "In <country>," is of that country, not of the body of that word the
  story named before in another country (a named person keeps their country);
- a one-word person's title right before two or more capitalised names the base does
  not know ("President Faustin-Archange Touadera"), which the tagger called a body,
  is a person's name, so that the surname alone later ("Touadera flew to Moscow")
  is that person, and "Touadera's government" is his country's;
- a lone surname whose full name, with a title, an earlier sentence gave only where
  no event was coded ("the fighters who guard President Faustin-Archange Touadera")
  is read back there, so it is that person, not no actor.

Session 18, helper-82 (the tests at the end of the file):

- a kind said by an appositive under a dateline has no leading blanks in its text;
- people's kin ("relatives", "parents", "families", "widows") are civilians of those
  people's country, never their body; a leader's relatives stay an elite;
- an independence movement, alliance or party is an opposition body;
- the leaders of a body named by an acronym no one defined are that body, no
  government;
- a named body that owns a mine, plant or factory is a company, and the first part of
  a hyphenated body's name ("Sibanye" of "Sibanye-Stillwater") is that body later.
"""

from __future__ import annotations

from eventwire.pipeline import Coder

from .doer_checks import dyads


def test_an_on_air_role_is_media(coder: Coder) -> None:
    got = dyads(
        coder,
        "TUNIS (Reuters) - Police detained Karim Bensaid, a radio presenter, on "
        "Sunday. Sami Trabelsi, a commentator on a private radio station, "
        "denounced the arrest.",
    )
    assert ("17", "TUNCOP", "TUNMED") in got
    assert any(s == "TUNMED" for _, s, _ in got)


def test_a_television_anchor_is_media(coder: Coder) -> None:
    got = dyads(
        coder,
        "TUNIS (Reuters) - Amel Jaziri, a television anchor, criticised the "
        "president on Monday.",
    )
    assert ("11", "TUNMED", "TUNGOV") in got


def test_a_state_word_is_of_the_country_its_sentence_opens_with(coder: Coder) -> None:
    got = dyads(
        coder,
        "Mali's junta seized a gold mine run by a Canadian company on Monday. The "
        "junta accused the company of unpaid taxes. In neighbouring Niger, the junta "
        "revoked the licence of a French uranium group in June.",
    )
    assert ("17", "NERMIL", "FRA") in got
    assert not any(s == "MLIMIL" and r == "FRA" for _, s, r in got)


def test_a_state_word_after_a_dateline_follows_the_opening_country(
    coder: Coder,
) -> None:
    got = dyads(
        coder,
        "BAMAKO (Reuters) - Mali's military government has seized control of a gold "
        "mine run by a Canadian company, the mining ministry said on Monday. The junta "
        "accused the company of unpaid taxes.\n\nIn Chad, the junta expelled the "
        "French ambassador in May.",
    )
    assert ("16", "TCDMIL", "FRAGOV") in got


def test_the_same_country_opening_keeps_the_body(coder: Coder) -> None:
    # guard: "In Mali," after Mali's junta is the same junta
    got = dyads(
        coder,
        "Mali's junta seized a gold mine on Monday. In Mali, the junta also expelled "
        "the French ambassador.",
    )
    assert ("16", "MLIMIL", "FRAGOV") in got


def test_a_title_before_names_tagged_a_body_is_a_person(coder: Coder) -> None:
    got = dyads(
        coder,
        "BANGUI (Reuters) - President Faustin-Archange Touadera met Russian officials "
        "on Monday. In March, Touadera flew to Beijing and met President Xi Jinping.",
    )
    assert ("04", "CAFGOV", "CHNGOV") in got
    assert ("04", "CHNGOV", "CAFGOV") in got


def test_a_surname_after_a_full_name_in_a_clause_with_no_event(coder: Coder) -> None:
    got = dyads(
        coder,
        "The Russian fighters who guard President Faustin-Archange Touadera have "
        "moved east. In March, Touadera flew to Beijing and met President Xi Jinping.",
    )
    assert ("04", "CAFGOV", "CHNGOV") in got


def test_a_lone_name_is_not_read_back_into_another_sentences_body(
    coder: Coder,
) -> None:
    # guard: the earlier words before the name are a body's, not a title and names
    got = dyads(
        coder,
        "KINSHASA (Reuters) - Workers at the Kamoto Copper Company walked out on "
        "Monday. In March, Kamoto met Chinese officials in Beijing.",
    )
    assert not any(s.endswith("GOV") and r == "CHNGOV" for _, s, r in got)


# session 18, helper-82: a fix round on actor resolution


def test_a_kind_appositive_under_a_dateline_has_no_leading_blanks(
    coder: Coder,
) -> None:
    events = coder.code_text(
        "NAIROBI (Reuters) - Katiba Institute, a rights group, condemned the police "
        "on Friday over the deaths of three men in custody.",
        "2024-03-12",
    )
    texts = {e.actor.text for e in events if e.actor.code == "KENNGO"}
    assert texts == {"Katiba Institute"}


def test_kin_named_by_a_possessive_are_civilians(coder: Coder) -> None:
    got = dyads(
        coder,
        "MOMBASA, Kenya (Reuters) - Three detained protesters' relatives accused the "
        "police of beating them in custody on Saturday.",
    )
    assert ("11", "KENCVL", "KENCOP") in got


def test_kin_of_an_armed_body_s_men_are_not_the_body(coder: Coder) -> None:
    got = dyads(
        coder,
        "RAFAH, Gaza Strip (Reuters) - The families of Islamic Jihad fighters killed "
        "in the raid accused Israel of executing them on Tuesday. Hamas fighters' "
        "widows condemned Israel on Wednesday.",
    )
    assert any(s == "PSECVL" for _, s, _ in got)
    assert not any(s.startswith("PSEREB") for _, s, _ in got)


def test_a_leader_s_relatives_stay_an_elite(coder: Coder) -> None:
    # guard: kin of one leader are the leader's family, not civilians
    events = coder.code_text(
        "NAIROBI (Reuters) - Kenyan President William Ruto's relatives met the "
        "Ugandan envoy on Monday.",
        "2024-03-12",
    )
    kin = {(e.actor.text, e.actor.code) for e in events if "relatives" in e.actor.text}
    assert kin == {("Kenyan President William Ruto's relatives", "KENELI")}


def test_an_independence_movement_is_an_opposition_body(coder: Coder) -> None:
    got = dyads(
        coder,
        "PAPEETE, French Polynesia (AFP) - Hau Mana, a small pro-independence party, "
        "urged France on Thursday to reopen talks on the territory's future.",
    )
    assert ("02", "PYFOPP", "FRA") in got


def test_pro_independence_leaders_are_the_opposition(coder: Coder) -> None:
    got = dyads(
        coder,
        "NOUMEA, New Caledonia (AFP) - Pro-independence leaders accused the French "
        "government on Thursday of rushing through the electoral reform.",
    )
    assert ("11", "NCLOPP", "FRAGOV") in got


def test_a_named_pro_independence_party_keeps_its_code(coder: Coder) -> None:
    # guard: a named party the base knows keeps its own code
    got = dyads(
        coder,
        "TAIPEI (Reuters) - The pro-independence Democratic Progressive Party "
        "accused Beijing of intimidation on Thursday.",
    )
    assert any(s == "TWNPTY" for _, s, _ in got)


def test_leaders_of_an_unknown_acronym_are_no_government(coder: Coder) -> None:
    got = dyads(
        coder,
        "SUCRE, Bolivia (Reuters) - The CSUTCB's leaders accused the government of "
        "betraying farmers on Friday. Police later detained two leaders of the "
        "CSUTCB.",
    )
    assert ("11", "---", "BOLGOV") in got
    assert not any(s == "BOLGOV" and r != "BOLGOV" for _, s, r in got)
    assert not any(
        r is not None and r.endswith("GOV") and s == "BOLCOP" for _, s, r in got
    )


def test_leaders_of_a_known_body_keep_its_code(coder: Coder) -> None:
    # guard: an acronym the base knows says whose leaders they are
    got = dyads(
        coder,
        "ARUSHA, Tanzania (Reuters) - The EAC's leaders urged Kenya on Friday to "
        "reopen its border with Tanzania.",
    )
    assert any(s.startswith("IGO") for _, s, _ in got)


def test_a_body_that_owns_a_mine_is_a_company(coder: Coder) -> None:
    got = dyads(
        coder,
        "JOHANNESBURG (Reuters) - Kestrel-Vaal, which owns the Leeudoorn platinum "
        "mine, accused the union of sabotage on Tuesday.",
    )
    assert ("11", "---BUS", "ZAFLAB") in got


def test_the_first_part_of_a_hyphenated_body_is_that_body(coder: Coder) -> None:
    got = dyads(
        coder,
        "JOHANNESBURG (Reuters) - Hundreds of workers at Kestrel-Vaal's Leeudoorn "
        "platinum mine downed tools on Monday over unpaid bonuses. Kestrel accused "
        "the union of intimidation on Tuesday.",
    )
    assert ("11", "---BUS", "ZAFLAB") in got


def test_the_first_part_of_a_hyphenated_country_stays_the_country(
    coder: Coder,
) -> None:
    # guard: a name the base knows is not read back into a hyphenated name
    got = dyads(
        coder,
        "SARAJEVO (Reuters) - Bosnia-Herzegovina's foreign minister met the Croatian "
        "envoy on Monday. Bosnia accused Serbia of meddling on Tuesday.",
    )
    assert ("11", "BIH", "SRB") in got
