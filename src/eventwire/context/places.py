"""Where an event happened: the place named in its own clause.

Candidates are the GPE, LOC and FAC entities inside the event's clause (and proper nouns
that a place word introduces: "the town of Gorazde", "the capital Kabul"). A candidate
counts when the text puts the event there:

- governed by a place preposition ("in", "at", "near", "outside" ...), directly or through
  a place word ("in the northern city of Kirkuk", "near the town of Samarra");
- named by a place word anywhere in the clause ("with the second city Aleppo as a
  starting point");
- "to" for meetings, visits and deliveries ("return to Geneva for talks"), "from" for
  withdrawals ("withdrew from Gorazde");
- the object of a physical act ("blocked the Europe Bridge", "shelled Homs") or of a
  visit ("visited Ankara");
- a capital the text names by its country ("in the Somali capital", "Kenya's capital")
  or, bare ("in the capital"), the capital of the story's country (its dateline's);
  a part of a country ("in Syria's northeast", "in the country's south") is the
  country.

When its own clause names no place: where the doer's relative clause puts him ("Ruto,
who was visiting Addis Ababa, met ..."), where those a physical act hit were doing
what they did ("dispersed protesters who tried to break through a cordon in Yerevan"),
and the country of the sites it hit ("struck eight Pakistani air bases"). What a
meeting is to discuss ("to discuss the war in Sudan") is its topic, not its place.

A place that is one of the event's own actors ("Moscow said", "attacked Syria") is not
its location, and a reported event is placed by its own clause, never by where it was
said. An event named by a noun is placed by that noun's own words first ("air strikes
that killed four civilians in northern Iraq"). The best candidate is the most specific
(a town, then a region, then a country: "recaptured the town of X in the Y region");
among equals, the most directly placed, then the first.

A country the text gives a place ("Kenya's Mandera county", "the Ethiopian town of X",
"Mandera, Kenya") wins over the gazetteer's guess, and gives a place the gazetteer
lacks its country; a place the gazetteer lacks and the text gives no country takes the
country the caller says the story gives it (``PlaceHints.fallback``), if any.
Geocoding is the caller's ``lookup`` (the pipeline passes the gazetteer, with the
article's countries for disambiguation), so this stage stays independent of the others.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from ..nlp.syntax import finite_beside_infinitive, finite_host
from ..records import Place
from ._spans import cached_entities, kept, nominals, paragraph_ends, sentence_of
from .dates import MEDIA, describes

_PLACE_PREPS = frozenset(
    {
        "in",
        "at",
        "near",
        "outside",
        "across",
        "around",
        "inside",
        "throughout",
        "on",
        "into",
        "through",  # "marched through Bratislava"
        "along",
    }
)
# words that introduce a place name: "the town of X", "the capital X"
PLACE_WORDS = frozenset(
    {
        "city",
        "town",
        "village",
        "capital",
        "province",
        "region",
        "district",
        "county",
        "state",
        "port",
        "enclave",
        "suburb",
        "outskirts",
        "area",
        "border",
        "governorate",
        "municipality",
        "island",
        "peninsula",
        "valley",
        "neighbourhood",
        "neighborhood",
        "township",
        "camp",
        "stronghold",
        "hometown",
        # Indonesia's regencies, the Philippines' barangays, French-speaking
        # Africa's prefectures and communes
        "regency",
        "prefecture",
        "barangay",
        "commune",
        "subdistrict",
        # Congo's and Uganda's territories, Bangladesh's upazilas: "in Djugu territory"
        "territory",
        "upazila",
        "junction",  # "near the Polduwa junction"
    }
)
# words of a place below a country: its precision when the gazetteer does not know it
_ADMIN_WORDS = frozenset(
    {
        "province",
        "region",
        "county",
        "state",
        "governorate",
        "district",
        "oblast",
        "regency",
        "prefecture",
        "subdistrict",
        "territory",
        "upazila",
    }
)
_TOWN_WORDS = frozenset(
    {
        "city",
        "town",
        "village",
        "port",
        "suburb",
        "hometown",
        "township",
        "barangay",
        "commune",
    }
)
# "to" names where meetings, visits and deliveries happen ("sent aid to Gaza"), and
# where an intended meeting will, after a verb of going ("will travel to Addis Ababa")
_TO_ROOTS = ("04", "06", "07")
_GOING = frozenset({"travel", "go", "fly", "come", "return", "head", "visit", "arrive"})
# the object of a visit is where it happens ("visited Ankara", "will visit Washington")
_VISIT_CODES = ("042", "036")
# a verb whose object is the place it happens at, whatever the event coded
_VISIT_VERBS = frozenset({"visit", "tour"})
# "at Baghdad airport": a town that names a building or site the event is at
_FACILITIES = frozenset(
    "airport prison jail port harbour harbor base camp square stadium hospital hotel "
    "embassy consulate mosque church temple market bridge dam station palace hall "
    "university school refinery checkpoint crossing compound".split()
)
# statements, appeals, intents, consultations, demands, disapproval, rejection, threats
_VERBAL_ROOTS = frozenset(
    {"01", "02", "03", "04", "05", "10", "11", "12", "13", "16"}
)  # (and decisions to cut ties, aid or talks: a ministry's, wherever the cause was)
# the prepositions that give what a statement or a decision answers
_ANSWERED_PREPS = frozenset({"following", "after"})
_TALKS = frozenset(
    "talk meeting negotiation summit consultation session conference round "
    "visit dialogue".split()
)
# the most specific place the clause names is where it happened ("recaptured the town
# of X in the Y region"; "in the town of X in northern Syria")
_SPECIFIC = {"city": 0, "admin1": 1, "country": 2}
# what a bare "the capital" is owned by when it is the story's own country's
_HOME_OWNERS = frozenset({"country", "nation", "its"})
# a place acted on is where a physical act happens ("blocked the bridge", "shelled Homs")
_ON_PLACE_ROOTS = ("14", "17", "18", "19", "20")
_FORCE_CODES = ("18", "19", "20")
_FROM_CODES = ("087", "0874", "0873", "192")  # withdraw from, retreat from ...
# a verb by which a relative clause puts its noun at a place ("who was visiting X")
_PRESENCE_VERBS = frozenset({"visit", "attend", "tour", "stay"})
# ... and where one lives, said in the present: "Diallo, who lives in Dakar, called"
# ("who has lived in exile in Paris since 2019"; not "who lived in London")
_DWELLING_VERBS = frozenset({"live", "reside"})
# a participle that says where a statement was made: "speaking to reporters in Ankara"
_SPEAKING = frozenset({"speak", "talk", "address", "brief", "tell", "write"})
PlaceLookup = Callable[[str], "Place | None"]


@dataclass(frozen=True)
class PlaceHints:
    """What the caller knows beyond a name's lookup: geocoding that prefers a country,
    the capital of a country, the country a word names, and the story's countries."""

    geocode: Callable[[str, Sequence[str]], Place | None]  # name, preferred countries
    capital: Callable[[str], Place | None]  # ISO3 -> its capital
    nation: Callable[[str], Place | None]  # ISO3 -> the country as a place
    country: Callable[[str], str | None]  # "Kenya", "Kenyan" -> "KEN"
    home: str | None = None  # the country of a bare "the capital": the dateline's
    fallback: str | None = None  # the country of a place the gazetteer lacks
    # the fallback is the dateline's country, not one the event's actors share: it
    # names a town the gazetteer lacks, never a known town abroad
    filed_fallback: bool = False
    # the place the story last put an event in, of a precision ("city", "admin1"):
    # what a bare "in the city", "in the state" means
    recent: Callable[[str], Place | None] | None = None


_CALENDAR = frozenset(
    "january february march april may june july august september october november "
    "december monday tuesday wednesday thursday friday saturday sunday".split()
)


# parts of the land a town or region has: "the creeks of Degema", "the hills of X"
_FEATURES = frozenset(
    "creek forest hill swamp bush jungle street coast shore bank waters mountain "
    "heart centre center edge fringe interior".split()
)


def _place_word(tok: Token) -> bool:
    return tok.lemma_.lower() in PLACE_WORDS


# "took to the streets of X", "poured onto the streets of X": going to a part of the
# land puts what one does there in the place it is part of
_ONTO = frozenset({"to", "onto"})


def _in_feature(feature: Token) -> bool:
    """Does the text put the event in a part of the land ("in the streets of X",
    "took to the streets of X"; not "the return of violence to the streets of X",
    whose "to" a noun has)?"""
    prep = _preposition_of(feature)
    if prep in _PLACE_PREPS:
        return True
    return prep in _ONTO and feature.head.head.pos_ in ("VERB", "AUX")


def _introduces(tok: Token) -> bool:
    """Is a place word a place of its own, not a modifier of another noun ("Hirshabelle
    State troops") or a word of a name ("the Sovereign State of Biafra")?"""
    return (
        _place_word(tok)
        and tok.dep_ not in ("compound", "amod", "nmod")
        and not tok.text[:1].isupper()
    )


