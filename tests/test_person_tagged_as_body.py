"""'Richard Elton was replying to a letter Marcus Hall sent him ... Mr Hall responded on Thursday with a
second letter': spaCy may tag the full name a body ('Marcus Hall' ORG) and the surname alone a person; the
body is that person (extract/person_bodies.py), so the second letter is his, to Elton. A body's name
('Grosvenor Trust', 'Lancaster House'), a state's word glued to a name, or a surname two persons bear is
left alone. Invented people."""

from __future__ import annotations

import pytest

from lettertrace.extract.mentions import Party
from lettertrace.extract.person_bodies import persons_tagged_as_bodies
from test_extract import found_replies


def test_the_second_letter_is_the_full_names() -> None:
    got = found_replies(
        "The transport secretary has told the mayor there will be no blank cheque for a new rail link.",
        "Richard Elton was replying to a letter Marcus Hall sent him last week.",
        "In his reply, dated 10 March, Mr Elton said the scheme was too costly.",
        "Mr Hall responded on Thursday with a second letter, which he published on social media.",
    )
    assert ("Marcus Hall", ("Richard Elton",), "Richard Elton") in got


def parties(*named: tuple[str, str]) -> list[Party]:
    return [Party(key=i, name=n, ptype=t, first=i) for i, (n, t) in enumerate(named)]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("body", "person", "becomes"),
    [
        ("Marcus Hall", "Hall", True),
        ("Grosvenor Trust", "Trust", False),
        ("Lancaster House", "House", False),
        ("Bhutan Kinley Tshering", "Tshering", False),
        # an office before the name: the person, the office a role (person_bodies._titled_name)
        ("Minister Ana Berg", "Berg", True),
        ("Minister Berg Holdings", "Berg", False),
    ],
)
def test_which_bodies_are_persons(body: str, person: str, becomes: bool) -> None:
    ps = parties((body, "org"), (person, "person"))
    persons_tagged_as_bodies(ps)
    assert (ps[0].ptype == "person") is becomes


def test_a_surname_two_persons_bear_leaves_the_body() -> None:
    ps = parties(("Marcus Hall", "org"), ("Hall", "person"), ("Anna Hall", "person"))
    persons_tagged_as_bodies(ps)
    assert ps[0].ptype == "org"
