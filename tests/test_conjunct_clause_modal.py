"""'Norland will not cut its aid, Premier A has assured B in a letter': a coordinated clause with its own
subject is not under the first clause's modal or negation; one that shares them is ("A will call B and
write to C"). Every sentence here is invented."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence",
    [
        "Peru will not abandon its share of the Chilean-led rescue fund for Bolivia despite the falling copper "
        "price, President Ana Berg has assured her Bolivian counterpart, President Olaf Brandt, in a message "
        "sent on Friday.",
        "Spain will not reduce its share of the Italian-led patrols off Libya despite the rising costs to its "
        "navy, Prime Minister Ana Berg has assured her Libyan counterpart, Prime Minister Olaf Brandt, in a "
        "letter.",
        "Sweden will not cut its aid to the camps in Chad this year despite budget pressure at home, Prime "
        "Minister Ana Berg has told her Chadian counterpart, Prime Minister Olaf Brandt, in a letter.",
    ],
)
def test_own_subject_is_its_own_clause(sentence: str) -> None:
    acts = found_acts(sentence, headline="Aid row deepens")
    assert [a[1:] for a in acts] == [("Ana Berg", ("Olaf Brandt",))], acts


def test_shared_modal_still_blocks() -> None:
    acts = found_acts(
        "Premier Ana Berg will visit the border and write to Chancellor Olaf Brandt next week.",
        headline="Berg plans",
    )
    assert acts == [], acts