def _how_placed(ent: Span, code: str | None) -> int | None:
    """How directly the text places the event at ``ent``: 0 best, None not at all."""
    root = ent.root
    doc = ent.doc
    if (
        ent.end + 1 < len(doc)
        and doc[ent.end].lower_ in ("and", "&")
        and root.dep_ in ("nmod", "compound")
        and root.head.i > ent.end
        and root.head.pos_ == "PROPN"
    ):
        # "through Dajabón and Elías Piña", which the parser made one name: the
        # first is placed as the last is
        root = root.head
    # "the capital Kabul", "the city Aleppo": a place word in apposition or compound
    # ("the central Sagaing region", whose name the parser may take for a modifier)
    if (
        root.dep_ in ("appos", "compound")
        or (
            root.dep_ == "amod"
            and root.pos_ != "ADJ"
            and root.ent_type_ in ("GPE", "LOC")
        )
    ) and _place_word(root.head):
        if _preposition_of(root.head) in _PLACE_PREPS:
            return 1
        if _across_border(root.head):
            return None  # "closed its border with Sudan's Darfur region"
        return 2 if root.head.dep_ not in ("compound", "amod", "nmod") else None
    if root.dep_ == "dobj" and code and code.startswith(_ON_PLACE_ROOTS + _VISIT_CODES):
        return 2
    if root.dep_ == "dobj" and root.head.lemma_.lower() in _VISIT_VERBS:
        return 2  # "had visited Budapest on Friday and agreed a deal"
    if (
        root.dep_ == "compound"
        and root.head.lemma_.lower() in _FACILITIES
        and _preposition_of(root.head) in _PLACE_PREPS
    ):
        return 1  # "at Baghdad airport", "outside Tripoli prison"
    if root.dep_ != "pobj":
        return None
    prep = root.head.lower_
    on = root.head.head  # what "on" hangs on: the verb or its object
    if (
        prep == "on"
        and ent.label_ == "GPE"
        and (on.pos_ in ("VERB", "AUX") or on.dep_ == "dobj")
        and not (code and code.startswith(_ON_PLACE_ROOTS))
    ):
        # "calls on Venezuela to respect", "imposed sanctions on Belarus", "blamed
        # the attack on Tehran": whom a word or a sanction is on, not where
        return None
    if prep in _PLACE_PREPS:
        return None if _aside(root.head.head, code) else 0
    if prep == "of" and _place_word(root.head.head):
        # "(in) the besieged town of Gorazde"
        word = root.head.head
        if _preposition_of(word) in _PLACE_PREPS:
            return 1
        if _preposition_of(word) == "from" and _in_apposition(word.head):
            return None  # "Pontes, a cattle rancher from the town of X": his home
        if _across_border(word):
            return None  # "the frontier with the Kurdish region of Iraq"
        return 2 if word.dep_ not in ("compound", "amod", "nmod") else None
    if (
        prep == "of"
        and root.head.head.lemma_.lower() in _FEATURES
        and _preposition_of(root.head.head) in _ONTO
        and _in_feature(root.head.head)
    ):
        return 1  # "took to the streets of Santiago de Cuba"
    if prep == "of" and _preposition_of(root.head.head) in _PLACE_PREPS:
        # "in a residential sector of eastern Beirut" (not "because of its
        # involvement in the invasion of Ukraine")
        return None if _cause(root.head.head.head.head) else 1
    if prep == "to" and code and code.startswith(_TO_ROOTS):
        return 1
    if prep == "to" and code and code.startswith("036"):
        verb = root.head.head
        return 1 if verb.lemma_.lower() in _GOING else None
    if (
        code
        and code.startswith(_FROM_CODES)
        and (prep == "from" or (prep == "of" and root.head.head.lower_ == "out"))
    ):
        return 1  # "withdrew from Gorazde", "pulled out of Jenin"
    if prep == "from" and root.head.head.lemma_.lower() in MEDIA:
        return 1  # "thanked the council in a televised address from Port-au-Prince"
    return None


def _in_apposition(tok: Token) -> bool:
    """Does a word lie in an appositive that describes someone ("Pontes, a cattle
    rancher from ...": the parser may make "cattle" the appositive), below any verb?"""
    cur = tok
    while cur.head.i != cur.i and cur.pos_ not in ("VERB", "AUX"):
        if cur.dep_ == "appos":
            return True
        cur = cur.head
    return False


# "remarks by officials in Budapest", "protests against rulings in Cairo": a place of
# the people or things these introduce is theirs, not the event's; so is that of an
# earlier happening an event is dated from ("the largest protest since a roof
# collapse in Novi Sad")
_ASIDE_PREPS = frozenset({"by", "against", "about", "over", "for", "since"})
# what one discusses is the topic: "met Abiy to discuss the war in Sudan" is not in
# Sudan
_TOPIC_VERBS = frozenset({"discuss", "debate"})


# "firms based in Dubai", "a tanker registered in Panama": a participle on a noun
# that says where the thing named lives or belongs, not where the event is
_HOME_PARTICIPLES = frozenset(
    {
        "based",
        "headquartered",
        "registered",
        "incorporated",
        "domiciled",
        "flagged",
        "listed",
    }
)

# ... for acts done from afar: words, demands, threats and sanctions (where a firm or
# a group is based is where an expulsion, a raid or a meeting happens to it)
_FROM_AFAR = ("01", "02", "03", "10", "11", "12", "13", "162", "163", "164", "165")

_BORDERS = frozenset({"border", "frontier", "boundary"})


def _across_border(noun: Token) -> bool:
    """Is ``noun`` the land across a border ("its border with Sudan's Darfur
    region", "the frontier with the Kurdish region")?"""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("with", "between"):
        return False
    on = noun.head.head  # the border, or the verb that has it as its object
    return on.lemma_.lower() in _BORDERS or any(
        c.dep_ == "dobj" and c.lemma_.lower() in _BORDERS for c in on.children
    )


# those who speak for a body: "a spokesperson for the Foreign Office in Berlin"
_SPEAKING_FOR = frozenset(
    "spokesman spokeswoman spokesperson representative official".split()
)


def _aside(noun: Token, code: str | None = None) -> bool:
    """Is ``noun`` (what a place preposition hangs on) the object of a preposition
    that puts it beside the event ("remarks by officials in Budapest"), or the topic
    a verb of discussing has ("to discuss the war in Sudan")?"""
    if (
        noun.dep_ == "acl"
        and noun.lower_ in _HOME_PARTICIPLES
        and noun.head.dep_ not in ("nsubj", "nsubjpass")
        and code is not None
        and code.startswith(_FROM_AFAR)
    ):
        # "sanctions on companies based in Cyprus": their home (a doer's home, "a
        # newspaper based in Beirut defied the ban", is where it acts)
        return True
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _TOPIC_VERBS:
        return True
    if _cause(noun):
        return True  # "because of its involvement in the invasion of Ukraine"
    if noun.dep_ != "pobj" or noun.head.lower_ not in _ASIDE_PREPS:
        return False
    speaker = noun.head.head
    if (
        noun.head.lower_ == "for"
        and speaker.dep_ in ("nsubj", "nsubjpass")
        and speaker.lemma_.lower() in _SPEAKING_FOR
    ):
        # "a spokesman for the Chinese Embassy in Nuku'alofa said ...": one speaks
        # where the body one speaks for is
        return False
    # a passive's doer is no aside: "were sentenced by the court in Bishkek" is done
    # where the court is; not in a participle on the subject ("rockets fired by
    # rebels in Syria hit border towns" hit the towns)
    passive = noun.head.head
    return noun.head.dep_ != "agent" or (
        passive.dep_ == "acl" and passive.head.dep_ in ("nsubj", "nsubjpass")
    )


def _cause(noun: Token) -> bool:
    """Is ``noun`` what an event is done because of?"""
    return noun.dep_ == "pobj" and "because" in (
        noun.head.lower_,
        noun.head.head.lower_,
    )


def _own_clause(tok: Token, verbal: bool = False) -> bool:
    if tok.dep_ in ("ccomp", "parataxis", "relcl"):
        return True
    if (
        tok.dep_ == "conj"
        and tok.pos_ in ("VERB", "AUX")
        and tok.head.pos_ in ("VERB", "AUX")
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    ):
        # "The US brokered a deal in June, and Qatar hosted talks in Doha": a
        # conjunct with a doer of its own is another event, with its own place
        return True
    if (
        tok.dep_ == "conj"
        and tok.pos_ in ("VERB", "AUX")
        and tok.head.pos_ in ("VERB", "AUX")
        and _told_later(tok)
    ):
        # "seized Bukavu in February 2025 but later withdrew under a ceasefire agreed
        # in Doha": a conjunct told as happening later is another occasion, with its
        # own place
        return True
    if verbal and tok.dep_ == "pcomp" and tok.pos_ in ("VERB", "AUX"):
        return True  # "accused them of killing civilians in X": the killing's place
    if (
        tok.dep_ == "acl"
        and any(c.dep_ == "mark" for c in tok.children)
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    ):
        # "despite warnings from the UN that conditions in Rakhine State are not
        # safe": what a noun's "that" clause says, with its own subject, has its own
        # places
        return True
    if (
        tok.dep_ == "acl"
        and tok.tag_ in ("VBN", "VBD")  # (the tagger may take "agreed" for a past)
        and tok.head.lemma_.lower() in _ACCORDS
        and tok.head.i < tok.i
    ):
        # "withdrew under a ceasefire agreed in Doha", "under the peace deal signed in
        # Algiers": where an accord was made is its own place, not that of what is
        # done under it
        return True
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and _told_when(tok):
        # "freed 28 soldiers CAPTURED during clashes near Badme in 2025": a
        # participle that says during what tells an earlier event, with its place
        return True
    return tok.dep_ == "advcl" and any(
        c.dep_ in ("mark", "nsubj", "nsubjpass") for c in tok.children
    )


