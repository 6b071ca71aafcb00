"""Plain wire English the pattern dictionary codes, and words that only look like an
event (issue 10: verb coverage and false events), found by round 12 of the held-out wire
set (heldout_wire5.py CASES_R12, weighted to recall, measured by measure_wire5.py) and
by probes of the same kinds written apart from it: a party's registration or a firm's
licence revoked, and given back; a crowd gathered to demand or protest; activists or
journalists picked up by police; a decision called a betrayal or a travesty; a deal
abandoned or ditched; support renewed; and
mourners gathered to pay tribute, migrants or survivors picked up at sea, and pupils
picked up by a bus, hopes or plans of a deal given up, which are not the act.

Sentences written for these tests in wire style, apart from the held-out ones: the CAMEO
code and the country-and-sector prefixes of source and recipient they must give, and
near misses that must not give the code (precision). The earlier files are
test_vocabulary_wire.py to test_vocabulary_wire15.py.
"""

from __future__ import annotations

import pytest

from eventwire.events.ontology import load_ontology

from .heldout_wire5 import CASES_R12, NOT_THE_ACT_R12
from .vocabulary_checks import check_codes, check_near_miss

WIRE16_CASES = [
    # a registration or a licence revoked: an administrative sanction
    (
        "The electoral board revoked the registration of the Democratic Alliance party on Monday.",
        "172",
        "---GOV",
        "---PTY",
    ),
    (
        "The Zambian government cancelled the licence of the Chinese mining company.",
        "172",
        "ZMB",
        "CHN",
    ),
    # and given back: the sanction eased
    (
        "Tanzania's electoral commission restored the registration of the opposition Chadema party.",
        "081",
        "TZA",
        "TZA",
    ),
    # a crowd gathered to demand or to protest: a demonstration
    (
        "Hundreds of teachers gathered in front of the education ministry in Nairobi to demand pay rises.",
        "141",
        "KEN",
        None,
    ),
    (
        "Several thousand Armenians assembled outside the government building in Yerevan to denounce the border deal.",
        "141",
        "ARM",
        None,
    ),
    # activists or journalists picked up by police: an arrest
    (
        "Turkish police picked up a Swedish journalist at Istanbul airport.",
        "173",
        "TUR",
        "SWE",
    ),
    ("Security agents picked up three activists in Harare.", "173", "ZWE", "ZWE"),
    # a decision called a betrayal: criticism
    (
        "The Polish foreign minister described the Hungarian decision as a betrayal of Europe.",
        "111",
        "POL",
        "HUN",
    ),
    (
        "Beijing called the arms sale to Taiwan a betrayal of the joint communique.",
        "111",
        "CHN",
        None,
    ),
    # a deal abandoned or ditched: relations reduced (as a deal scrapped)
    ("Ecuador abandoned the trade deal with China.", "160", "ECU", "CHN"),
    ("Argentina ditched the free trade agreement with Mexico.", "160", "ARG", "MEX"),
    # support renewed or restated: as support reaffirmed
    (
        "Japan renewed its support for the Philippines' position on the South China Sea.",
        "032",
        "JPN",
        "PHL",
    ),
]


@pytest.mark.parametrize(("text", "code", "source", "recipient"), WIRE16_CASES)
def test_vocabulary_wire16_codes(
    coder, text: str, code: str, source: str | None, recipient: str | None
) -> None:
    check_codes(coder, text, code, source, recipient)


NEAR_MISSES = [
    # a gathering to mourn or to watch: no protest
    (
        "Mourners gathered at the cemetery to pay tribute to the slain journalist.",
        "141",
    ),
    ("Fans gathered in the square to watch the final on giant screens.", "141"),
    # people picked up at sea or by a bus: no arrest
    ("The coast guard picked up 40 migrants from a sinking boat off Lampedusa.", "173"),
    ("A rescue ship picked up survivors of the ferry disaster near Bali.", "173"),
    ("The school bus picked up pupils from three villages.", "173"),
    # a licence renewed in routine business: nothing eased
    ("The regulator renewed the licence of the state telecoms firm.", "081"),
    # hopes or plans of a deal given up: no deal abandoned
    (
        "The Colombian government abandoned hopes of a deal with the ELN guerrillas.",
        "160",
    ),
    (
        "The Peruvian president ditched plans for an agreement with Bolivia on the lake.",
        "160",
    ),
]


@pytest.mark.parametrize(("text", "code"), NEAR_MISSES)
def test_vocabulary_wire16_near_misses(coder, text: str, code: str) -> None:
    check_near_miss(coder, text, code)


@pytest.mark.parametrize(
    "code", sorted({c[1] for c in CASES_R12}) + sorted({r for _, r in NOT_THE_ACT_R12})
)
def test_vocabulary_wire16_heldout_labels_are_cameo_codes(code: str) -> None:
    assert code in load_ontology(), code
