"""A letter or message received by another for its addressee, and dated by the meeting it was handed over
in: 'The foreign minister received the message on behalf of the President during his meeting with the
ambassador today' is the message told before, to the President, of today ('on behalf of' with a verb of
receiving names the addressee, not the sender, unless the one it came from carries for another by office
('from Norland's ambassador, C, on behalf of President B': B sends); a message received in a meeting is no figure of speech;
a date on the meeting 'during' which the act took place is the act's). 'Later, A called C' after a day
told before is on or after that day, up to the report's date. Invented people; the report is dated
Thursday 14 March 2024."""

from __future__ import annotations

import datetime as dt

import pytest

from test_extract import REPORT_DAY, report, run

FIRST = "President Ana Berg has received a written message from President Tomas Kale of Norland about trade."


def acts(*paragraphs: str) -> list[tuple[str, str, tuple[str, ...], dt.date | None, dt.date | None]]:
    rep = run(report(*paragraphs))
    return sorted(
        (
            c.kind,
            c.sender.name if c.sender else "",
            tuple(r.name for r in c.recipients),
            c.date.earliest,
            c.date.latest,
        )
        for c in rep.extraction.communications
    )


TUESDAY = dt.date(2024, 3, 12)


@pytest.mark.parametrize(
    "then",
    [
        "Foreign Minister Rui Salas received the message on behalf of the President during his meeting "
        "with the Norland ambassador on Tuesday.",
        "Foreign Minister Rui Salas received the message during a meeting with the Norland envoy on Tuesday.",
        "The message was handed over to Foreign Minister Rui Salas by the Norland ambassador at a meeting "
        "on Tuesday.",
        "The minister of foreign affairs received the message for the President during talks with the "
        "Norland ambassador on Tuesday.",
    ],
)
def test_a_message_received_for_its_addressee_in_a_meeting_is_of_that_day(then: str) -> None:
    assert acts(FIRST, then) == [("message", "Tomas Kale", ("Ana Berg",), TUESDAY, TUESDAY)]


@pytest.mark.parametrize(
    "told",
    [
        "Foreign Minister Rui Salas on Tuesday received a letter from Norland's ambassador, Piet Mol, on behalf of"
        " President Tomas Kale.",
    ],
)
def test_on_behalf_of_a_couriers_principal_names_the_sender(told: str) -> None:
    found = acts(told)
    assert [(k, s, r) for k, s, r, *_ in found] == [("letter", "Tomas Kale", ("Rui Salas",))]


def test_a_message_sent_in_an_interview_stays_a_figure_of_speech() -> None:
    assert acts("In a radio interview, President Ana Berg sent a message to President Tomas Kale.") == []


@pytest.mark.parametrize(
    ("second", "day"),
    [
        ("Later, Berg held a phone call with Kenyan President Joseph Otieno.", (TUESDAY, REPORT_DAY)),
        ("Later on, Berg spoke by telephone with Kenyan President Joseph Otieno.", (TUESDAY, REPORT_DAY)),
    ],
)
def test_a_bare_later_runs_from_the_day_told_before_to_the_report(
    second: str, day: tuple[dt.date, dt.date]
) -> None:
    first = "President Ana Berg spoke by telephone with President Tomas Kale of Norland on Tuesday."
    found = acts(first, "They discussed the border.", second)
    assert ("call", "Ana Berg", ("Joseph Otieno",), *day) in found


def test_a_bare_later_with_no_day_before_dates_nothing() -> None:
    found = acts(
        "President Ana Berg has long argued for the pipeline.",
        "Later, Berg held a phone call with Kenyan President Joseph Otieno.",
    )
    assert [(k, s, r) for k, s, r, *_ in found] == [("call", "Ana Berg", ("Joseph Otieno",))]
    assert found[0][3:] != (REPORT_DAY, REPORT_DAY)


@pytest.mark.parametrize(
    ("told", "want"),
    [
        (
            "Deputy Prime Minister Rui Salas on Tuesday received a letter from Kenyan President William Ruto on"
            " behalf of Prime Minister Ana Berg, who is abroad.",
            ("letter", "William Ruto", ("Ana Berg",)),
        ),
        (
            "Vice President Kashim Shetu received a message from the Emir of Qatar, Sheikh Tamim Hamad, on behalf"
            " of President Bola Tinu, who is on leave.",
            ("message", "Tamim Hamad", ("Bola Tinu",)),
        ),
    ],
)
def test_on_behalf_of_beside_a_writer_who_is_no_courier_names_the_addressee(
    told: str, want: tuple[str, str, tuple[str, ...]]
) -> None:
    assert want in [(k, s, r) for k, s, r, *_ in acts(told)]
