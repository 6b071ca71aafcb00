"""CAMEO event codes with their names, Goldstein scores, QuadClass and PLOVER category."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..dictionary import LINE, load_bundled
from ..errors import DictionaryError

_LABEL = "ontology/cameo.yaml"
PLOVER_CATEGORIES = frozenset(
    [
        "AGREE",
        "CONSULT",
        "SUPPORT",
        "COOPERATE",
        "AID",
        "RETREAT",
        "REQUEST",
        "ACCUSE",
        "REJECT",
        "THREATEN",
        "PROTEST",
        "MOBILIZE",
        "SANCTION",
        "COERCE",
        "ASSAULT",
        "CONCEDE",
    ]
)


@dataclass(frozen=True)
class CameoCode:
    code: str
    name: str
    goldstein: float
    quad_class: int
    plover: str | None
    plover_mode: str | None
    plover_context: str | None

    @property
    def root(self) -> str:
        return self.code[:2]


class Ontology:
    """Every CAMEO code, looked up by its string ("0871")."""

    def __init__(self, codes: dict[str, CameoCode]) -> None:
        self.codes = codes

    def __contains__(self, code: object) -> bool:
        return code in self.codes

    def __getitem__(self, code: str) -> CameoCode:
        return self.codes[code]

    def roots(self) -> list[str]:
        return sorted(c for c in self.codes if len(c) == 2)


@lru_cache(maxsize=1)
def load_ontology() -> Ontology:
    data = load_bundled(_LABEL)
    raw = data.get("codes")
    if not isinstance(raw, dict):
        raise DictionaryError(f'{_LABEL}: expected a mapping under "codes".')
    codes: dict[str, CameoCode] = {}
    for code, row in raw.items():
        if code == LINE:
            continue
        if not isinstance(code, str) or not re.fullmatch(r"\d{2,4}", code):
            raise DictionaryError(
                f'{_LABEL}: code {code!r} must be a quoted string of 2 to 4 digits like "0871".'
            )
        if not isinstance(row, list) or len(row) != 6:
            raise DictionaryError(
                f"{_LABEL}: code {code}: expected [name, goldstein, quad_class, plover, mode, context]."
            )
        name, goldstein, quad, plover, mode, context = row
        if plover is not None and plover not in PLOVER_CATEGORIES:
            raise DictionaryError(
                f"{_LABEL}: code {code}: unknown PLOVER category {plover!r}."
            )
        if quad not in (1, 2, 3, 4):
            raise DictionaryError(
                f"{_LABEL}: code {code}: QuadClass must be 1 to 4; found {quad!r}."
            )
        codes[code] = CameoCode(
            code, str(name), float(goldstein), int(quad), plover, mode, context
        )
    for code in codes:
        if len(code) > 2 and code[:2] not in codes:
            raise DictionaryError(f"{_LABEL}: code {code} has no root {code[:2]}.")
    return Ontology(codes)
