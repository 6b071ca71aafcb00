"""Speech and reporting: what a speaker says others must do (demands and appeals),
allegations ("X alleged that Y attacked"), and bare statements."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..actors.resolve import Mention
from ..records import Actor
from ._state import Context, RawEvent, _Match
from ._syntax import _SUBJ, _content
from .arguments import Arguments, _first_object
from .modality import ModalityReading

_POLITICAL_SECTORS = frozenset(
    {"GOV", "MIL", "LEG", "OPP", "REB", "INS", "PTY", "ELI", "SPY", "SEP", "IGO"}
)


# the dependencies of the nouns a clause is about (read before a speaker after them)
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "dative", "conj"})

# verbs that say what their subject is
_COPULAS = frozenset(
    {"be", "seem", "appear", "remain", "constitute", "amount", "become"}
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


# verbs that name what something is: "called the sanctions illegal"
_NAMING = frozenset(
    "call brand label describe term dub characterize characterise denounce".split()
)


class Speech(Arguments, ModalityReading):
    def _walk(self, tok: Token, ctx: Context) -> None:
        raise NotImplementedError  # the clause walk of the sentence coder

    def _reported(self, tok: Token) -> list[Token]:
        """The clauses a speech verb reports: its complements; or, when it has none, a
        "that" clause with a subject of its own that the parser hung on a noun of the
        verb's ("told the Council after the vote THAT THEY OPPOSE ...": not a clause
        about the vote)."""
        found = [c for c in tok.children if c.dep_ in ("ccomp", "parataxis")]
        if found:
            return found
        return [
            clause
            for prep in tok.children
            if prep.dep_ == "prep"
            for noun in prep.children
            if noun.dep_ == "pobj"
            for clause in noun.children
            if clause.dep_ in ("acl", "relcl")
            and clause.pos_ in ("VERB", "AUX")
            and _complement_that(clause)
        ]

    def _speaker_context(self, tok: Token, ctx: Context) -> Context:
        """The context of what a speech verb reports: its speaker and the verb. A
        speaker named by a common noun after the report ("..., the army said") is
        read after the actors the report names before it, so that "the army" can be
        the one named there ("Israeli troops killed two gunmen, the army said")."""
        subj = next((c for c in tok.children if c.dep_ in _SUBJ), None)
        if (
            subj is not None
            and subj.tag_ == "NN"
            # "the army", with no word of its own saying whose
            and [(c.dep_, c.lower_) for c in subj.children] == [("det", "the")]
            and any(
                c.dep_ in ("ccomp", "parataxis") and c.i < subj.i for c in tok.children
            )
        ):
            for t in self.tokens[: subj.left_edge.i - self.sent.start]:
                if t.pos_ in ("NOUN", "PROPN") and t.dep_ in _ARGUMENT_DEPS:
                    self._mention(t, ctx)
        speakers = self._subjects(tok, ctx)
        speaker = speakers[0].actor if speakers else None
        if speaker is None:
            return replace(ctx, speech_verb=tok)
        self._log(
            f'speech: "{tok.text}" by {speaker.code} ({speaker.text}); what it reports is coded inside'
        )
        everyone = tuple(dict.fromkeys(m.actor for m in speakers))
        return replace(ctx, speaker=speaker, speakers=everyone, speech_verb=tok)

    def _code_reported(self, tok: Token, ctx: Context, reported_ctx: Context) -> None:
        """Code the clauses a speech verb reports, in the speaker's context; then the
        allegation they make, or a bare statement when they held nothing more specific."""
        assert reported_ctx.speaker is not None
        lemma = tok.lemma_.lower()
        before = len(self.events)
        for child in self._reported(tok):
            self._walk(child, reported_ctx)
            self.blocked.update(t.i for t in child.subtree)
        if lemma in self.book.allegation_verbs and not self._modality(tok, ctx).negated:
            self._allegations(tok, reported_ctx.speaker, self.events[before:])
        if not self._modality(tok, ctx).negated:
            self._verdict(tok, reported_ctx, self.events[before:])
        if (
            self.c.statements
            and len(self.events) == before
            and not self._modality(tok, ctx).negated
        ):
            self._statement(tok, reported_ctx)

    def _said(
        self,
        tok: Token,
        speaker: Actor,
        target: Actor,
        code: str,
        rule: str,
        speech_verb: Token | None,
        confidence: float = 0.5,
        hypothetical: bool = False,
        future: bool = False,
    ) -> None:
        """An event a speaker makes by saying something (``tok`` says it; the clause,
        for its date and place, is the speech verb's)."""
        self.events.append(
            RawEvent(
                sentence=self.index,
                sent=self.sent,
                trigger=tok,
                source=speaker,
                target=target,
                code=code,
                rule=rule,
                hypothetical=hypothetical,
                future=future,
                clause=speech_verb or tok,
                speech_verb=speech_verb,
                confidence=confidence,
            )
        )

    def _verdict(self, tok: Token, ctx: Context, inside: list[RawEvent]) -> None:
        """ "X said Y's move was unjustified": X criticizes Y (111); "X said the
        responsibility lies with Y", "... Y is to blame": X blames Y (112). Also when
        the act judged was coded itself ("Nicaragua's CRACKDOWN on the church was
        deeply troubling", ``inside``): its doer is whom the verdict is on, not whom
        the act was done to."""
        speaker = ctx.speaker
        assert speaker is not None
        for clause in self._reported(tok):
            found = self._judged(clause, ctx)
            if found is None:
                continue
            code, target = found
            subject = next(
                (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None
            )
            act = next(
                (e for e in inside if subject is not None and e.trigger.i == subject.i),
                None,
            )
            if code == "111" and act is not None and act.source is not None:
                target = replace(target, actor=act.source)
            if target.actor.identity == speaker.identity or any(
                e.code == code and e.source == speaker and e.target == target.actor
                for e in inside
            ):
                continue
            self._said(tok, speaker, target.actor, code, f"speech.verdict>{code}", tok)
            self._log(
                f'verdict {code}: {speaker.code} -> {target.actor.code} ("{tok.text}" says what {target.actor.text} is or did)'
            )
            return

    def _naming(self, tok: Token, ctx: Context) -> bool:
        """ "Zakharova called the sanctions illegal", "branded the strike a war
        crime", "described the move as a provocation": the subject criticizes (111) or
        blames (112) whom the object is or whose act it is."""
        if tok.lemma_.lower() not in _NAMING or self._modality(tok, ctx).negated:
            return False
        objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        words: set[str] = set()
        for c in tok.children:
            preds = (
                [c]
                if c.dep_ in ("oprd", "xcomp", "attr", "acomp")
                else [g for g in c.children if g.dep_ == "pobj"]
                if c.dep_ == "prep" and c.lower_ == "as"
                else []
            )
            for pred in preds:
                words.add(pred.lemma_.lower())
                words.update(g.lemma_.lower() for g in pred.children)
        for obj in objs[:1]:
            # "called the charges politically MOTIVATED": the parser may hang the
            # predicate on the object
            for pred in obj.rights:
                if pred.dep_ in ("acl", "amod") and pred.pos_ == "ADJ":
                    words.add(pred.lemma_.lower())
                    words.update(g.lemma_.lower() for g in pred.children)
        code = self._verdict_code(words)
        if code is None or not objs:
            return False
        obj = objs[0]
        if obj.lower_ in ("them", "it") and (first := _first_object(tok)) is not None:
            # "condemned THE DEPORTATIONS and called THEM inhumane": the joined verb's
            # pronoun is the first verb's object (an act: its doer)
            obj = first
        if code == "051":
            praised = self._praised(obj, ctx)
            targets = [praised] if praised is not None else []
        else:
            targets = self._search(obj, ctx, max_depth=3)
        sources = self._subjects(tok, ctx)
        made = False
        for src in sources:
            for tgt in targets[:1]:
                if tgt.actor.identity == src.actor.identity:
                    continue
                self._said(
                    tok, src.actor, tgt.actor, code, f"naming.verdict>{code}", None
                )
                self._log(
                    f'verdict {code}: {src.actor.code} -> {tgt.actor.code} ("{tok.text}" names what {tgt.actor.text} is or did)'
                )
                made = True
        return made

    def _verdict_code(self, words: set[str]) -> str | None:
        """What words said of an actor or its act make: blame (112), a verdict (111),
        praise (051); nothing when they deny it ("NO breakthrough")."""
        if words & self.book.blame:
            return "112"
        if words & self.book.verdicts:
            return "111"
        if words & _DENIALS:
            return None
        return "051" if words & self.book.praise else None

    def _praised(self, phrase: Token, ctx: Context) -> Mention | None:
        """Whom praise of ``phrase`` is for: the actor it names or whose act it is
        ("Senegal's handover", "the Spanish position"), not one it is about or with
        ("the talks WITH Iran were positive", "progress IN the talks with Australia"),
        nor the doer of an earlier act it stands for ("the talks" were no one's merit)."""
        for m in self._search(phrase, ctx, max_depth=3, anaphora=False):
            tok = self.sent.doc[m.head]
            while tok.i != phrase.i and tok.head.i != tok.i:
                if tok.dep_ == "prep" and tok.lower_ not in ("of", "by"):
                    break
                tok = tok.head
            else:
                return m
        return None

    def _judged(self, clause: Token, ctx: Context) -> tuple[str, Mention] | None:
        """(code, actor) when a reported clause judges an actor or an actor's act."""
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects and _consequence(clause):
            # "Israel will pay a heavy price", "they would face consequences": the
            # speaker threatens whom the consequence is for
            # (of a state or an armed or political side: "farmers will pay a price
            # for the drought" is no threat)
            found = [
                m
                for m in self._search(subjects[0], ctx, max_depth=3)
                if m.actor.sector not in _BYSTANDERS
            ]
            return ("130", found[0]) if found else None
        if clause.lemma_.lower() == "lie":
            # "the responsibility lies (entirely) with the Philippine side"
            blamed = any(s.lemma_.lower() in self.book.blame for s in subjects)
            for prep in clause.children:
                if blamed and prep.dep_ == "prep" and prep.lower_ in ("with", "on"):
                    found = self._search(prep, ctx, max_depth=3)
                    if found:
                        return "112", found[0]
            return None
        # the predicate of "be", "appear to be", "seem", "remain", "constitute"
        verb = clause
        for _ in range(2):
            nxt = next((c for c in verb.children if c.dep_ == "xcomp"), None)
            if nxt is None:
                break
            verb = nxt
        if any(c.dep_ == "neg" for v in (clause, verb) for c in v.children):
            return None  # "was not unjustified"
        if clause.lemma_.lower() in self.book.wrongs and any(
            c.dep_ in ("nsubjpass", "auxpass") for c in clause.children
        ):
            # "the vote had been rigged by the ruling party": whoever did the wrong
            for agent in clause.children:
                if agent.dep_ == "agent":
                    found = self._search(agent, ctx, max_depth=2, places=False)
                    if found:
                        return "112", found[0]
            return None
        if subjects and clause.lemma_.lower() in _ADVANCING:
            # "Guinea had made significant progress", "has made great strides"
            # (not "little progress")
            for obj in clause.children:
                if (
                    obj.dep_ == "dobj"
                    and obj.lemma_.lower() in self.book.praise
                    and not any(c.lemma_.lower() in _FAINT for c in obj.children)
                    and not _hedged(clause)
                ):
                    found = self._praised(subjects[0], ctx)
                    return ("051", found) if found else None
            return None
        if verb.lemma_.lower() not in _COPULAS or not subjects:
            return None
        words: set[str] = set()
        near: set[str] = set()  # the predicate and its own words
        for pred in verb.children:
            if pred.dep_ not in ("attr", "acomp", "oprd", "dobj"):
                continue
            words.add(pred.lemma_.lower())
            near.add(pred.lemma_.lower())
            for c in pred.children:
                words.add(c.lemma_.lower())
                near.add(c.lemma_.lower())
                words.update(
                    g.lemma_.lower()
                    for g in c.children
                    if c.dep_ in ("acl", "relcl", "xcomp")
                )
        code = self._verdict_code(words)
        if code is None:
            return None
        if code == "051":
            # praise only as said: "could be a positive step if ..." is none yet
            # (of the predicate itself: "was ready to make progress" praises no one)
            if _hedged(clause) or _hedged(verb) or words & _FAINT:
                return None
            if not near & self.book.praise:
                return None
            praised = self._praised(subjects[0], ctx)
            return ("051", praised) if praised else None
        # not where the thing judged is ("the situation IN SUDAN was alarming")
        found = self._search(subjects[0], ctx, max_depth=3, places=False)
        return (code, found[0]) if found else None

    def _obligation(self, match: _Match | None, tok: Token, ctx: Context) -> bool:
        """ "X said Y must return the helicopter": X demands it of Y (should: appeals)."""
        speaker = ctx.speaker
        if speaker is None or tok.pos_ not in ("VERB", "AUX"):
            return False
        mod = self._modality(tok, ctx)
        if mod.obligation is None or mod.negated:
            return False
        subjects = [
            s for s in self._subjects(tok, ctx) if s.actor.identity != speaker.identity
        ]
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
            self._said(tok, speaker, tgt.actor, code, rule, ctx.speech_verb)
            self._log(
                f'event {code} "{self.c.ontology[code].name}": {speaker.code} -> {tgt.actor.code} ({mod.obligation}: "{tok.text}" with "must"/"should", rule {rule})'
            )
        return True

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
        for c in self._reported(tok):
            if any(t.i in self.tried for t in c.subtree):
                return  # something more specific was said, even if it made no event
            found = [
                m
                for m in self._search(c, ctx, max_depth=4)
                if m.actor.identity != speaker.identity
                and _political(m.actor)
                and not (m.actor.country == speaker.country and m.actor.sector is None)
            ]
            if found:
                tgt = found[0]
                mod = self._modality(tok, Context())
                self._said(
                    tok,
                    speaker,
                    tgt.actor,
                    "010",
                    "speech.statement",
                    tok,
                    confidence=0.3,
                    hypothetical=mod.hypothetical,
                    future=mod.future,
                )
                self._log(
                    f"statement 010: {speaker.code} -> {tgt.actor.code} (nothing more specific was said)"
                )
                return


def _complement_that(clause: Token) -> bool:
    """Does "that" open ``clause`` as a complement, not as a relative pronoun: it
    fills no gap ("THAT they oppose more sanctions", "THAT they had signed a deal":
    the clause has its own subject and, where "that" was taken for the object, an
    object too)?"""
    that = next(
        (c for c in clause.children if c.lower_ == "that" and c.i < clause.i), None
    )
    if that is None or not any(
        c.dep_ in _SUBJ and c.i != that.i for c in clause.children
    ):
        return False
    if that.dep_ == "mark":
        return True
    return that.dep_ == "dobj" and any(
        c.dep_ == "dobj" and c.i != that.i for c in clause.children
    )


# words that deny a judgement: "was NO breakthrough", "NEVER a model"
_DENIALS = frozenset({"no", "never", "hardly", "far"})

# verbs of an advance an actor makes: "made significant progress", "achieved headway"
_ADVANCING = frozenset({"make", "achieve", "register", "record", "show"})

# what makes an advance or praise faint: "LITTLE progress", "INSUFFICIENT headway"
_FAINT = frozenset(
    {"little", "no", "insufficient", "limited", "slow", "scant", "minimal", "enough"}
)

# modal verbs that hedge a judgement: "COULD be a positive step"
_HEDGES = frozenset({"could", "might", "may", "would"})


def _hedged(verb: Token) -> bool:
    """Is a judgement only possible or conditional ("could be a positive step",
    "would be a breakthrough IF it were put in writing")?"""
    return any(
        (c.dep_ == "aux" and c.lower_ in _HEDGES)
        or (
            c.dep_ == "advcl"
            and any(
                g.dep_ == "mark" and g.lower_ in ("if", "unless") for g in c.children
            )
        )
        for c in verb.children
    )


# what one says another will suffer for what it does: "X will pay a heavy price"
_CONSEQUENCES = {
    "pay": frozenset({"price", "dearly"}),
    "face": frozenset({"consequence", "retaliation", "retribution", "response"}),
    "suffer": frozenset({"consequence"}),
    "regret": frozenset(),
}


# people a consequence befalls rather than a side one threatens
_BYSTANDERS = frozenset(
    {"CVL", "AGR", "BUS", "LAB", "EDU", "MED", "HLH", "REF", "REL", "ENV"}
)


def _consequence(clause: Token) -> bool:
    """Is ``clause`` a consequence to come: "will pay a heavy price", "would pay
    dearly", "will face (severe) consequences", "will regret it"?"""
    words = _CONSEQUENCES.get(clause.lemma_.lower())
    if words is None:
        return False
    if not any(
        c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall")
        for c in clause.children
    ) or any(c.dep_ == "neg" for c in clause.children):
        return False
    return not words or any(
        c.dep_ in ("dobj", "advmod", "npadvmod") and c.lemma_.lower() in words
        for c in clause.children
    )
