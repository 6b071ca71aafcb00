"""Arguments: who does what a predicate names and to whom, from the parse (subjects,
agents, objects, prepositions, possessives) and the actor resolver."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Span, Token

from ..actors.base import fold, surface_key
from ..actors.resolve import PATRON_WORDS, Mention, buried_coordination
from ..context._spans import kept, sentence_of
from ..nlp.syntax import finite_beside_infinitive, finite_host
from ..records import Actor, actor_code
from ._state import FORCE_ROOTS, VERBAL_ROOTS, Context
from ._syntax import (
    _NOUN_POS,
    _PASS_SUBJ,
    _PLACE_PREPS,
    _REL_PRONOUNS,
    _SUBJ,
    _clause_head,
    _governing_verb,
    _is_place_phrase,
    _later_conjuncts,
    _lemma,
    _named_object,
    _object_gap,
    _small_clause,
    _that_clause,
)
from .matching import PatternMatching
from .patterns import Pattern

_SEARCH_SKIP = frozenset(
    {
        "relcl",
        "advcl",
        "parataxis",
        "appos",
        "punct",
        "cc",
        "det",
        "aux",
        "auxpass",
        "neg",
        "mark",
    }
)


# slot prepositions whose objects are not where a misattached slot hangs: "of" is the
# noun's own, the others name places ("a police station IN the region")
_NESTED_SKIP = frozenset({"of", *_PLACE_PREPS})

_PLURAL_PRONOUNS = frozenset({"they", "them", "their", "themselves"})
# recipient slots that are not prepositions
_NON_PREP_SLOTS = frozenset({"dobj", "dative", "subject", "that", "claim"})
_STATIVE_PASSIVES = frozenset(
    {"oppose", "commit", "dedicate", "determine", "resolve", "incline"}
)


_FALLBACK_ORDER = {
    "dobj": 0,
    "dative": 1,
    "xcomp": 2,
    "ccomp": 3,
    "prep": 4,
    "acomp": 2,
    "attr": 2,
}


_THIRD_PERSON = frozenset({"he", "she", "his", "her", "him", "hers"})


# nouns that "the two" or "both" make the two sides of what came before
_PAIR_NOUNS = frozenset(
    {
        "side",
        "country",
        "nation",
        "leader",
        "government",
        "president",
        "minister",
        "neighbour",
        "neighbor",
        "rival",
        "delegation",
        "capital",
        "army",
        "camp",
        "faction",
        "party",
    }
)
# words that keep a pair noun a pair ("the rival camps", "both opposing factions")
_PAIR_AMODS = frozenset({"rival", "warring", "opposing", "feuding"})


# what the pair nouns make of the two sides they name: their states' governments or
# forces, or the states themselves ("side" and "rival" keep the sides as they were)
_PAIR_SECTORS = {
    "government": "GOV",
    "leader": "GOV",
    "president": "GOV",
    "minister": "GOV",
    "delegation": "GOV",
    "capital": "GOV",
    "army": "MIL",
    "country": "",
    "nation": "",
    "neighbour": "",
    "neighbor": "",
}


def _as_the_pair_noun(a: Actor, noun: Token) -> Actor:
    """One of the two sides as the pair noun names it: "the two governments" after
    Cambodian and Thai soldiers are KHMGOV and THAGOV; "both countries" KHM and THA."""
    sector = _PAIR_SECTORS.get(noun.lemma_.lower())
    if (
        sector is None
        or a.country is None
        or not a.is_plain
        or a.sector == (sector or None)
    ):
        return a  # (as they were: "the two leaders" after two named leaders)
    return replace(
        a, code=actor_code(a.country, sector or None), sector=sector or None, name=None
    )


# "the three countries": nouns for states counted back in the story, and the counts
_COUNTED_NOUNS = frozenset({"country", "nation", "state", "government", "junta"})
_NUMBERS = {
    w: n for n, w in enumerate("zero one two three four five six".split()) if n >= 3
} | {str(n): n for n in range(3, 7)}


# verbs whose "of" or "for" after the object says what the object is charged with
_CHARGING_VERBS = frozenset({"accuse", "blame", "suspect", "charge", "convict"})


def _names_a_pair(tok: Token, objects: bool = False) -> bool:
    """ "the two", "the two sides", "both countries", "both leaders", "the warring
    parties"; with ``objects``, also as an object."""
    if tok.lemma_.lower() in ("party", "side", "faction") and any(
        c.dep_ == "amod" and c.lower_ == "warring" for c in tok.children
    ):
        return True  # whatever its place: a war's two sides
    # as the doers, or "between the two": as an object ("urged both countries") the
    # pair may be any two the sentence named
    if (
        not objects
        and tok.dep_ not in ("nsubj", "nsubjpass")
        and not (tok.dep_ == "pobj" and tok.head.lower_ == "between")
    ):
        return False
    if tok.lower_ == "two":
        return any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _PAIR_NOUNS:
        return False
    if any(
        c.dep_ in ("amod", "compound", "poss", "prep")
        and not (c.dep_ == "amod" and c.lower_ in _PAIR_AMODS)
        # ("accused both sides OF war crimes": the charge, hung on the object)
        and not (
            c.dep_ == "prep"
            and c.lower_ in ("of", "for")
            and tok.dep_ == "dobj"
            and _lemma(tok.head) in _CHARGING_VERBS
        )
        for c in tok.children
    ):
        return False  # "the two Western leaders", "both sides of the border"
    if any(c.dep_ == "amod" for c in tok.children) and tok.tag_ == "NNS":
        return True  # "the rival camps", "the warring factions": a conflict's two
    words = {c.lower_ for c in tok.children if c.dep_ in ("nummod", "det", "predet")}
    if "each" in words and tok.tag_ == "NN" and tok.dep_ == "nsubj":
        # "each side blamed the other": the two, one act each
        return True
    return "both" in words or {"the", "two"} <= words


def _same_state(actor: Actor, agents: tuple[Actor, ...]) -> bool:
    """Is ``actor`` one of the ``agents``, or the state one of them is an organ of
    ("Malawi" and "Malawi's president"; not "Ghana" and Ghana's opposition)?"""
    for d in agents:
        if actor.code == d.code:
            return True
        if actor.country is None or actor.country != d.country:
            continue
        if (actor.code == actor.country and d.sector in _STATE_SECTORS) or (
            d.code == d.country and actor.sector in _STATE_SECTORS
        ):
            return True
    return False


def _own_offer(code: str, actor: Actor, agents: tuple[Actor, ...]) -> bool:
    """Is an earlier event a word or an offer (roots 01 to 09) of the ``agents``' own,
    which they do not answer ("Thailand rejected the proposal" after "Thailand and
    Cambodia agreed")? (Their own state's force they may praise or condemn:
    "Netanyahu praised the operation".)"""
    return code[:2] < "10" and _same_state(actor, agents)


def _own_countries(sources: list[Mention]) -> frozenset[str]:
    """The countries of the doers: a bare mention of one is theirs, not a recipient."""
    return frozenset(s.actor.country for s in sources if s.actor.country)


def _shares_passive(verb: Token) -> bool:
    """Is ``verb`` a participle conjoined to a passive ("was convicted and SENTENCED")?
    (The tagger may take one with no object for a past tense: "was found guilty and
    sentenced to 15 months".)"""
    return (
        verb.dep_ == "conj"
        and (
            verb.tag_ == "VBN"
            or (verb.tag_ == "VBD" and not any(c.dep_ == "dobj" for c in verb.children))
        )
        and not any(c.dep_ in _SUBJ for c in verb.children)
        # "was freed ... and HAD ARRIVED in Tehran": a perfect of its own is active
        and not any(
            c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children
        )
        and any(c.dep_ in _PASS_SUBJ or c.dep_ == "auxpass" for c in verb.head.children)
    )


def _passive_conjuncts(verb: Token) -> list[Token]:
    """The participles conjoined to a passive verb, which share its agent."""
    return [
        c
        for c in verb.children
        if c.dep_ == "conj"
        and c.tag_ == "VBN"
        and not any(g.dep_ in _SUBJ or g.dep_ in _PASS_SUBJ for g in c.children)
    ]


def _misparsed_subject(verb: Token) -> list[Token]:
    """A finite verb with no subject whose subject the parser hung on an opening
    "according to" phrase ("According to the leader, MOSCOW and Ankara agreed ..."),
    or on the conjunction that opens its clause ("after THE EARTHQUAKE struck"), or
    made the sentence's root ("VENEZUELA, which hosted the talks, called on ...")."""
    if verb.tag_ in ("VBD", "VBZ", "VBP") and verb.dep_ == "advcl":
        # "after the earthquake struck": a subject hung on the conjunction
        return [
            g
            for m in verb.children
            if m.dep_ == "mark"
            for g in m.children
            if g.dep_ == "pobj" and g.i < verb.i
        ][:1]
    if (
        verb.tag_ in ("VBD", "VBZ", "VBP", "VBN")
        and verb.dep_ in ("acl", "relcl")
        and not any(c.dep_ in ("auxpass", "agent") for c in verb.children)
        and verb.doc[verb.i - 1].text == ","
        and verb.head.dep_ == "ROOT"
        and verb.head.pos_ in ("NOUN", "PROPN")
        and verb.head.i < verb.i
    ):
        # "VENEZUELA, which has hosted the talks, called on ...": a sentence the
        # parser rooted on its subject, with its verb hung on it
        return [verb.head]
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.dep_ not in ("ROOT", "ccomp"):
        return []
    for prep in verb.children:
        if prep.i > verb.i or prep.lower_ != "according":
            continue
        for tok in prep.subtree:
            if (
                tok.dep_ == "appos"
                and tok.head.dep_ == "pobj"
                and tok.i > tok.head.i
                and all(
                    t.pos_ in ("ADV", "PUNCT")
                    for t in verb.doc[tok.right_edge.i + 1 : verb.i]
                )
            ):
                return [tok]
    return []


# kin: whose owner is another person ("the president's son", "a teacher's son")
_KIN = frozenset(
    "son sons daughter daughters wife husband widow brother brothers sister sisters "
    "mother father nephew niece cousin relative relatives grandson granddaughter".split()
)
# gifts: aid, arms, money given (07x, 033x); and the verbs of what a gift is for
_GIFTS = ("07", "033")
_HELPING = frozenset(
    "help aid assist support bolster strengthen rebuild reconstruct equip arm "
    "fund finance defend protect feed".split()
)
# participles that name who wrote or backed a text ("a US-DRAFTED resolution")
_AUTHORING = frozenset(
    "draft sponsor cosponsor co-sponsor propose author table submit write back "
    "initiate".split()
)


# how English makes an event noun from its verb: (noun ending, verb endings), the
# longest ending first ("deportation" -> deport; "suspension" -> suspend; "closure" ->
# close); a noun may also be its verb ("the arrest")
_NOUN_ENDINGS = (
    ("ation", ("", "e", "ate")),
    ("sion", ("d", "de")),
    ("tion", ("t", "te")),
    ("ment", ("",)),
    ("ure", ("e", "")),
    ("ing", ("", "e")),
    ("al", ("", "e")),
)


def _verbs_of(noun: str) -> list[str]:
    """The verbs an event noun may be made from, the noun itself first."""
    verbs = [noun]
    for ending, stems in _NOUN_ENDINGS:
        if noun.endswith(ending) and len(noun) > len(ending) + 2:
            base = noun[: -len(ending)]
            verbs += [base + stem for stem in stems]
            break
    return verbs


