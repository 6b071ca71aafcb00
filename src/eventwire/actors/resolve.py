"""Find who a noun phrase names: country, organisation, sector, person.

The text comes first: "Syrian Foreign Minister Walid Muallem" is SYRGOV from its own words,
whether or not Muallem is in the base. The base fills in what the text leaves out (a bare
"Lavrov" is Russia's foreign minister on the article's date), and the document memory
carries an actor from its full mention to later ones ("Lavrov", "he").
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from functools import cached_property

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Span, Token

from ..context._spans import kept, sentence_of
from ..records import UNKNOWN_COUNTRY, Actor, actor_code
from .base import ARABIC_ARTICLES, ActorBase, Role, Term, fold, surface_key

# dependents that belong to a noun phrase's own description
_NP_DEPS = frozenset(
    {
        "compound",
        "amod",
        "nmod",
        "poss",
        "det",
        "nummod",
        "quantmod",
        "case",
        "punct",
        "npadvmod",
    }
)
_PERSON_PRONOUNS = frozenset(
    {"he", "she", "him", "her", "his", "hers", "himself", "herself"}
)
_FIRST_PERSON = frozenset(
    {"i", "we", "me", "us", "my", "our", "ours", "myself", "ourselves"}
)
_BODY_PRONOUNS = frozenset(
    {"it", "its", "itself", "they", "their", "them", "themselves"}
)
# plural pronouns that, with no speaker to stand for, point back to a plural doer
_PLURAL_PRONOUNS = frozenset({"they", "them"})
# the sex a pronoun says its person is of
_PRONOUN_SEX = {
    **dict.fromkeys(("he", "him", "his", "himself"), "m"),
    **dict.fromkeys(("she", "her", "hers", "herself"), "f"),
}
# words in a person's phrase that say their sex ("Mrs Ama Boateng", "Queen Rania",
# "the spokeswoman, Maria Zakharova")
_TITLE_SEX = {
    **dict.fromkeys(
        "mr mr. sir lord king prince sultan emir spokesman chairman congressman "
        "businessman".split(),
        "m",
    ),
    **dict.fromkeys(
        "mrs mrs. ms ms. miss madam madame dame lady queen princess sheikha "
        "spokeswoman chairwoman congresswoman businesswoman".split(),
        "f",
    ),
}
# "it" with these verbs says how things are, about nobody ("it is unclear", "it
# remains to be seen", "it took hours")
_IMPERSONAL_VERBS = frozenset(
    "be seem appear remain take happen become look matter emerge mean".split()
)
# common nouns of bodies that "it" can point back to ("the foreign ministry ... It
# accused ..."); people ("the minister") are "he" or "she"
_BODY_NOUNS = frozenset(
    "government ministry administration cabinet army military junta regime police "
    "parliament legislature assembly senate congress court tribunal company firm "
    "group bloc alliance coalition union party council commission agency "
    "organization organisation authority office movement embassy department "
    "federation league committee board bank navy presidency".split()
)
# a faith's word before a generic head makes the group religious ("Christian
# leaders", "evangelical groups", "the Muslim community")
_FAITHS = frozenset(
    "christian christians catholic protestant evangelical orthodox anglican methodist "
    "lutheran pentecostal baptist coptic muslim islamic hindu buddhist jewish sikh "
    "religious".split()
)
_FAITH_HEADS = frozenset(
    "leader group community organization organisation body figure".split()
)
# the sectors a faith's word outweighs: what a generic head gives alone ("leaders"
# GOV), not what another word of the phrase says ("extremist organization" REB)
_FAITH_OVERRIDES = frozenset({None, "GOV", "CVL"})
# the words after a people's name and a hyphen that make it a language's
# ("French-speaking", "Russian-language")
_LANGUAGE_WORDS = frozenset({"speaking", "speaker", "speakers", "language"})
# the titles of whoever heads a place a possessive names ("the province's chairman")
_PLACE_HEADS = frozenset({"chairman", "chairwoman", "chairperson", "head"})
_OWNING_PLACES = frozenset(
    "province district county city town village municipality prefecture region "
    "commune".split()
)
# the legal forms that end a company's name ("Redcliff Foods LLC", "Vektor GmbH")
_LEGAL_FORMS = frozenset({"llc", "inc", "ltd", "plc", "gmbh", "corp"})
# who runs or owns a works, a line or a craft is a company ("the operator of a leaking
# pipeline", "the mine's operator", "the ship's owner"); a lone "operator" may be a
# crane's, and a house's owner a person
_FACILITY_KEEPERS = frozenset({"operator", "operators", "owner", "owners"})
_FACILITIES = frozenset(
    "pipeline pipelines mine mines plant plants refinery refineries factory factories "
    "smelter steelworks mill port terminal vessel ship ships tanker tankers freighter "
    "ferry carrier dam oilfield oilfields gasfield rig platform reactor railway "
    "airline airport grid network concession".split()
)
# the words after a country's name or demonym and a hyphen that make it the owner or
# patron of the thing named ("a CHINESE-owned steel mill", "a Thai-funded website")
_OWNER_WORDS = frozenset({"owned", "funded", "financed", "backed", "controlled"})
# the forces whose spokesmen call their members by a bare word ("officers",
# "troops"), and those words
_FORCE_SECTORS = frozenset({"COP", "MIL"})
_FORCE_MEMBERS = frozenset({"officer", "agent"})
# armed bodies and the words for their members ("its fighters", "their forces")
_ARMED_SECTORS = frozenset({"MIL", "REB", "INS", "UAF", "SEP"})
# a state's executive, whose "its forces" are the state's military
_EXECUTIVE_SECTORS = frozenset({"GOV"})
_ARMED_MEMBERS = frozenset(
    {"fighter", "force", "troop", "militant", "soldier", "unit", "combatant"}
)
# the prepositions of an act's place ("abducted ... in Agadez")
_PLACE_PREPS = frozenset({"in", "near", "at", "outside"})
# the kinds of base term that name a country itself, not a place in it
_COUNTRY_WORD_KINDS = frozenset({"country", "demonym", "metonym"})
# armed forces that rule their country
_JUNTAS = frozenset({"junta"})

# the heads of cabinet offices, that a field before them makes a portfolio ("Business
# Secretary", "media minister", "the Labour Ministry")
_CABINET_OFFICES = frozenset(
    {"minister", "ministers", "ministry", "ministries", "secretary", "secretaries"}
)
# the sectors of fields a cabinet office may have ("business", "media", "health",
# "education", "agriculture", "environment", "labour", "police"; not "church
# secretary")
_PORTFOLIO_SECTORS = frozenset({"BUS", "MED", "HLH", "EDU", "AGR", "ENV", "LAB", "COP"})

# acts of war and the arms that do them: a nationality on one of them ("ISRAELI air
# strikes killed 12", "killed by RUSSIAN shelling", "Pakistani fire") names the
# country's forces (MIL), not the country; a strike needs a word that makes it a
# military one ("French strikes" may be labour's)
_ARMED_ACTS = frozenset(
    {
        "airstrike",
        "air-strike",
        "shelling",
        "bombardment",
        "missile",
        "rocket",
        "drone",
        "artillery",
        "fire",
        "gunfire",
        "barrage",
    }
)
_STRIKE_KINDS = frozenset(
    {"air", "drone", "missile", "rocket", "artillery", "military", "aerial"}
)
# the offices a city has of its own ("the mayor of Istanbul", "Kano's police"), and
# how large a city must be, and how much larger than a namesake abroad, to say its
# country
_CITY_SECTORS = frozenset({"GOV", "COP", "JUD", "LEG", "REL"})
_CITY_SIZE = 100_000
_CITY_RIVAL = 8
_OF_PREPS = frozenset({"of", "from", "for", "at", "in", "within", "among", "inside"})
# of those, the ones that say where a group is, and the words of a place they take
_INSIDE_PREPS = frozenset({"in", "within", "inside"})
_PLACE_NOUNS = frozenset("capital city town village province region district".split())
# heads that name a part of a group: the group is in the "of" phrase
_GROUP_HEADS = frozenset(
    "member group dozen hundred thousand score some many most all several part team "
    "representative delegation head supporter follower loyalist unit wing faction "
    "branch side number majority minority handful lot deployment contingent batch "
    "patch wave column convoy detachment squad board leadership mission office "
    "management secretariat staff".split()
)
# the same for a union of groups, said in lower case ("a coalition of rights
# groups", "an alliance of opposition parties"; not "the Alliance of Patriots for a
# Free Congo", a name)
_COALITIONS = frozenset("coalition alliance bloc grouping umbrella".split())
# common nouns of a body said after its name ("the National Super Alliance (NASA)
# coalition", "the Wagner group"): the body the name names
_BODY_AFTER_NAME = frozenset(
    "coalition alliance movement party group organisation organization militia "
    "bloc faction network".split()
)
# heads that say which part of a group, or which state, only through "of": "one
# third of the guerrillas", "half of the rebel fighters", "the rest of the
# protesters", "the republic of Slovenia" (not "the rest in Gaza")
_OF_ONLY_HEADS = frozenset(
    "half third quarter fifth percent rest remainder bulk fraction "
    "republic kingdom principality emirate sultanate".split()
)
# titles of those who deal with other countries: "the envoy" after "Damascus" need not
# be Syria's
_GO_BETWEENS = frozenset(
    [
        "envoy",
        "special envoy",
        "ambassador",
        "diplomat",
        "mediator",
        "negotiator",
        "emissary",
        "consul",
        "counterpart",
        "delegation",
    ]
)
# heads of a gathering of people, who are protesters when the sentence speaks of a
# protest
_CROWDS = frozenset({"crowd"})
# the words (lemmas) of a protest and of its policing
_PROTEST_WORDS = frozenset(
    "protest protester protestor demonstration demonstrator rally march marcher riot "
    "rioter teargas disperse chant slogan sit-in".split()
)


# who lead or make up a protest: "the leaders of the protests", "the organisers of the
# rally" are protesters (OPP), not a government's leaders
_PROTEST_LEADS = frozenset(
    "leader organiser organizer head member participant instigator ringleader".split()
)
_PROTEST_EVENTS = frozenset(
    "protest demonstration rally march riot sit-in uprising".split()
)


def _protest_leaders(
    tokens: list[Token], head: Token, context_country: str | None
) -> Actor | None:
    """ "the leaders of the protests", "organisers of the march": those who lead or
    join a protest named in an "of" phrase are protesters (OPP)."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in _PROTEST_LEADS:
        return None
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("of", "behind"):
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.lemma_.lower() in _PROTEST_EVENTS:
                text = _span_text(tokens)
                why = f'"{head.text}" {prep.text} a {obj.lemma_} are protesters (OPP)'
                if context_country:
                    why += f"; country {context_country} from the sentence"
                return Actor(
                    text,
                    actor_code(context_country, "OPP"),
                    context_country,
                    "OPP",
                    None,
                    why=why,
                )
    return None


# "the country", "the West African nation": the country the story named last
_COUNTRY_NOUNS = frozenset({"country", "nation"})
# words that make it another country than the one named ("the neighbouring country")
_OTHER_COUNTRY = frozenset(
    "other another neighbouring neighboring neighbour neighbor foreign host home "
    "third donor member each every both either any no same rival enemy".split()
)


# a region's own government: "the state of Texas", "the province of Quebec"
_REGION_HEADS = frozenset({"state", "province"})
# verbs whose object is someone who answers, not a place ("sued the state of Texas",
# not "overran the province of Helmand")
_BODY_OBJECT_VERBS = frozenset(
    "sue accuse urge criticise criticize condemn blame fine warn petition "
    "challenge".split()
)
# "towards the border with Niger", "the frontier with Chad"
_BORDERS = frozenset({"border", "frontier", "boundary"})
# going somewhere: "fled into Chad", "crossed into Niger", "headed towards Mali"
_MOTION_VERBS = frozenset(
    "flee escape cross retreat head move withdraw run slip push drive chase".split()
)
_TOWARDS = frozenset({"to", "into", "towards", "toward", "across"})
# what is handed over goes to another side ("his decision to hand four border villages
# TO AZERBAIJAN"): the country it goes to is no one's own in the sentence
_HANDING_VERBS = frozenset("hand cede give transfer surrender return".split())


def _beyond(tok: Token) -> bool:
    """Is this country's name the other side of a border, where someone goes or
    what is handed over goes ("towards the border WITH NIGER", "fled INTO CHAD",
    "to hand four villages TO AZERBAIJAN"), which is nobody's own country in the
    sentence?"""
    if (
        tok.dep_ in ("amod", "compound")
        and tok.head.lemma_.lower() in _BORDERS
        and tok.head.dep_ in ("pobj", "dobj")
    ):
        # "clashes near the VENEZUELAN border", "crossed the Lebanese frontier": the
        # country a border is named for is the side beyond it (its guards, "Kyrgyz
        # border guards", are a people's, and their head is no border)
        return True
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    if prep.lower_ == "with" and prep.head.lemma_.lower() in _BORDERS:
        return True
    if (
        prep.lower_ == "to"
        and prep.head.pos_ == "VERB"
        and prep.head.lemma_.lower() in _HANDING_VERBS
        and any(c.dep_ == "dobj" for c in prep.head.children)
    ):
        return True  # "to hand four villages to Azerbaijan"
    return (
        prep.lower_ in _TOWARDS
        and prep.head.pos_ == "VERB"
        and prep.head.lemma_.lower() in _MOTION_VERBS
    )


# words before a role that say it is another country's, not the sentence's ("Vucic
# accused FOREIGN intelligence services"): no country is given it
_ABROAD_WORDS = frozenset({"foreign", "overseas"})


def _abroad_word(tokens: list[Token], matches: list[tuple[int, int, Term]]) -> bool:
    """ "foreign intelligence services", "overseas backers": does a word say the role
    is abroad? In a title of government ("foreign minister", "the Foreign Office")
    it says foreign affairs, and the office is the sentence's country's."""
    affairs = {
        i
        for s, e, t in matches
        if t.sector == "GOV" or t.kind != "role"
        for i in range(s, e)
    }
    return any(
        t.lower_ in _ABROAD_WORDS
        and t.dep_ in ("amod", "compound")
        and t.i not in affairs
        for t in tokens
    )


def _the_country(tokens: list[Token], head: Token, memory: DocMemory) -> Actor | None:
    """ "Sall eased tensions in the normally stable West African nation": "the
    country" or "the ... nation" is the country the story named last before its
    sentence, else the one country named before it in its sentence, else the one
    its named people and bodies share; never one it has not named."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in _COUNTRY_NOUNS:
        return None
    if head.tag_ == "NNS" or not any(
        c.dep_ == "det" and c.lower_ in ("the", "this") for c in head.children
    ):
        return None  # "a country", "countries": not one the story named
    if any(t.lower_ in _OTHER_COUNTRY for t in tokens) or any(
        c.dep_ in ("prep", "relcl", "acl") for c in head.children
    ):
        return None
    # the sentences before first: in "The United States praised the East African
    # nation", the nation is not the United States
    start = sentence_of(head).start
    before = memory.countries_between(0, start)
    # in its own sentence, only when one country alone is named before it ("a coup
    # in the West African nation" after "Guinea"; not "Ex-Yemeni president ... the
    # Saudi-led coalition waging war on the impoverished Arab country")
    inside = {c for _, c in memory.countries_between(start, head.i)}
    if before:
        country: str | None = before[-1][1]
    elif len(inside) == 1:
        country = next(iter(inside))
    else:
        country = None if inside else _body_country(memory)
    if country is None:
        return None
    text = _span_text(tokens)
    return Actor(
        text, country, country, None, None, why=f'"{text}" is {country}, named before'
    )


def _protesting_crowd(tokens: list[Token]) -> bool:
    """ "Police fired tear gas into the crowd": is this a crowd in a sentence that
    speaks of a protest (protesters, OPP, as the wire gold codes them), not a crowd
    hit by a bomb in a market (civilians)?"""
    crowd = next((t for t in tokens if t.lemma_.lower() in _CROWDS), None)
    return crowd is not None and _speaks_of_protest(sentence_of(crowd))


def _held_for_politics(head: Token) -> bool:
    """ "83 prisoners jailed for political reasons", "detainees held on political
    charges": people a state holds for their politics are of the opposition, as
    "political prisoners" are (CAMEO, Phoenix's POLITICAL_PRISONER)."""
    if head.lemma_.lower() not in _HELD_PEOPLE:
        return False
    return any(t.lemma_.lower() in _POLITICAL for t in head.subtree)


def _speaks_of_protest(sent: Span) -> bool:
    """Does the sentence speak of a protest or of its policing ("tear gas", "water
    cannon", "dispersed", "chanting slogans")?"""
    prev = ""
    for tok in sent:
        lemma = tok.lemma_.lower()
        if lemma in _PROTEST_WORDS or (
            (prev, lemma) in (("tear", "gas"), ("water", "cannon"))
        ):
            return True
        prev = lemma
    return False


# heads that, led by a state ("a Saudi-led coalition"), name an armed coalition
_STATE_LED = frozenset({"coalition", "alliance"})
# heads of the organs of an organisation, which stand for it when an "of" phrase names
# it ("the Permanent Council of the OAS", "a committee of the European Parliament")
_ORGANS = frozenset(
    "council commission committee secretariat agency body organ panel conference".split()
)
# heads that stand for the organisation or people named before them
_COLLECTIVE = frozenset(
    [
        "group",
        "movement",
        "organization",
        "organisation",
        "coalition",
        "alliance",
        "front",
        "forum",
        "committee",
        "council",
        "party",
        "faction",
        "militia",
        "network",
        "bloc",
        "union",
        "association",
        "camp",
        "side",
        "counterpart",
        "member",
        # "the IMF board", "the UN mission", "Ma's office"
        "board",
        "mission",
        "office",
        "leadership",
        "secretariat",
        "wing",
        # "Al Qaeda's North Africa branch", "the Islamic State's Libyan affiliate"
        "branch",
        "affiliate",
        "offshoot",
    ]
)
# heads of bodies that, after the people they are of, are those people's ("a farmers'
# organisation", "a business lobby", "an industry body")
_KIND_HEADS = frozenset({"lobby", "body", "charity", "organisation", "organization"})
# entity types that name no body: "the Voting Rights Act", "Tuesday", "Brexit"
_NOT_BODY_ENTS = frozenset(
    "PERSON GPE LOC NORP DATE TIME MONEY PERCENT CARDINAL ORDINAL QUANTITY EVENT "
    "WORK_OF_ART LAW LANGUAGE PRODUCT FAC".split()
)
# last words of capitalised names of weapons and things, which the tagger may call a
# body ("a Vehicle-borne Improvised Explosive Device")
_THING_HEADS = frozenset(
    "device devices bomb bombs missile missiles rocket rockets grenade grenades "
    "mine mines shell shells launcher launchers".split()
)
# last words of capitalised names of works that no one speaks or acts for by name
# (their operators do: _FACILITY_KEEPERS)
_NAMED_WORKS = frozenset("pipeline pipelines dam bridge canal".split())
# entity types the tagger gives a lone surname at times ("Sánchez" GPE); with no place
# or body of the base by that word, the name may still be an office-holder's
_UNTYPED_NAME_ENTS = frozenset({"", "GPE", "ORG", "NORP"})
# entity types of a proper name after a title that is not a person's name
_NOT_PERSON_ENTS = frozenset("ORG GPE NORP FAC LOC".split())
# adjectives that say nothing of what a body is ("the same agency", "another office")
_GENERIC_ADJ = frozenset(
    "same other another such own whole entire certain various several new old last "
    "next first second previous main".split()
)
# "Iran-backed", "Qaeda-linked": the name before the hyphen is a patron, not the actor
PATRON_WORDS = frozenset(
    "backed linked allied affiliated aligned inspired supported sponsored funded "
    "armed trained".split()
)
# "opposition-controlled", "junta-appointed": a role word before these names who
# controls the actor, not what the actor is ("the opposition-controlled parliament"
# is a legislature)
_CONTROL_WORDS = frozenset("controlled dominated appointed installed".split())
# the sectors of the bodies a council or congress may gather ("the National Council
# of Churches", "the Congress of Trade Unions"): not a legislature's
_GATHERED_SECTORS = frozenset({"REL", "LAB", "AGR", "BUS", "MED", "EDU", "HLH", "NGO"})
# sectors of armed groups that are no state's
_NON_STATE = frozenset({"REB", "INS"})
# what others call a country's rulers: never the speaker's own
_RULERS = frozenset({"junta", "regime"})
# towns, not capitals, that seat the world's bodies (the UN's offices, its courts,
# the Council of Europe), by their last word, and their country
_WORLD_SEATS = {"geneva": "CHE", "hague": "NLD", "strasbourg": "FRA"}
# the words that make a state body the whole country's, not a province's ("the
# FEDERAL government", "the CENTRAL government")
_NATIONAL_LEVEL = frozenset({"federal", "central", "national"})
# the state bodies those words make national (not "the central bank")
_NATIONAL_BODIES = frozenset({"government", "authority", "administration"})
# the words of an agreement, whose name may hold a town or a country ("the Algiers
# peace agreement", "the Minsk accords") that is no one's country
_AGREEMENT_WORDS = frozenset(
    "agreement agreements accord accords deal pact treaty protocol protocols "
    "declaration ceasefire truce roadmap".split()
)
# the meetings a town may be named as the place of ("talks in Doha")
_MEETING_WORDS = frozenset(
    "talks summit meeting meetings conference negotiations forum".split()
)
# who may speak or act there for any country or body
_ENVOY_WORDS = frozenset(
    {"official", "diplomat", "negotiator", "delegate", "envoy", "source"}
)
_STATE = frozenset({"GOV", "MIL", "COP", "JUD", "LEG"})
# the heads of place names that may hold a country's name ("the Niger Delta")
# the sectors of a country's own politics, which no other country's actors act in
_HOME_POLITICS = ("LEG", "PTY", "OPP")
_PLACE_NAME_HEADS = frozenset({"delta", "river", "basin", "valley", "pipeline"})
# the parts of a town or a province that may be named after a country ("the Kenya
# commune of Lubumbashi")
_TOWN_PARTS = frozenset(
    "commune communes district districts neighbourhood neighbourhoods neighborhood "
    "neighborhoods quarter quarters township townships ward wards".split()
)
# the words of armed non-state groups named with no owner ("30 militants", "rebel
# camps")
_REBEL_WORDS = frozenset(
    {"militant", "rebel", "insurgent", "guerrilla", "jihadist", "fighter", "extremist"}
)
# small words inside a body's capitalised name ("the Peace and Security Council")
_NAME_JOINS = frozenset({"and", "&", "of", "for", "the"})
# kinds of term that name a country or a place of one
_PLACE_KINDS = frozenset({"country", "demonym", "capital", "metonym", "region"})
# countries whose people's names in English wire copy put the family name first
_SURNAME_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "KOR", "PRK"})
# the words after a country's name or demonym that make it the name of a currency
# ("US $50 million", "A $ 20 million", "Hong Kong dollars", "Indian rupees")
_CURRENCY_WORDS = frozenset(
    "$ dollar dollars cent cents peso pesos rupee rupees rupiah real reais rand yuan "
    "renminbi yen won pound pounds sterling franc francs riyal riyals rial rials dinar "
    "dinars dirham dirhams shilling shillings naira cedi cedis kwacha lira liras ruble "
    "rubles rouble roubles hryvnia taka baht ringgit krona kronor krone kroner zloty "
    "forint leu lei".split()
)
# where the hand-written people are (the converted ones are in phoenix_people.yaml)
_HAND_PEOPLE = "actors/people.yaml:"
# a dateline's country counts as this many mentions of it
_DATELINE_WEIGHT = 2
# verbs that seize power ("who SEIZED power in 2021"; "took power" only in a coup) and
# the words of a coup
_SEIZE_VERBS = frozenset({"seize", "grab", "take"})
_COUP_WORDS = frozenset({"coup", "putsch", "takeover"})
# how many sentences after a person named in full, with no role, the story may give
# their surname a role by apposition for the role to be theirs from the first
_LATER_ROLE_SENTENCES = 2
# the words of a world region that, before a collective of states or their rulers,
# make it that region as one doer (CAMEO's region codes, which the Phoenix actors use:
# "West African leaders" WAF, "Latin American governments" LAM, "Arab states" ARB);
# the whole modifier must be the region's (a country's demonym, "South African", is no
# region), and a base name that holds the phrase wins ("Southeast Asian nations" is
# ASEAN). Central Africa is left out: "Central African" is also a country's demonym.
_WORLD_REGION_WORDS = {
    "western": "WST",
    "european": "EUR",
    "african": "AFR",
    "asian": "ASA",
    "arab": "ARB",
    "gulf": "PGS",
    "gulf arab": "PGS",
    "caribbean": "CRB",
    "latin american": "LAM",
    "south american": "SAM",
    "west african": "WAF",
    "east african": "EAF",
    "southern african": "SAF",
    "north african": "NAF",
    "southeast asian": "SEA",
    "south-east asian": "SEA",
    "south east asian": "SEA",
    "south asian": "SAS",
    "central asian": "CAS",
    "middle eastern": "MEA",
    "mideast": "MEA",
    "nordic": "SCN",
    "scandinavian": "SCN",
    "balkan": "BLK",
    "eastern european": "EEU",
    "east european": "EEU",
    "central european": "CEU",
    "mediterranean": "MDT",
}
# the words before a continent's demonym that make it a part of the continent, of no
# one country ("Central American", "Latin American", "North American"); a country's
# demonym of two words ("South African", "Central African") is the base's own term,
# which starts at the first word, so it is not read so
_REGION_PARTS = frozenset(
    "central latin north south east west northern southern eastern western "
    "southeast south-east northeast north-east".split()
)
# a region's name as the owner of such a collective ("West Africa's leaders")
_WORLD_REGION_NAMES = {
    "europe": "EUR",
    "africa": "AFR",
    "asia": "ASA",
    "the west": "WST",
    "west": "WST",
    "the gulf": "PGS",
    "gulf": "PGS",
    "the caribbean": "CRB",
    "caribbean": "CRB",
    "latin america": "LAM",
    "south america": "SAM",
    "west africa": "WAF",
    "east africa": "EAF",
    "southern africa": "SAF",
    "north africa": "NAF",
    "southeast asia": "SEA",
    "south-east asia": "SEA",
    "south asia": "SAS",
    "central asia": "CAS",
    "the middle east": "MEA",
    "middle east": "MEA",
    "the balkans": "BLK",
    "balkans": "BLK",
    "eastern europe": "EEU",
}
# the collectives of states (no sector) and of their rulers (GOV) that a region word
# makes the region's
_WORLD_REGION_STATES = frozenset(
    "countries states nations powers allies neighbours neighbors partners capitals".split()
)
_WORLD_REGION_RULERS = frozenset(
    "leaders governments ministers officials diplomats heads envoys".split()
)
# a region's people named alone as the doer ("the Europeans urged Iran ...")
_WORLD_REGION_PEOPLE = {"europeans": "EUR", "westerners": "WST", "arabs": "ARB"}
# what else a region's collective may have before it ("the", "many", "fellow")
_WORLD_REGION_DETS = frozenset(
    "the many some most other several fellow key major top all both its their".split()
)
_FORMER = frozenset({"former", "ex", "exiled", "ousted", "deposed", "late", "retired"})
# sectors of private life: a role of these set off after a name does not make the
# person an actor ("Maria Lopez, a nurse from Quito")
_PRIVATE_SECTORS = frozenset({"CVL", "REF", "HLH", "EDU", "AGR", "CRM"})
# sectors of people, not bodies ("citizens", "people"): in a body's name they say
# whom it is for, and its head word says what it is
_PEOPLE_SECTORS = frozenset({"CVL"})
# heads of bodies that, named for a cause ("Centre for ..."), are NGOs
_CAUSE_HEADS = frozenset({"centre", "center"})
# causes a centre's name may be for ("the Humanitarian Dialogue Centre")
# a person's relative clause that says they came second in a vote, or lost it
_RUNNER_UP_VERBS = frozenset("come finish place lose".split())
_RUNNER_UP_WORDS = frozenset("second third runner-up runner".split())
_ELECTION_WORDS = frozenset(
    "election vote race runoff run-off poll ballot contest".split()
)
# one who leads, heads or founded a body ("who leads the opposition Podemos party");
# the bodies whose head or member a person is said to be that way
_LEAD_VERBS = frozenset("lead head chair found co-found run".split())
_LED_BODIES = frozenset(
    "party movement alliance coalition union group front organisation organization "
    "bloc faction militia church association federation".split()
)
# the causes armed groups name themselves for ("the Kosovo Liberation Army", "the
# Lord's Resistance Army", "the Free Syrian Army")
_INSURGENT_CAUSES = frozenset(
    "liberation restoration independence resistance "
    "salvation free freedom islamic jihad".split()
)
_CAUSES = frozenset(
    "humanitarian dialogue peace rights democracy research studies policy justice "
    "accountability freedom reconciliation".split()
)
# appositives that name a body, not what a person is
_INSTITUTIONS = frozenset(
    "government regime state administration authority community".split()
)
# sectors a former holder no longer speaks for
_OFFICE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP"})
# what a company makes or hosts: its name before one of these names no doer
_PRODUCT_HEADS = frozenset(
    "post page account video app platform phone search message user feed ad "
    "advert profile tweet comment photo channel chat product device".split()
)
# people a state holds, and the words that say it holds them for their politics
_HELD_PEOPLE = frozenset({"prisoner", "detainee", "inmate"})
_POLITICAL = frozenset({"political", "politically", "conscience"})
# the sectors of causes a "union" may be named for
_CAUSE_SECTORS = frozenset({"NGO", "HRI", "ENV"})
# the sectors of office-holders and politicians who run for office: what they own
# through "'s" ("the president's reelection campaign") is theirs
_CAMPAIGNERS = frozenset({"GOV", "LEG", "PTY", "OPP"})
# the first words of the role words of aid and relief bodies, and CAMEO's code of
# international non-governmental organisations (no country)
_RELIEF_WORDS = frozenset({"aid", "relief", "humanitarian"})
_INTERNATIONAL_NGO = "NGO"
# the words that hang a country's name or demonym on the phrase it qualifies
_MODIFIER_DEPS = frozenset({"amod", "compound", "poss", "nmod"})
# offices a country has one holder of at a time
_ONE_HOLDER_OFFICES = frozenset(
    (
        "president",
        "prime minister",
        "premier",
        "chancellor",
        "king",
        "queen",
        "emir",
        "sultan",
        "foreign minister",
        "defence minister",
        "defense minister",
        "head of state",
    )
)
# titles of one office by another name: "the premier" after "Prime Minister Somchai"
# is he, as "the prime minister" after "Premier Li" is Li
_SAME_TITLES: dict[str, tuple[str, ...]] = {
    "premier": ("prime minister",),
    "prime minister": ("premier",),
    # "the minister" after "Britain's foreign secretary"
    "minister": ("secretary",),
}
# secretaries who are no ministers
_NOT_MINISTERS = frozenset(
    "press secretary|general secretary|party secretary|executive secretary|"
    "secretary general|secretary-general".split("|")
)


def _title_of(said: str, titles: tuple[str, ...]) -> bool:
    """Does a title said before (``said``) name one of ``titles``: the same, or a
    longer title ending in a one-word one ("foreign minister" for "minister")?"""
    return any(
        said == t
        or (
            " " not in t
            and said.split()[-1] == t
            and not (t == "secretary" and said in _NOT_MINISTERS)
        )
        for t in titles
    )


# a country's posts in other countries: whoever acts on one is not of its country
_FOREIGN_POSTS = frozenset({"embassy", "consulate", "mission", "ambassador"})
# sectors that act where they have jurisdiction: on their own country's people
_JURISDICTION = frozenset({"JUD", "COP"})
# what a state does to a person it prosecutes: a former office-holder it charges,
# tries, convicts or jails is of the opposition (OPP, as a jailed politician is), no
# longer only one of the country's elite
_PROSECUTION = frozenset(
    "charge indict convict sentence jail imprison arrest detain prosecute try "
    "extradite acquit appeal trial conviction verdict indictment prosecution "
    "sentencing retrial".split()
)
# the verbs and nouns a prosecuted person's phrase may hang from on the way up to
# the act ("the appeal lodged by X's counsel": counsel, by, lodged, appeal)
_PROSECUTION_STEPS = 4
# people who serve someone: alone they name no one ("an aide", "a deputy"), with a
# political owner they are of the owner ("Putin's aide", "an adviser to the
# president", "the rebel leader's deputy")
_STAFF_HEADS = frozenset(
    "aide adviser advisor deputy assistant lieutenant confidant confidante".split()
)


