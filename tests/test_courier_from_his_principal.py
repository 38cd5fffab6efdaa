"""'The envoy handed over to B a written message from his principal': a courier's 'his principal', 'his
president', 'his leader' is the one person the report names as the principal of its envoys ('a special
envoy of President A', "A's envoy", 'the envoy of the chairman of X, General A'); the courier is no
party. And 'received on Monday Foreign Minister C, the envoy of A, who handed over ...': the one who
received the courier is the addressee, the day read into the name's phrase or not. Invented people."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "text",
    [
        "President Ali Haroun received on Monday a special envoy of President Osman Hamid of Sudan, Foreign"
        " Minister Ali Tayeb. The envoy handed over to President Haroun a written message from his principal.",
        "President Ali Haroun received on Monday Foreign Minister Ali Tayeb, the special envoy of President Osman"
        " Hamid of Sudan, who handed over a written message from his president.",
        "President Ali Haroun on Monday received a special envoy of the chairman of the Sovereign Council of"
        " Sudan, Lieutenant General Osman Hamid. The envoy, Foreign Minister Ali Tayeb, handed over to the head"
        " of state a written message from his principal.",
        "President Ali Haroun received President Osman Hamid's envoy, Ali Tayeb, on Monday. Tayeb delivered to"
        " Haroun a message from his leader on the border.",
    ],
)
def test_his_principal_is_the_one_whose_envoy_he_is(text: str) -> None:
    assert found_acts(text) == [("message", "Osman Hamid", ("Ali Haroun",))]


def test_two_principals_leave_his_principal_unread() -> None:
    got = found_acts(
        "President Ali Haroun received on Monday an envoy of President Osman Hamid and an envoy of King Idris"
        " Senoussi. The first envoy handed over a written message from his principal."
    )
    assert all(s not in ("Osman Hamid", "Idris Senoussi") for _k, s, _r in got)
