"""Agency style names an office of a body of a state and its holder with no comma: "Chairman of the State
Grand Assembly of Norland Ana Berg", "Speaker of the National Council of Ostmark Olaf Brandt". The holder is
the person after the place; the body's name is no one's name; and a list of such offices gives one party
each. Every sentence here is invented."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    ("sentence", "sender", "recipient"),
    [
        (
            "Chairman of the State Grand Assembly of Norway Ana Berg received a letter of good wishes from "
            "Speaker of the Federal Council of Austria Olaf Brandt.",
            "Olaf Brandt",
            "Ana Berg",
        ),
        (
            "Speaker of the People's Great Hural of Chile Ana Berg sent a message to Chairman of the "
            "Supreme Council of Poland Olaf Brandt on Tuesday.",
            "Ana Berg",
            "Olaf Brandt",
        ),
        (
            "President of the Constitutional Court of Peru Ana Berg received a letter from President of "
            "the Supreme Court of Ghana Olaf Brandt.",
            "Olaf Brandt",
            "Ana Berg",
        ),
    ],
)
def test_holder_after_the_place_of_a_body(sentence: str, sender: str, recipient: str) -> None:
    acts = found_acts(sentence, headline="Parliaments exchange greetings")
    assert len(acts) == 1 and acts[0][1] == sender and acts[0][2] == (recipient,), acts


def test_each_office_of_a_list_with_its_holder() -> None:
    acts = found_acts(
        "President of Norland Ana Berg has been sent messages of goodwill for the centenary of the National "
        "Assembly from President of the Republic of Ostmark Olaf Brandt, President of the Federation of "
        "Vestria Piet Okoro and His Majesty King Tomas Varga of Solvia.",
        headline="Leaders congratulate Norland",
    )
    assert sorted(a[1] for a in acts) == ["Olaf Brandt", "Piet Okoro", "Tomas Varga"], acts
    assert all(a[2] == ("Ana Berg",) for a in acts), acts
