"""A letterhead above a release: the line that names the office issuing it ("Office of the Prime
Minister", "PRESIDENCY OF THE REPUBLIC", "State House | Communication Service") reads like a headline to
the title rules but names no act. Where such a line stands first and a real headline follows in the
header, the headline is the title; a page-type label ("Press release", "Media statement") is neither."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from lettertrace.meta_dates import find_dates

# Institution words a letterhead opens with (within its first two words): offices that issue releases.
_INSTITUTIONS = frozenset(
    "office ministry presidency house embassy mission department government secretariat commission "
    "chancellery cabinet palace archives court parliament assembly council consulate".split()
)
# Words a body's name may hold in lower case.
_CONNECTORS = frozenset("of the and for de du des la le & - – — |".split())
_LABEL = re.compile(r"^\W*(?:press|media|news)\s+(?:release|statement|communiqu\w*)\b", re.I)


def is_letterhead(text: str) -> bool:
    """True for a line made of a body's name only, opened by an institution word: every word capitalised
    or a connector of names, no possessive, no number, no colon ("Distr.: General"), no closing stop."""
    words = [w.strip(",.:;()") for w in text.split()]
    words = [w for w in words if w]
    if not words or text.rstrip().endswith((".", "?", "!")) or re.search(r"\d|['\u2019]s\b|:", text, re.I):
        return False
    if not all(w.lower() in _CONNECTORS or w[:1].isupper() for w in words):
        return False
    opening = [w.lower() for w in words if w.lower() != "the"][:2]
    return any(w in _INSTITUTIONS for w in opening)


def is_page_label(text: str) -> bool:
    """'Press release', 'MEDIA STATEMENT (unofficial translation)': what the page is, not its headline."""
    return _LABEL.match(text) is not None


def letterhead_above_headline(lines: Sequence[str], is_headline: Callable[[str], bool]) -> bool:
    """The first headline-like line of the header is a letterhead, and a real headline follows it below
    the release's date line (a title-case headline such as "Council Chief Calls X" has its standfirst
    above any date line)."""
    heads = [n for n, t in enumerate(lines) if is_headline(t) and not is_page_label(t)]
    if not heads or not is_letterhead(lines[heads[0]]):
        return False
    dated = [n for n, t in enumerate(lines) if n > heads[0] and find_dates(t)]
    return bool(dated) and any(n > dated[0] and not is_letterhead(lines[n]) for n in heads)
