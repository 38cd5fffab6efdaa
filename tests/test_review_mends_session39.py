"""Review mends (invented people): a body named right after 'Office of X and' is no portfolio part unless
'of', a name or ', a name' follows it ('to the Minister of Defence and Amnesty International'); a ministry
named in short is not folded into a longer '... of X' that the same sentence writes to; a people's word on
a plural names no body that is no people ('to NATO allies'); a signature's name and date on two lines are
no dateline."""

from __future__ import annotations

from lettertrace.datelines import dateline_tokens
from lettertrace.models import Options
from lettertrace.nlp import parse
from test_extract import found_acts


def test_a_body_after_an_office_and_and_stays_a_body() -> None:
    acts = found_acts("Ana Berg wrote to the Minister of Defence and Amnesty International on Monday.")
    assert any("Amnesty International" in r for _k, _s, rs in acts for r in rs)


def test_the_own_ministry_writing_to_another_stays_apart() -> None:
    acts = found_acts(
        "The Ministry of Foreign Affairs sent a note verbale to the Ministry of Foreign Affairs of Ostmark on"
        " Monday."
    )
    assert acts == [("message", "Ministry of Foreign Affairs", ("Ministry of Foreign Affairs of Ostmark",))]


def test_a_pair_with_a_portfolio_of_two_parts_set_off_by_commas() -> None:
    acts = found_acts(
        "The exchange of letters between the President of the Senate, Hernando Cardenas, and the Minister of"
        " Finance and Public Credit, Luis Ortiz, entered a third round."
    )
    assert sorted(acts) == [
        ("letter", "Hernando Cardenas", ("Luis Ortiz",)),
        ("letter", "Luis Ortiz", ("Hernando Cardenas",)),
    ]


def test_a_signature_and_its_date_on_two_lines_are_no_dateline() -> None:
    doc = parse("With respect,\nAna Berg,\nMarch 5, 2024\n", Options().spacy_model)
    assert not any(doc[i].text in ("Ana", "Berg") for i in dateline_tokens(doc))
