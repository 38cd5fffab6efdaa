"""'The minister' where two ministers are named, one as "Norland's Minister of Foreign Affairs, A" and one as
"the Minister for Africa, B": a state's possessive before an office does not hide the office's head word."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "later",
    [
        "Mr Bako told journalists on Wednesday that he welcomed the letter. The minister also spoke on the "
        "telephone on Wednesday with his Ghanaian counterpart, Efua Mensah.",
        "Mr Bako told journalists on Wednesday that he welcomed the letter. The minister later phoned his "
        "Ghanaian counterpart, Efua Mensah.",
    ],
)
def test_possessed_office_counts_its_head_word(later: str) -> None:
    acts = found_acts(
        "Nigeria's Minister of Foreign Affairs, Olu Bako, has received a letter from the United Kingdom's "
        "Minister for Africa, Harriet Penn, on the visa backlog.",
        later,
    )
    calls = [a for a in acts if a[0] == "call"]
    assert calls and {calls[0][1], *calls[0][2]} == {"Olu Bako", "Efua Mensah"}, acts
