"""Social posts in reports: a handle names the person the report tells ("@AnaBergPM" is Ana Berg); a page's
embedded post block (a header "Name @handle · May 21" over the post's words) is its poster's first-person
account; a scare-quoted "call" is no call. Sentences are invented."""

from __future__ import annotations

import datetime as dt

from lettertrace.extract.handles import handle_person, handle_words
from lettertrace.extract.mentions import Party
from test_extract import acts, report, run

PEOPLE = [
    Party(key=0, name="Ana Berg", ptype="person", first=0),
    Party(key=1, name="Tom Hale", ptype="person", first=0),
    Party(key=2, name="Narendra Kumar", ptype="person", first=0),
]


def test_a_handle_names_the_one_person_whose_family_name_it_holds() -> None:
    assert handle_words("@AnaBergPM") == ["ana", "berg", "pm"]
    assert handle_person("@AnaBergPM", PEOPLE) is PEOPLE[0]
    assert handle_person("@HalePM", PEOPLE) is PEOPLE[1]
    assert handle_person("@narendrakumar", PEOPLE) is PEOPLE[2]
    assert handle_person("@CarlMoss", PEOPLE) is None  # a name the report does not tell
    assert handle_person("@BergHale", PEOPLE) is None  # never a guess between two people


def test_a_quoted_post_with_a_handle_is_a_call() -> None:
    found = acts(
        "President Ana Berg of Norland arrived in Oslo on Monday.",
        '"Had a warm conversation with @AnaBergPM today," Prime Minister Tom Hale posted on X.',
    )
    assert ("call", "Tom Hale", ("Ana Berg",)) in found, found


def _posts(*blocks: str) -> str:
    return report(
        "Leaders increasingly announce their calls on social media. President Ana Berg and Prime Minister"
        " Tom Hale lead the way; Chancellor Carl Moss is catching up.",
        *blocks,
        dateline="Freeport, 22 May 2024 -",
    )


def _found(block: str) -> set[tuple[str, str, tuple[str, ...]]]:
    """(kind, sender, recipients) of each act found in the invented page holding the post ``block``."""
    return {
        (c.kind, c.sender.name if c.sender else "", tuple(r.name for r in c.recipients))
        for c in run(_posts(block)).extraction.communications
    }


def test_an_embedded_post_is_its_posters_account_dated_by_its_header() -> None:
    rep = run(
        _posts("Tom Hale @HalePM · May 21\nJust spoke with President @AnaBergPM. We agreed to meet soon.")
    )
    calls = [c for c in rep.extraction.communications if c.kind == "call"]
    assert [(c.sender.name if c.sender else "", [r.name for r in c.recipients]) for c in calls] == [
        ("Tom Hale", ["Ana Berg"])
    ]
    assert calls[0].date.earliest == calls[0].date.latest == dt.date(2024, 5, 21)


def test_an_embedded_post_naming_a_call_without_a_verb() -> None:
    found = _found(
        "Carl Moss @MossChancellor · May 20\nWarm and productive call today with my friend, Tom Hale."
    )
    assert ("call", "Carl Moss", ("Tom Hale",)) in found, found


def test_an_embedded_post_exchanging_messages_is_two_messages() -> None:
    found = _found(
        "Ana Berg @AnaBergPM · May 19\nExchanged messages of goodwill with PM @HalePM on the anniversary."
    )
    assert ("message", "Ana Berg", ("Tom Hale",)) in found, found
    assert ("message", "Tom Hale", ("Ana Berg",)) in found, found


def test_a_header_line_without_a_post_about_a_call_is_nothing() -> None:
    found = run(
        _posts("Ana Berg @AnaBergPM · May 19\nProud of our farmers today. The harvest is the best in years.")
    ).extraction.communications
    assert not found, found


def test_a_scare_quoted_call_is_no_call() -> None:
    found = acts(
        "President Ana Berg and Prime Minister Tom Hale met in Oslo on Monday.",
        'A widely shared screenshot of a "call" between the two leaders turned out to be a parody.',
    )
    assert not any(a[0] == "call" for a in found), found
