"""'Answering the message he had received from A, B sent ...': a participle clause set before the
subject, which the parser reads as the clausal subject of the main verb, answers for that subject; the
message answered is A's to B (extract/stranded.fronted_participle). Invented sentences."""

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence",
    [
        "Answering the congratulatory message he had received from Emir Faisal bin Khalid Al Nouri,"
        " President Kwame Asante Boateng sent the Emir a message of thanks on Sunday.",
        "Answering the letter he had received from Emir Faisal bin Khalid Al Nouri, President Kwame"
        " Asante Boateng sent him a message on Sunday.",
        "Answering a letter from Emir Faisal bin Khalid Al Nouri, President Kwame Asante Boateng wrote"
        " to him on Sunday.",
    ],
)
def test_the_answered_message_is_the_earlier_one_to_the_subject(sentence: str) -> None:
    acts = {(s, r) for _, s, r in found_acts(sentence)}
    assert acts == {
        ("Faisal bin Khalid Al Nouri", ("Kwame Asante Boateng",)),
        ("Kwame Asante Boateng", ("Faisal bin Khalid Al Nouri",)),
    }


def test_a_true_clausal_subject_answers_no_letter() -> None:
    assert found_acts("Answering the letter took President Ivo Dral a week.") == []


def test_answering_a_call_of_the_nation_is_no_act() -> None:
    assert found_acts("Answering the call of the nation, President Ivo Dral resigned on Sunday.") == []