@dataclass
class DocMemory:
    """What one article has said so far about its actors."""

    # lower-cased name or surname -> actor
    people: dict[str, Actor] = field(default_factory=dict)
    # named people, most recent last
    persons: list[Actor] = field(default_factory=list)
    # the names of bodies a common noun named ("the company, Sarawak Timber
    # Holdings"), lower-cased: no one "he" or "she" can mean
    body_names: set[str] = field(default_factory=set)
    # the article offset of a plural role word -> the actor it was coded as, with a
    # country ("hundreds of FARMERS": PERAGR), for "the farmers" after it
    groups: dict[int, Actor] = field(default_factory=dict)
    # the sentence (its first token) that named the last person, and the person who
    # was that sentence's subject, if any
    person_sent: int | None = None
    subject_person: Actor | None = None
    # a named person (lower-cased name) -> "m" or "f", where the story says which
    sexes: dict[str, str] = field(default_factory=dict)
    # one person the story names by office alone ("Egypt's president"), most recent
    # last, and the last such person who was a sentence's subject, with the sentence
    titled_people: list[tuple[int, Actor]] = field(default_factory=list)
    titled_subject: tuple[int, Actor] | None = None
    # (code, source) of the events so far, most recent last
    events: list[tuple[str, Actor]] = field(default_factory=list)
    # every prefix of an event code -> (n, code, source) of the last event with it
    last_event: dict[str, tuple[int, str, Actor]] = field(default_factory=dict)
    # the same, of the events not told by a plural noun ("air strikes"): what a
    # singular "the attack" can stand for
    last_single: dict[str, tuple[int, str, Actor]] = field(default_factory=dict)
    # the lemma of an event's trigger -> (code, source) of the last event it told
    event_words: dict[str, tuple[str, Actor]] = field(default_factory=dict)
    # the lemma of an event's trigger -> the sources of the last event it told, one
    # per party ("Germany and the Netherlands suspended aid": both)
    event_parties: dict[str, list[Actor]] = field(default_factory=dict)
    # (lemma, code, trigger's index) of the last event remembered with a word
    last_told: tuple[str, str, int] | None = None
    # (token index, ISO3) of every country the text names, in text order
    countries: list[tuple[int, str]] = field(default_factory=list)
    country_positions: list[int] = field(default_factory=list)
    # the distinct countries of ``countries``, in the order first named
    story_countries: list[str] = field(default_factory=list)

    # the country the story names most often (the first named wins a tie)
    main_country: str | None = None
    # title -> the person last named with it ("foreign minister" -> Wang Yi)
    titles: dict[str, Actor] = field(default_factory=dict)
    # (title, country) -> the person last named with it of that country ("president",
    # COD -> Tshisekedi, when Angola's president was named after him)
    titles_of: dict[tuple[str, str], Actor] = field(default_factory=dict)
    # title -> the last unnamed actor of a known country or body said with it
    # ("foreign minister" -> "Sudan's foreign minister"), most recent last
    titled: dict[str, Actor] = field(default_factory=dict)
    # sector -> the last actor of a known country in it ("the regime" after "Damascus")
    sectors: dict[str, Actor] = field(default_factory=dict)
    # sector -> the last actors of it, one a country, most recent last
    sectors_seen: dict[str, list[Actor]] = field(default_factory=dict)

    # country -> mentions so far, in the order first named (across the pieces of a
    # long article)
    country_counts: dict[str, int] = field(default_factory=dict)
    # the first character of each dateline -> the country it files the story from
    filed: dict[int, str] = field(default_factory=dict)
    # the last armed actor the sentence before named as a doer
    armed_before: Actor | None = None
    # the two sides of the story's last event between two actors ("the two signed")
    last_pair: tuple[Actor, Actor] | None = None
    # acronyms the story gave to the bodies it named ("(JEM)") -> the body
    acronyms: dict[str, Actor] = field(default_factory=dict)
    # organisations and bodies resolved as actors so far, most recent last
    bodies: list[Actor] = field(default_factory=list)
    # (token index, actor) of every organisation of the base the text names
    named_bodies: list[tuple[int, Actor]] = field(default_factory=list)

    def add_event(
        self,
        code: str,
        source: Actor,
        word: str | None = None,
        at: int = -1,
        plural: bool = False,
    ) -> None:
        """Remember an event of the story (for "the proposal", "the attack"), and the
        word that told it ("kill": "the killings" is that one) at token ``at``: the
        events one word told of several doers are one event of them all. A
        ``plural`` noun told it ("air strikes")."""
        self.events.append((code, source))
        n = len(self.events)
        for k in range(1, len(code) + 1):
            self.last_event[code[:k]] = (n, code, source)
            if not plural:
                self.last_single[code[:k]] = (n, code, source)
        if word:
            self.event_words[word] = (code, source)
            told = (word, code, at)
            parties = self.event_parties.get(word) if at >= 0 else None
            if told == self.last_told and parties is not None:
                parties.append(source)
            else:
                self.event_parties[word] = [source]
            self.last_told = told

    def last_event_of(
        self, prefixes: tuple[str, ...], single: bool = False
    ) -> tuple[str, Actor] | None:
        """The latest event whose code starts with one of ``prefixes``; with
        ``single``, the latest not told by a plural noun, if there is one ("the
        attack" after "the army responded with air strikes" is the shelling before)."""
        events = self.last_event
        if single and any(p in self.last_single for p in prefixes):
            events = self.last_single
        found = [events[p] for p in prefixes if p in events]
        if not found:
            return None
        _, code, source = max(found, key=lambda f: f[0])
        return code, source

    def countries_between(self, start: int, end: int) -> list[tuple[int, str]]:
        """The country mentions from token ``start`` up to ``end`` (in log time)."""
        lo = bisect_left(self.country_positions, start)
        hi = bisect_left(self.country_positions, end, lo)
        return self.countries[lo:hi]

    def set_countries(
        self, countries: list[tuple[int, str]], filed_in: list[str] | None = None
    ) -> None:
        """Record the country mentions of the doc being coded (in text order), and the
        country the story names most so far (``filed_in``: the countries of its
        datelines, which count more). A long article is coded in pieces: the
        countries of earlier pieces stay in ``countries`` once each, at position -1
        (no sentence of this doc holds them)."""
        earlier = [(-1, c) for c in self.country_counts]
        for _, country in countries:
            self.country_counts[country] = self.country_counts.get(country, 0) + 1
        for country in filed_in or ():
            # the country a dateline files the story from is what the story is about,
            # unless the text names another more often
            self.country_counts[country] = (
                self.country_counts.get(country, 0) + _DATELINE_WEIGHT
            )
        self.countries = earlier + sorted(countries)
        self.country_positions = [pos for pos, _ in self.countries]
        self.story_countries = list(dict.fromkeys(c for _, c in self.countries))
        counts = self.country_counts
        self.main_country = max(counts, key=lambda c: counts[c]) if counts else None

    @property
    def last_person(self) -> Actor | None:
        return self.persons[-1] if self.persons else None

    def person_for(self, pronoun: Token) -> Actor | None:
        """Whom "he", "she", "him" or "her" is: the person last named, but for the
        subject of the sentence that named them, when that sentence came before the
        pronoun's ("Mondlane, who says the vote favoured Daniel Chapo, told reporters
        ... Prosecutors accused HIM": Mondlane)."""
        order: list[Actor] = []
        start = sentence_of(pronoun).start
        # the subject of the latest sentence before that had a person as subject,
        # named or by office alone ("Sudan's army chief met Egypt's president. HE
        # asked ...": the army chief)
        subjects: list[tuple[int, Actor]] = []
        if (
            self.subject_person is not None
            and self.person_sent is not None
            and self.person_sent < start
        ):
            subjects.append((self.person_sent, self.subject_person))
        if self.titled_subject is not None and self.titled_subject[0] < start:
            subjects.append(self.titled_subject)
        order.extend(a for _, a in sorted(subjects, key=lambda sa: -sa[0]))
        order.extend(reversed(self.persons))
        # then one named by office alone in a sentence before ("Ruto met Tanzania's
        # president. SHE ...")
        order.extend(a for sent, a in reversed(self.titled_people) if sent < start)
        # "Holm met Brenner. She urged HIM ...": the first of them, unless the story
        # said that person is of the other sex than the pronoun's
        sex = _PRONOUN_SEX.get(pronoun.lower_)
        for person in order:
            if person.name and person.name.lower() in self.body_names:
                continue
            known = self.sexes.get(person.name.lower()) if person.name else None
            if sex is None or known is None or known == sex:
                return person
        return None

    def remember_titled(self, actor: Actor, head: Token) -> None:
        """Remember one person the story names by office alone ("Egypt's president")
        for the pronouns of the sentences after."""
        start = sentence_of(head).start
        if head.dep_ in ("nsubj", "nsubjpass") and head.head.dep_ == "ROOT":
            self.titled_subject = (start, actor)
        kept = [(s, a) for s, a in self.titled_people if a.identity != actor.identity]
        self.titled_people = [*kept[-9:], (start, actor)]

    def remember(
        self, actor: Actor, head: Token | None = None, sex: str | None = None
    ) -> None:
        if not actor.name:
            return
        if sex is not None:
            self.sexes[actor.name.lower()] = sex
        if head is not None:
            sent = sentence_of(head).start
            if sent != self.person_sent:
                self.person_sent, self.subject_person = sent, None
            if head.dep_ in ("nsubj", "nsubjpass") and head.head.dep_ == "ROOT":
                self.subject_person = actor
        full = fold(actor.name.lower())
        words = full.split()
        keys = {full, words[-1]}
        article, dash, rest = words[-1].partition("-")
        if dash and article in ARABIC_ARTICLES and rest:
            keys.add(rest)  # "Obeidi" after "Khaled al-Obeidi"
        if (
            len(words) >= 3 and actor.name.split()[-2][:1].islower()
        ):  # "Staffan de Mistura" -> "de mistura"
            keys.add(" ".join(words[-2:]))
        for key in keys:
            self.people[key] = actor
        if len(words) >= 2 and "-" not in words[0] and "." not in words[0]:
            # "Xi" after "Xi Jinping", "Pham" after "Pham Minh Chinh": where the
            # family name comes first; never in place of a surname already known,
            # but for countries whose names put it first ("Yoon" after "President
            # Yoon Suk Yeol", not a headline's bare "South Korea's Yoon")
            if actor.country in _SURNAME_FIRST:
                self.people[words[0]] = actor
            else:
                self.people.setdefault(words[0], actor)
        self.persons = [p for p in self.persons if p.name != actor.name][-20:]
        self.persons.append(actor)


@dataclass(frozen=True)
class Mention:
    actor: Actor
    head: int  # token index of the phrase head
    start: int  # first token index of the phrase
    end: int  # one past the last


def _phrase_mention(head: Token, actor: Actor) -> Mention:
    """``actor`` as the mention the whole noun phrase of ``head`` makes ("ITS FORCES",
    "their fighters"): the phrase's words as its text, from its first word to the head."""
    return Mention(
        replace(actor, text=_span_text(np_tokens(head))),
        head.i,
        min(t.i for t in head.subtree),
        head.i + 1,
    )


def buried_coordination(
    head: Token, body_names: frozenset[tuple[str, ...]]
) -> list[tuple[Token, list[Token]]]:
    """ "U.S. Secretary of State Rex Tillerson and Chinese Foreign Minister Wang Yi",
    "Russia's Gazprom and Turkey's BOTAS": two named phrases the parser made one, the
    first a modifier of the second's head. Returns (head, tokens) of each part, or [].
    ``body_names`` are the lookup keys of the base's bodies (``ActorResolver``'s):
    two of them joined by "and" are two bodies, whatever one entity the tagger made
    of them."""
    doc = head.doc
    for mod in head.children:
        if mod.dep_ not in ("nmod", "poss", "compound") or mod.pos_ != "PROPN":
            continue
        cc = next(
            (c for c in mod.children if c.dep_ == "cc" and c.lower_ == "and"), None
        )
        conj = next((c for c in mod.children if c.dep_ == "conj"), None)
        if cc is None or conj is None or not (cc.i < conj.i < head.i):
            continue
        first = [t for t in doc[head.left_edge.i : cc.i] if not t.is_punct]
        second = [t for t in doc[cc.i + 1 : head.i + 1] if t.dep_ != "punct"]
        if len(first) < 2 or mod not in first:
            continue  # "US and British activists": one head shared by two countries
        if _two_body_names(first, second, body_names):
            # "Amnesty International and Human Rights Watch": two names of the base
            return [(mod, first), (head, second)]
        if head.ent_type_ in ("ORG", "FAC") and all(
            doc[i].ent_iob_ == "I" for i in range(mod.i + 1, head.i + 1)
        ):
            continue  # "the Justice and Development Movement": one name
        if _one_title_name(doc[mod.i : head.i + 1]):
            continue  # "the AU Peace and Security Council": one name, tagged in part
        return [(mod, first), (head, second)]
    return []


def _two_body_names(
    first: list[Token], second: list[Token], body_names: frozenset[tuple[str, ...]]
) -> bool:
    """ "Amnesty International and Human Rights Watch": is each side of the "and" the
    whole name of a body of the base?"""

    def key(tokens: list[Token]) -> tuple[str, ...]:
        return tuple(_word(t) for t in tokens if t.dep_ != "det")

    return key(first) in body_names and key(second) in body_names


def _after_owner(name: Token) -> bool:
    """Whether an appositive name comes right after another phrase's possessive
    ("Russia's Gazprom and Turkey's BOTAS": BOTAS is Turkey's, not Gazprom's)."""
    if name.i == 0 or name.pos_ != "PROPN":
        return False
    mark = name.doc[name.i - 1]
    return (
        mark.dep_ == "case"
        and mark.text in _POSSESSIVE
        and mark.head.dep_ == "conj"
        and mark.head.head == name.head
    )


def _stray_owned(head: Token) -> Token | None:
    """The name the parse hung off the first conjunct that the conjunct ``head``
    owns ("Turkey" of "Russia's Gazprom and Turkey's BOTAS" owns BOTAS)."""
    if head.dep_ != "conj" or head.i + 2 >= len(head.doc):
        return None
    name = head.doc[head.i + 2]
    if (
        head.doc[head.i + 1].head == head
        and name.dep_ == "appos"
        and _after_owner(name)
    ):
        return name
    return None


def _one_title_name(run: Span) -> bool:
    """Are these words one capitalised name of a body ("Peace and Security Council",
    "Justice and Equality Movement"): capitalised words and the small words that join
    them, with no person's, country's or people's name among them?"""
    return all(
        (t.is_title or t.lower_ in _NAME_JOINS)
        and t.ent_type_ not in ("PERSON", "GPE", "NORP")
        for t in run
    )


def _joined_name(tokens: list[Token], head: Token) -> list[Token]:
    """The phrase with the "and" and the word after it that the parse hung off a word
    of the head's capitalised name ("the Peace and Security Council": "Peace" with
    "and Security" as its conjunct)."""
    have = {t.i for t in tokens}
    extra: list[Token] = []
    for tok in tokens:
        if tok.i >= head.i or tok.pos_ != "PROPN":
            continue
        for conj in tok.children:
            if conj.dep_ != "conj" or not tok.i < conj.i < head.i:
                continue
            run = head.doc[tok.i : head.i + 1]
            if _one_title_name(run):
                extra.extend(t for t in run if t.i not in have)
    if not extra:
        return tokens
    return sorted({t.i: t for t in [*tokens, *extra]}.values(), key=lambda t: t.i)


def np_tokens(head: Token) -> list[Token]:
    """The head and the words that describe it, in text order (no clauses, no preps)."""
    out = [head]
    stack = [c for c in head.children if c.dep_ in _NP_DEPS]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack.extend(c for c in tok.children if c.dep_ in _NP_DEPS)
    out.sort(key=lambda t: t.i)
    return out


_Match = tuple[int, int, Term]  # a base term found in a run: (start i, end i, term)


