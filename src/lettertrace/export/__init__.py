"""Exporters, registered by format name: a new format is a new module, not a new ``if``.

Each exporter takes the register and writes to a path (or returns its text for stdout when the path
is None). An exporter registered with ``folder=True`` writes several files into a folder and has
nothing to put on stdout; one registered with ``options=True`` also takes the ``ExportOptions``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..store import Store

Exporter = Callable[[Store, Path | None], str | None]
EXPORTERS: dict[str, Exporter] = {}
FOLDER_FORMATS: set[str] = set()
OPTION_FORMATS: set[str] = set()


@dataclass(frozen=True)
class ExportOptions:
    """What the caller may set for an export (built once by the CLI or the web layer)."""

    cmif_url: str | None = None  # where the CMIF file will be published: its idno, and letter URLs
    raw_cells: bool = False  # csv: write cells a spreadsheet would run as formulas as they are


def register(name: str, *, folder: bool = False, options: bool = False) -> Callable[[Any], Any]:
    """Decorator: make an exporter available as ``--format name``.

    ``folder``: it writes a folder of files, never stdout. ``options``: it is called with a third
    argument, the ``ExportOptions``.
    """

    def deco(fn: Any) -> Any:
        EXPORTERS[name] = fn
        (FOLDER_FORMATS.add if folder else FOLDER_FORMATS.discard)(name)
        (OPTION_FORMATS.add if options else OPTION_FORMATS.discard)(name)
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


def writes_folder(name: str) -> bool:
    """True when format ``name`` writes a folder of files (and so needs ``--output FOLDER``)."""
    load_all()
    return name in FOLDER_FORMATS


def run_export(
    name: str, store: Store, output: Path | None, options: ExportOptions | None = None
) -> str | None:
    """Run the exporter ``name``: its text when ``output`` is None, else None once written."""
    fn = load_all()[name]
    if name in OPTION_FORMATS:
        return fn(store, output, options or ExportOptions())  # type: ignore[call-arg]
    return fn(store, output)
