"""'the Assembly' beside 'the State House of Assembly': a one-word body that is the last word of exactly one
longer body's name in the report is that body, wherever it comes (a headline's 'Governor writes Assembly'
before the body's full name too). Beside two such bodies it stays apart."""

from __future__ import annotations

from test_extract import run


def _recipients(headline: str, *paragraphs: str) -> list[str]:
    text = headline + "\n\nFreeport, 14 March 2024 -\n\n" + "\n\n".join(paragraphs) + "\n"
    return sorted(r.name for c in run(text).extraction.communications for r in c.recipients)


def test_the_short_name_is_the_body_named_in_full() -> None:
    got = _recipients(
        "Governor writes Assembly over loan",
        "Governor Ana Berg has sent the names of three nominees to the State House of Assembly for screening.",
        "The governor had also written to the Assembly in January about a loan.",
    )
    assert got and all(r == "State House of Assembly" for r in got), got


def test_the_short_name_in_a_headline_is_the_body() -> None:
    got = _recipients(
        "Governor Ana Berg writes Assembly, seeks approval of loan",
        "Governor Ana Berg has written to the State House of Assembly seeking approval for a loan.",
    )
    assert got == ["State House of Assembly"], got


def test_beside_two_bodies_it_stays_apart() -> None:
    got = _recipients(
        "Governor writes Council over loan",
        "The Security Council and the European Council met on Monday.",
        "Governor Ana Berg wrote to the Council on Tuesday.",
    )
    assert "Security Council" not in got and "European Council" not in got, got
