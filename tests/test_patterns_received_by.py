"""Messages told in the passive of receiving, with the senders after the one who received them ('Similar
messages were received by the Prime Minister, B, from A, C and D'): one message per sender, to B (the
parse hangs 'from' on B). Invented names; report dated Thursday 14 March 2024."""

from __future__ import annotations

import pytest

from test_extract import report, run
from test_patterns import observed


@pytest.mark.parametrize(
    "sentence, senders",
    [
        (
            "Similar messages were also received by the Prime Minister, Maria Holm, from Tomas Lind, Petra"
            " Dravik and Jonas Berg.",
            ["Jonas Berg", "Petra Dravik", "Tomas Lind"],
        ),
        (
            "Messages of condolence were received by President Maria Holm from King Tomas Lind of Vestria and"
            " Chancellor Jonas Berg.",
            ["Jonas Berg", "Tomas Lind"],
        ),
        ("A letter was received by President Maria Holm from Tomas Lind on Monday.", ["Tomas Lind"]),
    ],
)
def test_each_sender_after_the_receiver_sent_one(sentence: str, senders: list[str]) -> None:
    found = observed(run(report(sentence)))
    assert [f[1] for f in found] == senders
    assert all(f[2] == ("Maria Holm",) for f in found)


def test_a_body_received_by_is_no_round_up_of_its_members() -> None:
    sentence = "Messages were received by President Maria Holm from the Vestrian embassy on Monday."
    assert [f[1] for f in observed(run(report(sentence)))] == ["Vestrian embassy"]
