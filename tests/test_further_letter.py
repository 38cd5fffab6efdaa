"""'a further letter', 'a subsequent letter', 'a fresh letter' from the same writer to the same addressee is
another act than the letter told before, as 'another letter' is: two letters with their own dates. 'Further
to your letter of 3 May' refers back to that letter. Invented people."""

from __future__ import annotations

import pytest

from test_extract import report, run

FIRST = "The archive holds the letter Samuel Cox wrote to Governor Robert Dunmore on 13 March 1876."


def dated_letters(*paras: str) -> list[tuple[str, str, str]]:
    comms = run(report(*paras)).extraction.communications
    return sorted(
        (c.sender.name if c.sender else "", c.date.earliest.isoformat() if c.date.earliest else "", c.kind)
        for c in comms
    )


@pytest.mark.parametrize(
    "then",
    [
        "The bundle also holds a further letter from Cox to the Governor dated 9 May 1876.",
        "A subsequent letter from Cox to the Governor, dated 9 May 1876, went unanswered.",
        "Cox sent a fresh letter to the Governor on 9 May 1876.",
    ],
)
def test_a_further_letter_is_another(then: str) -> None:
    assert dated_letters(FIRST, then) == [
        ("Samuel Cox", "1876-03-13", "letter"),
        ("Samuel Cox", "1876-05-09", "letter"),
    ]


def test_further_to_a_letter_refers_back() -> None:
    text = report(
        "Governor Robert Dunmore wrote to Speaker Samuel Cox on 13 March 1876.",
        '"Further to your letter of 13 March, I must decline," Cox replied on 20 March 1876.',
    )
    kinds = [(c.sender.name if c.sender else "") for c in run(text).extraction.communications]
    assert kinds.count("Robert Dunmore") == 1