class Arguments(PatternMatching):
    def _mention(self, head: Token, ctx: Context) -> Mention | None:
        pron = head.pos_ == "PRON"
        # (a noun with "its" or "their" may be read differently in a speaker's report)
        keep = not pron and not any(
            c.dep_ == "poss" and c.pos_ == "PRON" for c in head.children
        )
        if keep and head.i in self._cache:
            return self._cache[head.i]
        if not pron and (near := self._neighbour(head, ctx)) is not None:
            m = near
        elif (
            pron
            and head.lower_ in _THIRD_PERSON
            and ctx.speaker is not None
            and self._quotes_speaker(head)
        ):
            m = self._other_person(head, ctx.speaker)
        elif pron and head.lower_ in _THIRD_PERSON:
            # "a court upheld a conviction against HIM": the person named before it in
            # the sentence, else the story's last (the clause walk may not have met
            # the name yet)
            m = (
                self._person_before(head, ctx)
                or self.c.resolver.resolve(
                    head,
                    self.day,
                    self.memory,
                    ctx.speaker,
                    self._context_country(head),
                )
                or self._speaker_himself(head, ctx)
            )
        elif pron and (
            (meant := self._clause_subject(head, ctx)) is not False
            or (meant := self._clause_object(head, ctx)) is not False
        ):
            m = meant
        elif pron and (own := self._speakers_own(head, ctx)) is not None:
            m = own
        elif pron and (bound := self._bound_possessive(head, ctx)) is not None:
            m = bound
        elif not pron and (home := self._own_country(head, ctx)) is not None:
            m = home
        else:
            if not pron:
                self._named_earlier(head)
            speaker = ctx.speaker
            if pron and _own_subject(head):
                # "the bombers blew THEMSELVES up", the police said: not the police
                speaker = None
            m = self.c.resolver.resolve(
                head,
                self.day,
                self.memory,
                speaker,
                self._owner_of(head, ctx) or self._context_country(head),
            )
        if m is not None and not pron and self._capital_as_place(head, m.actor):
            # "the bombing IN KABUL": the city, not the government it is the seat of
            a = m.actor
            m = replace(
                m,
                actor=replace(
                    a, code=a.country or a.code, sector=None, why=f"{a.why}; a place"
                ),
            )
        if keep:
            self._cache[head.i] = m
        return m

    def _named_earlier(self, head: Token) -> None:
        """ "Odinga" after "opposition leader Raila Odinga": a bare name the story gave
        earlier with more words is the person those words say, though no event took in
        the earlier mention (the story's memory meets only the mentions events read).
        Read the latest earlier mention now, once a doc and name, so that it is
        remembered (its title then wins over the base's office for the name)."""
        if (
            head.pos_ != "PROPN"
            or head.dep_ == "compound"
            or any(c.dep_ != "compound" or c.pos_ != "PROPN" for c in head.lefts)
            or any(c.dep_ == "appos" for c in head.children)
        ):
            return
        key = fold(head.lower_)
        doc = head.doc
        looked: set[str] = doc.user_data.setdefault("eventwire.named_earlier", set())
        if key in looked or key in self.memory.people:
            return
        looked.add(key)
        for word, i in reversed(kept(doc[:], "person_roots", _person_roots)):
            if word != key or i >= sentence_of(head).start:
                continue
            root = doc[i]
            sent = sentence_of(root)
            near = self.memory.countries_between(sent.start, sent.end)
            country = min(
                near,
                key=lambda pc: abs(pc[0] - i),
                default=(0, self.memory.main_country),
            )[1]
            found = self.c.resolver.resolve(root, self.day, self.memory, None, country)
            if found is not None and found.actor.name:
                return

    def _capital_as_place(self, head: Token, actor: Actor) -> bool:
        """Is ``head`` a capital's name after a place preposition ("in Kabul"), where
        it names the city rather than the government seated there?"""
        if (
            actor.sector != "GOV"
            or not actor.is_plain
            or head.dep_ != "pobj"
            or head.head.lower_ not in _PLACE_PREPS
            # "its ambassador in Ankara": accredited to the government there
            or _lemma(head.head.head) in _POSTED
        ):
            return False
        words = [c for c in head.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        key = surface_key(" ".join(t.text for t in (*words, head)))
        term = self.c.resolver.base.terms.get(key)
        return term is not None and term.kind == "capital"

    def _clause_subject(self, head: Token, ctx: Context) -> Mention | bool | None:
        """ "Aid groups warned of famine as THEY appealed to the government": "they"
        or "it" as the subject of an adverbial clause is the subject of the clause it
        hangs on, if no other noun there could be meant; if one could ("troops killed
        two gunmen after they opened fire"), no one (None); False if the rule does not
        apply."""
        plural = head.lower_ == "they"
        verb = head.head
        if (
            head.lower_ not in ("they", "it")
            or head.dep_ not in ("nsubj", "nsubjpass")
            or verb.dep_ != "advcl"
        ):
            return False

        def agrees(t: Token) -> bool:
            return _plural(t) == plural and t.ent_type_ != "PERSON"

        gov = verb.head
        subj = next((c for c in gov.children if c.dep_ in _SUBJ), None)
        if subj is None or subj.pos_ == "PRON" or not agrees(subj):
            return False
        others = [
            t
            for t in gov.subtree
            if t.pos_ in _NOUN_POS
            and t.i != subj.i
            and t.dep_ in ("dobj", "pobj", "dative")
            and not verb.i <= t.i <= verb.right_edge.i
            and not subj.left_edge.i <= t.i <= subj.right_edge.i
            and agrees(t)
        ]
        if others:
            return None
        found = self._mention(subj, ctx)
        if found is None:
            return False
        return _refers_to(head, found.actor)

    def _clause_object(self, head: Token, ctx: Context) -> Mention | bool | None:
        """ "Sudan expelled two aid groups, accusing THEM of meddling": "them" or
        "it" as the object of a participle clause is the one actor in the clause it
        hangs on, besides that clause's subject, that agrees in number; None if
        several could be meant; False if the rule does not apply."""
        plural = head.lower_ == "them"
        verb = head.head
        if (
            head.lower_ not in ("them", "it")
            or head.dep_ != "dobj"
            or verb.dep_ != "advcl"
            or verb.tag_ != "VBG"
        ):
            return False
        gov = verb.head
        subj = next((c for c in gov.children if c.dep_ in _SUBJ), None)
        found: dict[str, Mention] = {}
        for t in gov.subtree:
            if t.i >= verb.left_edge.i:
                break
            if (
                t.pos_ not in _NOUN_POS
                or t.dep_ not in ("dobj", "pobj", "dative")
                or (subj is not None and subj.left_edge.i <= t.i <= subj.right_edge.i)
                or _plural(t) != plural
            ):
                continue
            m = self._mention(t, ctx)
            if m is not None:
                found[m.actor.identity] = m
        if not found:
            return False
        if len(found) > 1:
            return None
        return _refers_to(head, next(iter(found.values())).actor)

    def _neighbour(self, head: Token, ctx: Context) -> Mention | None:
        """ "Algeria cut ties with Morocco, accusing ITS NEIGHBOUR of hostile acts":
        the country named nearest before it, in the sentence or the story, that is
        not the owner's."""
        if _lemma(head) not in _NEIGHBOURS:
            return None
        if not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in head.children):
            return None
        busy = self._neighbours_busy
        if head.i in busy:
            return None  # "help ITS NEIGHBOUR protect ...": the phrase is the subject
        # the owner: who does what the phrase is an argument of
        busy.add(head.i)
        try:
            owners = self._subjects(_clause_head(head), ctx)
        finally:
            busy.discard(head.i)
        if not owners or owners[0].actor.country is None:
            return None
        owner = owners[0]
        # (the story's earlier countries included: an earlier piece's are at -1)
        named = self.memory.countries_between(-1, head.i)
        country = next(
            (c for _, c in reversed(named) if c != owner.actor.country), None
        )
        if country is None:
            return None
        text = head.doc[head.left_edge.i : head.i + 1].text
        return Mention(
            Actor(text, country, country, None, None, why=f'"{text}" is {country}'),
            head.i,
            head.left_edge.i,
            head.i + 1,
        )

    def _owner_of(self, head: Token, ctx: Context) -> str | None:
        """The country of the speaker whose own "its" or "their" a noun has ("the
        ministry said ITS forces ...")."""
        for c in head.children:
            if c.dep_ == "poss" and c.pos_ == "PRON":
                own = self._speakers_own(c, ctx)
                return own.actor.country if own is not None else None
        return None

    def _speakers_own(self, head: Token, ctx: Context) -> Mention | None:
        """ "Russia's defence ministry said ITS forces had repelled ...": "its" or
        "their" in the subject of what a speaker reports is the speaker's, if the
        number agrees (not a person's: "his" and "her" are)."""
        verb = ctx.speech_verb
        if (
            head.lower_ not in ("its", "their")
            or head.dep_ != "poss"
            or ctx.speaker is None
            or verb is None
            or head.head.dep_ not in _SUBJ
            or head.head.head.dep_ not in ("ccomp", "parataxis")
            or head.head.head.head.i != verb.i
        ):
            return None
        said_by = next((c for c in verb.children if c.dep_ in _SUBJ), None)
        if (
            said_by is None
            or said_by.pos_ == "PRON"
            or said_by.ent_type_ == "PERSON"
            or _plural(said_by) != (head.lower_ == "their")
        ):
            return None
        return _refers_to(head, ctx.speaker)

    def _bound_possessive(self, head: Token, ctx: Context) -> Mention | None:
        """ "North Korea fired missiles off ITS east coast, South Korea's military
        said": "its" or "their" outside its clause's subject and object is that
        subject, if the number agrees (not the speaker of the report)."""
        if head.lower_ not in ("its", "their") or head.dep_ != "poss":
            return None
        verb = head.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        subj = next((c for c in verb.children if c.dep_ in _SUBJ), None)
        if (
            subj is None
            or subj.pos_ == "PRON"
            or subj.ent_type_ == "PERSON"
            or subj.left_edge.i <= head.i <= subj.right_edge.i
            # "abducted eight of THEIR members": an object's owner may be anyone
            or any(
                c.dep_ in ("dobj", "dative")
                and c.left_edge.i <= head.i <= c.right_edge.i
                for c in verb.children
            )
        ):
            return None
        if _plural(subj) != (head.lower_ == "their"):
            return None
        found = self._mention(subj, ctx)
        if found is None or (
            head.lower_ == "its"
            and (found.actor.name or _lemma(subj) in _PERSON_TITLES)
        ):
            return None  # "its" is no person's
        return _refers_to(head, found.actor)

    def _speaker_himself(self, head: Token, ctx: Context) -> Mention | None:
        """ "Germany's chancellor said HE had spoken with ...": with no person named,
        he or she is a speaker named by a person's title (or the office of one)."""
        verb = ctx.speech_verb
        speaker = ctx.speaker
        if verb is None or speaker is None or head.lower_ not in ("he", "she"):
            return None
        subj = next((c for c in verb.children if c.dep_ in ("nsubj",)), None)
        if subj is None:
            return None
        if _lemma(subj) not in _PERSON_TITLES and not any(
            # "the prime minister's OFFICE said HE had spoken ...": the titled
            # person the speaking office or spokesman is of
            c.dep_ == "poss" and _lemma(c) in _PERSON_TITLES
            for c in subj.children
        ):
            return None
        a = replace(speaker, text=head.text, why=f'"{head.text}" is the speaker')
        return Mention(a, head.i, head.i, head.i + 1)

    def _own_country(self, head: Token, ctx: Context) -> Mention | None:
        """ "The minister warned that HIS COUNTRY is prepared to strike": the country
        of whom the possessive means, the speaker of the report (else the person
        named before it), when that one has a country."""
        if _lemma(head) not in ("country", "nation") or not any(
            c.dep_ == "poss" and c.lower_ in ("his", "her", "our", "my")
            for c in head.children
        ):
            return None
        if any(c.dep_ in ("amod", "compound") for c in head.children):
            return None  # "his home country", "her adopted nation": not plainly theirs
        owner = ctx.speaker
        if owner is None:
            before = self._person_before(head, ctx)
            owner = before.actor if before is not None else None
        for verb in head.ancestors if owner is None else ():
            # else the subject of a clause above ("the minister warned ... after a
            # strike that HIS COUNTRY blamed on Tehran")
            subj = next((c for c in verb.children if c.dep_ in _SUBJ), None)
            if subj is None or subj.pos_ == "PRON" or head in subj.subtree:
                continue
            above = self._mention(subj, ctx)
            owner = above.actor if above is not None else None
            break
        if owner is None or owner.country is None:
            return None
        actor = Actor(
            " ".join(t.text for t in head.subtree),
            owner.country,
            owner.country,
            None,
            None,
            why=f'"{head.text}" of {owner.text}: {owner.country}',
        )
        return Mention(actor, head.i, head.left_edge.i, head.right_edge.i + 1)

    def _person_before(self, head: Token, ctx: Context) -> Mention | None:
        doc = head.doc
        for tok in reversed(self.tokens[: head.i - self.sent.start]):
            if tok.ent_type_ != "PERSON":
                continue
            if tok.i + 1 < len(doc) and doc[tok.i + 1].ent_iob_ == "I":
                continue  # the last word of a name is its head
            found = self._mention(tok, ctx)
            if found is not None and found.actor.name:
                return _refers_to(head, found.actor)
        return None

    def _quotes_speaker(self, head: Token) -> bool:
        """Is ``head`` in a clause where the speaker calls himself "I" or "we"?"""
        clause = head
        while (
            clause.dep_ not in ("ccomp", "parataxis", "ROOT")
            and clause.head.i != clause.i
        ):
            clause = clause.head
        return any(
            t.lower_ in ("i", "we", "my", "our", "us", "me") for t in clause.subtree
        )

    def _other_person(self, head: Token, speaker: Actor) -> Mention | None:
        """ "We support his efforts," X said: "his" is someone else named nearby."""
        candidates: list[Actor] = []
        for tok in self.tokens:
            if tok.i != head.i and tok.pos_ == "PROPN":
                known = self.memory.people.get(tok.lower_)
                if known is not None:
                    candidates.append(known)
        candidates.extend(reversed(self.memory.persons))
        for actor in candidates:
            if actor.name != speaker.name:
                a = Actor(
                    head.text,
                    actor.code,
                    actor.country,
                    actor.sector,
                    actor.name,
                    why=f'"{head.text}" refers to {actor.name}',
                )
                return Mention(a, head.i, head.i, head.i + 1)
        return None

    def _place_recipient(
        self, tok: Token, origins: bool = True, deep: bool = False
    ) -> Mention | None:
        raise NotImplementedError  # the country of a place phrase: implied.py

    def _context_country(self, head: Token) -> str | None:
        """The country a sector word with none belongs to: the nearest one named in the
        sentence, else the country of the dateline the sentence is filed under, else
        the one the story is most about. Under a dateline, a country named in another
        clause counts less than the dateline's ("KHARTOUM - The army agreed to send
        envoys to Saudi Arabia, a day after fighting killed 40 civilians in the
        capital": not Saudi civilians)."""
        before = (
            head.doc[head.left_edge.i : head.i] if head.left_edge.i < head.i else ()
        )
        mods = [c for c in before if c.dep_ in ("amod", "compound")]
        if (
            any(
                c.dep_ == "amod"
                and c.lower_ in ("foreign", "international", "overseas")
                for c in mods
            )
            and _lemma(head) not in _FOREIGN_AFFAIRS
        ):
            # "four foreign aid groups" in Sudan are not Sudanese (a foreign ministry
            # is the country's own)
            return None
        if any(c.lower_ in _REGIONS for c in mods):
            # "West African leaders", "Gulf Arab states", "European ministers": of a
            # region, not of the one country the sentence names
            return None
        verb = head.head
        if head.dep_ in ("dobj", "nsubjpass") and verb.pos_ == "VERB":
            # "Israeli strikes killed 67 people IN RAFAH": of where it happened, not
            # of the doers named nearer
            place = self._place_recipient(verb, origins=False)
            if place is not None and not self._venue(place.head):
                return place.actor.country
        if self._named is None:
            named, venues = [], set()
            doc = self.sent.doc
            for pc in self.memory.countries_between(self.sent.start, self.sent.end):
                k = pc[0]
                if (
                    k + 2 < len(doc)
                    and doc[k + 1].text == "-"
                    and doc[k + 2].lower_ in PATRON_WORDS
                ):
                    continue  # "Russian-backed Syrian forces": a patron, no owner
                if k >= 2 and doc[k - 1].text == "-" and doc[k - 2].lower_ in _STANCES:
                    continue  # "pro-Russian protesters": whom they back, not theirs
                if _of_a_mission(doc[k]):
                    continue  # "outside the French embassy": a mission abroad
                if self._venue(pc[0]):
                    venues.add(pc[1])
                else:
                    named.append(pc)
            self._named = (named, venues)
        named, venues = self._named
        if head.pos_ == "PROPN" and head.ent_type_ == "PERSON":
            # "President Bassirou Diomaye Faye met FRENCH President Emmanuel Macron",
            # "Foreign Minister Kestutis Budrys summoned the BELARUSIAN charge
            # d'affaires": a named person's country is not a country word of another
            # actor's own phrase
            named = [pc for pc in named if not self._of_another_actor(pc[0], head)]
        if self._filed is False:
            dateline = self.sent._.dateline
            self._filed = self.memory.filed.get(dateline.start) if dateline else None
        filed = self._filed
        if filed and len({c for _, c in named}) > 1:
            inside = _in_clause(head)
            named = [pc for pc in named if inside(pc[0])]
        best = min(named, key=lambda pc: abs(pc[0] - head.i), default=None)
        if best is not None:
            return best[1]
        if filed or self.memory.main_country not in (None, *venues):
            return filed or self.memory.main_country
        # no country named anywhere (or only where the sides meet): the country of
        # an actor the sentence names ("President Bashar Assad's forces clashed with
        # rebel fighters")
        known = [
            (i, m.actor.country)
            for i, m in self._cache.items()
            if m is not None and m.actor.country and i != head.i
        ]
        return min(known, key=lambda pc: abs(pc[0] - head.i), default=(0, None))[1]

    def _of_another_actor(self, k: int, head: Token) -> bool:
        """Is the country word at token ``k`` a modifier in the phrase of an actor
        other than ``head`` (a phrase with a role word in it: a president, a charge
        d'affaires, troops), neither inside ``head``'s phrase nor holding it?"""
        doc = self.sent.doc
        if not 0 <= k - self.sent.start < len(self.sent):
            return False
        tok = doc[k]
        while (
            tok.dep_ in ("amod", "compound", "nmod", "poss")
            and tok.head.pos_ in _NOUN_POS
            and tok.head.i != tok.i
        ):
            tok = tok.head
        if tok.i == k or tok.i == head.i:
            return False
        if tok.is_ancestor(head) or head.is_ancestor(tok):
            return False
        phrase = list(doc[tok.left_edge.i : tok.i + 1])
        return any(t.kind == "role" for _, _, t in self.c.resolver.match_terms(phrase))

    def _venue(self, i: int) -> bool:
        """Is token ``i`` where a meeting is held ("talks IN DOHA", "met AT the UN in
        Geneva")? Its country is not that of the sides who meet there."""
        if not 0 <= i - self.sent.start < len(self.sent):
            return False
        tok = self.sent.doc[i]
        while (
            tok.dep_ in ("compound", "pobj", "prep", "conj", "appos")
            and tok.head.i != tok.i
        ):
            if tok.dep_ == "prep" and tok.lower_ in ("in", "at"):
                # "met in Doha", "talks in Doha", "held talks in Doha", "talks
                # resumed in Doha"
                return any(
                    _lemma(t) in self.book.meeting_words
                    for t in (
                        tok.head,
                        *(
                            c
                            for c in tok.head.children
                            if c.dep_ in ("dobj", "nsubj", "nsubjpass")
                        ),
                    )
                )
            tok = tok.head
        return False

    def _expand(self, head: Token, ctx: Context) -> list[Mention]:
        out: list[Mention] = []
        heads = [head, *_later_conjuncts(head)]
        for c in head.children:
            # "the US, Russia, and Switzerland": a list the parser took for an appositive
            if c.dep_ == "appos" and any(g.dep_ == "conj" for g in c.children):
                heads.extend([c, *_later_conjuncts(c)])
            elif (
                c.dep_ == "appos"
                and c.ent_type_ == "GPE"
                and head.ent_type_ == "GPE"
                and abs(c.i - head.i) == 2
                and head.doc[min(c.i, head.i) + 1].text == ","
                and self._other_country(head, c, ctx)
            ):
                # "Russia, Ukraine swap prisoners": one country is no apposition of
                # another (but "Paris, France" is a town and its country)
                heads.append(c)
        for tok in heads:
            pair = self._pair(tok) if _names_a_pair(tok) else None
            if (
                pair is None
                and _names_a_pair(tok, objects=True)
                and not self._others_named(tok)
            ):
                # "The AU urged both countries to ...", in a sentence naming none
                # but the doers: the two sides of the story's last event between two
                pair = self.memory.last_pair
            if pair is not None:
                # "the two signed an agreement", "both sides agreed": the two sides of
                # the last event between two actors, as the noun names them ("the
                # two GOVERNMENTS" after their soldiers clashed: the governments)
                said = tok.doc[tok.left_edge.i : tok.right_edge.i + 1].text
                out.extend(
                    Mention(
                        replace(
                            _as_the_pair_noun(a, tok),
                            text=said,
                            why=f'"{said}": {a.text} is one',
                        ),
                        tok.i,
                        tok.left_edge.i,
                        tok.right_edge.i + 1,
                    )
                    for a in pair
                )
                continue
            counted = self._counted_countries(tok)
            if counted:
                # "urged the three countries to reconsider": the last three the story
                # named
                said = tok.doc[tok.left_edge.i : tok.right_edge.i + 1].text
                out.extend(
                    Mention(
                        Actor(said, c, c, None, None, why=f'"{said}": {c} is one'),
                        tok.i,
                        tok.left_edge.i,
                        tok.right_edge.i + 1,
                    )
                    for c in counted
                )
                continue
            if tok.lower_ in _PLURAL_PRONOUNS and len(ctx.speakers) > 1:
                # "China and Russia told the Council that THEY oppose ...": all of them
                out.extend(
                    Mention(replace(a, text=tok.text), tok.i, tok.i, tok.i + 1)
                    for a in ctx.speakers
                )
                continue
            parts = (
                buried_coordination(tok, self.c.resolver.body_names)
                if tok.pos_ == "PROPN"
                else []
            )
            for part_head, tokens in parts:
                m = self.c.resolver.resolve(
                    part_head,
                    self.day,
                    self.memory,
                    ctx.speaker,
                    self._context_country(part_head),
                    tokens=tokens,
                )
                if m is not None:
                    out.append(m)
            if parts:
                continue
            m = self._mention(tok, ctx)
            if m is not None:
                out.append(m)
                out.extend(self._shared_head(tok, m))
                out.extend(self._each_party(tok, m, ctx))
        if len(heads) > 1:
            out = _one_delegation(out)
        return out

    def _each_party(self, head: Token, mention: Mention, ctx: Context) -> list[Mention]:
        """A delegate of several parties stands for each: "representatives of
        Venezuela's government and opposition", "negotiators from the Sudanese army and
        paramilitaries"; a conjunct with no country word of its own is of the first
        one's country, not of a place the sentence names ("... met in Havana")."""
        if _lemma(head) not in self.book.delegates:
            return []
        out: list[Mention] = []
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("of", "from"):
                continue
            for first in (g for g in prep.children if g.dep_ == "pobj"):
                country = self._owner_country(first)
                for other in first.conjuncts:
                    m = self._mention(other, ctx)
                    if m is None or m.actor.sector is None:
                        # (a bare country's delegates are _shared_head's: "delegations
                        # from Sudan and South Sudan")
                        continue
                    a = m.actor
                    if (
                        country is not None
                        and a.is_plain
                        and a.sector
                        and a.country != country
                        and self._owner_country(other) is None
                    ):
                        a = replace(
                            a,
                            code=actor_code(country, a.sector),
                            country=country,
                            why=f'"{other.text}" is of the country of "{first.text}"',
                        )
                    if a.identity != mention.actor.identity:
                        out.append(Mention(a, other.i, m.start, m.end))
        return out

    def _owner_country(self, tok: Token) -> str | None:
        """The country a noun's own modifiers name ("Venezuela's", "Sudanese")."""
        for c in tok.children:
            if c.dep_ in ("poss", "amod", "compound", "nmod"):
                country = self._country_of(c)
                if country is not None:
                    return country
        return None

    def _other_country(self, a: Token, b: Token, ctx: Context) -> bool:
        """Do ``a`` and ``b`` name actors of two different countries?"""
        first, second = self._mention(a, ctx), self._mention(b, ctx)
        return (
            first is not None
            and second is not None
            and first.actor.country is not None
            and second.actor.country is not None
            and first.actor.country != second.actor.country
        )

    def _others_named(self, tok: Token) -> bool:
        """Does the sentence name a country, outside the subject of the verb ``tok``
        hangs on, that is not one of the subject's ("VENEZUELA called on both sides
        ..." names none)?"""
        verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
        while (
            verb is not None
            and verb.dep_ == "conj"
            and not any(c.dep_ in _SUBJ for c in verb.children)
        ):
            # "the United States supported ... and URGED both governments": the
            # subject the joined verb shares
            verb = verb.head
        spans = [
            (c.left_edge.i, c.right_edge.i)
            for c in (verb.children if verb is not None else ())
            if c.dep_ in _SUBJ
        ] + [
            (c.left_edge.i, c.i)
            for c in (_misparsed_subject(verb) if verb is not None else ())
        ]
        told = self.memory.countries_between(self.sent.start, self.sent.end)
        # (the doers' own countries again are no others: "Saudi Arabia and Qatar
        # called on both sides ..., and QATAR's foreign ministry offered ...")
        doers = {c for k, c in told if any(a <= k <= b for a, b in spans)}
        return any(
            not any(a <= k <= b for a, b in spans) and c not in doers for k, c in told
        )

    def _counted_countries(self, tok: Token) -> list[str]:
        """ "the three countries", "the four states": the last so many countries the
        story named before this sentence, when it named as many."""
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _COUNTED_NOUNS:
            return []
        kids = {c.dep_: c for c in tok.children}
        # (what is said of them does not make them others: "the three countries,
        # ALL RUN BY MILITARY GOVERNMENTS,", "the three NEIGHBOURING countries")
        if set(kids) - _COUNTED_KIDS or kids.get("det") is None:
            return []
        if kids["det"].lower_ != "the" or "nummod" not in kids:
            return []
        n = _NUMBERS.get(kids["nummod"].lower_, 0)
        if n < 3:
            return []  # "the two": the pair of the last event (_pair)
        found: list[str] = []
        for _, country in reversed(self.memory.countries_between(-1, self.sent.start)):
            if country not in found:
                found.append(country)
            if len(found) == n:
                return found[::-1]
        return []

    def _pair(self, tok: Token) -> tuple[Actor, Actor] | None:
        """The two sides of the last event between two actors, in this sentence
        before ``tok`` or else earlier in the story."""
        for ev in reversed(self.events):
            if (
                ev.target is not None
                and ev.trigger.i < tok.i
                and ev.target.identity != ev.source.identity
            ):
                return ev.source, ev.target
        return self.memory.last_pair

    def _shared_head(self, head: Token, mention: Mention) -> list[Mention]:
        """One head, several countries, several actors: "Hungarian and Romanian
        officials", "the presidents of Brazil and Mexico", "her counterparts from
        Kenya, Uganda and Ethiopia"; a named group and a country sharing one head,
        "Taliban and Afghan officials", are the group and that country's officials."""
        a = mention.actor
        if not a.is_plain:
            return self._group_and_country(head, mention)
        if a.country is None:
            return []
        owners = [c for c in head.children if c.dep_ in ("amod", "compound", "nmod")]
        # "counterparts from X and Y", with "from" on the verb where the parser put it
        after = (
            head.doc[head.right_edge.i + 1]
            if head.right_edge.i + 1 < len(head.doc)
            else None
        )
        preps = [c for c in head.children if c.dep_ == "prep"]
        if after is not None and after.dep_ == "prep" and after.head.i == head.head.i:
            preps.append(after)
        owners += [
            g
            for c in preps
            if c.lower_ in ("of", "from")
            for g in c.children
            if g.dep_ == "pobj"
        ]
        out: list[Mention] = []
        seen = {a.country}
        # "the presidents of Venezuela AND OF Argentina": a second "of" on the head
        of_owners = [
            g
            for c in head.children
            if c.dep_ == "prep" and c.lower_ in ("of", "from")
            for p in (c, *c.conjuncts)
            for g in p.children
            if g.dep_ == "pobj"
        ]
        coordinated = of_owners if len(of_owners) >= 2 else []
        for owner in owners:
            for other in (*coordinated, *owner.conjuncts):
                country = self._country_of(other)
                if country is None and other in owner.conjuncts:
                    # "Iranian and TALIBAN border forces": a country's and a named
                    # group's, the group with the head
                    m = self.c.resolver.resolve(
                        head, self.day, self.memory, None, None, tokens=[other, head]
                    )
                    if m is not None and not m.actor.is_plain:
                        seen.add(m.actor.identity)
                        out.append(
                            Mention(m.actor, other.i, mention.start, mention.end)
                        )
                    continue
                if country is None or country in seen:
                    continue
                seen.add(country)
                actor = Actor(
                    a.text,
                    actor_code(country, a.sector),
                    country,
                    a.sector,
                    None,
                    why=f'"{other.text}" shares "{head.text}"',
                )
                out.append(Mention(actor, other.i, mention.start, mention.end))
        return out

    def _group_and_country(self, head: Token, mention: Mention) -> list[Mention]:
        """ "Taliban and Afghan officials": the head with the country word alone."""
        out: list[Mention] = []
        for owner in (c for c in head.children if c.dep_ in ("compound", "nmod")):
            for other in owner.conjuncts:
                if other.i < owner.i or self._country_of(other) is None:
                    continue
                m = self.c.resolver.resolve(
                    head, self.day, self.memory, None, None, tokens=[other, head]
                )
                if m is not None and m.actor.identity != mention.actor.identity:
                    out.append(Mention(m.actor, other.i, mention.start, mention.end))
        return out

    def _country_of(self, tok: Token) -> str | None:
        """The country a word names on its own ("Romanian", "Mexico", "the Democratic
        Republic of Congo"), if it names nothing more (not a body or a person)."""
        # the whole name: "South Sudan" is not "Sudan"
        words = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        key = surface_key(" ".join(t.text for t in (*words, tok)))
        term = self.c.resolver.base.terms.get(key)
        if term is not None and term.kind in ("demonym", "country") and term.country:
            return term.country
        if tok.pos_ != "PROPN":
            return None
        m = self._mention(tok, Context())
        if m is None or m.actor.sector or m.actor.name or not m.actor.is_plain:
            return None
        return m.actor.country

    def _subjects(
        self, tok: Token, ctx: Context, documents: bool = True
    ) -> list[Mention]:
        """Who does what ``tok`` predicates: subject, "by" agent, or a governing clause's
        subject; a document as its subject acts for its issuer (``documents``: "a
        resolution that condemns", not "a report documented assaults")."""
        seen: set[int] = set()
        cur = tok
        while cur.i not in seen:
            seen.add(cur.i)
            if finite_beside_infinitive(cur) and (host := finite_host(cur)):
                # "accused Russia of plotting to overthrow her government and CALLED
                # ON the EU": the higher verb's second act, and its doer's
                cur = host
                continue
            passive = any(
                c.dep_ in _PASS_SUBJ or c.dep_ == "auxpass" for c in cur.children
            ) or (
                # "was convicted and SENTENCED by a court"; "the referendum,
                # BOYCOTTED by the opposition parties": a participle with its
                # agent named
                (_shares_passive(cur) or (cur.dep_ == "acl" and cur.tag_ == "VBN"))
                and any(c.dep_ == "agent" for c in cur.children)
            )
            if passive:
                # "was convicted and sentenced BY a court": the conjoined participles
                # share one agent
                for v in (cur, *_passive_conjuncts(cur)):
                    for c in v.children:
                        if c.dep_ == "agent":
                            for g in c.children:
                                if g.dep_ == "pobj":
                                    return self._expand(g, ctx)
                # "were hit with new sanctions BY Britain": the agent the parser hung
                # on the verb's "with" phrase
                for c in cur.children:
                    if c.dep_ == "prep" and c.lower_ == "with":
                        for g in c.children:
                            for a in g.children if g.dep_ == "pobj" else ():
                                if a.dep_ == "prep" and a.lower_ == "by":
                                    found = [
                                        m
                                        for o in a.children
                                        if o.dep_ == "pobj"
                                        for m in self._expand(o, ctx)
                                    ]
                                    if found:
                                        return found
            subjects = [c for c in cur.children if c.dep_ in _SUBJ]
            listed = _comma_listed(subjects)
            if listed:
                # "Japan, South Korea agree to resume talks": a headline's list
                found = [m for c in listed for m in self._expand(c, ctx)]
                if len(found) == len(listed):
                    return found
            if len(subjects) > 1:
                # "New York, March 22 - The Committee ... calls on": a dateline the
                # parser took for a second subject
                for c in subjects:
                    found = self._expand(c, ctx)
                    if found:
                        return found
                return []
            misparsed = False
            if not subjects and not passive:
                subjects = _misparsed_subject(cur)
                misparsed = bool(subjects)
            for c in subjects:
                if c.dep_ in _SUBJ or c.dep_ == "appos" or misparsed:
                    if c.lower_ in _REL_PRONOUNS and cur.dep_ == "relcl":
                        found = self._expand(cur.head, ctx)
                        if not found and documents:
                            found = self._document_source(cur.head, ctx)
                        return found
                    if (
                        documents
                        and cur is tok
                        and _lemma(c) in self.book.documents
                        and c.pos_ == "NOUN"
                    ):
                        # "a statement from the group claimed ...": the group did
                        found = self._expand(c, ctx) or self._document_source(c, ctx)
                        return found
                    if _lemma(c) in self.book.munitions:
                        # "rockets fired by the rebels hit the town": who fired them (the
                        # parser may make "fired by" the main verb)
                        found = self._noun_sources(c, ctx, inherit=False)
                        for a in cur.children:
                            if not found and a.dep_ == "agent":
                                pobj = next(
                                    (g for g in a.children if g.dep_ == "pobj"), None
                                )
                                found = (
                                    self._expand(pobj, ctx) if pobj is not None else []
                                )
                        return found
                    if c.pos_ == "ADP":
                        # a first name the tagger took for a preposition ("Barack")
                        c = next((g for g in c.children if g.dep_ == "pobj"), c)
                    if c.dep_ == "ROOT":
                        # (the root's phrase is the whole sentence: its own words)
                        said = c.doc[c.left_edge.i : c.i + 1].text
                        return [
                            replace(
                                m,
                                actor=replace(m.actor, text=said),
                                start=c.left_edge.i,
                                end=c.i + 1,
                            )
                            for m in self._expand(c, ctx)
                        ]
                    return self._expand(c, ctx) + self._listed_before(cur, c, ctx)
            if passive:
                stance = [c for c in cur.children if c.dep_ in _PASS_SUBJ]
                if stance and cur.lemma_.lower() in _STATIVE_PASSIVES:
                    # "Israel is opposed to French mediation": a stance, not a passive
                    return self._expand(stance[0], ctx)
                # "the notes were exchanged between X and Y": both did it
                for prep in cur.children:
                    if prep.dep_ == "prep" and prep.lower_ == "between":
                        for g in prep.children:
                            if g.dep_ == "pobj":
                                return self._expand(g, ctx)
                return []
            if (
                cur.dep_ == "pcomp"
                and cur.tag_ == "VBG"
                and cur.head.lower_ in ("of", "for", "with")
                and cur.head.head.pos_ == "VERB"
            ):
                # "accused THEM of holding a rally", "arrested him for insulting the
                # king": the object did it, not the accuser; no one if it names no one
                objs = [c for c in cur.head.head.children if c.dep_ == "dobj"]
                if objs:
                    return self._expand(objs[0], ctx)
            suspected = _suspected_of(cur)
            if suspected is not None:
                # "arrested four men ON SUSPICION OF attacking peacekeepers", "were
                # detained on charges of spying": those held are said to have done it
                held = [
                    c for c in suspected.children if c.dep_ in ("dobj", *_PASS_SUBJ)
                ]
                return self._expand(held[0], ctx) if held else []
            if (
                cur.dep_ == "pcomp"
                and cur.tag_ == "VBG"
                and cur.head.lower_ in ("of", "for")
                and cur.head.head.dep_ == "dobj"
                and cur.head.head.head.pos_ == "VERB"
            ):
                # "accused [a tabloid OF INVADING his privacy]", the parser hanging
                # "of" on the object: the object did it, or no one
                return self._expand(cur.head.head, ctx)
            if (
                cur.dep_ == "xcomp"
                and cur.head.lemma_.lower() in self.book.scheduled
                and any(c.dep_ == "auxpass" for c in cur.head.children)
            ):
                # "Obama is scheduled to attend": the one scheduled attends
                expected = [c for c in cur.head.children if c.dep_ in _PASS_SUBJ]
                if expected:
                    return self._expand(expected[0], ctx)
            if cur.dep_ == "xcomp":
                # "urged Syria to talk": the object of the control verb does the talking
                # ("voted 3-0 to reject": an object that names no one does not)
                objs = [c for c in cur.head.children if c.dep_ in ("dobj",)]
                found = self._expand(objs[0], ctx) if objs else []
                if found:
                    return found
            if (
                cur.dep_ == "acl"
                and cur.head.lemma_.lower() in self.book.frame_nouns
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children)
            ):
                # "France's decision TO ORDER the envoys to leave": the owner of the
                # decision, plan or bid does what it is to do
                found = self._noun_sources(cur.head, ctx)
                if found:
                    return found
            if cur.dep_ == "acl" and (
                cur.tag_ == "VBG" or any(c.dep_ == "dobj" for c in cur.children)
            ):
                # "a Saudi-led coalition targeting the rebels": the noun does it; so
                # does a noun the parser gave a finite verb as a participle ("gunmen
                # suspected to be militants KILLED 15 people": a participle with an
                # object is not passive)
                found = self._expand(cur.head, ctx)
                if found:
                    return found
                if (
                    cur.tag_ == "VBG"
                    and cur.head.pos_ == "NOUN"
                    and _lemma(cur.head) not in _CARRIERS
                    and _lemma(cur.head) not in self.book.documents
                    and _lemma(cur.head) not in self.book.frame_nouns
                    and cur.head.ent_type_ not in ("DATE", "TIME")
                    and _lemma(cur.head) not in _TIMES
                    and not self._cands("noun", cur.head)
                ):
                    # "tear gas against pensioners PROTESTING outside": the noun does
                    # it, known or not, and not the clause's subject (but "held
                    # placards CALLING for ...": what a sign says, its holders say;
                    # and an event noun or a time does nothing: "broke its ceasefire
                    # ATTACKING soldiers", "for a second day CALLING on", as parsed)
                    return []
            if (
                cur.dep_ == "advcl"
                and cur.tag_ == "VBG"
                and cur.head.dep_ == "xcomp"
                and any(
                    c.dep_ == "dobj" and c.lower_ in ("him", "her", "them")
                    for c in cur.children
                )
            ):
                # "Fiji ordered the official to leave, ACCUSING HIM of ...": the
                # parser hangs the participle on the act ordered, but no one accuses
                # himself: the one who ordered it does it
                main = [c for c in cur.head.head.children if c.dep_ == "nsubj"]
                found = self._expand(main[0], ctx) if main else []
                if found:
                    return found
            if cur.dep_ == "advcl" and cur.tag_ == "VBG":
                # "The peacekeepers were Egyptian, UNAMID said, URGING the government
                # to ...": a participle after a parenthetical report is the
                # reporter's, wherever the parser hung it
                said = next(
                    (
                        c
                        for c in cur.head.children
                        if c.dep_ == "parataxis"
                        and c.i < cur.i
                        and c.lemma_.lower() in self.book.speech_verbs
                    ),
                    None,
                )
                teller = (
                    next((c for c in said.children if c.dep_ in _SUBJ), None)
                    if said is not None
                    else None
                )
                if teller is not None:
                    return self._expand(teller, ctx)
            if self._reporters_conjunct(cur):
                # "denied that the group WAS BLOCKING aid and ACCUSED the army of
                # ...": the reporter's own second act, wherever the parser hung it
                return self._subjects(cur.head.head, ctx)
            if (
                cur.dep_ == "conj"
                and cur.head.dep_ == "ccomp"
                and _lemma(cur.head.head) in self.book.speech_verbs
                and (
                    _lemma(cur) in self.book.speech_verbs
                    or self.book.frame_verbs.get(_lemma(cur)) in ("appeal", "demand")
                    or (
                        # a verbal act (an accusation, a criticism), not a deed
                        # the report tells of ("were abducted and SHOT dead")
                        cur.tag_ != "VBN"
                        and not _shares_passive(cur)
                        and _verbal_act({p.code[:2] for p in self._cands("verb", cur)})
                    )
                )
            ):
                # "Amnesty said the verdict was unjust and URGED Egypt to free him",
                # "said the talks had been useful but ACCUSED Kenya of bad faith": the
                # parser hung the second act on the report; when the report's subject
                # names no one, the speaker does it
                told = [c for c in cur.head.children if c.dep_ in _SUBJ]
                doers = self._expand(told[0], ctx) if told else []
                if not doers or self._asks_itself(cur, doers, ctx):
                    return self._subjects(cur.head.head, ctx)
            if (
                cur.dep_ == "conj"
                and not passive
                and not _shares_passive(cur)
                and not any(c.dep_ == "auxpass" for c in cur.children)
            ):
                # "had been freed by a French court and HAD ARRIVED in Tehran": an
                # active verb joined to a passive shares the passive's subject (the
                # one it was done to), not its agent
                patients = [c for c in cur.head.children if c.dep_ in _PASS_SUBJ]
                if patients:
                    return self._expand(patients[0], ctx)
            if cur.dep_ == "advcl" and cur.tag_ in ("VBZ", "VBP"):
                # "agree on talks as shelling hits Kharkiv": a present-tense clause
                # the parser left with no subject has one of its own, not its host's
                return []
            if cur.dep_ in (
                "xcomp",
                "advcl",
                "conj",
                "pcomp",
                "acomp",
                "attr",
                "oprd",
                "prep",
                "pobj",
            ) or (cur.dep_ == "acl" and cur.tag_ in ("VBG",)):
                cur = cur.head
                continue
            if cur.pos_ not in ("VERB", "AUX", "ADJ") and cur.dep_ in (
                "pobj",
                "dobj",
                "nsubj",
                "appos",
                "conj",
                "prep",
                "npadvmod",
            ):
                cur = (
                    cur.head
                )  # "backed Assad, including with arms supplies": up to the verb
                continue
            break
        return []

    def _asks_itself(self, verb: Token, doers: list[Mention], ctx: Context) -> bool:
        """Would the report's subject (``doers``) make ``verb``'s demand or appeal of
        its own state or government ("said Serbia was behind the attack and demanded
        that BELGRADE hand over the gunmen")? No one asks that of itself: the speaker
        does."""
        if self.book.frame_verbs.get(_lemma(verb)) not in ("appeal", "demand"):
            return False
        asked = [c for c in verb.children if c.dep_ == "dobj"] + [
            g
            for c in verb.children
            if (c.dep_ == "prep" and c.lower_ in ("on", "to"))
            or (c.dep_ == "ccomp" and c.i > verb.i)
            for g in c.children
            if g.dep_ in ("pobj", "nsubj")
        ]
        countries = {m.actor.country for m in doers} - {None}
        return any(
            m.actor.country in countries and m.actor.sector in (None, "GOV")
            for a in asked[:1]
            for m in self._expand(a, ctx)
        )

    def _reporters_conjunct(self, verb: Token) -> bool:
        """Is ``verb``, a verbal act (an accusation, a criticism, an appeal) joined
        to a clause that a speech or denial verb reports, the reporter's own second
        act, not one more thing the report tells? The parser hangs it on the report
        either way; it is the reporter's when a bare past tense cannot share the
        report's auxiliary ("said the government WAS TRYING to cling to power and
        URGED supporters ...", "said it WOULD stay and ACCUSED ..."), and after a
        denial, which reports the other side's deeds, not its words ("denied that its
        fighters had attacked the camp and ACCUSED the army of ...")."""
        if (
            verb.dep_ != "conj"
            or verb.tag_ != "VBD"
            or verb.head.dep_ != "ccomp"
            or any(c.dep_ in _SUBJ or c.dep_ == "aux" for c in verb.children)
            or _shares_passive(verb)
        ):
            return False
        roots = {p.code[:2] for p in self._cands("verb", verb)}
        if self.book.frame_verbs.get(_lemma(verb)) != "appeal" and (
            not roots or not roots <= _REPORTERS_ACTS
        ):
            return False
        clause, reporter = verb.head, verb.head.head
        if _lemma(reporter) in _DENYING:
            return True
        if _lemma(reporter) not in self.book.speech_verbs:
            return False
        return any(
            c.dep_ == "aux" and c.lower_ in _UNSHARED_AUX for c in clause.children
        ) or (
            clause.tag_ in ("VBZ", "VBP")
            and not any(c.dep_ == "aux" for c in clause.children)
        )

    def _listed_before(self, verb: Token, subj: Token, ctx: Context) -> list[Mention]:
        """ "Biden, Xi agree to resume talks", "Egypt, Sudan agree": a headline lists
        its doers with a comma, and the parser hangs the first on the verb as a bare
        dependent or a noun phrase of time (not a time: "Monday, the army said")."""
        doc = verb.doc
        out: list[Mention] = []
        for c in verb.children:
            if (
                (
                    c.dep_ == "dep"
                    or (
                        c.dep_ == "npadvmod"
                        and not any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree)
                    )
                )
                and c.pos_ == "PROPN"
                and c.i < subj.left_edge.i
                and doc[c.right_edge.i + 1].text == ","
                and c.right_edge.i + 2 == subj.left_edge.i
            ):
                out.extend(self._expand(c, ctx))
        return out

    def _document_source(self, noun: Token, ctx: Context) -> list[Mention]:
        """Who acts through a document: its issuer named on it ("a statement FROM the
        group", "the council's resolution", "a decree issued BY the president"), else
        whoever adopted, issued or spoke in it ("the OAS voted in favour of a
        resolution that condemns ...", "the judge said in the ruling, which ...")."""
        if _lemma(noun) not in self.book.documents or noun.pos_ != "NOUN":
            return []
        found = self._noun_sources(noun, ctx, inherit=False)
        if found:
            return found
        cur, hops = noun, 0
        while cur.dep_ in ("pobj", "prep", "dobj", "nsubjpass") and hops < 4:
            cur, hops = cur.head, hops + 1
            if cur.pos_ in ("VERB", "AUX"):
                return self._subjects(cur, ctx)
        return []

    def _noun_sources(
        self,
        tok: Token,
        ctx: Context,
        inherit: bool = True,
        kind: frozenset[str] = frozenset(),
        kind_code: str = "",
    ) -> list[Mention]:
        """Who does what an event noun (of code ``kind_code``) names: "Russia's arms
        supplies", "US sanctions", "strikes by NATO"; not the modifiers in ``kind``,
        which say what kind of act it is (the pattern's own: "MILITARY aid")."""
        patient = self._owner_is_patient(tok)
        for c in tok.children:
            if c.dep_ == "relcl" and _object_gap(c) == [tok]:
                # "the meeting HIS FOREIGN SECRETARY HAD with the US": the relative
                # clause's subject holds the act
                found = self._subjects(c, ctx)
                if found:
                    return found
        for c in tok.children:
            if c.dep_ == "poss" and not patient:
                found = self._expand(c, ctx)
                if found:
                    return found
        for c in tok.children:
            if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i:
                if _for_or_against(c):
                    continue  # "anti-government protests" are not the government's
                if _lemma(c) in kind or c.lower_ in kind:
                    continue  # "MILITARY aid": what kind of act, not who does it
                m = self._mention(c, ctx)
                if m is not None:
                    return [m]
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("by", "from"):
                if c.lower_ == "from" and _lemma(tok) in _LEAVING:
                    continue  # "its withdrawal FROM ECOWAS": what is left
                for g in c.children:
                    if g.dep_ == "pobj":
                        found = self._expand(g, ctx)
                        if found:
                            return found
        # "the arrest of the opposition leader BY UGANDAN POLICE": the agent the
        # parser hangs on the noun's "of" object
        for agent in (
            a
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children
            if g.dep_ == "pobj"
            for h in g.children
            if h.dep_ == "prep" and h.lower_ == "by"
            for a in h.children
            if a.dep_ == "pobj"
        ):
            found = self._expand(agent, ctx)
            if found:
                return found
        agent = _stray_agent(tok)
        if agent is not None:
            found = self._expand(agent, ctx)
            if found:
                return found
        for c in tok.children:
            # "airstrikes launched by Saudi warplanes", "a device planted by militants"
            # (not "talks SPONSORED BY Saudi Arabia": who brokers or hosts them)
            if c.dep_ == "acl" and c.tag_ == "VBN" and _lemma(c) not in _BROKERING:
                for g in c.children:
                    if g.dep_ in ("agent", "prep") and g.lower_ in ("by", "from"):
                        for h in g.children:
                            if h.dep_ == "pobj":
                                found = self._expand(h, ctx)
                                if found:
                                    return found
        hostile = kind_code[:2] in FORCE_ROOTS
        if (
            hostile
            and inherit
            and tok.dep_ == "pobj"
            and tok.head.lower_ in ("in", "during")
            and tok.head.head.pos_ == "VERB"
            and any(c.dep_ == "auxpass" for c in tok.head.head.children)
            and any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children)
        ):
            # "three militants were killed in a gunfight WITH security forces": the
            # fight was the fallen's side's, against the other
            fallen = [c for c in tok.head.head.children if c.dep_ == "nsubjpass"]
            found = self._expand(fallen[0], ctx) if fallen else []
            if found:
                return found
        # "X carried out strikes", "X backed Y, including with arms supplies": the doer of
        # a verb that says nothing of its own
        gov = _governing_verb(tok) if inherit else None
        if (
            gov is None
            or gov.i in self.tried  # the verb made its own event of this noun
            # "people fled the fighting", "survived the attack": it befell them
            or gov.lemma_.lower() in _UNDERGO
            # "postponed the vote, SPARKING protests": others did what it caused
            or gov.lemma_.lower() in _CAUSING
            # "Estonia ATTRIBUTED the cyber attack to Unit 29155", "DESCRIBED the
            # attack as cowardly": who judges or looks into an act did not do it
            or gov.lemma_.lower() in _JUDGING
            # "suspended the ceasefire AFTER an attack on ...", "struck Gaza after a
            # rocket attack": an attack that is the time or reason of an act is
            # someone else's ("left after the visit" is theirs; an attack "during"
            # one may be: "killed five during a raid")
            or (
                hostile
                and tok.dep_ == "pobj"
                and tok.head.lower_ != "during"
                and _circumstance(tok.head)
            )
            # "fired his cabinet AFTER deadly protests": the protests of a time or
            # reason phrase are others' (a crowd that gathers DURING one is in it)
            or (
                kind_code[:2] == "14"
                and tok.dep_ == "pobj"
                and tok.head.lower_ != "during"
                and _circumstance(tok.head)
            )
            # "spoke ABOUT the killing of civilians": what one speaks of is not
            # one's own act
            or (
                hostile
                and tok.dep_ == "pobj"
                and tok.head.lower_ in ("about", "regarding", "concerning")
            )
            or (
                gov.lemma_.lower() in self.book.speech_verbs
                and gov.lemma_.lower() not in self.book.enacting_verbs
                and not _said_in(tok)
                # "Israel responded WITH air strikes": an answer in deeds
                and not (tok.dep_ == "pobj" and tok.head.lower_ == "with")
            )
        ):
            return []
        return self._subjects(gov, ctx, documents=False)

    def _recipients(
        self,
        tok: Token,
        pattern: Pattern | None,
        ctx: Context | None,
        slots: tuple[str, ...] | None = None,
        own: frozenset[str] = frozenset(),
        agents: tuple[Actor, ...] = (),
    ) -> list[Mention]:
        """Who ``tok`` is done to, slot by slot; a bare country among ``own`` (the
        doers' countries) is likely theirs ("the US government pledged US $50 million
        for Pakistan"): the recipient only when no one else is. No earlier event of
        the ``agents`` is what they react to ("Thailand rejected the proposal")."""
        ctx = ctx or Context()
        slots = slots or (
            pattern.recipient
            if pattern
            else ("dobj", "dative", "to", "with", "against", "on", "for")
        )
        # "handing the town BACK to the army": a slot's preposition the parser hung
        # on the verb's particle
        holders = [
            tok,
            *(
                c
                for c in tok.children
                if c.dep_ in ("advmod", "prt") and c.lower_ in ("back", "over")
            ),
        ]
        if pattern is not None and pattern.xcomp:
            # "failed to REACH an agreement WITH Turkey": the verb the pattern names
            # in its complement holds the slot too
            holders.extend(
                c
                for c in tok.children
                if c.dep_ == "xcomp" and c.lemma_.lower() in pattern.xcomp
            )
        holders.extend(
            c
            for h in list(holders)
            for c in h.children
            if c.dep_ in ("dobj", "nsubjpass") and c.pos_ in ("NOUN", "NUM")
        )
        # "approved $4.5 billion IN loans for X", "tariffs OF 10 percent on X": what
        # the object measures holds the slot too
        for h in [x for x in holders[1:] if x.pos_ != "VERB"]:
            holders.extend(
                g
                for c in h.children
                if c.dep_ == "prep" and c.lower_ in ("of", "in")
                for g in c.children
                if g.dep_ == "pobj" and g.pos_ in ("NOUN", "NUM")
            )
        # "a visit by the Chinese president TO NIGERIA": the parser hangs the noun's
        # slot on the doer it names (but "the president OF the opposition" is the doer)
        doers = (
            [
                g
                for c in tok.children
                if c.dep_ == "prep" and c.lower_ == "by"
                for g in c.children
                if g.dep_ == "pobj"
            ]
            if tok.pos_ in ("NOUN", "PROPN")
            else []
        )
        # "lifted sanctions IT IMPOSED ON NIGER": a relative clause that takes the
        # object as its own restates the act, and its slots are the act's
        holders.extend(
            r
            for h in holders[1:]
            if h.pos_ == "NOUN"
            for r in h.children
            if r.dep_ == "relcl" and _object_gap(r) == [h]
        )
        slot_preps = frozenset({"of", *(x for x in slots if x not in _NON_PREP_SLOTS)})
        # "condemned THE ATTACK", "welcomed THE DECISION": a reaction is to whoever did
        # the act the story told; a material act is not ("released footage of THE
        # INCIDENTS" releases no one who made them)
        reaction = pattern is None or pattern.code[:2] not in _MATERIAL_ROOTS
        # "filed a complaint with the WTO AGAINST the US": a slot's preposition the
        # parser hung on another slot's object is the verb's; so is one hung on the
        # forum it was filed at ("a complaint AT THE WTO against China's duties")
        holders.extend(
            g
            for h in list(holders)
            for c in h.children
            if c.dep_ == "prep"
            and (
                (c.lower_ in slot_preps and c.lower_ not in _NESTED_SKIP)
                or (c.lower_ == "at" and "against" in slots and "at" not in slots)
            )
            for g in c.children
            if g.dep_ == "pobj"
        )
        mine: list[Mention] = []  # the doers' own country: only if no one else
        if self._owner_is_patient(tok):
            # "ordered HIS release": the owner is whom it is done to
            for c in tok.children:
                if c.dep_ == "poss":
                    found = self._expand(c, ctx)
                    if found:
                        return found
        for slot in slots:
            heads: list[Token] = []
            joined: list[Token] = []
            if slot == "dobj":
                heads = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
                # "Lukashenko, WHOM the EU accuses", "the two men, WHO were arrested
                # BY POLICE": the noun the clause describes (a passive with no doer
                # named, "who was detained for 23 hours", tells of the noun's past)
                heads = [
                    tok.head
                    if h.lower_ in _REL_PRONOUNS
                    and (
                        h.dep_ == "dobj"
                        or (
                            h.dep_ == "nsubjpass"
                            and any(c.dep_ == "agent" for c in tok.children)
                        )
                    )
                    and tok.dep_ == "relcl"
                    else h
                    for h in heads
                ]
                # "convicted the former minister and sentenced HIM": a pronoun object
                # of a joined verb is the first verb's object
                heads = [
                    _first_object(tok) or h
                    if h.dep_ == "dobj" and h.lower_ in _OBJECT_PRONOUNS
                    else h
                    for h in heads
                ]
                if not heads:
                    # "struck WHAT ISLAMABAD CALLED militant hideouts"
                    heads = _named_object(tok)
                if not heads and (small := _small_clause(tok)) is not None:
                    # "found HIM guilty of treason": the subject of the verbless
                    # clause is the verb's object
                    heads = [small[1]]
                if not heads and _shares_passive(tok):
                    # "was tried and CONVICTED": the passive subject of the first
                    heads = [c for c in tok.head.children if c.dep_ == "nsubjpass"]
                if not heads:
                    heads = _object_gap(tok)
                if (
                    not heads
                    and tok.dep_ == "acl"
                    and tok.tag_ == "VBN"
                    and tok.head.pos_ in ("NOUN", "PROPN", "NUM")
                    and any(c.dep_ == "agent" for c in tok.children)
                    and pattern is not None
                    and pattern.code[:2] in _MATERIAL_ROOTS
                ):
                    # "hundreds of people DETAINED BY TROOPS": a passive participle
                    # with its doer named is done to the noun it describes (a deed:
                    # "the government, BACKED BY the coalition" says who it is)
                    heads = [tok.head]
                if (
                    not heads
                    and tok.pos_ == "VERB"
                    and all(c.dep_ in _SHARED_TAIL for c in tok.rights)
                ):
                    # "DETAINED and then freed the new speaker": verbs joined with
                    # nothing of their own between share the object the parser gave
                    # the last of them, when it is an act too
                    heads = [
                        o
                        for c in tok.children
                        if c.dep_ == "conj"
                        and c.pos_ == "VERB"
                        and not any(g.dep_ in _SUBJ for g in c.children)
                        # an act of its own ("visit and DO business with": not)
                        and self._cands("verb", c)
                        for o in c.children
                        if o.dep_ == "dobj"
                    ][:1]
                if tok.pos_ == "ADJ":
                    heads += [c for c in tok.children if c.dep_ in ("pobj",)]
            elif slot == "dative":
                heads = [c for c in tok.children if c.dep_ == "dative"]
                heads = [
                    g
                    for c in heads
                    for g in (
                        [c]
                        if c.pos_ != "ADP"
                        else [x for x in c.children if x.dep_ == "pobj"]
                    )
                ]
            elif slot == "subject":
                base = tok.head if tok.dep_ in ("acomp", "attr") else tok
                heads = [
                    c for c in base.children if c.dep_ in _SUBJ or c.dep_ in _PASS_SUBJ
                ]
            elif slot == "that":
                heads = [c for c in tok.children if c.dep_ in ("ccomp",)]
            elif slot == "claim":
                # "alleged THAT TURKEY is using ...", "accusations that Turkey ...":
                # whom a claim is about is the subject of what it claims
                clauses = [c for c in tok.children if c.dep_ == "ccomp"]
                if tok.pos_ in ("NOUN", "PROPN"):
                    clauses = [c for c in (_that_clause(tok),) if c is not None]
                heads = [
                    g
                    for c in clauses
                    if any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                    for g in c.children
                    if g.dep_ == "nsubj"
                ][:1]
            else:
                for h in holders + ([] if slot == "of" else doers):
                    for c in h.children:
                        if (
                            c.dep_ in ("prep", "prt", "agent", "dative")
                            and c.lower_ == slot
                        ):
                            heads.extend(
                                g
                                for g in c.children
                                if g.dep_ in ("pobj", "pcomp")
                                # "targeted the town WITH artillery fire": a weapon
                                # is what it was done with, not to whom
                                and not (slot == "with" and self._weapon(g))
                            )
                            # "talks with Egypt's president AND WITH Jordan's king":
                            # the slot's preposition said again for a second party
                            joined.extend(
                                g
                                for p in c.children
                                if p.dep_ == "conj" and p.lower_ == slot
                                for g in p.children
                                if g.dep_ == "pobj"
                            )
                if not heads and tok.pos_ == "NOUN" and tok.dep_ == "conj":
                    # "the detention and DEPORTATION of six citizens": joined event
                    # nouns share the slot phrase after them
                    heads.extend(
                        g
                        for c in tok.head.children
                        if c.dep_ == "prep" and c.lower_ == slot and c.i > tok.i
                        for g in c.children
                        if g.dep_ == "pobj"
                    )
            for h in heads:
                # below the slot word's own prepositions ("the decision BY ECOWAS"),
                # only "of" and the slot prepositions lead to the actor ("returned a
                # collection of artefacts TO the government", wherever the parser hung
                # "to"): "a pipeline with a capacity of 63 bcm of gas FROM Russia" is
                # not a pipeline with Russia
                # (nor where an event done to was: "dismissed the talks IN SAUDI
                # ARABIA" dismissed no one in Riyadh; but "inspected the refineries in
                # Iran" inspected Iran's)
                found = self._search(
                    h,
                    ctx,
                    preps=slot_preps,
                    own=own,
                    anaphora=reaction,
                    agents=agents,
                    places=h.i == tok.i or not self.book.candidates("noun", _lemma(h)),
                )
                if any(m.actor.code not in own for m in found):
                    for g in joined:
                        found += [
                            m
                            for m in self._search(g, ctx, preps=slot_preps, own=own)
                            if m not in found
                        ]
                    return found
                mine = mine or found
        if not mine and pattern is not None and pattern.code.startswith(_GIFTS):
            # "a $200 million aid package ... TO BOLSTER KYIV": a gift is for whom
            # it is given to help
            for c in tok.children:
                if (
                    c.dep_ in ("advcl", "acl", "relcl")
                    and _lemma(c) in _HELPING
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                ):
                    for o in c.children:
                        if o.dep_ == "dobj":
                            found = self._search(o, ctx, preps=slot_preps, own=own)
                            if found:
                                return found
        return mine

    def _owner_is_patient(self, tok: Token) -> bool:
        """Is the owner of noun ``tok`` whom it is done to ("HIS release", "Navalny's
        extradition"), not its doer (as in "Russia's release OF the prisoners")?"""
        return (
            tok.pos_ == "NOUN"
            and _lemma(tok) in self.book.patient_nouns
            and not any(
                c.dep_ == "prep" and c.lower_ in ("of", "by") for c in tok.children
            )
        )

    def _weapon(self, tok: Token) -> bool:
        """ "rockets", "artillery fire", "drones": arms, not anyone armed."""
        lemma = _lemma(tok)
        return (
            lemma in self.book.munitions
            or lemma in _WEAPONS
            or any(
                c.dep_ in ("compound", "amod") and _lemma(c) in _WEAPONS
                for c in tok.children
            )
        )

    def _search(
        self,
        root: Token,
        ctx: Context,
        max_depth: int = 8,
        preps: frozenset[str] | None = None,
        anaphora: bool = True,
        own: frozenset[str] = frozenset(),
        places: bool = True,
        arms: bool = True,
        concessive: bool = True,
        agents: tuple[Actor, ...] = (),
    ) -> list[Mention]:
        """The first actor in a phrase, breadth first ("the prospect of talks with X");
        below the phrase's own prepositions, through ``preps`` only, when given; not
        through a place phrase ("agreed to meet IN OSLO") unless ``places``; not a
        weapon ("denied sending DRONES to Russia") unless ``arms``; not whoever an act
        was done in spite of ("despite opposition from Germany") unless
        ``concessive``."""
        author = self._author(root, ctx)
        if author is not None and author.actor.code not in own:
            return [author]
        queue: deque[tuple[Token, int]] = deque([(root, 0)])
        mine: list[Mention] = []  # the doers' own country: only if no one else
        while queue:
            tok, depth = queue.popleft()
            if (tok.pos_ in _NOUN_POS or self._is_demonym(tok)) and (
                arms or not self._weapon(tok)
            ):
                found = self._expand(tok, ctx)
                others = [m for m in found if m.actor.code not in own]
                if others:
                    return others
                mine = mine or found
                refs = self._anaphor(tok, agents) if anaphora else []
                if refs:
                    return refs
            if depth >= max_depth:
                continue
            for c in tok.children:
                if c.dep_ in _SEARCH_SKIP or (
                    c.dep_ == "conj" and tok.pos_ in _NOUN_POS
                ):
                    continue
                if c.dep_ == "poss" and _lemma(tok) in _KIN:
                    continue  # "the president's SON": not the president
                if not concessive and c.dep_ == "prep" and c.lower_ in _CONCESSIVE:
                    continue  # "voted to impose duties DESPITE opposition from X"
                if (
                    preps is not None
                    and depth > 0
                    and c.dep_ == "prep"
                    and c.lower_ not in preps
                    # "a probe into brandy IMPORTED FROM the EU": where goods come
                    # from is whom a measure on them is taken against
                    and not (c.lower_ == "from" and _lemma(tok) in _ORIGIN_VERBS)
                ):
                    continue
                if (
                    not places
                    and _is_place_phrase(c)
                    and (preps is None or c.lower_ not in preps)
                ):
                    continue
                queue.append((c, depth + 1))
        return mine

    def _author(self, tok: Token, ctx: Context) -> Mention | None:
        """ "vetoed a US-DRAFTED Security Council resolution": what is done to a text
        (a resolution, a plan) is done to whom the text says wrote or backed it."""
        for c in tok.children:
            if c.dep_ != "amod" or c.pos_ != "VERB" or _lemma(c) not in _AUTHORING:
                continue
            for g in c.children:
                if g.dep_ in ("npadvmod", "compound", "nmod", "amod"):
                    found = self._expand(g, ctx)
                    if found:
                        return found[0]
        return None

    def _is_demonym(self, tok: Token) -> bool:
        """ "rejected an AUSTRALIAN ultimatum": a nationality adjective names a country."""
        if tok.pos_ != "ADJ" or tok.dep_ not in ("amod", "compound"):
            return False
        term = self.c.resolver.base.terms.get((tok.lower_,))
        return term is not None and term.kind == "demonym"

    def _told_with(self, noun: str) -> tuple[str, tuple[str, Actor]] | None:
        """The story's last event told with the verb the event noun ``noun`` is made
        from ("the killing", "the suspension", "the deportation", "the withdrawal",
        "the closure": kill, suspend, deport, withdraw, close), or with the noun's own
        word ("the arrest"): the verb, and the event's (code, source)."""
        words = self.memory.event_words
        for verb in _verbs_of(noun):
            if verb in words:
                return verb, words[verb]
        return None

    def _anaphor(self, tok: Token, agents: tuple[Actor, ...] = ()) -> list[Mention]:
        """ "rejected THE PROPOSAL": the doer of the story's last event the noun can
        stand for, each of them when one word told it of several ("Germany and the
        Netherlands suspended aid ... welcomed the suspension"). Not when the phrase
        names its owner ("the U.S. move", "a Chinese proposal": the search goes on to
        it), nor a word or offer of the ``agents`` themselves ("Thailand rejected the
        proposal" after "Thailand and Cambodia agreed" is Cambodia's: an earlier one by
        someone else, if the story told one)."""
        if any(
            c.dep_ in ("compound", "amod", "nmod")
            and (c.pos_ == "PROPN" or self._is_demonym(c))
            for c in tok.children
        ):
            return []
        lemma = tok.lemma_.lower()
        prefixes = self.book.anaphora.get(lemma)
        said = self._told_with(lemma)
        told = said[1] if said is not None else None
        if prefixes is None and tok.pos_ == "NOUN":
            # "welcomed the lifting of sanctions", "the suspension": the story told
            # of a lifting, a suspending
            # (of a known doer: "claimed responsibility for the devices" names no
            # one in the unidentified attackers of "a device detonated")
            prefixes = (
                (told[0],) if told is not None and told[1].sector != "UAF" else None
            )
        if not prefixes or any(c.dep_ == "poss" for c in tok.children):
            return []
        if not any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")
            for c in tok.children
        ):
            return []  # "a separate initiative" is a new one
        # "the killings" is the last event told with "kill", if it is of a kind the
        # noun can stand for; else the last of that kind
        by_word = (
            told is not None
            and told[0].startswith(prefixes)
            and not _own_offer(*told, agents)
        )
        last = (
            told
            if by_word
            else self.memory.last_event_of(prefixes, single=tok.tag_ == "NN")
        )
        if last is not None and _own_offer(*last, agents):
            last = next(
                (
                    (code, actor)
                    for code, actor in reversed(self.memory.events)
                    if code.startswith(prefixes) and not _own_offer(code, actor, agents)
                ),
                None,
            )
        if last is None:
            return []
        code, actor = last
        parties = [actor]
        if by_word and said is not None:
            parties = [
                p
                for p in self.memory.event_parties.get(said[0], parties)
                if not _own_offer(code, p, agents)
            ] or parties
        found: list[Mention] = []
        for party in parties:
            if any(m.actor.code == party.code for m in found):
                continue
            a = Actor(
                tok.text,
                party.code,
                party.country,
                party.sector,
                party.name,
                why=f'"{tok.text}" is the {code} event of {party.text} earlier in the '
                "story",
            )
            found.append(Mention(a, tok.i, tok.i, tok.i + 1))
        return found

    def _fallback_recipients(
        self,
        tok: Token,
        sources: list[Mention],
        ctx: Context,
        venue: bool = False,
        refusal: bool = False,
    ) -> list[Mention]:
        """Whom a speech act or an intent is about, anywhere in its clause; for a
        meeting (``venue``), a place is where it is held ("agreed to meet in Oslo"),
        not with whom; elsewhere it may be ("called for a ceasefire in Liberia"). Who
        an act was done in spite of is no one it is about, but for a ``refusal``
        ("declined to resign despite pressure by the commission" refuses it)."""
        src_heads = {s.head for s in sources}
        src_ids = {s.actor.identity for s in sources}
        own = _own_countries(sources)
        base = tok.head if tok.dep_ in ("acomp", "attr") else tok
        for c in sorted(base.children, key=lambda c: _FALLBACK_ORDER.get(c.dep_, 9)):
            if (
                c.dep_ in _SUBJ
                or c.i in src_heads
                or c.dep_ in ("punct", "aux", "neg", "mark")
                or _is_place_phrase(c)
                or _circumstance(c)
                or c.lower_ == "according"  # "according to Xinhua": who reports it
                # "condemned the drills AND SAID it had sent forces": what the doer's
                # own joined statement reports is not what this act is about (one
                # with a subject of its own may be: "rejected a ceasefire, and the
                # FARC vowed to fight on")
                or (
                    c.dep_ == "conj"
                    and _lemma(c) in self.book.speech_verbs
                    and _lemma(c) not in self.book.enacting_verbs
                    and not any(g.dep_ in _SUBJ for g in c.children)
                )
            ):
                continue
            # (an event noun met on the way is what the act is about, not who made
            # an earlier one: "fled after the attack")
            found = self._search(
                c,
                ctx,
                anaphora=False,
                own=own,
                places=not venue,
                arms=False,
                concessive=refusal,
            )
            # (nor is the doers' own: "agreed to withdraw ITS troops"; "its
            # partners", "his fighters" of another are others)
            found = [
                m
                for m in found
                if m.actor.identity not in src_ids
                and not self._doers_own(m, sources, ctx)
            ]
            if found:
                return found
        return []

    def _doers_own(
        self, mention: Mention, sources: list[Mention], ctx: Context
    ) -> bool:
        """Is ``mention`` owned, by a possessive pronoun, by one of the doers ("Russia
        agreed to withdraw ITS troops"), and not a word for others ("its partners")?
        A pronoun the coder cannot resolve is the doers' when what it owns is their
        state's own forces or officials ("his fighters" of a rebel leader are not the
        ministry's)."""
        head = mention.head
        tok = self.sent.doc[head]
        if _lemma(tok) in _OTHERS:
            return False
        for g in tok.children:
            if g.dep_ == "poss" and g.pos_ == "PRON":
                owner = self._mention(g, ctx)
                if owner is not None:
                    return any(owner.actor.code == s.actor.code for s in sources)
                a = mention.actor
                return a.sector in _STATE_ORGANS and any(
                    s.actor.country == a.country and s.actor.sector in (None, "GOV")
                    for s in sources
                )
        return False

    def _speaker_sector(self, actor: Actor, ctx: Context) -> Actor:
        """ "Hungary would veto it, the foreign ministry said": a country told of by
        its own state's speaker acts through that organ (not through rights groups
        or the opposition: "Iran hanged two protesters, rights groups said")."""
        sp = ctx.speaker
        if (
            sp is not None
            and actor.sector is None
            and actor.code == actor.country
            and sp.country == actor.country
            and sp.sector in _SPEAKS_FOR_STATE
        ):
            return replace(
                actor,
                code=sp.code,
                sector=sp.sector,
                why=f"{actor.why}; speaks through {sp.text}",
            )
        return actor


