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


def test_a_dated_telling_of_an_act_told_before_dates_it() -> None:
    rep = run(
        report(
            "Prime Minister Jan Vos told President Ana Lind that Norland would help, according to a transcript of their first phone call.",
            "The transcript of the January 28 conversation between the two leaders was published on Thursday.",
        )
    )
    (call,) = rep.extraction.communications
    assert call.date.earliest is not None and call.date.earliest.month == 1 and call.date.earliest.day == 28


def test_a_description_resolved_to_its_holder_is_one_of_their_forms() -> None:
    rep = run(
        report(
            "Jan Vos, the President of Norland, wrote to Ana Lind on Monday.",
            "Lind said the President of Norland's letter was welcome.",
        )
    )
    forms = {a for p in rep.extraction.parties if p.name == "Jan Vos" for a in (*p.aliases, *p.seen)}
    assert any("President of Norland" in f for f in forms), forms
