"""A description a report names a person by, once the resolver has found its holder: "the Hungarian
leader", "Iran's President", "the Emir of Norland", "His Holiness", "the Grand Mufti of Kessel". Each
is one of the forms the register lists for that person in that report (what a reader may look for),
never a form the resolver matches names by: they ride with the report's party as seen forms.

Relative descriptions ("his counterpart", "her predecessor", "the latter") and descriptions that
hold a name (read by :mod:`seen_forms`) are no such forms."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from .. import names
from .partners import ABBREVIATED_ADDRESS, HONORIFIC_HEADS

if TYPE_CHECKING:
    from .coref import InReportResolution
    from .mentions import Party

KEY = "lettertrace_role_forms"  # Doc.user_data: party key -> its forms, in reading order
MOST_WORDS = 10
_RELATIVE = {"his", "her", "their", "its", "our", "my", "your", "whose"}
_ADDRESS = {
    "his",
    "her",
    "their",
    "your",
    "highness",
    "majesty",
    "excellency",
    "holiness",
    "eminence",
    "royal",
}
_ANAPHORA = {"latter", "former", "counterpart", "same", "other", "one"}


def note_role_form(res: InReportResolution, tok: Token, party: Party | None) -> Party | None:
    """``party``, having noted the description headed by ``tok`` as one of its forms where it is one."""
    if party is None or party.ptype != "person" or not _describes(tok):
        return party
    from .mentions import _np_text, clean_np, names_someone

    form = clean_np(_np_text(tok))
    if form.endswith(("'s", "\u2019s")):
        form = clean_np(form[:-2])  # "the Leader's letter": the description, not its possessive
    words = form.split()
    if not 2 <= len(words) <= MOST_WORDS or not form[:1].isalpha() or not names_someone(form):
        return party  # (not "the High Representative for X and": a phrase the parser cut short)
    if {names.fold(w).strip(".,").lower() for w in words} <= _ADDRESS:
        return party  # "His Majesty", "Her Excellency": a form of address names no one out of its report's context
    own = {names.fold(w).lower() for w in names.core_tokens(party.name)}
    if own & {names.fold(w).strip(".,").lower() for w in words}:
        return party  # a form with the name in it: the seen forms' business
    first = tok.doc[tok.left_edge.i]
    if first.text in _RELATIVE or first.lower_ in ("a", "an"):
        return party  # "his counterpart", "a senior official": not a name for one person
    if any(t.lower_ in _ANAPHORA for t in tok.subtree) or _names_another(res, tok, party):
        return party
    forms = tok.doc.user_data.setdefault(KEY, {}).setdefault(party.key, [])
    if form not in forms:
        forms.append(form)
    return party


def role_forms(doc: Doc, key: int) -> tuple[str, ...]:
    return tuple(doc.user_data.get(KEY, {}).get(key, ()))


def _describes(tok: Token) -> bool:
    """A noun phrase headed by an office or a form of address, not by a name."""
    from .mentions import ROLE_HEADS, _head_word

    if tok.pos_ not in ("NOUN", "PROPN") or tok.tag_ in ("NNS", "NNPS"):
        return False
    head = _head_word(tok)
    return head in ROLE_HEADS or head in HONORIFIC_HEADS or tok.text.replace(".", "") in ABBREVIATED_ADDRESS


def _names_another(res: InReportResolution, tok: Token, party: Party) -> bool:
    """A person's name inside the phrase that is not the holder's ("the wife of President A")."""
    for t in tok.subtree:
        k = res.tok2party.get(t.i)
        if k is not None and k != party.key and res.parties[k].ptype == "person":
            return True
    return False
