"""Three constructions of letters and of the pages that report them.

- A verb of putting something to someone, told in a letter or call: its 'to' phrase or indirect object is
  the one addressed ("In a letter, A proposed a truce to B", "In his message, A offered B a loan"); a state
  after 'to' is the one helped, not the one told ("promised aid to X").
- A bare reply by the one written to, dated, answers the letter: also with a 'with' phrase of manner
  ("B replied in June, with great caution") and when what B replied names an event ("B responded on
  Wednesday that he was open to a meeting"); not "B responded with sanctions".
- A page's last-update stamp dropped below the first paragraph still dates the page, and a page of the
  nineteenth century has its date ("SAN TOMAS, SATURDAY, MAY 20, 1893.").
"""

from __future__ import annotations

import datetime as dt

import pytest

from test_extract import found_acts, found_replies, report, run
from test_meta import meta_of


@pytest.mark.parametrize(
    "sentence",
    [
        "In a letter, President Tomas Verhaeghe proposed a treaty to Chancellor Ulrich Feldmann.",
        "In a letter dated 4 March, President Tomas Verhaeghe proposed to Chancellor Ulrich Feldmann that the "
        "two countries sign a treaty.",
        "In his letter, President Tomas Verhaeghe offered Chancellor Ulrich Feldmann a loan.",
        "In a letter on Monday, President Tomas Verhaeghe explained to Chancellor Ulrich Feldmann why the "
        "funds were late.",
    ],
)
def test_put_to_in_a_letter_is_addressed(sentence: str) -> None:
    assert ("letter", "Tomas Verhaeghe", ("Ulrich Feldmann",)) in found_acts(sentence)


def test_put_to_by_role() -> None:
    got = found_acts(
        "Governor Alma Castell met reporters on Friday.",
        "In a letter on Monday, the governor had explained to the finance minister, Rafael Ordaz, why the "
        "funds were late.",
    )
    assert ("letter", "Alma Castell", ("Rafael Ordaz",)) in got


def test_put_to_in_a_call() -> None:
    got = found_acts(
        "In a telephone call on Friday, Prime Minister Ana Lisboa expressed her condolences to President "
        "Kwame Osei."
    )
    assert ("call", "Ana Lisboa", ("Kwame Osei",)) in got


@pytest.mark.parametrize(
    "sentence",
    [
        "In a letter, President Tomas Verhaeghe promised aid to Sylvania.",
        "In his memoirs, President Tomas Verhaeghe explained to Chancellor Ulrich Feldmann why he resigned.",
        "In a letter published on Monday, President Tomas Verhaeghe explained to readers why he resigned.",
    ],
)
def test_no_letter_to_a_state_helped_nor_outside_a_letter(sentence: str) -> None:
    assert [a for a in found_acts(sentence) if a[2]] == []


def test_the_letter_own_addressee_wins_over_the_one_helped() -> None:
    got = found_acts(
        "In a letter to Chancellor Ulrich Feldmann, President Tomas Verhaeghe promised aid to Sylvania."
    )
    assert got == [("letter", "Tomas Verhaeghe", ("Ulrich Feldmann",))]


LETTER = "President Tomas Verhaeghe wrote to Chancellor Ulrich Feldmann on Monday asking for talks."


@pytest.mark.parametrize(
    "answer",
    [
        "Feldmann replied on Thursday, with characteristic caution.",
        "The chancellor answered on Thursday with evident irritation.",
        "Feldmann responded on Wednesday that he was open to a meeting.",
    ],
)
def test_bare_reply_with_manner_or_content_is_a_reply(answer: str) -> None:
    got = found_replies(LETTER, answer)
    assert ("Ulrich Feldmann", ("Tomas Verhaeghe",), "Tomas Verhaeghe") in got


@pytest.mark.parametrize(
    "answer",
    [
        "Feldmann responded on Wednesday with sanctions.",
        "Feldmann responded on Wednesday at a meeting of his party that he was open to talks.",
        "At a press conference on Wednesday, Feldmann replied that he was open to talks.",
    ],
)
def test_reply_by_deed_or_at_an_event_is_no_letter(answer: str) -> None:
    assert [r for r in found_replies(LETTER, answer) if r[0] == "Ulrich Feldmann"] == []


BODY = "The minister wrote to the mayor on Monday about the flooding of the lower town.\n"


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "Mayor asks for help\n\nThe mayor of the city wrote to the minister after the flooding of the "
            "lower town, which destroyed two bridges.\n\nJANE ROE\nLast updated 05:00, March 14 2016\n\n"
            + BODY,
            dt.date(2016, 3, 14),
        ),
        (
            "THE PORT RECORD.\nSAN TOMAS, SATURDAY, MAY 20, 1893.\n\nA KING'S LETTER\n\n" + BODY,
            dt.date(1893, 5, 20),
        ),
        (
            "The Weekly Courier\nThursday, 3 July 1851\n\nA letter to the governor\n\n" + BODY,
            dt.date(1851, 7, 3),
        ),
    ],
)
def test_page_dates_below_the_first_paragraph_and_of_old_pages(text: str, published: dt.date) -> None:
    assert meta_of(text).published == published


WROTE = (
    "Council chair Maria Oduya wrote to the Minister for Water, Peter Galloway, in April asking him to visit."
)


