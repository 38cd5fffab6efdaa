"""Misfires a review of this session's rules found on invented sentences, each now read as before the rule:
a description apposed to an office is no second addressee; a negated, planned or redirected telling gives a
letter no addressee; a negated timeline reply is none; a vocative quote in a written column is not from a
call; plural nouns of handsets after a name are no verb; "both premiers" among three names no one; a
definite letter later is the one told before; a subject named before its apposition is no vocative; a call
between two presidents named after it; a reply to a described third person leaves the answered office alone;
"addressed B as X" in a letter to C names no addressee."""

from __future__ import annotations

import pytest

from test_extract import found_acts, found_replies, report, run


@pytest.mark.parametrize(
    "sentence, recipients",
    [
        (
            "Karl Holm wrote to the Secretary-General, the head of the United Nations, and to the Sylvanian "
            "President on Monday.",
            ("António Guterres", "Sylvanian President"),  # the UN's that Monday, in the alias file (s46)
        ),
        (
            "Karl Holm wrote to the Secretary-General, the former Foreign Minister of Sylvania, and to Ana Berg.",
            ("Secretary-General", "Ana Berg"),
        ),
        (
            "Karl Holm sent a letter to the Secretary-General, the chief of the United Nations and a former "
            "diplomat, on Monday.",
            ("António Guterres",),
        ),
    ],
)
def test_description_apposed_to_an_office(sentence: str, recipients: tuple[str, ...]) -> None:
    assert found_acts(sentence) == [("letter", "Karl Holm", recipients)]


@pytest.mark.parametrize(
    "lead, letter",
    [
        (
            "Karl Holm has not told Ana Berg that the border will close.",
            "In a letter sent on Monday, Holm said the decision was final.",
        ),
        (
            "Karl Holm said he would tell Ana Berg that the border would stay closed.",
            "In a letter sent Monday, Holm said the decision was final.",
        ),
        (
            "Karl Holm told Ana Berg on Monday that the border would stay closed.",
            "In a letter to parliament, Holm said the decision was final.",
        ),
        (
            "Karl Holm told Ana Berg that he would write to Peter Lund.",
            "In a letter sent on Monday, Holm said the decision was final.",
        ),
    ],
)
def test_telling_that_gives_no_addressee(lead: str, letter: str) -> None:
    assert not any("Ana Berg" in a[2] for a in found_acts(lead, letter))


def test_negated_timeline_reply_is_none() -> None:
    replies = found_replies("FEB 3 - Karl Holm writes to Ana Berg.", "FEB 5 - Berg never replies.")
    assert replies == [("Karl Holm", ("Ana Berg",), "")], replies


def test_vocative_in_a_written_column_is_not_from_the_call() -> None:
    rep = run(
        report(
            "Karl Holm phoned Ana Berg on Monday.",
            '"Ana, you have failed us," Holm wrote in a newspaper column on Friday.',
        )
    )
    assert all(q.communication is None for q in rep.extraction.quotes)


@pytest.mark.parametrize(
    "sentence",
    [
        "Police seized Karl Holm phones Ana Berg had given him.",
        "The leak included Karl Holm cables Ana Berg had read.",
    ],
)
def test_handsets_and_cables_after_a_name_are_no_verb(sentence: str) -> None:
    assert found_acts(sentence) == []


def test_both_premiers_among_three_names_no_one() -> None:
    acts = found_acts(
        "Prime Minister Karl Holm, Prime Minister Ana Berg and Prime Minister Eva Lind met. Peter Lund "
        "telegraphed both premiers."
    )
    assert acts == [], acts


def test_definite_letter_later_is_the_one_told_before() -> None:
    rep = run(
        report(
            "A letter dated 3 March reached the presidential palace.",
            "The letter, written by Karl Holm, asked Ana Berg to resign.",
        )
    )
    (comm,) = rep.extraction.communications
    assert comm.date is not None and comm.date.earliest is not None and comm.date.earliest.day == 3


@pytest.mark.parametrize(
    "sentence, sender",
    [
        ("Mr Holm, the head of the ministry wrote to Ana Berg.", "Holm"),
        ("Karl Holm, the minister wrote to Ana Berg on Monday.", "Karl Holm"),
    ],
)
def test_name_before_its_apposition_is_no_vocative(sentence: str, sender: str) -> None:
    assert [a[1] for a in found_acts(sentence)] == [sender]


def test_call_between_two_presidents_named_after_it() -> None:
    acts = found_acts(
        "A call between the two presidents took place on Monday, officials said.",
        "Freedonian President Karl Holm told Sylvanian President Ana Berg he wanted peace.",
        headline="Presidents Holm and Berg talk",
    )
    assert acts == [("call", "Karl Holm", ("Ana Berg",))], acts


def test_reply_to_a_described_third_person_leaves_the_office() -> None:
    replies = found_replies(
        "The Sylvanian foreign minister wrote to Karl Holm on Monday. Holm replied on Tuesday.",
        "In his reply to Peter Lund, a journalist, Holm later wrote that he had answered.",
    )
    assert not any("Peter Lund" in (r[0], *r[1]) and r[2] for r in replies), replies


def test_addressed_as_in_a_letter_to_another() -> None:
    acts = found_acts("In a letter to Peter Lund, Karl Holm addressed Ana Berg as a traitor.")
    assert acts == [("letter", "Karl Holm", ("Peter Lund",))], acts
