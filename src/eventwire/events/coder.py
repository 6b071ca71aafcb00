"""Code the events of a parsed article: predicate frames, their actors and modality.

For every clause the coder finds the predicate (a verb with its particles, prepositions
and object; an event noun such as "talks" or "air strikes"; a predicate adjective such as
"optimistic"), matches it against the pattern dictionary, and finds the source and the
recipient in the parse. Speech verbs code what they report (with ``reported_by``);
control verbs ("threatened to", "urged X to", "refused to") turn the embedded event into a
threat, appeal or rejection; modals and negation change what a clause asserts.

No pattern, no event; no actor, no event; no statement (010) unless nothing more specific
was said and the speaker is political.

The steps of reading a clause live in their own modules, each a mixin over the shared
state of one sentence (``_state.py``): ``matching`` (patterns), ``frames`` (control verbs
and nouns), ``arguments`` (who and to whom), ``implied`` (actors the text implies),
``modality`` (negation, modals, conditionals), ``speech`` (demands, allegations,
statements) and ``emit`` (events from a match, and one per pair and kind). This module
walks the clauses and sends each word to the right step.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterable

from spacy.tokens import Doc, Span, Token

from ..actors.base import Term, surface_key
from ..actors.resolve import ActorResolver, DocMemory, Mention, in_place_name
from ..nlp.syntax import finite_beside_infinitive
from ..records import Actor
from ._state import FORCE_ROOTS, Context, RawEvent, Trace, _Match
from ._syntax import (
    _NAMING_VERBS,
    _PREDICATE_ADJ,
    _SUBJ,
    _governing_verb,
    _is_purpose,
    _lemma,
    _verb_of_argument,
)
from .emit import Emitter
from .headline import mend_headline
from .implied import _armed
from .ontology import Ontology
from .patterns import PatternBook

__all__ = ["Context", "EventCoder", "RawEvent", "Trace"]


def _verb_tagged_noun(tok: Token) -> bool:
    """ "Lukashenko, whom the EU ACCUSES of fraud": a clause head with a subject and
    a verb's ending that the tagger took for a plural noun."""
    return (
        tok.pos_ == "NOUN"
        and tok.tag_ == "NNS"
        and tok.dep_ in ("relcl", "ccomp", "advcl")
        and tok.lower_.endswith("s")
        and tok.lemma_.lower() != tok.lower_
        and any(c.dep_ == "nsubj" for c in tok.children)
    )


def _is_question(sent: Span) -> bool:
    """Does ``sent`` end with a question mark ("Did Pakistan use Chinese-made jets in
    the clashes?", "Will Russia invade?", a reporter's question in a briefing)? A
    question asks whether something is so; it states no event."""
    doc = sent.doc
    last = sent.end - 1
    while last > sent.start and (
        doc[last].is_space or doc[last].is_quote or doc[last].is_bracket
    ):
        last -= 1
    return doc[last].text == "?"


# what onlookers say of a story's sides (comments, appeals, praise, concern): their
# events make no "two sides" ("Trump welcomed the swap. He pressed both sides ...")
_ONLOOKERS = ("01", "02", "051", "111")


# verbs that keep someone FROM an act ("blocked the government from deploying")
_PREVENTING = frozenset(
    "block bar prevent prohibit forbid ban restrain keep stop deter dissuade "
    "discourage preclude".split()
)


def _done_to(tok: Token) -> bool:
    """Is the noun what something is done to, in a phrase of its verb or noun
    ("eased pressure ON thousands of protesters", "spoke TO demonstrators")?"""
    cur = tok
    while (
        cur.dep_ == "pobj"
        and cur.head.lower_ == "of"
        and cur.head.head.pos_ in ("NUM", "NOUN")
        and cur.head.head.lemma_.lower() != cur.lemma_.lower()
    ):
        cur = cur.head.head  # "thousands OF protesters", "a group OF protesters"
    # (not an object: "brought demonstrators into the streets", "joined the
    # protesters" tell a protest of their own)
    return (
        cur.dep_ == "pobj"
        and cur.head.lower_ in _TOWARD
        and cur.head.head.pos_ in ("VERB", "NOUN")
    )


def _gerund_between(tok: Token) -> bool:
    """Is ``tok`` a gerund subject with a "between" phrase ("FIGHTING between the army
    and the rebels killed 20")?"""
    return (
        tok.tag_ == "VBG"
        and tok.dep_ in ("nsubj", "nsubjpass", "csubj")
        and any(c.dep_ == "prep" and c.lower_ == "between" for c in tok.children)
    )


