"""Replies told without 'replied to A's letter': a pronoun that writes back is the one written to ('A
wrote to B. He wrote back on Wednesday'), a dated bare reply after a letter that asked for something
('A wrote to B, asking for talks. B replied the next day'), and the letter answered named by a relative
clause ('B answered the letter that A sent him', 'replied to the letter A had written to her'), which is
then a letter of its own. Look-alikes: a reply in an exchange of questions, a reply only promised, a
writer who writes again. Invented sentences; helpers of ``test_patterns``."""

from __future__ import annotations

import datetime as dt

import pytest

from test_extract import report, run
from test_patterns import H, L, Obs, acts, observed
from test_patterns import param as case

# H is Marta Halvard (she), L is Jonas Lindqvist (he)
H_ASKS = f"{H} wrote to {L} on Monday, asking for talks on the river."

CASES = [
    case("reply/pronoun-wrote-back", "letter H>L; letter L>H re H",
         H_ASKS, "He wrote back on Wednesday, refusing."),
    case("reply/pronoun-replied-dated", "letter H>L; letter L>H re H",
         f"{H} wrote to {L} on Monday about the river.", "He replied on 9 March that talks were premature."),
    case("reply/named-replied-the-next-day", "letter H>L; letter L>H re H",
         H_ASKS, "Lindqvist replied the next day, declining the request."),
    case("reply/role-replied-after-asking-letter", "letter H>L; letter L>H re H",
         H_ASKS, "The prime minister replied on Wednesday, refusing."),
    case("reply/answered-the-letter-that-a-sent-him", "letter H>L; letter L>H re H",
         f"{L} on Tuesday answered the letter that {H} sent him last week."),
    case("reply/answered-the-letter-a-had-sent-him", "letter H>L; letter L>H re H",
         f"{L} on Tuesday answered the letter {H} had sent him on 2 March."),
    case("reply/replied-to-the-letter-that-a-wrote-to-him", "letter H>L; letter L>H re H",
         f"{L} replied on Tuesday to the letter that {H} wrote to him last week."),
    case("reply/replied-a-fortnight-later", "letter H>L; letter L>H re H",
         f"{H} wrote to {L} proposing a moratorium on tests.", "Lindqvist replied a fortnight later, rejecting the idea."),
    case("reply/replied-two-weeks-later", "letter H>L; letter L>H re H",
         f"{H} wrote to {L} proposing a moratorium on tests.", "He replied two weeks later, rejecting the idea."),
    # look-alikes
    case("reply/pronoun-wrote-back-to-a-third", "letter H>L; letter H>B",
         f"{H} wrote to {L} on Monday.", "She wrote back to King Olaf Brandt of Kardovia on Wednesday."),
    case("reply/asked-at-a-news-conference-no-letter", "letter H>L",
         H_ASKS, "Asked about the letter at a news conference, Lindqvist replied that he had not read it."),
    case("reply/only-promised", "letter H>L",
         H_ASKS, "He said on Wednesday he would reply soon."),
]  # fmt: skip


@pytest.mark.parametrize("paragraphs, expected", CASES)
def test_replies_without_the_answered_letter_named(paragraphs: tuple[str, ...], expected: list[Obs]) -> None:
    assert observed(run(report(*paragraphs))) == expected


STATEMENTS = [
    case("response/in-response-to-a-letter-said", "letter H>L; letter L>H re H",
         f"{H} wrote to {L} last week asking for funds.",
         "In response to Halvard's letter, Lindqvist said on Wednesday that no money would be made available."),
    case("response/in-response-to-a-letter-told-reporters", "letter H>L",
         f"{H} wrote to {L} last week asking for funds.",
         "In reply to the letter, Lindqvist told reporters on Wednesday that the money was spent."),
    case("response/in-response-to-a-letter-wrote", "letter H>L; letter L>H re H",
         f"{H} wrote to {L} last week asking for funds.",
         "In response to Halvard's letter, Lindqvist wrote on Wednesday that no money would be made available."),
    case("response/in-her-reply-said", "letter L>H; letter H>L re L",
         f"{L} wrote to {H} last week asking for funds.", "In her reply, Halvard said the money was spent."),
]  # fmt: skip


