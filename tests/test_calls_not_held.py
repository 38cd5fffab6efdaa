"""Calls that name no act: a call "not under consideration" (or "under review"), a counted set of callers
none of whom is named ("Four heads of government phoned her"), and an interview given to a news outlet
after a call ("Speaking to Example News after the call, A said"). Every sentence here is invented."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence",
    [
        'A senior official said a call with Chancellor Olaf Brandt was "not under serious consideration '
        'for now".',
        "A spokesman said a phone call between Premier Ana Berg and Chancellor Olaf Brandt was under review.",
        "An aide said a telephone conversation with Chancellor Olaf Brandt remained under discussion.",
    ],
)
def test_a_call_under_consideration(sentence: str) -> None:
    assert found_acts(sentence, headline="Capital weighs its options") == []


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("Three heads of government have now spoken to Premier Ana Berg by phone.",),
        ("Premier Ana Berg has been busy on the telephone. Several leaders of the region have phoned her.",),
        ("Premier Ana Berg spent the week on the phone. Four presidents have spoken with her since Monday.",),
    ],
)
def test_counted_callers_are_no_party(paragraphs: tuple[str, ...]) -> None:
    assert found_acts(*paragraphs, headline="Berg on the phone") == []


@pytest.mark.parametrize(
    "outlet",
    ["Example News", "the Harbour Herald", "Northland Radio"],
)
def test_speaking_to_an_outlet_is_no_call(outlet: str) -> None:
    acts = found_acts(
        "Premier Ana Berg spoke by phone with Chancellor Olaf Brandt on Thursday.",
        f"Speaking to {outlet} after the call, Berg said the talks had gone well.",
        headline="Berg and Brandt talk",
    )
    assert acts == [("call", "Ana Berg", ("Olaf Brandt",))], acts


@pytest.mark.parametrize(
    "advice",
    [
        "Kenyans living in the region were encouraged to contact the Kenyan High Commission in Kampala.",
        "Chileans stranded abroad are encouraged to contact the Chilean Embassy in Lima.",
        "Canadians in the north were advised to call the Canadian Consulate in Oslo.",
    ],
)
def test_advice_to_call_is_no_call(advice: str) -> None:
    acts = found_acts(
        "Premier Ana Berg spoke by phone with Chancellor Olaf Brandt on Monday.", advice, headline="Advice"
    )
    assert acts == [("call", "Ana Berg", ("Olaf Brandt",))], acts
