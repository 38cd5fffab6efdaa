"""A headline's 'call' in the sense of an appeal ('launches campaign with call to "finish the job"') does
not make the report one about a phone call, so 'spoke to B at the rally' stays talk in person; a headline
that tells of a phone call ('discuss dam in phone call') still does."""

from __future__ import annotations

import pytest

from test_extract import found_acts

BODY = "Leo Kranz spoke to Ana Berg at the rally on Monday, his aides said."


@pytest.mark.parametrize(
    "headline",
    [
        'Kranz launches campaign with call to "finish the job"',
        "Kranz opens party conference with call for unity",
        "Unions issue call for calm as Kranz opens bid",
    ],
)
def test_an_appeal_in_the_headline_tells_no_call(headline: str) -> None:
    assert found_acts(BODY, headline=headline) == []


def test_a_headline_phone_call_still_tells_one() -> None:
    got = found_acts(
        "Leo Kranz spoke to Ana Berg on Monday, his aides said.", headline="Kranz, Berg discuss dam in call"
    )
    assert [k for k, _s, _r in got] == ["call"], got
