"""'his Ivorian counterpart' after "President B of Cote d'Ivoire": the people's word and the state written
after 'of' in the name's own phrase are one state, so the counterpart is B."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "later",
    [
        "The call followed a letter that President Adomako had written to his Ivorian counterpart a while ago.",
        "President Adomako had written to his Ivorian counterpart a while ago about a joint board.",
        "A letter from President Adomako to his Ivorian counterpart was delivered in May.",
    ],
)
def test_counterpart_named_with_of_and_a_state(later: str) -> None:
    acts = found_acts(
        "On Tuesday, President Kwame Adomako held a telephone conversation with President Bakary Kone of "
        "Cote d'Ivoire.",
        later,
    )
    assert ("letter", "Kwame Adomako", ("Bakary Kone",)) in acts, acts
