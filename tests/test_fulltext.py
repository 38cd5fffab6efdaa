"""Letters reproduced whole, in several house styles: the salutation, the complimentary close and the
signature decide where the text runs, who sent it and to whom; a date line in its head or foot dates it.

Every letter is invented: made-up leaders of made-up countries. Reports are dated Thursday 14 March 2024.
"""

from __future__ import annotations

import datetime as dt

import pytest

from lettertrace.models import CommMention, Options, ProcessedReport, RawReport
from lettertrace.pipeline import process_report

DATELINE = "Freeport, 14 March 2024 -"


def run(
    *paragraphs: str, headline: str = "Leaders exchange letters over the Silver River"
) -> ProcessedReport:
    text = "\n\n".join([headline, DATELINE, *paragraphs]) + "\n"
    raw = RawReport(source="invented.txt", sha256="0" * 64, raw_text=text, fmt="txt")
    return process_report(raw, Options())


def letter(*lines: str) -> str:
    """A reproduced letter: its lines one under the other, paragraphs separated by blank lines."""
    return "\n".join(lines)


def with_text(rep: ProcessedReport) -> list[CommMention]:
    return [c for c in rep.extraction.communications if c.full_text is not None]


def parties(c: CommMention) -> tuple[str | None, list[str]]:
    return (c.sender.name if c.sender else None), [r.name for r in c.recipients]


def body(rep: ProcessedReport, c: CommMention) -> str:
    assert c.full_text is not None
    return rep.clean.text[c.full_text.span.start : c.full_text.span.end]


def surname_of(c: CommMention) -> str | None:
    return c.sender.name.split()[-1] if c.sender else None


def surnames(c: CommMention) -> tuple[str | None, list[str]]:
    """Sender and recipients by surname (the index may keep a title: "King Olaf Brandt")."""
    return surname_of(c), [r.name.split()[-1] for r in c.recipients]


# ---------------------------------------------------------------- house styles


def test_your_excellency_letter_signed_in_capitals() -> None:
    rep = run(
        "President Alma Verhoeven of Freedonia wrote to King Olaf Brandt of Sylvania about the dam.",
        "The letter reads as follows:",
        letter(
            "Your Excellency,",
            "",
            "I have the honour to propose that our engineers meet before the spring floods.",
            "",
            "The waters of the Silver River belong to both our peoples.",
            "",
            "With highest consideration,",
            "",
            "ALMA VERHOEVEN",
            "President of the Republic of Freedonia",
            "Freeport, 11 March 2024",
        ),
        "Sylvania has not yet answered.",
    )
    (c,) = with_text(rep)
    assert surnames(c) == ("Verhoeven", ["Brandt"])
    text = body(rep, c)
    assert text.startswith("Your Excellency,")
    assert text.endswith("Freeport, 11 March 2024")
    assert "Sylvania has not yet answered" not in text
    assert c.full_text is not None and c.full_text.signed_date == dt.date(2024, 3, 11)
    sig = c.full_text.signature
    assert sig is not None and rep.clean.text[sig.start : sig.end].startswith("ALMA VERHOEVEN")
    assert c.date.earliest == dt.date(2024, 3, 11) and c.date.precision == "day"


def test_honourable_addressee_with_role_and_a_signature_of_name_and_role_lines() -> None:
    rep = run(
        "Prime Minister Tomas Kettle of Sylvania has asked the League of Rivers to send observers.",
        "The full text of his letter is as follows:",
        letter(
            "Honourable Jane Okoro, Secretary-General of the League of Rivers,",
            "",
            "My government requests that the League send observers to the upper valley without delay.",
            "",
            "We will grant them free passage and every assistance they need.",
            "",
            "Yours faithfully,",
            "",
            "Tomas Kettle",
            "Prime Minister of Sylvania",
            "9 March 2024",
        ),
    )
    (c,) = with_text(rep)
    assert surname_of(c) == "Kettle"
    assert [r.name.split()[-1] for r in c.recipients] == ["Okoro"]
    text = body(rep, c)
    assert text.startswith("Honourable Jane Okoro,") and text.endswith("9 March 2024")
    assert c.full_text is not None and c.full_text.signer == "Tomas Kettle"
    assert c.full_text.signed_date == dt.date(2024, 3, 9)
    sal = c.full_text.salutation
    assert sal is not None and "Secretary-General" in rep.clean.text[sal.start : sal.end]


