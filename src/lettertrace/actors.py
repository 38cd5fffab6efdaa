"""Well-known actors of ``data/aliases.yaml`` (names, aliases, Wikidata ids, dated offices) and the
epithets of states (``data/epithets.yaml``): documented resources, read once.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache

from . import names


@dataclass
class Actor:
    name: str
    etype: str
    wikidata: str | None
    aliases: list[str]


@cache
def known_actors() -> tuple[Actor, ...]:
    """Actors of the alias file."""
    rows = names._data("aliases.yaml") or []
    out = []
    for r in rows:
        out.append(
            Actor(
                r["name"], r.get("type", "person"), r.get("wikidata"), [r["name"], *(r.get("aliases") or [])]
            )
        )
    return tuple(out)


@cache
def _office_rows() -> tuple[tuple[str, tuple[str, ...]], ...]:
    out = []
    for r in names._data("aliases.yaml") or []:
        offices = []
        for o in r.get("offices") or []:
            where = o.get("country") or o.get("org") or ""
            offices.append(f"{o['office']} of {where}".strip() if where else o["office"])
            if where:
                adj = where.split()[0]
                offices.append(f"{adj} {o['office']}")
        out.append((r["name"], tuple(offices)))
    return tuple(out)


def known_offices(name: str) -> list[str]:
    """Offices the alias file records for a person (any date; used only to read role descriptions). A
    name of two words may be written family name first, as a page's list of persons does ("Putin
    Vladimir")."""
    words = name.split()
    forms = [name, f"{words[1]} {words[0]}"] if len(words) == 2 else [name]
    for actor, offices in _office_rows():
        if offices and any(names.same_person(f, actor) for f in forms) and len(names.core_tokens(name)) >= 2:
            return list(offices)
    for a in known_actors():  # a short name the alias file lists as such ("Francis", "von der Leyen")
        if a.etype == "person" and any(names.fold(al) == names.fold(name) for al in a.aliases):
            return next((list(o) for n, o in _office_rows() if n == a.name), [])
    return []


@cache
def epithets() -> dict[str, list[str]]:
    """State -> the epithets that name it."""
    return {k: list(v) for k, v in (names._data("epithets.yaml") or {}).items()}


@dataclass(frozen=True)
class Term:
    """One office an actor of the alias file held, with its place or body and its dates."""

    holder: str
    office: str
    where: str  # the country or the organisation
    start: dt.date | None
    end: dt.date | None  # None: still held when the file was written
    body: bool = False  # the office is an organisation's, not a country's


@cache
def office_terms() -> tuple[Term, ...]:
    """Every dated office of the alias file."""
    out = []
    for r in names._data("aliases.yaml") or []:
        for o in r.get("offices") or []:
            out.append(
                Term(
                    r["name"],
                    str(o["office"]),
                    str(o.get("country") or o.get("org") or ""),
                    _as_date(o.get("from")),
                    _as_date(o.get("to")),
                    bool(o.get("org")) and not o.get("country"),
                )
            )
    return tuple(out)


def _as_date(value: object) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)) if value else None
