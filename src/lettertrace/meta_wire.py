"""A wire service's tag before its headline: "(LEAD) A sends letter to B", "(2nd LD) ...", "(URGENT) ...".
The headline is what follows the tag."""

from __future__ import annotations

import re
from collections.abc import Container

_WIRE_TAG = re.compile(r"\((?P<tag>[A-Z0-9][A-Za-z0-9]*(?: [A-Z0-9][A-Za-z0-9]*){0,2})\) +(?=[A-Z])")


def wire_tag(text: str, agencies: Container[str]) -> int:
    """Where the headline starts after a wire service's tag in parentheses (a word in capitals, not one of
    the ``agencies``' credits, and no dash after it: "(Reuters) - " opens a dateline), or 0."""
    m = _WIRE_TAG.match(text)
    if m is None or m["tag"].lower() in agencies or not any(w.isupper() for w in m["tag"].split()):
        return 0
    return m.end()
