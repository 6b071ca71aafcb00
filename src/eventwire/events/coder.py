"""Code the events of a parsed article: predicate frames, their actors and modality.

For every clause the coder finds the predicate (a verb with its particles, prepositions
and object; an event noun such as "talks" or "air strikes"; a predicate adjective such as
"optimistic"), matches it against the pattern dictionary, and finds the source and the
recipient in the parse. Speech verbs code what they report (with ``reported_by``);
control verbs ("threatened to", "urged X to", "refused to") turn the embedded event into a
threat, appeal or rejection; modals and negation change what a clause asserts.

No pattern, no event; no actor, no event; no statement (010) unless nothing more specific
was said and the speaker is political.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from ..actors.resolve import ActorResolver, DocMemory, Mention
from ..records import Actor
from .ontology import Ontology
from .patterns import Pattern, PatternBook

VERBAL_ROOTS = frozenset({"01", "02", "03", "04", "05", "10", "11", "12", "13"})
_SUBJ = frozenset({"nsubj", "csubj"})
_PASS_SUBJ = frozenset({"nsubjpass", "csubjpass"})
_CLAUSE_STOP = frozenset(
    {"relcl", "advcl", "ccomp", "parataxis", "appos", "csubj", "conj", "acl"}
)
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
_REL_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})
_NOUN_POS = frozenset({"NOUN", "PROPN", "PRON"})
_PREDICATE_ADJ = frozenset({"acomp", "attr", "ROOT", "xcomp", "ccomp", "conj", "oprd"})
# participles that state a stance after "be": "is opposed to", "is committed to"
_STATIVE_PASSIVES = frozenset(
    {"oppose", "commit", "dedicate", "determine", "resolve", "incline"}
)
_KILLING = (
    "1823",
    "182",
)  # physical assault codes that armed forces' fighting subsumes
_SPEECH_ACT_ROOTS = frozenset({"01", "02", "03", "10", "11", "12", "13"})
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
_COMPLEMENTS = frozenset(
    {
        "dobj",
        "prep",
        "xcomp",
        "acomp",
        "attr",
        "oprd",
        "dative",
        "pcomp",
        "ccomp",
        "agent",
    }
)


@dataclass
class Context:
    """What the clauses above say about this one."""

    speaker: Actor | None = None
    speech_verb: Token | None = None
    hypothetical: bool = False
    future: bool = False


@dataclass
class RawEvent:
    """An event before dates, places and dedup: the coder's output."""

    sentence: int
    sent: Span
    trigger: Token
    source: Actor
    target: Actor | None
    code: str
    rule: str
    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    reported_by: str | None = None
    clause: Token | None = None  # the verb whose clause holds the event (dates, places)
    speech_verb: Token | None = None
    confidence: float = 0.5


@dataclass
class _Match:
    code: str
    rule: str
    pattern: Pattern | None
    trigger: Token
    embedded: Token | None = None  # the embedded predicate of a frame


@dataclass
class _Modality:
    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    obligation: str | None = None  # "demand" (must) or "appeal" (should)
    unasserted: bool = False  # under a negated verb: "did not allow X to help"


@dataclass
class Trace:
    """What `explain` shows: the lines the coder wrote while it worked."""

    lines: list[str] = field(default_factory=list)

    def add(self, line: str) -> None:
        self.lines.append(line)


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

    def country_mentions(self, doc: Doc) -> list[tuple[int, str]]:
        """Every mention of a country in the text: names, demonyms, capitals, and
        (through ``place_country``) the towns and regions named as places."""
        found = [
            (s, t.country)
            for s, _, t in self.resolver.match_terms(list(doc))
            if t.country and t.kind != "org"
        ]
        covered = {s for s, _ in found}
        named = list(dict.fromkeys(c for _, c in found))  # "Puno" in a story on Peru
        for ent in doc.ents:
            if ent.label_ in ("GPE", "LOC") and ent.start not in covered:
                country = self.place_country(ent.text, named)
                if country:
                    found.append((ent.start, country))
        return sorted(found)

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
        memory.set_countries(self.country_mentions(doc))
        events: list[RawEvent] = []
        for index, sent in enumerate(doc.sents):
            coder = _SentenceCoder(self, sent, index, day, memory, trace)
            found = coder.run()
            events.extend(found)
            memory.events.extend((ev.code, ev.source) for ev in found)
        return events


