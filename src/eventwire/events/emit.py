"""Making events: a matched predicate with its actors becomes one event per (source,
recipient) pair, after modality has had its say; then one event per pair and kind in a
sentence."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Token

from ..actors.resolve import Mention
from ..context._spans import sentence_of
from ..records import Actor, actor_code
from ._state import (
    _SPEECH_ACT_ROOTS,
    FORCE_ROOTS,
    VERBAL_ROOTS,
    Context,
    RawEvent,
    _Match,
)
from ._syntax import (
    _COMPLEMENTS,
    _SUBJ,
    _clause_head,
    _conditions,
    _content,
    _controller,
    _infinitive,
    _lemma,
    _unless,
)
from .arguments import (
    _OBJECT_PRONOUNS,
    _REGIONS,
    _STATE_ORGANS,
    _borrowed_country,
    _first_object,
    _moved,
    _own_countries,
    _said_in,
    _same_state,
)
from .implied import HARMED, ON_A_PLACE, ImpliedActors
from .modality import _Modality
from .patterns import Pattern
from .speech import _POLITICAL_SECTORS, Speech, _consequence

# acts that two doers named together do with each other when no one else is named:
# agreeing, meeting, signing, cooperating, yielding, breaking off ties, military
# exercises and build-ups, clashing
_MUTUAL = ("03", "04", "050", "057", "06", "0871", "15", "16", "19")
# a third party's acts for others: two who host or mediate do not do it to each other
# ("a swap brokered by Turkey and Saudi Arabia")
_GO_BETWEEN = ("043", "045")

# acts whose recipient a purpose infinitive may name ("fired teargas to disperse X")
_PURPOSEFUL = ("14", "17", "18", "19")
# force against protest: a crowd-control act
_REPRESSION = "175"
# "in a bid to", "in an effort to", "as part of a campaign to"
_PURPOSE_NOUNS = frozenset({"bid", "effort", "attempt", "push", "drive", "campaign"})
# what a gift is given to do for whom: "pledged $50 million TO HELP Laos"
_HELPING = frozenset(
    "help assist support aid rebuild reconstruct fund finance bolster strengthen "
    "feed shelter protect".split()
)


def _with_partners(tok: Token) -> Iterator[Token]:
    """The children of ``tok``, of the verb that governs it when it is an event
    noun, and of the verbs either is joined to by "and"."""
    verbs = [tok]
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "nsubj", "nsubjpass"):
        verbs.append(tok.head)
    seen: set[int] = set()
    for v in verbs:
        top = v
        while top.dep_ == "conj" and top.head.pos_ in ("VERB", "AUX"):
            top = top.head
        for i in sorted(_chain(top) if v.pos_ in ("VERB", "AUX") else {v.i}):
            if i not in seen:
                seen.add(i)
                yield from tok.doc[i].children


def _chain(verb: Token) -> set[int]:
    """The indices of ``verb`` and the verbs joined to it by "and", in a chain."""
    out = {verb.i}
    stack = [verb]
    while stack:
        v = stack.pop()
        for c in v.children:
            if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i not in out:
                out.add(c.i)
                stack.append(c)
    return out


# meetings, talks and the intent to hold them: a place named is where, not with whom
_MEETINGS = ("036", "04")


def _each_other(tok: Token) -> bool:
    """ "accused each other", "traded blame", "exchanged accusations"."""
    if tok.lemma_.lower() in ("trade", "exchange", "swap"):
        return True
    return any(_reciprocal(t) for t in tok.subtree)


def _each_other_object(tok: Token) -> bool:
    """Is "each other" (or "one another", or "the other (side)" after "each side")
    the direct object of ``tok``?"""
    return any(
        c.dep_ == "dobj" and (_reciprocal(c) or any(_reciprocal(g) for g in c.children))
        for c in tok.children
    )


def _reciprocal(t: Token) -> bool:
    """Is ``t`` the "other" of "each other" or "one another", or of "each side blamed
    THE OTHER (side)"?"""
    if t.lower_ not in ("other", "another") or t.i == 0:
        return False
    before = t.nbor(-1).lower_
    if before in ("each", "one"):
        return True
    return (
        before == "the"
        and t.lower_ == "other"
        and any(
            w.lower_ == "each" and w.dep_ == "det" and w.head.dep_ == "nsubj"
            for w in sentence_of(t)
            if w.i < t.i
        )
    )


def _can_be_mutual(code: str, tok: Token) -> bool:
    """Can several doers of this act do it to each other: an act that can be mutual
    (agreeing, meeting, fighting, truces: ``_MUTUAL``), or one said to be done to
    each other ("accused each other")?"""
    return (code.startswith(_MUTUAL) and not code.startswith(_GO_BETWEEN)) or (
        _each_other(tok)
    )


def _a_state(actor: Actor) -> bool:
    """A country itself or its government, not its people ("Kenyans")."""
    if actor.sector == "GOV":
        return True
    return (
        actor.sector is None
        and actor.name is None
        and actor.code == actor.country
        and "(demonym)" not in (actor.why or "")
    )


def _same(a: Actor, b: Actor) -> bool:
    """One actor? The same identity, unless both are people with different names
    (Justices Kagan and Alito are both USAJUD), or bodies of the state at two levels
    ("the governor of California sued the federal government": both USAGOV), or
    one is the other's rival ("gang members attacked RIVAL inmates": both ECUCRM)."""
    if a.name and b.name and a.name.lower() != b.name.lower():
        return False
    if (
        a.text.lower() != b.text.lower()
        and "rival" in f"{a.text} {b.text}".lower().split()
    ):
        return False
    if a.identity != b.identity:
        return False
    levels = {_level(a.text), _level(b.text)}
    return not (None not in levels and len(levels) == 2)


def _level(text: str) -> str | None:
    """The level of the state a body's words name: a region's or a town's (a
    governor, a provincial government, a city hall), else the nation's; None for a
    pronoun, which names no level of its own."""
    low = f" {text.lower()} "
    if low.strip() in _PRONOUN_TEXTS:
        return None
    return "local" if any(w in low for w in _LOCAL_WORDS) else "national"


# the words of a body of a region or a town, and of texts that are pronouns
_LOCAL_WORDS = (
    " governor",
    " mayor",
    " provincial ",
    " province",
    " regional ",
    " municipal",
    " county ",
    " prefect",
    " chief minister",
    " city hall",
    " city council",
    " state government",
    " state assembly",
    " state legislature",
    " state police",
)
_PRONOUN_TEXTS = frozenset(
    "it its they them their he him his she her we us our i me".split()
)


# words for a body of other countries than the one it deals with
_ABROAD = frozenset({"foreign", "international", "overseas", "western", "un", "u.n."})
# time phrases: what happened before or after an act is not what the act is about
_BEFORE_AFTER = frozenset({"after", "before", "following", "since"})
# people who stop work when they strike: workers, teachers, health workers
_WORKING = frozenset({"LAB", "EDU", "HLH"})
# the rule that reads "seized" people: an abduction by some, a detention by the state
_SEIZED_PEOPLE = "seize.people"
# the state's own bodies, and the actors a state deals with at home
_STATE = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
# what an act does to others that makes them act: "..., prompting X to recall its envoy"
# ("forcing X to", "compelling X to" are demands: frames)
_PROMPTING = frozenset("prompt lead cause push spur drive provoke trigger".split())
# verbs of force that also name a campaign against a thing ("fight the drug trade")
_FIGHTS_AGAINST_THINGS = frozenset({"fight", "combat", "tackle", "battle"})
# what is done to a person by name: charged, arrested, expelled, abducted, killed
_PERSON_HELD = ("115", "173", "174", "181", "186")
# the forces a government orders
_ORGANS = frozenset({"MIL", "COP", "SPY"})
_DOMESTIC = frozenset(
    {"REB", "INS", "SEP", "OPP", "ELI", "CVL", "PTY", "EDU", "MED", "LAB"}
)


def _done_to_nothing(verb: Token) -> bool:
    """Is ``verb`` a verb that names nothing it is done to: no object, passive
    subject, agent or preposition of a target ("attacked FOR 90 minutes" names a
    time)?"""
    return verb.pos_ == "VERB" and not any(
        c.dep_ in ("dobj", "nsubjpass", "agent")
        or (c.dep_ == "prep" and c.lower_ in _TARGET_PREPS)
        for c in verb.children
    )


# the prepositions that may name what force is used on
_TARGET_PREPS = frozenset(
    {"on", "against", "at", "into", "upon", "with", "toward", "towards"}
)


