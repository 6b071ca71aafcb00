"""CAMEO.2.0.txt verbs the pattern dictionary does not use yet, code by code.

    python tools/cameo_verbs.py [--dictionary CAMEO.2.0.txt] [--patterns FILE_OR_DIR]
                                [--code CODE ...] [--all]

Reads the PETRARCH2/Phoenix verb dictionary (``../shared/reference/phoenix/CAMEO.2.0.txt``,
read in place, never copied into the repo) and the project's event patterns
(``src/eventwire/dictionaries/events/``), and prints a markdown report: for each CAMEO code
the patterns give, the CAMEO.2.0 verbs that are filed under that code and are in none of
that code's patterns, in two kinds:

- synonyms: the verbs of a synonym set whose block (or the verb itself) carries the code
  (``--- RELEASE [080] ---`` files LIBERATE under 080);
- phrases: a verb with the words of a phrase pattern that carries the code
  (``- * PRISONERS [0841] # RELEASE`` files "release + prisoners" under 0841), with the
  ``&SET`` names of the dictionary expanded to their first few members.

The report is a worklist, not a converter into patterns: CAMEO.2.0's sets mix senses (FREE
sits next to ELECTION and POLLS; RELEASE next to STATEMENT and REPORT), and PETRARCH-style
coders that used them as they are over-generated about threefold. Each verb taken from it
goes into ``patterns.yaml`` by hand, with the object or particle that keeps it precise, and
is checked on the development gold before it stays. ``--all`` also lists the codes that no
pattern gives.

Provenance: CAMEO.2.0.txt is from openeventdata/petrarch2 (commit 676801cd9cb2),
Copyright (c) 2015 Open Event Data Alliance, under the MIT licence, whose notice is repeated
here as that licence asks:

    Permission is hereby granted, free of charge, to any person obtaining a copy of this
    software and associated documentation files (the "Software"), to deal in the Software
    without restriction, including without limitation the rights to use, copy, modify,
    merge, publish, distribute, sublicense, and/or sell copies of the Software, and to
    permit persons to whom the Software is furnished to do so, subject to the following
    conditions: The above copyright notice and this permission notice shall be included in
    all copies or substantial portions of the Software. THE SOFTWARE IS PROVIDED "AS IS",
    WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE
    WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN
    NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR
    OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT
    OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
DICTIONARY = REPO.parent / "shared" / "reference" / "phoenix" / "CAMEO.2.0.txt"
PATTERNS = REPO / "src" / "eventwire" / "dictionaries" / "events"

_BLOCK = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]")
_CODE = re.compile(r"\[([^\]]*)\]")
_CODE_SHAPE = re.compile(r"^\d{2,4}$")
_SET_SHOWN = 3  # members of an &SET shown in a phrase


@dataclass
class Phrase:
    verb: str  # lower case, words joined by spaces
    words: str  # the pattern's words, lower case, &SETs expanded
    code: str
    reverse: bool  # "[:071]": the target does it (received a loan FROM the source)
    line: int


@dataclass
class VerbDictionary:
    """What CAMEO.2.0.txt files under each code."""

    synonyms: dict[str, dict[str, int]] = field(
        default_factory=lambda: defaultdict(dict)
    )  # code -> verb -> line
    phrases: dict[str, list[Phrase]] = field(default_factory=lambda: defaultdict(list))


def _code_of(text: str) -> tuple[str | None, bool]:
    """The event code of a ``[A]``, ``[A:B]`` or ``[:B]`` field, and whether it is the
    target's (reversed); None for ``[---]`` and for anything not a code."""
    source, _, target = text.strip().partition(":")
    source, target = source.strip(), target.strip()
    if _CODE_SHAPE.match(source):
        return source, False
    if not source and _CODE_SHAPE.match(target):
        return target, True
    return None, False


def _words(token: str) -> str:
    """``+SET_FREE`` / ``SET_FREE_`` -> "set free"."""
    return " ".join(w for w in token.strip("+").lower().split("_") if w)


