"""Syntax the stages share: facts about a parse that the coder and the context
stages both read."""

from __future__ import annotations

from spacy.tokens import Token


def finite_beside_infinitive(tok: Token) -> bool:
    """Is ``tok`` a past-tense verb with no subject or auxiliary of its own that the
    parser joined to an infinitive or a gerund ("accused Russia of plotting to
    OVERTHROW her government and CALLED ON the EU to ...")? A past tense cannot share
    an infinitive's clause: it is the higher verb's second act."""
    return (
        tok.dep_ == "conj"
        and tok.tag_ == "VBD"
        and tok.head.tag_ in ("VB", "VBG")
        and tok.head.dep_ in ("xcomp", "pcomp", "advcl", "ccomp")
        # (a bare one: "were blocking the road and URGED" is a report's own tense)
        and not any(
            c.dep_ in ("aux", "auxpass") and c.lower_ != "to" for c in tok.head.children
        )
        and not any(
            c.dep_ in ("nsubj", "csubj", "aux", "auxpass") for c in tok.children
        )
    )


def finite_host(tok: Token) -> Token | None:
    """The nearest verb above ``tok`` with a tense or an auxiliary of its own (not
    an infinitive's "to")."""
    return next(
        (
            a
            for a in tok.ancestors
            if a.pos_ in ("VERB", "AUX")
            and (
                a.tag_ in ("VBD", "VBZ", "VBP")
                or any(c.dep_ == "aux" and c.lower_ != "to" for c in a.children)
            )
        ),
        None,
    )
