"""Session 59: rules read from new blind sets, each tested on invented sentences."""

from __future__ import annotations

import pytest

from test_extract import acts, page_acts, report, run


@pytest.mark.parametrize(
    "told",
    [
        "In a note dated Thursday, Governor Ana Lind asked Vice President Jan Vos to put the dispute on the agenda.",
        "In a note, Governor Ana Lind urged Vice President Jan Vos to put the dispute on the agenda.",
        "In a note sent on Thursday, Governor Ana Lind asked Vice President Jan Vos to act.",
    ],
)
def test_a_note_in_which_someone_is_asked_is_a_message_to_them(told: str) -> None:
    got = {(s, r) for _k, s, r in acts(told)}
    assert ("Ana Lind", ("Jan Vos",)) in got, got


def test_separate_notes_go_one_to_each_addressee() -> None:
    got = {
        (s, r)
        for _k, s, r in acts(
            "In separate notes, Governor Ana Lind asked Vice President Jan Vos and Speaker Carl Berg to act."
        )
    }
    assert {("Ana Lind", ("Jan Vos",)), ("Ana Lind", ("Carl Berg",))} <= got, got


@pytest.mark.parametrize(
    "told",
    [
        "In a note to clients, analysts at Kessel Bank urged investors to sell.",
        "On a more personal note, Ana Lind asked Jan Vos about his family.",
        "Ana Lind took note of the request and asked Jan Vos to wait.",
    ],
)
def test_a_note_to_clients_or_of_tone_is_no_message(told: str) -> None:
    assert acts(told) == set()


@pytest.mark.parametrize(
    "signed",
    [
        "The letter is headed by Governor Ana Lind and co-signed by Carl Berg and Piet Dorn.",
        "It was led by Governor Ana Lind and countersigned by Carl Berg.",
        "The letter, headed by Governor Ana Lind and signed by Carl Berg, was delivered on Friday.",
    ],
)
def test_the_name_heading_a_letter_others_signed_is_its_writer(signed: str) -> None:
    got = acts(
        "The four northern governors on Thursday sent President Jan Vos a joint letter demanding funds.",
        signed,
    )
    assert any(s.endswith("Ana Lind") and r == ("Jan Vos",) for _k, s, r in got), got


def test_a_delegation_headed_by_someone_names_no_first_signer() -> None:
    got = acts(
        "Governors sent President Jan Vos a letter on Monday.",
        "The delegation was headed by Ana Lind and met the press.",
    )
    assert not any("Ana Lind" in s for _k, s, _r in got), got


@pytest.mark.parametrize("office", ["Chief of Cabinet", "Minister of Finance", "Secretary of Labour"])
def test_an_office_of_a_place_owns_its_letter_not_the_place(office: str) -> None:
    got = acts(
        f"{office} Jan Vos wrote to the governors on Monday.",
        f"Governor Ana Lind has answered the {office}'s letter of last week.",
        "In her reply, Lind said the funds were owed.",
    )
    assert ("letter", "Ana Lind", ("Jan Vos",)) in got, got


DIGEST = """DOCUMENTS DIGEST

Thursday, 16 March 2023

S/2023/101
{heading}

{summary}
"""


@pytest.mark.parametrize(
    "heading, summary, writer",
    [
        (
            "Letter dated 10 March 2023 from the Permanent Representative of Norland to the United Nations "
            "addressed to the President of the Security Council",
            "Ambassador Carl Berg transmits a report on the floods and asks that the letter be circulated.",
            "Carl Berg",
        ),
        (
            "Identical letters dated 12 March 2023 from the Permanent Representative of Vestria to the United "
            "Nations addressed to the President of the Security Council",
            "Replying to the letter of 10 March, Ambassador Piet Dorn states that the dams were never used by the army.",
            "Piet Dorn",
        ),
        (
            "Letter dated 13 March 2023 from the Permanent Observer of Arland to the United Nations addressed to "
            "the President of the Security Council",
            "Mr. Jan Vos reports on the settlers and requests a meeting of the Council.",
            "Jan Vos",
        ),
    ],
)
def test_the_summary_under_a_documents_heading_names_the_office_holder_who_wrote(
    heading: str, summary: str, writer: str
) -> None:
    got = page_acts(DIGEST.format(heading=heading, summary=summary))
    assert any(s == writer for _k, s, _r in got), got


def test_a_summary_whose_subject_is_no_person_leaves_the_office() -> None:
    got = page_acts(
        DIGEST.format(
            heading="Letter dated 10 March 2023 from the Permanent Representative of Norland to the United Nations "
            "addressed to the President of the Security Council",
            summary="The letter transmits a report on the floods.",
        )
    )
    assert got and all("Representative" in s for _k, s, _r in got), got


