"""The map in a real browser: Natural Earth borders drawn by Leaflet with no tiles,
markers sized by their events and clustered, countries shaded for events placed only
in a country, a click that lists the events of a place, "Fit to events", the download
of a search, and not one request off 127.0.0.1."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import httpx
from click.testing import CliRunner
from playwright.sync_api import expect

from eventwire.cli import main

from .conftest import REPO, Watched
from .places import WORDS, place_counts

# Leaflet and the cluster layer are done moving: no zoom or cluster animation runs
SETTLED = """() => !document.querySelector(
  '#map .leaflet-zoom-anim, #map .leaflet-cluster-anim, #map .leaflet-pan-anim')"""
# every marker and cluster icon lies inside the map's box
ALL_ICONS_INSIDE = """() => {
  const box = document.querySelector('#map-canvas').getBoundingClientRect();
  const icons = [...document.querySelectorAll('#map .place-marker, #map .place-cluster')];
  return icons.length > 0 && icons.every((icon) => {
    const r = icon.getBoundingClientRect();
    return r.left >= box.left && r.right <= box.right
      && r.top >= box.top && r.bottom <= box.bottom;
  });
}"""
EVENTS_ON_ICONS = """() => [...document.querySelectorAll(
  '#map .place-marker > div, #map .place-cluster > div')]
  .reduce((sum, div) => sum + Number(div.dataset.events), 0)"""


def _zoom(page: Any) -> float:
    return float(page.locator("#map-canvas").get_attribute("data-zoom"))


def _settle(page: Any) -> None:
    page.wait_for_function(SETTLED)
    page.wait_for_timeout(150)


def _search_grain(web: Watched, placed: str = "8 events at 5 places") -> Any:
    """The page after a search for the map's stories, their places drawn."""
    page = web.page
    page.goto(f"{web.base_url}/")
    expect(page.locator("#results")).to_have_attribute("aria-busy", "false")
    page.get_by_label("Words in evidence", exact=True).fill(WORDS)
    page.get_by_role("button", name="Search", exact=True).click()
    expect(page.locator("#map-note")).to_contain_text(placed)
    expect(page.locator("#map path.country[data-iso3='IRQ']")).to_have_count(1)
    _settle(page)
    page.locator("#map-title").scroll_into_view_if_needed()
    return page


def _shot(page: Any, artifacts: Path, name: str) -> None:
    """A screenshot of the map's card."""
    page.locator("section[aria-labelledby='map-title']").screenshot(
        path=str(artifacts / name)
    )


def _fit(page: Any) -> None:
    before = _zoom(page)
    page.get_by_role("button", name="Fit to events").click()
    page.wait_for_function(
        f"() => Number(document.querySelector('#map-canvas').dataset.zoom) > {before}"
    )
    _settle(page)


def _grain_events(base_url: str) -> list[dict[str, Any]]:
    body = httpx.get(f"{base_url}/v1/events", params={"text": WORDS, "limit": 100})
    return body.json()["events"]


def test_map_fits_a_search_in_three_countries(web: Watched, artifacts: Path) -> None:
    page = _search_grain(web)
    events = _grain_events(web.base_url)
    assert {e["location"]["country"] for e in events} == {"SYR", "LBN", "IRQ"}
    # the whole world first: all of it in a cluster or two
    world = _zoom(page)
    assert page.evaluate(EVENTS_ON_ICONS) == 8
    _fit(page)
    assert _zoom(page) >= world + 2
    assert page.evaluate(ALL_ICONS_INSIDE)
    assert page.evaluate(EVENTS_ON_ICONS) == 8  # every located event, on the map
    iraq = page.locator("#map path.country[data-iso3='IRQ']").bounding_box()
    box = page.locator("#map-canvas").bounding_box()
    assert (
        iraq["x"] >= box["x"] and iraq["x"] + iraq["width"] <= box["x"] + box["width"]
    )
    expect(page.locator("#map-note")).to_contain_text(
        "1 event placed only in a country, shaded (Iraq)"
    )
    _shot(page, artifacts, "map-01-three-countries-fitted.png")
    # and back to the whole world
    page.get_by_role("button", name="Whole world").click()
    page.wait_for_function(
        f"() => Number(document.querySelector('#map-canvas').dataset.zoom) == {world}"
    )
    assert web.errors == []
    assert web.foreign_requests() == []


