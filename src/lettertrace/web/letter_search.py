"""A search of the letters table: the letters it finds, read through indexes and kept per state of the
register (issue 10, the register at scale).

A letter is found when a report that tells it or a verbatim quote of it matches the words (FTS5), when
an entity the words name is a party to it (an alias expands: 'Haniya' also finds Ismail Haniyeh's), or
when each word is in its id, its kind or a party's name. That last test is read through indexes, so it
is of whole words' beginnings: a word is in the id when the id begins with it, in a kind when the kind
holds it, and in a party's name when the name holds it and a word of the name begins with the word (its
last part: 'al-nakh' is in Ziyad al-Nakhalah) as the name index has them (``name_index``: 'kett' finds
Tomas Kettle, 'ettle' does not); 'Unknown' is the name of a party not in the register and of a letter's
missing sender.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, text

from .. import name_index, names, query, search_index
from .. import register_sql as sql
from ..export.register_data import entities_by_id
from .register_view import RegisterView

MAX_EXPANSION = 5  # a search naming more entities than this is a common word, not an alias: no expansion
UNKNOWN = "unknown"  # the name the tables give a party not in the register (and a missing sender)
_PAST = "\U0010ffff"  # sorts after every character: a prefix's range ends with it
# Letters a search finds are looked up one by one (and sorted) up to sqrt(PROBED_FROM * letters in the
# register); more are read in date order until a page is full: a page of 51,195 of 1,000,000 letters
# took 54 ms one by one and 7 ms in date order (benchmarks/register_scale.py).
PROBED_FROM = 100


@dataclass
class Search:
    """A search: the FTS5 query (the words, or any entity they name), the named entities and the ids of
    the letters it finds (``found``)."""

    words: str
    match: str
    entities: list[dict[str, Any]]
    ids: frozenset[str] = field(default_factory=frozenset)
    filter: sql.Filter | None = None  # the letters as a filter (``search_filter``), made once


def named_by(reg: RegisterView, words: str) -> list[dict[str, Any]]:
    """The entities a search names: by a form of their name ('Haniya', 'Khamenei') or by one of their
    aliases whole ('Abu Mazen'); none when more than ``MAX_EXPANSION`` do (a common word). A word
    inside a longer alias does not count: 'Jihad' must not find everyone an alias mentions it for."""
    want = names.fold(words).strip()
    if not want:
        return []
    with reg.store.connect() as conn:  # tried on those the name index gives, not on every entity
        found = entities_by_id(conn, name_index.candidates(conn, words))
    ents = [
        e
        for e in (found[i] for i in sorted(found))
        if names.same_person(words, e["name"]) or any(names.fold(a) == want for a in e["aliases"])
    ]
    return ents if len(ents) <= MAX_EXPANSION else []


def search(reg: RegisterView, words: str) -> Search:
    """Run a search: the words as typed, and the names of the entities they name; the letters it finds,
    kept per state of the register (the same search again costs nothing)."""
    held = reg.snap.searches.get(words)
    if held is None:
        ents = named_by(reg, words)
        extra = [e["name"] for e in ents if names.fold(e["name"]) != names.fold(words)]
        match = query.fts_any([words, *extra])
        with reg.store.connect() as conn:
            ids = found(reg, conn, match, ents, names.fold(words).split())
        held = reg.snap.remember_search(words, Search(words, match, ents, frozenset(ids)))
    return held


def search_filter(reg: RegisterView, s: Search) -> sql.Filter:
    """The letters a search finds, as a filter: looked up by id; a page of a great many (at least
    ``sqrt(PROBED_FROM * letters in the register)``) is read in date order, each looked up among them."""
    if s.filter is None:
        ids = sql.json_ids(s.ids)
        probe = len(s.ids) ** 2 >= PROBED_FROM * max(1, reg.total)
        s.filter = sql.Filter([sql.among(ids)], probed=[sql.among(ids, probe=True)] if probe else None)
    return s.filter


def found(
    reg: RegisterView, conn: Connection, match: str, ents: list[dict[str, Any]], words: list[str]
) -> set[str]:
    """Ids of the letters a search finds (see the module's docstring)."""
    out = search_index.hit_letters(conn, match) | _of_parties(conn, {e["id"] for e in ents})
    each: set[str] | None = None
    for w in words:  # every word: the smallest set first is not known, so in the order typed
        mine = _with_word(reg, conn, w)
        each = mine if each is None else each & mine
        if not each:
            break
    return out | (each or set())


def _with_word(reg: RegisterView, conn: Connection, w: str) -> set[str]:
    """Ids of the letters whose id begins with ``w``, whose kind holds it, or a party's name of which
    holds it at the beginning of one of its words (read through the name index)."""
    out = set(
        conn.execute(
            text("SELECT id FROM communications WHERE id >= :w AND id < :top"), {"w": w, "top": w + _PAST}
        ).scalars()
    )
    kinds = sorted(k for k in reg.snap.facet_counts("kind") if w in k)
    if kinds:
        marks = ", ".join(f":k{i}" for i in range(len(kinds)))
        q = text(f"SELECT id FROM communications WHERE kind IN ({marks})")
        out.update(conn.execute(q, {f"k{i}": k for i, k in enumerate(kinds)}).scalars())
    parties = {e for e in _name_holds(conn, w) if e in reg.names and _holds(reg, e, w)}
    if UNKNOWN.startswith(w):
        parties |= {e for e in reg.snap.facet_counts("party") if e not in reg.names}  # not in the register
        q = text("SELECT id FROM communications WHERE sender IS NULL OR sender = ''")  # ix_comm_no_sender
        out.update(conn.execute(q).scalars())
    return out | _of_parties(conn, parties)


def _holds(reg: RegisterView, eid: str, w: str) -> bool:
    """Whether entity ``eid``'s name holds ``w`` and a word of it begins with ``w``'s last part."""
    last = names.tokens(w)[-1:]
    name = reg.names[eid][0]
    return w in reg.snap.folded_name(eid) and any(t.startswith(last[0]) for t in names.tokens(name) if last)


def _name_holds(conn: Connection, w: str) -> set[str]:
    """Ids of the entities a form of which has a word beginning with one of ``w``'s (its last: a word of
    several, 'al-nakhalah', begins a word of a name that holds it), and those not indexed again yet."""
    toks = names.tokens(w)
    if not toks:
        return set()
    probe = "t" + toks[-1]
    q = "SELECT entity_id FROM name_keys WHERE key >= :lo AND key < :hi UNION SELECT entity_id FROM name_dirty"
    return set(conn.execute(text(q), {"lo": probe, "hi": probe + _PAST}).scalars())


def _of_parties(conn: Connection, ids: set[str]) -> set[str]:
    """Ids of the letters one of the entities ``ids`` sent or received."""
    out: set[str] = set()
    ordered = sorted(ids)
    for i in range(0, len(ordered), 500):
        part = ordered[i : i + 500]
        marks = ", ".join(f":e{j}" for j in range(len(part)))
        q = text(f"SELECT communication_id FROM comm_parties WHERE entity_id IN ({marks})")
        out.update(conn.execute(q, {f"e{j}": e for j, e in enumerate(part)}).scalars())
    return out
