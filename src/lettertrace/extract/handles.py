"""A social-media handle as the person it names: "a call with @ElenaRuizMX" is Elena Ruiz (or Ruiz) whom the
report names, "@FortinPM" Fortin. A handle is read as the words its capitals and case split it into ("Elena",
"Ruiz", "MX"); it names the one person of the report whose family name is one of those words (and whose given
name and family name, run together, may open it: "@narendramodi"). Never a guess between two people, nor a name the report does
not tell."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .. import names
from .mentions import Party

_PIECES = re.compile(r"[A-Z][a-z]+|[A-Z]+(?![a-z])|[a-z]+")


def handle_words(handle: str) -> list[str]:
    """The folded words of a handle: '@ElenaRuizMX' -> ['elena', 'ruiz', 'mx'], '@narendramodi' ->
    ['narendramodi']."""
    return [names.fold(w).lower() for w in _PIECES.findall(handle.lstrip("@"))]


def handle_person(handle: str, parties: Iterable[Party]) -> Party | None:
    """The one person of ``parties`` the handle names, else None."""
    words = handle_words(handle)
    joined = "".join(words)
    found: list[Party] = []
    for p in parties:
        if p.ptype != "person" or p.group:
            continue
        core = names.core_tokens(p.name)
        if not core or len(core[-1]) < 3:
            continue
        if (core[-1] in words or joined.startswith("".join(core))) and p not in found:  # "@ElenaRuizMX"
            found.append(p)  # (a party merged into another is listed under both keys)
    return found[0] if len(found) == 1 else None
