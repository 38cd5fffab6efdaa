"""'The Nigerian leader' is the party the report ties to Nigeria ("President A of Nigeria", "Nigeria's
President A", "A, the president of Nigeria"), ahead of a more salient person the report ties to no
state or to another, even when a later sentence ("said the Nigerian President had received the
message") was read as naming the more salient one. Invented names; report dated Thursday 14 March 2024."""

from __future__ import annotations

import pytest

from test_extract import report, run
from test_patterns import observed


@pytest.mark.parametrize(
    "first",
    [
        "President Jan Berg has written back to President Tomas Varga of Nigeria, accepting his proposal.",
        "President Jan Berg has written back to Nigeria's President Tomas Varga, accepting his proposal.",
        "President Jan Berg has written back to Tomas Varga, the president of Nigeria, accepting his proposal.",
    ],
)
def test_a_nationality_names_the_party_of_that_state(first: str) -> None:
    rep = run(
        report(
            first,
            "In his reply to the Nigerian leader's letter of 13 February, President Berg said he shared"
            " the hopes it set out.",
            "His foreign minister, speaking to Ghanaian journalists after the delivery, said the Nigerian"
            " President had received the message warmly.",
        )
    )
    assert observed(rep) == [
        ("letter", "Jan Berg", ("Tomas Varga",), "Tomas Varga"),
        ("letter", "Tomas Varga", ("Jan Berg",), ""),
    ]


def test_a_nationality_of_neither_party_names_neither() -> None:
    rep = run(
        report(
            "President Jan Berg has written back to President Tomas Varga of Nigeria, accepting his proposal.",
            "In his reply to the Kenyan leader's letter of 13 February, President Berg said he shared the"
            " hopes it set out.",
        )
    )
    assert ("letter", "Tomas Varga", ("Jan Berg",), "") not in observed(rep)


@pytest.mark.parametrize(
    ("headline", "second"),
    [
        (
            "Holm receives Nigerian President's letter on rail link",
            "The Nigerian President's message to the Ghanaian leader was handed over on Monday by an envoy.",
        ),
        (
            "Holm gets letter from Nigerian president",
            "The Nigerian president's letter to the Ghanaian leader was handed over on Monday by an envoy.",
        ),
        (
            "Nigerian President writes to Holm on rail link",
            "The letter from the Nigerian President to the Ghanaian leader was delivered on Monday by an envoy.",
        ),
    ],
)
def test_an_office_in_the_headline_is_the_holder_the_story_names(headline: str, second: str) -> None:
    rep = run(
        report(
            "President Ana Holm has received a special message from her Nigerian counterpart, Tomas Varga,"
            " seeking support for a railway.",
            second,
            "In the letter, President Varga described the railway as vital to both countries.",
            headline=headline,
        )
    )
    assert [(k, s, r) for k, s, r, _ in observed(rep)] in (
        [("letter", "Tomas Varga", ("Ana Holm",))],
        [("message", "Tomas Varga", ("Ana Holm",))],
    )
