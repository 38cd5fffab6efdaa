"""Who writes to whom: the correspondence network drawn server-side as an SVG, circular layout."""

from __future__ import annotations

import math
from typing import Any

import networkx as nx

from ...export.graphml import correspondence_graph
from ..pages import page
from ..register_view import RegisterView

RADIUS = 300  # circle the nodes sit on (larger when many nodes need room); labels go outside it
NODE_GAP = 14  # at least this much of the circle per node, so that neighbouring labels do not touch
CURVE = 0.12  # how far an edge bends (share of its length), so that A->B and B->A do not overlap
LABEL_CHARS = 30  # longer names are cut with an ellipsis on the drawing (the full name is in the tooltip)
# Width of one label character at the 11px label font, rounded up from DejaVu Sans / Liberation Sans
# (Chromium's fallbacks on Debian: at most 0.62 em on average for names): the margin that keeps every
# label inside the drawing is computed from it.
CHAR_W = 6.9
PAD = 12  # room between the longest label and the drawing's edge


@page("/network", "network.html")
def network(reg: RegisterView) -> dict[str, Any]:
    """Who writes to whom."""
    g = correspondence_graph(reg.store, reg.comms.values(), reg.entities)
    g.remove_nodes_from([n for n in list(g) if g.degree(n) == 0])
    size, nodes = layout(g)
    types = sorted({n["type"] for n in nodes.values()})
    return {"size": size, "nodes": list(nodes.values()), "edges": edges(g, nodes), "types": types}


def short_label(name: str) -> str:
    """A node's label on the drawing: the name, cut after ``LABEL_CHARS`` characters."""
    return name if len(name) <= LABEL_CHARS else name[: LABEL_CHARS - 1].rstrip() + "…"


def node_order(g: nx.MultiDiGraph) -> list[str]:
    """Nodes grouped by connected component (largest first), by name within one."""
    comps = sorted(nx.weakly_connected_components(g), key=lambda s: (-len(s), min(s)))
    return [n for comp in comps for n in sorted(comp, key=lambda n: str(g.nodes[n]["label"]).lower())]


def layout(g: nx.MultiDiGraph) -> tuple[int, dict[str, dict[str, Any]]]:
    """The drawing's size, and node id -> position on the circle, radius, label, its position and
    rotation. The drawing is as large as the circle plus the longest label, so no label is cut."""
    order = node_order(g)
    radius = max(RADIUS, len(order) * NODE_GAP / (2 * math.pi))
    rs = {n: 5 + 2 * math.sqrt(g.degree(n)) for n in order}
    longest = max((len(short_label(str(g.nodes[n]["label"]))) for n in order), default=0)
    half = radius + max(rs.values(), default=5) + 6 + longest * CHAR_W + PAD
    size = math.ceil(2 * half)
    out = {}
    for i, n in enumerate(order):
        angle = 2 * math.pi * i / max(1, len(order))
        r = rs[n]
        deg = math.degrees(angle)
        flip = 90 < deg < 270
        out[n] = {
            "id": None if g.nodes[n]["type"] == "unknown" else n,
            "label": short_label(str(g.nodes[n]["label"])),
            "name": g.nodes[n]["label"],
            "type": g.nodes[n]["type"],
            "x": round(half + radius * math.cos(angle), 1),
            "y": round(half + radius * math.sin(angle), 1),
            "r": round(r, 1),
            "lx": round(half + (radius + r + 6) * math.cos(angle), 1),
            "ly": round(half + (radius + r + 6) * math.sin(angle), 1),
            "rotate": round(deg - 180 if flip else deg, 1),
            "anchor": "end" if flip else "start",
            "sent": g.out_degree(n),
            "received": g.in_degree(n),
        }
    return size, out


def edges(g: nx.MultiDiGraph, nodes: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """One edge per (sender, recipient) pair: count, kinds, communication ids and an SVG path."""
    pairs: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for a, b, data in g.edges(data=True):
        pairs.setdefault((a, b), []).append(data)
    return [
        {
            "source": a,
            "target": b,
            "source_label": nodes[a]["name"],
            "target_label": nodes[b]["name"],
            "count": len(ds),
            "kinds": sorted({d["kind"] for d in ds}),
            "letters": [d["id"] for d in ds],
            "width": round(1 + math.log2(len(ds)), 1),
            "path": curve(nodes[a], nodes[b]),
        }
        for (a, b), ds in sorted(pairs.items())
    ]


def curve(a: dict[str, Any], b: dict[str, Any]) -> str:
    """An SVG path from node ``a`` to the rim of node ``b``, bent to its right."""
    dx, dy = b["x"] - a["x"], b["y"] - a["y"]
    dist = math.hypot(dx, dy) or 1.0
    cx, cy = (a["x"] + b["x"]) / 2 - dy * CURVE, (a["y"] + b["y"]) / 2 + dx * CURVE
    ex, ey = b["x"] - cx, b["y"] - cy
    el = math.hypot(ex, ey) or 1.0
    tx, ty = b["x"] - ex / el * (b["r"] + 3), b["y"] - ey / el * (b["r"] + 3)
    if dist < 1:
        return f"M{a['x']},{a['y']}"
    return f"M{a['x']},{a['y']} Q{cx:.1f},{cy:.1f} {tx:.1f},{ty:.1f}"
