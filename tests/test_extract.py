"""Linguistic behaviour of the extraction stage: which sentences state a letter, message or call,
who sent it to whom, when, what it answers, and which look-alikes are no communication at all.

Every text is invented: made-up leaders of made-up countries. The default dateline puts the report
on Thursday 14 March 2024, so "on Tuesday" is 12 March and "yesterday" 13 March.
"""

from __future__ import annotations

import datetime as dt

import pytest

from lettertrace.extract.prefilter import has_cue
from lettertrace.models import CommMention, Extraction, Options, ProcessedReport, RawReport
from lettertrace.pipeline import process_report

DATELINE = "Freeport, 14 March 2024 -"
REPORT_DAY = dt.date(2024, 3, 14)


def run(text: str, prefilter: bool = True) -> ProcessedReport:
    raw = RawReport(source="invented.txt", sha256="0" * 64, raw_text=text, fmt="txt")
    return process_report(raw, Options(prefilter=prefilter))


def report(
    *paragraphs: str,
    headline: str = "Freedonia and Sylvania at odds over river",
    dateline: str | None = DATELINE,
) -> str:
    """Headline, blank line, optional dateline, then paragraphs separated by blank lines."""
    parts = [headline] + ([dateline] if dateline else []) + list(paragraphs)
    return "\n\n".join(parts) + "\n"


def acts(*paragraphs: str) -> set[tuple[str, str, tuple[str, ...]]]:
    """(kind, sender, recipients) of each communication extracted from a report of ``paragraphs``."""
    return {
        (c.kind, c.sender.name if c.sender else "", tuple(r.name for r in c.recipients))
        for c in run(report(*paragraphs)).extraction.communications
    }


def only_comm(rep: ProcessedReport) -> CommMention:
    comms = rep.extraction.communications
    assert len(comms) == 1, [(c.kind, c.sender and c.sender.name) for c in comms]
    return comms[0]


def names_of(c: CommMention) -> tuple[str | None, list[str]]:
    return (c.sender.name if c.sender else None), [r.name for r in c.recipients]


def page_acts(page: str) -> set[tuple[str, str, tuple[str, ...]]]:
    """(kind, sender, recipients) of each communication extracted from a whole page as written."""
    return {
        (c.kind, c.sender.name if c.sender else "", tuple(r.name for r in c.recipients))
        for c in run(page).extraction.communications
    }


def found_acts(*paragraphs: str, headline: str | None = None) -> list[tuple[str, str, tuple[str, ...]]]:
    """(kind, sender, recipients) of every communication of an invented report, sorted."""
    rep = run(report(*paragraphs, headline=headline) if headline else report(*paragraphs))
    return sorted(
        (c.kind, c.sender.name if c.sender else "", tuple(r.name for r in c.recipients))
        for c in rep.extraction.communications
    )


def found_replies(*paragraphs: str) -> list[tuple[str, tuple[str, ...], str]]:
    """(sender, recipients, sender of the communication answered) of every communication, sorted."""
    comms = run(report(*paragraphs)).extraction.communications
    out = []
    for c in comms:
        answered = comms[c.in_reply_to].sender if c.in_reply_to is not None else None
        out.append(
            (
                c.sender.name if c.sender else "",
                tuple(r.name for r in c.recipients),
                answered.name if answered else "",
            )
        )
    return sorted(out)


def sent_pairs(*paragraphs: str) -> set[tuple[str, str]]:
    """(sender, recipient) names of every communication found in a report of these paragraphs."""
    comms = run(report(*paragraphs)).extraction.communications
    return {(c.sender.name if c.sender else "", r.name) for c in comms for r in c.recipients}


def span_text(rep: ProcessedReport, start: int, end: int) -> str:
    return rep.clean.text[start:end]


# ---------------------------------------------------------------- letters


def test_sent_a_letter_gives_letter_with_sender_recipient_and_sentence_span() -> None:
    sentence = (
        "President Alma Verhoeven of Freedonia sent a letter to Prime Minister Tomas Kettle of Sylvania, "
        "urging talks on the river dispute."
    )
    rep = run(report(sentence, "Kettle's government has not yet answered."))
    c = only_comm(rep)
    assert c.kind == "letter"
    assert names_of(c) == ("Alma Verhoeven", ["Tomas Kettle"])
    assert c.recipients[0].role == "Prime Minister"
    assert not c.implied and c.in_reply_to is None and c.full_text is None
    assert len(c.mentions) == 1
    assert span_text(rep, c.mentions[0].start, c.mentions[0].end).strip() == sentence