class _SentenceCoder:
    def __init__(
        self,
        coder: EventCoder,
        sent: Span,
        index: int,
        day: str | None,
        memory: DocMemory,
        trace: Trace | None,
    ) -> None:
        self.c = coder
        self.book = coder.book
        self.sent = sent
        self.index = index
        self.day = day
        self.memory = memory
        self.trace = trace
        self.events: list[RawEvent] = []
        self.done: set[int] = set()  # tokens already coded or consumed
        self.blocked: set[int] = set()  # subtrees not to code separately
        self.tried: set[int] = set()  # triggers that matched a pattern, event or not
        self.walked: set[int] = set()  # tokens the walk has been through
        self.acted: set[int] = set()  # verbs that made an event
        self._cache: dict[int, Mention | None] = {}

    # -- driver ------------------------------------------------------------------------
    def run(self) -> list[RawEvent]:
        self._walk(self.sent.root, Context())
        return self._merge(self.events)

    def _log(self, line: str) -> None:
        if self.trace is not None:
            self.trace.add(line)

    def _walk(self, tok: Token, ctx: Context) -> None:
        """Visit a clause tree top down; reported clauses get their speaker's context."""
        self.walked.add(tok.i)
        child_ctx = ctx if tok.i in self.blocked else self._visit(tok, ctx)
        for child in tok.children:
            if child.i not in self.walked:  # a speech verb walks its own clauses first
                reported = child.dep_ in ("ccomp", "parataxis")
                self._walk(child, child_ctx if reported else ctx)

    # -- one token -----------------------------------------------------------------------
    def _visit(self, tok: Token, ctx: Context) -> Context:
        """Code what ``tok`` predicates; return the context for its reported clauses."""
        if tok.i in self.done:
            return ctx
        pos = tok.pos_
        if pos in ("VERB", "AUX"):
            return self._visit_verb(tok, ctx)
        if pos == "NOUN" or (pos == "PROPN" and tok.lemma_.lower() == "talks"):
            self._visit_noun(tok, ctx)
        elif pos == "ADJ" and tok.dep_ in _PREDICATE_ADJ:
            self._visit_adj(tok, ctx)
        return ctx

    def _visit_verb(self, tok: Token, ctx: Context) -> Context:
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
        if not matches and self._obligation(None, tok, ctx):
            return ctx
        is_speech = lemma in self.book.speech_verbs and any(
            c.dep_ in ("ccomp", "parataxis") for c in tok.children
        )
        reported_ctx = ctx
        if is_speech:
            speakers = self._subjects(tok, ctx)
            speaker = speakers[0].actor if speakers else None
            if speaker is not None:
                self._log(
                    f'speech: "{tok.text}" by {speaker.code} ({speaker.text}); what it reports is coded inside'
                )
                reported_ctx = replace(ctx, speaker=speaker, speech_verb=tok)
            else:
                reported_ctx = replace(ctx, speech_verb=tok)
        # a speech verb with a plain pattern ("warned that ...") is a speech act only when
        # it is said to someone; otherwise what it reports is the news
        for match in matches:
            plain_speech = (
                is_speech
                and match.pattern is not None
                and match.pattern.specificity == 0
                and not self._recipients(tok, match.pattern, None)
            )
            # a reading that finds no actor or recipient gives way to the next one
            if not plain_speech and self._emit(match, tok, ctx):
                self.acted.add(tok.i)
                break
        if is_speech and reported_ctx.speaker is not None:
            before = len(self.events)
            for child in tok.children:
                if child.dep_ in ("ccomp", "parataxis"):
                    self._walk(child, reported_ctx)
                    self.blocked.update(t.i for t in child.subtree)
            if (
                lemma in self.book.allegation_verbs
                and not self._modality(tok, ctx).negated
            ):
                self._allegations(tok, reported_ctx.speaker, self.events[before:])
            if (
                self.c.statements
                and len(self.events) == before
                and not self._modality(tok, ctx).negated
            ):
                self._statement(tok, reported_ctx)
        return reported_ctx

    def _cands(self, pos: str, tok: Token) -> list[Pattern]:
        """Patterns for a trigger, by lemma and by its hyphenated form ("cease-fire")."""
        lemma = tok.lemma_.lower()
        found = self.book.candidates(pos, lemma)
        if tok.i >= 2 and tok.nbor(-1).text == "-":
            joined = f"{tok.nbor(-2).lower_}-{lemma}"
            found = self.book.candidates(pos, joined) + found
        return found

    # -- matching ------------------------------------------------------------------------
    def _match(self, tok: Token, patterns: Iterable[Pattern]) -> _Match | None:
        for p in patterns:
            if self._fits(tok, p):
                return _Match(p.code, p.id, p, tok)
        return None

    def _fits(self, tok: Token, p: Pattern) -> bool:
        # the preposition may hang on the object: "received assurances FROM X"
        holders = [tok]
        if p.object:
            holders += [c for c in tok.children if c.dep_ == "dobj"]
        if p.with_ and not any(
            c.dep_ in ("prep", "prt", "agent", "dative", "advmod")
            and c.lower_ in p.with_
            and not _is_time_phrase(c)
            for h in holders
            for c in h.children
        ):
            return False
        if p.object and not self._object_fits(tok, p):
            return False
        if p.modifier and not self._modifier_fits(tok, p):
            return False
        return not (
            p.xcomp
            and not any(
                c.dep_ in ("xcomp", "pcomp", "prep", "ccomp")
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
        )

    def _objects(self, tok: Token, with_: frozenset[str] = frozenset()) -> list[Token]:
        objs = [
            c
            for c in tok.children
            if c.dep_ in ("dobj", "attr", "oprd") or (c.dep_ in _PASS_SUBJ)
        ]
        for c in tok.children:
            if c.dep_ in ("prep", "prt", "agent") and (not with_ or c.lower_ in with_):
                objs.extend(g for g in c.children if g.dep_ in ("pobj", "pcomp"))
        # "launched a wave of air strikes": look through a quantity noun
        more = []
        for o in objs:
            for c in o.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    more.extend(g for g in c.children if g.dep_ == "pobj")
            more.extend(c for c in o.children if c.dep_ == "conj")
        return objs + more

    def _object_fits(self, tok: Token, p: Pattern) -> bool:
        for o in self._objects(tok, p.with_):
            # the object itself, or its compound ("humanitarian aid supplies")
            hit = o.lemma_.lower() in p.object or o.lower_ in p.object
            hit = hit or any(
                c.dep_ == "compound" and c.lemma_.lower() in p.object
                for c in o.children
            )
            if not hit:
                continue
            if p.modifier and p.pos == "verb":
                mods = {m.lemma_.lower() for m in o.children} | {
                    m.lower_ for m in o.children
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

    def _frame(self, tok: Token) -> _Match | None:
        """A control verb with an embedded event: "threatened to strike", "urged X to talk"."""
        frames = (
            self.book.frame_adjectives if tok.pos_ == "ADJ" else self.book.frame_verbs
        )
        name = frames.get(tok.lemma_.lower())
        if (
            name is None
            and tok.pos_ in ("VERB", "AUX")
            # "condemned the decision to close the border" is about the decision: a
            # verb that is an event of its own does not carry the noun's frame
            and not any(p.specificity == 0 for p in self._cands("verb", tok))
        ):
            # "reached a consensus to share", "announced plans to withdraw"
            # "reiterated its demand that Israel ease ...", "insisted on its demands that"
            objs = [c for c in tok.children if c.dep_ == "dobj"] + [
                g
                for c in tok.children
                if c.dep_ == "prep"
                for g in c.children
                if g.dep_ == "pobj"
            ]
            for obj in objs:
                noun_frame = self.book.frame_nouns.get(obj.lemma_.lower())
                clause = _infinitive_of(obj) or _that_clause(obj)
                if noun_frame and clause is not None:
                    return self._framed(tok, noun_frame, clause, self._inner(clause))
        if name is None:
            return None
        embedded = _embedded_clause(tok)
        inner: _Match | None = None
        if embedded is not None:
            controller = _controller(tok, embedded)
            if (
                controller is not None
                and controller.dep_ != "nsubjpass"
                and name == "intent"
            ):
                name = "appeal"  # "wanted the groups to agree": a wish for others is an appeal
            elif (
                controller is None and name == "appeal" and tok.lemma_.lower() == "seek"
            ):
                name = "intent"  # "sought to deepen ties": the subject's own aim
            inner = self._inner(embedded)
        else:
            # "proposed a plan to implement cease-fires", "proposed a truce"
            for obj in self._objects(tok):
                if obj.dep_ not in ("dobj", "nsubjpass"):
                    continue
                inner = self._embedded_in(obj)
                if inner is not None:
                    embedded = inner.trigger
                    break
        if embedded is None:
            return None
        return self._framed(tok, name, embedded, inner)

    def _inner(self, embedded: Token) -> _Match | None:
        """The event an embedded clause would make: its predicate, or "to be supportive"."""
        inner = self._predicate(embedded)
        if (
            inner is None
            and self.book.frame_verbs.get(embedded.lemma_.lower()) == "attempt"
        ):
            # "prepared to resume shelling": look through "resume", "begin", "continue"
            deeper = _embedded_clause(embedded)
            if deeper is not None:
                return self._inner(deeper)
        if inner is None and embedded.lemma_.lower() in ("be", "remain", "become"):
            for c in embedded.children:
                if c.dep_ in ("acomp", "attr"):
                    inner = self._match(c, self._cands("adj", c))
                    if inner:
                        break
        return inner

    def _framed(
        self, tok: Token, name: str, embedded: Token, inner: _Match | None
    ) -> _Match | None:
        if inner is None and name in ("attempt", "negate", "intent"):
            return None
        frame = self.book.frames[name]
        code = frame.apply(inner.code if inner else None)
        if code is None:
            self.blocked.update(t.i for t in embedded.subtree)
            self._log(
                f'frame "{name}" at "{tok.text}": the embedded event is not asserted'
            )
            return None
        rule = f"frame.{name}" + (f"+{inner.rule}" if inner else "")
        return _Match(code, rule, inner.pattern if inner else None, tok, embedded)

    def _predicate(self, tok: Token) -> _Match | None:
        """The event a verb or noun would make on its own, if any."""
        pos = (
            "verb"
            if tok.pos_ in ("VERB", "AUX")
            else "noun"
            if tok.pos_ in ("NOUN", "PROPN")
            else "adj"
        )
        m = self._match(tok, self._cands(pos, tok))
        if m is None and pos == "verb":
            for obj in self._objects(tok):
                m2 = self._match(obj, self._cands("noun", obj))
                if m2 is not None:
                    return m2
        return m

    def _embedded_in(self, obj: Token) -> _Match | None:
        m = self._match(obj, self._cands("noun", obj))
        if m is not None and m.pattern is not None and m.pattern.code not in ("020",):
            return m
        for c in obj.children:
            if c.dep_ in ("acl", "relcl", "prep"):
                for t in [c, *[g for g in c.children if g.dep_ in ("pobj", "pcomp")]]:
                    inner = self._predicate(t)
                    if inner is not None:
                        return inner
        return None

    # -- actors --------------------------------------------------------------------------
    def _mention(self, head: Token, ctx: Context) -> Mention | None:
        pron = head.pos_ == "PRON"
        if not pron and head.i in self._cache:
            return self._cache[head.i]
        if (
            pron
            and head.lower_ in _THIRD_PERSON
            and ctx.speaker is not None
            and self._quotes_speaker(head)
        ):
            m = self._other_person(head, ctx.speaker)
        else:
            m = self.c.resolver.resolve(
                head, self.day, self.memory, ctx.speaker, self._context_country(head)
            )
        if not pron:
            self._cache[head.i] = m
        return m

    def _quotes_speaker(self, head: Token) -> bool:
        """Is ``head`` in a clause where the speaker calls himself "I" or "we"?"""
        clause = head
        while (
            clause.dep_ not in ("ccomp", "parataxis", "ROOT")
            and clause.head is not clause
        ):
            clause = clause.head
        return any(
            t.lower_ in ("i", "we", "my", "our", "us", "me") for t in clause.subtree
        )

    def _other_person(self, head: Token, speaker: Actor) -> Mention | None:
        """ "We support his efforts," X said: "his" is someone else named nearby."""
        candidates: list[Actor] = []
        for tok in self.sent:
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

    def _context_country(self, head: Token) -> str | None:
        """The country a sector word with none belongs to: the nearest one named in the
        sentence, else the one the story is most about."""
        best: tuple[int, str] | None = None
        for pos, country in self.memory.countries:
            if self.sent.start <= pos < self.sent.end:
                dist = abs(pos - head.i)
                if best is None or dist < best[0]:
                    best = (dist, country)
        return best[1] if best else self.memory.main_country

    def _expand(self, head: Token, ctx: Context) -> list[Mention]:
        out: list[Mention] = []
        heads = [head, *[c for c in head.conjuncts if c.i > head.i]]
        for c in head.children:
            # "the US, Russia, and Switzerland": a list the parser took for an appositive
            if c.dep_ == "appos" and any(g.dep_ == "conj" for g in c.children):
                heads.extend([c, *[g for g in c.conjuncts if g.i > c.i]])
        for tok in heads:
            m = self._mention(tok, ctx)
            if m is not None:
                out.append(m)
                out.extend(self._shared_head(tok, m))
        return out

    def _shared_head(self, head: Token, mention: Mention) -> list[Mention]:
        """ "Hungarian and Romanian officials": one head, two countries, two actors."""
        out: list[Mention] = []
        base = self.c.resolver.base
        for mod in head.children:
            if mod.dep_ not in ("amod", "compound", "nmod"):
                continue
            for other in mod.conjuncts:
                term = base.terms.get((other.lower_,))
                if (
                    term is None
                    or not term.country
                    or term.kind not in ("demonym", "country")
                ):
                    continue
                if term.country == mention.actor.country:
                    continue
                a = mention.actor
                sector = (
                    a.sector if a.code == (a.country or "") + (a.sector or "") else None
                )
                code = term.country + (sector or "")
                actor = Actor(
                    a.text,
                    code,
                    term.country,
                    sector,
                    None,
                    why=f'"{other.text}" shares "{head.text}"',
                )
                out.append(Mention(actor, other.i, mention.start, mention.end))
        return out

    def _subjects(self, tok: Token, ctx: Context) -> list[Mention]:
        """Who does what ``tok`` predicates: subject, "by" agent, or a governing clause's subject."""
        seen: set[int] = set()
        cur = tok
        while cur.i not in seen:
            seen.add(cur.i)
            passive = any(
                c.dep_ in _PASS_SUBJ or c.dep_ == "auxpass" for c in cur.children
            )
            if passive:
                for c in cur.children:
                    if c.dep_ == "agent":
                        for g in c.children:
                            if g.dep_ == "pobj":
                                return self._expand(g, ctx)
            for c in cur.children:
                if c.dep_ in _SUBJ:
                    if c.lower_ in _REL_PRONOUNS and cur.dep_ == "relcl":
                        return self._expand(cur.head, ctx)
                    if c.lemma_.lower() in self.book.munitions:
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
                    return self._expand(c, ctx)
            if passive:
                stance = [c for c in cur.children if c.dep_ in _PASS_SUBJ]
                if stance and cur.lemma_.lower() in _STATIVE_PASSIVES:
                    # "Israel is opposed to French mediation": a stance, not a passive
                    return self._expand(stance[0], ctx)
                return []
            if cur.dep_ == "xcomp":
                # "urged Syria to talk": the object of the control verb does the talking
                objs = [c for c in cur.head.children if c.dep_ in ("dobj",)]
                if objs:
                    return self._expand(objs[0], ctx)
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

    def _noun_sources(
        self, tok: Token, ctx: Context, inherit: bool = True
    ) -> list[Mention]:
        """Who does what an event noun names: "Russia's arms supplies", "US sanctions", "strikes by NATO"."""
        for c in tok.children:
            if c.dep_ == "poss":
                found = self._expand(c, ctx)
                if found:
                    return found
        for c in tok.children:
            if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i:
                m = self._mention(c, ctx)
                if m is not None:
                    return [m]
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("by", "from"):
                for g in c.children:
                    if g.dep_ == "pobj":
                        found = self._expand(g, ctx)
                        if found:
                            return found
        for c in tok.children:
            # "airstrikes launched by Saudi warplanes", "a device planted by militants"
            if c.dep_ == "acl" and c.tag_ == "VBN":
                for g in c.children:
                    if g.dep_ in ("agent", "prep") and g.lower_ in ("by", "from"):
                        for h in g.children:
                            if h.dep_ == "pobj":
                                found = self._expand(h, ctx)
                                if found:
                                    return found
        # "X carried out strikes", "X backed Y, including with arms supplies": the doer of
        # a verb that says nothing of its own
        gov = _governing_verb(tok) if inherit else None
        if (
            gov is None
            or gov.i in self.tried  # the verb made its own event of this noun
            or gov.lemma_.lower() in self.book.speech_verbs
        ):
            return []
        return self._subjects(gov, ctx)

    def _recipients(
        self,
        tok: Token,
        pattern: Pattern | None,
        ctx: Context | None,
        slots: tuple[str, ...] | None = None,
    ) -> list[Mention]:
        ctx = ctx or Context()
        slots = slots or (
            pattern.recipient
            if pattern
            else ("dobj", "dative", "to", "with", "against", "on", "for")
        )
        holders = [tok]
        holders.extend(
            c
            for c in tok.children
            if c.dep_ in ("dobj", "nsubjpass") and c.pos_ in ("NOUN",)
        )
        for slot in slots:
            heads: list[Token] = []
            if slot == "dobj":
                heads = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
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
            else:
                for h in holders:
                    for c in h.children:
                        if (
                            c.dep_ in ("prep", "prt", "agent", "dative")
                            and c.lower_ == slot
                        ):
                            heads.extend(
                                g for g in c.children if g.dep_ in ("pobj", "pcomp")
                            )
            for h in heads:
                found = self._search(h, ctx)
                if found:
                    return found
        return []

    def _search(self, root: Token, ctx: Context, max_depth: int = 8) -> list[Mention]:
        """The first actor in a phrase, breadth first ("the prospect of talks with X")."""
        queue: deque[tuple[Token, int]] = deque([(root, 0)])
        while queue:
            tok, depth = queue.popleft()
            if tok.pos_ in _NOUN_POS or self._is_demonym(tok):
                found = self._expand(tok, ctx)
                if found:
                    return found
                ref = self._anaphor(tok)
                if ref is not None:
                    return [ref]
            if depth >= max_depth:
                continue
            for c in tok.children:
                if c.dep_ not in _SEARCH_SKIP and not (
                    c.dep_ == "conj" and tok.pos_ in _NOUN_POS
                ):
                    queue.append((c, depth + 1))
        return []

    def _is_demonym(self, tok: Token) -> bool:
        """ "rejected an AUSTRALIAN ultimatum": a nationality adjective names a country."""
        if tok.pos_ != "ADJ" or tok.dep_ != "amod":
            return False
        term = self.c.resolver.base.terms.get((tok.lower_,))
        return term is not None and term.kind == "demonym"

    def _anaphor(self, tok: Token) -> Mention | None:
        prefixes = self.book.anaphora.get(tok.lemma_.lower())
        if not prefixes or any(c.dep_ == "poss" for c in tok.children):
            return None
        if not any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")
            for c in tok.children
        ):
            return None  # "a separate initiative" is a new one
        for code, actor in reversed(self.memory.events):
            if code.startswith(prefixes):
                a = Actor(
                    tok.text,
                    actor.code,
                    actor.country,
                    actor.sector,
                    actor.name,
                    why=f'"{tok.text}" is the {code} event of {actor.text} earlier in the story',
                )
                return Mention(a, tok.i, tok.i, tok.i + 1)
        return None

    # -- modality ------------------------------------------------------------------------
    def _modality(self, tok: Token, ctx: Context) -> _Modality:
        mod = _Modality(hypothetical=ctx.hypothetical, future=ctx.future)
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in self.book.obligation:
            # "Japan needs to enact reforms", "Syria has to withdraw"
            mod.obligation = self.book.obligation[tok.head.lemma_.lower()]
        for c in tok.children:
            low = c.lower_
            if c.dep_ == "neg" or (
                c.dep_ in ("advmod", "det") and low in ("never", "no")
            ):
                mod.negated = True
            elif c.dep_ in ("aux", "auxpass"):
                if low in self.book.future or c.lemma_ in self.book.future:
                    mod.future = True
                elif low in self.book.obligation and c.tag_ == "MD":
                    mod.obligation = self.book.obligation[low]
                elif low == "would" and ctx.speaker is not None:
                    mod.future = True  # "said it would accept": the future of the past
                elif low in self.book.hypothetical:
                    mod.hypothetical = True
            elif c.dep_ == "mark" and low in self.book.conditional:
                mod.hypothetical = True
        # a clause inside a conditional ("if X attacks, Y will respond")
        cur = tok
        hops = 0
        while cur.dep_ not in ("ROOT",) and hops < 6:
            if cur.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in self.book.conditional
                for c in cur.children
            ):
                mod.hypothetical = True
            if (
                cur.dep_ in ("xcomp", "advcl", "acl", "ccomp")
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children)
                and any(c.dep_ == "neg" for c in cur.head.children)
            ):
                # "would not give permission to Russia to help Israel": not done
                mod.unasserted = True
            if (
                cur.dep_ in ("advcl", "relcl")
                and cur.tag_ in ("VBZ", "VBP")
                and any(
                    c.dep_ == "mark" and c.lower_ in ("before", "until", "till")
                    for c in cur.children
                )
            ):
                # "a day before Sarkozy heads to Beijing": a time anchor, not yet done
                mod.unasserted = True
            if cur.dep_ in ("ccomp", "parataxis"):
                break
            cur = cur.head
            hops += 1
        return mod

    def _apply_modality(
        self, code: str, mod: _Modality, pattern: Pattern | None, self_statement: bool
    ) -> str | None:
        if mod.unasserted:
            return None
        if mod.negated:
            if pattern is not None and pattern.negated:
                return pattern.negated
            if code[:2] in ("03", "04", "05", "06", "07", "08"):
                # "would not provide support": withheld cooperation is a rejection
                return self.book.frames["reject"].apply(code)
            return None
        if mod.hypothetical or mod.future:
            root = code[:2]
            if root in _SPEECH_ACT_ROOTS:
                # "will urge" is announced; "might urge" is not said at all
                return None if mod.hypothetical and not mod.future else code
            frame = self.book.frames["intent"]
            if root in ("04", "05", "06", "07", "08"):
                return frame.apply(code)
            if self_statement and root in ("14", "15", "16", "17", "18", "19", "20"):
                return frame.apply(code)  # "we will strike" is a threat
            return None
        return code

    # -- events --------------------------------------------------------------------------
    def _emit(
        self,
        match: _Match,
        tok: Token,
        ctx: Context,
        sources: list[Mention] | None = None,
    ) -> bool:
        """Make the events of a matched predicate; False when it has no actor or no
        recipient (the caller may try another pattern)."""
        pattern = match.pattern
        self.tried.update((tok.i, match.trigger.i))
        if self._obligation(match, tok, ctx):
            return True
        mod = self._modality(tok, ctx)
        if match.trigger.pos_ == "ADJ" and tok.dep_ in ("acomp", "attr"):
            mod = self._modality(tok.head, ctx)
        if sources is None:
            sources = (
                self._subjects(tok, ctx)
                if tok.pos_ != "NOUN"
                else self._noun_sources(tok, ctx)
            )
        if not sources and ctx.speaker is not None and match.code[:2] in ("01",):
            sources = [Mention(ctx.speaker, tok.i, tok.i, tok.i + 1)]
        if (
            not sources
            and tok.pos_ in ("VERB", "AUX")
            and self._weapon_did_it(tok, match.code)
        ):
            sources = [self._unidentified(tok, match.code)]
        if (
            not sources
            and tok.pos_ in ("VERB", "AUX")
            and self._by_authorities(tok, match.code)
        ):
            sources = [self._authorities(tok)]
        if (
            not sources
            and tok.pos_ in ("VERB", "AUX")
            and self._crowd_did_it(tok, match.code)
        ):
            sources = self._civilians(tok, match.pattern, ctx)
        if not sources:
            self._log(
                f'"{tok.text}" matched {match.rule} ({match.code}) but no actor does it'
            )
            if (
                pattern is not None
                and pattern.object
                and match.code[:2] in VERBAL_ROOTS
            ):
                # "someone called for a ceasefire between X and Y": the ceasefire is
                # still only called for, whoever called
                for obj in self._objects(tok, pattern.with_):
                    self.blocked.update(_content(obj))
            return False
        if match.embedded is not None and match.rule.startswith(
            ("frame.appeal", "frame.demand")
        ):
            ctrl = _controller(tok, match.embedded)
            targets = self._expand(ctrl, ctx) if ctrl is not None else []
            if not targets:
                targets = self._recipients(
                    tok, None, ctx, ("on", "upon", "to", "dative")
                )
            if not targets and pattern is not None:
                targets = self._recipients(match.embedded, pattern, ctx)
        elif match.embedded is not None:
            targets = self._recipients(match.embedded, pattern, ctx) if pattern else []
        else:
            targets = self._recipients(tok, pattern, ctx) if pattern else []
        src_codes = {s.actor.code for s in sources}
        targets = [t for t in targets if t.actor.code not in src_codes]
        joint = (
            len({s.actor.code for s in sources}) >= 2
        )  # "A and B agreed": each other
        if (
            not targets
            and not joint
            and (match.code[:2] in _SPEECH_ACT_ROOTS or match.embedded is not None)
        ):
            # what a comment, appeal or threat is about may sit anywhere in its clause
            targets = [
                m
                for m in self._fallback_recipients(tok, sources, ctx)
                if m.actor.code not in src_codes
            ]
        solo = pattern.solo if pattern is not None else False
        distinct = {s.actor.code for s in sources}
        if not targets and solo and len(distinct) == 1 and match.code[:2] != "14":
            # "withdrew from Panama", "imposed a curfew in Algiers": the place's country
            place = self._place_recipient(tok)
            targets = (
                [place]
                if place is not None and place.actor.code not in src_codes
                else []
            )
        if not targets and len(distinct) >= 2 and match.code[:2] != "14":
            # "Armenia and Azerbaijan declared a truce": each does it to the other
            pairs = [
                (a, b) for a in sources for b in sources if a.actor.code != b.actor.code
            ]
        elif not targets and not solo:
            self._log(
                f'"{tok.text}" matched {match.rule} ({match.code}) but has no recipient'
            )
            if match.embedded is not None:
                # "threatened to strike" with no one threatened: still no strike
                self.blocked.update(t.i for t in match.embedded.subtree)
            return False
        else:
            pairs = [(s, t) for s in sources for t in (targets or [None])]  # type: ignore[list-item]
        # mark the trigger and what it holds as used: "launched an air strike on X" is
        # one event, not a launch and a strike
        self.done.add(match.trigger.i)
        self.done.add(tok.i)
        if pattern is not None and pattern.object:
            self.done.update(o.i for o in self._objects(tok, pattern.with_))
        if match.embedded is not None:
            self.blocked.update(t.i for t in match.embedded.subtree)
        if pattern is not None and pattern.block:
            for c in tok.children:
                if c.dep_ in ("xcomp", "ccomp", "dobj"):
                    self.blocked.update(
                        t.i for t in c.subtree if t.i != c.i or c.dep_ != "dobj"
                    )
        speech = tok.lemma_.lower() in self.book.speech_verbs
        if match.code[:2] in VERBAL_ROOTS:
            holders = (
                [tok.head, tok]
                if tok.pos_ == "ADJ" and tok.dep_ in ("acomp", "attr")
                else [tok]
            )
            for c in (c for h in holders for c in h.children if c is not tok):
                if c.dep_ in _COMPLEMENTS and not (speech and c.dep_ == "ccomp"):
                    # what a statement, appeal or rejection is about is not itself an
                    # event, except what it names as to come ("optimistic at the
                    # prospect of talks": the talks are coded as future)
                    self.blocked.update(
                        i for i in _content(c) if not self._prospective(tok.doc[i])
                    )
        if pattern is not None and pattern.reverse and match.embedded is None:
            # "received weapons from the government": the giver is the source
            pairs = [(t, s) for s, t in pairs if t is not None]
        self._add_events(match, tok, ctx, pairs, mod)
        return True

    def _add_events(
        self,
        match: _Match,
        tok: Token,
        ctx: Context,
        pairs: list[tuple[Mention, Mention | None]],
        mod: _Modality,
    ) -> None:
        """One event per (source, recipient) pair, after modality has had its say."""
        pattern = match.pattern
        for src, tgt in pairs:
            source = self._speaker_sector(src.actor, ctx)
            if tgt is not None and tgt.actor.code == source.code:
                continue  # "Denmark ... its partners": no event of an actor with itself
            self_statement = (
                ctx.speaker is not None and ctx.speaker.country == source.country
            )
            code = self._apply_modality(match.code, mod, pattern, self_statement)
            if code is not None and _unless(tok) and code[:2] not in ("13",):
                # "will withdraw its troops unless ...": a conditional act is a threat
                code = self.book.frames["threat"].apply(match.code)
            if (
                code is not None
                and (code[:2] in ("18", "19") or code == "1712")
                and self._protesters(self.sent.doc[src.head])
            ):
                # protesters who fight or wreck property riot (CAMEO: 145, not 19x)
                code = "145"
            if code is None:
                why = "negated" if mod.negated else "hypothetical or future"
                self._log(
                    f'"{tok.text}" matched {match.rule} ({match.code}) but is {why}: no event'
                )
                continue
            rule = match.rule if code == match.code else f"{match.rule}>{code}"
            ev = RawEvent(
                sentence=self.index,
                sent=self.sent,
                trigger=match.trigger,
                source=source,
                target=tgt.actor if tgt else None,
                code=code,
                rule=rule,
                negated=mod.negated,
                hypothetical=mod.hypothetical,
                # "vowed to", "threatened to": the act they name has not happened
                future=mod.future
                or match.rule.startswith(("frame.intent", "frame.threat")),
                reported_by=ctx.speaker.code
                if ctx.speaker is not None and ctx.speaker.code != source.code
                else None,
                clause=_clause_head(tok),
                speech_verb=ctx.speech_verb,
                confidence=_confidence(pattern, src, tgt),
            )
            self.events.append(ev)
            self._log(
                f'event {code} "{self.c.ontology[code].name}": {source.code} -> {tgt.actor.code if tgt else "-"} '
                f'(trigger "{match.trigger.text}", rule {rule})'
            )
            if tgt is not None and code in self.book.symmetric and len(pairs) == 1:
                # a meeting, call or negotiation is done by both sides to each other
                self.events.append(replace(ev, source=tgt.actor, target=source))
                self._log(
                    f"event {code} also {tgt.actor.code} -> {source.code}: it takes two"
                )

    def _obligation(self, match: _Match | None, tok: Token, ctx: Context) -> bool:
        """ "X said Y must return the helicopter": X demands it of Y (should: appeals)."""
        speaker = ctx.speaker
        if speaker is None or tok.pos_ not in ("VERB", "AUX"):
            return False
        mod = self._modality(tok, ctx)
        if mod.obligation is None or mod.negated:
            return False
        subjects = [s for s in self._subjects(tok, ctx) if s.actor.code != speaker.code]
        if not subjects:
            return False
        if match is None and mod.obligation != "demand":
            return False  # "X needs to remain strong" asks nothing in particular
        frame = self.book.frames[mod.obligation]
        code = frame.apply(match.code if match else None)
        if code is None:
            return False
        rule = f"obligation.{mod.obligation}" + (f"+{match.rule}" if match else "")
        self.tried.add(tok.i)
        self.done.add(tok.i)
        self.blocked.update(_content(tok))
        for tgt in subjects:
            self.events.append(
                RawEvent(
                    sentence=self.index,
                    sent=self.sent,
                    trigger=tok,
                    source=speaker,
                    target=tgt.actor,
                    code=code,
                    rule=rule,
                    clause=ctx.speech_verb or tok,
                    speech_verb=ctx.speech_verb,
                    confidence=0.5,
                )
            )
            self._log(
                f'event {code} "{self.c.ontology[code].name}": {speaker.code} -> {tgt.actor.code} ({mod.obligation}: "{tok.text}" with "must"/"should", rule {rule})'
            )
        return True

    def _protesters(self, word: Token) -> bool:
        """Is this a word for people who protest ("protesters", "rioters")?"""
        cands = self._cands("noun", word)
        # "protesters" names only protest; "strikes" may be air strikes too
        return bool(cands) and all(p.code.startswith("14") for p in cands)

    def _place_recipient(self, tok: Token) -> Mention | None:
        """The country of the place a clause names ("in south Lebanon", "from Panama")."""
        holders = [tok, *(c for c in tok.children if c.dep_ == "dobj")]
        for h in holders:
            for prep in h.children:
                if prep.dep_ != "prep" or prep.lower_ not in _PLACE_PREPS | {
                    "from",
                    "into",
                    "to",
                }:
                    continue
                for obj in prep.children:
                    if obj.dep_ != "pobj" or obj.ent_type_ not in ("GPE", "LOC"):
                        continue
                    ent = next(
                        (e for e in self.sent.ents if e.start <= obj.i < e.end), None
                    )
                    name = ent.text if ent is not None else obj.text
                    country = self.c.place_country(
                        name, [c for _, c in self.memory.countries]
                    )
                    if country:
                        actor = Actor(
                            name,
                            country,
                            country,
                            None,
                            None,
                            why=f'"{name}" is in {country}',
                        )
                        return Mention(actor, obj.i, obj.i, obj.i + 1)
        return None

    def _unattributed(self, code: str) -> bool:
        return (
            code.startswith(self.book.unattributed) if self.book.unattributed else False
        )

    def _weapon_did_it(self, tok: Token, code: str) -> bool:
        """ "Rockets hit the town" (any attack code), "shells were fired at the base"
        (the attack codes that may go unattributed): a weapon, no attacker."""
        for c in tok.children:
            if c.dep_ in _SUBJ and c.lemma_.lower() in self.book.munitions:
                return code[:2] in ("18", "19", "20")
            if c.dep_ in _PASS_SUBJ:
                no_agent = not any(g.dep_ == "agent" for g in tok.children)
                return no_agent and self._unattributed(code)
        return False

    def _by_authorities(self, tok: Token, code: str) -> bool:
        """ "Dozens were arrested": an arrest with no agent is the state's doing."""
        if not self.book.by_authorities or not code.startswith(
            self.book.by_authorities
        ):
            return False
        passive = any(c.dep_ in _PASS_SUBJ for c in tok.children)
        return passive and not any(c.dep_ == "agent" for c in tok.children)

    def _prospective(self, tok: Token) -> bool:
        """ "the prospect of renewed talks between X and Y": talks to come."""
        return (
            tok.dep_ == "pobj"
            and tok.head.lower_ == "of"
            and tok.head.head.lemma_.lower() in self.book.prospect
        )

    def _crowd_did_it(self, tok: Token, code: str) -> bool:
        """ "Thousands demonstrated": a protest whose subject is a crowd, not an actor."""
        if not self.book.by_civilians or not code.startswith(self.book.by_civilians):
            return False
        return any(
            c.dep_ in _SUBJ and c.lemma_.lower() in self.book.crowds
            for c in tok.children
        )

    def _civilians(
        self, tok: Token, pattern: Pattern | None, ctx: Context
    ) -> list[Mention]:
        """The civilians of the country a protest is against or in, or of the one
        country the story names; none otherwise (the nearest country is too weak a
        guess: "since the Arab Spring protests toppled autocrats", said in Moscow)."""
        targets = self._recipients(tok, pattern, ctx) if pattern else []
        country = next((t.actor.country for t in targets if t.actor.country), None)
        if country is None:
            place = self._place_recipient(tok)
            country = place.actor.country if place is not None else None
        if country is None and len({c for _, c in self.memory.countries}) == 1:
            country = self.memory.main_country
        if country is None:
            return []
        actor = Actor(
            "protesters",
            (country or "") + "CVL",
            country,
            "CVL",
            None,
            why=f'the text names the protest ("{tok.text}") but no group making it',
        )
        self._log(f"{actor.code}: protesters named by no group are civilians")
        return [Mention(actor, tok.i, tok.i, tok.i + 1)]

    def _authorities(self, tok: Token) -> Mention:
        place = self._place_recipient(tok)
        country = (
            place.actor.country if place is not None else self._context_country(tok)
        )
        actor = Actor(
            "the authorities",
            (country or "") + "COP",
            country,
            "COP",
            None,
            why="an arrest with no one named as making it is the authorities' doing",
        )
        return Mention(actor, tok.i, tok.i, tok.i + 1)

    def _unidentified(self, tok: Token, code: str) -> Mention:
        actor = Actor(
            "unidentified attackers",
            "UAF",
            None,
            "UAF",
            None,
            why=f'the text names the attack ("{tok.text}") but not who made it',
        )
        self._log(
            f"{code}: no attacker named; coded as unidentified armed forces (UAF)"
        )
        return Mention(actor, tok.i, tok.i, tok.i + 1)

    def _speaker_sector(self, actor: Actor, ctx: Context) -> Actor:
        sp = ctx.speaker
        if (
            sp is not None
            and actor.sector is None
            and actor.code == actor.country
            and sp.country == actor.country
            and sp.sector
        ):
            return replace(
                actor,
                code=sp.code,
                sector=sp.sector,
                why=f"{actor.why}; speaks through {sp.text}",
            )
        return actor

    def _fallback_recipients(
        self, tok: Token, sources: list[Mention], ctx: Context
    ) -> list[Mention]:
        src_heads = {s.head for s in sources}
        src_codes = {s.actor.code for s in sources}
        base = tok.head if tok.dep_ in ("acomp", "attr") else tok
        for c in sorted(base.children, key=lambda c: _FALLBACK_ORDER.get(c.dep_, 9)):
            if (
                c.dep_ in _SUBJ
                or c.i in src_heads
                or c.dep_ in ("punct", "aux", "neg", "mark")
                or _is_place_phrase(c)
            ):
                continue
            found = self._search(c, ctx)
            found = [m for m in found if m.actor.code not in src_codes]
            if found:
                return found
        return []

    def _allegations(
        self, tok: Token, speaker: Actor, reported: list[RawEvent]
    ) -> None:
        """ "X alleged that Y attacked Z": X accuses Y (112); "X claimed it had attacked Z":
        X claims the act (015). The reported act stays as X reports it."""
        done: set[tuple[str, str | None]] = set()
        for ev in reported:
            if not ev.code[:2].isdigit() or int(ev.code[:2]) < 11 or ev.negated:
                continue  # only hostile acts make an accusation
            own = ev.source.code == speaker.code
            code, target = ("015", ev.target) if own else ("112", ev.source)
            if target is None or (code, target.code) in done:
                continue
            done.add((code, target.code))
            self.events.append(
                replace(
                    ev,
                    trigger=tok,
                    source=speaker,
                    target=target,
                    code=code,
                    rule=f"speech.allegation>{code}",
                    reported_by=None,
                    hypothetical=False,
                    future=False,
                    clause=tok,
                    speech_verb=None,
                )
            )
            self._log(
                f'allegation {code}: {speaker.code} -> {target.code} ("{tok.text}" puts {ev.code} on {ev.source.code})'
            )

    def _statement(self, tok: Token, ctx: Context) -> None:
        speaker = ctx.speaker
        if speaker is None or not _political(speaker):
            return
        for c in tok.children:
            if c.dep_ in ("ccomp", "parataxis"):
                if any(t.i in self.tried for t in c.subtree):
                    return  # something more specific was said, even if it made no event
                found = [
                    m
                    for m in self._search(c, ctx, max_depth=4)
                    if m.actor.code != speaker.code
                    and _political(m.actor)
                    and not (
                        m.actor.country == speaker.country and m.actor.sector is None
                    )
                ]
                if found:
                    tgt = found[0]
                    mod = self._modality(tok, Context())
                    self.events.append(
                        RawEvent(
                            sentence=self.index,
                            sent=self.sent,
                            trigger=tok,
                            source=speaker,
                            target=tgt.actor,
                            code="010",
                            rule="speech.statement",
                            negated=False,
                            hypothetical=mod.hypothetical,
                            future=mod.future,
                            clause=tok,
                            speech_verb=tok,
                            confidence=0.3,
                        )
                    )
                    self._log(
                        f"statement 010: {speaker.code} -> {tgt.actor.code} (nothing more specific was said)"
                    )
                    return

    def _visit_noun(self, tok: Token, ctx: Context) -> None:
        if tok.dep_ == "compound" or _is_purpose(tok):
            return
        cands = self._cands("noun", tok)
        if not cands:
            return
        match = self._match(tok, cands)
        if match is None:
            return
        self.tried.add(tok.i)
        sources = self._noun_sources(tok, ctx)
        head_acts = tok.head.i in self.acted
        if (
            (head_acts or tok.head.i in self.tried)
            and tok.dep_ in _SUBJ
            and self._protesters(tok)
        ):
            # "demonstrators received weapons": what they do is coded at the verb (or,
            # when the verb finds no one it was done to, is not a protest either)
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
        )
        if not sources and asserted:
            # "talks between X and Y": both are sources and recipients
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ == "between":
                    for g in c.children:
                        if g.dep_ == "pobj":
                            sources = self._expand(g, ctx)
        if not sources and asserted and self._unattributed(match.code):
            sources = [self._unidentified(tok, match.code)]
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

    def _emit_noun(
        self,
        match: _Match,
        tok: Token,
        ctx: Context,
        sources: list[Mention],
        mod: _Modality,
        gov: Token,
    ) -> None:
        pattern = match.pattern
        targets = self._recipients(tok, pattern, ctx) if pattern else []
        if not targets and gov is not tok and pattern is not None:
            targets = self._recipients(gov, pattern, ctx)
        src_codes = {s.actor.code for s in sources}
        targets = [t for t in targets if t.actor.code not in src_codes]
        solo = pattern.solo if pattern else False
        if not targets and not solo and len(sources) < 2:
            self._log(
                f'"{tok.text}" matched {match.rule} ({match.code}) but has no recipient'
            )
            return
        if targets or solo:
            pairs = [(s, t) for s in sources for t in (targets or [None])]  # type: ignore[list-item]
        else:
            pairs = [
                (a, b) for a in sources for b in sources if a.actor.code != b.actor.code
            ]
        self.done.add(tok.i)
        self._add_events(match, tok, ctx, pairs, mod)

    def _visit_adj(self, tok: Token, ctx: Context) -> None:
        match = self._frame(tok) or self._match(tok, self._cands("adj", tok))
        if match is None:
            return
        sources = self._subjects(tok, ctx)
        if sources and all(s.head in {t.i for t in tok.subtree} for s in sources):
            sources = []
        self._emit(match, tok, ctx, sources or None)

    def _merge(self, events: list[RawEvent]) -> list[RawEvent]:
        """One event per actor, recipient and kind in a sentence: "attacked and killed" is one."""
        kept: list[RawEvent] = []
        for ev in events:
            key_quad = self.c.ontology[ev.code].quad_class
            clash = None
            for k in kept:
                same_pair = (k.source.code, k.target.code if k.target else None) == (
                    ev.source.code,
                    ev.target.code if ev.target else None,
                )
                if not same_pair:
                    continue
                if (
                    k.code == ev.code
                    or (key_quad == 4 and self.c.ontology[k.code].quad_class == 4)
                    or k.code[:2] == ev.code[:2]
                ):
                    clash = k
                    break
            if clash is None:
                kept.append(ev)
                continue
            # keep the stronger (lower Goldstein for conflict) or the more specific code
            if key_quad == 4:
                better = (
                    self.c.ontology[ev.code].goldstein
                    < self.c.ontology[clash.code].goldstein
                )
            else:
                better = len(ev.code) > len(clash.code)
            if better:
                kept[kept.index(clash)] = ev
        # "shelled the town, killing eight": the deaths are what the attack did, not a
        # second event; a killing by armed forces is fighting (19x), not an assault (18x)
        armed = {"MIL", "REB", "INS", "UAF", "SEP", "IMG"}
        # "staged demonstrations to demand reforms", "rioted, setting fire to ...": what
        # protesters demand or wreck while they protest is part of the protest
        protests = [k for k in kept if k.code[:2] == "14"]
        kept = [
            ev
            for ev in kept
            if not (
                ev.code[:2] in ("10", "17")
                and any(
                    p.source.code == ev.source.code
                    and ev.trigger.i in {t.i for t in p.trigger.subtree}
                    for p in protests
                )
            )
        ]
        out: list[RawEvent] = []
        for ev in kept:
            if ev.code.startswith(_KILLING):
                others = [
                    k for k in kept if k is not ev and k.source.code == ev.source.code
                ]
                if any(self.c.ontology[k.code].quad_class == 4 for k in others):
                    continue
                if ev.code == "1823" and _prominent(ev.target):
                    # killing a named official or a leader is an assassination
                    ev.code, ev.rule = "186", f"{ev.rule}>186"
                elif ev.code == "1823" and (
                    ev.source.sector in armed or ev.source.code.startswith("IMG")
                ):
                    # a beating stays a beating (182), whoever does it
                    ev.code, ev.rule = "190", f"{ev.rule}>190"
            out.append(ev)
        return out