@pytest.mark.parametrize(
    "answer",
    [
        "The response, dated May 28, said the minister's diary did not permit a visit.",
        "The answer, which arrived on May 28, rejected the request.",
        "The reply, signed on the minister's behalf by his deputy, said a visit was not possible.",
    ],
)
def test_the_reply_after_a_letter_is_the_answer_of_the_one_written_to(answer: str) -> None:
    assert ("Peter Galloway", ("Maria Oduya",), "Maria Oduya") in found_replies(WROTE, answer)


@pytest.mark.parametrize(
    "answer",
    [
        "The response was muted.",
        "The response from the public, published on Monday, was furious.",
        "The reply, the minister said, would come soon.",
        "The answer, he said, lies in reform.",
    ],
)
def test_a_response_that_is_no_text_or_not_yet_is_no_reply(answer: str) -> None:
    assert [r for r in found_replies(WROTE, answer) if r[0] == "Peter Galloway"] == []


def test_the_reply_after_a_call_is_no_letter() -> None:
    got = found_replies(
        "Council chair Maria Oduya called Peter Galloway in April asking him to visit.",
        "The response, dated May 28, said a visit was not possible.",
    )
    assert [r for r in got if r[0] == "Peter Galloway"] == []


def test_the_reply_told_before_is_not_answered_again() -> None:
    got = found_replies(
        "President Lee Woon has sent a reply to Prime Minister Kenji Harada, accepting his proposal of talks.",
        "The reply, dated June 19, was written in response to Harada's letter of June 11.",
    )
    assert ("Kenji Harada", ("Lee Woon",), "Lee Woon") not in got
    assert ("Kenji Harada", ("Lee Woon",), "") in got  # the letter answered, told in the reply


@pytest.mark.parametrize("public", ["the people of Montelindo", "the families of the victims", "the nation"])
def test_what_is_put_to_a_public_addresses_no_one(public: str) -> None:
    got = found_acts(
        f"In a telegram signed by his secretary, Pope Tomas expresses his closeness to {public}, struck by an earthquake."
    )
    assert [a for a in got if a[2]] == []


@pytest.mark.parametrize(
    "answer",
    [
        "The answer came at the beginning of October in the form of a short telegram signed by Barsov himself.",
        "The reply came a month later by telegram.",
    ],
)
def test_the_answer_in_a_named_medium_is_that_medium(answer: str) -> None:
    comms = run(
        report(
            "In the autumn of 1974 Party chief Omar Guliev wrote to Ivan Barsov and asked for the plan to be cut.",
            "The letter went by special post. Weeks of silence followed.",
            "Guliev, who had headed the republic since 1969, understood what that meant.",
            answer,
        )
    ).extraction.communications
    got = [(c.kind, c.sender.name if c.sender else "", [r.name for r in c.recipients]) for c in comms]
    assert ("message", "Ivan Barsov", ["Omar Guliev"]) in got


@pytest.mark.parametrize(
    "sentence",
    [
        "Chancellor Anna Weber acknowledged President Rui Tavares's letter of 2 May on the electoral calendar.",
        "Chancellor Anna Weber praised President Rui Tavares's letter of 2 May on the electoral calendar.",
        "Chancellor Anna Weber welcomed President Rui Tavares's letter of 2 May setting out the revised electoral "
        "calendar.",
    ],
)
def test_what_the_addressee_does_with_a_letter_tells_it_was_sent_to_her(sentence: str) -> None:
    assert ("letter", "Rui Tavares", ("Anna Weber",)) in found_acts(sentence)


def test_the_role_that_welcomed_a_letter_is_its_addressee() -> None:
    got = found_acts(
        "The Secretary-General spoke today with President Rui Tavares of Lusaria.",
        "The Secretary-General welcomed the President's letter of 2 May setting out the revised electoral calendar.",
    )
    assert ("letter", "Rui Tavares", ("Secretary-General",)) in got


def test_a_pronoun_replier_is_not_the_writer() -> None:
    got = found_replies(
        "President Tomas Verhaeghe wrote to Prime Minister Lena Okafor on Monday.",
        "In her reply on Thursday, she said talks were possible.",
    )
    assert ("Lena Okafor", ("Tomas Verhaeghe",), "Tomas Verhaeghe") in got


@pytest.mark.parametrize(
    "sentence",
    [
        "In a reply dated 4 March, Prime Minister Lena Okafor assured President Tomas Verhaeghe of her support.",
        "In her reply dated 4 March, Prime Minister Lena Okafor told President Tomas Verhaeghe that talks were "
        "possible.",
    ],
)
def test_a_dated_reply_told_with_a_verb_of_addressing_goes_to_the_one_addressed(sentence: str) -> None:
    comms = run(report(sentence), prefilter=False).extraction.communications
    got = [(c.sender.name if c.sender else "", [r.name for r in c.recipients]) for c in comms]
    assert ("Lena Okafor", ["Tomas Verhaeghe"]) in got


def test_an_undated_reply_in_talk_is_no_letter() -> None:
    comms = run(
        report(
            "In his reply to the debate, the minister told the opposition leader, Mark Stevens, that talks were on."
        ),
        prefilter=False,
    ).extraction.communications
    assert list(comms) == []


def test_a_pronoun_replier_who_was_written_to_stays_the_replier() -> None:
    got = found_replies(
        "Prime Minister Lena Okafor wrote to President Tomas Verhaeghe on Monday to wish him well.",
        "President Tomas Verhaeghe has sent a letter to Lena Okafor to thank her. In the letter, he promised to visit.",
        "In his response, he confirmed that he would come in May.",
    )
    assert ("Lena Okafor", ("Tomas Verhaeghe",), "Tomas Verhaeghe") not in got
