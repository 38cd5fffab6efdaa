"""Older Western spellings of one sound in names romanized from Slavic languages: the German "tsch" and
the French "tch" for "ch", the German "sch" for "sh", and an "-off", "-ow" or "-of" ending for "-ov" ("-eff"
for "-ev"): "Romanow" and "Romanoff" are "Romanov", "Tschernow" is "Chernov"; and a name's opening "zh",
"dzh" or "dj" written "j", as Central Asian names often are ("Zhumabekov", "Jumabekov")."""

from __future__ import annotations

import re

_ENDING = re.compile(r"(?<=[a-z]{3})(?:(?P<ov>off|ow|of)|(?P<ev>eff))$")


def one_slavic_spelling(tok: str) -> str:
    """A folded name token with the older Western spellings of Slavic sounds written as today."""
    t = tok.replace("tsch", "ch").replace("tch", "ch").replace("sch", "sh")
    if len(t) <= 5:
        return t  # (nor "Zhang", "Jang": two families)
    t = re.sub(r"^(?:dzh|zh|dj)", "j", t)  # Ж written three ways: "Zhaparov", "Dzhaparov", "Japarov"
    return _ENDING.sub(lambda m: "ov" if m["ov"] else "ev", t)


def gendered_pair(a: str, b: str) -> bool:
    """'smirnov' and 'smirnova', 'ivanin' and 'ivanina': the male and the female forms of one Slavic
    surname, two people (written as today: :func:`one_slavic_spelling`)."""
    short, long_ = sorted((one_slavic_spelling(a), one_slavic_spelling(b)), key=len)
    return short.endswith(("ov", "ev", "in")) and long_ == short + "a"
