"""'A letter to B was sent by A': in the passive the communication is the subject, its 'to' names the
addressee and the agent the writer (never a person named inside the subject). A courier in the agent
('was delivered by envoy C') carries it and writes nothing. Invented people."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence",
    [
        "A letter to King Olav Rendal was sent by President Ana Berg on Monday.",
        "On Monday, a letter to King Olav Rendal was sent by President Ana Berg.",
        "A message of condolence to King Olav Rendal was sent by President Ana Berg on Monday.",
        "A cable to the King of Ostrava, Olav Rendal, was sent by the Norland President, Ana Berg, on Monday.",
        "On Monday, messages of condolence to King Olav Rendal were also sent by President Ana Berg.",
    ],
)
def test_the_agent_writes_to_the_subjects_addressee(sentence: str) -> None:
    assert [(s, r) for _k, s, r in found_acts(sentence)] == [("Ana Berg", ("Olav Rendal",))]


def test_a_roundup_of_agents_writes_to_the_subjects_addressee() -> None:
    got = found_acts(
        "On Monday, messages of condolence to King Olav Rendal were also sent by President Ana Berg,"
        " President Omar Haddi and President Lena Vass."
    )
    assert sorted((s, r) for _k, s, r in got) == [
        ("Ana Berg", ("Olav Rendal",)),
        ("Lena Vass", ("Olav Rendal",)),
        ("Omar Haddi", ("Olav Rendal",)),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "A letter from President Ana Berg to King Olav Rendal was delivered by envoy Tomas Vey on Monday.",
        "A letter to King Olav Rendal from President Ana Berg was handed over by envoy Tomas Vey on Monday.",
    ],
)
def test_a_courier_in_the_agent_writes_nothing(sentence: str) -> None:
    assert [(s, r) for _k, s, r in found_acts(sentence)] == [("Ana Berg", ("Olav Rendal",))]
