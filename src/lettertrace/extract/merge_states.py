"""A state and the bodies named after it ("Norland" and "the Norland government"): one speaker in merging."""

from __future__ import annotations

import os

from .. import names
from ..names import strip_leading_article
from .mentions import Party


def _of_state(state: Party, body: Party) -> bool:
    """'Norland' and 'the Norland High Commission' / 'the Norlandic government': a body named after the
    state (by its name or the adjective made from it) speaks for that state."""
    if state.ptype != "state" or body.ptype != "org" or len(state.name) < 4:
        return False
    name = names.fold(state.name)
    need = max(4, len(name) - 2)  # "Norway"/"Norwegian", "India"/"Indian", "China"/"Chinese"
    for s in [body.name, *body.surfaces]:
        first = names.fold(strip_leading_article(s)).split(" ")[0]
        if " " in s and len(os.path.commonprefix([name, first])) >= need:
            return True
    return False


def _named_after(place: Party, body: Party) -> bool:
    """'Norland' beside 'the Norland government': the government named after the place speaks for it (not
    'Norland and the Norland Football Federation': a body of its own)."""
    if place.ptype == "person" or body.ptype != "org" or " " in place.name:
        return False
    words = names.fold(strip_leading_article(body.name)).lower().split(" ")
    governs = len(words) in (2, 3) and words[-1] in GOVERNING_HEADS
    return governs and (_of_state(place, body) or words[0] == names.fold(place.name).lower())


# Heads of the bodies that speak for a state named before them ("the Norland government").
GOVERNING_HEADS = {
    "government", "administration", "cabinet", "presidency", "authorities", "ministry", "office", "parliament",
    "embassy", "mission", "consulate", "assembly", "senate", "congress",
}  # fmt: skip
