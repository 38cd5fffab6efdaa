"""'B has replied to the signatories ... The reply, addressed to C, ...': the reply just told, and the one
its participle names is its addressee."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "paragraph",
    [
        "Commission President Ana Berg has replied to the eleven MEPs who asked her to postpone the rules, in "
        "a letter dated 8 April. The reply, addressed to the German MEP Karl Dorn, who coordinated the "
        "initiative, answers the letter the MEPs sent on 4 March.",
        "President Ana Berg replied in a letter dated 8 April to the twelve senators who had written to her. "
        "The reply, addressed to Senator Karl Dorn, answers their letter of 4 March.",
    ],
)
def test_the_reply_addressed_to_one_of_them(paragraph: str) -> None:
    acts = found_acts(paragraph)
    assert ("letter", "Ana Berg", ("Karl Dorn",)) in acts, acts


def test_no_reply_told_before_no_addressee_given_to_the_letter() -> None:
    """After a letter that answers nothing, 'the reply, addressed to C' does not readdress that letter."""
    acts = found_acts(
        "President Ana Berg wrote to Karl Dorn on Monday about the river.",
        "The reply, addressed to Eva Lind, was sent on Friday.",
    )
    assert ("letter", "Ana Berg", ("Eva Lind",)) not in acts, acts
    assert ("letter", "Ana Berg", ("Karl Dorn",)) in acts, acts
