"""A weekday told in an account of the past: the day of that account it names, not a day of the news."""

from __future__ import annotations

import re
from datetime import date, timedelta

_BARE_WEEKDAY = re.compile(r"(?i)(?:on\s+|that\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day")
_WEEKDAYS = ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun")


def weekday_in_account(text: str, day: date, paragraphs_after: int) -> date | None:
    """A bare weekday (``text``) told in an account of the past that last named ``day``, in the paragraph
    after it ("On Saturday, A wrote"), or in that paragraph with 'that' ("that Saturday"): that weekday on
    or after the day; None otherwise ("a decree dated 2 February 2019 was leaked on Monday": the news)."""
    if not _BARE_WEEKDAY.fullmatch(text.strip()) or not 0 <= paragraphs_after <= 1:
        return None
    if paragraphs_after == 0 and not text.lower().startswith("that"):
        return None
    wd = _WEEKDAYS.index(text.split()[-1].lower()[:-3])
    return day + timedelta(days=(wd - day.weekday()) % 7)
