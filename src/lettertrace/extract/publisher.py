"""The person a page is published by, as government sites write it under the headline: "From: Prime
Minister's Office, 10 Downing Street and The Rt Hon A MP". Their readouts then call him only by his
office ("The Prime Minister spoke to ..."): a bare office that the publishing body is named after is
that person."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from .. import names
from ..nlp import text_of

FROM_LINE = re.compile(r"^From:[ \t]*(?P<body>[^\n]{3,300})$", re.M)
# "The Rt Hon A B MP", "Right Honourable A B": a person's name follows, whatever the tagger says
HONOURED = re.compile(
    r"\b(?:The\s+)?(?:Rt\.?\s+Hon\.?|Right\s+Hon(?:ou?rable)?)\s+(?P<name>(?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+)"
)
POSTNOMINALS = frozenset(
    {"MP", "KC", "QC", "KCB", "KCMG", "OBE", "CBE", "MBE", "MSP", "MS", "MLA", "TD", "PC"}
)
TOP_CHARS = 4000  # the line stands under the headline, never in the story


@dataclass(frozen=True)
class Publisher:
    """The person on a page's "From:" line, where the name starts in the text, and the bodies beside."""

    name: str
    start: int
    bodies: frozenset[str]


def publisher(doc: Doc) -> Publisher | None:
    """The one person named (as "The Rt Hon A") on the page's "From:" line; None when there is no such
    line or it names several."""
    cache = doc.user_data.setdefault("lettertrace_publisher", {})
    if "found" not in cache:
        cache["found"] = _read(text_of(doc)[:TOP_CHARS])
    return cache["found"]  # type: ignore[no-any-return]


def _read(text: str) -> Publisher | None:
    line = FROM_LINE.search(text)
    if line is None:
        return None
    found = list(HONOURED.finditer(line.group("body")))
    if len(found) != 1:
        return None
    words = found[0].group("name").split()
    while words and words[-1] in POSTNOMINALS:
        words.pop()
    if len(words) < 2:
        return None
    bodies = names.content_words(line.group("body")[: found[0].start()])
    return Publisher(" ".join(words), line.start("body") + found[0].start("name"), frozenset(bodies))


def bare_office_of(pub: Publisher, tok: Token) -> bool:
    """'The Prime Minister' (no name, place or nationality) on a page from the 'Prime Minister's Office'."""
    phrase = list(tok.subtree)
    if any(t.dep_ not in ("det", "compound") and t is not tok for t in phrase):
        return False
    if any(t.ent_type_ in ("NORP", "GPE", "PERSON") for t in phrase):
        return False
    words = names.content_words(" ".join(t.text for t in phrase))
    return bool(words) and words <= pub.bodies
