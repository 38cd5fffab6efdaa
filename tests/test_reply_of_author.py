"""'The reply of B' names B as the reply's author, as 'B's reply' and 'the reply from B' do: it answers the
letter B was sent."""

from __future__ import annotations

import pytest

from test_extract import found_replies


@pytest.mark.parametrize(
    "second",
    [
        "The reply of the Secretary-General reached Tunis in the first days of May.",
        "The reply of Mr. Hammar reached Tunis in May.",
        "The answer of the Secretary-General came in May.",
    ],
)
def test_the_reply_of_b(second: str) -> None:
    first = "On 12 April 1960 Mokhtar Selmi wrote to the Secretary-General of the United Nations, Dag Hammar."
    assert ("Dag Hammar", ("Mokhtar Selmi",), "Mokhtar Selmi") in found_replies(first + " " + second)


def test_no_answer_known() -> None:
    got = found_replies(
        "On 20 July Amilcare Rossi telegraphed Prefect Achille Sarto to demand the release of the workers. The file "
        "does not contain any written answer of the Prefect to Rossi."
    )
    assert all(a == "" for _, _, a in got)
