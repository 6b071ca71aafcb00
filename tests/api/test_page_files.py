"""The web page's files: every file the page asks for is in the package and served from
/static, the vendored map libraries carry their licences and pinned versions, and the
package data ships them all."""

from __future__ import annotations

import json
import re
from pathlib import Path, PurePosixPath
from typing import Any

import pytest
import tomllib

from eventwire.api import web_dir

REPO = Path(__file__).resolve().parents[2]
WEB = web_dir()
# what the vendor README's table says of each package: folder, name, version, licence
VENDORED = [
    ("leaflet", "leaflet", "1.9.4", "LICENSE"),
    ("leaflet.markercluster", "leaflet.markercluster", "1.5.3", "MIT-LICENCE.txt"),
    ("topojson-client", "topojson-client", "3.1.0", "LICENSE"),
    ("world-atlas", "world-atlas", "2.0.2", "LICENSE"),
]


def _page_paths() -> list[str]:
    """Every /static path that index.html and app.js name."""
    html = (WEB / "index.html").read_text(encoding="utf-8")
    script = (WEB / "app.js").read_text(encoding="utf-8")
    found = re.findall(r'(?:href|src)="(/static/[^"]+)"', html)
    found += re.findall(r'"(/static/[^"]+)"', script)
    return sorted(set(found))


def test_the_page_names_the_map_files() -> None:
    paths = _page_paths()
    for needed in (
        "/static/vendor/leaflet/leaflet.js",
        "/static/vendor/leaflet/leaflet.css",
        "/static/vendor/leaflet.markercluster/leaflet.markercluster.js",
        "/static/vendor/topojson-client/topojson-client.min.js",
        "/static/vendor/world-atlas/countries-50m.json",
        "/static/country-codes.json",
    ):
        assert needed in paths


@pytest.mark.parametrize("path", _page_paths())
def test_every_file_of_the_page_is_served(client: Any, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200, path
    assert response.content == (WEB / path.removeprefix("/static/")).read_bytes()


@pytest.mark.parametrize(("folder", "name", "version", "licence"), VENDORED)
def test_vendored_packages_are_pinned_with_their_licence(
    folder: str, name: str, version: str, licence: str
) -> None:
    assert (WEB / "vendor" / folder / licence).read_text(encoding="utf-8").strip()
    versions = (WEB / "vendor" / "VERSIONS").read_text(encoding="utf-8").splitlines()
    line = next(v for v in versions if v.split()[0] == name)
    assert line.split()[1] == version
    assert re.fullmatch(r"sha512-[A-Za-z0-9+/]{86}==", line.split()[2])
    readme = (WEB / "vendor" / "README.md").read_text(encoding="utf-8")
    assert f"| `{folder}/` | {name} | {version} |" in readme


def test_country_codes_cover_the_borders() -> None:

    codes = json.loads((WEB / "country-codes.json").read_text(encoding="utf-8"))
    atlas = json.loads(
        (WEB / "vendor" / "world-atlas" / "countries-50m.json").read_text("utf-8")
    )
    shapes = atlas["objects"]["countries"]["geometries"]
    coded = [
        s
        for s in shapes
        if s.get("id") in codes["ids"] or s["properties"]["name"] in codes["names"]
    ]
    assert len(coded) >= len(shapes) - 2  # Siachen Glacier, Indian Ocean Ter.
    assert codes["ids"]["368"] == "IRQ"
    assert codes["ids"]["275"] == "PSE"
    assert codes["names"]["Kosovo"] == "XKX"


def test_package_data_ships_every_file_of_the_page() -> None:
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["eventwire"]
    package = WEB.parent
    files = [p for p in WEB.rglob("*") if p.is_file()]
    assert files
    for file in files:
        relative = PurePosixPath(file.relative_to(package).as_posix())
        assert any(
            relative.match(pattern)
            and len(relative.parts) == len(PurePosixPath(pattern).parts)
            for pattern in patterns
        ), f"{relative} is not in the package data"
