"""Wire copy of greetings in the house style of some state agencies: a dateline that ends in the agency's
credit between slashes ("Marsk, July 11 /VNA/.", "MARSK, July 11. /VNA/."), a round-up whose writers are
only "Heads of state" (a capitalised plural of an office, no party), sent to two leaders, and the messages
told after it with a sender and no addressee, which went to both. A name written with its initial glued to
it ("G.Brandl") is a name. Invented names; report dated 14 March 2024."""

from __future__ import annotations

import pytest

from lettertrace.datelines import dateline_tokens
from lettertrace.models import Options
from lettertrace.nlp import parse
from test_extract import found_acts

LATER = "President of Ostland Jana Kovac noted in her message that relations were strong."


@pytest.mark.parametrize(
    "opening", ["Marsk, July 11 /VNA/. ", "MARSK, July 11. /VNA/. ", "Marsk, 11 July /VNA/ - "]
)
def test_a_dateline_with_a_credit_in_slashes_is_no_party(opening: str) -> None:
    text = f"{opening}President of Ostland Jana Kovac has sent a congratulatory message to President Tomas Brandl."
    assert found_acts(text) == [("message", "Jana Kovac", ("Tomas Brandl",))]
    doc = parse(text, Options().spacy_model)
    assert "Marsk" in {t.text.title() for t in doc if t.i in dateline_tokens(doc)}
    assert next(t for t in doc if t.text == "President").is_sent_start


def test_a_slashed_word_inside_a_sentence_is_no_dateline() -> None:
    doc = parse(
        "President Tomas Brandl, who spoke on July 11 /VNA/ radio, wrote to Jana Kovac.",
        Options().spacy_model,
    )
    assert not dateline_tokens(doc)


@pytest.mark.parametrize(
    "roundup",
    [
        "Marsk, July 11 /VNA/. Heads of state of a number of countries have sent congratulatory messages to President "
        "of Velaria Tomas Brandl and Prime Minister Ida Lund on the occasion of the National Day.",
        "Leaders of many countries have sent congratulatory messages to President Tomas Brandl and Prime Minister "
        "Ida Lund on the National Day.",
    ],
)
def test_a_message_told_after_a_roundup_to_two_went_to_both(roundup: str) -> None:
    got = found_acts(roundup, LATER)
    assert ("message", "Jana Kovac", ("Ida Lund", "Tomas Brandl")) in got or (
        "message",
        "Jana Kovac",
        ("Tomas Brandl", "Ida Lund"),
    ) in got
    assert not any(s in ("Heads", "Leaders", "Marsk") for _, s, _ in got)


def test_a_roundup_to_one_gives_its_one_addressee() -> None:
    got = found_acts(
        "Heads of state have sent messages of condolence to President Tomas Brandl after the floods.", LATER
    )
    assert ("message", "Jana Kovac", ("Tomas Brandl",)) in got


@pytest.mark.parametrize(
    "text, writer, addressee",
    [
        ("Prime Minister Ida Lund sent a congratulatory message to President of Velaria D.Erdenebold on Monday.",
         "Ida Lund", "D.Erdenebold"),
        ("President of Velaria D.Erdenebold sent a congratulatory message to Prime Minister Ida Lund on Monday.",
         "D.Erdenebold", "Ida Lund"),
        ("Prime Minister Ida Lund sent a congratulatory message to President of Velaria Tomas Brandl on Monday.",
         "Ida Lund", "Tomas Brandl"),
    ],
)  # fmt: skip
def test_a_name_after_an_office_and_its_place(text: str, writer: str, addressee: str) -> None:
    assert found_acts(text) == [("message", writer, (addressee,))]
