"""Documents as archival editions print them: a heading "<writer> to <addressee>", a place and date line,
the text, a signature in capitals. Invented names and places; report dated Thursday 14 March 2024."""

from __future__ import annotations

import pytest

from lettertrace.extract import archival
from test_extract import report, run


def _found(
    *paragraphs: str, headline: str = "Papers of the Foreign Office, Volume III"
) -> set[tuple[str, ...]]:
    comms = run(report(*paragraphs, headline=headline)).extraction.communications
    return {
        (
            c.sender.name if c.sender else "",
            r.name,
            str(c.date.earliest),
            "full text" if c.full_text is not None else "",
        )
        for c in comms
        for r in c.recipients
    }


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (  # an office with its holder in brackets, a telegram, a signature in capitals
            (
                "Document 13",
                "The Ambassador in Arland (Moreau) to the Foreign Secretary",
                "[Telegram]",
                "Porto Vell, April 12, 1922—4 p.m.",
                "[Received April 13—9:10 a.m.]",
                "SECRET",
                "I delivered the protest this morning. The Minister promised a written answer.",
                "MOREAU",
            ),
            ("Moreau", "Foreign Secretary", "1922-04-12", "full text"),
        ),
        (  # an office alone as writer: the signature names him
            (
                "Document 12",
                "The Foreign Secretary to the Ambassador in Arland (Moreau)",
                "London, April 9, 1922.",
                "You are instructed to protest at once against the seizure of the ship.",
                "PELHAM",
            ),
            ("PELHAM", "Moreau", "1922-04-09", "full text"),
        ),
        (  # a form of document and titled names
            (
                "Letter From President Ashdown to King Leopold of Belmark",
                "Washington, June 2, 1880.",
                "Great and Good Friend: It gives me pleasure to acknowledge the letter in which Your Majesty announced the "
                "marriage of your son, and I offer my congratulations.",
                "Your Good Friend,\nJAMES ASHDOWN",
            ),
            ("JAMES ASHDOWN", "Leopold", "1880-06-02", "full text"),
        ),
        (  # the date at the end of the heading, no date line
            (
                "Letter from Governor Hale to Chief Okonkwo, May 4, 1902",
                "I write to assure you that the boundary will be respected by my officers.",
            ),
            ("Hale", "Okonkwo", "1902-05-04", "full text"),
        ),
        (  # a number, and an office that takes "to" of its own; no word of any letter or telegram
            (
                "14. The Secretary of State to the Ambassador to Belmark (Trent)",
                "Washington, May 1, 1940.",
                "Please inform the Foreign Minister that the shipment will go ahead.",
                "HALLORAN",
            ),
            ("HALLORAN", "Trent", "1940-05-01", "full text"),
        ),
        (  # bodies on both sides
            (
                "221. Telegram From the Embassy in Arland to the Department of State",
                "Porto Vell, October 26, 1962, 7 p.m.",
                "The government rejects the proposal, the Foreign Minister said tonight.",
                "KOHL",
            ),
            ("Embassy in Arland", "Department of State", "1962-10-26", "full text"),
        ),
    ],
)
def test_heading_gives_writer_addressee_and_date(
    paragraphs: tuple[str, ...], expected: tuple[str, ...]
) -> None:
    assert expected in _found(*paragraphs)


def test_two_documents_in_a_row() -> None:
    found = _found(
        "Document 12",
        "The Foreign Secretary to the Ambassador in Arland (Moreau)",
        "London, April 9, 1922.",
        "You are instructed to protest at once against the seizure of the ship.",
        "PELHAM",
        "Document 13",
        "The Ambassador in Arland (Moreau) to the Foreign Secretary",
        "Porto Vell, April 12, 1922, 4 p.m.",
        "I delivered the protest this morning.",
        "MOREAU",
    )
    assert ("PELHAM", "Moreau", "1922-04-09", "full text") in found
    assert ("Moreau", "PELHAM", "1922-04-12", "full text") in found


@pytest.mark.parametrize(
    ("line", "writer", "addressee"),
    [
        (
            "The Ambassador to Belmark (Trent) to the Secretary of State",
            "The Ambassador to Belmark (Trent)",
            "the Secretary of State",
        ),
        (
            "The Secretary of State to the Ambassador to Belmark (Trent)",
            "The Secretary of State",
            "the Ambassador to Belmark (Trent)",
        ),
        (
            "Note verbale from the Embassy of Arland to the Ministry of Foreign Affairs",
            "the Embassy of Arland",
            "the Ministry of Foreign Affairs",
        ),
        (
            "The Foreign Secretary to the Ambassador in Arland",
            "The Foreign Secretary",
            "the Ambassador in Arland",
        ),
    ],
)
def test_the_heading_splits_at_its_own_to(line: str, writer: str, addressee: str) -> None:
    found = archival.heading(line)
    assert found is not None
    _, (ws, we), (as_, ae) = found
    assert (line[ws:we], line[as_:ae]) == (writer, addressee)


@pytest.mark.parametrize(
    "line",
    [
        "Minister to visit Arland next week",  # a headline's infinitive
        "Ambassador to Arland",  # an office with the place it serves
        "Why did the Minister write to the King?",
        "Welcome to Porto Vell:",
    ],
)
def test_no_heading(line: str) -> None:
    assert archival.heading(line) is None


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Road to Recovery",
            "Riverside, March 3, 2024",
            "The town council approved a plan to rebuild the bridge.",
        ),
        ("From Arland to Belmark", "Porto Vell, March 3, 2024", "A new train service opened on Monday."),
        (
            "Letters to the Editor",
            "Riverside, March 3, 2024",
            "The bridge should have been repaired years ago.",
        ),
        (
            "Tribute to Queen Mary",
            "London, March 3, 2024",
            "Crowds gathered outside the palace to remember her.",
        ),
        ("Ambassador to Arland", "London, March 3, 2024", "The nominee will face the committee on Tuesday."),
    ],
)
def test_section_headings_with_to_are_no_documents(paragraphs: tuple[str, ...]) -> None:
    assert _found(*paragraphs) == set()


def test_a_headline_over_the_pages_own_date_is_no_document() -> None:
    found = _found(
        "Thursday, 14 March 2024",
        "The minister said the talks on the dam would resume in April.",
        headline="Prime Minister Olsen to President Varga",
    )
    assert found == set()


@pytest.mark.parametrize(
    "heading",
    ["To the King of Belmark [1]", "To King Leopold", "To His Majesty the King of Belmark"],
)
def test_a_letter_under_to_heading_in_collected_works(heading: str) -> None:
    """An edition of someone's works: "To <addressee>" heads the date and address lines, the text opens
    with its salutation, the writer signs at the foot; a footnote tells of a letter to another office."""
    found = _found(
        heading,
        "February 3, 1862",
        "His Majesty Leopold,\nKing of Belmark.",
        "Great and Good Friend: Your Majesty's kind words on the opening of the new railway reached me last "
        "month, and I am glad to say that the line now carries goods between our two countries every week.",
        "Your Good Friend,\nJAMES ASHDOWN.",
        "Washington, February 3, 1862.",
        "[1] The King's letter was addressed to the President of the Republic of Arland, then in office.",
        headline="Papers of James Ashdown, Book Two",
    )
    assert ("James Ashdown", "Leopold", "1862-02-03", "full text") in {
        (s.title(), r, d, f) for s, r, d, f in found
    }
