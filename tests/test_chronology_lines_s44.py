"""A chronology's dated lines in the historical present ("- 2 April: A telephones B", "- 21 March: C
telegraphs both premiers"): a verb of calling the tagger read as a noun between two names, a verb left
unlemmatised, and a counted pair of leaders as the object (one message each). A bare plural of the
correspondence at large ("weeks of telegrams and letters") is no act that a later one tells again."""

from __future__ import annotations

import pytest

from test_extract import found_acts

FIRST = "- 3 March 1958: Prime Minister Sunan Wongsa cables Prince Khamsai Ratana, the Lao prime minister, protesting."


@pytest.mark.parametrize(
    "line",
    [
        "- 2 April: Sunan telephones Prince Khamsai, the first call between the two leaders on record.",
        "- 2 April: Prime Minister Sunan Wongsa telephones Prince Khamsai, the first call on record.",
    ],
)
def test_present_call_verb_read_as_a_noun(line: str) -> None:
    acts = found_acts(FIRST, line)
    assert ("call", "Sunan Wongsa", ("Khamsai Ratana",)) in acts, acts


@pytest.mark.parametrize(
    "line",
    [
        "- 21 March: Foreign Secretary Hugh Marlow telegraphs both premiers urging them to accept mediation.",
        "On 21 March Foreign Secretary Hugh Marlow telegraphed both leaders, urging them to accept talks.",
    ],
)
def test_counted_pair_object_gets_one_message_each(line: str) -> None:
    acts = found_acts(FIRST, line)
    assert ("message", "Hugh Marlow", ("Khamsai Ratana",)) in acts, acts
    assert ("message", "Hugh Marlow", ("Sunan Wongsa",)) in acts, acts


def test_correspondence_at_large_is_not_the_first_act() -> None:
    acts = found_acts(
        "Drawing on the archive, we reconstruct the weeks of telegrams and letters that defused the crisis.",
        FIRST,
    )
    assert acts == [("message", "Sunan Wongsa", ("Khamsai Ratana",))], acts


def test_mobile_telephones_are_no_call() -> None:
    acts = found_acts("The mobile telephones Prince Khamsai gave to his guards were seized by the police.")
    assert acts == [], acts
