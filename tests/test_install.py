"""The lock is installed with --no-deps: it must hold every package that anything needs.

`pip check` misses one case, the packages an extra brings ("lxml[html_clean]" needs
lxml-html-clean); this walks the installed requirements, extras included.
"""

import re
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
LOCK = ROOT / "requirements.lock"


def _installed() -> dict[str, metadata.Distribution]:
    return {canonicalize_name(d.metadata["Name"]): d for d in metadata.distributions()}


def _unmet(installed: dict[str, metadata.Distribution]) -> list[str]:
    """Requirements of installed packages (and of the extras they ask for) left unmet."""
    unmet: list[str] = []
    todo = [(name, "") for name in installed]
    seen: set[tuple[str, str]] = set()
    while todo:
        name, extra = todo.pop()
        if (name, extra) in seen or name not in installed:
            continue
        seen.add((name, extra))
        for line in installed[name].requires or []:
            req = Requirement(line)
            if req.marker and not req.marker.evaluate({"extra": extra}):
                continue
            if extra and not (req.marker and "extra" in str(req.marker)):
                continue  # the base requirements were walked with extra ""
            dep = canonicalize_name(req.name)
            if dep not in installed:
                unmet.append(
                    f"{name}[{extra}] needs {dep}" if extra else f"{name} needs {dep}"
                )
                continue
            if not req.specifier.contains(installed[dep].version, prereleases=True):
                unmet.append(f"{name} needs {req}, found {installed[dep].version}")
            todo.extend((dep, canonicalize_name(e)) for e in req.extras)
    return unmet


def test_install_every_requirement_and_extra_is_installed() -> None:
    assert _unmet(_installed()) == []


def test_install_walk_finds_a_missing_extra_package() -> None:
    installed = _installed()
    if "justext" not in installed:
        pytest.skip("justext is not installed")
    without = {k: v for k, v in installed.items() if k != "lxml-html-clean"}
    assert any("lxml-html-clean" in line for line in _unmet(without))


@pytest.mark.parametrize("name", ["eventwire"])
def test_install_lock_pins_every_package_exactly(name: str) -> None:
    pins = re.findall(r"^([A-Za-z0-9_.\-]+)(==)?", LOCK.read_text(), flags=re.M)
    assert pins, "requirements.lock has no packages"
    loose = [pkg for pkg, eq in pins if not eq]
    assert loose == [], f"{LOCK.name}: not pinned with ==: {loose}"
    locked = {canonicalize_name(pkg) for pkg, _ in pins}
    installed = set(_installed()) - {canonicalize_name(name), "pip"}
    assert sorted(installed - locked) == [], "installed but not in the lock"
