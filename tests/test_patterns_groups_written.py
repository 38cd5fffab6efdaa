"""Written to a group the report neither counts nor names: 'wrote to lawmakers', 'e-mailed council
members', 'a letter to the leaders of the member states', 'has written to the presidents of X and Y'.
The group is one party named by its words; a 'message to voters' that is the sense of a speech is no
act, nor is 'told reporters'. Also the e-mail spelt with a hyphen ('e-mailed', 'an e-mail to') and a
'dated' participle the parser hangs far from its letter. Invented sentences; helpers of ``test_patterns``."""

from __future__ import annotations

import datetime as dt

import pytest

from test_extract import report, run
from test_patterns import acts


@pytest.mark.parametrize(
    "sentence, kind, sender, group",
    [
        ("Central bank governor Emil Radek wrote to lawmakers last month explaining the overshoot.", "letter",
         "Emil Radek", "lawmakers"),
        ("Lina Kovac, chief of staff to Mayor Ivo Rask, e-mailed council members on Sunday night.", "message",
         "Lina Kovac", "council members"),
        ("Chief executive Andrew Vale wrote to shareholders on Monday promising a bigger dividend.", "letter",
         "Andrew Vale", "shareholders"),
        ("President Henrike Vollmer set out her plan in a letter to the leaders of the member states.", "letter",
         "Henrike Vollmer", "leaders of the member states"),
        ("Chairperson Moussa Diallo-Kane has written to the presidents of Kwandara and Bolembe.", "letter",
         "Moussa Diallo-Kane", "presidents of Kwandara and Bolembe"),
        ("Foreign Minister Ana Ruiz sent messages to supporters on Tuesday.", "message", "Ana Ruiz", "supporters"),
    ],
)  # fmt: skip
def test_a_group_written_to_is_one_party(sentence: str, kind: str, sender: str, group: str) -> None:
    assert acts(sentence) == [(kind, sender, (group,))]


@pytest.mark.parametrize(
    "sentence",
    [
        "President Alma Kovar's message to voters was clear: stay the course.",
        "Minister Ana Ruiz told reporters on Monday that the talks had stalled.",
        "The ministry sent aid to residents of the flooded towns on Monday.",
        "Minister Ana Ruiz spoke to students at the university on Monday.",
    ],
)
def test_a_group_that_no_one_wrote_to_is_no_party(sentence: str) -> None:
    assert acts(sentence) == []


@pytest.mark.parametrize(
    "sentence, kind",
    [
        ("Mila Horvath sent an e-mail to Deputy Minister Jonas Reiter on 3 January.", "message"),
        ("Mila Horvath e-mailed Deputy Minister Jonas Reiter on 3 January.", "message"),
        ("An e-mail from Mila Horvath to Deputy Minister Jonas Reiter was leaked on 3 January.", "message"),
    ],
)
def test_an_e_mail_with_a_hyphen_is_a_message(sentence: str, kind: str) -> None:
    assert acts(sentence) == [(kind, "Mila Horvath", ("Jonas Reiter",))]


def test_dated_dates_the_letter_before_it() -> None:
    text = report(
        "President Henrike Vollmer set out four options for financing the fund in a letter to the leaders "
        "of the member states dated 4 March 2024."
    )
    (comm,) = run(text).extraction.communications
    assert (comm.date.earliest, comm.date.latest) == (dt.date(2024, 3, 4), dt.date(2024, 3, 4))