# "its neighbour", "their neighbours": another country the story names
_NEIGHBOURS = frozenset({"neighbour", "neighbor"})

# what may follow a verb that shares the object of the verb joined to it
_SHARED_TAIL = frozenset({"cc", "conj", "advmod", "punct"})

# "foreign minister", "international affairs": a country's own office, not a foreigner
# who is posted to a capital's government ("the ambassador in Ankara")
_POSTED = frozenset(
    {"ambassador", "envoy", "embassy", "consulate", "diplomat", "mission", "chargé"}
)

# adjectives of a region of several countries
_REGIONS = frozenset(
    {
        "african",
        "arab",
        "asian",
        "european",
        "western",
        "regional",
        "gulf",
        "nordic",
        "baltic",
        "balkan",
        "caribbean",
        "scandinavian",
        "sahelian",
        "andean",
    }
)

_FOREIGN_AFFAIRS = frozenset(
    {
        "minister",
        "ministry",
        "secretary",
        "office",
        "service",
        "affair",
        "policy",
        "relation",
        "correspondent",
        "desk",
        "editor",
        "adviser",
        "advisor",
        "spokesman",
        "spokeswoman",
        "spokesperson",
    }
)


# verbs whose subject undergoes the event its object names, not does it
_UNDERGO = frozenset(
    {
        "flee",
        "escape",
        "survive",
        "suffer",
        "endure",
        "witness",
        "fear",
        "face",
        "evade",
        "dodge",
        "experience",
        "brave",
        "sustain",
    }
)


