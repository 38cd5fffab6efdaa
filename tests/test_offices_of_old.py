"""'the Viceroy', 'the Nuncio', 'the Taoiseach': offices a report names its holder by, as it
does 'the President' (an office no name holds when the report names none). Invented people."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize("office", ["Viceroy", "Nuncio", "Taoiseach"])
def test_the_office_is_its_holder_named_before(office: str) -> None:
    got = found_acts(
        f"The papers record an exchange between the Governor of Norland, Sir Henry Lydgate, and the {office} of"
        " Sylvania, Liang Zhenbang, who governed from the capital.",
        f"On 12 May 1854, Lydgate wrote to the {office} proposing that the authorities co-operate against the"
        " pirates.",
    )
    assert got == [("letter", "Henry Lydgate", ("Liang Zhenbang",))]


def test_the_office_alone_is_a_party() -> None:
    got = found_acts(
        "On 12 May 1854, Governor Henry Lydgate wrote to the Viceroy of Sylvania proposing co-operation."
    )
    assert got == [("letter", "Henry Lydgate", ("Viceroy of Sylvania",))]
