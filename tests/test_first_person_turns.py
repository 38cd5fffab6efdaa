"""A transcript's "I": the speaker its label names ("The Chief Minister (Mr Varga): I wrote to ...",
"Ms Lind: I phoned ..."), for the whole turn up to the next label; a label alone in a report (a post
quoted under a name) speaks for its own paragraph only; headings ("Source:", a place) end a turn; a
sentence with a colon is no label. Also: "B received her reply" is never a crash, a reply's possessor
is not its receiver, and a present in a clause of time ("when I write to B again") is no act yet.
Invented names; reports dated 18 February 2025 or Thursday 14 March 2024."""

from __future__ import annotations

import pytest

from test_extract import report, run
from test_patterns import observed

HEAD = "PARLIAMENT OF EASTVALE\nOFFICIAL REPORT\n\nTuesday, 18th February 2025\n\n"


def _transcript(*turns: str) -> str:
    return HEAD + "\n\n".join(turns) + "\n"


@pytest.mark.parametrize(
    "label",
    ["The Chief Minister (Mr Tomas Varga)", "The Minister for Trade (Tomas Varga)", "Mr Tomas Varga"],
)
def test_the_i_of_a_turn_is_the_labelled_speaker(label: str) -> None:
    text = _transcript(
        "The Speaker: I call on the Minister to reply.",
        f"{label}: Thank you, Mr Speaker.",
        "I wrote to the Secretary of State for Trade, Maria Holm, on 14th January about port charges.",
        "Mrs Anna Lind: Will the Minister write again?",
    )
    assert ("letter", "Tomas Varga", ("Maria Holm",), "") in observed(run(text))


def test_a_later_turn_under_the_role_alone_is_the_same_speaker() -> None:
    text = _transcript(
        "The Chief Minister (Mr Tomas Varga): Thank you, Mr Speaker.",
        "Mrs Anna Lind: Has the Chief Minister spoken to the Secretary of State?",
        "The Chief Minister: I spoke to the Secretary of State, Maria Holm, by telephone yesterday afternoon.",
    )
    assert observed(run(text)) == [("call", "Tomas Varga", ("Maria Holm",), "")]


def test_a_reply_received_in_a_turn_answers_the_letter() -> None:
    text = _transcript(
        "The Chief Minister (Mr Tomas Varga): Thank you, Mr Speaker.",
        "I wrote to the Secretary of State for Trade, Maria Holm, on 14th January.",
        "I received her reply, which is dated 31st January, on 3rd February.",
        "Mrs Anna Lind: Will he write to her again?",
        "The Chief Minister: I will, when I write to the Secretary of State after the consultation opens.",
    )
    assert observed(run(text)) == [
        ("letter", "Maria Holm", ("Tomas Varga",), "Tomas Varga"),
        ("letter", "Tomas Varga", ("Maria Holm",), ""),
    ]


def test_a_sentence_with_a_colon_is_no_label() -> None:
    text = _transcript(
        "The Chief Minister (Mr Tomas Varga): Thank you, Mr Speaker.",
        "I wrote to Maria Holm on 14th January. She writes, and I quote: 'We will consult the Island.'",
        "Mrs Anna Lind: Thank you.",
    )
    assert ("letter", "Tomas Varga", ("Maria Holm",), "") in observed(run(text))


def test_without_a_transcript_an_i_outside_quotes_stays_unread() -> None:
    text = report("Analysis: I wrote to Maria Holm last week about the port, and she has not answered.")
    assert observed(run(text)) == []


@pytest.mark.parametrize(
    "second",
    [
        "Varga received her reply on 3 March.",
        "He received her reply on 3 March.",
        "Varga read her reply on 3 March.",
    ],
)
def test_her_reply_received_is_the_others(second: str) -> None:
    found = observed(run(report("Tomas Varga wrote to Maria Holm on 1 March.", second)))
    assert found == [
        ("letter", "Maria Holm", ("Tomas Varga",), "Tomas Varga"),
        ("letter", "Tomas Varga", ("Maria Holm",), ""),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "President Maria Holm will raise the dam when she writes to King Olav Brenn again.",
        "Maria Holm said she would press the point when she phones Tomas Varga next week.",
        "Maria Holm will decide once she writes to King Olav Brenn.",
    ],
)
def test_a_present_in_a_clause_of_time_is_no_act_yet(sentence: str) -> None:
    assert observed(run(report(sentence))) == []


def test_a_past_in_a_clause_of_time_is_an_act() -> None:
    found = observed(run(report("Maria Holm thanked the king when she wrote to King Olav Brenn on Monday.")))
    assert found == [("letter", "Maria Holm", ("Olav Brenn",), "")]


@pytest.mark.parametrize("mark", ["'", '"'])
def test_thanks_quoted_for_a_message_are_no_second_message(mark: str) -> None:
    # a speech verb inside the quote once sent the search for its speaker round in circles
    found = observed(
        run(
            report(
                "Maria Holm said she had a warm call with Tomas Varga on Monday.",
                f"{mark}I thank him for his very warm message of congratulations,{mark} Holm told reporters.",
            )
        )
    )
    assert found == [
        ("call", "Maria Holm", ("Tomas Varga",), ""),
        ("message", "Tomas Varga", ("Maria Holm",), ""),
    ]


def test_a_pronoun_never_means_a_one_word_name_after_the() -> None:
    found = observed(
        run(
            report(
                "Maria Holm had a warm call with Tomas Varga on Monday while she was at the Residence.",
                "'I thank him for his message,' Holm said.",
            )
        )
    )
    assert ("message", "Tomas Varga", ("Maria Holm",), "") in found


@pytest.mark.parametrize(
    "second",
    [
        "Varga received her reply on 3 March.",
        "He read her reply on 3 March.",
        "Varga got her reply on 3 March.",
    ],
)
def test_her_reply_is_of_the_one_written_to_not_of_an_earlier_subject(second: str) -> None:
    found = observed(
        run(
            report(
                "Anna Lind asked about the port on Monday.",
                "Tomas Varga wrote to the minister, Maria Holm, on 1 March.",
                second,
            )
        )
    )
    assert ("letter", "Maria Holm", ("Tomas Varga",), "Tomas Varga") in found
    assert all(s != "Anna Lind" for _k, s, _r, _a in found)
