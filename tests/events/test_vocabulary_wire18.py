"""Plain wire English the pattern dictionary codes, and words that only look like an event
(issue 10: verb coverage and false events), found by round 14 of the held-out wire set
(heldout_wire5.py CASES_R14, weighted to precision and to reactions, refusals, offers,
nominal acts and passives, measured by measure_wire5.py) and by probes of the same kinds
written apart from it: a poll, a decision or a truce called a fraud, a sham or a mistake;
a move described as an unfriendly or a provocative act; a vote described as illegal when
the parser hangs "as" on the vote; missiles or tanks paraded; an attempt on someone's
life; an air strike or a deadly raid investigated; a ban on rallies or gatherings lifted;
an offer of good offices; a demand balked at or a request thrown out; a thing hit out
at, or dissatisfaction with it, with no one named; a decision lamented; a handover of
power welcomed; journalists barred from covering a trial; an appeal for reform, a truce,
a settlement or talks with no one asked; the withdrawal or the departure of foreign
forces called for; a verdict or a law condemned, a peace plan rejected, a plan endorsed,
with no one named who made them, also in the passive; a budget or a policy attacked in
words; a quarrel over history or a budget; a hotline or lines of communication cut;
revenge vowed for a deed; a truce, early elections, an extradition or concessions ruled
out; a protest called an attempt to destabilise; an election called a triumph; objections
voiced; homage at a memorial; a view or concerns shared with another state; and, which
are not the act, a
report called a lie (a denial's words), a game taken control of, weapons seized and then
displayed, a labour strike or a shop raid investigated, analysts or investors met,
residents and patients supported, names or videos released, workers fired, a rival's
market share attacked, refugees or a tournament hosted, a court case thrown out, a loss
of life lamented, foreign troops asked to come called an appeal for withdrawal, an end to
corruption asked for, a reform programme a loan is "to support", a plan a government is
pressed to back, a referee's decision criticised, drugs seized at a port, a bank taken
control of, words called violence, power lines cut, revenge vowed in sport, a rate cut
ruled out, a general strike called, a protest called an attempt (no complaint), photos or
investors' concerns shared.

Sentences written for these tests in wire style, apart from the held-out ones: the CAMEO
code and the country-and-sector prefixes of source and recipient they must give, and
near misses that must not give the code (precision). The earlier files are
test_vocabulary_wire.py to test_vocabulary_wire17.py.
"""

from __future__ import annotations

import pytest

from eventwire.events.ontology import load_ontology

from .heldout_wire5 import CASES_R14, NOT_THE_ACT_R14
from .vocabulary_checks import check_codes, check_near_miss

