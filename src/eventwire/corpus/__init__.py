"""Invented wire-style articles for tests and benchmarks.

``generate(n, seed)`` writes ``n`` short news articles (JSONL-ready dicts with ``id``,
``title``, ``text``, ``published``, ``source`` and ``url``) from templates and vocabulary
written for eventwire: real countries with their adjectives, capitals and cities, leaders by
title only ("the Kenyan foreign minister"), armed forces, police, protesters and armed
groups, ten invented outlets on ``.example`` domains. Every event sentence is one the coder
codes (each template was checked with ``eventwire explain``); headlines, background,
quotes and filler sentences surround them. Now and then the next article is the same
happening told by another outlet a day later, so deduplication has work to do.

The corpus is a function of ``(n, seed, start, days)`` alone: the same arguments give the
same articles, byte for byte, and article ``i`` does not depend on ``n``.

    python -m eventwire.corpus 10000 -o corpus.jsonl --seed 7
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import NamedTuple, TypeVar

_T = TypeVar("_T")

__all__ = [
    "COUNTRIES",
    "DYADS",
    "OUTLETS",
    "Written",
    "generate",
    "main",
    "write_jsonl",
    "written",
]


# -- vocabulary ---------------------------------------------------------------------------
class Country(NamedTuple):
    code: str
    name: str  # as it reads mid-sentence: "Kenya", "the United States"
    adj: str
    capital: str
    cities: tuple[str, ...]
    leader: str  # the title of the head of state or government
    region: str  # AF, ME, EU, AS, AM
    fm: str = "foreign minister"
    poss: str = ""  # "Washington's" where "the United States'" reads badly


class Org(NamedTuple):
    code: str
    name: str


# fmt: off
_COUNTRY_LIST = [
    # Africa
    Country("KEN", "Kenya", "Kenyan", "Nairobi", ("Mombasa", "Kisumu", "Eldoret"), "president", "AF"),
    Country("UGA", "Uganda", "Ugandan", "Kampala", ("Gulu", "Entebbe", "Jinja"), "president", "AF"),
    Country("TZA", "Tanzania", "Tanzanian", "Dodoma", ("Dar es Salaam", "Arusha", "Mwanza"), "president", "AF"),
    Country("ETH", "Ethiopia", "Ethiopian", "Addis Ababa", ("Gondar", "Bahir Dar", "Mekele"), "prime minister", "AF"),
    Country("ERI", "Eritrea", "Eritrean", "Asmara", ("Massawa", "Keren"), "president", "AF"),
    Country("SOM", "Somalia", "Somali", "Mogadishu", ("Kismayo", "Baidoa", "Beledweyne"), "president", "AF"),
    Country("SDN", "Sudan", "Sudanese", "Khartoum", ("Omdurman", "Port Sudan", "El Fasher"), "president", "AF"),
    Country("SSD", "South Sudan", "South Sudanese", "Juba", ("Malakal", "Wau", "Bor"), "president", "AF"),
    Country("RWA", "Rwanda", "Rwandan", "Kigali", ("Butare", "Gisenyi", "Ruhengeri"), "president", "AF"),
    Country("COD", "Congo", "Congolese", "Kinshasa", ("Goma", "Bukavu", "Lubumbashi"), "president", "AF"),
    Country("NGA", "Nigeria", "Nigerian", "Abuja", ("Lagos", "Kano", "Maiduguri"), "president", "AF"),
    Country("GHA", "Ghana", "Ghanaian", "Accra", ("Kumasi", "Tamale"), "president", "AF"),
    Country("MLI", "Mali", "Malian", "Bamako", ("Gao", "Timbuktu", "Mopti"), "president", "AF"),
    Country("BFA", "Burkina Faso", "Burkinabe", "Ouagadougou", ("Bobo-Dioulasso", "Djibo"), "president", "AF"),
    Country("NER", "Niger", "Nigerien", "Niamey", ("Agadez", "Zinder", "Tillaberi"), "president", "AF"),
    Country("SEN", "Senegal", "Senegalese", "Dakar", ("Thies", "Ziguinchor"), "president", "AF"),
    Country("EGY", "Egypt", "Egyptian", "Cairo", ("Alexandria", "Port Said", "Aswan"), "president", "AF"),
    Country("LBY", "Libya", "Libyan", "Tripoli", ("Benghazi", "Misrata", "Sirte"), "prime minister", "AF"),
    Country("DZA", "Algeria", "Algerian", "Algiers", ("Oran", "Constantine"), "president", "AF"),
    Country("MAR", "Morocco", "Moroccan", "Rabat", ("Casablanca", "Marrakesh", "Tangier"), "king", "AF"),
    Country("TUN", "Tunisia", "Tunisian", "Tunis", ("Sfax", "Sousse"), "president", "AF"),
    # Middle East
    Country("ISR", "Israel", "Israeli", "Jerusalem", ("Tel Aviv", "Haifa", "Beersheba"), "prime minister", "ME"),
    Country("LBN", "Lebanon", "Lebanese", "Beirut", ("Tyre", "Sidon", "Baalbek"), "prime minister", "ME"),
    Country("SYR", "Syria", "Syrian", "Damascus", ("Aleppo", "Homs", "Idlib"), "president", "ME"),
    Country("JOR", "Jordan", "Jordanian", "Amman", ("Irbid", "Zarqa", "Aqaba"), "king", "ME"),
    Country("IRQ", "Iraq", "Iraqi", "Baghdad", ("Basra", "Mosul", "Kirkuk"), "prime minister", "ME"),
    Country("IRN", "Iran", "Iranian", "Tehran", ("Isfahan", "Tabriz", "Mashhad"), "president", "ME"),
    Country("TUR", "Turkey", "Turkish", "Ankara", ("Istanbul", "Izmir", "Gaziantep"), "president", "ME"),
    Country("SAU", "Saudi Arabia", "Saudi", "Riyadh", ("Jeddah", "Dammam", "Jizan"), "crown prince", "ME"),
    Country("YEM", "Yemen", "Yemeni", "Sanaa", ("Aden", "Hodeidah", "Taiz"), "prime minister", "ME"),
    Country("QAT", "Qatar", "Qatari", "Doha", ("Al Khor", "Al Wakrah"), "emir", "ME"),
    Country("ARE", "the United Arab Emirates", "Emirati", "Abu Dhabi", ("Dubai", "Sharjah"), "president", "ME", poss="Abu Dhabi's"),
    # Europe
    Country("GBR", "Britain", "British", "London", ("Manchester", "Birmingham", "Glasgow"), "prime minister", "EU", fm="foreign secretary"),
    Country("FRA", "France", "French", "Paris", ("Marseille", "Lyon", "Toulouse"), "president", "EU"),
    Country("DEU", "Germany", "German", "Berlin", ("Munich", "Hamburg", "Frankfurt"), "chancellor", "EU"),
    Country("ITA", "Italy", "Italian", "Rome", ("Milan", "Naples", "Turin"), "prime minister", "EU"),
    Country("ESP", "Spain", "Spanish", "Madrid", ("Barcelona", "Seville", "Valencia"), "prime minister", "EU"),
    Country("POL", "Poland", "Polish", "Warsaw", ("Krakow", "Gdansk", "Lublin"), "prime minister", "EU"),
    Country("GRC", "Greece", "Greek", "Athens", ("Thessaloniki", "Patras"), "prime minister", "EU"),
    Country("RUS", "Russia", "Russian", "Moscow", ("St. Petersburg", "Belgorod", "Kursk"), "president", "EU"),
    Country("UKR", "Ukraine", "Ukrainian", "Kyiv", ("Kharkiv", "Odesa", "Lviv", "Dnipro"), "president", "EU"),
    Country("MDA", "Moldova", "Moldovan", "Chisinau", ("Balti", "Cahul"), "president", "EU"),
    Country("BLR", "Belarus", "Belarusian", "Minsk", ("Grodno", "Brest", "Gomel"), "president", "EU"),
    Country("GEO", "Georgia", "Georgian", "Tbilisi", ("Batumi", "Kutaisi"), "prime minister", "EU"),
    Country("ARM", "Armenia", "Armenian", "Yerevan", ("Gyumri", "Vanadzor", "Goris"), "prime minister", "EU"),
    Country("AZE", "Azerbaijan", "Azerbaijani", "Baku", ("Ganja", "Sumgait"), "president", "EU"),
    Country("SRB", "Serbia", "Serbian", "Belgrade", ("Novi Sad", "Nis", "Kragujevac"), "president", "EU"),
    Country("XKX", "Kosovo", "Kosovar", "Pristina", ("Mitrovica", "Prizren"), "prime minister", "EU"),
    Country("NOR", "Norway", "Norwegian", "Oslo", ("Bergen", "Trondheim"), "prime minister", "EU"),
    # Asia
    Country("CHN", "China", "Chinese", "Beijing", ("Shanghai", "Guangzhou", "Chengdu"), "premier", "AS"),
    Country("JPN", "Japan", "Japanese", "Tokyo", ("Osaka", "Nagoya", "Fukuoka"), "prime minister", "AS"),
    Country("KOR", "South Korea", "South Korean", "Seoul", ("Busan", "Incheon", "Daegu"), "president", "AS"),
    Country("PRK", "North Korea", "North Korean", "Pyongyang", ("Kaesong", "Wonsan"), "leader", "AS"),
    Country("IND", "India", "Indian", "New Delhi", ("Mumbai", "Srinagar", "Kolkata", "Amritsar"), "prime minister", "AS"),
    Country("PAK", "Pakistan", "Pakistani", "Islamabad", ("Karachi", "Lahore", "Peshawar", "Quetta"), "prime minister", "AS"),
    Country("AFG", "Afghanistan", "Afghan", "Kabul", ("Kandahar", "Herat", "Jalalabad"), "prime minister", "AS"),
    Country("BGD", "Bangladesh", "Bangladeshi", "Dhaka", ("Chittagong", "Sylhet", "Khulna"), "prime minister", "AS"),
    Country("MMR", "Myanmar", "Burmese", "Naypyidaw", ("Yangon", "Mandalay", "Sittwe"), "leader", "AS"),
    Country("THA", "Thailand", "Thai", "Bangkok", ("Chiang Mai", "Pattani", "Songkhla"), "prime minister", "AS"),
    Country("PHL", "the Philippines", "Philippine", "Manila", ("Davao", "Cebu", "Zamboanga"), "president", "AS", poss="Manila's"),
    Country("IDN", "Indonesia", "Indonesian", "Jakarta", ("Surabaya", "Medan", "Makassar"), "president", "AS"),
    Country("MYS", "Malaysia", "Malaysian", "Kuala Lumpur", ("Penang", "Johor Bahru"), "prime minister", "AS"),
    Country("VNM", "Vietnam", "Vietnamese", "Hanoi", ("Ho Chi Minh City", "Da Nang", "Haiphong"), "prime minister", "AS"),
    # Americas
    Country("USA", "the United States", "U.S.", "Washington", ("New York", "Chicago", "Houston"), "president", "AM", fm="secretary of state", poss="Washington's"),
    Country("MEX", "Mexico", "Mexican", "Mexico City", ("Monterrey", "Tijuana", "Culiacan"), "president", "AM"),
    Country("GTM", "Guatemala", "Guatemalan", "Guatemala City", ("Quetzaltenango", "Escuintla"), "president", "AM"),
    Country("COL", "Colombia", "Colombian", "Bogota", ("Medellin", "Cali", "Cucuta"), "president", "AM"),
    Country("VEN", "Venezuela", "Venezuelan", "Caracas", ("Maracaibo", "Barquisimeto"), "president", "AM"),
    Country("GUY", "Guyana", "Guyanese", "Georgetown", ("Linden", "Lethem"), "president", "AM"),
    Country("ECU", "Ecuador", "Ecuadorian", "Quito", ("Guayaquil", "Cuenca"), "president", "AM"),
    Country("PER", "Peru", "Peruvian", "Lima", ("Cusco", "Arequipa", "Puno"), "president", "AM"),
    Country("CHL", "Chile", "Chilean", "Santiago", ("Valparaiso", "Antofagasta"), "president", "AM"),
    Country("BRA", "Brazil", "Brazilian", "Brasilia", ("Sao Paulo", "Rio de Janeiro", "Manaus"), "president", "AM"),
    Country("ARG", "Argentina", "Argentine", "Buenos Aires", ("Cordoba", "Rosario", "Mendoza"), "president", "AM"),
    Country("HTI", "Haiti", "Haitian", "Port-au-Prince", ("Cap-Haitien", "Gonaives"), "prime minister", "AM"),
]
COUNTRIES: dict[str, Country] = {c.code: c for c in _COUNTRY_LIST}

ORGS: dict[str, Org] = {
    "UN": Org("IGOUNO", "the United Nations"),
    "EU": Org("IGOEUREEC", "the European Union"),
    "AU": Org("IGOAFRAFU", "the African Union"),
    "AL": Org("IGOARBALL", "the Arab League"),
    "ASEAN": Org("IGOSEAASN", "ASEAN"),
}

# who speaks up from outside, by region of the story
_THIRD = {
    "AF": ("UN", "AU", "EU", "USA", "FRA", "QAT", "TUR", "CHN"),
    "ME": ("UN", "AL", "EU", "QAT", "EGY", "FRA", "USA", "CHN"),
    "EU": ("UN", "EU", "TUR", "USA", "CHN", "FRA", "DEU"),
    "AS": ("UN", "ASEAN", "USA", "CHN", "JPN", "IND"),
    "AM": ("UN", "BRA", "MEX", "USA", "NOR", "EU"),
}
_DONORS = ("JPN", "DEU", "GBR", "USA", "ARE", "SAU", "QAT", "NOR", "FRA", "EU", "UN")
_MEDIATOR_CAPITALS = ("Doha", "Oslo", "Geneva", "Nairobi", "Addis Ababa", "Jeddah")

# Pairs of countries, with what stories between them can tell: "coop" (visits, talks,
# deals, aid), "tense" (also accusations, sanctions, threats, expulsions), "war" (also
# shelling, air strikes, border fire).
DYADS: tuple[tuple[str, str, str], ...] = (
    ("KEN", "UGA", "coop"), ("KEN", "TZA", "coop"), ("KEN", "ETH", "coop"),
    ("KEN", "SOM", "tense"), ("ETH", "ERI", "war"), ("ETH", "SOM", "coop"),
    ("EGY", "ETH", "tense"), ("EGY", "SDN", "coop"), ("SDN", "SSD", "war"),
    ("RWA", "COD", "war"), ("UGA", "COD", "coop"), ("NGA", "GHA", "coop"),
    ("NGA", "NER", "coop"), ("MLI", "DZA", "tense"), ("SEN", "MLI", "coop"),
    ("NER", "FRA", "tense"), ("DZA", "MAR", "tense"), ("ESP", "MAR", "coop"),
    ("ITA", "TUN", "coop"), ("EGY", "LBY", "coop"), ("TUR", "LBY", "coop"),
    ("ISR", "LBN", "war"), ("ISR", "SYR", "war"), ("ISR", "IRN", "tense"),
    ("TUR", "SYR", "war"), ("TUR", "IRQ", "tense"), ("SAU", "YEM", "war"),
    ("IRN", "SAU", "tense"), ("USA", "IRN", "tense"), ("EGY", "JOR", "coop"),
    ("QAT", "TUR", "coop"), ("SAU", "ARE", "coop"), ("QAT", "EGY", "coop"),
    ("IRQ", "IRN", "coop"), ("JOR", "IRQ", "coop"), ("ARE", "IND", "coop"),
    ("RUS", "UKR", "war"), ("POL", "UKR", "coop"), ("DEU", "UKR", "coop"),
    ("USA", "UKR", "coop"), ("FRA", "UKR", "coop"), ("GBR", "UKR", "coop"),
    ("GBR", "RUS", "tense"), ("FRA", "DEU", "coop"), ("GBR", "FRA", "coop"),
    ("RUS", "MDA", "tense"), ("RUS", "GEO", "tense"), ("POL", "BLR", "tense"),
    ("ARM", "AZE", "war"), ("TUR", "AZE", "coop"), ("SRB", "XKX", "tense"),
    ("GRC", "TUR", "tense"), ("CHN", "RUS", "coop"),
    ("CHN", "PHL", "tense"), ("CHN", "JPN", "tense"), ("USA", "JPN", "coop"),
    ("USA", "PHL", "coop"), ("JPN", "KOR", "coop"), ("KOR", "PRK", "tense"),
    ("IND", "PAK", "war"), ("IND", "CHN", "tense"), ("IND", "BGD", "coop"),
    ("IND", "JPN", "coop"), ("CHN", "PAK", "coop"), ("PAK", "AFG", "war"),
    ("THA", "MMR", "tense"), ("IDN", "MYS", "coop"), ("VNM", "KOR", "coop"),
    ("CHN", "VNM", "tense"), ("BGD", "MMR", "tense"),
    ("USA", "VEN", "tense"), ("VEN", "GUY", "tense"), ("COL", "VEN", "tense"),
    ("COL", "ECU", "coop"), ("BRA", "ARG", "coop"), ("PER", "CHL", "coop"),
    ("MEX", "GTM", "coop"), ("USA", "MEX", "coop"), ("BRA", "VEN", "coop"),
)

# Pairs with no land border between them: no border closures, border troops or
# border accusations in their stories
OVERSEAS = frozenset({
    ("NER", "FRA"), ("ITA", "TUN"), ("TUR", "LBY"), ("ISR", "IRN"), ("USA", "IRN"),
    ("QAT", "TUR"), ("QAT", "EGY"), ("ARE", "IND"), ("IRN", "SAU"), ("GBR", "RUS"),
    ("DEU", "UKR"), ("USA", "UKR"), ("FRA", "UKR"), ("GBR", "UKR"), ("GBR", "FRA"),
    ("RUS", "MDA"), ("CHN", "PHL"), ("CHN", "JPN"), ("USA", "JPN"), ("USA", "PHL"),
    ("JPN", "KOR"), ("IND", "JPN"), ("VNM", "KOR"), ("USA", "VEN"), ("EGY", "JOR"),
    ("NGA", "GHA"), ("EGY", "ETH"),
})
_BORDER_WORDS = ("border", "frontier", "neighbour")

# Towns near the front line of each pair at war, by country
FRONTIER: dict[tuple[str, str], dict[str, tuple[str, ...]]] = {
    ("ETH", "ERI"): {"ETH": ("Zalambessa", "Humera"), "ERI": ("Tesseney", "Senafe")},
    ("SDN", "SSD"): {"SDN": ("Kadugli", "Heglig"), "SSD": ("Bentiu", "Renk")},
    ("RWA", "COD"): {"RWA": ("Gisenyi", "Cyangugu"), "COD": ("Goma", "Bukavu")},
    ("ISR", "LBN"): {"ISR": ("Kiryat Shmona", "Metula"), "LBN": ("Tyre", "Nabatieh", "Marjayoun")},
    ("ISR", "SYR"): {"ISR": ("Katzrin",), "SYR": ("Quneitra", "Daraa")},
    ("TUR", "SYR"): {"TUR": ("Kilis", "Akcakale"), "SYR": ("Afrin", "Kobani", "Tal Abyad")},
    ("SAU", "YEM"): {"SAU": ("Jizan", "Najran"), "YEM": ("Saada", "Harad")},
    ("RUS", "UKR"): {"RUS": ("Belgorod", "Kursk"), "UKR": ("Kharkiv", "Sumy", "Kupiansk")},
    ("ARM", "AZE"): {"ARM": ("Goris", "Jermuk"), "AZE": ("Lachin", "Kalbajar", "Tovuz")},
    ("IND", "PAK"): {"IND": ("Poonch", "Rajouri", "Kupwara"), "PAK": ("Sialkot", "Kotli", "Muzaffarabad")},
    ("PAK", "AFG"): {"PAK": ("Chaman", "Parachinar"), "AFG": ("Spin Boldak", "Khost")},
}

# Armed groups: (as a subject, as the object of an accusation, as an adjective)
_REBELS = (("rebels", "rebels", "rebel"), ("insurgents", "insurgents", "insurgent"),
           ("separatist rebels", "rebels", "rebel"))
_JIHADISTS = (("militants", "militants", "militant"),
              ("jihadist fighters", "militants", "militant"),
              ("insurgents", "insurgents", "insurgent"))
_GANGS = (("gunmen", "gangs", "gang"), ("armed gang members", "gangs", "gang"))

# Countries with trouble at home: (country, its armed groups or (), whether street
# protests and strikes fit)
DOMESTIC: tuple[tuple[str, tuple[tuple[str, str, str], ...], bool], ...] = (
    ("KEN", (), True), ("NGA", _JIHADISTS, True), ("MLI", _JIHADISTS, False),
    ("BFA", _JIHADISTS, False), ("NER", _JIHADISTS, False), ("SOM", _JIHADISTS, False),
    ("SDN", _REBELS, True), ("SSD", _REBELS, False), ("COD", _REBELS, True),
    ("ETH", _REBELS, True), ("SEN", (), True), ("TUN", (), True), ("IRQ", _JIHADISTS, True),
    ("SYR", _REBELS, False), ("YEM", _REBELS, False), ("LBN", (), True), ("IRN", (), True),
    ("PAK", _JIHADISTS, True), ("AFG", _JIHADISTS, False), ("BGD", (), True),
    ("MMR", _REBELS, True), ("PHL", _REBELS, False), ("THA", _REBELS, True),
    ("IND", _REBELS, True), ("SRB", (), True), ("GEO", (), True), ("FRA", (), True),
    ("COL", _REBELS, True), ("PER", (), True), ("ARG", (), True), ("ECU", _GANGS, True),
    ("HTI", _GANGS, True), ("MEX", _GANGS, False), ("VEN", (), True), ("KOR", (), True),
)

OUTLETS: tuple[tuple[str, str], ...] = (
    ("Northern Wire", "northernwire.example"),
    ("Meridian News Agency", "meridian-news.example"),
    ("Coastline Press", "coastlinepress.example"),
    ("The Daily Ledger", "dailyledger.example"),
    ("Continental Dispatch", "continentaldispatch.example"),
    ("Crescent Bulletin", "crescentbulletin.example"),
    ("Pacific Courier", "pacificcourier.example"),
    ("Atlas Report", "atlasreport.example"),
    ("Capital Signal", "capitalsignal.example"),
    ("Horizon Newswire", "horizonnewswire.example"),
)

_TOPICS = (
    "border security", "trade", "energy cooperation", "water sharing", "migration",
    "counter-terrorism cooperation", "regional security", "a new railway link",
    "fisheries", "electricity exports", "food security", "investment",
)
_ACCUSATIONS = (
    "backing rebels along the border", "meddling in its internal affairs",
    "violating its airspace", "harbouring armed groups", "spying on its military bases",
    "smuggling weapons across the border", "stoking unrest in border areas",
)
_INCIDENTS = (
    "the detention of its citizens", "the seizure of a fishing boat",
    "a border incident", "remarks by a senior official", "the treatment of its diplomats",
)
_REASONS = (
    "human rights abuses", "its military build-up", "election fraud",
    "the detention of opposition figures", "its support for armed groups",
)
_WARNINGS = (
    "escalating the conflict", "any further provocation", "crossing the border",
    "deploying more troops to the frontier",
)
_DEMANDS = (
    "halt military drills near the border", "withdraw its troops from the frontier",
    "free detained sailors", "end its naval patrols",
)
_POLICIES = (
    "raise fuel prices", "raise taxes", "scrap fuel subsidies", "delay the elections",
    "change the constitution", "privatise the state water company",
)
_GRIEVANCES = (
    "lower food prices", "the release of detained activists", "higher wages",
    "an end to power cuts", "early elections",
)
_DISPUTES = (
    "a stretch of their shared border", "fishing rights", "a river dam",
    "grazing land along the frontier", "the treatment of minorities",
)
_ROLES = (
    "the regional peace process", "hosting refugees", "mediating in the region",
    "fighting drug trafficking",
)
_BLOCS = ("the regional trade bloc", "the regional customs union", "the regional security pact")
_CRIMES = ("cross-border smuggling", "drug trafficking", "people smuggling", "arms trafficking")
_MONEY = ("$50 million", "$120 million", "$200 million", "$1 billion", "$350 million")
_NUM_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine")
_NUM_DIGITS = ("12", "14", "15", "20", "23", "30", "40", "45")
_CROWDS = ("Thousands of", "Hundreds of", "Several thousand")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
)
_YEARS = tuple(range(1994, 2020))

# -- sentence templates -------------------------------------------------------------------
# A template is (text, expected events). Slots name a kind and a side: A and B are the
# two countries of a pair story, X the country of a home story, C someone from outside
# (a country or an organisation), D a donor.
#   name_A "Kenya"; adj_A "Kenyan"; poss_A "Kenya's"; cap_A its capital; city_A a city
#   (one per article); gs_A a government that acts; go_A a government acted on;
#   ps_A / po_A a leader or minister who acts / is acted on; ms_A troops; as_A warplanes;
#   min_A / dmin_A the foreign / defence ministry; {when} " on Monday", " last week", "".
# Expected events are (CAMEO root, source side, target side or None; "" for a source the
# text does not tie to a side): what `eventwire explain` showed for the template when it
# was written. A lead carries headline templates too.
Expect = tuple[tuple[str, str, "str | None"], ...]
Template = tuple[str, Expect]
Lead = tuple[str, Expect, tuple[str, ...]]

COOP_LEADS: list[Lead] = [
    ("{ps_A} met {po_B} in {cap_B}{when} to discuss {topic}.", (("04", "A", "B"),),
     ("{adj_A} and {adj_B} leaders discuss {topic}", "{name_A}, {name_B} talk {topic} in {cap_B}")),
    ("{ps_A} held talks with {po_B} in {cap_A}{when}, focusing on {topic}.", (("04", "A", "B"),),
     ("{name_A} hosts {adj_B} talks on {topic}", "{adj_A}, {adj_B} officials hold talks")),
    ("{name_A} and {name_B} resumed talks on {topic} in {cap_B}{when}.", (("04", "A", "B"),),
     ("{name_A} and {name_B} resume talks on {topic}",)),
    ("{ps_A} spoke by phone with {po_B}{when} about {topic}.", (("04", "A", "B"),),
     ("{adj_A} and {adj_B} leaders speak by phone",)),
    ("{ps_A} telephoned {po_B}{when} to discuss {topic}.", (("04", "A", "B"),),
     ("{adj_A}, {adj_B} leaders discuss {topic} by phone",)),
    ("{ps_A} arrived in {cap_B}{when} for a two-day visit.", (("04", "A", "B"),),
     ("{adj_A} minister arrives in {cap_B}", "{adj_A} visit to {cap_B} begins")),
    ("{ps_A} visited {cap_B}{when}, the first such visit in five years.", (("04", "A", "B"),),
     ("{adj_A} leader makes rare visit to {cap_B}",)),
    ("{ps_B} hosted {po_A} in {cap_B}{when}.", (("04", "B", "A"),),
     ("{cap_B} hosts {adj_A} delegation",)),
    ("{name_A} and {name_B} signed an agreement on {topic} in {cap_B}{when}.", (("05", "A", "B"),),
     ("{name_A}, {name_B} sign {topic} agreement", "{adj_A}-{adj_B} deal on {topic} signed")),
    ("{gs_A} signed a trade agreement with {go_B}{when}.", (("06", "A", "B"),),
     ("{name_A} and {name_B} sign trade deal",)),
    ("{gs_A} pledged humanitarian aid to {go_B}{when}.", (("03", "A", "B"),),
     ("{name_A} pledges aid to {name_B}",)),
    ("{gs_A} sent {n} tonnes of food and medicine to {go_B}{when}.", (("07", "A", "B"),),
     ("{adj_A} aid shipment reaches {name_B}", "{name_A} sends food aid to {name_B}")),
    ("{gs_A} delivered a new shipment of weapons to {go_B}{when}.", (("07", "A", "B"),),
     ("{name_A} delivers more weapons to {name_B}",)),
    ("{gs_A} pledged {money} in economic assistance to {go_B}{when}.", (("03", "A", "B"),),
     ("{name_A} pledges {money} to {name_B}",)),
    ("{gs_A} offered {go_B} a loan of {money} to support its budget.", (("03", "A", "B"),),
     ("{name_A} offers {name_B} {money} loan",)),
    ("{gs_A} held joint military exercises with {go_B} near {city_B}{when}.", (("06", "A", "B"),),
     ("{adj_A} and {adj_B} forces hold joint drills",)),
    ("{gs_A} agreed to share intelligence with {go_B} on {crime}.", (("03", "A", "B"),),
     ("{name_A}, {name_B} to share intelligence",)),
    ("{ps_A} praised {go_B} for its role in {role}.", (("05", "A", "B"),),
     ("{adj_A} leader praises {name_B}",)),
    ("{ps_A} invited {po_B} to visit {cap_A}.", (("03", "A", "B"),),
     ("{name_A} invites {adj_B} leader",)),
    ("{ps_A} will travel to {cap_B} next week for talks on {topic}, {min_A} said.", (("03", "A", "B"),),
     ("{adj_A} minister to visit {cap_B}",)),
    ("{gs_A} released {n} {adj_B} fishermen{when} as a goodwill gesture.", (("08", "A", "B"),),
     ("{name_A} frees {adj_B} fishermen",)),
    ("{gs_A} agreed to restore full diplomatic relations with {go_B}, ending a dispute over {dispute}.", (("03", "A", "B"),),
     ("{name_A} and {name_B} to restore ties",)),
]
# what neighbours at odds may still do: the first eight (meetings, calls, visits)
_TALKS_ONLY = 8

COOP_FOLLOWS: list[Template] = [
    ('"We are ready to deepen our cooperation with {name_B}," {ps_A} told reporters.', (("03", "A", "B"),)),
    ("{ps_B} thanked {name_A} for its support.", (("05", "B", "A"),)),
    ("{gs_A} expressed support for {poss_B} bid to join {bloc}.", (("03", "A", "B"),)),
    ("{ps_A} said {name_A} was optimistic about the talks with {name_B}.", (("01", "A", "B"),)),
    ("{ps_A} expressed optimism about relations with {name_B}.", (("01", "A", "B"),)),
    ("{gs_A} also promised to help {go_B} rebuild roads and bridges.", (("03", "A", "B"),)),
]

DISPUTE_LEADS: list[Lead] = [
    ("{gs_A} accused {go_B}{when} of {accusation}.", (("11", "A", "B"),),
     ("{name_A} accuses {name_B} of {accusation}", "{adj_A} accusation angers {cap_B}")),
    ("{gs_A} accused {go_B} of {accusation}, {min_A} said in a statement.", (("11", "A", "B"),),
     ("{name_A} accuses {name_B} of {accusation}",)),
    ("{gs_A} condemned {go_B}{when} over {incident}.", (("11", "A", "B"),),
     ("{name_A} condemns {name_B} over {incident}",)),
    ("{gs_A} imposed new sanctions on {go_B}{when} over {reason}.", (("16", "A", "B"),),
     ("{name_A} slaps new sanctions on {name_B}", "New {adj_A} sanctions target {name_B}")),
    ("{gs_A} threatened to impose sanctions on {go_B} over {reason}.", (("13", "A", "B"),),
     ("{name_A} threatens {name_B} with sanctions",)),
    ("{ps_A} warned {go_B} against {warning}.", (("13", "A", "B"),),
     ("{name_A} warns {name_B} against {warning}",)),
    ("{gs_A} threatened {go_B} with military action{when}.", (("13", "A", "B"),),
     ("{name_A} threatens military action against {name_B}",)),
    ("{gs_A} expelled {n} {adj_B} diplomats{when}.", (("16", "A", "B"),),
     ("{name_A} expels {adj_B} diplomats",)),
    ("{gi_A} recalled its ambassador from {cap_B}{when}.", (("16", "A", "B"),),
     ("{name_A} recalls envoy from {cap_B}",)),
    ("{gs_A} summoned the {adj_B} ambassador{when} over {incident}.", (("11", "A", "B"),),
     ("{name_A} summons {adj_B} envoy",)),
    ("{gi_A} closed its border with {go_B}{when}.", (("19", "A", "B"),),
     ("{name_A} shuts border with {name_B}",)),
    ("{gs_A} suspended talks with {go_B} on {topic}{when}.", (("16", "A", "B"),),
     ("{name_A} suspends talks with {name_B}",)),
    ("{gs_A} cut off electricity exports to {go_B}{when}.", (("16", "A", "B"),),
     ("{name_A} halts power exports to {name_B}",)),
    ("{gs_A} rejected {poss_B} proposal for talks on {topic}.", (("12", "A", "B"),),
     ("{name_A} rejects {adj_B} offer of talks",)),
    ("{gs_A} rejected calls from {go_B} to {demand}.", (("12", "A", "B"),),
     ("{name_A} rebuffs {adj_B} demands",)),
    ("{gi_A} deployed additional troops to its border with {go_B}{when}.", (("15", "A", "B"),),
     ("{name_A} sends more troops to {adj_B} border",)),
    ("{adj_A} police arrested {n} {adj_B} nationals{when} on suspicion of spying.", (("17", "A", "B"),),
     ("{name_A} arrests {adj_B} nationals over spying",)),
    ("{gs_A} filed a formal complaint against {go_B} with the United Nations.", (("11", "A", None),),
     ("{name_A} complains to U.N. about {name_B}",)),
    ("{gi_A} demanded the release of {n} of its citizens detained in {name_B}.", (("10", "A", "B"),),
     ("{name_A} demands release of citizens held in {name_B}",)),
    ("{gs_A} expressed concern over {poss_B} military build-up near the border.", (("01", "A", "B"),),
     ("{name_A} voices concern over {adj_B} build-up",)),
]

DISPUTE_FOLLOWS: list[Template] = [
    ("{gs_B} summoned the {adj_A} ambassador in response.", (("11", "B", "A"),)),
    ("{gs_B} responded by expelling {n} {adj_A} diplomats.", (("16", "B", "A"),)),
    ("{gs_B} accused {go_A} of {accusation}.", (("11", "B", "A"),)),
    ('"{name_B} must stop its provocations," {min_A} said in a statement.', (("10", "A", "B"),)),
    ("{name_A} is willing to hold talks with {name_B}, {min_A} said in a statement.", (("03", "A", "B"),)),
    ("{gs_C} urged {name_A} and {name_B} to resolve the dispute through dialogue.", (("02", "C", "A"),)),
    ("{gs_C} expressed concern over the tensions between {name_A} and {name_B}.", (("01", "C", "A"),)),
    ("{gs_C} offered to mediate between {name_A} and {name_B}.", (("03", "C", "A"),)),
]

CLASH_LEADS: list[Lead] = [
    ("{ms_A} shelled {adj_B} positions near {city_B}{when}.", (("19", "A", "B"),),
     ("{adj_A} forces shell {adj_B} positions", "Shelling near {city_B} as tensions rise")),
    ("{ms_A} shelled the {adj_B} town of {city_B}{when}, {dmin_B} said.", (("19", "A", "B"),),
     ("{name_B} says {adj_A} shells hit {city_B}",)),
    ("{as_A} carried out air strikes on {adj_B} military targets near {city_B}{when}.", (("19", "A", None),),
     ("{adj_A} air strikes hit targets near {city_B}", "{name_A} launches air strikes on {name_B}")),
    ("{as_A} struck {adj_B} military positions near {city_B}{when}.", (("19", "A", "B"),),
     ("{adj_A} jets strike near {city_B}",)),
    ("{ms_A} opened fire on {adj_B} border posts near {city_B}{when}.", (("19", "A", "B"),),
     ("Border fire near {city_B}", "{adj_A} troops fire on {adj_B} posts")),
    ("{ms_A} attacked {adj_B} positions near {city_B}{when}.", (("19", "A", "B"),),
     ("{adj_A} attack on {adj_B} positions near {city_B}",)),
    ("{ms_A} violated the ceasefire with {go_B}{when}, {dmin_B} said.", (("19", "A", "B"),),
     ("{name_B} accuses {name_A} of ceasefire breach",)),
    ("{ms_A} fired rockets at {adj_B} border villages near {city_B}{when}.", (("19", "A", "B"),),
     ("Rockets hit {adj_B} villages near {city_B}",)),
]

CLASH_FOLLOWS: list[Template] = [
    ("{gs_B} accused {go_A} of shelling civilian areas.", (("11", "B", "A"),)),
    ("{gs_B} condemned the {adj_A} attacks on {city_B}.", (("11", "B", "A"),)),
    ("{ms_B} shelled {adj_A} positions in response.", (("19", "B", "A"),)),
    ("{gs_C} called for an immediate ceasefire between {name_A} and {name_B}.", (("02", "C", "A"),)),
    ("{gs_C} urged {name_A} and {name_B} to exercise restraint.", (("02", "C", "A"),)),
    ("{gs_C} expressed concern over the fighting between {name_A} and {name_B}.", (("01", "C", "A"),)),
    ("{gs_C} offered to mediate between {name_A} and {name_B}.", (("03", "C", "A"),)),
    ('"{name_A} must stop its attacks on our territory," {min_B} said in a statement.', (("10", "B", "A"),)),
]

UNREST_LEADS: list[Lead] = [
    ("{crowd} people rallied in {city_X}{when} against the {adj_X} government's plan to {policy}.", (("14", "X", "X"),),
     ("Protesters rally in {city_X} against plan to {policy}", "Protests in {city_X} over plan to {policy}")),
    ("Protesters marched through the streets of {city_X}{when}, demanding {grievance}.", (("14", "X", None),),
     ("Protesters in {city_X} demand {grievance}",)),
    ("Teachers in {city_X} went on strike{when} over unpaid salaries.", (("14", "X", None),),
     ("{adj_X} teachers strike over pay",)),
    ("Transport workers staged a nationwide strike in {name_X}{when}.", (("14", "X", None),),
     ("Transport strike paralyses {name_X}",)),
    ("{crowd} opposition supporters protested outside parliament in {cap_X}{when}.", (("14", "X", None),),
     ("Opposition rally outside {adj_X} parliament",)),
    ("Police fired tear gas to disperse protesters in {city_X}{when}.", (("17", "X", "X"),),
     ("Police tear-gas protesters in {city_X}",)),
    ("Police in {city_X} arrested {n} opposition activists{when}.", (("17", "X", "X"),),
     ("{adj_X} police detain opposition activists",)),
    ("Opposition leaders demanded the resignation of the {adj_X} interior minister{when}.", (("10", "X", "X"),),
     ("{adj_X} opposition demands minister quit",)),
]

UNREST_FOLLOWS: list[Template] = [
    ("Protesters threw stones at police in {city_X}.", (("14", "X", "X"),)),
    ("Police arrested {n} people, the {adj_X} interior ministry said.", (("17", "X", "X"),)),
    ("The {adj_X} authorities imposed a curfew in {city_X}.", (("17", "X", None),)),
    ("The {adj_X} government called on protesters to end the demonstrations.", (("02", "X", "X"),)),
    ("The {adj_X} {leader_X} offered to hold talks with opposition leaders.", (("03", "X", "X"),)),
    ("Amnesty International accused {adj_X} police of using excessive force.", (("11", "", "X"),)),
    ("{gs_C} urged the {adj_X} authorities to respect the right to peaceful protest.", (("02", "C", "X"),)),
    ("Opposition leaders called for a general strike.", (("14", "", None),)),
]

INSURGENCY_LEADS: list[Lead] = [
    ("{Reb} attacked an army base near {city_X}{when}, killing {n} soldiers, the {adj_X} army said.", (("19", "X", "X"),),
     ("{adj_X} soldiers killed in attack near {city_X}", "Attack on army base near {city_X}")),
    ("{Reb} ambushed a military convoy near {city_X}{when}, the {adj_X} army said.", (("19", "X", None),),
     ("Convoy ambushed near {city_X}",)),
    ("{Reb} detonated a roadside bomb near {city_X}{when}, wounding {n} {adj_X} soldiers.", (("18", "X", None),),
     ("Roadside bomb wounds {adj_X} soldiers near {city_X}",)),
    ("Gunmen abducted {n} aid workers near {city_X} in {name_X}{when}.", (("18", "X", "X"),),
     ("Aid workers abducted in {name_X}",)),
    ("{as_X} carried out air strikes on {reb_adj} hideouts near {city_X}{when}.", (("19", "X", None),),
     ("{adj_X} air strikes hit {reb_adj} hideouts", "Air strikes near {city_X}")),
    ("The {adj_X} army shelled rebel-held villages near {city_X}{when}.", (("19", "X", "X"),),
     ("{adj_X} army shells villages near {city_X}",)),
    ("A car bomb exploded near a police station in {city_X}{when}, {adj_X} officials said.", (("18", "", None),),
     ("Car bomb hits {city_X}",)),
    ("The {adj_X} government resumed peace talks with {adj_X} rebels in {mcap}{when}.", (("04", "X", "X"),),
     ("{adj_X} government, rebels resume talks",)),
    ("Rebels in {name_X} declared a unilateral ceasefire{when}.", (("08", "X", None),),
     ("{adj_X} rebels declare ceasefire",)),
    ("The {adj_X} government released {n} rebel prisoners{when} as a goodwill gesture.", (("08", "X", "X"),),
     ("{name_X} frees rebel prisoners",)),
]

INSURGENCY_FOLLOWS: list[Template] = [
    ("{gs_C} condemned the attack on {adj_X} troops.", (("11", "C", "X"),)),
    ("{gs_C} expressed concern over the violence in {name_X}.", (("01", "C", "X"),)),
    ("{gs_D} pledged humanitarian aid to {name_X}.", (("03", "D", "X"),)),
    ("The {adj_X} government accused the {reb_plain} of targeting civilians.", (("11", "X", "X"),)),
    ("The {adj_X} army said it had killed {n2} {reb_plain} in a counter-offensive.", (("19", "X", "X"),)),
    ("The {adj_X} authorities imposed a curfew in {city_X}.", (("17", "X", None),)),
    ("{gs_C} called on the {adj_X} government and the rebels to return to talks.", (("02", "C", "X"),)),
    ("{gs_C} offered to mediate between the {adj_X} government and the rebels.", (("03", "C", "X"),)),
]

# background: what the story recalls, never the news of the day
HOSTILE_BACKGROUND: list[Template] = [
    ("{name_A} has long accused {name_B} of {accusation}.", (("11", "A", "B"),)),
    ("{name_A} and {name_B} have been at odds for decades over {dispute}.", ()),
    ("The two countries fought a border war in {year}.", ()),
    ("Relations between the two countries have been strained since {year}.", ()),
    ("The border between the two countries has been closed since {year}.", ()),
    ("Diplomatic contacts between the two governments have been rare since {year}.", ()),
]
FRIENDLY_BACKGROUND: list[Template] = [
    ("Relations between the two countries have improved since {year}.", ()),
    ("{name_A} is one of {poss_B} largest trading partners.", ()),
    ("The two governments restored diplomatic ties in {year} after years of tension.", ()),
    ("{name_A} and {name_B} signed a friendship treaty in {year}.", (("05", "A", "B"),)),
    ("Both countries are members of {bloc}.", ()),
]
WAR_BACKGROUND: list[Template] = [
    ("The insurgency began in {year} and has killed thousands of people.", ()),
    ("Rights groups say thousands of people have been displaced by the violence.", ()),
    ("{name_X} has faced years of economic hardship and political turmoil.", ()),
]
UNREST_BACKGROUND: list[Template] = [
    ("The cost of living has risen sharply in recent months.", ()),
    ("{name_X} has faced years of economic hardship and political turmoil.", ()),
    ("The next general election is due in {next_year}.", ()),
]
# sentences that carry no event, by kind of story
FILLER: dict[str, tuple[str, ...]] = {
    "any": (
        "Officials gave no further details.",
        "The statement did not give a timeline.",
        "It was not immediately possible to verify the report independently.",
    ),
    "coop": (
        "The talks were expected to focus on trade, energy and border security.",
        '"This agreement opens a new chapter in our relations," {ps_A} told reporters.',
        "Officials from both sides described the meeting as cordial.",
        "Trade between the two countries reached {money} last year, according to official figures.",
        "The visit comes amid efforts to expand trade links in the region.",
        "Both delegations included ministers responsible for energy and transport.",
    ),
    "dispute": (
        '"We will defend our sovereignty by all means," the {adj_A} defence minister said.',
        "Diplomats in the region fear the row could escalate.",
        "The dispute has unsettled investors in both countries.",
        "Analysts said the row was unlikely to be resolved quickly.",
    ),
    "clash": (
        "There was no immediate word on casualties.",
        "Residents of border villages said they had spent the night in basements.",
        "Local officials said several houses had been damaged.",
        "The claims could not be independently verified.",
    ),
    "unrest": (
        "Witnesses said the streets were calm by evening.",
        "Shops in the city centre stayed shut for most of the day.",
        "Organisers said more demonstrations were planned for the coming days.",
        "Local television showed crowds waving flags and chanting slogans.",
    ),
    "insurgency": (
        "There was no immediate word on casualties among civilians.",
        "The area has seen repeated violence in recent months.",
        "Hospital sources said several of the wounded were in critical condition.",
        "Access to the region is restricted, making independent verification difficult.",
        "Schools and government offices in the area were closed.",
    ),
}
# fmt: on

_STORIES = ("coop", "dispute", "clash", "unrest", "insurgency")
_STORY_WEIGHTS = (30, 22, 14, 17, 17)


# -- slots ----------------------------------------------------------------------------------
class _Slots(dict):  # type: ignore[type-arg]
    """Slot values of one sentence, made on first use: actor forms vary sentence by
    sentence; places, topics and numbers stay fixed for the article (``fixed``)."""

    def __init__(
        self,
        rng: random.Random,
        sides: dict[str, Country | Org],
        fixed: dict[str, str],
    ) -> None:
        super().__init__(fixed)
        self.rng = rng
        self.sides = sides

    def __missing__(self, key: str) -> str:
        kind, _, side = key.rpartition("_")
        party = self.sides.get(side)
        if not kind or party is None:
            raise KeyError(key)
        value = _form(self.rng, kind, party)
        self[key] = value
        return value


def _form(rng: random.Random, kind: str, p: Country | Org) -> str:
    """One way of naming ``p`` in the role ``kind`` (see the slot names above)."""
    if isinstance(p, Org):
        if kind in ("gs", "go", "name"):
            return p.name
        raise KeyError(kind)
    r = rng.random()
    if kind == "name":
        return p.name
    if kind == "adj":
        return p.adj
    if kind == "cap":
        return p.capital
    if kind == "poss":
        return p.poss or f"{p.name}'s"
    if kind == "leader":
        return p.leader
    if kind == "min":
        return f"the {p.adj} foreign ministry"
    if kind == "dmin":
        return f"the {p.adj} defence ministry"
    if kind == "gs":  # a government that acts
        if r < 0.45:
            return p.name
        if r < 0.6:
            return f"the {p.adj} government"
        if r < 0.75:
            return f"the {p.adj} {p.fm}"
        if r < 0.85:
            return f"the {p.adj} {p.leader}"
        if r < 0.93:
            return f"the {p.adj} foreign ministry"
        return p.capital
    if kind == "gi":  # a government as a body ("... recalled its ambassador")
        if r < 0.65:
            return p.name
        if r < 0.9:
            return f"the {p.adj} government"
        return p.capital
    if kind == "go":  # a government acted on
        if r < 0.7:
            return p.name
        if r < 0.9:
            return f"the {p.adj} government"
        return p.capital
    if kind == "ps":  # a person who acts
        if r < 0.45:
            return f"the {p.adj} {p.fm}"
        if r < 0.85:
            return f"the {p.adj} {p.leader}"
        return f"{p.poss or p.name + chr(39) + 's'} {p.fm}"
    if kind == "po":  # a person acted on
        if r < 0.35:
            return f"{rng.choice(('his', 'her'))} {p.adj} counterpart"
        if r < 0.7:
            return f"the {p.adj} {p.leader}"
        return f"the {p.adj} {p.fm}"
    if kind == "ms":
        return rng.choice(
            (
                f"{p.adj} troops",
                f"{p.adj} forces",
                f"the {p.adj} army",
                f"{p.adj} soldiers",
            )
        )
    if kind == "as":
        return rng.choice(
            (f"{p.adj} warplanes", f"{p.adj} fighter jets", f"the {p.adj} air force")
        )
    raise KeyError(kind)


# -- dates ----------------------------------------------------------------------------------
def _pick_when(rng: random.Random, pub: date) -> tuple[str, int]:
    """A time style for the news of the article and how many days before ``pub`` it is."""
    r = rng.random()
    if r < 0.55:
        return "weekday", rng.randint(1, 6)
    if r < 0.7:
        return "none", 0
    if r < 0.77:
        return "yesterday", 1
    if r < 0.84 and pub.weekday() >= 2:
        return "this_week", rng.randint(1, pub.weekday())
    if r < 0.9:
        return "last_week", pub.weekday() + rng.randint(1, 7)
    if r < 0.95 and pub.day > 8:
        return "this_month", rng.randint(2, pub.day - 1)
    if pub.day > 8:
        return "month", rng.randint(2, pub.day - 1)
    return "weekday", rng.randint(1, 6)


def _when_text(style: str, back: int, pub: date) -> str:
    day = pub - timedelta(days=back)
    if style == "weekday":
        return f" on {_WEEKDAYS[day.weekday()]}"
    if style == "yesterday":
        return " yesterday"
    if style == "this_week":
        return " earlier this week"
    if style == "last_week":
        return " last week"
    if style == "this_month":
        return " earlier this month"
    if style == "month":
        return f" in {_MONTHS[day.month - 1]}"
    if style == "date":
        return f" on {_MONTHS[day.month - 1]} {day.day}"
    return ""


_MONTH_OK = re.compile(r"\{(?:cap|city)_[ABX]\}\{when\}")


def _retold(style: str, back: int, pub: date) -> tuple[str, int]:
    """The same day told one day later (``pub`` is the new publication day)."""
    back += 1
    day = pub - timedelta(days=back)
    if back <= 6:
        return "weekday", back
    monday = pub - timedelta(days=pub.weekday())
    if monday - timedelta(days=7) <= day < monday:
        return "last_week", back
    if day.month == pub.month and style in ("this_month", "month"):
        return style, back
    return "date", back


# -- articles -------------------------------------------------------------------------------
class _Story(NamedTuple):
    kind: str
    sides: dict[str, Country | Org]
    fixed: dict[str, str]
    lead: Lead
    style: str
    back: int
    rest: list[tuple[str, Expect]]


def _num(rng: random.Random) -> str:
    return rng.choice(_NUM_WORDS) if rng.random() < 0.6 else rng.choice(_NUM_DIGITS)


def _third(rng: random.Random, region: str, taken: set[str]) -> Country | Org:
    while True:
        key = rng.choice(_THIRD[region])
        if key not in taken:
            return ORGS[key] if key in ORGS else COUNTRIES[key]


def _donor(rng: random.Random, taken: set[str]) -> Country | Org:
    while True:
        key = rng.choice(_DONORS)
        if key not in taken:
            return ORGS[key] if key in ORGS else COUNTRIES[key]


def _inland(items: Sequence[_T]) -> list[_T]:
    """The phrases or templates that speak of no shared border."""
    out = []
    for item in items:
        text = item if isinstance(item, str) else item[0]  # type: ignore[index]
        if not any(w in text for w in _BORDER_WORDS):  # type: ignore[operator]
            out.append(item)
    return out


def _story(rng: random.Random, pub: date) -> _Story:
    kind = rng.choices(_STORIES, _STORY_WEIGHTS)[0]
    fixed: dict[str, str] = {
        "topic": rng.choice(_TOPICS),
        "accusation": rng.choice(_ACCUSATIONS),
        "incident": rng.choice(_INCIDENTS),
        "reason": rng.choice(_REASONS),
        "warning": rng.choice(_WARNINGS),
        "demand": rng.choice(_DEMANDS),
        "dispute": rng.choice(_DISPUTES),
        "role": rng.choice(_ROLES),
        "money": rng.choice(_MONEY),
        "bloc": rng.choice(_BLOCS),
        "crime": rng.choice(_CRIMES),
        "year": str(rng.choice(_YEARS)),
        "next_year": str(pub.year + rng.randint(1, 3)),
        "n": _num(rng),
        "n2": rng.choice(_NUM_DIGITS),
        "crowd": rng.choice(_CROWDS),
        "mcap": rng.choice(_MEDIATOR_CAPITALS),
        "policy": rng.choice(_POLICIES),
        "grievance": rng.choice(_GRIEVANCES),
    }
    sides: dict[str, Country | Org] = {}
    rest: list[tuple[str, Expect]] = []
    if kind in ("coop", "dispute", "clash"):
        want = {
            "coop": ("coop", "tense"),
            "dispute": ("tense", "war"),
            "clash": ("war",),
        }
        pairs = [d for d in DYADS if d[2] in want[kind]]
        a, b, _tone = rng.choice(pairs)
        if rng.random() < 0.5:
            a, b = b, a
        ca, cb = COUNTRIES[a], COUNTRIES[b]
        sides.update(A=ca, B=cb, C=_third(rng, ca.region, {a, b}))
        overseas = (a, b) in OVERSEAS or (b, a) in OVERSEAS
        if overseas:
            for key, words in (
                ("accusation", _ACCUSATIONS),
                ("warning", _WARNINGS),
                ("demand", _DEMANDS),
            ):
                fixed[key] = rng.choice(_inland(words))
        front = FRONTIER.get((a, b)) or FRONTIER.get((b, a)) or {}
        fixed.update(
            city_A=rng.choice(front.get(a, ca.cities)),
            city_B=rng.choice(front.get(b, cb.cities)),
        )
        leads, follows = {
            "coop": (COOP_LEADS, COOP_FOLLOWS),
            "dispute": (DISPUTE_LEADS, DISPUTE_FOLLOWS),
            "clash": (CLASH_LEADS, CLASH_FOLLOWS),
        }[kind]
        if kind == "coop" and _tone == "tense":  # countries at odds still talk
            leads = leads[:_TALKS_ONLY]
        hostile = kind != "coop" or _tone != "coop"
        background = HOSTILE_BACKGROUND if hostile else FRIENDLY_BACKGROUND
        if overseas:
            leads, follows = _inland(leads), _inland(follows)
            background = _inland(background)
        rest += rng.sample(follows, rng.choice((1, 1, 1, 1, 2)))
        if kind == "clash" and rng.random() < 0.4:
            rest += rng.sample(DISPUTE_FOLLOWS, 1)
    else:
        places = [d for d in DOMESTIC if (d[1] if kind == "insurgency" else d[2])]
        x, groups, _ = rng.choice(places)
        cx = COUNTRIES[x]
        sides.update(X=cx, C=_third(rng, cx.region, {x}), D=_donor(rng, {x}))
        fixed.update(city_X=rng.choice((*cx.cities, cx.capital)))
        if kind == "insurgency":
            subject, plain, adj = rng.choice(groups)
            fixed.update(Reb=_cap(subject), reb_plain=plain, reb_adj=adj)
            leads, follows = INSURGENCY_LEADS, INSURGENCY_FOLLOWS
            if groups is not _REBELS:  # only rebels hold peace talks
                leads = [t for t in leads if "rebel" not in t[0].lower()]
                follows = [t for t in follows if "rebel" not in t[0].lower()]
        else:
            leads, follows = UNREST_LEADS, UNREST_FOLLOWS
        rest += rng.sample(follows, rng.choice((1, 1, 1, 1, 2)))
        background = WAR_BACKGROUND if kind == "insurgency" else UNREST_BACKGROUND
        overseas = False
    # background and sentences with no event: 3 to 8 sentences in all
    rest += rng.sample(background, rng.choices((0, 1, 2), (30, 45, 25))[0])
    filler = [(t, ()) for t in FILLER[kind] + FILLER["any"]]
    if overseas:
        filler = _inland(filler)
    rest += rng.sample(filler, rng.choices((0, 1, 2, 3), (10, 35, 35, 20))[0])
    del rest[7:]
    lead = rng.choice(leads)
    style, back = _pick_when(rng, pub)
    if style == "month" and not _MONTH_OK.search(lead[0]):
        style, back = "weekday", min(back, 6)
    rng.shuffle(rest)
    return _Story(kind, sides, fixed, lead, style, back, rest)


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:] if s[:1] != '"' else s[:2].upper() + s[2:]


class Written(NamedTuple):
    """An article with, for each sentence, its template and the events it was written
    to carry (for checking the corpus against the coder), and the parties it names."""

    article: dict[str, str]
    sentences: list[tuple[str, Expect, str]]  # (sentence, expected events, template)
    sides: dict[str, Country | Org]


_DASHES = (" - ", " - ", " \u2014 ", " -- ")


def _dateline(story: _Story) -> str:
    """Where the lead happened, else the capital of the side that acts."""
    lead = story.lead[0]
    for slot in ("city_B", "city_X"):
        if "{" + slot + "}" in lead:
            return story.fixed[slot]
    for slot, side in (("cap_B", "B"), ("cap_A", "A"), ("cap_X", "X")):
        if "{" + slot + "}" in lead:
            return story.sides[side].capital  # type: ignore[union-attr]
    return story.sides.get("X", story.sides.get("A")).capital  # type: ignore[union-attr]


def _render(
    rng: random.Random,
    story: _Story,
    pub: date,
    outlet: int,
    index: int,
    seed: int,
    lead_seed: str,
) -> Written:
    """One article. The lead's wording comes from ``lead_seed``: a retelling that
    shares it shares the wire copy's first sentence."""
    fixed = dict(story.fixed, when=_when_text(story.style, story.back, pub))
    fixed["leader_X"] = getattr(story.sides.get("X"), "leader", "president")
    text, expect, heads = story.lead
    lead_rng = random.Random(lead_seed)
    sentences = [
        (_cap(text.format_map(_Slots(lead_rng, story.sides, fixed))), expect, text)
    ]
    for text, expect in story.rest:
        sentence = _cap(text.format_map(_Slots(rng, story.sides, fixed)))
        sentences.append((sentence, expect, text))
    if len(sentences) < 3:
        used = {t for _, _, t in sentences}
        pool = [f for f in FILLER["any"] if f not in used]
        sentences += [(f, (), f) for f in rng.sample(pool, 3 - len(sentences))]
    title = _cap(rng.choice(heads).format_map(_Slots(rng, story.sides, fixed)))
    name, domain = OUTLETS[outlet]
    if rng.random() < 0.3:
        first, expect, text = sentences[0]
        dash = rng.choice(_DASHES)
        sentences[0] = (
            f"{_dateline(story).upper()} ({name}){dash}{first}",
            expect,
            text,
        )
    paragraphs: list[str] = []
    i = 0
    while i < len(sentences):
        take = 2 if i > 0 and rng.random() < 0.3 else 1
        paragraphs.append(" ".join(s for s, _, _ in sentences[i : i + take]))
        i += take
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60]
    article = {
        "id": f"cw{seed}-{index:06d}",
        "title": title,
        "text": "\n\n".join(paragraphs),
        "published": pub.isoformat(),
        "source": name,
        "url": f"https://{domain}/{pub:%Y/%m/%d}/{slug}-{index}",
    }
    return Written(article, sentences, story.sides)


