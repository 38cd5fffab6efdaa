"""Words said in a call that the report gives after a few sentences of setting: a quote that opens by
calling the other party by name ("Karl, the party room ...") was said to that party, so in the call."""

from __future__ import annotations

import pytest

from test_extract import report, run


@pytest.mark.parametrize(
    "said",
    [
        'She said, "Karl, the party room will not accept it and neither will I, so think hard about tonight."',
        'Then she said: "Mr Brandt, the party room will not accept it, so think hard about tonight."',
    ],
)
def test_quote_calling_the_other_party_is_from_the_call(said: str) -> None:
    rep = run(
        report(
            "Premier Anna Berg phoned her deputy, Karl Brandt, on Sunday evening. Brandt was at his daughter's "
            "football match at the time and stood by the car. " + said
        )
    )
    ex = rep.extraction
    calls = [i for i, c in enumerate(ex.communications) if c.kind == "call"]
    quotes = [q for q in ex.quotes if "party room" in q.text]
    assert calls and quotes, (ex.communications, ex.quotes)
    assert quotes[0].communication == calls[0], quotes


def test_quote_about_the_call_to_a_third_person_is_not_from_it() -> None:
    rep = run(
        report(
            "Premier Anna Berg phoned her deputy, Karl Brandt, on Sunday evening. Weeks later she spoke at a "
            'dinner in Melbourne. She said, "Friends, the party room did the right thing that night."'
        )
    )
    quotes = [q for q in rep.extraction.quotes if "party room" in q.text]
    assert quotes and quotes[0].communication is None, quotes
