"""Every development gold file, every measure of ``eventwire evaluate``, in one table.

    python bench/dev_scores.py [FOLDER] [--model M] [--json OUT]

Codes each ``*.jsonl`` file in FOLDER (default ``../shared/gold/dev``, read in place)
once, ``wire_sentences.jsonl`` first, scores it with the strict and the lenient actor
matching, and prints a markdown table to stdout: a row per measure, a column per file.
The scoring is ``eventwire.evaluate``; this script only gathers the files.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from eventwire.errors import EventwireError
from eventwire.evaluate import (
    coder_functions,
    evaluate_matchings,
    markdown_summary,
    read_gold,
)

GOLD_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "gold" / "dev"
FIRST = "wire_sentences.jsonl"

HEADER = """\
## eventwire on the development gold

Actor-dependent measures have a row for each matching: strict (codes agree; the gold's
head word or most of its words) and lenient (the old matcher: one shared word).
P / R / F1 is precision / recall / F1. "–": the file has no such measure.

- `cameo_manual_conflibert` and `plover_gsr_cameo_manual` are **in-sample**: the coder's
  patterns were written from the CAMEO manual, and these two files are mostly the same
  sentences (the manual's examples). Their figures are not evidence for news text.
- `wire_sentences` (real wire sentences, silver standard) is the closest to the news the
  coder is judged on.
- `case2021_task2_test`: `plover` there is a suggestion, not gold; "silent" subtypes are
  the ones with no suggested category.
"""


def ordered(folder: Path) -> list[Path]:
    """The gold files, ``wire_sentences.jsonl`` first, then by name."""
    return sorted(folder.glob("*.jsonl"), key=lambda p: (p.name != FIRST, p.name))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=GOLD_DIR)
    parser.add_argument("--model", help="spaCy English model to use.")
    parser.add_argument("--json", type=Path, help="Also write every report here.")
    args = parser.parse_args(argv)
    files = ordered(args.folder)
    if not files:
        print(f"Error: {args.folder}: no .jsonl gold files there.", file=sys.stderr)
        return 1
    code_fn, place_country = coder_functions(args.model)
    columns = []
    try:
        for path in files:
            print(f"coding {path.name} ...", file=sys.stderr)
            reports = evaluate_matchings(
                read_gold(path), code_fn, str(path), place_country=place_country
            )
            columns.append((path.stem, reports))
    except EventwireError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 1
    print(HEADER)
    print(markdown_summary(columns))
    if args.json:
        args.json.write_text(
            json.dumps(
                [r.as_dict() for _, reports in columns for r in reports.values()],
                indent=2,
            ),
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
