"""The on-disk cache of built data (``eventwire._cache``): a hit gives what a fresh
build gives, an edited source or a damaged file is built again without a word, and
the YAML dictionaries keep their ``file:line`` messages."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from eventwire import _cache, dictionary
from eventwire.actors import base as actor_base
from eventwire.actors.base import ActorBase, surface_key
from eventwire.dictionary import dictionary_path
from eventwire.errors import DictionaryError
from eventwire.ingest import read_text
from eventwire.pipeline import Coder
from eventwire.records import Article

HAND_WRITTEN = ("countries", "organizations", "roles", "people", "bodies")

WIRE_COPY = (
    "Port Talks Collapse\n\nNovember 12, 2023\n\nNAIROBI - Kenyan President William "
    "Ruto met Ugandan President Yoweri Museveni in Nairobi on Sunday, but the two "
    "leaders failed to agree on the oil pipeline, officials said.\n\nPolice arrested "
    "forty protesters outside parliament in Kampala on Saturday. The United Nations "
    "urged both governments to protect refugees fleeing the fighting in South Sudan. "
    "Russian Foreign Minister Sergei Lavrov accused NATO of provoking the crisis.\n"
)


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("EVENTWIRE_CACHE_DIR", str(folder))
    return folder


class Counted:
    """A build that counts its calls and returns the text of its source."""

    def __init__(self, source: Path) -> None:
        self.source = source
        self.calls = 0

    def __call__(self) -> dict[str, Any]:
        self.calls += 1
        return {"text": self.source.read_text(encoding="utf-8"), "n": [1, 2, 3]}


def _files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.pickle"))


@pytest.mark.parametrize("kind", ["numbers"])
def test_cache_builds_once_then_reads_the_file(
    cache_dir: Path, tmp_path: Path, kind: str
) -> None:
    source = tmp_path / "a.yaml"
    source.write_text("one", encoding="utf-8")
    build = Counted(source)
    first = _cache.cached(kind, [source], build, variant="v")
    second = _cache.cached(kind, [source], build, variant="v")
    assert first == second == {"text": "one", "n": [1, 2, 3]}
    assert build.calls == 1
    [written] = _files(cache_dir)
    assert written.name.startswith(f"{kind}-")


@pytest.mark.parametrize(
    "change",
    ["edit", "same size", "delete"],
)
def test_cache_rebuilds_when_a_source_changes(
    cache_dir: Path, tmp_path: Path, change: str
) -> None:
    source = tmp_path / "a.yaml"
    source.write_text("one", encoding="utf-8")
    build = Counted(source)
    _cache.cached("words", [source], build)
    again = Counted(source)
    if change == "edit":
        source.write_text("one two", encoding="utf-8")
    elif change == "same size":
        source.write_text("two", encoding="utf-8")
    else:
        source.unlink()
        again = Counted(tmp_path / "b.yaml")
        again.source.write_text("other", encoding="utf-8")
    value = _cache.cached("words", [source], again)
    assert again.calls == 1
    assert value["text"] == again.source.read_text(encoding="utf-8")
    assert len(_files(cache_dir)) == 1  # the same file, written again


@pytest.mark.parametrize(
    "damage",
    ["truncated", "a byte changed", "empty", "not ours", "a bad pickle"],
)
def test_cache_rebuilds_a_damaged_file_without_an_error(
    cache_dir: Path, tmp_path: Path, damage: str
) -> None:
    source = tmp_path / "a.yaml"
    source.write_text("one", encoding="utf-8")
    build = Counted(source)
    _cache.cached("words", [source], build)
    [path] = _files(cache_dir)
    data = path.read_bytes()
    if damage == "truncated":
        path.write_bytes(data[: len(data) // 2])
    elif damage == "a byte changed":
        path.write_bytes(data[:-3] + bytes([data[-3] ^ 0xFF]) + data[-2:])
    elif damage == "empty":
        path.write_bytes(b"")
    elif damage == "not ours":
        path.write_bytes(b"\x80\x04K\x01.")
    else:  # the right header and checksum over a body that does not unpickle
        body = b"\x80\x05\x95garbage"
        head = len(_cache._MAGIC) + _cache._KEY_BYTES
        path.write_bytes(data[:head] + _cache._checksum(body) + body)
    assert _cache.cached("words", [source], build) == {"text": "one", "n": [1, 2, 3]}
    assert build.calls == 2
    assert _cache.cached("words", [source], build)["text"] == "one"
    assert build.calls == 2  # the file was written again, whole


@pytest.mark.parametrize(("our_code", "builds"), [(True, 2), (False, 1)])
def test_cache_an_edit_to_eventwire_makes_its_own_files_stale(
    cache_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    our_code: bool,
    builds: int,
) -> None:
    source = tmp_path / "a.yaml"
    source.write_text("one", encoding="utf-8")
    build = Counted(source)
    _cache.cached("words", [source], build, our_code=our_code)
    monkeypatch.setattr(_cache, "_code_digest", lambda: "an edited loader")
    _cache.cached("words", [source], build, our_code=our_code)
    assert build.calls == builds


@pytest.mark.parametrize("places", [_cache.KEEP_FILES + 3])
def test_cache_keeps_the_latest_files_of_a_kind(
    cache_dir: Path, tmp_path: Path, places: int
) -> None:
    source = tmp_path / "a.yaml"
    source.write_text("one", encoding="utf-8")
    for n in range(places):
        _cache.cached("words", [source], Counted(source), variant=f"copy {n}")
    kept = _files(cache_dir)
    assert len(kept) == _cache.KEEP_FILES
    build = Counted(source)
    _cache.cached("words", [source], build, variant=f"copy {places - 1}")
    assert build.calls == 0  # the latest is among them


@pytest.mark.parametrize("setting", ["off", ""])
def test_cache_off_builds_every_time(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, setting: str
) -> None:
    monkeypatch.setenv("EVENTWIRE_CACHE_DIR", setting)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    source = tmp_path / "a.yaml"
    source.write_text("one", encoding="utf-8")
    build = Counted(source)
    _cache.cached("words", [source], build)
    _cache.cached("words", [source], build)
    assert build.calls == 2
    assert not (tmp_path / "xdg").exists()


@pytest.mark.parametrize("blocker", ["a file where the folder goes"])
def test_cache_that_cannot_be_written_still_builds(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, blocker: str
) -> None:
    (tmp_path / "cache").write_text(blocker, encoding="utf-8")
    monkeypatch.setenv("EVENTWIRE_CACHE_DIR", str(tmp_path / "cache"))
    source = tmp_path / "a.yaml"
    source.write_text("one", encoding="utf-8")
    build = Counted(source)
    assert _cache.cached("words", [source], build)["text"] == "one"
    assert _cache.cached("words", [source], build)["text"] == "one"
    assert build.calls == 2
    assert list(tmp_path.glob("**/*.tmp")) == []


@pytest.mark.parametrize("message", ["words.yaml:3: a word is missing."])
def test_cache_build_that_raises_writes_nothing(
    cache_dir: Path, tmp_path: Path, message: str
) -> None:
    def build() -> None:
        raise DictionaryError(message)

    with pytest.raises(DictionaryError) as caught:
        _cache.cached("words", [tmp_path / "words.yaml"], build)
    assert str(caught.value) == message
    assert not cache_dir.exists() or _files(cache_dir) == []


@dataclass(frozen=True, slots=True)
class Office:
    title: str
    start: str | None = None


@pytest.mark.parametrize("start", [None, "2019-05-01"])
def test_cache_keeps_frozen_slot_dataclasses_and_their_sharing(
    cache_dir: Path, tmp_path: Path, start: str | None
) -> None:
    office = Office("foreign minister", start)
    value = {"a": (office,), "b": (office,)}
    source = tmp_path / "a.yaml"
    source.write_text("one", encoding="utf-8")
    _cache.cached("offices", [source], lambda: value)
    back = _cache.cached("offices", [source], lambda: pytest.fail("built again"))
    assert back == value
    assert back["a"][0] is back["b"][0]


# -- the actor base -----------------------------------------------------------------------
@pytest.fixture
def actors_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the bundled hand-written actor dictionaries (without the converted
    Phoenix files), loaded as the bundled folder, as if a developer edited those."""
    folder = tmp_path / "actors"
    folder.mkdir()
    for name in HAND_WRITTEN:
        shutil.copy(dictionary_path(f"actors/{name}.yaml"), folder)
    bundled = dictionary.dictionary_path

    def dictionary_path_here(relative: str) -> Path:
        return folder if relative == "actors" else bundled(relative)

    monkeypatch.setattr(dictionary, "dictionary_path", dictionary_path_here)
    monkeypatch.setattr(actor_base, "dictionary_path", dictionary_path_here)
    return folder


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize("words", ["harbour commissioners"])
def test_actor_base_cache_is_rebuilt_after_a_dictionary_edit(
    cache_dir: Path, actors_dir: Path, words: str
) -> None:
    fresh = ActorBase.load()
    assert ActorBase.load() == fresh  # read from the file
    assert ActorBase.load(actors_dir) == fresh  # the same folder, named
    assert surface_key(words) not in fresh.terms
    _edit(
        actors_dir / "roles.yaml",
        "words: [government,",
        f"words: [{words}, government,",
    )
    edited = ActorBase.load()
    assert edited.terms[surface_key(words)].sector == "GOV"
    assert len(_files(cache_dir)) == 1


