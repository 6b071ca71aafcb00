"""``python -m eventwire.corpus N -o FILE.jsonl [--seed S]``: write invented articles."""

from __future__ import annotations

import sys

from eventwire.corpus import main

if __name__ == "__main__":
    sys.exit(main())
