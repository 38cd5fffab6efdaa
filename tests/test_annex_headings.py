"""An organisation's document prints what a letter encloses under "Annex to the letter dated 12 March 2023
from A addressed to B": that heading names the same letter as the one above it, with the same writer and
addressee; a 'to' of A's office ("the Ambassador of X to the Organisation") addresses no one.
Invented names and places."""

from __future__ import annotations

import pytest

from lettertrace.models import Options, RawReport
from lettertrace.pipeline import process_report

DOC = """Kestrian Council                                   Distr.: General
                                                   13 March 2023

Letter dated 12 March 2023 from the Ambassador of {state} to the {org} addressed to the Chair of the Council

I write to convey a statement of my Government on the troop movements along the border.

Kindly circulate this letter, with its annex, to the members of the Council.

(Signed) Tomas Arredondo
Ambassador

Annex to the letter dated 12 March 2023 from the Ambassador of {state} to the {org} addressed to the Chair of the Council

The Government has taken note with concern of the movement of troops near the border and calls for restraint.
"""


@pytest.mark.parametrize(
    ("state", "org"),
    [("Ardenia", "United Nations"), ("Norway", "Organisation"), ("Chile", "Council of States")],
)
def test_the_annex_heading_is_the_same_letter(state: str, org: str) -> None:
    raw = RawReport(
        source="invented.txt", sha256="0" * 64, raw_text=DOC.format(state=state, org=org), fmt="txt"
    )
    comms = process_report(raw, Options()).extraction.communications
    got = [(c.sender.name if c.sender else "", tuple(r.name for r in c.recipients)) for c in comms]
    assert len(got) == 1 and got[0][0] == "Tomas Arredondo", got
    assert [r.startswith("Chair of the") for r in got[0][1]] == [True], got