_LEADERS = frozenset(
    {
        "chief",
        "leader",
        "commander",
        "governor",
        "mayor",
        "minister",
        "president",
        "premier",
        "head",
        "lawmaker",
        "senator",
        "judge",
        "prosecutor",
        "general",
        "colonel",
        "mp",
    }
)


def _prominent(target: Actor | None) -> bool:
    """A named political figure or a leader ("the deputy chief of the militia")."""
    if target is None:
        return False
    if target.name and target.sector in _POLITICAL_SECTORS:
        return True
    words = {w.lower().strip(".,") for w in target.text.split()}
    return bool(words & _LEADERS)


def _content(tok: Token) -> set[int]:
    """The tokens of a complement, less the participles that predicate on their own
    ("backed Assad, INCLUDING with arms supplies")."""
    out: set[int] = set()
    stack = [tok]
    while stack:
        cur = stack.pop()
        if (
            cur is not tok
            and cur.pos_ == "VERB"
            and cur.dep_ in ("prep", "advcl")
            and cur.tag_ == "VBG"
        ):
            continue
        out.add(cur.i)
        stack.extend(cur.children)
    return out


# sectors whose words are politics; police, courts, media, business and the public speak
# about crime, accidents and weather as often as about politics
_POLITICAL_SECTORS = frozenset(
    {"GOV", "MIL", "LEG", "OPP", "REB", "INS", "PTY", "ELI", "SPY", "SEP", "IGO"}
)


