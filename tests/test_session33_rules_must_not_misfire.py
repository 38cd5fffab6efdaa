"""Passages a review of this session's readings built to break them (invented, like every sentence here):
a prime minister's counterpart is no foreign minister by the word 'minister' alone, a radio station's
name before 'that' is no office, and the ASCII spelling and the written forms keep to what they are."""

from __future__ import annotations

from lettertrace import nlp
from lettertrace.extract.index import PartyIndex
from lettertrace.models import Options
from test_extract import found_acts


def test_a_prime_ministers_counterpart_is_not_the_foreign_minister() -> None:
    acts = found_acts(
        "Norland PM phones Sudland counterpart",
        "Norland Prime Minister Ana Ruiz phoned Sudland Chancellor Karl Weiss on Monday. Sudland Foreign "
        "Minister Tomas Lind was present.",
    )
    assert acts == [("call", "Ana Ruiz", ("Karl Weiss",))]


def test_a_station_called_fm_before_that_is_no_office() -> None:
    idx = PartyIndex(
        nlp.parse(
            "The station manager told Nortown FM that President Ana Ruiz wrote to Karl Weiss.",
            Options().spacy_model,
        )
    )
    ruiz = next(p for p in idx.live() if p.name == "Ana Ruiz")
    assert not any("that" in r.split() for r in ruiz.roles)


def test_a_reply_to_another_thanks_without_answering() -> None:
    from test_extract import found_replies

    replies = found_replies(
        "In his reply to Chancellor Karl Lind, President Omar Sidibe thanked Prime Minister Ana Berg for her "
        "letter of 3 May."
    )
    assert ("Omar Sidibe", ("Ana Berg",), "Ana Berg") not in replies, replies


def test_the_letter_thanked_for_is_kept_when_the_reply_is_elsewhere() -> None:
    acts = found_acts(
        "In his reply, President Omar Sidibe thanked Prime Minister Ana Berg for her letter, in which she had "
        "asked for aid."
    )
    assert ("letter", "Ana Berg", ("Omar Sidibe",)) in acts, acts


def test_an_answer_to_later_words_is_not_to_the_letter_before() -> None:
    from test_extract import found_replies

    replies = found_replies(
        "Prime Minister Ana Berg wrote to President Omar Sidibe on 3 May. On 9 May Senator Karl Lind "
        "criticised Sidibe in parliament. Sidibe wrote a letter in response."
    )
    assert ("Omar Sidibe", ("Ana Berg",), "Ana Berg") not in replies, replies


def test_a_reply_told_to_journalists_is_spoken() -> None:
    acts = found_acts(
        "Prime Minister Ana Berg's letter of 3 May asked President Omar Sidibe for aid. Sidibe replied on 9 "
        "May, telling journalists that aid would come."
    )
    assert acts == [("letter", "Ana Berg", ("Omar Sidibe",))], acts


def test_a_bare_speaker_is_the_speaker_of_the_house() -> None:
    acts = found_acts(
        "Speaker Ana Ruiz received a letter from Olaf Brandt on Monday. The Speaker of the House replied on "
        "Friday in writing."
    )
    assert ("letter", "Ana Ruiz", ("Olaf Brandt",)) in acts, acts


def test_a_letter_of_thanks_in_return_answers_the_letter_two_sentences_back() -> None:
    acts = found_acts(
        "Prime Minister Ana Berg wrote to President Omar Sidibe on 3 May. Berg's government also shipped "
        "grain to Sylvania on 5 May. In return, Sidibe sent a letter of thanks."
    )
    assert ("letter", "Omar Sidibe", ("Ana Berg",)) in acts, acts


def test_a_reply_read_out_on_television_is_still_written() -> None:
    from test_extract import found_replies

    replies = found_replies(
        "In his reply, which was read out on state television, President Omar Sidibe thanked Prime Minister "
        "Ana Berg for her letter."
    )
    assert ("Omar Sidibe", ("Ana Berg",), "Ana Berg") in replies, replies
