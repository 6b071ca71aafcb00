"""The actor knowledge base: countries, organisations, role words and named people.

Read from the YAML files in ``dictionaries/actors/`` and validated at load. Each surface
string ("Russian", "foreign minister", "UN", "Lavrov") becomes a :class:`Term`, found by
its lower-cased token sequence.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import yaml

from .._cache import cached_folder_load
from ..dictionary import (
    HEADER_KEYS,
    LINE,
    as_str_list,
    dictionary_path,
    load_yaml,
    require_list,
    where,
)
from ..errors import DictionaryError

TermKind = Literal[
    "country",
    "demonym",
    "capital",
    "metonym",
    "region",
    "org",
    "role",
    "person",
    "outlet",
]

SECTORS = frozenset(
    [
        "GOV",
        "MIL",
        "COP",
        "JUD",
        "LEG",
        "OPP",
        "REB",
        "INS",
        "PTY",
        "CVL",
        "REF",
        "EDU",
        "HLH",
        "MED",
        "BUS",
        "LAB",
        "HRI",
        "REL",
        "ELI",
        "SPY",
        "CRM",
        "AGR",
        "UAF",
        "IGO",
        "NGO",
        "MNC",
        "SEP",
        "IMG",
        "ENV",
        "DEV",
    ]
)
# which of several offices held at once a person acts in: the state's first, then
# a body's or another sector's, then a party's, then none (a former office-holder)
_ROLE_RANK = {"GOV": 0, "PTY": 2, "OPP": 2, "ELI": 3}
_CODE = re.compile(r"^[A-Z]{3}[A-Z0-9]{0,9}$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TOKEN = re.compile(r"[A-Za-z0-9]+\.?(?:[A-Za-z0-9]+\.)*|[^\sA-Za-z0-9]")
_ABBREVIATION = re.compile(r"(?:[a-z]\.){2,}")
_SPLIT = re.compile(r"(-|'s\b)")
# spellings of the Arabic article before a hyphen, written "al-" in the keys
ARABIC_ARTICLES = frozenset({"al", "el", "ul"})


@lru_cache(maxsize=65536)
def _strip_accents(text: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
    )


def fold(lower: str) -> str:
    """A lower-cased word or name without its accents: "vučić" and "vucic", "áñez"
    and "anez" are one name (wire copy writes names both ways)."""
    return lower if lower.isascii() else _strip_accents(lower)


def surface_key(text: str) -> tuple[str, ...]:
    """The lookup key of a surface string: lower-cased tokens without accents, roughly
    as spaCy splits them."""
    words = fold(text.lower()).replace("’", "'").split()
    key: list[str] = []
    for word in words:
        if "-" not in word and "'" not in word:
            key.append(word)  # most words: nothing to split
            continue
        # keep abbreviations with dots ("u.s.", "u.n.") whole, split hyphens and 's
        if _ABBREVIATION.fullmatch(word):
            key.append(word)
            continue
        parts = [p for p in _SPLIT.split(word) if p]
        for n, part in enumerate(parts):
            if part in ARABIC_ARTICLES and parts[n + 1 : n + 2] == ["-"]:
                part = "al"  # "el-Bashir", "al-Bashir": one name
            key.append(part)
    return tuple(key)


def split_abbreviations(key: tuple[str, ...]) -> tuple[str, ...] | None:
    """The key with each abbreviation's dot a token of its own ("lt.", "col." ->
    "lt", ".", "col", "."), as spaCy splits abbreviations it does not know; None when
    the key has none."""
    if not any(len(w) > 1 and w.endswith(".") and w[:-1].isalpha() for w in key):
        return None
    out: list[str] = []
    for word in key:
        if len(word) > 1 and word.endswith(".") and word[:-1].isalpha():
            out.extend((word[:-1], "."))
        else:
            out.append(word)
    return tuple(out)


@dataclass(frozen=True, slots=True)
class Role:
    """A dated office of a named person."""

    country: str | None
    sector: str | None
    org: str | None
    title: str
    start: str | None
    end: str | None

    def held_on(self, day: str | None) -> bool:
        if day is None:
            return self.end is None
        return (self.start is None or self.start <= day) and (
            self.end is None or day <= self.end
        )


@dataclass(frozen=True, slots=True)
class Term:
    kind: TermKind
    text: str
    country: str | None = None
    sector: str | None = None
    code: str | None = None  # organisation code
    name: str | None = None  # full name of a person
    roles: tuple[Role, ...] = ()
    origin: str = ""  # file:line


@dataclass
class ActorBase:
    """All actor terms by their lower-cased token key."""

    terms: dict[tuple[str, ...], Term] = field(default_factory=dict)
    organizations: dict[str, Term] = field(default_factory=dict)
    countries: dict[str, str] = field(default_factory=dict)  # ISO3 -> name
    max_len: int = 1
    first_words: set[str] = field(default_factory=set)
    ambiguous: set[tuple[str, ...]] = field(default_factory=set)
    shared_aliases: dict[tuple[str, ...], list[Term]] = field(default_factory=dict)
    # converted surface strings skipped because a hand-written entry holds them (the
    # converted files are older than the hand-written ones: run `make phoenix`)
    phoenix_shadowed: list[str] = field(default_factory=list)
    # the last word of a name -> the sector of the body it names ("Agency" -> GOV)
    body_heads: dict[str, str] = field(default_factory=dict)
    # capitalised titles that give a person's sector only right before the name
    # ("Justice Elena Kagan"): surface key -> sector
    titles: dict[tuple[str, ...], str] = field(default_factory=dict)
    # a common noun -> the sector of the body it names with a word that says which
    # ("Uganda's electoral commission" GOV, "the Trump campaign" PTY)
    common_heads: dict[str, str] = field(default_factory=dict)
    # a common noun -> the sector of the body it names when a person owns it
    owned_heads: dict[str, str] = field(default_factory=dict)
    # nouns for the people or units of the body or force named before them ("UN
    # inspectors", "EU observers", "army personnel"), lower-case lemmas
    member_heads: set[str] = field(default_factory=set)
    # names that are cited but never act: wire services and news agencies
    not_actors: set[tuple[str, ...]] = field(default_factory=set)
    # the last word of each person's names -> (key of the name, person); built on
    # first use (see ``people_ending``)
    _by_last_word: dict[str, list[tuple[tuple[str, ...], Term]]] | None = field(
        default=None, repr=False
    )
    # the first words of people's names of several words ("hassan" of Hassan Rouhani)
    _given_names: set[str] = field(default_factory=set, repr=False)
    # a given name, lower case without accents -> "m" or "f": the sex of the people
    # who bear it, for what "he" and "she" point back to (given_names.yaml)
    given_sex: dict[str, str] = field(default_factory=dict)

    def add(self, term: Term, *, overwrite: bool = False) -> None:
        key = surface_key(term.text)
        if not key:
            raise DictionaryError(f"{term.origin}: empty surface string.")
        old = self.terms.get(key)
        if old is not None and not overwrite:
            if old.kind == term.kind and (old.country, old.code, old.name) == (
                term.country,
                term.code,
                term.name,
            ):
                return
            raise DictionaryError(
                f'{term.origin}: "{term.text}" is already defined at {old.origin}.'
            )
        self.terms[key] = term
        self.max_len = max(self.max_len, len(key))
        self.first_words.add(key[0])

    @classmethod
    @cached_folder_load("actors")  # parsed once, then read from the user's cache
    def load(
        cls, folder: str | Path | None = None, *, phoenix: bool = True
    ) -> ActorBase:
        """Load countries, organisations, roles and people from a dictionary folder,
        then the entries converted from Phoenix (``phoenix_*.yaml``) where the folder
        has them and ``phoenix`` is true. Hand-written entries win over converted ones."""
        root = Path(folder) if folder else dictionary_path("actors")
        base = cls()
        _load_countries(base, root / "countries.yaml")
        _load_organizations(base, root / "organizations.yaml")
        _load_roles(base, root / "roles.yaml")
        _load_people(base, root / "people.yaml")
        if phoenix:
            _load_phoenix(base, root)
        _load_bodies(base, root / "bodies.yaml")
        _load_given_names(base, root / "given_names.yaml")
        return base

    def people_ending(self, key: tuple[str, ...]) -> list[Term]:
        """The people of the base one of whose names ends in ``key`` (a surface key):
        ("rice",) gives Condoleezza Rice and Susan Rice; one term per person."""
        if self._by_last_word is None:
            index: dict[str, list[tuple[tuple[str, ...], Term]]] = {}
            people = [t for t in self.terms.values() if t.kind == "person"]
            people += [t for ts in self.shared_aliases.values() for t in ts]
            for term in people:
                k = surface_key(term.text)
                index.setdefault(k[-1], []).append((k, term))
                full = surface_key(term.name or term.text)
                if len(full) > 1:
                    self._given_names.add(full[0])
            self._by_last_word = index
        n = len(key)
        found: dict[str | None, Term] = {}
        for k, term in self._by_last_word.get(key[-1], ()) if key else ():
            if k[-n:] == key:
                found.setdefault(term.name, term)
        return list(found.values())

    def is_given_name(self, word: str) -> bool:
        """Does ``word`` (lower case) begin the name of a person of the base?"""
        self.people_ending((word,))
        return word in self._given_names

    def person_role(self, term: Term, day: str | None) -> Role | None:
        """The role a person held on ``day`` (the latest one when the day is unknown)."""
        if not term.roles:
            return None
        held = [r for r in term.roles if r.held_on(day)]
        if held:
            # "Prime Minister and leader of the ruling party": the office of state
            # speaks for the person, the party post does not
            return min(reversed(held), key=lambda r: _ROLE_RANK.get(r.sector or "", 1))
        if day is None:
            return max(term.roles, key=lambda r: r.start or "")
        return None


def _check_sector(sector: object, origin: str, *, optional: bool = False) -> None:
    """A sector code must be one of ``SECTORS`` (or absent, where ``optional``)."""
    if (optional and sector is None) or sector in SECTORS:
        return
    raise DictionaryError(
        f"{origin}: sector {sector!r} is unknown; expected one of {', '.join(sorted(SECTORS))}."
    )


def _label(path: Path) -> str:
    return f"actors/{path.name}"


def _load_countries(base: ActorBase, path: Path) -> None:
    label = _label(path)
    data = load_yaml(path, label)
    for entry in require_list(data, "countries", label):
        code = entry.get("code")
        if not isinstance(code, str) or not re.fullmatch(r"[A-Z]{3}", code):
            raise DictionaryError(
                f'{where(label, entry)}: country code is {code!r}; expected three capital letters (ISO 3166-1 alpha-3) like "RUS".'
            )
        if code in base.countries:
            raise DictionaryError(
                f"{where(label, entry)}: country {code} is listed twice."
            )
        name = entry.get("name")
        if not isinstance(name, str) or not name:
            raise DictionaryError(
                f'{where(label, entry)}: country {code} has no "name".'
            )
        base.countries[code] = name
        origin = where(label, entry)
        kinds: list[tuple[str, TermKind]] = [
            ("name", "country"),
            ("names", "country"),
            ("demonyms", "demonym"),
            ("capitals", "capital"),
            ("metonyms", "metonym"),
            ("legislatures", "metonym"),
            ("regions", "region"),
        ]
        for key, kind in kinds:
            for text in as_str_list(entry, key, label):
                sector = "GOV" if kind in ("capital", "metonym") else None
                if key == "legislatures":
                    sector = "LEG"  # "the Knesset passed ...": the legislature
                base.add(Term(kind, text, country=code, sector=sector, origin=origin))


def _load_organizations(base: ActorBase, path: Path) -> None:
    label = _label(path)
    data = load_yaml(path, label)
    for entry in require_list(data, "organizations", label):
        origin = where(label, entry)
        code = entry.get("code")
        if not isinstance(code, str) or not _CODE.fullmatch(code):
            raise DictionaryError(
                f'{origin}: organization code is {code!r}; expected capital letters like "IGOUNO".'
            )
        if code in base.organizations:
            raise DictionaryError(f"{origin}: organization {code} is listed twice.")
        sector = entry.get("sector")
        _check_sector(sector, origin, optional=True)
        country = entry.get("country")
        if country is not None and country not in base.countries:
            raise DictionaryError(
                f"{origin}: country {country!r} is not in actors/countries.yaml."
            )
        name = entry.get("name")
        if not isinstance(name, str) or not name:
            raise DictionaryError(f'{origin}: organization {code} has no "name".')
        term = Term(
            "org",
            name,
            country=country,
            sector=sector,
            code=code,
            name=name,
            origin=origin,
        )
        base.organizations[code] = term
        for text in [name, *as_str_list(entry, "names", label)]:
            base.add(
                Term(
                    "org",
                    text,
                    country=country,
                    sector=sector,
                    code=code,
                    name=name,
                    origin=origin,
                )
            )


def _sector_words(
    data: dict[str, Any], key: str, label: str
) -> Iterator[tuple[str, str, str]]:
    """(origin, sector, word) of a list of ``{sector, words}`` entries under ``key``."""
    for entry in require_list(data, key, label):
        origin = where(label, entry)
        sector = entry.get("sector")
        _check_sector(sector, origin)
        for word in as_str_list(entry, "words", label):
            yield origin, sector, word


def _load_roles(base: ActorBase, path: Path) -> None:
    label = _label(path)
    data = load_yaml(path, label)
    for origin, sector, text in _sector_words(data, "roles", label):
        term = Term("role", text, sector=sector, origin=origin)
        base.add(term)
        split = split_abbreviations(surface_key(text))
        if split is not None and split not in base.terms:
            # "Lt. Col." as the tokenizer may write it: "lt", ".", "col", "."
            base.terms[split] = term
            base.max_len = max(base.max_len, len(split))
            base.first_words.add(split[0])
    if "titles" not in data:
        return  # optional
    for origin, sector, text in _sector_words(data, "titles", label):
        key = surface_key(text)
        if key in base.titles:
            raise DictionaryError(
                f'{origin}: title "{text}" is already in sector {base.titles[key]}.'
            )
        base.titles[key] = sector


def _parse_date(value: object, origin: str, key: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str) and _DATE.fullmatch(value):
        try:
            date.fromisoformat(value)
        except ValueError:
            pass
        else:
            return value
    raise DictionaryError(
        f'{origin}: "{key}" is {value!r}; expected a date like "2014-12-16" or null.'
    )


def _role(base: ActorBase, role: object, origin: str, name: str, label: str) -> Role:
    """One dated office of a person, validated (``origin`` is where the person is)."""
    rorigin = where(label, role) if isinstance(role, dict) else origin
    if not isinstance(role, dict):
        raise DictionaryError(f"{rorigin}: a role must be a mapping.")
    org = role.get("org")
    country, sector, start, end = _office(
        base,
        org,
        role.get("country"),
        role.get("sector"),
        (role.get("start"), role.get("end")),
        rorigin,
        name,
        "actors/organizations.yaml",
    )
    return Role(country, sector, org, str(role.get("title", "")), start, end)


def _office(
    base: ActorBase,
    org: Any,
    country: Any,
    sector: Any,
    dates: tuple[object, object],
    origin: str,
    name: str,
    org_files: str,
) -> tuple[str | None, str | None, str | None, str | None]:
    """The checks of a dated office, hand-written or converted: a known body or
    country, a known sector, dates in order. Returns (country, sector, start, end),
    the country and sector filled in from the body."""
    if org is not None:
        org_term = base.organizations.get(org) if isinstance(org, str) else None
        if org_term is None:
            raise DictionaryError(
                f"{origin}: organization {org!r} is not in {org_files}."
            )
        country = country or org_term.country
        sector = sector or org_term.sector
    elif country not in base.countries:
        raise DictionaryError(
            f'{origin}: role of {name} needs "org" or a known "country"; found {country!r}.'
        )
    if sector is not None and sector not in SECTORS:
        raise DictionaryError(f"{origin}: sector {sector!r} is unknown.")
    start = _parse_date(dates[0], origin, "start")
    end = _parse_date(dates[1], origin, "end")
    if start and end and end < start:
        raise DictionaryError(
            f"{origin}: role of {name} ends ({end}) before it starts ({start})."
        )
    return country, sector, start, end


def _load_people(base: ActorBase, path: Path) -> None:
    label = _label(path)
    data = load_yaml(path, label)
    for entry in require_list(data, "people", label):
        origin = where(label, entry)
        name = entry.get("name")
        if not isinstance(name, str) or not name:
            raise DictionaryError(f'{origin}: a person needs a "name".')
        roles = [_role(base, r, origin, name, label) for r in entry.get("roles") or []]
        if not roles:
            raise DictionaryError(f"{origin}: {name} has no roles.")
        roles.sort(key=lambda r: r.start or "")
        for text in [name, *as_str_list(entry, "aliases", label)]:
            key = surface_key(text)
            if key in base.ambiguous:
                base.shared_aliases[key].append(
                    Term("person", text, name=name, roles=tuple(roles), origin=origin)
                )
                continue
            old = base.terms.get(key)
            if old is not None and old.kind != "person":
                continue  # a country or organisation name is never shadowed by a person alias
            term = Term("person", text, name=name, roles=tuple(roles), origin=origin)
            if old is not None and old.name != name:
                # two people share a short alias ("Bush"): the alias alone says nothing
                # for sure; the date or the title may (see ActorResolver._shared_alias)
                del base.terms[key]
                base.ambiguous.add(key)
                base.shared_aliases[key] = [old, term]
                continue
            base.add(Term("person", text, name=name, roles=tuple(roles), origin=origin))


# Phoenix's offices with no end were open when it was last updated; one counts as
# held until the end of the next year (a namesake is not in office ten years on)
PHOENIX_UPDATED = "2014-12-31"
PHOENIX_HORIZON = "2015-12-31"


# -- the entries converted from Phoenix (eventwire.actors.phoenix, `make phoenix`) -------
PHOENIX_FILES = (
    ("phoenix_organizations.yaml", "organizations"),
    ("phoenix_people.yaml", "people"),
    ("phoenix_agents.yaml", "roles"),
)
_PHOENIX_FIELDS = {
    "organizations": frozenset(
        {"code", "name", "names", "country", "sector", "phoenix"}
    ),
    "people": frozenset({"name", "aliases", "roles", "phoenix"}),
    "roles": frozenset({"sector", "words", "phoenix"}),
}
_FIRST_FIELD = {"organizations": "code", "people": "name", "roles": "sector"}
_ROLE_FIELDS = frozenset({"country", "sector", "org", "start", "end"})


def _entry_lines(path: Path, label: str, key: str) -> Iterator[dict[str, Any]]:
    """The entries of a converted file: a YAML header, then ``key:`` and one entry per
    line written as JSON (which is YAML too), read line by line because it is fast."""
    lines = path.read_text(encoding="utf-8").splitlines()
    try:
        at = lines.index(f"{key}:")
    except ValueError:
        raise DictionaryError(
            f'{label}:1: expected a line "{key}:" and then one entry per line; run "make phoenix" to write the file again.'
        ) from None
    header = yaml.load(
        "\n".join(lines[:at]),
        Loader=yaml.CSafeLoader if hasattr(yaml, "CSafeLoader") else yaml.SafeLoader,
    )
    for name in HEADER_KEYS:
        if not isinstance(header, dict) or name not in header:
            raise DictionaryError(
                f'{label}:1: missing "{name}"; every dictionary starts with {", ".join(HEADER_KEYS)}.'
            )
    texts: list[str] = []
    numbers: list[int] = []
    for number, line in enumerate(lines[at + 1 :], at + 2):
        text = line.strip()
        if text and not text.startswith("#"):
            # "- {...}" is a list item of YAML and a JSON object
            texts.append(text[2:] if text.startswith("- {") else "?" + text)
            numbers.append(number)
    try:
        entries = json.loads("[" + ",".join(texts) + "]")  # one parse for the file
    except ValueError:
        entries = [
            _one_entry(t, n, label, key) for t, n in zip(texts, numbers, strict=True)
        ]
    fields = _PHOENIX_FIELDS[key]
    for number, text, entry in zip(numbers, texts, entries, strict=True):
        if not isinstance(entry, dict) or text[:1] != "{":
            _one_entry(text, number, label, key)
            raise DictionaryError(f"{label}:{number}: an entry must be a mapping.")
        unknown = entry.keys() - fields
        if unknown:
            raise DictionaryError(
                f"{label}:{number}: unknown field {sorted(unknown)[0]!r}; expected some of {', '.join(sorted(fields))}."
            )
        entry[LINE] = number
        yield entry


def _one_entry(text: str, number: int, label: str, key: str) -> Any:
    try:
        if not text.startswith("{"):
            raise ValueError("not a list item")
        return json.loads(text)
    except ValueError:
        raise DictionaryError(
            f'{label}:{number}: expected one entry per line like - {{"{_FIRST_FIELD[key]}": ...}}; run "make phoenix" to write the file again.'
        ) from None


def _load_phoenix(base: ActorBase, root: Path) -> None:
    taken: dict[tuple[str, ...], str] = {}  # converted surface -> where

    def claim(text: str, origin: str) -> tuple[str, ...] | None:
        """The key of a converted surface, or None when a hand-written entry has it."""
        key = surface_key(text)
        if not key:
            raise DictionaryError(f"{origin}: empty surface string.")
        if key in taken:
            raise DictionaryError(
                f'{origin}: "{text}" is already defined at {taken[key]}.'
            )
        taken[key] = origin
        if key in base.terms or key in base.shared_aliases:
            base.phoenix_shadowed.append(f"{origin}: {text}")
            return None
        base.max_len = max(base.max_len, len(key))
        base.first_words.add(key[0])
        return key

    intern = sys.intern
    cache: dict[Any, Any] = {}  # dates and roles seen, shared (many people, few values)
    for filename, key in PHOENIX_FILES:
        path = root / filename
        if not path.exists():
            continue
        label = _label(path)
        for entry in _entry_lines(path, label, key):
            origin = f"{label}:{entry[LINE]}"
            if key == "organizations":
                _phoenix_body(base, entry, origin, label, claim)
            elif key == "people":
                name = entry.get("name")
                if not isinstance(name, str) or not name:
                    raise DictionaryError(f'{origin}: a person needs a "name".')
                roles = [
                    _phoenix_role(base, r, origin, name, cache)
                    for r in entry.get("roles") or []
                ]
                if not roles:
                    raise DictionaryError(f"{origin}: {name} has no roles.")
                roles.sort(key=lambda r: r.start or "")
                shared = tuple(roles)
                for text in [name, *as_str_list(entry, "aliases", label)]:
                    k = claim(text, origin)
                    if k is not None:
                        base.terms[k] = Term(
                            "person", text, name=name, roles=shared, origin=origin
                        )
            else:
                sector = entry.get("sector")
                _check_sector(sector, origin)
                for text in as_str_list(entry, "words", label):
                    k = claim(text, origin)
                    if k is not None:
                        base.terms[k] = Term(
                            "role", text, sector=intern(sector), origin=origin
                        )


def _phoenix_role(
    base: ActorBase, role: object, origin: str, name: str, cache: dict[Any, Any]
) -> Role:
    """An office of a converted person: the checks of ``_office``, with the dates
    and offices that many people share read once."""
    if not isinstance(role, dict):
        raise DictionaryError(f"{origin}: a role must be a mapping.")
    unknown = set(role) - _ROLE_FIELDS
    if unknown:
        raise DictionaryError(
            f"{origin}: unknown role field {sorted(unknown)[0]!r}; expected some of {', '.join(sorted(_ROLE_FIELDS))}."
        )
    org, country, sector = role.get("org"), role.get("country"), role.get("sector")
    start, end = role.get("start"), role.get("end")
    key = (org, country, sector, start, end)
    try:
        found: Role | None = cache.get(key)
    except TypeError:  # a list or a mapping where a string belongs
        found = None
    if found is not None:
        return found
    country, sector, first, last = _office(
        base,
        org,
        country,
        sector,
        (start, end),
        origin,
        name,
        "actors/organizations.yaml or actors/phoenix_organizations.yaml",
    )
    title = org or f"{country}{sector or ''}"
    if last is None and (first is None or first <= PHOENIX_UPDATED):
        # open when Phoenix was last updated: held then, not for ever
        last = PHOENIX_HORIZON
    made = Role(country, sector, org, f"{title} (Phoenix)", first, last)
    cache[key] = made
    return made


def _phoenix_body(
    base: ActorBase, entry: dict[str, Any], origin: str, label: str, claim: Any
) -> None:
    code = entry.get("code")
    if not isinstance(code, str) or not _CODE.fullmatch(code):
        raise DictionaryError(
            f'{origin}: organization code is {code!r}; expected capital letters like "IGOUNO".'
        )
    name = entry.get("name")
    if name is None:
        # more names for a hand-written body
        org = base.organizations.get(code)
        if org is None:
            raise DictionaryError(
                f'{origin}: organization {code} is not in actors/organizations.yaml; an entry without "name" adds names to a hand-written body.'
            )
        country, sector, name = org.country, org.sector, org.name
    else:
        if not isinstance(name, str) or not name:
            raise DictionaryError(f'{origin}: organization {code} has no "name".')
        if code in base.organizations:
            raise DictionaryError(
                f"{origin}: organization {code} is already defined at {base.organizations[code].origin}."
            )
        sector = entry.get("sector")
        _check_sector(sector, origin, optional=True)
        country = entry.get("country")
        if country is not None and country not in base.countries:
            raise DictionaryError(
                f"{origin}: country {country!r} is not in actors/countries.yaml."
            )
        base.organizations[code] = Term(
            "org",
            name,
            country=country,
            sector=sector,
            code=code,
            name=name,
            origin=origin,
        )
    texts = as_str_list(entry, "names", label)
    if entry.get("name") is not None:
        texts = [name, *texts]
    for text in texts:
        k = claim(text, origin)
        if k is not None:
            base.terms[k] = Term(
                "org",
                text,
                country=country,
                sector=sector,
                code=code,
                name=name,
                origin=origin,
            )


def _load_bodies(base: ActorBase, path: Path) -> None:
    label = _label(path)
    data = load_yaml(path, label)
    for origin, sector, word in _sector_words(data, "heads", label):
        word = word.lower()
        if word in base.body_heads:
            raise DictionaryError(
                f'{origin}: head word "{word}" is already in sector {base.body_heads[word]}.'
            )
        base.body_heads[word] = sector
    for key, heads in (
        ("common_heads", base.common_heads),
        ("owned_heads", base.owned_heads),
    ):
        if key not in data:
            continue  # optional lists
        for origin, sector, word in _sector_words(data, key, label):
            word = word.lower()
            if word in base.common_heads or word in base.owned_heads:
                raise DictionaryError(
                    f'{origin}: head word "{word}" is listed twice under common_heads and owned_heads.'
                )
            heads[word] = sector
    members = data.get("member_heads", [])
    if not isinstance(members, list) or not all(isinstance(w, str) for w in members):
        raise DictionaryError(
            f'{where(label, data)}: expected a list of words under "member_heads".'
        )
    base.member_heads.update(w.lower() for w in members)
    names = data.get("not_actors")
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        raise DictionaryError(
            f'{where(label, data)}: expected a list of names under "not_actors".'
        )
    origin = where(label, data)
    for name in names:
        key = surface_key(name)
        base.not_actors.add(key)
        if len(key) > 1 and key not in base.terms:
            # longer than the place it is named after ("the Washington Post")
            base.add(Term("outlet", name, origin=origin))


def _load_given_names(base: ActorBase, path: Path) -> None:
    """The given names of men and of women (optional: a folder without the file
    tells no one's sex)."""
    if not path.exists():
        return
    label = _label(path)
    data = load_yaml(path, label)
    for key, sex in (("male", "m"), ("female", "f")):
        names = data.get(key, [])
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            raise DictionaryError(
                f'{where(label, data)}: expected a list of given names under "{key}".'
            )
        for name in names:
            word = fold(name.lower())
            if base.given_sex.get(word, sex) != sex:
                raise DictionaryError(
                    f'{where(label, data)}: given name "{name}" is listed as male and as female.'
                )
            base.given_sex[word] = sex
