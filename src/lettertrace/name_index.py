"""An index of the entities' names, so that a party given by a part of its name is found without trying
every entity's name (issue 10, the register at scale; schema v6).

``name_keys`` holds, for every form of an entity (its name, each alias, its id), the keys a name the user
types can meet it by, as ``query._matches`` compares them: the whole folded form (``=``), each of its
folded tokens (``t``) and the transliteration skeleton of each of its core tokens (``s``). ``name_vocab``
holds every skeleton once. The keys are made in Python (``names``); triggers in plain SQL, which any
client that writes the file runs, put each entity whose name or aliases change in ``name_dirty``, and
:func:`refresh` (after a relink, when a register is opened) indexes those again. A lookup
(:func:`candidates`) gives a superset of the entities ``query._matches`` accepts: those with a key of the
name, or a skeleton within ``names.TOKEN_MATCH`` of one of the name's, and every entity not indexed
again yet; the caller applies the match itself to them.
"""

from __future__ import annotations

from sqlalchemy import Connection, text


def keys_of(form: str | None) -> list[str]:
    """The keys one form of an entity is found by (sorted, each once)."""
    from . import names  # only when a name is indexed or looked up (yaml, rapidfuzz)

    if not form:
        return []
    out = {"=" + names.fold(form)}
    out.update("t" + t for t in names.tokens(form))
    out.update("s" + names.skeleton(t) for t in names.core_tokens(form))
    return sorted(out)


def _dirty(entity: str) -> str:
    return f"INSERT OR IGNORE INTO name_dirty (entity_id) VALUES ({entity});"


_TRIGGERS = {
    "name_dirty_entity_insert": f"AFTER INSERT ON entities BEGIN {_dirty('NEW.id')} END",
    "name_dirty_entity_delete": f"AFTER DELETE ON entities BEGIN {_dirty('OLD.id')} END",
    "name_dirty_entity_update": f"AFTER UPDATE OF id, name ON entities BEGIN {_dirty('OLD.id')} {_dirty('NEW.id')} END",
    "name_dirty_alias_insert": f"AFTER INSERT ON aliases BEGIN {_dirty('NEW.entity_id')} END",
    "name_dirty_alias_delete": f"AFTER DELETE ON aliases BEGIN {_dirty('OLD.entity_id')} END",
    "name_dirty_alias_update": (
        f"AFTER UPDATE OF entity_id, alias ON aliases BEGIN {_dirty('OLD.entity_id')} {_dirty('NEW.entity_id')} END"
    ),
}
_DELETE_TRIGGERS = ("name_dirty_entity_delete", "name_dirty_alias_delete")

# Every statement may run again on a register that has it. Every entity of a register made before
# starts out to be indexed (``refresh``, as the register is opened).
NAME_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS name_keys (key VARCHAR NOT NULL, entity_id VARCHAR NOT NULL, "
    "PRIMARY KEY (key, entity_id)) WITHOUT ROWID",
    "CREATE INDEX IF NOT EXISTS ix_name_keys_entity ON name_keys (entity_id)",
    # skeletons are never taken out: one no entity has any more costs a lookup that finds nothing
    "CREATE TABLE IF NOT EXISTS name_vocab (skeleton VARCHAR NOT NULL PRIMARY KEY) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS name_dirty (entity_id VARCHAR NOT NULL PRIMARY KEY) WITHOUT ROWID",
    *(f"CREATE TRIGGER IF NOT EXISTS {name} {body}" for name, body in _TRIGGERS.items()),
    "INSERT OR IGNORE INTO name_dirty (entity_id) SELECT id FROM entities",
)


