"""Letters to several offices of an international body that no one in the report holds by name: "identical
letters to the Secretary-General, the President of the Council and the President of the Assembly" are one
letter to three addressees, whatever the headline calls them, and an office with a body of its own is not
the addressee of an earlier letter (only an office that addressee holds is)."""

from __future__ import annotations

import pytest

from test_extract import found_acts

THREE = [
    # active, the parser hangs the second office on the first as its apposition
    "The ambassador of Norland to the United Nations, Tomas Vell, sent identical letters on Tuesday to the UN "
    "Secretary-General, the President of the Security Council and the President of the General Assembly.",
    # with a date phrase inside the second office
    "The ambassador of Norland to the United Nations, Tomas Vell, sent identical letters on Tuesday to the UN "
    "Secretary-General, the President of the Security Council for this month and the President of the General "
    "Assembly, about the attacks.",
]


@pytest.mark.parametrize("sentence", THREE)
def test_identical_letters_to_three_offices(sentence: str) -> None:
    acts = found_acts(sentence, headline="Norland envoy sends letters to UN officials")
    letters = [a for a in acts if a[0] == "letter" and a[1] == "Tomas Vell"]
    assert letters, acts
    assert all(
        set(a[2])
        == {"UN Secretary-General", "President of the Security Council", "President of the General Assembly"}
        for a in letters
    ), acts


def test_identical_letters_to_two_offices_after_a_headline_body() -> None:
    acts = found_acts(
        "Norland's envoy to the United Nations, Tomas Vell, sent identical letters on Monday to the UN "
        "Secretary-General and to the President of the Security Council.",
        headline="Norland envoy writes to the UN",
    )
    letters = [a for a in acts if a[1] == "Tomas Vell"]
    assert letters and all(
        set(a[2]) == {"UN Secretary-General", "President of the Security Council"} for a in letters
    )


def test_an_office_of_a_state_is_the_earlier_addressee() -> None:
    acts = found_acts(
        "Prime Minister Lena Ostrova sent a letter to President Karl Brandt of Sylvania on Monday. "
        "She sent a similar letter to the president a day later."
    )
    assert ("letter", "Lena Ostrova", ("Karl Brandt",)) in acts, acts


@pytest.mark.parametrize(
    "second",
    [
        "Vice President Omar Haddad dispatched similar cables to the Emir of Qatar.",
        "The vice president, Omar Haddad, also dispatched similar cables to the Emir of Qatar.",
    ],
)
def test_similar_cables_to_the_office_of_a_state_go_to_its_holder(second: str) -> None:
    acts = found_acts(
        "President Khalil Mansour has sent a congratulatory cable to Sheikh Fahd Al-Rumi on the occasion of his "
        "inauguration as Emir of Qatar. " + second
    )
    assert ("message", "Omar Haddad", ("Fahd Al-Rumi",)) in acts, acts
