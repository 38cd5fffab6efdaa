"""An office the report names its holder with, before or after: 'A wrote to the Chief Election Commissioner
on Sunday. ... Chief Election Commissioner B could not be reached' -- the addressee is B; not when the
title differs ('Deputy ...') or two named people carry it. Invented names; report dated Thursday
14 March 2024."""

from __future__ import annotations

import pytest

from test_extract import report, run
from test_patterns import observed

WROTE = "Opposition leader Maria Holm wrote to the Chief Election Commissioner on Sunday."


@pytest.mark.parametrize(
    "paragraphs",
    [
        (WROTE, "Chief Election Commissioner Tomas Lind could not be reached."),
        ("Chief Election Commissioner Tomas Lind opened the office on Friday.", WROTE),
        (
            'Opposition leader Maria Holm accused the commission of ignoring complaints. "I wrote to the Chief'
            ' Electoral Officer on Sunday and I have not had so much as an acknowledgement," she told a rally.',
            "Chief Electoral Officer Tomas Lind was in Eastvale yesterday and could not be reached.",
        ),
    ],
)
def test_the_office_is_the_one_the_report_names_with_its_title(paragraphs: tuple[str, ...]) -> None:
    assert observed(run(report(*paragraphs))) == [("letter", "Maria Holm", ("Tomas Lind",), "")]


@pytest.mark.parametrize(
    "other",
    [
        "Deputy Election Commissioner Tomas Lind could not be reached.",
        "Chief Election Commissioner Tomas Lind of Norland and Chief Election Commissioner Ana Berg of"
        " Vestria met on Monday.",
    ],
)
def test_another_title_or_two_holders_name_no_one(other: str) -> None:
    found = observed(run(report(WROTE, other)))
    assert len(found) == 1 and found[0][2] not in (("Tomas Lind",), ("Ana Berg",))


def test_an_office_of_a_body_is_the_one_titled_with_its_words() -> None:
    text = (
        "EASTVALE - The president of the Eastvale Area School Board wrote to state Sen. Maria Holm on March 12"
        ' asking for help. "We are being asked to choose between buses and teachers," board president Tomas'
        " Lind wrote.",
    )
    assert observed(run(report(*text))) == [("letter", "Tomas Lind", ("Maria Holm",), "")]


def test_a_bare_title_is_no_holder_of_an_office_of_a_body() -> None:
    text = (
        "The president of the Vestrian Senate wrote to President Ana Berg on Monday.",
        "Berg did not reply.",
    )
    found = observed(run(report(*text)))
    assert [f[1] for f in found] == ["president of the Vestrian Senate"]