# a state's own forces and officials
_STATE_ORGANS = frozenset({"MIL", "COP", "GOV", "SPY"})
# who speaks for its state
_SPEAKS_FOR_STATE = frozenset({"GOV", "MIL", "COP", "SPY", "LEG", "JUD"})
# the organs of a state, and the state named bare (no sector)
_STATE_SECTORS = _SPEAKS_FOR_STATE | {None}
# what one has that is others: "its partners", "his counterpart"
_OTHERS = frozenset(
    "partner ally neighbour neighbor counterpart rival enemy foe adversary".split()
)


# verbs that say where goods come from
_ORIGIN_VERBS = frozenset("import export ship produce make manufacture".split())


# verbs of causing what others then do ("triggered an explosion" is setting it off)
_CAUSING = frozenset("spark provoke prompt fuel ignite stoke inflame".split())
# verbs of judging, naming or looking into an act (not of doing it)
_JUDGING = frozenset(
    "attribute ascribe describe characterise characterize label brand term "
    "investigate probe examine document mourn commemorate recall remember".split()
)


# words for one person by office, who may say "he said he ..."
_PERSON_TITLES = frozenset(
    {
        "president",
        "chancellor",
        "minister",
        "premier",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "leader",
        "chief",
        "secretary",
        "governor",
        "mayor",
        "ambassador",
        "envoy",
        "commander",
        "general",
        "king",
        "queen",
        "prince",
        "emir",
        "judge",
        "prosecutor",
        "senator",
        "lawmaker",
        "official",
    }
)


