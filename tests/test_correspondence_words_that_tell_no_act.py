"""Words of correspondence that tell of no act: a question ("asked whether A had written to B"), a statement
called a message ("My message to B is simple: ..."), debt instruments ("Treasury letters and bonds"), the title
of an address to a people ("the King's Message to the People of X"), a call someone only attended, and
greetings an envoy conveys in person. Each beside a look-alike that is an act. Every sentence here is invented."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "paragraph",
    [
        "Asked whether the finance office had sent a letter to the reserve bank seeking extra funding, Governor "
        "Ilan Vesk said no such request had arrived.",
        "Reporters asked whether President Ilan Vesk had phoned Prime Minister Dora Kell.",
        "It is unclear whether Ilan Vesk ever sent the letter to Dora Kell.",
    ],
)
def test_an_act_asked_about_is_no_act(paragraph: str) -> None:
    assert found_acts(paragraph) == []


def test_an_answer_to_the_question_is_an_act() -> None:
    acts = found_acts(
        "Reporters asked President Ilan Vesk whether he had called Prime Minister Dora Kell. He said he had "
        "phoned her on Monday."
    )
    assert [(a[0], a[2]) for a in acts] == [("call", ("Dora Kell",))], acts


@pytest.mark.parametrize(
    "paragraph",
    [
        '"My message to Brussels is simple: we will not give up our language," President Ilan Vesk said at a '
        "rally.",
        '"Our message to the government is that the farmers will not wait," union leader Ilan Vesk said.',
        "Chancellor Ilan Vesk said her message to Moscow was clear: the border stays closed.",
        'The union said its message to parliament was that the reform "cannot pass".',
    ],
)
def test_a_message_said_to_be_a_statement_is_no_act(paragraph: str) -> None:
    assert found_acts(paragraph) == []


def test_a_headline_quoting_the_message_keeps_it() -> None:
    acts = found_acts(
        "King Ilan Vesk sent a message to President Dora Kell on Monday.",
        headline='King Ilan Vesk\'s message to Dora Kell: "Your support for our plan is clear and irreversible"',
    )
    assert acts == [("message", "Ilan Vesk", ("Dora Kell",))], acts


@pytest.mark.parametrize(
    "paragraph",
    [
        "The Treasury placed letters and bonds worth 2 billion pesos with banks on Tuesday, a day after the "
        "minister's message to Congress.",
        "On Tuesday the ministry placed Treasury letters and bonds worth 2 billion pesos. Minister Ilan Vesk also "
        "sent a message to Congress.",
        "Investors bought the short-term letters maturing in April. Minister Ilan Vesk also sent a message to "
        "Congress.",
    ],
)
def test_debt_instruments_are_no_letters(paragraph: str) -> None:
    assert [a[0] for a in found_acts(paragraph)] == ["message"], found_acts(paragraph)


def test_letters_with_flowers_are_letters() -> None:
    acts = found_acts("President Ilan Vesk sent letters and flowers to Prime Minister Dora Kell on Monday.")
    assert [(a[1], a[2]) for a in acts] == [("Ilan Vesk", ("Dora Kell",))], acts


@pytest.mark.parametrize(
    "paragraph",
    [
        "King Ilan Vesk on Friday gave his Christmas broadcast, known as the King's Message to the People of "
        "Lorvia, from the palace.",
        "The Prime Minister's Letter to the Nation of Lorvia was read on television on Sunday.",
    ],
)
def test_the_title_of_an_address_is_no_act(paragraph: str) -> None:
    assert found_acts(paragraph) == []


def test_a_message_to_a_named_state_is_an_act() -> None:
    acts = found_acts(
        "President Ilan Vesk sent a Message to the Netherlands on Friday, thanking its government."
    )
    assert [(a[1], a[2]) for a in acts] == [("Ilan Vesk", ("Netherlands",))], acts


@pytest.mark.parametrize("verb", ["accompanied", "attended", "listened in on"])
def test_who_attended_a_call_is_no_party(verb: str) -> None:
    acts = found_acts(
        "President Ilan Vesk spoke by telephone with President Dora Kell on Monday. The President's foreign "
        f"policy adviser, Rui Lobo, {verb} the conversation with President Kell."
    )
    assert [(a[1], a[2]) for a in acts] == [("Ilan Vesk", ("Dora Kell",))], acts


@pytest.mark.parametrize(
    "paragraph",
    [
        "The Ambassador of Estland, Rui Lobo, called on Prime Minister Dora Kell today. The Ambassador "
        "extended the cordial greetings of his government to the Prime Minister.",
        "The envoy conveyed President Ilan Vesk's greetings to King Dora Kell.",
        "Ambassador Rui Lobo conveyed the good wishes and greetings of his government to Dora Kell.",
    ],
)
def test_greetings_an_envoy_conveys_are_said_in_person(paragraph: str) -> None:
    assert found_acts(paragraph) == []


def test_a_message_an_envoy_carries_is_an_act() -> None:
    acts = found_acts("The ambassador conveyed a message of greetings from President Ilan Vesk to Dora Kell.")
    assert [(a[1], a[2]) for a in acts] == [("Ilan Vesk", ("Dora Kell",))], acts
