"""Call readouts in the phrasings of translated and wire copy.

- "A conducted (maintained) a telephone conversation with B": the light verb of a call.
- "A discussed the reopening of the crossing with B in a phone call": the 'with' deep in the topic.
- "a video call between the mayor of X, A, and his counterpart in Y, B": the place of an office and its
  holder tagged as one name across the comma.
- "a call with the head of A's cabinet, C": C, not A, who only has the cabinet.
"""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence",
    [
        "Prime Minister Jarek Wolsza conducted a telephone conversation yesterday with the President of "
        "Belvane, Clara Dessart.",
        "Prime Minister Jarek Wolsza conducted a telephone conversation yesterday with Clara Dessart.",
        "The Prime Minister, Jarek Wolsza, maintained a telephone conversation on Tuesday with his Belvanian "
        "counterpart, Clara Dessart.",
    ],
)
def test_a_conversation_conducted_by_phone_is_a_call(sentence: str) -> None:
    assert ("call", "Jarek Wolsza", ("Clara Dessart",)) in found_acts(sentence)


def test_a_conversation_conducted_in_person_is_no_call() -> None:
    got = found_acts(
        "Prime Minister Jarek Wolsza conducted a long conversation with Clara Dessart in Belvane."
    )
    assert not any(kind == "call" for kind, _, _ in got)


@pytest.mark.parametrize(
    "sentence",
    [
        "Prime Minister Eskil Nordvik discussed the reopening of the crossing with his Valmark counterpart, "
        "Signe Aastrup, in a phone call on Monday.",
        "Prime Minister Eskil Nordvik discussed the funding of the new bridge with his counterpart, Signe "
        "Aastrup, during a telephone call on Monday.",
    ],
)
def test_the_one_talked_with_may_hang_deep_in_the_topic(sentence: str) -> None:
    assert ("call", "Eskil Nordvik", ("Signe Aastrup",)) in found_acts(sentence)


def test_a_partner_state_deep_in_the_topic_is_no_party_to_the_call() -> None:
    got = found_acts(
        "Prime Minister Eskil Nordvik discussed the reopening of trade with Valmark in a phone call with "
        "Signe Aastrup on Monday."
    )
    assert ("call", "Eskil Nordvik", ("Signe Aastrup",)) in got
    assert not any("Valmark" in recips for _, _, recips in got)


@pytest.mark.parametrize(
    ("sentence", "holder"),
    [
        # the recogniser tags "Bernau, Tobias Lechner" as one body, the name hung on the place as a conjunct
        (
            "The plan grew out of a video call on Monday between the mayor of Bernau, Tobias Lechner, and the mayor "
            "of Castelmora, Chiara Montesi.",
            "Tobias Lechner",
        ),
        (
            "It began with a video call on Monday between the mayor of Lindau, Lukas Ortner, and Chiara Montesi.",
            "Lukas Ortner",
        ),
        (
            "The mayor of Lindau, Lukas Ortner, had a video call with Chiara Montesi on Monday.",
            "Lukas Ortner",
        ),
        (
            "The plan grew out of a phone call between the governor of Ostland, Lukas Ortner, and Chiara Montesi.",
            "Lukas Ortner",
        ),
    ],
)
def test_an_office_of_a_place_and_its_holder_across_a_comma(sentence: str, holder: str) -> None:
    assert ("call", holder, ("Chiara Montesi",)) in found_acts(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Prime Minister Signe Aastrup had already raised the matter on Monday in a telephone conversation "
        "with the head of Aalborn's cabinet, Corinna Wildau.",
        "Prime Minister Signe Aastrup had already raised the matter on Monday in a phone call with the "
        "director of Aalborn's office, Corinna Wildau.",
    ],
)
def test_the_head_of_someones_body_is_not_that_someone(sentence: str) -> None:
    got = found_acts(
        "Prime Minister Signe Aastrup wrote to Commission President Henrik Aalborn on Wednesday.", sentence
    )
    assert ("call", "Signe Aastrup", ("Corinna Wildau",)) in got
    assert ("call", "Signe Aastrup", ("Henrik Aalborn",)) not in got


@pytest.mark.parametrize(
    "sentence",
    [
        "Premier Marthe Lavoie told reporters she had discussed the contents of the letter by telephone on the "
        "weekend with Ontario Premier Graham Tessel, who chairs the council.",
        "Premier Marthe Lavoie said she had discussed the plan by telephone on Sunday with Premier Graham Tessel.",
        "Premier Marthe Lavoie discussed the plan by telephone with Premier Graham Tessel.",
    ],
)
def test_the_titled_name_after_a_place_is_the_one_talked_with(sentence: str) -> None:
    assert ("call", "Marthe Lavoie", ("Graham Tessel",)) in found_acts(sentence)


def test_a_place_talked_about_with_a_person_named_later_is_no_party() -> None:
    got = found_acts(
        "Premier Marthe Lavoie discussed trade with Ontario by telephone on Sunday, Graham Tessel said."
    )
    assert ("call", "Marthe Lavoie", ("Graham Tessel",)) not in got


@pytest.mark.parametrize("place", ["Sundmark", "Kordavia", "Tarnland"])
def test_an_office_with_the_counterparts_place_is_the_counterpart(place: str) -> None:
    got = found_acts(
        f"Prime Minister Eskil Nordvik has sent a letter to his {place} counterpart, Signe Aastrup, proposing "
        "lower tolls.",
        f"According to sources in the government, the {place} prime minister answered the same evening with a "
        "brief text message.",
    )
    assert ("message", "Signe Aastrup", ("Eskil Nordvik",)) in got
    assert not any(sender == "Eskil Nordvik" and kind == "message" for kind, sender, _ in got)


def test_greetings_thanked_for_a_few_sentences_after_the_call_were_said_in_it() -> None:
    got = found_acts(
        "On Thursday, President Olev Temirov held a telephone conversation with President Dmitar Avdanov.",
        "President Temirov cordially congratulated Avdanov on his birthday.",
        "The sides discussed trade and the situation in the region.",
        "They also agreed to meet in December.",
        "President Avdanov thanked Temirov for the warm congratulations.",
    )
    assert got == [("call", "Olev Temirov", ("Dmitar Avdanov",))]


def test_greetings_thanked_for_after_a_letter_between_the_two_are_not_the_calls() -> None:
    got = found_acts(
        "On Thursday, President Olev Temirov held a telephone conversation with President Dmitar Avdanov.",
        "On Friday Temirov also wrote to Avdanov about trade.",
        "President Avdanov thanked Temirov for the warm congratulations.",
    )
    assert ("call", "Olev Temirov", ("Dmitar Avdanov",)) in got
    assert any(kind != "call" and sender == "Olev Temirov" for kind, sender, _ in got)
