"""Round-ups: 'A, B and C each sent D a message' is one message from each; after 'D received a cable
from A', 'Messages were also received from B, C and E' are messages to D, one from each. Invented
people."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence",
    [
        "On Monday, President Mats Engqvist, President Fatou Ndiaye and President Wang Jiahui each sent"
        " President Petra Kovac a message of congratulations.",
        "On Monday, President Mats Engqvist, President Fatou Ndiaye and President Wang Jiahui each sent a"
        " message of congratulations to President Petra Kovac.",
    ],
)
def test_each_sent_one(sentence: str) -> None:
    acts = found_acts(sentence)
    assert sorted(s for _k, s, _r in acts) == ["Fatou Ndiaye", "Mats Engqvist", "Wang Jiahui"]
    assert {r for _k, _s, r in acts} == {("Petra Kovac",)}


def test_one_joint_message_is_not_split() -> None:
    acts = found_acts(
        "On Monday, President Mats Engqvist and President Fatou Ndiaye sent a joint message to President Petra Kovac."
    )
    assert len(acts) == 1


def test_messages_also_received() -> None:
    acts = found_acts(
        "King Tendai Moyo received a condolence cable from President Amara Diallo on Saturday.",
        "Condolence messages were also received from Queen Astrid Solberg, President Igor Volkov and Premier"
        " Liu Dezhen, the palace said.",
    )
    assert sorted(s for _k, s, _r in acts) == ["Amara Diallo", "Astrid Solberg", "Igor Volkov", "Liu Dezhen"]
    assert {r for _k, _s, r in acts} == {("Tendai Moyo",)}
