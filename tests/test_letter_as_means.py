"""A letter named as the means of a passive verb of telling ("B was informed by letter from A", "B was
notified by a letter from A", "B was congratulated by a message from A"): the subject is the addressee and
'from' names the sender. A verb that tells nothing ("B was rattled by a letter from A") addresses no one."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "President Oona Vale was informed by letter from Chancellor Anatole Brandt that talks were premature.",
            "letter",
        ),
        ("President Oona Vale was notified by letter from Chancellor Anatole Brandt on Monday.", "letter"),
        (
            "President Oona Vale was congratulated by a message from Chancellor Anatole Brandt on Monday.",
            "message",
        ),
    ],
)
def test_the_subject_of_the_passive_is_addressed(sentence: str, kind: str) -> None:
    assert found_acts(sentence) == [(kind, "Anatole Brandt", ("Oona Vale",))]


def test_a_verb_that_tells_nothing_addresses_no_one() -> None:
    assert (
        found_acts("President Oona Vale was rattled by a letter from Chancellor Anatole Brandt on Monday.")
        == []
    )
