"""'The letter ... was signed by C on behalf of the Premier, according to the news agency': a 'to' that
names a source ("according to", "thanks to") never names an addressee. Every sentence here is invented."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "source",
    [
        "according to Norland's Example News Agency",
        "according to the state broadcaster NTV",
        "according to Ostmark",
    ],
)
def test_according_to_is_a_source(source: str) -> None:
    acts = found_acts(
        "Premier Ana Berg has written to Chancellor Olaf Brandt to ask for talks.",
        f"The letter, dated 11 March, was signed by Deputy Premier Piet Okoro on behalf of Berg, {source}.",
        headline="Berg writes",
    )
    assert acts == [("letter", "Ana Berg", ("Olaf Brandt",))], acts
