"""An act told as done again ("the Premier wrote again on Monday", "A again phoned B", "A wrote to B once
more") is another act than the one told before; a bare "A wrote again" goes to those A last wrote to,
and "In response, A wrote again" is the one reply its noun tells. Every sentence here is invented."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "text",
    [
        # the sender by name, then by office
        "Premier Lachlan Hewitt wrote to Treasurer Priya Menon on Friday. The Premier wrote again on Monday.",
        # by surname, 'again' before the verb
        "Premier Lachlan Hewitt wrote to Treasurer Priya Menon on Friday. Hewitt again wrote on Monday.",
        # a pronoun, a perfect
        "Premier Lachlan Hewitt wrote to Treasurer Priya Menon on Friday. On Monday he has written again.",
        # 'once more'
        "Premier Lachlan Hewitt wrote to Treasurer Priya Menon on Friday. He wrote once more on Monday.",
    ],
)
def test_a_bare_wrote_again_is_a_second_letter_to_the_same_addressee(text: str) -> None:
    assert found_acts(text) == [("letter", "Lachlan Hewitt", ("Priya Menon",))] * 2


def test_wrote_to_someone_again_is_another_letter() -> None:
    acts = found_acts(
        "Premier Lachlan Hewitt wrote to Treasurer Priya Menon on Friday about the hospital. "
        "Hewitt wrote to Menon again on Monday about the budget."
    )
    assert acts == [("letter", "Lachlan Hewitt", ("Priya Menon",))] * 2


def test_an_again_reply_told_by_its_noun_is_one_letter() -> None:
    acts = found_acts(
        "Premier Lachlan Hewitt wrote to Treasurer Priya Menon on February 2.",
        "Answering that letter in a reply dated February 9, Dr Menon said the money was safe.",
        "In response, the Premier wrote again on Monday, calling her answer a betrayal.",
    )
    assert sorted(acts) == [
        ("letter", "Lachlan Hewitt", ("Priya Menon",)),
        ("letter", "Lachlan Hewitt", ("Priya Menon",)),
        ("letter", "Priya Menon", ("Lachlan Hewitt",)),
    ]


def test_again_with_no_letter_before_has_no_addressee() -> None:
    text = "Treasurer Priya Menon met Premier Lachlan Hewitt on Friday. The Premier wrote again on Monday."
    assert found_acts(text) == []


def test_again_on_another_verb_adds_no_letter() -> None:
    text = "Premier Lachlan Hewitt wrote to Treasurer Priya Menon on Friday. He again urged action on Monday."
    assert found_acts(text) == [("letter", "Lachlan Hewitt", ("Priya Menon",))]