# the verbal acts a reporter goes on to make after a report: comments, criticism,
# accusations, rejections ("... and accused"), and appeals ("... and urged"); not the
# report's own threats and demands ("said the kidnappers had seized the workers and
# demanded a ransom"), nor a verb that can name a deed
_REPORTERS_ACTS = frozenset({"01", "11", "12"})
# verbs that report a clause as untrue
_DENYING = frozenset({"deny"})
# auxiliaries of a report that a bare past tense joined to it cannot share ("was
# blocking aid and ACCUSED", "would stay and URGED")
_UNSHARED_AUX = frozenset(
    "be is are am was were will would can could may might shall should must".split()
)


def _stray_agent(noun: Token) -> Token | None:
    """ "protested the detention and deportation of six citizens BY THE TANZANIAN
    AUTHORITIES": the agent of an event noun that the parser hung on the active verb
    whose object the noun is (an active verb has no agent of its own; not "by Friday",
    "by phone", "by 20 percent", "by a vote of ..."). Of the first noun of a list,
    which the others share."""
    while noun.dep_ == "conj" and noun.head.pos_ == "NOUN":
        noun = noun.head
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or verb.tag_ == "VBN":
        return None
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return None
    for c in verb.children:
        if c.dep_ != "prep" or c.lower_ != "by" or c.i < noun.i:
            continue
        pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
        if (
            pobj is not None
            and pobj.pos_ in ("NOUN", "PROPN")
            and pobj.ent_type_ not in _NOT_AGENTS
            and _lemma(pobj) not in _MEANS
        ):
            return pobj
    return None


