"""'Sylvania's envoy to the UN Linda Reed', 'US envoy to Iran Robert Malloy': an office held towards a
place, then its holder's name. The parser makes the name the object of 'to' (the tagger may even take
the place into the name: 'to Kenya Jane Marriott'); the party is the person who holds the post, and the
post is her role. A given name that is also a state's stays whole where no post comes before it; a
headline's clause after a colon is no one's office."""

from __future__ import annotations

import pytest

from test_extract import found_acts, run

CASES = [
    (
        "Sylvania's envoy to the UN Linda Reed wrote to Foreign Minister Ana Berg on Tuesday.",
        "Linda Reed",
        "Ana Berg",
    ),
    (
        "A letter was sent to Foreign Minister Ana Berg by Sylvania's ambassador to the UN Linda Reed.",
        "Linda Reed",
        "Ana Berg",
    ),
    (
        "The US envoy to Iran Robert Malloy phoned Foreign Minister Ana Berg on Wednesday.",
        "Robert Malloy",
        "Ana Berg",
    ),
    (
        "Foreign Minister Ana Berg wrote to Britain's ambassador to Kenya Jane Marriott on Monday.",
        "Ana Berg",
        "Jane Marriott",
    ),
    (
        "Britain's ambassador to Kenya Jane Marriott wrote to Foreign Minister Ana Berg on Monday.",
        "Jane Marriott",
        "Ana Berg",
    ),
]


@pytest.mark.parametrize(("sentence", "sender", "recipient"), CASES)
def test_the_holder_of_the_post_is_the_party(sentence: str, sender: str, recipient: str) -> None:
    got = found_acts(sentence)
    assert len(got) == 1, got
    _kind, s, r = got[0]
    assert s == sender and r == (recipient,), got


def test_a_given_name_that_is_a_state_stays_with_no_post_before_it() -> None:
    got = found_acts("Foreign Minister Ana Berg wrote to Jordan Lee Smith on Monday.")
    assert got == [("letter", "Ana Berg", ("Jordan Lee Smith",))], got


def test_the_post_is_the_role_of_its_holder() -> None:
    rep = run(
        "Sylvania at odds with Norland\n\nFreeport, 14 March 2024 -\n\n"
        "The US envoy to Iran Robert Malloy phoned Foreign Minister Ana Berg on Wednesday.\n"
    )
    (c,) = rep.extraction.communications
    assert c.sender is not None and c.sender.name == "Robert Malloy"
    assert c.sender.role is not None and "envoy to Iran" in c.sender.role, c.sender.role


def test_a_headline_clause_after_a_colon_is_no_office() -> None:
    rep = run(
        "Alan Pike Memos: What We Found In The Archive\n\nFreeport, 14 March 2024 -\n\n"
        "Sir Alan Pike wrote to Foreign Minister Ana Berg on Monday.\n"
    )
    (c,) = rep.extraction.communications
    assert c.sender is not None and c.sender.name == "Alan Pike"
    assert "What We" not in (c.sender.role or ""), c.sender.role
