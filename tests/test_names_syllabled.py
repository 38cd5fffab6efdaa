"""A given name written in syllables joined by a hyphen, the second in lower case ("Do-yun", "Seung-han"),
ends a name written family name first: the one word before it is the family name, by which the report
calls the person alone ("Han" for "Han Do-yun"), and none of its syllables is a name of its own ("Han" is
not "Lee Seung-han"). A double surname ("Moreau-Laval") and a particle ("al-Nakhalah") are read as
before. The spokesman who told of two leaders' talks is not one of "the two leaders". Invented names;
report dated 14 March 2024."""

from __future__ import annotations

import pytest

from lettertrace import names
from test_extract import found_acts

SPOKESMAN = "presidential spokesman Lee Seung-han"


@pytest.mark.parametrize(
    "short, full, same",
    [
        ("Han", "Han Do-yun", True),
        ("Han", "Lee Seung-han", False),
        ("Lee", "Lee Seung-han", True),
        ("Yun", "Han Do-yun", False),
        ("Laval", "Ines Moreau-Laval", True),
        ("Nakhalah", "Ziad al-Nakhalah", True),
        ("Jean", "Jean-Luc Morel", False),
        ("Morel", "Jean-Luc Morel", True),
    ],
)
def test_one_word_of_a_name(short: str, full: str, same: bool) -> None:
    assert names.same_person(short, full) is same


@pytest.mark.parametrize(
    "paragraphs",
    [
        (f"Prime Minister Ota Kazuki telephoned President Han Do-yun on Wednesday, {SPOKESMAN} told reporters.",
         "In the call, Ota thanked Han for his letter of condolence."),
        (f"President Han Do-yun and Prime Minister Ota Kazuki agreed on Wednesday to meet soon, {SPOKESMAN} said.",
         "On Thursday, Han also sent a letter to Prime Minister Ota about the flood."),
    ],
)  # fmt: skip
def test_the_family_name_alone_is_the_leader_not_the_spokesman(paragraphs: tuple[str, ...]) -> None:
    got = found_acts(*paragraphs)
    assert ("letter", "Han Do-yun", ("Ota Kazuki",)) in got
    assert not any("Lee Seung-han" in (s, *r) for _, s, r in got)


@pytest.mark.parametrize(
    "agreed",
    [
        f"President Han Do-yun and Prime Minister Ota Kazuki agreed on Wednesday to meet soon, {SPOKESMAN} said.",
        f"President Ana Berg and Prime Minister Tom Hale agreed on Wednesday to meet soon, {SPOKESMAN} said.",
    ],
)
def test_the_two_leaders_are_not_the_spokesman_who_told_of_them(agreed: str) -> None:
    got = found_acts(agreed, "During the phone conversation, the two leaders also discussed trade.")
    assert len(got) == 1 and got[0][0] == "call"
    assert "Lee Seung-han" not in (got[0][1], *got[0][2])