# what "by" names that is not a doer: a time, an amount, a means
_NOT_AGENTS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL"})
_MEANS = frozenset(
    "phone telephone letter email mail vote margin majority decree force means way "
    "mistake accident default law order hand video link videolink".split()
)


def _verbal_act(roots: set[str]) -> bool:
    """Can a verb with patterns of these roots only be a verbal act (an accusation, a
    criticism), never force?"""
    return bool(roots & VERBAL_ROOTS) and roots.isdisjoint(FORCE_ROOTS)


def _of_a_mission(tok: Token) -> bool:
    """Is ``tok`` the country word of a state's mission abroad ("the French embassy",
    "Rwanda's ambassador"), which stands in another country than its own?"""
    while (tok.dep_ == "compound" and tok.head.i > tok.i and tok.head.ent_type_) or (
        tok.dep_ == "conj" and tok.head.i < tok.i
    ):
        tok = tok.head  # ("South" of "South Korean"; "Belgian" of "French and Belgian")
    return (
        tok.dep_ in ("amod", "compound", "poss")
        and tok.head.lemma_.lower() in _MISSIONS
    )


# a state's missions and envoys abroad
_MISSIONS = frozenset(
    "embassy consulate legation mission ambassador envoy diplomat chargé".split()
)
# the prefixes that make a country's word whom a group backs or opposes
_STANCES = frozenset({"pro", "anti"})
# what an attack is made with (besides the munitions of grammar.yaml)
_WEAPONS = frozenset(
    {
        "artillery",
        "fire",
        "gunfire",
        "weapon",
        "gun",
        "rifle",
        "machine",
        "knife",
        "machete",
        "stone",
        "teargas",
        "gas",
        "cannon",
        "tank",
        "warplane",
        "jet",
        "aircraft",
        "helicopter",
    }
)


