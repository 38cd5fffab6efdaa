"""English given names and their familiar forms, from the nicknames package's table ("joe" of "joseph",
"bill" of "william"): one person's given name written two ways, and the given names a lone word may be."""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Any


@lru_cache(maxsize=1 << 12)
def familiar_form(a: str, b: str) -> bool:
    """'joe' and 'joseph', 'bill' and 'william': one given name the familiar form of the other."""
    namer = _namer()
    return b in namer.nicknames_of(a) or a in namer.nicknames_of(b)


def has_familiar_forms(word: str) -> bool:
    """'alexander', 'charles': a given name the table lists familiar forms of."""
    return bool(_namer().nicknames_of(word.lower()))


def is_familiar_form(word: str) -> bool:
    """'alex', 'kim': a familiar form of some given name in the table."""
    return bool(_namer().canonicals_of(word.lower()))


@cache
def _namer() -> Any:
    from nicknames import NickNamer  # loaded when two given names first differ

    return NickNamer()