@pytest.mark.parametrize(
    "message",
    [
        'actors/countries.yaml:1: missing "license"; every dictionary starts with '
        "name, version, source, license."
    ],
)
def test_actor_base_cache_keeps_the_dictionary_errors(
    cache_dir: Path, actors_dir: Path, message: str
) -> None:
    ActorBase.load()
    path = actors_dir / "countries.yaml"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(x for x in lines if not x.startswith("license:")))
    with pytest.raises(DictionaryError) as caught:
        ActorBase.load()
    assert str(caught.value) == message


@pytest.mark.parametrize("phoenix", [True, False])
def test_actor_base_cache_keeps_each_option_apart(
    cache_dir: Path, actors_dir: Path, phoenix: bool
) -> None:
    shutil.copy(dictionary_path("actors/phoenix_agents.yaml"), actors_dir)
    ActorBase.load(phoenix=not phoenix)
    built = ActorBase.load.__wrapped__(ActorBase, phoenix=phoenix)  # type: ignore[attr-defined]
    assert ActorBase.load(phoenix=phoenix) == built
    assert ActorBase.load(phoenix=phoenix) == built  # from its file
    assert len(_files(cache_dir)) == 2


@pytest.mark.parametrize("calls", [({}, {"phoenix": True})])
def test_actor_base_cache_one_file_for_the_same_options(
    cache_dir: Path, actors_dir: Path, calls: tuple[dict[str, Any], ...]
) -> None:
    for options in calls:
        ActorBase.load(**options)
    assert len(_files(cache_dir)) == 1


