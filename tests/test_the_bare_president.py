"""A bare 'the President' in a report is the president the report names without a state ('President A
congratulated Mauritius ... The President also spoke by telephone with the Prime Minister of X'), not
one it ties to another state ('the President of the Republic of X, B'). Invented people."""

from __future__ import annotations

from test_extract import found_acts


def test_the_reports_own_president_calls() -> None:
    acts = found_acts(
        "President Jean-Paul Rivière has sent a message of congratulations to the President of the Republic of"
        " Mauritius, Dhanesh Boolell, on the national day.",
        "The President also spoke on the telephone last Wednesday with the Prime Minister of Mauritius, Vikash"
        " Ramsamy, about a maritime exercise.",
    )
    assert ("call", "Jean-Paul Rivière", ("Vikash Ramsamy",)) in acts


def test_a_president_of_a_state_named_is_still_found_by_his_state() -> None:
    acts = found_acts(
        "President Jean-Paul Rivière has sent a message of congratulations to the President of the Republic of"
        " Mauritius, Dhanesh Boolell, on the national day.",
        "The Mauritian President also spoke on the telephone last Wednesday with Prime Minister Vikash Ramsamy.",
    )
    assert ("call", "Dhanesh Boolell", ("Vikash Ramsamy",)) in acts
