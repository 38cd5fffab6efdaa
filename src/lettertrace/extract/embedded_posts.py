"""Posts a page embeds as blocks: a header line naming the poster and their handle ("Nadia Fortin @FortinPM ·
May 21"), then the post's words on the lines below, unquoted. The post is the poster's own first-person
account, read as :mod:`posts` reads a quoted post: "Just spoke with President @ElenaRuizMX" is a call from the
poster; so is a post that names the call without a verb ("Warm and productive call today with my Brazilian
counterpart, Minister B"); "Exchanged messages of goodwill with PM @B" is two messages, one each way."""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc, Span, Token

from ..nlp import text_of
from . import datex
from .draft import Draft
from .handles import handle_person
from .index import PartyIndex
from .mentions import Party
from .posts import TALK_NOUNS, _party_after, _told_call

HEADER = re.compile(
    r"(?m)^[ \t]*(?P<name>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,4})[ \t]+(?P<handle>@\w{2,30})"
    r"[ \t]*(?:[·•|,–-][^\n]{0,40})?[ \t]*\n"
)  # "Nadia Fortin @FortinPM · May 21"
_IN_PERSON = frozenset({"sideline", "sidelines", "summit", "met"})  # "on the sidelines of the summit"
_EXCHANGED = frozenset({"message", "greeting", "letter", "note"})


def post_blocks(doc: Doc, idx: PartyIndex, report_date: date | None) -> list[Draft]:
    """The calls and messages the embedded posts of a page tell of, with their poster as one side."""
    text = text_of(doc)
    out: list[Draft] = []
    for m in HEADER.finditer(text):
        end = text.find("\n\n", m.end())
        body = doc.char_span(m.end(), end if end >= 0 else len(text), alignment_mode="contract")
        poster = _poster(doc, idx, m)
        if body is None or poster is None or len(body) < 3:
            continue
        dates = datex.find_dates(text[m.end("handle") : m.end()], report_date, m.end("handle"))
        for d in _told(body, idx, poster):
            d.sentences.append((m.start("name"), body.end_char))
            d.stamped = dates[0] if dates and not _dated_in(body) else None  # the post's day
            out.append(d)
    return out


def _poster(doc: Doc, idx: PartyIndex, m: re.Match[str]) -> Party | None:
    span = doc.char_span(m.start("name"), m.end("name"), alignment_mode="contract")
    for tok in span or ():
        p = idx.parties[idx.tok2party[tok.i]] if tok.i in idx.tok2party else None
        if p is not None and p.ptype == "person":
            return p
    return handle_person(m.group("handle"), idx.parties)


def _told(body: Span, idx: PartyIndex, poster: Party) -> list[Draft]:
    if any(t.lower_ in _IN_PERSON for t in body):
        return []  # "Just spoke with President @B on the sidelines of the summit": face to face
    found = _told_call(body, idx)
    if found is not None:
        verb, told, incoming, _phone = found
        if isinstance(told, Party) and told.key != poster.key:
            sender, recipient = (told, poster) if incoming else (poster, told)
            return [Draft("call", verb, sender, [recipient], verb=verb)]
        return []
    for tok in body:
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in TALK_NOUNS and not _verb_above(tok, body):
            other = _party_after(tok, ("with",), idx) or _apposed(tok, idx)
            if other is not None and other.key != poster.key:  # "Warm call today with my counterpart, B"
                return [Draft("call", tok, poster, [other], verb=None)]
        if tok.pos_ == "VERB" and tok.lemma_.lower() == "exchange":
            things = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in _EXCHANGED]
            other = _party_after(tok, ("with",), idx) or _handle_in(body, idx, poster)
            if things and other is not None and other.key != poster.key:  # "Exchanged messages with B"
                return [
                    Draft("message", things[0], poster, [other], verb=tok),
                    Draft("message", things[0], other, [poster], verb=tok),
                ]
    return []


def _verb_above(tok: Token, body: Span) -> bool:
    """The noun hangs on a verb of the post ("Had a call with B": the verb's reading, in _told_call)."""
    return any(a.pos_ in ("VERB", "AUX") and body.start <= a.i < body.end for a in tok.ancestors)


def _apposed(noun: Token, idx: PartyIndex) -> Party | None:
    """'with my Brazilian counterpart, Minister B': the person in apposition to the 'with' object."""
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "with"):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            for a in pobj.children:
                if a.dep_ == "appos" and (p := idx.party_at(a)) is not None and p.ptype == "person":
                    return p
    return None


def _handle_in(body: Span, idx: PartyIndex, poster: Party) -> Party | None:
    """The first person other than the poster a handle in the post names ("with PM @B", parsed apart)."""
    for tok in body:
        if tok.text.startswith("@") and (p := idx.party_at(tok)) is not None and p.key != poster.key:
            return p
    return None


def _dated_in(body: Span) -> bool:
    """The post names a day of its own other than its own ("yesterday", "on Friday"): that one dates it."""
    return any(t.ent_type_ == "DATE" and t.lower_ not in ("today", "tonight") for t in body)
