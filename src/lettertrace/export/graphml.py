"""GraphML export: the correspondence network (networkx), entities as nodes, communications as edges.

Only entities that send or receive a communication are nodes (an entity named in a report but party
to nothing is no part of the network). A value the register does not know is left out of the node
or edge (GraphML readers then see the key's absence), never written as an empty string. Each edge
carries the communication's reports, flags, how its date was worked out and any analyst's correction (a node:
an entity merged or split by one); lists are written as
space-separated ids (report ids) or codes (flags), GraphML having no list type.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import networkx as nx

from ..store import Store
from . import register
from .register_data import communication_list, entity_list

UNKNOWN_NODE = "unknown"


def _present(**attrs: Any) -> dict[str, Any]:
    """The attributes whose value is known (not None, not an empty string or list)."""
    return {k: v for k, v in attrs.items() if v is not None and v != "" and v != []}


def edge_attrs(c: dict[str, Any]) -> dict[str, Any]:
    """A communication's edge attributes: id, kind, date and its basis, reports, flags, reply, and the
    analysts' corrections that apply ("field by who: why", joined with ' | ')."""
    reports = list(dict.fromkeys(m["document"] for m in c["mentions"]))
    return _present(
        id=c["id"],
        kind=c["kind"],
        implied=bool(c["implied"]),
        earliest=c["date"]["earliest"],
        latest=c["date"]["latest"],
        precision=c["date"]["precision"],
        date_basis=c.get("date_basis"),
        date_inferred=bool(c.get("date_inferred")),
        in_reply_to=c["in_reply_to"],
        reports=" ".join(reports),
        report_count=len(reports),
        flags=" ".join(dict.fromkeys(f["code"] for f in c["flags"])),
        flag_messages=" | ".join(f["message"] for f in c["flags"]),
        corrected=" | ".join(f"{x['field']} by {x['by']}: {x['why']}" for x in c.get("corrected", [])),
    )


def correspondence_graph(
    store: Store,
    comms: Iterable[dict[str, Any]] | None = None,
    ents: dict[str, dict[str, Any]] | None = None,
) -> nx.MultiDiGraph:
    """Parties as nodes (label, type, wikidata when known); one edge per communication and recipient.
    ``comms`` and ``ents`` (id -> entity) when the caller holds the register's dicts already (the web
    UI's snapshot); else they are read from ``store``."""
    g = nx.MultiDiGraph(name="lettertrace correspondence network")
    ents = ents if ents is not None else {e["id"]: e for e in entity_list(store)}
    for c in comms if comms is not None else communication_list(store):
        sender = _node(g, ents, c["sender"])
        for rcpt in c["recipients"] or [None]:
            g.add_edge(sender, _node(g, ents, rcpt), key=c["id"], **edge_attrs(c))
    return g


def _node(g: nx.MultiDiGraph, ents: dict[str, dict[str, Any]], eid: str | None) -> str:
    """The node of entity ``eid`` (the unknown party when None or not in the register), added on first use."""
    e = ents.get(eid or "")
    if e is None:
        if UNKNOWN_NODE not in g:
            g.add_node(UNKNOWN_NODE, label="Unknown", type="unknown")
        return UNKNOWN_NODE
    if e["id"] not in g:
        fixed = " | ".join(f"{x['field']} by {x['by']}: {x['why']}" for x in e.get("corrected", []))
        g.add_node(
            e["id"], **_present(label=e["name"], type=e["type"], wikidata=e["wikidata"], corrected=fixed)
        )
    return str(e["id"])


@register("graphml")
def export_graphml(store: Store, output: Path | None) -> str | None:
    """Write the correspondence network as GraphML to ``output`` (or return it for stdout)."""
    buf = io.BytesIO()
    nx.write_graphml(correspondence_graph(store), buf, encoding="utf-8")
    if output is None:
        return buf.getvalue().decode("utf-8")
    output.write_bytes(buf.getvalue())
    return None
