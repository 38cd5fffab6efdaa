"""Names given with a parliamentary honorific ("the Rt Hon A B MP", "The Hon A B"), which the tagger
often reads as a body or cuts short: the honorific is given to people only, so the words after it are a
person's name (the letters after the name are no part of it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from .. import names
from ..meta_byline import POSTNOMINALS

if TYPE_CHECKING:
    from .index import PartyIndex
    from .mentions import Party

ADDRESS = frozenset({"majesty", "highness", "excellency", "holiness", "eminence"})  # "His Majesty": an alias
# Prepositions of what was talked of, which end an office's description ("his counterpart about X").
TOPICAL = frozenset({"about", "regarding", "concerning", "amid", "during", "over"})


def honoured_person(ent: Span) -> Span | None:
    """'the Rt Hon A B (MP)', 'The Hon A B' that the tagger read as a body or a place: A B, a person (the
    honorific is given to people only)."""
    if ent.label_ == "PERSON" and all(t.lower_.strip(".") in names.honorifics() for t in ent):
        return _named_after(ent)  # "Dr the" tagged a person, "Right Honourable A B" untagged
    if ent.label_ not in ("ORG", "GPE", "NORP", "FAC") or not any(
        t.lower_ in ("hon", "hon.") for t in ent[:3]
    ):
        return None
    doc, start, end = ent.doc, ent.start, ent.end
    while start < end and doc[start].lower_.strip(".") in names.honorifics() | {"", "right"}:
        start += 1  # "The Rt. Hon." ("." and "right" too)
    while end > start and doc[end - 1].text in POSTNOMINALS:
        end -= 1
    cut_short = end == ent.end  # "[The Rt Hon A] B MP": the tagger stopped inside the name
    while cut_short and end < len(doc) and end - start < 4 and _name_word(doc[end]):
        end += 1
    words = doc[start:end]
    if not 2 <= len(words) <= 4 or not all(t.text[:1].isupper() for t in words):
        return None
    return Span(doc, start, end, label="PERSON")


def _named_after(ent: Span) -> Span | None:
    """The name written after a tag of honorifics and the honorifics untagged after it, on its line."""
    doc, start = ent.doc, ent.end
    while start < len(doc) and doc[start].lower_.strip(".") in names.honorifics() | {"right", "rt"}:
        start += 1
    end = start
    while end < len(doc) and end - start < 4 and _name_word(doc[end]):
        end += 1
    lines = any("\n" in t.whitespace_ for t in doc[ent.start : max(start, end - 1)])
    return (
        Span(doc, start, end, label="PERSON") if start > ent.end and 2 <= end - start and not lines else None
    )


def _name_word(tok: Token) -> bool:
    return (
        tok.pos_ == "PROPN"
        and tok.text[:1].isupper()
        and tok.text not in POSTNOMINALS
        and "\n" not in tok.whitespace_
    )


def abbreviated_honorific(tok: Token) -> bool:
    """'Rt.', 'Hon.', 'H.E.', 'Mr.': an honorific written short, which the tagger may take for a name and the
    parser for the head of the office after it."""
    if tok.text.endswith(".") and tok.lower_.strip(".") in names.honorifics():
        return True
    # "HH the Amir", "HE President A", "HRH the Crown Prince": written in capitals without stops, before the
    # office (not "HE SAID" in a headline in capitals)
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return (
        tok.text.isupper()
        and tok.lower_ in names.honorifics()
        and nxt is not None
        and not nxt.text.isupper()
        and (nxt.lower_ == "the" or names.fold(nxt.text).lower() in names.title_words())
    )


def is_honorific(word: str) -> bool:
    """'Mr', 'MRS.', 'Dr', 'Dame': a word of address before a name."""
    return names.fold(word).strip(".") in names.honorifics()


def honorifics_only(role: str) -> bool:
    """'Rt Hon', 'His Highness Sheikh': honorifics, no role ('His Majesty' alone is a form of address)."""
    words = [names.fold(w).strip(".,") for w in role.split()]
    return all(w in names.honorifics() for w in words) and not (len(words) <= 2 and ADDRESS & set(words))


def honoured_one(idx: PartyIndex, tok: Token) -> Party | None:
    """'spoke by phone with His Excellency', 'a cable to His Majesty': a form of address with no name after
    it stands for the last person named before with it ("His Majesty King A"), else for the person the report
    named first (its subject); None for any other word, or when no one was named before. "Your Excellency"
    speaks to the one a quoted letter or message is addressed to (:func:`_spoken_to`)."""
    if tok.lower_ not in ADDRESS or not any(c.lower_ in ("his", "her", "your") for c in tok.children):
        return None
    if any(c.lower_ == "your" for c in tok.children):
        return _spoken_to(idx, tok)
    if any(c.i > tok.i and c.dep_ in ("appos", "compound", "flat") for c in tok.children):
        return None  # "His Majesty, King A": named here
    before = [p for p in idx.live() if p.ptype == "person" and p.first < tok.i]
    addressed = [p for p in before if any(tok.lower_ in names.fold(s).lower().split() for s in p.surfaces)]
    if addressed:
        return max(addressed, key=lambda p: p.first)
    return min(before, key=lambda p: p.first) if before else None


def _spoken_to(idx: PartyIndex, tok: Token) -> Party | None:
    """'A sent a message on Sunday. "I convey to Your Excellency ...," A said': the person the report named
    last before the quote's sentence as the subject of a clause (or else named last at all), passing over
    those its own sentence names (the writer) and the subject of a sentence just before it that tells of
    sending or writing (the writer brought in: 'A sent a message'); not one named as an object ('won the
    election, defeating C')."""
    from .lexicon import cues

    sent = tok.sent
    doc = tok.doc
    before = doc[sent.start - 1].sent if sent.start > 0 else None
    own = {k for i, k, _ in idx.mentions if sent.start <= i < sent.end}
    sending = {*cues()["send_verbs"], *cues()["write_verbs"], *cues()["medium_verbs"]}
    if before is not None and before.root.lemma_.lower() in sending:
        own |= {k for i, k, lvl in idx.mentions if before.start <= i < before.end and lvl == 2}
    named = [(k, lvl) for i, k, lvl in idx.mentions if i < sent.start and k not in own]
    named = [(k, lvl) for k, lvl in named if idx.parties[k].ptype == "person"]
    subjects = [k for k, lvl in named if lvl > 0]
    last = subjects[-1] if subjects else named[-1][0] if named else None
    return idx.parties[last] if last is not None else None


def honorific_head(tok: Token) -> Token | None:
    """'the Rt. Hon. Foreign Secretary', 'H.E. the President': the parser may make the honorific the phrase's head
    and the office its apposition; the office is the party."""
    if not abbreviated_honorific(tok):
        return addressed_office(tok)
    child = next(
        (c for c in tok.children if c.dep_ in ("appos", "compound") and c.i > tok.i and c.pos_ != "PUNCT"),
        None,
    )
    doc = tok.doc
    if child is None and tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "the":
        office = doc[tok.i + 2]  # "HH the Amir and President B discussed": 'the Amir' hung on B's phrase
        return office if names.fold(office.text).lower() in names.title_words() else None
    return child


def addressed_office(tok: Token) -> Token | None:
    """'His Highness the Prime Minister sent a similar cable': a form of address set before an office (the
    office's head a title word, with 'the' before it) names the holder of that office, not whoever the report
    addressed as 'His Highness' before."""
    if tok.lower_ not in ADDRESS or not any(c.lower_ in ("his", "her") for c in tok.children):
        return None
    if any(
        c.dep_ == "appos"
        and c.ent_type_ == "PERSON"
        and names.fold(c.text).lower() not in names.title_words()
        for c in tok.children
    ):
        return None  # "His Excellency Sheikh A B, the Foreign Minister of X": the name says who, the office is his
    return next(
        (
            c
            for c in tok.children
            if c.dep_ == "appos"
            and c.i > tok.i
            and any(d.lower_ == "the" for d in c.children)
            and names.fold(c.text).lower() in names.title_words()
        ),
        None,
    )


def titled_past_bracket(idx: PartyIndex, tok: Token) -> Party | None:
    """'General (retired) A B', 'Brigadier (Rtd) A B', 'Justice (retd.) A B': a title, a bracketed word or
    two on its holder's standing, then a name the index knows as a person's: the title is that person
    (the parser, stopped by the bracket, leaves the title as the object and the name apart)."""
    doc = tok.doc
    if names.fold(tok.text).strip(".").lower() not in names.title_words() or tok.i + 1 >= len(doc):
        return None
    if doc[tok.i + 1].text != "(":
        return None
    close = next((k for k in range(tok.i + 2, min(tok.i + 6, len(doc))) if doc[k].text == ")"), None)
    key = idx.tok2party.get(close + 1) if close is not None else None
    return idx.parties[key] if key is not None and idx.parties[key].ptype == "person" else None


_PLACE_TAGS = ("GPE", "ORG", "LOC", "NORP", "FAC")


def posted_holder(
    doc: Doc, tok2party: dict[int, int], parties: list[Party], prep: Token
) -> tuple[int, int] | None:
    """'Sylvania's envoy to the UN Linda Reed', 'ambassador to Norland A B': the post's place, then the
    name of a person who holds it, with nothing but the place between 'to' and the name (no title:
    'from the envoy to President A B' is sent to A B, and no possessive). The parser takes the name as
    the object of 'to'; the key of the holder and where the name starts, or None."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    key = tok2party.get(obj.i) if obj is not None and prep.lower_ == "to" else None
    if obj is None or key is None or parties[key].ptype != "person":
        return None
    start = obj.i
    while start > prep.i + 1 and tok2party.get(start - 1) == key:
        start -= 1
    while obj.i - start >= 2 and names.is_state_name(doc[start].text):
        start += 1  # "to Kenya Jane Marriott" tagged one person: the state is the post's place
    between = doc[prep.i + 1 : start]
    places = [t for t in between if t.lower_ != "the"]
    if not places or any(
        t.ent_type_ not in _PLACE_TAGS
        and not t.text.isupper()
        and not names.is_state_name(t.text)  # "the UN", untagged: an acronym names a body or a state
        or t.pos_ != "PROPN"
        or names.fold(t.text).strip(".").lower() in names.title_words()
        or any(c.dep_ == "case" for c in t.children)
        for t in places
    ):
        return None
    return key, start
