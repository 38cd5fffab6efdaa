"""Letters to a newspaper: on a page that names its outlet, a reproduced letter that opens "Sir," (or
"Dear Editor", "Madam") and names no addressee, or is addressed to "the Editor", is written to that
paper. Each letter of a letters page is so addressed, not only the first one under the page's heading."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from .. import names
from ..models import ReportMeta

if TYPE_CHECKING:
    from .fulltext import Block
    from .index import PartyIndex
    from .mentions import Party

_TO_THE_PAPER = re.compile(
    r"^\s*(?:dear\s+)?(?:sir|madam|sir\s+or\s+madam|editor|the\s+editor)\s*[,:!]?\s*$", re.I
)
_EDITOR = re.compile(r"^(?:the\s+)?editor$", re.I)


def to_the_paper(doc: Doc, idx: PartyIndex, blocks: list[Block], meta: ReportMeta) -> None:
    """Address each letter of ``blocks`` that opens to the paper to the page's outlet."""
    if not meta.outlet:
        return
    paper: Party | None = None
    for b in blocks:
        opening = doc.text[b.salutation.start : b.salutation.end] if b.salutation is not None else ""
        named = b.addressee is not None and not _EDITOR.match(b.addressee.name.strip())
        if named or not _TO_THE_PAPER.match(opening):
            continue
        if paper is None:
            paper = _outlet_party(idx, meta.outlet, b.start)
        b.addressee = paper


def _outlet_party(idx: PartyIndex, outlet: str, at: int) -> Party:
    """The party of the page's outlet: the one the report names so, or a new one ("THE COURIER" written
    as "The Courier")."""
    name = outlet.title() if outlet.isupper() else outlet
    known = next((p for p in idx.live() if names.fold(p.name).lower() == names.fold(name).lower()), None)
    if known is not None:
        return known
    tok = next((t.i for t in idx.doc if t.idx >= at), 0)
    p = idx._new(name, "org", tok)
    p.add_surface(name)
    return p
