"""A cheap test over the text: does it mention any letter, message or call at all?

Reports with no cue skip spaCy and the extraction stages entirely. The cue words are the
communication nouns of ``data/cues.yaml`` plus the inflected forms of writing and calling.
"""

from __future__ import annotations

import re
from functools import cache

from ..names import _data

_VERB_FORMS = r"wr(?:ote|itten|ites?|iting)|penned|phon(?:ed|es|ing)|telephon(?:ed|es|ing)|call(?:ed|s|ing)?"


@cache
def _cue_re() -> re.Pattern[str]:
    nouns = sorted(_data("cues.yaml")["nouns"], key=len, reverse=True)
    alt = "|".join(re.escape(n) for n in nouns)
    return re.compile(rf"\b(?:(?:{alt})s?|{_VERB_FORMS}|condolences?|congratulat\w*)\b", re.IGNORECASE)


def has_cue(text: str) -> bool:
    """True when the text holds a word that may state a communication."""
    return _cue_re().search(text) is not None