WIRE18_CASES = [
    # a poll, a decision or a truce called a fraud, a sham or a mistake: criticism
    ("The Zambian opposition called the election a fraud.", "111", "ZMBOPP", None),
    ("The Ugandan opposition called the referendum a sham.", "111", "UGAOPP", None),
    (
        "Thailand's foreign minister called the decision a mistake.",
        "111",
        "THAGOV",
        None,
    ),
    ("The Kurdish commander called the ceasefire a ploy.", "111", None, None),
    # a move described as an unfriendly or a provocative act
    (
        "The Lithuanian foreign ministry described the expulsion as an unfriendly step.",
        "111",
        "LTUGOV",
        None,
    ),
    ("Beijing described the visit as a provocative act.", "111", "CHNGOV", None),
    (
        "The Greek government termed the decision an unfriendly step.",
        "111",
        "GRCGOV",
        None,
    ),
    # weapons paraded or showcased: a display of force
    (
        "North Korea paraded intercontinental ballistic missiles through Pyongyang on Saturday.",
        "150",
        "PRK",
        None,
    ),
    (
        "The Russian army showcased its newest tanks at a military parade in Moscow.",
        "150",
        "RUSMIL",
        None,
    ),
    # an attempt on someone's life
    (
        "Gunmen made an attempt on the life of the Haitian senator on Tuesday.",
        "185",
        None,
        None,
    ),
    # an air strike or a deadly raid investigated: a military action
    (
        "The Ukrainian army said it was investigating the strike that hit the apartment block in Dnipro.",
        "093",
        "UKRMIL",
        None,
    ),
    (
        "The Turkish military is reviewing the air raid that killed 12 villagers.",
        "093",
        "TURMIL",
        None,
    ),
    (
        "The Nigerian air force is investigating the airstrike that killed 85 villagers.",
        "093",
        "NGAMIL",
        None,
    ),
    # a ban on rallies or gatherings lifted, with no one named it was on
    ("The Guinean junta lifted the ban on political rallies.", "0811", "GIN", None),
    (
        "Authorities in Uganda eased restrictions on public gatherings.",
        "0811",
        "UGA",
        None,
    ),
    # an offer of good offices: an offer to mediate
    (
        "Switzerland offered its good offices to help end the standoff between Armenia and Azerbaijan.",
        "039",
        "CHE",
        None,
    ),
    # a demand or a request balked at, or thrown out
    (
        "Hungary balked at the EU demand to open its border to asylum seekers.",
        "120",
        "HUN",
        None,
    ),
    (
        "The Kenyan senate threw out the president's request for a new loan from China.",
        "120",
        "KENLEG",
        None,
    ),
    # a thing hit out at, or dissatisfaction with a thing, with no one named
    (
        "The Venezuelan foreign ministry hit out at the new tariffs as illegal.",
        "111",
        "VENGOV",
        None,
    ),
    (
        "The Russian embassy expressed strong dissatisfaction with the ruling.",
        "111",
        "RUS",
        None,
    ),
    # a decision lamented or regretted
    (
        "Canada's prime minister lamented the U.S. decision to leave the climate accord.",
        "111",
        "CANGOV",
        None,
    ),
    # a transfer of power welcomed
    (
        "The African Union applauded the peaceful handover of power in Ghana.",
        "051",
        None,
        None,
    ),
    # journalists barred from covering a trial
    (
        "The Guinean junta barred journalists from covering the trial of the former president.",
        "1721",
        "GIN",
        None,
    ),
    # an appeal with no one asked: for reform, a truce, a settlement, talks
    (
        "The Kenyan opposition called for electoral reform ahead of next year's vote.",
        "024",
        "KENOPP",
        None,
    ),
    ("The Arab League called for an immediate ceasefire.", "0256", None, None),
    (
        "The Chinese foreign minister called for a political settlement of the conflict.",
        "027",
        "CHNGOV",
        None,
    ),
    (
        "The Gabonese transitional president called for talks on the new constitution.",
        "026",
        "GAB",
        None,
    ),
    # the withdrawal or the departure of foreign forces asked for: de-escalation, not
    # foreign forces asked for (was 0234)
    (
        "The Malian junta called for the departure of French troops.",
        "0256",
        "MLI",
        "FRA",
    ),
    (
        "The Iraqi parliament called for the withdrawal of U.S. forces from the country.",
        "0256",
        "IRQ",
        "USA",
    ),
    # a verdict, a law or a decision condemned with no one named who made it, also in the
    # passive
    ("The Zimbabwean opposition condemned the verdict.", "111", "ZWEOPP", None),
    ("The new media law was denounced by Human Rights Watch.", "111", "NGO", None),
    # a peace plan rejected, also in the passive, with no one named who offered it
    ("The Sudanese paramilitaries rejected the peace plan.", "127", None, None),
    ("The peace proposal was rejected by the Houthis.", "127", "YEM", None),
    # a plan endorsed
    ("The peace plan was endorsed by the African Union.", "051", None, None),
    # a policy attacked in words: criticism, no violence
    ("The Kenyan opposition attacked the budget as reckless.", "111", "KENOPP", None),
    (
        "Critics attacked the Pakistani government's handling of the floods.",
        "111",
        None,
        "PAKGOV",
    ),
    # two governments clashing over history: a quarrel in words
    (
        "Japan and China clashed over the wording of the war memorial.",
        "111",
        None,
        None,
    ),
    # control of a crossing taken, troops clashing over a post: still force (guards)
    ("The rebels took control of the border crossing with Rwanda.", "192", None, None),
    (
        "Azerbaijani and Armenian troops clashed over the border post.",
        "190",
        "AZE",
        None,
    ),
    # a hotline or the lines of communication cut, or threatened to be cut
    ("Pyongyang cut the military hotline with Seoul.", "161", "PRK", "KOR"),
    (
        "North Korea threatened to sever all communication lines with Seoul.",
        "1313",
        "PRK",
        "KOR",
    ),
    # revenge vowed for a deed, with no one named: a threat, its force unsaid
    (
        "Iran vowed revenge for the killing of its nuclear scientist.",
        "130",
        "IRN",
        None,
    ),
    # a truce, early elections, an extradition or concessions ruled out
    ("Israel ruled out a ceasefire until the hostages are freed.", "1246", "ISR", None),
    ("The junta in Niamey ruled out early elections.", "123", None, None),
    (
        "The Kenyan government ruled out the extradition of the suspect to Uganda.",
        "1213",
        "KEN",
        "UGA",
    ),
    (
        "The Ukrainian president ruled out territorial concessions to Russia.",
        "120",
        "UKR",
        "RUS",
    ),
    # a protest or tariffs called an attempt or an attack on something: criticism
    (
        "The Bolivian government called the blockade an attempt to destabilise the country.",
        "111",
        "BOL",
        None,
    ),
    # an election or a ruling called a triumph or a victory: praise
    ("Kenya called the election a triumph of democracy.", "051", "KEN", None),
    (
        "The Kremlin called the court's decision a victory for common sense.",
        "051",
        "RUS",
        None,
    ),
    # objections voiced with no one named
    (
        "The Russian embassy voiced strong objections to the decision.",
        "111",
        "RUS",
        None,
    ),
    # homage at a memorial or a tomb
    (
        "The Indian prime minister bowed before the memorial to the victims of the attack.",
        "017",
        "IND",
        None,
    ),
    # a view or concerns shared with another state
    (
        "The Australian government said it shared Washington's concerns about the base.",
        "019",
        "AUS",
        "USA",
    ),
]

