"""Surface forms as the report writes them: a description or a form of address with the words that
open it ("the French president", "His Royal Highness Prince A", "HH the Emir"), which the phrase
readers leave off, is also an alias of the party it names."""

from __future__ import annotations

import dataclasses
import re

from .. import names
from ..models import PartyMention

# Words that open a description or a form of address before the phrase itself: an article, a
# possessive of address, the abbreviation "HH" and the "Royal" of "His Royal Highness".
_OPENERS = r"(?:(?:the|his|her|their|hh|h\.\s?h\.|royal)\s+)+"


def as_written(party: PartyMention, text: str) -> PartyMention:
    """``party`` with each of its forms also as the report writes it with its opening words, where it
    does; not before a person's own name ("the Berg government" is no form of Ana Berg), but before a
    body's ("the European Union")."""
    own = set(names.core_tokens(party.name)) if party.ptype == "person" else set()
    found: list[str] = []
    for form in party.aliases:
        words = form.split()
        if not words or names.fold(words[0]).lower() in own or re.match(_OPENERS, form, re.I):
            continue
        pattern = rf"(?<![\w-])({_OPENERS}){re.escape(form)}(?![\w-])"
        for m in re.finditer(pattern, text, re.I):
            written = re.sub(r"\s+", " ", m.group(0))
            if written[len(m.group(1)) :] == form and written not in found:
                found.append(written)  # the form itself as written, only the openers in either case
    if not found:
        return party
    return dataclasses.replace(party, aliases=tuple(dict.fromkeys([*party.aliases, *found])))