@pytest.mark.parametrize("paragraphs, expected", STATEMENTS)
def test_what_is_told_the_press_in_response_is_no_reply_sent(
    paragraphs: tuple[str, ...], expected: list[Obs]
) -> None:
    assert observed(run(report(*paragraphs))) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Among the highlights is a letter from Venn to Marsh dated 12 May 1919 and Marsh's reply of 2 June 1919.",
        "The archive released a letter from Venn to Marsh dated 3 May 1920 and Marsh's reply dated 9 May 1920.",
        "Foreign Minister Petra Lind carried a letter from Venn to Marsh on Sunday and returned on Tuesday with "
        "Marsh's reply.",
    ],
)
def test_a_reply_at_hand_is_a_reply(sentence: str) -> None:
    found = acts(sentence)
    assert sorted((k, s.split()[-1], r[0].split()[-1]) for k, s, r in found) == [
        ("letter", "Marsh", "Venn"),
        ("letter", "Venn", "Marsh"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Venn sent a letter to Marsh on Monday and is still awaiting Marsh's reply.",
        "Venn wrote to Marsh on Monday; Marsh's reply is expected next week.",
        "Venn wrote to Marsh on Monday, hoping for Marsh's reply before the summit.",
    ],
)
def test_a_reply_awaited_is_no_reply(sentence: str) -> None:
    assert [(s.split()[-1], r[0].split()[-1]) for _k, s, r in acts(sentence)] == [("Venn", "Marsh")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Chairman Vang Lio Ten has sent a reply message to President Harald Eskeland, who had sent him greetings "
        "on his birthday.",
        "Chairman Vang Lio Ten sent a reply cable to President Harald Eskeland, who had sent him a message of "
        "congratulations.",
    ],
)
def test_a_reply_answers_the_message_told_after_it(sentence: str) -> None:
    found = observed(run(report(sentence)))
    assert [(k, s.split()[0], a) for k, s, _r, a in found if s.startswith("Vang")] == [
        ("message", "Vang", "Harald Eskeland")
    ]


@pytest.mark.parametrize(
    "sentence, kind",
    [
        ("Answering President Anton Berg's message of 2 May, the rebel commander, Idris Varga, said his fighters "
         "would hold their fire.", "message"),
        ("The rebel commander, Idris Varga, replied on Friday to President Anton Berg's message of 2 May.",
         "message"),
        ("The rebel commander, Idris Varga, replied on Friday to President Anton Berg's letter of 2 May.",
         "letter"),
    ],
)  # fmt: skip
def test_a_reply_in_no_named_medium_takes_the_medium_it_answers(sentence: str, kind: str) -> None:
    found = observed(run(report(sentence)))
    assert [(k, a) for k, s, _r, a in found if s == "Idris Varga"] == [(kind, "Anton Berg")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Vestrian President Ilse Marrow has answered the letter in which Premier Jonas Alsaker invited her to "
        "join the accord.",
        "Vestrian President Ilse Marrow replied to the letter in which Premier Jonas Alsaker asked her to join.",
        "Vestrian President Ilse Marrow has answered the message in which Premier Jonas Alsaker proposed talks.",
    ],
)
def test_the_one_who_says_something_in_the_answered_letter_wrote_it(sentence: str) -> None:
    found = observed(run(report(sentence)))
    assert [(s, r, a) for _k, s, r, a in found] == [
        ("Ilse Marrow", ("Jonas Alsaker",), "Jonas Alsaker"),
        ("Jonas Alsaker", ("Ilse Marrow",), ""),
    ]


def test_a_reply_one_will_return_with_is_no_reply() -> None:
    sentence = (
        "Foreign Minister Petra Lind carried a letter from Venn to Marsh on Sunday and will return on Tuesday "
        "with Marsh's reply."
    )
    assert [(s, r) for _k, s, r in acts(sentence)] == [("Venn", ("Marsh",))]


def test_a_reply_message_answers_no_later_letter() -> None:
    found = observed(
        run(
            report(
                "Chancellor Tomas Varga sent a reply message to President Ana Berg on 4 March. Berg wrote to "
                "Varga again on 11 March."
            )
        )
    )
    assert all(a == "" for _k, _s, _r, a in found), found


@pytest.mark.parametrize("mayor", ["Ruth Okonkwo", "Ruth Brandvik", "Ines Marlow"])
def test_a_second_letter_told_twice_and_the_first_told_once_make_three_letters(mayor: str) -> None:
    surname = mayor.split()[-1]
    rep = run(
        report(
            f"The row between Kessel's mayor, {mayor}, and Interior Minister Petra Haldane escalated this week "
            "with a second letter from the mayor.",
            f"{surname} first wrote to Haldane on 3 March about the planned closure of two police stations. In a "
            'letter dated 8 March, Haldane replied that the closures were "operational decisions" for the police. '
            'In a second letter sent on Monday, the mayor told the minister that her reply "answers none of my '
            'questions".',
        )
    )
    comms = rep.extraction.communications
    got = sorted(
        (
            c.sender.name if c.sender else "",
            c.date.earliest,
            comms[c.in_reply_to].sender.name
            if c.in_reply_to is not None and comms[c.in_reply_to].sender
            else "",
        )
        for c in comms
    )
    assert got == sorted(
        [
            (mayor, dt.date(2024, 3, 3), ""),
            ("Petra Haldane", dt.date(2024, 3, 8), mayor),
            (mayor, dt.date(2024, 3, 11), "Petra Haldane"),
        ]
    )