def _passive_subject(tok: Token) -> bool:
    """Is the noun the subject of a passive, to whom something was done ("at least 14
    PROTESTERS were treated in hospital", "dozens of demonstrators were detained")?"""
    cur = tok
    while (
        cur.dep_ == "pobj"
        and cur.head.lower_ == "of"
        and cur.head.head.pos_ in ("NUM", "NOUN")
    ):
        cur = cur.head.head  # "dozens OF demonstrators"
    return cur.dep_ == "nsubjpass"


def _teller_names(tok: Token) -> bool:
    """Is ``tok`` a naming verb whose object is "what" ("over WHAT he CALLED a hybrid
    attack", "struck what the army described as hideouts")?"""
    return tok.lemma_.lower() in _NAMING_VERBS and any(
        c.lower_ == "what" and c.dep_ in ("dobj", "nsubjpass") for c in tok.children
    )


# the parts an actor plays between others ("has hosted talks", "has mediated")
_ROLES_BETWEEN = frozenset({"host", "mediate", "broker", "facilitate"})


def _standing_fact(tok: Token) -> bool:
    """Is ``tok`` the present-tense verb of a relative clause set off by a comma on a
    name ("Kenya, which hosts the talks, ..."), one of what it has done since a time
    ("the coalition, which has fought the Huthis since 2015, ..."), or of the part a
    name has played between others, with no time said ("Qatar, which has mediated
    between them, ...")?"""
    if tok.dep_ != "relcl" or any(c.dep_ in ("auxpass", "neg") for c in tok.children):
        return False
    aux = [c for c in tok.children if c.dep_ == "aux"]
    perfect = tok.tag_ == "VBN" and [a.lower_ for a in aux] in (["has"], ["have"])
    since = perfect and any(
        c.dep_ == "prep" and c.lower_ == "since" for c in tok.children
    )
    # "Algeria, which HAS HOSTED talks between Bamako and the rebels, ...": the
    # part a named actor has played between others, with no time said, is what it is
    # known for (not "which has hosted talks this week"; nor what it has asked or
    # done itself: "the US, which has repeatedly asked Maduro to call elections" is
    # an appeal, as the wire gold codes it)
    known_for = (
        perfect
        and _lemma(tok) in _ROLES_BETWEEN
        and tok.head.pos_ == "PROPN"
        and not any(t.ent_type_ in ("DATE", "TIME") for t in tok.subtree)
    )
    if not (since or known_for) and (tok.tag_ not in ("VBZ", "VBP") or aux):
        return False
    head = tok.head
    first = tok.left_edge
    return (
        (head.pos_ == "PROPN" or (since and head.pos_ == "NOUN"))
        and first.i > 0
        and first.nbor(-1).text == ","
        and first.lower_ in ("which", "who")
    )


