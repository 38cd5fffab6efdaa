"""A list of senders announced by 'from the following <people> ...:' however long the sentence before the colon
runs, one message per line; and honorifics ("Rt. Hon.", "H.E.") the tagger takes for a name or the parser for
the head of an office are no parties. Every sentence here is invented."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "intro",
    [
        "Prime Minister Lena Holt received, over the weekend, cables of sympathy from the following leaders after "
        "the damage the storms of 3 November did to the harbours and farms of the southern districts:",
        "President Lena Holt has received messages of congratulation from the following heads of state:",
        "Messages of sympathy reached Chancellor Lena Holt from the following heads of government after the "
        "fire in the old town:",
    ],
)
def test_each_listed_leader_sends_a_message(intro: str) -> None:
    acts = found_acts(
        intro
        + "\n\n1. H.E. Mr. Ivo Brandt, President of the Republic of Estland;\n"
        + "2. H.E. Mr. Tomas Egger, Prime Minister of Lorvia; and\n"
        + "3. H.E. Dr. Amira Sayed, President of Qaria."
    )
    assert [(a[1], a[2]) for a in acts] == [
        ("Amira Sayed", ("Lena Holt",)),
        ("Ivo Brandt", ("Lena Holt",)),
        ("Tomas Egger", ("Lena Holt",)),
    ], acts


@pytest.mark.parametrize(
    "paragraph",
    [
        "The Rt. Hon. Premier Mr. Karel Dvorsky has received letters of sympathy from the following "
        "heads of government:\n\n1. H.E. Mr. Ivo Brandt, President of the Republic of Estland;\n2. H.E. Mr. Tomas Egger, "
        "Prime Minister of Lorvia.",
        "Prime Minister Karel Dvorsky opened a school.\n\nOn Sunday the Rt. Hon. Prime Minister took a "
        "phone call from H.E. Mr. Tomas Egger, Caretaker Prime Minister of Lorvia.",
    ],
)
def test_honorifics_are_no_parties(paragraph: str) -> None:
    acts = found_acts(paragraph)
    assert acts and all(a[2] == ("Karel Dvorsky",) for a in acts), acts