def _or_face(tok: Token) -> bool:
    """Does the clause of ``tok`` go on with "or" and a penalty after it: "to leave
    the country or face expulsion", "to drop its law or risk losing funds" (read
    from the words: the parser hangs "or risk" on any noun before it)?"""
    doc = tok.doc
    end = tok.right_edge.i
    return any(
        doc[i].lower_ == "or" and doc[i + 1].lemma_.lower() in _PENALTY_VERBS
        for i in range(tok.i + 1, end)
    )


# what one "faces" or "risks" if one does not do what is demanded; the demands (and
# orders to leave) that a penalty makes ultimatums
_PENALTY_VERBS = frozenset({"face", "risk"})
_ULTIMATUM_ROOTS = frozenset({"02", "10", "16"})


def _home_of(actor: Actor, other: Actor) -> Actor:
    """ "The defense ministry gave Prabhakaran until Tuesday to surrender", "the court
    acquitted Ms Anez": a state body of no known country that deals with a country's
    own rebels, opposition or people is that country's (not when its words make it
    someone else's: "foreign ministers", "regional leaders"; the caller asks that
    the sentence's actors be of that one country)."""
    if (
        actor.country is not None
        or actor.sector not in _STATE
        or not actor.is_plain
        or other.country is None
        or other.sector not in _DOMESTIC
        or _REGIONS.intersection(actor.text.lower().split())
        or _ABROAD.intersection(actor.text.lower().split())
    ):
        return actor
    return replace(
        actor,
        code=actor_code(other.country, actor.sector),
        country=other.country,
        why=f"{actor.why}; of the country of {other.text}, whom it deals with",
    )


def _own_state(actor: Actor, other: Actor) -> Actor:
    """ "Opposition leader X accused the government of handing mines to RUSSIAN
    mercenaries": a state body that took its country from the sentence (the nearest
    country named), dealing with a country's own opposition, rebels or people named
    with their country, is that country's (not when its words make it someone
    else's: "foreign troops", "regional leaders"). Forces are that country's only
    as "government forces": troops abroad fight rebels in other countries (rebels who
    attack "a military base" may attack a foreign army's)."""
    words = actor.text.lower().split()
    if (
        actor.sector not in _STATE
        or (actor.sector == "MIL" and "government" not in words)
        or not _borrowed_country(actor)
        or actor.name is not None
        or other.country in (None, actor.country)
        or other.sector not in _DOMESTIC
        or _borrowed_country(other)
        or _REGIONS.intersection(words)
        or _ABROAD.intersection(words)
    ):
        return actor
    return _moved(
        actor, other.country, f"of the country of {other.text}, whom it deals with"
    )


def _opposition_government(actor: Actor, other: Actor) -> Actor:
    """ "Kenyan opposition senators accused THE GOVERNMENT of being too timid with
    Dodoma": the government an opposition acts on, a state body that took its country
    from a body the story named before (Tanzania's), is the opposition's own
    country's. An opposition opposes its own rulers."""
    if (
        actor.sector not in _STATE
        or not actor.is_plain
        or actor.name is not None
        or (
            "named before" not in actor.why
            and "named with that title before" not in actor.why
        )
        or other.sector != "OPP"
        or other.country in (None, actor.country)
        or _borrowed_country(other)
        or _ABROAD.intersection(actor.text.lower().split())
    ):
        return actor
    return _moved(
        actor, other.country, f"of the country of {other.text}, its opposition"
    )


def _bare_name(text: str) -> bool:
    """Is ``text`` a name and nothing more ("the United States", not "northern
    Cameroon" nor "South China's Hong Kong")?"""
    words = text.removeprefix("the ").removeprefix("The ").split()
    return all(w[:1].isupper() and "'" not in w and "," not in w for w in words)


def _state_at_home(actor: Actor, other: Actor) -> Actor:
    """ "Opposition parties accused Turkey of ...", "Bangladesh launched a crackdown
    on the opposition": a country named bare in dealings with its own opposition,
    rebels or people is its state, the government (CAMEO's GOV)."""
    if (
        actor.sector is not None
        or actor.name is not None
        or actor.code != actor.country
        or "(country)" not in (actor.why or "")  # not a place: "in central Moscow"
        or not _bare_name(actor.text)  # "northern Afghanistan": a part of it
        or other.country != actor.country
        or other.sector not in _DOMESTIC | {"NGO"}
    ):
        return actor
    return replace(
        actor,
        code=actor_code(actor.country, "GOV"),
        sector="GOV",
        why=f"{actor.why}; the state, in dealings with its own {other.text}",
    )


def _one_kind(a: str, b: str) -> bool:
    """Are two codes of one sentence's pair one act? "attacked and killed" is one;
    "dispersed the rally, arresting 20" (coercions of two kinds) is two."""
    return (
        a == b
        or (a[:2] in FORCE_ROOTS and b[:2] in FORCE_ROOTS)
        or (a[:2] == b[:2] and (a[:2] != "17" or a[:3] == b[:3]))
    )


def _one_state(a: str | None, b: str | None) -> bool:
    """One actor in a sentence: the same code, or a country and its government ("Israel
    warned ..., issuing the threat", where "his country" is ISR and the minister
    ISRGOV)."""
    if a is None or b is None:
        return a == b
    short, long_ = sorted((a, b), key=len)
    return a == b or (len(short) == 3 and long_ == short + "GOV")


def _among(a: Actor, mentions: list[Mention]) -> bool:
    return any(_same(a, m.actor) for m in mentions)


def _own_state_named(a: Actor, mentions: list[Mention]) -> bool:
    """Is ``a`` a country named bare that is the state the doers are organs of
    ("Chile's navy ... accusing them of fishing in CHILEAN waters": the navy blames no
    Chile)? (Not for doers outside the state: "the opposition accused Russia"; a
    state's acts at home may be on its country: "imposed a curfew in Turkey".)"""
    return a.code == a.country and _same_state(a, tuple(m.actor for m in mentions))


# blame and refusal: a state's organ does not blame or reject its own country
_BLAME_ROOTS = frozenset({"11", "12"})

# words for someone of another country than the one they deal with
_FOREIGNERS = frozenset(
    {
        "counterpart",
        "counterparts",
        "ambassador",
        "ambassadors",
        "envoy",
        "envoys",
        "embassy",
        "consul",
        "chargé",
        "charge",
    }
)


def _lemma_of(text: str) -> str:
    """The last word of an actor's text, lower-cased ("his Russian counterpart")."""
    words = text.lower().split()
    return words[-1] if words else ""


# aid given or pledged: its beneficiaries are not the giver's own people
_GIVING = ("07", "033")

_KILLING = (
    "1823",
    "182",
)  # physical assault codes that armed forces' fighting subsumes


# what a meeting is for that makes it a negotiation
_NEGOTIATING = frozenset({"discuss", "negotiate", "debate", "review", "thrash"})


def _to_negotiate(verb: Token) -> bool:
    """Is the meeting ``verb`` held to discuss or negotiate, or joined by a discussing
    ("met ... and discussed", "met ... to discuss")?"""
    return any(
        c.dep_ in ("xcomp", "advcl", "conj")
        and c.pos_ == "VERB"
        and c.lemma_.lower() in _NEGOTIATING
        for c in verb.children
    )


# the verbs of fighting that also mean disagreeing, and who clashes only in words
_WORDY_CLASHES = frozenset({"clash", "battle", "fight", "spar"})
# what flies and strikes from the air (CAMEO 195, aerial weapons; rockets and missiles
# fired are artillery's 194 in the dictionary, as fire.artillery codes them)
# killings by hand, which stay killings by physical assault (1823) whoever does them
# ("soldiers beat three men to death"); armed men's other killings are their force
_BEATEN_TO_DEATH = ("to.death",)
_AIRCRAFT = frozenset("warplane jet aircraft plane helicopter drone gunship".split())
# hostage-taking and abduction
_ABDUCTION = "181"
# a denial of responsibility: what it denies is not done
_DENIAL = "016"
# "torched homes in a village in Borno": what is destroyed is its people's
_PROPERTY_DESTROYED = "1712"
# what an attack does, not an act of its own beside it: property destroyed, people freed
_DONE_BY_THE_ATTACK = frozenset({_PROPERTY_DESTROYED, "0841"})
# the unarmed people whom police force is used on as repression
_CROWDS = frozenset({"CVL", "OPP", "EDU", "LAB", "AGR", "HLH", "REL", "MED", "REF"})
# the forces of order, who deal with protests rather than stage them
_ORDER = frozenset({"COP", "MIL", "SPY"})
_UNARMED = frozenset({"GOV", "LEG", "JUD", "PTY", "ELI", "BUS", "IGO", "NGO", "MED"})


