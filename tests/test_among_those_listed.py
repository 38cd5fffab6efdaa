"""'Among those who sent messages were the President of X, A; the Prime Minister of Y, B; and C': each
one named in a list set off by semicolons, office and holder together, sent one. Names are invented."""

from __future__ import annotations

import pytest

from test_extract import sent_pairs

RECEIVED = "President Aldo Verran has received messages of congratulations from several heads of state and government."
SENDERS = {("Kesi Orlamo", "Aldo Verran"), ("Dina Paolu", "Aldo Verran"), ("Ivo Stren", "Aldo Verran")}


@pytest.mark.parametrize(
    "listed",
    [
        "Among those who sent messages were the President of Chile, Kesi Orlamo; the Prime Minister of Peru, "
        "Dina Paolu; and the Chief Adviser of Bolivia, Ivo Stren.",
        "Among the leaders who sent messages were the President of the Republic of Chile, Kesi Orlamo; the Prime "
        "Minister of Peru, Dina Paolu; and the President of Bolivia, Ivo Stren.",
        "Among those who sent messages were President Kesi Orlamo of Chile; Prime Minister Dina Paolu of Peru; and "
        "President Ivo Stren of Bolivia.",
    ],
)
def test_each_one_listed_sent_one(listed: str) -> None:
    assert sent_pairs(RECEIVED, listed) == SENDERS


@pytest.mark.parametrize("office", ["Chief Adviser", "National Security Advisor", "High Commissioner"])
def test_an_office_before_a_surname_names_the_one_listed(office: str) -> None:
    got = sent_pairs(
        RECEIVED,
        f"Among those who sent messages were the President of Chile, Kesi Orlamo, and the {office} of Bolivia, "
        "Professor Ivo Stren.",
        f"{office} Stren conveyed the warm felicitations of the people of Bolivia.",
    )
    assert got == {("Kesi Orlamo", "Aldo Verran"), ("Ivo Stren", "Aldo Verran")}