def test_wrote_to_without_a_noun_is_a_letter() -> None:
    rep = run(
        report(
            "President Alma Verhoeven of Freedonia wrote to Prime Minister Tomas Kettle of Sylvania "
            "on Tuesday to protest against the dam."
        )
    )
    c = only_comm(rep)
    assert c.kind == "letter"
    assert names_of(c) == ("Alma Verhoeven", ["Tomas Kettle"])


def test_in_a_letter_to_y_x_the_chief_of_z_said_names_x_as_sender_with_role() -> None:
    rep = run(
        report(
            "In a letter to Prime Minister Tomas Kettle, Yusuf Haddadi, the chief of the Movement for Northern "
            "Unity, said the group was ready to lay down its arms."
        )
    )
    c = only_comm(rep)
    assert c.kind == "letter"
    assert names_of(c) == ("Yusuf Haddadi", ["Tomas Kettle"])
    assert c.sender is not None and c.sender.ptype == "person"
    assert c.sender.role is not None and "chief of the Movement for Northern Unity" in c.sender.role
    assert c.sender.org is not None and "Movement for Northern Unity" in c.sender.org


@pytest.mark.xfail(
    reason="with a role-only recipient ('the prime minister') the named sender in apposition is merged into "
    "the recipient and the organisation of his role becomes the sender",
    strict=True,
)
def test_in_a_letter_to_a_role_x_the_chief_of_z_said_names_x_as_sender() -> None:
    rep = run(
        report(
            "In a letter to the prime minister, Yusuf Haddadi, the chief of the Movement for Northern Unity, "
            "said the group was ready to lay down its arms."
        )
    )
    c = only_comm(rep)
    assert c.sender is not None and c.sender.name == "Yusuf Haddadi"
    assert "Yusuf Haddadi" not in [r.name for r in c.recipients]


def test_received_a_letter_from_keeps_the_direction() -> None:
    rep = run(
        report("Prime Minister Tomas Kettle received a letter from President Alma Verhoeven on Monday.")
    )
    c = only_comm(rep)
    assert c.kind == "letter"
    assert names_of(c) == ("Alma Verhoeven", ["Tomas Kettle"])


def test_untagged_organisation_as_sender_keeps_its_full_name() -> None:
    rep = run(
        report("The Movement for Northern Unity sent a letter to Prime Minister Tomas Kettle on Monday.")
    )
    c = only_comm(rep)
    assert c.sender is not None
    assert c.sender.ptype == "org"
    assert "Northern Unity" in c.sender.name


# ---------------------------------------------------------------- messages and calls


@pytest.mark.parametrize(
    "sentence, trigger",
    [
        (
            "President Alma Verhoeven of Freedonia sent a telegram to King Oskar Brandt of Sylvania on Tuesday.",
            "telegram",
        ),
        ("President Alma Verhoeven sent a cable to King Oskar Brandt of Sylvania on Tuesday.", "cable"),
        (
            "President Alma Verhoeven sent a condolence message to King Oskar Brandt of Sylvania after the floods.",
            "message",
        ),
    ],
    ids=["telegram", "cable", "condolence-message"],
)
def test_telegram_cable_and_condolence_message_are_messages(sentence: str, trigger: str) -> None:
    c = only_comm(run(report(sentence)))
    assert c.kind == "message"
    assert c.trigger == trigger
    assert names_of(c) == ("Alma Verhoeven", ["Oskar Brandt"])


@pytest.mark.parametrize(
    "sentence",
    [
        "President Alma Verhoeven spoke by phone with Prime Minister Tomas Kettle on Tuesday.",
        "President Alma Verhoeven held a telephone conversation with Prime Minister Tomas Kettle on Tuesday.",
        "President Alma Verhoeven phoned Prime Minister Tomas Kettle on Tuesday to discuss the floods.",
    ],
    ids=["spoke-by-phone", "telephone-conversation", "phoned"],
)
def test_phone_conversations_are_calls(sentence: str) -> None:
    c = only_comm(run(report(sentence)))
    assert c.kind == "call"
    assert names_of(c) == ("Alma Verhoeven", ["Tomas Kettle"])
    assert (c.date.earliest, c.date.precision) == (dt.date(2024, 3, 12), "day")