def written(
    n: int, seed: int = 0, start: str = "2024-01-01", days: int = 365
) -> Iterator[Written]:
    """``generate``'s articles with what each sentence was written to carry."""
    if n < 0:
        raise ValueError(f"n is {n}; expected 0 or more articles.")
    if days < 1:
        raise ValueError(f"days is {days}; expected at least 1.")
    return _written(n, seed, date.fromisoformat(start), days)


def _written(n: int, seed: int, first: date, days: int) -> Iterator[Written]:
    last_story: tuple[_Story, date, int, str] | None = None
    for index in range(n):
        rng = random.Random(f"eventwire-corpus:{seed}:{index}")
        lead_seed = f"eventwire-corpus:{seed}:{index}:lead"
        if last_story is not None and rng.random() < 0.12:
            # the same happening, told a day later by another outlet
            story, pub, outlet, first_lead = last_story
            if rng.random() < 0.5:
                lead_seed = first_lead
            pub = pub + timedelta(days=1)
            if pub > first + timedelta(days=days - 1):
                pub = pub - timedelta(days=1)
            else:
                style, back = _retold(story.style, story.back, pub)
                story = story._replace(style=style, back=back)
            # another selection of the rest, keeping one sentence with an event
            rest = list(story.rest)
            rng.shuffle(rest)
            rest.sort(key=lambda t: not t[1])
            keep = rest[: max(1, len(rest) - 1)]
            rng.shuffle(keep)
            story = story._replace(rest=keep)
            outlet = (outlet + rng.randint(1, len(OUTLETS) - 1)) % len(OUTLETS)
            last_story = None
        else:
            pub = first + timedelta(days=rng.randrange(days))
            story = _story(rng, pub)
            outlet = rng.randrange(len(OUTLETS))
            last_story = (story, pub, outlet, lead_seed)
        yield _render(rng, story, pub, outlet, index, seed, lead_seed)


