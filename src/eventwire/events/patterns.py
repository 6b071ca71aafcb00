"""The pattern dictionary: which predicate frames make which CAMEO codes.

Loaded from ``dictionaries/events/patterns.yaml`` and checked against the ontology at load:
an unknown code, field or duplicate id is an error with file:line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from ..dictionary import as_str_list, dictionary_path, load_yaml, require_list, where
from ..errors import DictionaryError
from .ontology import Ontology, load_ontology

_FIELDS = frozenset(
    {
        "id",
        "code",
        "verb",
        "noun",
        "adj",
        "with",
        "object",
        "modifier",
        "xcomp",
        "recipient",
        "negated",
        "solo",
        "block",
        "reverse",
        "direct",
        "__line__",
    }
)
FRAMES = (
    "intent",
    "appeal",
    "demand",
    "reject",
    "threat",
    "attempt",
    "negate",
    "consider",
)
DEFAULT_RECIPIENT = (
    "dobj",
    "dative",
    "to",
    "with",
    "against",
    "on",
    "at",
    "for",
    "from",
    "into",
    "toward",
    "about",
    "over",
    "between",
)


@dataclass(frozen=True)
class Pattern:
    id: str
    code: str
    pos: str  # verb | noun | adj
    lemmas: frozenset[str]
    with_: frozenset[str] = frozenset()
    object: frozenset[str] = frozenset()
    modifier: frozenset[str] = frozenset()
    xcomp: frozenset[str] = frozenset()
    recipient: tuple[str, ...] = DEFAULT_RECIPIENT
    negated: str | None = None
    solo: bool = False
    block: bool = False
    reverse: bool = False  # "received weapons FROM X": X does it to the subject
    direct: bool = False  # the object is the direct one (with its "of" noun)
    origin: str = ""

    @cached_property
    def specificity(self) -> int:
        return sum(
            bool(x) for x in (self.with_, self.object, self.modifier, self.xcomp)
        )


@dataclass(frozen=True)
class Frame:
    name: str
    default: str | None
    mapping: dict[str, str]

    def apply(self, code: str | None) -> str | None:
        """The code an embedded event takes under this frame (None: no event)."""
        if self.name == "attempt":
            return code
        if self.name == "negate":
            return None
        if code is None:
            return self.default
        for length in (4, 3, 2):
            hit = self.mapping.get(code[:length])
            if hit:
                return hit
        return self.default


@dataclass
class PatternBook:
    by_lemma: dict[tuple[str, str], list[Pattern]] = field(default_factory=dict)
    # the patterns with code none, by trigger: when one fits, the trigger makes no event
    blockers: dict[tuple[str, str], list[Pattern]] = field(default_factory=dict)
    frames: dict[str, Frame] = field(default_factory=dict)
    frame_verbs: dict[str, str] = field(default_factory=dict)  # lemma -> frame name
    frame_nouns: dict[str, str] = field(default_factory=dict)  # "plan" -> intent
    frame_adjectives: dict[str, str] = field(
        default_factory=dict
    )  # "willing" -> intent
    speech_verbs: frozenset[str] = frozenset()
    allegation_verbs: frozenset[str] = (
        frozenset()
    )  # "alleged that X attacked": accusing
    # "announced the expulsion of ...": speech that does what it names
    enacting_verbs: frozenset[str] = frozenset()
    # what a speaker says an actor is: criticism (111) and blame (112)
    verdicts: frozenset[str] = frozenset()
    blame: frozenset[str] = frozenset()
    praise: frozenset[str] = frozenset()  # and praise (051)
    wrongs: frozenset[str] = frozenset()  # "was rigged by X": accusing X
    # documents that speak for who issued them ("a resolution that condemns X")
    documents: frozenset[str] = frozenset()
    anaphora: dict[str, tuple[str, ...]] = field(default_factory=dict)
    negation: frozenset[str] = frozenset()
    hypothetical: frozenset[str] = frozenset()
    future: frozenset[str] = frozenset()
    scheduled: frozenset[str] = frozenset()  # "is expected to visit": to come
    conditional: frozenset[str] = frozenset()
    prospect: frozenset[str] = frozenset()  # "the prospect of talks": future
    habitual: frozenset[str] = frozenset()  # "rarely criticises": a habit, no event
    # "a potential Russian attack": an event noun these words qualify is yet to come
    prospective: frozenset[str] = frozenset()
    failed: frozenset[str] = frozenset()  # "the truce collapsed": no truce
    called_off: frozenset[str] = frozenset()  # "the talks were postponed": none
    ended: frozenset[str] = frozenset()  # "the shelling stopped": not a new shelling
    undone_by: frozenset[str] = frozenset()  # "suspended the ceasefire": none
    history: dict[str, frozenset[str]] = field(default_factory=dict)  # background cues
    obligation: dict[str, str] = field(default_factory=dict)  # "must" -> "demand"
    munitions: frozenset[str] = frozenset()  # "rocket": its firer is the attacker
    unattributed: tuple[str, ...] = ()  # codes an unnamed attacker may do
    symmetric: frozenset[str] = frozenset()  # codes both sides do to each other
    by_authorities: tuple[str, ...] = ()  # codes whose unnamed agent is the state
    by_civilians: tuple[str, ...] = ()  # codes whose unnamed doers are civilians
    crowds: frozenset[str] = frozenset()  # "thousands", "crowds": people, no actor
    mutual: frozenset[str] = frozenset()  # "clashed with": both sides fight
    repelling: frozenset[str] = frozenset()  # "repelled an attack": on the repeller
    onset: frozenset[str] = frozenset()  # "fighting erupted between X and Y"
    # "ordered his release": nouns whose owner is whom they are done to
    patient_nouns: frozenset[str] = frozenset()
    delegates: frozenset[str] = frozenset()  # "representatives of X and Y": each
    # "gave X until Friday to ...", "gave X 48 hours to ...": an ultimatum
    deadline_verbs: frozenset[str] = frozenset()
    deadline_spans: frozenset[str] = frozenset()
    patterns: list[Pattern] = field(default_factory=list)

    @cached_property
    def deadline_pattern(self) -> Pattern | None:
        """The pattern of a deadline set (its code and recipient slots)."""
        return next((p for p in self.patterns if p.id == "set.deadline"), None)

    @cached_property
    def meeting_words(self) -> frozenset[str]:
        """Verbs and nouns that name a meeting or talks on their own (040, 044-046,
        036; not visits, whose place is the host's, nor "hold" or "start", which need
        an object to be talks)."""
        return frozenset(
            lemma
            for (_, lemma), found in self.by_lemma.items()
            if any(
                p.code.startswith(("040", "044", "045", "046", "036")) and not p.object
                for p in found
            )
        )

    def candidates(self, pos: str, lemma: str) -> list[Pattern]:
        return self.by_lemma.get((pos, lemma), [])


# the code of a pattern that says a frame makes no event ("fight corruption", "battle
# a blaze", "struck down a law"): it takes the trigger from every other pattern
NO_EVENT = "none"


def _codes(
    value: Any,
    entry: dict[str, Any],
    key: str,
    ontology: Ontology,
    label: str,
    none_too: bool = False,
) -> str:
    if none_too and value == NO_EVENT:
        return NO_EVENT
    if not isinstance(value, str) or value not in ontology:
        also = f", or {NO_EVENT} (no event)" if none_too else ""
        raise DictionaryError(
            f'{where(label, entry)}: "{key}" is {value!r}; expected a CAMEO code from ontology/cameo.yaml, quoted, like "0871"{also}.'
        )
    return value


def load_patterns(
    path: str | Path | None = None, ontology: Ontology | None = None
) -> PatternBook:
    """Read and validate pattern files: one file, or every ``*.yaml`` in a folder (the
    bundled ``dictionaries/events/`` by default). Pattern ids are unique across files;
    the grammar (speech verbs, frames, anaphora, modality) is given once."""
    ontology = ontology or load_ontology()
    root = Path(path) if path else dictionary_path("events")
    files = sorted(root.glob("*.yaml")) if root.is_dir() else [root]
    if not files:
        raise DictionaryError(f"{root}: no pattern files (*.yaml) in this folder.")
    book = PatternBook()
    seen: dict[str, str] = {}
    grammar_from: dict[str, str] = {}
    for file in files:
        label = f"events/{file.name}" if path is None else str(file)
        data = load_yaml(file, label)
        if "patterns" in data:
            _read_patterns(book, data, label, ontology, seen)
        for section in (
            "speech",
            "frames",
            "anaphora",
            "modality",
            "attacks",
            "symmetric",
            "history",
            "arguments",
        ):
            if section in data:
                if section in grammar_from:
                    raise DictionaryError(
                        f'{label}: "{section}" is already given in {grammar_from[section]}.'
                    )
                grammar_from[section] = label
        if "frames" in data:
            _read_frames(book, data, label, ontology)
        _read_grammar(book, data, label)
    for plist in book.by_lemma.values():
        plist.sort(key=lambda p: -p.specificity)  # stable: file order among equals
    return book


def _read_patterns(
    book: PatternBook,
    data: dict[str, Any],
    label: str,
    ontology: Ontology,
    seen: dict[str, str],
) -> None:
    for entry in require_list(data, "patterns", label):
        origin = where(label, entry)
        unknown = set(entry) - _FIELDS
        if unknown:
            raise DictionaryError(
                f"{origin}: unknown field {sorted(unknown)[0]!r}; expected some of {', '.join(sorted(_FIELDS - {'__line__'}))}."
            )
        pid = entry.get("id")
        if not isinstance(pid, str) or not pid:
            raise DictionaryError(f'{origin}: a pattern needs an "id".')
        if pid in seen:
            raise DictionaryError(
                f'{origin}: pattern "{pid}" is already defined at {seen[pid]}.'
            )
        seen[pid] = origin
        code = _codes(entry.get("code"), entry, "code", ontology, label, none_too=True)
        kinds = [k for k in ("verb", "noun", "adj") if k in entry]
        if len(kinds) != 1:
            raise DictionaryError(
                f'{origin}: pattern "{pid}" needs exactly one of verb, noun, adj.'
            )
        pos = kinds[0]
        lemmas = as_str_list(entry, pos, label)
        if not lemmas:
            raise DictionaryError(
                f'{origin}: pattern "{pid}" has an empty "{pos}" list.'
            )
        negated = entry.get("negated")
        if negated is not None:
            negated = _codes(negated, entry, "negated", ontology, label)
        recipient = tuple(as_str_list(entry, "recipient", label)) or DEFAULT_RECIPIENT
        pattern = Pattern(
            id=pid,
            code=code,
            pos=pos,
            lemmas=frozenset(x.lower() for x in lemmas),
            with_=frozenset(as_str_list(entry, "with", label)),
            object=frozenset(x.lower() for x in as_str_list(entry, "object", label)),
            modifier=frozenset(
                x.lower() for x in as_str_list(entry, "modifier", label)
            ),
            xcomp=frozenset(x.lower() for x in as_str_list(entry, "xcomp", label)),
            recipient=recipient,
            negated=negated,
            solo=bool(entry.get("solo", False)),
            block=bool(entry.get("block", False)),
            reverse=bool(entry.get("reverse", False)),
            direct=bool(entry.get("direct", False)),
            origin=origin,
        )
        book.patterns.append(pattern)
        index = book.blockers if code == NO_EVENT else book.by_lemma
        for lemma in pattern.lemmas:
            index.setdefault((pos, lemma), []).append(pattern)


def _read_frames(
    book: PatternBook, data: dict[str, Any], label: str, ontology: Ontology
) -> None:
    for entry in require_list(data, "frames", label):
        origin = where(label, entry)
        name = entry.get("frame")
        if name not in FRAMES:
            raise DictionaryError(
                f"{origin}: frame {name!r} is unknown; expected one of {', '.join(FRAMES)}."
            )
        default = entry.get("default")
        if default is not None:
            default = _codes(default, entry, "default", ontology, label)
        mapping: dict[str, str] = {}
        for prefix, target in (entry.get("map") or {}).items():
            if prefix == "__line__":
                continue
            mapping[str(prefix)] = _codes(
                target, entry, f"map.{prefix}", ontology, label
            )
        book.frames[name] = Frame(name, default, mapping)
        for verb in as_str_list(entry, "verbs", label):
            if verb in book.frame_verbs:
                raise DictionaryError(
                    f'{origin}: verb "{verb}" is already in frame "{book.frame_verbs[verb]}".'
                )
            book.frame_verbs[verb] = name
        for noun in as_str_list(entry, "nouns", label):
            if noun in book.frame_nouns:
                raise DictionaryError(
                    f'{origin}: noun "{noun}" is already in frame "{book.frame_nouns[noun]}".'
                )
            book.frame_nouns[noun] = name
        for adj in as_str_list(entry, "adjectives", label):
            if adj in book.frame_adjectives:
                raise DictionaryError(
                    f'{origin}: adjective "{adj}" is already in frame "{book.frame_adjectives[adj]}".'
                )
            book.frame_adjectives[adj] = name


def _read_grammar(book: PatternBook, data: dict[str, Any], label: str) -> None:
    if "speech" in data:
        speech = data["speech"] or {}
        book.speech_verbs = frozenset(as_str_list(speech, "verbs", label))
        book.allegation_verbs = frozenset(as_str_list(speech, "allegation", label))
        book.enacting_verbs = frozenset(as_str_list(speech, "enacting", label))
        book.verdicts = frozenset(as_str_list(speech, "verdicts", label))
        book.blame = frozenset(as_str_list(speech, "blame", label))
        book.praise = frozenset(as_str_list(speech, "praise", label))
        book.wrongs = frozenset(as_str_list(speech, "wrongs", label))
        both = sorted(book.praise & (book.verdicts | book.blame))
        if both:
            raise DictionaryError(
                f"{where(label, speech)}: praise words {both} are also verdicts or blame."
            )
        book.documents = frozenset(as_str_list(speech, "documents", label))
        stray = sorted(
            (book.allegation_verbs | book.enacting_verbs) - book.speech_verbs
        )
        if stray:
            raise DictionaryError(
                f"{where(label, speech)}: allegation and enacting verbs {stray} are not speech verbs."
            )
    if "symmetric" in data:
        book.symmetric = frozenset(as_str_list(data, "symmetric", label))
    if "attacks" in data:
        attacks = data["attacks"] or {}
        book.munitions = frozenset(as_str_list(attacks, "munitions", label))
        book.unattributed = tuple(as_str_list(attacks, "unattributed", label))
        book.by_authorities = tuple(as_str_list(attacks, "by_authorities", label))
        book.by_civilians = tuple(as_str_list(attacks, "by_civilians", label))
        book.crowds = frozenset(as_str_list(attacks, "crowds", label))
        book.mutual = frozenset(as_str_list(attacks, "mutual", label))
        book.repelling = frozenset(as_str_list(attacks, "repelling", label))
        book.onset = frozenset(as_str_list(attacks, "onset", label))
    if "arguments" in data:
        arguments = data["arguments"] or {}
        book.delegates = frozenset(as_str_list(arguments, "delegates", label))
        book.deadline_verbs = frozenset(as_str_list(arguments, "deadline_verbs", label))
        book.deadline_spans = frozenset(as_str_list(arguments, "deadline_spans", label))
        book.patient_nouns = frozenset(as_str_list(arguments, "patient_nouns", label))
    if "history" in data:
        history = data["history"] or {}
        book.history = {
            key: frozenset(as_str_list(history, key, label))
            for key in ("adverbs", "spans", "origin_verbs", "origin_subjects")
        }
    if "anaphora" in data:
        anaphora = data["anaphora"] or {}
        book.anaphora = {
            k: tuple(as_str_list(anaphora, k, label))
            for k in anaphora
            if k != "__line__"
        }
    if "modality" in data:
        modality = data["modality"] or {}
        book.negation = frozenset(as_str_list(modality, "negation", label))
        book.hypothetical = frozenset(as_str_list(modality, "hypothetical", label))
        book.future = frozenset(as_str_list(modality, "future", label))
        book.scheduled = frozenset(as_str_list(modality, "scheduled", label))
        book.conditional = frozenset(as_str_list(modality, "conditional", label))
        book.prospect = frozenset(as_str_list(modality, "prospect", label))
        book.habitual = frozenset(as_str_list(modality, "habitual", label))
        book.prospective = frozenset(as_str_list(modality, "prospective", label))
        book.failed = frozenset(as_str_list(modality, "failed", label))
        book.called_off = frozenset(as_str_list(modality, "called_off", label))
        book.ended = frozenset(as_str_list(modality, "ended", label))
        book.undone_by = frozenset(as_str_list(modality, "undone_by", label))
        for word in as_str_list(modality, "demand", label):
            book.obligation[word] = "demand"
        for word in as_str_list(modality, "appeal", label):
            book.obligation[word] = "appeal"


@lru_cache(maxsize=1)
def bundled_patterns() -> PatternBook:
    return load_patterns()
