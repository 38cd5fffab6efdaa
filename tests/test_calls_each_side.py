"""'A spoke with B and with C', 'A spoke by phone with B and C': one conversation with each, unless the
sentence makes it one ("a joint call"); the parse may hang the second 'with' on the first, on 'by phone', or
the subject on an auxiliary that an adverbial phrase split from its verb ("A had over the weekend written to B"). Every sentence here is
invented."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence",
    [
        "The presidency said Premier Ana Berg had this week talked with Chancellor Olaf Brandt and with "
        "President Piet Okoro, and that both backed a truce.",
        "Premier Ana Berg spoke by phone with Chancellor Olaf Brandt and with President Piet Okoro on Monday.",
        "On Monday Premier Ana Berg talked by telephone with Chancellor Olaf Brandt and with President Piet Okoro.",
    ],
)
def test_one_call_with_each(sentence: str) -> None:
    acts = found_acts(sentence, headline="Berg works the phones")
    assert ("call", "Ana Berg", ("Olaf Brandt",)) in acts, acts
    assert ("call", "Ana Berg", ("Piet Okoro",)) in acts, acts


@pytest.mark.parametrize(
    "sentence",
    [
        "Premier Ana Berg spoke by phone with Chancellor Olaf Brandt and President Piet Okoro on Monday.",
        "Late on Monday Premier Ana Berg spoke by telephone with Chancellor Olaf Brandt and President Piet "
        "Okoro, urging both to halt the fighting.",
        "Premier Ana Berg talked by phone with Chancellor Olaf Brandt and President Piet Okoro about the dam.",
    ],
)
def test_one_call_with_each_of_two(sentence: str) -> None:
    acts = found_acts(sentence, headline="Berg works the phones")
    assert acts == [("call", "Ana Berg", ("Olaf Brandt",)), ("call", "Ana Berg", ("Piet Okoro",))], acts


def test_a_joint_call_is_one() -> None:
    acts = found_acts(
        "Premier Ana Berg spoke by phone with Chancellor Olaf Brandt and President Piet Okoro in a joint call "
        "on Monday.",
        headline="Berg works the phones",
    )
    assert acts == [("call", "Ana Berg", ("Olaf Brandt", "Piet Okoro"))], acts


@pytest.mark.parametrize(
    "sentence",
    [
        "The presidency said Premier Ana Berg had over the weekend written to Chancellor Olaf Brandt.",
        "Premier Ana Berg has over the past week telephoned Chancellor Olaf Brandt twice.",
        "A spokesman said Premier Ana Berg had late on Monday written to Chancellor Olaf Brandt.",
    ],
)
def test_subject_hung_on_the_auxiliary(sentence: str) -> None:
    acts = found_acts(sentence, headline="Berg and Brandt in contact")
    assert acts and all(a[1] == "Ana Berg" and a[2] == ("Olaf Brandt",) for a in acts), acts