def _political(actor: Actor) -> bool:
    """Is this actor's bare statement political news (a state, a body, a party ...)?"""
    if actor.country is None:
        return actor.code.startswith(("IGO", "NGO", "IMG"))
    return (
        actor.sector is None
        or actor.sector in _POLITICAL_SECTORS
        or actor.code != actor.country + actor.sector
    )


_PLACE_NOUNS = frozenset(
    [
        "city",
        "town",
        "village",
        "capital",
        "province",
        "region",
        "area",
        "district",
        "border",
        "country",
        "state",
        "street",
        "square",
        "market",
        "camp",
        "base",
        "port",
        "island",
        "coast",
        "territory",
        "zone",
    ]
)
_PLACE_PREPS = frozenset(
    {"in", "at", "near", "outside", "inside", "across", "around", "throughout"}
)


def _is_place_phrase(prep: Token) -> bool:
    """ "in London", "at the border": where something happened, not to whom."""
    if prep.dep_ != "prep" or prep.lower_ not in _PLACE_PREPS:
        return False
    return any(
        o.dep_ == "pobj"
        and (o.ent_type_ in ("GPE", "LOC", "FAC") or o.lemma_.lower() in _PLACE_NOUNS)
        for o in prep.children
    )


def _is_purpose(noun: Token) -> bool:
    """ "in protest against", "in retaliation for": a bare noun after "in" says why,
    it is not a second event."""
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "in"
        and not any(c.dep_ in ("det", "poss", "nummod", "amod") for c in noun.children)
    )


