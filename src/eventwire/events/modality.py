"""Modality: negation, modals, conditionals, future, obligation; and what each does to
a code ("would not provide support" is a rejection, "we will strike" a threat)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ._state import _SPEECH_ACT_ROOTS, Context, SentenceState
from ._syntax import _infinitive
from .patterns import Pattern

# "help X do": the parser may make the act a clause of its own
_ENABLING = frozenset({"help", "enable", "assist"})


# verbs whose negation asserts what they embed: "did not deny that it attacked"
_DENYING = frozenset(
    {"deny", "dispute", "doubt", "question", "hide", "conceal", "contest"}
)


# roots that an act's purpose does not do: "sent troops to fight X", "a resolution
# to strengthen sanctions", "struck a deal with the unions to end the strike"; but
# "blocked roads to protest", "met to discuss" and "fired tear gas to disperse the
# crowd" did what they were for
_NOT_DONE_BY_PURPOSE = frozenset({"08", "15", "16", "18", "19", "20"})
# ... but a yield that lets others in is what opening a way does: "reopened the
# crossing to let in aid trucks" allowed the access (0863)
_DONE_BY_OPENING = "086"


def _asked_by(verb: Token) -> list[Token]:
    """The noun an infinitive says the content of: its head ("calls TO RELEASE"),
    or the object just before it, where the parser made it a purpose of the verb
    ("rejected calls | to release ...")."""
    if verb.dep_ == "acl" and verb.head.dep_ in ("dobj", "pobj", "nsubjpass"):
        return [verb.head]
    if verb.dep_ == "advcl":
        return [
            c
            for c in verb.head.children
            if c.dep_ == "dobj" and c.right_edge.i + 1 == verb.left_edge.i
        ]
    return []


# the words of a time clause that a future act waits for ("would release them WHEN
# the army withdrew", "will resume talks ONCE ..."); "when" and "after" only with a
# present tense ("will resume talks after Ukraine withdraws"), or "when" after
# "would" ("would free them when the army withdrew"): "would impose duties, a week
# after the bloc raised its tariffs" tells of a past act
_TIME_CONDITIONS = frozenset({"when", "once", "after", "until", "till"})
_ALWAYS_AWAITED = frozenset({"once", "until", "till"})
_FUTURE_AUX = frozenset({"will", "would", "shall", "'ll", "wo"})


def _awaited(clause: Token) -> bool:
    """Is the time clause ``clause`` what a future act waits for (its condition)?"""
    word = next(
        (
            c
            for c in clause.children
            if c.dep_ in ("mark", "advmod") and c.lower_ in _TIME_CONDITIONS
        ),
        None,
    )
    if word is None or any(c.dep_ == "npadvmod" for c in word.children):
        return False  # ("a week after ...": a time told, not awaited)
    future = {c.lower_ for c in clause.head.children if c.dep_ == "aux"} & _FUTURE_AUX
    if not future:
        return False
    return (
        word.lower_ in _ALWAYS_AWAITED
        or clause.tag_ in ("VBZ", "VBP")
        or (word.lower_ == "when" and "would" in future)
    )


@dataclass
class _Modality:
    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    obligation: str | None = None  # "demand" (must) or "appeal" (should)
    unasserted: bool = False  # under a negated verb: "did not allow X to help"
    # what an act is for: "sent troops to fight X"
    purpose: bool = False
    # the condition of another act: "IF Hamas does not release the hostages, ..."
    condition: bool = False


# subjects that say no one did it, or had it done to them
_NO_ONE = frozenset({"nobody", "none", "nothing", "neither"})
# nouns whose "for" or "of" names an act not done: "a PRETEXT for a new offensive",
# "FEARS of a crackdown", "the RISK of war"
# (not "the prospect of renewed talks", an intent told forward: the seed's 03)
_UNDONE_FOR = frozenset(
    "pretext excuse justification fear risk danger spectre specter preparation "
    "rehearsal".split()
)


def _inverted_condition(verb: Token) -> bool:
    """ "SHOULD the rebels attack the city, ...", "HAD the army intervened, ...",
    "WERE Russia to attack": a clause that opens with its auxiliary before its subject
    is a condition."""
    aux = next((c for c in verb.children if c.dep_ in ("aux", "auxpass")), None)
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return (
        aux is not None
        and subj is not None
        and aux.lower_ in ("should", "had", "were")
        and aux.i == verb.left_edge.i
        and aux.i < subj.i
    )


class ModalityReading(SentenceState):
    def _modality(self, tok: Token, ctx: Context) -> _Modality:
        mod = _Modality(hypothetical=ctx.hypothetical, future=ctx.future)
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in self.book.obligation:
            # "Japan needs to enact reforms", "Syria has to withdraw"
            mod.obligation = self.book.obligation[tok.head.lemma_.lower()]
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in self.book.scheduled:
            mod.future = True  # "is expected to visit", "is due to arrive"
        if (
            tok.dep_ == "xcomp"
            and tok.head.lemma_.lower() in ("have", "be")
            and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in tok.head.children)
        ):
            mod.negated = True  # "has yet to impose a curfew", "is yet to respond"
        for c in tok.children:
            low = c.lower_
            if c.dep_ == "neg" or (
                c.dep_ in ("advmod", "det") and low in ("never", "no")
            ):
                mod.negated = True
            elif c.dep_ == "advmod" and low in self.book.habitual:
                mod.unasserted = True  # "rarely criticises": a habit, no one event
            elif c.dep_ in ("aux", "auxpass"):
                if tok.dep_ == "advcl" and _inverted_condition(tok):
                    # "SHOULD the rebels attack": a condition, not an obligation
                    mod.hypothetical = mod.condition = True
                elif low in self.book.future or c.lemma_ in self.book.future:
                    mod.future = True
                elif low in self.book.obligation and c.tag_ == "MD":
                    mod.obligation = self.book.obligation[low]
                elif low == "would" and ctx.speaker is not None:
                    mod.future = True  # "said it would accept": the future of the past
                elif low in self.book.hypothetical:
                    mod.hypothetical = True
            elif c.dep_ == "mark" and low in self.book.conditional:
                mod.hypothetical = mod.condition = True
            elif c.dep_ in ("nsubj", "nsubjpass") and (
                low in _NO_ONE
                or any(
                    d.dep_ == "det"
                    and d.lower_ == "no"
                    # "no fewer than 30 students": a count, not no one
                    and d.nbor(1).lower_ not in ("fewer", "less", "more")
                    for d in c.children
                )
            ):
                # "No journalist is jailed for his work", "None of the protesters were
                # detained", "nobody was arrested": done to or by no one
                mod.negated = True
        # a clause inside a conditional ("if X attacks, Y will respond")
        cur = tok
        hops = 0
        told = False  # a clause of its own with its subject was crossed
        while cur.dep_ not in ("ROOT",) and hops < 6:
            if (
                cur.dep_ == "pcomp"
                and cur.head.lower_ in ("by", "through")
                and cur.head.head.pos_ in ("VERB", "AUX")
            ):
                # "would retaliate BY SHELLING rebel positions": the means shares
                # the modality of the act it is the means of
                host = self._modality(cur.head.head, ctx)
                mod.negated = mod.negated or host.negated
                mod.hypothetical = mod.hypothetical or host.hypothetical
                mod.future = mod.future or host.future
                mod.obligation = mod.obligation or host.obligation
                mod.unasserted = mod.unasserted or host.unasserted
                mod.condition = mod.condition or host.condition
                break
            if cur.dep_ == "advcl" and (
                any(
                    c.dep_ == "mark" and c.lower_ in self.book.conditional
                    for c in cur.children
                )
                or _inverted_condition(cur)
            ):
                mod.hypothetical = mod.condition = True
            if cur.dep_ == "advcl" and _awaited(cur):
                # "would only release the hostages WHEN THE ARMY WITHDREW", "will
                # resume talks once Ukraine withdraws": the time a future act waits
                # for is its condition, not yet done
                mod.unasserted = True
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
            if cur.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ not in ("for", "to") for c in cur.children
            ):
                told = True  # "... AS nationwide protests entered their 10th day"
            if (
                not told
                and _infinitive(cur)
                and any(
                    self.book.frame_nouns.get(n.lemma_.lower()) in ("appeal", "demand")
                    for n in _asked_by(cur)
                )
            ):
                # "rejected CALLS TO RELEASE the former president", "backed demands
                # to free them": what an appeal or a demand asks for is not done
                mod.unasserted = True
            if (
                (
                    cur.dep_ in ("dobj", "xcomp", "pcomp", "ccomp")
                    or (cur.dep_ == "advcl" and cur.tag_ == "VBG")
                )
                and cur.head.lemma_.lower() == "rule"
                and any(
                    c.dep_ == "prt" and c.lower_ == "out" for c in cur.head.children
                )
            ):
                # "has not ruled out imposing a curfew", "ruled out sending troops":
                # an option kept open or closed, not an act done
                mod.unasserted = True
            if (
                cur.dep_ == "pobj"
                and cur.head.lower_ in ("for", "of")
                and cur.head.head.lemma_.lower() in _UNDONE_FOR
            ):
                # "said the accusation was a pretext for a new offensive", "fears of
                # a crackdown": an act feared or pretended, not done
                mod.unasserted = True
            if self._purpose(cur):
                # "authorized a force to help the police fight gangs", "sent troops
                # to fight X": what an act is for has not been done
                mod.purpose = True
            if cur.dep_ in ("ccomp", "parataxis") and not (
                cur.dep_ == "ccomp" and cur.head.lemma_.lower() in _ENABLING
            ):
                if cur.dep_ == "ccomp" and self._not_said(cur.head):
                    # "has not confirmed that it carried out the strike": what a
                    # speaker does not say, confirm or know is not told as done
                    mod.unasserted = True
                break  # (not "help the police fight": the fight is what help is for)
            cur = cur.head
            hops += 1
        return mod

    def _not_said(self, head: Token) -> bool:
        """Is ``head`` a negated verb of saying or knowing ("has not confirmed",
        "did not say", "never knew")? (Not a negated denial: "did not deny that ...")"""
        return head.lemma_.lower() not in _DENYING and any(
            c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never")
            for c in head.children
        )

    def _purpose(self, verb: Token) -> bool:
        """Is ``verb`` a purpose infinitive ("to fight" on a verb or a noun), not the
        act of a frame ("a plan to", "moved to") nor a document's ("a resolution to
        impose sanctions")?"""
        if verb.dep_ not in ("advcl", "acl") or not _infinitive(verb):
            return False
        head = verb.head.lemma_.lower()
        return not (
            head in self.book.frame_verbs
            or head in self.book.frame_nouns
            or head in self.book.frame_adjectives
            or head in self.book.documents
        )

    def _apply_modality(
        self, code: str, mod: _Modality, pattern: Pattern | None, self_statement: bool
    ) -> str | None:
        if (
            mod.unasserted
            or mod.condition  # a condition is not done, nor refused, nor meant
            or (
                mod.purpose
                and code[:2] in _NOT_DONE_BY_PURPOSE
                and not code.startswith(_DONE_BY_OPENING)
            )
        ):
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
