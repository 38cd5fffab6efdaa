"""'The PIJ leader', 'the Front's leader': the leader of a body named by its initials or its name is the
one whose role heads that body ("the Secretary-General of the Palestinian Islamic Jihad movement"), and
the description gives him no office that would make him every other "Leader" of the report. Invented
people."""

from __future__ import annotations

import pytest

from test_extract import found_acts

HEAD = (
    "The Secretary-General of the Palestinian Islamic Jihad movement, Karim Nassar, has written to the "
    "Supreme Leader, Ayatollah Omid Karimi, on the anniversary of the war."
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The PIJ leader sent a similar letter on the same day to President Farid Nouri.",  # initials
        "A similar letter was sent on the same day to President Farid Nouri by the PIJ leader.",  # passive
        "The Islamic Jihad leader sent a similar letter on the same day to President Farid Nouri.",  # name
    ],
)
def test_the_bodys_leader_is_its_secretary_general(sentence: str) -> None:
    acts = found_acts(HEAD, sentence)
    assert ("letter", "Karim Nassar", ("Farid Nouri",)) in acts, acts


def test_the_leader_of_another_body_is_not_him() -> None:
    acts = found_acts(
        HEAD,
        "The PIJ leader sent a similar letter on the same day to President Farid Nouri.",
        "The Supreme Leader's reply, written on Saturday, was delivered to Nassar's representative.",
    )
    assert ("letter", "Omid Karimi", ("Karim Nassar",)) in acts, acts


def test_a_states_office_in_the_headline_is_the_holder_of_that_state_named_after() -> None:
    acts = found_acts(
        "Chilean President Ana Rojas, in a message to her Peruvian counterpart Luis Vera on Sunday, expressed "
        "sympathy over the floods.",
        '"I extend my deepest condolences to Your Excellency and to the people of Peru," the Chilean president '
        "wrote in the message.",
        headline="Chile's president offers condolences to Peru over floods",
    )
    assert acts == [("message", "Ana Rojas", ("Luis Vera",))], acts
