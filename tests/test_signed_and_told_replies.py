"""Three readings of a letter and its answer.

- Putting one's signature (name, hand) to a letter sends it: "A put his signature to a letter to B".
- A reply told as the setting of a verb of addressing ("In a reply, B assured A that ...") goes to the one
  addressed and answers the last letter that one sent, even when that letter went to B's office.
- A letter to a body, told again as asking a person of that body ("The letter asks the Commission
  chairperson, Dr B, to ..."), is one letter, to that person.
- A letter one dictated is one's own (the scribe it was dictated to is no addressee).
- A reply with no addressee goes to the writer its letter has once tellings are merged, and a reply dated
  by day and month answering a letter of long ago is of that letter's year.
"""

from __future__ import annotations

import datetime as dt

import pytest

from test_extract import found_acts, found_replies, report, run


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


@pytest.mark.parametrize(
    "sentence",
    [
        "Yet the letter Chief Molapo dictated at Tseka in June 1895 reached the Governor, Sir Edwin Carrow, in "
        "July.",
        "Chief Molapo dictated a letter in June 1895, addressed to the Governor, Sir Edwin Carrow.",
        "In June 1895 Chief Molapo put his mark to a letter to the Governor, Sir Edwin Carrow.",
    ],
)
def test_a_letter_dictated_or_marked_is_its_authors(sentence: str) -> None:
    assert ("letter", "Molapo", ("Edwin Carrow",)) in found_acts(sentence)


def test_the_scribe_a_letter_is_dictated_to_is_no_addressee() -> None:
    got = found_acts("Chief Molapo dictated a letter to his clerk, Tomas Reddin, in June 1895.")
    assert ("letter", "Molapo", ("Tomas Reddin",)) not in got


ACCOUNT = (
    "Chief Molapo never learned to read.",
    "In June 1895 he dictated a letter that is still read in schools.",
    "The letter was addressed to the Governor, Sir Edwin Carrow, who was then at the Cape.",
)


@pytest.mark.parametrize(
    "reply",
    [
        "Carrow's reply, dated 3 July and carried back by the same messenger, was courteous.",
        "The Governor's answer, dated 3 July, was courteous.",
        "A reply from Carrow, dated 3 July, was courteous but vague.",
    ],
)
def test_a_reply_goes_to_the_writer_a_merge_names_and_takes_the_letters_year(reply: str) -> None:
    comms = run(report(*ACCOUNT, reply)).extraction.communications
    replies = [c for c in comms if c.in_reply_to is not None]
    assert len(replies) == 1
    reply_act = replies[0]
    assert reply_act.sender is not None and reply_act.sender.name == "Edwin Carrow"
    assert [r.name for r in reply_act.recipients] == ["Molapo"]
    assert reply_act.date.earliest == dt.date(1895, 7, 3)


def test_a_yearless_reply_to_a_recent_letter_keeps_the_report_year() -> None:
    comms = run(
        report(
            "Governor Tavrek Olumbo wrote to Dr Asel Morvane on 3 March asking for funds.",
            "Morvane's reply, dated 9 March, was courteous.",
        )
    ).extraction.communications
    replies = [c for c in comms if c.in_reply_to is not None]
    assert replies and replies[0].date.earliest == dt.date(2024, 3, 9)


@pytest.mark.parametrize("titled", ["Mr Molapo", "Chief Molapo", "Queen Victoria", "Sheikh Tarvan"])
def test_one_word_after_a_personal_title_is_a_person(titled: str) -> None:
    got = found_acts(
        f"{titled} never learned to read.",
        "In June 1895 he wrote a letter to the Governor, Sir Edwin Carrow.",
    )
    assert ("letter", titled.split()[-1], ("Edwin Carrow",)) in got


def test_a_place_after_an_office_of_a_place_stays_a_place() -> None:
    rep = run(report("The Foreign Ministry of Kelmar sent a note to the embassy of Lusva on 3 March."))
    assert all(
        p.ptype != "person" for c in rep.extraction.communications for p in [c.sender, *c.recipients] if p
    )


LETTER_FOR_LOANS = "Governor Elmer Halden wrote to Secretary Harold Wexmoor on Monday asking for feed loans."


