"""'the Ministry of Foreign Affairs and Worship' + 'of Argentina': a ministry's name that spaCy cut before
'of' and its state goes on through them (the state names the body); not through a person ('the Commission
of A B'). 'The Ministry of Foreign Affairs' beside exactly one 'Ministry of Foreign Affairs of X' is that
body named in short. Invented people, real states."""

from __future__ import annotations

import pytest

from test_extract import found_acts, report, run


@pytest.mark.parametrize(
    ("sentence", "sender"),
    [
        (
            "On 15 March 2024, the Ministry of Foreign Affairs and Worship of Argentina addressed a note of protest"
            " to the Government of Chile.",
            "Ministry of Foreign Affairs and Worship of Argentina",
        ),
        (
            "The Ministry of Foreign Affairs and Worship of Argentina sent a note to the Embassy of Chile.",
            "Ministry of Foreign Affairs and Worship of Argentina",
        ),
    ],
)
def test_the_state_after_a_cut_body_name_is_its_own(sentence: str, sender: str) -> None:
    assert [s for _k, s, _r in found_acts(sentence)] == [sender]


def test_no_person_joins_a_body_name() -> None:
    acts = found_acts(
        "A letter from the European Commission of Ursula von der Leyen reached President Ana Berg."
    )
    assert [s for _k, s, _r in acts] == ["European Commission"]


def test_the_short_name_is_the_one_longer_body() -> None:
    rep = run(
        report(
            "Bangladesh has handed a note verbale to Chile's ambassador, the Ministry of Foreign Affairs said on"
            " Sunday.",
            "\"The Ministry of Foreign Affairs of the People's Republic of Bangladesh presents its compliments to"
            ' the Embassy of the Republic of Chile," the note begins.',
            '"We regret the incident," the Ministry of Foreign Affairs said in a later statement.',
        )
    )
    speakers = {q.speaker.name for q in rep.extraction.quotes if q.speaker is not None}
    assert speakers == {"Ministry of Foreign Affairs of the People's Republic of Bangladesh"}
