"""Pattern matching: does a predicate's frame (lemma, particles, object, modifier,
complement) fit a pattern of the dictionary?"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from ._state import SentenceState, _Match
from ._syntax import (
    _PASS_SUBJ,
    _is_time_phrase,
    _lemma,
    _named_object,
    _object_gap,
    _small_clause,
)
from .patterns import Pattern

# the first words of prepositions the parser splits in two ("out of", "away from")
_SPLIT_PREPOSITIONS = frozenset({"out", "away", "back"})


class PatternMatching(SentenceState):
    def _cands(self, pos: str, tok: Token) -> list[Pattern]:
        """Patterns for a trigger, by lemma and by its hyphenated form ("cease-fire")."""
        key = (pos, tok.i)
        found = self._cand_cache.get(key)
        if found is None:
            found = self._cand_cache[key] = self._find_cands(pos, tok)
        return found

    def _find_cands(self, pos: str, tok: Token) -> list[Pattern]:
        if pos == "noun" and tok.ent_type_ in ("DATE", "TIME"):
            return []  # "on March 3", "since March": a month, not a march
        lemma = _lemma(tok)
        if pos == "noun" and tok.tag_ == "VBG":
            lemma = tok.lower_  # a gerund read as the noun it is: "FIGHTING between"
        found = self.book.candidates(pos, lemma)
        if tok.i >= 2 and tok.nbor(-1).text == "-":
            joined = f"{tok.nbor(-2).lower_}-{lemma}"
            found = self.book.candidates(pos, joined) + found
        if any(self._fits(tok, p) for p in self.book.blockers.get((pos, lemma), ())):
            return []  # "fought corruption": a frame that makes no event
        return found

    def _match(self, tok: Token, patterns: Iterable[Pattern]) -> _Match | None:
        for p in patterns:
            if self._fits(tok, p):
                return _Match(p.code, p.id, p, tok)
        return None

    def _fits(self, tok: Token, p: Pattern) -> bool:
        if p.with_ and p.with_.isdisjoint(self._particles(tok, bool(p.object))):
            return False
        if p.object and not self._object_fits(tok, p):
            return False
        if p.modifier and not self._modifier_fits(tok, p):
            return False
        return not (
            p.xcomp
            and not any(
                (
                    c.dep_ in ("xcomp", "pcomp", "prep", "ccomp", "oprd")
                    # "ordered the envoys TO LEAVE" parsed as a purpose clause
                    or (
                        c.dep_ == "advcl"
                        and any(
                            a.dep_ == "aux" and a.lower_ == "to" for a in c.children
                        )
                    )
                )
                and (
                    c.lemma_.lower() in p.xcomp
                    or any(
                        g.lemma_.lower() in p.xcomp
                        for g in c.children
                        if g.dep_ in ("pcomp", "pobj")
                    )
                )
                for c in tok.children
            )
            and not any(c.lemma_.lower() in p.xcomp for c in self._span_clauses(tok))
        )

    def _span_clauses(self, tok: Token) -> list[Token]:
        """ "gave the envoy 72 hours TO LEAVE": the infinitive the parser hung on the
        span of time given, as the act the trigger asks for."""
        return [
            g
            for c in tok.children
            if c.dep_ in ("dobj", "npadvmod")
            and c.lemma_.lower() in self.book.deadline_spans
            for g in c.children
            if g.dep_ in ("relcl", "acl")
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in g.children)
        ]

    def _particles(self, tok: Token, on_object: bool) -> frozenset[str]:
        """The particles and prepositions of a trigger (and, ``on_object``, of its
        direct object: "received assurances FROM X"), less time phrases."""
        key = (tok.i, on_object)
        found = self._particle_cache.get(key)
        if found is None:
            holders = [tok, *self._documents_in(tok)]
            if on_object:
                holders += [c for c in tok.children if c.dep_ == "dobj"]
            found = self._particle_cache[key] = frozenset(
                c.lower_
                for h in holders
                for c in h.children
                if c.dep_ in ("prep", "prt", "agent", "dative", "advmod")
                and not _is_time_phrase(c)
            )
        return found

    def _documents_in(self, tok: Token) -> list[Token]:
        """ "called IN A JOINT STATEMENT for ...": the documents a verb's act is done in."""
        return [
            d
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ == "in"
            for d in c.children
            if d.dep_ == "pobj" and _lemma(d) in self.book.documents
        ]

    def _objects(self, tok: Token, with_: frozenset[str] = frozenset()) -> list[Token]:
        """The objects of a trigger (through ``with_`` prepositions only, when given),
        remembered for the sentence: every pattern of a trigger asks."""
        key = (tok.i, with_)
        found = self._objs.get(key)
        if found is None:
            found = self._objs[key] = self._find_objects(tok, with_)
        return found

    def _find_objects(self, tok: Token, with_: frozenset[str]) -> list[Token]:
        objs = [
            c
            for c in tok.children
            # "pleaded not GUILTY": a predicate adjective is the verb's object too;
            # "gave the AMBASSADOR 72 hours to leave": so is the indirect object
            if c.dep_ in ("dobj", "attr", "oprd", "acomp", "dative")
            or (c.dep_ in _PASS_SUBJ)
        ]
        for c in tok.children:
            if c.dep_ in ("prep", "prt", "agent") and (not with_ or c.lower_ in with_):
                objs.extend(g for g in c.children if g.dep_ in ("pobj", "pcomp"))
            if (
                c.dep_ in ("prep", "prt", "advmod")
                and c.lower_ in _SPLIT_PREPOSITIONS
                and (not with_ or c.lower_ in with_)
            ):
                # "walked OUT OF the talks", "pulled out of the deal": a two-word
                # preposition the parser split, its object under the second word
                objs.extend(
                    o
                    for g in c.children
                    if g.dep_ == "prep" and g.lower_ in ("of", "from")
                    for o in g.children
                    if o.dep_ in ("pobj", "pcomp")
                )
        if with_:
            # "charged a former deputy prime minister WITH abuse of power": the
            # pattern's preposition the parser hung on the direct object
            objs.extend(
                g
                for d in tok.children
                if d.dep_ == "dobj"
                for c in d.children
                if c.dep_ == "prep" and c.lower_ in with_
                for g in c.children
                if g.dep_ in ("pobj", "pcomp")
            )
        if with_:
            # "called IN A JOINT STATEMENT for a ceasefire": the pattern's preposition
            # the parser hung on the document the act was done in
            objs.extend(
                g
                for d in self._documents_in(tok)
                for p in d.children
                if p.dep_ == "prep" and p.lower_ in with_
                for g in p.children
                if g.dep_ in ("pobj", "pcomp")
            )
        small = _small_clause(tok)
        if small is not None:
            # "found HIM GUILTY of treason": the predicate adjective is an object
            objs.append(small[0])
        # "found a former minister GUILTY of fraud": the predicate adjective the parser
        # hung on the object as a modifier after it (an adjective after its noun)
        objs.extend(
            a
            for d in tok.children
            if d.dep_ == "dobj"
            for a in d.children
            if a.dep_ == "amod" and a.i > d.i and a.pos_ == "ADJ"
        )
        # "the deal IRAN SIGNED with world powers": the noun the clause describes
        objs = _object_gap(tok) + _named_object(tok) + objs
        # "launched a wave of air strikes": look through a quantity noun
        more = []
        for o in objs:
            for c in o.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    more.extend(g for g in c.children if g.dep_ == "pobj")
            more.extend(c for c in o.children if c.dep_ == "conj")
        return objs + more

    def _object_fits(self, tok: Token, p: Pattern) -> bool:
        key = (tok.i, p.with_)
        objects = self._object_words.get(key)
        if objects is None:
            objects = self._object_words[key] = [
                (o, _naming_words(o)) for o in self._objects(tok, p.with_)
            ]
        if p.pos == "adj" and p.xcomp:
            # "ready to talk TO REPORTERS": an adjective has no object of its own; the
            # object of the verb it governs says what it is about
            objects = objects + [
                (o, _naming_words(o))
                for c in tok.children
                if c.dep_ == "xcomp" and c.lemma_.lower() in p.xcomp
                for o in self._objects(c, p.with_)
            ]
        for o, words in objects:
            if p.object.isdisjoint(words):
                continue
            if p.direct and not _direct(o, tok):
                # "blocked a U.S. ATTEMPT", not "blocked roads in a BID to ..."
                continue
            if p.modifier and p.pos == "verb":
                mods = {m.lemma_.lower() for m in o.children} | {
                    m.lower_ for m in o.children
                }
                # "a ban ON EXPORTS of sugar": what a measure is on says its kind,
                # as "an export ban" does
                mods |= {
                    g.lemma_.lower()
                    for m in o.children
                    if m.dep_ == "prep" and m.lower_ == "on"
                    for g in m.children
                    if g.dep_ == "pobj"
                }
                if not mods & p.modifier:
                    continue
            return True
        return False

    def _modifier_fits(self, tok: Token, p: Pattern) -> bool:
        if p.pos == "verb":
            return True  # checked on the object in _object_fits
        for c in tok.children:
            if c.dep_ in ("compound", "amod", "nmod", "npadvmod") and (
                c.lemma_.lower() in p.modifier or c.lower_ in p.modifier
            ):
                return True
            if c.dep_ == "compound" and any(
                g.lemma_.lower() in p.modifier
                for g in c.children
                if g.dep_ in ("compound", "amod")
            ):
                return True
        return False