class ActorResolver:
    """Resolve noun-phrase heads to actors with the base and the document memory."""

    def __init__(self, base: ActorBase) -> None:
        self.base = base
        # the lookup keys of the base's bodies (see ``buried_coordination``)
        self.body_names = frozenset(k for k, t in base.terms.items() if t.kind == "org")
        # the doc being read, its runs matched so far, and its words as the base keys them
        self._memo: tuple[
            Doc | None, dict[tuple[int, ...], list[_Match]], list[str], list[str]
        ] = (None, {}, [], [])
        self._persons: tuple[Doc | None, list[tuple[str, ...]]] = (None, [])
        # the doc being read and, by token, whether its words up to it name an actor
        self._actor_nouns: tuple[Doc | None, dict[int, bool]] = (None, {})

    # -- term matching -------------------------------------------------------------
    def _of_titles(self, tokens: list[Token]) -> list[Token]:
        """Add an "of" phrase that completes a title or a name ("Secretary of State",
        "Organization of American States", "Democratic Republic of Congo") to a noun
        phrase; other "of" phrases stay out of it."""
        out = tokens
        for tok in tokens:
            for prep in tok.children:
                if prep.dep_ != "prep" or prep.lower_ != "of":
                    continue
                for obj in prep.children:
                    if obj.dep_ != "pobj":
                        continue
                    longer = sorted([*out, prep, *np_tokens(obj)], key=lambda t: t.i)
                    if any(s <= prep.i < e for s, e, _ in self.match_terms(longer)):
                        out = longer
                    elif (
                        tok.lower_ in _FORMAL_STATE_HEADS
                        and (tok.text[:1].isupper() or tok.lower_ == "state")
                        and any(
                            t.kind == "country" and s <= obj.i < e
                            for s, e, t in self.match_terms(np_tokens(obj))
                        )
                    ):
                        # "the Republic of Ghana": a state's formal name the base
                        # does not list is the country's (and _formal_state's)
                        out = longer
        return out

    def _whole_body_name(self, tokens: list[Token], head: Token) -> list[Token]:
        """Add the rest of a body's name of the base that the head's phrase begins
        but the parse put in a clause or a preposition of the head ("Reporters
        Without Borders", "the Committee to Protect Journalists")."""
        if not head.text[:1].isupper() or head.i + 1 >= len(head.doc):
            return tokens  # the tagger may call "Reporters" a common noun
        doc = head.doc
        last = head.right_edge.i + 1
        if head.dep_ == "conj":
            # "Amnesty International and Doctors Without Borders": the parse may hang
            # the name's capitalised words after the conjunct on the first conjunct
            while last < len(doc) and doc[last].is_title:
                last += 1
        for tok in tokens:
            if tok.i > head.i:
                break
            n = self._longest.get(_word(tok), 0)
            if tok.i + n <= head.i + 1:
                continue
            for start, end, term in self.match_terms(
                list(doc[tok.i : min(tok.i + n, last)])
            ):
                if start == tok.i and end > head.i + 1 and term.kind == "org":
                    have = {t.i for t in tokens}
                    extra = [t for t in doc[head.i + 1 : end] if t.i not in have]
                    return sorted([*tokens, *extra], key=lambda t: t.i)
        return tokens

    def _of_owner_conjunct(self, head: Token) -> Actor | None:
        """ "The foreign ministers of Brazil and MEXICO", parsed with the second
        country a conjunct of the plural head, not of "Brazil": the head's office in
        that country. None for any other phrase."""
        noun = head.head
        if (
            head.dep_ != "conj"
            or head.pos_ != "PROPN"
            or noun.pos_ != "NOUN"
            or noun.tag_ != "NNS"
            or noun.i > head.i
        ):
            return None
        owners = [
            g
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ in ("of", "from") and c.i < head.i
            for g in c.children
            if g.dep_ == "pobj"
        ]
        if not owners or owners[-1].right_edge.i + 2 < head.i:
            return None  # "the ministers of Brazil ... and Mexico" said apart
        country = self._bare_country(head)
        if country is None or any(self._bare_country(o) is None for o in owners):
            return None
        sector = self._sector(np_tokens(noun))
        if sector is None:
            return None
        text = f"{_span_text(np_tokens(noun))} of {head.text}"
        return Actor(
            text,
            actor_code(country, sector),
            country,
            sector,
            None,
            why=f'"{head.text}" shares "{noun.text}" of "{owners[-1].text}": {sector}',
        )

    def _dangling_owner(self, head: Token) -> Actor | None:
        """ "GHANA's and Togo's presidents": a country's possessive with nothing of
        its own, whose conjunct is what another country owns, owns that too."""
        if head.pos_ != "PROPN" or not any(
            c.dep_ == "case" and c.text in _POSSESSIVE for c in head.children
        ):
            return None
        owned = next(
            (
                c
                for c in head.children
                if c.dep_ == "conj"
                and c.pos_ == "NOUN"
                and any(g.dep_ == "poss" for g in c.children)
            ),
            None,
        )
        if owned is None:
            return None
        country = self._bare_country(head)
        if country is None:
            return None
        other = {t.i for g in owned.children if g.dep_ == "poss" for t in g.subtree}
        words = [t for t in np_tokens(owned) if t.i not in other]
        sector = self._sector(words)
        if sector is None:
            return None
        text = f"{head.text}'s {_span_text(words)}"
        return Actor(
            text,
            actor_code(country, sector),
            country,
            sector,
            None,
            why=f'"{head.text}\'s" owns "{owned.text}" too: {sector}',
        )

    def _bare_country(self, tok: Token) -> str | None:
        """The country a proper name names alone ("Mexico", "Burkina Faso")."""
        words = [t for t in tok.lefts if t.dep_ == "compound"]
        run = [*words, tok]
        found = self.match_terms(run)
        if len(found) != 1 or found[0][0] != run[0].i or found[0][1] != tok.i + 1:
            return None
        term = found[0][2]
        return term.country if term.kind == "country" else None

    def _title_then_names(
        self, tokens: list[Token], head: Token, matches: list[tuple[int, int, Term]]
    ) -> str | None:
        """ "President Faustin-Archange Touadera", the name tagged a body or a place:
        a one-word person's title, capitalised, right before two or more capitalised
        names the base does not know, that end at the head, is a person's name (the
        names, or None)."""
        ends = [e for s, e, t in matches if t.kind == "role" and e - s == 1]
        if not ends:
            return None
        doc = head.doc
        end = max(ends)
        title = doc[end - 1]
        if not title.text[:1].isupper() or title.lower_ not in self._person_roles:
            return None
        run = list(doc[end : head.i + 1])
        words = [t for t in run if t.pos_ == "PROPN"]
        if (
            len(words) < 2
            or any(t not in words and t.text != "-" for t in run)
            or any(
                not t.text[:1].isupper() or t.text.isupper() or len(t.text) < 2
                for t in words
            )
            or any(t.lower_ in self.base.body_heads for t in words)
            or self.match_terms(run)
            or any(t.i not in {x.i for x in tokens} for t in run)
        ):
            return None
        return " ".join(t.text for t in words)

    def _recall_hyphenated_body(
        self, head: Token, day: str | None, memory: DocMemory
    ) -> None:
        """ "Workers at Sibanye-Stillwater's Kloof gold mine went on strike. SIBANYE
        said ...": a lone name that is the first part of a hyphenated body's name an
        earlier sentence gave, where no event was coded, is read there first (which
        remembers the first part as that body)."""
        doc = head.doc
        start = sentence_of(head).start
        for i in kept(doc[:], "hyphen_firsts", _hyphen_firsts).get(head.text, ()):
            if i >= start:
                break
            saved = (
                dict(memory.sectors),
                dict(memory.titled),
                {k: list(v) for k, v in memory.sectors_seen.items()},
                list(memory.bodies),
                list(memory.named_bodies),
            )
            self.resolve(doc[i], day, memory, None, None, 1)
            (
                memory.sectors,
                memory.titled,
                memory.sectors_seen,
                memory.bodies,
                memory.named_bodies,
            ) = saved
            if head.text in memory.acronyms:
                return

    def _recall_full_name(
        self, head: Token, day: str | None, memory: DocMemory
    ) -> None:
        """ "the Russian fighters who guard President Faustin-Archange Touadera ...
        In March, TOUADERA flew to Moscow": a lone surname whose full name, with the
        title before it, an earlier sentence gave where no event was coded (so the
        story never remembered the person) is read there first, and remembered."""
        doc = head.doc
        start = sentence_of(head).start
        for i in kept(doc[:], "full_names", _full_names).get(head.text, ()):
            if i >= start:
                break
            tok = doc[i]
            words = np_tokens(tok)
            if tok.ent_type_ != "PERSON" and not self._title_then_names(
                words, tok, self.match_terms(words)
            ):
                continue  # a body's name ("the Sri Lanka Navy"): no person
            # only the person is remembered: the bodies and titles the story named
            # last stay as they were
            saved = (
                dict(memory.sectors),
                dict(memory.titled),
                {k: list(v) for k, v in memory.sectors_seen.items()},
                list(memory.bodies),
                list(memory.named_bodies),
            )
            found = self.resolve(tok, day, memory, None, None, 1)
            (
                memory.sectors,
                memory.titled,
                memory.sectors_seen,
                memory.bodies,
                memory.named_bodies,
            ) = saved
            if found is not None and found.actor.name:
                return

    def _opening_country(self, head: Token) -> str | None:
        """The country a sentence opens with, set off by a comma, before ``head``
        ("IN NIGER, the junta revoked ...", "In neighbouring Chad, the authorities
        ..."): the scene the sentence's state words belong to, or None."""
        sent = sentence_of(head)
        first = sent.start
        doc = head.doc
        while first < head.i and (doc[first].is_punct or doc[first].is_space):
            first += 1
        tok = doc[first]
        if tok.lower_ != "in" or tok.dep_ != "prep":
            return None
        objs = [c for c in tok.children if c.dep_ == "pobj"]
        if len(objs) != 1:
            return None
        obj = objs[0]
        end = max(t.i for t in obj.subtree) + 1
        if end >= head.i or doc[end].text != ",":
            return None
        # the phrase hangs on the head's own clause ("In Niger, the junta revoked")
        if tok.head not in (head.head, *head.ancestors):
            return None
        # "In neighbouring Niger": a lower-case word before the name is no part of it
        run = [
            *(t for t in obj.lefts if t.dep_ == "compound" and not t.text.islower()),
            obj,
        ]
        found = self.match_terms(run)
        if len(found) != 1 or found[0][0] != run[0].i or found[0][1] != obj.i + 1:
            return None
        term = found[0][2]
        return term.country if term.kind == "country" else None

    def _country_name_before(self, head: Token) -> tuple[int, int] | None:
        """(start, end) of a country's name with "and" inside it ("Trinidad and
        Tobago", "Antigua and Barbuda") that starts at ``head`` and ends inside the
        phrase of the head's conjunct, when that conjunct's head comes after the name
        ("Trinidad and Tobago's prime minister": the minister is the conjunct)."""
        doc = head.doc
        if head.pos_ != "PROPN" or head.i + 2 >= len(doc):
            return None
        if doc[head.i + 1].lower_ != "and" or doc[head.i + 1].head != head:
            return None
        span = self._country_across_and(doc, head.i, head.i + 1)
        if span is None:
            return None
        end = span[1]
        if any(c.dep_ == "conj" and c.i >= end for c in head.children):
            return span
        return None

    def _country_name_after_and(self, tokens: list[Token], head: Token) -> list[Token]:
        """The phrase with the first words of a country's name that the parse left
        before its "and" ("Tobago's prime minister" is Trinidad and Tobago's), when
        the phrase's head comes after the name."""
        first = tokens[0]
        if first.i < 2 or first.i > head.i or first.doc[first.i - 1].lower_ != "and":
            return tokens
        doc = head.doc
        for start in range(first.i - 2, max(first.i - 5, -1), -1):
            span = self._country_across_and(doc, start, first.i - 1)
            if span is not None and span[1] <= head.i:
                extra = list(doc[span[0] : first.i])
                return [*extra, *tokens]
        return tokens

    def _country_across_and(
        self, doc: Doc, start: int, and_i: int
    ) -> tuple[int, int] | None:
        """(start, end) of a country's name of the base that starts at token ``start``
        and runs past the "and" at ``and_i``."""
        n = self._longest.get(_word(doc[start]), 0)
        if start + n <= and_i + 1:
            return None
        run = list(doc[start : min(start + n, len(doc))])
        for s, e, term in self.match_terms(run):
            if s == start and e > and_i + 1 and term.kind == "country":
                return s, e
        return None

    @cached_property
    def _person_roles(self) -> frozenset[str]:
        """One-word role words and titles that can name a person's office ("minister",
        "spokeswoman", "Commissioner"), less those that name bodies or companies."""
        words = {
            key[0]
            for key, term in self.base.terms.items()
            if len(key) == 1 and term.kind == "role" and term.sector != "BUS"
        }
        words |= {key[-1] for key in self.base.titles}
        bodies = set(self.base.body_heads) | set(self.base.common_heads)
        return frozenset(words - bodies - _BODY_ANAPHORS - _INSTITUTIONS)

    @cached_property
    def _longest(self) -> dict[str, int]:
        """The most words of a base term that starts with each first word."""
        longest: dict[str, int] = {}
        for key in self.base.terms:
            if len(key) > longest.get(key[0], 0):
                longest[key[0]] = len(key)
        return longest

    def match_terms(self, tokens: list[Token]) -> list[tuple[int, int, Term]]:
        """Longest-first matches of base terms in a run of tokens: (start i, end i, term);
        remembered for the doc being read (a phrase is matched again and again)."""
        if not tokens:
            return []
        return self._matched(tokens[0].doc, tuple(t.i for t in tokens), tokens)

    def match_doc(self, doc: Doc) -> list[tuple[int, int, Term]]:
        """``match_terms`` of the whole doc, read from its arrays (no token is made
        but where a term may start)."""
        self.reading(doc)
        return self._matched(doc, tuple(range(len(doc))))

    def reading(self, doc: Doc) -> None:
        """Start reading ``doc`` afresh: its words and lemmas as they are now (after
        the headline is mended), and no run matched yet."""
        self._memo = (doc, {}, *_doc_words(doc))

    def _matched(
        self, doc: Doc, key: tuple[int, ...], tokens: list[Token] | None = None
    ) -> list[_Match]:
        state = self._memo  # one (doc, memo, words, lemmas) set, read once: thread-safe
        if state[0] is not doc:
            state = self._memo = (doc, {}, *_doc_words(doc))
        _, memo, words, lemmas = state
        found = memo.get(key)
        if found is None:
            found = memo[key] = self._match_terms(
                doc, key, [words[i] for i in key], lemmas, tokens
            )
        return found

    def _person_names(self, doc: Doc) -> list[tuple[str, ...]]:
        """The names of the people the doc's entities name, remembered for the doc
        being read (``doc.ents`` builds every entity of the doc each time)."""
        state = self._persons  # one (doc, names) pair, read once: safe across threads
        if state[0] is not doc:
            state = self._persons = (
                doc,
                [surface_key(e.text) for e in doc.ents if e.label_ == "PERSON"],
            )
        return state[1]

    def _match_terms(
        self,
        doc: Doc,
        at: tuple[int, ...],
        words: list[str],
        lemmas: list[str],
        tokens: list[Token] | None,
    ) -> list[_Match]:
        """The matches in the run of token indices ``at`` (the tokens, when made),
        whose words (as the base keys them) are ``words``; ``lemmas`` are the doc's
        lower-case lemmas."""
        terms = self.base.terms
        first_words = self.base.first_words
        longest = self._longest
        found: list[_Match] = []
        n = len(at)
        past = 0  # the first position past the last match
        for k in range(n - 1):
            if words[k] in ARABIC_ARTICLES and words[k + 1] == "-":
                words[k] = "al"  # "el-Bashir" is "al-Bashir" (see surface_key)
        # where a term may start: its word or its lemma begins one
        starts = [
            k
            for k in range(n)
            if words[k] in first_words or lemmas[at[k]] in first_words
        ]
        for pos in starts:
            if pos < past:
                continue  # inside the term matched before
            word = words[pos]
            if word not in first_words:
                word = lemmas[at[pos]]
            for length in range(min(longest.get(word, 1), n - pos), 0, -1):
                first, last = at[pos], at[pos + length - 1]
                if last - first != length - 1:
                    continue  # not contiguous in the text
                key = tuple(words[pos : pos + length])
                term = terms.get(key)
                if term is None:
                    key = (*key[:-1], lemmas[last])
                    term = terms.get(key)
                if term is None:
                    continue
                run = (
                    tokens[pos : pos + length]
                    if tokens is not None
                    else [doc[i] for i in range(first, last + 1)]
                )
                if _case_fits(term.text, run):
                    if term.kind == "role" and _bracketed_capitals(run):
                        break  # "the Journalists' Association of Serbia (NUNS)"
                    if term.kind in _PLACE_KINDS and _names_currency(run[-1]):
                        break  # "US $50 million", "Hong Kong dollars": money
                    if (
                        term.kind in ("country", "capital")
                        and run[0].ent_type_ == "PERSON"
                        and run[0].ent_iob_ == "I"
                    ):
                        break  # "her lawyer, Juan Carlos PORTUGAL": a surname
                    if term.kind in ("country", "capital") and self._given_name(run):
                        break  # "Health Secretary ADEN Duale": a first name
                    if term.kind == "country" and in_place_name(run):
                        break  # "the Niger Delta", "the Trans Niger pipeline"
                    if term.kind == "org" and _ends_longer_name(run[0], found):
                        break  # "the Social Democratic Party" is no US party
                    if term.kind == "capital" and _club_name(run, terms):
                        break  # "Real Madrid", "Dynamo Kyiv": a club, not a state
                    found.append((first, last + 1, term))
                    past = pos + length
                    break
        return found

    # -- phrases -----------------------------------------------------------------------
    def resolve(
        self,
        head: Token,
        day: str | None,
        memory: DocMemory,
        speaker: Actor | None = None,
        context_country: str | None = None,
        depth: int = 0,
        tokens: list[Token] | None = None,
    ) -> Mention | None:
        """The actor a noun-phrase head names, or None when it names none.
        ``tokens`` gives the phrase when it is not the head's own subtree (one part
        of a coordination the parser buried inside a noun phrase)."""
        lower = head.lower_
        if head.pos_ == "PRON" or (head.text.islower() and lower in _PERSON_PRONOUNS):
            actor = None
            if lower in _FIRST_PERSON:
                actor = speaker
            elif lower in _PERSON_PRONOUNS:
                actor = self._titled_speaker(head, speaker) or memory.person_for(head)
            elif (
                lower == "them"
                and depth == 0
                and (higher := self._higher_subject(head, day, memory)) is not None
            ):
                actor = higher  # "militiamen abducted an official who defied THEM"
            elif (
                lower in _BODY_PRONOUNS and speaker is not None and speaker.name is None
            ):
                # "Hungary said IT would support ...", but "the rebels freed two
                # engineers THEY had kidnapped, the ministry said": a plural doer of
                # the report named before "they" is nearer than its speaker
                actor = (
                    self._plural_subject_above(head, day, memory, speaker)
                    if lower in _PLURAL_PRONOUNS and depth == 0
                    else None
                ) or speaker
            elif lower in _PLURAL_PRONOUNS and depth == 0:
                actor = self._plural_before(head, day, memory)
            elif lower == "it" and depth == 0:
                actor = self._singular_before(head, day, memory)
            if actor is None:
                return None
            code, sector, why = actor.code, actor.sector, ""
            if sector == "ELI" and actor.is_plain and _prosecuted(head):
                # "upholding a graft conviction against HIM" (a former president):
                # whom the state prosecutes is the opposition, as by name
                code, sector = actor_code(actor.country, "OPP"), "OPP"
                why = "; a former office-holder the state prosecutes is OPP"
            return Mention(
                Actor(
                    head.text,
                    code,
                    actor.country,
                    sector,
                    actor.name,
                    why=f'"{head.text}" refers to {actor.text}{why}',
                ),
                head.i,
                head.i,
                head.i + 1,
            )
        if lower in _LATTER and depth == 0:
            # "X met Y. THE LATTER accused ...": one of the last two actors named
            return self._latter(head, day, memory)
        if _town_of_a_meeting(head):
            return None  # "this first Brussels meeting with Vucic": where, not who
        region = self._region_collective(head)
        if region is not None:
            return region
        if (
            speaker is not None
            and speaker.sector in _FORCE_SECTORS
            and speaker.country
            and head.lemma_.lower() in _FORCE_MEMBERS
            and head.tag_ == "NNS"
            and all(
                c.dep_ == "det"
                # "the police chief said HIS officers had ...": the speaker's own
                or (c.dep_ == "poss" and c.lower_ in ("his", "her", "our"))
                for c in head.children
            )
        ):
            # "a police spokesman said OFFICERS had arrested ...": a force's own
            # spokesman tells of the force's members
            return Mention(
                Actor(
                    head.text,
                    actor_code(speaker.country, speaker.sector),
                    speaker.country,
                    speaker.sector,
                    None,
                    why=f'"{head.text}" told of by {speaker.text}: its members',
                ),
                head.i,
                min(c.i for c in (head, *head.children)),
                head.i + 1,
            )
        if (
            speaker is not None
            and speaker.sector in _EXECUTIVE_SECTORS
            and speaker.country
            and head.lemma_.lower() in _ARMED_MEMBERS
            and head.tag_ == "NNS"
            and any(c.dep_ == "poss" and c.lower_ == "its" for c in head.children)
            and all(
                c.dep_ in ("poss", "det") or c.lower_ == "own" for c in head.children
            )
        ):
            # "Russia's defence ministry said ITS FORCES had captured ...": a state
            # organ's own forces are its country's military (not the country the
            # sentence names next: "repelled Russian assaults")
            code = actor_code(speaker.country, "MIL")
            return _phrase_mention(
                head,
                Actor(
                    head.text,
                    code,
                    speaker.country,
                    "MIL",
                    None,
                    why=f'"{head.text}" of {speaker.text}, who says so',
                ),
            )
        if (
            speaker is not None
            and speaker.sector in _ARMED_SECTORS
            and head.lemma_.lower() in _ARMED_MEMBERS
            and head.tag_ == "NNS"
            and any(
                c.dep_ == "poss" and c.lower_ in ("its", "their") for c in head.children
            )
            # (words of its own say whose it is: "its rebel combatants" in the
            # words of a "military spokesman" are not the military's)
            and all(
                c.dep_ in ("poss", "det") or c.lower_ == "own" for c in head.children
            )
        ):
            # "a spokesman for the Houthis said THEIR FORCES had attacked ...": an
            # armed body's spokesman tells of its own fighters (not of the country
            # the sentence names: "a Greek-owned tanker")
            # (a body's name goes with it, a person's does not: "the rebel commander
            # said their fighters" are not the commander)
            body = speaker.name if len(speaker.code) > 6 else None
            return _phrase_mention(
                head,
                replace(
                    speaker,
                    name=body,
                    why=f'"{head.text}" of {speaker.text}, who says so',
                ),
            )
        if (
            depth == 0
            and head.lemma_.lower() in _ARMED_MEMBERS
            and head.tag_ == "NNS"
            and head.dep_ in ("nsubj", "nsubjpass")
            and [c.lower_ for c in head.children] == ["their"]
            and (body := self._conjoined_armed_subject(head, day, memory)) is not None
        ):
            # "The Taliban said 46 people were killed, and THEIR FORCES attacked
            # border posts": the armed body the clause before is about (not the
            # "Pakistani jets" of the sentence before)
            return _phrase_mention(
                head,
                replace(
                    body,
                    name=body.name if len(body.code) > 6 else None,
                    why=f'"their {head.text}" of {body.text}, the clause before',
                ),
            )
        if (
            depth == 0
            and (head.lower_ in _SPOKES or head.lower_ in _BODY_HEADS)
            and any(c.dep_ == "poss" and c.lower_ == "its" for c in head.children)
            and all(
                c.dep_ in ("poss", "det", "appos", "punct", "prep", "acl", "relcl")
                for c in head.children
            )
            and (body := self._spoken_for(head, day, memory, context_country))
            is not None
        ):
            if head.lower_ in _SPOKES:
                # "UNIFIL said one of its positions was hit. ITS SPOKESMAN, Andrea
                # Tenenti, called on ...": the body he speaks for (was the country
                # the sentence named)
                return _phrase_mention(
                    head,
                    replace(
                        body,
                        text=head.text,
                        why=f'"its {head.text}" speaks for {body.text}, named before',
                    ),
                )
            if body.sector in _SIDE_SECTORS:
                # "The opposition Citizen Revolution party criticised the decree. ITS
                # LEADER, Luisa Gonzalez, called for ...": the party's leader (was a
                # government's, what "leader" alone is)
                return _phrase_mention(
                    head,
                    replace(
                        body,
                        text=head.text,
                        name=None,
                        why=f'"its {head.text}" leads {body.text}, named before',
                    ),
                )
        if (
            depth == 0
            and head.lemma_.lower() in _BODY_PEOPLE
            and head.tag_ == "NNS"
            and any(c.dep_ == "poss" and c.lower_ == "its" for c in head.children)
            and all(c.dep_ in ("poss", "det") for c in head.children)
            and (body := self._its_body(head, day, memory, context_country)) is not None
        ):
            # "the court dissolved the Move Forward Party and banned ITS LEADERS": the
            # party's, not a government's (what "leaders" alone are)
            return _phrase_mention(
                head,
                replace(
                    body,
                    name=None,
                    why=f'"{head.text}" of {body.text}, named before it',
                ),
            )
        if (
            head.lemma_.lower() in _FORCE_MEMBERS
            and head.tag_ == "NNS"
            and all(c.dep_ == "det" for c in head.children)
            and (police := self._police_story(head, memory)) is not None
        ):
            # "... an inquiry into police conduct. IPOA accused OFFICERS of firing
            # live rounds": in a story of the police alone, its officers
            return Mention(
                replace(
                    police,
                    text=head.text,
                    name=None,
                    why=f'"{head.text}" of the police named just before',
                ),
                head.i,
                min(c.i for c in (head, *head.children)),
                head.i + 1,
            )
        if _craft_name(head):
            # "the cruise ship Queen Amelia": a ship, not a queen; "the British warship
            # HMS Diamond" is what its craft's words say, "USS Carver" its navy's
            return self._craft(head, day, memory, speaker, context_country, depth)
        owned = _stray_owned(head) if tokens is None and depth == 0 else None
        if owned is not None:
            # "Russia's Gazprom and Turkey's BOTAS", parsed with BOTAS an appositive
            # of Gazprom: the conjunct "Turkey" is the owner of the name after it
            return self.resolve(
                owned,
                day,
                memory,
                speaker,
                context_country,
                depth,
                sorted([*np_tokens(head), *np_tokens(owned)], key=lambda t: t.i),
            )
        if (
            tokens is None
            and depth == 0
            and head.pos_ == "PROPN"
            and head.dep_ != "compound"
            and _word(head) not in memory.people
            and not any(c.dep_ == "compound" for c in head.children)
        ):
            self._recall_full_name(head, day, memory)
            if head.text not in memory.acronyms:
                self._recall_hyphenated_body(head, day, memory)
        if tokens is None and _told_surname(head, memory):
            # "Price accused Moscow ..." after "the spokesman, Ned Price": the tagger
            # reads a capitalised surname at a sentence's start as a common noun
            known = memory.people[_word(head)]
            return Mention(
                replace(
                    known,
                    text=head.text,
                    why=f'"{head.text}" is {known.text}, named earlier',
                ),
                head.i,
                head.i,
                head.i + 1,
            )
        if (
            head.ent_type_ in ("GPE", "LOC")
            and any(c.dep_ == "appos" and c.ent_type_ == "DATE" for c in head.children)
            and not _aged(head)
        ):
            return None  # "New York, March 22, 2016 - ...": a dateline, never an actor
        if _inside_name(head):
            return None  # "Justice" of "the Justice and Development Movement"
        if head.pos_ == "PROPN" and _names_currency(head):
            return None  # "US $5 million": the parse may make the prefix the head
        tokens = self._whole_body_name(
            self._of_titles(
                _joined_name(_with_name(np_tokens(head), head), head)
                if tokens is None
                else tokens
            ),
            head,
        )
        shared = (
            self._of_owner_conjunct(head) or self._dangling_owner(head)
            if depth == 0
            else None
        )
        if shared is not None:
            # "the interior ministers of Spain and MOROCCO", with Morocco parsed as a
            # conjunct of the ministers: Morocco's interior minister
            return Mention(shared, head.i, head.i, head.i + 1)
        if depth == 0 and self._country_name_before(head) is not None:
            # "TRINIDAD and Tobago's prime minister", parsed as two doers: the first
            # words of the country's name are the owner of the second phrase
            return None
        tokens = self._country_name_after_and(tokens, head)
        if head.lemma_.lower() in _CRAFTS:
            # "the oil tanker President Obama": the craft's name is no one's words
            named = {t.i for c in head.children if _craft_name(c) for t in c.subtree}
            tokens = [t for t in tokens if t.i not in named]
            flag = self._flag(tokens, head)
            if flag is not None:
                return flag
        if self._cited_only(tokens, memory):
            return None
        spoken = _language_names(tokens)
        if any(t.lower_ == "ethnic" for t in tokens) or spoken:
            # "ethnic Albanians in south Serbia": the people's own name is no state
            # of theirs; the country is another one the sentence names ("French-
            # speaking judges" in Bamenda: nor is a language's)
            inside = spoken or {t.i for t in tokens}
            sent = sentence_of(head)
            others = [
                (pos, c)
                for pos, c in memory.countries_between(sent.start, sent.end)
                if pos not in inside
            ]
            context_country = min(
                others, key=lambda pc: abs(pc[0] - head.i), default=(0, None)
            )[1]
        if context_country is not None and depth == 0:
            context_country = self._not_an_owners(tokens, head, context_country, memory)
        if context_country is not None and depth == 0:
            context_country = self._not_where_it_was_said(head, context_country, memory)
        if context_country is not None and depth == 0:
            context_country = self._not_a_regions(head, context_country, memory)
        if context_country is not None and depth == 0:
            context_country = self._not_in_anothers_words(
                tokens, head, context_country, memory
            )
        if context_country is not None and depth == 0:
            context_country = self._its_country_before(
                tokens, head, context_country, memory
            )
        if context_country is not None and depth == 0:
            context_country = self._not_what_it_says(
                tokens, head, context_country, memory
            )
        acted_in: str | None = None  # the country of the place the act is in
        filed_in: str | None = None  # the dateline's, taken for the other side's
        if (
            context_country is not None
            and depth == 0
            and self._filed_under(head, context_country, memory)
        ):
            # "KINSHASA - ... Police detained Maurel": a sentence that names no
            # country lent the dateline's; that is where the act is, not a country
            # borrowed from a word nearby (nor to be traded for a foreign
            # journalist's)
            filed_in = context_country
        if (
            context_country is not None
            and depth == 0
            and self._country_is_the_other_side(head, context_country, memory)
        ):
            # "the country's top diplomat accused Russia": the country the doer
            # acts on is not the doer's; the dateline's is, else the one the story
            # is most about when that is another ("Syria's war ... The regime
            # accused Turkey")
            dateline = getattr(sentence_of(head)._, "dateline", None)
            other = context_country
            # "gunmen abducted a Swiss woman in AGADEZ": the town the doer's own
            # act is in, when it is of another country; else the dateline's
            context_country = self._town_country(head, other, memory, countries=True)
            acted_in = context_country
            if context_country is None and dateline is not None:
                context_country = filed_in = memory.filed.get(dateline.start)
            if context_country is None and memory.main_country != other:
                context_country = memory.main_country
        if (
            context_country is not None
            and head.lemma_.lower() in _ENVOY_WORDS
            and _WORLD_SEATS.get(_seat_word(head)) == context_country
        ):
            # "officials in Geneva", "diplomats in The Hague": a town that seats
            # the world's bodies says nothing of whose officials they are (a
            # capital's do: "officials in Vienna"; a town's police are its own)
            context_country = None
        if (
            context_country is not None
            and depth == 0
            and self._fought_by_its_doer(tokens, head, context_country, memory)
        ):
            # "Al-Shabaab attacked a Kenyan base in Somalia. Kenya's military said
            # its troops had killed 30 MILITANTS": rebels a country's own side acts
            # on, with no country of their own, are of the armed group the story
            # named last in another country, not the doer's
            context_country = next(
                a.country
                for sector in ("REB", "INS")
                for a in reversed(memory.sectors_seen.get(sector, ()))
                if a.country and a.country != context_country
            )
        if context_country is not None and depth == 0:
            other = self._victims_country(tokens, head, context_country, memory)
            if other is not None:
                # "Russian shelling killed three civilians in Kupiansk, Ukrainian
                # officials said": the dead are not of the doers' country when the
                # sentence names another one outside the doers' phrase
                context_country = other
        if context_country is None:
            # a story that names no country but a national body ("the FARC") is
            # about that body's country
            # a court or the police acts where it has jurisdiction: on the people
            # of its own country ("a regional court ... former President Lula")
            people = (
                self._people_countries(sentence_of(head))
                if self._of_sectors(tokens, _JURISDICTION)
                else frozenset()
            )
            context_country = _body_country(memory, people)
        defined = (
            memory.acronyms.get(head.text)
            if _acronym(head.text) or head.pos_ == "PROPN"
            else None
        )
        if defined is None and depth < 2:
            defined = self._bracketed_acronym(head, day, memory, depth)
        if defined is None and depth < 2:
            defined = self._bracketed_appositive(head, day, memory, depth)
        if defined is not None and len(tokens) <= 2:
            # "JEM" after "the Justice and Equality Movement (JEM)": the story's own
            return Mention(
                replace(
                    defined,
                    text=_span_text(tokens),
                    why=f'"{head.text}" is {defined.text}, named before',
                ),
                head.i,
                min(t.i for t in tokens),
                max(t.i for t in tokens) + 1,
            )
        actor = (
            self._leaders_of_an_unknown_body(head, day, memory, depth)
            or (self._force_named_before(tokens, head, memory) if depth == 0 else None)
            or (self._antecedent(tokens, head, day, memory) if depth == 0 else None)
            or (self._same_group(tokens, head, day, memory) if depth == 0 else None)
            or _world_lender(tokens, head, memory)
            or self._owners_own(tokens, head, speaker, memory)
            or self._shares_conjuncts_noun(tokens, head)
            or _head_of_a_place(tokens, head, context_country)
            or _keeper_of_a_facility(tokens, head, context_country)
            or _protest_leaders(tokens, head, context_country)
            or self._describe(tokens, head, day, memory, None)
            or _the_country(tokens, head, memory)
        )
        if actor is None and depth < 2:
            actor = self._staff_of(tokens, head, day, memory, depth)
        if actor is None and depth < 2:
            actor = self._named_before(tokens, head, day, memory, depth)
        # an appositive names the person or fills in what the head leaves out
        for child in head.children:
            if (
                child.dep_ == "appos"
                and not _after_owner(child)
                and not _craft_name(child)
            ):
                extra = self._describe(np_tokens(child), child, day, memory, None)
                if extra is None and depth < 2:
                    extra = self._role_appositive(head, child, day, memory, depth)
                kind = None
                if extra is None and depth < 2:
                    extra = kind = self._kind_appositive(
                        head, child, day, memory, depth
                    )
                if (
                    kind is not None
                    and actor is not None
                    and actor.is_plain
                    and actor.name is None
                    # (a country is no body of a kind: "Sudan, a party to the war")
                    and actor.sector is not None
                ):
                    # "the Forces Vives du Senegal, a coalition of opposition
                    # parties": what the appositive says the body is wins over a
                    # word of a name the base does not know ("Forces": MIL)
                    actor = replace(
                        actor,
                        code=actor_code(actor.country, kind.sector),
                        sector=kind.sector,
                        why=f"{actor.why}; {kind.why}",
                    )
                    continue
                name = _person_name(head) if extra is not None else None
                if (
                    extra is not None
                    and extra.name is None
                    and name
                    and extra.sector is not None
                    and (actor is None or actor.name is None)
                ):
                    # "Kyi, a senior member of the NLD", "General Musa Bello,
                    # Nigeria's army chief": "Kyi" or "Bello" later is that person
                    extra = replace(extra, name=name, why=f"{extra.why}; named {name}")
                if (
                    extra is not None
                    and actor is not None
                    and self._base_only(actor, extra, tokens)
                ):
                    # "Kenzo Oshima, the UN relief coordinator": the text's title over
                    # the office the base has for the person
                    actor = Actor(
                        actor.text,
                        extra.code,
                        extra.country,
                        extra.sector,
                        actor.name,
                        why=f"{extra.why}; named {actor.name}",
                    )
                elif extra is not None:
                    actor = _merge(actor, extra) if actor else extra
                if (
                    actor is not None
                    and actor.name is None
                    and _acronym(child.text)
                    and not _not_its_acronym(child.text, actor)
                ):
                    # "the Justice and Equality Movement (JEM)": the story's acronym
                    memory.acronyms[child.text] = actor
        if (
            actor is not None
            and actor.country is None
            and actor.sector is not None
            and actor.is_plain
            and context_country
        ):
            # "Freddy Guevara, a senior politician from the opposition": a role
            # given by the appositive alone takes the sentence's country, as a role
            # word does
            actor = replace(
                actor,
                code=actor_code(context_country, actor.sector),
                country=context_country,
                why=f"{actor.why}; country {context_country} from the sentence",
            )
        if actor is None and depth < 2:
            actor = self._through_prep(
                tokens, head, day, memory, speaker, depth, context_country
            )
            name = _person_name(head) if actor is not None else None
            if actor is not None and actor.name is None and name and actor.sector:
                # "Interior Minister Rashid Benali of Algeria": the country comes
                # through "of", the name is the head's own ("Benali" later is he)
                actor = replace(actor, name=name, why=f"{actor.why}; named {name}")
            if (
                actor is not None
                and actor.country is None
                and actor.code == actor_code(None, actor.sector)
                and actor.sector is not None
                and actor.name is None
                and context_country
                and any(t.lower_ == "of" for t in tokens)
            ):
                # "the Chamber of Agriculture of the East": a body its own words
                # give a sector, with a region of no country after "of", takes the
                # sentence's country as a role word does
                actor = replace(
                    actor,
                    code=actor_code(context_country, actor.sector),
                    country=context_country,
                    why=f"{actor.why}; country {context_country} from the sentence",
                )
        if depth < 2 and (
            actor is None
            or (actor.sector == "CVL" and head.lemma_.lower() in _RELATIVES)
        ):
            # "the president's relatives": kin, a civilian role word, of a leader
            # are the leader's family, an elite
            actor = self._relative_of(head, day, memory) or actor
        if actor is None:
            actor = self._of_a_city(tokens, head)
        if actor is None:
            actor = self._titled_person(tokens, head, memory, day)
        if actor is None:
            actor = _the_host(tokens, head, memory)
        if actor is None:
            actor = self._state_of_region(tokens, head)
        if actor is None:
            actor = _same_body(tokens, head, memory) or _owned_by_body(head, memory)
        if actor is None:
            actor = self._describe(
                tokens, head, day, memory, context_country, bare=True
            )
        if actor is None and depth < 2:
            actor = self._stated_role(tokens, head, day, memory, depth)
        if actor is None and depth < 2:
            actor = self._clause_role(tokens, head, day, memory, context_country, depth)
        if (
            actor is not None
            and actor.country is None
            and actor.sector is not None
            and actor.is_plain
            and actor.name is None
            and head.pos_ == "NOUN"
            and depth < 2
        ):
            # "the regional council of Corsica": a body its own words give a sector
            # takes the country its "of" phrase names
            through = self._of_country(tokens, head, day, memory, depth)
            if through is not None:
                actor = replace(
                    actor,
                    code=actor_code(through.country, actor.sector),
                    country=through.country,
                    why=f"{actor.why}; country {through.country} from {through.why}",
                )
        if actor is None:
            return None
        if (
            head.pos_ == "NOUN"
            and head.lemma_.lower() in _KIN_HEADS
            and actor.sector != "ELI"
            and actor.country is not None
            and actor.code != actor_code(actor.country, "CVL")
            and any(c.dep_ == "poss" and c.pos_ != "PRON" for c in head.children)
        ):
            # "Hamas fighters' families", "two protesters' relatives": the kin of
            # people a possessive names are civilians of those people's country,
            # never their body
            actor = replace(
                actor,
                code=actor_code(actor.country, "CVL"),
                sector="CVL",
                name=None,
                why=f"{actor.why}; their kin are civilians of {actor.country}",
            )
        if (
            actor.code == UNKNOWN_COUNTRY
            and actor.name is None
            and head.pos_ == "PROPN"
            and (works := _works_owned(head)) is not None
        ):
            # "Harmony-Goldfields, which owns the Doornkop mine", "Sibanye-
            # Stillwater's Kloof gold mine": a named body that owns a mine, a plant
            # or a factory is a company
            actor = replace(
                actor,
                code=actor_code(None, "BUS"),
                sector="BUS",
                why=f"{actor.why}; it owns a {works} (BUS)",
            )
        if (
            actor.name is None
            and head.pos_ == "PROPN"
            and (actor.code == UNKNOWN_COUNTRY or actor.sector is not None)
            and (first := _first_part(head)) is not None
            and first.text not in memory.acronyms
            and self.base.terms.get((first.lower_,)) is None
        ):
            # "Sibanye" after "Sibanye-Stillwater": the first part of a hyphenated
            # body's name is that body later, as an acronym given to it is
            memory.acronyms[first.text] = actor
        said = f"country {acted_in} from the sentence"
        if acted_in is not None and actor.country == acted_in and said in actor.why:
            # the country of the place of its act is its own, not one it borrowed
            # from the nearest name ("police arrested 12 Afghan nationals in
            # Peshawar": Pakistan's police, not the Afghans')
            actor = replace(
                actor,
                why=actor.why.replace(
                    said, f"country {acted_in} from the place of its act"
                ),
            )
        said = f"country {filed_in} from the sentence"
        if filed_in is not None and actor.country == filed_in and said in actor.why:
            # nor is the country of the dateline it took when the sentence's was
            # the other side's ("COLOMBO - The navy arrested 14 Indian fishermen")
            actor = replace(
                actor,
                why=actor.why.replace(said, f"country {filed_in} from the dateline"),
            )
        if (
            depth == 0
            and actor.sector == "OPP"
            and actor.country is not None
            and actor.code == actor.country + "OPP"
            and f"country {actor.country} from the sentence" in actor.why
            and filed_in is None
            and (politics := self._home_politics(head, memory)) is not None
            and politics != actor.country
        ):
            # "Vanuatu's parliament approved a pact with Australia. ... The opposition
            # leader accused the government": an opposition the sentence gives no
            # country is of the one country whose own politics the story told (its
            # parliament, parties, opposition), not of the one it names most
            old = f"country {actor.country} from the sentence"
            actor = replace(
                actor,
                code=actor_code(politics, "OPP"),
                country=politics,
                why=actor.why.replace(
                    old, f"country {politics}, whose politics the story told"
                ),
            )
        if (
            actor.sector == "BUS"
            and head.dep_ == "compound"
            and head.head.lemma_.lower() in _PRODUCT_HEADS
        ):
            return None  # "Facebook" of "a Facebook post": the post is no company
        if actor.name is None and head.pos_ == "PROPN":
            for child in head.children:
                if (
                    child.dep_ == "appos"
                    and _acronym(child.text)
                    and child.text not in memory.acronyms
                    and not _after_owner(child)
                    and not _not_its_acronym(child.text, actor)
                ):
                    # "the Independent Policing Oversight Authority (IPOA)", coded
                    # by its own words alone: "IPOA" later is this body too
                    memory.acronyms[child.text] = actor
            known = _known_as(head)
            if (
                known is not None
                and known.text not in memory.acronyms
                and not _not_its_acronym(known.text, actor)
            ):
                # "the Indonesian Doctors Association, KNOWN AS IDI": the same
                memory.acronyms[known.text] = actor
        if (
            actor.name is None
            and actor.sector is not None
            and actor.is_plain
            and head.is_title
            and not head.is_sent_start
        ):
            # "the Front for Renewal and Unity in Chad (FRUC), a rebel group based
            # in southern Libya": the country its own name holds
            end = next(
                (t.i for t in head.subtree if t.i > head.i and t.text in "(,[—-"),
                head.right_edge.i + 1,
            )
            actor = self._named_country(actor, head.doc[head.i : end])
        if actor.name is None and actor.sector is not None and depth == 0:
            for tok in head.subtree:
                if (
                    tok.i > head.i
                    # the name the bracket closes is this head's own ("supporters
                    # of the United Party for National Development (UPND)": no)
                    and (start := _defined_name_start(tok)) is not None
                    and (start <= head.i or _appositive_name_at(head, start, tok))
                    and not _fits(tok.text, memory.acronyms.get(tok.text))
                ):
                    # "the Movement for Democracy in Chad (MDC)", where the parse
                    # hangs the bracket on "Chad": the acronym is the whole body's,
                    # over the base's namesake
                    memory.acronyms[tok.text] = self._named_country(
                        actor, head.doc[head.i : tok.i - 1]
                    )
        if actor.name is None and head.pos_ == "NOUN":
            name = _appositive_name(head)
            if name is not None and (
                head.lemma_.lower() in _BODY_ANAPHORS
                or head.lemma_.lower() in self.base.common_heads
            ):
                memory.body_names.add(name.lower())
            if name is not None:
                actor = Actor(
                    actor.text,
                    actor.code,
                    actor.country,
                    actor.sector,
                    name,
                    why=f"{actor.why}; named {name}",
                )
        if (
            head.pos_ == "NOUN"
            and actor.sector in _FAITH_OVERRIDES
            and actor.is_plain
            and head.lemma_.lower() in _FAITH_HEADS
            and any(
                c.dep_ in ("amod", "compound", "nmod") and c.lower_ in _FAITHS
                for c in head.children
            )
        ):
            # "Christian leaders in Nigeria": a faith's, not the state's "leaders"
            actor = replace(
                actor,
                code=actor_code(actor.country, "REL"),
                sector="REL",
                why=f"{actor.why}; of a faith",
            )
        if (
            depth == 0
            and actor.sector == "GOV"
            and actor.is_plain
            and ("from the sentence" in actor.why or actor.country is None)
            and head.dep_ in ("nsubj", "nsubjpass")
            and self._bare_spokesman(tokens, head)
            and (body := self._spoken_for_before(head, day, memory)) is not None
            and body.country is not None
        ):
            # "Belarus's foreign ministry called the accusations absurd. Spokesman
            # Ruslan Varankov said ...": a spokesman no words tie to a body speaks
            # for the body the sentence before had as its subject (not the country
            # this one names: "accused Vilnius")
            actor = replace(
                actor,
                code=body.code,
                country=body.country,
                sector=body.sector,
                why=f"{actor.why.split('; country')[0]}; speaks for {body.text}, "
                "the subject of the sentence before",
            )
        if (
            head.pos_ == "ADJ"
            and head.dep_ in ("amod", "compound")
            and actor.is_plain
            and actor.sector is None
            and actor.name is None
            and actor.country is not None
            and actor.code == actor.country
            and _armed_act(head.head)
        ):
            # "Israeli air strikes killed 12 people": the forces that strike
            actor = replace(
                actor,
                code=actor_code(actor.country, "MIL"),
                sector="MIL",
                why=f"{actor.why}; on an act of war, its forces (MIL)",
            )
        if actor.name:
            memory.remember(actor, head, self._sex(actor, head))
            for _, _, term in self.match_terms(tokens):
                if term.kind == "role":
                    memory.titles[term.text.lower()] = actor
                    if actor.country:
                        memory.titles_of[term.text.lower(), actor.country] = actor
        elif head.pos_ == "NOUN" and not actor.code.startswith(UNKNOWN_COUNTRY):
            for _, _, term in self.match_terms(tokens):
                if term.kind == "role" and term.sector == actor.sector:
                    title = term.text.lower()
                    memory.titled.pop(title, None)
                    memory.titled[title] = actor
            if (
                depth == 0
                and head.tag_ == "NN"
                and head.lemma_.lower() in self._person_roles
                and not actor.code.startswith("IGO")
            ):
                memory.remember_titled(actor, head)
        if actor.country and actor.sector and head.pos_ != "PRON":
            if not self._stands_abroad(head, tokens):
                # (an ambassador stands for a government abroad: "the government"
                # after "the U.S. ambassador in Accra" is not Washington)
                memory.sectors[actor.sector] = actor
            if actor.sector == "MIL" and head.lemma_.lower() in _JUNTAS:
                # a junta is its country's government: "the regime" after "Mali's
                # junta" is the junta's
                memory.sectors["GOV"] = actor
            seen = [
                a
                for a in memory.sectors_seen.get(actor.sector, [])
                if a.country != actor.country
            ]
            memory.sectors_seen[actor.sector] = [*seen[-7:], actor]
        if actor.name is None and not actor.is_plain and head.pos_ == "PROPN":
            memory.bodies = [*memory.bodies[-19:], actor]
        if actor.country and head.tag_ == "NNS" and head.pos_ == "NOUN":
            at = _offset(head)
            if depth == 0 or at not in memory.groups:
                memory.groups[at] = actor
        start = min(t.i for t in tokens)
        end = max(t.i for t in tokens) + 1
        return Mention(actor, head.i, start, end)

    def _region_collective(self, head: Token) -> Mention | None:
        """ "West African leaders", "Arab states", "Latin American governments", "West
        Africa's leaders", "the Europeans": a world region's states or their rulers
        acting as one, coded as the region (its rulers GOV), never as the country the
        sentence or the story names (see ``_WORLD_REGION_WORDS``)."""
        lower = head.lower_
        if head.tag_ not in ("NNS", "NNPS") or head.dep_ in ("compound", "amod"):
            return None
        before = [c for c in head.children if c.i < head.i and not c.is_space]
        if any(
            c.dep_ == "appos"
            or (c.dep_ == "prep" and c.lower_ in ("as", "like", "including", "of"))
            for c in head.children
            if c.i > head.i
        ):
            return None  # "European countries such as France": its members name it
        if lower in _WORLD_REGION_PEOPLE:
            if not all(c.dep_ == "det" for c in before):
                return None
            code, sector = _WORLD_REGION_PEOPLE[lower], None
            start = min((c.left_edge.i for c in before), default=head.i)
        else:
            if lower in _WORLD_REGION_STATES:
                sector = None
            elif lower in _WORLD_REGION_RULERS:
                sector = "GOV"
            else:
                return None
            mods = [
                c
                for c in before
                if not (
                    c.dep_ in ("det", "amod", "predet")
                    and c.lower_ in _WORLD_REGION_DETS
                )
            ]
            if not mods:
                return self._collective_said_before(head, before)
            # (a line break before the phrase hangs on its first word: no part of it)
            start = min(_left_edge(c).i for c in before)
            words = [
                t.lower_
                for t in head.doc[min(_left_edge(c).i for c in mods) : head.i]
                if t.lower_ not in ("'s", "'")
            ]
            text = " ".join(words).replace(" - ", "-")
            if text == "regional" and sector == "GOV":
                # "Guinea thanked THE REGIONAL LEADERS" in a story of ECOWAS: the
                # heads of state of the regional body the story names
                return self._regional_body(head, start, None)
            code = _WORLD_REGION_WORDS.get(text)
            if code is None:
                owner = [c for c in mods if c.dep_ == "poss"]
                if len(owner) != 1 or len(mods) != 1:
                    return None
                code = _WORLD_REGION_NAMES.get(text)
            if code is None:
                return None
            if any(
                t.kind == "org"
                for _, _, t in self.match_terms(list(head.doc[start : head.i + 1]))
            ):
                return None  # "Southeast Asian nations": ASEAN by its own name
        if sector == "GOV":
            body = self._regional_body(head, start, code)
            if body is not None:
                return body
        full = actor_code(None, sector).replace(UNKNOWN_COUNTRY, code, 1)
        return Mention(
            Actor(
                head.doc[start : head.i + 1].text,
                full,
                None,
                sector,
                None,
                why=f'"{head.doc[start : head.i + 1].text}" is the region {code}',
            ),
            head.i,
            start,
            head.i + 1,
        )

    def _regional_body(
        self, head: Token, start: int, region: str | None
    ) -> Mention | None:
        """ "West African leaders lifted sanctions ... ECOWAS said": the rulers of a
        world region (``region``; None for "the regional leaders") in a story that
        names a regional body of that region are the body's heads of state, acting as
        the body (IGOWAFECW), not the region's rulers at large. Of several such bodies
        the story names, the last one before ``head``, else the first after (None
        where the story names none)."""
        doc = head.doc
        regions = (
            {region}
            if region is not None
            else {*_WORLD_REGION_WORDS.values(), *_WORLD_REGION_NAMES.values()}
        )
        named = [
            (at, term)
            for at, _, term in self._matched(doc, tuple(range(len(doc))))
            if term.kind == "org"
            and term.code is not None
            and term.code.startswith("IGO")
            and term.code[3:6] in regions
        ]
        if not named:
            return None
        before = [(at, term) for at, term in named if at < start]
        _, term = before[-1] if before else named[0]
        text = doc[start : head.i + 1].text
        assert term.code is not None
        return Mention(
            Actor(
                text,
                term.code,
                None,
                term.sector,
                None,
                why=f'"{text}" are the heads of state of {term.text}, the regional '
                "body the story names",
            ),
            head.i,
            start,
            head.i + 1,
        )

    def _collective_said_before(
        self, head: Token, before: list[Token]
    ) -> Mention | None:
        """ "West Africa's leaders agreed ... THE LEADERS also urged Mali ...": "the"
        and the collective's word alone is the region's collective of that word that
        its sentence or one of the two before names (else None)."""
        if [c.lower_ for c in before] != ["the"]:
            return None
        doc = head.doc
        first = sentence_of(head).start
        for _ in range(2):
            if first == 0:
                break
            first = sentence_of(doc[first - 1]).start
        for i in range(head.i - 1, first - 1, -1):
            tok = doc[i]
            if tok.lower_ != head.lower_ or tok.i == head.i:
                continue
            if [c.lower_ for c in tok.children if c.i < tok.i] == ["the"]:
                continue  # "the leaders" again: look further back
            found = self._region_collective(tok)
            if found is None:
                return None  # the last such word was another's ("Mali's leaders")
            start = before[0].i
            text = doc[start : head.i + 1].text
            return Mention(
                replace(
                    found.actor,
                    text=text,
                    why=f'"{text}" is {found.actor.text}, named before',
                ),
                head.i,
                start,
                head.i + 1,
            )
        return None

    def _a_field(self, tok: Token) -> bool:
        """Is ``tok`` a field a cabinet office can have as its portfolio ("BUSINESS
        secretary", "MEDIA minister"), not a body or people that have secretaries of
        their own ("the company secretary", "the union secretary", "a party
        secretary")?"""
        word = tok.lower_
        return (
            word not in self.base.body_heads
            and word not in self.base.common_heads
            and word not in self.base.owned_heads
            and word not in self.base.member_heads
        )

    def _not_an_owners(
        self, tokens: list[Token], head: Token, country: str, memory: DocMemory
    ) -> str | None:
        """ "Workers at a CHINESE-owned steel mill in Smederevo, Serbia": a country
        the sentence names only as the owner or patron of something outside the
        phrase is not the country of the phrase's people; the nearest other country
        the sentence names is (else none)."""
        doc = head.doc
        sent = sentence_of(head)
        inside = {t.i for t in tokens}
        mentions = memory.countries_between(sent.start, sent.end)

        def owner(pos: int) -> bool:
            return (
                pos + 2 < len(doc)
                and doc[pos + 1].text == "-"
                and doc[pos + 2].lower_ in _OWNER_WORDS
                and pos not in inside
            )

        said = [pos for pos, c in mentions if c == country]
        if not said or not all(owner(pos) for pos in said):
            return country
        others = [(pos, c) for pos, c in mentions if c != country and not owner(pos)]
        return min(others, key=lambda pc: abs(pc[0] - head.i), default=(0, None))[1]

    def _not_where_it_was_said(
        self, head: Token, country: str, memory: DocMemory
    ) -> str | None:
        """ "Volker Turk said IN GENEVA that he was shocked and called on the
        authorities to investigate": the town a statement was made in says nothing
        of whose the people spoken of are. When the sentence names ``country`` only
        there, the nearest other country it names is theirs, else the dateline's,
        else the story's main one if another (else none)."""
        doc = head.doc
        sent = sentence_of(head)
        mentions = memory.countries_between(sent.start, sent.end)

        def said_in(pos: int) -> bool:
            tok = doc[pos]
            while tok.dep_ in ("compound", "amod") and tok.head is not tok:
                tok = tok.head
            prep = tok.head
            verb = prep.head
            return (
                tok.dep_ == "pobj"
                and prep.lower_ in ("in", "at")
                and verb.pos_ == "VERB"
                and verb.lemma_.lower() in _SPEECH_VERBS
                # (the speaker may be of the town: "Police said in Kabul ...")
                and not any(
                    c.dep_ in ("nsubj", "nsubjpass")
                    and (
                        c.left_edge.i <= head.i <= c.right_edge.i
                        or self._may_be_of(c, country, memory)
                    )
                    for c in verb.children
                )
            )

        said = [pos for pos, c in mentions if c == country]
        if not said or not all(said_in(pos) for pos in said):
            return country
        others = [(p, c) for p, c in mentions if c != country and not said_in(p)]
        return self._instead_of(head, country, memory, others)

    def _not_a_regions(
        self, head: Token, country: str, memory: DocMemory
    ) -> str | None:
        """ "Students at the CENTRAL AMERICAN University protested": a country the
        sentence names only by its demonym inside a part of a continent's name (not
        by its own name: "South China") is not the sentence's; the nearest other
        country it names is, else the dateline's, else the story's main one (else
        none)."""
        doc = head.doc
        sent = sentence_of(head)
        mentions = memory.countries_between(sent.start, sent.end)

        def regional(pos: int) -> bool:
            term = self.base.terms.get((_word(doc[pos]),))
            return (
                term is not None
                and term.kind == "demonym"
                and pos > sent.start
                and doc[pos - 1].lower_ in _REGION_PARTS
                and doc[pos - 1].text[:1].isupper()
            )

        said = [pos for pos, c in mentions if c == country]
        if not said or not all(regional(pos) for pos in said):
            return country
        others = [(p, c) for p, c in mentions if c != country]
        return self._instead_of(head, country, memory, others)

    def _not_in_anothers_words(
        self, tokens: list[Token], head: Token, country: str, memory: DocMemory
    ) -> str:
        """ "The AU mission, LED BY FORMER MALAWIAN PRESIDENT Joyce Banda, urged the
        authorities", "Scott Moe, WHO LED A TRADE MISSION TO CHINA, urged the federal
        government", "the 2015 ALGIERS peace agreement with the rebels", "the UN rights
        office IN GENEVA urged all parties": a country the sentence names only in a
        clause that tells of another actor, in an agreement's name, or as the seat of
        a body or the place of a meeting is not the country of the people ``head``
        names. The nearest other country the sentence names is, else the dateline's,
        else the story's main one (else ``country`` stays)."""
        sent = sentence_of(head)
        inside = {t.i for t in tokens}
        mentions = memory.countries_between(sent.start, sent.end)

        def elsewhere(pos: int) -> bool:
            return self._in_anothers_words(head, inside, pos, country)

        said = [pos for pos, c in mentions if c == country]
        if not said or not all(elsewhere(pos) for pos in said):
            return country
        others = [
            (p, c)
            for p, c in mentions
            if c != country and not self._in_anothers_words(head, inside, p, c)
        ]
        if others:
            return min(others, key=lambda pc: abs(pc[0] - head.i))[1]
        dateline = getattr(sent._, "dateline", None)
        filed = memory.filed.get(dateline.start) if dateline is not None else None
        return filed or memory.main_country or country

    @staticmethod
    def _not_what_it_says(
        tokens: list[Token], head: Token, country: str, memory: DocMemory
    ) -> str:
        """ "OTTAWA - Trade Minister Maninder Sidhu said BEIJING's duties were
        unjustified": the one who speaks is not of a country the sentence names only in
        what they say. Under a dateline of another country, the nearest country named
        outside what is said is theirs, else the dateline's (so "We" in their quote
        later is that country too)."""
        verb = head.head
        if head.dep_ != "nsubj" or verb.lemma_.lower() not in _SPEECH_VERBS:
            return country
        said = [c for c in verb.children if c.dep_ == "ccomp"]
        sent = sentence_of(head)
        dateline = getattr(sent._, "dateline", None)
        filed = memory.filed.get(dateline.start) if dateline is not None else None
        if not said or filed is None or filed == country:
            return country
        inside = {t.i for t in tokens}
        mentions = memory.countries_between(sent.start, sent.end)

        def told(pos: int) -> bool:
            return any(c.left_edge.i <= pos <= c.right_edge.i for c in said)

        at = [p for p, c in mentions if c == country]
        if not at or not all(told(p) for p in at):
            return country
        others = [(p, c) for p, c in mentions if not told(p) and p not in inside]
        return ActorResolver._instead_of(head, country, memory, others) or filed

    @staticmethod
    def _its_country_before(
        tokens: list[Token], head: Token, country: str, memory: DocMemory
    ) -> str:
        """ "Mauritania's government arrested smugglers, but rights groups accuse ITS
        security forces of expelling migrants to Mali's border": "its" points back,
        so the people it owns are of the country the sentence names last before
        them, not of one it names only after them."""
        if not any(c.dep_ == "poss" and c.lower_ == "its" for c in head.children):
            return country
        sent = sentence_of(head)
        inside = {t.i for t in tokens}
        if any(
            c == country
            for prep in head.children
            if prep.dep_ == "prep" and prep.lower_ in ("in", "at")
            for p, c in memory.countries_between(
                prep.left_edge.i, prep.right_edge.i + 1
            )
        ):
            return country  # where it is says it: "its embassy IN YANGON"
        before = [
            (p, c)
            for p, c in memory.countries_between(sent.start, head.i)
            if p not in inside
        ]
        if not before or any(c == country for _, c in before):
            return country
        return before[-1][1]

    def _names_an_actor(self, noun: Token) -> bool:
        """Do the words of ``noun`` up to it name an actor: a person, or a role,
        body or country the base knows ("the army", "the AU mission", "Scott Moe";
        not "the blasts", "the decision")?"""
        if noun.ent_type_ in ("PERSON", "ORG", "NORP"):
            return True
        state = self._actor_nouns  # one (doc, memo) pair, read once: thread-safe
        if state[0] is not noun.doc:
            state = self._actor_nouns = (noun.doc, {})
        known = state[1].get(noun.i)
        if known is None:
            words = [
                t for t in noun.doc[noun.left_edge.i : noun.i + 1] if not t.is_space
            ]
            known = state[1][noun.i] = any(
                t.kind in ("role", "org", "person")
                for _, _, t in self.match_terms(words)
            )
        return known

    def _in_anothers_words(
        self, head: Token, inside: set[int], pos: int, country: str
    ) -> bool:
        """Is the mention of ``country`` at ``pos`` one that says nothing of whose
        the people ``head`` names are (its own words ``inside``): in a clause that
        tells of another actor ("the army, backed by RUSSIAN fighters"), in an
        agreement's name ("the ALGIERS peace agreement"), or the seat of the world's
        bodies or the place of a meeting ("the rights office in GENEVA")?"""
        doc = head.doc

        def holds_head(tok: Token) -> bool:
            return tok.left_edge.i <= head.i <= tok.right_edge.i

        tok = doc[pos]
        if pos in inside or holds_head(tok):
            return False
        named = tok
        while named.dep_ in ("compound", "amod", "nmod", "nummod", "poss"):
            named = named.head
            if named.lemma_.lower() in _AGREEMENT_WORDS:
                return True  # "the 2015 Algiers peace agreement"
        for anc in tok.ancestors:
            if holds_head(anc):
                break
            if (
                anc.dep_ in ("relcl", "acl")
                and anc.head.pos_ in ("NOUN", "PROPN")
                and anc.head.i not in inside
                and self._names_an_actor(anc.head)
            ):
                # "the army, backed by RUSSIAN fighters" (not "the blasts that
                # rocked a church in JOLO", "the decision to order ...": no actor's)
                return True
        if named.dep_ == "pobj" and named.head.lower_ in ("in", "at"):
            owner = named.head.head
            if owner.pos_ in ("NOUN", "PROPN") and owner.i not in inside:
                # "the rights office in GENEVA", "talks in GENEVA": the seat of the
                # world's bodies or the place of a meeting
                return (
                    _WORLD_SEATS.get(named.lower_) == country
                    or owner.lemma_.lower() in _MEETING_WORDS
                )
        return False

    @staticmethod
    def _instead_of(
        head: Token, country: str, memory: DocMemory, others: list[tuple[int, str]]
    ) -> str | None:
        """The country of ``head`` where the sentence's mentions of ``country`` say
        nothing of it: the nearest of the ``others`` it names, else the dateline's,
        else the story's main one if another (else none)."""
        if others:
            return min(others, key=lambda pc: abs(pc[0] - head.i))[1]
        dateline = getattr(sentence_of(head)._, "dateline", None)
        filed = memory.filed.get(dateline.start) if dateline is not None else None
        if filed is not None and filed != country:
            return filed
        main = memory.main_country
        return main if main is not None and main != country else None

    def _may_be_of(self, tok: Token, country: str, memory: DocMemory) -> bool:
        """Is the phrase of ``tok`` an actor of ``country``, or one that may be (a
        role of no country its words say)?"""
        sub = self.resolve(tok, None, memory, None, None, 1)
        return sub is None or (
            sub.actor.country in (None, country)
            and not (
                sub.actor.code.startswith("IGO") or sub.actor.code.startswith("NGO")
            )
        )

    def _shares_conjuncts_noun(self, tokens: list[Token], head: Token) -> Actor | None:
        """ "KYRGYZ and Tajik border guards exchanged fire", parsed as "Kyrgyz" and
        "Tajik border guards": a demonym alone whose conjunct is a demonym and a role
        word shares that role word (KGZCOP, not the country as a whole)."""
        if [t for t in tokens if not t.is_punct] != [head]:
            return None
        own = self.match_terms([head])
        if len(own) != 1 or own[0][2].kind != "demonym" or not own[0][2].country:
            return None
        conj = next(
            (c for c in head.children if c.dep_ == "conj" and c.pos_ == "NOUN"), None
        )
        if conj is None:
            return None
        phrase = np_tokens(conj)
        first = self.match_terms(phrase[:1])
        if len(first) != 1 or first[0][2].kind != "demonym":
            return None
        roles = self.match_terms(phrase[1:])
        if (
            len(roles) != 1
            or roles[0][2].kind != "role"
            or not roles[0][2].sector
            or roles[0][1] != conj.i + 1
        ):
            return None
        country, sector = own[0][2].country, roles[0][2].sector
        return Actor(
            head.text,
            actor_code(country, sector),
            country,
            sector,
            None,
            why=f'"{head.text}" is {country} (demonym) and shares "{conj.text}" of '
            f'"{_span_text(phrase)}": {sector}',
        )

    def _leaders_of_an_unknown_body(
        self, head: Token, day: str | None, memory: DocMemory, depth: int
    ) -> Actor | None:
        """ "the COB's leaders", "the leaders of the COB": the leaders of a body
        named by an acronym the story never defined and the base does not know are
        that body, as the acronym alone is, not a government ("leaders" alone is
        GOV, and would take the country of a place named with them)."""
        if head.pos_ != "NOUN" or head.lemma_.lower() not in _LEADER_WORDS:
            return None
        for owner in _owners(head):
            if (
                owner.pos_ != "PROPN"
                or not _acronym(owner.text)
                or owner.text in memory.acronyms
                or any(c.dep_ in ("compound", "amod") for c in owner.children)
            ):
                continue
            sub = self.resolve(owner, day, memory, None, None, depth + 1)
            if sub is None or sub.actor.country or sub.actor.sector:
                continue  # a body the base or the story knows says who leads it
            text = _with_owner_text(head, owner)
            return replace(
                sub.actor,
                text=text,
                why=f"{sub.actor.why}; its leaders are that body, no government",
            )
        return None

    def _owners_own(
        self,
        tokens: list[Token],
        head: Token,
        speaker: Actor | None,
        memory: DocMemory,
    ) -> Actor | None:
        """ "Colombia's ambassador in Quito said HER GOVERNMENT was ready ...": a role
        word owned by "his" or "her" is of that person's country (the speaker whose
        words hold it, else the person "his" or "her" means), not the sentence's."""
        if head.pos_ != "NOUN" or len(tokens) != 2:
            return None
        owner_word = tokens[0]
        if owner_word.dep_ != "poss" or owner_word.lower_ not in ("his", "her"):
            return None
        matches = self.match_terms([head])
        if len(matches) != 1 or matches[0][2].kind != "role":
            return None
        sector = matches[0][2].sector
        if sector is None:
            return None
        owner = None
        if speaker is not None:
            for verb in head.ancestors:
                said = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                if said is not None and said.text in speaker.text.split():
                    owner = speaker
                    break
        if owner is None:
            owner = memory.person_for(owner_word)
        if (
            owner is None
            or owner.country is None
            or owner.code.startswith("IGO")
            # (a country the text never names is the base's guess: "Democratic
            # Party leader" in a story on Mongolia)
            or owner.country not in memory.story_countries
        ):
            return None
        text = _span_text(tokens)
        return Actor(
            text,
            actor_code(owner.country, sector),
            owner.country,
            sector,
            None,
            why=f'"{text}" is of {owner.country}, the country of {owner.text}',
        )

    def _same_group(
        self, tokens: list[Token], head: Token, day: str | None, memory: DocMemory
    ) -> Actor | None:
        """ "Police fired tear gas at hundreds of farmers ... THE FARMERS accuse a
        Chinese-owned miner", "... blamed on dissidents of the former FARC rebels.
        THE DISSIDENTS had threatened ...": "the" and a plural role word alone is the
        group the sentence or the two before named with that word, as they coded it,
        unless its own sentence names another country before it ("In Uganda, the
        protesters ...")."""
        if (
            head.pos_ != "NOUN"
            or head.tag_ != "NNS"
            or len(tokens) != 2
            or tokens[0].lower_ != "the"
            or tokens[0].dep_ != "det"
            or any(c.dep_ in ("prep", "relcl", "acl", "appos") for c in head.children)
        ):
            return None
        matches = self.match_terms([head])
        if len(matches) != 1 or matches[0][2].kind != "role":
            return None
        word = head.lemma_.lower()
        doc = head.doc
        sent = sentence_of(head)
        first = sent.start
        for _ in range(2):
            if first == 0:
                break
            first = sentence_of(doc[first - 1]).start
        before = {c for _, c in memory.countries_between(sent.start, head.i)}
        for i in range(head.i - 1, first - 1, -1):
            tok = doc[i]
            if tok.lemma_.lower() != word or tok.pos_ != "NOUN" or tok.tag_ != "NNS":
                continue
            a = memory.groups.get(_offset(tok))
            if a is None:
                found = self.resolve(tok, day, memory, None, None, 1)
                if found is None:
                    continue
                a = found.actor
            if a.country is None and a.is_plain:
                # the country its own sentence names before it, else the one it
                # names, as the group was coded there
                start, end = _bounds(sentence_of(tok))
                # (not a country of another actor's words: "the army, backed by
                # Russian fighters, took Kidal from the REBELS")
                own = [
                    (p, c)
                    for p, c in memory.countries_between(start, end)
                    if not self._in_anothers_words(tok, {tok.i}, p, c)
                ]
                told = [c for p, c in own if p < tok.i] or list({c for _, c in own})
                if len(set(told)) == 1 or any(p < tok.i for p, _ in own):
                    country = told[-1]
                    a = replace(
                        a,
                        code=actor_code(country, a.sector),
                        country=country,
                        why=f"{a.why}; country {country} from its sentence",
                    )
            if a.country is None or (before and a.country not in before):
                return None
            return replace(
                a,
                text=_span_text(tokens),
                name=None,
                why=f'"the {head.text}" are those named before ({a.why})',
            )
        if matches[0][2].sector == "UAF":
            # "Gunmen attacked a market ... THE ATTACKERS set fire to stalls": the
            # unknown armed men named before by another word are the same men;
            # "Fighters of the ADF killed 22 villagers ... killed four of THE
            # ATTACKERS": so are the fighters of a group no state's, named before
            for i in range(head.i - 1, first - 1, -1):
                a = memory.groups.get(_offset(doc[i]))
                if (
                    a is not None
                    and doc[i].tag_ == "NNS"
                    and (
                        (a.sector == "UAF" and not before)
                        # (in the story of its country: "Congo's army said")
                        or (
                            a.sector in _NON_STATE | {"CRM"}
                            # (a group the base knows may fight across a border:
                            # the LRA in the Central African Republic)
                            and (not before or a.country in before or not a.is_plain)
                        )
                    )
                ):
                    return replace(
                        a,
                        text=_span_text(tokens),
                        name=None,
                        why=f'"the {head.text}" are those named before ({a.why})',
                    )
        return None

    def _introduced(
        self, tok: Token, word: str, sector: str | None, memory: DocMemory
    ) -> Mention | None:
        """ "Uganda set up A COMMISSION to ... The commission accused ...": the body
        an anaphor's own word introduced, with "a", in a sentence that names one
        country, is that country's body of the word's sector (alone, "a commission"
        names no actor)."""
        if (
            sector is None
            or tok.lemma_.lower() != word
            or not any(
                c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children
            )
        ):
            return None
        told = {c for _, c in memory.countries_between(*_bounds(sentence_of(tok)))}
        if len(told) != 1:
            return None
        country = told.pop()
        actor = Actor(
            tok.text,
            actor_code(country, sector),
            country,
            sector,
            None,
            why=f'"a {tok.text}" of sector {sector} in a sentence on {country}',
        )
        return Mention(actor, tok.i, tok.i, tok.i + 1)

    def _craft(
        self,
        head: Token,
        day: str | None,
        memory: DocMemory,
        speaker: Actor | None,
        context_country: str | None,
        depth: int,
    ) -> Mention | None:
        """The actor a ship's or an aircraft's name (``_craft_name``) stands for: what
        the craft's words before it say ("the British WARSHIP HMS Diamond": the
        British navy), else the navy of its prefix ("USS Carver"), else no one."""
        if head.dep_ != "compound" and depth < 2:
            craft = next(
                (
                    c
                    for c in head.children
                    if c.dep_ == "compound"
                    and c.i < head.i
                    and c.lemma_.lower() in _CRAFTS
                ),
                None,
            )
            if craft is not None:
                words = [t for t in np_tokens(head) if t.i <= craft.i]
                return self.resolve(
                    craft, day, memory, speaker, context_country, depth + 1, words
                )
            prefix = next(
                (
                    _NAVY_PREFIXES[c.lower_]
                    for c in head.children
                    if c.dep_ == "compound" and c.lower_ in _NAVY_PREFIXES
                ),
                None,
            )
            if prefix is not None:
                said = head.doc[head.left_edge.i : head.i + 1].text
                return Mention(
                    Actor(
                        said,
                        actor_code(prefix, "MIL"),
                        prefix,
                        "MIL",
                        None,
                        why=f'"{said}" is a ship of the navy of {prefix}',
                    ),
                    head.i,
                    head.left_edge.i,
                    head.i + 1,
                )
        return None

    def _flag(self, tokens: list[Token], head: Token) -> Mention | None:
        """ "a Greek-FLAGGED tanker", "a Marshall Islands-registered vessel": a craft
        said to fly a state's flag is that state's (what is seized or attacked with
        it is done to the flag's country), whatever else its words name."""
        doc = head.doc
        for _start, end, term in self.match_terms(tokens):
            if (
                term.kind in ("country", "demonym")
                and term.country
                and end + 1 < head.i
                and doc[end].text == "-"
                and doc[end + 1].lower_ in _FLAG_WORDS
            ):
                said = _span_text([t for t in tokens if t.i <= head.i])
                return Mention(
                    Actor(
                        said,
                        actor_code(term.country, None),
                        term.country,
                        None,
                        None,
                        why=f'"{said}" flies the flag of {term.country}',
                    ),
                    head.i,
                    min(t.i for t in tokens),
                    head.i + 1,
                )
        return None

    def _sex(self, actor: Actor, head: Token) -> str | None:
        """The sex the text says a named person is of: a title of their phrase ("Mrs
        Ama Boateng"), their first name (given_names.yaml), or the first pronoun of
        the clause they are the subject of, with no one named between ("Ana Ruiz met
        HER Bolivian counterpart", "Ruiz said SHE ..."); else None."""
        # the head or its appositive, and the titles compounded with it ("the
        # spokeswoman, Maria ...", "Mrs Ama Boateng"; not "the queen's envoy")
        for name in (head, *(c for c in head.children if c.dep_ == "appos")):
            for tok in (name, *(t for t in name.lefts if t.dep_ == "compound")):
                if tok.lower_ in _TITLE_SEX:
                    return _TITLE_SEX[tok.lower_]
        words = (actor.name or "").split()
        sex = self.base.given_sex.get(fold(words[0].lower())) if words else None
        if sex is not None:
            return sex
        if head.dep_ not in ("nsubj", "nsubjpass") or head.head.i < head.i:
            return None
        verb = head.head
        doc = head.doc
        for i in range(verb.i + 1, min(verb.i + 8, sentence_of(verb).end)):
            tok = doc[i]
            if tok.lower_ in _PRONOUN_SEX and tok.tag_ in ("PRP", "PRP$"):
                return _PRONOUN_SEX[tok.lower_] if verb in tok.ancestors else None
            if tok.pos_ in ("NOUN", "PROPN", "PRON") or tok.is_punct:
                return None  # someone else may be named between
        return None

    def _singular_before(
        self, head: Token, day: str | None, memory: DocMemory, depth: int = 0
    ) -> Actor | None:
        """ "Lithuania expelled two Russian diplomats. IT accused Moscow ...": "it"
        as the first subject of its sentence is the country or body that was the
        subject of the sentence before, not a person, a thing or a plural ("it is
        unclear", "it took hours", "the talks ... It" name no one)."""
        if head.dep_ not in ("nsubj", "nsubjpass"):
            return None
        verb = head.head
        if verb.lemma_.lower() in _IMPERSONAL_VERBS:
            return None
        if head.dep_ == "nsubjpass" and any(
            c.dep_ in ("ccomp", "xcomp") for c in verb.children
        ):
            return None  # "it was reported that ...", "it is expected to ..."
        sent = sentence_of(head)
        if sent.start == 0 or any(
            t.dep_ in ("nsubj", "nsubjpass") for t in head.doc[sent.start : head.i]
        ):
            return None  # a subject of its own sentence before it is nearer
        before = sentence_of(head.doc[sent.start - 1])
        subjects = [c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")]
        if len(subjects) != 1:
            return None
        subject = subjects[0]
        if any(c.dep_ == "conj" for c in subject.children) or subject.tag_ in (
            "NNS",
            "NNPS",
        ):
            return None  # "they"
        if subject.lower_ == "it":
            return (
                self._singular_before(subject, day, memory, depth + 1)
                if (depth < 2)
                else None
            )
        if subject.pos_ != "PROPN" and subject.lemma_.lower() not in _BODY_NOUNS:
            return None
        found = self.resolve(subject, day, memory, None, None, 1)
        if found is None or found.actor.name is not None:
            return None
        return found.actor

    def _plural_before(
        self, head: Token, day: str | None, memory: DocMemory
    ) -> Actor | None:
        """ "... held talks with Houthi leaders. The envoy urged THEM to ...": "they"
        or "them" with no speaker to be is the nearest plural doer or recipient
        named before it, in its sentence or the one before. "Them" is no subject of
        a verb it hangs from ("the envoy urged them"; "ethnic Turks began a hunger
        strike against Sweden's decision to send them back" leaves them unread)."""
        doc = head.doc
        sent = sentence_of(head)
        first = sentence_of(doc[sent.start - 1]).start if sent.start > 0 else sent.start
        if (
            head.lower_ == "they"
            and head.dep_ in ("nsubj", "nsubjpass")
            and head.head.dep_ == "ROOT"
            and sent.start > 0
        ):
            # "Police arrested two men. THEY accused them ...": a sentence's subject
            # "they" carries on the subject of the sentence before, when that is a
            # plural doer, over a nearer object
            before = sentence_of(doc[sent.start - 1]).root
            subject = next(
                (c for c in before.children if c.dep_ in ("nsubj", "nsubjpass")), None
            )
            if (
                subject is not None
                and subject.tag_ in ("NNS", "NNPS")
                and subject.lemma_.lower() not in _MACHINES
                and (actor := self._plural_doer(subject, day, memory)) is not None
            ):
                return actor
        own: set[int] = set()
        if head.lower_ == "them":
            own = {
                t.i
                for verb in head.ancestors
                for c in verb.children
                if c.dep_ in ("nsubj", "nsubjpass")
                for t in c.subtree
            }
        for i in range(head.i - 1, first - 1, -1):
            tok = doc[i]
            if (
                i in own
                or tok.tag_ not in ("NNS", "NNPS")
                or tok.dep_ not in _ANTECEDENT_DEPS
                or tok.lemma_.lower() in _MACHINES
            ):
                continue
            a = self._plural_doer(tok, day, memory)
            if a is None:
                continue
            return a
        return None

    def _plural_subject_above(
        self, head: Token, day: str | None, memory: DocMemory, speaker: Actor
    ) -> Actor | None:
        """The doer a plural subject of a clause above ``head``'s names: "the rebels
        freed two engineers THEY had kidnapped" (the nearest clause with a subject;
        none when that is the ``speaker``'s own, or singular)."""
        for verb in list(head.ancestors)[1:]:
            subj = next(
                (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None
            )
            if subj is None:
                continue
            if (
                subj.tag_ not in ("NNS", "NNPS")
                or subj.lemma_.lower() in _MACHINES
                or subj.text in speaker.text.split()
            ):
                return None
            found = self.resolve(subj, day, memory, None, None, 1)
            return None if found is None or found.actor.name else found.actor
        return None

    def _plural_doer(
        self, tok: Token, day: str | None, memory: DocMemory
    ) -> Actor | None:
        """The actor a plural phrase a pronoun points back to names (no named
        person), with the one country of its sentence where its words give none."""
        found = self.resolve(tok, day, memory, None, None, 1)
        if found is None or found.actor.name is not None:
            return None
        a = found.actor
        told = {c for _, c in memory.countries_between(*_bounds(sentence_of(tok)))}
        if a.country is None and a.is_plain and len(told) == 1:
            # as the doer was coded where it was named: the one country of its
            # sentence
            country = told.pop()
            a = replace(
                a,
                code=actor_code(country, a.sector),
                country=country,
                why=f"{a.why}; country {country} from its sentence",
            )
        return a

    def _higher_subject(
        self, head: Token, day: str | None, memory: DocMemory
    ) -> Actor | None:
        """ "Militiamen abducted an official who refused to support THEM": "them"
        is never its own clause's subject (nor that of a verb it is the object of
        through "to"), so it is the subject of the clause next above, when that is
        a plural doer named before it; None where that subject is singular, comes
        after the pronoun, or there is none."""
        verbs = [a for a in head.ancestors if a.pos_ in ("VERB", "AUX")]
        if not verbs:
            return None
        own = verbs[0]
        while own.dep_ in ("xcomp", "conj") and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in own.children
        ):
            own = own.head
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in own.children):
            return None
        for verb in own.ancestors:
            if verb.pos_ not in ("VERB", "AUX"):
                continue
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is None:
                continue
            if subject.i > head.i:
                # "After police warned THEM ..., the demonstrators marched": a
                # subject named after the pronoun is no antecedent to read here
                return None
            if subject.tag_ not in ("NNS", "NNPS") or subject.lemma_.lower() in (
                _MACHINES
            ):
                return None
            return self._plural_doer(subject, day, memory)
        return None

    def _of_sectors(self, tokens: list[Token], sectors: frozenset[str]) -> bool:
        """Whether a role word of the phrase is of one of ``sectors``."""
        return any(
            t.kind == "role" and t.sector in sectors
            for _, _, t in self.match_terms(tokens)
        )

    def _people_countries(self, sent: Span) -> frozenset[str]:
        """The countries of the people of the base the sentence names, each of one
        country ("a regional court ... former President Lula": Brazil's court)."""
        found: set[str] = set()
        for ent in sent.ents:
            if ent.label_ != "PERSON":
                continue
            for _, _, term in self.match_terms(list(ent)):
                homes = {r.country for r in term.roles}
                if term.kind == "person" and len(homes) == 1 and None not in homes:
                    found |= homes
        return frozenset(found)

    def _bracketed_acronym(
        self, head: Token, day: str | None, memory: DocMemory, depth: int
    ) -> Actor | None:
        """ "The National Intelligence Security Agency [NISA] denied ...": an acronym
        the base does not know, in brackets right after a body's name that the parse
        left out of its phrase, is that body (and is remembered as the story's)."""
        doc = head.doc
        i = head.i
        if (
            not _acronym(head.text)
            or i < 2
            or doc[i - 1].text not in ("(", "[")
            or doc[i - 2].pos_ != "PROPN"
            or doc[i - 2].is_ancestor(head)
            or head.is_ancestor(doc[i - 2])
            or self.base.terms.get((_word(head),)) is not None
        ):
            return None
        name = doc[i - 2]
        while name.dep_ == "compound" and name.head.i == name.i + 1:
            name = name.head  # the name's last word is its head
        sub = self.resolve(name, day, memory, None, None, depth + 1)
        if sub is None or sub.actor.name:
            return None
        memory.acronyms[head.text] = sub.actor
        return sub.actor

    def _conjoined_armed_subject(
        self, head: Token, day: str | None, memory: DocMemory
    ) -> Actor | None:
        """The armed body (REB, INS, MIL ...) that is the subject of the clause this
        head's clause is joined to by "and" ("THE TALIBAN said ..., and their forces
        attacked"), or None."""
        verb = head.head
        if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
            return None
        subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if len(subjects) != 1:
            return None
        found = self.resolve(subjects[0], day, memory, None, None, 1)
        if found is None or found.actor.sector not in _ARMED_SECTORS:
            return None
        return found.actor

    def _gathered_by_organ(
        self, head: Token, roles: list[tuple[int, str]]
    ) -> str | None:
        """The sector of the people or bodies an organ's "of" phrase says it gathers
        ("the National Council OF CHURCHES", "the Congress OF TRADE UNIONS"): a
        faith's, a trade's or a profession's, or None."""
        doc = head.doc
        for start, sector in roles:
            if sector not in _GATHERED_SECTORS:
                continue
            tok = doc[start]
            while tok.dep_ == "compound" and tok.head.i > tok.i:
                tok = tok.head
            if (
                tok.dep_ == "pobj"
                and tok.head.lower_ == "of"
                and tok.head.head.lemma_.lower() in _ORGANS | {"congress", "federation"}
                and (tok.head.head.i == head.i or tok.i == head.i)
            ):
                return sector
        return None

    def _bracketed_appositive(
        self, head: Token, day: str | None, memory: DocMemory, depth: int
    ) -> Actor | None:
        """ "The Independent Journalists' Association of Serbia (NUNS) called ...": an
        acronym of three letters or more that the base does not know as a body, in
        brackets as the appositive of a body's name, is that body, whatever its
        letters (the body's name in its own language) or the common word they spell
        ("nuns"); it is remembered as the story's."""
        if (
            head.dep_ != "appos"
            or head.head.pos_ != "PROPN"
            or head.head.i > head.i
            or not _bracketed_capitals([head])
            or ((t := self.base.terms.get((_word(head),))) and t.kind != "role")
        ):
            return None
        sub = self.resolve(head.head, day, memory, None, None, depth + 1)
        if sub is None or sub.actor.name or sub.actor.sector is None:
            return None
        memory.acronyms[head.text] = sub.actor
        return sub.actor

    def _kind_appositive(
        self, head: Token, child: Token, day: str | None, memory: DocMemory, depth: int
    ) -> Actor | None:
        """ "the Forces Vives de Guinee, A COALITION OF OPPOSITION PARTIES": an
        appositive after a name that says what kind of body it is, through the
        words after its head, gives the body's sector (no country of its own)."""
        if (
            not head.text[:1].isupper()
            or child.i < head.i
            or child.lemma_.lower() not in _BODY_AFTER_NAME | _KIND_HEADS
        ):
            return None
        # "Article 19, A PRESS FREEDOM GROUP": with no words after its head, the
        # appositive says the kind by a role word that ends in the head
        said_before = not any(c.dep_ == "prep" for c in child.children)
        if said_before and not any(
            t.kind == "role" and t.sector and s < child.i < e
            for s, e, t in self.match_terms(np_tokens(child))
        ):
            return None
        if said_before and any(
            c.i > child.i and c.pos_ == "PROPN" and c.dep_ in ("appos", "compound")
            for c in child.children
        ):
            # "in Kampong Cham, the rights group Licadho said": an appositive with a
            # name of its own is that other body, not what the head is
            return None
        sub = self.resolve(child, day, memory, None, None, depth + 1)
        if sub is None:
            return None
        a = sub.actor
        if a.sector is None or not a.is_plain or a.name is not None:
            return None
        end = child.left_edge.i
        while end > head.i + 1 and head.doc[end - 1].is_punct:
            end -= 1
        # under a dateline the head's left edge can reach back over the blanked
        # dateline ("   Chapter Four"): the actor's text starts at its first word
        start = head.left_edge.i
        while start < head.i and (head.doc[start].is_space or head.doc[start].is_punct):
            start += 1
        text = head.doc[start:end].text.strip()
        why = f'"{child.text}" after the name says what it is: {a.why}'
        return Actor(text, actor_code(None, a.sector), None, a.sector, None, why)

    def _role_appositive(
        self, head: Token, child: Token, day: str | None, memory: DocMemory, depth: int
    ) -> Actor | None:
        """ "Freddy Guevara, a senior politician from the opposition", "Theresa May,
        the shadow work secretary": a role set off after a name says what the person
        is, country or not, when it is a role of public life (a nurse or a resident
        named so is no political actor)."""
        if head.pos_ != "PROPN" or child.i < head.i:
            return None
        if child.pos_ == "PROPN" and not self._is_title(child):
            return None  # "Ahmed Ali, Kabul": a place or a name, not a role
        if child.pos_ not in ("NOUN", "PROPN"):
            return None
        word = child.lemma_.lower()
        if word in _INSTITUTIONS or (
            word != "secretary"
            and (word in self.base.body_heads or word in self.base.common_heads)
        ):
            return None  # "Azza Community, a local government": a body, not a role
        sub = self.resolve(child, day, memory, None, None, depth + 1)
        if sub is None or sub.actor.sector in _PRIVATE_SECTORS or sub.actor.name:
            return None
        return sub.actor

    def _latter(
        self, head: Token, day: str | None, memory: DocMemory
    ) -> Mention | None:
        """ "Ethiopia's prime minister met Somalia's president. THE LATTER accused
        ...": "the former" and "the latter", standing alone, are the first and the
        second of the last two actors named before them, in their own sentence or
        the one before (a place, a date or an owner is no one's "latter")."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            return None
        if any(c.dep_ in ("compound", "amod") for c in head.children):
            return None
        doc = head.doc
        sent = sentence_of(head)
        first = (
            sent.start if sent.start == 0 else sentence_of(doc[sent.start - 1]).start
        )
        found: list[Actor] = []
        for tok in doc[first : head.i]:
            if (
                tok.dep_ not in _ANTECEDENT_DEPS
                or tok.pos_ not in ("NOUN", "PROPN")
                or tok.ent_type_ in ("LOC", "FAC", "DATE", "TIME")
                or (tok.dep_ == "pobj" and tok.head.lower_ in _SETTING_PREPS)
                # "the prime ministers OF PAKISTAN and India": the owner of a role
                # named before it is that actor, not another
                or (
                    tok.dep_ == "pobj"
                    and tok.head.lower_ == "of"
                    and tok.head.head.pos_ == "NOUN"
                )
            ):
                continue
            if tok.dep_ == "appos" and found:
                continue  # "General X, the army chief": one actor, named twice
            mention = self.resolve(tok, day, memory, None, None, 1)
            if mention is None:
                continue
            actor = mention.actor
            if found and (actor.code, actor.name) == (found[-1].code, found[-1].name):
                continue
            found.append(actor)
        if len(found) < 2:
            return None
        actor = found[-2] if head.lower_ == "former" else found[-1]
        return Mention(
            replace(
                actor,
                text=f"the {head.text}",
                why=f'"the {head.text}" is {actor.text}, of the two named before',
            ),
            head.i,
            min(c.i for c in (head, *head.children)),
            head.i + 1,
        )

    def _antecedent(
        self, tokens: list[Token], head: Token, day: str | None, memory: DocMemory
    ) -> Actor | None:
        """ "Kalari Motors is India's largest carmaker. THE COMPANY accused ...", "The
        Sahel Front is an armed group. THE GROUP ambushed ...": "the" and a body's
        common noun alone is the last body of its kind the sentence before or the one
        before that names, told or not, whatever country its own sentence names."""
        word = head.lemma_.lower()
        if not _singular_noun(head) or word not in _BODY_ANAPHORS:
            return None
        rest = [t for t in tokens if t.i != head.i]
        if not rest or rest[0].lower_ != "the":
            return None
        mods = rest[1:]
        if any(t.dep_ not in ("amod", "compound") or t.i > head.i for t in mods):
            return None
        if any(
            c.dep_ in ("prep", "relcl", "acl", "appos") and not _charge(c)
            for c in head.children
        ):
            return None  # "the company that built it" (not "accused the bloc of ...")
        kind = [t.sector for _, _, t in self.match_terms([head]) if t.kind == "role"]
        sector = self.base.common_heads.get(word) or (kind[0] if kind else None)
        wanted = _ANAPHOR_SECTORS.get(word) or (frozenset({sector}) if sector else None)
        if mods:
            # "THE PARAMILITARY group", "the rebel group": a role word before the
            # anaphor says which kind of body it points back to
            said = {
                t.sector
                for _, _, t in self.match_terms([*mods, head])
                if t.kind == "role" and t.sector
            }
            if len(said) != 1:
                return None
            wanted = frozenset(said)
        doc = head.doc
        sent = sentence_of(head)
        first = sent.start
        for _ in range(2):
            if first == 0:
                break
            first = sentence_of(doc[first - 1]).start
        # a body whose own head word the anaphor repeats comes first ("the UN
        # Assistance Mission said the Taliban authorities had ... THE MISSION urged":
        # the mission, not the nearer authorities); then the nearest
        window = range(sent.start - 1, first - 1, -1)
        same = [i for i in window if doc[i].lemma_.lower() == word]
        for i in [*same, *(i for i in window if i not in same)]:
            tok = doc[i]
            if (
                tok.dep_ not in _ANTECEDENT_DEPS
                or tok.pos_ not in ("NOUN", "PROPN")
                or tok.ent_type_ in ("PERSON", "GPE", "LOC", "NORP", "DATE")
                or tok.lemma_.lower() in _MACHINES
            ):
                continue  # "sending drones": the machines that stand for forces
                # ("Turkish jets struck") are no body a later "the group" can be
            if tok.lower_ in _FORMAL_STATE_HEADS and any(
                t.kind == "country" and s <= tok.i < e
                for s, e, t in self.match_terms(self._of_titles(np_tokens(tok)))
            ):
                continue  # "recognised the State of Palestine": a state, no body
            found = self.resolve(tok, day, memory, None, None, 1)
            if found is None:
                found = self._introduced(tok, word, sector, memory)
            if found is None:
                continue
            a = found.actor
            # "ECOWAS leaders" (GOV) are of a body whose kind is IGO: "the bloc"
            kind = "IGO" if a.code.startswith("IGO") else a.sector
            if (
                a.name
                or a.sector is None
                # a gang or a farmers' body is no body "the group" points back to by
                # its kind alone; its own head word repeated does ("the Gran Grif
                # gang alliance ... members of THE ALLIANCE")
                or (a.sector in _PRIVATE_SECTORS and tok.lemma_.lower() != word)
                # "the agency" after "Nigeria's drug enforcement agency" (COP)
                or (
                    wanted is not None
                    and a.sector not in wanted
                    and kind not in wanted
                    and tok.lemma_.lower() != word
                )
                # "the group" after "the Congolese army said": a group is no organ
                # of a state
                or (
                    kind in _ANAPHOR_NOT_SECTORS.get(word, ())
                    and tok.lemma_.lower() != word
                )
            ):
                continue
            if a.country is None and a.is_plain:
                # "X is a militia in Mozambique's north. The group ...": the one
                # country of the body's own sentence, not of the anaphor's
                told = {
                    c for _, c in memory.countries_between(*_bounds(sentence_of(tok)))
                }
                if len(told) == 1:
                    country = told.pop()
                    a = replace(
                        a,
                        code=actor_code(country, a.sector),
                        country=country,
                        why=f"{a.why}; country {country} from its sentence",
                    )
            return replace(
                a,
                text=_span_text(tokens),
                why=f'"the {head.text}" is {a.text}, named before ({a.why})',
            )
        return None

    def _stated_role(
        self,
        tokens: list[Token],
        head: Token,
        day: str | None,
        memory: DocMemory,
        depth: int,
    ) -> Actor | None:
        """ "Kenya's interior minister is Amos Kipchumba. Kipchumba accused ...", "Ali
        Rezaei, who is Iran's ambassador", "Brazil named Lucia Tavares as its
        ambassador": a person's name the story gave a role of public life through
        "be" or an appointment (up to this name) is that role, named so."""
        if not (
            _name_word(head)
            or (  # "Tavares met ...": a surname the tagger read as a common noun
                head.pos_ == "NOUN"
                and head.text[:1].isupper()
                and head.text[1:].islower()
                and not any(c.i < head.i for c in head.children)
            )
        ):
            return None
        people_words = self._person_roles
        stated = kept(
            head.doc[:], "stated_roles", lambda d: _stated_roles(d.doc, people_words)
        ).get(_word(head))
        before = [(p, r) for p, r in stated or () if p <= head.i]
        if before:
            person, role = (head.doc[i] for i in before[-1])
        else:
            later = self._role_told_later(head)
            if later is None:
                return None
            person, role = head, later
        word = role.lemma_.lower()
        if word in _INSTITUTIONS or word in self.base.body_heads:
            return None  # "X is the government": no role of a person
        sub = self.resolve(role, day, memory, None, None, depth + 1)
        if sub is None:
            return None
        a = sub.actor
        if a.sector is None or a.sector in _PRIVATE_SECTORS or a.name:
            return None  # "X is a nurse", "X is Kenya's": no political role
        country = a.country
        if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in role.children):
            # "Brazil named her as ITS ambassador to Argentina": the appointer's
            owner = _appointer(role)
            found = (
                self.resolve(owner, day, memory, None, None, depth + 1)
                if owner is not None
                else None
            )
            if found is not None and found.actor.is_plain and found.actor.country:
                country = found.actor.country
        first = _first_name_word(person) or person
        name = (
            _person_name(person)
            or (
                person.doc[first.i : person.i + 1].text  # "Lai Ching-te"
                if all(
                    t.dep_ in ("compound", "punct")
                    for t in person.doc[first.i : person.i]
                )
                else " ".join(
                    t.text
                    for t in (*person.lefts, person)
                    if t.i == person.i or (t.dep_ == "compound" and t.pos_ == "PROPN")
                )
            )
        )
        return Actor(
            _span_text(tokens),
            actor_code(country, a.sector) if country else a.code,
            country,
            a.sector,
            name,
            why=f'"{name}" is {role.text} ({a.why})',
        )

    def _role_told_later(self, head: Token) -> Token | None:
        """ "Andile Mthembu accused Rwanda ... Mthembu, South Africa's defence
        minister, told parliament ...": a person named in full with nothing that says
        their role, whose surname alone the next sentences give a role by apposition,
        has that role from the first: the role word, or None. The story must not have
        named another person of that surname before."""
        if _first_name_word(head) is None or head.ent_type_ != "PERSON":
            return None
        word = _word(head)
        people_words = self._person_roles
        told = kept(
            head.doc[:],
            "appositive_roles",
            lambda d: _appositive_roles(d.doc, people_words),
        ).get(word)
        for p, r in told or ():
            if p <= head.i:
                continue
            person = head.doc[p]
            if not _within_sentences(head, person, _LATER_ROLE_SENTENCES):
                return None
            if any(
                t.ent_type_ == "PERSON"
                and _word(t) == word
                and _first_name_word(t) is not None
                and _person_name(t) != _person_name(head)
                for t in head.doc[: head.i]
            ):
                return None  # another person of that surname was named before
            return head.doc[r]
        return None

    def _clause_role(
        self,
        tokens: list[Token],
        head: Token,
        day: str | None,
        memory: DocMemory,
        context_country: str | None,
        depth: int,
    ) -> Actor | None:
        """A person named with no title whose relative clause says what they are in
        public life: "Lucas Mabunda, WHO CAME SECOND in the presidential vote" or "who
        lost the runoff" (a runner-up is the opposition, OPP, of the sentence's or the
        story's country); "X, WHO LEADS the opposition Podemos party", "Keiko Fujimori,
        WHOSE Popular Force PARTY led the push" (the body they lead or belong to).
        The name is remembered, so "Mabunda" later is this person."""
        if head.pos_ != "PROPN" or head.ent_type_ not in ("PERSON", ""):
            return None
        name = _person_name(head) or " ".join(
            t.text
            for t in tokens
            if t.i <= head.i and t.pos_ == "PROPN" and t.text[:1].isupper()
        )
        for clause in head.children:
            if clause.dep_ != "relcl" or clause.i < head.i:
                continue
            subj = next(
                (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None
            )
            if subj is None:
                continue
            lemma = clause.lemma_.lower()
            body: Token | None = None
            if subj.lower_ == "who" and lemma in _RUNNER_UP_VERBS:
                words = {
                    t.lower_ if t.pos_ != "NOUN" else t.lemma_.lower()
                    for c in clause.children
                    if c.dep_ in ("advmod", "dobj", "npadvmod", "prep", "attr", "oprd")
                    for t in c.subtree
                }
                if (lemma == "lose" and words & _ELECTION_WORDS) or (
                    lemma != "lose" and words & _RUNNER_UP_WORDS
                ):
                    country = context_country or memory.main_country
                    why = f'"{name}", who {clause.text} ..., is a runner-up (OPP)'
                    return Actor(
                        _span_text(tokens),
                        actor_code(country, "OPP"),
                        country,
                        "OPP",
                        name,
                        why=why,
                    )
                continue
            country = (
                self._clause_country(clause)
                if subj.lower_ == "who" and _seized_power(clause)
                else None
            )
            if country is not None:
                # "Mamadi Doumbouya, who seized power in Guinea in 2021": a coup's
                # leader rules with the army (MIL), of the country the clause names
                # (not the sentence's: "..., who took power in a coup, expelled
                # France's ambassador")
                return Actor(
                    _span_text(tokens),
                    actor_code(country, "MIL"),
                    country,
                    "MIL",
                    name,
                    why=f'"{name}", who {clause.text} ..., leads a junta (MIL)',
                )
            if subj.lower_ == "who" and lemma in _LEAD_VERBS:
                body = next((c for c in clause.children if c.dep_ == "dobj"), None)
            elif any(c.lower_ == "whose" for c in subj.children):
                body = subj
            if body is None or body.lemma_.lower() not in _LED_BODIES:
                continue
            sub = self.resolve(body, day, memory, None, context_country, depth + 1)
            if sub is None or sub.actor.name or sub.actor.sector in (None, "CVL"):
                continue
            a = sub.actor
            return Actor(
                _span_text(tokens),
                a.code,
                a.country,
                a.sector,
                name,
                why=f'"{name}" is of {a.text} ({a.why})',
            )
        return None

    def _clause_country(self, clause: Token) -> str | None:
        """The one country a relative clause's "in" phrases name ("who seized power
        IN GUINEA"), else None."""
        found = {
            t.country
            for prep in clause.subtree
            # ("power IN CHAD": the parser may hang it on the object)
            if prep.dep_ == "prep" and prep.lower_ == "in"
            for _, _, t in self.match_terms(list(prep.subtree))
            if t.kind in ("country", "capital") and t.country
        }
        return found.pop() if len(found) == 1 else None

    def _staff_of(
        self,
        tokens: list[Token],
        head: Token,
        day: str | None,
        memory: DocMemory,
        depth: int,
    ) -> Actor | None:
        """ "Putin's aide", "an adviser to the president", "Ruto's deputy": one who
        serves a political owner is of the owner's country and sector."""
        if head.pos_ != "NOUN" or head.lemma_.lower() not in _STAFF_HEADS:
            return None
        owners = [c for c in head.children if c.dep_ == "poss"]
        owners += [
            obj
            for prep in head.children
            if prep.dep_ == "prep" and prep.lower_ == "to"
            for obj in prep.children
            if obj.dep_ == "pobj"
        ]
        for owner in owners:
            if owner.pos_ == "PRON":
                continue  # "his aide": whose is for the coreference, not here
            sub = self.resolve(owner, day, memory, None, None, depth + 1)
            if sub is None:
                continue
            a = sub.actor
            if a.sector is None or a.sector in _PRIVATE_SECTORS:
                continue  # "Kenya's deputy", "the farmer's assistant"
            text = _span_text(tokens)
            return Actor(
                text,
                a.code,
                a.country,
                a.sector,
                None,
                why=f'{a.why}; "{head.text}" serves {a.text}',
            )
        return None

    def _named_before(
        self,
        tokens: list[Token],
        head: Token,
        day: str | None,
        memory: DocMemory,
        depth: int,
    ) -> Actor | None:
        """ "the National Super Alliance (NASA) coalition", "the Wagner group": a
        common noun of a body after the body's name is the body the name names."""
        if head.pos_ != "NOUN" or head.lemma_.lower() not in _BODY_AFTER_NAME:
            return None
        for mod in head.children:
            if mod.dep_ not in ("compound", "nmod") or mod.pos_ != "PROPN":
                continue
            sub = self.resolve(mod, day, memory, None, None, depth + 1)
            if sub is None:
                continue
            a = sub.actor
            if a.name or a.sector is None or a.sector in _PRIVATE_SECTORS:
                continue  # a person's or a country's name says which, not what
            text = _span_text(tokens)
            if (
                head.lemma_.lower() == "party"
                and a.is_plain
                and a.sector not in ("PTY", "OPP")
            ):
                # "the Popular Force party": a party, whatever the last word of its
                # name would make a body of that name alone ("Force", MIL)
                a = replace(
                    a,
                    code=actor_code(a.country, "PTY"),
                    sector="PTY",
                    why=f"{a.why}; a party (PTY)",
                )
            return replace(a, text=text, why=f'{a.why}; "{head.text}" after its name')
        return None

    def _family_country(self, name: str) -> tuple[str, str] | None:
        """(country, person) of the one well-known (hand-written) office-holder whose
        surname, as an alias of the base, ends this name of several words, when all
        that person's offices were in one country."""
        words = surface_key(name)
        if len(words) < 2:
            return None
        term = self.base.terms.get(words[-1:])
        if (
            term is None
            or term.kind != "person"
            or not term.origin.startswith(_HAND_PEOPLE)
            or _names_agree(list(words), term.name)
        ):
            return None
        homes = {r.country for r in term.roles}
        if len(homes) != 1 or None in homes:
            return None
        return next(iter(homes)) or "", term.name or term.text

    def _town_country(
        self, head: Token, other: str, memory: DocMemory, countries: bool = False
    ) -> str | None:
        """The country of the town the head's own act is said to be in ("abducted a
        Swiss woman in Agadez": a place of the gazetteer, not a country's own name
        or people), when not ``other``; with ``countries``, a country named as the
        place ("in Nigeria", "in Nigeria's Kogi State") is one too."""
        sent = sentence_of(head)
        doc = head.doc
        verb = head.head
        if head.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
            return None
        towns = []
        for pos, c in memory.countries_between(sent.start, sent.end):
            tok = doc[pos]
            kinds = {t.kind for s, _, t in self.match_terms([tok]) if s == pos}
            if countries and "country" in kinds and tok.dep_ == "poss":
                # "kidnapped an American IN NIGERIA'S Kogi State"
                tok = tok.head
            elif countries and "country" in kinds:
                pass  # "abducted a British engineer IN NIGERIA"
            elif "capital" in kinds:
                pass  # "in Dakar", which the tagger may take for a person
            elif tok.ent_type_ not in ("GPE", "LOC") or kinds & _COUNTRY_WORD_KINDS:
                continue
            if (
                c != other
                and tok.dep_ == "pobj"
                and tok.head.lower_ in _PLACE_PREPS
                and tok.head.head.i in (verb.i, *(k.i for k in verb.children))
            ):
                towns.append((pos, c))
        if not towns:
            return None
        return min(towns, key=lambda pc: abs(pc[0] - head.i))[1]

    def _force_named_before(
        self, tokens: list[Token], head: Token, memory: DocMemory
    ) -> Actor | None:
        """ "The Sri Lanka Navy apprehended ... THE NAVY continues patrols": a
        capitalised force word alone ("the Navy", "the Army", "the Police") is the
        one force of that name the story named with its country before, whatever
        country its own sentence names ("the Navy has apprehended 212 Indian
        fishermen")."""
        if not head.text.istitle():
            return None
        rest = [t for t in tokens if t.i != head.i]
        if any(t.lower_ != "the" for t in rest):
            return None
        if head.is_sent_start and not rest:
            return None  # ("Navy arrests ..." of a headline: any navy)
        terms = [t for s, e, t in self.match_terms([head]) if t.kind == "role"]
        if len(terms) != 1 or terms[0].sector not in _FORCE_SECTORS:
            return None
        named = [
            a
            for a in memory.sectors_seen.get(terms[0].sector, ())
            if a.country
            and a.name is None
            and a.text.split()[-1] == head.text
            and len(a.text.split()) > 1
        ]
        if len({a.country for a in named}) != 1:
            return None
        a = named[-1]
        return replace(
            a,
            text=_span_text(tokens),
            why=f'"{head.text}" is {a.text}, named before ({a.why})',
        )

    @staticmethod
    def _home_politics(head: Token, memory: DocMemory) -> str | None:
        """The one country whose legislature, parties or opposition the story named
        before the head's sentence, when the sentence itself names no country; else
        None."""
        sent = sentence_of(head)
        if memory.countries_between(*_bounds(sent)):
            return None
        told = {
            a.country
            for sector in _HOME_POLITICS
            for a in memory.sectors_seen.get(sector, ())
            if a.country
        }
        return told.pop() if len(told) == 1 else None

    @staticmethod
    def _filed_under(head: Token, country: str, memory: DocMemory) -> bool:
        """Is ``country`` the country of the dateline the head's sentence is filed
        under (one of the story's own), and named nowhere in the sentence?"""
        if country not in memory.filed.values():
            return False  # (most heads: no dateline files from it)
        sent = sentence_of(head)
        dateline = getattr(sent._, "dateline", None)
        if dateline is None or memory.filed.get(dateline.start) != country:
            return False
        return all(c != country for _, c in memory.countries_between(*_bounds(sent)))

    @staticmethod
    def _filed_elsewhere(head: Token, country: str, memory: DocMemory) -> bool:
        """Is the head's sentence under a dateline of a country other than
        ``country``?"""
        if memory.main_country not in memory.filed.values():
            return False  # (most stories: no dateline files from their main country)
        dateline = getattr(sentence_of(head)._, "dateline", None)
        filed = memory.filed.get(dateline.start) if dateline is not None else None
        # (of a story about the dateline's country: "VIENNA - ..." on a hostage
        # freed in Niger does not make Niger's junta Austrian)
        return filed is not None and filed != country and filed == memory.main_country

    def _country_is_the_other_side(
        self, head: Token, country: str, memory: DocMemory
    ) -> bool:
        """Is every mention of ``country`` in the sentence the country itself as the
        object of the head's verb or of a verb it governs ("accused Russia", "urged
        Washington", "attacked Israel", "is asking Obama to help Iran"), so that it
        is not the doer's own?"""
        sent = sentence_of(head)
        found = [
            p for p, c in memory.countries_between(sent.start, sent.end) if c == country
        ]
        if not found:
            return False
        doc = head.doc
        if all(_beyond(doc[pos]) for pos in found):
            return True  # "as they fled towards the border with Niger"
        verb = head.head
        if head.dep_ == "dobj":
            # "accuses the military OF CONSPIRING with Washington": the verb the
            # object is charged with is its own
            verb = next(
                (
                    g
                    for c in verb.children
                    if c.dep_ == "prep" and c.lower_ in ("of", "for")
                    for g in c.children
                    if g.dep_ == "pcomp" and g.pos_ == "VERB"
                ),
                None,
            ) or next(
                (
                    g
                    for c in head.children
                    if c.dep_ == "prep" and c.lower_ in ("of", "for")
                    for g in c.children
                    if g.dep_ == "pcomp" and g.pos_ == "VERB"
                ),
                head,
            )
            if verb is head:
                return False
        elif head.dep_ not in ("nsubj", "nsubjpass"):
            return False
        # the verb and the verbs it asks, urges or plans ("asking Obama to help
        # Iran"): their objects are acted on by the doer too
        verbs = {verb.i}
        stack = [verb]
        if head.dep_ == "nsubj" and verb.lemma_.lower() in _SPEECH_VERBS:
            # "Officials said THEY had arrested 140 Afghan nationals": the act a
            # body reports of itself, by a pronoun, is the doer's own too
            for child in verb.children:
                if child.dep_ == "ccomp" and any(
                    g.dep_ in ("nsubj", "nsubjpass")
                    and g.lower_ in ("they", "it", "we")
                    for g in child.children
                ):
                    verbs.add(child.i)
                    stack.append(child)
        while stack:
            for child in stack.pop().children:
                if child.i in verbs:
                    continue
                if child.dep_ == "xcomp" or (
                    # "won the election and ASKED Nairobi to ...": a verb joined to
                    # the head's with no subject of its own is the doer's too
                    head.dep_ in ("nsubj", "nsubjpass")
                    and child.dep_ == "conj"
                    and child.pos_ == "VERB"
                    and not any(
                        g.dep_ in ("nsubj", "nsubjpass") for g in child.children
                    )
                ):
                    verbs.add(child.i)
                    stack.append(child)
        for pos in found:
            tok = doc[pos]
            term = self.base.terms.get((_word(tok),)) or self.base.terms.get(
                tuple(_word(t) for t in tok.doc[tok.left_edge.i : tok.i + 1])
            )
            top = tok
            while top.dep_ in _MODIFIER_DEPS and top.head is not top:
                top = top.head
            if (
                term is not None
                and term.kind in ("country", "demonym")
                and top is not tok
                and (
                    top.lemma_.lower() in _FOREIGN_POSTS or self._same_office(head, top)
                )
            ):
                # "attacked the French embassy": a country's embassy stands in
                # another country; "President Faye met French President Macron":
                # a country has one president; the doer is of neither's country
                tok = top
            elif (
                term is not None
                and term.kind == "demonym"
                and top is not tok
                and top.pos_ == "NOUN"
                and (
                    self._town_country(head, country, memory, countries=True)
                    is not None
                    or self._filed_elsewhere(head, country, memory)
                    # "arrested 140 Afghan NATIONALS": the word says they are
                    # foreigners where the act is, whatever country the story
                    # names most
                    or top.lemma_.lower() in _FOREIGN_PEOPLE
                )
            ):
                # "gunmen abducted a Swiss woman in Agadez": a foreigner acted on
                # in a town or country of another country says nothing of the
                # doer's country, even in a story mostly about the foreigner's
                # ("police arrested 12 Afghan nationals in Peshawar"); with no
                # place said, the doer's is not read (a Kenyan in a Kenyan story
                # may be acted on by his own police); a story filed from another
                # country is that country's ("COLOMBO - The navy arrested 14 Indian
                # fishermen": Sri Lanka's navy)
                tok = top
                while (
                    tok.dep_ == "pobj"
                    and tok.head.lower_ in _PART_OF_PREPS
                    and tok.head.head.pos_ in ("NOUN", "PROPN")
                ):
                    # "arrested 11 suspects, INCLUDING two Rwandan citizens": the
                    # foreigners are some of the object, acted on with it
                    tok = tok.head.head
            elif term is None or term.kind not in ("country", "capital", "metonym"):
                return False
            if _beyond(tok):
                continue
            if tok.dep_ == "dobj" and tok.head.i in verbs:
                continue
            if (
                tok.dep_ == "pobj"
                and tok.head.dep_ == "prep"
                and tok.head.head.i in verbs
                and tok.head.lower_ in ("against", "on", "with", "to")
            ):
                continue
            return False
        return True

    def _fought_by_its_doer(
        self, tokens: list[Token], head: Token, country: str, memory: DocMemory
    ) -> bool:
        """Is the head an armed non-state group with no country of its own words
        ("30 militants", "two rebel camps"), acted on in a sentence that names
        ``country`` only on the side of the doers ("Kenya's military said its troops
        had killed ...", "The Venezuelan government said its troops had destroyed
        ..."), in a story that named rebels or insurgents of another country?"""
        if head.dep_ not in ("dobj", "nsubjpass", "pobj"):
            return False
        words = {t.lemma_.lower() for t in tokens if t.i <= head.i}
        if not words & _REBEL_WORDS or any(
            t.country or t.code for _, _, t in self.match_terms(tokens)
        ):
            return False  # "Somali militants", "al-Shabaab fighters": their own
        if not any(
            a.country and a.country != country
            for sector in ("REB", "INS")
            for a in memory.sectors_seen.get(sector, ())
        ):
            return False
        sent = sentence_of(head)
        found = [
            p for p, c in memory.countries_between(sent.start, sent.end) if c == country
        ]
        if not found:
            return False
        # the doers' side: the subjects of the verbs above the head
        doers: set[int] = set()
        for verb in head.ancestors:
            for child in verb.children:
                if child.dep_ in ("nsubj", "nsubjpass") and child.i != head.i:
                    doers.update(t.i for t in child.subtree)
        return all(pos in doers for pos in found)

    def _victims_country(
        self, tokens: list[Token], head: Token, country: str, memory: DocMemory
    ) -> str | None:
        """The country of people killed or wounded ("three civilians", "five
        people") with no country of their own words, when the sentence names
        ``country`` only in the phrase of their killers ("RUSSIAN shelling killed",
        "killed by ISRAELI fire") and another country outside it: the nearest other
        one; else None."""
        if (
            head.dep_ not in ("dobj", "nsubjpass")
            or head.lemma_.lower() not in _VICTIMS
        ):
            return None
        verb = head.head
        if verb.lemma_.lower() not in _KILLING_VERBS:
            return None
        if any(t.country or t.code for _, _, t in self.match_terms(tokens)):
            return None  # "three Ukrainian civilians": their own
        doers: set[int] = set()
        for child in verb.children:
            if child.dep_ == "nsubj" or (
                child.dep_ == "agent" and head.dep_ == "nsubjpass"
            ):
                doers.update(t.i for t in child.subtree)
        sent = sentence_of(head)
        told = memory.countries_between(sent.start, sent.end)
        if not doers or not any(p in doers for p, c in told if c == country):
            return None
        if any(c == country and p not in doers for p, c in told):
            return None  # the country is named outside the doers' phrase too
        others = [(p, c) for p, c in told if c != country and p not in doers]
        if not others:
            return None  # ("Syrian air strikes killed nine people": Syria's own)
        return min(others, key=lambda pc: abs(pc[0] - head.i))[1]

    def _same_office(self, head: Token, other: Token) -> bool:
        """Do the phrases of ``head`` and ``other`` name the same office that a
        country has one of ("President Faye ... French President Macron")?"""

        def offices(tok: Token) -> set[str]:
            return {
                t.text.lower()
                for _, _, t in self.match_terms(np_tokens(tok))
                if t.kind == "role" and t.text.lower() in _ONE_HOLDER_OFFICES
            }

        return bool(offices(head) & offices(other))

    def _known_name_word(self, word: str) -> bool:
        """Does a person of the base have this word as a surname or a first name
        ("Ma" of Ma Ying-jeou), not a company ("Google")?"""
        return bool(self.base.people_ending((word,))) or self.base.is_given_name(word)

    def _given_name(self, run: list[Token]) -> bool:
        """Is this place's name the first name of a person the tagger names with it
        ("Cabinet Secretary ADEN Duale", "JORDAN Bardella"): the person's name starts
        with it and goes on with a capitalised word that is no title ("SYDNEY Lord
        Mayor ..." stays the city)?"""
        first, last = run[0], run[-1]
        if first.ent_type_ != "PERSON" or first.ent_iob_ != "B":
            return False
        if last.i + 1 >= len(first.doc):
            return False
        nxt = first.doc[last.i + 1]
        if nxt.ent_type_ != "PERSON" or nxt.ent_iob_ != "I" or nxt.pos_ != "PROPN":
            return False
        if not nxt.text[:1].isupper() or (nxt.is_upper and len(nxt) > 1):
            return False
        key = (_word(nxt),)
        term = self.base.terms.get(key)
        return key not in self.base.titles and (term is None or term.kind == "person")

    def _is_title(self, tok: Token) -> bool:
        """Is this capitalised word the end of a title ("Joint Secretary",
        "Ambassador"), not of a name?"""
        if tok.ent_type_ in ("PERSON", "GPE", "LOC", "NORP", "FAC"):
            return False
        words = [t for t in np_tokens(tok) if t.i <= tok.i and t.dep_ != "det"]
        for n in range(len(words)):
            key = tuple(_word(t) for t in words[n:])
            term = self.base.terms.get(key)
            if key in self.base.titles or (term is not None and term.kind == "role"):
                return True
        return False

    def _titled_person(
        self,
        tokens: list[Token],
        head: Token,
        memory: DocMemory,
        day: str | None = None,
    ) -> Actor | None:
        """ "the minister", "the foreign minister", "the president": a title alone,
        after the story named a person with it, is that person."""
        if head.pos_ != "NOUN":
            return None
        rest = [t for t in tokens if t.dep_ != "det"]
        if not any(t.dep_ == "det" and t.lower_ == "the" for t in tokens):
            return None
        matches = self.match_terms(rest)
        if not matches and [t for t in rest if not t.is_punct] == [head]:
            return self._title_head(tokens, head, memory)
        if len(matches) != 1 or matches[0][2].kind != "role":
            return None  # "the Syrian minister" names a country of its own
        start, end, term = matches[0]
        if start != rest[0].i or end != rest[-1].i + 1:
            return None
        title = term.text.lower()
        # "the premier" after "Prime Minister Somchai": one office, two names
        same = (title, *_SAME_TITLES.get(title, ()))
        person = None
        if head.tag_ == "NN":
            person = next((memory.titles[t] for t in same if t in memory.titles), None)
        if person is not None and person.country:
            # "the president" in a story filed from Kinshasa, after Congo's president
            # met Angola's: the story's own country's holder of the title
            dateline = getattr(sentence_of(head)._, "dateline", None)
            home = memory.filed.get(dateline.start) if dateline is not None else None
            if home is not None and home != person.country:
                person = next(
                    (
                        memory.titles_of[t, home]
                        for t in same
                        if (t, home) in memory.titles_of
                    ),
                    person,
                )
        if person is None and head.tag_ == "NN":
            # "the minister" after "Foreign Minister Wang Yi"
            found = [a for t, a in memory.titles.items() if _title_of(t, same)]
            person = found[-1] if found else None
        text = _span_text(tokens)
        if person is not None:
            return Actor(
                text,
                person.code,
                person.country,
                person.sector,
                person.name,
                why=f'"{text}" is {person.name}, named with that title before',
            )
        if head.tag_ == "NN":
            # "the minister" after "Sudan's foreign minister" (not after "the
            # Egyptian ambassador", the GOV actor named last)
            said = [a for t, a in memory.titled.items() if _title_of(t, same)]
            scene = self._opening_country(head)
            if said and scene is not None and said[-1].country not in (None, scene):
                # "... Mali's junta ... In Niger, THE JUNTA revoked ...": the country
                # its sentence opens with, not the one of the body named before
                return Actor(
                    text,
                    actor_code(scene, said[-1].sector),
                    scene,
                    said[-1].sector,
                    None,
                    why=f'"{text}" is of {scene}, the country its sentence opens with',
                )
            if said:
                return Actor(
                    text,
                    said[-1].code,
                    said[-1].country,
                    said[-1].sector,
                    None,
                    why=f'"{text}" is {said[-1].text}, named with that title before',
                )
        # "the regime" after "Damascus", "the army" after "Syrian troops"; a plural
        # ("the authorities", "the rebels") is too loose to point back
        if head.tag_ != "NN" or term.text.lower() in _GO_BETWEENS:
            return None  # "the envoy" after "Damascus" is anyone's
        body = memory.sectors.get(term.sector) if term.sector else None
        if body is None or body.country is None:
            return None
        scene = self._opening_country(head)
        if scene is not None and scene != body.country:
            return Actor(
                text,
                actor_code(scene, term.sector),
                scene,
                term.sector,
                None,
                why=f'"{text}" is the {term.sector} of {scene}, the country its '
                "sentence opens with",
            )
        seat = self._seat_named_after(head)
        if seat is not None and seat != body.country:
            # "urged the government IN MOGADISHU to ...", the town hung on the verb:
            # the phrase names its own seat, whatever body the story named last
            return Actor(
                text,
                seat + term.sector,
                seat,
                term.sector,
                None,
                why=f'"{text}" is the {term.sector} of {seat}, seated in the place '
                "named after it",
            )
        body = self._other_than_doer(head, term.sector, body, day, memory)
        if head.dep_ in ("nsubj", "nsubjpass") and self._country_is_the_other_side(
            head, body.country, memory
        ):
            # "New Delhi said it had opened the dam's gates. THE INTERIM GOVERNMENT
            # accused India of ...": a body that acts on a country is not that
            # country's own; it is the body of that sector named last in another
            # country, else the other country the story names most
            other = self._other_country_body(term.sector, body, memory)
            if other is not None:
                return Actor(
                    text,
                    other.country + term.sector,
                    other.country,
                    term.sector,
                    None,
                    why=f'"{text}" acts on {body.country}: {other.why}',
                )
        return Actor(
            text,
            body.country + term.sector,
            body.country,
            term.sector,
            None,
            why=f'"{text}" is the {term.sector} of {body.country}, named before ({body.text})',
        )

    def _titled_speaker(self, head: Token, speaker: Actor | None) -> Actor | None:
        """ "The forests minister said HE would send officials": he or she, the subject
        of what a speaker named by a title alone says, is that speaker, over the
        person (or named body) the story named last."""
        if (
            speaker is None
            or speaker.name is not None
            or speaker.sector is None
            or head.lower_ not in ("he", "she")
            or head.dep_ not in ("nsubj", "nsubjpass")
            or head.head.dep_ != "ccomp"
        ):
            return None
        said = next((c for c in head.head.head.children if c.dep_ == "nsubj"), None)
        if said is None or said.tag_ != "NN" or said.text not in speaker.text.split():
            return None
        if said.lower_ not in self._person_roles:
            return None  # "the ministry said he ...": a body is no he
        return speaker

    def _title_head(
        self, tokens: list[Token], head: Token, memory: DocMemory
    ) -> Actor | None:
        """ "the district commissioner said ... THE COMMISSIONER, Paul Rotich, said":
        "the" and the last word of a title the story named someone with (a word too
        loose to be a title alone) is that one, the person named last with it."""
        word = head.lower_
        if head.tag_ != "NN":
            return None
        said = [
            a
            for title, a in [*memory.titled.items(), *memory.titles.items()]
            if " " in title and title.rsplit(" ", 1)[1] == word
        ]
        if not said:
            return None
        a = said[-1]
        text = _span_text(tokens)
        return Actor(
            text,
            a.code,
            a.country,
            a.sector,
            a.name,
            why=f'"{text}" is {a.text}, named with a title ending in it before',
        )

    def _seat_named_after(self, head: Token) -> str | None:
        """The country of the country, capital or large city named right after a role
        word ("the government IN MOGADISHU", "the authorities in Niger"), wherever
        the parser hung the place, or None."""
        doc = head.doc
        i = head.i + 1
        if i + 1 >= len(doc) or doc[i].lower_ != "in":
            return None
        run = []
        for tok in doc[i + 1 :]:
            if tok.pos_ != "PROPN":
                break  # (the tagger may call a capital a person: "Naypyitaw")
            run.append(tok)
        if not run or (run[-1].i + 1 < len(doc) and doc[run[-1].i + 1].tag_ == "POS"):
            return None  # "the army in Mali's north" names a region of its own
        found = self.match_terms(run)
        if (
            len(found) == 1
            and found[0][0] == run[0].i
            and found[0][1] == run[-1].i + 1
            and found[0][2].kind in ("country", "capital")
        ):
            return found[0][2].country
        return _city_country(run[-1]) if len(run) == 1 else None

    def _other_than_doer(
        self,
        head: Token,
        sector: str,
        body: Actor,
        day: str | None,
        memory: DocMemory,
    ) -> Actor:
        """ "Washington's envoy met Chad's president ... The envoy pressed THE
        GOVERNMENT to ...": a role word alone as the object of a doer of its own
        sector and country is not the doer's own body (that would be no event) but
        the body of that sector the story named last in another country."""
        if head.dep_ not in ("dobj", "pobj", "dative"):
            return body
        verb = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), None)
        subject = (
            next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if verb
            else None
        )
        if subject is None or head in subject.subtree:
            # "a spokesman for THE PRESIDENT said ...": a word of the doer's own
            # phrase is no object of the doer's (and resolving the doer would come
            # back here)
            return body
        doer = self.resolve(subject, day, memory, None, None, 1)
        if doer is None or doer.actor.country != body.country:
            return body
        if head.lemma_.lower() in _NATIONAL_BODIES and any(
            c.dep_ == "amod" and c.lower_ in _NATIONAL_LEVEL for c in head.children
        ):
            # "Saskatchewan's premier urged THE FEDERAL GOVERNMENT to ...": a
            # province's or a region's officials call on their own country's
            # national government, not another country's
            return body
        if doer.actor.sector != sector:
            # "Bangkok urged THE JUNTA to halt air strikes": a state does not call
            # its own rulers a junta or a regime; that is another country's (its
            # opposition, rebels and people do)
            if head.lemma_.lower() not in _RULERS or doer.actor.sector not in _STATE:
                return body
            return self._other_country_body(sector, body, memory) or body
        others = [
            a for a in memory.sectors_seen.get(sector, ()) if a.country != body.country
        ]
        return others[-1] if others else body

    def _other_country_body(
        self, sector: str, body: Actor, memory: DocMemory
    ) -> Actor | None:
        """The body of ``sector`` the story named last in a country other than
        ``body``'s, else that sector of the country other than ``body``'s that the
        story names most (the first named wins a tie); None where the story names no
        other country."""
        others = [
            a for a in memory.sectors_seen.get(sector, ()) if a.country != body.country
        ]
        if others:
            last = others[-1]
            return replace(
                last, why=f"the {sector} named last in another country ({last.text})"
            )
        counts = memory.country_counts
        rest = [c for c in memory.story_countries if c != body.country]
        if not rest:
            return None
        country = max(rest, key=lambda c: counts.get(c, 0))
        return Actor(
            body.text,
            country + sector,
            country,
            sector,
            None,
            why=f"the {sector} of the country the story names most but that one",
        )

    def _through_prep(
        self,
        tokens: list[Token],
        head: Token,
        day: str | None,
        memory: DocMemory,
        speaker: Actor | None,
        depth: int,
        context_country: str | None = None,
    ) -> Actor | None:
        """ "the government of Syria", "members of parliament from Kenya", "dozens of
        journalists": a role or group word takes its country from its prepositions."""
        sector = self._sector(tokens)
        word = head.lemma_.lower()
        owned = self.base.owned_heads.get(word) if head.pos_ == "NOUN" else None
        if sector is None and owned is not None:
            return self._owned_through_of(
                tokens, head, owned, day, memory, depth, context_country
            )
        # "the Permanent Council of the Organization of American States": an organ
        # of an organisation is that organisation (of a country, it says no more)
        # "at least 400 of the supporters": a number of a group (not "$2 billion
        # from Saudi Arabia")
        counted = (
            head.pos_ == "NUM" and head.like_num and head.ent_type_ in ("", "CARDINAL")
        ) or (
            head.pos_ == "NOUN"
            and (
                word in _OF_ONLY_HEADS or (word in _COALITIONS and head.text.islower())
            )
        )
        organ_only = (
            sector is None
            and word not in _GROUP_HEADS | self.base.member_heads
            and word in _ORGANS
        )
        if (
            sector is None
            and word not in _GROUP_HEADS | self.base.member_heads
            and not organ_only
            and not counted
        ):
            return None
        inside = {t.i for t in tokens}
        # "the Minister of Defence of Iraq": past the "of" that belongs to the title
        owners = [head, *(t for t in tokens if t.dep_ == "pobj" and t.head.i in inside)]
        for child in (c for t in owners for c in t.children):
            if (
                child.dep_ != "prep"
                or child.lower_ not in _OF_PREPS
                or child.i in inside
                or (counted and sector is None and child.lower_ != "of")
                or _charge(child)
            ):
                continue
            for obj in child.children:
                if obj.dep_ != "pobj":
                    continue
                sub = self.resolve(
                    obj, day, memory, speaker, context_country, depth + 1
                )
                if sub is None and sector in _PLACE_TITLE_SECTORS:
                    region = self._region_named_before(obj)
                    if region is not None:
                        # "the governor of the Far North" after "Cameroon's Far
                        # North region": the region the story gave its country
                        return Actor(
                            _span_text(tokens),
                            actor_code(region, sector),
                            region,
                            sector,
                            None,
                            why=f'"{obj.text}" is a region of {region} named before; '
                            f'through "{child.text}"',
                        )
                if sub is None:
                    continue
                a = sub.actor
                if (
                    a.code == UNKNOWN_COUNTRY
                    and a.name is None
                    and sector in _PLACE_TITLE_SECTORS
                    and _short_name(obj)
                ):
                    # "the Catholic Bishop of Kumbo", "the acting regent of Pidie",
                    # "the Minister for Home Affairs": a short capitalised name the
                    # base does not know says no country; the title takes the story's
                    continue
                if sector == "CVL" and word in _KIN_HEADS:
                    # "the families of Hamas fighters", "relatives of the jailed
                    # soldiers": people's kin are civilians of those people's
                    # country, never of their body
                    if a.country is None:
                        continue
                    return Actor(
                        _span_text(tokens),
                        actor_code(a.country, "CVL"),
                        a.country,
                        "CVL",
                        None,
                        why=f'{a.why}; kin of them through "{child.text}" are '
                        f"civilians of {a.country}",
                    )
                if organ_only and (a.name or (a.is_plain and a.sector is None)):
                    # (an organ of a country says no more than the country; "the
                    # defence committee of Kenya's National Assembly" is the
                    # assembly's, as "a committee of ministers" is the government's)
                    continue
                if not a.is_plain:
                    return Actor(
                        _span_text(tokens),
                        a.code,
                        a.country,
                        a.sector,
                        a.name,
                        why=f'{a.why}; through "{child.text}"',
                    )
                # "a leader of the drug cartel", "the vice president of the National
                # Assembly": a title of any body takes that body's sector
                generic = (
                    sector in (None, "GOV")
                    or (
                        # "a politician from the opposition", "party members of the
                        # opposition": the opposition says more than a party
                        sector == "PTY" and a.sector == "OPP"
                    )
                    or (
                        # "a commander of an Iran-backed militia" is of the militia,
                        # as "the militia's commander" is
                        sector == "MIL" and a.sector in _NON_STATE
                    )
                    or (
                        # "gunmen of the Viv Ansanm gang alliance": unknown armed
                        # men of a named gang or armed group are of it
                        sector == "UAF" and a.sector in _NON_STATE | {"CRM"}
                    )
                    or (
                        # "the National Council of Churches of Kenya": a council
                        # of a faith's or a trade's bodies is theirs, no legislature
                        sector == "LEG"
                        and word in _ORGANS | {"congress", "federation"}
                        and child.lower_ == "of"
                        and a.sector in _GATHERED_SECTORS
                    )
                )
                if (
                    sector is None
                    and a.sector == "GOV"
                    and a.is_plain
                    and child.lower_ in _INSIDE_PREPS
                    and (
                        obj.ent_type_ in ("GPE", "LOC", "FAC")
                        or obj.lemma_.lower() in _PLACE_NOUNS
                    )
                ):
                    # "two armed factions IN THE LIBYAN CAPITAL, Tripoli": a place
                    # the phrase is in gives its country, not the government a
                    # capital's name stands for as a doer
                    generic = False
                sec = a.sector if generic and a.sector else sector
                if sec in _OFFICE_SECTORS and any(
                    t.lower_ in _FORMER and t.i < head.i for t in tokens
                ):
                    # "a former governor of Texas": out of office, an elite
                    sec = "ELI"
                code = actor_code(a.country, sec)
                return Actor(
                    _span_text(tokens),
                    code,
                    a.country,
                    sec,
                    # "the media office of Obeidi" is no other name of the minister
                    a.name if sec == a.sector else None,
                    why=f'{a.why}; through "{child.text}"',
                )
        return None

    def _region_named_before(self, obj: Token) -> str | None:
        """The country of a region a capitalised name names, when the story named it
        before as that country's ("in CAMEROON's Far North region" for "the Far
        North"); else None."""
        name = [
            t for t in np_tokens(obj) if t.i <= obj.i and t.dep_ not in ("det", "punct")
        ]
        if not name or not all(t.is_title for t in name):
            return None
        words = [t.lower_ for t in name]
        doc = obj.doc
        n = len(words)
        for i in range(0, name[0].i - n):
            if [t.lower_ for t in doc[i : i + n]] != words:
                continue
            after = doc[i + n] if i + n < len(doc) else None
            if after is None or after.lower_ not in _REGION_WORDS:
                continue
            owner = next((c for c in after.children if c.dep_ == "poss"), None)
            if owner is None:
                continue
            for _, _, term in self.match_terms(list(owner.subtree)):
                if term.kind == "country" and term.country:
                    return term.country
        return None

    def _named_country(self, actor: Actor, name: Span) -> Actor:
        """A body whose own name names a country ("the Front for Renewal and Unity in
        CHAD") is of that country, over one an appositive gives ("a rebel group
        based in southern Libya")."""
        if not actor.is_plain:
            return actor
        whole = list(name.doc[name[0].left_edge.i : name.end])
        if any(
            term.kind == "country"
            and term.country == actor.country
            and s <= name.start < e
            for s, e, term in self.match_terms(whole)
        ):
            # "the Democratic People's Republic of Korea": the body is the state its
            # whole name names, not the "Republic of Korea" within it
            return actor
        for _, _, term in self.match_terms(list(name)):
            if (
                term.kind == "country"
                and term.country
                and term.country != actor.country
            ):
                return replace(
                    actor,
                    code=actor_code(term.country, actor.sector),
                    country=term.country,
                    why=f'{actor.why}; "{term.text}" in its name',
                )
        return actor

    def _police_story(self, head: Token, memory: DocMemory) -> Actor | None:
        """The police (with its country) when this sentence or the one before names
        the police and no armed force: bare "officers" or "agents" are then its
        members; else None."""
        police = memory.sectors.get("COP")
        if police is None or police.country is None or police.name:
            return None
        sent = sentence_of(head)
        doc = head.doc
        start = sentence_of(doc[sent.start - 1]).start if sent.start > 0 else 0
        lemmas = {t.lemma_.lower() for t in doc[start : sent.end]}
        if not lemmas & _POLICE_WORDS or lemmas & _ARMED_WORDS:
            return None
        return Actor(
            police.text,
            actor_code(police.country, "COP"),
            police.country,
            "COP",
            None,
        )

    def _relative_of(
        self, head: Token, day: str | None, memory: DocMemory
    ) -> Actor | None:
        """ "The son of Cameroon's president", "the president's widow", "the wife of
        the opposition leader": a leader's close relative is of the leader's country,
        an elite (ELI); a relative of no one political is no actor."""
        if (
            head.pos_ != "NOUN"
            or head.lemma_.lower() not in _RELATIVES
            or any(c.dep_ == "compound" for c in head.children)
        ):
            return None  # ("the president's LAWMAKER son": his own office says more)
        for other in _owners(head):
            if other.pos_ == "PRON":
                continue
            if other.tag_ == "NNS" and head.lemma_.lower() in _KIN_HEADS:
                continue  # "the soldiers' families": many people's kin, no elite
            # the relative's country is the one the leader's own words give
            a = self._describe(np_tokens(other), other, day, memory, None)
            if a is None or a.country is None or a.sector not in _LEADING_SECTORS:
                continue
            text = _with_owner_text(head, other)
            return Actor(
                text,
                actor_code(a.country, "ELI"),
                a.country,
                "ELI",
                None,
                why=f"a relative of {a.text} ({a.code}) is an elite of {a.country}",
            )
        return None

    def _of_country(
        self,
        tokens: list[Token],
        head: Token,
        day: str | None,
        memory: DocMemory,
        depth: int,
    ) -> Actor | None:
        """The country, region or state body that the head's own "of" phrase names
        ("the regional council OF CORSICA"), or None."""
        inside = {t.i for t in tokens}
        for child in head.children:
            if child.dep_ != "prep" or child.lower_ != "of" or child.i in inside:
                continue
            for obj in child.children:
                if obj.dep_ != "pobj" or obj.pos_ != "PROPN":
                    continue
                sub = self.resolve(obj, day, memory, None, None, depth + 1)
                if sub is None or sub.actor.country is None or sub.actor.name:
                    continue
                if sub.actor.sector is None or sub.actor.sector in _STATE_SECTORS:
                    return sub.actor
        return None

    def _stands_abroad(self, head: Token, tokens: list[Token]) -> bool:
        """Is the phrase a go-between of its government ("the U.S. ambassador", "a
        French envoy"), by its head's title?"""
        if head.pos_ != "NOUN":
            return False
        return any(
            t.kind == "role" and e == head.i + 1 and t.text.lower() in _GO_BETWEENS
            for _, e, t in self.match_terms(tokens)
        )

    def _of_a_city(self, tokens: list[Token], head: Token) -> Actor | None:
        """ "the mayor of Istanbul", "Lagos's police chief", "a Jaffna magistrate": an
        office of a city the base does not know is of the city's country (a city of
        the gazetteer that no namesake abroad rivals)."""
        sector = self._sector(tokens)
        if sector not in _CITY_SECTORS or head.pos_ not in ("NOUN", "PROPN"):
            return None  # ("the Bishop of Kumbo": a title the tagger calls a name)
        owners = [c for c in head.children if c.dep_ == "poss"]
        named_before = []
        if head.pos_ == "NOUN":
            # "a JAFFNA magistrate", "KANO police": the city's name before the office
            named_before = [
                c
                for c in head.children
                if c.dep_ in ("compound", "amod")
                and c.i < head.i
                and c.pos_ == "PROPN"
                and c.is_title  # ("BNP leaders": a party's letters)
            ]
        owners += named_before
        owners += _of_objects(head)
        for owner in owners:
            country = _city_country(owner, owner in named_before)
            if country is None:
                continue
            text = _span_text(tokens)
            return Actor(
                text,
                actor_code(country, sector),
                country,
                sector,
                None,
                why=f'"{owner.text}" is a city of {country}; sector {sector}',
            )
        return None

    def _state_of_region(self, tokens: list[Token], head: Token) -> Actor | None:
        """ "The state of Texas sued ...", "the province of Quebec": the government
        of a region of a country acts for the country's government side (GOV)."""
        if (
            head.lemma_.lower() not in _REGION_HEADS
            or head.tag_ != "NN"
            or (
                head.dep_ not in ("nsubj", "nsubjpass")
                and not (
                    head.dep_ == "dobj"
                    and head.head.lemma_.lower() in _BODY_OBJECT_VERBS
                )
            )
            or any(c.dep_ in ("amod", "compound") for c in head.children)
        ):
            # "in the southern province of Helmand": a place (but "sued the state of
            # Texas" is its government, as "the state of Texas sued" is)
            return None
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                words = tuple(_word(t) for t in obj.doc[obj.left_edge.i : obj.i + 1])
                term = self.base.terms.get(words)
                if term is None or term.kind != "region" or term.country is None:
                    return None
                text = _span_text(tokens)
                return Actor(
                    text,
                    actor_code(term.country, "GOV"),
                    term.country,
                    "GOV",
                    None,
                    why=f'"{text}" is the government of a region of {term.country}',
                )
        return None

    def _owned_through_of(
        self,
        tokens: list[Token],
        head: Token,
        sector: str,
        day: str | None,
        memory: DocMemory,
        depth: int,
        context_country: str | None = None,
    ) -> Actor | None:
        """ "The reelection campaign of President Lopez": a body that only a person
        owns (``owned_heads``), owned through "of" by a named person, is of the
        person's country and of the body's own sector (not the person's office); an
        opposition candidate's is the opposition's, as "his campaign" is."""
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj" or obj.pos_ != "PROPN":
                    continue
                sub = self.resolve(obj, day, memory, None, context_country, depth + 1)
                if sub is None or not sub.actor.name:
                    continue
                owner = sub.actor
                text = _span_text(tokens)
                own = "OPP" if owner.sector == "OPP" else sector
                return Actor(
                    text,
                    actor_code(owner.country, own),
                    owner.country,
                    own,
                    None,
                    why=f'"{text}" of {owner.name} names a body of sector {own}',
                )
        return None

    def _cited_only(self, tokens: list[Token], memory: DocMemory) -> bool:
        """A wire service or news agency, or one of its people ("told Reuters", "a
        Xinhua correspondent"): cited, never acting. Not an acronym the story gave
        to a body of its own ("the Armed Forces of the Philippines (AFP)": "the AFP"
        later is the army, not the French agency)."""
        kept = [t for t in tokens if not t.is_punct]
        words = [t.lower_ for t in kept]
        not_actors = self.base.not_actors
        for a in range(len(words)):
            for b in range(a + 1, min(len(words), a + 4) + 1):
                if tuple(words[a:b]) not in not_actors:
                    continue
                if b == a + 1 and (
                    kept[a].text in memory.acronyms or _defined_here(kept[a])
                ):
                    continue
                if b < len(kept) and self._names_country(kept[b]):
                    # "AFP Syrian government forces seized ...": a photo credit
                    # run into the next sentence, before an actor of its own
                    continue
                return True
        return False

    def _names_country(self, tok: Token) -> bool:
        """Is this word a country's name or its people's ("Syrian", "Kenya")?"""
        term = self.base.terms.get((_word(tok),))
        return term is not None and term.kind in ("country", "demonym")

    def _its_body(
        self,
        head: Token,
        day: str | None,
        memory: DocMemory,
        context_country: str | None,
    ) -> Actor | None:
        """ "banned ITS leaders" after "dissolved the Move Forward Party": the body of
        another side than the state (a party, the opposition, a union, a company, a
        church, a group) that the sentence named last before the head, as the subject
        or object of a verb; None when the nearest such phrase names no such body."""
        sent = sentence_of(head)
        for tok in reversed(sent[: head.i - sent.start]):
            if tok.dep_ not in (
                "nsubj",
                "nsubjpass",
                "dobj",
                "pobj",
            ) or tok.ent_type_ in (
                "DATE",
                "TIME",
            ):
                continue  # ("... the union on Monday and arrested its officials")
            if tok.pos_ != "PROPN" or tok.ent_type_ == "PERSON":
                return None  # the last such phrase is no named body: "its" is unsure
            sub = self.resolve(tok, day, memory, None, context_country, 1)
            if sub is None or sub.actor.name or sub.actor.sector not in _SIDE_SECTORS:
                return None
            return sub.actor
        return None

    def _owner_persons_country(
        self, head: Token, day: str | None, memory: DocMemory
    ) -> tuple[str, str] | None:
        """(name, country) of the person a proper name before "'s" names, when the
        story or the base knows the person's country ("CHILUBA's government" after
        "Frederick Chiluba"); else None."""
        for child in head.children:
            if child.dep_ != "poss" or child.pos_ != "PROPN":
                continue
            sub = self.resolve(child, day, memory, None, None, 1)
            if (
                sub is not None
                and sub.actor.name
                and sub.actor.is_plain
                and sub.actor.country
                and not sub.actor.code.startswith("IGO")
            ):
                return sub.actor.name, sub.actor.country
        return None

    def _bare_spokesman(self, tokens: list[Token], head: Token) -> bool:
        """Is the phrase a spokesman by title alone, with or without a name ("A
        spokesman", "Spokesman Ruslan Varankov"), no body or country said with it?"""
        spokes = [t for t in tokens if t.lower_ in _SPOKES]
        if len(spokes) != 1:
            return False
        return all(
            t.i == spokes[0].i
            or t.dep_ in ("det", "punct")
            or (t.pos_ == "PROPN" and t.i > spokes[0].i)
            for t in tokens
        ) and not any(c.dep_ in ("prep", "poss") for t in tokens for c in t.children)

    def _spoken_for_before(
        self, head: Token, day: str | None, memory: DocMemory
    ) -> Actor | None:
        """The body the sentence before had as its subject, when the head's sentence
        starts with the head's phrase; None when that subject is no body."""
        sent = sentence_of(head)
        if sent.start == 0 or head.left_edge.i - sent.start > 1:
            return None
        prior = sentence_of(head.doc[sent.start - 1])
        subject = next(
            (
                t
                for t in prior
                if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"
            ),
            None,
        )
        if subject is None or subject.ent_type_ == "PERSON":
            return None
        if subject.pos_ not in ("PROPN", "NOUN") or subject.tag_ in ("NNS", "NNPS"):
            return None
        sub = self.resolve(subject, day, memory, None, None, 1)
        if sub is None or sub.actor.name:
            return None
        return sub.actor

    def _spoken_for(
        self,
        head: Token,
        day: str | None,
        memory: DocMemory,
        context_country: str | None,
    ) -> Actor | None:
        """The body whose "its spokesman" the head is: the named body (no person)
        the sentence named last before it as a verb's subject or object, else the
        subject of the sentence before; None when that phrase names no body."""
        sent = sentence_of(head)
        before = [t for t in sent[: head.i - sent.start] if t.dep_ in _NAMING_DEPS]
        if not before and sent.start > 0:
            prior = sentence_of(head.doc[sent.start - 1])
            before = [t for t in prior if t.dep_ in ("nsubj", "nsubjpass")][:1]
        for tok in reversed(before):
            if tok.ent_type_ in ("DATE", "TIME"):
                continue
            if tok.pos_ not in ("PROPN", "NOUN") or tok.ent_type_ == "PERSON":
                return None  # the last such phrase is no body: "its" is unsure
            sub = self.resolve(tok, day, memory, None, context_country, 1)
            if sub is None or sub.actor.name or tok.tag_ in ("NNS", "NNPS"):
                return None  # (a person's, or people's: "its" is no one's of them)
            return sub.actor
        return None

    def _names_body(self, tokens: list[Token], head: Token) -> bool:
        """Is this the proper name of an organisation or body: a name that ends in a
        body's head word ("... Security Agency"), an ORG entity of several words or an
        acronym ("the CGT"), or a name a country owns ("Turkey's BOTAS")?"""
        if (
            head.lower_.rstrip(".") in _LEGAL_FORMS
            and head.text[:1].isupper()
            and len(tokens) > 1
        ):
            return True  # "Redcliff Foods LLC": whatever the tagger calls it
        if head.ent_type_ in _NOT_BODY_ENTS or not head.text[:1].isupper():
            return False
        if head.lower_ in _THING_HEADS or head.lower_ in _NAMED_WORKS:
            # "an Improvised Explosive Device": a weapon, capitalised; "the Trans
            # Niger Pipeline", "the Kakhovka Dam": a works, whose keeper is a body
            return False
        if head.lower_ in self.base.body_heads:
            return head.pos_ == "PROPN" or head.ent_type_ == "ORG"
        if head.pos_ != "PROPN":
            return False
        if head.ent_type_ == "ORG" and len(tokens) > 1:
            return True
        if head.ent_type_ in ("", "ORG") and _works_owned(head) is not None:
            return True  # "Kestrel-Vaal, which owns the Leeudoorn mine": a company
        if (
            head.ent_type_ in ("", "ORG")
            and _acronym(head.text)
            and len(head.text) <= 6
        ):
            return True  # "HAC rejected the request": an acronym names a body
        return any(
            c.dep_ == "poss" and self.base.terms.get((c.lower_,)) is not None
            for c in head.children
        )

    def _common_body(self, head: Token, memory: DocMemory) -> str | None:
        """The sector of the body a common noun names with a word before it that says
        which (``common_heads``: an adjective or noun that describes it, or an owner the
        base knows; ``owned_heads``: a person that owns it), or None."""
        if head.pos_ != "NOUN" or not head.text.islower():
            return None
        word = head.lower_
        owned = self.base.owned_heads.get(word)
        sector = owned or self.base.common_heads.get(word)
        if sector is None:
            return None
        for mod in head.children:
            if mod.dep_ not in ("amod", "compound", "nmod", "poss") or mod.i > head.i:
                continue
            if self._is_person(mod, memory) or (
                mod.dep_ == "poss"
                and word in _PERSON_OFFICES
                and _bare_name(mod)
                and (mod.ent_type_ != "ORG" or self._known_name_word(_word(mod)))
            ):
                return sector
            if (
                owned
                and mod.dep_ == "poss"
                and self._of_sectors(np_tokens(mod), _CAMPAIGNERS)
            ):
                # "the president's reelection campaign"; an opposition candidate's
                # is the opposition's
                if self._of_sectors(np_tokens(mod), frozenset({"OPP"})):
                    return "OPP"
                return sector
            if owned:
                continue
            if mod.dep_ == "amod":
                if mod.pos_ in ("ADJ", "VERB") and mod.lower_ not in _GENERIC_ADJ:
                    return sector
            elif mod.dep_ == "compound":
                if mod.pos_ in ("NOUN", "PROPN"):
                    return sector
            elif self.match_terms(np_tokens(mod)):
                return sector  # "the attorney general's office", "Kenya's"
        return None

    def _story_acronyms(
        self,
        matches: list[tuple[int, int, Term]],
        tokens: list[Token],
        memory: DocMemory,
    ) -> list[tuple[int, int, Term]]:
        """ "JEM forces" after "the Justice and Equality Movement (JEM)": an acronym
        the story defined is that body, whatever the base says it is."""
        if not memory.acronyms:
            return matches
        found = [
            (t.i, Term("org", t.text, a.country, a.sector, a.code, a.text))
            for t in tokens
            if (a := memory.acronyms.get(t.text)) is not None and a.code
        ]
        if not found:
            return matches
        at = {i for i, _ in found}
        kept = [m for m in matches if not any(m[0] <= i < m[1] for i in at)]
        return sorted(
            [*kept, *((i, i + 1, term) for i, term in found)], key=lambda m: m[0]
        )

    def _base_only(self, actor: Actor, extra: Actor, tokens: list[Token]) -> bool:
        """Did only the base code this named person, while an appositive gives a
        present office of its own words?"""
        if not actor.name or extra.name or not extra.code or extra.sector == "ELI":
            return False
        return not any(t.kind != "person" for _, _, t in self.match_terms(tokens))

    def _title_before(self, tokens: list[Token], head: Token) -> tuple[int, str] | None:
        """ "Justice Elena Kagan", "Secretary Rice": (index, sector) of a capitalised
        title right before the person's name, or None."""
        doc = head.doc
        start = head.i
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        inside = {t.i for t in tokens}
        for length in (3, 2, 1):
            first = start - length
            if first < 0 or not all(
                i in inside and doc[i].text[:1].isupper() for i in range(first, start)
            ):
                continue
            key = tuple(_word(t) for t in doc[first:start])
            sector = self.base.titles.get(key)
            if sector is not None:
                return first, sector
        return None

    def _head_sector(self, head: Token) -> str | None:
        """The sector a body's name says by its last word ("... Agency" GOV); a centre
        named for a cause ("the Centre for Democracy and Development") is a
        non-governmental body, a national one ("... Counter Terrorism Centre") the
        state's."""
        sector = self.base.body_heads.get(head.lower_)
        if head.lower_ in _MEMBERS_HEADS:
            # "the Confederation of British Industry", "the Supreme Council of
            # Islamic Affairs": whom the body is of says its kind (not a state's
            # "Ministry of Religious Affairs")
            members = {
                t.lower_
                for c in head.children
                if (c.dep_ == "prep" and c.lower_ in ("of", "for"))
                or (c.dep_ in ("amod", "compound") and c.i < head.i)
                for t in c.subtree
            }
            for words, own in _MEMBERS_OF_BODIES:
                if members & words:
                    return own
            if members & _PRODUCE and not members & _LABOUR_MEMBERS:
                # "the Canola Council of Canada", "the Federation of Coffee Growers":
                # a body of an industry's producers is business, not the state
                return "BUS"
            if members & _PRESS_MEMBERS and head.lower_ not in _UNION_HEADS:
                return "MED"
        if head.lower_ in _CAUSE_HEADS and any(
            (c.dep_ == "prep" and c.lower_ == "for")
            # "the Humanitarian Dialogue Centre", "the Peace Research Center", "the
            # Legal and Human RIGHTS Centre" (a cause one side of an "and" names)
            or (
                c.dep_ in ("compound", "amod", "nmod")
                and c.i < head.i
                and any(t.lower_ in _CAUSES for t in c.subtree)
            )
            for c in head.children
        ):
            return "NGO"
        if sector == "MIL" and any(
            t.lower_ in _INSURGENT_CAUSES
            for c in head.children
            if (c.dep_ in ("compound", "amod") and c.i < head.i)
            or (c.dep_ == "prep" and c.lower_ in ("for", "of"))
            for t in c.subtree
        ):
            # "the Ambazonia Restoration Army", "the Democratic Forces for the
            # Liberation of Rwanda": an army named for a cause is no state's
            return "REB"
        return sector

    def _title_outside(
        self, tokens: list[Token], head: Token, is_name: bool
    ) -> tuple[int, str, str] | None:
        """ "Amb. Adeoye commended ...": (index, sector, text) of an abbreviated title
        ("Amb.", "Gen.", "Lt. Col.") written right before a proper name that the parse
        left out of the name's phrase, or None. The name must be proper nouns the base
        does not know, typed as a person, or untyped (or as a date or a body, which
        the tagger calls some names after a title)."""
        if head.pos_ != "PROPN" or not all(
            t.text[:1].isupper() or t.dep_ in ("det", "punct") for t in tokens
        ):
            return None  # "Tunde Okafor": the tagger may call a given name a noun
        if not is_name and head.ent_type_ not in ("", "PERSON", "DATE", "ORG"):
            return None
        if head.lower_ in self.base.body_heads or self.match_terms(tokens):
            return None
        doc = head.doc
        start = min(t.i for t in tokens if t.dep_ != "det")
        # the words before the name, with each "." joined to the word it ends
        words: list[tuple[int, str]] = []
        i = start - 1
        while i >= 0 and len(words) < 3:
            tok = doc[i]
            if tok.text == "." and i > 0 and doc[i - 1].text.isalpha():
                words.insert(0, (i - 1, _word(doc[i - 1]) + "."))
                i -= 2
            elif tok.text.endswith(".") and tok.text[:-1].isalpha():
                words.insert(0, (i, _word(tok)))
                i -= 1
            else:
                break
        for n in range(len(words)):
            first, text = words[n][0], doc[words[n][0]].text
            if not text[:1].isupper():
                continue
            key = tuple(w for _, w in words[n:])
            term = self.base.terms.get(key)
            sector = (
                term.sector
                if term is not None and term.kind == "role"
                else self.base.titles.get(key)
            )
            if sector is not None:
                return first, sector, doc[first:start].text
        return None

    def _is_person(self, tok: Token, memory: DocMemory) -> bool:
        """Is ``tok`` the end of a person's name (an entity, the base, the story)?"""
        if tok.pos_ != "PROPN":
            return False
        if tok.ent_type_ == "PERSON" or _word(tok) in memory.people:
            return True
        term = self.base.terms.get((_word(tok),))
        return term is not None and term.kind == "person"

    def _shared_alias(self, name: str, day: str | None) -> Term | None:
        """ "President Bush": an alias two people share says who it is when both held the
        same kind of office (or only one held office on the day)."""
        key = (name.lower().split()[-1],)
        people = self.base.shared_aliases.get(key, [])
        roles = [(t, self.base.person_role(t, day)) for t in people]
        held = [
            (t, r)
            for t, r in roles
            if r is not None and (day is None or r.held_on(day))
        ]
        kinds = {(r.country, r.sector, r.org) for _, r in held}
        return held[0][0] if len(kinds) == 1 else None

    def _office_holder(
        self, name: str, day: str | None, memory: DocMemory, doc: Doc
    ) -> Term | None:
        """ "Rice urged Congress ...", "Lopez Obrador said ...": a name the base holds
        only as the end of people's names. The offices those people held on the day
        (each one's latest, when the story has no date) count when the person is one
        of the hand-written people (the well-known) or the story names their country
        (a converted namesake from another country does not count); when they are
        all of one kind (Condoleezza and Susan Rice: both USAGOV) the name is an
        actor of that kind. Two kinds, a former holder only, a given name, or no one known: no
        actor."""
        key = surface_key(name)
        if (
            not key
            or len(key) > 3
            or (len(key) == 1 and self.base.is_given_name(key[0]))
        ):
            # "Hassan", "Kim", "Johnson": a word that begins other people's names is
            # too common a name to tell anyone by
            return None
        found = self.base.people_ending(key)
        known_names = {surface_key(t.name or t.text) for t in found}
        for words in self._person_names(doc):
            # "Anthony Lamar Smith ... Smith fled": the story's own Smith
            if (
                len(words) > len(key)
                and words[-len(key) :] == key
                and words not in known_names
            ):
                return None
        story = memory.story_countries
        kinds: dict[tuple[str | None, str | None, str | None], Role] = {}
        holders: set[str | None] = set()
        for term in found:
            known = term.origin.startswith(_HAND_PEOPLE)
            offices = [r for r in term.roles if r.sector != "ELI"]
            if day is None and offices:
                # with no date, a person's latest office ("Sall": Senegal's
                # president, not the speaker of parliament he was before)
                offices = [max(offices, key=lambda r: r.start or "")]
            for role in offices:
                if role.sector == "ELI" or (day is not None and not role.held_on(day)):
                    continue
                if not known and role.country not in story:
                    continue
                kinds.setdefault((role.country, role.sector, role.org), role)
                holders.add(term.name)
        if len(kinds) != 1:
            return None
        role = next(iter(kinds.values()))
        office = Role(role.country, role.sector, role.org, role.title, None, None)
        # one holder: that person; several of one kind: the kind, no name
        person = next(iter(holders)) if len(holders) == 1 else None
        return Term("person", name, name=person, roles=(office,))

    def _sector(self, tokens: list[Token]) -> str | None:
        sectors = [
            t.sector
            for _, _, t in self.match_terms(tokens)
            if t.kind == "role" and t.sector
        ]
        non_gov = [s for s in sectors if s != "GOV"]
        sector = non_gov[0] if non_gov else (sectors[0] if sectors else None)
        return "OPP" if sector == "CVL" and _protesting_crowd(tokens) else sector

    def _led_in_one_word(
        self, tokens: list[Token], head: Token
    ) -> tuple[int, str] | None:
        """(index, country) of a one-word "U.S.-led" before a coalition or alliance
        ("a Saudi-led coalition" is three words, read by _state_led)."""
        if head.lemma_.lower() not in _STATE_LED:
            return None
        for tok in tokens:
            if tok.i >= head.i or not tok.lower_.endswith("-led"):
                continue
            term = self.base.terms.get((fold(tok.lower_[:-4]).replace("’", "'"),))
            if (
                term is not None
                and term.kind in ("country", "demonym")
                and term.country
            ):
                return tok.i, term.country
        return None

    def _describe(
        self,
        tokens: list[Token],
        head: Token,
        day: str | None,
        memory: DocMemory,
        context_country: str | None,
        bare: bool = False,
    ) -> Actor | None:
        matches = [
            m
            for m in self._story_acronyms(self.match_terms(tokens), tokens, memory)
            if not _patron(m, head.doc) and not _product_of(m, head)
        ]
        if any(
            s <= head.i < e and not _controller((s, e, t), head.doc)
            for s, e, t in matches
        ):
            # "the opposition-controlled parliament" (but "a government-controlled
            # town" is held by the government: the words say no other actor)
            matches = [m for m in matches if not _controller(m, head.doc)]
        head_term: Term | None = None
        country: str | None = None
        org: Term | None = None
        roles: list[tuple[int, str]] = []
        person_term: Term | None = None
        why: list[str] = []
        body = False
        doc = head.doc
        for start, end, term in matches:
            if (
                term.kind == "demonym"
                and end + 1 < len(doc)
                and doc[end].text == "-"
                and doc[end + 1].lower_ in _LANGUAGE_WORDS
            ):
                # "French-speaking judges", "Russian-language media": a language
                # is no country's
                why.append(f'"{term.text}-{doc[end + 1].text}" names a language')
                continue
            if (
                term.kind == "demonym"
                and start > 0
                and doc[start - 1].lower_ in _REGION_PARTS
                and doc[start - 1].text[:1].isupper()
            ):
                # "the Central American University", "Latin American governments":
                # a part of a continent is no country of its people's name
                why.append(f'"{doc[start - 1].text} {term.text}" names a region')
                continue
            if (
                term.kind == "demonym"
                and start > 0
                and doc[start - 1].lower_ == "ethnic"
            ):
                # "ethnic Albanians in south Serbia": a people, not a state's
                roles.append((start, "CVL"))
                why.append(f'"ethnic {term.text}" is a people (CVL)')
                continue
            if start <= head.i < end:
                head_term = term
            if term.kind == "org":
                if org is None and _national_branch(term, start, matches):
                    # "the Kenya Red Cross Society", "the Afghan Red Crescent": a
                    # country's own society of an international movement
                    roles.append((start, term.sector or "NGO"))
                    why.append(f'"{term.text}" of a country is its own society')
                    continue
                if org is None and _foreign_namesake(term, start, matches, doc):
                    # "the Malawi Congress Party": a name of another country's body
                    # ("Congress Party", India's) said as one name after a country
                    roles.append((start, term.sector or "GOV"))
                    why.append(
                        f'"{term.text}" after another country names a body of its own'
                    )
                    continue
                if (
                    org is None
                    and _common_party_name(term)
                    and term.country not in memory.story_countries
                    and (home := _story_home(head, memory, context_country))
                ):
                    # "Police in Lagos arrested the Labour Party's candidate": a
                    # party name many countries have, in a story that never names
                    # the base's country for it, is the story's own party
                    roles.append((start, "PTY"))
                    country = country or home
                    why.append(
                        f'"{term.text}" is a name of parties of many countries; the '
                        f"story names {term.country} nowhere, and is of {home}"
                    )
                    continue
                if org is None and _name_word_after_title(start, end, head, matches):
                    # "former defence minister HAMZAH Rashid": one word of the name
                    # of a person a title with an office names is no body's alias
                    why.append(f'"{term.text}" is a word of the titled person\'s name')
                    head_term = None if head_term is term else head_term
                    continue
                if (
                    org is None
                    and end == start + 1
                    and doc[start].pos_ == "PROPN"
                    and (start == head.i or doc[start].dep_ == "poss")
                    and all(c.dep_ in ("case", "punct") for c in doc[start].children)
                    and _word(doc[start]) in memory.people
                ):
                    # "Hamzah" (or "Hamzah's lawyer") again after "former defence
                    # minister Hamzah Rashid": a word of the name of a person the
                    # story named is that person, not a namesake body's alias
                    why.append(f'"{term.text}" is a person the story named')
                    head_term = None if head_term is term else head_term
                    continue
                org = org or term
                why.append(f'"{term.text}" is {term.code}')
            elif term.kind == "role":
                if (
                    term.sector in _PORTFOLIO_SECTORS
                    and end == start + 1
                    and end < len(doc)
                    and doc[end].lower_ in _CABINET_OFFICES
                    and doc[end].i in {t.i for t in tokens}
                    and self._a_field(doc[start])
                ):
                    # "Business Secretary Jonathan Reynolds", "the Media Minister":
                    # the field is the portfolio of an office of government
                    roles.append((end, "GOV"))
                    why.append(
                        f'"{term.text} {doc[end].text}" is an office of government'
                    )
                elif term.sector:
                    roles.append((start, term.sector))
                    why.append(f'"{term.text}" is sector {term.sector}')
            elif term.kind == "person":
                person_term = person_term or term
            else:
                if term.kind == "region" and _region_in_a_name(doc, start, end):
                    continue  # "Virginia Smith", "Montana Jones": a person's name
                if _pro(start, doc) or _anti(start, doc):
                    # "pro-Russian protesters" in Chisinau, "anti-American
                    # protesters" in Islamabad: the country a body backs or opposes
                    # is not its own
                    why.append(f'"{doc[start - 2].text}-{term.text}" is whom it backs')
                    continue
                if country is None:
                    country = term.country
                    why.append(f'"{term.text}" is {term.country} ({term.kind})')
                if term.sector and term is head_term:
                    roles.append((start, term.sector))
                elif (
                    term.kind == "country"
                    and term.country
                    and not any(t.kind == "org" for _, _, t in matches)
                    and (
                        formal := _formal_state(
                            tokens, start, term, self.base.countries.get(term.country)
                        )
                    )
                ):
                    # "The State of Qatar pledged ...", "the Kingdom of Cambodia
                    # lodged a protest": a state named by its formal name is the
                    # state that acts, its government (as "the Kremlin" is)
                    roles.append((start, "GOV"))
                    why.append(f'"{formal}" is the formal name of the state (GOV)')
        if any(sec == "MIL" for _, sec in roles) and any(
            t.lower_ in _INSURGENT_CAUSES and t.text[:1].isupper() and t.i < head.i
            for t in tokens
        ):
            # "the Ambazonia Restoration Army", "the Free Syrian Army": an army
            # named for a cause is no state's
            roles = [(i, "REB" if sec == "MIL" else sec) for i, sec in roles]
            why.append("an army named for a cause is armed rebels (REB)")
        if (
            country is None
            and not roles
            and (led := self._led_in_one_word(tokens, head))
        ):
            # "the U.S.-led coalition": the tokenizer keeps "U.S.-led" one word
            roles.append((led[0], "MIL"))
            country = led[1]
            why.append(f'a coalition led by "{head.doc[led[0]].text[:-4]}" is armed')

        name = _person_name(head)
        if name is not None and head_term is not None and head_term.kind == "region":
            name = None  # "Kogi State", tagged a person: the region, no one's name
        if (
            name is None
            and head.pos_ == "PROPN"
            and _word(head) in memory.people
            and (head_term is None or (head_term.kind == "person" and len(tokens) == 1))
        ):
            # "Tahir" again, after "Defence Minister Abakar Tahir"; the person the
            # story named is whom a lone surname means, not a namesake of the base
            # ("Pardo" after "Colombia's defence minister, Jorge Pardo")
            name = head.text
        holder: Term | None = None
        aged = False
        # a proper name the tagger left untyped, or called a place or a body, that
        # no term of the base names
        untyped = (
            name is None
            and head.pos_ == "PROPN"
            and head.ent_type_ in _UNTYPED_NAME_ENTS
            and head_term is None
            and not matches
        )
        if (
            untyped
            and len(tokens) == 1
            and head.dep_ != "compound"
            and not (head.i > 0 and head.doc[head.i - 1].pos_ == "PROPN")
        ):
            # "Kirchner rebuffed ...": a lone name the tagger left untyped (it often
            # does at the start of a sentence), or called a place or a body the base
            # does not know ("Sánchez issued a pardon"), is a person when it names an
            # office-holder of the day
            holder = self._office_holder(head.text, day, memory, head.doc)
            if holder is not None:
                name = head.text
        if untyped and name is None and _aged(head):
            # "Police arrested Chidinma Okafor, 31, ...": proper names the tagger
            # called a place or a body, given an age, are a person's
            name = " ".join(t.text for t in tokens if t.pos_ == "PROPN")
            why.append(f'"{name}", given an age, is a person')
            aged = True
        if (
            name is None
            and head.pos_ == "PROPN"
            and head_term is None
            and roles
            and head.ent_type_ not in _NOT_PERSON_ENTS
            and head.lower_ not in self.base.body_heads
        ):
            # "President Gloria Macapagal Arroyo": a title before proper names is a
            # person; "the National Police Agency" is a body
            last_role = max(end for start, end, t in matches if t.kind == "role")
            words = [t for t in tokens if t.i >= last_role and t.pos_ == "PROPN"]
            if words and words[-1].i == head.i:
                name = " ".join(t.text for t in words)
        if (
            name is None
            and head.pos_ == "PROPN"
            and head_term is None
            and roles
            and head.ent_type_ in _NOT_PERSON_ENTS
            and head.lower_ not in self.base.body_heads
        ):
            name = self._title_then_names(tokens, head, matches)
        if not any(t.kind == "role" for _, _, t in matches) and head_term is None:
            # "Amb. Adeoye", "Lt. Col. Ahmed Saleh": an abbreviated title the parse
            # (or the tagger, calling the name a date or a body) left outside the name
            outside = self._title_outside(tokens, head, name is not None)
            if outside is not None:
                if name is None:
                    name = " ".join(
                        t.text for t in tokens if t.dep_ not in ("det", "punct")
                    )
                roles.append(outside[:2])
                why.append(f'"{outside[2]}" is a title of sector {outside[1]}')
        is_person = name is not None
        if is_person and not any(t.kind == "role" for _, _, t in matches):
            title = self._title_before(tokens, head)
            if title is not None:
                roles.append(title)
                why.append(
                    f'"{head.doc[title[0]].text}" is a title of sector {title[1]}'
                )
        if head_term is None and not is_person:
            # "Syria's civil war": the phrase does not name an actor by its head
            named = [t for _, _, t in matches if t.kind != "role"]
            if (
                head.pos_ == "PROPN"
                and head.ent_type_ in ("GPE", "NORP", "ORG")
                and matches
            ):
                head_term = matches[-1][2]
                head_sector = self._head_sector(head)
                if (
                    head_sector
                    and all(r in _PEOPLE_SECTORS for _, r in roles)
                    and head_term.kind != "org"
                ):
                    # "the Indonesian Ulema Council": a body of its country, of the
                    # kind its head word says ("the Residents Association": a body
                    # named for people too)
                    body = True
                    roles = [(head.i, head_sector)]
                    why.append(f'"{head.text}" names a body of sector {head_sector}')
            elif named and head.lemma_.lower() in _COLLECTIVE:
                head_term = named[-1]  # "the Hezbollah group", "Kurdish militias"
                led = _state_led(matches, head)
                if led is not None and not roles:
                    # "a Saudi-led coalition", "the US-led alliance": the armed
                    # coalition a state leads (as the Phoenix agents and the wire
                    # gold code them: SAUMIL)
                    roles.append((led, "MIL"))
                    why.append(f'a coalition led by "{head.doc[led].text}" is armed')
            elif head.lemma_.lower() in self.base.member_heads and (
                roles or any(t.kind == "org" for t in named)
            ):
                # "UN inspectors", "army personnel": the people of the body or
                # force named before them
                why.append(f'"{head.text}" are people of what is named before')
            elif (common := self._common_body(head, memory)) is not None:
                # "Uganda's electoral commission", "the Trump campaign": a common noun
                # that names a body by the words that say which
                body = True
                if head.lower_ in self.base.owned_heads:
                    roles = []  # "President Biden's campaign" is not the presidency
                if not roles:
                    roles.append((head.i, common))
                    why.append(
                        f'"{head.text}" with "{_modifiers(head)}" names a body of sector {common}'
                    )
            elif self._names_body(tokens, head):
                # "the National Intelligence Security Agency", "the CGT": a body the
                # base does not know, coded from its own words
                body = True
                head_sector = self._head_sector(head)
                if head_sector and all(r in _PEOPLE_SECTORS for _, r in roles):
                    # "the Citizens Coalition for Change": a body named for people
                    # is of the kind its head word says
                    roles = [(head.i, head_sector)]
                    why.append(f'"{head.text}" names a body of sector {head_sector}')
                why.append(f'"{_span_text(tokens)}" is a named body')
            elif (
                (own := [r for r in roles if not _pro(r[0], doc)])
                and head.pos_ == "NOUN"
                and head.lemma_.lower() in _COLLECTIVE | _KIND_HEADS
            ):
                # "a jihadist movement", "an opposition movement", "a farmers'
                # organisation": a body of the people its words name (a
                # "pro-government faction" is not the government)
                body = True
                roles = own
                why.append(f'"{head.text}" is a body of the people named before it')
            else:
                return None

        # a known person, by full name or by the name the story gave earlier
        remembered: Actor | None = None
        kin: Actor | None = None  # a person of the same family name, named earlier
        if is_person and name:
            key = fold(name.lower())
            words = key.split()
            if person_term is not None and not _names_agree(words, person_term.name):
                person_term = None  # "Eduardo Bolsonaro" holds the alias "Bolsonaro"
            remembered = memory.people.get(key)
            if remembered is None and words[-1] in memory.people:
                # "Eduardo Bolsonaro" after "Jair Bolsonaro": another person
                found = memory.people[words[-1]]
                if _names_agree(words, found.name):
                    remembered = found
                else:
                    kin = found
            if person_term is None:
                person_term = self.base.terms.get(tuple(words))
            if person_term is None and remembered is None:
                last = self.base.terms.get((words[-1],))
                if (
                    last is not None
                    and last.kind == "person"
                    and _names_agree(words, last.name)
                ):
                    person_term = last

        # "the former president's son": "former" of an owner is not of the head
        owners = {t.i for c in tokens if c.dep_ == "poss" for t in c.subtree}
        former = any(t.lower_ in _FORMER and t.i not in owners for t in tokens)

        sector: str | None = None
        # "the former president's lawmaker son": the head's own words say what it is
        # first, an owner's where they say nothing more than an office ("the militant
        # group's spokesman", "the prosecutor's office")
        roles = sorted(roles, key=lambda r: r[0] in owners)
        if roles:
            # "Islamist fighters": an adjective does not outweigh what the head is
            head_role = next(
                (
                    t.sector
                    for s, e, t in matches
                    if t.kind == "role"
                    and t.sector not in (None, "GOV")
                    and s <= head.i < e
                ),
                None,
            )
            doc = head.doc
            # "Gen. Z protesters": nor does an abbreviation before another name
            non_gov = [
                s
                for start, s in roles
                if s != "GOV"
                and not (
                    head_role
                    and (doc[start].pos_ == "ADJ" or doc[start].text.endswith("."))
                )
            ]
            sector = non_gov[0] if non_gov else (head_role or "GOV")
            if sector == "LAB" and any(
                s in _CAUSE_SECTORS and start < head.i and start not in owners
                for start, s in roles
            ):
                # "the civil liberties union": a union named for a cause is a body
                # of that cause, no labour union
                sector = next(s for _, s in roles if s in _CAUSE_SECTORS)
                why.append(f"a union for a cause is {sector}")
            armed = [s for start, s in roles if start in owners and s in _NON_STATE]
            if sector == "MIL" and armed:
                # "the militia's commander", "the rebels' commander": a commander
                # of an armed group is of the group, not of a state's forces
                sector = armed[0]
                why.append(f"a commander of a {sector} group is {sector}")
            gathered = self._gathered_by_organ(head, roles)
            if sector in ("LEG", "GOV") and gathered is not None:
                # "the National Council of Churches of Kenya": a council of a
                # trade's or a faith's bodies is theirs, no legislature
                sector = gathered
                why.append(f"a council of {sector} bodies is {sector}")
            if sector == "CVL" and _protesting_crowd(tokens):
                sector = "OPP"
                why.append("a crowd at a protest is of protesters (OPP)")
            elif sector == "CVL" and _held_for_politics(head):
                sector = "OPP"
                why.append("prisoners held for their politics are OPP")
            if sector == "PTY" and any(
                s == "OPP" and start not in owners for start, s in roles
            ):
                # "the main opposition party": the opposition says more than a
                # party, whatever adjective comes first
                sector = "OPP"
                why.append("a party of the opposition is OPP")
            elif sector == "PTY" and any(
                t.lower_ in ("ruling", "governing") and t.dep_ == "amod" for t in tokens
            ):
                # "the ruling Frelimo party": the party that governs is the
                # government (Phoenix: RULING_PARTY [~GOV])
                sector = "GOV"
                why.append("a ruling party is GOV")

        code: str | None = None
        if org is not None:
            code = org.code
            country = org.country
            if sector is None:
                sector = org.sector
        text_says = country is not None or org is not None or sector is not None

        if (
            remembered is not None
            and country is None
            and code is None
            and org is None
            and text_says
        ):
            # "the minister" said again of a named person: the text gives the role only
            country, code = (
                remembered.country,
                None if remembered.is_plain else remembered.code,
            )
            why.append(f'"{name}" is {remembered.text}, named earlier')
        if kin is not None and text_says and country is None and code is None:
            country = kin.country
            why.append(f'"{name}" has the family name of {kin.name}, named earlier')
        elif (
            is_person
            and name
            and person_term is None
            and remembered is None
            and text_says
            and country is None
            and code is None
        ):
            # "the former president's lawmaker son Eduardo Bolsonaro": a role of the
            # text, and the family name of a well-known office-holder of one country
            home = self._family_country(name)
            if home is not None:
                country = home[0]
                why.append(f'"{name}" has the family name of {home[1]}')
        if not text_says and remembered is not None:
            return Actor(
                _span_text(tokens),
                remembered.code,
                remembered.country,
                remembered.sector,
                remembered.name,
                why=f'"{name}" is {remembered.text}, named earlier',
            )
        role_body = False  # the code is the body of the person's office
        if person_term is None and is_person and name:
            person_term = (
                holder
                or self._shared_alias(name, day)
                or self._office_holder(name, day, memory, head.doc)
            )
        if person_term is not None and person_term.roles:
            role = self.base.person_role(person_term, day)
            if (
                role is not None
                and code is None
                and (country is None or (country == role.country and sector is None))
            ):
                # the text's own words win; the base fills in what they leave out
                org_term = self.base.organizations.get(role.org) if role.org else None
                code = org_term.code if org_term else None
                role_body = org_term is not None
                country = role.country
                sector = sector or role.sector
                why.append(
                    f"{person_term.name} was {role.title} on {day or 'the latest date known'}"
                )
            elif role is None and code is None and day is not None:
                # out of office on the day: a former office-holder is one of the
                # country's elite ("Trump" in 2023), unless the text says more ("the
                # Trump campaign")
                homes = {r.country for r in person_term.roles}
                past = any(r.end is not None and r.end < day for r in person_term.roles)
                home = next(iter(homes)) if len(homes) == 1 else None
                if past and home is not None and country in (None, home):
                    country = home
                    sector = sector or "ELI"
                    why.append(f"{person_term.name} held office in {home} before {day}")
            if is_person or head.pos_ == "PROPN":
                # "the Trump administration" is a body, not the person
                name = person_term.name or name
            text_says = True

        if sector == "GOV" and not former and _former_owner(head, memory):
            # "his foreign minister" (not "his forces": they still fight)
            former = True
        if former and sector in _OFFICE_SECTORS:
            sector = "ELI"
            why.append("a former office-holder")
        if sector == "ELI" and name and _prosecuted(head):
            # "prosecutors indicted former President X", "X was convicted by the
            # court": CAMEO codes a politician the state prosecutes as opposition
            sector = "OPP"
            why.append("a former office-holder the state prosecutes is OPP")
        elif sector == "GOV" and any(
            t.lower_ == "shadow" and t.i not in owners and t.i < head.i for t in tokens
        ):
            # "the shadow foreign secretary", "the shadow cabinet": the opposition's
            # team that mirrors the government's
            sector = "OPP"
            why.append("a shadow office is the opposition's")
        seat = _seat(head) if country is None and code is None else None
        abroad = False
        if seat is not None:
            # "a Nairobi-based rights group", "a company based in Geneva": where a
            # body sits is its country; a rights group that sits in a country the
            # story names nowhere else is an international one ("a Geneva-based
            # rights group accused Ugandan police": neither Swiss nor Ugandan)
            told = memory.countries_between(seat.left_edge.i, seat.i + 1)
            if told:
                home = told[-1][1]
                span = range(seat.left_edge.i, seat.i + 1)
                elsewhere = any(
                    c == home and p not in span for p, c in memory.countries
                )
                if sector == "NGO" and not elsewhere:
                    abroad = True
                else:
                    country = home
                    why.append(f'country {home}: based in "{seat.text}"')
        relief = (
            sector == "NGO"
            and country is None
            and code is None
            and any(
                t.kind == "role" and t.text.lower().split()[0] in _RELIEF_WORDS
                for _, _, t in matches
            )
        )
        if abroad:
            relief = True
            why.append(f'based in "{seat.text}", a country the story names no more')
        elif relief:
            # "aid groups appealed to the government": relief bodies no country's
            # words claim are international (CAMEO NGO), not the stricken country's
            why.append("aid and relief groups of no country said are international")
        elif (
            country is None
            and code is None
            and sector in _STATE_SECTORS
            and (owned := self._owner_persons_country(head, day, memory)) is not None
        ):
            # "Chiluba's government", "Marape's police minister": the office of a
            # person the story or the base knows is of that person's country
            country = owned[1]
            why.append(f"country {owned[1]} of {owned[0]}, whose it is")
        elif (
            country is None
            and code is None
            # (a private person, given an age, is of the sentence's country as
            # the tagger's named people are)
            and (sector is not None or aged)
            and context_country
            and not _abroad_word(tokens, matches)
        ):
            country = context_country
            why.append(f"country {context_country} from the sentence")
        if code is None:
            if country is None and not (bare and (sector or body)):
                return None
            # with nothing to tell the country, a role or a named body is coded by
            # its sector alone ("rebels" -> ---REB); no country is made up
            code = _INTERNATIONAL_NGO if relief else actor_code(country, sector)
        elif sector and org is None and not role_body:
            code = code + sector
        if not why and not text_says:
            return None
        return Actor(
            _span_text(tokens), code, country, sector, name, why="; ".join(why)
        )


