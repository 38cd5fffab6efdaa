"""A heading line that names who speaks ("Answer by the Minister for Health, Clara Voss:", "Reply from
Minister Clara Voss:", "Written answer by Minister of Health Clara Voss-Berg:") makes its person the "I"
of the paragraphs below it, up to the next heading; "our letter" there is that person's letter written
with others. A written answer's header ("Answered by A, Minister for Transport, on ...") makes A the "I"
of the answer, and so does an introduction ("The following is the speech delivered by A"); the Mayor "of
Port Amber" is a place, not a person. Look-alikes: a heading that names no one ("Background: Minister
A"), a sentence ending in a colon ("Read the full answer of Minister A below:") and a speech's "Our
message to X" resolve no "I". Invented names; report dated 14 March 2024."""

from __future__ import annotations

import datetime as dt

import pytest

from test_extract import found_acts, run

WROTE = "On 14 February I wrote, together with my colleagues, to the Health Minister of Sola, Mr Ivo Stan."
PHONED = "I also spoke to Minister Stan by telephone on 9 March."


@pytest.mark.parametrize(
    "heading, writer",
    [
        ("Answer by the Minister for Health, Clara Voss:", "Clara Voss"),
        ("Reply from Minister Clara Voss:", "Clara Voss"),
        ("Written answer by Minister of Health Clara Voss-Berg:", "Clara Voss-Berg"),
    ],
)
def test_a_heading_names_the_i_below_it(heading: str, writer: str) -> None:
    acts = found_acts("Question:\n\nHas the Minister raised the case with Sola?", heading, WROTE, PHONED)
    assert acts == [("call", writer, ("Ivo Stan",)), ("letter", writer, ("Ivo Stan",))]


def test_our_letter_is_the_letter_the_i_wrote() -> None:
    acts = found_acts(
        "Answer by the Minister for Health, Clara Voss:",
        WROTE,
        "In our letter we asked that the clinic be reopened. A reply from Minister Stan, dated 28 February,"
        " was received on 2 March.",
    )
    assert acts == [("letter", "Clara Voss", ("Ivo Stan",)), ("letter", "Ivo Stan", ("Clara Voss",))]


@pytest.mark.parametrize(
    "heading", ["Background: Minister Clara Voss", "Read the full answer of Minister Clara Voss below:"]
)
def test_a_heading_without_a_speaker_names_no_i(heading: str) -> None:
    assert found_acts(heading, WROTE) == []


def test_our_message_in_a_speech_is_no_letter() -> None:
    said = 'Speaking at a ceremony on Tuesday, Prime Minister Avner Goldin said: "Our message to Dravia is simple."'
    assert found_acts(said) == []


WRITTEN_ANSWER = """HOUSE OF ASSEMBLY OF EASTVALE
Written Questions and Answers

Asked by Lena Holt-Varga (Port Amber and the Isles), tabled 8 March 2024
Answered by {answerer}, Minister for Transport, on 12 March 2024

Question
To ask the Minister for Transport whether he has received correspondence from the Mayor of Port Amber.

Answer
I received a letter from the Mayor of Port Amber, Councillor Ana O'Hara, dated 1 March 2024, setting out the
council's concerns about the review of the ferry service.

I replied to the Mayor on 5 March 2024.
"""


@pytest.mark.parametrize("answerer", ["Tomas Varga", "Sir Tomas Varga", "Tomas Varga-Lind"])
def test_a_written_answer_is_told_by_its_answerer(answerer: str) -> None:
    rep = run(WRITTEN_ANSWER.format(answerer=answerer))
    acts = sorted(
        (c.sender.name, tuple(r.name for r in c.recipients))
        for c in rep.extraction.communications
        if c.sender
    )
    name = answerer.removeprefix("Sir ")
    assert acts == [("Ana O'Hara", (name,)), (name, ("Ana O'Hara",))]
    dated = {c.sender.name: c.date.earliest for c in rep.extraction.communications if c.sender}
    assert dated == {"Ana O'Hara": dt.date(2024, 3, 1), name: dt.date(2024, 3, 5)}  # 'dated' after her name
    assert not any(
        p.name in ("Port Amber", "Lena Holt-Varga")
        for c in rep.extraction.communications
        for p in c.recipients
    )


@pytest.mark.parametrize(
    "intro, speaker",
    [
        ("The following is an unofficial translation of the televised speech delivered last night by the"
         " Secretary-General of the Movement, Sheikh Khalil Hadidi.", "Khalil Hadidi"),
        ("Below is the full text of the address given on Monday by President Ana Berg.", "Ana Berg"),
        ("What follows is the speech delivered by Chancellor Tomas Lind at the party congress.", "Tomas Lind"),
    ],
)  # fmt: skip
def test_the_i_of_a_text_introduced_as_someones_speech(intro: str, speaker: str) -> None:
    acts = found_acts(
        intro, "Brothers and sisters,", "Yesterday morning I received a call from President Ivo Stan."
    )
    assert acts == [("call", "Ivo Stan", (speaker,))]


def test_an_introduction_without_by_names_no_speaker() -> None:
    acts = found_acts(
        "The following is a summary of the week.", "Yesterday I received a call from President Ivo Stan."
    )
    assert acts == []
