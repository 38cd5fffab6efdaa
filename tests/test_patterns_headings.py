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
        # (the heading names the United Nations: its Secretary-General that day in the alias file, session 46)
        (f"Identical letters dated 7 March 2024 from {REP} addressed to the Secretary-General and the President "
         "of the Security Council", ("António Guterres", "President of the Security Council")),
        (f"Letter dated 7 March 2024 from {REP} addressed to the Secretary-General", ("António Guterres",)),
        (f"Letter dated 7 March 2024 from {REP} addressed to the President of the Security Council",
         ("President of the Security Council",)),
    ],
)  # fmt: skip
def test_a_heading_as_headline_is_one_letter_to_all_it_addresses(
    headline: str, recipients: tuple[str, ...]
) -> None:
    assert kept(headline) == [("Permanent Representative of Calvera", recipients)]


@pytest.mark.parametrize(
    "sentence, recipient",
    [
        ("In a letter to the Secretary-General, Ambassador Rami Vell of Calvera said the strikes violated the "
         "truce.", "Secretary-General"),
        ("In a letter to the Chancellor, Ambassador Rami Vell of Calvera said the strikes violated the truce.",
         "Chancellor"),
        ("In a letter to the Secretary-General, Envoy Rami Vell of Calvera warned of new strikes.",
         "Secretary-General"),
    ],
)  # fmt: skip
def test_the_writer_after_the_comma_is_not_the_office_written_to(sentence: str, recipient: str) -> None:
    """'In a letter to the Secretary-General, Ambassador A of X said': A begins the clause (the verb comes
    after the place he serves); he is no name in apposition to the office."""
    ((sender, recipients),) = [
        (c.sender.name if c.sender else "", tuple(r.name for r in c.recipients))
        for c in run(report(sentence)).extraction.communications
    ]
    assert (sender, recipients) == ("Rami Vell", (recipient,))
