"""Actors the text implies but does not name: the unidentified attackers of a rocket
attack, the authorities who made an arrest, the civilians of a protest, the country of
the place a clause names."""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.resolve import Mention
from ..records import Actor, actor_code
from ._state import Context
from ._syntax import _PASS_SUBJ, _PLACE_PREPS, _SUBJ
from .arguments import Arguments
from .patterns import Pattern


class ImpliedActors(Arguments):
    def _protesters(self, word: Token) -> bool:
        """Is this a word for people who protest ("protesters", "rioters")?"""
        cands = self._cands("noun", word)
        # "protesters" names only protest; "strikes" may be air strikes too
        return bool(cands) and all(p.code.startswith("14") for p in cands)

    def _place_recipient(self, tok: Token) -> Mention | None:
        """The country of the place a clause names ("in south Lebanon", "from Panama")."""
        holders = [tok, *(c for c in tok.children if c.dep_ == "dobj")]
        for h in holders:
            for prep in h.children:
                if prep.dep_ != "prep" or prep.lower_ not in _PLACE_PREPS | {
                    "from",
                    "into",
                    "to",
                }:
                    continue
                for obj in prep.children:
                    if obj.dep_ != "pobj" or obj.ent_type_ not in ("GPE", "LOC"):
                        continue
                    ent = next(
                        (e for e in self.sent.ents if e.start <= obj.i < e.end), None
                    )
                    name = ent.text if ent is not None else obj.text
                    country = self.c.place_country(
                        name, [c for _, c in self.memory.countries]
                    )
                    if country:
                        actor = Actor(
                            name,
                            country,
                            country,
                            None,
                            None,
                            why=f'"{name}" is in {country}',
                        )
                        return Mention(actor, obj.i, obj.i, obj.i + 1)
        return None

    def _unattributed(self, code: str) -> bool:
        return (
            code.startswith(self.book.unattributed) if self.book.unattributed else False
        )

    def _weapon_did_it(self, tok: Token, code: str) -> bool:
        """ "Rockets hit the town" (any attack code), "shells were fired at the base"
        (the attack codes that may go unattributed): a weapon, no attacker."""
        for c in tok.children:
            if c.dep_ in _SUBJ and c.lemma_.lower() in self.book.munitions:
                return code[:2] in ("18", "19", "20")
            if c.dep_ in _PASS_SUBJ:
                no_agent = not any(g.dep_ == "agent" for g in tok.children)
                return no_agent and self._unattributed(code)
        return False

    def _by_authorities(self, tok: Token, code: str) -> bool:
        """ "Dozens were arrested": an arrest with no agent is the state's doing."""
        if not self.book.by_authorities or not code.startswith(
            self.book.by_authorities
        ):
            return False
        passive = any(c.dep_ in _PASS_SUBJ for c in tok.children)
        return passive and not any(c.dep_ == "agent" for c in tok.children)

    def _crowd_did_it(self, tok: Token, code: str) -> bool:
        """ "Thousands demonstrated": a protest whose subject is a crowd, not an actor."""
        if not self.book.by_civilians or not code.startswith(self.book.by_civilians):
            return False
        return any(
            c.dep_ in _SUBJ and c.lemma_.lower() in self.book.crowds
            for c in tok.children
        )

    def _civilians(
        self, tok: Token, pattern: Pattern | None, ctx: Context
    ) -> list[Mention]:
        """The civilians of the country a protest is against or in, or of the one
        country the story names; none otherwise (the nearest country is too weak a
        guess: "since the Arab Spring protests toppled autocrats", said in Moscow)."""
        targets = self._recipients(tok, pattern, ctx) if pattern else []
        country = next((t.actor.country for t in targets if t.actor.country), None)
        if country is None:
            place = self._place_recipient(tok)
            country = place.actor.country if place is not None else None
        if country is None and len({c for _, c in self.memory.countries}) == 1:
            country = self.memory.main_country
        if country is None:
            return []
        actor = Actor(
            "protesters",
            actor_code(country, "CVL"),
            country,
            "CVL",
            None,
            why=f'the text names the protest ("{tok.text}") but no group making it',
        )
        self._log(f"{actor.code}: protesters named by no group are civilians")
        return [Mention(actor, tok.i, tok.i, tok.i + 1)]

    def _authorities(self, tok: Token) -> Mention:
        place = self._place_recipient(tok)
        country = (
            place.actor.country if place is not None else self._context_country(tok)
        )
        actor = Actor(
            "the authorities",
            actor_code(country, "COP"),
            country,
            "COP",
            None,
            why="an arrest with no one named as making it is the authorities' doing",
        )
        return Mention(actor, tok.i, tok.i, tok.i + 1)

    def _unidentified(self, tok: Token, code: str) -> Mention:
        actor = Actor(
            "unidentified attackers",
            "UAF",
            None,
            "UAF",
            None,
            why=f'the text names the attack ("{tok.text}") but not who made it',
        )
        self._log(
            f"{code}: no attacker named; coded as unidentified armed forces (UAF)"
        )
        return Mention(actor, tok.i, tok.i, tok.i + 1)