def _comma_listed(subjects: list[Token]) -> list[Token]:
    """Two subjects with only a comma between ("Japan, South Korea agree"), names
    both and no date (not a dateline: "New York, March 22 - The Committee"); one
    subject and a name hung elsewhere is ``_listed_before``'s."""
    if len(subjects) != 2:
        return []
    a, b = sorted(subjects, key=lambda t: t.i)
    between = a.doc[a.right_edge.i + 1 : b.left_edge.i]
    if [t.text for t in between] != [","]:
        return []
    if any(t.ent_type_ in ("DATE", "TIME") for s in (a, b) for t in s.subtree):
        return []
    return [a, b] if all(s.pos_ == "PROPN" for s in (a, b)) else []


# acts of leaving: what they are "from" is what is left, not who leaves
_LEAVING = frozenset(
    "withdrawal exit departure pullout retreat expulsion suspension escape "
    "evacuation release return".split()
)


# "sentenced HIM", "freed THEM"
_OBJECT_PRONOUNS = frozenset({"him", "her", "them"})


# who brings others together: "talks sponsored by X" are not X's own talks
_BROKERING = frozenset(
    "sponsor broker mediate host facilitate convene chair co-sponsor".split()
)
# the words "the three countries" may have and still count the story's countries
_COUNTED_KIDS = frozenset(
    {"det", "nummod", "punct", "appos", "acl", "relcl", "amod", "compound"}
)