CALENDAR = """Calendar of Papers of the Kessel Court, January-June 1602

Note on dates. Both styles are given where the writer was abroad.

{above}
{entry}
{below}
"""


@pytest.mark.parametrize(
    "above, entry, below, writer, to, interval",
    [
        (
            "Jan. 12/22. Narvik.",
            "112. Sir Carl Berg to Dorn.",
            "Reports that the fleet is ready.",
            "Carl Berg",
            "Dorn",
            ("1602-01-12", "1602-01-22"),
        ),
        (
            "Jan. 28/Feb. 7. Narvik.",
            "114. Intercepted letter. Piet Dorn to Sir Carl Berg.",
            "Copy, deciphered.",
            "Piet Dorn",
            "Carl Berg",
            ("1602-01-28", "1602-02-07"),
        ),
        (
            "",
            "611. Sir Carl Berg to Piet Dorn.",
            "1601-2, Feb. 14/24. Thanks him for his letter of the 2nd.",
            "Carl Berg",
            "Piet Dorn",
            ("1602-02-14", "1602-02-24"),
        ),
    ],
)
def test_a_numbered_calendar_entry_is_a_letter_dated_by_its_date_line(
    above: str, entry: str, below: str, writer: str, to: str, interval: tuple[str, str]
) -> None:
    rep = run(CALENDAR.format(above=above, entry=entry, below=below))
    got = [
        (
            c.sender.name if c.sender else "",
            tuple(r.name for r in c.recipients),
            str(c.date.earliest),
            str(c.date.latest),
        )
        for c in rep.extraction.communications
    ]
    assert any(s.endswith(writer) and r[0].endswith(to) and (lo, hi) == interval for s, r, lo, hi in got), got


@pytest.mark.parametrize(
    "entry", ["4. Ministers to Narvik.", "7. Leaders to meet in Bodo.", "12. Return to Kessel."]
)
def test_a_numbered_line_of_a_journey_or_plan_is_no_letter(entry: str) -> None:
    rep = run(CALENDAR.format(above="Jan. 12. Narvik.", entry=entry, below="The court moved north."))
    assert rep.extraction.communications == (), rep.extraction.communications


def test_a_description_resolved_to_its_holder_is_one_of_their_forms() -> None:
    rep = run(
        report(
            "President of Norway Jan Vos has sent a letter to President of Sweden Ana Lind.",
            "On Saturday, Jan Vos also held a phone conversation with President of Denmark Carl Berg. The head of "
            "the Norwegian state thanked his Danish counterpart for the congratulations on Independence Day.",
        )
    )
    forms = {a for p in rep.extraction.parties if p.name == "Jan Vos" for a in (*p.aliases, *p.seen)}
    assert "The head of the Norwegian state" in forms, forms
    assert not any("counterpart" in f for f in forms), forms


@pytest.mark.parametrize(
    "listed",
    [
        "Among the recipients were President Jan Vos, Prime Minister Carl Berg and King Piet Dorn.",
        "The recipients included President Jan Vos, Prime Minister Carl Berg and King Piet Dorn.",
        "They included President Jan Vos, Prime Minister Carl Berg and King Piet Dorn.",
    ],
)
def test_the_listed_recipients_of_messages_to_a_group_each_received_one(listed: str) -> None:
    got = acts(
        "President Ana Lind on Friday sent messages to the heads of neighbouring states, greeting them on the holiday.",
        listed,
    )
    want = {("message", "Ana Lind", (r,)) for r in ("Jan Vos", "Carl Berg", "Piet Dorn")}
    assert want <= got, got
    assert not any("heads" in " ".join(r) for _k, _s, r in got), got


def test_the_listed_writers_of_messages_to_one_person_each_sent_one() -> None:
    got = acts(
        "Heads of state sent messages to President Ana Lind.", "Among them were Jan Vos and Piet Dorn."
    )
    assert {("message", "Jan Vos", ("Ana Lind",)), ("message", "Piet Dorn", ("Ana Lind",))} <= got, got


@pytest.mark.parametrize(
    "told",
    [
        "Piet Dorn received correspondence from chairman Carl Berg earlier this month.",
        "Piet Dorn wrote to Ana Lind on Monday. The letter follows correspondence from chairman Carl Berg to Dorn earlier this month.",
        "Chairman Carl Berg sent correspondence to Piet Dorn earlier this month.",
    ],
)
def test_correspondence_from_someone_is_their_letter(told: str) -> None:
    got = acts(told)
    assert ("letter", "Carl Berg", ("Piet Dorn",)) in got, got


