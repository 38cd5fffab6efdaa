"""Which office a person's roles name, where the press also writes it short: a prime minister ("the
Norland PM", "the Libyan premier") and a foreign minister ("Norland FM holds talks with ...")."""

from __future__ import annotations

import re

from .mentions import Party, _names_an_office

# Offices as headlines abbreviate them, and the office words they stand for.
ABBREVIATED = {"pm": ("prime", "minister"), "fm": ("foreign", "minister")}


def prime_minister(p: Party) -> bool:
    """One of the person's offices is a prime minister's ("Prime Minister of Libya's Government of X"), not
    an office of his ("the Prime Minister of Libya's adviser")."""
    for r in p.roles:
        owned = re.search(r"['\u2019]s\s+(.+)$", r)
        if re.search(r"(?i)\bprime\s+minister\b", r) and not (owned and _names_an_office(owned.group(1))):
            return True
    return False


def foreign_minister(p: Party) -> bool:
    """One of the person's offices is a foreign minister's ("Foreign Minister", "Minister of Foreign
    Affairs", "Minister for Foreign Affairs and Trade", "Foreign Affairs Minister")."""
    return any(
        re.search(r"(?i)\bforeign\s+(?:affairs\s+)?minister\b|\bminister\s+(?:of|for)\s+foreign\b", r)
        for r in p.roles
    )