def test_received_a_phone_call_from_makes_the_caller_the_sender() -> None:
    c = only_comm(
        run(
            report(
                "President Alma Verhoeven received a phone call from Prime Minister Tomas Kettle this morning."
            )
        )
    )
    assert c.kind == "call"
    assert names_of(c) == ("Tomas Kettle", ["Alma Verhoeven"])


# ---------------------------------------------------------------- dates


@pytest.mark.parametrize(
    "when, day",
    [
        ("on Tuesday", dt.date(2024, 3, 12)),
        ("yesterday", dt.date(2024, 3, 13)),
        ("this morning", dt.date(2024, 3, 14)),
        ("two days ago", dt.date(2024, 3, 12)),
        ("on 4 March 2024", dt.date(2024, 3, 4)),
    ],
)
def test_dates_resolve_against_the_report_date(when: str, day: dt.date) -> None:
    rep = run(report(f"President Alma Verhoeven sent a letter to Prime Minister Tomas Kettle {when}."))
    assert rep.meta.published == REPORT_DAY
    c = only_comm(rep)
    assert (c.date.earliest, c.date.latest, c.date.precision) == (day, day, "day")
    assert c.date.span is not None
    assert when.removeprefix("on ") in span_text(rep, c.date.span.start, c.date.span.end)


def test_explicit_date_is_marked_explicit() -> None:
    c = only_comm(
        run(report("President Alma Verhoeven sent a letter to Prime Minister Tomas Kettle on 4 March 2024."))
    )
    assert c.date.basis == "explicit"


def test_weekday_line_gives_the_report_date() -> None:
    rep = run(
        report(
            "President Alma Verhoeven wrote to Prime Minister Tomas Kettle on Tuesday to protest against the dam.",
            dateline="Thursday 14 March 2024",
        )
    )
    assert rep.meta.published == REPORT_DAY
    assert only_comm(rep).date.earliest == dt.date(2024, 3, 12)


def test_undated_letter_falls_in_the_week_up_to_the_report_day() -> None:
    c = only_comm(
        run(
            report("President Alma Verhoeven has sent a letter to Prime Minister Tomas Kettle about the dam.")
        )
    )
    # the recent past: the week up to the report's day, a range (it lies in one month, but is no month)
    assert (c.date.earliest, c.date.latest, c.date.precision) == (dt.date(2024, 3, 7), REPORT_DAY, "range")


@pytest.mark.parametrize("when", ["", " on Tuesday"], ids=["no-date-words", "weekday"])
def test_report_without_a_date_gives_an_unknown_date(when: str) -> None:
    rep = run(
        report(f"President Alma Verhoeven sent a letter to Prime Minister Tomas Kettle{when}.", dateline=None)
    )
    assert rep.meta.published is None
    c = only_comm(rep)
    assert names_of(c) == ("Alma Verhoeven", ["Tomas Kettle"])
    assert (c.date.earliest, c.date.latest, c.date.precision) == (None, None, "unknown")
    assert not c.date.known


# ---------------------------------------------------------------- replies and implied letters


def test_replied_to_a_letter_creates_the_answered_letter() -> None:
    rep = run(
        report(
            "Prime Minister Tomas Kettle on Tuesday replied to President Alma Verhoeven's letter "
            "on the river dispute."
        )
    )
    comms = rep.extraction.communications
    assert len(comms) == 2
    replies = [c for c in comms if c.in_reply_to is not None]
    assert len(replies) == 1
    reply = replies[0]
    answered = comms[reply.in_reply_to]
    assert reply is not answered
    assert names_of(reply) == ("Tomas Kettle", ["Alma Verhoeven"])
    assert names_of(answered) == ("Alma Verhoeven", ["Tomas Kettle"])
    assert answered.in_reply_to is None
    assert reply.date.earliest == dt.date(2024, 3, 12)
    # the answered letter was sent no later than the reply
    assert answered.date.latest is not None and answered.date.latest <= dt.date(2024, 3, 12)


def test_in_response_to_a_letter_by_x_creates_reply_and_answered_letter() -> None:
    rep = run(
        report(
            "In response to a recent letter by President Alma Verhoeven, Prime Minister Tomas Kettle said "
            "his government was open to talks."
        )
    )
    comms = rep.extraction.communications
    assert len(comms) == 2
    (reply,) = [c for c in comms if c.in_reply_to is not None]
    answered = comms[reply.in_reply_to]
    assert names_of(reply) == ("Tomas Kettle", ["Alma Verhoeven"])
    assert names_of(answered) == ("Alma Verhoeven", ["Tomas Kettle"])
    assert answered.kind == reply.kind == "letter"


