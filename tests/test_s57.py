"""Session 57: rules built from invented sentences (every name here is invented)."""

from __future__ import annotations

import datetime as dt

import pytest

from lettertrace.extract.office_kinds import title_head
from test_extract import acts, report, run


@pytest.mark.parametrize(
    "sentence",
    [
        "Norland's High Commissioner to Ghana NAME wrote to Foreign Minister Jan Vos on Monday.",
        "The Ambassador of Kessel to Kenya NAME sent a letter to Foreign Minister Jan Vos.",
        "India's High Commissioner to Bangladesh NAME wrote to the minister, Jan Vos.",
        "Norland's ambassador to Kenya NAME wrote to Foreign Minister Jan Vos on Monday.",
    ],
)
@pytest.mark.parametrize("name", ["Piet Dorn", "Carl Berg"])
def test_the_state_a_post_is_held_in_is_no_part_of_its_holders_name(sentence: str, name: str) -> None:
    assert acts(sentence.replace("NAME", name)) == {("letter", name, ("Jan Vos",))}


def test_a_given_name_that_is_a_states_is_kept_without_a_post_before_it() -> None:
    assert acts("Jordan Lee wrote to President Ana Lind on Monday.") == {
        ("letter", "Jordan Lee", ("Ana Lind",))
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "President Mara Quist and Prime Minister Robert Hale each wrote to Secretary-General Jonas Alden.",
        "Mara Quist and Robert Hale have each written to Secretary-General Jonas Alden.",
        "Mara Quist and Robert Hale each sent letters to Secretary-General Jonas Alden.",
    ],
)
def test_each_of_several_writers_writes_a_letter_of_their_own(sentence: str) -> None:
    assert acts(sentence) == {
        ("letter", "Mara Quist", ("Jonas Alden",)),
        ("letter", "Robert Hale", ("Jonas Alden",)),
    }


def test_asking_each_of_others_splits_no_letter() -> None:
    got = acts("Ana Lind and Piet Dorn wrote to President Carl Berg, asking each of his ministers to resign.")
    assert got == {("letter", "Ana Lind", ("Carl Berg",))}


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            "Foreign Minister Jan Vos was informed of the decision by President Carl Berg in a letter on Tuesday.",
            ("letter", "Carl Berg", ("Jan Vos",)),
        ),
        (
            "The minister, Mara Quist, was told of the plan by President Robert Hale during a phone call.",
            ("call", "Robert Hale", ("Mara Quist",)),
        ),
        (
            "Jan Vos was briefed on the talks by Carl Berg in a call on Monday.",
            ("call", "Carl Berg", ("Jan Vos",)),
        ),
    ],
)
def test_one_told_of_a_thing_by_another_in_a_letter_or_call_is_its_addressee(
    sentence: str, want: tuple[str, str, tuple[str, ...]]
) -> None:
    assert acts(sentence) == {want}


@pytest.mark.parametrize(
    "sentence",
    [
        "Greetings were exchanged by phone between President Mara Quist and Prime Minister Robert Hale on Monday.",
        "Views were exchanged by telephone between King Mara Quist and President Robert Hale.",
        "President Mara Quist and Prime Minister Robert Hale exchanged greetings by phone on Monday.",
    ],
)
def test_greetings_exchanged_by_phone_between_two_are_one_call(sentence: str) -> None:
    assert acts(sentence) == {("call", "Mara Quist", ("Robert Hale",))}


def test_a_bare_role_means_the_one_titled_so_whose_state_word_comes_first() -> None:
    got = acts(
        "Lind reads out letter to Biden",
        "SANTIAGO, March 12 (NNA) - Chilean President Ana Lind on Tuesday read out a letter she sent to her "
        "United States counterpart, Joe Biden, urging investment.",
        "Answering questions from reporters, Lind said the letter was not a reproach.",
        "The president also said that she had spoken by telephone last week with Peruvian Prime Minister Carl "
        "Berg about visas.",
    )
    assert ("call", "Ana Lind", ("Carl Berg",)) in got, got


@pytest.mark.parametrize(
    ("role", "head"),
    [
        ("Mexican President", ["president"]),
        ("Norland's President", ["president"]),
        ("Prime Minister", ["prime"]),
    ],
)
def test_the_head_of_a_title_comes_after_its_states_word(role: str, head: list[str]) -> None:
    assert title_head(role, 1) == head


def _published(*lines: str) -> dt.date | None:
    return run("\n\n".join(lines) + "\n").meta.published


