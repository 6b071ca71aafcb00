"""More plain wire English the pattern dictionary codes (issue 10: verb coverage), found by
round 9 of the held-out wire set (heldout_wire5.py CASES_R9, measured by
measure_wire5.py) and by probes of the same kinds written apart from it: withdrawals from
lines, posts and points, military checkpoints removed, seamen handed over, force
forecast as a crushing or harsh response, artefacts (drums, masks, crowns) given back,
villages handed to another state, strikes whose weapon says their kind ("with drones",
"with missiles"), a total siege imposed (not a state of siege), missiles rained or
unleashed on a place, convoys of relief bodies let through, governments that gave in to
demands or pressure, go-slows, strikes, walkouts and industrial action threatened, joint drills kicked off or wrapped
up, intelligence handed over, fighting forces "locked in" battle, dams, temples and
hospitals blown up or destroyed, places hammered with artillery, missiles that slammed
into buildings; and a barrage of words, a game's clash that is no fighting.

Sentences written for these tests in wire style, apart from the held-out ones: the CAMEO
code and the country-and-sector prefixes of source and recipient they must give, and
near misses that must not give the code (precision). The earlier files are
test_vocabulary_wire.py to test_vocabulary_wire12.py.
"""

from __future__ import annotations

import pytest

from eventwire.events.ontology import load_ontology

from .heldout_wire5 import CASES_R9, NOT_THE_ACT_R9
from .vocabulary_checks import check_codes, check_near_miss

WIRE13_CASES = [
    # withdrawals from a line, a post or a point of contact
    (
        "Russian forces withdrew from the contact line near Zaporizhzhia.",
        "0874",
        "RUS",
        None,
    ),
    (
        "Kyrgyz border guards withdrew from three posts on the disputed frontier with Tajikistan.",
        "0874",
        "KGZ",
        None,
    ),
    # military checkpoints removed ease a blockade
    (
        "The Sudanese army dismantled checkpoints around Khartoum on Thursday.",
        "0872",
        "SDN",
        None,
    ),
    ("Ethiopian troops removed checkpoints in the Tigray region.", "0872", "ETH", None),
    # seamen handed over are freed
    (
        "Pakistan handed over 22 Indian fishermen to India at the Wagah border.",
        "0841",
        "PAK",
        "IND",
    ),
    # force forecast as a crushing or harsh response
    ("Pakistan vowed a crushing response to any Indian attack.", "138", "PAK", "IND"),
    ("Iran promised a harsh response to Israel on Sunday.", "138", "IRN", "ISR"),
    # artefacts given back
    (
        "France returned the looted royal drum to Ivory Coast.",
        "0842",
        "FRA",
        "CIV",
    ),
    ("Belgium returned a ceremonial mask to Congo.", "0842", "BEL", "COD"),
    ("Germany handed back two crowns to Ethiopia.", "0842", "DEU", "ETH"),
    # villages handed to another state
    (
        "Armenia handed four border villages to Azerbaijan.",
        "0842",
        "ARM",
        "AZE",
    ),
    # the weapon of a strike says its kind
    (
        "Ukraine hit a Russian oil refinery with drones overnight.",
        "195",
        "UKR",
        "RUS",
    ),
    # a total siege is force, a state of siege an emergency
    ("Israel imposed a total siege on Gaza.", "191", "ISR", "PSE"),
    (
        "Peru declared a state of siege in the northern province of Piura.",
        "1724",
        "PER",
        None,
    ),
    # missiles rained or unleashed on a place
    ("Russia rained missiles on Ukrainian cities overnight.", "194", "RUS", "UKR"),
    (
        "Hamas unleashed a barrage of rockets on southern Israel.",
        "194",
        None,
        "ISR",
    ),
    # a convoy of a relief body let through
    ("Israel let a UNICEF convoy into northern Gaza.", "0863", "ISR", None),
    ("Russia allowed a Red Cross convoy into the besieged city.", "0863", "RUS", None),
    # gave in to demands or pressure
    (
        "The Kenyan government gave in to the demands of the striking doctors.",
        "083",
        "KEN",
        None,
    ),
    (
        "The Serbian government gave in to pressure from the European Union.",
        "080",
        "SRB",
        "IGO",
    ),
    # a fight under way: "remain locked in heavy fighting"
    (
        "Sudanese troops remain locked in heavy fighting with the RSF in Omdurman.",
        "190",
        "SDN",
        None,
    ),
    # a dam, a temple, a hospital blown up or destroyed
    ("Russian forces blew up the Kakhovka dam.", "1712", "RUS", None),
    (
        "Islamic State fighters blew up an ancient temple in Palmyra.",
        "1712",
        None,
        None,
    ),
    (
        "Israeli forces destroyed the only hospital in northern Gaza.",
        "1712",
        "ISR",
        None,
    ),
    # a city hammered with artillery; a missile that slammed into a building
    (
        "Russian forces hammered the city of Kupiansk with artillery.",
        "194",
        "RUS",
        None,
    ),
    (
        "A Russian missile slammed into a shopping centre in Kharkiv.",
        "194",
        "RUS",
        None,
    ),
    # dissent threatened: a strike of workers, industrial action, a walkout, a boycott
    (
        "Nigerian doctors threatened a nationwide strike over unpaid salaries.",
        "133",
        "NGA",
        None,
    ),
    ("British rail unions threatened industrial action over pay.", "133", "GBR", None),
    ("Kenyan teachers threatened a walkout over pay.", "133", "KEN", None),
    # joint drills kicked off or wrapped up; intelligence handed over
    (
        "Japan and the Philippines kicked off joint naval drills in the South China Sea.",
        "062",
        "JPN",
        "PHL",
    ),
    (
        "Russia and Belarus wrapped up joint military exercises near the Polish border.",
        "062",
        "RUS",
        "BLR",
    ),
    (
        "Britain handed over intelligence to Ukraine on Russian troop movements.",
        "064",
        "GBR",
        "UKR",
    ),
    # a go-slow is a strike
    (
        "Argentine truckers staged a go-slow on the highways around Buenos Aires.",
        "143",
        "ARG",
        None,
    ),
]


