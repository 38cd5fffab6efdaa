"""'on the situation in the Sahel': a one-word name right after 'the' is a place's or a body's, whatever
the tagger says, so 'his Ostmark counterpart on the situation in the Sahel' is no person called Sahel;
and a role's description ends where what was talked of begins ('on the situation', 'about trade'),
though an office's own 'on' stays ('the Special Rapporteur on Torture')."""

from __future__ import annotations

import pytest

from test_extract import run

HEAD = "Kranz speaks with counterpart\n\n"


def _call_recipients(body: str) -> list[tuple[str, str | None]]:
    (c,) = run(HEAD + body + "\n").extraction.communications
    return [(r.name, r.role) for r in c.recipients]


@pytest.mark.parametrize(
    "body",
    [
        "President Leo Kranz on Monday held a telephone conversation with his Ghanaian counterpart on the "
        "political situation in the Sahel and the future of the West African bloc.",
        "President Leo Kranz on Monday held a telephone conversation with his Malian counterpart on the "
        "security situation in the Sahel and the future of the regional bloc.",
        "President Leo Kranz spoke by phone with his Ghanaian counterpart about the situation in the Sahel "
        "and the future of the Economic Community of West African States (ECOWAS).",
    ],
)
def test_no_person_is_called_after_a_place(body: str) -> None:
    got = _call_recipients(body)
    assert got and all(name != "Sahel" for name, _ in got), got
    assert all("Sahel" not in (role or "") and "situation" not in (role or "") for _, role in got), got