def empty(conn: Connection) -> None:
    """Delete every entity, alias and key, in the caller's transaction, as SQLite empties a table with no
    trigger (a relink empties them; row by row each would mark its entity to index again)."""
    for name in _DELETE_TRIGGERS:
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    for t in ("aliases", "entities", "name_keys", "name_dirty"):
        conn.exec_driver_sql(f"DELETE FROM {t}")
    for name in _DELETE_TRIGGERS:
        conn.exec_driver_sql(f"CREATE TRIGGER IF NOT EXISTS {name} {_TRIGGERS[name]}")


def refresh(conn: Connection) -> int:
    """Index again every entity marked in ``name_dirty`` (its keys from its name, aliases and id, or none
    when it is gone), in the caller's transaction; how many."""
    dirty = conn.execute(text("SELECT entity_id FROM name_dirty")).scalars().all()
    for i in range(0, len(dirty), 500):
        part = dirty[i : i + 500]
        marks = ", ".join(f":e{j}" for j in range(len(part)))
        ids = {f"e{j}": e for j, e in enumerate(part)}
        forms = conn.execute(
            text(
                f"SELECT id, name FROM entities WHERE id IN ({marks}) UNION ALL SELECT id, id FROM entities "
                f"WHERE id IN ({marks}) UNION ALL SELECT entity_id, alias FROM aliases WHERE entity_id IN ({marks})"
            ),
            ids,
        ).tuples()
        rows = {(k, e) for e, form in forms for k in keys_of(form)}
        conn.execute(text(f"DELETE FROM name_keys WHERE entity_id IN ({marks})"), ids)
        if rows:
            conn.execute(
                text("INSERT OR IGNORE INTO name_keys (key, entity_id) VALUES (:k, :e)"),
                [{"k": k, "e": e} for k, e in sorted(rows)],
            )
            skeletons = sorted({k[1:] for k, _e in rows if k.startswith("s")})
            conn.execute(
                text("INSERT OR IGNORE INTO name_vocab (skeleton) VALUES (:s)"), [{"s": s} for s in skeletons]
            )
        conn.execute(text(f"DELETE FROM name_dirty WHERE entity_id IN ({marks})"), ids)
    return len(dirty)


def candidates(conn: Connection, name: str) -> list[str]:
    """Ids of the entities (in id order) one of whose forms may match ``name`` as ``query._matches`` has
    it: a superset (each still to be matched), read through the index."""
    from rapidfuzz import fuzz, process

    from . import names

    want = names.fold(name).strip()
    keys = {"=" + names.fold(name), "=" + want, "t" + want}
    core = names.core_tokens(name)
    skeletons = {names.skeleton(t) for t in core}
    fuzzy = {names.skeleton(t) for t in core if len(t) >= 4}  # token_match: exact below 4 letters
    if fuzzy:
        vocab = conn.execute(text("SELECT skeleton FROM name_vocab")).scalars().all()
        for s in fuzzy:
            found = process.extract(
                s, vocab, scorer=fuzz.ratio, processor=None, score_cutoff=names.TOKEN_MATCH, limit=None
            )
            skeletons.update(m for m, _score, _i in found)
    keys.update("s" + s for s in skeletons)
    return _with_keys(conn, keys)


def folded_to(conn: Connection, folded: str) -> list[str]:
    """Ids of the entities (in id order) one of whose forms may fold to ``folded`` (``names.fold``): a
    superset, as ``candidates``."""
    return _with_keys(conn, {"=" + folded})


def _with_keys(conn: Connection, keys: set[str]) -> list[str]:
    """Ids of the entities (in id order) with one of ``keys``, and those not indexed again yet."""
    ordered = sorted(keys)
    out = set(conn.execute(text("SELECT entity_id FROM name_dirty")).scalars())
    for i in range(0, len(ordered), 500):
        part = ordered[i : i + 500]
        marks = ", ".join(f":k{j}" for j in range(len(part)))
        q = text(f"SELECT DISTINCT entity_id FROM name_keys WHERE key IN ({marks})")
        out.update(conn.execute(q, {f"k{j}": k for j, k in enumerate(part)}).scalars())
    return sorted(out)