class Emitter(ImpliedActors, Speech):
    def _emit(
        self,
        match: _Match,
        tok: Token,
        ctx: Context,
        sources: list[Mention] | None = None,
    ) -> bool:
        """Make the events of a matched predicate; False when it has no actor or no
        recipient (the caller may try another pattern)."""
        pattern = match.pattern
        self.tried.update((tok.i, match.trigger.i))
        if match.code.startswith(_DENIAL) and tok.pos_ in ("VERB", "AUX"):
            # "the army denied that its soldiers had executed civilians": what is
            # denied is not told as done, whoever the denial is made to
            for c in tok.children:
                if c.dep_ in ("ccomp", "xcomp"):
                    self.blocked.update(t.i for t in c.subtree)
        if match.code == "040" and _to_negotiate(match.embedded or tok):
            # "met his Chinese counterpart and discussed bilateral relations", "met
            # ... to discuss the flow of migrants": a meeting to talk things over is
            # negotiation (046)
            match = replace(match, code="046", rule=f"{match.rule}>046")
        if self._obligation(match, tok, ctx):
            return True
        mod = self._modality(tok, ctx)
        if match.trigger.pos_ == "ADJ" and tok.dep_ in ("acomp", "attr"):
            mod = self._modality(tok.head, ctx)
        if sources is None:
            sources = (
                self._subjects(tok, ctx)
                if tok.pos_ != "NOUN"
                else self._noun_sources(tok, ctx, kind_code=match.code)
            )
        if not sources and ctx.speaker is not None and match.code[:2] in ("01",):
            sources = [Mention(ctx.speaker, tok.i, tok.i, tok.i + 1)]
        if (
            not sources
            and tok.pos_ in ("VERB", "AUX")
            and self._weapon_did_it(tok, match.code)
        ):
            sources = [self._unidentified(tok, match.code, ctx)]
        if (
            not sources
            and tok.pos_ in ("VERB", "AUX")
            and self._by_authorities(tok, match.code)
        ):
            sources = [self._authorities(tok)]
        if (
            not sources
            and tok.pos_ in ("VERB", "AUX")
            and self._crowd_did_it(tok, match.code)
        ):
            sources = self._civilians(tok, match.pattern, ctx)
        if not sources:
            self._log(
                f'"{tok.text}" matched {match.rule} ({match.code}) but no actor does it'
            )
            if (
                pattern is not None
                and pattern.object
                and match.code[:2] in VERBAL_ROOTS
            ):
                # "someone called for a ceasefire between X and Y": the ceasefire is
                # still only called for, whoever called
                for obj in self._objects(tok, pattern.with_):
                    self.blocked.update(_content(obj))
            if match.embedded is not None and match.rule.startswith(
                ("frame.appeal", "frame.demand")
            ):
                # "the UN chief urged Russia to stop attacks", the chief unknown: the
                # act is still only urged, whoever urged it
                self.blocked.update(t.i for t in match.embedded.subtree)
            return False
        own = _own_countries(sources)
        agents = tuple(s.actor for s in sources)
        if match.embedded is not None and match.rule.startswith(
            ("frame.appeal", "frame.demand")
        ):
            ctrl = _controller(tok, match.embedded)
            if (
                ctrl is not None
                and ctrl.dep_ == "dobj"
                and ctrl.lower_ in _OBJECT_PRONOUNS
            ):
                # "wrote to India's foreign minister asking HIM to ...": the object or
                # addressee of the verb the participle goes on from
                ctrl = _first_object(tok) or ctrl
            targets = self._expand(ctrl, ctx) if ctrl is not None else []
            ordered = self._own_organs(targets, sources)
            if ordered and pattern is not None:
                # "Netanyahu ordered the army to prepare an offensive on Rafah": an
                # order to one's own forces is one's own intent to act, on whom the
                # act is
                code = self.book.frames["intent"].apply(pattern.code)
                if code is None:
                    return False
                match = replace(match, code=code, rule=f"frame.order+{pattern.id}")
                targets = [
                    t
                    for t in self._recipients(
                        match.embedded, pattern, ctx, own=own, agents=agents
                    )
                    if not self._own_organs([t], sources)
                ]
            elif not targets:
                targets = self._recipients(
                    tok, None, ctx, ("on", "upon", "to", "dative"), own=own
                )
            if not targets and pattern is not None:
                targets = self._recipients(
                    match.embedded, pattern, ctx, own=own, agents=agents
                )
        elif match.embedded is not None and pattern is not None:
            targets = self._recipients(
                match.embedded, pattern, ctx, own=own, agents=agents
            )
        elif pattern is not None:
            targets = self._recipients(tok, pattern, ctx, own=own, agents=agents)
        else:
            targets = []
        if targets:
            # "met his Russian counterpart": the doer is not of the other side's country
            cooperative = match.code[:2] < "10"
            sources = [
                replace(
                    s,
                    actor=self._not_the_others(s.actor, targets[0].actor, cooperative),
                )
                for s in sources
            ]
        src_ids = {s.actor.identity for s in sources}
        targets = [t for t in targets if not _among(t.actor, sources)]
        if match.code[:2] in _BLAME_ROOTS:
            targets = [t for t in targets if not _own_state_named(t.actor, sources)]
        # "A and B agreed": each other (but "A, B and C called for a ceasefire in Gaza"
        # appeal to others)
        joint = len(src_ids) >= 2 and (_can_be_mutual(match.code, tok))
        if not targets and not joint and self._foretold(tok, match, sources, ctx):
            self._log(f'"{tok.text}" foretells what others will do: no threat')
            return False
        if (
            not targets
            and not joint
            and (match.code[:2] in _SPEECH_ACT_ROOTS or match.embedded is not None)
        ):
            # what a comment, appeal or threat is about may sit anywhere in its clause
            targets = [
                m
                for m in self._fallback_recipients(
                    tok,
                    sources,
                    ctx,
                    venue=self._meeting(tok, match.code),
                    refusal=match.code[:2] == "12",
                )
                if m.actor.identity not in src_ids
                # (not the forces one ordered: "ordered the army to prepare ...")
                and not (
                    match.rule.startswith("frame.order")
                    and self._own_organs([m], sources)
                )
            ]
        if not targets and not joint and match.code[:2] in _PURPOSEFUL:
            # "fired teargas to disperse the protesters", "struck in a bid to force
            # the president to resign": whom the act is meant for
            targets = [
                m
                for m in self._purpose_object(match.embedded or tok, ctx, own)
                if m.actor.identity not in src_ids
            ]
        if not targets and not joint and match.code.startswith(_GIVING):
            # "would provide 50 million dollars TO HELP LAOS": whom a gift is meant
            # to help
            targets = [
                m
                for m in self._helped(match.embedded or tok, ctx, own)
                if m.actor.identity not in src_ids
            ]
        if not targets and not joint and match.code.startswith(_REPRESSION):
            # "police fired teargas after protesters marched on parliament": a
            # crackdown with no object of its own is on the protesters the sentence
            # names
            targets = self._crowd_named(tok, ctx, src_ids)
        if not targets and not joint and match.code[:2] == "13":
            # "accused Hezbollah of the attack and threatened a tougher response": a
            # threat that names no one is made to whom its joined verb acts on
            targets = [
                m
                for m in self._joined_objects(tok, ctx, own)
                if m.actor.identity not in src_ids
            ]
        if not targets and not joint:
            # "Russia expelled two diplomats, PROMPTING Tallinn to recall its
            # ambassador": what the prompted do answers the doer who prompted it
            targets = [
                m
                for m in self._prompter(match.embedded or tok, ctx)
                if m.actor.identity not in src_ids
            ]
        # (a pronoun of the doers' own code is no one else: "the party said it would
        # challenge THEM in court" is not the party suing itself)
        targets = [
            t
            for t in targets
            if not (
                tok.doc[t.head].pos_ == "PRON"
                and any(t.actor.code == s.actor.code for s in sources)
            )
            and not (
                match.code[:2] in _BLAME_ROOTS and _own_state_named(t.actor, sources)
            )
        ]
        solo = pattern.solo if pattern is not None else False
        distinct = {s.actor.identity for s in sources}
        # "India and Pakistan exchanged fire across the border, killing three
        # civilians": the sides fire on each other, not on the place or the dead
        # "Police and protesters clashed in central Nairobi": two sides that clash
        # with no one named clash with each other, not with the place
        mutual = len(distinct) >= 2 and (
            _each_other(tok)
            or (
                _lemma(match.embedded or tok) in _WORDY_CLASHES
                and not any(
                    c.dep_ == "prep" and c.lower_ in ("with", "against")
                    for c in (match.embedded or tok).children
                )
            )
        )
        if mutual and _each_other_object(tok):
            # "Both countries accused EACH OTHER of starting the clash": each the
            # other, not whom the clash was by
            targets = []
        if mutual:
            # (nor is the killing either side's alone)
            self.blocked.update(
                t.i
                for c in tok.children
                if c.dep_ == "advcl" and c.tag_ == "VBG"
                for t in c.subtree
            )
        if (
            match.code[:2] in FORCE_ROOTS
            and _lemma(match.embedded or tok) in _WORDY_CLASHES
            and all(s.actor.sector in _UNARMED for s in sources)
        ):
            # "the government has clashed with the provinces over transfers": bodies
            # with no arms that clash, clash in words
            self._log(f'"{tok.text}": a clash of bodies with no arms is no fighting')
            return False
        if (
            not targets
            and match.code[:2] == "19"
            and _lemma(match.embedded or tok) in _FIGHTS_AGAINST_THINGS
            and (thing := self._thing_fought(match.embedded or tok)) is not None
        ):
            # "help Tonga fight the methamphetamine trade", "tackle poverty": a
            # campaign against a thing, not force used on anyone
            self._log(f'"{tok.text}" is fought against "{thing.text}", no one')
            return False
        if (match.code[:2] in FORCE_ROOTS or match.code == _PROPERTY_DESTROYED) and (
            not mutual
        ):
            # (homes, shops and villages burned are their people's, as attacked ones)
            targets = self._on_a_place(match.embedded or tok, targets, src_ids)
            counted = (
                None
                if targets
                else self._counted_people(
                    match.embedded or tok, nouns=match.code[:2] == "18"
                )
            )
            targets = [counted] if counted is not None else targets
        elif match.code.startswith(("173", "174")) and not targets:
            # "Turkey detains 12 over alleged coup plot", "detained eight bakers":
            # people counted
            counted = self._counted_people(match.embedded or tok, nouns=True)
            targets = [counted] if counted is not None else targets
        if not targets and match.code.startswith(_PERSON_HELD):
            # "police detained Mourad Zeghidi": a person named with no title
            named = self._person_held(match.embedded or tok, sources, _STATE)
            targets = [named] if named is not None else targets
        if not targets and solo and len(distinct) == 1 and match.code[:2] != "14":
            # "withdrew from Panama", "imposed a curfew in Algiers": the place's country
            place = self._place_recipient(
                tok, origins=match.code[:2] not in FORCE_ROOTS
            )
            targets = (
                [place]
                if place is not None and place.actor.identity not in src_ids
                else []
            )
        if not targets and len(distinct) >= 2 and _can_be_mutual(match.code, tok):
            # "Armenia and Azerbaijan declared a truce": each does it to the other
            # (not "Saudi Arabia and the US welcomed the decision")
            pairs = [
                (a, b)
                for a in sources
                for b in sources
                if a.actor.identity != b.actor.identity
            ]
        elif not targets and not solo:
            self._log(
                f'"{tok.text}" matched {match.rule} ({match.code}) but has no recipient'
            )
            if match.embedded is not None:
                # "threatened to strike" with no one threatened: still no strike
                self.blocked.update(t.i for t in match.embedded.subtree)
            return False
        else:
            pairs = [(s, t) for s in sources for t in (targets or [None])]  # type: ignore[list-item]
        # mark the trigger and what it holds as used: "launched an air strike on X" is
        # one event, not a launch and a strike
        self.done.add(match.trigger.i)
        self.done.add(tok.i)
        if pattern is not None and pattern.object:
            # (not a verb under a preposition: "broke up the rally BY ARRESTING its
            # leaders" is an act of its own)
            self.done.update(
                o.i
                for o in self._objects(tok, pattern.with_)
                if o.pos_ not in ("VERB", "AUX")
            )
        if match.code[:2] in FORCE_ROOTS:
            # "shelled the town WITH artillery fire": the weapon is the same attack
            self.done.update(
                t.i
                for c in tok.children
                if c.dep_ == "prep" and c.lower_ == "with"
                for g in c.children
                if g.dep_ == "pobj" and self._weapon(g)
                for t in g.subtree
            )
        if match.code[:2] == "03":
            # "pledged $50 million TO HELP the victims": the help is what was pledged
            for c in tok.children:
                if c.dep_ == "advcl" and any(
                    a.dep_ == "aux" and a.lower_ == "to" for a in c.children
                ):
                    self.blocked.update(t.i for t in c.subtree)
        if match.embedded is not None:
            self.blocked.update(t.i for t in match.embedded.subtree)
        if pattern is not None and pattern.block:
            for c in tok.children:
                if c.dep_ in ("xcomp", "ccomp", "dobj"):
                    self.blocked.update(
                        t.i for t in c.subtree if t.i != c.i or c.dep_ != "dobj"
                    )
        speech = tok.lemma_.lower() in self.book.speech_verbs
        if match.code[:2] in VERBAL_ROOTS:
            holders = (
                [tok.head, tok]
                if tok.pos_ == "ADJ" and tok.dep_ in ("acomp", "attr")
                else [tok]
            )
            for c in (c for h in holders for c in h.children if c.i != tok.i):
                if c.dep_ == "prep" and c.lower_ in _BEFORE_AFTER:
                    continue  # "issued the threat AFTER a strike ...": not about it
                if c.dep_ in _COMPLEMENTS and not (speech and c.dep_ == "ccomp"):
                    # what a statement, appeal or rejection is about is not itself an
                    # event, except what it names as to come ("optimistic at the
                    # prospect of talks": the talks are coded as future)
                    self.blocked.update(
                        i
                        for i in _content(c, told=False)
                        if not self._prospective(tok.doc[i])
                    )
        if pattern is not None and pattern.reverse and match.embedded is None:
            # "received weapons from the government": the giver is the source
            pairs = [(t, s) for s, t in pairs if t is not None]
        self._add_events(match, tok, ctx, pairs, mod)
        return True

    def _foretold(
        self, tok: Token, match: _Match, sources: list[Mention], ctx: Context
    ) -> bool:
        """ "Aid agencies warned that famine is spreading": a warning said to no one
        of what others, or things, do or will do foretells; it threatens no one (but
        "the EU warned it could suspend visa-free travel" is the warner's own act to
        come, a threat)."""
        if (
            match.code != "130"
            or match.embedded is not None
            or match.pattern is None
            or match.pattern.specificity
        ):
            return False
        clauses = [c for c in tok.children if c.dep_ == "ccomp"]
        if not clauses:
            return False
        ids = {s.actor.identity for s in sources}
        countries = {s.actor.country for s in sources if s.actor.country}
        for clause in clauses:
            if _consequence(clause):
                return False  # "warned that Israel would pay a heavy price"
            for subj in clause.children:
                if subj.dep_ not in ("nsubj", "nsubjpass", "expl"):
                    continue
                if subj.pos_ == "PRON" and subj.lower_ in ("i", "we"):  # "we will"
                    return False
                said = self._mention(subj, ctx)
                if said is None and subj.pos_ == "PRON" and subj.lower_ != "there":
                    return False  # "warned it could ...": likely the warner
                if said is not None and (
                    said.actor.identity in ids
                    # "warned that HIS COUNTRY is prepared to strike": the warner's
                    # own state, or its forces, whose acts it speaks for
                    or (
                        said.actor.country in countries
                        and (
                            said.actor.code == said.actor.country
                            or any(
                                g.dep_ == "poss" and g.pos_ == "PRON"
                                for g in subj.children
                            )
                        )
                    )
                    # "the minister warned that POLICE would clear ...": a state's
                    # official speaks for its forces
                    or (
                        said.actor.sector in _STATE_ORGANS
                        and any(
                            s.actor.sector in _STATE_ORGANS
                            and s.actor.country == said.actor.country
                            for s in sources
                        )
                    )
                ):
                    return False
        return True

    def _own_organs(self, targets: list[Mention], sources: list[Mention]) -> bool:
        """Are ``targets`` the doers' own state forces or officials ("ordered THE ARMY
        to ...", "told its troops to ...")? The doers must be a state or its
        government."""
        return bool(targets) and all(
            t.actor.sector in _ORGANS
            and t.actor.country is not None
            and any(
                s.actor.country == t.actor.country
                and s.actor.sector in (None, "GOV")
                and s.actor.identity != t.actor.identity
                for s in sources
            )
            for t in targets
        )

    def _one_country(self) -> bool:
        """Do the sentence's actors so far have at most one country between them?"""
        countries = {
            m.actor.country
            for m in self._cache.values()
            if m is not None and m.actor.country
        }
        return len(countries) <= 1

    def _deadline_condition(self, tok: Token) -> Token | None:
        """An if or unless clause of ``tok`` that sets a deadline ("if the junta fails
        to hand over power WITHIN 15 DAYS", "unless Hamas frees the hostages BY
        SATURDAY")."""
        for c in _conditions(tok):
            if any(
                t.lower_ in ("by", "within", "before")
                and any(
                    o.dep_ == "pobj"
                    and (
                        o.ent_type_ in ("DATE", "TIME")
                        or _lemma(o) in self.book.deadline_spans
                    )
                    for o in t.children
                )
                for t in c.subtree
            ):
                return c
        return None

    def _joined_objects(
        self, tok: Token, ctx: Context, own: frozenset[str]
    ) -> list[Mention]:
        """The direct objects of the verbs joined to ``tok`` by "and" that share its
        subject ("accused X ... and threatened ...", "threatened ... and accused X")."""
        partners = [
            c
            for c in tok.children
            if c.dep_ == "conj"
            and c.pos_ == "VERB"
            and not any(g.dep_ in _SUBJ for g in c.children)
        ]
        if (
            tok.dep_ == "conj"
            and tok.head.pos_ == "VERB"
            and not any(g.dep_ in _SUBJ for g in tok.children)
        ):
            partners.insert(0, tok.head)
        for verb in partners:
            found = self._recipients(verb, None, ctx, ("dobj",), own=own)
            if found:
                return found
        return []

    def _helped(self, tok: Token, ctx: Context, own: frozenset[str]) -> list[Mention]:
        """ "provide 50 million dollars TO HELP LAOS", "sent food to feed the
        displaced": the object of a helping infinitive of a gift's verb or of the
        gift (the parser hangs it on either)."""
        for holder in (tok, *(c for c in tok.children if c.dep_ == "dobj")):
            for c in holder.children:
                if (
                    c.dep_ in ("advcl", "xcomp", "relcl", "acl")
                    and _infinitive(c)
                    and _lemma(c) in _HELPING
                ):
                    found = self._recipients(c, None, ctx, ("dobj",), own=own)
                    # "to help KENYA rebuild its roads": the subject of what it helps do
                    found = found or [
                        m
                        for v in c.children
                        if v.dep_ in ("ccomp", "xcomp")
                        for g in v.children
                        if g.dep_ == "nsubj"
                        for m in self._expand(g, ctx)
                        if m.actor.code not in own
                    ]
                    if found:
                        return found
        return []

    def _purpose_object(
        self, tok: Token, ctx: Context, own: frozenset[str]
    ) -> list[Mention]:
        """The object of the purpose infinitive of ``tok`` ("to disperse X", "in an
        effort to force X to ..."), or of its means ("broke up the rally by firing
        teargas into the crowd"), if it names an actor. The phrase may hang on the
        verb that governs an event noun ("brought demonstrators into the streets in
        an effort to ...") or on a verb it is joined to ("shut schools and brought
        ...")."""
        for c in _with_partners(tok):
            verb = None
            if c.dep_ in ("advcl", "xcomp") and _infinitive(c):
                verb = c
            elif c.dep_ == "prep" and c.lower_ == "by":
                verb = next(
                    (x for x in c.children if x.dep_ == "pcomp" and x.tag_ == "VBG"),
                    None,
                )
                if verb is not None:
                    found = self._recipients(
                        verb, None, ctx, ("dobj", "into", "at", "on"), own=own
                    )
                    if found:
                        return found
                continue
            elif c.dep_ == "prep" and c.lower_ in ("in", "as"):
                for g in c.children:
                    if g.dep_ == "pobj" and _lemma(g) in _PURPOSE_NOUNS:
                        verb = next(
                            (
                                x
                                for x in g.children
                                if x.dep_ in ("acl", "xcomp") and _infinitive(x)
                            ),
                            None,
                        )
            if verb is None:
                continue
            found = [
                m
                for m in self._recipients(verb, None, ctx, ("dobj",), own=own)
                # "to show THEIR disapproval": the doers' own; "to turn THEM into":
                # a pronoun this far from the act is not safely resolved
                if tok.doc[m.head].pos_ != "PRON"
            ]
            if found:
                return found
        return []

    def _crowd_named(
        self, tok: Token, ctx: Context, src_ids: set[str]
    ) -> list[Mention]:
        """The first protesters (OPP) the sentence of ``tok`` names, not the doers."""
        for t in sentence_of(tok):
            if t.pos_ not in ("NOUN", "PROPN") or t.dep_ in ("compound", "amod"):
                continue
            found = [
                m
                for m in self._expand(t, ctx)
                if m.actor.sector == "OPP" and m.actor.identity not in src_ids
            ]
            if found:
                return found
        return []

    def _meeting(self, tok: Token, code: str) -> bool:
        """Is the act a meeting, an agreement or intent to hold one ("agreed to meet
        in Oslo"), or an act on one ("dismissed the talks in Doha")? Then a place it
        names is the venue."""
        if code.startswith(_MEETINGS):
            return True
        return any(
            (
                c.dep_ == "xcomp"
                and any(
                    p.code.startswith(_MEETINGS)
                    for p in self.book.candidates("verb", _lemma(c))
                )
            )
            or (c.dep_ == "dobj" and _lemma(c) in self.book.meeting_words)
            for c in tok.children
        )

    def _not_the_others(
        self, source: Actor, other: Actor, cooperative: bool = False
    ) -> Actor:
        """ "The foreign minister met his Russian counterpart", "summoned the Japanese
        ambassador": the doer took the only country the sentence names, and it is
        that of a counterpart or an envoy, who is by the word another country's, or
        it made a bare title the very person it acts on ("the president thanked
        President Biden"). The doer's is the story's main country if it is another,
        else none known."""
        if (
            not _borrowed_country(source)
            or source.country != other.country
            or not (
                _lemma_of(other.text) in _FOREIGNERS
                # "the president thanked President Biden": what the doer borrowed
                # made it the one it acts on
                or (
                    source.identity == other.identity
                    and other.name is not None
                    and source.name is None
                )
                # "Congress approved aid for Ukraine": a country's own body does not
                # deal with the country as a whole
                or (
                    other.sector is None and other.code == other.country and cooperative
                )
            )
        ):
            return source
        return self._elsewhere(source, other.country, "not the other side's")

    def _beneficiary(self, giver: Actor, tgt: Mention) -> Mention:
        """ "Kuwait pledged $100 million to help the victims": the victims took their
        country from the sentence, and the only one it names is the giver's. Aid goes
        abroad: they are the story's main country's people if that is another, else of
        no known country."""
        a = tgt.actor
        if not _borrowed_country(a) or a.country != giver.country:
            return tgt
        return replace(
            tgt, actor=self._elsewhere(a, giver.country, "not the giver's own")
        )

    def _not_the_victims(self, source: Actor, victims: Actor, tok: Token) -> Actor:
        """ "Gunmen kidnapped six CHINESE nationals in Zamfara state": unknown
        attackers who took their country from the sentence, and took the victims'
        own, are of the country the act was done in (the place's, else the story's
        main country) when that is another; foreigners are attacked abroad."""
        if (
            source.sector != "UAF"
            or not _borrowed_country(source)
            or victims.country != source.country
            or _borrowed_country(victims)
            or ON_A_PLACE in (victims.why or "")  # "attacked villages": the place's
        ):
            return source
        place = self._place_recipient(tok, origins=False)
        country = place.actor.country if place is not None else None
        if country is None:
            country = self.memory.main_country
        if country is None or country == victims.country:
            return source
        return _moved(
            source,
            country,
            f"where the act was done, not the victims' {victims.country}",
        )

    def _elsewhere(self, a: Actor, not_country: str | None, why: str) -> Actor:
        """A sector word that borrowed ``not_country`` from the sentence, moved to the
        story's main country if that is another, else to no known country."""
        main = self.memory.main_country
        country = main if main and main != not_country else None
        return _moved(a, country, f"{why}: {country or 'no country known'}")

    def _add_events(
        self,
        match: _Match,
        tok: Token,
        ctx: Context,
        pairs: list[tuple[Mention, Mention | None]],
        mod: _Modality,
    ) -> None:
        """One event per (source, recipient) pair, after modality has had its say."""
        pattern = match.pattern
        if (
            match.code[:2] == "19"
            and match.trigger.lemma_.lower() in self.book.mutual
            and len({s.actor.identity for s, _ in pairs}) == 1
        ):
            # "forces clashed with rebels": each side fights the other (not a place's
            # people: "clashed outside the town")
            pairs = pairs + [
                (t, s)
                for s, t in pairs
                if t is not None
                and t.actor.sector != "CVL"
                and not any(
                    a.actor.identity == t.actor.identity
                    and b is not None
                    and b.actor.identity == s.actor.identity
                    for a, b in pairs
                )
            ]
        pair_ids = {
            (s.actor.identity, t.actor.identity if t else None) for s, t in pairs
        }
        deadline = self._deadline_condition(tok)
        for src, tgt in pairs:
            source = self._speaker_sector(src.actor, ctx)
            if tgt is not None and self._one_country():
                source = _home_of(source, tgt.actor)
                tgt = replace(tgt, actor=_home_of(tgt.actor, source))
            if tgt is not None:
                source = _own_state(source, tgt.actor)
                tgt = replace(tgt, actor=_own_state(tgt.actor, source))
                tgt = replace(tgt, actor=_opposition_government(tgt.actor, source))
                source = self._not_the_victims(source, tgt.actor, tok)
            if tgt is not None and _same(tgt.actor, source):
                continue  # "Denmark ... its partners": no event of an actor with itself
            if tgt is not None and match.code.startswith(_GIVING):
                tgt = self._beneficiary(source, tgt)
            if tgt is not None:
                source = _state_at_home(source, tgt.actor)
                tgt = replace(tgt, actor=_state_at_home(tgt.actor, source))
            if (
                _private(source)
                and match.code[:2] < "14"
                and (match.code[:2] == "01" or tgt is None or _private(tgt.actor))
            ):
                # "a company had no comment", "the teacher called out the pupils":
                # words and dealings of no political actor and of no known country
                # are not coded (protests and violence are, whoever makes them)
                self._log(f'"{tok.text}": no political actor in {source.code}')
                continue
            if (
                match.code[:2] == "19"
                and source.sector == "CVL"
                and tgt is None
                and _done_to_nothing(match.trigger)
                and _lemma(match.trigger) not in self.book.mutual
            ):
                # "'We attacked for 90 minutes,' the coach said": private people's
                # force on nothing named is no military engagement (their clashes
                # and their assaults on something still are)
                self._log(f'"{tok.text}": force by private people on no one')
                continue
            if (
                match.code[:2] < "09"
                and source.sector == "CVL"
                and (tgt is None or tgt.actor.sector == "CVL")
            ):
                # "the Italian coach praised his players", "fans thanked the team":
                # praise, help and dealings between private people are no political
                # event (their threats, demands and accusations may be)
                self._log(f'"{tok.text}": private people only ({source.code})')
                continue
            self_statement = any(
                sp.country == source.country
                for sp in (*ctx.speakers, *([ctx.speaker] if ctx.speaker else []))
            )
            code = self._apply_modality(match.code, mod, pattern, self_statement)
            if (
                code is not None
                and code[:2] in _ULTIMATUM_ROOTS
                and (match.embedded is not None or code[:2] == "16")
                and _or_face(tok)
            ):
                # "told Hungary to drop its law OR RISK LOSING billions", "gave the
                # envoy 48 hours to leave OR FACE expulsion": a demand with a penalty
                # for refusing it is an ultimatum
                code = "139"
            if code is not None and _unless(tok) and code[:2] not in ("13",):
                # "will withdraw its troops unless ...": a conditional act is a threat
                code = self.book.frames["threat"].apply(match.code)
            if code is not None and code[:2] == "13" and deadline is not None:
                # "will resume strikes if Hamas does not free the hostages BY
                # SATURDAY": a threat with a deadline is an ultimatum (139) to whom
                # the condition asks, if it names someone else ("unless they withdraw
                # within 48 hours": to whom it is made)
                code = "139"
                asked = next((g for g in deadline.children if g.dep_ == "nsubj"), None)
                found = (
                    self._expand(asked, ctx)
                    if asked is not None and asked.pos_ != "PRON"
                    else []
                )
                if found and found[0].actor.identity != source.identity:
                    tgt = found[0]
            if (
                code is not None
                and (code[:2] in ("18", "19") or code == "1712")
                and (
                    self._protesters(self.sent.doc[src.head])
                    or (source.sector == "OPP" and (code[:2] == "19" or code == "1712"))
                    or (
                        # "students CLASHED with riot police": unarmed people who
                        # clash with the security forces riot
                        source.sector in _CROWDS
                        and tgt is not None
                        and tgt.actor.sector in _ORDER
                        and _lemma(match.trigger) == "clash"
                    )
                )
            ):
                # protesters who fight or wreck property riot (CAMEO: 145, not 19x)
                code = "145"
            # (a place's people stand for a place struck in: "teachers strike in Kenya")
            in_place = tgt is not None and (tgt.actor.why or "").startswith(ON_A_PLACE)
            if (
                code is not None
                and (
                    tgt is None
                    or in_place
                    or tgt.actor.sector not in ("CVL", "COP", "MIL")
                )
                and _lemma(match.embedded or match.trigger) == "strike"
                and source.sector in _WORKING
                and (code[:2] == "19" or code.startswith("138"))
            ):
                # "the union threatened to strike", "teachers struck on Monday": workers
                # who strike, at no one or at those they work under, stop work (143; a
                # threat of it is 133), not at the place they strike in
                code = "143" if code[:2] == "19" else "133"
                tgt = None if in_place else tgt
            if (
                code == "183"
                and source.sector == "MIL"
                and tok.pos_ == "VERB"
                and tok.lemma_.lower() == "bomb"
            ):
                # "Israeli jets bombed a car": an armed force's bombing is aerial or
                # military (195), not the unconventional bombing of 183
                code = "195"
            if code is not None and code[:2] == "19" and tok.pos_ == "VERB":
                # "Israeli warplanes struck ...", "a roadside bomb struck ...": the
                # weapon that did it says what kind of attack it was
                code = self._weapon_code(tok) or code
            if (
                code is not None
                and code[:2] == "14"
                and tok.pos_ == "VERB"
                and _a_state(source)
            ):
                # "the Philippines protested", "the ministry protested the move": a
                # state's protest is an official complaint (114), not a demonstration
                code = "114"
            if (
                code == "181"
                and match.rule.startswith(_SEIZED_PEOPLE)
                and source.sector in _STATE
            ):
                # "police seized the opposition leader at his home": people the state's
                # forces take are detained (173), not abducted (an armed group's are)
                code = "173"
            if (
                code == "190"
                and source.sector == "COP"
                and tgt is not None
                and tgt.actor.sector in _CROWDS
            ):
                # "police used pepper spray to push back a group of women", "police
                # attacked the marchers": force by police on people who bear no arms
                # is violent repression (175), not a military engagement
                code = "175"
            if code is None:
                why = "negated" if mod.negated else "hypothetical or future"
                self._log(
                    f'"{tok.text}" matched {match.rule} ({match.code}) but is {why}: no event'
                )
                continue
            rule = match.rule if code == match.code else f"{match.rule}>{code}"
            ev = RawEvent(
                sentence=self.index,
                sent=self.sent,
                trigger=match.trigger,
                source=source,
                target=tgt.actor if tgt else None,
                code=code,
                rule=rule,
                negated=mod.negated,
                hypothetical=mod.hypothetical,
                # "vowed to", "threatened to": the act they name has not happened
                future=mod.future
                or match.rule.startswith(("frame.intent", "frame.threat")),
                reported_by=ctx.speaker.code
                if ctx.speaker is not None and ctx.speaker.code != source.code
                else None,
                clause=_clause_head(tok),
                speech_verb=ctx.speech_verb,
                confidence=_confidence(pattern, src, tgt),
            )
            self.events.append(ev)
            self._log(
                f'event {code} "{self.c.ontology[code].name}": {source.code} -> {tgt.actor.code if tgt else "-"} '
                f'(trigger "{match.trigger.text}", rule {rule})'
            )
            if (
                tgt is not None
                and code in self.book.symmetric
                and (tgt.actor.identity, src.actor.identity) not in pair_ids
            ):
                # a meeting, call or negotiation is done by both sides to each other
                self.events.append(replace(ev, source=tgt.actor, target=source))
                self._log(
                    f"event {code} also {tgt.actor.code} -> {source.code}: it takes two"
                )

    def _emit_noun(
        self,
        match: _Match,
        tok: Token,
        ctx: Context,
        sources: list[Mention],
        mod: _Modality,
        gov: Token,
    ) -> None:
        pattern = match.pattern
        own = _own_countries(sources)
        agents = tuple(s.actor for s in sources)
        targets = (
            self._recipients(tok, pattern, ctx, own=own, agents=agents)
            if pattern
            else []
        )
        if not targets and gov is not tok and pattern is not None:
            targets = self._recipients(gov, pattern, ctx, own=own, agents=agents)
        if not targets and _said_in(tok):
            # "told NETANYAHU in a phone call": the call is with whom one told
            targets = self._recipients(
                tok.head.head, None, ctx, ("dobj", "dative", "to", "with"), own=own
            )
        if (
            not targets
            and match.code[:2] in FORCE_ROOTS
            and tok.dep_ in ("nsubj", "nsubjpass")
            and tok.head.pos_ == "VERB"
        ):
            # "the attack left 12 people dead", "the strike killed five soldiers":
            # what an attack did, it did to them
            targets = self._recipients(tok.head, None, ctx, ("dobj",))
        if (
            not targets
            and match.code[:2] in FORCE_ROOTS
            and tok.dep_ == "pobj"
            and tok.head.lower_ in ("in", "during")
            and _lemma(tok.head.head) in HARMED
        ):
            # "three soldiers were wounded in a Taliban ambush": whom the attack hurt
            verb = tok.head.head
            targets = [
                m
                for c in verb.children
                if c.dep_ in ("nsubjpass",)
                for m in self._expand(c, ctx)
            ]
        src_ids = {s.actor.identity for s in sources}
        targets = [t for t in targets if not _among(t.actor, sources)]
        if match.code[:2] in _BLAME_ROOTS:
            targets = [t for t in targets if not _own_state_named(t.actor, sources)]
        if (
            not targets
            and match.code[:2] in FORCE_ROOTS
            and tok.dep_ == "dobj"
            and _lemma(tok.head) in self.book.repelling
        ):
            # "its forces repelled an attack by the RSF": on the forces
            targets = [
                m
                for c in tok.head.children
                if c.dep_ == "nsubj"
                for m in self._expand(c, ctx)
                if not _among(m.actor, sources)
            ]
        if not targets and match.code[:2] in _PURPOSEFUL and len(src_ids) == 1:
            # "brought demonstrators into the streets in an effort to force X to ..."
            targets = [
                m
                for m in self._purpose_object(tok, ctx, own)
                if m.actor.identity not in src_ids
            ]
        if match.code[:2] in FORCE_ROOTS:
            # "air strikes HIT the town of Idlib": the place an attack noun's verb
            # struck is what the attack struck
            struck = (
                tok.head
                if tok.pos_ == "NOUN"
                and tok.dep_ == "nsubj"
                and tok.head.pos_ == "VERB"
                and any(c.dep_ == "dobj" for c in tok.head.children)
                and not targets
                else tok
            )
            targets = self._on_a_place(struck, targets, src_ids)
        solo = pattern.solo if pattern else False
        if not targets and not solo and len(sources) < 2:
            self._log(
                f'"{tok.text}" matched {match.rule} ({match.code}) but has no recipient'
            )
            return
        several = len({s.actor.identity for s in sources}) >= 2
        # (only what can be mutual: "a charge corroborated by UN experts and France"
        # is no charge of theirs against each other)
        mutual = _can_be_mutual(match.code, tok)
        if targets or (solo and not (several and mutual)):
            pairs = [(s, t) for s in sources for t in (targets or [None])]  # type: ignore[list-item]
        elif mutual:
            # "clashes between rebels and troops": each side does it to the other
            pairs = [
                (a, b)
                for a in sources
                for b in sources
                if a.actor.identity != b.actor.identity
            ]
        else:
            self._log(
                f'"{tok.text}" matched {match.rule} ({match.code}) but has no recipient'
            )
            return
        self.done.add(tok.i)
        self._add_events(match, tok, ctx, pairs, mod)

    def _weapon_code(self, verb: Token) -> str | None:
        """The code of an attack by what its subject names: aircraft and drones are
        aerial weapons (195); a weapon that is an event noun of its own
        ("a roadside bomb", 1833) is that event, which the verb's event then is."""
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None:
            # "the convoy was struck BY A ROADSIDE BOMB": the doer of the passive
            subj = next(
                (
                    g
                    for c in verb.children
                    if c.dep_ == "agent"
                    for g in c.children
                    if g.dep_ == "pobj"
                ),
                None,
            )
        if subj is None or subj.pos_ != "NOUN":
            return None
        if _lemma(subj) in _AIRCRAFT:
            return "195"
        code = self._attack_noun_code(subj, ("18", "19"))
        if code is None or code == "190":
            return None
        self.done.add(subj.i)  # (one event: the bomb's is the strike's)
        return code

    def _doer_kind(self, verb: Token) -> str | None:
        """The attack a killing's subject names as its maker ("a SUICIDE BOMBER killed
        12 worshippers": 1831), if a force pattern's noun it is."""
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ != "NOUN":
            return None
        return self._attack_noun_code(subj, ("18",))

    def _attack_noun_code(self, noun: Token, roots: tuple[str, ...]) -> str | None:
        """The code of the force pattern (of these roots) that noun ``noun`` names."""
        kinds = [p for p in self._cands("noun", noun) if p.code[:2] in roots]
        found = self._match(noun, kinds)
        return found.code if found is not None else None

    def _prompter(self, verb: Token, ctx: Context) -> list[Mention]:
        """Who did what made the doers of ``verb`` act, when ``verb`` is what a
        participle says it prompted ("Russia expelled two diplomats, prompting Tallinn
        to RECALL its ambassador": Russia)."""
        cause = verb.head
        if (
            verb.dep_ != "xcomp"
            or cause.dep_ != "advcl"
            or cause.tag_ != "VBG"
            or _lemma(cause) not in _PROMPTING
        ):
            return []
        return [
            m
            for c in cause.head.children
            if c.dep_ == "nsubj"
            for m in self._expand(c, ctx)
        ]

    def _prospective(self, tok: Token) -> bool:
        """ "the prospect of renewed talks between X and Y", "a potential attack":
        an event to come."""
        if tok.pos_ == "NOUN" and any(
            c.dep_ == "amod" and c.lower_ in self.book.prospective for c in tok.children
        ):
            return True
        return (
            tok.dep_ == "pobj"
            and tok.head.lower_ == "of"
            and tok.head.head.lemma_.lower() in self.book.prospect
        )

    def _protest_demanding(self, protest: RawEvent, demand: RawEvent) -> None:
        """ "marched on Sunday demanding the minister's resignation": the protest is
        against whom the demand is made of, and of the demand's kind (1041 leadership
        change makes 1411, 1042 policy change 1412, ...)."""
        if demand.code[:3] == "105":
            return  # "demanding the release of X": X is no one the protest is against
        if protest.target is None and demand.target is not None:
            protest.target = demand.target
            protest.rule = f"{protest.rule}+{demand.rule}"
        kind = protest.code + demand.code[3:]
        if demand.code[:3] == _DEMAND_CHANGE and kind in self.c.ontology:
            protest.code = kind

    def _merge(self, events: list[RawEvent]) -> list[RawEvent]:
        """One event per actor, recipient and kind in a sentence: "attacked and killed" is one."""
        kept: list[RawEvent] = []
        for ev in events:
            key_quad = self.c.ontology[ev.code].quad_class
            clash = None
            for k in kept:
                same_pair = _one_state(k.source.code, ev.source.code) and _one_state(
                    k.target.code if k.target else None,
                    ev.target.code if ev.target else None,
                )
                if same_pair and _one_kind(k.code, ev.code):
                    clash = k
                    break
            if clash is None:
                kept.append(ev)
                continue
            # keep the main clause's act over a relative clause's on its doer
            # ("Gunmen, WHO STORMED a school, abducted 100 pupils": the abduction is
            # what the sentence tells; the storming says who the gunmen are); else
            # the stronger (lower Goldstein for conflict) or the more specific code
            background = _describes_doer(ev.trigger), _describes_doer(clash.trigger)
            if background[0] != background[1]:
                better = background[1]
            elif key_quad == 4:
                better = (
                    self.c.ontology[ev.code].goldstein
                    < self.c.ontology[clash.code].goldstein
                )
            else:
                better = len(ev.code) > len(clash.code)
            if better:
                kept[kept.index(clash)] = ev
        # "attacked the French and Belgian embassies, setting fire to both buildings":
        # the same act again, of the same code, with no one it is done to is no second
        # event
        kept = [
            ev
            for ev in kept
            if ev.target is not None
            or not any(
                k.target is not None
                and k.code == ev.code
                and _one_state(k.source.code, ev.source.code)
                for k in kept
            )
        ]
        # "shelled the town, killing eight": the deaths are what the attack did, not a
        # second event; a killing by armed forces is fighting (19x), not an assault (18x)
        armed = {"MIL", "REB", "INS", "UAF", "SEP", "IMG"}
        # "staged demonstrations to demand reforms", "rioted, setting fire to ...": what
        # protesters demand or wreck while they protest is part of the protest
        for ev in kept:
            if ev.code[:3] == _DEMAND_CHANGE and _crowd_demanding(ev.trigger):
                # "police cleared crowds demanding the minister's resignation": a crowd
                # that demands a change in the street demonstrates for it (1041 makes
                # 1411, 1042 1412, ...)
                ev.code = "141" + ev.code[3:]
                ev.rule = f"{ev.rule}>{ev.code}"
        # (police who block a road and arrest four women do not protest: what they
        # do beside it is their own act)
        protests = [
            k for k in kept if k.code[:2] == "14" and k.source.sector not in _ORDER
        ]
        for p in protests:
            for ev in kept:
                if ev.code[:2] == "10" and _demanded_by(ev, p):
                    self._protest_demanding(p, ev)
        kept = [
            ev
            for ev in kept
            if not (
                ev.code[:2] in ("10", "17")
                and any(
                    (
                        p.source.code == ev.source.code
                        and ev.trigger.i in {t.i for t in p.trigger.subtree}
                    )
                    or (ev.code[:2] == "10" and _demanded_by(ev, p))
                    for p in protests
                )
            )
        ]
        out: list[RawEvent] = []
        for ev in kept:
            if ev.code.startswith(_KILLING):
                others = [
                    k for k in kept if k is not ev and k.source.code == ev.source.code
                ]
                # an attack the killing is part of, or that is part of it (not "strikes
                # killed 105 people, a day after Israel said it had killed the chief
                # in an air strike": the chief's killing is another attack)
                attacks = [
                    k
                    for k in others
                    if k.code[:2] in FORCE_ROOTS
                    # (an abduction is no attack a killing is part of: "abducted six
                    # Chinese nationals and killed two police officers")
                    and not k.code.startswith(_ABDUCTION)
                    and (
                        _part_of(ev.trigger, _event_clause(k.trigger))
                        # (not an attack that says who the killers are: "rebels
                        # WHO HAD ATTACKED the town killed 20 soldiers")
                        or (
                            _part_of(k.trigger, ev.trigger)
                            and not _describes_doer(k.trigger)
                        )
                    )
                ]
                if attacks:
                    if ev.target is not None and ev.target.sector != "CVL":
                        # "bombed a car in Gaza, killing two Hamas militants": the
                        # attack was on whom it killed, not on the place's people
                        for k in attacks:
                            # (or on the place's country: "near Lake Chad")
                            if k.target is None or k.target.sector in (None, "CVL"):
                                k.target = ev.target
                    continue
                if ev.code == "1823" and _prominent(ev.target):
                    # killing a named official or a leader is an assassination
                    ev.code, ev.rule = "186", f"{ev.rule}>186"
                elif (
                    ev.code == "1823"
                    and (ev.source.sector in armed or ev.source.code.startswith("IMG"))
                    and not ev.rule.startswith(_BEATEN_TO_DEATH)
                ):
                    # a beating stays a beating (182), whoever does it; a killing by
                    # "a suicide bomber" is the bombing its doer names (1831)
                    kind = self._doer_kind(ev.trigger)
                    ev.code, ev.rule = kind or "190", f"{ev.rule}>{kind or '190'}"
            out.append(ev)
        # "attacked two villages, burning dozens of homes": the burning is what the
        # attack did, not a second act of its own (1712); "attacked the prison and
        # freed hundreds of inmates", "killed 11 bandits and freed 17 farmers": those
        # freed by force were not the doers' to release (0841 is a holder's release)
        out = [
            ev
            for ev in out
            if not (
                ev.code in _DONE_BY_THE_ATTACK
                and any(
                    k.code[:2] in FORCE_ROOTS
                    and k.source.code == ev.source.code
                    # ("kidnapped six nuns and freed them a week later": the
                    # kidnappers held them)
                    and not (ev.code == "0841" and k.code.startswith("181"))
                    and (
                        _part_of(ev.trigger, _event_clause(k.trigger))
                        # (not "gunmen who abducted them released them": the
                        # abduction says who they are; nor "set fire to a police
                        # station, KILLING three officers": the deaths are what the
                        # burning did, not an attack it was part of)
                        or (
                            ev.code != "0841"
                            and not k.code.startswith(_KILLING)
                            and _part_of(k.trigger, ev.trigger)
                        )
                    )
                    for k in out
                )
            )
        ]
        # "launched the largest aerial attack, firing 472 drones at Ukraine": force
        # that names no one is the doer's force of that kind on someone (not an
        # abduction beside an attack)
        out = [
            ev
            for ev in out
            if not (
                ev.target is None
                and ev.code[:2] in FORCE_ROOTS
                and any(
                    k.target is not None
                    and _force_kind(k.code) == _force_kind(ev.code)
                    and k.source.code == ev.source.code
                    for k in out
                )
            )
        ]
        return out


