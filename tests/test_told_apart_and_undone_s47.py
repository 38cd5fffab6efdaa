"""Acts told one to each addressee, letters told again, and acts the report says were never made (session
47): 'wrote separately to B and to C', 'her letters to Athens and Valletta', 'your letter' in the writer's
own words, denied reports, calls only sought, letters drafted and never sent, records of a talk. Sentences
are invented."""

from __future__ import annotations

from test_extract import acts


def test_writing_separately_is_a_letter_to_each() -> None:
    for sentence in (
        "On Friday, President Ana Berg wrote separately to Prime Minister Tom Hale and to Chancellor Carl Moss.",
        "President Ana Berg individually wrote to Prime Minister Tom Hale and Chancellor Carl Moss on Friday.",
    ):
        found = acts(sentence)
        assert ("letter", "Ana Berg", ("Tom Hale",)) in found, (sentence, found)
        assert ("letter", "Ana Berg", ("Carl Moss",)) in found, (sentence, found)
    found = acts(
        "President Ana Berg and Chancellor Carl Moss separately wrote to Prime Minister Tom Hale on Monday."
    )
    assert {("letter", "Ana Berg", ("Tom Hale",)), ("letter", "Carl Moss", ("Tom Hale",))} <= found, found
    joint = acts("On Friday, President Ana Berg wrote to Prime Minister Tom Hale and Chancellor Carl Moss.")
    assert ("letter", "Ana Berg", ("Tom Hale", "Carl Moss")) in joint, joint


def test_letters_told_again_by_their_capitals_are_the_same_letters() -> None:
    found = acts(
        "On Friday, Commission President Ana Berg wrote separately to Greek Prime Minister Tom Hale and to"
        " Maltese Prime Minister Carl Moss. Her letters to Athens and Valletta were shorter, an official said."
    )
    assert found == {("letter", "Ana Berg", ("Tom Hale",)), ("letter", "Ana Berg", ("Carl Moss",))}, found


def test_your_letter_in_the_writers_words_is_the_addressees() -> None:
    found = acts(
        'In a reply dated 3 May, Commission President Ana Berg told Prime Minister Tom Hale that "the'
        ' Commission shares the sense of urgency expressed in your letter and will act."'
    )
    assert ("letter", "Tom Hale", ("Ana Berg",)) in found, found
    assert ("letter", "Ana Berg", ("Tom Hale",)) in found, found


def test_a_denied_or_dismissed_report_of_an_act_is_no_act() -> None:
    for sentence in (
        "Ana Berg's office denied a report in the Daily Post that she had written to Chancellor Carl Moss.",
        "The ministry dismissed claims that Chancellor Carl Moss had phoned President Ana Berg on Sunday.",
        "The ministry on Sunday rejected claims that former prime minister Tom Hale wrote secretly to"
        " President Ana Berg in 1998.",
        "The ministry denies the existence of a secret letter from Tom Hale to President Ana Berg.",
    ):
        assert not acts(sentence), sentence
    found = acts(
        "Chancellor Carl Moss confirmed a report that he had written to President Ana Berg on Monday."
    )
    assert ("letter", "Carl Moss", ("Ana Berg",)) in found, found


def test_a_call_still_sought_is_no_call() -> None:
    for sentence in (
        "President Ana Berg said the government was still seeking a call with Chancellor Carl Moss.",
        "Chancellor Carl Moss is seeking a phone call with President Ana Berg.",
    ):
        assert not acts(sentence), sentence
    found = acts("Chancellor Carl Moss sought and received a call with President Tom Hale on Friday.")
    assert any(a[0] == "call" for a in found), found


def test_a_letter_written_and_never_sent_is_no_letter() -> None:
    for sentence in (
        "President Ana Berg wrote a letter to Chancellor Carl Moss but did not send it.",
        "President Ana Berg said she drafted a letter to Chancellor Tom Hale after the vote but decided not to"
        " send it.",
        '"I wrote a letter to Chancellor Carl Moss, but I never sent it," President Ana Berg told the paper.',
    ):
        assert not acts(sentence), sentence
    found = acts(
        "Chancellor Carl Moss wrote a letter to President Ana Berg on Monday and sent it by courier."
    )
    assert ("letter", "Carl Moss", ("Ana Berg",)) in found, found


def test_a_letter_of_a_kind_is_no_act() -> None:
    found = acts(
        "A weekly column had alleged that such a letter from Tom Hale to President Ana Berg existed."
    )
    assert not found, found


def test_a_record_of_a_talk_is_no_letter() -> None:
    found = acts(
        "A memorandum of telephone conversation records a call placed by President Ana Berg to Chancellor"
        " Tom Hale on 3 March 1998. According to the memorandum, Berg told Hale that the line would not move."
    )
    assert ("call", "Ana Berg", ("Tom Hale",)) in found, found
    assert not any(a[0] == "letter" for a in found), found


def test_the_two_leaders_are_two_people_told_with_an_office() -> None:
    found = acts(
        "Former prime minister Tom Hale and President Ana Berg met in Oslo on Monday.",
        "The historian Karl Moss has long written about the dispute.",
        "The files do show that the two leaders spoke by phone on Tuesday.",
    )
    assert any(a[0] == "call" and {a[1], *a[2]} == {"Tom Hale", "Ana Berg"} for a in found), found