def test_markers_are_sized_by_their_events_and_zooming_splits_a_cluster(
    web: Watched, artifacts: Path
) -> None:
    page = _search_grain(web)
    _fit(page)
    counts = place_counts()
    # Aleppo and Idlib, 55 km apart, are one cluster at this zoom
    syria = page.locator("#map .place-cluster > div[data-places='2']").filter(
        has_text=str(counts["Aleppo"] + counts["Idlib"])
    )
    expect(syria).to_have_count(1)
    expect(
        page.locator("#map .place-marker > div[data-place='Aleppo, SYR']")
    ).to_have_count(0)
    zoom = _zoom(page)
    _shot(page, artifacts, "map-02-cluster-before-zoom.png")
    syria.click()
    aleppo = page.locator("#map .place-marker > div[data-place='Aleppo, SYR']")
    idlib = page.locator("#map .place-marker > div[data-place='Idlib, SYR']")
    expect(aleppo).to_have_count(1)
    expect(idlib).to_have_count(1)
    _settle(page)
    assert _zoom(page) > zoom
    expect(aleppo).to_have_attribute("data-events", str(counts["Aleppo"]))
    expect(idlib).to_have_attribute("data-events", str(counts["Idlib"]))
    # three events make a larger marker than one
    assert aleppo.bounding_box()["width"] > idlib.bounding_box()["width"]
    _shot(page, artifacts, "map-03-cluster-split.png")
    assert web.errors == []
    assert web.foreign_requests() == []


def test_clicking_a_marker_lists_its_events(web: Watched, artifacts: Path) -> None:
    page = _search_grain(web)
    _fit(page)
    page.locator("#map .place-cluster > div[data-places='2']").filter(
        has_text="4"
    ).click()
    marker = page.locator("#map .place-marker > div[data-place='Aleppo, SYR']")
    expect(marker).to_have_count(1)
    _settle(page)
    marker.click()
    detail = page.locator("#map-detail")
    expect(detail.locator("h3")).to_have_text("Aleppo, SYR: 3 events")
    listed = detail.locator("ul.place-events button")
    expect(listed).to_have_count(3)
    ids = {b.get_attribute("data-event-id") for b in listed.all()}
    expected = {
        e["event_id"]
        for e in _grain_events(web.base_url)
        if e["location"]["name"] == "Aleppo"
    }
    assert ids == expected
    expect(page.locator("#map .place-marker.selected")).to_have_count(1)
    _shot(page, artifacts, "map-04-marker-events.png")
    # each listed event opens the event view, with its article
    first = listed.first
    event_id = first.get_attribute("data-event-id")
    first.click()
    expect(page.locator("#event")).to_be_visible()
    record = httpx.get(f"{web.base_url}/v1/events/{event_id}").json()
    expect(page.locator("#event-fields")).to_contain_text(record["event_id"])
    expect(page.locator("#article-text mark.trigger")).to_have_text(
        record["evidence"]["trigger"]
    )
    # back to the list of every place
    detail.get_by_role("button", name="All places").click()
    expect(detail.locator("ul.places li")).to_have_count(len(place_counts()))
    assert web.errors == []
    assert web.foreign_requests() == []


def test_an_event_placed_only_in_a_country_shades_it(
    web: Watched, artifacts: Path
) -> None:
    page = _search_grain(web)
    iraq = page.locator("#map path.country[data-iso3='IRQ']")
    syria = page.locator("#map path.country[data-iso3='SYR']")
    expect(iraq).to_have_class("country leaflet-interactive shaded shade-1")
    expect(syria).to_have_class("country leaflet-interactive")
    fill = "(path) => getComputedStyle(path).fill"
    assert iraq.evaluate(fill) != syria.evaluate(fill)
    _fit(page)
    # a click on the country lists its country-only event, and not Basra's
    box = iraq.bounding_box()
    page.mouse.click(box["x"] + box["width"] * 0.45, box["y"] + box["height"] * 0.35)
    detail = page.locator("#map-detail")
    expect(detail.locator("h3")).to_have_text("Iraq (the country): 1 event")
    listed = detail.locator("ul.place-events button")
    expect(listed).to_have_count(1)
    only = next(
        e
        for e in _grain_events(web.base_url)
        if e["location"]["precision"] == "country"
    )
    expect(listed).to_have_attribute("data-event-id", only["event_id"])
    _shot(page, artifacts, "map-05-country-shaded.png")
    # the same from the list of places, as a keyboard reaches it
    detail.get_by_role("button", name="All places").click()
    detail.get_by_role("button", name="Iraq (the country)").press("Enter")
    expect(detail.locator("h3")).to_have_text("Iraq (the country): 1 event")
    expect(detail.locator("h3")).to_be_focused()
    # a search that leaves the country-only event out unshades it
    page.get_by_label("Country", exact=True).fill("SYR")
    page.get_by_role("button", name="Search", exact=True).click()
    expect(page.locator("#map-note")).to_contain_text("4 events at 2 places.")
    expect(iraq).to_have_class("country leaflet-interactive")
    assert web.errors == []
    assert web.foreign_requests() == []