def test_the_second_letter_implies_an_earlier_one() -> None:
    rep = run(
        report(
            "President Alma Verhoeven sent a letter to Prime Minister Tomas Kettle on Monday.",
            "This was the second letter Verhoeven sent to Kettle in ten days.",
        )
    )
    comms = rep.extraction.communications
    assert len(comms) == 2
    (implied,) = [c for c in comms if c.implied]
    (stated,) = [c for c in comms if not c.implied]
    assert names_of(implied) == names_of(stated) == ("Alma Verhoeven", ["Tomas Kettle"])
    assert stated.date.earliest == dt.date(2024, 3, 11)
    assert not implied.date.known  # nothing says when the first one was sent
    second = "This was the second letter Verhoeven sent to Kettle in ten days."
    assert [span_text(rep, s.start, s.end).strip() for s in implied.mentions] == [second]


def test_a_single_letter_implies_nothing() -> None:
    rep = run(report("President Alma Verhoeven sent a letter to Prime Minister Tomas Kettle on Monday."))
    assert not only_comm(rep).implied


# ---------------------------------------------------------------- reproduced full texts

FULL_TEXT_REPORT = """Verhoeven writes to Kettle about the river

Freeport, 14 March 2024 -

President Alma Verhoeven of Freedonia sent a letter to Prime Minister Tomas Kettle of Sylvania on Monday, calling for the river talks to resume.

The full text of the letter is as follows:

Dear Prime Minister Kettle,

I write to you in the hope that our two nations can settle the dispute over the Silver River in peace.

Our engineers are ready to meet yours at any time and in any place you choose.

Sincerely,

Alma Verhoeven
President of Freedonia
10 March 2024
"""

MISMATCH_REPORT = """Kettle writes to Verhoeven over river dam

Freeport, 14 March 2024 -

The office of President Alma Verhoeven released a letter on Wednesday about the Silver River dam.

The full text of the letter is as follows:

Dear President Verhoeven,

Our government has studied your proposal with great care and will answer it in full.

Sincerely,

Ida Ostrova
Chancellor of Borduria
11 March 2024
"""


HEADLINE_ABOUT_ANOTHER_LETTER = MISMATCH_REPORT.replace(
    "The office of President Alma Verhoeven released a letter on Wednesday about the Silver River dam.",
    "Prime Minister Tomas Kettle wrote to President Alma Verhoeven on Monday about the Silver River dam. "
    "Her office also released another letter on Wednesday.",
)


def test_no_flag_when_the_headline_is_about_another_letter_the_report_tells_of() -> None:
    rep = run(HEADLINE_ABOUT_ANOTHER_LETTER)
    senders = sorted(c.sender.name for c in rep.extraction.communications if c.sender is not None)
    assert senders == ["Ida Ostrova", "Tomas Kettle"]
    assert rep.extraction.flags == ()
    assert all(not c.flags for c in rep.extraction.communications)


def test_full_text_is_attached_to_the_signers_letter_and_dated_by_the_signature() -> None:
    rep = run(FULL_TEXT_REPORT)
    c = only_comm(rep)
    text = rep.clean.text
    assert names_of(c) == ("Alma Verhoeven", ["Tomas Kettle"])
    ft = c.full_text
    assert ft is not None
    assert ft.signer == "Alma Verhoeven"
    assert ft.signed_date == dt.date(2024, 3, 10)
    body = text[ft.span.start : ft.span.end]
    assert body.startswith("Dear Prime Minister Kettle,")
    assert "Our engineers are ready to meet yours" in body
    assert body.rstrip().endswith("10 March 2024")
    assert (
        ft.salutation is not None
        and text[ft.salutation.start : ft.salutation.end] == "Dear Prime Minister Kettle,"
    )
    assert ft.signature is not None and "Alma Verhoeven" in text[ft.signature.start : ft.signature.end]
    # the signature's date wins over "on Monday" (11 March)
    assert (c.date.earliest, c.date.precision, c.date.basis) == (
        dt.date(2024, 3, 10),
        "day",
        "signature date",
    )
    assert not c.flags and not rep.extraction.flags  # the headline names the signer


