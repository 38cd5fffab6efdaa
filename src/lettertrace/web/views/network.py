"""Who writes to whom: the correspondence network drawn server-side as an SVG, circular layout."""

from __future__ import annotations

import math
from typing import Any

import networkx as nx

from ...export.graphml import correspondence_graph
from ..pages import page
from ..register_view import RegisterView

SIZE = 960  # SVG width and height in pixels
RADIUS = 300  # circle the nodes sit on; the margin outside it holds the labels
CURVE = 0.12  # how far an edge bends (share of its length), so that A->B and B->A do not overlap


@page("/network", "network.html")
def network(reg: RegisterView) -> dict[str, Any]:
    """Who writes to whom."""
    g = correspondence_graph(reg.store)
    g.remove_nodes_from([n for n in list(g) if g.degree(n) == 0])
    nodes = layout(g)
    return {"size": SIZE, "nodes": list(nodes.values()), "edges": edges(g, nodes)}


def node_order(g: nx.MultiDiGraph) -> list[str]:
    """Nodes grouped by connected component (largest first), by name within one."""
    comps = sorted(nx.weakly_connected_components(g), key=lambda s: (-len(s), min(s)))
    return [n for comp in comps for n in sorted(comp, key=lambda n: str(g.nodes[n]["label"]).lower())]


def layout(g: nx.MultiDiGraph) -> dict[str, dict[str, Any]]:
    """Node id -> position on the circle, radius, label position and rotation."""
    order = node_order(g)
    out = {}
    for i, n in enumerate(order):
        angle = 2 * math.pi * i / max(1, len(order))
        x, y = SIZE / 2 + RADIUS * math.cos(angle), SIZE / 2 + RADIUS * math.sin(angle)
        r = 5 + 2 * math.sqrt(g.degree(n))
        deg = math.degrees(angle)
        flip = 90 < deg < 270
        lx, ly = SIZE / 2 + (RADIUS + r + 6) * math.cos(angle), SIZE / 2 + (RADIUS + r + 6) * math.sin(angle)
        out[n] = {
            "id": None if g.nodes[n]["type"] == "unknown" else n,
            "label": g.nodes[n]["label"],
            "type": g.nodes[n]["type"],
            "x": round(x, 1),
            "y": round(y, 1),
            "r": round(r, 1),
            "lx": round(lx, 1),
            "ly": round(ly, 1),
            "rotate": round(deg - 180 if flip else deg, 1),
            "anchor": "end" if flip else "start",
            "sent": g.out_degree(n),
            "received": g.in_degree(n),
        }
    return out


def edges(g: nx.MultiDiGraph, nodes: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """One edge per (sender, recipient) pair: count, kinds, communication ids and an SVG path."""
    pairs: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for a, b, data in g.edges(data=True):
        pairs.setdefault((a, b), []).append(data)
    return [
        {
            "source": a,
            "target": b,
            "source_label": nodes[a]["label"],
            "target_label": nodes[b]["label"],
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