def _unless(tok: Token) -> bool:
    """Does an "unless" clause hang on this predicate?"""
    return any(
        c.dep_ == "advcl"
        and any(g.dep_ == "mark" and g.lower_ == "unless" for g in c.children)
        for c in tok.children
    )


def _is_time_phrase(prep: Token) -> bool:
    """ "on Thursday", "in March": a preposition that only dates the clause."""
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objs) and all(o.ent_type_ in ("DATE", "TIME") for o in objs)


def _infinitive_of(noun: Token) -> Token | None:
    """ "a plan TO WITHDRAW": the infinitive that completes a noun."""
    for c in noun.children:
        if (
            c.dep_ in ("acl", "relcl", "xcomp")
            and c.pos_ in ("VERB", "AUX")
            and any(g.dep_ == "aux" and g.tag_ == "TO" for g in c.children)
        ):
            return c
    return None


def _that_clause(noun: Token) -> Token | None:
    """ "its demand THAT ISRAEL EASE restrictions": a clause with its own subject."""
    for c in noun.children:
        if (
            c.dep_ in ("acl", "ccomp", "relcl")
            and c.pos_ in ("VERB", "AUX")
            and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
            and any(g.dep_ in _SUBJ for g in c.children)
        ):
            return c
    return None


def _embedded_clause(tok: Token) -> Token | None:
    """The infinitive a control verb governs: xcomp, or "wanted X to go" parsed as
    ccomp, or "have sworn to fight" parsed as advcl."""
    for c in tok.children:
        if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX"):
            return c
    for c in tok.children:
        if (
            c.dep_ in ("ccomp", "advcl")
            and c.pos_ in ("VERB", "AUX")
            and c.i > tok.i
            and any(
                g.dep_ == "aux" and g.tag_ == "TO" and g.i == c.i - 1
                for g in c.children
            )
        ):
            return c
    return None


