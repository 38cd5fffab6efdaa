"""'A letter of President B' in translated communiques: a person after 'of' on a communication noun wrote
it (invented sentences; the report is dated Thursday 14 March 2024); 'a letter of resignation', 'of
support', 'of 40 senators' name no single writer this way."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("President Ana Ruiz received a letter of President Tomas Berg on Monday.", "letter"),
        ("The ambassador handed President Ana Ruiz a message of Chancellor Tomas Berg on Monday.", "message"),
        (
            "Ambassador Pavel Ostrov handed over to President Ana Ruiz a personal message of President Tomas Berg.",
            "message",
        ),
    ],
)
def test_a_person_after_of_wrote_the_letter(sentence: str, kind: str) -> None:
    assert found_acts(sentence) == [(kind, "Tomas Berg", ("Ana Ruiz",))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Ruiz read out the letter of resignation on Monday.",
        "President Ana Ruiz received a letter of support from the governors on Monday.",
    ],
)
def test_no_person_after_of_names_no_writer(sentence: str) -> None:
    assert all(sender in ("", "governors") for _, sender, _ in found_acts(sentence))
