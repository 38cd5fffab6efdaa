"""Near misses a helper review wrote against this session's new readings (b6bc6c7..), each a passage the
new code first misread: a retold letter to a capital with an addressee of no state, 'on behalf of' a
sender's principal, a bare 'Later,' after a plan or a quote, a leader told as meeting the leader sought,
a message received from someone else, telegrams and letters with no full stops, a prime minister's
adviser, 'the premier' beside a prime minister, a letter 'one Ms A sent' to someone else, and public
answers to open letters. Invented people; the report is dated Thursday 14 March 2024."""

from __future__ import annotations

import datetime as dt

import pytest

from test_extract import found_acts, found_replies, report, run


def test_a_letter_to_ankara_is_not_the_letter_to_the_un_chief() -> None:
    got = found_acts(
        "Iraqi Prime Minister Omar Saleh wrote to UN Secretary-General Ana Berg on Sunday about the water dispute.",
        "His letter, which was sent to Ankara on Monday, urged Turkey to release more water from its dams.",
    )
    assert ("letter", "Omar Saleh", ("Türkiye",)) in got


@pytest.mark.parametrize(
    "told",
    [
        "Foreign Minister Rui Salas on Tuesday received a letter from Norland's ambassador, Piet Mol, on behalf of"
        " President Tomas Kale.",
        "President Ana Berg on Monday received a written message from the Qatari ambassador, Khalid Thani, on behalf"
        " of Emir Tamim Hamad.",
    ],
)
def test_on_behalf_of_the_couriers_principal_names_the_sender(told: str) -> None:
    got = found_acts(told)
    assert got and got[0][1] in ("Tomas Kale", "Tamim Hamad"), got


@pytest.mark.parametrize(
    "before",
    [
        "President Ana Berg will visit Norland on 20 March.",
        '"We will meet again on 2 April," President Ana Berg said.',
        "Norland had set a deadline of 10 March for a reply.",
    ],
)
def test_a_bare_later_does_not_count_from_a_plan_a_quote_or_a_deadline(before: str) -> None:
    comms = run(
        report(before, "Later, Berg held a phone call with Kenyan President Joseph Otieno.")
    ).extraction.communications
    call = next(c for c in comms if c.kind == "call")
    assert call.date.earliest is None or call.date.earliest >= dt.date(2024, 3, 7)
    assert call.date.earliest != dt.date(2024, 3, 10)


def test_a_leader_told_as_meeting_the_indian_leader_is_not_him() -> None:
    got = found_acts(
        "Prime Minister Sheikh Hasna received a message from Pakistani Prime Minister Shahid Sharaf on Monday.",
        "Sharaf said Pakistan and India must talk.",
        "She will visit New Delhi next month to meet the Indian prime minister.",
        "The Indian leader on Tuesday called US President Joe Bidwell.",
    )
    assert not any(kind == "call" and sender == "Sheikh Hasna" for kind, sender, _ in got), got


@pytest.mark.parametrize(
    "told",
    [
        "Interior Minister Omar Saleh wrote to police chief Ali Karimi on Wednesday in response to the threatening"
        " message he had received last week, asking for an investigation.",
        "Prime Minister Omar Saleh wrote to President Ali Karimi on Wednesday in response to the message delivered"
        " to him by an envoy of the Emir of Qatar.",
        "Mayor Omar Saleh wrote to Prime Minister Ali Karimi in response to the many messages he had received,"
        " urging action on housing.",
        "The father of the kidnapped engineer wrote to President Ali Karimi on Monday in response to the message he"
        " had received on Saturday, pleading for help.",
    ],
)
def test_a_message_received_from_someone_else_is_not_the_addressees(told: str) -> None:
    got = found_acts(told)
    assert not any(sender == "Ali Karimi" for _, sender, _ in got), got


def test_a_message_whose_writer_the_next_sentence_names_is_not_the_addressees() -> None:
    got = found_acts(
        "Prime Minister Omar Saleh wrote to President Ali Karimi on Wednesday in response to the message he had"
        " received last week.",
        "That message, from opposition leader Dana Vell, had accused Karimi of vote rigging.",
    )
    assert not any(sender == "Ali Karimi" for _, sender, _ in got), got


@pytest.mark.parametrize(
    "text",
    [
        "DEEPLY SADDENED BY NEWS OF THE FLOODS STOP OUR THOUGHTS ARE WITH YOUR PEOPLE STOP\n\nOMAR SALEH\n"
        "PRIME MINISTER OF SYLVANIA",
        "Dear Ali,\n\nI write to you as an old friend\u2026\n\nThe border must stay open, whatever the cost\u2026\n\n"
        "Omar Saleh\nPrime Minister of Sylvania",
    ],
)
def test_a_text_without_full_stops_is_still_reproduced(text: str) -> None:
    comms = run(
        report(
            "Prime Minister Omar Saleh sent a message to President Ali Karimi on Tuesday. It reads as follows:",
            text,
        )
    ).extraction.communications
    assert any(
        c.full_text is not None and c.sender is not None and c.sender.name == "Omar Saleh" for c in comms
    )


def test_a_prime_ministers_adviser_is_not_the_premier() -> None:
    got = found_acts(
        "Gen. Abdel Hamdi has sent a letter to the Prime Minister of Libya's adviser, Walid Ammar, calling for joint"
        " action.",
        "Hamdi's letter responds to one sent by the Libyan premier last month.",
    )
    assert not any(sender == "Walid Ammar" for _, sender, _ in got), got


def test_the_premier_beside_a_prime_minister_is_the_premier() -> None:
    got = found_replies(
        "Japanese Prime Minister Fumio Kishi wrote to Chinese Premier Li Qin on Monday.",
        "The premier replied on Wednesday.",
    )
    assert ("Li Qin", ("Fumio Kishi",), "Fumio Kishi") in got


@pytest.mark.parametrize(
    ("then", "to"),
    [
        (
            "The letter responds to one Ms Doon sent to Victorian Premier Jane Allan on January 17.",
            ("Jane Allan",),
        ),
        ("The letter responds to one Ms Doon sent to her own staff on January 17 warning about leaks.", None),
    ],
)
def test_one_a_sent_to_someone_else_is_not_to_the_replier(then: str, to: tuple[str, ...] | None) -> None:
    got = found_replies(
        "Premier Tom Harrow has written to Prime Minister Cathy Doon demanding more funding.", then
    )
    assert ("Cathy Doon", ("Tom Harrow",), "") not in got
    if to is not None:
        assert ("Cathy Doon", to, "") in got


@pytest.mark.parametrize(
    "paras",
    [
        (
            "In an open letter published on Monday, 40 economists urged the government to raise interest rates.",
            "Finance Minister Mihaly Varga responded on Tuesday, saying rates were a matter for the central bank.",
        ),
        (
            "In a letter on Monday, union leader Piet Mol threatened a national strike.",
            "Prime Minister Ana Berg replied on Tuesday, telling journalists that the government would not be blackmailed.",
        ),
    ],
)
def test_a_public_answer_to_an_open_letter_is_no_letter(paras: tuple[str, str]) -> None:
    got = found_acts(*paras)
    assert not any(sender in ("Mihaly Varga", "Ana Berg") for _, sender, _ in got), got