class EventCoder:
    """Turn a parsed spaCy ``Doc`` into raw events."""

    def __init__(
        self,
        resolver: ActorResolver,
        book: PatternBook,
        ontology: Ontology,
        place_country: Callable[[str, Iterable[str]], str | None] | None = None,
        statements: bool = False,
    ) -> None:
        self.resolver = resolver
        self.book = book
        self.ontology = ontology
        self.place_country = place_country or (lambda name, countries=(): None)
        # bare statements (010) are CAMEO's residual code; off unless asked for
        self.statements = statements

    def country_mentions(
        self, doc: Doc, terms: list[tuple[int, int, Term]]
    ) -> list[tuple[int, str]]:
        """Every mention of a country in the text (``terms``: the base's terms found
        in it): names, demonyms, capitals, and (through ``place_country``) the towns
        and regions named as places."""
        found = [
            (s, t.country)
            for s, _, t in terms
            if t.country and t.kind != "org" and doc[s]._.furniture != "caption"
        ]
        covered = {s for s, _ in found}
        named = list(dict.fromkeys(c for _, c in found))  # "Puno" in a story on Peru
        # "President Salva Kiir's troops ... near the town of Bor": the country of a named
        # office-holder's last office tells which Bor (South Sudan's, not Russia's)
        for _, _, t in terms:
            latest = [r for r in t.roles if r.end is None] or list(t.roles[-1:])
            countries = {r.country for r in latest if r.country}
            if t.kind == "person" and len(countries) == 1:
                named.extend(c for c in countries if c not in named)
        for ent in doc.ents:
            # "in Ghazni" tagged ORG: a name after a place preposition is a place
            place_like = ent.label_ == "ORG" and _after_place_prep(ent)
            if (
                (ent.label_ in ("GPE", "LOC") or place_like)
                and ent.start not in covered
                and ent[0]._.furniture != "caption"
                # (not "the Katuba and KENYA communes": a country's name as part of
                # a town's)
                and not (self._a_country(ent.text) and in_place_name(list(ent)))
            ):
                country = self.place_country(ent.text, named)
                if country:
                    found.append((ent.start, country))
        return sorted(found)

    def _a_country(self, name: str) -> bool:
        term = self.resolver.base.terms.get(surface_key(name))
        return term is not None and term.kind == "country"

    def code_doc(
        self,
        doc: Doc,
        day: str | None,
        trace: Trace | None = None,
        memory: DocMemory | None = None,
    ) -> list[RawEvent]:
        """The events of one article; ``memory`` (given or new) ends up holding what
        the article said about its actors and countries."""
        memory = memory if memory is not None else DocMemory()
        for sent in list(doc.sents):
            mend_headline(sent, self._is_verb)
        terms = self.resolver.match_doc(doc)
        memory.filed = self.dateline_countries(doc)
        mentions = self.country_mentions(doc, terms)
        memory.set_countries(mentions, filed_in=list(memory.filed.values()))
        memory.filed = _story_datelines(
            doc, memory.filed, mentions, memory.main_country
        )
        memory.named_bodies = [
            (s, Actor(t.text, t.code, t.country, t.sector, None, why="named"))
            for s, _, t in terms
            if t.kind == "org" and t.code
        ]
        events: list[RawEvent] = []
        for index, sent in enumerate(doc.sents):
            if sent._.furniture == "caption":
                # a caption is read as what it says, but no other sentence takes its
                # actors, countries or events
                scratch = copy.deepcopy(memory)
                events.extend(
                    _SentenceCoder(self, sent, index, day, scratch, trace).run()
                )
                continue
            coder = _SentenceCoder(self, sent, index, day, memory, trace)
            found = coder.run()
            events.extend(found)
            for ev in found:
                memory.add_event(
                    ev.code,
                    ev.source,
                    ev.trigger.lemma_.lower(),
                    ev.trigger.i,
                    plural=ev.trigger.tag_ in ("NNS", "NNPS"),
                )
                if (
                    ev.target is not None
                    and ev.target.identity != ev.source.identity
                    and not ev.code.startswith(_ONLOOKERS)
                ):
                    memory.last_pair = (ev.source, ev.target)
            # (worked out after each sentence, not when an attack asks: resolving the
            # sentence's subjects tells the story's memory who they are, and later
            # sentences rely on it; measured in session 17)
            memory.armed_before = coder.last_armed(found)
        return events

    def _is_verb(self, lemma: str) -> bool:
        """Is ``lemma`` a verb the pattern book codes or reads as a frame?"""
        return (
            bool(self.book.candidates("verb", lemma)) or lemma in self.book.frame_verbs
        )

    def dateline_countries(self, doc: Doc) -> dict[int, str]:
        """The country of each place the story was filed from ("KABUL, Afghanistan
        (AP) -"), by the dateline's first character: the region when it names a
        country, else the town's country."""
        found: dict[int, str] = {}
        for dateline in doc._.datelines:
            country = None
            if dateline.region:
                term = self.resolver.base.terms.get(surface_key(dateline.region))
                if term is not None and term.kind == "country":
                    country = term.country
            if country is None:
                country = self.place_country(
                    dateline.place.title(), list(found.values())
                )
            if country:
                found[dateline.start] = country
        return found


def _story_datelines(
    doc: Doc, filed: dict[int, str], mentions: list[tuple[int, str]], main: str | None
) -> dict[int, str]:
    """The datelines whose country is the story's own. A dateline abroad ("NAIROBI,
    Kenya (AP) -" on a story of Somalia, "CAIRO -" on one of Sudan) says where the
    reporter sits: its country is named nowhere else in the text, and the story is
    about another. It still weighs in the story's main country; it is no country of
    the sentences filed under it ("The militants shelled the camp": Somalia's). (A
    roundup's datelines, of several countries, are each its item's own.)"""
    if len(set(filed.values())) != 1:
        return filed
    spans = [(d.start, d.end) for d in doc._.datelines]

    def in_dateline(i: int) -> bool:
        idx = doc[i].idx
        return any(a <= idx < b for a, b in spans)

    told = {c for i, c in mentions if i >= 0 and not in_dateline(i)}
    return {
        start: country
        for start, country in filed.items()
        if country in told or main in (None, country)
    }