# heads that, after "the", stand for an organisation the story named
_BODY_ANAPHORS = frozenset(
    "organization organisation bloc group alliance agency commission union company "
    "firm coalition watchdog lender council mission fund".split()
)
# heads that stand for the organisation only as an owner: "the body's spokesman"
# (alone, "the body" is more often a dead person's)
_OWNER_ANAPHORS = frozenset({"body"})
# the marks of a possessive after an owner ("the mission's", "the body’s")
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})


# verbs whose object's "of" phrase says what the object is charged with ("accused the
# governor of shielding separatists")
_CHARGE_VERBS = frozenset("accuse suspect convict acquit clear absolve".split())


def _charge(prep: Token) -> bool:
    """ "accused the governor of shielding separatists": an "of" phrase after a
    charged object that starts with an -ing word is the charge (the parser may
    call "shielding" a noun), not whose the object is."""
    owner = prep.head
    if prep.lower_ != "of" or owner.dep_ != "dobj":
        return False
    if owner.head.lemma_.lower() not in _CHARGE_VERBS:
        return False
    first = next((t for t in prep.subtree if t.i > prep.i), None)
    return first is not None and first.lower_.endswith("ing") and first.is_lower


# nouns of meetings and of what they agree, which a town before them places ("the
# Brussels meeting", "the Doha talks", "the Minsk agreement", "the Astana process")
_PLACED_EVENTS = frozenset(
    "meeting meetings talks summit conference negotiation negotiations agreement "
    "agreements accord accords deal process format round forum".split()
)