def test_telegram_signed_by_a_chief_of_staff_on_behalf_of_the_president() -> None:
    rep = run(
        "President Alma Verhoeven sent a telegram of condolence to King Olaf Brandt after the floods.",
        "The telegram reads:",
        letter(
            "Your Majesty,",
            "",
            "Deeply saddened by the loss of life in the valley, the people of Freedonia share your grief.",
            "",
            "Pieter Janssen",
            "Chief of Staff",
            "on behalf of President Alma Verhoeven",
            "12 March 2024",
        ),
    )
    (c,) = with_text(rep)
    assert surnames(c) == ("Verhoeven", ["Brandt"])
    assert c.full_text is not None and c.full_text.signer == "Pieter Janssen"
    assert c.full_text.signed_date == dt.date(2024, 3, 12)
    assert body(rep, c).endswith("12 March 2024")
    assert not any(c2.sender and c2.sender.name == "Pieter Janssen" for c2 in rep.extraction.communications)


def test_latin_closing_and_a_date_line_in_the_head() -> None:
    rep = run(
        "Patriarch Anselm Varga of Ostrova wrote to President Alma Verhoeven to plead for the refugees.",
        "Here is the text of the letter:",
        letter(
            "Ostrova, 9 March 2024",
            "",
            "Dear Madam President,",
            "",
            "The families who fled the valley have found shelter in our monasteries, but winter is long.",
            "",
            "Fraterne in Christo,",
            "",
            "Anselm Varga",
            "Patriarch of Ostrova",
        ),
    )
    (c,) = with_text(rep)
    assert parties(c) == ("Anselm Varga", ["Alma Verhoeven"])
    text = body(rep, c)
    assert text.startswith("Ostrova, 9 March 2024") and text.endswith("Patriarch of Ostrova")
    assert c.full_text is not None and c.full_text.signed_date == dt.date(2024, 3, 9)


def test_a_page_that_reproduces_a_letter_and_its_reply() -> None:
    rep = run(
        "President Alma Verhoeven wrote to Prime Minister Tomas Kettle, and Kettle answered two days later.",
        "Verhoeven's letter reads as follows:",
        letter(
            "Dear Prime Minister Kettle,",
            "",
            "I ask you to open the sluices of the northern dam before the planting season.",
            "",
            "Sincerely,",
            "",
            "Alma Verhoeven",
            "President of Freedonia",
            "8 March 2024",
        ),
        "Kettle's reply reads as follows:",
        letter(
            "Dear President Verhoeven,",
            "",
            "The sluices will be opened on the first day of April, as your engineers proposed.",
            "",
            "Respectfully,",
            "",
            "Tomas Kettle",
            "Prime Minister of Sylvania",
            "10 March 2024",
        ),
    )
    comms = with_text(rep)
    assert sorted(parties(c) for c in comms) == [
        ("Alma Verhoeven", ["Tomas Kettle"]),
        ("Tomas Kettle", ["Alma Verhoeven"]),
    ]
    first = next(c for c in comms if parties(c)[0] == "Alma Verhoeven")
    reply = next(c for c in comms if parties(c)[0] == "Tomas Kettle")
    assert "open the sluices" in body(rep, first) and "will be opened" not in body(rep, first)
    assert "will be opened" in body(rep, reply) and body(rep, reply).endswith("10 March 2024")
    assert first.full_text is not None and first.full_text.signed_date == dt.date(2024, 3, 8)
    assert reply.full_text is not None and reply.full_text.signed_date == dt.date(2024, 3, 10)
    assert reply.in_reply_to is not None
    assert rep.extraction.communications[reply.in_reply_to] is first


# ---------------------------------------------------------------- no cue line


def test_letter_without_cue_sent_by_its_letterhead_and_closed_without_signature() -> None:
    rep = run(
        letter(
            "Office of the Prime Minister",
            "",
            "Tomas Kettle",
            "8 March 2024",
            "",
            "Dear President Alma Verhoeven, warm greetings.",
            "",
            "I am pleased to send my congratulations on your re-election and my hopes for our talks.",
            "",
            "Yours sincerely.",
        ),
    )
    (c,) = with_text(rep)
    assert parties(c) == ("Tomas Kettle", ["Alma Verhoeven"])
    assert c.full_text is not None and c.full_text.signed_date == dt.date(2024, 3, 8)
    assert c.full_text.signature is None
    assert body(rep, c).rstrip().endswith("Yours sincerely.")


def test_bare_salutation_with_the_address_at_the_foot_and_a_two_digit_year() -> None:
    rep = run(
        "In 1987 the poet Marek Hollis wrote to Chancellor Ida Ostrova; a transcript of his letter, "
        "long kept in a family archive, has now been published by his grandson (with the original layout).",
        letter(
            "Lindenau",
            "4.3.'87.Dear friend,",
            "I write because no one else will tell you how the valley suffers under the new dam.",
            "I remain,",
            "Your devoted friend",
            "Marek Hollis",
            "CHANCELLOR OSTROVA",
            "BORDURIA.",
        ),
        "The grandson says no answer ever came.",
    )
    (c,) = with_text(rep)
    assert parties(c) == ("Marek Hollis", ["Ida Ostrova"])
    assert c.full_text is not None and c.full_text.signed_date == dt.date(1987, 3, 4)
    text = body(rep, c)
    assert text.startswith("Lindenau") and text.endswith("BORDURIA.")


