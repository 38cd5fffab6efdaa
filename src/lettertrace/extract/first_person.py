"""The "I" of an opinion piece outside quotes: the author its byline names ("By A ... Last year I wrote
to the minister")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .mentions import Party

if TYPE_CHECKING:
    from .coref import InReportResolution


def byline_self(idx: InReportResolution, tok: Token) -> Party | None:
    """'By A ... Last year I wrote to the minister': outside quotes, the byline's author is the 'I'."""
    author = idx.doc.user_data.get("lettertrace_author")
    spans = idx.doc.user_data.get("lettertrace_quotes", {}).get("spans", [])
    if not author or any(q.start <= tok.idx < q.end for q in spans):
        return None
    if tok.head.lemma_.lower() in (
        "call",
        "phone",
        "telephone",
        "ring",
        "speak",
        "talk",
        "reach",
        "contact",
    ):
        return None  # "I called the ministry for comment": the reporter's own work, no correspondence
    found = idx._find_person(author)
    if found is None:
        found = idx._new(author, "person", tok.i)
        found.add_surface(author)
    idx.tok2party[tok.i] = found.key
    return found