def test_headline_naming_another_sender_than_the_signer_is_flagged() -> None:
    rep = run(MISMATCH_REPORT)
    signed = [c for c in rep.extraction.communications if c.full_text is not None]
    assert len(signed) == 1
    c = signed[0]
    assert c.full_text is not None and c.full_text.signer == "Ida Ostrova"
    assert c.sender is not None and c.sender.name == "Ida Ostrova"
    assert c.date.earliest == dt.date(2024, 3, 11)
    assert [f.code for f in c.flags] == ["headline_sender_mismatch"]
    assert [f.code for f in rep.extraction.flags] == ["headline_sender_mismatch"]
    flag = c.flags[0]
    assert "Kettle" in flag.message and "Ida Ostrova" in flag.message
    assert rep.meta.title_span is not None
    title_start, title_end = rep.meta.title_span
    assert any(e.start == title_start and e.end == title_end for e in flag.evidence)


def test_full_text_cue_line_is_one_mention() -> None:
    rep = run(FULL_TEXT_REPORT)
    c = only_comm(rep)
    texts = [span_text(rep, s.start, s.end).strip() for s in c.mentions]
    assert len(texts) == len(set(texts)), texts


def test_salutation_word_is_not_part_of_a_role() -> None:
    rep = run(MISMATCH_REPORT)
    roles = [r.role or "" for c in rep.extraction.communications for r in c.recipients]
    roles += [p.role or "" for p in rep.extraction.parties]
    assert not any(role.lower().startswith("dear") for role in roles), roles


def test_role_does_not_reach_into_the_headline() -> None:
    rep = run(
        report(
            "President Alma Verhoeven sent a letter to Prime Minister Tomas Kettle on Tuesday, urging talks.",
            headline="Leaders trade views",
            dateline=None,
        )
    )
    c = only_comm(rep)
    assert c.sender is not None and c.sender.name == "Alma Verhoeven"
    assert "views" not in (c.sender.role or "")


# ---------------------------------------------------------------- no communication


@pytest.mark.parametrize(
    "sentence",
    [
        "President Alma Verhoeven met Prime Minister Tomas Kettle in Freeport on Tuesday to discuss the river dispute.",
        "President Alma Verhoeven gave a speech to parliament on Tuesday about the river dispute, with Prime "
        "Minister Tomas Kettle in the audience.",
        "At a press conference with Prime Minister Tomas Kettle on Tuesday, President Alma Verhoeven said talks "
        "would resume.",
        "President Alma Verhoeven called for calm after the clashes in the border town of Marrow.",
        "President Alma Verhoeven called on the government of Sylvania to withdraw its troops from the border.",
        "President Alma Verhoeven will call Prime Minister Tomas Kettle next week, her office said.",
        "President Alma Verhoeven plans to send a letter to Prime Minister Tomas Kettle about the dam.",
        "President Alma Verhoeven wrote on X that Prime Minister Tomas Kettle had betrayed the treaty.",
        "President Alma Verhoeven wrote on Twitter that Prime Minister Tomas Kettle had betrayed the treaty.",
        "In a post on social media, President Alma Verhoeven said Prime Minister Tomas Kettle had betrayed the treaty.",
        "In a televised speech on Tuesday, President Alma Verhoeven delivered a message to the nation, urging unity.",
    ],
    ids=[
        "meeting",
        "speech",
        "press-conference",
        "called-for-calm",
        "called-on-government",
        "will-call",
        "plans-to-send",
        "wrote-on-x",
        "wrote-on-twitter",
        "social-media-post",
        "message-to-the-nation",
    ],
)
def test_look_alikes_are_no_communication(sentence: str) -> None:
    # prefilter off: the parse-level rules, not the cheap word test, must reject these
    rep = run(report(sentence), prefilter=False)
    assert rep.extraction.communications == (), [
        (c.kind, c.trigger, c.sender and c.sender.name) for c in rep.extraction.communications
    ]


def test_report_without_a_cue_is_skipped_by_the_prefilter() -> None:
    text = report(
        "President Alma Verhoeven and Prime Minister Tomas Kettle opened the trade fair in Freeport on Tuesday.",
        '"This fair shows what our two nations can build together in peace," Verhoeven told the crowd.',
        headline="Verhoeven and Kettle open trade fair",
    )
    assert not has_cue(text)
    skipped = run(text, prefilter=True)
    assert skipped.extraction == Extraction()
    assert skipped.meta.published == REPORT_DAY  # cleaned and dated all the same
    parsed = run(text, prefilter=False)
    assert parsed.extraction.communications == ()
    assert [q.speaker.name if q.speaker else None for q in parsed.extraction.quotes] == ["Alma Verhoeven"]
