"""A parliament's record: a member's label gives the name, the seat and the party in brackets ("A B
(Westmoor South) (Con):"), a minister's the office and the name ("The Minister for Policing (C D):"); the
'I' of each turn is its speaker, and the record's heading line dates it when its weekday agrees. Officers
of police and courts ("the Chief Constable", "the Registrar") are offices like any other. Invented text."""

from __future__ import annotations

import datetime as dt

from lettertrace.clean import clean
from lettertrace.meta import extract_metadata
from lettertrace.models import Options, RawReport
from test_extract import report, run

MEMBER = (
    "Ruth Ellery (Westmoor South) (Con): The Chief Constable of Westmoor Police, Andrew Ridley, has been direct"
    " about the finances. In a letter to the Policing Minister dated 3 March, the Chief Constable says that the"
    " force will shrink. Has the Minister answered him?"
)
MINISTER = (
    "The Minister for Policing (Tom Garside): I thank my hon. Friend. Yes, I have replied to the Chief"
    " Constable's letter; I wrote to him last week."
)


def _acts(*paragraphs: str) -> set[tuple[str, str, tuple[str, ...]]]:
    rep = run(
        report(*paragraphs, headline="Policing: Westmoor", dateline="Debated on Wednesday 13 March 2024")
    )
    return {
        (c.kind, c.sender.name if c.sender else "", tuple(r.name for r in c.recipients))
        for c in rep.extraction.communications
    }


def test_the_officer_writes_to_the_minister_the_record_names() -> None:
    found = _acts(MEMBER, MINISTER)
    assert ("letter", "Andrew Ridley", ("Tom Garside",)) in found, found
    assert ("letter", "Tom Garside", ("Andrew Ridley",)) in found, found


def test_a_members_label_with_seat_and_party_opens_a_turn() -> None:
    found = _acts(
        MINISTER.replace(
            "Yes, I have replied to the Chief Constable's letter; I wrote to him last week.", "Yes."
        ),
        "Ruth Ellery (Westmoor South) (Con): I wrote to the Chief Constable of Westmoor Police, Andrew Ridley,"
        " on Monday.",
    )
    assert ("letter", "Ruth Ellery", ("Andrew Ridley",)) in found, found


def test_officers_of_police_and_courts_are_offices() -> None:
    for office in ("Chief Constable", "Registrar", "Special Rapporteur"):
        found = _acts(
            f"The {office} of the county, Andrew Ridley, has been direct about the finances.",
            f"On 3 March the {office} wrote to the home secretary, Priya Rendall, asking for funds.",
        )
        assert ("letter", "Andrew Ridley", ("Priya Rendall",)) in found, (office, found)


def test_a_record_heading_with_an_agreeing_weekday_dates_the_page() -> None:
    text = "House of Commons\nPolicing: Westmoor\nVolume 747: debated on Wednesday 13 March 2024\n\n" + MEMBER
    raw = RawReport(source="mem.txt", sha256="x", raw_text=text, fmt="txt")
    assert extract_metadata(raw, clean(raw, Options())).published == dt.date(2024, 3, 13)
    wrong = text.replace("Wednesday", "Friday")  # a weekday that disagrees tells nothing
    raw = RawReport(source="mem.txt", sha256="x", raw_text=wrong, fmt="txt")
    assert extract_metadata(raw, clean(raw, Options())).published is None


def test_a_dated_reply_received_is_the_addressees() -> None:
    for receipt in (
        "He received a reply dated 9 May.",
        "On 9 May he received a reply.",
        "He got a reply dated 9 May.",
    ):
        found = _acts(
            "On 3 April Senator Daniel Foyle wrote to the chief executive of Northgate Water, Helen Marsh, asking"
            " for the plan.",
            receipt,
        )
        assert ("letter", "Helen Marsh", ("Daniel Foyle",)) in found, (receipt, found)
