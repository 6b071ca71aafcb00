"""Speech and reporting: what a speaker says others must do (demands and appeals),
allegations ("X alleged that Y attacked"), and bare statements."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..records import Actor
from ._state import Context, RawEvent, _Match
from ._syntax import _content
from .arguments import Arguments
from .modality import ModalityReading

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


class Speech(Arguments, ModalityReading):
    def _walk(self, tok: Token, ctx: Context) -> None:
        raise NotImplementedError  # the clause walk of the sentence coder

    def _speaker_context(self, tok: Token, ctx: Context) -> Context:
        """The context of what a speech verb reports: its speaker and the verb."""
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
        for child in tok.children:
            if child.dep_ in ("ccomp", "parataxis"):
                self._walk(child, reported_ctx)
                self.blocked.update(t.i for t in child.subtree)
        if lemma in self.book.allegation_verbs and not self._modality(tok, ctx).negated:
            self._allegations(tok, reported_ctx.speaker, self.events[before:])
        if (
            self.c.statements
            and len(self.events) == before
            and not self._modality(tok, ctx).negated
        ):
            self._statement(tok, reported_ctx)

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
                    if m.actor.identity != speaker.identity
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