# the roots of violence, and how a summary noun after its clause hangs there ("...,
# the deadliest attack this year") and is set off from it
_VIOLENT = frozenset({"18", "19", "20"})
_SUMMARY_DEPS = frozenset({"appos", "npadvmod", "dobj", "attr"})
_SETTING_OFF = frozenset({",", "\u2014", "\u2013", "-", "--", ";"})
# a transcript's speaker label at a paragraph's start ("Lin Jian: ..."), and the
# labels that name no speaker of the paragraph (a news outlet asking)
_LABEL = re.compile(r"[ \t]*([A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,3}):[ \t]")
_NOT_SPEAKERS = frozenset({"MED", "CVL"})
# a paragraph that speaks in the first person (a transcript's answer running on)
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|us)\b")
# (doc.user_data: the doc's text, and each paragraph start's speaker)
_LABELS_KEY = "eventwire.transcript_labels"
# the prepositions of what is done to someone ("pressure ON", "spoke TO", "talks WITH")
_TOWARD = frozenset({"on", "to", "with", "for", "against", "toward", "towards"})
# speaking to or at a gathering: "told a rally", "addressed a rally", "spoke at a rally"
_SPEAKING = frozenset({"speak", "address", "tell"})
# the state's forces and officials, who deal with protests but do not make them
_FORCES_OF_ORDER = frozenset({"COP", "MIL", "GOV", "JUD", "SPY"})
# negotiations that collapsed: halted (CAMEO 164)
_TALKS_HALTED = "164"