def _armed_act(noun: Token) -> bool:
    """Is ``noun`` an act of war or the arms that do it ("air strikes", "shelling",
    "drones", "fire"), which a nationality before it makes a state's forces'?"""
    if noun.pos_ != "NOUN":
        return False
    lemma = noun.lemma_.lower()
    if lemma in _ARMED_ACTS:
        return True
    return lemma == "strike" and any(
        c.dep_ in ("compound", "amod") and c.lower_ in _STRIKE_KINDS
        for c in noun.children
    )


def _craft_name(head: Token) -> bool:
    """Is ``head`` the name of a ship or an aircraft, or a word of it: put after the
    craft's word ("the tanker Santa Maria Grace", "the cruise ship Queen Amelia",
    "the aircraft carrier Admiral Kuznetsov") or after a navy's prefix ("USS Carver",
    "HMS Diamond")? A craft's name is never an actor; the craft's word, with its
    owner, may be."""
    if head.pos_ != "PROPN":
        return False
    if head.dep_ == "appos" and head.head.lemma_.lower() in _CRAFTS:
        return True
    if head.dep_ == "compound" and head.head.i > head.i and _craft_name(head.head):
        return True  # "Queen" of "the cruise ship Queen Amelia"
    return any(
        c.dep_ == "compound"
        and c.i < head.i
        # (the word in lower case: "the Houston Ship Channel" is a waterway)
        and (
            (c.lemma_.lower() in _CRAFTS and c.text.islower())
            or c.lower_ in _CRAFT_PREFIXES
        )
        for c in head.children
    )


