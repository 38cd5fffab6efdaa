"""A correspondence retold over months, in a feature, an opinion piece or an interview: a letter written
'a third time', 'he' the man the last sentence names when its subject is a woman, a text message to
'him', a letter written jointly with someone set off by commas, and the 'I' of a page whose foot says
who its author is."""

from __future__ import annotations

import pytest

from lettertrace.models import Options, RawReport
from lettertrace.pipeline import process_report
from test_extract import found_acts

OPENING = "Councillor Ana Berg wrote to the Health Secretary, Karl Ruiz, on 14 March."


@pytest.mark.parametrize(
    "again",
    [
        "Ms Berg wrote a third time in August, enclosing the minutes.",
        "For the second time, Ms Berg wrote in May.",
        "In August Ms Berg wrote once more.",
    ],
)
def test_a_letter_written_an_ordinal_time_goes_where_the_last_went(again: str) -> None:
    assert found_acts(OPENING, again) == [("letter", "Ana Berg", ("Karl Ruiz",))] * 2


def test_the_first_time_is_no_other_letter() -> None:
    assert found_acts(OPENING, "It was the first time she wrote.") == [("letter", "Ana Berg", ("Karl Ruiz",))]


def test_he_is_the_man_the_last_sentence_names_after_a_woman_subject() -> None:
    acts = found_acts(
        "Councillor Ana Berg, the leader of Eastvale Council, wrote to the Health Secretary, Karl Ruiz, on 14 March "
        'asking him to "pause the decision on the unit until the people of this county have been consulted".',
        'Nothing came back. "I have now waited nine weeks for the courtesy of an answer," Ms Berg wrote on 16 May.',
        "The reply, when it came, was not from Mr Ruiz at all. It was signed by a junior minister, Lena Vass, "
        '"on behalf of the Secretary of State", and dated 21 July. It opened: "Thank you for your letter of 16 '
        'May to the Secretary of State, which he has asked me to answer."',
        "Ms Berg wrote a third time, in August. That letter went unanswered.",
        "She did hear from Mr Ruiz in the end. He rang her on the evening of Sunday 17 September.",
    )
    assert ("call", "Karl Ruiz", ("Ana Berg",)) in acts
    assert not any(kind == "call" and sender == "Lena Vass" for kind, sender, _ in acts)


@pytest.mark.parametrize("obj", ["him", "the president"])
def test_a_text_message_to_a_pronoun_or_a_role(obj: str) -> None:
    acts = found_acts(
        "Norland President Karl Ruiz phoned Foreign Minister Ana Berg on Friday.",
        f'That night Ms Berg texted {obj}: "Understood. You will have my letter by Monday."',
    )
    assert ("message", "Ana Berg", ("Karl Ruiz",)) in acts


def test_no_letter_to_it() -> None:
    acts = found_acts(
        "Norland President Karl Ruiz met Foreign Minister Ana Berg on Friday.", "Later she wrote it down."
    )
    assert acts == []


def test_a_letter_written_jointly_with_someone_set_off_by_commas() -> None:
    acts = found_acts(
        "On 2 February Norland President Ana Berg wrote jointly with Karl Ruiz, the chief executive of Focus "
        "Shelter, to the Sudland Housing Committee."
    )
    assert acts == [("letter", "Ana Berg", ("Sudland Housing Committee",))]


def test_an_exchange_of_letters_between_two_ministers_set_off_by_commas() -> None:
    acts = found_acts(
        "The presidents welcomed the exchange of letters between the Minister of Foreign Affairs of Norland, "
        "Ana Berg, and the Minister of Foreign Affairs of Sudland, Karl Ruiz, on 2 November."
    )
    assert acts == [("letter", "Ana Berg", ("Karl Ruiz",)), ("letter", "Karl Ruiz", ("Ana Berg",))]


OPINION = """OPINION

I wrote to the minister. I am still waiting for an answer

Ana Berg
Wed Feb 14 2024 - 05:00

In December I wrote to the Minister for Housing, Karl Ruiz, setting out what our volunteers see every night.

He has not replied.

{foot}

Sign up to our Opinion newsletter.
"""


