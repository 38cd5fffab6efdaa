"""GraphML export: the correspondence network (networkx), entities as nodes, communications as edges."""

from __future__ import annotations

import io
from pathlib import Path

import networkx as nx

from ..store import Store
from . import register
from .register_data import communication_list, entity_list

UNKNOWN_NODE = "unknown"


def correspondence_graph(store: Store) -> nx.MultiDiGraph:
    """Entities as nodes (label, type, wikidata); one edge per communication and recipient."""
    g = nx.MultiDiGraph(name="lettertrace correspondence network")
    for e in entity_list(store):
        g.add_node(e["id"], label=e["name"], type=e["type"], wikidata=e["wikidata"] or "")
    for c in communication_list(store):
        sender = c["sender"] or _unknown(g)
        for rcpt in c["recipients"] or [_unknown(g)]:
            g.add_edge(
                sender,
                rcpt,
                key=c["id"],
                id=c["id"],
                kind=c["kind"],
                earliest=c["date"]["earliest"] or "",
                latest=c["date"]["latest"] or "",
                precision=c["date"]["precision"],
                in_reply_to=c["in_reply_to"] or "",
            )
    return g


def _unknown(g: nx.MultiDiGraph) -> str:
    """The node standing for an unknown party (added on first use)."""
    if UNKNOWN_NODE not in g:
        g.add_node(UNKNOWN_NODE, label="Unknown", type="unknown", wikidata="")
    return UNKNOWN_NODE


@register("graphml")
def export_graphml(store: Store, output: Path | None) -> str | None:
    """Write the correspondence network as GraphML to ``output`` (or return it for stdout)."""
    buf = io.BytesIO()
    nx.write_graphml(correspondence_graph(store), buf, encoding="utf-8")
    if output is None:
        return buf.getvalue().decode("utf-8")
    output.write_bytes(buf.getvalue())
    return None