# the accords whose participle says where they were made ("a truce brokered in Doha")
_ACCORDS = frozenset(
    "ceasefire cease-fire truce deal agreement accord pact treaty armistice "
    "memorandum".split()
)
# "later withdrew", "subsequently released them": a conjunct of another, later time
_LATER = frozenset({"later", "subsequently", "afterwards", "afterward", "eventually"})


def _told_later(verb: Token) -> bool:
    """Is a conjoined verb said to happen after the one it is joined to ("seized the
    town but later withdrew", "detained him and a month later released him")?"""
    for c in verb.children:
        if c.i > verb.i:
            continue
        if c.dep_ in ("advmod", "npadvmod") and c.lower_ in _LATER:
            return True
        if c.dep_ == "npadvmod" and any(w.lower_ in _LATER for w in c.children):
            return True
    return False


def _told_when(verb: Token) -> bool:
    """Does a participle say during what it happened ("soldiers captured during
    clashes near Badme")? (Not a date alone: "the demonstration staged by students
    in Sivas on 15 October" is the event, "the base known as AMISOM in Mogadishu on
    Thursday" a name.)"""
    return any(c.dep_ == "prep" and c.lower_ == "during" for c in verb.children)


def _preposition_of(noun: Token) -> str | None:
    return noun.head.lower_ if noun.dep_ == "pobj" else None


def _candidates(
    scope: frozenset[int], sent: Span, words: list[Token], code: str | None = None
) -> Iterable[tuple[Span, bool]]:
    """(span, tagged): entities the tagger called places, then proper nouns that a
    place word or preposition introduces or a visit has as its object ("visited
    Kinshasa", whatever the tagger called it); these count only when geocoded or
    introduced by a place word."""
    seen: set[int] = set()
    ents = cached_entities(sent)
    for k, ent in enumerate(ents):
        if ent.start in seen:
            continue
        if ent.label_ in ("GPE", "LOC", "FAC") and ent.root.i in scope:
            # "in Sultan Kudarat": the tagger may cut one name into two places side by
            # side; they are one name
            end = ent.end
            for nxt in ents[k + 1 :]:
                if (
                    nxt.start != end
                    or nxt.label_ != ent.label_
                    or nxt.root.i not in scope
                    or sent.doc[end - 1].pos_ != "PROPN"  # "Nigeria's Borno State"
                    or sent.doc[end].pos_ != "PROPN"
                ):
                    break
                end = nxt.end
            if end > ent.end:
                ent = Span(sent.doc, ent.start, end, label=ent.label)
            seen.update(range(ent.start, ent.end))
            yield ent, True
    # a proper noun a place word introduces, whatever the entity tagger made of it
    for tok in words:
        if tok.i in seen or tok.i not in scope or tok.pos_ != "PROPN":
            continue
        if tok.ent_type_ in ("DATE", "TIME") or tok.lower_ in _CALENDAR:
            continue  # "in March", "on Monday": a time, not a town
        head = tok.head
        introduced = (
            (tok.dep_ in ("appos", "compound") and _place_word(head))
            # "Mandava, a township on the edge of the town"
            or _described_place(tok) is not None
            or (
                tok.dep_ == "dobj"
                and code is not None
                and code.startswith(_VISIT_CODES)
            )
            # "Tinubu, who was visiting Accra, met ...", whatever the event
            or (tok.dep_ == "dobj" and head.lemma_.lower() in _VISIT_VERBS)
            # "Russian drones struck Kharkiv overnight": a town an attack hits, which
            # the tagger may call a person (it counts only where geocoded)
            or (
                tok.dep_ == "dobj"
                and code is not None
                and code.startswith(_FORCE_CODES)
                and tok.ent_type_ in ("PERSON", "")
                and not any(c.dep_ == "compound" for c in tok.children)
            )
            or (tok.dep_ == "pobj" and head.lower_ == "of" and _place_word(head.head))
            # "in the creeks of Degema", "in the streets of Kankan", "took to the
            # streets of Santiago de Cuba": a part of the land a place preposition,
            # or a verb's "to", puts the event in (it counts only where geocoded)
            or (
                tok.dep_ == "pobj"
                and head.lower_ == "of"
                and head.head.lemma_.lower() in _FEATURES
                and _in_feature(head.head)
            )
            or (tok.dep_ == "pobj" and head.lower_ in _PLACE_PREPS)
            # "in a statement from Abuja", whatever the tagger called it
            or (
                tok.dep_ == "pobj"
                and head.lower_ == "from"
                and head.head.lemma_.lower() in MEDIA
            )
        )
        if introduced:
            # "Idlib province's Maarat al-Numan": the owner is a place of its own
            owned = {t.i for k in tok.children if k.dep_ == "poss" for t in k.subtree}
            start = min(
                t.i for t in tok.subtree if t.pos_ == "PROPN" and t.i not in owned
            )
            end = tok.i + 1
            doc = sent.doc
            # "Ras al-Ain": the parser may cut a hyphened name in pieces
            while (
                end < sent.end
                and not doc[end - 1].whitespace_
                and (doc[end].text == "-" or doc[end].pos_ == "PROPN")
            ):
                end += 1
            # "Dera Ismail Khan district": a name the parser gave the place word as
            # a row of compounds
            while (
                end < sent.end
                and doc[end].pos_ == "PROPN"
                and doc[end].dep_ == "compound"
                and end < doc[end].head.i <= head.i
            ):
                end += 1
            seen.update(range(start, end))
            # "through Dajabón and Elías Piña": two names the parser made one; each
            # is a place of its own
            cut = [t.i for t in doc[start:end] if t.lower_ in ("and", "&")]
            if cut and all(
                doc[k - 1].pos_ == "PROPN" and doc[k + 1].pos_ == "PROPN" for k in cut
            ):
                for a, b in pairwise([start - 1, *cut, end]):
                    yield doc[a + 1 : b], False
                continue
            yield doc[start:end], False


