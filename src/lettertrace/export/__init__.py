"""Exporters, registered by format name: a new format is a new module, not a new ``if``.

Each exporter takes the register and writes to a path (or stdout when the path is None).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..store import Store

Exporter = Callable[[Store, Path | None], str | None]
EXPORTERS: dict[str, Exporter] = {}


def register(name: str) -> Callable[[Exporter], Exporter]:
    """Decorator: make an exporter available as ``--format name``."""

    def deco(fn: Exporter) -> Exporter:
        EXPORTERS[name] = fn
        return fn

    return deco


def load_all() -> dict[str, Exporter]:
    """Import every exporter module so that it registers itself."""
    import importlib
    import pkgutil

    for mod in pkgutil.iter_modules(__path__):
        if not mod.name.startswith("_"):
            importlib.import_module(f"{__name__}.{mod.name}")
    return EXPORTERS