def _owners(noun: Token) -> list[Token]:
    """Whom the noun belongs to: its possessor and its "of" objects ("the COB'S
    leaders", "the son OF CAMEROON'S PRESIDENT")."""
    return [c for c in noun.children if c.dep_ == "poss"] + _of_objects(noun)


def _with_owner_text(noun: Token, owner: Token) -> str:
    """The words from the noun to its owner's phrase, either way round, without
    articles ("the leaders of the COB" -> "leaders of COB")."""
    first = min(noun.i, owner.left_edge.i)
    last = max(noun.i, owner.right_edge.i)
    return _span_text(
        [t for t in noun.doc[first : last + 1] if t.dep_ != "det" and not t.is_space]
    )


def _of_objects(noun: Token) -> list[Token]:
    """The objects of the noun's own "of" phrases ("the leaders OF THE COB")."""
    return [
        g
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    ]


def _town_of_a_meeting(head: Token) -> bool:
    """Is ``head`` a town (a city of the gazetteer, not a country) said as the
    compound of a meeting or an agreement ("the Brussels meeting")? A country there
    is a side ("the Russia talks")."""
    if (
        head.dep_ != "compound"
        or head.ent_type_ != "GPE"
        or head.head.lemma_.lower() not in _PLACED_EVENTS
    ):
        return False
    from ..geo import gazetteer

    whole = head.doc[head.left_edge.i : head.i + 1].text  # "the Abu Dhabi talks"
    found = gazetteer().candidates(whole) or gazetteer().candidates(head.text)
    return bool(found) and found[0].precision == "city"