def find_place(
    clause: Token | None,
    sent: Span,
    lookup: PlaceLookup,
    code: str | None = None,
    actors: Iterable[str] = (),
    trigger: Token | None = None,
    hints: PlaceHints | None = None,
) -> Place | None:
    """The place where the event of ``clause`` happened, geocoded when ``lookup`` knows it.

    ``actors`` are the texts of the event's doers: a place that names one of them
    ("Moscow" that said) is not where it happened. (A recipient may be a place: "sought
    refuge in Germany".) An event named by a noun (``trigger``) is placed by the noun's
    own words first. ``hints`` add capitals, the countries the text gives places, and
    the story's countries.
    """
    if clause is None:
        return None
    actor_texts = {a.lower() for a in actors if a}
    # what is said, asked or alleged is placed where it is said, not where the deed it
    # is about was done ("accused them of killing civilians in X")
    verbal = bool(code) and code[:2] in _VERBAL_ROOTS
    scopes = []
    if (
        trigger is not None
        and trigger.i != clause.i
        and trigger.pos_ in ("NOUN", "PROPN")
    ):
        scopes.append(_scope(trigger, verbal))
    # nothing in its own clause means no location: a place another clause of the
    # sentence names ("talks that collapsed in Geneva") is often not this event's
    # "met Abiy to discuss the war in Sudan": what a meeting is to discuss is its
    # topic, not its place
    topics = {
        t.i
        for c in clause.children
        if c.dep_ in ("advcl", "xcomp")
        and (
            c.lemma_.lower() in _TOPIC_VERBS
            # "urged both sides to return to talks in Jeddah": what an appeal or a
            # demand asks for is not where it was made
            or (bool(code) and code[:2] in ("02", "10") and c.dep_ == "xcomp")
        )
        for t in c.subtree
    }
    # "rejected a request by Fretilin to annul the results of the elections in
    # Baucau": what a plan, a request or a proposal is to do is its own, not where it
    # was said or rejected (a physical act's object stays: "repelled attempts by troops
    # to advance into the Kursk region" was in Kursk; and so does the place of what an
    # appeal itself proposes: "proposed an action plan to implement local cease-fires,
    # with Aleppo as a starting point" is placed in Aleppo)
    proposing = bool(code) and code[:2] == "02"
    topics |= {
        t.i
        for obj in (clause.children if verbal and not proposing else ())
        if obj.dep_ in ("dobj", "nsubjpass")
        for c in obj.children
        if c.dep_ == "acl"
        and any(k.dep_ == "aux" and k.lower_ == "to" for k in c.children)
        for t in c.subtree
    }
    scopes.append(_scope(clause, verbal) - topics)
    # "In Odesa, a missile hit port infrastructure, the administration said": the
    # parser may hang a place that opens a reported clause on the saying after it
    scopes.extend(_scope(p) for p in _fronted_places(clause))
    # a clause that happens where the verb it hangs on does: "crossed into Syria,
    # pressing an offensive"; "will meet in Brussels to discuss aid"
    cur = clause
    verb_event = trigger is None or trigger.i == clause.i
    while verb_event and _shares_place(cur) and len(scopes) < 4:
        inner = {t.i for t in cur.subtree}
        # a conjunct shares its head's subject, and the place the subject's words
        # give ("the embassy in London rejected ... and accused Britain")
        shared = cur.dep_ == "conj" and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in cur.children
        )
        cur = cur.head
        subject = {
            t.i
            for c in cur.children
            if c.dep_ in ("nsubj", "nsubjpass") and not shared
            for t in c.subtree
        }
        scopes.append(_scope(cur, verbal) - inner - subject)
    host = (
        finite_host(clause) if verb_event and finite_beside_infinitive(clause) else None
    )
    if host is not None:
        # "the embassy in Yaounde urged all sides to respect ... and CALLED ON the
        # authorities": the higher verb's second act, which the parser joined to the
        # infinitive, happens where that verb does (its subject's place too), not
        # where what the infinitive asks is
        # (a word or an appeal first: "... and ASKED Chinese companies in the
        # North-West to suspend work" was asked where the embassy is)
        top = next(a for a in [clause, *clause.ancestors] if a.head.i == host.i)
        scopes.insert(
            0 if verbal else len(scopes),
            _scope(host, verbal) - {t.i for t in top.subtree},
        )
    # "a trip to Ouagadougou on 8 March, where he met ...": a "where" clause happens
    # at the place of the phrase it hangs on (past the time it may hang on)
    if (
        verb_event
        and clause.dep_ == "relcl"
        and any(c.dep_ == "advmod" and c.lower_ == "where" for c in clause.children)
    ):
        anchor = clause.head
        while anchor.ent_type_ in ("DATE", "TIME") and anchor.dep_ == "pobj":
            anchor = anchor.head.head
        inner = {t.i for t in clause.subtree}
        scopes.append(_scope(anchor) - inner)
    if verbal and verb_event:
        # "warned ... that Ankara would retaliate, speaking to reporters in Ankara":
        # the speaker's own participle says where it was said, wherever the parser
        # hung it
        scopes.extend(
            _scope(t)
            for t in clause.subtree
            if t.dep_ == "advcl"
            and t.tag_ == "VBG"
            and t.lemma_.lower() in _SPEAKING
            and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in t.children)
        )
    if verb_event and code and code.startswith(_ON_PLACE_ROOTS):
        # "dispersed protesters who tried to break through a cordon in Yerevan": those
        # acted on were where they were acted on
        scopes.extend(_scope(t) for t in _doings(clause))
    # "Ruto, who was visiting Addis Ababa, met Abiy": where the doer's own relative
    # clause says he is, he acts
    presence = len(scopes)
    if verb_event:
        scopes.extend(_scope(t) for t in _presence(clause))
    # "police in Birgunj fired tear gas at crowds who set fire to the party's office":
    # what those a deed was done to had just done, they did where it was done to them
    acted = _acted_on(clause) if verb_event else None
    if acted is not None:
        scopes.append(_scope(acted) - {t.i for t in clause.subtree})
    # "... and freed hundreds of inmates, the governor of Haut-Katanga province said":
    # the speaker that the parser hung on the object as an appositive is who says
    # it, not where it happened
    speaker = _misread_speaker(sent)
    if speaker:
        scopes = [scope - speaker for scope in scopes]
    words = nominals(sent)
    for n, scope in enumerate(scopes):
        # one is often where one is said to be because it is abroad: a town the
        # gazetteer lacks there takes no country of the story's
        given = hints
        if hints is not None and n >= presence:
            given = replace(hints, fallback=None)
        found = _best(scope, sent, words, lookup, code, actor_texts, given)
        if found is not None:
            return found
    spoke = _speaker_before(clause, sent) if verb_event and verbal else None
    if spoke is not None:
        # "..., Tusk said in Warsaw. He threatened to close the border": he goes on
        # speaking where he said it
        before, prep = spoke
        found = _best(
            frozenset(t.i for t in prep.subtree),
            before,
            nominals(before),
            lookup,
            code,
            actor_texts,
            hints,
        )
        if found is not None:
            return found
    quoted = _speaker_after(clause, sent) if verb_event and verbal else None
    if quoted is not None:
        # "Hichilema urged his supporters to refrain ... 'Victory is not a licence
        # ...,' he told a rally in Lusaka": the quote after it is of the same speech
        after, scope = quoted
        found = _best(scope, after, nominals(after), lookup, code, actor_texts, hints)
        if found is not None:
            return found
    scene = None
    if verb_event and code and code.startswith(_ON_PLACE_ROOTS):
        scene = _scene_before(clause, sent)
    elif verb_event and verbal and _carried_on(clause, sent):
        # "In Baghdad, the foreign ministry summoned the Turkish envoy ... It
        # demanded that Ankara withdraw": the doer of a sentence that opened with
        # its town speaks on there, carried on by a pronoun (not where the sentence
        # before says a deed was done or planned)
        scene = _scene_before(clause, sent, deeds=False)
    if scene is not None:
        # "In Jayapura, several hundred students rallied outside the legislature.
        # Police dispersed the rally ...": a deed the paragraph goes on with is in
        # the town its sentence before opened with
        before, head = scene
        return _best(
            frozenset(t.i for t in head.subtree),
            before,
            nominals(before),
            lookup,
            code,
            actor_texts,
            hints,
        )
    witnesses = (
        _local_witnesses(clause) if code and code.startswith(_ON_PLACE_ROOTS) else None
    )
    if witnesses is not None:
        # "Doctors at the main hospital in Toamasina say two young men were shot
        # dead": what those on the spot report happened where they are
        return _best(witnesses, sent, words, lookup, code, actor_texts, hints)
    return None


# those who report a deed from where it was done: not officials, who may speak
# from a capital ("officials in Kabul said militants killed ten soldiers")
_ON_THE_SPOT = frozenset(
    "doctor medic nurse witness resident villager eyewitness hospital survivor".split()
)


def _local_witnesses(clause: Token) -> frozenset[int] | None:
    """The place phrases of the subject of the saying that reports the clause,
    where that subject is of those on the spot ("Doctors at the main hospital in
    Toamasina say ...", "residents of Kaga Bandoro said ...")."""
    while clause.dep_ == "conj" and clause.head.i < clause.i:
        clause = clause.head
    verb = clause.head
    if (
        clause.dep_ != "ccomp"
        or verb.pos_ not in ("VERB", "AUX")
        or verb.lemma_.lower() not in _SAYING_AFTER
    ):
        return None
    for subject in verb.children:
        if subject.dep_ != "nsubj" or subject.lemma_.lower() not in _ON_THE_SPOT:
            continue
        inside = {
            t.i
            for prep in subject.children
            if prep.dep_ == "prep" and prep.lower_ in ("in", "at", "of", "near")
            for t in prep.subtree
        }
        return frozenset(inside) if inside else None
    return None


# verbs of saying that may follow what they report ("..., the ministry said")
_SAYING_AFTER = frozenset(
    "say tell announce state add report claim confirm write".split()
)


def _misread_speaker(sent: Span) -> frozenset[int]:
    """The words of a speaker that the parser took for an appositive of a noun
    before it: "freed hundreds of inmates, the governor of Haut-Katanga province
    said" (the saying verb right after the appositive, with no subject of its own)."""
    doc = sent.doc
    out: set[int] = set()
    for tok in sent:
        if tok.dep_ != "appos" or tok.head.pos_ not in ("NOUN", "PROPN", "NUM"):
            continue
        end = max(t.i for t in tok.subtree) + 1
        if end >= sent.end:
            continue
        verb = doc[end]
        if verb.lemma_.lower() in _SAYING_AFTER and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children
        ):
            out.update(t.i for t in tok.subtree)
    return frozenset(out)