@pytest.mark.parametrize(("text", "code", "source", "recipient"), WIRE13_CASES)
def test_vocabulary_wire13_codes(
    coder, text: str, code: str, source: str | None, recipient: str | None
) -> None:
    check_codes(coder, text, code, source, recipient)


NEAR_MISSES = [
    # a barrage of words is no shelling, nor a riot
    ("The opposition unleashed a barrage of criticism on the president.", "194"),
    ("The opposition unleashed a barrage of criticism on the president.", "145"),
    ("The minister faced a barrage of questions from opposition lawmakers.", "194"),
    ("The senator rained praise on the Japanese prime minister.", "194"),
    # a state of siege declared is no siege laid
    ("Peru declared a state of siege in the northern province of Piura.", "191"),
    # barricades of protesters cleared, a trophy handed over: no blockade eased, no land
    ("Police removed barricades set up by protesters outside parliament.", "0872"),
    ("The French captain handed the trophy to the mayor of Lyon.", "0842"),
    # a firm pulling back from a deal is no retreat
    ("The French carmaker pulled back from the merger talks.", "0874"),
    # a coach's promise, a striker's header: no force
    ("The coach promised a fierce response from his players after the defeat.", "138"),
    ("The Brazilian striker hit the post with a header in the first half.", "195"),
    # a strike on a country, a blockade of an island, a government shutdown: no dissent
    ("Israel threatened a military strike on Iran.", "133"),
    ("China threatened a naval blockade of Taiwan.", "133"),
    ("Republicans threatened a government shutdown over the budget.", "133"),
    # a club's drill, players' drills: no exercises of forces
    ("The club kicked off the new season with a drill at the training ground.", "150"),
    ("The players wrapped up their training drills before the final.", "062"),
    # a game or a bout is no fight
    (
        "The Wallabies beat Argentina 24-20 in a thrilling Rugby Championship clash in Sydney.",
        "190",
    ),
    (
        "Real Madrid face Manchester City in a Champions League clash in Madrid on Tuesday.",
        "190",
    ),
    ("The two parties were locked in a bitter dispute over the budget.", "190"),
    # a storm, a truck, a football score, a developer's works: no force
    ("A powerful typhoon slammed into the northern Philippines on Sunday.", "194"),
    (
        "A Turkish truck smashed into a market in the town centre, killing four people.",
        "194",
    ),
    ("Brazil hammered Peru 4-0 in a World Cup qualifier.", "194"),
    ("The developer demolished the old hospital to build flats.", "1712"),
    # a goalkeeper's nerves, fans let into a stadium, a team's slow start
    ("The goalkeeper gave in to pressure and left the club.", "080"),
    ("The police let the convoy of fans into the stadium.", "0863"),
    ("The French team began slow but picked up the pace after the break.", "143"),
]


@pytest.mark.parametrize(("text", "code"), NEAR_MISSES)
def test_vocabulary_wire13_near_misses(coder, text: str, code: str) -> None:
    check_near_miss(coder, text, code)


@pytest.mark.parametrize(
    "code", sorted({c[1] for c in CASES_R9}) + sorted({r for _, r in NOT_THE_ACT_R9})
)
def test_vocabulary_wire13_heldout_labels_are_cameo_codes(code: str) -> None:
    assert code in load_ontology(), code
