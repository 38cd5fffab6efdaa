"""'the Kenyan leader' when the report ties no one to Kenya: the one leader it names without a state, once
it has tied every other leader it names to a state of their own.

A report from one country calls its own head of state "President A" (no state: the reader knows it) and
its visitors and callers "President B of X", "Y's President C". A later "the Kenyan leader", "the
Vietnamese Government leader" is then that untied leader. Nothing is chosen when two leaders are untied,
when none is tied to another state, when the description's nationality is some named person's, or when
the report names that state nowhere else or only beside another person (a report that names Kenya only in
"the Kenyan leader" may speak of a leader it never names)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from .. import names
from ..names import content_words
from .lexicon import cues
from .mentions import LEADER_OFFICES, ROLE_HEADS, Party, _role_class
from .office_fit import (
    HEAD_OF,
    _other_nationality,
    _proper_words,
    leader_words,
    nationality_fits,
    same_stem,
    states_of,
)


def home_leader(
    np: str,
    tok: Token,
    persons: list[Party],
    nationalities: frozenset[str],
    others: set[int] | frozenset[int],
) -> Party | None:
    """The sole untied leader named before ``tok`` that the description ``np`` ("the Kenyan leader",
    "the Ghanaian president") can denote, else None."""
    proper = _proper_words(np)
    states, said = names.states_named(np), proper & nationalities
    if not states and not said:
        return None
    words = {_role_class(w) for w in content_words(np)} - proper - said
    if not words or not words <= LEADER_OFFICES | {"leader", "head", "state", "government"}:
        return None  # only an office of a leader: "the Kenyan foreign minister" is no leader
    of_state = [
        p for p in persons if states & states_of(p) or said and nationality_fits(np, p, nationalities)
    ]
    if of_state:  # someone is tied to that state: the main reading decided, unless he holds no office
        named = [t for t in tok.doc[: tok.sent.start] if _of_state(t, states, said)]
        return _untitled(of_state, tok, others) if len(named) == 1 else None  # (the state named once)
    leaders = [p for p in persons if _leads(p)]
    tied = [p for p in leaders if states_of(p) or _other_nationality(np, p, nationalities)]
    untied = [p for p in leaders if p not in tied and p.first < tok.i and p.key not in others]
    if len(untied) != 1 or not tied or not _named_elsewhere(tok, states, said, untied[0], tied):
        return None
    return untied[0]


def _untitled(of_state: list[Party], tok: Token, others: set[int] | frozenset[int]) -> Party | None:
    """'Malaysia's A called ... B wrote back to the Malaysian premier': the one person the report ties to the
    state, named before with no office of any kind, is its leader so described."""
    if len(of_state) != 1:
        return None
    p = of_state[0]
    held = {_role_class(w) for w in p.role_words(forms=False)} & (ROLE_HEADS | LEADER_OFFICES)
    return p if p.first < tok.i and p.key not in others and not held else None


def _named_elsewhere(
    tok: Token, states: frozenset[str], said: set[str], leader: Party, tied: list[Party]
) -> bool:
    """The state of the description is named outside its sentence ("Kenya and Uganda share ...", a
    dateline, "Vietnam-Singapore relations") and never beside the name of a person other than ``leader``
    ("the Sudanese Minister of Cabinet Affairs, A": A may be the Sudanese leader's man, and the report's
    roles for him may be incomplete), unless that person leads another state the report ties him to.
    A counterpart so described ("his Kenyan counterpart") is another telling of the one sought: it counts
    neither way."""
    sent = tok.sent
    own = set(names.tokens(leader.name))  # with the leaders of other states: "B of X said X and Kenya ..."
    own |= {w for p in tied if states_of(p) and not states & states_of(p) for w in names.tokens(p.name)}
    found = False
    for t in tok.doc:
        if sent.start <= t.i < sent.end or not _of_state(t, states, said) or _counterpart_word(t):
            continue
        if _office_of_state(t) and _met_by(t, leader):
            return False  # "A will visit New Delhi to meet the Indian prime minister": another leader
        found = True
        near = t.doc[max(t.sent.start, t.i - _NEAR) : min(t.sent.end, t.i + _NEAR + 1)]
        if any(
            n.ent_type_ == "PERSON" and names.fold(n.text).lower() not in own and not _people_word(n)
            for n in near
        ):
            return False
    return found


def _people_word(t: Token) -> bool:
    """A people's or a state's word the tagger took into a person's name ("Tajik President A" tagged whole):
    no person of its own."""
    return names.is_demonym(t.text) or bool(names.states_named(t.text))


def _office_of_state(t: Token) -> bool:
    """The state's word describes a leader's office ("the Indian prime minister", "the Kenyan president")."""
    return t.dep_ in ("amod", "compound") and _role_class(t.head.lower_) in LEADER_OFFICES | {
        "leader",
        "minister",
    }


def _met_by(t: Token, leader: Party) -> bool:
    """The office the state's word describes is the object of a verb of meeting whose subject is the
    leader's name ("Hasna will visit New Delhi to meet the Indian prime minister")."""
    verb = t.head
    while verb.pos_ != "VERB" and verb.head.i != verb.i:
        verb = verb.head
    if verb.lemma_.lower() not in _MEETING:
        return False
    own = set(names.tokens(leader.name))
    for v in (verb, verb.head):  # "A will visit X to meet B": the subject of the verb above the infinitive
        if any(c.dep_ == "nsubj" and names.fold(c.text).lower() in own for c in v.children):
            return True
    return False