def test_download_is_what_eventwire_query_writes(
    web: Watched, web_db: Path, artifacts: Path, tmp_path: Path
) -> None:
    page = _search_grain(web)
    page.get_by_label("From", exact=True).fill("2024-04-03")
    page.locator("#search select[name=sort]").select_option("date")
    page.get_by_role("button", name="Search", exact=True).click()
    expect(page.locator("#map-note")).to_contain_text("4 events at 3 places")
    expect(page.get_by_role("link", name="CSV")).to_have_attribute(
        "href", "/v1/events.csv?from=2024-04-03&text=grain+prices&sort=date"
    )
    options = ["--text", WORDS, "--from", "2024-04-03", "--order", "date"]
    for fmt, name in (("csv", "CSV"), ("jsonl", "JSONL")):
        with page.expect_download() as info:
            page.get_by_role("link", name=name).click()
        download = info.value
        assert download.suggested_filename == f"events.{fmt}"
        got = Path(download.path()).read_bytes()
        out = tmp_path / f"query.{fmt}"
        result = CliRunner().invoke(
            main,
            ["query", "--db", str(web_db), "--format", fmt, "-o", str(out), *options],
        )
        assert result.exit_code == 0, result.output
        assert got == out.read_bytes()
        lines = got.decode("utf-8").splitlines()
        # 5 events (2 in Beirut, Tripoli, Basra, Iraq), and a header row in CSV
        assert len(lines) == (6 if fmt == "csv" else 5)
    page.locator("#results-title").scroll_into_view_if_needed()
    page.screenshot(path=str(artifacts / "map-06-download-links.png"))
    assert web.errors == []
    assert web.foreign_requests() == []


def test_using_the_map_requests_nothing_off_this_server(web: Watched) -> None:
    page = _search_grain(web)
    canvas = page.locator("#map-canvas")
    box = canvas.bounding_box()
    centre = (box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    # wheel zoom, drag, the zoom buttons, fit, a marker, the whole world
    page.mouse.move(*centre)
    for _ in range(4):
        page.mouse.wheel(0, -300)
        page.wait_for_timeout(120)
    page.mouse.down()
    page.mouse.move(centre[0] - 200, centre[1] + 80, steps=8)
    page.mouse.up()
    page.get_by_role("button", name="Zoom in").click()
    page.get_by_role("button", name="Zoom out").click()
    _settle(page)
    page.get_by_role("button", name="Fit to events").click()
    basra = page.locator("#map .place-marker > div[data-place='Basra, IRQ']")
    expect(basra).to_be_visible()
    _settle(page)
    basra.click()
    expect(page.locator("#map-detail ul.place-events button").first).to_be_visible()
    page.get_by_role("button", name="Whole world").click()
    page.wait_for_load_state("networkidle")
    assert web.errors == []
    assert web.requests, "the request log is empty"
    assert web.foreign_requests() == []
    assert any(
        "/static/vendor/world-atlas/countries-50m.json" in u for u in web.requests
    )


def test_the_page_weighs_what_the_readme_says(web: Watched) -> None:
    """HTML, scripts, styles and map data, as the browser loads them (the /v1 answers
    are the search's data, not the page)."""
    sizes: dict[str, int] = {}

    def on_response(response: Any) -> None:
        path = response.url.removeprefix(web.base_url)
        if path == "/" or path.startswith("/static/"):
            sizes[path] = len(response.body())

    web.page.on("response", on_response)
    page = _search_grain(web)
    page.wait_for_load_state("networkidle")
    assert "/static/vendor/world-atlas/countries-50m.json" in sizes
    assert "/static/vendor/leaflet/leaflet.js" in sizes
    total = sum(sizes.values())
    assert total < 1_500_000
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    stated = re.search(r"The page weighs ([\d,]+) bytes", readme)
    assert stated is not None, "the README states the page's size"
    # within 2%: small edits of the page need not rewrite the README
    assert abs(int(stated.group(1).replace(",", "")) - total) <= 0.02 * total, total


def test_without_the_map_scripts_the_places_are_still_listed(web: Watched) -> None:
    page = web.page
    page.route("**/static/vendor/leaflet/leaflet.js", lambda route: route.abort())
    page.goto(f"{web.base_url}/")
    page.get_by_label("Words in evidence", exact=True).fill(WORDS)
    page.get_by_role("button", name="Search", exact=True).click()
    note = page.locator("#map-note")
    expect(note).to_contain_text(
        "The map's scripts did not load; its places are listed."
    )
    expect(note).to_contain_text("8 events at 5 places")
    expect(page.locator("#map-detail ul.places li")).to_have_count(len(place_counts()))
    expect(page.locator("#results tbody tr[data-event-id]")).to_have_count(9)
    assert web.foreign_requests() == []
