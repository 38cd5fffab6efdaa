"""What a call is said to go over when the medium is a noun phrase of its own: "spoke by video link with
B", "held talks over a video line with B", "via videoconference". The medium's head ('link', 'line',
'conference') is a call's only with a modifier of calls before it ('video', 'phone'); the partner of the
call may hang on the medium ("by video link with B") instead of on the verb."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from .lexicon import cues

if TYPE_CHECKING:
    from .index import PartyIndex
    from .mentions import Party

MEDIUM_HEADS = frozenset({"link", "line", "conference", "call", "hookup", "connection"})
MEDIUM_MODIFIERS = frozenset({"video", "phone", "telephone"})


def call_medium(tok: Token) -> bool:
    """'video link', 'phone line', 'video conference': a medium head with a modifier of calls."""
    return tok.lemma_.lower() in MEDIUM_HEADS and any(
        m.dep_ in ("compound", "amod") and m.lemma_.lower() in MEDIUM_MODIFIERS for m in tok.children
    )


def partners_on_medium(reader: object, verb: Token) -> list[Party]:
    """The parties of a 'with' phrase hung on the verb's medium ("spoke by video link with B")."""
    out: list[Party] = []
    for prep in _medium_preps(verb):
        for medium in (g for g in prep.children if g.dep_ == "pobj" and call_medium(g)):
            for w in medium.children:
                if w.dep_ == "prep" and w.lower_ == "with":
                    out += reader._pobj_parties(w)  # type: ignore[attr-defined]
    return out


def by_video(verb: Token) -> bool:
    """The verb's act is said to go over video ("by video link", "via videoconference"): an address to an
    assembly or a summit goes over it as often as a call does, so only a person is a partner of its call."""
    for prep in _medium_preps(verb):
        for g in prep.children:
            mods = {m.lemma_.lower() for m in g.children if m.dep_ in ("compound", "amod")}
            if g.lemma_.lower() in ("video", "videoconference") or "video" in mods and call_medium(g):
                return True
    return False


def _medium_preps(verb: Token) -> list[Token]:
    """The verb's own phrases a medium goes in: 'by', 'via', 'over', 'on' ("by video link", "on the phone")."""
    return [
        c for c in verb.children if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "via", "over", "on")
    ]


@cache
def _call_media() -> frozenset[str]:
    """What a call goes over: the call modifiers of data/cues.yaml and "line", "link" ("on a video link")."""
    return frozenset(cues()["call_modifiers"]) | {"videophone", "line", "link", "call"}


def _medium_or_day(tok: Token) -> bool:
    return tok.lemma_.lower() in _call_media() or tok.ent_type_ in ("DATE", "TIME")


def hung_on_medium_or_day(prep: Token, preps: tuple[str, ...], found: bool) -> list[Token]:
    """The ``preps`` phrases the parser hung on the verb's 'by', 'over', 'on' or 'in' phrase of a medium or a
    day: "spoke by telephone with B (and with C)", "held on the same day between A and B" ('with B' on the
    medium or the day, 'and with C' on 'by'), only when the verb names no party of its own (``found``);
    a 'with' joined to the day is read even then: "spoke with A on Saturday and with B on Sunday"."""
    held = [g for g in prep.children if g.dep_ == "pobj" and _medium_or_day(g)]
    hung = [] if found else [w for m in held for w in m.children if w.dep_ == "prep" and w.lower_ in preps]
    return hung + [
        cj for cj in prep.conjuncts if held and cj.lower_ in preps and (not found or cj.lower_ == "with")
    ]


def habitual(verb: Token) -> bool:
    """A verb in the simple present, with no auxiliary: how things usually are ("A and I speak frankly"),
    no event."""
    return verb.tag_ in ("VBP", "VBZ") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


AUDIENCES = frozenset(
    {"supporter", "reporter", "journalist", "crowd", "audience", "student", "voter", "member"}
)


def to_an_audience(verb: Token) -> bool:
    """'Speaking to about 300 supporters', 'spoke to reporters': a counted or public audience is spoken to
    in person, however much the report speaks of calls."""
    return any(
        g.dep_ == "pobj" and (any(n.dep_ == "nummod" for n in g.children) or g.lemma_.lower() in AUDIENCES)
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in ("to", "with")
        for g in c.children
    )


def may_be_a_call(verb: Token) -> bool:
    """'speak' in a report of calls may tell a call: not a habit, not an audience."""
    return not habitual(verb) and not to_an_audience(verb)


def named_as_called(idx: PartyIndex, named: list[Token]) -> list[Token]:
    """spaCy reads "called Prime Minister X" (or "also called X", X tagged a work of art) as naming: a
    person's name there is the one called, the person the report names elsewhere too, unless an
    indefinite noun phrase names what he was called ("called Prime Minister X a liar")."""
    from .trigger_checks import _predicate_after

    out = []
    for c in named:
        if c.pos_ != "PROPN" or _predicate_after(c):
            continue
        if c.i not in idx.tok2party and (known := idx._find_person(c.text)) is not None:
            idx.resolved[c.i] = known.key  # "Çavuşoğlu" named before as a person
        if c.i in idx.tok2party or c.i in idx.resolved:
            out.append(c)
    return out


def caller_read_as_named(verb: Token, named: list[Token]) -> bool:
    """'Garrity called Lindahl on Wednesday to offer his support' parsed as 'Garrity, called Lindahl': a
    past 'called' (not the participle of naming, 'a man called Smith') hung on a name, with one complement,
    is the name's call; two complements name someone as something ('called Cyclone Anila the worst storm')."""
    return verb.dep_ == "acl" and verb.tag_ == "VBD" and len(named) == 1