# ---------------------------------------------------------------- look-alikes


def test_salutation_in_running_text_without_a_close_is_no_full_text() -> None:
    rep = run(
        "President Alma Verhoeven wrote to Prime Minister Tomas Kettle on Monday.",
        "Dear friends,",
        "said the host as the evening began, and the guests laughed; nobody spoke of the river.",
        "Talks resume next week.",
    )
    assert not with_text(rep)
    assert [parties(c) for c in rep.extraction.communications] == [("Alma Verhoeven", ["Tomas Kettle"])]


def test_sir_as_a_title_opens_no_letter() -> None:
    rep = run(
        "Sir Rupert Vale, the envoy, wrote to Prime Minister Tomas Kettle on Monday.",
        "Sincerely, he added, the talks have stalled.",
    )
    assert not with_text(rep)


# ---------------------------------------------------------------- vocatives and address lines


@pytest.mark.parametrize(
    "salutation",
    [
        "Your Excellency,",
        "Excellency,",
        "Your Highness,",
        "Mr. President,",
        "Great and Good Friend:",
        "Sir,",
        "My dear friend,",
    ],
)
def test_bare_vocative_takes_the_recipient_the_lead_gives(salutation: str) -> None:
    rep = run(
        "Prime Minister Tomas Kettle sent a message to President Alma Verhoeven on Tuesday.",
        "The message reads as follows:",
        letter(
            salutation,
            "",
            "My government accepts the schedule your envoy proposed for the river talks.",
            "",
            "Yours sincerely,",
            "",
            "Tomas Kettle",
        ),
    )
    (c,) = with_text(rep)
    assert parties(c) == ("Tomas Kettle", ["Alma Verhoeven"])
    assert body(rep, c).startswith(salutation)
    assert c.full_text is not None and c.full_text.salutation is not None


def test_addressed_head_lines_name_the_recipient_when_the_report_only_reproduces_the_letter() -> None:
    rep = run(
        "The foreign ministry published the following text on Wednesday.",
        letter(
            "H.E. Mr Tomas Kettle",
            "Prime Minister of Sylvania",
            "",
            "Excellency,",
            "",
            "Freedonia stands ready to share the costs of the flood barriers along the border.",
            "",
            "Please accept, Excellency, the assurances of my highest consideration.",
            "",
            "Alma Verhoeven",
            "President of Freedonia",
        ),
    )
    (c,) = with_text(rep)
    assert parties(c) == ("Alma Verhoeven", ["Tomas Kettle"])
    assert body(rep, c).startswith("H.E. Mr Tomas Kettle")


def _published_rail_letter(*closing: str) -> ProcessedReport:
    """A report publishing a letter that ends with ``closing`` lines, then its signature."""
    return run(
        "The presidency of Freedonia on Monday published the letter that President Alma Verhoeven sent to "
        "King Olaf Brandt of Sylvania about the stalled rail link.",
        letter(
            "Excellency, dear friend,",
            "",
            "I propose that our transport ministers meet before the end of the month.",
            *closing,
            "Alma Verhoeven",
            "President of the Republic of Freedonia",
        ),
    )


@pytest.mark.parametrize(
    "place_and_date",
    ["Done at Askara, 10 January 2024.", "Given at Askara, 10 January 2024.", "Askara, 10 January 2024"],
)
def test_the_place_and_date_above_the_signature_date_the_letter(place_and_date: str) -> None:
    (c,) = with_text(_published_rail_letter("", place_and_date))
    assert surnames(c) == ("Verhoeven", ["Brandt"])
    assert c.date.earliest == c.date.latest == dt.date(2024, 1, 10)


def test_a_sentence_with_a_date_above_the_signature_does_not_date_the_letter() -> None:
    (c,) = with_text(_published_rail_letter("In Askara, we first met on 3 May 2019."))
    assert c.date.earliest != dt.date(2019, 5, 3)


def test_a_headline_naming_the_state_is_the_letter_its_minister_signed() -> None:
    rep = run(
        letter(
            "His Excellency Mr. Olaf Brandt",
            "President of the Republic of Sylvania",
            "Askara",
        ),
        "Your Excellency,",
        "I have the honour to refer to the incident of 2 February 2024 in which a Sylvanian patrol boat fired "
        "upon a Freedonian fishing vessel.",
        "The Government of Freedonia requests a full explanation. Please accept, Excellency, the assurances of "
        "my highest consideration.",
        letter("(Signed) Anton Lindqvist", "Minister for Foreign Affairs of Freedonia"),
        headline="Freedonia's letter to the Sylvanian president",
    )
    [c] = rep.extraction.communications
    assert surnames(c) == ("Lindqvist", ["Brandt"])
    assert c.sender is not None and c.sender.role == "Minister for Foreign Affairs of Freedonia"
