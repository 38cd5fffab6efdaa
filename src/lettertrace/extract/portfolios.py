"""A minister's portfolio of two parts written before the name, with no comma: "Minister for Foreign
Affairs and International Cooperation Ana Berg", "Minister of Health and Social Welfare Omar Haddi".
spaCy often reads the second part and the name as one body ("International Cooperation Ana Berg"); the
name is the end of that run: the words tagged as a person there, else its last two words (most names
have two)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .. import names
from ..english_words import is_english_word
from .mentions import INSTITUTION_HEADS, ROLE_HEADS, _head_word
from .name_particles import office_of_body

MAX_RUN = 12


def holders_after_portfolio(doc: Doc, people: set[int]) -> list[Span]:
    """The names written right after a portfolio of two parts joined by 'and' (``people``: the tokens
    already read as a person's)."""
    out: list[Span] = []
    for t in doc[:-6]:
        if not (
            t.text[:1].isupper() and _head_word(t) in ROLE_HEADS and doc[t.i + 1].lower_ in ("for", "of")
        ):
            continue
        end = t.i + 2
        while end < len(doc) and end - t.i < MAX_RUN and "\n" not in doc[end - 1].whitespace_:
            w = doc[end]
            if not (w.lower_ in ("and", "&") or w.pos_ == "PROPN" and w.text[:1].isupper()):
                break
            end += 1
        run = doc[t.i + 2 : end]
        joins = [w.i for w in run if w.lower_ in ("and", "&")]
        if len(joins) != 1 or joins[0] == run.start or end - joins[0] < 4:
            continue
        tail = doc[joins[0] + 1 : end]
        tagged = [w.i for w in tail if w.ent_type_ == "PERSON"]
        cut = tagged[0] if tagged else end - 2
        name = doc[cut:end]
        if cut <= joins[0] + 1 or any(w.i in people for w in name) or not _reads_as_name(name):
            continue
        out.append(name)
    return out


def _reads_as_name(span: Span) -> bool:
    """Capitalised words none of which is a title, a state's name or the head of a body."""
    return all(
        w.text[:1].isupper()
        and names.fold(w.text).lower().strip(".") not in names.title_words()
        and not names.is_state_name(w.text)
        and _head_word(w) not in INSTITUTION_HEADS
        for w in span
    )


def portfolio_part(ent: Span) -> bool:
    """'the [Home] Secretary', 'the [Treasury] Minister': one common English word tagged as a body right
    before the capitalised office it qualifies is the office's portfolio, no body. 'Minister of Foreign
    Affairs and [European Integration] of X': a capitalised run tagged as a body right after the 'and' of
    an office's portfolio ('Office of/for Words and'), and followed by 'of' or a name, is the portfolio's
    second part, no body."""
    doc = ent.doc
    if len(ent) == 1 and ent.end < len(doc) and is_english_word(ent.text) and ent.root.dep_ == "compound":
        office = doc[ent.end]
        if office.i == ent.root.head.i and office.text[:1].isupper() and _head_word(office) in ROLE_HEADS:
            return True
    k = ent.start - 1
    if k < 3 or doc[k].lower_ not in ("and", "&") or any(_head_word(w) in INSTITUTION_HEADS for w in ent):
        return False
    nxt = doc[ent.end : ent.end + 2]  # 'of X', the holder's name, or ', the holder's name'
    named = [t for t in nxt if t.text != ","][:1]
    if not named or not (named[0].lower_ == "of" or named[0].pos_ == "PROPN" and named[0].text[:1].isupper()):
        return False  # "to the Minister of Defence and Amnesty International": a body of its own
    return office_of_body(doc, ent.start + 1)  # back over "and" and the first part to "Office of/for"


# Last words of a portfolio an office is for ("Assistant Secretary for Legislative Affairs A B" tagged as one
# body with the holder's name): a name after them is the holder's.
PORTFOLIO_ENDS = frozenset({"affairs", "relations", "security", "development"})


def portfolio_of_office(e: Span) -> bool:
    """The body-tagged words follow an office's 'for' or 'of' ("Secretary for [Legislative Affairs A B]"), not
    a body's own name ("the Ministry of Rural Development X")."""
    doc = e.doc
    return (
        e.start >= 2
        and doc[e.start - 1].lower_ in ("for", "of")
        and _head_word(doc[e.start - 2]) in ROLE_HEADS
    )
