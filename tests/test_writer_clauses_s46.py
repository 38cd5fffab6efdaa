"""Session 46: what a clause on a letter's writer tells (the one asked is the addressee; a reply addressed
to the writer answers the letter), the author of a letter signed by a crowd, a month written on the letter
noun, and an object run on after a name that is no apposition of it. Sentences are invented."""

from __future__ import annotations

import datetime as dt

from test_extract import acts, report, run


def test_writer_who_asked_someone_addressed_the_letter() -> None:
    for sentence in (
        "The appeal echoes a letter sent in January by Senator Tom Whitcombe, who asked Foreign Minister Ana "
        "Berg for a timeline.",
        "The appeal echoes a letter sent in January by Senator Tom Whitcombe and six colleagues, who urged "
        "Foreign Minister Ana Berg to act.",
        "Senator Tom Whitcombe, who pressed Foreign Minister Ana Berg for a timeline, wrote a letter in January.",
    ):
        assert ("letter", "Tom Whitcombe", ("Ana Berg",)) in acts(sentence), sentence


def test_writer_clause_not_told_as_done_names_no_addressee() -> None:
    for sentence in (
        "A letter from Senator Tom Whitcombe, who will ask Foreign Minister Ana Berg for a timeline, was "
        "published in January.",
        "A letter from Senator Tom Whitcombe, who did not ask Foreign Minister Ana Berg anything, was published "
        "in January.",
    ):
        assert not any(a[2] == ("Ana Berg",) for a in acts(sentence)), sentence


def test_reply_addressed_to_the_writer_answers_the_letter() -> None:
    rep = run(
        report(
            "In a three-page reply dated Wednesday and addressed to Representative Ana Berg, who organised the March "
            "letter signed by 40 colleagues, Minister Tom Hale said the plan would go ahead."
        )
    )
    comms = {(c.sender.name if c.sender else "", tuple(r.name for r in c.recipients)): c for c in
             rep.extraction.communications}  # fmt: skip
    letter = comms[("Ana Berg", ("Tom Hale",))]
    reply = comms[("Tom Hale", ("Ana Berg",))]
    assert reply.in_reply_to == rep.extraction.communications.index(letter)
    assert (letter.date.earliest, letter.date.latest) == (dt.date(2024, 3, 1), dt.date(2024, 3, 13))


def test_author_of_a_letter_signed_by_a_crowd_writes_it() -> None:
    for sentence in (
        "Senator Ana Berg drafted a letter to Minister Tom Hale that was signed by 40 Democrats.",
        "Senator Ana Berg organised a letter to Minister Tom Hale signed by 40 colleagues.",
    ):
        assert ("letter", "Ana Berg", ("Tom Hale",)) in acts(sentence), sentence
    # a named signer sends what another drafted
    found = acts(
        "Adviser Carl Moss drafted the letter to Minister Tom Hale, which was signed by President Ana Berg."
    )
    assert ("letter", "Carl Moss", ("Tom Hale",)) not in found


def test_month_written_on_the_letter_noun_dates_it() -> None:
    rep = run(report("Minister Tom Hale answered the February letter from Senator Carl Moss on Tuesday."))
    letter = next(c for c in rep.extraction.communications if c.sender and c.sender.name == "Carl Moss")
    assert (letter.date.earliest, letter.date.latest) == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))
    # a month after the report's month is last year's
    rep = run(report("Minister Tom Hale answered the April letter from Senator Carl Moss on Tuesday."))
    letter = next(c for c in rep.extraction.communications if c.sender and c.sender.name == "Carl Moss")
    assert letter.date.earliest == dt.date(2023, 4, 1)


def test_second_object_after_a_name_is_no_office() -> None:
    rep = run(
        report(
            "President Tom Hale sent a letter to Prime Minister Ana Berg on Monday.",
            "Last week, President Hale had wished Ana Berg a speedy recovery from the flu.",
        )
    )
    berg = next(p for p in rep.extraction.parties if p.name == "Ana Berg")
    assert not any("recovery" in a for a in berg.aliases)
    assert berg.org is None
    rep = run(report("Ana Berg, the prime minister of Norland, wrote to President Tom Hale on Monday."))
    assert any("the prime minister of Norland" in p.aliases for p in rep.extraction.parties)
