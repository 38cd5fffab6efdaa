"""'General (retired) B', 'Brigadier (Rtd) B', 'Justice (retd.) B': a title, a bracketed word on its
holder's standing, then the name. The bracket stops the parser, which leaves the title as the object and
the name apart; the party is the named person, as an object, an apposition or a sender."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    ("sentence", "recipient"),
    [
        ("Mayor Erik Sandberg wrote to General (retired) Tomas Varga on Monday.", "Tomas Varga"),
        (
            "Mayor Erik Sandberg wrote to the federation president, Brigadier (Rtd) Samuel Okonkwo, on Friday.",
            "Samuel Okonkwo",
        ),
        ("Mayor Erik Sandberg sent a letter to Justice (retd.) Amara Mensah last week.", "Amara Mensah"),
        (
            "The letter, sent by Mayor Erik Sandberg to Commodore (retired) Lars Holm, asked for help.",
            "Lars Holm",
        ),
    ],
)
def test_the_named_holder_is_the_party(sentence: str, recipient: str) -> None:
    got = found_acts(sentence)
    assert any(recipient in a[2] for a in got), got
    assert not any(
        r in ("General", "Brigadier", "Justice", "Commodore", "Rtd", "retd") for a in got for r in a[2]
    )