def _force_kind(code: str) -> str:
    """The kind of force a code is, for telling one act from another: fighting (19)
    and mass violence (20) by root, but for a blockade, a territory taken or a truce
    broken; an assault (18) by its kind (an abduction is not a bombing)."""
    if code[:2] == "18" or code[:3] in ("191", "192", "196"):
        return code[:3]
    return code[:2]


# demands of a change of leaders (1041), policy (1042), rights (1043) or institutions (1044)
_DEMAND_CHANGE = "104"
# the people a street demand is made by ("crowds demanding ...", "protesters calling for ...")
_STREET = frozenset({"crowd", "mob", "throng", "protester", "demonstrator", "marcher"})


def _crowd_demanding(trigger: Token) -> bool:
    """Is the demand a participle on a crowd ("crowds demanding his resignation")?"""
    return (
        trigger.dep_ == "acl"
        and trigger.tag_ == "VBG"
        and trigger.head.lemma_.lower() in _STREET
    )


def _demanded_by(demand: RawEvent, protest: RawEvent) -> bool:
    """Is the demand what the protesters demand while they protest ("staged
    demonstrations to demand reforms", "staged a sit-in and demanded his resignation")?"""
    if (
        demand.source.code != protest.source.code
        or demand.trigger.i == protest.trigger.i
    ):
        return False
    if demand.trigger.i in {t.i for t in protest.trigger.subtree}:
        return True
    clause = protest.trigger
    if clause.dep_ in ("dobj", "nsubj", "nsubjpass") and clause.head.pos_ == "VERB":
        clause = clause.head  # "staged a sit-in", "protests erupted"
    return clause.i != demand.trigger.i and _part_of(demand.trigger, clause)


