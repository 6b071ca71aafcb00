"""Control frames: a verb, adjective or noun that embeds another event ("threatened to
strike", "urged X to talk", "a plan to withdraw") turns it into a threat, appeal, intent
or rejection."""

from __future__ import annotations

from spacy.tokens import Token

from ._state import _Match
from ._syntax import (
    _controller,
    _embedded_clause,
    _infinitive_of,
    _lemma,
    _that_clause,
)
from .matching import PatternMatching
from .patterns import Pattern

# what one calls someone to do by telephone ("called Faye to offer his congratulations")
# verbs of command whose object, an act named by a noun, is the commander's own act
_ORDERS = frozenset({"order", "decree", "direct"})
_CALL_PURPOSES = frozenset(
    "discuss congratulate offer express convey thank wish extend brief inform "
    "reassure condole review".split()
)

_PHONE = Pattern("frame.phone", "041", "verb", frozenset({"call"}), recipient=("dobj",))

# verbs that say the act they embed was not done ("failed to", "stopped")
_NOT_DONE = frozenset({"fail", "cease", "stop"})

# what forces are sent to do for a host: "plans to send troops to Mozambique TO FIGHT
# insurgents" offers protection (0334), no threat to Mozambique (138)
_AIDING_PURPOSES = frozenset(
    "fight combat battle counter tackle help support assist protect secure guard "
    "train stabilise stabilize restore defend".split()
)
_PEACEKEEPING = frozenset({"peacekeeper", "peacekeeping", "mission"})