# words of the "of" phrase of a body's name that say whom it is of, and so its kind
# ("the Confederation of British Industry" BUS, "the Council of Islamic Affairs" REL)
_MEMBERS_OF_BODIES = (
    (
        frozenset(
            "industry industries employers commerce business businesses "
            "manufacturers industrialists exporters".split()
        ),
        "BUS",
    ),
    (
        frozenset(
            "islamic religious churches imams ulema clerics bishops rabbis christian "
            "christians catholic catholics muslim muslims orthodox anglican "
            "evangelical methodist pentecostal buddhist hindu episcopal ecumenical "
            "interfaith".split()
        ),
        "REL",
    ),
    # "the Chadian League for Human Rights", "the Association for Civil Rights"
    (frozenset({"rights"}), "NGO"),
)
# the goods and industries whose producers' councils, associations and federations
# speak for business ("the Canola Council of Canada", "the Cotton Growers
# Association"), and the workers whose own bodies those are not ("the Oil Workers'
# Union" is labour's)
_PRODUCE = frozenset(
    "canola wheat grain grains maize corn soybean soybeans soy rice sugar cocoa coffee "
    "tea cotton rubber tobacco dairy cattle beef pork poultry meat wine seafood timber "
    "steel aluminium aluminum automotive mining minerals petroleum oil gas textile "
    "textiles garment garments cement fertiliser fertilizer livestock producers growers "
    "millers processors planters".split()
)
_LABOUR_MEMBERS = frozenset(
    "workers worker employees staff miners mineworkers dockers dockworkers drivers "
    "teachers nurses doctors".split()
)
# whom a body that is not a union is of, when they are the press ("the Alliance of
# Independent Journalists"; "the National Union of Journalists" is a union)
_PRESS_MEMBERS = frozenset(
    "journalists journalist press reporters broadcasters publishers editors".split()
)
# the heads of the bodies whose "of" phrase, or the words before them ("the
# CHRISTIAN Association of Nigeria"), says their kind
_MEMBERS_HEADS = frozenset(
    "confederation federation council association union society conference league "
    "alliance".split()
)
# of those, the heads of labour's own bodies
_UNION_HEADS = frozenset({"union", "confederation", "federation"})
# people killed or wounded, and the verbs that do it to them ("killed three
# civilians", "five people were wounded")
_VICTIMS = frozenset(
    "civilian people person resident villager child woman man passenger worker "
    "farmer fisherman journalist reporter photographer cameraman medic paramedic "
    "doctor nurse student pilgrim worshipper teacher".split()
)
_KILLING_VERBS = frozenset({"kill", "wound", "injure", "maim"})
# people named by a country they are citizens of, which says they are abroad where
# they are acted on ("two French citizens", "an Iranian national")
_FOREIGN_PEOPLE = frozenset({"national", "citizen"})
# the prepositions that name some of a group ("11 suspects, including two Rwandans")
_PART_OF_PREPS = frozenset({"including", "among"})
# the sectors of titles of a place or a field ("the Bishop of Kumbo", "the Minister
# for the Interior"), whose unknown one-word "of" phrase names no body
_PLACE_TITLE_SECTORS = frozenset({"GOV", "REL", "JUD", "LEG", "COP"})
# the verbs a statement is made with ("said in Geneva")
_SPEECH_VERBS = frozenset(
    "say tell announce add state declare speak comment write".split()
)
# the words after a region's name ("Cameroon's Far North REGION")
_REGION_WORDS = frozenset(
    "region province state district county prefecture governorate department".split()
)
# who speaks for a body ("its spokesman"), and where a phrase names a doer or a done-to
_SPOKES = frozenset({"spokesman", "spokeswoman", "spokesperson"})
# who heads a body: "its leader", "its chairman" are the body's
_BODY_HEADS = frozenset(
    "leader chairman chairwoman chairperson chair founder head".split()
)
_NAMING_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})
# the people of a body that "its" gives to the body the sentence named ("its leaders")
_BODY_PEOPLE = frozenset(
    "leader member official lawmaker candidate activist spokesman executive "
    # "arrested dozens of ITS SUPPORTERS" after the party the sentence named
    "supporter follower loyalist".split()
)
# sectors of the bodies whose people are theirs, not a government's (an armed group's
# "its members" mobilised for an attack are left to the armed-member rules)
_SIDE_SECTORS = frozenset({"PTY", "OPP", "LAB", "BUS", "REL", "NGO", "MED", "EDU"})
# words that name the police, and armed forces, in a story's sentence
_POLICE_WORDS = frozenset({"police", "policing", "policeman", "policemen"})
_ARMED_WORDS = frozenset(
    "army military troop soldier navy militia rebel militant gunman fighter "
    "guard force customs intelligence".split()
)
# a person's close relatives ("the son of the president")
_RELATIVES = frozenset(
    "son daughter wife husband widow widower brother sister mother father nephew "
    "niece cousin grandson granddaughter son-in-law daughter-in-law brother-in-law "
    "sons daughters brothers sisters relative relatives parent parents".split()
)
# words for those who lead a body ("the COB's leaders"), by lemma
_LEADER_WORDS = frozenset({"leader", "leadership"})
# people's kin, who speak for them as civilians ("the families of the victims",
# "the protesters' relatives"), by lemma
_KIN_HEADS = frozenset(
    "family families relative relatives parent parents mother mothers widow "
    "widows kin".split()
)
# the sectors of those whose relatives are elites: office-holders, the opposition,
# former office-holders, royals
_LEADING_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "OPP", "ELI", "PTY"})
# the sectors of a state's own bodies: an organ "of" one is of its country
_STATE_SECTORS = frozenset({"GOV", "LEG", "JUD", "MIL", "COP"})


def _defined_here(tok: Token) -> bool:
    """Is this acronym given, in brackets, to the body named right before it ("the
    Armed Forces of the Philippines (AFP)")? A body's name of two words or more,
    whose words' initials the acronym takes in order."""
    return _defined_name_start(tok) is not None


def _defined_name_start(tok: Token) -> int | None:
    """Where the name starts that a bracketed acronym is given to (see
    ``_defined_here``), or None."""
    doc = tok.doc
    i = tok.i
    if not _acronym(tok.text) or i < 3 or doc[i - 1].text not in ("(", "["):
        return None
    if i + 1 >= len(doc) or doc[i + 1].text not in (")", "]"):
        return None
    initials = []
    j = i - 2
    while j >= 0 and (doc[j].is_title or doc[j].lower_ in _ACRONYM_LINKS):
        if doc[j].lower_ not in _ACRONYM_LINKS:
            initials.append(doc[j].text[0])
        j -= 1
    initials.reverse()
    letters = "".join(initials).upper()
    if len(initials) >= 2 and (
        _initials_fit(tok.text.upper(), letters)
        # a name translated from the body's own language keeps its letters in
        # another order ("the Alliance of Independent Journalists (AJI)", Aliansi
        # Jurnalis Independen): all of the initials and no other letter
        or (len(initials) >= 3 and sorted(tok.text.upper()) == sorted(letters))
        # and may say one of the words with another ("the Moroccan Association for
        # Human Rights (AMDH)", Association Marocaine des Droits Humains): all of
        # the acronym's letters but one are the name's initials, the first too
        or _translated_letters(tok.text.upper(), letters)
    ):
        return j + 1
    return None


def _translated_letters(acronym: str, initials: str) -> bool:
    """Are the acronym's letters, but for one, among the initials of a name of three
    words or more, its first letter too: the name said in another language than
    the body's own, whose acronym it keeps ("AMDH" of "Moroccan Association for
    Human Rights")?"""
    if len(initials) < 3 or len(acronym) < 3 or not acronym.isalpha():
        return False
    left = list(initials)
    missing = 0
    for ch in acronym:
        if ch in left:
            left.remove(ch)
        else:
            missing += 1
    return missing <= 1 and acronym[0] in initials


def _appositive_name_at(head: Token, start: int, acronym: Token) -> bool:
    """Does the bracketed acronym close a name set off after the head as its
    appositive ("Bolivia's main trade union federation, the Central Obrera Boliviana
    (COB)")? The acronym is then the head's body's too, as the name is."""
    return any(
        c.dep_ == "appos"
        and c.i > head.i
        and c.left_edge.i <= start <= c.i
        and c.left_edge.i <= acronym.i <= c.right_edge.i
        for c in head.children
    )


def _initials(text: str) -> str:
    """The initials of a name's capitalised words ("Front for Renewal and Unity in
    Chad" -> "FRUC")."""
    return "".join(w[0] for w in text.replace("(", " ").split() if w[:1].isupper())


def _fits(acronym: str, actor: Actor | None) -> bool:
    """Does the acronym take its letters from the actor's name's initials?"""
    return actor is not None and _initials_fit(acronym.upper(), _initials(actor.text))


def _not_its_acronym(acronym: str, actor: Actor) -> bool:
    """ "Chad (FRUC)" of "the Front for Renewal and Unity in Chad (FRUC)": a bracketed
    acronym the parse hangs on a country's name, whose letters are not the
    country's, is not the country's."""
    return actor.sector is None and not _fits(acronym, actor)


def _initials_fit(letters: str, initials: str) -> bool:
    """Are the acronym's letters the name's initials in order (some initials may be
    skipped: "Central Bureau of Investigation" -> CBI)?"""
    at = 0
    for ch in letters:
        at = initials.find(ch, at)
        if at < 0:
            return False
        at += 1
    return True


# small words inside a body's name ("Armed Forces OF THE Philippines")
_ACRONYM_LINKS = frozenset(
    "of the for and & in on to against de du des la al el 's".split()
)


def _the_host(tokens: list[Token], head: Token, memory: DocMemory) -> Actor | None:
    """ "Kenya hosted leaders from Ethiopia and Somalia ... THE HOST urged ...": the
    host alone is who the story last told hosting a visit or a meeting."""
    if head.lemma_.lower() != "host" or head.tag_ != "NN":
        return None
    if [t.lower_ for t in tokens if t.i != head.i] != ["the"]:
        return None  # "the summit host", "a host": words of their own
    last = memory.last_event_of(("043",))
    if last is None or last[1].country is None:
        return None
    host = last[1]
    return Actor(
        _span_text(tokens),
        host.code,
        host.country,
        host.sector,
        host.name,
        why=f'"the host" is {host.text}, who hosted before',
    )


