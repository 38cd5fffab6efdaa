"""A body's name the recogniser cut before its remit: "the UN Committee" + "on the Elimination of
Discrimination against Fishermen", "the Council" + "for Northern Affairs". A phrase tagged as an
organisation that ends on the head word of a body, followed by 'on', 'for', 'against' or 'of' and words in
capitals (with the small words names of bodies hold), is one name with them ("the Central Committee" + "of
the Workers' Party of Norland")."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .english_words import is_english_word
from .names import title_words

# Head words of bodies whose name may go on with their remit ("Committee on ...", "Council for ...").
BODY_HEADS = frozenset(
    "committee subcommittee commission council court tribunal board agency authority institute forum union"
    " federation association organisation organization fund panel group conference assembly centre center"
    " bureau network alliance coalition movement league foundation programme program office service".split()
)
_REMIT = frozenset({"on", "for", "against", "of"})
_SMALL = frozenset({"the", "of", "on", "for", "against", "in", "to", "and", "or", "&", "'", "’"})
_NOT_NAMES = frozenset({"DATE", "TIME", "PERSON", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})


def whole_bodies(doc: Doc, ents: list[Span]) -> tuple[list[Span], bool]:
    """``ents`` with each body's name carried on over its remit (and the spans inside it dropped), and
    whether any was."""
    out: list[Span] = []
    changed = False
    for ent in ents:
        if out and out[-1].end > ent.start:
            changed = True
            continue  # taken into the body's name before
        end = _remit_end(doc, ent)
        crossing = [t for e in ents if e.start < end < e.end for t in doc[end : e.end]]
        if end > ent.end and all(t.is_punct for t in crossing):  # (a bracket the recogniser took in)
            ent, changed = Span(doc, ent.start, end, label="ORG"), True
        out.append(ent)
    return out, changed


def _remit_end(doc: Doc, ent: Span) -> int:
    """Where the name of the body ``ent`` ends when its remit follows it in capitals; else ``ent.end``."""
    if ent.label_ != "ORG" or ent[-1].lower_ not in BODY_HEADS or ent.end + 1 >= len(doc):
        return ent.end
    prep = doc[ent.end]
    if prep.lower_ not in _REMIT or "\n" in ent[-1].whitespace_:
        return ent.end
    end = last = ent.end + 1
    sent_end = ent[-1].sent.end
    worded = False  # a common word of English in the remit ("Elimination", "Affairs"): not "for Paris"
    while end < sent_end and _name_word(doc, end):
        if doc[end].lower_ not in _SMALL:
            last = end + 1
            worded = worded or is_english_word(doc[end].lemma_)
        if "\n" in doc[end].whitespace_:
            end += 1
            break
        end += 1
    return last if last > ent.end + 1 and worded else ent.end


def _name_word(doc: Doc, i: int) -> bool:
    """A word a body's name holds: a word in capitals, or a small word before more of the name ('and' only
    before a word in capitals that opens no new phrase: not "... Rights and the Council")."""
    t: Token = doc[i]
    if t.ent_type_ in _NOT_NAMES:
        return False
    if t.lower_ in ("and", "or", "&"):
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        return nxt is not None and nxt.is_title and nxt.lower_ != "the" and nxt.ent_type_ not in _NOT_NAMES
    if t.lower_ in _SMALL:
        return True
    if (
        t.lower_ in title_words()
        or t.pos_ == "PROPN"
        and i + 1 < len(doc)
        and doc[i + 1].text in ("'s", "’s")
    ):
        return False  # "for Coach A B", "on A B's complaint": a person (the recogniser missed), no remit
    return (t.is_title or t.is_upper and len(t) > 1) and t.is_alpha or t.text in ("'s", "’s")


def short_in_brackets(tok: Token) -> tuple[int, str] | None:
    """'The Committee on the Protection of X (CPX)': where the short name in brackets inside the phrase
    headed by ``tok`` opens, and that short name (one to four words, the first in capitals, no digit)."""
    doc = tok.doc
    for i in range(tok.i + 1, tok.right_edge.i + 1):
        if doc[i].text != "(":
            continue
        close = next((k for k in range(i + 1, min(len(doc), i + 6)) if doc[k].text == ")"), None)
        inner = doc[i + 1 : close].text if close is not None and close > i + 1 else ""
        if inner[:1].isupper() and not any(ch.isdigit() for ch in inner):
            return i, inner
        return None
    return None
