"""'B sent a reply to A' after messages from A, C and D: the reply goes to A and answers A's message, not
the last one B was sent. Every text is invented."""

from __future__ import annotations

import pytest

from test_extract import found_replies, report, run

REPLY = "Today, President Verran sent a reply to President Orlamo, thanking her for her kind words."


@pytest.mark.parametrize(
    "received",
    [
        ["President Aldo Verran has received messages of congratulations from Kesi Orlamo and Dina Paolu."],
        [
            "President Aldo Verran has received messages of congratulations from several heads of state.",
            "Among those who sent messages were Kesi Orlamo and Dina Paolu.",
        ],
        [
            "Kesi Orlamo sent a message of congratulations to President Aldo Verran on Monday.",
            "Dina Paolu also sent a message of congratulations to Verran on Tuesday.",
        ],
    ],
)
def test_the_reply_answers_the_one_it_names(received: list[str]) -> None:
    got = found_replies(*received, REPLY)
    assert ("Aldo Verran", ("Kesi Orlamo",), "Kesi Orlamo") in got
    assert not any(s == "Aldo Verran" and r == ("Dina Paolu",) for s, r, _ in got)


@pytest.mark.parametrize(
    "headline",
    [
        "President receives congratulatory messages",
        "President Verran receives messages on independence day",
        "Leaders send messages to the president",
    ],
)
def test_a_headline_of_messages_with_no_writer_is_no_answered_one(headline: str) -> None:
    text = report(
        "President Aldo Verran has received messages of congratulations from several heads of state.",
        "Among those who sent messages were the President of Chile, Kesi Orlamo; and the Prime Minister of Peru, "
        "Dina Paolu.",
        REPLY,
        headline=headline,
    )
    comms = run(text).extraction.communications
    (reply,) = [c for c in comms if c.sender is not None and c.sender.name == "Aldo Verran"]
    assert reply.in_reply_to is not None
    answered = comms[reply.in_reply_to]
    assert answered.sender is not None and answered.sender.name == "Kesi Orlamo"
