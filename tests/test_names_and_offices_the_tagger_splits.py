"""Names and offices the tagger splits, in a minister's answer to a committee:

- a capitalised given name read as a word of grammar ('Per' as the preposition) inside a sentence, after a
  comma, a lower-case word or a title, opens the name ('Per Olav Hauge', not 'Olav Hauge');
- an office tagged as a body ('Minister of Health and Care Services') with its holder set off after it is
  the holder's office, so a later 'the minister' is that person;
- a name tagged as a body, set off right after a lower-case office ('the committee chair, Kari Nesse of the
  Centre Party, who ...'), is the office's holder, whatever the parser hung it on.

Invented people."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "named",
    [
        "Norland's Minister of Health and Care Services, Per Olav Hauge, has turned down a request.",
        "Health Minister Per Olav Hauge has turned down a request from the health committee.",
        "The request was turned down by the health minister, Per Olav Hauge, on Monday.",
    ],
)
def test_the_given_name_read_as_a_preposition_opens_the_name(named: str) -> None:
    got = found_acts(named, "The committee chair, Kari Nesse, had written to the minister on 24 August.")
    assert got == [("letter", "Kari Nesse", ("Per Olav Hauge",))]


@pytest.mark.parametrize(
    "reply",
    [
        "In a letter dated Friday, Hauge replies to the committee chair, Kari Nesse of the Centre Party, who had"
        " written to the minister on 24 August on behalf of the committee.",
        "Hauge wrote to the committee chair, Kari Nesse of the Centre Party, on Friday.",
        "On Friday Hauge sent a letter to the committee chair, Kari Nesse of the Centre Party.",
    ],
)
def test_the_holder_set_off_after_a_lower_case_office(reply: str) -> None:
    got = found_acts(
        "Norland's Minister of Health and Care Services, Per Olav Hauge, has turned down a request.", reply
    )
    assert ("letter", "Per Olav Hauge", ("Kari Nesse",)) in got
    assert all("chair" not in r for _k, _s, rs in got for r in rs)


@pytest.mark.parametrize(
    "text",
    [
        "Officials said, Per the agreement, the border stays open. Ana Berg wrote to Tomas Velde on Monday.",
        "The Premier Writes To Ana Berg About The Dam",
    ],
)
def test_a_capital_word_of_grammar_elsewhere_is_no_name(text: str) -> None:
    got = found_acts(text)
    assert all(not s.startswith(("Per ", "To ")) for _k, s, _r in got)
    assert all(not r.startswith(("Per ", "To ")) for _k, _s, rs in got for r in rs)
