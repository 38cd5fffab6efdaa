"""Whether an office and the name after it have another person's name between them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from .mentions import ROLE_HEADS, _head_word

if TYPE_CHECKING:
    from .mentions import Party


def person_between(
    doc: Doc, tok2party: dict[int, int], parties: list[Party], a: int, b: int, key: int
) -> bool:
    """Another person than ``key`` is named among tokens ``a`` to ``b``, and a comma and another office
    follow that name before ``b`` ("President of X A, President of Y B": A's office, then B's)."""
    for k in range(a, b):
        other = tok2party.get(k)
        if other is None or other == key or parties[other].ptype != "person":
            continue
        comma = next((j for j in range(k + 1, b) if doc[j].text == ","), None)
        if comma is not None and any(_head_word(t) in ROLE_HEADS for t in doc[comma + 1 : b]):
            return True
    return False
