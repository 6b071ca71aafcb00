"""Two of the English model's components, made faster with the same annotations.

spaCy's ``attribute_ruler`` and rule ``lemmatizer`` cost about a sixth of the small
English model's time on news text, almost all of it Python work per token:

- the attribute ruler's first rules map each fine-grained tag to a part of speech and
  morphology (one rule per tag, so one match on every token), and each match is applied
  through a ``Span`` of its own;
- the lemmatizer caches only the words it runs its rules on; every base form (most nouns
  and verbs) is worked out again, token by token, from the token's morphology.

``speed_up(nlp)`` swaps in components that give every token the same tag, part of
speech, morphology and lemma as spaCy's, with less work:

- ``_TagMapRuler`` applies the tag rules through one array write per doc (each tag's
  values worked out once, by spaCy's own ``set_token_attrs``) and finds the other
  rules' matches itself, through an index of the word or tag each rule starts with
  (the matcher tested every rule at every token, its set and pattern tests in Python),
  applying them as spaCy does (by ``set_annotations``, later rules winning);
- ``_CachedLemmatizer`` asks spaCy's lemmatizer once per (word, part of speech,
  morphology) and keeps the answers (up to ``_KEEP`` kinds of word at a time).

It changes nothing it does not recognise: a model whose ruler does not begin with
one-tag rules, or whose lemmatizer is not spaCy's rule lemmatizer, keeps its own
components. ``tests/nlp/test_faster.py`` checks that the annotations agree with the
stock components' on news text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

# the token attributes the ruler's other rules may test, by their names in a pattern,
# and where each is in the rows ``_TagMapRuler`` reads
_TESTS = {"LOWER": LOWER, "ORTH": ORTH, "TAG": TAG, "DEP": DEP, "IS_SPACE": IS_SPACE}
_COLUMNS = (LOWER, ORTH, TAG, DEP, IS_SPACE)
_KEEP = 200_000  # the most kinds of token (or word) whose rules (or lemma) are kept
_Test = tuple[
    tuple[int, Callable[[int], bool]], ...
]  # (column, test of its value), ...
_Rule = tuple[int, int, tuple[_Test, ...]]  # rule, match key, one test per token


class _TagMapRuler:
    """spaCy's attribute ruler, with its leading one-tag rules applied as a table and
    its other rules found through an index of the words (or tags) they start with."""

    def __init__(
        self,
        stock: AttributeRuler,
        tags: dict[int, tuple[int, int]],
        rules: dict[tuple[int, int], list[_Rule]],
        anywhere: list[_Rule],
    ):
        self.stock = stock
        # tag -> (part of speech, morphology), as the tag's rule sets them
        self.tags = tags
        self.rules = rules  # (column, value) a rule's first token needs -> the rules
        self.anywhere = anywhere  # rules whose first token needs no one word or tag
        # the rules a token can start, by the token's attributes (as it is seen)
        self.starting: dict[tuple[int, ...], tuple[_Rule, ...]] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        values = doc.to_array([TAG, POS, MORPH])
        tags = self.tags
        for row in values:
            found = tags.get(int(row[0]))
            if found is not None:
                row[1], row[2] = found
        # the other rules, matched on the attributes as they were before this ruler
        # (as spaCy matches all rules first), applied in spaCy's order: by rule, so a
        # later rule overrides an earlier one
        rows = list(zip(*doc.to_array(list(_COLUMNS)).T.tolist(), strict=True))
        doc.from_array([POS, MORPH], values[:, 1:])
        starting = self.starting
        if len(starting) > _KEEP:
            starting.clear()
        matches = []
        for start, row in enumerate(rows):
            rules = starting.get(row)
            if rules is None:
                rules = starting[row] = self._starting(row)
            for rule in rules:
                end = start + len(rule[2])
                if end <= len(rows) and all(
                    test(rows[k][column])
                    for k, tests in zip(range(start + 1, end), rule[2][1:], strict=True)
                    for column, test in tests
                ):
                    matches.append((rule[0], rule[1], start, end))
        matches.sort()
        self.stock.set_annotations(doc, matches)
        return doc

    def _starting(self, row: tuple[int, ...]) -> tuple[_Rule, ...]:
        """The rules whose first token's tests a token with these attributes passes."""
        candidates = {
            id(rule): rule
            for rule in (
                *self.rules.get((0, row[0]), ()),
                *self.rules.get((2, row[2]), ()),
                *self.anywhere,
            )
        }
        return tuple(
            rule
            for rule in candidates.values()
            if all(test(row[column]) for column, test in rule[2][0])
        )

    def pipe(self, docs: Any, batch_size: int = 128) -> Any:
        for doc in docs:
            yield self(doc)


