"""Facts about a parse that every step of reading a clause asks: dependency labels,
what a complement holds, which clause a word belongs to."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

_SUBJ = frozenset({"nsubj", "csubj"})


_PASS_SUBJ = frozenset({"nsubjpass", "csubjpass"})


_REL_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})


_NOUN_POS = frozenset({"NOUN", "PROPN", "PRON"})


_PREDICATE_ADJ = frozenset({"acomp", "attr", "ROOT", "xcomp", "ccomp", "conj", "oprd"})


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


def _content(tok: Token, told: bool = True) -> set[int]:
    """The tokens of a complement, less the participles that predicate on their own
    ("backed Assad, INCLUDING with arms supplies"); with ``told`` false, also less the
    relative clauses in the past tense, which the writer states ("thanked the IMF
    team WHO VISITED Dhaka")."""
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
        if not told and cur.dep_ == "relcl" and cur.tag_ == "VBD":
            continue
        out.add(cur.i)
        stack.extend(cur.children)
    return out


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


def _conditions(
    tok: Token, marks: tuple[str, ...] = ("if", "unless")
) -> Iterator[Token]:
    """The clauses that ``marks`` ("if", "unless") hang on this predicate."""
    for c in tok.children:
        if c.dep_ == "advcl" and any(
            g.dep_ == "mark" and g.lower_ in marks for g in c.children
        ):
            yield c


def _unless(tok: Token) -> bool:
    """Does an "unless" clause hang on this predicate?"""
    return any(_conditions(tok, ("unless",)))


def _is_time_phrase(prep: Token) -> bool:
    """ "on Thursday", "in March": a preposition that only dates the clause."""
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objs) and all(o.ent_type_ in ("DATE", "TIME") for o in objs)


def _infinitive(verb: Token) -> bool:
    """ "to disperse": a bare verb with "to"."""
    return verb.tag_ == "VB" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    )


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


def _verb_of_argument(tok: Token) -> Token | None:
    """The verb a noun is a subject or object of, through a quantity or a preposition
    ("HUNDREDS OF protesters set fire", "fired AT demonstrators"); None in a clause of
    its own. (``_governing_verb`` takes one step only: an object, or one preposition.)"""
    cur = tok
    for _ in range(4):
        if cur.dep_ not in _ARGUMENT_DEPS or cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            return cur
        if cur.pos_ not in ("NOUN", "PROPN", "NUM", "ADP", "PRON"):
            return None
    return None


_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "prep", "dative"})


def _clause_head(tok: Token) -> Token:
    cur = tok
    hops = 0
    while cur.pos_ not in ("VERB", "AUX") and cur.head.i != cur.i and hops < 6:
        cur = cur.head
        hops += 1
    return cur


def _later_conjuncts(tok: Token) -> list[Token]:
    """``tok``'s conjuncts after it (``Token.conjuncts`` walks the coordination; a word
    that is no conjunct and has none is most words, and is told by its own arcs)."""
    if tok.dep_ != "conj" and not any(c.dep_ == "conj" for c in tok.children):
        return []
    return [c for c in tok.conjuncts if c.i > tok.i]


def _lemma(tok: Token) -> str:
    """The lemma to look up: spaCy's, except for a common noun the tagger took for a
    name because it opens a sentence ("Rockets hit ...", "Protesters gathered"): its
    lower-case singular."""
    lemma = tok.lemma_.lower()
    if (
        tok.pos_ != "PROPN"
        # the tagger may also give such a word an entity type ("Protesters": NORP,
        # even GPE), though not a person's
        or tok.ent_type_ == "PERSON"
        or not tok.is_title
        or not _opens(tok)
    ):
        return lemma
    if lemma.endswith("ies"):
        return lemma[:-3] + "y"
    if lemma.endswith("s") and not lemma.endswith("ss"):
        return lemma[:-1]
    return lemma


def _opens(tok: Token) -> bool:
    """Is this the first word of its sentence (after any blanked dateline)? Read back
    from the word over blanks to the sentence's start (``tok.sent`` would look for
    the sentence's bounds from the start of the doc)."""
    if tok.is_space:
        return False
    doc = tok.doc
    before = tok
    while not before.is_sent_start:  # (the doc's first word starts a sentence)
        before = doc[before.i - 1]
        if not before.is_space:
            return False
    return True


def _object_gap(tok: Token) -> list[Token]:
    """ "the 53 prisoners CUBA HAD PROMISED TO FREE": the noun a relative clause with
    no relative pronoun describes is the object its verb lacks (of the verb or of
    the one it embeds)."""
    verb = tok
    while verb.dep_ == "xcomp" and not any(c.dep_ == "dobj" for c in verb.children):
        verb = verb.head
    if (
        verb.dep_ != "relcl"
        or verb.head.pos_ not in ("NOUN", "PROPN")
        or any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children)
        or any(c.lower_ in _REL_PRONOUNS for c in verb.children)
        # "Eritrea, WHOSE troops fought alongside the army": the noun owns the
        # subject; it is no object of the clause
        or any(
            t.lower_ == "whose"
            for c in verb.children
            if c.dep_ in _SUBJ or c.dep_ in _PASS_SUBJ
            for t in c.subtree
        )
        or any(c.dep_ == "dobj" for c in tok.children)
        or not any(c.dep_ in _SUBJ for c in verb.children)
    ):
        return []
    return [verb.head]


# verbs a teller names a thing with: "struck WHAT Islamabad CALLED militant hideouts"
_NAMING_VERBS = frozenset({"call", "describe", "term", "label", "brand", "dub"})


def _named_object(tok: Token) -> list[Token]:
    """ "struck WHAT ISLAMABAD CALLED militant hideouts", "raided what the army
    described as a command centre": the object of a verb whose object is a "what"
    the teller names is the thing named (the parser hangs the clause on the verb
    with "what" as the naming verb's own object)."""
    if any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children):
        return []
    for clause in tok.children:
        if (
            clause.dep_ != "ccomp"
            or clause.lemma_.lower() not in _NAMING_VERBS
            or not any(c.lower_ == "what" and c.dep_ == "dobj" for c in clause.children)
        ):
            continue
        named = [
            c
            for c in clause.children
            if c.dep_ in ("dobj", "oprd") and c.lower_ != "what"
        ] + [
            g
            for c in clause.children
            if c.dep_ == "prep" and c.lower_ == "as"
            for g in c.children
            if g.dep_ == "pobj"
        ]
        return named[:1]
    return []


def _small_clause(tok: Token) -> tuple[Token, Token] | None:
    """ "found [HIM GUILTY] of treason", "declared [the vote VOID]": the adjective and
    its subject of a verb's verbless complement clause, which the parser makes a
    clause (the subject is the verb's object, the adjective its predicate), or None."""
    for c in tok.children:
        if (
            c.dep_ == "ccomp"
            and c.pos_ == "ADJ"
            and not any(g.dep_ in ("aux", "auxpass", "cop", "mark") for g in c.children)
        ):
            subj = next((g for g in c.children if g.dep_ == "nsubj"), None)
            if subj is not None and subj.i < c.i:
                return c, subj
    return None
