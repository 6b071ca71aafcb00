"""Every bundled dictionary validates; a broken one says file:line and what is wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.actors.base import ActorBase
from eventwire.dictionary import dictionary_path
from eventwire.errors import DictionaryError
from eventwire.events.ontology import load_ontology
from eventwire.events.patterns import load_patterns

HEADER = "name: test\nversion: 1\nsource: tests\nlicense: MIT\n"


def test_dictionaries_bundled_ones_load() -> None:
    ontology = load_ontology()
    book = load_patterns()
    base = ActorBase.load()
    assert len(ontology.roots()) == 20
    assert len(base.countries) >= 193
    assert all(p.code in ontology for p in book.patterns)


@pytest.mark.parametrize(
    ("code", "name", "goldstein", "quad", "plover"),
    [
        ("013", "Make optimistic comment", 0.4, 1, None),
        ("0256", "Appeal for de-escalation of military engagement", -0.3, 1, "REQUEST"),
        ("072", "Provide military aid", 8.3, 2, "AID"),
        ("0871", "Declare truce, ceasefire", 9.0, 2, "RETREAT"),
        ("163", "Impose embargo, boycott, or sanctions", -8.0, 4, "COERCE"),
        ("195", "Employ aerial weapons", -10.0, 4, "ASSAULT"),
    ],
)
def test_dictionaries_ontology_facts(
    code: str, name: str, goldstein: float, quad: int, plover: str | None
) -> None:
    info = load_ontology()[code]
    assert (info.name, info.goldstein, info.quad_class, info.plover) == (
        name,
        goldstein,
        quad,
        plover,
    )


def test_dictionaries_on_and_off_stay_words(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    body = (
        'patterns:\n  - {id: a, code: "164", verb: [call], with: [off, on, yes, no]}\n'
    )
    path.write_text(HEADER + body, encoding="utf-8")
    (pattern,) = load_patterns(path).patterns
    assert pattern.with_ == frozenset({"on", "off", "yes", "no"})


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            'patterns:\n  - {id: a, code: "999", verb: [attack]}\n',
            '{path}:6: "code" is \'999\'; expected a CAMEO code from ontology/cameo.yaml, quoted, like "0871".',
        ),
        (
            'patterns:\n  - {id: a, code: "190", verb: [attack]}\n  - {id: a, code: "190", verb: [hit]}\n',
            '{path}:7: pattern "a" is already defined at {path}:6.',
        ),
        (
            'patterns:\n  - {id: a, code: "190", verb: [attack], colour: red}\n',
            "{path}:6: unknown field 'colour'; expected some of adj, block, code, id, modifier, negated, noun, object, recipient, reverse, solo, verb, with, xcomp.",
        ),
        (
            'patterns:\n  - {id: a, code: "190"}\n',
            '{path}:6: pattern "a" needs exactly one of verb, noun, adj.',
        ),
        (
            "patterns: [\n",
            "{path}:6: not valid YAML (expected the node content, but found '<stream end>').",
        ),
    ],
)
def test_dictionaries_pattern_errors_name_file_and_line(
    tmp_path: Path, body: str, message: str
) -> None:
    path = tmp_path / "p.yaml"
    path.write_text(HEADER + body, encoding="utf-8")
    with pytest.raises(DictionaryError) as info:
        load_patterns(path)
    assert str(info.value) == message.format(path=path)


@pytest.mark.parametrize(
    ("file", "body", "message"),
    [
        (
            "countries.yaml",
            "countries:\n  - {code: RU, name: Russia}\n",
            "actors/countries.yaml:6: country code is 'RU'; expected three capital letters (ISO 3166-1 alpha-3) like \"RUS\".",
        ),
        (
            "countries.yaml",
            "countries:\n  - {code: RUS, name: Russia, capitals: [Moscow]}\n  - {code: USA, name: United States, capitals: [Moscow]}\n",
            'actors/countries.yaml:7: "Moscow" is already defined at actors/countries.yaml:6.',
        ),
    ],
)
def test_dictionaries_actor_errors_name_file_and_line(
    tmp_path: Path, file: str, body: str, message: str
) -> None:
    src = dictionary_path("actors")
    for name in ("countries.yaml", "organizations.yaml", "roles.yaml", "people.yaml"):
        (tmp_path / name).write_text(
            (src / name).read_text(encoding="utf-8"), encoding="utf-8"
        )
    (tmp_path / file).write_text(HEADER + body, encoding="utf-8")
    with pytest.raises(DictionaryError) as info:
        ActorBase.load(tmp_path)
    assert str(info.value) == message


def test_dictionaries_grammar_is_given_once(tmp_path: Path) -> None:
    for name in ("a.yaml", "b.yaml"):
        (tmp_path / name).write_text(
            HEADER + "speech:\n  verbs: [say]\n", encoding="utf-8"
        )
    with pytest.raises(DictionaryError) as info:
        load_patterns(tmp_path)
    assert (
        str(info.value)
        == f'{tmp_path / "b.yaml"}: "speech" is already given in {tmp_path / "a.yaml"}.'
    )
