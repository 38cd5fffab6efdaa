"""A participle of sending or carrying after the act's 'from' or 'to' phrase dates the letter, though the
parser hangs it on the last name of that phrase: 'received a message from President A of X, delivered by
his envoy on Sunday' (Sunday is the message's day); so does one on the noun after 'of' ('a telegram of
condolence sent on Sunday') and a 'dated' after the writer's name and title ('a letter from the Mayor of
X, Councillor A, dated 12 May'). A participle that tells of the person, not the letter, does not ('wrote
to B, the king elected in 1990')."""

from __future__ import annotations

import datetime as dt

import pytest

from test_extract import report, run

SUNDAY = dt.date(2024, 3, 10)  # the Sunday before the test report's date (14 March 2024)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Emir received a written message from President Omar Haddi of Zarvan, delivered by Foreign"
        " Minister Saleh Amri on Sunday.",
        "The Emir received a written message from the President of Zarvan, Omar Haddi, delivered by his"
        " envoy on Sunday.",
        "President Omar Haddi sent a message to King Fahd Alani, delivered by his envoy on Sunday.",
        "The king received a letter from Omar Haddi, handed over by the ambassador on Sunday.",
    ],
)
def test_a_carrying_participle_after_the_party_dates_the_letter(sentence: str) -> None:
    (comm,) = run(report(sentence)).extraction.communications
    assert (comm.date.earliest, comm.date.latest) == (SUNDAY, SUNDAY)


@pytest.mark.parametrize(
    "sentence",
    [
        "President Omar Haddi wrote to Fahd Alani, the king elected in 1990.",
        "President Omar Haddi wrote to Fahd Alani, a king crowned in 1990.",
    ],
)
def test_a_participle_about_the_person_does_not_date_the_letter(sentence: str) -> None:
    (comm,) = run(report(sentence)).extraction.communications
    assert comm.date.earliest is None or comm.date.earliest.year != 1990


@pytest.mark.parametrize(
    "sentence",
    [
        "Paul Decker said he received a letter from the Mayor of Port Amber, Councillor Ana Reyes, dated 12 May"
        " 2021.",
        "Paul Decker received a letter from the governor, Ana Reyes, dated 12 May 2021, on Friday.",
        "A letter from the Mayor of Port Amber, Ms Ana Reyes, dated 12 May 2021, reached Paul Decker on Friday.",
    ],
)
def test_dated_after_the_writers_name_dates_the_letter(sentence: str) -> None:
    comms = run(report(sentence)).extraction.communications
    assert [(c.date.earliest, c.date.latest) for c in comms] == [(dt.date(2021, 5, 12), dt.date(2021, 5, 12))]


def test_dated_owner_reads_past_the_writers_name() -> None:
    """The parser hangs 'Councillor Ana O'Hara' on the verb, outside the letter's phrase: 'dated' still dates
    the letter (the words between are the writer's name, title and commas)."""
    from lettertrace import nlp
    from lettertrace.extract.date_places import _dated_owner
    from lettertrace.models import Options

    doc = nlp.parse(
        "I received a letter from the Mayor of Port Amber, Councillor Ana O'Hara, dated 1 March 2024, setting"
        " out the council's concerns.",
        Options().spacy_model,
    )
    date = next(e for e in doc.ents if e.text == "1 March 2024")
    letter = next(t for t in doc if t.text == "letter")
    assert _dated_owner(date) == letter.i


@pytest.mark.parametrize(
    "sentence",
    [
        "President Ana Berg expressed her sorrow in a telegram of condolence sent on Sunday to Chancellor Tomas Lind.",
        "President Ana Berg sent a cable of congratulations signed on Sunday to Chancellor Tomas Lind.",
        "President Ana Berg wrote a letter of thanks, delivered on Sunday, to Chancellor Tomas Lind.",
    ],
)
def test_a_participle_on_the_noun_after_of_dates_the_letter(sentence: str) -> None:
    (comm,) = run(report(sentence)).extraction.communications
    assert (comm.date.earliest, comm.date.latest) == (SUNDAY, SUNDAY)
