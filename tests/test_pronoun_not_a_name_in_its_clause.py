"""A subject 'she' or 'he' never means a person named inside its own clause ('On 4 September she wrote to
Mali's foreign minister, A': not A); and 'Finland's foreign minister ... told reporters she had raised it
by phone with B': the minister the sentence opens with, named or not."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "second",
    [
        "On 4 September she wrote to Mali's foreign minister, Abdoulaye Diarra, asking for help.",
        "Two days later she telephoned Mali's foreign minister, Abdoulaye Diarra.",
        "She then sent a letter to Abdoulaye Diarra, Mali's foreign minister.",
    ],
)
def test_she_is_not_the_one_her_clause_names(second: str) -> None:
    acts = found_acts("Foreign Minister Marieke Brouwer was already awake when the news came.", second)
    assert [s for _, s, _ in acts] == ["Marieke Brouwer"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Finland's foreign minister, who did not sign, told reporters she had raised the issue by phone with "
        "Ms Anneli Markkula on Friday.",
        "Norway's prime minister told parliament he had raised the issue by phone with Ms Anneli Markkula on "
        "Friday.",
    ],
)
def test_the_role_that_reports_its_own_call(sentence: str) -> None:
    acts = found_acts("Three ministers wrote to Ms Anneli Markkula on Monday.", sentence)
    callers = [s for k, s, r in acts if k == "call"]
    assert len(callers) == 1 and callers[0].endswith(("foreign minister", "prime minister"))
