"""A readout's call told with no phone word: 'A spoke on Monday with B', 'A has spoken to B', 'A talked on
Friday with B'. A leader spoke to a named person on a given day or as news of now, and nothing in the
report puts the two in one place. An interview ('spoke to Reuters'), a speech ('spoke to the Senate')
or a talk at a venue is no call. Invented sentences; helpers of ``test_patterns``."""

from __future__ import annotations

import pytest

from test_patterns import acts

MARROW = "President Ilse Marrow"
BRENN = "Prime Minister Tadeo Brenn"


@pytest.mark.parametrize(
    "sentence, sender, recipient",
    [
        (f"{MARROW} spoke on Monday with {BRENN} of Ostravia about the flooding.", "Ilse Marrow", "Tadeo Brenn"),
        (f"{BRENN} has spoken to {MARROW} about the dam, his office said.", "Tadeo Brenn", "Ilse Marrow"),
        (f"Chancellor Vera Holm talked with {MARROW} on Tuesday, a spokesman said.", "Vera Holm", "Ilse Marrow"),
        (f"Chancellor Vera Holm talked on Friday with {BRENN} about gas supplies.", "Vera Holm", "Tadeo Brenn"),
        (f"{MARROW} spoke today with Governor Paul Venn of Eastmark about the storm.", "Ilse Marrow", "Paul Venn"),
    ],
)  # fmt: skip
def test_a_readout_spoke_with_is_a_call(sentence: str, sender: str, recipient: str) -> None:
    assert acts(sentence) == [("call", sender, (recipient,))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Foreign Minister Ana Ruiz spoke to Reuters on Tuesday about the dam.",
        f"{BRENN} spoke on Monday to the Senate about the budget.",
        f"The BBC spoke with {MARROW} on Monday.",
        f"{MARROW} spoke with {BRENN} on the sidelines of the summit in Freeport.",
        "Minister Ana Ruiz spoke with Tadeo Brenn at a dinner in the capital on Monday.",
        f"{MARROW} spoke to the nation on Monday evening.",
        f"{BRENN} has spoken to the families of the victims.",
        f"In a speech on Monday, {MARROW} spoke with pride of Norland's athletes.",
    ],
)
def test_an_interview_a_speech_or_a_talk_in_one_place_is_no_call(sentence: str) -> None:
    assert acts(sentence) == []


def test_talks_held_in_one_place_make_a_later_talk_no_call() -> None:
    assert (
        acts(
            f"{MARROW} and {BRENN} held talks in Freeport on Monday.",
            f"{MARROW} talked with {BRENN} on Monday about the river.",
        )
        == []
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The two leaders, Vera Holm and Ilse Marrow, had spoken on the telephone on Monday.",
        "The two presidents, Vera Holm and Ilse Marrow, spoke by phone on Monday.",
        "The two ministers, Vera Holm and Ilse Marrow, held a phone call on Monday.",
    ],
)
def test_two_people_in_apposition_to_a_plural_are_both_parties(sentence: str) -> None:
    assert acts(sentence) == [("call", "Vera Holm", ("Ilse Marrow",))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Vera Holm and Ilse Marrow spoke by phone on Monday.",
        "Vera Holm and Ilse Marrow held a phone call on Monday.",
        "Chancellors Vera Holm and Ilse Marrow held a phone call on Monday.",
    ],
)
def test_a_name_that_starts_like_a_month_is_still_a_name(sentence: str) -> None:
    """'Marrow' begins as 'March' is shortened, 'Sunak' as 'Sunday': neither is a date word."""
    assert acts(sentence) == [("call", "Vera Holm", ("Ilse Marrow",))]


def test_date_words_are_whole_months_and_weekdays() -> None:
    from lettertrace.extract.syntax import DATE_WORDS

    assert all(DATE_WORDS.match(w) for w in ["March", "Mar.", "Tues", "Thurs", "Sept", "June", "May", "Wed"])
    assert not any(DATE_WORDS.match(w) for w in ["Marrow", "Sunak", "Janssen", "Monaco", "Augusta", "Decker"])


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("The leaders of Norland and Vestria held a video call on Tuesday to discuss the dam.",
         "Norland's President Ana Berg told her Vestrian counterpart, Premier Tomas Varga, that work would stop."),
        ("The presidents of Norland and Vestria spoke by phone on Tuesday.",
         "Norland's President Ana Berg and Vestrian President Tomas Varga agreed to meet in May."),
        ("The leaders of Norland and Vestria held a phone call on Tuesday.",
         "Vestrian Prime Minister Tomas Varga told Norland's Chancellor Ana Berg that work would stop."),
    ],
)  # fmt: skip
def test_the_leaders_of_two_states_are_the_holders_the_report_names(paragraphs: tuple[str, ...]) -> None:
    [(kind, sender, recipients)] = acts(*paragraphs)
    assert kind == "call" and {sender, *recipients} == {"Ana Berg", "Tomas Varga"}


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("The foreign ministers of Norland and Vestria held a phone call on Tuesday.",
         "Norland's President Ana Berg welcomed the call. Vestrian Prime Minister Tomas Varga said nothing."),
        ("The leaders of Norland and Vestria held a phone call on Tuesday.",
         "Norland's President Ana Berg and her predecessor Karl Berg both welcomed it."),
    ],
)  # fmt: skip
def test_leaders_of_two_states_with_no_holder_named_for_each_are_no_pair(paragraphs: tuple[str, ...]) -> None:
    found = acts(*paragraphs)
    assert not any(k == "call" and "Ana Berg" in (s, *r) for k, s, r in found), found


def test_a_name_that_modifies_a_thing_is_not_one_of_the_two_leaders() -> None:
    paragraphs = (
        "Norland Chancellor Ana Berg and Vestrian President Tomas Varga discussed the Askara grain corridor for "
        "nearly an hour on Monday, their offices said.",
        "In their call, the two leaders agreed to set up a joint working group, according to a statement from "
        "the chancellery in Kessel.",
        'Varga said on social media that the conversation had been "frank and useful".',
    )
    [(kind, sender, recipients)] = acts(*paragraphs)
    assert kind == "call" and {sender, *recipients} == {"Ana Berg", "Tomas Varga"}