def test_a_numeric_stamp_takes_the_reading_its_dateline_agrees_with() -> None:
    body = "the Presidential Office said, adding that the two had spoken for half an hour on trade."
    assert _published(
        "Norland News",
        "Ana Lind congratulates Piet Dorn in phone call",
        "05/01/2023 11:27 AM",
        f"Norland City, May 1 (NNA) President Ana Lind held a phone call with Piet Dorn on Monday, {body}",
    ) == dt.date(2023, 5, 1)
    assert _published(
        "Norland News",
        "Ana Lind congratulates Piet Dorn in phone call",
        "05/01/2023 11:27 AM",
        f"Norland City, Jan 5 (NNA) President Ana Lind held a phone call with Piet Dorn on Thursday, {body}",
    ) == dt.date(2023, 1, 5)


def test_an_era_year_written_close_before_the_common_year_dates_the_report() -> None:
    assert _published(
        "Norland Agency",
        "Leader Sends Greetings to Kessel President",
        "Norland City, June 12 (NA) -- Ana Lind sent a message of greetings on Monday to Piet Dorn, president "
        "of Kessel, on the occasion of the national day.",
        "Era112(2023).6.12.",
    ) == dt.date(2023, 6, 12)


@pytest.mark.parametrize(
    "listing",
    [
        "The senders included Piet Dorn, president of Kessel, Carl Berg, prime minister of Arland, and Jan Vos, "
        "king of Vestria.",
        "Among the senders were Piet Dorn, president of Kessel, Carl Berg, prime minister of Arland, and Jan Vos, "
        "king of Vestria.",
        "The senders were President Piet Dorn, Prime Minister Carl Berg and King Jan Vos.",
    ],
)
def test_the_senders_a_round_up_lists_each_sent_one_dated_as_the_round_up(listing: str) -> None:
    rep = run(
        report(
            "Heads of state of different countries sent congratulatory messages on Monday to Ana Lind, president "
            "of Norland, on the national day.",
            listing,
        )
    )
    got = {
        (c.sender.name if c.sender else "", tuple(r.name for r in c.recipients), c.date.earliest)
        for c in rep.extraction.communications
    }
    monday = dt.date(2024, 3, 11)
    assert got == {(n, ("Ana Lind",), monday) for n in ("Piet Dorn", "Carl Berg", "Jan Vos")}, got


@pytest.mark.parametrize(
    ("paragraphs", "want"),
    [
        (
            (
                "President Piet Dorn's first full day in office was dominated by messages of goodwill, a day after "
                "he was sworn in before a large crowd.",
                "Kessel's President Carl Berg had written to the President-elect on September 6.",
            ),
            ("letter", "Carl Berg", ("Piet Dorn",)),
        ),
        (
            (
                "President Jan Vos spoke by phone on Monday with Mara Quist, the winner of Vestria's presidential "
                "election, and congratulated her.",
                "Kessel's President Carl Berg also sent a message of congratulations on Monday to Vestria's "
                "president-elect.",
            ),
            ("message", "Carl Berg", ("Mara Quist",)),
        ),
    ],
)
def test_the_president_elect_is_the_one_told_to_have_won(
    paragraphs: tuple[str, ...], want: tuple[str, str, tuple[str, ...]]
) -> None:
    assert want in acts(*paragraphs)


def test_no_one_is_the_president_elect_where_two_are_told_to_have_won() -> None:
    got = acts(
        "President Piet Dorn, who was sworn in on Friday, thanked the crowd.",
        "Jan Vos won the vote in the neighbouring state of Vestria on Sunday.",
        "Kessel's President Carl Berg has written to the President-elect.",
    )
    assert not any(s == "Carl Berg" and r in (("Piet Dorn",), ("Jan Vos",)) for _, s, r in got), got


@pytest.mark.parametrize(
    "caller",
    [
        "Deputy Prime Minister and Foreign Minister Omar Khel",
        "Deputy Prime Minister Omar Khel",
        "Acting Prime Minister Omar Khel",
    ],
)
def test_a_deputy_or_acting_office_is_no_one_who_holds_the_office_itself(caller: str) -> None:
    got = acts(
        "Prime Minister Mara Quist on Friday extended felicitations to Robert Hale on taking oath as chief adviser.",
        f"Later, {caller} telephoned Kessel's Foreign Adviser Carl Berg and congratulated him.",
    )
    assert ("call", "Omar Khel", ("Carl Berg",)) in got, got


def test_a_description_saying_deputy_is_one_called_deputy_before() -> None:
    got = acts(
        "Deputy Prime Minister Ana Lind wrote to the Kessel ambassador on Monday.",
        "The deputy prime minister also wrote to Carl Berg.",
    )
    assert ("letter", "Ana Lind", ("Carl Berg",)) in got, got
