"""'MEP A', 'MLA B': the titles of members of the European Parliament and of a legislative assembly are
titles before a name, as 'MP' is, not part of it."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    ("sentence", "writer"),
    [
        ("MEP Karl Dorn wrote to Commission President Ana Berg on Monday.", "Karl Dorn"),
        ("The German MEP Karl Dorn wrote to Commission President Ana Berg on Monday.", "Karl Dorn"),
        ("A letter from MEP Karl Dorn reached Commission President Ana Berg on Monday.", "Karl Dorn"),
        ("MLA Karl Dorn wrote to Chief Minister Ana Berg on Monday.", "Karl Dorn"),
    ],
)
def test_a_members_title_is_no_part_of_the_name(sentence: str, writer: str) -> None:
    assert [s for _, s, _ in found_acts(sentence)] == [writer]


def test_a_members_title_before_the_addressee_of_a_reply() -> None:
    acts = found_acts(
        "Commission President Ana Berg has replied to the MEPs in a letter dated 8 April. The reply, addressed "
        "to MEP Karl Dorn, answers their letter of 4 March."
    )
    assert acts == [("letter", "Ana Berg", ("Karl Dorn",))]
