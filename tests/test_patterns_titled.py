"""Words around a name that used to hide it: an abbreviated title ('Hon. A', 'Lt. Col. A': the period
ended the sentence), 'his counterpart from X, B' (B hung on the place), a translated dateline ('ASUNCION,
4 de junio -' became a sender); and notes and groups told of in passing: 'dashed off a handwritten note
to B', 'In an e-mail, A told senior colleagues'. Invented sentences; helpers of ``test_patterns``."""

from __future__ import annotations

import pytest

from test_extract import report, run
from test_patterns import acts


@pytest.mark.parametrize(
    "sentence, sender, recipients",
    [
        ("The Speaker, Hon. Amina Wanjiru, wrote to the Leader of the Majority Party, Kipchumba Rotich, and "
         "the Leader of the Minority Party, Esther Njoki, last week.", "Amina Wanjiru",
         ("Kipchumba Rotich", "Esther Njoki")),
        ("Hon. Amina Wanjiru wrote to Hon. Kipchumba Rotich last week.", "Amina Wanjiru", ("Kipchumba Rotich",)),
        ("Lt. Col. Amina Wanjiru wrote to Capt. Kipchumba Rotich last week.", "Amina Wanjiru",
         ("Kipchumba Rotich",)),
    ],
)  # fmt: skip
def test_an_abbreviated_title_ends_no_sentence(
    sentence: str, sender: str, recipients: tuple[str, ...]
) -> None:
    assert acts(sentence) == [("letter", sender, recipients)]


@pytest.mark.parametrize(
    "sentence",
    [
        "President Mateo Quispe held a telephone conversation this morning with his counterpart from Marisol, "
        "Luiz Arantes.",
        "President Mateo Quispe spoke by phone with his counterpart from Marisol, Luiz Arantes, on Monday.",
        "President Mateo Quispe telephoned his counterpart from Marisol, Luiz Arantes, on Monday.",
    ],
)
def test_a_counterpart_from_a_place_is_the_name_after_it(sentence: str) -> None:
    assert acts(sentence) == [("call", "Mateo Quispe", ("Luiz Arantes",))]


def test_a_translated_dateline_is_no_sender() -> None:
    text = report(
        "ASUNCION, 4 de junio - The President of the Republic, Andres Lozada, held a telephone conversation "
        "with his counterpart from Paravia, Santiago Pena Ruiz.",
        dateline=None,
    )
    (comm,) = run(text).extraction.communications
    assert comm.sender is not None and comm.sender.name == "Andres Lozada"


@pytest.mark.parametrize(
    "sentence, recipient",
    [
        ("President Arkady Volin dashed off a handwritten note to the retiring ambassador, Sergei Kalnins.",
         "Sergei Kalnins"),
        ("President Arkady Volin sent a handwritten note to Sergei Kalnins on Monday.", "Sergei Kalnins"),
        ("President Arkady Volin fired off a handwritten note to Sergei Kalnins on Monday.", "Sergei Kalnins"),
    ],
)  # fmt: skip
def test_a_handwritten_note_is_a_message(sentence: str, recipient: str) -> None:
    assert acts(sentence) == [("message", "Arkady Volin", (recipient,))]


@pytest.mark.parametrize(
    "sentence, kind",
    [
        ("In an e-mail dated 21 February, the permanent secretary, Hugo Breton, told senior colleagues that the "
         "breach was larger.", "message"),
        ("In a letter, Minister Hugo Breton told colleagues that he would resign.", "letter"),
    ],
)  # fmt: skip
def test_colleagues_told_in_a_letter_are_its_addressees(sentence: str, kind: str) -> None:
    ((found_kind, sender, recipients),) = acts(sentence)
    assert (found_kind, sender) == (kind, "Hugo Breton") and recipients[0].endswith("colleagues")


def test_colleagues_told_in_an_interview_are_no_addressees() -> None:
    assert acts("In an interview, Minister Hugo Breton told colleagues he would resign.") == []
