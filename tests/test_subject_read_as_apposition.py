"""The name just before a finite verb the parser gave no subject is its subject ("In a letter dated 28
November to the Speaker, Ms A, President B informed Parliament": B, parsed as one more apposition of the
Speaker's); a verb after 'and' shares its first verb's subject. Every sentence here is invented."""

from __future__ import annotations

from test_extract import found_acts


def test_the_name_before_a_subjectless_verb_is_its_subject() -> None:
    acts = found_acts(
        "In a letter dated 28 November 2024 to the Speaker, Ms Thandi Mabena, President Sipho Ndaba informed "
        "Parliament that the deployment is lawful."
    )
    assert [a[1] for a in acts] == ["Sipho Ndaba"], acts


def test_a_verb_after_and_keeps_its_first_verbs_subject() -> None:
    acts = found_acts(
        "President Sipho Ndaba wrote to the Speaker, Ms Thandi Mabena, and informed Parliament."
    )
    assert [a[1] for a in acts] == ["Sipho Ndaba"], acts