def _acts_of(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    rep = process_report(RawReport(source="x.txt", sha256="0" * 64, raw_text=text, fmt="txt"), Options())
    return sorted(
        (c.kind, c.sender.name if c.sender else "", tuple(r.name for r in c.recipients))
        for c in rep.extraction.communications
    )


def test_the_i_of_an_opinion_page_whose_foot_names_its_author() -> None:
    acts = _acts_of(OPINION.format(foot="Ana Berg is chair of the Eastvale Street Outreach Network."))
    assert acts == [("letter", "Ana Berg", ("Karl Ruiz",))]


def test_no_author_when_the_foot_names_someone_else() -> None:
    acts = _acts_of(OPINION.format(foot="Lena Vass is chair of the Eastvale Street Outreach Network."))
    assert not any(sender in ("Ana Berg", "Lena Vass") for _, sender, _ in acts)


INTERVIEW = """THE MONDAY INTERVIEW

'He phoned me on the Friday'

Three years after she resigned as foreign minister, Ana Berg talks to Tom Reed about the call from President Karl Ruiz that ended her career

Monday 10 March 2025

Q: When did you know it was over?

A: He phoned me on the Friday. He said the cabinet would not back me.

Q: What did you do?

A: That night I texted him to say I understood.

Ana Berg was foreign minister of Norland from 2019 to 2022.
"""


def test_the_i_of_an_interview_in_questions_and_answers() -> None:
    acts = _acts_of(INTERVIEW)
    assert ("message", "Ana Berg", ("Karl Ruiz",)) in acts
    assert ("call", "Karl Ruiz", ("Ana Berg",)) in acts


MEMOIR = """BOOKS | MEMOIR

'The night the border closed'

In this extract from his memoir, the former Norland ambassador to Sudland recalls the night of the coup

Sunday 1 September 2019

At 4 a.m. on 21 August 1968 I sent a flash telegram to the Foreign Minister, Karl Ruiz.

Ruiz's answer came by telegram that evening.

Tomas Varga was Norland's ambassador in Sudland from 1966 to 1970. This is an edited extract from Night Train.
"""


def test_the_i_of_a_memoir_extract_is_the_person_its_foot_names() -> None:
    acts = _acts_of(MEMOIR)
    assert ("message", "Tomas Varga", ("Karl Ruiz",)) in acts or (
        "letter",
        "Tomas Varga",
        ("Karl Ruiz",),
    ) in acts


def test_no_author_of_a_news_report_whose_last_line_says_who_someone_is() -> None:
    page = MEMOIR.replace("In this extract from his memoir, the former", "A report on the")
    page = page.replace(" This is an edited extract from Night Train.", "")
    assert not any(sender == "Tomas Varga" for _, sender, _ in _acts_of(page))


def test_no_she_is_a_he() -> None:
    acts = found_acts(
        "Norland MP Ana Berg, who has died aged 91, wrote to President Tomas Varga in 1981.",
        "She was at home on 28 October 1981 when Prime Minister Karl Ruiz telephoned to tell her that a "
        "submarine had run aground. She liked to say that he had called because he knew she would not be surprised.",
    )
    assert ("call", "Karl Ruiz", ("Ana Berg",)) in acts


def test_answering_neither_letter_is_no_reply() -> None:
    for answer in ("He answered neither letter.", "He replied to none of them."):
        acts = found_acts("Norland MP Ana Berg wrote to Sudland Minister Karl Ruiz in January.", answer)
        assert acts == [("letter", "Berg", ("Karl Ruiz",))], answer


def test_a_letter_answered_is_a_reply() -> None:
    acts = found_acts(
        "Norland MP Ana Berg wrote to Sudland Minister Karl Ruiz in January.",
        "He answered the letter in March.",
    )
    assert ("letter", "Karl Ruiz", ("Berg",)) in acts


def test_written_in_one_month_and_again_in_another_is_two_letters() -> None:
    page = (
        "Berg letters\n\nNORLAND CITY, 10 March 2024 - Norland MP Ana Berg wrote to Sudland Minister Karl Ruiz "
        "in January and again in February.\n"
    )
    rep = process_report(RawReport(source="x.txt", sha256="0" * 64, raw_text=page, fmt="txt"), Options())
    months = sorted(c.date.earliest.isoformat() for c in rep.extraction.communications if c.date.earliest)
    assert months == ["2024-01-01", "2024-02-01"]