@pytest.mark.parametrize(
    "told",
    [
        "Piet Dorn has been in correspondence with Carl Berg for years.",
        "The correspondence between Piet Dorn and Carl Berg was published on Monday.",
        "Carl Berg handles correspondence for the ministry.",
    ],
)
def test_correspondence_as_a_practice_or_a_file_is_no_letter(told: str) -> None:
    assert acts(told) == set()


@pytest.mark.parametrize(
    "addressee, capital",
    [
        ("Grenadian Prime Minister Jan Vos", "St George's"),
        ("Prime Minister Jan Vos of Grenada", "St. George's"),
        ("Russian President Jan Vos", "Moscow"),
    ],
)
def test_similar_messages_to_a_capital_go_to_the_addressee_of_the_first(addressee: str, capital: str) -> None:
    got = acts(
        f"Prime Minister Carl Berg sent a message of solidarity to {addressee} on Tuesday.",
        f"Similar messages reached {capital} on Tuesday from Prime Minister Ana Lind and President Piet Dorn.",
    )
    assert {("message", "Ana Lind", ("Jan Vos",)), ("message", "Piet Dorn", ("Jan Vos",))} <= got, got


@pytest.mark.parametrize("addressee", ["Kessel President Jan Vos", "Norwegian Prime Minister Jan Vos"])
def test_similar_messages_to_another_states_capital_stay_there(addressee: str) -> None:
    got = acts(
        f"Prime Minister Carl Berg sent a message of solidarity to {addressee} on Tuesday.",
        "Similar messages reached Madrid on Tuesday from Prime Minister Ana Lind.",
    )
    assert not any(s == "Ana Lind" and r == ("Jan Vos",) for _k, s, r in got), got


def test_calendar_entries_under_a_year_line_with_day_first_dates_and_offices_as_names() -> None:
    page = """Calendar of Letters relating to the Kessel Court, preserved in the Archives of Narvik.

1602.

1 April.
Estado, 165.
240. The King of Kessel to the Duke of Bodo.
Instructions for the voyage.

5 April.
Estado, 594.
247. The Duke of Bodo to the King of Kessel.
Has received His Majesty's instructions.
"""
    rep = run(page)
    got = sorted(
        (c.sender.name if c.sender else "", tuple(r.name for r in c.recipients), str(c.date.earliest))
        for c in rep.extraction.communications
    )
    assert got == [
        ("Duke of Bodo", ("King of Kessel",), "1602-04-05"),
        ("King of Kessel", ("Duke of Bodo",), "1602-04-01"),
    ], got


@pytest.mark.parametrize(
    "told",
    [
        "Mr. Carl Berg wrote on 10 May to Naseer Faiq.",
        "Carl Berg also wrote on 10 May to Naseer Ahmad Faiq, the head of the mission, to share his concerns.",
        "Carl Berg wrote on Monday to Naseer Faiq, asking for talks.",
    ],
)
def test_a_name_after_to_read_as_an_infinitive_is_the_one_written_to(told: str) -> None:
    got = acts(told)
    assert any(s == "Carl Berg" and r and r[0].startswith("Naseer") for _k, s, r in got), got


@pytest.mark.parametrize(
    "first",
    [
        "Prime Minister Jan Vos wrote to Prime Minister Ana Lind on Monday.",
        "Prime Minister Jan Vos has accepted the offer in a letter to Prime Minister Ana Lind last week.",
        "Prime Minister Jan Vos sent a message to Prime Minister Ana Lind on Monday.",
    ],
)
def test_also_replied_after_a_writers_letter_is_one_more_of_them(first: str) -> None:
    got = acts(first, "He also replied last week to President Carl Berg, welcoming the offer.")
    assert any(s == "Jan Vos" and r == ("Carl Berg",) and k in ("letter", "message") for k, s, r in got), got


def test_also_replied_after_a_call_is_no_letter() -> None:
    got = acts(
        "Prime Minister Jan Vos spoke with Ana Lind by phone on Monday.",
        "In parliament on Tuesday, Vos also replied to Carl Berg, who had asked about the budget.",
    )
    assert not any(r == ("Carl Berg",) for _k, _s, r in got), got


@pytest.mark.parametrize("about", ["relating to", "pertaining to", "referring to"])
def test_what_a_letter_relates_to_is_no_addressee(about: str) -> None:
    got = acts(f"A letter from Minister Ana Lind {about} the Kessel Institute was published on Monday.")
    assert not any("Institute" in " ".join(r) for _k, _s, r in got), got


