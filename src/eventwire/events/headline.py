"""Headlines in the present tense: mend the parse of a line the tagger read as a noun phrase.

Wire headlines drop articles and the verb "to be" and put the verb in the present tense:
"Niger junta expels EU envoy", "US sanctions Sudan's RSF leader over genocide",
"Opposition leader arrested in Tanzania". The small model often reads such a verb as a
plural noun inside one long compound ("expels" tagged NNS), or keeps the verb but hangs
its subject on it as a compound, so the line has no clause with a subject and codes
nothing.

A line with no stop at its end and no clause with a subject, where a word with the
ending of a verb in the present (or a past participle on a noun) that the pattern book
knows as a verb stands after a noun phrase, is parsed again by hand: subject - verb -
object - the rest, each phrase keeping the parser's own structure inside it. A line
that does not fit the shape is left as the parser read it.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from ._syntax import _PASS_SUBJ, _SUBJ

# the tags the tagger gives a headline's verb in the present ("expels"): a plural noun,
# a name (in a headline in title case), or the verb's own
_PRESENT_TAGS = frozenset({"NNS", "NNPS", "NNP", "VBZ"})
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
# the tags of a plain verb after a subject of two ("Putin, Kim SIGN defence pact")
_PLAIN_TAGS = frozenset({"NN", "NNP", "VB", "VBP"})
# what a noun phrase before the verb is made of ("Argentina's Milei", "Mali junta",
# "Russia, Ukraine")
_SUBJECT_POS = frozenset(
    {"NOUN", "PROPN", "PRON", "NUM", "ADJ", "DET", "PART", "CCONJ", "PUNCT", "SPACE"}
)
# where an object starts ("expels EU envoy", "expels the French ambassador")
_OBJECT_START = frozenset({"NOUN", "PROPN", "PRON", "NUM", "ADJ", "DET"})
# a verb the parser put inside a noun phrase ("North Korea FIRES missiles into sea")
# heads no clause, even with a subject hung on it
_INSIDE_NOUN = frozenset({"compound", "amod", "nmod"})
_DEP_OF_POS = {"DET": "det", "ADJ": "amod", "NUM": "nummod", "PART": "case"}


def mend_headline(sent: Span, is_verb: Callable[[str], bool]) -> bool:
    """Parse a headline line again as subject - verb - object when the parser read it
    as a noun phrase (see the module's note); ``is_verb`` says whether a lemma is a
    verb the pattern book knows. True when the parse was changed."""
    doc = sent.doc
    last = sent.end - 1
    while last > sent.start and doc[last].is_space:
        last -= 1
    if doc[last].text in (".", "!", "?", ":", ";"):
        return False  # (most sentences: read from the end, not word by word)
    if _join_listed_subjects(sent):
        return True
    # the shape first (it ends at the first word that is no noun phrase's), then the
    # parse of the whole line
    found = _verb(sent, is_verb)
    if found is None:
        return False
    verb, lemma, passive = found
    roots = [t for t in sent if t.head.i == t.i]
    if len(roots) != 1 or any(not sent.start <= t.head.i < sent.end for t in sent):
        return False
    described = (
        verb.i + 1 < sent.end
        and doc[verb.i + 1].tag_ in ("VBN", "VBD")
        and _before_a_noun(doc[verb.i + 1])
    )
    if any(
        t.pos_ in ("VERB", "AUX")
        and t.dep_ not in _INSIDE_NOUN
        and not (t.i == verb.i and described)  # "returns STOLEN manuscripts"
        and any(
            (c.dep_ in _SUBJ or c.dep_ in _PASS_SUBJ) and c.i != verb.i
            for c in t.children
        )
        for t in sent
    ):
        # a clause with a subject: the parser read a sentence (not when the subject
        # is the headline's verb read as a noun: "Britain RETURNS looted bronzes",
        # "Chad ORDERS German ambassador to leave")
        return False
    heads = _shape(sent, verb, passive)
    if heads is None:
        return False
    old = {t.i: (t.head.i, t.dep_) for t in sent}
    bounds = [(s.start, s.end) for s in doc.sents]
    if not _rebuild(sent, verb.i, heads):
        return False
    if [(s.start, s.end) for s in doc.sents] != bounds:
        _rebuild(sent, roots[0].i, old)  # (never seen: the line stays as it was)
        return False
    verb.pos_ = "VERB"
    verb.tag_ = "VBN" if passive else "VBZ"
    verb.lemma_ = lemma
    subject = next((c for c in verb.children if c.dep_ in _SUBJ | _PASS_SUBJ), None)
    first = next(
        (
            c
            for c in (subject.lefts if subject is not None else ())
            if c.dep_ in ("compound", "nmod", "appos")
            and c.pos_ == "PROPN"
            and sent.doc[c.i + 1].text == ","
        ),
        None,
    )
    if subject is not None and first is not None:
        # "Putin, Kim sign ...": a name set off by a comma before the subject is
        # the first of the subjects, not a word of the other's name
        _first_of_subjects(first, subject, verb)
    return True


def _first_of_subjects(first: Token, subject: Token, verb: Token) -> None:
    """Make ``first`` (a name before a comma) the subject of ``verb``, and
    ``subject`` (the name after the comma) its conjunct: "Modi, Xi meet ..."."""
    comma = first.doc[first.i + 1]
    first.head = verb
    first.dep_ = subject.dep_
    subject.head = first
    subject.dep_ = "conj"
    comma.head = first
    comma.dep_ = "punct"


def _join_listed_subjects(sent: Span) -> bool:
    """ "Modi, Xi meet on sidelines of summit": a headline lists its subjects with a
    comma for "and"; the parser hangs the first on the verb as a clause of its own.
    Make the names before the comma the subject, and the one after it their
    conjunct. True when the parse was changed."""
    root = sent.root
    if root.pos_ != "VERB":
        return False
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "PROPN" or subj.left_edge.i < sent.start + 2:
        return False
    doc = sent.doc
    comma = doc[subj.left_edge.i - 1]
    first = doc[comma.i - 1]
    if (
        comma.text != ","
        or first.pos_ != "PROPN"
        or first.head.i != root.i
        or first.dep_ not in _STRAY_SUBJECT_DEPS
        or first.left_edge.i != sent.start
        or any(t.i >= comma.i for t in first.subtree)
    ):
        return False
    _first_of_subjects(first, subj, root)
    return True


# how the parser hangs a headline's first listed subject on the verb
_STRAY_SUBJECT_DEPS = frozenset({"advcl", "npadvmod", "dep", "appos", "nsubj", "intj"})


def _verb(sent: Span, is_verb: Callable[[str], bool]) -> tuple[Token, str, bool] | None:
    """The headline's verb, its lemma, and whether it is a participle (a passive): the
    first word after a noun phrase that can be a verb the book knows."""
    words = (t for t in sent if not t.is_space)
    prev = next(words, None)
    tok = next(words, None)
    listed = False  # "Putin, Kim sign ...": a subject of two takes the plain verb
    while prev is not None and tok is not None:
        after = next(words, None)
        if prev.pos_ not in _SUBJECT_POS or prev.tag_ == "VBZ":
            return None  # the subject has ended without a verb
        listed = listed or prev.text == "," or prev.lower_ == "and"
        if (
            listed
            and prev.pos_ == "PROPN"
            and tok.tag_ in _PLAIN_TAGS
            and not tok.lower_.endswith("s")
            and after is not None
            and after.pos_ in _OBJECT_START
            and is_verb(tok.lower_)
        ):
            return tok, tok.lower_, False
        if prev.pos_ in _NOMINAL:
            if (
                prev.pos_ == "PROPN"
                and tok.tag_ in _PRESENT_TAGS
                and tok.lower_.endswith("s")
                and after is not None
                and after.tag_ in ("VBN", "VBD")
                and _before_a_noun(after)
            ):
                # "Britain RETURNS looted bronzes to Nigeria": a participle after
                # the verb in the present describes its object
                found = _present_lemma(tok, is_verb)
                if found is not None:
                    return tok, found, False
            if tok.tag_ in ("VBN", "VBD") and tok.dep_ in ("acl", "ROOT"):
                # "Opposition leader arrested in Tanzania"
                lemma = tok.lemma_.lower()
                return (tok, lemma, True) if is_verb(lemma) else None
            if (
                tok.tag_ in _PRESENT_TAGS
                and tok.lower_.endswith("s")
                and after is not None
                and after.pos_ in _OBJECT_START
            ):
                found = _present_lemma(tok, is_verb)
                if found is not None:
                    return tok, found, False
        prev, tok = tok, after
    return None


def _before_a_noun(tok: Token) -> bool:
    """Does a noun phrase follow ``tok`` ("looted 'bronze heads'", "seized tanker")?"""
    doc = tok.doc
    k = tok.i + 1
    while k < len(doc) and doc[k].is_quote:
        k += 1
    return k < len(doc) and doc[k].pos_ in ("NOUN", "PROPN", "ADJ", "VERB")


def _present_lemma(tok: Token, is_verb: Callable[[str], bool]) -> str | None:
    """The verb a word in the present stands for ("expels" expel, "vetoes" veto,
    "denies" deny), if the book knows it."""
    word = tok.lower_
    options = [tok.lemma_.lower()] if tok.tag_ == "VBZ" else []
    if word.endswith("ies"):
        options.append(word[:-3] + "y")
    if word.endswith("es"):
        options.append(word[:-2])
    options.append(word[:-1])
    return next((w for w in options if w and is_verb(w)), None)


def _shape(sent: Span, verb: Token, passive: bool) -> dict[int, tuple[int, str]] | None:
    """The new (head, dependency) of every token of the line: the words before the verb
    are its subject, those after it up to a preposition, a comma or a verb its object
    (none for a passive), and what follows hangs on the verb; inside each part the
    parser's own arcs are kept."""
    left = list(range(sent.start, verb.i))
    right = list(range(verb.i + 1, sent.end))
    doc = sent.doc
    obj: list[int] = []
    if not passive:
        for i in right:
            tok = doc[i]
            if tok.is_quote or (
                tok.tag_ in ("VBN", "VBD", "VBG") and _before_a_noun(tok)
            ):
                obj.append(i)  # "returns LOOTED 'bronze' heads"
                continue
            if (
                (
                    tok.pos_ in ("ADP", "PUNCT", "CCONJ", "VERB", "AUX", "SCONJ")
                    and tok.lower_ != "of"
                )
                or tok.is_space
                or (tok.pos_ == "PART" and tok.lower_ == "to")
            ):
                break  # (and "orders envoy TO leave": what the object is to do)
            obj.append(i)
    tail = right[len(obj) :]
    subject = next((i for i in reversed(left) if doc[i].pos_ in _NOMINAL), None)
    of = next((k for k, i in enumerate(obj) if doc[i].lower_ == "of"), len(obj))
    target = next((i for i in reversed(obj[:of]) if doc[i].pos_ in _NOMINAL), None)
    if subject is None or (not passive and target is None):
        return None
    heads: dict[int, tuple[int, str]] = {
        verb.i: (verb.i, "ROOT"),
        subject: (verb.i, "nsubjpass" if passive else "nsubj"),
    }
    if target is not None:
        heads[target] = (verb.i, "dobj")
    for part, top in ((left, subject), (obj, target), (tail, verb.i)):
        inside = set(part)
        for i in part:
            if i in heads:
                continue
            tok = doc[i]
            if tok.head.i in inside and tok.head.i != i:
                heads[i] = (tok.head.i, tok.dep_)
                continue
            assert top is not None
            heads[i] = (top, _dep_on(tok, top == verb.i, passive))
    return heads


def _dep_on(tok: Token, on_verb: bool, passive: bool) -> str:
    """The dependency of a word that now hangs on a phrase's head (or on the verb)."""
    if tok.is_space:
        return "dep"
    if tok.pos_ == "PUNCT":
        return "punct"
    if on_verb:
        if tok.pos_ == "ADP":
            # "Russian diplomats expelled by the US": the doer of a passive
            return "agent" if passive and tok.lower_ == "by" else "prep"
        if tok.pos_ in ("VERB", "AUX") and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in tok.children
        ):
            return "xcomp"  # "orders French ambassador TO LEAVE"
        if tok.dep_ in ("acl", "relcl", "ROOT", "appos"):
            return "advcl" if tok.pos_ in ("VERB", "AUX") else "npadvmod"
        return tok.dep_
    if tok.dep_ in ("poss", "case", "det", "amod", "nummod", "compound", "cc", "conj"):
        return tok.dep_
    return _DEP_OF_POS.get(tok.pos_, "compound")


def _rebuild(sent: Span, root: int, heads: dict[int, tuple[int, str]]) -> bool:
    """Give every token of ``sent`` its head and dependency from ``heads``, top down from
    ``root``, so that no step makes a cycle (spaCy updates the tree at each step)."""
    doc = sent.doc
    children: dict[int, list[int]] = {}
    for i, (h, _) in heads.items():
        if i != h:
            children.setdefault(h, []).append(i)
    order = [root]
    for i in order:
        order.extend(children.get(i, []))
    if len(order) != len(heads):
        return False  # not one tree: leave the parse as it is
    for i in order:
        tok = doc[i]
        h, dep = heads[i]
        tok.head = doc[h]
        tok.dep_ = dep
    return True