def read_dictionary(path: Path) -> VerbDictionary:
    """Parse the synonym sets and verb blocks of a PETRARCH2 verb dictionary."""
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    sets: dict[str, list[str]] = {}
    current_set: str | None = None
    out = VerbDictionary()
    block_code: str | None = None
    block_verbs: list[str] = []
    in_verbs = False
    for n, raw in enumerate(lines, 1):
        text = raw.split("#", 1)[0].rstrip()
        if raw.startswith("####### VERB PATTERNS"):
            in_verbs, current_set = True, None
            continue
        if raw.startswith("######## TRANSFORMATIONS"):
            break
        if not in_verbs:
            if text.startswith("&"):
                current_set = text.strip()
                sets[current_set] = []
            elif text.startswith("+") and current_set is not None:
                sets[current_set].append(_words(text.split()[0]))
            elif not text.strip():
                current_set = None
            continue
        block = _BLOCK.match(text)
        if block:
            block_code, _ = _code_of(block.group(2))
            block_verbs = []
            continue
        if not text.strip():
            continue
        if text.startswith("-"):
            code_field = _CODE.search(text)
            if code_field is None:
                continue
            code, reverse = _code_of(code_field.group(1))
            if code is None:
                continue
            body = text[1 : code_field.start()].split()
            # the comment names the verb the pattern was written for ("# RELEASE"),
            # among coders' initials and dates
            comment = raw.split("#", 1)[1] if "#" in raw else ""
            named = [_words(v) for v in re.split(r"[,\s]+", comment) if v]
            verbs = [v for v in named if v in block_verbs] or block_verbs[:1]
            after = body[body.index("*") + 1 :] if "*" in body else body
            words = " ".join(
                _expand(w, sets) for w in after if w not in ("$", "+", "%")
            )
            for verb in dict.fromkeys(verbs):
                out.phrases[code].append(Phrase(verb, words, code, reverse, n))
            continue
        token = text.split()[0]
        verb = _words(token.split("{")[0])
        if not verb:
            continue
        block_verbs.append(verb)
        own = _CODE.search(text)
        code = _code_of(own.group(1))[0] if own else block_code
        if code is not None:
            out.synonyms[code].setdefault(verb, n)
    return out


def _expand(word: str, sets: dict[str, list[str]]) -> str:
    cleaned = word.strip("(){}^")
    if cleaned.startswith("&") and cleaned in sets:
        members = sets[cleaned][:_SET_SHOWN]
        more = "|..." if len(sets[cleaned]) > _SET_SHOWN else ""
        shown = "|".join(members) + more
        return word.replace(cleaned, f"{cleaned}({shown})").lower()
    return word.lower().replace("_", " ")


def read_patterns(path: Path) -> dict[str, dict[str, set[str]]]:
    """Code -> pattern id -> trigger lemmas, from one pattern file or a folder of them."""
    files = sorted(path.glob("*.yaml")) if path.is_dir() else [path]
    out: dict[str, dict[str, set[str]]] = defaultdict(dict)
    for file in files:
        data = yaml.safe_load(file.read_text(encoding="utf-8")) or {}
        for entry in data.get("patterns") or []:
            lemmas = next((entry[k] for k in ("verb", "noun", "adj") if k in entry), [])
            out[str(entry["code"])][str(entry["id"])] = {str(x).lower() for x in lemmas}
    return out


def report(
    dictionary: VerbDictionary,
    patterns: dict[str, dict[str, set[str]]],
    codes: Iterable[str] | None = None,
    show_all: bool = False,
) -> str:
    """The markdown worklist: per code, the CAMEO.2.0 verbs none of its patterns has."""
    wanted = set(codes) if codes else None
    known = set(patterns)
    if show_all:
        known |= set(dictionary.synonyms) | set(dictionary.phrases)
    lines = ["# CAMEO.2.0 verbs not yet in the pattern dictionary", ""]
    for code in sorted(known):
        if wanted is not None and code not in wanted:
            continue
        used = (
            set().union(*patterns.get(code, {}).values()) if code in patterns else set()
        )
        synonyms = [v for v in dictionary.synonyms.get(code, {}) if v not in used]
        phrases = [p for p in dictionary.phrases.get(code, []) if p.verb not in used]
        if not synonyms and not phrases:
            continue
        ids = ", ".join(sorted(patterns.get(code, {}))) or "no pattern"
        lines.append(f"## {code} ({ids})")
        if synonyms:
            lines.append(f"- synonyms: {', '.join(sorted(synonyms))}")
        by_verb: dict[str, list[Phrase]] = defaultdict(list)
        for p in phrases:
            by_verb[p.verb].append(p)
        for verb in sorted(by_verb):
            shown = " | ".join(
                dict.fromkeys(
                    (p.words or "-") + (" (reversed)" if p.reverse else "")
                    for p in by_verb[verb]
                )
            )
            where = ", ".join(str(p.line) for p in by_verb[verb])
            lines.append(f"- {verb}: {shown} [lines {where}]")
        lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dictionary", type=Path, default=DICTIONARY)
    parser.add_argument("--patterns", type=Path, default=PATTERNS)
    parser.add_argument("--code", action="append", help="Only this CAMEO code.")
    parser.add_argument(
        "--all", action="store_true", help="Also the codes no pattern gives."
    )
    args = parser.parse_args(argv)
    for path, what in (
        (args.dictionary, "verb dictionary"),
        (args.patterns, "patterns"),
    ):
        if not path.exists():
            print(
                f"Error: {path}: no such file or folder; expected the {what} "
                "(see --help).",
                file=sys.stderr,
            )
            return 1
    print(
        report(
            read_dictionary(args.dictionary),
            read_patterns(args.patterns),
            args.code,
            args.all,
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