# currency signs, by the word a pattern names the money by ("$200,000" is dollars)
_CURRENCY_SIGNS = {"$": "dollar", "€": "euro", "£": "pound", "¥": "yen"}

# the word a pattern names any place named by its name by ("seized MOPTI", "recaptured
# KHARTOUM", "annexed CRIMEA"): a town, country, region or site the tagger marks as one
_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
NAMED_PLACE = "named-place"
# the word for a named place that is no country ("withdrew from KHERSON", not "pulled
# out of Russia", which firms do too)
NAMED_TOWN = "named-town"
# the word a pattern names a person named by their name by ("seized EVA BRUNNER")
NAMED_PERSON = "named-person"


def _naming_words(obj: Token) -> frozenset[str]:
    """The words a pattern's object may name an object by: the object itself, or its
    compound ("humanitarian AID supplies"); a sum of money by its currency ("$200,000"
    names dollars); a place named by its name as a named place ("seized Goma"); a
    person by name as a named person ("seized Eva Brunner")."""
    words = (
        obj.lemma_.lower(),
        obj.lower_,
        *(c.lemma_.lower() for c in obj.children if c.dep_ == "compound"),
    )
    if obj.tag_ == "VBG" and obj.dep_ == "pcomp":
        # "charged him with leading a coup PLOT": a gerund's own object names it too
        words += tuple(
            w
            for c in obj.children
            if c.dep_ == "dobj"
            for w in (
                c.lemma_.lower(),
                *(g.lemma_.lower() for g in c.children if g.dep_ == "compound"),
            )
        )
    if obj.ent_type_ == "MONEY":
        signs = [
            _CURRENCY_SIGNS[c.text] for c in obj.children if c.text in _CURRENCY_SIGNS
        ]
        words += ("money", *signs)
    place = _named_place(obj)
    if obj.ent_type_ == "PERSON" and obj.pos_ == "PROPN" and not place:
        # (a town the tagger takes for a person is a town: "seized GOMA")
        words += (NAMED_PERSON,)
    if place:
        words += (NAMED_PLACE,)
        if not _country_name(obj):
            words += (NAMED_TOWN,)
    return frozenset(words)


