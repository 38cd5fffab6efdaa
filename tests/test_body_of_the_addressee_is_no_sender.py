"""'Leaders trade blame in letters to EU envoy': the body in the addressee's office ('EU' of 'EU envoy') is
part of the addressee's phrase, not the writer the sentence goes on to name; the letters are the leaders',
told in the story. 'In a letter to B, A, the chief of X, said' keeps A. Invented people."""

from __future__ import annotations

import pytest

from test_extract import found_acts

BODY = (
    "Norland President Ana Berg and Sylvania Prime Minister Ivo Marr have each written to the EU special"
    " representative, Jan Vos, blaming the other side."
)


@pytest.mark.parametrize(
    "headline",
    [
        "Leaders trade blame in letters to EU envoy",
        "Norland, Sylvania Leaders Trade Blame in Letters to EU Envoy",
        "Leaders air grievances in letters to UN mediator",
    ],
)
def test_the_addressees_body_sends_nothing(headline: str) -> None:
    got = found_acts(BODY, headline=headline)
    assert not any(sender in ("EU", "UN") for _, sender, _ in got), got


def test_the_writer_set_off_after_the_addressee_still_sends() -> None:
    got = found_acts(
        "In a letter to EU envoy Jan Vos, Ana Berg, the president of Norland, said the talks had failed."
    )
    assert got == [("letter", "Ana Berg", ("Jan Vos",))]
