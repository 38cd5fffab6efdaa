"""A round-up of congratulations: "A sent a message of congratulations" with no addressee, told after a
call or message to B, the one the report is about (the first person its communications name), goes to B.
Not when the last addressee is someone else than the report's subject."""

from __future__ import annotations

import pytest

from test_extract import found_acts

OPENING = (
    "Prime Minister Aroha Kelt spent Sunday on the phone after her party's win.",
    "Prime Minister Kate Dunmore was among the first to reach her, speaking with Ms Kelt by phone on Sunday.",
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Prime Minister Rhys Penn sent a message of congratulations, released by his office, in which he praised "
        "the result.",
        "Prime Minister Rhys Penn sent a congratulatory message in which he said his country was ready to work "
        "with her government.",
        "Prime Minister Rhys Penn dispatched a message of felicitations on Monday.",
    ],
)
def test_a_greeting_without_addressee_goes_to_the_subject(sentence: str) -> None:
    got = found_acts(*OPENING, sentence)
    assert ("message", "Rhys Penn", ("Aroha Kelt",)) in got


def test_the_greeting_chain_continues_with_also() -> None:
    got = found_acts(
        *OPENING,
        "Premier Liang Wen sent a congratulatory message on Monday.",
        "President Paek Sung-jin also sent a message, his office said.",
    )
    assert ("message", "Paek Sung-jin", ("Aroha Kelt",)) in got


def test_no_greeting_addressee_after_a_call_between_others() -> None:
    got = found_acts(
        "President Ilsa Varnek called King Otto Brandt on Monday to discuss trade.",
        "Chancellor Mira Osk sent a congratulatory message on Tuesday.",
    )
    assert ("message", "Mira Osk", ("Otto Brandt",)) not in got


def test_a_plain_message_is_not_read_as_a_greeting() -> None:
    got = found_acts(*OPENING, "Prime Minister Rhys Penn sent a message on Monday.")
    assert ("message", "Rhys Penn", ("Aroha Kelt",)) not in got