class Frames(PatternMatching):
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
                if any(c.dep_ == "poss" and c.pos_ != "PRON" for c in obj.children):
                    continue  # "hit back at GERMANY'S decision to ...": not theirs
                if _owned_by_another(obj):
                    # "regretted the decision BY BEIJING to impose duties", "the
                    # CHINESE decision": the act is its owner's, not the subject's
                    continue
                noun_frame = self.book.frame_nouns.get(obj.lemma_.lower())
                clause = _infinitive_of(obj) or _that_clause(obj)
                if noun_frame and clause is not None:
                    return self._framed(tok, noun_frame, clause, self._inner(clause))
        if name is None:
            return None
        if name == "appeal" and _lemma(tok) == "call" and tok.dep_ == "acl":
            # "a strike CALLED by separatist groups to protest the killing": a thing
            # called (a strike, an election) with its purpose, no appeal
            return None
        embedded = _embedded_clause(tok)
        if embedded is None and name == "intent":
            # "committed to training 2,000 soldiers", "is dedicated to rebuilding":
            # the aim told by a gerund after "to" is not yet done
            embedded = _gerund_complement(tok)
        if (
            embedded is None
            and name in ("demand", "appeal")
            and _lemma(tok) not in _TELLING
        ):
            embedded = _mandative_clause(tok)
            if embedded is not None and any(
                c.dep_ == "auxpass" for c in embedded.children
            ):
                if name == "demand" and _lemma(tok) in _ORDERS:
                    # "a court ordered that the suspects BE HELD": one with the power
                    # to order it names no one to do it; it is done
                    name = "attempt"
                else:
                    # "demanded that its leaders be arrested": no arrest, and no one
                    # named to do it (the demand keeps its own pattern)
                    self.blocked.update(t.i for t in embedded.subtree)
                    return None
        inner: _Match | None = None
        if embedded is not None and name == "consider" and _lemma(embedded) == "be":
            return None  # "we consider this government to be illegitimate": a view
        if embedded is not None:
            controller = _controller(tok, embedded)
            if controller is None and name == "appeal" and _lemma(tok) == "call":
                # "called Tunisian President Kais Saied on Tuesday to discuss": the
                # parser read the callee as what he was called ("called him a liar")
                callee = next((c for c in tok.children if c.dep_ == "oprd"), None)
                if (
                    callee is not None
                    and (
                        callee.ent_type_ in ("PERSON", "GPE", "ORG", "NORP")
                        or callee.pos_ == "PROPN"  # ("King Mohammed VI")
                    )
                    and _lemma(embedded) in _CALL_PURPOSES
                ):
                    callee.dep_ = "dobj"
                    controller = callee
            if (
                name == "appeal"
                and controller is not None
                and controller.dep_ == "dobj"
                and not controller.ent_type_
                and self._cands("noun", controller)
            ):
                # "the rebels called a ceasefire to support talks": the object is an
                # act they declared, not someone they appealed to
                return None
            if (
                name == "appeal"
                and _lemma(tok) == "call"
                and controller is not None
                and controller.dep_ == "dobj"
                and (
                    controller.ent_type_ in ("PERSON", "GPE", "ORG", "NORP")
                    or controller.pos_ == "PROPN"
                )
                and _lemma(embedded) in _CALL_PURPOSES
            ):
                # "Biden called Netanyahu to discuss the talks": a telephone call
                # (041), not an appeal to talk ("called ON X to" stays one)
                return _Match("041", "frame.phone", _PHONE, tok, None)
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
                if name == "appeal" and _lemma(tok) == "call":
                    # "called THE DEPORTATION 'a warning'", "called a strike": what
                    # one calls a thing names it; one calls FOR an act ("called for
                    # the release", a pattern's own)
                    continue
                inner = self._embedded_in(obj)
                if inner is not None:
                    embedded = inner.trigger
                    if name == "demand" and _lemma(tok) in _ORDERS:
                        # "Germany ordered the expulsion of two Iranian diplomats": an
                        # act ordered by name is done by whoever orders it (one told to
                        # act, "ordered X to leave", is still a demand of X)
                        name = "attempt"
                    break
        if embedded is None:
            return None
        if (
            name == "intent"
            and _lemma(tok) == "agree"
            and inner is not None
            and inner.code[:2] in ("16", "17")
        ):
            # "EU ministers agreed to impose sanctions", "EU agrees new sanctions": a
            # body's members agreeing on a sanction decide it (as "decided to
            # expel"), no mere threat
            name = "attempt"
        return self._framed(tok, name, embedded, inner)

    def _noun_frame(self, tok: Token) -> _Match | None:
        """A frame noun whose owner does the act it embeds, where no verb takes it as
        its own frame: "in retaliation for FRANCE'S DECISION to order ...", "Russia's
        plan to withdraw was welcomed". Not an appeal or a demand ("X's call to
        release"), whose doer is someone else."""
        name = self.book.frame_nouns.get(tok.lemma_.lower())
        if name is None or name in ("appeal", "demand"):
            return None
        clause = _infinitive_of(tok)
        if clause is None or clause.i in self.blocked:
            return None
        gov = tok.head.head if tok.dep_ == "pobj" else tok.head
        if (
            tok.dep_ in ("dobj", "pobj")
            and gov.pos_ in ("VERB", "AUX")
            and gov.lemma_.lower() not in self.book.frame_verbs
            and not any(p.specificity == 0 for p in self._cands("verb", gov))
            and not _owned_by_another(tok)
        ):
            return None  # "announced a decision to expel": the verb's frame (_frame)
        return self._framed(tok, name, clause, self._inner(clause))

    def _inner(self, embedded: Token) -> _Match | None:
        """The event an embedded clause would make: its predicate, or "to be supportive"."""
        inner = self._predicate(embedded)
        if inner is None and (
            self.book.frame_verbs.get(embedded.lemma_.lower()) == "attempt"
            or embedded.lemma_.lower() == "keep"
        ):
            # "prepared to resume shelling": look through "resume", "begin", "continue";
            # "vowed to keep attacking ships" (a verb only as it embeds one: "kept up
            # their demand" is no attempt to demand)
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
        inner_code = inner.code if inner else None
        if (
            name == "intent"
            and inner_code is not None
            and inner_code.startswith("15")
            and _sent_to_aid(embedded)
        ):
            # "Kenya plans to deploy police to Haiti to help restore order": forces
            # offered to a host (074: military protection or peacekeeping)
            inner_code = "074"
        code = frame.apply(inner_code)
        if (
            code is None
            and name == "negate"
            and inner is not None
            and inner.pattern is not None
            and inner.pattern.negated
            and _lemma(tok) in _NOT_DONE
        ):
            # "failed to comply with the ruling": the pattern's own code for the act
            # not done (128), as "did not comply" has
            return _Match(
                inner.pattern.negated,
                f"frame.{name}+{inner.rule}>negated",
                inner.pattern,
                tok,
                embedded,
            )
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
                if self._names_people(obj):
                    continue  # "began to address THE DEMONSTRATORS": not a protest
                m2 = self._match(obj, self._cands("noun", obj))
                if m2 is not None:
                    return m2
        return m

    def _names_people(self, tok: Token) -> bool:
        """Does noun ``tok`` name people by their role ("demonstrators", "rebels"),
        not an act ("protests")?"""
        term = self.c.resolver.base.terms.get((tok.lemma_.lower(),)) or (
            self.c.resolver.base.terms.get((tok.lower_,))
        )
        return term is not None and term.kind == "role"

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


