"""JSON export, the shape ../shared/eval/CONTRACT.md describes (schema: ../schema/export.schema.json)."""

from __future__ import annotations

import json
from pathlib import Path

from ..store import Store
from . import register
from .register_data import register_dict


@register("json")
def export_json(store: Store, output: Path | None) -> str | None:
    """Write the register as JSON to ``output`` (or return it for stdout)."""
    data = json.dumps(register_dict(store), ensure_ascii=False, indent=1)
    if output is None:
        return data
    output.write_text(data + "\n", encoding="utf-8")
    return None