class _SentenceCoder(Emitter):
    """Code one sentence: walk its clauses top down and code what each word predicates."""

    def last_armed(self, found: list[RawEvent]) -> Actor | None:
        """The armed actor this sentence names as an attacker, for an attack the next
        sentence names no attacker of: the source of its last attack, else the last
        armed subject of a verb that is not one of speech ("the army said" is not)."""
        for ev in reversed(found):
            if ev.code[:2] in FORCE_ROOTS and _armed(ev.source):
                return ev.source
        speech = self.book.speech_verbs
        for tok in reversed(self.tokens):
            if (
                tok.dep_ not in _SUBJ
                or tok.pos_ == "PRON"  # (one named is met as an attack's doer)
                or tok.head.lemma_.lower() in speech
            ):
                continue
            m = self._mention(tok, Context())
            if m is not None and _armed(m.actor):
                return m.actor
        return None

    def run(self) -> list[RawEvent]:
        if _is_question(self.sent):
            self._log("a question: it states no event")
            return []
        for tok in self.tokens:
            if _verb_tagged_noun(tok):
                tok.pos_, tok.tag_ = "VERB", "VBZ"
        labelled = self._transcript_speaker()
        self._walk(self.sent.root, Context(speaker=labelled))
        return self._merge(self.events)

    def _transcript_speaker(self) -> Actor | None:
        """Who speaks a transcript's paragraph ("Lin Jian: We urge the US to ...";
        "Spokesperson Mao Ning: China opposes ..."): the person its label names, if
        the label is an actor's name and not a news outlet's (a reporter's question)
        or a heading ("Note:", "UPDATE:"). "We" and "I" in the paragraph are then the
        speaker's side."""
        doc = self.sent.doc
        if _LABELS_KEY not in doc.user_data:
            # (a Doc's text is joined anew each time it is asked for)
            doc.user_data[_LABELS_KEY] = (doc.text, {})
        text, labels = doc.user_data[_LABELS_KEY]
        para = text.rfind("\n", 0, self.sent.start_char) + 1
        if para in labels:
            return labels[para]
        labels[para] = None
        found = _LABEL.match(text, para)
        if found is None:
            # an answer that runs on into a paragraph of its own ("Mao Ning: ..."
            # then "We urge the Philippines to ..."): the last label's speaker, while
            # the paragraphs speak in the first person
            before = text[:para].rstrip()
            prev = text.rfind("\n", 0, len(before)) + 1
            end = text.find("\n", para)
            own = text[para : end if end >= 0 else len(text)]
            if before and _FIRST_PERSON.search(own) and labels.get(prev) is not None:
                labels[para] = labels[prev]
                self._log(
                    f"transcript: {labels[para].code} speaks on in this paragraph"
                )
            return labels[para]
        span = doc.char_span(para, found.end(1))
        if span is None or not (span[0].is_title or span[0].is_upper):
            return None
        head = span[-1]
        m = self.c.resolver.resolve(
            head, self.day, self.memory, None, None, 0, tokens=list(span)
        )
        if m is None:
            # "Lin Jian:" after "Foreign Ministry Spokesperson Lin Jian's Regular
            # Press Conference", "MR MILLER:" after "spokesperson Matthew Miller":
            # the name as the page gave it with its title
            m = next(
                (
                    found
                    for tok in reversed(doc[: span.start])
                    if tok.lower_ == head.lower_
                    and tok.pos_ == "PROPN"
                    and (
                        found := self.c.resolver.resolve(
                            tok, self.day, self.memory, None, self.memory.main_country
                        )
                    )
                    is not None
                ),
                None,
            )
        actor = m.actor if m is not None else None
        if actor is None or actor.sector is None or actor.sector in _NOT_SPEAKERS:
            return None  # (a town or a country is a dateline's: "WASHINGTON: ...")
        self._log(f"transcript: {actor.code} ({span.text}) speaks this paragraph")
        labels[para] = actor
        return actor

    def _walk(self, tok: Token, ctx: Context) -> None:
        """Visit a clause tree top down; reported clauses get their speaker's context."""
        self.walked.add(tok.i)
        # (what a report or a denial holds is blocked, but not the reporter's own
        # second act joined to it: "denied that ... and ACCUSED the army of ...")
        # (nor a finite verb the parser joined to an infinitive inside a blocked
        # claim: "accused Russia of plotting to overthrow her government and CALLED
        # ON the EU to ...")
        blocked = (
            tok.i in self.blocked
            and not self._reporters_conjunct(tok)
            and not finite_beside_infinitive(tok)
        )
        child_ctx = ctx if blocked else self._visit(tok, ctx)
        for child in tok.children:
            if child.i not in self.walked:  # a speech verb walks its own clauses first
                reported = child.dep_ in ("ccomp", "parataxis")
                self._walk(child, child_ctx if reported else ctx)

    def _visit(self, tok: Token, ctx: Context) -> Context:
        """Code what ``tok`` predicates; return the context for its reported clauses."""
        if tok.i in self.done:
            return ctx
        pos = tok.pos_
        if pos in ("VERB", "AUX") and _gerund_between(tok):
            # "FIGHTING between the army and the Arakan Army has displaced ...": a
            # gerund subject with its two sides is the event noun it names
            self._visit_noun(tok, ctx)
            return ctx
        if pos in ("VERB", "AUX"):
            return self._visit_verb(tok, ctx)
        # "Talks", "Rockets", "Protesters" opening a sentence: the tagger's names
        if (
            pos == "NOUN"
            or (pos == "PROPN" and _lemma(tok) != tok.lower_)
            or (pos == "PROPN" and tok.lemma_.lower() == "talks")
        ):
            self._visit_noun(tok, ctx)
        elif pos == "ADJ" and tok.dep_ in _PREDICATE_ADJ:
            self._visit_adj(tok, ctx)
        return ctx

    def _deadline(self, tok: Token) -> _Match | None:
        """ "gave the rebels until Tuesday to surrender", "gave him 48 hours to
        leave": a deadline set is an ultimatum (139) to whom it is given; what it
        demands is not done."""
        if tok.lemma_.lower() not in self.book.deadline_verbs:
            return None
        spans = [
            c
            for c in tok.children
            if (c.dep_ == "prep" and c.lower_ == "until")
            or (
                c.dep_ in ("dobj", "npadvmod")
                and c.lemma_.lower() in self.book.deadline_spans
            )
        ]
        demand = [
            c
            for h in (tok, *spans)
            for c in h.children
            if c.dep_ in ("advcl", "xcomp", "acl", "relcl")
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ]
        # "until Tuesday to surrender": "until" the parser hung on the demand
        spans += [c for d in demand for c in d.children if c.lower_ == "until"]
        if not spans or not demand:
            return None
        if any(
            _lemma(d) in ("leave", "quit", "depart")
            and any(o.dep_ == "dobj" and _lemma(o) == "country" for o in d.children)
            for d in demand
        ):
            return None  # "gave the envoy 72 hours to leave the country": expelled
        pattern = self.book.deadline_pattern
        if pattern is None:
            return None
        for d in demand:
            self.blocked.update(t.i for t in d.subtree)
        return _Match(pattern.code, "deadline.given", pattern, tok)

    def _visit_verb(self, tok: Token, ctx: Context) -> Context:
        if _standing_fact(tok):
            # "Qatar, WHICH HOSTS the Taliban's political office, offered ...": a
            # clause that says what a named actor is, not what it did
            self._log(f'"{tok.text}": a standing fact about {tok.head.text}, no event')
            self._subjects(tok, ctx)  # (what it says of the actor is remembered)
            # (nor is what it is done for: "Qatar, which has hosted talks TO END the
            # war")
            self.blocked.update(
                t.i
                for c in tok.children
                if c.dep_ in ("xcomp", "ccomp")
                for t in c.subtree
            )
            return ctx
        if _teller_names(tok):
            # "handed him a note over WHAT HE CALLED a deliberate attack": the teller
            # names the thing another act is about; the naming is no act of its own
            self._log(f'"{tok.text}": names what the sentence is about, no event')
            return ctx
        lemma = tok.lemma_.lower()
        candidates = self._cands("verb", tok)
        # the most specific reading first; a frame before a plain verb pattern
        specific = [self._match(tok, [p]) for p in candidates if p.specificity > 0]
        plain = [self._match(tok, [p]) for p in candidates if p.specificity == 0]
        matches = [m for m in specific if m is not None]
        frame = self._frame(tok)
        if frame is not None:
            # a frame that embeds a real act ("called on X to release") says more than
            # any pattern on the control verb alone
            embeds_act = (
                frame.pattern is not None
                and frame.embedded is not None
                and frame.embedded.pos_ in ("VERB", "AUX")
                and self.book.frame_verbs.get(tok.lemma_.lower())
                in ("appeal", "demand", "intent", "threat", "reject")
                # "offered its troops to X": a pattern that names the object knows better
                and not any(m.pattern is not None and m.pattern.object for m in matches)
            )
            matches.insert(0 if embeds_act else len(matches), frame)
        matches.extend(m for m in plain if m is not None)
        deadline = self._deadline(tok)
        if deadline is not None:
            matches.insert(0, deadline)
        if not matches and self._obligation(None, tok, ctx):
            return ctx
        is_speech = lemma in self.book.speech_verbs and bool(self._reported(tok))
        reported_ctx = self._speaker_context(tok, ctx) if is_speech else ctx
        # a speech verb with a plain pattern ("warned that ...") is a speech act only when
        # it is said to someone; otherwise what it reports is the news (and, when that
        # holds no event, the speech act it is: "warned that police would clear ...")
        deferred: list[_Match] = []
        for match in matches:
            plain_speech = (
                is_speech
                and match.pattern is not None
                and match.pattern.specificity == 0
                and not self._recipients(tok, match.pattern, None)
            )
            if plain_speech:
                if match.code.startswith("13"):
                    deferred.append(match)  # (a warning: other speech stays news)
                continue
            # a reading that finds no actor or recipient gives way to the next one
            if self._emit(match, tok, ctx):
                self.acted.add(tok.i)
                break
        if tok.i not in self.acted and self._naming(tok, ctx):
            self.acted.add(tok.i)
        if self.book.frame_verbs.get(lemma) in ("appeal", "demand"):
            # "placards CALLING FOR Yoon's arrest", "pressed for talks": what is
            # called for is not done, whoever calls
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ == "for":
                    self.blocked.update(t.i for t in c.subtree)
        if lemma in _PREVENTING:
            # "the court BLOCKED the government FROM deploying police", "barred him
            # from leaving": what one is kept from is not done
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ == "from":
                    for g in c.children:
                        if g.dep_ == "pcomp" and g.tag_ == "VBG":
                            self.blocked.update(t.i for t in g.subtree)
        if self.book.frame_verbs.get(lemma) == "negate":
            # "abstained FROM the vote condemning Russia", "refrained from ...": what
            # was not done is not coded inside
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ == "from":
                    self.blocked.update(t.i for t in c.subtree)
        told = [e for e in self.events if e.trigger.i == tok.i]
        if told and all(e.code.startswith("13") for e in told):
            # "warned the Syrian government that Ankara would retaliate": what a
            # warning to someone says is the warning, not an act of its own
            for child in self._reported(tok):
                self.blocked.update(t.i for t in child.subtree)
        elif is_speech and reported_ctx.speaker is not None:
            before = len(self.events)
            # (what was marked before the report, to read a warning as if it had not
            # been walked: only a warning can need it)
            marks = (
                (set(self.done), set(self.blocked), set(self.walked))
                if deferred
                else None
            )
            self._code_reported(tok, ctx, reported_ctx)
            if len(self.events) == before and marks and tok.i not in self.acted:
                # read as the speech act, as if the report had not been walked
                walked = set(self.walked)
                self.done, self.blocked, self.walked = (set(m) for m in marks)
                for match in deferred:
                    if self._emit(match, tok, ctx):
                        self.acted.add(tok.i)
                        break
                self.walked |= walked
                for child in self._reported(tok):
                    self.blocked.update(t.i for t in child.subtree)
        return reported_ctx

    def _visit_noun(self, tok: Token, ctx: Context) -> None:
        if tok.dep_ == "compound" or _is_purpose(tok):
            return
        verb = _governing_verb(tok)
        if verb is not None and _standing_fact(verb):
            return  # "Kenya, which hosts PEACE TALKS between ...": what Kenya is
        cands = self._cands("noun", tok)
        if not cands:
            # "France's decision to expel ...": the act a frame noun embeds, its owner's
            frame = self._noun_frame(tok)
            if frame is not None:
                sources = self._noun_sources(tok, ctx, inherit=False)
                if sources:
                    self._emit(frame, tok, ctx, sources)
            return
        match = self._match(tok, cands)
        if match is None:
            return
        self.tried.add(tok.i)
        if self._failed(tok):
            if not (match.code.startswith("04") and self._collapsed(tok)):
                self._log(f'"{tok.text}" matched {match.rule} but failed: no event')
                return
            # "talks between X and Y collapsed", "negotiations broke down": the
            # sides halt their negotiations (164)
            match = _Match(_TALKS_HALTED, f"{match.rule}>collapsed", match.pattern, tok)
        sources = self._noun_sources(
            tok,
            ctx,
            kind=match.pattern.modifier if match.pattern else frozenset(),
            kind_code=match.code,
        )
        if (
            sources
            and match.code[:2] == "14"
            and all(s.actor.sector in _FORCES_OF_ORDER for s in sources)
            and self._names_people(tok)
        ):
            # "police began to address THE DEMONSTRATORS": those who protest are the
            # demonstrators, not the police who deal with them ("unions brought
            # demonstrators into the streets": the unions protest)
            own = self._mention(tok, ctx)
            sources = [own] if own is not None else []
        head_acts = tok.head.i in self.acted
        if (
            (head_acts or tok.head.i in self.tried)
            and tok.dep_ in _SUBJ
            and self._protesters(tok)
        ):
            # "demonstrators received weapons": what they do is coded at the verb (or,
            # when the verb finds no one it was done to, is not a protest either)
            return
        verb = _verb_of_argument(tok)
        if (
            verb is not None
            and verb.i in self.acted
            and self._protesters(tok)
            and self._names_people(tok)
        ):
            # "police fired water cannon at DEMONSTRATORS", "hundreds of PROTESTERS
            # set fire to the embassy": people named by their protest in an act the
            # sentence codes are its doers or whom it is done to, no protest told
            self._log(f'"{tok.text}" are in the act "{verb.text}" coded')
            return
        speaks = verb is not None and (
            _lemma(verb) in self.book.speech_verbs or _lemma(verb) in _SPEAKING
        )
        if speaks and (
            (tok.dep_ in _SUBJ and self._protesters(tok) and self._names_people(tok))
            or (
                tok.dep_ == "pobj" and tok.head.lower_ == "at" and tok.head.head == verb
            )
            or (tok.dep_ == "dobj" and _lemma(verb) in _SPEAKING)
        ):
            # "a protester near the bridge, Juana Condori, said ...", "speaking at the
            # rally, the leader said ...", "told a rally in Lagos": who speaks, or to
            # whom or where; no protest told
            self._log(
                f'"{tok.text}" says who or where "{verb.text}" speaks: no protest'
            )
            return
        if (
            verb is not None
            and self._protesters(tok)
            and self._names_people(tok)
            and (_done_to(tok) or _passive_subject(tok))
        ):
            # "the government eased pressure on THE PROTESTERS", "spoke to
            # demonstrators": people named by their protest, to whom another does
            # something the sentence does not code, tell no protest of theirs
            self._log(f'"{tok.text}" are whom "{verb.text}" is done to: no protest')
            return
        if (
            not sources
            and match.pattern is not None
            and match.pattern.solo
            and not head_acts
        ):
            # "protesters gathered": the noun names the doers themselves (unless they
            # do something else the sentence codes: "protesters received weapons")
            own = self._mention(tok, ctx)
            sources = [own] if own is not None else []
        prospective = self._prospective(tok)
        asserted = (
            tok.dep_ in ("nsubj", "nsubjpass", "ROOT")
            or _governing_verb(tok) is not None
            or prospective
            # "there were clashes between ...": said to exist
            or (
                tok.dep_ == "attr"
                and _lemma(tok.head) == "be"
                and any(c.dep_ == "expl" for c in tok.head.children)
            )
        )
        if not sources and asserted:
            # "talks between X and Y", "talks involving X and Y": both are sources
            # and recipients; so in "exchanges of fire between X and Y", and in
            # "fighting erupted on Sunday between X and Y", hung on the verb
            holders = [
                tok,
                *(
                    g
                    for c in tok.children
                    if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children
                    if g.dep_ == "pobj"
                ),
                *([tok.head] if self._breaks_out(tok) else []),
            ]
            for c in (c for h in holders for c in h.children):
                if c.dep_ == "prep" and c.lower_ == "between":
                    for g in c.children:
                        if g.dep_ == "pobj":
                            sides = self._expand(g, ctx)
                            if len(sides) == 1:
                                sides += self._buried_side(g, sides[0], ctx)
                            # (on the verb, both sides: one alone names no fight)
                            if c.head.i == tok.i or len(sides) > 1:
                                sources = sides
                elif c.dep_ == "acl" and _lemma(c) in ("involve", "include"):
                    for g in c.children:
                        if g.dep_ == "dobj":
                            sources = self._expand(g, ctx)
        if not sources and asserted and self._unattributed(match.code):
            if tok.dep_ in _SUBJ and tok.head.i in self.acted:
                # "a suicide BOMBER blew himself up at a mosque": the noun is the
                # doer of the act its verb has coded, not an attack of its own
                self._log(f'"{tok.text}" does the act its verb coded')
                return
            if self._restates_violence(tok, match.code):
                # "Russia launched 472 drones at Ukraine, ..., the largest aerial
                # attack of the war": the noun names again the act its sentence
                # has coded, not a second attack by someone else
                self._log(f'"{tok.text}" restates the violence coded before it')
                return
            sources = [self._unidentified(tok, match.code, ctx)]
        if (
            not sources
            and asserted
            and self.book.by_civilians
            and match.code.startswith(self.book.by_civilians)
        ):
            sources = self._civilians(tok, match.pattern, ctx)
        if not sources:
            self._log(
                f'"{tok.text}" matched {match.rule} ({match.code}) but no actor does it'
            )
            return
        gov = (
            tok.head
            if tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX")
            else tok
        )
        mod = self._modality(gov, ctx)
        if any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
            mod.negated = True
        if prospective:
            mod.future = True
        self._emit_noun(match, tok, ctx, sources, mod, gov)

    def _buried_side(self, first: Token, found: Mention, ctx: Context) -> list[Mention]:
        """ "between units of the army AND FIGHTERS loyal to the TPLF": the second side
        of a pair the parser joined to the first side's "of" noun."""
        return [
            m
            for c in first.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for o in c.children
            if o.dep_ == "pobj"
            for j in o.children
            if j.dep_ == "conj"
            for m in self._expand(j, ctx)
            if m.actor.identity != found.actor.identity
        ][:1]

    def _breaks_out(self, tok: Token) -> bool:
        """Is the event noun the subject of a verb it breaks out or goes on with
        ("fighting ERUPTED", "clashes BROKE OUT", "the battle RAGED")?"""
        verb = tok.head
        return (
            tok.dep_ == "nsubj"
            and verb.pos_ == "VERB"
            and _lemma(verb) in self.book.onset
            and (
                _lemma(verb) != "break"
                or any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)
            )
        )

    def _restates_violence(self, tok: Token, code: str) -> bool:
        """Is the attack noun a summary of violence its sentence has already coded
        from a verb: set off after the clause by a comma or dash (an apposition, or
        an object its parse hung on the verb of saying), with no preposition to make
        it another time's?"""
        if code[:2] not in _VIOLENT or tok.dep_ not in _SUMMARY_DEPS:
            return False
        if not any(c.dep_ == "det" for c in tok.children):
            return False
        edge = tok.left_edge.i
        if edge == 0 or tok.doc[edge - 1].text not in _SETTING_OFF:
            return False
        return any(
            ev.sent.start == self.sent.start
            and ev.code[:2] in _VIOLENT
            and ev.trigger.pos_ == "VERB"
            and ev.trigger.i < edge
            for ev in self.events
        )

    def _collapsed(self, tok: Token) -> bool:
        """Did the noun's verb say it collapsed ("talks collapsed", "broke down",
        "stalled"), not that it was called off or ended?"""
        verb = tok.head
        particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
        return tok.dep_ == "nsubj" and (
            _lemma(verb) in self.book.failed
            or (_lemma(verb) == "break" and "down" in particles)
        )

    def _failed(self, tok: Token) -> bool:
        """ "The ceasefire collapsed", "talks broke down", "the visit was called
        off", "suspended the truce": the act named is not; "the shelling stopped":
        the act told is its end, not a new one."""
        verb = tok.head
        if verb.pos_ not in ("VERB", "AUX"):
            return False
        lemma = _lemma(verb)
        particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
        called_off = lemma == "call" and "off" in particles
        if tok.dep_ == "nsubjpass":
            return lemma in self.book.called_off or called_off
        if tok.dep_ == "dobj":
            # "Petro suspended the ceasefire", "the union called off the strike" (not
            # "broke up the sit-in": it was held, and dispersed)
            return called_off or (
                lemma in self.book.undone_by and "up" not in particles
            )
        if tok.dep_ != "nsubj":
            return False
        if lemma in self.book.ended and not any(
            c.dep_ in ("dobj", "xcomp") for c in verb.children
        ):
            return True  # "the shelling stopped" (not "the strike stopped traffic")
        # (talks that "broke off" failed too, but were not said to collapse)
        return self._collapsed(tok) or (lemma == "break" and "off" in particles)

    def _visit_adj(self, tok: Token, ctx: Context) -> None:
        match = self._frame(tok) or self._match(tok, self._cands("adj", tok))
        if match is None:
            return
        sources = self._subjects(tok, ctx)
        if sources and all(s.head in {t.i for t in tok.subtree} for s in sources):
            sources = []
        self._emit(match, tok, ctx, sources or None)


def _after_place_prep(ent: Span) -> bool:
    root = ent.root
    return (
        root.dep_ == "pobj"
        and root.head.lower_ in ("in", "near", "outside", "around", "across")
        and ent.start == root.head.i + 1
    )