WIRE18_NEAR_MISSES = [
    # a report called a lie: a denial's words, no condemnation
    ("The Sudanese government called the report a lie.", "111"),
    # a game taken control of: no territory taken
    ("The visitors took control of the game after half-time.", "192"),
    ("Manchester United seized control of the tie in the second leg.", "192"),
    # weapons seized and then shown: a haul, no show of force
    ("Somali Puntland forces display weapons seized on a boat near Bosasso.", "150"),
    ("Kenyan police displayed the captured drones to reporters.", "150"),
    # a walkout or a shop raid investigated: no military action
    ("Police are investigating the strike at the car plant.", "093"),
    ("Police are investigating the raid on the jewellery shop.", "093"),
    # analysts or investors met: a market, nobody to meet in its town
    ("The two banks met analysts in Frankfurt to explain their merger.", "040"),
    ("The finance minister met investors in New York last week.", "040"),
    # residents or patients supported: care given, no endorsement
    ("Volunteers supported elderly residents during the floods.", "051"),
    ("The charity supports patients with cancer across the country.", "051"),
    # names, videos or figures released: nobody freed
    ("Ugandan police released the names of the dead.", "0841"),
    ("The Sudanese army released a video of the captured fighters.", "0841"),
    # staff fired: dismissed, no shots
    ("The company fired 300 workers at its plant near Lagos.", "190"),
    # a rival's market share attacked: business
    ("Samsung launched an attack on Apple's market share with a cheaper phone.", "190"),
    # refugees or a tournament hosted: no visit
    ("Jordan hosts more than 600,000 Syrian refugees.", "043"),
    ("Morocco will host the Africa Cup of Nations next year.", "043"),
    # a case thrown out: nobody expelled
    ("The court threw out the case against the former minister.", "174"),
    # a loss of life lamented: sympathy, not criticism
    ("The Indian president lamented the loss of life in the train crash.", "111"),
    # an appeal for foreign forces to come is no appeal for them to leave
    ("The Haitian prime minister called for the deployment of foreign troops.", "0256"),
    # an end to corruption asked for: no truce
    ("The union called for an end to corruption in the ports.", "0256"),
    # a plan or a programme a loan or a push is "to support": no support given
    (
        "The World Bank approved a $500 million loan to Ghana to support its economic reform programme.",
        "051",
    ),
    ("Britain is pressing Washington to back its debt relief plan for Africa.", "051"),
    # a referee's decision criticised: sport
    ("The coach criticised the referee's decision after the match.", "111"),
    # contraband seized at a port: nothing occupied
    ("Customs officers seized 2 tonnes of cocaine at the port of Guayaquil.", "192"),
    # a bank taken over: no territory
    ("The Nigerian government took control of the failing bank.", "192"),
    # a budget or a record attacked in words: no violent protest or fighting
    ("The opposition attacked the budget as reckless.", "145"),
    ("Japan and China clashed over the wording of the war memorial.", "190"),
    # power or supply lines cut: no relations cut
    ("The utility cut power lines to the village.", "161"),
    # revenge in sport, a rate cut ruled out: no threat, no refusal
    ("The striker vowed revenge for last year's defeat in the final.", "130"),
    ("The central bank ruled out a rate cut.", "120"),
    # a strike or an election called: no words about them
    ("The Kenyan opposition called a general strike for Monday.", "111"),
    (
        "The Bolivian government called the protest an attempt to destabilise the country.",
        "114",
    ),
    # photos or a market view shared: no accord
    ("Facebook users shared photos of the flood.", "019"),
    ("Investors shared concerns about the economy.", "019"),
]


@pytest.mark.parametrize(("text", "code", "source", "recipient"), WIRE18_CASES)
def test_vocabulary_wire18_codes(
    coder, text: str, code: str, source: str | None, recipient: str | None
) -> None:
    check_codes(coder, text, code, source, recipient)


@pytest.mark.parametrize(("text", "code"), WIRE18_NEAR_MISSES)
def test_vocabulary_wire18_near_misses(coder, text: str, code: str) -> None:
    check_near_miss(coder, text, code)


@pytest.mark.parametrize(
    "code", sorted({c[1] for c in CASES_R14}) + sorted({r for _, r in NOT_THE_ACT_R14})
)
def test_vocabulary_wire18_heldout_labels_are_cameo_codes(code: str) -> None:
    assert code in load_ontology(), code
