"""A UN-style heading as the headline ('Identical letters dated … from the Permanent Representative of X
to the United Nations addressed to the Secretary-General and the President of the Security Council'): one
letter, to both (identical letters are one text sent to each); and a heading whose 'addressed to B' the
parser loses. Invented text."""

from __future__ import annotations

import pytest

from test_extract import report, run

BODY = "I have the honour to transmit herewith the statement of the Ministry of Foreign Affairs of Calvera."
REP = "the Permanent Representative of Calvera to the United Nations"


def kept(headline: str) -> list[tuple[str, tuple[str, ...]]]:
    comms = run(report(BODY, headline=headline)).extraction.communications
    return [(c.sender.name if c.sender else "", tuple(r.name for r in c.recipients)) for c in comms]


@pytest.mark.parametrize(
    "headline, recipients",
    [
        (f"Identical letters dated 7 March 2024 from {REP} addressed to the Secretary-General and the President "
         "of the Security Council", ("Secretary-General", "President of the Security Council")),
        (f"Letter dated 7 March 2024 from {REP} addressed to the Secretary-General", ("Secretary-General",)),
        (f"Letter dated 7 March 2024 from {REP} addressed to the President of the Security Council",
         ("President of the Security Council",)),
    ],
)  # fmt: skip
def test_a_heading_as_headline_is_one_letter_to_all_it_addresses(
    headline: str, recipients: tuple[str, ...]
) -> None:
    assert kept(headline) == [("Permanent Representative of Calvera", recipients)]
