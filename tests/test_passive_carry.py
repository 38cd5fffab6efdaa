"""A letter or message told in the passive of a verb of carrying ("was conveyed / handed / delivered to B by
C"): C wrote it when no one else is named as its writer and C's office is not a carrier's; an envoy or an
ambassador only carried it. Invented sentences."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "A congratulatory message was conveyed to President Adam Krol by Prime Minister Jan Sobota on Monday.",
            [("message", "Jan Sobota", ("Adam Krol",))],
        ),
        (
            "A letter was handed to King Ulf of Norland by President Jan Sobota on Monday.",
            [("letter", "Jan Sobota", ("Ulf",))],
        ),
        (
            "A message of greetings was transmitted to the Chairman of the Council, Adam Krol, by the Norland "
            "leader Jan Sobota.",
            [("message", "Jan Sobota", ("Adam Krol",))],
        ),
    ],
)
def test_the_agent_of_a_carried_message_wrote_it(sentence: str, expected: list) -> None:
    assert found_acts(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a carrier by office carried someone else's letter, whose writer the sentence does not name
        ("A letter was delivered to President Adam Krol by Ambassador Jan Sobota on Monday.", []),
        ("A message was handed to President Adam Krol by a special envoy, Jan Sobota, on Monday.", []),
        # the writer named after 'from': the agent only carried it
        (
            "A letter from Prime Minister Jan Sobota was delivered to President Adam Krol by Foreign Minister "
            "Eva Lind.",
            [("letter", "Jan Sobota", ("Adam Krol",))],
        ),
    ],
)
def test_a_carrier_is_no_writer(sentence: str, expected: list) -> None:
    assert found_acts(sentence) == expected
