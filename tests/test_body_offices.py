"""An office described by a body's short form ("the UNW president", "the president of the Union of
Northern Writers (UNW)") is an office of that body, never the country's President the report names."""

from __future__ import annotations

import pytest

from test_extract import found_acts

BODY = "the Union of Northern Writers (UNW)"


@pytest.mark.parametrize(
    "paragraphs",
    [
        (  # active, the office before the body's full name and short form
            f"The president of {BODY} has written to President Ana Berg about the new press law.",
            "The UNW president asked the President to withdraw the bill.",
        ),
        (  # the short form before the office
            f"Members of {BODY} met on Monday.",
            "The UNW president wrote to President Ana Berg on Tuesday about the new press law.",
        ),
        (  # passive
            f"Members of {BODY} met on Monday.",
            "A letter was sent to President Ana Berg by the UNW chairman on Tuesday.",
        ),
    ],
)
def test_office_of_a_body_is_not_the_presidents(paragraphs: tuple[str, ...]) -> None:
    acts = found_acts(*paragraphs)
    assert acts, acts
    assert all(sender != "Ana Berg" for _, sender, _ in acts), acts
    assert any(recipients == ("Ana Berg",) for _, _, recipients in acts), acts


def test_body_short_form_is_no_persons_name() -> None:
    """The bracketed short form does not make the office a named person: the named writer of the
    next paragraph is the one the lead describes (one letter, his)."""
    acts = found_acts(
        f"The president of {BODY} has written a second letter to President Ana Berg over the press law.",
        "Karl Dorn wrote to the President on Monday, repeating his request for a meeting.",
    )
    assert ("letter", "Karl Dorn", ("Ana Berg",)) in acts, acts
    assert all(sender in ("Karl Dorn",) for _, sender, _ in acts), acts


def test_office_of_a_body_held_by_the_person_named_with_it() -> None:
    """Where the report ties the person to the body, the description is theirs."""
    acts = found_acts(
        f"Karl Dorn, president of {BODY}, met students on Monday.",
        "The UNW president later wrote to President Ana Berg about the press law.",
    )
    assert ("letter", "Karl Dorn", ("Ana Berg",)) in acts, acts


@pytest.mark.parametrize(
    "paragraphs",
    [
        (  # active, a date spaCy hangs on the description
            "The Norland State President on 3 May sent a message of sympathy to President Ana Berg.",
            "The same day, Prime Minister Karl Dorn cabled condolences to President Berg.",
        ),
        (  # the description told again
            "The Norland President on 3 May sent a message of sympathy to President Ana Berg.",
            "In the message, the Norland President extended his condolences to the people of Sylvania.",
            "The same day, Prime Minister Karl Dorn cabled condolences to President Berg.",
        ),
        (  # passive
            "A message of sympathy was sent to President Ana Berg by the Norland President on Monday.",
            "Prime Minister Karl Dorn also sent condolences to President Berg.",
        ),
    ],
)
def test_a_state_leader_and_another_office_are_two_writers(paragraphs: tuple[str, ...]) -> None:
    """A president known only by his office is neither the addressee of his own message nor the prime
    minister who wrote the same day: two messages."""
    acts = found_acts(*paragraphs)
    assert ("message", "Karl Dorn", ("Ana Berg",)) in acts, acts
    assert any(s.endswith("President") and r == ("Ana Berg",) for _, s, r in acts), acts


def test_the_office_told_then_named_with_the_same_title() -> None:
    """'The Norland President sent ... President B said in the message': B holds the office, one act."""
    acts = found_acts(
        "The Norland President sent a message to President Ana Berg on Monday.",
        "President Karl Dorn said in the message that Norland stood by Sylvania.",
    )
    assert acts == [("message", "Karl Dorn", ("Ana Berg",))], acts