def _seat_word(head: Token) -> str | None:
    """The lower-cased last word of the town a phrase says its head is in ("officials
    IN GENEVA"), if any."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "at"):
            for town in prep.children:
                if town.dep_ == "pobj" and town.pos_ == "PROPN":
                    return town.lower_
    return None


def in_place_name(run: list[Token]) -> bool:
    """Is this country's name part of the name of a place or a work in it ("the NIGER
    Delta", "the Congo River", "the Trans NIGER pipeline"), which is no mention of the
    country itself?"""
    doc = run[0].doc
    after = doc[run[-1].i + 1] if run[-1].i + 1 < len(doc) else None
    if (
        after is not None
        and after.lower_ in _PLACE_NAME_HEADS
        and (after.is_title or after.lower_ == "pipeline")
    ):
        return True
    # "the Katuba and KENYA communes", "the Kenya and Katuba communes", "the Mexico
    # district": a country's name among the names of a town's parts
    top = run[-1]
    while top.dep_ in ("conj", "compound", "nmod", "amod") and top.head.i > top.i - 4:
        if top.dep_ != "conj" and top.head.lower_ in _TOWN_PARTS:
            return True
        if top.head is top:
            break
        top = top.head
    before = doc[run[0].i - 1] if run[0].i > 0 else None
    return before is not None and before.lower_ in ("trans", "trans-")


# the heads of a state's formal name ("the Kingdom of Cambodia", "the State of Qatar",
# "the Islamic Republic of Iran", "the Russian Federation")
_FORMAL_STATE_HEADS = frozenset(
    "republic kingdom state sultanate emirate principality commonwealth federation "
    "confederation duchy".split()
)


def _formal_words(words: list[str]) -> bool:
    """Do the words (their text, from the first) make a state's formal name: proper
    words ending in a formal head ("Russian Federation", "Islamic Republic") or up to
    one followed by "of" ("Kingdom of ...", "Federal Republic of ...")? A plural head
    is not ("United States of America"), nor "Islamic State" (the group)."""
    if "of" in words:
        words = words[: words.index("of")]
    if not words or words[-1].lower() not in _FORMAL_STATE_HEADS:
        return False
    if (
        len(words) > 1
        and words[-2].lower() == "islamic"
        and words[-1].lower() == "state"
    ):
        return False
    return all(w[:1].isupper() for w in words[:-1])


def _formal_state(
    tokens: list[Token], start: int, term: Term, primary: str | None
) -> str | None:
    """The formal name of a state the mention opens with, when the mention names the
    state by it: "the Kingdom of Cambodia" (a country's name after "Kingdom of"), "the
    State of Qatar", "the Islamic Republic" (a formal name the base lists). Not the name
    a country is usually called by ("the Czech Republic", "the Democratic Republic of
    Congo": its own name is formal), nor "the Secretary of State of ..."."""
    if primary is None or _formal_words(primary.split()):
        return None
    words = [t for t in tokens if t.i < start and t.dep_ != "det" and t.lower_ != "the"]
    if words:
        # "the Kingdom of Cambodia": the formal head, "of", then the country's name
        if (
            words[-1].lower_ != "of"
            or words[0].i != tokens[0].i + (tokens[0].dep_ == "det")
            or not _formal_words([t.text for t in words])
            or (words[-2].text[:1].islower() and words[-2].lower_ != "state")
        ):
            return None
        return " ".join(t.text for t in words) + " " + term.text
    first = next((t for t in tokens if t.dep_ != "det"), None)
    if first is None or first.i != start:
        return None
    text = term.text
    if fold(text.lower()) == fold(primary.lower()) or not _formal_words(text.split()):
        return None
    return text


def _region_in_a_name(doc: Doc, start: int, end: int) -> bool:
    """Is the region's name (tokens start..end) part of a person's name ("Virginia
    Smith", "Montana Jones")? Not when the tagger's person is the region's name alone
    ("TAMIL NADU's chief minister": the tagger's PERSON, ending where the name does)."""
    if doc[start].ent_type_ != "PERSON":
        return False
    ent = next((e for e in doc.ents if e.start <= start < e.end), None)
    if ent is None:
        return True
    return ent.start < start or any(
        t.pos_ == "PROPN" and t.tag_ != "POS" for t in doc[end : ent.end]
    )


def _city_country(tok: Token, before_office: bool = False) -> str | None:
    """The country of a large city a proper name names alone ("Istanbul", "Kano"),
    when no city of another country of a like size shares the name; ``before_office``:
    the name is a word alone before an office ("a Jaffna magistrate"), which no
    person's name is, whatever the tagger says."""
    if tok.pos_ != "PROPN" or tok.ent_type_ == "NORP":
        return None  # (the tagger may call a city a body: "the mayor of Karachi")
    if tok.ent_type_ == "PERSON" and not (
        before_office
        and tok.ent_iob_ == "B"
        and (tok.i + 1 == len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I")
    ):
        return None
    if any(c.dep_ not in ("compound", "case", "det") for c in tok.children):
        return None
    from ..geo import gazetteer

    whole = tok.doc[tok.left_edge.i : tok.i + 1]
    words = [t.text for t in whole if t.dep_ == "compound" or t.i == tok.i]
    said = " ".join(words)
    found = gazetteer().candidates(said)
    # a city of that very name before one that has it as another name ("Jayapura"
    # is not Jaipur)
    own = [p for p in found if fold(p.name.lower()) == fold(said.lower())]
    if before_office and not own:
        return None  # ("the Lao government": Laoag's other name, no city's own)
    found = own or found
    if not found or found[0].precision != "city":
        return None
    top = found[0]
    if top.population < _CITY_SIZE:
        return None
    if any(
        p.country != top.country and p.population * _CITY_RIVAL > top.population
        for p in found[1:]
    ):
        return None
    return top.country


def _language_names(tokens: list[Token]) -> set[int]:
    """The words of a phrase that name a language by its people ("French" of
    "French-speaking", "Russian" of "Russian-language")."""
    doc = tokens[0].doc if tokens else None
    return {
        t.i
        for t in tokens
        if doc is not None
        and t.i + 2 < len(doc)
        and doc[t.i + 1].text == "-"
        and doc[t.i + 2].lower_ in _LANGUAGE_WORDS
        and t.text[:1].isupper()
    }


def _former_owner(head: Token, memory: DocMemory) -> bool:
    """ "Khan ... HIS foreign minister": is the head's owner a pronoun for the
    person named last, who holds office no more (ELI)? His minister was one then."""
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is None or owner.lower_ not in ("his", "her"):
        return False
    last = memory.last_person
    return last is not None and last.sector == "ELI"


def _seat(head: Token) -> Token | None:
    """The place a body is based in ("a GENEVA-based group", "a group based in
    GENEVA"), or None."""
    for child in head.children:
        if child.lemma_.lower() != "base" or child.dep_ not in ("amod", "acl"):
            continue
        for c in child.children:
            if c.dep_ in ("npadvmod", "compound") and c.pos_ == "PROPN":
                return c
            if c.dep_ == "prep" and c.lower_ == "in":
                return next((o for o in c.children if o.dep_ == "pobj"), None)
    return None


def _singular_noun(head: Token) -> bool:
    """A common noun in the singular, or a lower-case word the tagger took for a
    name ("urged the bloc", NNP)."""
    return head.tag_ == "NN" or (head.tag_ == "NNP" and head.text.islower())


def _same_body(tokens: list[Token], head: Token, memory: DocMemory) -> Actor | None:
    """ "The organization condemned ...", "the bloc", "the lender": the body named last
    whose kind fits, when the phrase says nothing else."""
    lemma = head.lemma_.lower()
    owner = head.dep_ == "poss"
    if not _singular_noun(head) or not (
        lemma in _BODY_ANAPHORS or (owner and lemma in _OWNER_ANAPHORS)
    ):
        return None
    if any(c.dep_ in ("prep", "relcl", "acl", "appos") for c in head.children):
        return None  # "the group of workers", "the company that built it"
    # "the mission's convoy": the owner's possessive mark is no word of its own
    rest = [t for t in tokens if t.i != head.i and t.text not in _POSSESSIVE]
    if len(rest) != 1 or rest[0].lower_ not in ("the", "this"):
        return None
    before = bisect_left(memory.named_bodies, head.i, key=lambda pa: pa[0])
    named = [a for _, a in memory.named_bodies[:before]] + memory.bodies
    if not named:
        return None
    body = named[-1]
    return Actor(
        head.text,
        body.code,
        body.country,
        body.sector,
        None,
        why=f'"the {head.text}" is {body.text}, named before',
    )


def _owned_by_body(head: Token, memory: DocMemory) -> Actor | None:
    """ "The mission's convoy", "the body's spokesman": a phrase that names no actor
    of its own, owned by "the mission" or "the body", is the body named last."""
    for child in head.children:
        if child.dep_ != "poss":
            continue
        body = _same_body(np_tokens(child), child, memory)
        if body is not None:
            text = _span_text(np_tokens(head))
            return replace(body, text=text, why=f'{body.why}; "{text}" is its own')
    return None


# words that make a lender one of the world's, not a country's bank ("the global
# lender", "the Washington-based lender", "international lenders")
_WORLD_WORDS = frozenset(
    "global international multilateral world washington - based".split()
)
# the code of the economic and financial intergovernmental bodies (IMF IGOBUSIMF,
# World Bank IGOBUSWBK), when the text does not say which
_WORLD_LENDER = "IGOBUS"


def _world_lender(tokens: list[Token], head: Token, memory: DocMemory) -> Actor | None:
    """ "The global lender", "the Washington-based lender", "international lenders":
    the international financial body the story named before it (the IMF, the World
    Bank), or one such body the text does not name (IGOBUS, no country)."""
    if head.lemma_.lower() != "lender":
        return None
    rest = [t for t in tokens if t.i != head.i and t.dep_ not in ("det", "punct")]
    if not rest or any(t.lower_ not in _WORLD_WORDS for t in rest):
        return None
    before = bisect_left(memory.named_bodies, head.i, key=lambda pa: pa[0])
    named = [a for _, a in memory.named_bodies[:before]] + memory.bodies
    body = next((a for a in reversed(named) if a.code.startswith(_WORLD_LENDER)), None)
    text = _span_text(tokens)
    if body is not None:
        return replace(body, text=text, name=None, why=f'"{text}" is {body.text}')
    return Actor(
        text,
        _WORLD_LENDER,
        None,
        "IGO",
        None,
        why=f'"{text}" is an international financial body the text does not name',
    )


# common nouns that, owned by a name, are that person's office ("Ma's office")
_PERSON_OFFICES = frozenset({"office"})


def _bare_name(tok: Token) -> bool:
    """Is ``tok`` a one-word name, not an acronym nor a place? (The tagger may call a
    surname a body: "Ma" of "Ma's office"; the caller asks the base whether it is a
    word of people's names, so "Google's office" is no one's.)"""
    return (
        tok.pos_ == "PROPN"
        and tok.ent_type_ in ("", "PERSON", "ORG")
        and tok.text[:1].isupper()
        and not _acronym(tok.text)
        and not any(c.dep_ in ("compound", "amod", "det") for c in tok.children)
    )


def _modifiers(head: Token) -> str:
    return " ".join(t.text for t in head.subtree if t.i < head.i and t.dep_ != "det")


def _names_agree(words: list[str], full: str | None) -> bool:
    """Can a name of these (folded) words be the person ``full``? "George Bush" is
    George W. Bush and "Ramdane Lamamra" Ramtane Lamamra (a spelling); "Eduardo
    Bolsonaro" is not Jair Bolsonaro."""
    if len(words) == 1:
        return True  # a surname or a one-word alias ("Lula")
    names = surface_key(full or "")
    return all(any(_same_word(w, n) for n in names) for w in words)


def _same_word(word: str, name: str) -> bool:
    if word == name or (word in ARABIC_ARTICLES and name in ARABIC_ARTICLES):
        return True
    if word[:1] != name[:1]:
        return False
    if len(word.rstrip(".")) == 1:
        return True  # an initial
    return SequenceMatcher(None, word, name).ratio() >= 0.8


def _national_branch(
    term: Term, start: int, matches: list[tuple[int, int, Term]]
) -> bool:
    """Is this international non-governmental body (no country of its own) named with
    a country right before it, as one name ("Kenya Red Cross", "Afghan Red
    Crescent")?"""
    if term.country is not None or not (term.code or "").startswith("NGO"):
        return False
    return any(e == start and t.kind in ("country", "demonym") for _, e, t in matches)


# the words of party names that many countries' parties share ("the Labour Party",
# "the Green Party", "the Social Democratic Party")
_PARTY_NAME_WORDS = frozenset(
    "the labour labor conservative liberal liberals socialist green greens democratic "
    "republican national communist people's peoples workers workers' progressive "
    "social christian united reform party".split()
)


def _story_home(
    head: Token, memory: DocMemory, context_country: str | None
) -> str | None:
    """The country of the sentence: the one it is given, else the one its own words
    name, else the one the story names most."""
    if context_country:
        return context_country
    sent = sentence_of(head)
    inside = {c for _, c in memory.countries_between(sent.start, sent.end)}
    if len(inside) == 1:
        return next(iter(inside))
    return None if inside else memory.main_country


def _common_party_name(term: Term) -> bool:
    """Is this party's name made only of words that many countries' parties share?"""
    words = term.text.lower().split()
    return (
        term.sector == "PTY"
        and term.country is not None
        and len(words) >= 2
        and words[-1] == "party"
        and all(w in _PARTY_NAME_WORDS for w in words)
    )


def _foreign_namesake(
    term: Term, start: int, matches: list[tuple[int, int, Term]], doc: Doc
) -> bool:
    """Is this body of one country named right after another country's name, as one
    name ("the Malawi Congress Party", not India's Congress Party), or a party's name
    owned by another country ("Nigeria's Labour Party", not Britain's)? A people's
    name before it may say who its members are ("Chechen Wagner fighters"): not read;
    nor is an owner of a body that is no party ("Iran's Hezbollah" is Lebanon's)."""
    if term.country is None:
        return False
    owned = term.sector == "PTY" and start >= 2 and doc[start - 1].text in _POSSESSIVE
    return any(
        # (a region's name too: "the WEST PAPUA National Liberation Army" is no
        # Colombian ELN)
        t.kind in ("country", "region")
        and t.country is not None
        and t.country != term.country
        and (e == start or (owned and e == start - 1))
        for _, e, t in matches
    )


def _ends_longer_name(first: Token, found: list[tuple[int, int, Term]]) -> bool:
    """Does a body's name of the base that starts at ``first`` end a longer proper
    name ("the Social Democratic Party", "the People's Democratic Party": not the US
    Democratic Party)? The word before it, or before its "'s", is a proper noun of
    the same body's name (one ORG entity) that no term of the base but a role word
    names ("U.S. Democratic Party" is the US one, "UN Security Council" the UN's)."""
    doc = first.doc
    start = first.i
    if (
        start == 0
        or first.ent_iob_ != "I"
        or first.ent_type_ != "ORG"
        or _acronym(first.text)  # "Kurdish YPG forces": an acronym is one body's
    ):
        return False
    prev = doc[start - 1]
    if prev.lower_ in ("'s", "’s") and start > 1:
        prev = doc[start - 2]
    if (
        prev.pos_ != "PROPN"
        or prev.ent_type_ != "ORG"
        or not prev.is_alpha
        or prev.lower_ in ARABIC_ARTICLES  # "al-Shabab", "Al Houthi"
    ):
        return False
    return not any(s <= prev.i < e and t.kind != "role" for s, e, t in found)


def _state_led(matches: list[tuple[int, int, Term]], head: Token) -> int | None:
    """The index of the country before "-led" in a coalition or alliance a state
    leads ("a Saudi-led coalition"), or None."""
    if head.lemma_.lower() not in _STATE_LED:
        return None
    doc = head.doc
    for start, end, term in matches:
        if (
            term.kind in ("country", "demonym")
            and end + 1 < head.i
            and doc[end].text == "-"
            and doc[end + 1].lower_ == "led"
        ):
            return start
    return None


def _patron(match: tuple[int, int, Term], doc: Doc) -> bool:
    """ "the Al Qaeda-linked Somali group", "Iran-backed militias": a name before
    "-linked" or "-backed" is a patron of the actor, not the actor."""
    end = match[1]
    return (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and doc[end + 1].lower_ in PATRON_WORDS
    )


def _product_of(match: tuple[int, int, Term], head: Token) -> bool:
    """ "an alleged Facebook post", "a Google search": a company's name before what
    it makes or hosts names that thing, not the company acting."""
    _, end, term = match
    return (
        term.kind == "org"
        and term.sector == "BUS"
        and end <= head.i
        and head.lemma_.lower() in _PRODUCT_HEADS
    )


def _pro(start: int, doc: Doc) -> bool:
    """Is the word at ``start`` said after "pro-" ("pro-government")?"""
    return start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ == "pro"


def _anti(start: int, doc: Doc) -> bool:
    """Is the word at ``start`` said after "anti-" ("anti-American")?"""
    return start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ == "anti"


def _controller(match: tuple[int, int, Term], doc: Doc) -> bool:
    """ "The opposition-controlled parliament", "the junta-appointed legislature": a
    role word before "-controlled" or "-appointed" is who controls the actor, not
    the actor (a country or a body there still says whose it is)."""
    end = match[1]
    return (
        match[2].kind == "role"
        and end + 1 < len(doc)
        and doc[end].text == "-"
        and doc[end + 1].lower_ in _CONTROL_WORDS
    )


def _with_name(tokens: list[Token], head: Token) -> list[Token]:
    """The phrase with the whole name its head ends: "the Justice and Equality
    Movement", whose "and" the parse leaves out of the head's own words."""
    if (
        head.ent_type_ not in ("ORG", "GPE", "LOC", "NORP", "FAC")
        or head.ent_iob_ != "I"
    ):
        return tokens
    doc = head.doc
    if head.i + 1 < len(doc) and doc[head.i + 1].ent_iob_ == "I":
        return tokens  # not the end of the name
    start = head.i
    while start > 0 and doc[start].ent_iob_ == "I":
        if doc[start - 1].text == "," and _other_phrase(doc[start - 1], head):
            break  # "talks with Kurti, Borrell and Lajcak": "Kurti, Borrell" tagged one
        start -= 1
    have = {t.i for t in tokens}
    extra = [t for t in doc[start : head.i] if t.i not in have]
    return sorted([*tokens, *extra], key=lambda t: t.i) if extra else tokens


def _other_phrase(comma: Token, head: Token) -> bool:
    """Does the name before this comma belong to another phrase than the head's: the
    head is a conjunct of it ("Kurti, Borrell"), not a word of its own name or an
    appositive of it ("Bardaale, Bay Region")?"""
    if comma.i == 0:
        return False
    before = comma.doc[comma.i - 1]
    return before not in head.subtree and any(
        c.i == before.i or before in c.subtree for c in [*head.conjuncts]
    )


# the words for ships and aircraft that a craft's name follows ("the tanker X")
_CRAFTS = frozenset(
    "ship tanker vessel freighter carrier destroyer frigate warship submarine boat "
    "yacht ferry liner cruiser corvette trawler dhow jet plane aircraft airliner "
    "helicopter".split()
)
# "a Greek-flagged tanker", "a Panama-registered ship": the state a craft flies the
# flag of
_FLAG_WORDS = frozenset({"flagged", "registered"})
# the prefixes of ships' names ("USS Carver", "HMS Diamond", "MV Rubymar"), and the
# country of a navy's
_NAVY_PREFIXES = {
    "uss": "USA",
    "hms": "GBR",
    "hmas": "AUS",
    "hmcs": "CAN",
    "hmnzs": "NZL",
    "ins": "IND",
    "rfs": "RUS",
}
_CRAFT_PREFIXES = frozenset({*_NAVY_PREFIXES, "mv", "m/v"})
# arms and craft: they stand for the forces that use them, never for a body
_MACHINES = frozenset(
    "drone warplane jet bomber gunship warship frigate destroyer submarine tank "
    "artillery aircraft helicopter missile rocket plane vessel ship boat weapon "
    "arm munition".split()
)
# what "the bloc" is when no role word says: a union or alliance of states
# (or of parties: "the opposition bloc")
_ANAPHOR_SECTORS = {
    "bloc": frozenset({"IGO", "OPP", "PTY"}),
    # "the fund" after "the IMF" or an investment firm
    "fund": frozenset({"IGO", "BUS"}),
    # "the agency" after "the World Food Programme" or a state's agency
    "agency": frozenset({"GOV", "IGO"}),
}
# anaphors that never stand for bodies of these sectors ("the group" is a militia, a
# rights group, a company or a bloc, never a state's army, police or ministry)
_ANAPHOR_NOT_SECTORS = {"group": frozenset("GOV MIL COP JUD LEG SPY".split())}
# the slots a body named before "the company" or "the group" may stand in
_ANTECEDENT_DEPS = frozenset("nsubj nsubjpass dobj pobj attr appos conj ROOT".split())
# "the former" and "the latter" standing alone: one of the last two actors named
_LATTER = frozenset({"former", "latter"})
# prepositions whose object is where or when something happened, not who took part
_SETTING_PREPS = frozenset({"in", "at", "near", "on", "outside", "inside", "across"})
# entity labels the tagger gives people's names by mistake ("Yusuf Abdi" PRODUCT)
_NAME_MISTAKES = frozenset({"ORG", "", "PRODUCT", "WORK_OF_ART"})
# verbs that give a person an office: "named X as its ambassador", "appointed X
# (as) minister"
_APPOINT_VERBS = frozenset("name appoint nominate elect make swear".split())
# verbs whose subject takes an office: "took office as president"
_TAKE_OFFICE_VERBS = frozenset({"take"})


def _stated_roles(
    doc: Doc, people_words: frozenset[str]
) -> dict[str, list[tuple[int, int]]]:
    """The roles the doc gives named people through "be" ("X is the minister", "the
    minister is X", "X, who is the minister") or an appointment ("named X as
    minister"): the person's last word -> (person, role) token indices, in text
    order, by the doc's verbs alone (the caller keeps it with the doc: ``kept``).
    ``people_words``: the role words that name a person, never a body."""
    found: dict[str, list[tuple[int, int]]] = {}

    def add(person: Token, role: Token) -> None:
        if (
            _name_word(person)
            and role.pos_ == "NOUN"
            and not any(c.dep_ == "neg" for c in role.head.children)
            and (
                person.ent_type_ == "PERSON"
                # the tagger may call a person a body ("Helena Brandt is the
                # spokeswoman"); a body's word then says it is one ("X is a state
                # agency", "X is India's largest carmaker")
                or (
                    person.ent_type_ in _NAME_MISTAKES
                    and role.lemma_.lower() in people_words
                )
            )
        ):
            found.setdefault(_word(person), []).append((person.i, role.i))
            first = _first_name_word(person)
            if first is not None and "-" in _span_text(list(person.lefts)):
                # "Lai" after "Lai Ching-te": a family name said first
                found.setdefault(_word(first), []).append((person.i, role.i))

    for tok in doc:
        lemma = tok.lemma_.lower()
        if lemma in ("be", "become"):
            subjects = [c for c in tok.children if c.dep_ == "nsubj"]
            attrs = [c for c in tok.children if c.dep_ == "attr"]
            if len(subjects) != 1 or len(attrs) != 1:
                continue
            subject, attr = subjects[0], attrs[0]
            if subject.lower_ == "who" and tok.dep_ == "relcl":
                subject = tok.head  # "Ali Rezaei, who is Iran's ambassador"
            add(subject, attr)
            if lemma == "be":
                add(attr, subject)
        elif tok.pos_ == "VERB" and (
            lemma in _APPOINT_VERBS or lemma in _TAKE_OFFICE_VERBS
        ):
            roles = [c for c in tok.children if c.dep_ == "oprd"] + [
                obj
                for prep in tok.children
                if prep.dep_ == "prep" and prep.lower_ == "as"
                for obj in prep.children
                if obj.dep_ == "pobj"
            ]
            objects = [c for c in tok.children if c.dep_ == "dobj"]
            if lemma in _TAKE_OFFICE_VERBS:
                # "X took office as president", "X assumed the post of ..."
                if [o.lemma_.lower() for o in objects] != ["office"]:
                    continue
                objects = [c for c in tok.children if c.dep_ == "nsubj"]
            elif not objects:
                # "X was sworn in as president", "X was elected president"
                objects = [c for c in tok.children if c.dep_ == "nsubjpass"]
            if len(objects) == 1 and len(roles) == 1:
                add(objects[0], roles[0])
    return found


def _appositive_roles(
    doc: Doc, people_words: frozenset[str]
) -> dict[str, list[tuple[int, int]]]:
    """The roles the doc gives people named by their surname alone through an
    appositive ("Mthembu, South Africa's defence minister,"): the surname -> (person,
    role) token indices, in text order (the caller keeps it with the doc: ``kept``)."""
    found: dict[str, list[tuple[int, int]]] = {}
    for tok in doc:
        if tok.dep_ != "appos" or tok.pos_ != "NOUN" or tok.i < tok.head.i:
            continue
        person = tok.head
        if (
            # (the tagger may call the surname alone a body: "Mthembu, South
            # Africa's defence minister," ORG; the role word says it is a person)
            person.ent_type_ in ("PERSON", *_NAME_MISTAKES)
            and _name_word(person)
            and _first_name_word(person) is None
            and tok.lemma_.lower() in people_words
        ):
            found.setdefault(_word(person), []).append((person.i, tok.i))
    return found


def _within_sentences(first: Token, later: Token, most: int) -> bool:
    """Is ``later`` in ``first``'s sentence or one of the ``most`` sentences after?"""
    sent = sentence_of(first)
    for _ in range(most + 1):
        if sent.start <= later.i < sent.end:
            return True
        if sent.end >= len(first.doc):
            return False
        sent = sentence_of(first.doc[sent.end])
    return False


def _seized_power(clause: Token) -> bool:
    """Does the relative clause say its subject seized power ("who seized power in
    2021", "who took power in a coup", "who came to power in a coup")?"""
    lemma = clause.lemma_.lower()
    objects = {c.lemma_.lower() for c in clause.children if c.dep_ == "dobj"}
    if lemma in _SEIZE_VERBS and "power" in objects:
        return lemma != "take" or _in_a_coup(clause)
    if lemma == "come" and any(
        c.dep_ == "prep"
        and c.lower_ == "to"
        and any(o.lower_ == "power" for o in c.children)
        for c in clause.children
    ):
        return _in_a_coup(clause)
    return False


def _in_a_coup(clause: Token) -> bool:
    """Does the clause say its act was a coup ("in a coup", "in a 2021 putsch")?"""
    return any(t.lemma_.lower() in _COUP_WORDS for t in clause.subtree)


def _first_name_word(person: Token) -> Token | None:
    """The first word of a person's name said in several words ("LAI Ching-te"), or
    None for a one-word name."""
    first = person
    for left in person.lefts:
        if left.dep_ == "compound" and left.pos_ == "PROPN":
            first = left
            break
    return first if first.i != person.i else None


def _name_word(tok: Token) -> bool:
    """A proper name's word, or a capitalised one the tagger took for a common noun
    inside a person's name ("Lucia TAVARES", lemma "tavare")."""
    return tok.pos_ == "PROPN" or (
        tok.pos_ == "NOUN"
        and tok.ent_type_ == "PERSON"
        and tok.text[:1].isupper()
        and tok.text[1:].islower()
    )


def _appointer(role: Token) -> Token | None:
    """The subject of the appointment whose role this is ("BRAZIL named X as its
    ambassador"), or None."""
    verb = role.head.head if role.head.dep_ == "prep" else role.head
    if verb.lemma_.lower() not in _APPOINT_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _told_surname(head: Token, memory: DocMemory) -> bool:
    """Is the head a capitalised word the tagger took for a common noun that is the
    surname of a person the story named, with nothing before it ("Price said")?"""
    return (
        head.pos_ == "NOUN"
        and head.text[:1].isupper()
        and head.text[1:].islower()
        and _word(head) in memory.people
        and not any(c.i < head.i for c in head.children)
    )


def _name_word_after_title(
    start: int, end: int, head: Token, matches: list[_Match]
) -> bool:
    """Is the one word ``start`` a word of the proper name of a person that a title
    with an office ("defence minister", "President") names right before it, the name
    running on to ``head`` and having two words or more ("Minister Hamzah Rashid")?
    A body's alias that is a person's given name ("Hamzah") is no body there."""
    doc = head.doc
    if end != start + 1 or not start <= head.i or head.pos_ != "PROPN":
        return False
    if any(doc[i].pos_ != "PROPN" for i in range(start, head.i + 1)):
        return False
    first = start
    while (
        first > 0
        and doc[first - 1].pos_ == "PROPN"
        and not any(s <= first - 1 < e and t.kind == "role" for s, e, t in matches)
    ):
        first -= 1
    if head.i - first < 1:
        return False  # a one-word name is the alias's own
    return any(t.kind == "role" and t.sector and e == first for _, e, t in matches)


def _left_edge(tok: Token) -> Token:
    """The first word of ``tok``'s phrase, passing over the whitespace a line break
    leaves before it (the parse may hang it on the phrase's first word)."""
    edge = tok.left_edge
    while edge.is_space and edge.i < tok.i:
        edge = edge.doc[edge.i + 1]
    return edge


def _inside_name(head: Token) -> bool:
    """Is the head a word of a longer name that the parse made one side of an "and"
    ("Justice" of "the Justice and Development Movement", whose other side is the
    name's last word)?"""
    if head.ent_type_ != "ORG" or head.pos_ != "PROPN":
        return False
    doc = head.doc
    end = head.i
    while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
        end += 1
    if any(t.text == "," and _other_phrase(t, doc[end]) for t in doc[head.i + 1 : end]):
        return False  # "Kurti, Borrell" tagged one name: two people
    return end > head.i and any(c.i == end for c in head.conjuncts)


def _body_country(
    memory: DocMemory, people: frozenset[str] = frozenset()
) -> str | None:
    """The country of the national bodies and named people the story names, when
    they share one ("Mr Vizcarra ... accuses Congress": Peru's Congress); ``people``
    adds the countries of the known people of the sentence, named before or after."""
    found = set(people)
    found |= {a.country for _, a in memory.named_bodies if a.country}
    found |= {a.country for a in memory.bodies if a.country}
    found |= {a.country for a in memory.persons if a.country}
    return found.pop() if len(found) == 1 else None


def _prosecuted(head: Token) -> bool:
    """Whether the phrase of ``head`` is whom a prosecution is of: the object or the
    passive subject of "charge", "convict", "jail" ..., or inside the phrase of such a
    verb or of "appeal", "trial", "conviction" ("the appeal lodged by X's counsel").
    A doer of its own verb is not ("Former President X criticised the trial")."""
    tok = head
    for _ in range(_PROSECUTION_STEPS):
        if tok.dep_ in ("nsubj", "ROOT") or tok.head is tok:
            return False
        up = tok.head
        if up.lemma_.lower() in _PROSECUTION:
            return tok.dep_ not in ("nsubj", "csubj")
        if up.pos_ in ("VERB", "AUX") and up.dep_ not in ("acl", "relcl"):
            return False
        tok = up
    return False


# the base's form of each word and lemma the model has read, by its hash
_FOLDED: dict[int, str] = {}
_LEMMAS: dict[int, str] = {}


def _full_names(span: Span) -> dict[str, list[int]]:
    """The last word of each proper name of two or more words in ``span`` (a name
    word with a proper noun compound before it), by its text, in text order: where a
    lone surname may have been named in full (read once per doc)."""
    found: dict[str, list[int]] = {}
    for tok in span:
        if (
            tok.pos_ == "PROPN"
            and tok.dep_ != "compound"
            and any(
                c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < tok.i
                for c in tok.children
            )
        ):
            found.setdefault(tok.text, []).append(tok.i)
    return found


def _hyphen_firsts(span: Span) -> dict[str, list[int]]:
    """The head of each name written with a hyphen inside it ("Stillwater" of
    "Sibanye-Stillwater"), by the text of its first part, in text order (read once per
    doc)."""
    found: dict[str, list[int]] = {}
    for tok in span:
        if tok.pos_ == "PROPN" and (first := _first_part(tok)) is not None:
            found.setdefault(first.text, []).append(tok.i)
    return found


def _doc_words(doc: Doc) -> tuple[list[str], list[str]]:
    """Each token's word as the base keys it (``_word``) and its lower-case lemma,
    read from the doc's arrays: a word met before costs one lookup."""
    strings = doc.vocab.strings
    words: list[str] = []
    lemmas: list[str] = []
    for lower, lemma in doc.to_array([LOWER, LEMMA]).tolist():
        word = _FOLDED.get(lower)
        if word is None:
            word = _fold_word(lower, strings[lower])
        words.append(word)
        low = _LEMMAS.get(lemma)
        if low is None:
            low = _LEMMAS[lemma] = strings[lemma].lower()
        lemmas.append(low)
    return words, lemmas


def _head_of_a_place(
    tokens: list[Token], head: Token, country: str | None
) -> Actor | None:
    """ "THE PROVINCE'S CHAIRMAN asked the company ...": the chairman or head a town,
    district or province owns is its government (GOV), of the sentence's country."""
    if head.lemma_.lower() not in _PLACE_HEADS or head.tag_ != "NN":
        return None
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is None or owner.lemma_.lower() not in _OWNING_PLACES:
        return None
    if any(t.dep_ not in ("det", "poss", "case") and t.i != head.i for t in tokens):
        return None  # ("the province's former chairman", "the city's party chief")
    text = _span_text(tokens)
    return Actor(
        text,
        actor_code(country, "GOV"),
        country,
        "GOV",
        None,
        why=f'"{text}" heads a {owner.lemma_.lower()}: GOV'
        + (f"; country {country} from the sentence" if country else ""),
    )


def _short_name(obj: Token) -> bool:
    """Is ``obj`` the end of a capitalised name of one to three words ("Kumbo", "the
    Interior", "Home Affairs"), an appositive after it aside?"""
    name = [
        t for t in np_tokens(obj) if t.i <= obj.i and t.dep_ not in ("det", "punct")
    ]
    return 1 <= len(name) <= 3 and all(t.is_title for t in name)


# the works that only a company owns and runs for profit (not a port, a dam or a
# network, which a state may own)
_PRODUCING_WORKS = frozenset(
    "mine mines plant plants refinery refineries factory factories smelter smelters "
    "mill mills steelworks oilfield oilfields gasfield gasfields".split()
)
# the verbs by which a body owns or runs a works ("which owns the Doornkop mine")
_OWNING_VERBS = frozenset({"own", "operate", "run"})


def _works_owned(head: Token) -> str | None:
    """The word for a mine, plant, refinery or factory that a name owns, by a
    possessive ("Sibanye-Stillwater's Kloof gold mine"), a relative clause ("which
    owns the Doornkop mine") or "owned by", or None."""
    if head.dep_ == "poss" and head.head.lemma_.lower() in _PRODUCING_WORKS:
        return head.head.lemma_.lower()
    by = head.head
    if (
        head.dep_ == "pobj"
        and by.lower_ == "by"
        and by.head.lemma_.lower() in _OWNING_VERBS
        and by.head.head.lemma_.lower() in _PRODUCING_WORKS
    ):
        return by.head.head.lemma_.lower()  # "a copper mine owned by Konkola-Mopani"
    for clause in head.children:
        if clause.dep_ != "relcl" or clause.lemma_.lower() not in _OWNING_VERBS:
            continue
        for obj in clause.children:
            if obj.dep_ == "dobj" and obj.lemma_.lower() in _PRODUCING_WORKS:
                return obj.lemma_.lower()
    return None


def _first_part(head: Token) -> Token | None:
    """The first word of a name written with a hyphen inside it, "Sibanye" of
    "Sibanye-Stillwater" whose head is "Stillwater", or None."""
    doc = head.doc
    if head.i < 2:
        return None
    hyphen, first = doc[head.i - 1], doc[head.i - 2]
    if (
        hyphen.text != "-"
        or hyphen.whitespace_
        or first.whitespace_
        or first.pos_ != "PROPN"
        or not first.is_title
        or len(first.text) < 3
        or (first.i > 0 and doc[first.i - 1].text == "-")
    ):
        return None
    return first


def _keeper_of_a_facility(
    tokens: list[Token], head: Token, country: str | None
) -> Actor | None:
    """ "the operator of a leaking pipeline", "the mine's operator", "the vessel's Greek
    owner": whoever runs or owns a works, a line or a craft is a company (BUS), of the
    country its words or the sentence give."""
    if head.lemma_.lower() not in _FACILITY_KEEPERS or head.pos_ != "NOUN":
        return None
    facility = next(
        (
            (c if c.dep_ == "poss" else g)
            for c in head.children
            for g in ([c] if c.dep_ == "poss" else c.children)
            if (c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of"))
            and (c.dep_ == "poss" or g.dep_ == "pobj")
            and (c if c.dep_ == "poss" else g).lemma_.lower() in _FACILITIES
        ),
        None,
    )
    if facility is None:
        return None
    inside = {t.i for t in facility.subtree}
    if any(
        t.dep_ in ("compound", "nmod") and t.i not in inside and t.head.i == head.i
        for t in tokens
    ):
        return None  # ("the crane operator of the port": a trade)
    text = _span_text([t for t in tokens if t.i not in inside or t.i < head.i])
    return Actor(
        text,
        actor_code(country, "BUS"),
        country,
        "BUS",
        None,
        why=f'"{head.text}" of a {facility.lemma_.lower()} is a company (BUS)'
        + (f"; country {country} from the sentence" if country else ""),
    )


def _known_as(head: Token) -> Token | None:
    """The acronym a body's name is given by "known as" or "called" after it ("the
    Indonesian Doctors Association, known as IDI"), or None."""
    for child in head.children:
        if child.dep_ != "acl" or child.lemma_.lower() not in ("know", "call"):
            continue
        for prep in child.children:
            if prep.dep_ == "prep" and prep.lower_ == "as":
                for obj in prep.children:
                    if obj.dep_ == "pobj" and _acronym(obj.text):
                        return obj
        for obj in child.children:
            # "called the IDI" (an object predicate)
            if obj.dep_ in ("oprd", "attr") and _acronym(obj.text):
                return obj
    return None


def _offset(tok: Token) -> int:
    """The token's character offset in the article (a long one is parsed in pieces)."""
    return tok.idx + (getattr(tok.doc._, "offset", 0) or 0)


def _bounds(span: Span) -> tuple[int, int]:
    return span.start, span.end


def _fold_word(lower: int, text: str) -> str:
    """The base's form of a lower-case word (``text``, whose hash is ``lower``): no
    accents, a straight apostrophe; kept by its hash."""
    word = _FOLDED[lower] = fold(text).replace("’", "'")
    return word


def _word(tok: Token) -> str:
    """A token as the base keys it: lower case, no accents, a straight apostrophe."""
    word = _FOLDED.get(tok.lower)
    return word if word is not None else _fold_word(tok.lower, tok.lower_)


# words before a town's name that name a part of it
# the small words inside Portuguese, Spanish and French place names
_NAME_LINKS = frozenset("da do das dos de del la le".split())
_PART_OF_TOWN = frozenset(
    "east west north south central greater old inner downtown upper lower".split()
)


def _club_name(run: list[Token], terms: dict[tuple[str, ...], Term]) -> bool:
    """Is this capital's name the end of a longer proper name, after a word the base
    does not know ("REAL Madrid", "DYNAMO Kyiv", "SPARTAK Moscow")? Then it names a
    club or firm, not the government ("New Delhi" is one term; "East Jerusalem" is a
    place either way)."""
    first = run[0]
    if first.i == 0:
        return False
    prev = first.doc[first.i - 1]
    if prev.lower_ in _NAME_LINKS and prev.text.islower() and first.i >= 2:
        # "Mocimboa DA Praia", "Sao Jose DOS Campos": a town's longer name
        prev = first.doc[first.i - 2]
        return (
            prev.pos_ == "PROPN"
            and prev.text[:1].isupper()
            and (prev.lower_,) not in terms
        )
    return (
        prev.pos_ == "PROPN"
        and prev.dep_ == "compound"
        and prev.head.i == run[-1].i
        and prev.text[:1].isupper()
        and prev.lower_ not in _PART_OF_TOWN  # "East Jerusalem": the city's part
        and (prev.lower_,) not in terms
        and (prev.lemma_.lower(),) not in terms
    )


def _names_currency(last: Token) -> bool:
    """Is the word after this country's name a currency ("US $50 million", "Hong
    Kong dollars"), so that the name is the currency's, not an actor's?"""
    doc = last.doc
    if last.i + 1 >= len(doc):
        return False
    after = doc[last.i + 1]
    if after.text == "$" and not (last.text.isupper() and len(last.text) <= 3):
        return False  # "lend Sri Lanka $2.9 billion": only "US $", "NZ $" are signs
    # "Russia pounds Kharkiv", "South Korea won": a verb is no currency
    return after.lower_ in _CURRENCY_WORDS and (
        after.text == "$" or after.pos_ == "NOUN"
    )


def _acronym(text: str) -> bool:
    letters = text.replace(".", "")
    return len(letters) >= 2 and letters.isupper() and letters.isalpha()


def _aged(head: Token) -> bool:
    """Is the proper name followed by an age set off by commas ("Chidinma Okafor,
    31,"), as wire copy gives a private person's, and made of two or three proper
    names ("Lagos, 31" of a list is no one)?"""
    words = [t for t in head.lefts if t.dep_ == "compound"]
    if not 1 <= len(words) <= 2 or not all(t.pos_ == "PROPN" for t in words):
        return False
    doc = head.doc
    i = head.i
    return (
        i + 3 < len(doc)
        and doc[i + 1].text == ","
        and doc[i + 2].like_num
        and doc[i + 2].text.isdigit()
        and 14 <= int(doc[i + 2].text) <= 110
        and doc[i + 3].text in (",", ".", ";")
    )


def _bracketed_capitals(run: list[Token]) -> bool:
    """Is the run one word in capitals alone in brackets ("(NUNS)", "(CARE)"): a
    body's acronym, in whatever language the body named itself, not the common word
    it spells?"""
    if len(run) != 1 or not _acronym(run[0].text) or len(run[0]) < 3:
        return False
    tok = run[0]
    doc = tok.doc
    return (
        0 < tok.i < len(doc) - 1
        and doc[tok.i - 1].text in ("(", "[")
        and doc[tok.i + 1].text in (")", "]")
    )


def _mixed_acronym(letters: str) -> bool:
    """An acronym written with small letters inside ("JeM", "LeT", "PiS", "AfDB"), not
    a plural of capitals ("MPs") nor a name ("McCain", "MacKay")?"""
    if len(letters) > 4 or not letters.isalpha() or letters.isupper():
        return False
    if letters[-1] == "s" and letters[:-1].isupper():
        return False  # "MPs", "IDPs"
    return sum(c.isupper() for c in letters) >= 2


def _case_fits(surface: str, run: list[Token]) -> bool:
    """ "US" is not "us" and "Bush" is not "bush": acronyms match in capitals (or, of
    four letters or more, as a capitalised name: "Nato"), names capitalised;
    lower-case dictionary words match any case."""
    letters = surface.replace(".", "")
    if letters.isupper() and len(letters) <= 6:
        text = "".join(t.text for t in run).replace(".", "")
        return (
            text == letters
            or (text.isupper() and text == letters.upper())
            # "Nato", "Ecowas", "Amisom": the British style of a long acronym,
            # when the tagger reads it as a name
            or (
                len(letters) >= 4
                and len(run) == 1
                and text == letters.title()
                and run[0].pos_ == "PROPN"
            )
        )
    if _mixed_acronym(letters):
        # "JeM" (Jaish-e-Mohammed) is not Sudan's "JEM", "LeT" not "Let"
        return len(run) == 1 and run[0].text == surface
    if surface[:1].isupper():
        return run[0].text[:1].isupper()
    return True


def _merge(main: Actor, extra: Actor) -> Actor:
    # "Freddy Guevara, a senior politician from the opposition": a name typed as a
    # body and known for nothing else takes what its appositive says
    unknown = main.is_plain and main.country is None and main.sector is None
    return Actor(
        main.text,
        extra.code
        if unknown or not (main.country or main.code != extra.code)
        else main.code,
        main.country or extra.country,
        main.sector or extra.sector,
        main.name or extra.name,
        why="; ".join(w for w in (main.why, extra.why) if w),
    )


def _person_name(head: Token) -> str | None:
    """The PERSON entity the head ends, without titles: "Sergei Lavrov"; not a common
    word the tagger put in one ("the official GAZETTE said": no one's name)."""
    if head.ent_type_ != "PERSON" or not head.text[:1].isupper():
        return None
    doc = head.doc
    start = head.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    words = [t.text for t in doc[start : head.i + 1] if t.dep_ != "punct"]
    return " ".join(words) or None


def _appositive_name(head: Token) -> str | None:
    """ "the UN mediator for Syria, Staffan de Mistura, ...": a name set off by commas
    inside the phrase, wherever the parser attached it."""
    for tok in head.subtree:
        if tok.dep_ == "appos" and tok.pos_ == "PROPN" and tok.i > head.i:
            words = [t for t in tok.subtree if t.i <= tok.i]
            if (
                len(words) >= 2
                and all(t.pos_ == "PROPN" for t in words)
                and words[0].nbor(-1).text == ","
            ):
                return " ".join(t.text for t in words)
    return None


def _span_text(tokens: list[Token]) -> str:
    if not tokens:
        return ""
    doc = tokens[0].doc
    start = tokens[0].i
    end = tokens[-1].i + 1
    while start < end and (
        doc[start].dep_ in ("det", "punct", "case") or doc[start].text in ("(", "[")
    ):
        start += 1
    while end > start and doc[end - 1].dep_ in ("punct", "case"):
        end -= 1
    return Span(doc, start, end).text if end > start else tokens[-1].text
