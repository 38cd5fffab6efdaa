"""An office-to-be ('the prime minister-elect', 'the incoming president', 'the future chancellor') is not
the office: it denotes the one elected, never the one who holds the office now, and the other way round.
A call told once with an office no name holds and once with the name is one call. Invented names; report
dated Thursday 14 March 2024."""

from __future__ import annotations

import pytest

from test_extract import report, run
from test_patterns import observed

SITTING = "The Norland prime minister, Lucy Tane, has sent Ana Berg a congratulatory message."


@pytest.mark.parametrize(
    "elected, called",
    [
        ("Ana Berg, the prime minister-elect, thanked her supporters.", "the prime minister-elect"),
        ("Ana Berg, the incoming prime minister, thanked her supporters.", "the incoming prime minister"),
        ("Ana Berg, the future prime minister, thanked her supporters.", "the future prime minister"),
    ],
)
def test_an_office_to_be_denotes_the_one_elected(elected: str, called: str) -> None:
    text = (SITTING, elected, f"The Vestrian president, Tomas Lind, telephoned {called} on Wednesday.")
    found = observed(run(report(*text)))
    assert ("call", "Tomas Lind", ("Ana Berg",), "") in found
    assert all("Lucy Tane" not in r for k, _s, r, _a in found if k == "call")


def test_the_office_denotes_the_one_holding_it_not_the_one_elected() -> None:
    text = (
        "Ana Berg, the prime minister-elect, thanked her supporters.",
        "The Norland prime minister, Lucy Tane, spoke in parliament on Tuesday.",
        "The Vestrian president, Tomas Lind, telephoned the Norland prime minister on Wednesday.",
    )
    assert observed(run(report(*text))) == [("call", "Tomas Lind", ("Lucy Tane",), "")]


def test_a_call_told_with_an_office_and_with_the_name_is_one_call() -> None:
    text = (
        SITTING,
        "Lind calls prime minister-elect",
        "The Vestrian president, Tomas Lind, has called Berg to offer his congratulations.",
    )
    found = observed(run(report(*text)))
    assert [f for f in found if f[0] == "call"] == [("call", "Tomas Lind", ("Ana Berg",), "")]


@pytest.mark.parametrize(
    "called", ["the prime minister-elect", "the incoming prime minister", "the prime minister-designate"]
)
def test_an_office_to_be_is_never_the_one_holding_the_office(called: str) -> None:
    text = (
        SITTING,
        "Ana Berg won Saturday's election.",
        f"The Vestrian president, Tomas Lind, telephoned {called} on Wednesday.",
    )
    calls = [f for f in observed(run(report(*text))) if f[0] == "call"]
    assert calls and all(r != ("Lucy Tane",) for _k, _s, r, _a in calls)
