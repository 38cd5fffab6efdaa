"""Round-ups whose items carry an office after the name ("A, Crown Prince of Y; B, President of Z; and
C"): the office set off after a name is that person's, never a second party found by the office alone;
and a given name with a title ("Sheikh Omar") is the person the report named with that title, not
another of the same given name. Invented names; report dated Thursday 14 March 2024."""

from __future__ import annotations

import pytest

from test_extract import report, run
from test_patterns import acts

MARLOW = "Ines Marlow"


@pytest.mark.parametrize(
    "sentence",
    [
        "President Ines Marlow received condolence calls from Prince Karim Sadeq, Crown Prince and Defence"
        " Minister of Jordan; Sheikh Omar Al-Rashid, Crown Prince of Bahrain; and Chancellor Petra Dravik.",
        "President Ines Marlow received condolence calls from Prince Karim Sadeq, Crown Prince of Jordan;"
        " Sheikh Omar Al-Rashid, Crown Prince of Bahrain; and Petra Dravik, Chancellor of Austria.",
        "Condolence messages were sent to President Ines Marlow by Prince Karim Sadeq, Crown Prince of"
        " Talvia; Sheikh Omar Al-Rashid, Crown Prince of Bahrain; and Petra Dravik, Chancellor of Austria.",
    ],
)
def test_an_office_after_a_listed_name_is_that_persons(sentence: str) -> None:
    found = acts(sentence)
    assert {s for _k, s, _r in found} == {"Karim Sadeq", "Omar Al-Rashid", "Petra Dravik"}
    assert all(r == (MARLOW,) for _k, _s, r in found)
    parties = {p.name: p for p in run(report(sentence)).extraction.parties}
    sadeq_forms = " ".join(parties["Karim Sadeq"].aliases)
    assert "Qandar" not in sadeq_forms  # the Crown Prince of Bahrain is Al-Rashid, listed after him


@pytest.mark.parametrize(
    "title, other",
    [("Sheikh", "Prince"), ("Prince", "Sheikh"), ("Emir", "Sheikh")],
)
def test_a_titled_given_name_is_the_person_named_with_that_title(title: str, other: str) -> None:
    text = (
        f"{title} Omar bin Zayed Al Noor received a telephone call on Tuesday from {other} Omar bin Saad"
        f" bin Fahd Al Rashed. {title} Omar thanked the caller."
    )
    parties = {p.name: p for p in run(report(text)).extraction.parties}
    noor = next(p for n, p in parties.items() if n.endswith("Al Noor"))
    rashed = next(p for n, p in parties.items() if n.endswith("Al Rashed"))
    assert f"{title} Omar" in noor.aliases
    assert f"{title} Omar" not in rashed.aliases
