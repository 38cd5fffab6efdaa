"""A party's forms as the report writes them, with the words that open a description or a form of
address ('the Sylvanian prime minister', 'His Royal Highness Prince A', 'HH the Emir A'), are aliases
too; an article before the party's own name is not. Every text is invented."""

from __future__ import annotations

import pytest

from lettertrace.models import PartyMention
from test_extract import report, run


def parties(*paragraphs: str) -> dict[str, tuple[str, ...]]:
    rep = run(report(*paragraphs), prefilter=False)
    return {p.name: p.aliases for p in rep.extraction.parties}


def forms_of(name: str, *paragraphs: str) -> tuple[str, ...]:
    return parties(*paragraphs)[name]


@pytest.mark.parametrize(
    ("paragraphs", "name", "written"),
    [
        (
            [
                "Prince Ivo Stren of Grand Fenwick sent a letter to President Aldo Verran of Freedonia on Tuesday.",
                "His Royal Highness Prince Ivo Stren said the letter set out his concerns.",
            ],
            "Ivo Stren",
            "His Royal Highness Prince Ivo Stren",
        ),
        (
            [
                "Emir Sheikh Tamar Odo of Qandar sent a message to President Aldo Verran of Freedonia on Tuesday.",
                "The message of HH the Emir Sheikh Tamar Odo dealt with the harbour.",
            ],
            "Tamar Odo",
            "HH the Emir Sheikh Tamar Odo",
        ),
        (
            [
                "Prime Minister Kesi Orlamo of Sylvania sent a letter to President Aldo Verran of Freedonia on Tuesday.",
                "Her Excellency Prime Minister Kesi Orlamo asked for talks on the river.",
            ],
            "Kesi Orlamo",
            "Her Excellency Prime Minister Kesi Orlamo",
        ),
    ],
)
def test_forms_with_their_opening_words(paragraphs: list[str], name: str, written: str) -> None:
    assert written in forms_of(name, *paragraphs)


def test_an_article_before_the_name_itself_is_no_form() -> None:
    forms = forms_of(
        "Kesi Orlamo",
        "Prime Minister Kesi Orlamo of Sylvania sent a letter to President Aldo Verran of Freedonia on Tuesday.",
        "The Kesi Orlamo government has fallen twice.",
    )
    assert not any(f.lower().startswith("the kesi") for f in forms)


def test_as_written_reads_the_text_only_where_the_form_stands() -> None:
    from lettertrace.extract.surface_forms import as_written

    party = PartyMention("Ana Berg", aliases=("Ana Berg", "Norland president", "Prime Minister"))
    text = "The Norland president, Ana Berg, wrote. Later the Norland president spoke; no prime minister did."
    got = as_written(party, text)
    assert got.aliases == (
        "Ana Berg",
        "Norland president",
        "Prime Minister",
        "The Norland president",
        "the Norland president",
    )


@pytest.mark.parametrize(
    ("paragraphs", "name", "written"),
    [
        (
            [
                "President Aldo Verran of Freedonia sent a letter to the Sylvanian government on Tuesday.",
                "The Sylvanian government has not answered.",
            ],
            "Sylvania",
            "The Sylvanian government",
        ),
        (
            [
                "Prime Minister Kesi Orlamo of Sylvania wrote to the Freedonian foreign ministry on Tuesday.",
                "The Freedonian foreign ministry confirmed that the letter had arrived.",
            ],
            "Freedonian foreign ministry",
            "The Freedonian foreign ministry",
        ),
        (
            [
                "President Aldo Verran of Freedonia sent a letter to the Sylvanian government on Tuesday.",
                "Officials said the Sylvanian government would answer in May.",
            ],
            "Sylvania",
            "the Sylvanian government",
        ),
    ],
)
def test_a_body_as_the_report_writes_it(paragraphs: list[str], name: str, written: str) -> None:
    assert written in forms_of(name, *paragraphs)
