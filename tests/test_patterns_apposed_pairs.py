"""A pair of leaders each named with a role in apposition ("A, the X president, and B, the Y prime
minister, talked by phone"): the role after B is B's even where the parser hangs it on A, and the
call is found even where "by phone" is parsed as a passive agent. Invented names; report dated Thursday
14 March 2024."""

from __future__ import annotations

import pytest

from test_extract import report, run
from test_patterns import observed


def _roles(sentence: str) -> dict[str, set[str]]:
    return {p.name: set(p.aliases) - {p.name} for p in run(report(sentence)).extraction.parties}


@pytest.mark.parametrize(
    "sentence",
    [
        "Maria Holm, the Estonian president, and Janis Ozols, the Latvian prime minister, talked by phone on Friday.",
        "Maria Holm and Janis Ozols, the Latvian prime minister, talked by phone on Friday.",
        "President Maria Holm of Estonia and Janis Ozols, the Latvian prime minister, spoke by phone on Friday.",
        "Maria Holm and Janis Ozols, the Latvian prime minister, discussed the floods by telephone on Friday.",
    ],
)
def test_a_pair_with_roles_in_apposition_held_a_call(sentence: str) -> None:
    assert observed(run(report(sentence))) == [("call", "Maria Holm", ("Janis Ozols",), "")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Maria Holm and Janis Ozols, the Latvian prime minister, talked by phone on Friday.",
        "President Maria Holm of Estonia and Janis Ozols, the Latvian prime minister, spoke by phone on Friday.",
        "Maria Holm wrote to Tomas Varga and Janis Ozols, the Latvian prime minister, on Friday.",
    ],
)
def test_the_role_after_the_second_name_is_the_second_persons(sentence: str) -> None:
    roles = _roles(sentence)
    assert "the Latvian prime minister" in roles["Janis Ozols"]
    assert not any("Latvian" in r for r in roles["Maria Holm"])


def test_a_plural_role_after_a_pair_is_neither_persons() -> None:
    roles = _roles("Maria Holm and Janis Ozols, the two presidents, talked by phone on Friday.")
    assert not any("presidents" in r for rs in roles.values() for r in rs)


def test_a_role_right_after_the_first_name_stays_hers() -> None:
    roles = _roles("Maria Holm, Minister of Foreign Affairs, wrote to Janis Ozols on Friday.")
    assert "Minister of Foreign Affairs" in roles["Maria Holm"]
    assert not any("Minister" in r for r in roles["Janis Ozols"])
