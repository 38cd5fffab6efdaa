"""'A had a telephone exchange with B' (a call, as translated readouts say it); a telephone exchange that
is a building or a switchboard ("the telephone exchange was damaged") is no call."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence",
    [
        "Yesterday, the President of the Transition, Colonel Abdoulaye Sango, had a telephone exchange with his "
        "counterpart of Faradou, General Ismael Yamba.",
        "Colonel Abdoulaye Sango had a phone exchange with General Ismael Yamba on Tuesday.",
        "A telephone exchange between Colonel Abdoulaye Sango and General Ismael Yamba took place on Tuesday.",
    ],
)
def test_a_phone_exchange_with_someone_is_a_call(sentence: str) -> None:
    assert found_acts(sentence) == [("call", "Abdoulaye Sango", ("Ismael Yamba",))]


def test_a_switchboard_is_no_call() -> None:
    got = found_acts(
        "Colonel Abdoulaye Sango said the telephone exchange in Faradou was damaged on Tuesday, General Ismael "
        "Yamba wrote."
    )
    assert [k for k, _, _ in got] == []