# verbs that demand only with an infinitive: "told Netanyahu THAT the operation
# should not proceed" tells him a view (in a call), "told him TO stop" demands
_TELLING = frozenset({"tell", "inform", "warn", "advise", "remind"})


def _mandative_clause(tok: Token) -> Token | None:
    """ "demanded THAT TURKEY WITHDRAW its troops", "urged that talks resume", "that
    its leaders be arrested": a that clause with its own subject and its verb in the
    base form (or after "should") is what is demanded, as "demanded Turkey to
    withdraw" would be; "said that Turkey withdrew" tells a fact."""
    for c in tok.children:
        if c.dep_ != "ccomp" or c.pos_ not in ("VERB", "AUX") or c.i < tok.i:
            continue
        if not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
            continue
        modals = [g for g in c.children if g.dep_ == "aux" and g.tag_ == "MD"]
        # (or a passive in the base form: "demanded that its leaders BE ARRESTED")
        base = c.tag_ == "VB" or any(
            g.dep_ == "auxpass" and g.lower_ == "be" for g in c.children
        )
        if (base and not modals) or [m.lower_ for m in modals] == ["should"]:
            return c
    return None


def _sent_to_aid(verb: Token) -> bool:
    """Does a deployment say it is made to aid its host: a purpose of fighting or
    protecting ("to fight insurgents", "to help restore order"), or forces or a
    mission of peacekeeping ("peacekeepers", "as part of a UN mission")?"""
    for c in verb.subtree:
        if (
            c.dep_ in ("advcl", "xcomp", "relcl", "acl")
            and c.i > verb.i
            and c.tag_ == "VB"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            and _lemma(c) in _AIDING_PURPOSES
        ):
            return True
        if c.lemma_.lower() in _PEACEKEEPING:
            return True
    return False


def _owned_by_another(noun: Token) -> bool:
    """Does a frame noun name its own owner: a "by" phrase ("the decision by
    Beijing"), a name or a nationality before it ("the Chinese decision", "the Kremlin
    plan")?"""
    return any(
        (c.dep_ == "prep" and c.lower_ == "by")
        or (c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN")
        or (c.dep_ == "amod" and c.ent_type_ in ("NORP", "GPE"))
        for c in noun.children
    )


def _gerund_complement(tok: Token) -> Token | None:
    """The gerund an intent word takes after "to" ("committed TO TRAINING troops",
    "open to resuming talks"): the act it aims at."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "to":
            for g in c.children:
                if g.dep_ == "pcomp" and g.tag_ == "VBG":
                    return g
    return None