# -- public API -----------------------------------------------------------------------------
def generate(
    n: int, seed: int = 0, start: str = "2024-01-01", days: int = 365
) -> Iterator[dict[str, str]]:
    """``n`` invented articles published between ``start`` and ``days`` days later
    (exclusive), as dicts with ``id``, ``title``, ``text``, ``published``, ``source``
    and ``url``. The same arguments always give the same articles."""
    return (w.article for w in written(n, seed, start, days))


def write_jsonl(
    path: str | Path, n: int, seed: int = 0, start: str = "2024-01-01", days: int = 365
) -> int:
    """Write ``generate(n, seed, start, days)`` to ``path``, one article a line.
    Returns the number of articles written."""
    count = 0
    with Path(path).open("w", encoding="utf-8") as f:
        for article in generate(n, seed, start, days):
            f.write(json.dumps(article, ensure_ascii=False))
            f.write("\n")
            count += 1
    return count


def main(argv: list[str] | None = None) -> int:
    import argparse
    import sys

    parser = argparse.ArgumentParser(
        prog="python -m eventwire.corpus",
        description="Write invented wire-style articles as JSONL (for tests and benchmarks).",
    )
    parser.add_argument("n", type=int, help="how many articles")
    parser.add_argument(
        "-o", "--output", default="-", help="JSONL file (default: stdout)"
    )
    parser.add_argument(
        "--seed", type=int, default=0, help="the corpus to write (default 0)"
    )
    parser.add_argument("--start", default="2024-01-01", help="first publication date")
    parser.add_argument(
        "--days", type=int, default=365, help="days of publication dates"
    )
    args = parser.parse_args(argv)
    try:
        date.fromisoformat(args.start)
    except ValueError:
        parser.error(
            f'--start is "{args.start}"; expected an ISO date like 2024-01-01.'
        )
    if args.n < 0 or args.days < 1:
        parser.error("expected N >= 0 and --days >= 1.")
    if args.output == "-":
        for article in generate(args.n, args.seed, args.start, args.days):
            sys.stdout.write(json.dumps(article, ensure_ascii=False) + "\n")
        return 0
    count = write_jsonl(args.output, args.n, args.seed, args.start, args.days)
    print(f"wrote {count} articles to {args.output}", file=sys.stderr)
    return 0