@pytest.mark.parametrize("copies", [2])
def test_actor_base_cache_leaves_other_folders_alone(
    cache_dir: Path, tmp_path: Path, copies: int
) -> None:
    for n in range(copies):
        folder = tmp_path / f"copy{n}"
        folder.mkdir()
        for name in HAND_WRITTEN:
            shutil.copy(dictionary_path(f"actors/{name}.yaml"), folder)
        assert surface_key("president") in ActorBase.load(folder).terms
    assert not cache_dir.exists() or _files(cache_dir) == []


def _events(coder: Coder, article: Article) -> list[dict[str, Any]]:
    return [e.to_dict() for r in coder.code([article]) for e in r.events]


def test_cache_hit_codes_exactly_as_a_fresh_build(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    article = read_text(WIRE_COPY, "port-talks")
    with monkeypatch.context() as env:
        env.setenv("EVENTWIRE_CACHE_DIR", "off")
        fresh = _events(Coder(), article)
    Coder()  # writes the files
    assert "actors" in {p.name.split("-")[0] for p in _files(cache_dir)}

    def not_parsed(*args: Any) -> None:
        pytest.fail("the actor dictionaries were parsed again")

    monkeypatch.setattr(actor_base, "_load_people", not_parsed)
    assert _events(Coder(), article) == fresh
    assert len(fresh) >= 3
