"""An office the report names without its holder ("addressed to the Secretary-General", "The President
of Russia thanked ...") is the person the alias file records in it on the day of the act: "Letter dated
1 March 2019 from the Minister ... addressed to the Secretary-General" went to the Secretary-General of
the United Nations of March 2019. Only where nothing is left to guess: the party's words are the
office's and its place's or body's (and titles), the place or body is named in the party or, for a bare
office, in the report (and no other place or body the alias file gives that office to is), the act's
interval lies inside one holder's term, and one holder fits."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from .. import names
from ..actors import Term, office_terms
from ..models import CommMention, DateInterval, PartyMention
from .bodies import acronym_of

_GLUE = frozenset({"the", "of", "for", "to", "and"})


def name_known_holders(comms: list[CommMention], text: str) -> tuple[list[CommMention], dict[str, str]]:
    """The communications with each office party the alias file fills on the act's day named by its
    holder, and the office names replaced (office name -> holder)."""
    renamed: dict[str, str] = {}
    out = []
    for c in comms:
        sender = _filled(c.sender, c.date, text, renamed)
        recips = tuple(r for r in (_filled(r, c.date, text, renamed) for r in c.recipients) if r is not None)
        out.append(replace(c, sender=sender, recipients=recips))
    return out, renamed


def filled_party(p: PartyMention, renamed: dict[str, str]) -> PartyMention:
    """A party of the extraction renamed as its communications were."""
    holder = renamed.get(p.name)
    return _as_holder(p, holder) if holder else p


def _filled(
    p: PartyMention | None, when: DateInterval, text: str, renamed: dict[str, str]
) -> PartyMention | None:
    if p is None or p.ptype != "person":
        return p
    holder = holder_of(p.name, when, text)
    if holder is None:
        return p
    renamed[p.name] = holder
    return _as_holder(p, holder)


def _as_holder(p: PartyMention, holder: str) -> PartyMention:
    return replace(
        p, name=holder, role=p.role or p.name, aliases=tuple(dict.fromkeys((*p.aliases, p.name, holder)))
    )


def holder_of(office: str, when: DateInterval, text: str) -> str | None:
    """The one holder the alias file records for the office phrase ``office`` over all of ``when``."""
    if when.earliest is None or when.latest is None:
        return None
    words = _words(office)
    fits = [t for t in office_terms() if _office_fits(words, t)]
    named = [t for t in fits if _where_in(words, t)]
    if not named:  # a bare office: the one body the report names that the file gives it to (never a
        # country's office: a report names many countries, and "the President" may be any of theirs)
        wheres = {t.where for t in fits if t.where and t.body and _where_named(t.where, text)}
        named = [t for t in fits if len(wheres) == 1 and t.where in wheres]
    holders = {t.holder for t in named if _within(when.earliest, when.latest, t)}
    return holders.pop() if len(holders) == 1 else None


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[\s\-–]+", names.fold(text).lower().strip(" .,")) if w]


def _office_fits(words: list[str], t: Term) -> bool:
    """Every word of the office is the party's, and the party's other words are the place's or body's,
    titles or glue ("the Secretary-General", "President of Russia", "the Russian President")."""
    office = set(_words(t.office))
    if not office <= set(words):
        return False
    rest = [w for w in words if w not in office and w not in _GLUE]
    return all(w in names.title_words() or w in _words(t.where) or _of_state(w, t.where) for w in rest)


def _where_in(words: list[str], t: Term) -> bool:
    where = _words(t.where)
    return bool(where) and (set(where) <= set(words) or any(_of_state(w, t.where) for w in words))


def _of_state(word: str, where: str) -> bool:
    states = names.states_named(word)
    return bool(states) and bool(states & names.states_named(where))


def _where_named(where: str, text: str) -> bool:
    """The report names the place or body, in full or by its initials ("United Nations", "UN")."""
    if re.search(rf"\b{re.escape(where)}\b", text):
        return True
    return any(acronym_of(w, where) for w in set(re.findall(r"\b[A-Z]{2,6}\b", text)))


def _within(a: dt.date, b: dt.date, t: Term) -> bool:
    return (t.start is None or t.start <= a) and (t.end is None or b <= t.end)
