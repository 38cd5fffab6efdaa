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
        "Hasna will visit New Delhi next month to meet the Indian prime minister.",
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


# The second review (f00d447..2934985, 248 passages): near misses of the readings and of their first mends.


def test_a_fresh_letter_retold_keeps_its_date() -> None:
    comms = run(
        report(
            "Prime Minister Shahid Sharaf has sent a fresh letter to Prime Minister Narendra Mohan, offering talks.",
            "In his fresh letter, delivered on Tuesday, Sharaf said dialogue was the only way forward.",
        )
    ).extraction.communications
    assert [(c.date.earliest, c.date.latest) for c in comms] == [(dt.date(2024, 3, 12), dt.date(2024, 3, 12))]


def test_a_bare_later_counts_from_a_news_date_written_in_full() -> None:
    comms = run(
        report(
            "President Ana Berg met the IMF delegation on 12 March.",
            "Later, Berg held a phone call with Kenyan President Joseph Otieno.",
        )
    ).extraction.communications
    assert [(c.date.earliest, c.date.latest) for c in comms] == [(dt.date(2024, 3, 12), dt.date(2024, 3, 14))]


def test_the_home_leader_named_beside_his_own_office_holds() -> None:
    got = found_acts(
        "President William Rutto received a phone call from Ugandan President Yoweri Musa on Monday.",
        "Rutto said that, as Kenyan president, he would defend the corridor.",
        "Kenya and Uganda share a long border.",
        "The Kenyan leader later called Tanzanian President Samia Hassan.",
    )
    assert ("call", "William Rutto", ("Samia Hassan",)) in got


@pytest.mark.parametrize(
    "told",
    [
        "Prime Minister Omar Saleh wrote to President Ali Karimi on Wednesday in response to the message he had"
        " received last week. The message from Karimi had proposed joint patrols.",
        "General Abdel Burhan wrote to President Abdel Sisi on Wednesday in response to the written message he had"
        " received on Saturday.",
    ],
)
def test_the_message_the_replier_received_from_the_addressee(told: str) -> None:
    got = found_replies(told)
    assert any(r and s in ("Ali Karimi", "Abdel Sisi") for s, r, _ in got), got


def test_the_premier_where_no_one_is_titled_premier_is_the_prime_minister() -> None:
    got = found_replies(
        "Saudi Crown Prince Mohammed bin Salman wrote to Prime Minister Shehbaz Sharif on Monday about investment.",
        "The premier replied on Wednesday, welcoming the offer.",
    )
    assert ("Shehbaz Sharif", ("Mohammed bin Salman",), "Mohammed bin Salman") in got


def test_a_letter_sent_to_the_capital_of_an_addressee_of_no_state_is_one() -> None:
    got = found_acts(
        "Ukrainian President Volodymyr Zelensky has written to Chancellor Olaf Scholz asking for missiles.",
        "His letter, sent to Berlin on Monday, says the need is urgent.",
    )
    assert got == [("letter", "Volodymyr Zelensky", ("Olaf Scholz",))]


def test_a_call_on_another_day_by_the_capital_stays_another_call() -> None:
    got = found_acts(
        "Prime Minister Desmond Whyte spoke with Canadian Prime Minister Julien Trembley on Sunday morning.",
        "On Tuesday, Ottawa phoned Whyte again about the vaccine doses.",
    )
    assert len([a for a in got if a[0] == "call"]) == 2, got


def test_the_speaker_called_on_in_a_joint_letter_answers_it() -> None:
    got = found_replies(
        "In a joint letter, opposition leaders Ana Berg, Piet Mol and Rui Salas called on Speaker Tomas Kale to"
        " recall Parliament.",
        "Kale replied on Tuesday, declining the request.",
    )
    assert any(s == "Tomas Kale" and a for s, _, a in got) or any(s == "Tomas Kale" for s, _, _ in got), got


@pytest.mark.parametrize(
    "after",
    [
        "Dunmore's draft reply, dated 21 March 1876, was never sent.",
        "Dunmore's reply, dated 21 March 1876, went to Lord Carnarvon, who had asked for his view.",
    ],
)
def test_a_dated_reply_never_sent_or_sent_elsewhere_is_no_answer_to_the_letter(after: str) -> None:
    from test_dated_reply_after_reproduced_letter import acts as reply_acts

    assert not any(s == "Robert Dunmore" and r == ("S. F. Cox",) for s, r, *_ in reply_acts(after))