def _fronted_places(clause: Token) -> list[Token]:
    """The place phrases that open a reported clause put before its saying, hung by
    the parser on the saying: "In Odesa, a missile hit ..., the administration said"."""
    while clause.dep_ == "conj" and clause.head.i < clause.i:
        clause = clause.head  # "... said gendarmes seized leaflets and detained two"
    verb = clause.head
    if (
        clause.dep_ != "ccomp"
        or verb.pos_ not in ("VERB", "AUX")
        or verb.lemma_.lower() not in _SAYING_AFTER
    ):
        return []
    first = min(t.i for t in clause.subtree)
    return [
        c
        for c in verb.children
        if c.dep_ == "prep"
        and c.lower_ in _PLACE_PREPS
        and c.i < first
        and c.i == clause.sent.start
        # said before the clause, the place may be only where it was said ("In
        # Washington, officials said ..."); a town set as the scene is the clause's
        # too ("In the southern town of Kaedi, activists said gendarmes detained ...")
        and (verb.i > clause.i or _sets_scene(c))
    ]


def _sets_scene(prep: Token) -> bool:
    """Does the place phrase name a town by its place word ("in the southern town
    of Kaedi", "in the village of Ngolo")?"""
    return any(
        obj.dep_ == "pobj"
        and obj.lemma_.lower() in _TOWN_WORDS
        and any(
            of.lower_ == "of"
            and any(t.dep_ == "pobj" and t.pos_ == "PROPN" for t in of.children)
            for of in obj.children
        )
        for obj in prep.children
    )


# the pronouns that carry the speaker of the sentence before on as a subject
_SPEAKER_PRONOUNS = frozenset({"he", "she", "they"})


def _speaker_before(clause: Token, sent: Span) -> tuple[Span, Token] | None:
    """The sentence before, in the same paragraph, and its saying's place phrase
    ("Tusk said in Warsaw"), for a main clause whose subject is a pronoun that opens
    its sentence and carries that speaker on ("He threatened ...")."""
    first = sent[0]
    if (
        sent.start == 0
        or clause.dep_ != "ROOT"
        or first.lower_ not in _SPEAKER_PRONOUNS
        or first.dep_ not in ("nsubj", "nsubjpass")
        or first.head.i != clause.i
    ):
        return None
    before = sentence_of(sent.doc[sent.start - 1])
    if paragraph_ends(before):
        return None  # a new paragraph
    said = [
        t
        for t in before
        if t.lemma_.lower() in _SAYING_AFTER
        and t.pos_ in ("VERB", "AUX")
        and t.dep_ in ("ROOT", "ccomp", "parataxis")
    ]
    for verb in said:
        for prep in verb.children:
            if (
                prep.dep_ == "prep"
                and prep.lower_ in ("in", "at")
                and any(t.ent_type_ == "GPE" for t in prep.subtree)
            ):
                return before, prep
    return None


def _speaker_after(clause: Token, sent: Span) -> tuple[Span, frozenset[int]] | None:
    """The sentence after, in the same paragraph, when it quotes the same speaker and
    says where ("'...,' he told a rally in Lusaka", "'...,' Mahaling told reporters
    in Bhubaneswar": by the name the subject gave), and the words of its saying past
    the quote, for a main clause with a subject that is no pronoun."""
    subject = next(
        (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None
    )
    doc = sent.doc
    if (
        clause.dep_ != "ROOT"
        or subject is None
        or subject.pos_ == "PRON"
        or sent.end >= len(doc)
        or paragraph_ends(sent)
    ):
        return None
    after = sentence_of(doc[sent.end])
    verb = after.root
    pronoun = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    quote = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    named = {t.text for t in subject.subtree if t.pos_ == "PROPN"}
    if (
        verb.lemma_.lower() not in _SAYING_AFTER
        or pronoun is None
        # "he", or the speaker named again ("'...,' Mahaling told reporters in ...")
        or not (
            pronoun.lower_ in _SPEAKER_PRONOUNS
            or (pronoun.pos_ == "PROPN" and pronoun.text in named)
        )
        or quote is None
        or quote.i > verb.i
        or not any(t.text in ('"', "\u201c", "\u201d", "''") for t in after[:3])
    ):
        return None
    said = frozenset(t.i for t in verb.subtree) - {t.i for t in quote.subtree}
    return after, said


# the pronouns that carry the doer of the sentence before on as a subject
_CARRYING_PRONOUNS = frozenset({"it", "he", "she", "they"})


def _carried_on(clause: Token, sent: Span) -> bool:
    """Does the main clause's subject open its sentence as a pronoun ("It demanded
    ...", "She said ..."), carrying on the doer of the sentence before?"""
    first = sent[0]
    return (
        clause.dep_ == "ROOT"
        and first.lower_ in _CARRYING_PRONOUNS
        and first.dep_ in ("nsubj", "nsubjpass")
        and first.head.i == clause.i
    )


def _scene_before(
    clause: Token, sent: Span, deeds: bool = True
) -> tuple[Span, Token] | None:
    """The sentence before, in the same paragraph, when it opens with a place ("In
    Jayapura, ..."), and that opening phrase; for a main clause of a sentence with
    no place of its own (or a conjunct that shares its subject: "dispersed the
    rally and detained 12 people")."""
    main = (
        clause.dep_ == "ROOT"
        or (
            clause.dep_ == "conj"
            and clause.head.dep_ == "ROOT"
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
        )
        # "At least 23 people were arrested, a party official said.": the news
        # first, whose saying comes after it; or after a saying ("Police said 45
        # people were detained.")
        or (
            clause.dep_ == "ccomp"
            and clause.head.dep_ == "ROOT"
            and (
                clause.i < clause.head.i or clause.head.lemma_.lower() in _SAYING_AFTER
            )
        )
    )
    if not main or sent.start == 0:
        return None
    before = sentence_of(sent.doc[sent.start - 1])
    if paragraph_ends(before):
        return None  # a new paragraph
    first = before[0]
    if (
        first.lower_ != "in"
        or first.dep_ != "prep"
        or first.head.dep_ != "ROOT"
        or not any(t.ent_type_ == "GPE" for t in first.subtree)
        or not any(t.text == "," for t in before[1 : len(list(first.subtree)) + 1])
    ):
        if not deeds or _names_place(sent):
            return None
        return _deed_place_before(before)
    return before, first


def _names_place(words: Span) -> bool:
    """Do the words name a place: a name the tagger calls one, or a name after a
    place preposition ("Villagers in Mandibisi")?"""
    return any(
        t.ent_type_ in ("GPE", "FAC", "LOC")
        or (t.pos_ == "PROPN" and t.dep_ == "pobj" and t.head.lower_ in _PLACE_PREPS)
        for t in words
    )


def _deed_place_before(before: Span) -> tuple[Span, Token] | None:
    """The deed of the sentence before, where its words name a place ("Police
    cleared a blockade on the highway at the Caracoto bridge, the ministry said.
    Officers used tear gas ..."): its root, or what a saying after it reports; not a
    saying. (Only for a sentence that names no place of its own.)"""
    root = before.root
    deed = root
    if root.lemma_.lower() in _SAYING_AFTER:
        deed = next(
            (c for c in root.children if c.dep_ == "ccomp" and c.i < root.i), root
        )
    if deed.lemma_.lower() in _SAYING_AFTER or deed.pos_ != "VERB":
        return None
    if _names_place(before.doc[deed.left_edge.i : deed.right_edge.i + 1]):
        return before, deed
    return None


def _acted_on(clause: Token) -> Token | None:
    """The verb whose object a relative clause in the simple past describes ("fired
    tear gas at crowds who set fire to ..."), for the clause's place."""
    if clause.dep_ != "relcl" or clause.tag_ != "VBD" or not describes(clause):
        return None
    noun = clause.head
    if noun.dep_ == "pobj" and noun.head.lower_ in _ATTACK_PREPS:
        noun = noun.head
    elif noun.dep_ != "dobj":
        return None
    verb = noun.head
    return verb if verb.pos_ == "VERB" else None


def _what_object(clause: Token) -> bool:
    """Is a reported clause a deed's object, hedged: "Iran hit what it said were
    bases", "struck what it called militant hideouts"?"""
    return (
        clause.dep_ == "ccomp"
        and clause.left_edge.lower_ == "what"
        and clause.head.pos_ == "VERB"
        and not any(c.dep_ == "dobj" for c in clause.head.children)
    )


def _doings(clause: Token) -> Iterable[Token]:
    """The relative clauses, in the simple past, that say what the object of a
    physical act (or the subject of one in the passive) was doing: "dispersed
    thousands of protesters who tried to break through a cordon outside parliament in
    Yerevan" (not "a man who had lived in London")."""
    verbs = [clause]
    # (a conjunct with no subject of its own is the same act: "fired tear gas and
    # live ammunition at supporters who ...", where the parser may take "live" for a
    # second verb)
    verbs += [
        c
        for c in clause.children
        if c.dep_ in ("xcomp", "advcl", "conj")
        and (c.dep_ != "conj" or c.pos_ in ("VERB", "AUX"))
        and not any(k.dep_ in ("nsubj", "nsubjpass", "mark") for k in c.children)
    ]
    for verb in verbs:
        # "dispersed protesters who ...", "fired tear gas at students who ..."; in
        # the passive, its subject ("the six, who arrived in Dar es Salaam on
        # Monday, were detained at their hotel")
        objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        objects += [
            g
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ in _ATTACK_PREPS
            for g in c.children
            if g.dep_ == "pobj"
        ]
        for obj in objects:
            nouns = [obj]
            nouns += [g for k in obj.children if k.lower_ == "of" for g in k.children]
            for noun in nouns:
                for kid in noun.children:
                    if (
                        kid.dep_ == "relcl"
                        and kid.tag_ == "VBD"
                        and any(
                            k.dep_ == "nsubj" and k.lower_ in ("who", "that")
                            for k in kid.children
                        )
                    ):
                        yield kid


def _presence(clause: Token) -> Iterable[Token]:
    """The relative clauses of the clause's subject that put it at a place: "Ruto,
    who was visiting Addis Ababa, met ...", "the minister, who was attending a forum
    in Davos, said ..."."""
    # a conjunct with no subject of its own shares its head's ("Diallo, who lives in
    # Dakar, called for ... and urged ECOWAS to act")
    while clause.dep_ == "conj" and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in clause.children
    ):
        clause = clause.head
    for subject in clause.children:
        if subject.dep_ not in ("nsubj", "nsubjpass"):
            continue
        for noun in (subject, *(c for c in subject.children if c.dep_ == "appos")):
            for kid in noun.children:
                if kid.dep_ != "relcl":
                    continue
                lemma = kid.lemma_.lower()
                if lemma in _PRESENCE_VERBS or (
                    lemma in _DWELLING_VERBS and _present(kid)
                ):
                    yield kid


