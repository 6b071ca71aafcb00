"""Searching the actor base (``eventwire.actors.base.ActorBase``) by name or alias.

Each term of the base (a country's names, demonyms and capitals, an organisation's
names, a role word, a person's name and aliases) is shown with the code the coder gives
it when it names an actor on its own: a country ``RUS``, a capital ``RUSGOV`` (the
government it stands for), an organisation its code, a role word its sector, a person
the code of their latest office.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from ..actors.base import ActorBase, Term


@dataclass(frozen=True)
class Entry:
    code: str
    name: str
    kind: str
    text: str  # the name or alias
    folded: str  # text.casefold(), what a query is matched against


@functools.cache
def entries() -> tuple[Entry, ...]:
    """Every term of the base, loaded once per process."""
    base = ActorBase.load()
    terms: list[Term] = list(base.terms.values())
    for shared in base.shared_aliases.values():
        terms.extend(shared)
    out = []
    for term in terms:
        code, name = _code_and_name(base, term)
        if code:
            out.append(Entry(code, name, term.kind, term.text, term.text.casefold()))
    return tuple(out)


def _code_and_name(base: ActorBase, term: Term) -> tuple[str | None, str]:
    if term.kind == "org":
        return term.code, term.name or term.text
    if term.kind == "role":
        return term.sector, term.text
    if term.kind == "person":
        role = base.person_role(term, None)
        if role is None:
            return None, term.name or term.text
        org = base.organizations.get(role.org) if role.org else None
        code = (
            org.code if org is not None else (role.country or "") + (role.sector or "")
        )
        return code or None, term.name or term.text
    country = term.country or ""
    return country + (term.sector or ""), base.countries.get(country, term.text)


def search(query: str, limit: int) -> list[dict[str, Any]]:
    """Actors whose name or alias contains ``query`` (case-insensitive): names that
    start with it first, then shorter names; one entry per actor (code and name)."""
    q = " ".join(query.split()).casefold()
    found: dict[tuple[str, str, str], tuple[tuple[int, int, str], Entry]] = {}
    for entry in entries():
        at = entry.folded.find(q)
        if at < 0:
            continue
        rank = (0 if at == 0 else 1, len(entry.folded), entry.folded)
        key = (entry.code, entry.name, entry.kind if entry.kind == "role" else "")
        if key not in found or rank < found[key][0]:
            found[key] = (rank, entry)
    best = sorted(found.values(), key=lambda pair: (pair[0], pair[1].code))
    return [
        {"code": e.code, "name": e.name, "kind": e.kind, "matched": e.text}
        for _, e in best[:limit]
    ]
