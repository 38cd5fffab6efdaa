"""Appliers of the corrections to entities and quotes: merge two entities, split an alias off an entity,
set a quote's speaker or the letter it is from."""

from __future__ import annotations

import json
import re
from typing import Any

from sqlalchemy import delete, insert, select, update

from ..store import aliases, comm_mentions, communications, entities, quotes
from .keys import Orphaned, fold, name_of, resolve_comm, resolve_entity, resolve_quote


def apply_merge_entities(conn: Any, target: Any, _value: Any) -> tuple[str, Any]:
    """``drop`` joins ``keep``: its letters, quotes, aliases and roles; its name becomes an alias."""
    keep = resolve_entity(conn, target["keep"])
    drop = resolve_entity(conn, target["drop"])
    if keep == drop:  # one entity already (the rules resolve them as one now): the correction holds
        return keep, None
    k = dict(conn.execute(select(entities).where(entities.c.id == keep)).one()._mapping)
    d = dict(conn.execute(select(entities).where(entities.c.id == drop)).one()._mapping)
    conn.execute(update(communications).where(communications.c.sender == drop).values(sender=keep))
    for cid, recips in conn.execute(select(communications.c.id, communications.c.recipients)).all():
        ids = json.loads(recips)
        if drop in ids:
            merged = list(dict.fromkeys(keep if e == drop else e for e in ids))
            conn.execute(
                update(communications).where(communications.c.id == cid).values(recipients=json.dumps(merged))
            )
    conn.execute(update(quotes).where(quotes.c.speaker == drop).values(speaker=keep))
    conn.execute(update(aliases).where(aliases.c.entity_id == drop).values(entity_id=keep))
    conn.execute(insert(aliases).values(entity_id=keep, alias=d["name"], akind="name", report_id=None))
    roles = json.loads(k["roles"] or "[]") + json.loads(d["roles"] or "[]")
    conn.execute(
        update(entities)
        .where(entities.c.id == keep)
        .values(roles=json.dumps(roles), wikidata=k["wikidata"] or d["wikidata"])
    )
    conn.execute(delete(entities).where(entities.c.id == drop))
    return keep, d


def _entity_id(conn: Any, name: str) -> str:
    base = "e-" + (re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-") or "entity")
    eid, n = base, 1
    while conn.execute(select(entities.c.id).where(entities.c.id == eid)).first() is not None:
        n += 1
        eid = f"{base}-{n}"
    return eid


def _named(data: dict[str, Any] | None, want: str) -> bool:
    return bool(data) and fold(str((data or {}).get("name") or "")) == want


def apply_split_alias(conn: Any, target: Any, _value: Any) -> tuple[str, Any]:
    """The alias is not this entity: it leaves it, and the communications and quotes whose report names
    the party by it (as its name there) go to a new entity of that name (of the same type). An alias no
    report names a party by is simply dropped."""
    eid = resolve_entity(conn, target["entity"])
    alias = target["alias"]
    want = fold(alias)
    e = dict(conn.execute(select(entities).where(entities.c.id == eid)).one()._mapping)
    if fold(e["name"]) == want:
        raise Orphaned(f"{alias!r} is now the name of {eid} itself")
    forms = [
        a
        for a in conn.execute(select(aliases).where(aliases.c.entity_id == eid)).all()
        if fold(a.alias) == want
    ]
    senders, recipients = [], []
    for c in conn.execute(select(communications)).all():
        if c.sender != eid and eid not in json.loads(c.recipients):
            continue
        ms = [
            json.loads(m.data)
            for m in conn.execute(
                select(comm_mentions.c.data).where(comm_mentions.c.communication_id == c.id)
            ).all()
        ]
        if c.sender == eid and any(_named(m.get("sender"), want) for m in ms):
            senders.append(c.id)
        if eid in json.loads(c.recipients) and any(
            _named(r, want) for m in ms for r in m.get("recipients") or []
        ):
            recipients.append(c.id)
    spoken = [
        q.id
        for q in conn.execute(select(quotes.c.id, quotes.c.speaker_name).where(quotes.c.speaker == eid)).all()
        if fold(q.speaker_name or "") == want
    ]
    if not forms and not senders and not recipients and not spoken:
        raise Orphaned(f"{e['name']} ({eid}) has no alias {alias!r} now")
    was: dict[str, Any] = {
        "entity": None,
        "sender_of": senders,
        "recipient_of": recipients,
        "speaker_of": spoken,
    }
    if not (senders or recipients or spoken):
        conn.execute(
            delete(aliases)
            .where(aliases.c.entity_id == eid)
            .where(aliases.c.alias.in_([a.alias for a in forms]))
        )
        return eid, was
    new = _entity_id(conn, alias)
    conn.execute(insert(entities).values(id=new, name=alias, etype=e["etype"], wikidata=None, roles="[]"))
    conn.execute(
        update(aliases)
        .where((aliases.c.entity_id == eid) & aliases.c.alias.in_([a.alias for a in forms]))
        .values(entity_id=new)
    )
    conn.execute(update(communications).where(communications.c.id.in_(senders)).values(sender=new))
    for cid in recipients:
        recips = json.loads(
            conn.execute(select(communications.c.recipients).where(communications.c.id == cid)).scalar_one()
        )
        moved = list(dict.fromkeys(new if r == eid else r for r in recips))
        conn.execute(
            update(communications).where(communications.c.id == cid).values(recipients=json.dumps(moved))
        )
    conn.execute(update(quotes).where(quotes.c.id.in_(spoken)).values(speaker=new))
    was["entity"] = new
    return f"{eid} {new}", was


def apply_quote_speaker(conn: Any, target: Any, value: Any) -> tuple[str, Any]:
    """Who speaks in a quote (or paraphrase): an entity, or no one."""
    q = resolve_quote(conn, target["quote"])
    new = resolve_entity(conn, value["entity"]) if value.get("entity") else None
    named = name_of(conn, new)
    conn.execute(
        update(quotes)
        .where(quotes.c.id == q["id"])
        .values(speaker=new, speaker_name=named["name"] if named else None)
    )
    return str(q["id"]), {"id": q["speaker"], "name": q["speaker_name"]}


def apply_quote_letter(conn: Any, target: Any, value: Any) -> tuple[str, Any]:
    """Which communication a quote (or paraphrase) is from: one, or none."""
    q = resolve_quote(conn, target["quote"])
    cid = resolve_comm(conn, value["comm"]) if value.get("comm") else None
    if (
        cid is not None
        and conn.execute(select(communications.c.id).where(communications.c.id == cid)).first() is None
    ):
        raise Orphaned(f"communication {cid} is no longer in the register (rejected?)")
    conn.execute(update(quotes).where(quotes.c.id == q["id"]).values(communication_id=cid))
    return str(q["id"]), q["communication_id"]


APPLIERS = {
    "merge_entities": apply_merge_entities,
    "split_alias": apply_split_alias,
    "quote_speaker": apply_quote_speaker,
    "quote_letter": apply_quote_letter,
}