_MEETING = frozenset({"meet", "visit", "host", "invite", "welcome", "receive", "see"})


def _counterpart_word(t: Token) -> bool:
    """The state's word describes someone's counterpart ("with his Kenyan counterpart"): another telling of
    the leader sought, which ties no person named near it to the state (but "to meet the Indian prime
    minister" beside A tells that A is not the Indian leader)."""
    return t.dep_ in ("amod", "compound") and t.head.lower_ == "counterpart"


_NEAR = 8  # tokens either side of a state's name, in its sentence, within which a person named is tied to it


def _of_state(t: Token, states: frozenset[str], said: set[str]) -> bool:
    """The word names the state (or, for a state the reference lists lack, shares the stem of its people's
    word)."""
    if not t.text[:1].isupper():
        return False
    if states:
        return bool(states & names.states_named(t.text))
    return all(same_stem(w, {names.fold(t.text).lower()}) for w in said)


def _leads(p: Party) -> bool:
    """The person holds a leader's office by the report's forms ("President A", "Prime Minister B"; not the
    "Prime Cabinet Secretary"), and is no headline's words in capitals taken for a name."""
    if p.name.isupper():
        return False
    if any(HEAD_OF.search(r) for r in [*p.roles, *p.surfaces, p.name]):
        return True  # "the Angolan Head of State"
    return leader_words({_role_class(w) for w in p.role_words(forms=False)})


def carried_for_another(verb: Token, agent: Party | None) -> bool:
    """A verb of carrying in the passive whose agent only carried what another wrote ("... was delivered to B
    by minister C", "by A's chief of staff, C"): not a leader by office, or another's aide."""
    if verb.lemma_.lower() not in cues()["carry_verbs"] or agent is None:
        return verb.lemma_.lower() in cues()["carry_verbs"]
    objs = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    owned = any(c.dep_ == "poss" for g in objs for c in g.children)  # "by President A's chief of staff"
    return owned or not writes_in_own_name(agent)


def writes_in_own_name(p: Party) -> bool:
    """One who carries no one else's letter: a leader by office ("President A", "the Norland leader A",
    "Premier B"), not a minister, an aide or a diplomat."""
    return _leads(p) or bool({_role_class(w) for w in p.role_words(forms=False)} & {"head", "pm"})


DATELINE_REACH = 80  # tokens: a dateline stands under the headline
_WORLD_WIRES = re.compile(r"\b(?:Reuters|AFP|AP|Associated Press|Bloomberg|dpa|EFE|ANSA|UPI)\b")


def dateline_own(fits: dict[int, Party], doc: Doc) -> dict[int, Party]:
    """Of the heads of state ``fits``, the one tied to the state whose capital opens the report's dateline:
    a Kazakh agency's "ASTANA - President of Kazakhstan A spoke with President of Uzbekistan B ... the Head
    of State noted" means its own."""
    if _WORLD_WIRES.search(doc[:DATELINE_REACH].text):
        return {}  # "TASHKENT (Reuters) -": a world agency's head of state is nobody's own
    state = _dateline_state(doc)
    codes = names.states_named(state) if state is not None else frozenset()
    own = {k: p for k, p in fits.items() if codes & states_of(p)}
    return own if len(own) == 1 else {}


def _dateline_state(doc: Doc) -> str | None:
    """The state whose capital opens a line at the top of the report, before a stop, a bracket or a dash:
    "ASTANA. 14 May 2024. KAZINFORM -", "BISHKEK (AKIpress) -"."""
    for tok in doc[:DATELINE_REACH]:
        if tok.i and "\n" not in doc[tok.i - 1].text + doc[tok.i - 1].whitespace_:
            continue
        for n in (3, 2, 1):
            after = doc[tok.i + n] if tok.i + n < len(doc) else None
            if after is not None and after.text[:1] in ",.(-–—/" and not after.is_alpha:
                if state := names.state_of_capital(doc[tok.i : tok.i + n].text):
                    return state
    return None
