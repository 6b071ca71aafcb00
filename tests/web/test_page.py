"""The web page in a real browser against a real server: search, timeline, map, the
event view with its highlighted evidence, coding a pasted article, and markup in stories
shown as text, never run."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import httpx
from playwright.sync_api import expect

from .conftest import REPO, Watched

EXAMPLE = REPO / "src" / "eventwire" / "examples" / "harbor_talks.txt"

# every row of the results shows the actor code of its event
ROWS_ALL_START_WITH = """([column, prefix]) => {
  const rows = [...document.querySelectorAll("#results tbody tr[data-event-id]")];
  return rows.length > 0 && rows.every((row) =>
    (row.cells[column].querySelector("code")?.textContent ?? "").startsWith(prefix));
}"""
SCRIPT_COUNT = "() => document.querySelectorAll('script').length"


def _open(web: Watched) -> Any:
    """The page, once its first search (the latest events) is shown."""
    page = web.page
    page.goto(f"{web.base_url}/")
    expect(page.locator("#results")).to_have_attribute("aria-busy", "false")
    return page


def _search(page: Any, actor: str = "", recipient: str = "") -> None:
    page.get_by_label("Actor", exact=True).fill(actor)
    page.get_by_label("Recipient", exact=True).fill(recipient)
    page.get_by_role("button", name="Search", exact=True).click()
    if actor:
        page.wait_for_function(ROWS_ALL_START_WITH, arg=[1, actor])
    if recipient:
        page.wait_for_function(ROWS_ALL_START_WITH, arg=[3, recipient])


def _shot(page: Any, artifacts: Path, name: str) -> None:
    page.screenshot(path=str(artifacts / f"{name}.png"), full_page=True)


def test_page_loads_offline_and_clean(web: Watched, artifacts: Path) -> None:
    page = _open(web)
    expect(page).to_have_title("eventwire — political events from the news")
    expect(page.get_by_role("heading", name="eventwire", level=1)).to_be_visible()
    # with no filter, the latest events are listed and placed on the map
    expect(page.locator("#results tbody tr[data-event-id]").first).to_be_visible()
    expect(
        page.locator("#map .place-marker, #map .place-cluster").first
    ).to_be_attached()
    expect(page.locator("#timeline-note")).to_be_visible()
    page.wait_for_load_state("networkidle")
    _shot(page, artifacts, "01-home")
    assert web.errors == []
    assert web.foreign_requests() == []
    assert any(url.endswith("/static/app.js") for url in web.requests)
    assert any("/v1/events?" in url for url in web.requests)


def test_search_for_an_actor(web: Watched, artifacts: Path) -> None:
    page = _open(web)
    _search(page, actor="TUR")
    rows = page.locator("#results tbody tr[data-event-id]")
    assert rows.count() >= 3
    codes = rows.locator("td:nth-child(2) code").all_text_contents()
    assert all(code.startswith("TUR") for code in codes)
    # the row shows the event code, its name and the evidence with the trigger marked
    first = rows.first
    expect(first.locator("td.event-cell code.cameo")).to_have_text(
        re.compile(r"^\d{3,4}$")
    )
    expect(first.locator("td.evidence-cell mark.trigger")).to_be_visible()
    assert "actor=TUR" in page.url  # the search can be linked
    page.wait_for_load_state("networkidle")
    _shot(page, artifacts, "02-search-TUR")
    assert web.errors == []
    assert web.foreign_requests() == []


def test_actor_suggestions(web: Watched) -> None:
    page = _open(web)
    # on a busy machine a pause between keys may ask for "Tu" first: wait for "Tur"
    with page.expect_response(lambda r: "/v1/actors?q=Tur" in r.url):
        page.get_by_label("Actor", exact=True).press_sequentially("Tur", delay=30)
    options = page.locator("#actor-list option")
    expect(options.first).to_be_attached()
    values = options.evaluate_all("(os) => os.map((o) => o.value)")
    assert any(value.startswith("TUR") for value in values)
    assert any("/v1/actors?q=Tur" in url for url in web.requests)
    assert web.errors == []


def test_open_an_event_shows_evidence_and_trigger(
    web: Watched, artifacts: Path
) -> None:
    page = _open(web)
    _search(page, actor="TURMIL")
    row = page.locator("#results tbody tr[data-event-id]").first
    event_id = row.get_attribute("data-event-id")
    row.locator("button.link").click()
    record = httpx.get(f"{web.base_url}/v1/events/{event_id}").json()
    # every sentence of the article that states the event is marked; the trigger
    # word is marked inside the event's own evidence sentence
    here = [m for m in record["mentions"] if m["article_id"] == record["article_id"]]
    evidence = page.locator("#article-text mark.evidence")
    expect(evidence).to_have_count(len(here))
    trigger = page.locator("#article-text mark.trigger")
    expect(trigger).to_have_count(1)
    assert trigger.text_content().lower() == record["evidence"]["trigger"].lower()
    own = evidence.filter(has=page.locator("mark.trigger"))
    assert own.text_content() == record["evidence"]["text"]
    others = page.locator("#article-text ul.others li")
    expect(others.first).to_be_visible()
    assert "object" not in " ".join(others.all_text_contents())
    # the event's fields beside the article
    fields = page.locator("#event-fields")
    expect(fields).to_contain_text(record["cameo"])
    expect(fields).to_contain_text(record["evidence"]["rule"])
    expect(fields).to_contain_text("Goldstein")
    expect(fields).to_contain_text(f"precision: {record['date_precision']}")
    expect(page.locator("#event-title")).to_be_focused()
    title = page.locator("#article-title").text_content()
    _shot(page, artifacts, "03-event")
    # a mention in another article opens that article, the event's sentences marked
    elsewhere = next(
        m for m in record["mentions"] if m["article_id"] not in (record["article_id"],)
    )
    page.locator(
        "#event-fields ul.mentions button", has_text=elsewhere["article_id"]
    ).first.click()
    expect(page.locator("#article-title")).not_to_have_text(title)
    expect(page.locator("#article-text mark.evidence").first).to_be_visible()
    assert web.errors == []
    assert web.foreign_requests() == []


def test_paste_the_example_article(web: Watched, artifacts: Path) -> None:
    page = _open(web)
    page.get_by_label("Article text").fill(EXAMPLE.read_text(encoding="utf-8"))
    page.get_by_role("button", name="Code it").click()
    rows = page.locator("#code-events tbody tr")
    expect(rows.nth(5)).to_be_visible()
    assert rows.count() >= 6
    marks = page.locator("#code-text mark.evidence")
    assert marks.count() >= 5
    triggers = page.locator("#code-text mark.trigger").all_text_contents()
    assert "shelled" in triggers
    assert "detained" in triggers
    # a row leads to its sentence
    rows.filter(has_text="detained").first.click()
    expect(page.locator("#code-text mark.evidence.current")).to_contain_text("detained")
    page.locator("#code-title").scroll_into_view_if_needed()
    _shot(page, artifacts, "04-code-example")
    assert web.errors == []
    assert web.foreign_requests() == []


def test_pasted_markup_is_shown_as_text(web: Watched, artifacts: Path) -> None:
    page = _open(web)
    scripts = page.evaluate(SCRIPT_COUNT)
    story = (
        "Turkish forces shelled Syrian army posts near Tel Sefra on Monday. "
        "<script>alert(1)</script> <img src=x onerror=alert(2)>"
    )
    page.get_by_label("Title (optional)").fill("<script>alert('title')</script>")
    page.get_by_label("Article text").fill(story)
    page.get_by_role("button", name="Code it").click()
    expect(page.locator("#code-events tbody tr").first).to_be_visible()
    expect(page.locator("#code-text")).to_contain_text("<script>alert(1)</script>")
    expect(page.get_by_text("<script>alert(1)</script>", exact=False)).to_be_visible()
    expect(page.locator("#code-text mark.trigger")).to_have_text("shelled")
    page.wait_for_timeout(300)
    _shot(page, artifacts, "05-code-markup")
    assert web.dialogs == []
    assert page.evaluate(SCRIPT_COUNT) == scripts
    assert page.locator("#code-text img, #code-text script").count() == 0
    assert web.foreign_requests() == []
    assert web.errors == []


def test_stored_markup_is_shown_as_text(web: Watched, artifacts: Path) -> None:
    page = _open(web)
    scripts = page.evaluate(SCRIPT_COUNT)
    page.get_by_label("Words in evidence", exact=True).fill("border villages")
    page.get_by_role("button", name="Search", exact=True).click()
    row = page.locator("#results tbody tr[data-event-id]", has_text="border villages")
    expect(row).to_have_count(1)
    row.click()
    expect(page.locator("#article-title")).to_have_text(
        "<script>alert('title')</script> Border talks <b>resume</b>"
    )
    expect(page.locator("#article-text")).to_contain_text('<script>alert("stored")')
    expect(page.locator("#article-text mark.trigger")).to_have_text("accused")
    # a javascript: URL is never made a link
    assert page.locator("#article-meta a").count() == 0
    page.wait_for_timeout(300)
    _shot(page, artifacts, "06-stored-markup")
    assert web.dialogs == []
    assert page.evaluate(SCRIPT_COUNT) == scripts
    assert page.locator("#event img, #event script, #event b").count() == 0
    assert web.foreign_requests() == []
    assert web.errors == []


def test_timeline_and_map_render(web: Watched, artifacts: Path) -> None:
    page = _open(web)
    _search(page, actor="TUR", recipient="SYR")
    chart = page.locator("#timeline-chart svg")
    expect(chart).to_be_visible()
    bars = chart.locator("rect.bar")
    assert bars.count() >= 1
    assert chart.locator("path.axis").count() >= 1
    assert "Week of " in bars.first.locator("title").text_content()
    expect(page.locator("#timeline-caption")).not_to_be_empty()
    assert any("dyad=TUR%3ASYR" in url for url in web.requests)
    # the map follows the search: its places are this dyad's
    places = page.locator("#map-detail ul.places li")
    expect(places.filter(has_text="Baghdad")).to_have_count(1)
    expect(
        page.locator("#map .place-marker, #map .place-cluster").first
    ).to_be_attached()
    _shot(page, artifacts, "07-timeline-map-dyad")
    # Goldstein instead of counts, and the map fitted to the events
    page.locator("#measure").select_option("goldstein_mean")
    page.wait_for_function(
        "() => [...document.querySelectorAll('#timeline-chart rect.bar title')]"
        ".some((t) => t.textContent.includes('Goldstein'))"
    )
    world = float(page.locator("#map-canvas").get_attribute("data-zoom"))
    page.get_by_role("button", name="Fit to events").click()
    page.wait_for_function(
        f"() => Number(document.querySelector('#map-canvas').dataset.zoom) > {world}"
    )
    page.locator("#timeline-title").scroll_into_view_if_needed()
    _shot(page, artifacts, "08-goldstein-fitted-map")
    assert web.errors == []
    assert web.foreign_requests() == []


def test_timeline_needs_an_actor_or_country(web: Watched) -> None:
    page = _open(web)
    expect(page.locator("#timeline")).to_be_hidden()
    page.get_by_label("Country", exact=True).fill("UKR")
    page.get_by_role("button", name="Search", exact=True).click()
    expect(page.locator("#timeline-chart svg rect.bar").first).to_be_attached()
    assert any("country=UKR" in url and "/v1/series" in url for url in web.requests)
    assert web.errors == []


def test_more_pages_through_the_cursor(web: Watched) -> None:
    # pages of 2 instead of 50, so that the fixture events need several pages
    web.page.route(
        "**/v1/events?*",
        lambda route: route.continue_(
            url=route.request.url.replace("limit=50", "limit=2")
        ),
    )
    page = _open(web)
    every = httpx.get(
        f"{web.base_url}/v1/events", params={"limit": 100, "sort": "-date"}
    ).json()["events"]
    assert len(every) > 4
    rows = page.locator("#results tbody tr[data-event-id]")
    more = page.get_by_role("button", name="More events")
    expect(rows).to_have_count(2)
    shown = 2
    while shown < len(every):
        more.click()
        shown = min(shown + 2, len(every))
        expect(rows).to_have_count(shown)
    expect(more).to_be_hidden()
    ids = [row.get_attribute("data-event-id") for row in rows.all()]
    assert ids == [event["event_id"] for event in every]
    assert any("cursor=" in url for url in web.requests)
    assert web.errors == []


def test_api_errors_are_shown(web: Watched, artifacts: Path) -> None:
    page = _open(web)
    page.get_by_label("From", exact=True).fill("2024-03-10")
    page.get_by_label("To", exact=True).fill("2024-03-01")
    page.get_by_role("button", name="Search", exact=True).click()
    error = page.locator("#error")
    expect(error).to_be_visible()
    expect(error).to_contain_text("Error 4")
    expect(error.locator(".error-message")).not_to_be_empty()
    _shot(page, artifacts, "09-error")
    error.get_by_role("button", name="Dismiss the error").click()
    expect(error).to_be_hidden()