def _present(verb: Token) -> bool:
    """Is the verb said in the present ("lives", "has lived"), not the past ("lived",
    "had lived")?"""
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return (verb.tag_ == "VBN" and bool(auxes & {"has", "have"})) or bool(
        auxes & {"is", "are"}
    )


def _shares_place(clause: Token) -> bool:
    if clause.dep_ in ("xcomp", "conj"):
        return clause.head.pos_ in ("VERB", "AUX")
    return (
        clause.dep_ == "advcl"
        and clause.head.pos_ in ("VERB", "AUX")
        and not any(
            c.dep_ in ("mark", "nsubj", "nsubjpass", "csubj") for c in clause.children
        )
    )


def _scope(head: Token, verbal: bool = False) -> frozenset[int]:
    """The tokens whose places are this head's: its subtree less the clauses with
    places of their own; found once per head and kept with the doc (the events of a
    sentence ask for the same heads again and again)."""
    return kept(
        head.doc[head.i : head.i + 1],
        "scope.verbal" if verbal else "scope",
        lambda _: frozenset(_scope_of(head, verbal)),
    )


def _scope_of(head: Token, verbal: bool) -> set[int]:
    scope = {t.i for t in head.subtree}
    # another event's clause inside this one has its own place: a reported clause
    # ("said in Moscow that ... in Aleppo"), a relative clause, a subordinate clause
    # with its own subject or conjunction ("since protests toppled autocrats in ...");
    # an event noun's own relative clause describes it ("strikes that killed ... in")
    for t in head.subtree:
        if t.i == head.i or t.i not in scope or not _own_clause(t, verbal):
            continue  # (inside a clause already taken out: nothing more to take)
        if head.pos_ in ("NOUN", "PROPN") and t.head.i == head.i and describes(t):
            continue
        if not verbal and _what_object(t):
            continue  # "hit what it said were bases ... in Balochistan": the object
        scope -= {x.i for x in t.subtree}
    if verbal:
        # "recalled its ambassador following the detention of four citizens in the
        # border town of San Carlos": what a statement or a decision answers happened
        # where it happened, not where it was answered
        for t in head.subtree:
            if (
                t.i != head.i
                and t.dep_ == "prep"
                and t.lower_ in _ANSWERED_PREPS
                and any(
                    c.dep_ == "pobj"
                    and c.pos_ == "NOUN"
                    and not any(w.lemma_.lower() in _TALKS for w in c.subtree)
                    for c in t.children
                )
            ):
                # (not talks: "agreed after two days of talks in Kep" was agreed
                # there)
                scope -= {x.i for x in t.subtree}
    # what one is accused or charged of is the charge, not where the event is
    # ("expelled a diplomat, accusing him of stirring unrest in Transnistria";
    # "arrested two men, accusing them of planning attacks in Nairobi")
    for t in head.subtree:
        if (
            t.i != head.i
            and t.dep_ == "prep"
            and t.lower_ in ("of", "with")
            and t.head.lemma_.lower() in _CHARGING
            and t.head.pos_ in ("VERB", "AUX")
            # (not a noun's: "the residence of a man accused of collecting money
            # in the name of the UNLF in Imphal", where the parser may hang the
            # residence's place)
            and t.head.dep_ != "acl"
        ):
            scope -= {x.i for x in t.subtree}
    return scope


# verbs whose "of" or "with" says what one is accused of
_CHARGING = frozenset({"accuse", "charge", "suspect", "convict", "indict", "blame"})


def _capitals(words: list[Token]) -> Iterable[tuple[Token, str | None]]:
    """(token, owner): "capital" nouns that name no city of their own, with the word
    of the country that owns them ("Somali", "Kenya") or None for the story's."""
    for tok in words:
        if tok.pos_ != "NOUN":
            continue
        low = tok.lemma_.lower()
        kids = list(tok.children)
        if low == "city" and any(k.lower_ == "capital" for k in kids):
            kids = [k for k in kids if k.lower_ != "capital"]
        elif low != "capital" or tok.dep_ in ("compound", "amod"):
            continue
        if any(
            k.pos_ == "PROPN" and k.dep_ in ("appos", "compound") and k.i > tok.i
            for k in kids
        ):
            continue  # "the capital Kabul": the name is the candidate
        of = [
            g
            for k in kids
            if k.dep_ == "prep" and k.lower_ == "of"
            for g in k.children
            if g.dep_ == "pobj"
        ]
        if of and not any(g.ent_type_ == "GPE" for g in of):
            continue  # "the capital of a northwestern province": not the country's
        owners = [
            k
            for k in kids
            if k.dep_ in ("amod", "poss", "compound", "nmod", "npadvmod")
        ] or of
        if not owners:
            yield tok, None
            continue
        # the owner's words, all of them: "the Solomon Islands capital", "the South
        # Sudanese capital", "the Central African Republic's capital"
        words = sorted(
            (t for k in owners for t in k.subtree if t.dep_ not in ("det", "case")),
            key=lambda t: t.i,
        )
        if words and words[-1].i - words[0].i + 1 == len(words) and len(words) > 1:
            yield tok, " ".join(t.text for t in words)
        elif len(owners) == 1:
            yield tok, owners[0].text


_PARTS = frozenset(
    "north south east west northeast northwest southeast southwest northern southern "
    "centre center interior".split()
)


def _parts(words: list[Token]) -> Iterable[tuple[Token, str | None]]:
    """(token, owner): a part of a country its text names ("in Syria's northeast",
    "in the country's south", "in the north of the country"), with the word of the
    country (None for the story's own: "the country", "the nation")."""
    for tok in words:
        if tok.pos_ != "NOUN" or tok.lower_ not in _PARTS:
            continue
        for kid in tok.children:
            if kid.dep_ == "poss":
                yield tok, None if kid.lower_ in _HOME_OWNERS else kid.text
                break
            if kid.dep_ == "prep" and kid.lower_ == "of":
                owner = next((g for g in kid.children if g.dep_ == "pobj"), None)
                if owner is not None and owner.lower_ in _HOME_OWNERS:
                    yield tok, None
                break