def _first_object(verb: Token) -> Token | None:
    """The object of the verb ``verb`` is joined to, when it has one of its own and is
    no pronoun ("convicted THE FORMER MINISTER and sentenced him"); for a participle
    that goes on from its verb, that verb's object or addressee ("wrote to INDIA'S
    FOREIGN MINISTER asking him to ...")."""
    if verb.head.pos_ not in ("VERB", "AUX"):
        return None
    if verb.dep_ == "conj":
        return next(
            (
                c
                for c in verb.head.children
                if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")
            ),
            None,
        )
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.i < verb.head.i:
        return None
    for c in verb.head.children:
        if c.i >= verb.i:
            continue
        if c.dep_ == "dobj":
            objects = [c]
        elif c.dep_ == "prep" and c.lower_ == "to":
            objects = [x for x in c.children if x.dep_ == "pobj"]
        else:
            continue
        for g in objects:
            if g.pos_ in ("NOUN", "PROPN"):
                return g
    return None


# acts done to someone, not said about what someone did
_MATERIAL_ROOTS = frozenset({"06", "07", "08", "15", "17", "18", "19", "20"})


# what carries its holders' words: "held placards calling for ..."
_CARRIERS = frozenset(
    {"sign", "placard", "banner", "poster", "slogan", "leaflet", "flag", "graffiti"}
)


# spans of time: "rallied for a second DAY calling on the army ..."
_TIMES = frozenset(
    "day week month year night time hour morning evening afternoon weekend".split()
)


# "despite opposition from Germany", "notwithstanding": done in spite of whom
_CONCESSIVE = frozenset({"despite", "notwithstanding"})


# words that open what went on around an act, not whom it was done to
_CIRCUMSTANCE = frozenset(
    {
        "as",
        "after",
        "before",
        "when",
        "since",
        "amid",
        "amidst",
        "following",
        "until",
        "during",
        "despite",
        "because",
        "though",
        "although",
        "once",
    }
)


def _said_in(noun: Token) -> bool:
    """ "told Netanyahu IN A PHONE CALL", "said during a visit": the call or visit a
    speech verb's words were said in is the speaker's own."""
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ in ("in", "during", "on", "over", "at")
        and noun.lemma_.lower() in _SAID_IN
    )


_SAID_IN = frozenset({"call", "conversation", "meeting", "visit", "talk", "summit"})


def _person_roots(span: Span) -> list[tuple[str, int]]:
    """(last word, folded; token index) of each person the span's entities name."""
    return [
        (fold(e[-1].lower_), e.root.i)
        for e in span.ents
        if e.label_ == "PERSON" and e.root.i == e.end - 1
    ]


def _suspected_of(act: Token) -> Token | None:
    """The verb that holds someone on suspicion or charges of ``act`` ("arrested them on
    suspicion of attacking", "jailed him on charges of spying"), if any."""
    if act.dep_ != "pcomp" or act.tag_ != "VBG" or act.head.lower_ != "of":
        return None
    noun = act.head.head
    if noun.lemma_.lower() not in _SUSPICIONS or noun.dep_ != "pobj":
        return None
    verb = noun.head.head
    return verb if verb.pos_ in ("VERB", "AUX") else None


_SUSPICIONS = frozenset({"suspicion", "charge", "accusation", "allegation", "count"})


def _circumstance(c: Token) -> bool:
    """ "agreed to talks AS fighting raged in Khartoum", "criticised the plan AFTER
    talks with Iran": a time or reason phrase names no recipient."""
    if c.dep_ == "prep":
        return c.lower_ in _CIRCUMSTANCE
    if c.dep_ == "advcl":
        # "urged Odinga, SPEAKING AT a church service, ...": where one spoke
        return (c.tag_ == "VBG" and _lemma(c) in _SPEAKING) or any(
            m.dep_ == "mark" and m.lower_ in _CIRCUMSTANCE for m in c.children
        )
    return False


_SPEAKING = frozenset({"speak", "talk", "write", "testify"})


# clauses of their own: what they name is not what their host clause is about
_OWN_CLAUSES = frozenset({"advcl", "relcl", "acl", "parataxis", "ROOT"})


def _in_clause(tok: Token) -> Callable[[int], bool]:
    """Is a token (by index) in the finite clause ``tok`` is in? The clause takes in
    the clauses it governs as complements and conjuncts (an infinitive shares its
    host's actors; so does what a speaker says), not the ones of their own inside it
    (adverbial and relative clauses, participles)."""
    cur = tok
    while cur.head.i != cur.i and not (
        cur.pos_ in ("VERB", "AUX") and cur.dep_ in _OWN_CLAUSES
    ):
        cur = cur.head
    start, end = cur.left_edge.i, cur.right_edge.i + 1
    holes = [
        (t.left_edge.i, t.right_edge.i + 1)
        for t in cur.subtree
        if t.i != cur.i
        and t.pos_ in ("VERB", "AUX")
        and t.dep_ in _OWN_CLAUSES
        and not (t.left_edge.i <= tok.i <= t.right_edge.i)
    ]
    return lambda i: start <= i < end and not any(a <= i < b for a, b in holes)


def _for_or_against(word: Token) -> bool:
    """ "ANTI-government", "PRO-Russian", "counter-terrorism": a word with a prefix
    that says for or against it."""
    doc = word.doc
    return (
        word.i >= 2
        and doc[word.i - 1].text == "-"
        and doc[word.i - 2].lower_ in ("anti", "pro", "counter", "non")
    )


def _refers_to(pron: Token, actor: Actor) -> Mention:
    """The mention of ``actor`` that the pronoun ``pron`` makes."""
    return Mention(
        replace(actor, text=pron.text, why=f'"{pron.text}" refers to {actor.text}'),
        pron.i,
        pron.i,
        pron.i + 1,
    )


def _plural(noun: Token) -> bool:
    """ "troops", "Kenya and Uganda": more than one."""
    return noun.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in noun.children)


def _own_subject(pron: Token) -> bool:
    """Is a reflexive the plural subject of its own clause ("attackers blew
    themselves up")?"""
    if pron.lower_ != "themselves":
        return False
    return any(
        c.dep_ in _SUBJ and (c.tag_ in ("NNS", "NNPS") or c.lower_ == "they")
        for c in pron.head.children
    )


def _one_delegation(found: list[Mention]) -> list[Mention]:
    """ "Foreign Minister Annalena Baerbock and Minister of State Claudia Roth returned
    art to the Nigerian government": a doer named alongside one of known country, who
    took a country only from the sentence, is of that one's country."""
    known = [
        m.actor.country
        for m in found
        if m.actor.country and "from the sentence" not in m.actor.why
    ]
    if len(set(known)) != 1:
        return found
    country = known[0]
    return [
        replace(m, actor=_moved(m.actor, country, f"named with one of {country}"))
        if _borrowed_country(m.actor) and m.actor.country != country
        else m
        for m in found
    ]


def _borrowed_country(a: Actor) -> bool:
    """Did a sector word ("the minister", "victims") take its country from the
    sentence around it, having none of its own?"""
    return (
        a.country is not None
        and a.sector is not None
        and a.code == a.country + a.sector
        and "from the sentence" in a.why
    )


def _moved(a: Actor, country: str | None, why: str) -> Actor:
    """The same sector word, of another country (None: no country known)."""
    return replace(
        a, code=actor_code(country, a.sector), country=country, why=f"{a.why}; {why}"
    )