@pytest.mark.parametrize(
    "answer",
    [
        "On Wednesday the governor received a telegram from Wexmoor, sent in answer to his letter.",
        "Help was promised in a telegram from Secretary Wexmoor, received yesterday in answer to the governor's "
        "letter.",
        "A cable from Secretary Wexmoor, dispatched on Wednesday in reply to the governor's letter, promised help.",
    ],
)
def test_a_participle_of_a_message_says_it_answers(answer: str) -> None:
    got = found_replies(LETTER_FOR_LOANS, answer)
    assert ("Harold Wexmoor", ("Elmer Halden",), "Elmer Halden") in got
    assert ("Elmer Halden", ("Harold Wexmoor",), "") in got  # the letter answers nothing


def test_a_participle_of_the_subject_is_no_answer_of_the_message() -> None:
    got = found_replies(
        LETTER_FOR_LOANS,
        "Reached in answer to his letter, the governor received a telegram from Wexmoor on Wednesday.",
    )
    assert ("Elmer Halden", ("Harold Wexmoor",), "") in got


@pytest.mark.parametrize("title", ["President", "Governor", "Senator"])
def test_a_titled_name_the_recogniser_takes_for_a_place_is_a_person(title: str) -> None:
    rep = run(
        report(
            f"{title} Elmer Halden wrote to Secretary Harold Wexmoor on Monday asking for feed loans.",
            f"On Wednesday the {title.lower()} received a telegram from Wexmoor.",
            headline="Feed loans promised",
            dateline=None,
        )
    )
    got = {
        (c.sender.name if c.sender else "", tuple(r.name for r in c.recipients))
        for c in rep.extraction.communications
    }
    assert ("Harold Wexmoor", ("Elmer Halden",)) in got


def test_a_place_named_after_a_title_stays_a_place() -> None:
    rep = run(report("Premier Ana Rossel wrote to the council of Prince Edward Island on Monday."))
    assert all(
        p.ptype != "person" or p.name == "Ana Rossel"
        for c in rep.extraction.communications
        for p in c.recipients
    )


@pytest.mark.parametrize(
    "reply",
    [
        "The minister's reply, dated 3 June, reached the mayor on Monday.",
        "The minister's answer, dated 3 June, reached Hallorin on Monday.",
        "The transport minister's reply, dated 3 June, reached the mayor on Monday.",
    ],
)
def test_a_reply_by_an_office_no_name_holds_is_by_the_one_written_to(reply: str) -> None:
    got = found_replies("Mayor Brenna Hallorin wrote to Desmond Achtberg on 12 May about the ferry.", reply)
    assert ("Desmond Achtberg", ("Brenna Hallorin",), "Brenna Hallorin") in got


def test_a_reply_by_an_office_that_is_not_the_one_written_to_keeps_its_office() -> None:
    got = found_replies(
        "Mayor Brenna Hallorin wrote to Desmond Achtberg and Colm Reddin on 12 May about the ferry.",
        "The minister's reply, dated 3 June, reached the town hall on Monday.",
    )
    assert all(
        sender != "Desmond Achtberg" and sender != "Colm Reddin"
        for sender, _, _ in got
        if _ != ("Desmond Achtberg", "Colm Reddin")
    )


@pytest.mark.parametrize(
    "reply",
    [
        "In his reply, the Finance Minister, Dr Asel Morvane, said that funds would come.",
        "In her answer, Finance Minister Asel Morvane said the budget was closed.",
    ],
)
def test_the_head_of_the_body_written_to_replies_to_its_letter(reply: str) -> None:
    got = found_replies(
        "Governor Tavrek Olumbo wrote to the Finance Ministry on 3 March asking for funds.", reply
    )
    assert ("Asel Morvane", ("Tavrek Olumbo",), "Tavrek Olumbo") in got


def test_the_head_of_another_body_does_not_reply_to_its_letter() -> None:
    got = found_replies(
        "Governor Tavrek Olumbo wrote to the Finance Ministry on 3 March asking for funds.",
        "In his reply, the Health Minister, Dr Asel Morvane, said that funds would come.",
    )
    assert all(sender != "Asel Morvane" for sender, _, _ in got)
