"""Offices of committees and departments as parliamentary and official pages write them: a role set off
before a knighted name ("its Chair, Sir A B MP,") is that person's, so "the Chair" later is them; "the Home
Secretary" is an office whose portfolio word is no body; an exchange of letters "with A and with B" is one
side's with each of them, no exchange between A and B. Sentences are invented."""

from __future__ import annotations

from test_extract import acts, page_acts


def test_a_role_set_off_before_an_honorific_and_name_is_theirs() -> None:
    for role in (
        "its Chair, Sir Paul Denton MP,",
        "its chair, Dame Ana Berg,",
        "the Chair of the Committee, Sir Paul Denton,",
    ):
        found = acts(
            f"The committee published letters between {role} and the regulator.",
            "On 12 July the Chair wrote to David Okoro, chief executive of the regulator, asking about dividends.",
        )
        senders = {a[1] for a in found}
        assert senders & {"Paul Denton", "Ana Berg"} and not senders & {"Chair", "chair"}, (role, found)


def test_the_home_secretary_is_an_office_not_a_body_called_home() -> None:
    for heading in (
        "Letter from the Home Secretary to the Chair, dated 24 March 2023",
        "The Home Secretary wrote to the Chair on 24 March.",
        "On 24 March the Chair received a letter from the Home Secretary.",
    ):
        found = acts(
            "In her letter, the Chair of the Committee, Paul Denton, asked the Home Secretary, Priya Rendall, to"
            " set out the costs.",
            heading,
        )
        assert ("letter", "Priya Rendall", ("Paul Denton",)) in found, (heading, found)
        assert not any("Home" in a[1] or "Home" in a[2] for a in found), (heading, found)


def test_an_exchange_with_two_others_is_no_exchange_between_them() -> None:
    for sentence in (
        "The committee has today published an exchange of letters with the minister, Priya Rendall, and with"
        " the chief executive of the firm, Raj Bhatia.",
        "The council released its exchange of messages with Priya Rendall and Raj Bhatia.",
    ):
        found = acts(sentence)
        assert not any({a[1], *a[2]} == {"Priya Rendall", "Raj Bhatia"} for a in found), (sentence, found)
    found = acts("There was an exchange of letters between Priya Rendall and Raj Bhatia last week.")
    assert ("letter", "Priya Rendall", ("Raj Bhatia",)) in found, found


def test_a_records_heading_is_no_letter() -> None:
    page = (
        "House of Commons\nOral Answers to Questions: Home Department\nMonday 20 November 2023\n\n"
        "Owen Pritchard (Harlow Fields) (Lab): What assessment she has made of the site.\n\n"
        "The Minister for Immigration (Stephen Lacey): The site is being prepared, and I wrote to the hon."
        " Gentleman's council about it on Friday.\n"
    )
    found = [(a[1], list(a[2])) for a in page_acts(page)]
    assert not any("Answers" in s or any("Questions" in r for r in rs) for s, rs in found), found


def test_a_group_written_to_is_named_without_the_clause_after_it() -> None:
    found = acts(
        "The Energy Markets Authority has written to the chief executives of three household energy suppliers"
        " demanding evidence that they have stopped installing meters."
    )
    assert (
        "letter",
        "Energy Markets Authority",
        ("chief executives of three household energy suppliers",),
    ) in found, found
