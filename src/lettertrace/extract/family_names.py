"""A family name written alone where several people of the report bear it first ("Kim" beside "Kim A-b"
and the spokesman "Kim C-d", as Korean, Chinese and Vietnamese names are written): the one named first,
whom a report introduces before those it quotes about him."""

from __future__ import annotations

from .. import names
from .mentions import Party


def first_of_family(cands: list[Party], word: str | None) -> Party | None:
    """Of several ``cands`` whose names all open with the family name ``word``, the one named first."""
    if word is None or len(cands) < 2:
        return None
    if not all(names.fold(p.name).lower().split()[0] == word for p in cands):
        return None
    return min(cands, key=lambda p: p.first)