@pytest.mark.parametrize(
    "note",
    [
        "Vos followed up yesterday with a note to the President of the Senate, Piet Dorn, asking for a committee.",
        "Vos followed up on Tuesday with a note to Piet Dorn, the President of the Senate.",
    ],
)
def test_a_note_to_a_named_party_followed_up_with_is_another_message(note: str) -> None:
    got = acts("Opposition Leader Jan Vos wrote to the Prime Minister on Monday.", note)
    assert ("message", "Jan Vos", ("Piet Dorn",)) in got, got
    assert any(r != ("Piet Dorn",) and s == "Jan Vos" for _k, s, r in got), got


def test_a_note_to_clients_is_no_message() -> None:
    assert acts("Analysts at Kessel Bank wrote a note to clients on Monday.") == set()


@pytest.mark.parametrize(
    "told",
    [
        "Foreign Minister Ana Lind held telephone conversations on Monday with her Norwegian and Danish counterparts, Carl Berg and Piet Dorn.",
        "Foreign Minister Ana Lind sent messages to her Norwegian and Danish counterparts, Carl Berg and Piet Dorn, on Monday.",
    ],
)
def test_counterparts_of_two_states_named_after_a_comma_are_those_named(told: str) -> None:
    got = {(s, r) for _k, s, r in acts("President Jan Vos of Norway spoke on Monday.", told)}
    assert {("Ana Lind", ("Carl Berg",)), ("Ana Lind", ("Piet Dorn",))} <= got, got
    assert ("Ana Lind", ("Jan Vos",)) not in got, got


@pytest.mark.parametrize(
    "fixtures",
    [
        "Mar. 18.\n10. Carl Berg to Kessel.\n14. Arland to Kessel Cup final.\n",
        "March 12.\n23. Carl Berg to Piet Dorn.\nA goal in the 90th minute.\n",
    ],
)
def test_numbered_lines_under_a_day_with_no_year_are_no_calendar(fixtures: str) -> None:
    rep = run("Kessel Rovers results\n\nPublished on the club site.\n\n" + fixtures)
    assert rep.extraction.communications == (), rep.extraction.communications


@pytest.mark.parametrize(
    "told",
    [
        "In a note, Kessel Bank analysts urged Norbank to cut its dividend.",
        "She will follow up with a note to Piet Dorn next week.",
        "She did not follow up with a note to Piet Dorn.",
        "Ana Lind wrote on 10 May to Naseer Faiq's brother.",
    ],
)
def test_analysts_notes_plans_and_relatives_are_no_acts_to_a_party(told: str) -> None:
    got = acts("Prime Minister Ana Lind spoke on Monday.", told)
    assert not any(r and r[0] in ("Norbank", "Piet Dorn", "Naseer Faiq") for _k, _s, r in got), got


def test_also_replied_at_a_press_conference_is_no_letter() -> None:
    got = acts(
        "Prime Minister Jan Vos wrote to Ana Lind last week.",
        "At a press conference on Tuesday, Vos also replied to Carl Berg.",
    )
    assert not any(r == ("Carl Berg",) for _k, _s, r in got), got


def test_a_letter_relating_to_a_body_still_goes_to_its_addressee() -> None:
    got = acts("Ana Lind sent a letter relating to the Kessel Institute to Carl Berg on Monday.")
    assert ("letter", "Ana Lind", ("Carl Berg",)) in got, got


DIGEST_OTHER = """DOCUMENTS DIGEST

Thursday, 16 March 2023

S/2023/101
Letter dated 10 March 2023 from the Permanent Representative of Norland to the United Nations addressed to the Secretary-General

{summary}
"""


@pytest.mark.parametrize(
    "summary",
    [
        "Carl Berg, the Kessel foreign minister, rejects the claims.",
        "Foreign Minister Carl Berg of Kessel rejects the claims made by Norland.",
    ],
)
def test_a_summary_subject_with_another_office_is_not_the_writer(summary: str) -> None:
    got = page_acts(DIGEST_OTHER.format(summary=summary))
    assert not any(s == "Carl Berg" for _k, s, _r in got), got


MASTHEAD = """MATANGI KESSEL ONLINE
Home | News | Sports | Business

Kessel accepts the offer

Tuesday, 27 August 2024

Kessel's Prime Minister Hon. Jan Vos has accepted the offer in a letter to Prime Minister Ana Lind last week.

He also replied last week to the President of Arland, Carl Berg, welcoming the help.
"""


def test_a_masthead_in_capitals_names_no_one() -> None:
    rep = run(MASTHEAD)
    assert not any("MATANGI" in p.name for p in rep.extraction.parties), [
        p.name for p in rep.extraction.parties
    ]
    got = {
        (c.sender.name if c.sender else "", tuple(r.name for r in c.recipients))
        for c in rep.extraction.communications
    }
    assert ("Jan Vos", ("Carl Berg",)) in got, got
