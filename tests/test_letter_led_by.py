"""'a bipartisan letter led by Governor A and signed by governors of six states', 'a letter organised by the
B Network': the one who leads, drafts or organises a joint letter is its sender, as the participle on the
letter says (one list of authoring verbs for the passive and the participle: argument_checks.AUTHORING).
A letter 'seen by' or 'reviewed by' someone is still not theirs. Invented people."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "text",
    [
        "Last month, Governor Laura Whitman joined a bipartisan letter led by Tennessee Gov. Marcus Dale and signed"
        " by governors of six states, urging President Harlan Brooks to reverse the cuts.",
        "A letter led by Senator Marcus Dale urged President Harlan Brooks to reverse the cuts.",
        "Forty senators signed a letter, led by Senator Marcus Dale, urging President Harlan Brooks to reverse the"
        " cuts.",
        "A letter organised by Senator Marcus Dale urged President Harlan Brooks to reverse the cuts.",
    ],
)
def test_the_leader_of_a_joint_letter_sends_it(text: str) -> None:
    assert found_acts(text) == [("letter", "Marcus Dale", ("Harlan Brooks",))]


def test_a_letter_seen_by_someone_is_not_theirs() -> None:
    got = found_acts(
        "Governor Laura Whitman wrote to President Harlan Brooks on Monday.",
        "The letter, seen by Senator Marcus Dale, urged a reversal of the cuts.",
    )
    assert got == [("letter", "Laura Whitman", ("Harlan Brooks",))]
