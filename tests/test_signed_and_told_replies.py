"""Three readings of a letter and its answer.

- Putting one's signature (name, hand) to a letter sends it: "A put his signature to a letter to B".
- A reply told as the setting of a verb of addressing ("In a reply, B assured A that ...") goes to the one
  addressed and answers the last letter that one sent, even when that letter went to B's office.
- A letter to a body, told again as asking a person of that body ("The letter asks the Commission
  chairperson, Dr B, to ..."), is one letter, to that person.
"""

from __future__ import annotations

import pytest

from test_extract import found_acts, found_replies


@pytest.mark.parametrize(
    "sentence",
    [
        "When Governor Tavrek Olumbo put his signature to a letter to Dr Asel Morvane on 3 March, he knew the "
        "answer.",
        "Governor Tavrek Olumbo affixed his signature on Monday to a letter addressed to Dr Asel Morvane.",
        "Governor Tavrek Olumbo and two mayors have put their names to a letter to Dr Asel Morvane.",
        "The governor of Lusva, Tavrek Olumbo, set his hand to a letter to Dr Asel Morvane on 3 March.",
    ],
)
def test_putting_a_signature_to_a_letter_sends_it(sentence: str) -> None:
    assert ("letter", "Tavrek Olumbo", ("Asel Morvane",)) in found_acts(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Governor Tavrek Olumbo put his signature to the treaty on 3 March.",
        "Governor Tavrek Olumbo said he would never put his name to a letter to Dr Asel Morvane.",
        "Governor Tavrek Olumbo refused to put his signature to a letter to Dr Asel Morvane.",
    ],
)
def test_no_letter_signed(sentence: str) -> None:
    assert all(sender != "Tavrek Olumbo" for _, sender, _ in found_acts(sentence))


LETTER_TO_OFFICE = "Governor Tavrek Olumbo wrote to the Finance Ministry on 3 March asking for funds."


@pytest.mark.parametrize(
    "reply",
    [
        "In a reply, Dr Asel Morvane assured the governor that the funds would come.",
        "In her reply, the Finance Minister, Dr Asel Morvane, assured Governor Olumbo that the funds would "
        "come.",
        "In an answer sent on Friday, Dr Asel Morvane reminded Olumbo that the budget was closed.",
        "In a reply that was copied to the cabinet, Dr Asel Morvane thanked the governor for his patience.",
    ],
)
def test_a_reply_told_as_setting_goes_to_the_one_addressed(reply: str) -> None:
    got = found_replies(LETTER_TO_OFFICE, reply)
    assert ("Asel Morvane", ("Tavrek Olumbo",), "Tavrek Olumbo") in got


@pytest.mark.parametrize(
    "reply",
    [
        # the one addressed wrote nothing the report tells
        "In a reply, Dr Asel Morvane assured the mayor, Kesi Anwar, that the funds would come.",
        # a reply at a press conference is talk
        "In a reply to a question from reporters, Dr Asel Morvane assured Kesi Anwar that the funds would "
        "come.",
        # the one addressed is the subject of a passive
        "In a reply, the governor was assured that the funds would come.",
    ],
)
def test_no_reply_letter_without_a_letter_from_the_one_addressed(reply: str) -> None:
    got = found_replies(LETTER_TO_OFFICE, reply)
    assert all(sender != "Asel Morvane" for sender, _, _ in got), got


@pytest.mark.parametrize(
    "retold",
    [
        "The letter, which this paper has seen, asks the Commission chairperson, Dr Asel Morvane, to send "
        "observers.",
        "The letter urges the Commission chairperson, Dr Asel Morvane, to send observers.",
    ],
)
def test_a_letter_to_a_body_retold_as_asking_its_head_is_one_letter(retold: str) -> None:
    got = found_acts(
        "Governor Tavrek Olumbo sent a letter to the Regional Union Commission on 3 March.",
        retold,
    )
    assert got == [("letter", "Tavrek Olumbo", ("Asel Morvane",))]


def test_a_letter_retold_as_asking_someone_of_another_body_stays_with_the_body() -> None:
    got = found_acts(
        "Governor Tavrek Olumbo sent a letter to the Regional Union Commission on 3 March.",
        "The letter urges the Security Council chairman, Dr Asel Morvane, to send observers.",
    )
    assert ("letter", "Tavrek Olumbo", ("Regional Union Commission",)) in got
    assert ("letter", "Tavrek Olumbo", ("Asel Morvane",)) not in got


def test_a_reply_to_an_office_holder_named_only_by_office_goes_to_the_writer() -> None:
    got = found_replies(
        "Governor Tavrek Olumbo sent a letter to the Regional Union Commission on 3 March.",
        "The letter asks the Commission chairperson, Dr Asel Morvane, to send observers.",
        "In a reply, Morvane assured the Lusvan leader that a team would come.",
    )
    assert ("Asel Morvane", ("Tavrek Olumbo",), "Tavrek Olumbo") in got
