"""What the coder of one sentence holds while it reads the clauses: the sentence, the
story's memory, the events so far and the tokens already used."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ..actors.resolve import DocMemory, Mention
from ..records import Actor
from .patterns import Pattern

if TYPE_CHECKING:
    from .coder import EventCoder

VERBAL_ROOTS = frozenset({"01", "02", "03", "04", "05", "10", "11", "12", "13"})


_SPEECH_ACT_ROOTS = frozenset({"01", "02", "03", "10", "11", "12", "13"})

# the roots of force used on someone: assault, fighting, mass violence
FORCE_ROOTS = frozenset({"18", "19", "20"})


@dataclass
class Context:
    """What the clauses above say about this one."""

    speaker: Actor | None = None
    # every speaker of a compound subject ("China and Russia said they ...")
    speakers: tuple[Actor, ...] = ()
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
class Trace:
    """What `explain` shows: the lines the coder wrote while it worked."""

    lines: list[str] = field(default_factory=list)

    def add(self, line: str) -> None:
        self.lines.append(line)


class SentenceState:
    """The state every step shares; the steps are mixins over it (see ``coder.py``)."""

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
        # the sentence's tokens, made once (a loop over the Span makes each anew)
        self.tokens: list[Token] = list(sent)
        self.done: set[int] = set()  # tokens already coded or consumed
        self.blocked: set[int] = set()  # subtrees not to code separately
        self.tried: set[int] = set()  # triggers that matched a pattern, event or not
        self.walked: set[int] = set()  # tokens the walk has been through
        self.acted: set[int] = set()  # verbs that made an event
        self._cache: dict[int, Mention | None] = {}
        # "its neighbour" phrases whose owner is being looked for (one that is the
        # subject of its own clause would look for itself)
        self._neighbours_busy: set[int] = set()
        # the sentence's country mentions, less those where sides meet; and those
        self._named: tuple[list[tuple[int, str]], set[str]] | None = None
        # the country the sentence's dateline files it from (False: not looked up yet)
        self._filed: str | bool | None = False
        # the objects of each trigger, by the prepositions asked for
        self._objs: dict[tuple[int, frozenset[str]], list[Token]] = {}
        # the particles and prepositions of each trigger (and of its object)
        self._particle_cache: dict[tuple[int, bool], frozenset[str]] = {}
        # the patterns each trigger may match, by part of speech and token
        self._cand_cache: dict[tuple[str, int], list[Pattern]] = {}
        # each object's words a pattern's object may name, by the same key
        self._object_words: dict[
            tuple[int, frozenset[str]], list[tuple[Token, frozenset[str]]]
        ] = {}

    def _log(self, line: str) -> None:
        if self.trace is not None:
            self.trace.add(line)
