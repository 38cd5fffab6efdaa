"""A counterpart the report never names is the holder of the same office in the state its adjective
names, a party known by that office alone ("his Indian counterpart": the Indian prime minister when a
prime minister writes); a description of an office of another state is never the writer himself, and an
act never goes to its own sender."""

from __future__ import annotations

import pytest

from test_extract import found_acts, found_replies


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            "The Nepalese prime minister, Ram Kadel, wrote to his Indian counterpart last week.",
            ("letter", "Ram Kadel", ("Narendra Modi",)),  # the office's holder that week (alias file)
        ),
        (
            "Prime Minister Ram Kadel sent a letter to his Indian counterpart last week.",
            ("letter", "Ram Kadel", ("Narendra Modi",)),
        ),
        (
            "Foreign Minister Lina Moor of Latvia phoned her Estonian counterpart on Friday.",
            ("call", "Lina Moor", ("Estonian foreign minister",)),
        ),
        (
            "Foreign Minister Lina Moor received a letter from her Estonian counterpart on Friday.",
            ("letter", "Estonian foreign minister", ("Lina Moor",)),
        ),
        (
            "President Ana Ruiz sent a message of congratulations to her Chilean counterpart on Monday.",
            ("message", "Ana Ruiz", ("Chilean president",)),
        ),
    ],
)
def test_an_unnamed_counterpart_is_the_office_of_that_state(
    sentence: str, want: tuple[str, str, tuple[str, ...]]
) -> None:
    assert found_acts(sentence) == [want]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ram Kadel wrote to his Indian counterpart last week.",  # no office to carry over
        "Prime Minister Ram Kadel wrote to his Hamas counterpart last week.",  # no state
        "Prime Minister Ram Kadel wrote to his counterpart last week.",  # no one else in the report
    ],
)
def test_no_office_or_no_state_gives_no_counterpart(sentence: str) -> None:
    assert found_acts(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Prime Minister Ram Kadel wrote to his Indian counterpart, Vikram Rao, last week.",
        "Indian Prime Minister Vikram Rao spoke at a rally. "
        "Prime Minister Ram Kadel of Nepal wrote to his Indian counterpart last week.",
    ],
)
def test_a_named_counterpart_is_still_the_person(sentence: str) -> None:
    assert found_acts(sentence) == [("letter", "Ram Kadel", ("Vikram Rao",))]


def test_the_office_of_another_state_is_not_the_writer() -> None:
    # "the Indian prime minister" was folded into "Prime Minister Ram Kadel of Nepal" (a prime minister
    # too), and the letter to himself was dropped.
    assert found_acts("Prime Minister Ram Kadel of Nepal wrote to the Indian prime minister last week.") == [
        ("letter", "Ram Kadel", ("Narendra Modi",))  # the office's holder that week in the alias file
    ]


@pytest.mark.parametrize(
    "first",
    [
        "Prime Minister Ram Kadel wrote to his Indian counterpart last week.",
        "Prime Minister Ram Kadel of Nepal wrote to the Indian prime minister last week.",
    ],
)
def test_the_holder_named_later_is_the_counterpart(first: str) -> None:
    assert found_replies(first, "Prime Minister Vikram Rao of India replied on Friday.") == [
        ("Ram Kadel", ("Vikram Rao",), ""),
        ("Vikram Rao", ("Ram Kadel",), "Ram Kadel"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Prime Minister Lise Varga received messages of congratulations from the Prime Ministers of Norway,"
        " Sweden and Denmark.",
        "The Prime Ministers of Norway, Sweden and Denmark sent messages of congratulations to Prime Minister"
        " Lise Varga.",
        "The Prime Ministers of Norway, Sweden and Denmark have sent congratulatory messages to Prime Minister"
        " Lise Varga.",
    ],
)
def test_offices_of_other_states_are_never_the_writer_they_write_to(sentence: str) -> None:
    # "the Prime Minister of Sweden" was folded into "Prime Minister Lise Varga" (a prime minister of no
    # state the report gives), and the messages to herself were dropped.
    assert found_acts(sentence) == [
        ("message", f"Prime Minister of {state}", ("Lise Varga",))
        for state in ("Denmark", "Norway", "Sweden")
    ]


@pytest.mark.parametrize(
    ("sentence", "office"),
    [
        (
            "The presidents of Chile, Peru and Ecuador sent messages of condolence to President Lise Varga.",
            "president",
        ),
        (
            "The leaders of Chile, Peru and Ecuador sent messages of condolence to President Lise Varga.",
            "leader",
        ),
    ],
)
def test_offices_of_states_each_send_their_own_messages(sentence: str, office: str) -> None:
    # the president of no state the report gives is no president of Chile
    assert found_acts(sentence) == [
        ("message", f"{office} of {state}", ("Lise Varga",)) for state in ("Chile", "Ecuador", "Peru")
    ]


@pytest.mark.parametrize(
    ("sentence", "office"),
    [
        (
            "The Emir sent messages of congratulations to the presidents of Ghana, Nigeria and Gabon.",
            "president",
        ),
        (
            "President Lise Varga sent cables of condolence to the Prime Ministers of Ghana, Nigeria and Gabon.",
            "Prime Minister",
        ),
    ],
)
def test_messages_to_offices_of_states_go_one_to_each(sentence: str, office: str) -> None:
    got = found_acts(sentence)
    assert sorted(r for _k, _s, rs in got for r in rs) == [
        f"{office} of {s}" for s in ("Gabon", "Ghana", "Nigeria")
    ]
    assert len(got) == 3


@pytest.mark.parametrize(
    "sentence",
    [
        "The Emir sent a letter to the presidents of Ghana and Nigeria on Monday.",  # one letter to both
        "President Lise Varga sent cables of condolence to the ministers of health and finance.",  # no states
    ],
)
def test_one_letter_to_several_offices_or_offices_of_no_state_stay_one_group(sentence: str) -> None:
    assert len(found_acts(sentence)) == 1


def test_a_holder_the_report_ties_to_the_state_is_that_office() -> None:
    assert found_acts(
        "Prime Minister Maria Holm received messages of congratulations from the Prime Ministers of Norway, Sweden"
        " and Denmark. Norway's Prime Minister Ola Dahl wrote of a new era."
    ) == [
        ("message", "Ola Dahl", ("Maria Holm",)),
        ("message", "Prime Minister of Denmark", ("Maria Holm",)),
        ("message", "Prime Minister of Sweden", ("Maria Holm",)),
    ]
