"""/docs in a real browser with no network: Swagger UI from the package's own files,
under the server's Content-Security-Policy, with no request off 127.0.0.1."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from playwright.sync_api import expect

from .conftest import Watched


def test_docs_work_offline_under_the_csp(web: Watched, artifacts: Path) -> None:
    page = web.page

    def only_this_server(route: Any) -> None:
        if route.request.url.startswith(web.base_url + "/"):
            route.continue_()
        else:
            route.abort()

    page.route("**/*", only_this_server)
    response = page.goto(f"{web.base_url}/docs")
    assert response is not None and response.status == 200
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
    expect(page.locator(".swagger-ui .info .title")).to_contain_text("eventwire")
    health = page.locator(".opblock-summary", has_text="/v1/health")
    expect(
        page.locator(".opblock-summary", has_text="/v1/events").first
    ).to_be_visible()
    # try one endpoint from the page: its fetch goes to this server only
    health.first.click()
    page.get_by_role("button", name="Try it out").click()
    page.get_by_role("button", name="Execute").click()
    expect(
        page.locator(".live-responses-table tr.response .response-col_status").first
    ).to_contain_text("200")
    page.wait_for_load_state("networkidle")
    page.screenshot(path=str(artifacts / "docs.png"), full_page=False)
    assert web.errors == []  # a CSP violation is a console error
    assert web.foreign_requests() == []
    assert any(url.endswith("/openapi.json") for url in web.requests)
    assert any("/static/swagger-ui/swagger-ui-bundle.js" in url for url in web.requests)