def _text_country(ent: Span, hints: PlaceHints) -> str | None:
    """The country the text gives a place: "Kenya's Mandera county", "the Somali town
    of X", "Mandera, Kenya"."""
    root = ent.root
    holders = [root]
    if root.dep_ in ("appos", "compound") and _place_word(root.head):
        holders.append(root.head)
    elif (
        root.dep_ == "pobj" and root.head.lower_ == "of" and _place_word(root.head.head)
    ):
        holders.append(root.head.head)
    described = _described_place(root)
    if described is not None:
        holders.append(described)  # "Ngolo, a village in Kenya's Marsabit county"
    inside = range(ent.start, ent.end)
    for holder in holders:
        for kid in holder.children:
            if kid.i in inside or kid.dep_ not in ("poss", "amod", "appos", "compound"):
                continue
            if kid.dep_ == "compound" and kid.ent_type_ not in ("GPE", "NORP"):
                continue
            word = kid.text
            if kid.dep_ in ("poss", "appos", "compound"):
                word = " ".join(t.text for t in kid.subtree if t.dep_ != "case")
            country = hints.country(word)
            if country:
                return country
            if kid.dep_ == "poss" and (_place_word(kid) or kid.ent_type_ == "GPE"):
                # "Idlib province's Maarat al-Numan": the country of the region
                words = word.split()
                if len(words) > 1 and words[-1].lower() in _ADMIN_WORDS:
                    word = " ".join(words[:-1])  # "Idlib province": Idlib's
                owner = hints.geocode(word, [])
                if owner is not None and owner.precision in ("admin1", "city"):
                    return owner.country
    # "Argyle, St. Vincent and the Grenadines": a country with "and" in its name
    # after the town's comma, which the parser takes for a list
    for kid in root.children:
        if (
            kid.dep_ == "conj"
            and kid.i not in inside
            and kid.left_edge.i > 0
            and kid.doc[kid.left_edge.i - 1].text == ","
            and any(t.lower_ == "and" for t in kid.subtree)
        ):
            words = [t for t in kid.subtree if not t.is_punct]
            country = hints.country(" ".join(t.text for t in words))
            if country:
                return country
    # "the village of Kok-Tash in the Batken region", "Mandava, a township in
    # Zvishavane": the country of the larger place the text puts it in
    for holder in holders:
        for area in _larger_areas(holder, holder is described):
            if _place_word(area) and not area.text[:1].isupper():
                # "in Tajikistan's Sughd region", "in the Ethiopian region of X"
                for k in area.children:
                    if k.dep_ in ("poss", "amod") and hints.country(k.text):
                        return hints.country(k.text)
                words = [
                    t
                    for k in area.children
                    if k.dep_ in ("compound", "appos") and k.pos_ == "PROPN"
                    for t in k.subtree
                ]
            elif area.pos_ == "PROPN":
                words = [t for t in area.subtree if t.pos_ == "PROPN"]
            else:
                continue
            name = " ".join(t.text for t in sorted(words, key=lambda t: t.i))
            if not name:
                continue
            country = hints.country(name)
            if country:
                return country
            larger = hints.geocode(name, [])
            if larger is not None and larger.country:
                return larger.country
    return None


# what a place's own description puts it in, beside "in": "a suburb of Zanzibar City",
# "a district on the southern edge of Noumea", "a village near Duhok"
_DESCRIBED_IN = frozenset({"in", "of", "near", "outside", "around"})
# the part of a larger place a described place is on: "on the edge of Noumea"
_EDGES = frozenset(
    "edge edges outskirts fringe fringes side outside periphery heart centre center "
    "north south east west".split()
)


def _larger_areas(holder: Token, described: bool) -> Iterable[Token]:
    """The places a place word's preposition puts it in ("the village of Kok-Tash in
    the Batken region"); for the word that describes a name in apposition, also
    "of", "near", "outside" and the edge of a town ("Saint-Louis, a district on the
    southern edge of Noumea")."""
    preps = _DESCRIBED_IN if described else frozenset({"in"})
    for prep in holder.children:
        if prep.dep_ != "prep":
            continue
        for area in prep.children:
            if area.dep_ != "pobj":
                continue
            if prep.lower_ in preps:
                yield area
            elif (
                described
                and prep.lower_ in ("on", "at", "in")
                and area.lemma_.lower() in _EDGES
            ):
                for of in area.children:
                    if of.dep_ == "prep" and of.lower_ == "of":
                        yield from (a for a in of.children if a.dep_ == "pobj")


def _holder_country(ent: Span, hints: PlaceHints) -> str | None:
    """The country of the people or things a place holds, by their country's word:
    "Armenian positions in the Syunik region" (for a place the gazetteer lacks)."""
    root = ent.root
    if root.dep_ == "pobj" and root.head.lower_ == "of" and _place_word(root.head.head):
        root = root.head.head  # "in the region of X"
    if root.dep_ in ("appos", "compound") and _place_word(root.head):
        root = root.head  # "in the X region"
    if root.dep_ != "pobj" or root.head.lower_ not in ("in", "near", "around"):
        return None
    holder = root.head.head
    if holder.pos_ != "NOUN":
        return None
    for kid in holder.children:
        if kid.dep_ in ("amod", "poss", "compound"):
            country = hints.country(kid.text)
            if country:
                return country
    return None


def _described_place(tok: Token) -> Token | None:
    """The place word a name is described by in apposition, after it: "Mandava, a
    township on the edge of the town", "Ngolo, a village in Marsabit county"."""
    return next(
        (
            k
            for k in tok.children
            if k.dep_ == "appos"
            and k.i > tok.i
            and k.pos_ == "NOUN"
            and k.lemma_.lower() in (_TOWN_WORDS | _ADMIN_WORDS)
            and not k.text[:1].isupper()
        ),
        None,
    )


def _unknown_precision(ent: Span) -> str | None:
    """The precision of a place the gazetteer lacks, from the word that introduces
    it ("the town of X", "Mandera county")."""
    root = ent.root
    if root.dep_ != "pobj":
        heads = [root, root.head]  # "the capital X", "X county"
    elif root.head.lower_ == "of":
        heads = [root, root.head.head]  # "the town of X"
    else:
        heads = [root]
    words = {t.lemma_.lower() for t in heads if t is root or _introduces(t)}
    described = _described_place(root)
    if described is not None:
        words.add(described.lemma_.lower())  # "X, a village in ..."
    if root.lower_ in PLACE_WORDS and not root.text[:1].isupper():
        words.add(root.lemma_.lower())  # "Mandera county"
    last = ent[-1]
    if len(ent) > 1 and last.text[:1].isupper():
        # a name whose own last word says what it is: "Bokkos District", "Delft
        # Island" ("the Northern Province" is a region of its country)
        word = last.lower_.removesuffix("s")
        words.add("town" if word == "island" else word)
    if words & _ADMIN_WORDS:
        return "admin1"
    if words & _TOWN_WORDS or _set_in_region(ent):
        return "city"
    return None


_REGION_AFTER = 8  # the words of ", in the Lower Shabelle region" after a name


def _set_in_region(ent: Span) -> bool:
    """Is the name followed by the region it lies in ("in Bariire, in the Lower
    Shabelle region", "near Kaga Bandoro, in Nana-Grebizi prefecture"): a town?"""
    doc = ent.doc
    sent_end = ent.sent.end
    if ent.end + 2 >= sent_end or doc[ent.end].text != ",":
        return False
    if doc[ent.end + 1].lower_ not in ("in", "of"):
        return False
    for tok in doc[ent.end + 2 : min(sent_end, ent.end + 2 + _REGION_AFTER)]:
        if tok.is_punct:
            return False
        if tok.lemma_.lower() in _ADMIN_WORDS and not tok.text[:1].isupper():
            return True
    return False


def _before_a_noun(ent: Span) -> bool:
    """Is a name a modifier in the singular before a common word ("Sri Lankan
    waters", which the parser may read as a verb), not a people ("Liberians")?"""
    doc = ent.doc
    return (
        not ent.text.endswith("s")
        and ent.end < len(doc)
        and doc[ent.end].is_alpha
        and doc[ent.end].is_lower
        and doc[ent.end].lower_ not in ("and", "or", "to", "who", "that", "which")
    )


def _whole_name(ent: Span, sent: Span, hints: PlaceHints) -> Span:
    """A place the tagger cut short of a capitalised word before it: "Little Havana",
    a district of Miami, of which the tagger takes only "Havana", when the gazetteer
    knows the longer name as another town ("Central Havana", which it does not know,
    stays Havana)."""
    if ent.start <= sent.start:
        return ent
    before = sent.doc[ent.start - 1]
    if (
        not before.is_alpha
        or not before.text[:1].isupper()
        or before.pos_ not in ("PROPN", "ADJ")
        or before.is_stop
        or before.ent_type_ not in ("", ent.label_)
        or before.lower_ in _CALENDAR
    ):
        return ent
    longer = sent.doc[ent.start - 1 : ent.end]
    whole = hints.geocode(longer.text, [])
    if whole is None or whole.precision != "city" or whole.geonameid is None:
        return ent
    short = hints.geocode(ent.text, [])
    if short is not None and short.geonameid == whole.geonameid:
        return ent  # another name of the same town, or a part of it ("North Sanaa")
    return Span(sent.doc, longer.start, longer.end, label=ent.label)


def _named_before(ent: Span, name: str, found: Place, hints: PlaceHints) -> Place:
    """A short name of a town the text named in full before it: "Santiago" after
    "Santiago de Cuba" is that town, not Chile's capital (a country stays itself:
    "Mexico" after "Mexico City")."""
    if found.precision != "city":
        return found
    doc = ent.doc
    for start, end in reversed(_longer_names(doc).get(name.lower(), ())):
        if end > ent.start:
            continue
        earlier = doc[start:end]
        whole = hints.geocode(earlier.text, [])
        if (
            whole is not None
            and whole.precision == "city"
            and whole.geonameid is not None
            and whole.geonameid != found.geonameid
            and _key_of(whole.name) == _key_of(earlier.text)
        ):
            return whole
    return found


def _longer_names(doc: Doc) -> dict[str, list[tuple[int, int]]]:
    """The doc's entities by the words they begin with ("santiago" and "santiago de"
    -> "Santiago de Cuba"), as (start, end) in text order: found once per doc (a look
    over every entity for every place made coding a long text quadratic)."""

    def index(span: Span) -> dict[str, list[tuple[int, int]]]:
        out: dict[str, list[tuple[int, int]]] = {}
        for e in span.doc.ents:
            words = e.text.lower().split()
            for k in range(1, len(words)):
                out.setdefault(" ".join(words[:k]), []).append((e.start, e.end))
        return out

    return kept(doc[0 : len(doc)], "longer_names", index)


