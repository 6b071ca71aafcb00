"""tools/cameo_verbs.py: the worklist of CAMEO.2.0 verbs the patterns do not use yet.

The dictionary below is written for these tests in the PETRARCH2 verb-file format.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

TOOL = Path(__file__).resolve().parents[1] / "tools" / "cameo_verbs.py"

DICTIONARY = """\
# a comment line
####### SYNONYM SETS #######

&CAPTIVE
+PRISONER
+HOSTAGE
+DETAINEE
+INMATE

####### VERB PATTERNS #######

---  LIBERATE   [080]  ---
+SET_FREE {+SETS_FREE +SETTING_FREE }
FREE {FREES FREEING FREED }
LIBERATE
UNCHAIN [0841]
- * &CAPTIVE                                  [0841]        # FREE
- * REPORT                                    [---]         # FREE
- * STATEMENT                                 [010]         # FREE

---  OBTAIN   [---]  ---
RECEIVE
- * LOAN                                      [:071]        # RECEIVE

######## TRANSFORMATIONS ##########
- NOT A PATTERN [0841]
"""

PATTERNS = """\
name: patterns
version: 1
source: test
license: MIT
patterns:
  - {id: verb.release, code: "0841", verb: [release, free]}
  - {id: receive.money, code: "071", verb: [get], object: [loan]}
"""


@pytest.fixture(scope="module")
def tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("cameo_verbs", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    # dataclasses look their module up by name
    sys.modules[spec.name] = module
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[spec.name]
    return module


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    dictionary = tmp_path / "CAMEO.test.txt"
    dictionary.write_text(DICTIONARY, encoding="utf-8")
    patterns = tmp_path / "patterns.yaml"
    patterns.write_text(PATTERNS, encoding="utf-8")
    return dictionary, patterns


def test_cameo_verbs_reads_synonyms_and_phrases(tool, files) -> None:
    found = tool.read_dictionary(files[0])
    # a verb takes its block's code unless it carries its own; [---] files nothing
    assert dict(found.synonyms) == {
        "080": {"set free": 13, "free": 14, "liberate": 15},
        "0841": {"unchain": 16},
    }
    phrases = {
        code: [(p.verb, p.words, p.reverse) for p in items]
        for code, items in found.phrases.items()
    }
    # the &SET shows its first three members; [:071] is the target's event; nothing
    # after the transformations header is read
    assert phrases == {
        "0841": [("free", "&captive(prisoner|hostage|detainee|...)", False)],
        "010": [("free", "statement", False)],
        "071": [("receive", "loan", True)],
    }


def test_cameo_verbs_reports_only_what_no_pattern_has(tool, files) -> None:
    found = tool.read_dictionary(files[0])
    text = tool.report(found, tool.read_patterns(files[1]))
    # 0841's patterns have "free": its phrase is not listed, "unchain" is; 071's
    # patterns lack "receive"; 080 and 010 have no pattern and stay out without --all
    assert text.splitlines() == [
        "# CAMEO.2.0 verbs not yet in the pattern dictionary",
        "",
        "## 071 (receive.money)",
        "- receive: loan (reversed) [lines 23]",
        "",
        "## 0841 (verb.release)",
        "- synonyms: unchain",
    ]
    every = tool.report(found, tool.read_patterns(files[1]), show_all=True)
    assert "## 080 (no pattern)\n- synonyms: free, liberate, set free" in every
    only = tool.report(found, tool.read_patterns(files[1]), codes=["071"])
    assert "## 0841" not in only and "## 071 (receive.money)" in only


def test_cameo_verbs_missing_dictionary_is_one_line(tool, files, capsys) -> None:
    missing = files[0].parent / "nowhere.txt"
    code = tool.main(["--dictionary", str(missing), "--patterns", str(files[1])])
    assert code == 1
    assert capsys.readouterr().err == (
        f"Error: {missing}: no such file or folder; expected the verb dictionary "
        "(see --help).\n"
    )
