"""A counted group is a party on either end: a letter to one the report counts but does not name ('wrote
to all 31 local councils', 'a letter was sent to all 200 mayors of the province by B', 'sent a letter to
40 mayors'), the 'all' left out of its name; a group of acronym plurals the tagger reads as singular
('Forty MPs from five parties signed a letter', 'Twelve MEPs wrote'). Look-alikes: an ordinal is no count
('his second letter to shareholders'), nor a count across the letter ('wrote to B about 40 mayors').
Invented sentences; helpers and names of ``test_patterns``."""

from __future__ import annotations

import pytest

from test_patterns import H, L, acts

HN, LN = "Marta Halvard", "Jonas Lindqvist"


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (f"{H} has written to all 31 local councils asking them to publish their waiting lists.",
         [("letter", HN, ("31 local councils",))]),
        (f"A letter was sent to all 200 mayors of the province by the governor, {H}, on Monday.",
         [("letter", HN, ("200 mayors of the province",))]),
        (f"{H} sent a letter to 40 mayors on Monday urging them to cut water use.",
         [("letter", HN, ("40 mayors",))]),
        (f"Forty MPs from five parties signed a letter to {L} on Monday seeking a debate.",
         [("letter", "Forty MPs", (LN,))]),
        (f"Twelve MEPs wrote to {L} on Monday about the fishing quotas.", [("letter", "Twelve MEPs", (LN,))]),
        # look-alikes
        (f"{H} wrote to {L} on Monday about the 40 mayors who resigned.", [("letter", HN, (LN,))]),
    ],
)  # fmt: skip
def test_counted_groups_on_either_end(
    sentence: str, expected: list[tuple[str, str, tuple[str, ...]]]
) -> None:
    assert acts(sentence) == expected


def test_an_ordinal_is_no_count() -> None:
    found = acts(f"{H} has published her second letter to shareholders since taking over the company.")
    assert not any("shareholders" in " ".join(r) for _, _, r in found)


@pytest.mark.parametrize(
    "sentence, sender",
    [
        (
            "Governors Ana Berg, Ida Sorel and Tomas Lind wrote jointly to President Oskar Dahl on Monday.",
            "Ana Berg",
        ),
        (
            "Governors Alma Verhoeven, Ida Ostrova and Tomas Kettle wrote jointly to President Oskar Dahl on Monday"
            " asking for the subsidy.",
            "Alma Verhoeven",
        ),
        (
            "Senators Ana Berg and Tomas Lind wrote to President Oskar Dahl on Monday about the base.",
            "Ana Berg",
        ),
        (
            "The governors, Ana Berg, Ida Sorel and Tomas Lind, wrote to President Oskar Dahl on Monday.",
            "Ana Berg",
        ),
    ],
)
def test_a_title_in_the_plural_before_a_list_is_no_organisation(sentence: str, sender: str) -> None:
    """'Governors A, B and C wrote': the plural title belongs to each name; the first named leads (the
    parser may leave the given name out of an untagged name: the surname is enough here)."""
    ((kind, who, to),) = acts(sentence)
    assert (kind, to) == ("letter", ("Oskar Dahl",))
    assert who.endswith(sender.split()[-1]) and not who.startswith("Governors")
