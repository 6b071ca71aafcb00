"""Load and validate the YAML dictionaries that ship in ``eventwire/dictionaries/``.

Every mapping read here carries the line it starts on under the key ``__line__``, so a
validator can say ``actors/countries.yaml:212: ...``. A dictionary file starts with
``name``, ``version``, ``source`` and ``license``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from .errors import DictionaryError

LINE = "__line__"
HEADER_KEYS = ("name", "version", "source", "license")


class _LineLoader(yaml.SafeLoader):
    pass


# YAML 1.1 reads on/off/yes/no as booleans; in dictionaries they are words ("call on").
_LineLoader.yaml_implicit_resolvers = {
    first: [
        (tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"
    ]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_LineLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool",
    re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
    list("tTfF"),
)


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict[str, Any]:
    keys_seen: dict[Any, int] = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node)  # type: ignore[no-untyped-call]
        if key in keys_seen:
            raise DictionaryError(
                f"{loader.name}:{key_node.start_mark.line + 1}: key {key!r} is already "
                f"defined at line {keys_seen[key]}."
            )
        keys_seen[key] = key_node.start_mark.line + 1
    mapping = loader.construct_mapping(node, deep=True)
    mapping[LINE] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG,
    _construct_mapping,  # type: ignore[arg-type]
)


class _FastLineLoader(getattr(yaml, "CSafeLoader", _LineLoader)):  # type: ignore[misc]
    """libyaml's parser with the same resolvers and constructors: the dictionaries load
    ten times faster. A file it rejects is read again by the Python parser, whose
    messages are the ones users see."""

    yaml_implicit_resolvers = _LineLoader.yaml_implicit_resolvers
    yaml_constructors = _LineLoader.yaml_constructors


def _parse(text: str, label: str, loader_class: type) -> Any:
    loader = loader_class(text)
    loader.name = label
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()


def dictionary_path(relative: str) -> Path:
    """The installed path of a bundled dictionary, e.g. ``actors/countries.yaml``."""
    return Path(str(resources.files("eventwire") / "dictionaries" / relative))


def load_yaml(path: str | Path, label: str | None = None) -> dict[str, Any]:
    """Read one dictionary file; every mapping in it gets a ``__line__``."""
    path = Path(path)
    label = label or path.name
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DictionaryError(f"{label}: no such dictionary file.") from None
    try:
        data = _parse(text, label, _FastLineLoader)
    except yaml.YAMLError:
        try:
            data = _parse(text, label, _LineLoader)
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark
            line = mark.line + 1 if mark else 0
            raise DictionaryError(
                f"{label}:{line}: not valid YAML ({exc.problem})."
            ) from None
    if not isinstance(data, dict):
        raise DictionaryError(
            f"{label}:1: expected a mapping with {', '.join(HEADER_KEYS)}."
        )
    for key in HEADER_KEYS:
        if key not in data:
            raise DictionaryError(
                f'{label}:1: missing "{key}"; every dictionary starts with {", ".join(HEADER_KEYS)}.'
            )
    return data


def load_bundled(relative: str) -> dict[str, Any]:
    return load_yaml(dictionary_path(relative), label=relative)


def require_list(data: dict[str, Any], key: str, label: str) -> list[dict[str, Any]]:
    items = data.get(key)
    if not isinstance(items, list):
        raise DictionaryError(
            f'{label}:{data.get(LINE, 1)}: expected a list under "{key}".'
        )
    for item in items:
        if not isinstance(item, dict):
            raise DictionaryError(
                f'{label}: every item under "{key}" must be a mapping; found {item!r}.'
            )
    return items


def as_str_list(entry: dict[str, Any], key: str, label: str) -> list[str]:
    """A field that may be a string or a list of strings; missing means []."""
    value = entry.get(key)
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, Iterable) and all(
        isinstance(v, (str, int, float)) for v in value
    ):
        return [str(v) for v in value]
    raise DictionaryError(
        f'{label}:{entry.get(LINE, "?")}: "{key}" is {value!r}; expected a string or a list of strings.'
    )


def where(label: str, entry: dict[str, Any]) -> str:
    return f"{label}:{entry.get(LINE, '?')}"
