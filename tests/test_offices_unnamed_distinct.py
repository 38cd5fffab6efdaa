"""An office no name holds is no other office: "the finance minister" is not "the prime minister" told
before (a role-only party takes a description only when every word of it but its places fits)."""

from __future__ import annotations

from test_extract import found_acts


def test_two_unnamed_offices_in_one_list_are_two_addressees() -> None:
    got = found_acts(
        "Governor Alma Castell sent a letter to the prime minister and the finance minister on Monday."
    )
    assert got == [("letter", "Alma Castell", ("prime minister", "finance minister"))]


def test_an_unnamed_office_told_again_in_other_words_is_the_other_office() -> None:
    got = found_acts(
        "Governor Alma Castell wrote to the prime minister on Monday.",
        "On Tuesday she wrote to the finance minister as well.",
    )
    assert ("letter", "Alma Castell", ("finance minister",)) in got


def test_an_unnamed_office_with_its_place_is_the_same_office() -> None:
    got = found_acts(
        "Governor Alma Castell wrote to the prime minister on Monday.",
        "The Sylvanian prime minister has not replied to the letter.",
    )
    assert [a for a in got if a[1] == "Alma Castell"] == [("letter", "Alma Castell", ("prime minister",))]
