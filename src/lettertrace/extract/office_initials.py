"""An office written as its initials ("the HR/VP spoke with B", "the SG wrote to C") is the one person
the report has given that office in full ("the High Representative ... and Vice-President of the
Commission, A B", "the Secretary-General, C D"). Each part of the initials (parts are set off by "/")
spells the first letters of a run of capitalised words of one of the person's roles that holds an
office's head word; a hyphened word gives a letter per part ("Vice-President":
V P). Only where exactly one person here fits. So is an office written in full that the report set
before one person's name alone ("the High Representative/Vice-President" after "the High Representative
... and Vice-President of the Commission, A B")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc, Token

from .mentions import ROLE_HEADS, Party

_PART = re.compile(r"^[A-Z]{2,4}$")
_GLUE = frozenset({"of", "for", "the", "and", "on", "in"})


def initials_of(tok: Token) -> list[str] | None:
    """The parts of the initials the phrase headed by ``tok`` is written as ("HR/VP" -> ["HR", "VP"]),
    or None when it is not initials alone."""
    words = [t for t in tok.subtree if t.i <= tok.i and t.dep_ != "det" and t.text != "/"]
    seps = [t for t in tok.subtree if t.text == "/"]
    if len(words) - 1 != len(seps) or not all(_PART.match(t.text) for t in words):
        return None
    return [t.text for t in words]


def _runs(role: str) -> set[str]:
    """The initials of every run of capitalised words of ``role`` (not across 'and', '/' or a comma) that
    holds an office's head word ("Kessel Union Secretary-General": SG, USG, KUSG; "High Representative":
    HR; never "European Union": EU)."""
    out: set[str] = set()
    for chunk in re.split(r"\s*(?:/|,|\band\b)\s*", role):
        words = [w for w in re.findall(r"[\w'-]+", chunk) if w.lower() not in _GLUE]
        for i in range(len(words)):
            letters, office = "", False
            for w in words[i:]:
                parts = [p for p in w.split("-") if p]
                if not parts or not all(p[:1].isupper() for p in parts):
                    break
                letters += "".join(p[0] for p in parts)
                office = office or any(p.lower() in ROLE_HEADS for p in parts)
                if office:
                    out.add(letters)
    return out


def _titles_before(doc: Doc, tok2party: dict[int, int], key: int) -> list[str]:
    """What stands before each mention of the party ``key``: the phrase set off by a comma just before
    it ("The High Representative ... and Vice-President of the Commission, A B") or the capitalised
    words right before it ("Foreign Minister A B")."""
    out = []
    for i in sorted(i for i, k in tok2party.items() if k == key):
        if i == 0 or tok2party.get(i - 1) == key:
            continue
        t = doc[i]
        sent = t.sent
        if doc[t.i - 1].text == ",":  # the name in apposition to the office before it
            root = next(
                (u for u in doc[t.i : t.i + 6] if tok2party.get(u.i) == key and u.head.i != u.i + 1), t
            )
            head = root.head
            while (
                head.dep_ in _WITHIN_NAME and head.head.i < head.i and head.head.pos_ not in ("VERB", "AUX")
            ):
                head = head.head  # "the High Representative ... and Vice-President of X, A B": both offices
            if root.dep_ == "appos" and head.i < t.i - 1 and head.left_edge.i >= sent.start:
                out.append(doc[head.left_edge.i : t.i - 1].text)
        else:
            start = t.i
            while start > sent.start and (doc[start - 1].text[:1].isupper() or doc[start - 1].text == "-"):
                start -= 1
            out.append(doc[start : t.i].text)
    return out


def initials_holder(tok: Token, people: Iterable[Party], tok2party: dict[int, int]) -> Party | None:
    """The one person whose roles, or the titles set before their name, spell every part of the initials
    ``tok`` heads, else None."""
    parts = initials_of(tok)
    if not parts:
        return None
    fits = []
    for p in people:
        if p.ptype != "person" or p.name.replace(" ", "").upper() == "".join(parts):
            continue
        forms = [*p.roles, *_titles_before(tok.doc, tok2party, p.key)]
        runs = set().union(*(_runs(r) for r in forms)) if forms else set()
        if all(part in runs for part in parts):
            fits.append(p)
    return fits[0] if len(fits) == 1 else None


def office_set_before(
    tok: Token, np: str, people: Iterable[Party], tok2party: dict[int, int]
) -> Party | None:
    """The one person before whose name the report set every part of the office ``np`` (parts set off by
    "/"), each opening a part of the title set off by "and", "/" or a comma ("High Representative" in "the
    High Representative for Foreign Affairs ..., A B"; not "Prime Minister" in "Deputy Prime Minister A");
    else None."""
    parts = [_words(x) for x in np.split("/") if _words(x)]
    if not parts or any(len(p) < 2 and p[0] not in _HYPHENED for p in parts):
        return None  # (one word alone, "the President", is the role resolver's to read)
    fits = []
    for p in people:
        if p.ptype != "person" or p.key == tok2party.get(tok.i):
            continue
        chunks = [
            _words(c) for t in _titles_before(tok.doc, tok2party, p.key) for c in re.split(r"/|,|\band\b", t)
        ]
        if all(any(_run_in(part, c) for c in chunks) for part in parts):
            fits.append(p)
    return fits[0] if len(fits) == 1 else None


_WITHIN_NAME = frozenset({"pobj", "prep", "appos", "conj", "compound", "nmod"})
_HYPHENED = frozenset({"vice-president", "secretary-general", "director-general", "vice-chancellor"})


def _words(text: str) -> list[str]:
    return [w.lower() for w in re.findall(r"[\w'-]+", text) if w.lower() not in ("the", "a", "an")]


def _run_in(part: list[str], chunk: list[str]) -> bool:
    """The office's words open the chunk (not "Prime Minister" in "Deputy Prime Minister")."""
    return chunk[: len(part)] == part
