"""Indian press forms. 'President Smt. A B', 'Tmt. A B', 'Adv. A B': an abbreviated honorific's full stop
ends no sentence (the letter's addressee stays in the sentence of its writing). 'Governor writes back to CM':
the abbreviation names the report's chief minister. 'In his letter to B, a copy of which is with the paper,
A said': the relative aside between the letter and its clause leaves A the writer. Invented people."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize("honorific", ["Smt.", "Tmt.", "Adv.", "Dr."])
def test_an_abbreviated_honorific_ends_no_sentence(honorific: str) -> None:
    acts = found_acts(
        f"Chief Minister Ravi Menon wrote to President {honorific} Indira Rao seeking her intervention."
    )
    assert acts == [("letter", "Ravi Menon", ("Indira Rao",))]


def test_the_honorific_on_the_writer() -> None:
    acts = found_acts("Adv. Joseph Kurian, MP, wrote to Tmt. Kavitha Raman on Monday.")
    assert acts == [("letter", "Joseph Kurian", ("Kavitha Raman",))]


BODY = (
    "Chief Minister Ravi Menon wrote to Governor Arun Pillai on 3 May about the pending Bills.",
    "On 9 May the Governor wrote to the Speaker, Lal Perera, about the session.",
)


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("CM writes to Governor over pending Bills", ("letter", "Ravi Menon", ("Arun Pillai",))),
        ("Governor writes to CM, Speaker", None),
    ],
)
def test_cm_in_a_headline_is_the_chief_minister(
    headline: str, expected: tuple[str, str, tuple[str, ...]] | None
) -> None:
    acts = found_acts(*BODY, headline=headline)
    assert all("CM" not in (s, *r) for _k, s, r in acts)
    if expected is not None:
        assert expected in acts


@pytest.mark.parametrize(
    "aside", [", a copy of which is with The Courier,", ", a copy of which was seen by reporters,"]
)
def test_a_relative_aside_leaves_the_writer(aside: str) -> None:
    acts = found_acts(
        "Chief Minister Ravi Menon wrote to President Smt. Indira Rao on Thursday.",
        "He had written to Governor Arun Pillai on 3 May. In his reply dated 9 May, the Governor said he had"
        " returned four Bills.",
        f"In his letter to the President{aside} the Chief Minister said the Governor's reply was an affront.",
    )
    assert ("letter", "Arun Pillai", ("Indira Rao",)) not in acts
    assert ("letter", "Ravi Menon", ("Indira Rao",)) in acts


@pytest.mark.parametrize("who", ["Former chief minister Ravi Menon", "Deputy Chief Minister Ravi Menon"])
def test_cm_is_no_former_or_deputy(who: str) -> None:
    acts = found_acts(
        "Union Minister Asha Rao wrote to Prime Minister Lena Voss on Monday.",
        f"{who} criticised her.",
        headline="CM writes to PM on floods",
    )
    assert all(s != "Ravi Menon" for _k, s, _r in acts)