def _controller(tok: Token, embedded: Token) -> Token | None:
    """Who is to do the embedded act: "urged SYRIA to talk", "wanted THE GROUPS to agree"."""
    for c in embedded.children:
        if c.dep_ in _SUBJ:
            return c
    if embedded.dep_ in ("xcomp", "advcl"):
        for c in tok.children:
            if c.dep_ in ("dobj", "nsubjpass"):  # "X was urged to talk": X is to talk
                return c
    return None


def _governing_verb(tok: Token) -> Token | None:
    """The verb an event noun is the object of, directly or through a preposition."""
    if tok.dep_ in ("dobj", "nsubjpass", "nsubj") and tok.head.pos_ in ("VERB", "AUX"):
        return tok.head
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        prep_head = tok.head.head
        if prep_head.pos_ in ("VERB", "AUX"):
            return prep_head
    return None


def _clause_head(tok: Token) -> Token:
    cur = tok
    hops = 0
    while cur.pos_ not in ("VERB", "AUX") and cur.head is not cur and hops < 6:
        cur = cur.head
        hops += 1
    return cur


def _confidence(pattern: Pattern | None, src: Mention, tgt: Mention | None) -> float:
    score = 0.5
    if pattern is not None:
        score += 0.1 * min(pattern.specificity, 2)
    if tgt is not None:
        score += 0.1
    if src.actor.sector:
        score += 0.1
    return round(min(score, 0.95), 2)
