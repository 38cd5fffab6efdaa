"""A name written after 'bin' inside a longer name is the father's ("Omar bin Said Al Nour" in "Khalid
bin Omar bin Said Al Nour"): another person. A style written before a titled name ("Guardian of the
Old Faith King A B") is held by that person. "The then Prime Minister" may be the late one. Invented
people."""

from __future__ import annotations

import pytest

from lettertrace import names
from lettertrace.extract.mentions import Party
from lettertrace.extract.office_fit import lesser_office
from test_extract import found_acts

SON = "Prince Khalid bin Omar bin Said Al Nour received a call from Emir Rami Tal on Monday."


@pytest.mark.parametrize(
    "short, long_, same",
    [
        ("Omar bin Said Al Nour", "Khalid bin Omar bin Said Al Nour", False),
        ("Fatima bint Ali Al Amin", "Mariam bint Fatima bint Ali Al Amin", False),
        ("Khalid bin Omar", "Khalid bin Omar bin Said Al Nour", True),
        ("Khalid bin Omar Al Nour", "Khalid bin Omar bin Said Al Nour", True),
        ("Said Al Nour", "Khalid bin Omar bin Said Al Nour", True),
    ],
)
def test_the_fathers_name_is_another_person(short: str, long_: str, same: bool) -> None:
    assert names.same_person(short, long_) is same
    assert names.same_person(long_, short) is same


@pytest.mark.parametrize(
    "sentence",
    [
        "King Omar bin Said Al Nour has received a written message from Sultan Karim Nasr.",
        "Guardian of the Old Faith King Omar bin Said Al Nour has received a written message from Sultan"
        " Karim Nasr.",
        "A written message from Sultan Karim Nasr was received by King Omar bin Said Al Nour.",
    ],
)
def test_the_father_is_not_folded_into_the_son(sentence: str) -> None:
    acts = found_acts(SON, sentence)
    assert ("message", ("Omar bin Said Al Nour",)) in [(k, r) for k, _s, r in acts]
    assert not any(k == "message" and "Khalid" in " ".join(r) for k, _s, r in acts)


@pytest.mark.parametrize(
    "sentence",
    [
        "Protector of the Northern Isles King Olav Rendal sent a message to President Ana Berg on Monday.",
        "Keeper of the Old Seal President Olav Rendal sent a message to President Ana Berg on Monday.",
    ],
)
def test_a_style_before_a_titled_name(sentence: str) -> None:
    assert [(s, r) for _k, s, r in found_acts(sentence)] == [("Olav Rendal", ("Ana Berg",))]


def test_the_then_prime_minister_may_be_the_late_one() -> None:
    late = Party(key=0, name="Vera Lind", ptype="person", first=0)
    late.roles.append("Late Prime Minister")
    late.add_surface("Late Prime Minister Vera Lind")
    late.add_surface("Prime Minister Vera Lind")
    assert not lesser_office("the then Prime Minister", late)
    assert lesser_office("the Prime Minister", late)
    deputy = Party(key=1, name="Ana Berg", ptype="person", first=0)
    deputy.add_surface("Deputy Prime Minister Ana Berg")
    deputy.add_surface("Minister Ana Berg")
    assert lesser_office("the Prime Minister", deputy)
    assert lesser_office("the then Prime Minister", deputy)
