"""A bare hyphenated office ("The Secretary-General") where two people of the report hold it: the title's
whole words decide ("Secretary-General", not "General", which a recogniser's broken name "General A B" may
start with); with the same fit, the one the report named first holds it."""

from __future__ import annotations

import pytest

from test_extract import found_acts

BODY = [
    "The Secretary-General of the Norland Liberation Front, Ustaz Karim Nasser, sent on Sunday a letter of "
    "reply to the Leader of the Revolution in Sylvania, Sayyed Omar Reyes, in response to his message of "
    "condolence.",
    "In another context, the Secretary-General received on Saturday a cable of condolences from the deputy "
    "leader of the Norland Workers Front, Comrade Nidal Aqel.",
    "On Sunday, Nasser also sent a letter to UN Secretary-General Anders Vikstrom.",
]


@pytest.mark.parametrize(
    "headline",
    [
        "The Secretary-General replies to the message of the Leader of the Revolution in Sylvania",
        "The Secretary-General answers the Leader of the Revolution in Sylvania",
    ],
)
def test_bare_hyphened_title_is_the_first_holder(headline: str) -> None:
    acts = found_acts(*BODY, headline=headline)
    assert not any("Vikstrom" in a[1] for a in acts), acts
    assert any(a[:2] == ("message", "Nidal Aqel") and a[2][0].endswith("Karim Nasser") for a in acts), acts
