"""Actors the text implies but does not name: the unidentified attackers of a rocket
attack, the authorities who made an arrest, the civilians of a protest, the country of
the place a clause names."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Token

from ..actors.resolve import Mention
from ..records import Actor, actor_code
from ._state import FORCE_ROOTS, Context
from ._syntax import _PASS_SUBJ, _PLACE_PREPS, _SUBJ, _lemma
from .arguments import Arguments
from .frames import Frames
from .patterns import Pattern

# places whose attack is an attack on the people there
_ATTACKED_PLACES = frozenset(
    "village villages town towns city market marketplace school schools mosque church "
    "temple hospital clinic camp camps neighborhood neighbourhood district settlement "
    "hotel restaurant mall bazaar station checkpoint compound base post wedding funeral "
    "home homes house houses residence".split()
)
# what the recipient made of an attacked place says of itself
ON_A_PLACE = "an attack on a place"
# places that are a force's own: an attack on them is on the force, not civilians
_MILITARY_PLACES = frozenset(
    "position positions barracks outpost outposts garrison trench trenches bunker "
    "bunkers base bases post posts".split()
)
_PLACES = _ATTACKED_PLACES | _MILITARY_PLACES
# what an appositive calls a town ("Goma, the capital of North Kivu province")
_TOWN_WORDS = frozenset("town city capital village port hub stronghold".split())
# what is fought when the fight itself is the object ("fought a border war")
_FIGHTS = frozenset(
    "war battle clash fight skirmish conflict gunfight firefight gunbattle duel "
    "insurgency".split()
)
_ARMED = frozenset({"MIL", "REB", "INS", "UAF", "SEP", "IMG"})


def _entity_text(tok: Token) -> str:
    """The text of the named entity ``tok`` is in (read from its neighbours: a span's
    ``ents`` builds the whole doc's)."""
    start, end = _entity_bounds(tok)
    return tok.doc[start:end].text


def _entity_bounds(tok: Token) -> tuple[int, int]:
    """The first token and the end of the named entity ``tok`` is in."""
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return start, end


# the divisions of a country a place may be named by ("Idlib province's Maarat al-Numan")
_DIVISIONS = frozenset(
    "province state region district county governorate department prefecture".split()
)


def _a_name(tok: Token) -> bool:
    """A place name (or a name the tagger took for something else: "in Rafah" as a
    LANGUAGE; the gazetteer decides)."""
    return tok.ent_type_ in ("GPE", "LOC") or (
        tok.pos_ == "PROPN" and tok.ent_type_ in _MISTAKEN
    )


def _place_names(obj: Token) -> Iterator[str]:
    """The names a place phrase gives, the place's own first, then the division it
    says the place is in ("in IDLIB province's Maarat al-Numan", "in KEBBI state's
    Argungu district")."""
    if _a_name(obj):
        yield _entity_text(obj)
    for p in obj.children:
        if p.dep_ != "poss":
            continue
        if _a_name(p):
            yield _entity_text(p)
        if p.lemma_.lower() in _DIVISIONS:
            words = [
                c for c in p.children if c.dep_ == "compound" and c.pos_ == "PROPN"
            ]
            if words:
                yield " ".join(w.text for w in words)


def _division_name(obj: Token) -> str | None:
    """The name of a division named before its word ("in SURIN province", "in the
    ENGA province highlands" as parsed)."""
    if obj.lemma_.lower() not in _DIVISIONS:
        return None
    words = [c for c in obj.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return " ".join(w.text for w in words) or None


def _under_prep(tok: Token, place: int) -> bool:
    """Is ``tok`` in a prepositional phrase under the place noun at ``place`` ("a
    mosque IN KABUL"), not one of its modifiers ("SYRIAN ARMY posts"), nor whom the
    place was taken from ("took the town FROM THE REBELS", as the parser hangs it)?"""
    cur = tok
    seen_prep = False
    for _ in range(8):
        if cur.i == place:
            return seen_prep
        if cur.dep_ == "prep" and cur.lower_ == "from" and cur.head.i == place:
            return False
        seen_prep = seen_prep or cur.dep_ == "prep"
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _armed(actor: Actor) -> bool:
    return actor.sector in _ARMED or actor.code.startswith("IMG")


# entity types the tagger gives a place name by mistake
_MISTAKEN = frozenset({"", "LANGUAGE", "NORP", "FAC", "PRODUCT"})

# "were killed/wounded in an attack": the attack's victims; "killed X in an air
# strike": the attack's maker
HARMED = frozenset({"kill", "wound", "injure", "hurt", "maim", "slay", "murder"})


class ImpliedActors(Frames, Arguments):
    def _protesters(self, word: Token) -> bool:
        """Is this a word for people who protest ("protesters", "rioters")?"""
        cands = self._cands("noun", word)
        # "protesters" names only protest; "strikes" may be air strikes too
        return bool(cands) and all(p.code.startswith("14") for p in cands)

    def _place_recipient(
        self, tok: Token, origins: bool = True, deep: bool = False
    ) -> Mention | None:
        """The country of the place a clause names ("in south Lebanon", "from Panama");
        not where it came from unless ``origins`` ("rockets fired FROM Gaza" were
        not fired at Gaza); with ``deep``, also where its place phrase is ("outside
        the French embassy IN NIAMEY")."""
        preps = _PLACE_PREPS | ({"from", "into", "to"} if origins else {"into", "to"})
        holders = [tok, *(c for c in tok.children if c.dep_ == "dobj")]
        if deep:
            holders += [
                g
                for c in tok.children
                if c.dep_ == "prep" and c.lower_ in _PLACE_PREPS
                for g in c.children
                if g.dep_ == "pobj"
            ]
        for h in holders:
            for prep in h.children:
                if prep.dep_ != "prep" or prep.lower_ not in preps:
                    continue
                for obj in prep.children:
                    if obj.dep_ != "pobj":
                        continue
                    for name in _place_names(obj):
                        country = self.c.place_country(
                            name, self.memory.story_countries
                        )
                        if country:
                            break
                    else:
                        # "in SURIN province": a division by its own name, a weak
                        # cue (the gazetteer matches loosely), trusted only for a
                        # country the story names
                        name = _division_name(obj)
                        country = (
                            self.c.place_country(name, self.memory.story_countries)
                            if name
                            else None
                        )
                        if country not in self.memory.story_countries:
                            continue
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
        (the attack codes that may go unattributed), "were killed by a roadside bomb"
        (any attack code): a weapon, no attacker. (Killed "by a car" is no attack.)"""
        if self._weapons(tok):
            return code[:2] in FORCE_ROOTS
        for c in tok.children:
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
        """The protesters (OPP) of the country a protest is in or against, or of the
        one country the story names; none otherwise (the nearest country is too weak a
        guess: "since the Arab Spring protests toppled autocrats", said in Moscow)."""
        # where it was held first: "demonstrated outside the French embassy in
        # Niamey" were Nigeriens
        place = self._place_recipient(tok, deep=True)
        country = place.actor.country if place is not None else None
        if country is None:
            targets = self._recipients(tok, pattern, ctx) if pattern else []
            country = next((t.actor.country for t in targets if t.actor.country), None)
        if country is None and len(self.memory.story_countries) == 1:
            country = self.memory.main_country
        if country is None:
            return []
        actor = Actor(
            "protesters",
            actor_code(country, "OPP"),
            country,
            "OPP",
            None,
            why=f'the text names the protest ("{tok.text}") but no group making it',
        )
        self._log(f"{actor.code}: protesters named by no group stand in opposition")
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

    def _unidentified(
        self, tok: Token, code: str, ctx: Context | None = None
    ) -> Mention:
        """Who made an attack the clause names no attacker of: the killer it was the
        means of; an armed actor named elsewhere in the sentence or in the one before
        ("Taliban fighters stormed the district. Rockets hit the market ...");
        unidentified attackers as the last resort."""
        killer = self._means_user(tok, ctx or Context())
        if killer is not None:
            self._log(
                f"{code}: the attack is how {killer.actor.code} "
                f"({killer.actor.text}) killed"
            )
            return Mention(killer.actor, tok.i, tok.i, tok.i + 1)
        named = self._weapon_owner(tok) or self._named_attacker(tok)
        if named is not None:
            self._log(
                f"{code}: no attacker in the clause; {named.actor.code} "
                f"({named.actor.text}) is named nearby"
            )
            return named
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

    def _means_user(self, tok: Token, ctx: Context) -> Mention | None:
        """ "Israel said it had killed the commander IN AN AIR STRIKE": an attack
        named as the means of a killing is made by the killer (the active subject)."""
        if tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "during", "with"):
            return None
        verb = tok.head.head
        if verb.pos_ != "VERB" or _lemma(verb) not in HARMED:
            return None
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return self._mention(subj, ctx) if subj is not None else None

    def _weapons(self, tok: Token) -> list[Token]:
        """The weapons a clause names as its doer: its subject ("rockets hit the
        town") or its passive agent ("killed by a roadside bomb"; not "by a car")."""
        found = []
        for c in tok.children:
            if c.dep_ in _SUBJ and _lemma(c) in self.book.munitions:
                found.append(c)
            elif c.dep_ == "agent":
                found.extend(
                    g
                    for g in c.children
                    if g.dep_ == "pobj"
                    and _lemma(g) in self.book.munitions
                    and _lemma(g) not in ("car", "vehicle")
                )
        return found

    def _weapon_owner(self, tok: Token) -> Mention | None:
        """ "hit by a HOUTHI missile", "the army's shells struck": whose weapon it was."""
        for w in self._weapons(tok):
            for c in w.children:
                if c.dep_ in ("poss", "compound", "amod", "nmod"):
                    m = self._mention(c, Context())
                    if m is not None:
                        return m
        return None

    def _named_attacker(self, tok: Token) -> Mention | None:
        """The armed actor named in this sentence outside what the attack was done to,
        else the last one named in the sentence before."""
        attacked = {
            t.i
            for c in tok.children
            if c.dep_ in ("dobj", "prep", "dative", "attr", "oprd", "nsubjpass")
            for t in c.subtree
        } | {tok.i}
        # "a roadside bomb struck a convoy, KILLING THREE SOLDIERS": whom the attack
        # killed or wounded is no attacker
        attacked |= {
            t.i
            for c in tok.children
            if c.dep_ in ("advcl", "xcomp", "conj") and _lemma(c) in HARMED
            for t in c.subtree
        }
        if tok.pos_ == "NOUN":
            attacked |= {t.i for t in tok.subtree}
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ == "VERB":
                # "a drone strike killed a militia commander": whom it killed
                attacked |= {
                    t.i
                    for c in tok.head.children
                    if c.dep_ in ("dobj", "dative", "attr", "oprd")
                    for t in c.subtree
                }
        # "..., Yemen's HOUTHI-run health ministry said": who tells of an attack, and
        # the words that name the teller, are not its maker
        attacked |= {
            t.i
            for v in self.tokens
            if v.lemma_.lower() in self.book.speech_verbs
            for c in v.children
            if c.dep_ in _SUBJ
            for t in c.subtree
        }
        for t in self.tokens:
            if t.i in attacked or t.pos_ not in ("NOUN", "PROPN"):
                continue
            if t.dep_ in ("compound", "amod"):
                continue
            if t.dep_ in _SUBJ and self._attacks_itself(t.head):
                continue  # "after the rebels launched a drone attack": another attack
            m = self._mention(t, Context())
            if m is not None and _armed(m.actor):
                return Mention(
                    replace(m.actor, why=f"{m.actor.why}; named in the same sentence"),
                    tok.i,
                    tok.i,
                    tok.i + 1,
                )
        before = self.memory.armed_before
        if before is not None:
            return Mention(
                replace(before, why=f"{before.why}; named in the sentence before"),
                tok.i,
                tok.i,
                tok.i + 1,
            )
        return None

    def _on_a_place(
        self, tok: Token, targets: list[Mention], src_ids: set[str]
    ) -> list[Mention]:
        """The recipients of an attack: those found, unless the attack was on a place
        and they only name where the place is ("a mosque in Kabul" is not Kabul's
        government) or whose country it is ("a Syrian village"); then the place's
        civilians, or its forces for positions, bases and posts."""
        place = self._attacked_place(tok)
        if place is None or place.actor.identity in src_ids:
            return targets
        doc = tok.doc
        if doc[place.head].lemma_.lower() in _MILITARY_PLACES and any(
            t.actor.sector or not t.actor.is_plain for t in targets
        ):
            return targets  # "the positions of the Syrian army": the army's
        if targets and all(
            place.start <= t.head < place.end
            and t.head != place.head
            and doc[t.head].dep_ in ("amod", "compound", "nmod", "poss")
            and t.actor.is_plain
            and t.actor.sector is None
            for t in targets
        ):
            # "Ukrainian positions": Ukraine's forces; "a Syrian village": its people
            return [place]
        where = [t for t in targets if _under_prep(doc[t.head], place.head)]
        return [place] if len(where) == len(targets) else targets

    def _town_mistaken(self, obj: Token) -> str | None:
        """ "Russian drones struck KHARKIV", with the town tagged a person or nothing:
        the country of a town of the story's countries that the name is, else None."""
        if obj.pos_ != "PROPN" or obj.ent_type_ not in _MISTAKEN | {"PERSON", "ORG"}:
            return None
        if any(
            c.dep_ not in ("det", "compound", "punct")
            # ("seized GOMA, the largest city in eastern Congo": a town said to be one)
            and not (c.dep_ == "appos" and c.lemma_.lower() in _TOWN_WORDS)
            for c in obj.children
        ):
            return None  # "Kharkiv's governor", "Smith, a farmer": no bare name
        return self._story_town_country(obj)

    def _story_town_country(self, name: Token) -> str | None:
        """The country of the town the named entity of ``name`` is, when that is one
        of the story's countries (the gazetteer's guesses at names it lacks, or at
        people's names, are too loose to stand alone)."""
        story = self.memory.story_countries
        country = self.c.place_country(_entity_text(name), story)
        return country if country in story else None

    def _country_of_place_phrase(self, verb: Token) -> str | None:
        """The first country named in the place phrase of ``verb`` ("in the southern
        Lebanese town of ..."), up to the phrase's own prepositions (not "near the
        border WITH CHAD")."""
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "at", "near"):
                continue
            for p in prep.children:
                if p.dep_ != "pobj":
                    continue
                end = min(
                    (
                        g.left_edge.i
                        for g in p.children
                        if g.dep_ == "prep" and g.i > p.i
                    ),
                    default=p.right_edge.i + 1,
                )
                for _, country in self.memory.countries_between(p.left_edge.i, end):
                    return country
        return None

    def _counted_people(self, verb: Token, nouns: bool = False) -> Mention | None:
        """ "Gunmen kill 15", "killing at least 12": a bare number as what violence
        was done to counts people, the civilians of the place or the story's country;
        with ``nouns`` (an arrest, an assault, an abduction), so do counted people of
        a trade the base lacks ("detained at least eight BAKERS")."""
        for obj in verb.children:
            if obj.dep_ != "dobj":
                continue
            if obj.pos_ != "NUM" and not (
                nouns
                and obj.tag_ == "NNS"
                and any(c.dep_ == "nummod" for c in obj.children)
                and not self._weapon(obj)
            ):
                continue
            if any(c.dep_ == "prep" and c.lower_ == "of" for c in obj.children):
                continue  # "killed two of the attackers": whose, the search says
            place = self._place_recipient(verb)
            country = (
                place.actor.country if place is not None else self._context_country(obj)
            )
            actor = Actor(
                obj.text,
                actor_code(country, "CVL"),
                country,
                "CVL",
                None,
                why=f'"{verb.text} {obj.text}" counts people',
            )
            return Mention(actor, obj.i, obj.left_edge.i, obj.right_edge.i + 1)
        return None

    def _person_held(
        self, verb: Token, sources: list[Mention], state: frozenset[str]
    ) -> Mention | None:
        """ "Police detained Mourad Zeghidi", "prosecutors charged Besigye", "gunmen
        abducted Ahmed Musa": the person the text names as what is done to, with no
        title or role to code. A person of no known role is no doer, but is whom an
        arrest or an abduction is done to: of the country whose state (among the
        ``sources``, by sector) does it, else of the sentence's country; with no
        sector."""
        for obj in verb.children:
            if (
                obj.dep_ not in ("dobj", "nsubjpass")
                or obj.pos_ != "PROPN"
                or obj.ent_type_ != "PERSON"
            ):
                continue
            own = [
                s.actor.country
                for s in sources
                if s.actor.sector in state and s.actor.country
            ]
            country = own[0] if own else self._context_country(obj)
            if country is None:
                return None
            first, _ = _entity_bounds(obj)
            name = obj.doc[first : obj.i + 1].text
            actor = Actor(
                name,
                actor_code(country, None),
                country,
                None,
                None,
                why=f'"{name}", a person named with no role, of {country}: '
                + ("of the state that acts on them" if own else "from the sentence"),
            )
            return Mention(actor, obj.i, first, obj.i + 1)
        return None

    def _thing_fought(self, verb: Token) -> Token | None:
        """What a verb of fighting is against when that is a thing and not anyone
        ("fight the methamphetamine trade", "tackle poverty", "battled the blaze"): a
        common noun that names no actor, no place, no weapon, and counts no one."""
        for c in verb.children:
            objs = (
                [c]
                if c.dep_ == "dobj"
                else [g for g in c.children if g.dep_ == "pobj"]
                if c.dep_ == "prep" and c.lower_ == "against"
                else []
            )
            for obj in objs:
                if (
                    obj.pos_ == "NOUN"
                    and obj.ent_type_ == ""
                    and obj.lemma_.lower() not in _PLACES
                    and not any(k.dep_ == "nummod" for k in obj.children)
                    and not self._weapon(obj)
                    # (not the fight itself: "fought deadly border clashes", "fought
                    # a border war")
                    and obj.lemma_.lower() not in _FIGHTS
                    and not any(
                        p.code[:2] in FORCE_ROOTS
                        for p in self.book.candidates("noun", obj.lemma_.lower())
                    )
                    and self._mention(obj, Context()) is None
                ):
                    return obj
        return None

    def _attacks_itself(self, verb: Token) -> bool:
        match = self._predicate(verb) if verb.pos_ in ("VERB", "AUX") else None
        return match is not None and match.code[:2] in FORCE_ROOTS

    def _attacked_place(self, tok: Token) -> Mention | None:
        """ "Militants attacked a village in Borno": an attack on a place is an attack
        on its people, the civilians of the place's country."""
        for obj in self._objects(tok):
            if obj.dep_ == "pobj" and obj.head.lower_ == "from":
                continue  # "rockets fired FROM Gaza": where the attack came from
            town = self._town_mistaken(obj)
            if (
                obj.lemma_.lower() not in _PLACES
                and obj.ent_type_ not in ("GPE", "LOC", "FAC")
                and town is None
            ):
                continue
            # "a Russian air base in Syria", "a U.S. base in Iraq": whose the place is
            # says whom an attack on it hits, before where it stands
            own = [c for _, c in self.memory.countries_between(obj.left_edge.i, obj.i)]
            place = (
                self._place_recipient(obj) if obj.ent_type_ == "" and not own else None
            )
            if (
                place is None
                and not own
                and obj.ent_type_ == ""
                and obj.dep_ == "dobj"
                and obj.lemma_.lower() in _PLACES
            ):
                # "destroyed three houses IN the Lebanese village of Khiam", the
                # place phrase hung on the verb: where the houses stand
                place = self._place_recipient(obj.head)
                if place is None:
                    named = self._country_of_place_phrase(obj.head)
                    own = [named] if named else []
            country = own[-1] if own else town
            if country is None and obj.lemma_.lower() in _PLACES:
                # "the city OF ALEPPO": the place the noun names, a town of one of
                # the story's countries (the gazetteer's guesses at a name it lacks
                # are too loose for a district it lacks)
                country = next(
                    (
                        found
                        for prep in obj.children
                        if prep.dep_ == "prep" and prep.lower_ == "of"
                        for g in prep.children
                        if g.dep_ == "pobj"
                        and (
                            g.ent_type_ in ("GPE", "LOC")
                            or (g.pos_ == "PROPN" and g.ent_type_ in _MISTAKEN)
                        )
                        and (found := self._story_town_country(g)) is not None
                    ),
                    None,
                )
            if country is None and place is not None:
                country = place.actor.country
            if country is None and obj.ent_type_ in ("GPE", "LOC", "FAC"):
                # the whole name: "the South China Sea" is not a town called "Sea";
                # a town the model calls a building ("shelled Kharkiv") is the town
                country = self.c.place_country(
                    _entity_text(obj), self.memory.story_countries
                )
            country = country or self._context_country(obj)
            # "a police station", "an army checkpoint": the place of a sector
            terms = self.c.resolver.base.terms
            sector = next(
                (
                    term.sector
                    for c in obj.doc[obj.left_edge.i : obj.i]
                    if c.dep_ in ("compound", "amod")
                    and (term := terms.get((c.lower_,))) is not None
                    and term.kind == "role"
                    and term.sector
                ),
                "MIL" if obj.lemma_.lower() in _MILITARY_PLACES else "CVL",
            )
            if sector == "GOV" and obj.lemma_.lower() in _MILITARY_PLACES:
                sector = "MIL"  # "government positions" are held by its forces
            words = obj.doc[obj.left_edge.i : obj.right_edge.i + 1].text
            actor = Actor(
                " ".join(words.split()).strip(" ,;:"),
                actor_code(country, sector),
                country,
                sector,
                None,
                why=f'{ON_A_PLACE} ("{obj.text}") is on its people',
            )
            return Mention(actor, obj.i, obj.left_edge.i, obj.right_edge.i + 1)
        return None
