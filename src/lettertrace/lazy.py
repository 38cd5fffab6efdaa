"""spaCy without torch: thinc, under spaCy, imports torch whenever it is installed (about 2 s and
hundreds of MB at start-up), although spaCy's English pipeline never runs on it (thinc runs it on
numpy).

While :func:`hide_torch` is open, ``import torch`` fails as if torch were not installed, so that
spaCy and thinc, imported inside it, record it as absent. Once closed, torch is importable again:
where torch is installed (the ``test`` extra brings it for the reference encoder), code that asks
for it gets it; lettertrace itself never does (its embedding model runs on NumPy: ``minilm.py``). Nothing is hidden when torch or thinc is already loaded
(thinc has then made up its mind).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def hide_torch() -> Iterator[None]:
    """Make ``import torch`` raise ImportError until the block ends (see the module's docstring)."""
    if "torch" in sys.modules or "thinc.compat" in sys.modules:
        yield
        return
    sys.modules["torch"] = None  # type: ignore[assignment]  # None in sys.modules: "not importable"
    try:
        yield
    finally:
        if "torch" in sys.modules and sys.modules["torch"] is None:
            del sys.modules["torch"]
