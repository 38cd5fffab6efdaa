"""A description naming another nationality is not the named holder of the office: after "Vietnamese
President Nguyen Van An", "the French president" is someone else, in a call, a letter or a message,
whether the holder's nationality came before the title or after the name. Look-alikes: the same
nationality, no nationality, or a word of party or faith (which spaCy tags as it tags nationalities)
still point back to the holder. Invented sentences; helpers of ``test_patterns``."""

from __future__ import annotations

import pytest

from test_patterns import acts

AN, ROSS = "Nguyen Van An", "Liam Ross"


@pytest.mark.parametrize(
    "text, kind",
    [
        (f"Vietnamese President {AN} met Prime Minister {ROSS} on Monday. The French president later phoned Ross.",
         "call"),
        (f"Vietnamese President {AN} met Prime Minister {ROSS} on Monday. A letter from the Norwegian president"
         " reached Ross on Friday.", "letter"),
        (f"The Vietnamese President, {AN}, toured the harbour with Prime Minister {ROSS} on Monday. On Friday Ross"
         " was telephoned by the Israeli president.", "call"),
    ],
)  # fmt: skip
def test_a_description_of_another_nationality_is_not_the_named_holder(text: str, kind: str) -> None:
    ((got_kind, sender, to),) = acts(text)
    assert got_kind == kind and to == (ROSS,)
    # ("The French president" of March 2024 is the alias file's holder, session 46)
    assert sender != AN and ("president" in sender.lower() or sender == "Emmanuel Macron")


@pytest.mark.parametrize(
    "text",
    [
        f"Vietnamese President {AN} met Prime Minister {ROSS} on Monday. The Vietnamese president later phoned Ross.",
        f"Vietnamese President {AN} met Prime Minister {ROSS} on Monday. The president later phoned Ross.",
        f"Communist President {AN} met Prime Minister {ROSS} on Monday. The Vietnamese president later phoned Ross.",
    ],
)
def test_the_same_nationality_or_none_still_points_back(text: str) -> None:
    assert acts(text) == [("call", AN, (ROSS,))]
