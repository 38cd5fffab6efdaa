"""Who writes for a group, and whose title names an organisation (invented sentences; the report is dated
Thursday 14 March 2024): 'a group of senators led by A wrote to B' is A's letter; in 'In a letter to B,
WTO Director-General A wrote', the organisation in A's title is not the sender."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence",
    [
        "A bipartisan group of 12 senators led by Senator Ana Ruiz wrote to Secretary of State Tomas Berg on Friday.",
        "A coalition of 40 mayors headed by the mayor of Freeport, Ana Ruiz, has written to Prime Minister Tomas Berg.",
        "A group of nine governors led by Governor Ana Ruiz wrote to Secretary of State Tomas Berg on Friday.",
    ],
)
def test_a_group_s_members_led_by_a_person_write_through_her(sentence: str) -> None:
    assert found_acts(sentence) == [("letter", "Ana Ruiz", ("Tomas Berg",))]


@pytest.mark.parametrize(
    "sentence",
    [
        "In a letter to Sports Minister Tomas Berg, WTO Director-General Ana Ruiz wrote that the board would act.",
        "In a letter to Sports Minister Tomas Berg, ILO Director-General Ana Ruiz warned that the board would act.",
        "In a message to Chancellor Tomas Berg, IMF Managing Director Ana Ruiz wrote that the talks were over.",
    ],
)
def test_an_organisation_in_the_writer_s_title_is_not_the_writer(sentence: str) -> None:
    [(_, sender, recipients)] = found_acts(sentence)
    assert (sender, recipients) == ("Ana Ruiz", ("Tomas Berg",))


def test_an_organisation_on_its_own_still_writes() -> None:
    sentence = "In a letter to Sports Minister Tomas Berg, the Freeport Athletics Federation warned that it would act."
    [(_, sender, recipients)] = found_acts(sentence)
    assert recipients == ("Tomas Berg",) and sender == "Freeport Athletics Federation"