def _key_of(name: str) -> str:
    return " ".join(name.lower().replace("-", " ").split())


def _best(
    scope: frozenset[int],
    sent: Span,
    words: list[Token],
    lookup: PlaceLookup,
    code: str | None,
    actor_texts: set[str],
    hints: PlaceHints | None = None,
) -> Place | None:
    best: tuple[int, int, int, Place] | None = None
    countries: set[str] = set()  # the countries of every place considered

    def consider(rank: int, start: int, place: Place) -> None:
        nonlocal best
        if place.country:
            countries.add(place.country)
        specific = _SPECIFIC.get(place.precision or "", len(_SPECIFIC))
        key = (specific, rank, start)
        if best is None or key < best[:3]:
            best = (specific, rank, start, place)

    # the sentence's nouns and names in the scope, read once for every kind of place
    inside = [t for t in words if t.i in scope]
    for ent, tagged in _candidates(scope, sent, inside, code):
        rank = _how_placed(ent, code)
        if rank is None:
            continue
        if tagged and hints is not None:
            ent = _whole_name(ent, sent, hints)
        name = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
        low = name.lower()
        if any(a == low or a.startswith((low + " ", low + ",")) for a in actor_texts):
            continue
        given = _text_country(ent, hints) if hints is not None else None
        ent_is_people = False
        if hints is not None:
            found = hints.geocode(name, [given] if given else [])
        else:
            found = lookup(name)
        if (
            found is not None
            and found.precision == "city"
            and hints is not None
            and hints.home is not None
            and found.country != hints.home
            and _unknown_precision(ent) == "admin1"
        ):
            # "the western state of Zulia" in a story from Caracas: a region of the
            # story's country, not a town of that name abroad
            found = Place(name, hints.home, precision="admin1")
        elif (
            found is not None
            and given is None
            and found.precision == "city"
            and hints is not None
            and hints.fallback is not None
            and not hints.filed_fallback
            and hints.fallback == hints.home
            and found.country != hints.fallback
            and _unknown_precision(ent) == "city"
        ):
            # "near the town of Santa Ana" in a story from Hermosillo of Mexican
            # soldiers and smugglers: a town of their country the gazetteer lacks, not
            # the Californian city of that name (the country an attack's target is of
            # is not where it was hit: "killed a Hamas official in the suburbs of
            # Beirut", "ambushed a Russian convoy near the town of Bria")
            found = Place(name, hints.fallback, precision="city")
        if given is None and found is not None and hints is not None:
            found = _named_before(ent, name, found, hints)
        if given is not None and (found is None or found.country != given):
            # the text's country wins over a namesake elsewhere
            found = Place(name, given, precision=_unknown_precision(ent))
        elif (
            found is None
            and hints is not None
            and _before_a_noun(ent)
            and (nation := hints.country(name)) is not None
            and (land := hints.nation(nation)) is not None
        ):
            # "in Sri Lankan waters", "on Ukrainian soil": a people's word the model
            # tags as a place, before a noun, is their country, not a town of that
            # name ("called on Liberians to ...": a people, no place)
            found = land
            ent_is_people = True
        elif found is None and (tagged or _unknown_precision(ent) is not None):
            # "the town of Shewa Robit": a town, wherever the gazetteer is silent; a
            # sea or a mountain range is no country's
            town = hints is not None and (
                ent.label_ in ("GPE", "") or _unknown_precision(ent) is not None
            )
            fallback = hints.fallback if town and hints is not None else None
            if town and hints is not None and fallback is None:
                fallback = _holder_country(ent, hints)
            found = Place(name, fallback, precision=_unknown_precision(ent))
        if found is None and not tagged:
            continue
        # the name as the text gives it; the geonameid says which place it is ("The
        # Hague" keeps its article, which the text's "the" is)
        if ent_is_people:
            place = found
        elif found is not None and (found.name or "").lower() != f"the {low}":
            place = replace(found, name=name)
        else:
            place = found or Place(name)
        consider(rank, ent.start, place)
    if hints is not None:
        for tok, owner in _capitals(inside):
            rank = _how_placed(sent.doc[tok.i : tok.i + 1], code)
            if rank is None:
                continue
            if owner is None or owner.lower() in _HOME_OWNERS:
                country = hints.home
            else:
                country = hints.country(owner)
            capital = hints.capital(country) if country else None
            if capital is not None:
                consider(rank, tok.i, capital)
        for tok, owner in _parts(inside):
            rank = _how_placed(sent.doc[tok.i : tok.i + 1], code)
            country = hints.home if owner is None else hints.country(owner)
            nation = hints.nation(country) if rank is not None and country else None
            if nation is not None:
                consider(rank, tok.i, nation)
        for tok, country in _sites(inside, code, hints):
            nation = hints.nation(country)
            if nation is not None:
                consider(2, tok.i, nation)
        for tok, rank, kind in _bare(inside, code) if hints.recent else ():
            # a camp is by the story's last town, else in its last region
            kinds = ("city", "admin1") if kind == "site" else (kind,)
            recent = next(filter(None, map(hints.recent, kinds)), None)
            if recent is not None:
                consider(rank, tok.i, recent)
    if best is None:
        return None
    place = best[3]
    if (
        place.country is None
        and place.precision in ("city", "admin1")
        and len(countries) == 1
    ):
        # a town or a region the gazetteer lacks, in a clause that puts the event in
        # one country as well: "on Karaitivu Island, in Sri Lanka's Northern Province"
        place = replace(place, country=next(iter(countries)))
    return place


# what an attack hits that stays in its country: "struck eight Pakistani air bases"
_SITE_NOUNS = frozenset(
    _FACILITIES | {"site", "installation", "facility", "depot", "hideout", "outpost"}
)
_ATTACK_PREPS = frozenset({"on", "at", "against"})


def _sites(
    words: list[Token], code: str | None, hints: PlaceHints
) -> Iterable[tuple[Token, str]]:
    """(token, country): the sites of a country that a physical act hits, named by
    their country's word ("struck eight Pakistani air bases", "launched missiles at
    Indian military sites", "strikes on Iran's nuclear facilities"): the act is in
    that country."""
    if not code or not code.startswith(_ON_PLACE_ROOTS):
        return
    for tok in words:
        # (the tagger's lemma of "bases" is "basis")
        if tok.pos_ != "NOUN" or not (
            tok.lemma_.lower() in _SITE_NOUNS or tok.lower_[:-1] in _SITE_NOUNS
        ):
            continue
        if not (
            (tok.dep_ == "dobj" and tok.head.pos_ == "VERB")
            or (tok.dep_ == "pobj" and tok.head.lower_ in _ATTACK_PREPS)
        ):
            continue
        for kid in tok.children:
            if kid.dep_ not in ("amod", "poss", "compound"):
                continue
            country = hints.country(kid.text)
            if country:
                yield tok, country
                break


_SITE_WORDS = frozenset({"camp"})
_BARE_WORDS = frozenset(_TOWN_WORDS - {"port", "hometown"}) | _ADMIN_WORDS | _SITE_WORDS


def _bare(
    words: list[Token], code: str | None = None
) -> Iterable[tuple[Token, int, str]]:
    """(token, rank, precision): a place word that names no place of its own, the
    story's last one of its kind ("a mosque in the city", "the city's eastern
    neighbourhoods", "in the state", "shelled the camp"); "site" for a camp."""
    for tok in words:
        if (
            tok.pos_ != "NOUN"
            or tok.tag_ == "NNS"
            or tok.lemma_.lower() not in _BARE_WORDS
        ):
            continue
        kids = list(tok.children)
        if not any(k.dep_ == "det" and k.lower_ == "the" for k in kids) or any(
            k.dep_ in ("compound", "appos", "poss", "nummod", "prep", "amod")
            and (k.pos_ == "PROPN" or k.dep_ in ("appos", "poss", "prep", "amod"))
            for k in kids
        ):
            continue  # "the city of Kirkuk", "the Somali town", "the northern city"
        if tok.dep_ == "pobj" and tok.head.lower_ in _PLACE_PREPS:
            rank = 0
        elif (
            tok.dep_ == "dobj" and code is not None and code.startswith(_ON_PLACE_ROOTS)
        ):
            rank = 2  # "shelled the camp", "captured the town"
        elif (
            tok.dep_ == "poss"
            and tok.head.dep_ == "pobj"
            and tok.head.head.lower_ in _PLACE_PREPS
        ):
            rank = 1
        else:
            continue
        if rank < 2 and _aside(
            tok.head.head if rank == 0 else tok.head.head.head, code
        ):
            continue
        low = tok.lemma_.lower()
        kind = (
            "site" if low in _SITE_WORDS else "city" if low in _TOWN_WORDS else "admin1"
        )
        yield tok, rank, kind