def _describes_doer(trigger: Token) -> bool:
    """Is ``trigger`` in a relative clause on a subject ("Gunmen, WHO STORMED a
    school, abducted ...")?"""
    t = trigger
    while t.head.i != t.i:
        if t.dep_ == "relcl":
            return t.head.dep_ in _SUBJ
        t = t.head
    return False


def _event_clause(trigger: Token) -> Token:
    """The verb whose clause an event noun is the subject or object of ("carried
    out attacks on the town, killing nine"), else the trigger itself."""
    if trigger.pos_ == "NOUN" and trigger.dep_ in ("dobj", "nsubj", "nsubjpass"):
        return trigger.head
    return trigger


def _part_of(tok: Token, whole: Token) -> bool:
    """Is ``tok`` within the clause of ``whole``, with no clause of its own subject
    between ("killed three militants and the army said they ..."; "attacked and
    overran the posts, killing ..." is one clause)?"""
    t = tok
    while t.i != whole.i:
        if t.head.i == t.i:
            return False
        t = t.head
        if t.i != whole.i and any(c.dep_ in _SUBJ for c in t.children):
            return False  # a clause of its own: "a day after Israel said it had ..."
    return True


_LEADERS = frozenset(
    {
        "chief",
        "leader",
        "commander",
        "governor",
        "mayor",
        "minister",
        "president",
        "premier",
        "head",
        "lawmaker",
        "senator",
        "judge",
        "prosecutor",
        "general",
        "colonel",
        "mp",
    }
)


def _prominent(target: Actor | None) -> bool:
    """A named political figure or a leader ("the deputy chief of the militia")."""
    if target is None:
        return False
    if target.name and target.sector in _POLITICAL_SECTORS:
        return True
    words = {w.lower().strip(".,") for w in target.text.split()}
    return bool(words & _LEADERS)


def _confidence(pattern: Pattern | None, src: Mention, tgt: Mention | None) -> float:
    score = 0.5
    if pattern is not None:
        score += 0.1 * min(pattern.specificity, 2)
    if tgt is not None:
        score += 0.1
    if src.actor.sector:
        score += 0.1
    return round(min(score, 0.95), 2)


# sectors whose members act in private life unless a country puts them in the news
_PRIVATE_SECTORS = frozenset(
    {"BUS", "MNC", "EDU", "HLH", "MED", "AGR", "CVL", "REL", "ENV", "DEV", "REF", "CRM"}
)


def _private(actor: Actor) -> bool:
    """An actor of no known country in a private sector ("a teacher", "a telecom
    company")."""
    return actor.country is None and actor.sector in _PRIVATE_SECTORS
