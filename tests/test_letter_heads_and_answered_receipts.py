"""Two things of a reply told and reproduced:

* 'A sent a reply letter to B in response to the message he had received last Saturday' (or 'the
  message delivered to him by an envoy'): the message answered is B's, to A; a courier who delivered it
  is no party. A message received 'from' someone named stays that one's.
* A reproduced letter headed by an invocation and the addressee's name and office ('In the Name of
  God, ...' / 'His Excellency Dr. B' / 'President of X'), or by two address blocks and a date before the
  salutation: the addressee's block does not sign it; the signer under the closing does, and the date
  above the salutation dates it.

Invented people; the report is dated 14 March 2024."""

from __future__ import annotations

import datetime as dt

import pytest

from test_extract import found_replies, report, run


@pytest.mark.parametrize(
    "told",
    [
        "Prime Minister Omar Saleh sent, on Wednesday, a reply letter to President Ali Karimi, in response to"
        " the message he had received last Saturday through the foreign minister.",
        "Prime Minister Omar Saleh sent a letter to President Ali Karimi on Wednesday in response to the"
        " message he received last week.",
        "Prime Minister Omar Saleh wrote to President Ali Karimi on Wednesday in reply to the message"
        " delivered to him last Saturday by an envoy.",
    ],
)
def test_the_message_the_replier_received_is_from_the_one_he_answers(told: str) -> None:
    assert found_replies(told) == [
        ("Ali Karimi", ("Omar Saleh",), ""),
        ("Omar Saleh", ("Ali Karimi",), "Ali Karimi"),
    ]


def test_a_message_received_from_someone_named_stays_theirs() -> None:
    told = (
        "Prime Minister Omar Saleh sent a letter to President Ali Karimi on Wednesday in response to the"
        " message he had received from Foreign Minister Dana Vell."
    )
    assert ("Ali Karimi", ("Omar Saleh",), "") not in found_replies(told)


LETTER = """In the Name of God, the Most Gracious, the Most Merciful

His Excellency Dr. Ali Karimi
President of the Republic of Norland

Peace be upon you,

I have received with appreciation your esteemed message, and I thank you for its sincere sentiments.

We welcome the meeting of the joint committee next month.

Please accept, Your Excellency, the assurances of my highest consideration.

Omar Saleh
Prime Minister of the Republic of Sylvania
Lunet, 12 March 2024"""


def test_an_address_under_an_invocation_does_not_sign_the_letter() -> None:
    text = report(
        "Prime Minister Omar Saleh sent a reply letter to President Ali Karimi on Tuesday.",
        "The Media Office published the text of the letter, which reads as follows:",
        LETTER,
    )
    comms = run(text).extraction.communications
    full = [(c.sender and c.sender.name, [r.name for r in c.recipients]) for c in comms if c.full_text]
    assert full == [("Omar Saleh", ["Ali Karimi"])]
    assert not any(c.sender is not None and c.sender.name == "Ali Karimi" and c.full_text for c in comms)


HEADED = """Rt Hon Omar Saleh MP
Minister of State for Housing
Department of Housing
2 Marsh Street
Lunet LN1 4DF

Dame Dana Vell MP
Chair, Housing Committee
House of Assembly
Lunet LN1 0AA

2 March 2024

Dear Dame Dana,

Thank you for your letter of 20 February about the progress of the repairs.

I want to be frank with the Committee: the target will not be met this year.

Yours sincerely,

Rt Hon Omar Saleh MP"""


def test_a_date_under_two_address_blocks_dates_the_letter() -> None:
    text = report(
        "Housing minister Omar Saleh has conceded the target will be missed in a letter to Dana Vell.",
        "The letter was published by the committee on Wednesday. The full text of the letter follows.",
        "---",
        HEADED,
    )
    comms = run(text).extraction.communications
    full = [c for c in comms if c.full_text]
    assert [(c.sender and c.sender.name, c.date.earliest, c.date.latest) for c in full] == [
        ("Omar Saleh", dt.date(2024, 3, 2), dt.date(2024, 3, 2))
    ]
