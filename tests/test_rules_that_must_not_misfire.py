"""Ordinary sentences near the constructions this project reads, which must not yield the act those rules
would make: a month name inside a name ('praising Theresa May') is no date; reporters asking is no joint
letter's addressee; 'the letter the students had sent her' is not the thanked one's; a letter of thanks
written 'to the organisers' is not to the last caller; a drafter is not the sender when a signer is named;
greetings extended at a meeting are spoken; a programme's name is no person. Invented people."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    ("paras", "wrong"),
    [
        (
            (
                "Piet Okoro wrote to Ana Berg on Monday, urging talks.",
                "Ana Berg responded by praising Theresa May.",
            ),
            ("letter", "Ana Berg", ("Piet Okoro",)),
        ),
        (
            (
                "Piet Okoro wrote to Ana Berg on Monday, urging talks.",
                "Ana Berg responded with sanctions against March Holdings.",
            ),
            ("letter", "Ana Berg", ("Piet Okoro",)),
        ),
        (
            (
                "Reporters asked Prime Minister Lena Moss about the crisis on Monday.",
                "In a joint letter, opposition leaders Piet Okoro, Ana Berg and Tom Reyes demanded an inquiry.",
            ),
            ("letter", "Piet Okoro", ("Lena Moss",)),
        ),
        (
            ("Ana Berg expressed gratitude to Piet Okoro for the letter the students had sent her.",),
            ("letter", "Piet Okoro", ("Ana Berg",)),
        ),
        (
            (
                "Piet Okoro phoned Ana Berg in May to discuss trade. In June, Ana Berg sent a letter of thanks to"
                " the organisers of the summit.",
            ),
            ("letter", "Ana Berg", ("Piet Okoro",)),
        ),
        (
            (
                "The letter to Prime Minister Lena Moss was drafted by Foreign Office lawyer Tom Reyes and signed by"
                " President Piet Okoro on Monday.",
            ),
            ("letter", "Tom Reyes", ("Lena Moss",)),
        ),
        (
            (
                "President Ana Berg sent a congratulatory message to Piet Okoro, while Foreign Minister Lena Moss"
                " extended her congratulations to Tom Reyes at a meeting in Geneva.",
            ),
            ("message", "Lena Moss", ("Tom Reyes",)),
        ),
    ],
)
def test_no_misfire(paras: tuple[str, ...], wrong: tuple[str, str, tuple[str, ...]]) -> None:
    assert wrong not in found_acts(*paras)


def test_a_programme_is_no_person() -> None:
    acts = found_acts(
        "Foreign Minister Piet Okoro spoke to Good Morning Britain on Tuesday about the dispute."
    )
    assert all("Britain" not in " ".join(r) for _k, _s, r in acts)


def test_the_two_premiers_without_a_holder_of_that_word() -> None:
    acts = found_acts(
        "Prime Minister Tomas Varga wrote to Prime Minister Ana Berg on Monday about the river.",
        "The two premiers spoke by phone on Tuesday.",
    )
    assert ("call", "Tomas Varga", ("Ana Berg",)) in acts
