"""Misfires a review of session 42's rules found (each case fails on the rule as first written)."""

from __future__ import annotations

import pytest

from test_extract import found_acts, run


@pytest.mark.parametrize(
    "paragraphs",
    [
        (  # "the monarch" is how the press names a king
            "King Harald Olsen wrote to President Ana Berg on Monday.",
            "Berg welcomed the Sylvanian monarch's letter and promised a reply.",
        ),
        (  # one office, two spellings
            "Qatar's Amir Sheikh Tamim Al Hamad sent a letter to President Ana Berg on Monday.",
            "The Qatari Emir's letter urged Berg to reopen the border.",
        ),
    ],
)
def test_the_leader_told_by_another_word_for_his_office_is_him(paragraphs: tuple[str, ...]) -> None:
    acts = found_acts(*paragraphs)
    assert len(acts) == 1, acts


@pytest.mark.parametrize(
    ("paragraphs", "caller"),
    [
        (
            (
                "Leaders of the Economic Community of West African States (ECOWAS) met in Abuja on Sunday. The "
                "bloc's chairman, President Bola Tanu, wrote to the junta leader, Colonel Assimi Goita, on Monday.",
                "The ECOWAS chairman also phoned Goita on Tuesday.",
            ),
            "Bola Tanu",
        ),
        (
            (
                "The African Union (AU) is mediating. Chairperson Moussa Fakir wrote to President Ana Berg on Monday.",
                "The AU chairperson also phoned Berg on Tuesday.",
            ),
            "Moussa Fakir",
        ),
    ],
)
def test_a_bodys_chair_named_without_its_short_form_is_still_its_chair(
    paragraphs: tuple[str, ...], caller: str
) -> None:
    acts = found_acts(*paragraphs)
    assert any(kind == "call" and sender == caller for kind, sender, _ in acts), acts


def test_a_letter_handed_over_from_another_writer_is_his() -> None:
    acts = found_acts(
        "President Ana Berg sent a letter to King Harald Olsen on Monday.",
        "On Tuesday, Foreign Minister Cara Lund handed over the letter from Prime Minister Dag Moe to Olsen.",
    )
    assert acts == [("letter", "Ana Berg", ("Harald Olsen",)), ("letter", "Dag Moe", ("Harald Olsen",))]


def test_a_paragraph_opening_with_a_date_and_a_bracket_is_no_dateline() -> None:
    text = (
        "Border talks resume\n\nFreeport, 14 March 2024 -\n\nLast Friday, 8 March (International Women's Day) "
        "Queen Margit sent a message to President Ana Berg.\n"
    )
    [c] = run(text).extraction.communications
    assert c.date.earliest is not None and c.date.earliest.isoformat() == "2024-03-08" == str(c.date.latest)


@pytest.mark.parametrize(
    "sentence",
    [
        "President Ana Berg sent her annual New Year message to King Harald Olsen on Monday.",
        "King Harald Olsen sent his yearly congratulatory message to President Ana Berg on Independence Day.",
    ],
)
def test_an_annual_message_to_a_leader_is_a_message(sentence: str) -> None:
    assert len(found_acts(sentence)) == 1