def _value_test(
    value: Any, strings: Any
) -> tuple[Callable[[int], bool], frozenset[int]] | None:
    """A test of an attribute's value as the matcher makes it from a pattern's value,
    and the values it needs (empty when it needs no one value); None when the pattern
    says what this does not read."""
    if isinstance(value, (bool, str)):
        value = {"IN": [value]}
    if not isinstance(value, dict) or len(value) != 1:
        return None
    [(kind, given)] = value.items()
    if kind in ("IN", "NOT_IN"):
        if not isinstance(given, list) or not all(
            isinstance(v, (str, bool)) for v in given
        ):
            return None
        ids = frozenset(
            int(v) if isinstance(v, bool) else get_string_id(v) for v in given
        )
        if kind == "IN":
            return ids.__contains__, ids
        return (lambda v: v not in ids), frozenset()
    if kind == "REGEX" and isinstance(given, str):
        pattern = re.compile(given)
        seen: dict[int, bool] = {}

        def matches(v: int) -> bool:
            found = seen.get(v)
            if found is None:
                found = seen[v] = bool(pattern.search(strings[v]))
            return found

        return matches, frozenset()
    return None


def _other_rules(
    stock: AttributeRuler, first: int
) -> tuple[dict[tuple[int, int], list[_Rule]], list[_Rule]] | None:
    """The ruler's rules from ``first`` on, indexed by the word (else the tag) their
    first token needs; None when a rule tests what the index does not read."""
    strings = stock.vocab.strings
    rules: dict[tuple[int, int], list[_Rule]] = {}
    anywhere: list[_Rule] = []
    for i in range(first, len(stock.attrs)):
        key = strings.add(str(i))
        for pattern in stock.matcher.get(str(i))[1]:
            tests = []
            needs: dict[int, frozenset[int]] = {}
            for spec in pattern:
                test = []
                for name, value in spec.items():
                    made = _value_test(value, strings) if name in _TESTS else None
                    if made is None:
                        return None
                    column = _COLUMNS.index(_TESTS[name])
                    test.append((column, made[0]))
                    if not tests and made[1]:
                        needs[column] = made[1]
                tests.append(tuple(test))
            if not tests:
                return None
            rule = (i, key, tuple(tests))
            column = next((c for c in (0, 2) if c in needs), None)
            if column is None:
                anywhere.append(rule)
            else:
                for v in needs[column]:
                    rules.setdefault((column, v), []).append(rule)
    return rules, anywhere


def _tag_rules(stock: AttributeRuler) -> tuple[dict[int, tuple[int, int]], int] | None:
    """The ruler's leading rules that match one tag and set the part of speech and
    morphology, as a table, and how many there are (None when it has none)."""
    tags: dict[int, tuple[int, int]] = {}
    first = 0
    for i, attrs in enumerate(stock.attrs):
        patterns = stock.matcher.get(str(i))[1]
        if not (
            len(patterns) == 1
            and len(patterns[0]) == 1
            and set(patterns[0][0]) == {"TAG"}
            and isinstance(patterns[0][0]["TAG"], str)
            and set(attrs) <= {POS, MORPH}
            and stock.indices[i] in (0, -1)
        ):
            break
        tag = stock.vocab.strings.add(patterns[0][0]["TAG"])
        if tag in tags:
            break  # (two rules for one tag: the table would keep only one)
        scratch = Doc(stock.vocab, words=["x"])
        token = scratch[0]
        set_token_attrs(token, attrs)
        tags[tag] = (token.pos, token.morph.key)
        first = i + 1
    return (tags, first) if tags else None


class _CachedLemmatizer:
    """spaCy's rule lemmatizer, asked once per (word, part of speech, morphology)."""

    def __init__(self, stock: Lemmatizer):
        self.stock = stock
        self.known: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        values = doc.to_array([ORTH, POS, MORPH, LEMMA])
        known = self.known
        if len(known) > _KEEP:
            known.clear()  # (a corpus of millions of names: memory stays bounded)
        strings = doc.vocab.strings
        lemmas = values[:, 3].copy()
        for i, (orth, pos, morph, lemma) in enumerate(values.tolist()):
            if lemma:
                continue  # set before (by the attribute ruler): kept, as spaCy keeps it
            key = (orth, pos, morph)
            found = known.get(key)
            if found is None:
                found = known[key] = strings.add(self.stock.lemmatize(doc[i])[0])
            lemmas[i] = found
        doc.from_array([LEMMA], lemmas)
        return doc

    def pipe(self, docs: Any, batch_size: int = 128) -> Any:
        for doc in docs:
            yield self(doc)


def _swap(nlp: Language, name: str, component: Any) -> None:
    """Put ``component`` in the pipeline under ``name``, where the stock one was."""
    index = nlp.component_names.index(name)
    nlp._components[index] = (name, component)  # (spaCy has no setter)


def speed_up(nlp: Language) -> list[str]:
    """Swap the stock attribute ruler and rule lemmatizer for the faster ones; returns
    the names of the components swapped."""
    swapped = []
    if "attribute_ruler" in nlp.pipe_names:
        stock = nlp.get_pipe("attribute_ruler")
        found = _tag_rules(stock) if type(stock) is AttributeRuler else None
        others = _other_rules(stock, found[1]) if found is not None else None
        if found is not None and others is not None:
            _swap(nlp, "attribute_ruler", _TagMapRuler(stock, found[0], *others))
            swapped.append("attribute_ruler")
    if "lemmatizer" in nlp.pipe_names:
        stock = nlp.get_pipe("lemmatizer")
        if (
            isinstance(stock, Lemmatizer)
            and stock.mode == "rule"
            and not stock.overwrite
        ):
            _swap(nlp, "lemmatizer", _CachedLemmatizer(stock))
            swapped.append("lemmatizer")
    return swapped