def _country_name(obj: Token) -> bool:
    """Is the place ``obj`` names a country by the gazetteer ("Russia", "Mali"),
    rather than a town or a region ("Kherson", "Gaza")?"""
    from ..geo import _key as place_key
    from ..geo import gazetteer

    said = _said_name(obj)
    key = place_key(said)
    return any(
        p.precision == "country" and place_key(p.name) == key
        for p in gazetteer().candidates(said)
    )


def _said_name(obj: Token) -> str:
    """A place's name as the text says it, with its compounds ("Khan Younis")."""
    return " ".join(
        t.text
        for t in obj.doc[obj.left_edge.i : obj.i + 1]
        if t.i == obj.i or (t.dep_ == "compound" and t.head.i == obj.i)
    )


# a town of the gazetteer the tagger took for a person or a body ("seized Goma",
# "overran Mopti" are tagged PERSON by the small model) must be this big to be meant
_TOWN_SIZE = 20_000
_PERSON_TOWN_SIZE = 50_000


def _named_place(obj: Token) -> bool:
    """Does ``obj`` name a place by its name: an entity the tagger calls a place, or a
    proper name alone that is a country's or a town's own name in the gazetteer?"""
    if obj.ent_type_ in _PLACE_ENTITIES:
        return True
    if obj.pos_ != "PROPN" or obj.ent_type_ not in ("PERSON", "ORG", ""):
        return False
    if any(c.dep_ == "poss" or c.tag_ == "POS" for c in obj.children):
        return False  # "seized Kidal's airport" names the airport (its own pattern)
    from ..geo import _key as place_key
    from ..geo import gazetteer

    said = _said_name(obj)
    key = place_key(said)
    # a person's name is a small town's too ("captured Ali": a town in India): one
    # the tagger calls a person must be a large town's own name
    size = _PERSON_TOWN_SIZE if obj.ent_type_ == "PERSON" else _TOWN_SIZE
    return any(
        place_key(p.name) == key and (p.precision == "country" or p.population >= size)
        for p in gazetteer().candidates(said)
    )


def _direct(obj: Token, verb: Token) -> bool:
    """Is ``obj`` the direct object of ``verb``, or that object's "of" noun or
    conjunct?"""
    cur = obj
    while cur.i != verb.i:
        if cur.dep_ in ("dobj", "nsubjpass", "attr", "oprd") and cur.head.i == verb.i:
            return True
        if cur.dep_ == "conj" or (cur.dep_ == "pobj" and cur.head.lower_ == "of"):
            cur = cur.head.head if cur.dep_ == "pobj" else cur.head
            continue
        return False
    return False
