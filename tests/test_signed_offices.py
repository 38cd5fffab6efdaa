"""An office that writes, signed by its holder: a document headed 'Letter dated ... from the Permanent
Representative of X ... addressed to the Secretary-General' whose copy ends '(Signed) A / Ambassador /
Permanent Representative' is A's letter. A signature whose titles name another office changes nothing.
Invented documents; helpers of ``test_extract``."""

from __future__ import annotations

import pytest

from test_extract import report, run

HEADING = (
    "Letter dated 2 April 2024 from the Permanent Representative of Norland to the United Nations addressed to "
    "the Secretary-General"
)
BODY = (
    "I have the honour to transmit herewith a statement by the Ministry of Foreign Affairs of Norland concerning "
    "the violation of Norland airspace on 29 March 2024.",
    "I should be grateful if the present letter could be circulated as a document of the General Assembly.",
)


def senders(signature: str) -> list[str]:
    rep = run(report(*BODY, signature, headline=HEADING, dateline="UNITED NATIONS, 5 April 2024 -"))
    return [c.sender.name for c in rep.extraction.communications if c.sender is not None]


@pytest.mark.parametrize(
    "signature",
    [
        "(Signed) Piet Holm\nAmbassador\nPermanent Representative",
        "(Signed) Piet Holm\nPermanent Representative",
        "Signed: Piet Holm\nAmbassador Extraordinary and Plenipotentiary\nPermanent Representative",
    ],
)
def test_the_holder_who_signs_is_the_office_that_writes(signature: str) -> None:
    assert senders(signature) == ["Piet Holm"]


@pytest.mark.parametrize(
    "signature",
    [
        "(Signed) Piet Holm\nMinister for Foreign Affairs",
        "Piet Holm\nPermanent Representative",  # no mark of a signed copy
    ],
)
def test_a_signature_that_names_no_such_office_leaves_the_office(signature: str) -> None:
    assert "Piet Holm" not in senders(signature)


@pytest.mark.parametrize("name", ["Ri Chol Man", "Han Tae Song", "Kim Song Il"])
def test_the_signed_line_is_the_whole_name(name: str) -> None:
    """'(Signed) Ri Chol Man' where the recogniser tags only 'Chol Man': the line is all name."""
    assert senders(f"(Signed) {name}\nAmbassador\nPermanent Representative") == [name]
