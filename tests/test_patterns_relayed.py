"""Acts told around their parties: a message carried by a visitor ('conveyed a message from A to B during
her visit'), a letter whose addressee is the passive subject ('C was informed in a letter from A'), a
call received by the one who says so ('A said he had received a call from B'), and a writer named after
her office ('UN Special Rapporteur A said she had written to B'). Invented sentences."""

from __future__ import annotations

import pytest

from lettertrace import names
from test_patterns import acts


@pytest.mark.parametrize(
    "sentence",
    [
        "Foreign Minister Kaja Lindqvist conveyed a message from Chancellor Margit Seele to President Dariusz "
        "Holm during her visit to Askara on Tuesday.",
        "During her visit to Askara on Tuesday, envoy Kaja Lindqvist delivered a message from Chancellor Margit "
        "Seele to President Dariusz Holm.",
        "Envoy Kaja Lindqvist handed over a message from Chancellor Margit Seele to President Dariusz Holm "
        "during a visit to Askara.",
    ],
)
def test_a_message_carried_on_a_visit_is_the_senders(sentence: str) -> None:
    assert acts(sentence) == [("message", "Margit Seele", ("Dariusz Holm",))]


@pytest.mark.parametrize(
    "sentence, recipient",
    [
        ("Kessel Construction was informed in a letter from Minister Olaf Brandt on 28 February that its "
         "contract had ended.", "Kessel Construction"),
        ("Mayor Ines Dahl was told in a letter from Minister Olaf Brandt that the grant had been cut.",
         "Ines Dahl"),
        ("Governor Paul Venn was warned in a letter from Minister Olaf Brandt on Monday that funds were short.",
         "Paul Venn"),
    ],
)  # fmt: skip
def test_the_passive_subject_of_a_verb_of_telling_is_the_addressee(sentence: str, recipient: str) -> None:
    assert acts(sentence) == [("letter", "Olaf Brandt", (recipient,))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Mateo Quispe said he had received a call from Sofia Irala on Monday.",
        "Mateo Quispe says he has received a call from his defeated rival, Sofia Irala, conceding the race.",
    ],
)
def test_the_one_who_says_he_received_a_call_received_it(sentence: str) -> None:
    ((kind, sender, recipients),) = acts(sentence)
    assert (kind, sender, recipients) == ("call", "Sofia Irala", ("Mateo Quispe",))


def test_a_writer_named_after_her_office_is_the_writer() -> None:
    found = acts(
        "UN Special Rapporteur on freedom of expression Amal Haddad-Rios said on Thursday she had written to "
        "the Government of Vestria to express concern."
    )
    assert found == [("letter", "Amal Haddad-Rios", ("Government of Vestria",))]


@pytest.mark.parametrize(
    "a, b, same",
    [("contractor", "construction", False), ("francis", "francisco", True), ("haniyeh", "haniya", True),
     ("muhammad", "mohammed", True)],
)  # fmt: skip
def test_a_variant_keeps_the_names_last_sound_or_adds_an_ending(a: str, b: str, same: bool) -> None:
    assert names.token_match(a, b) is same
