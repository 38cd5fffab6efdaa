"""An e-mail sent with its addressee before it ("A sent Chancellor B an email", "sent B an e-mail"): the
parser may hang the e-mail on the person; it is the verb's object all the same, and the report passes the
cheap cue test though "email" alone is no cue there."""

from __future__ import annotations

import pytest

from lettertrace.extract.prefilter import has_cue
from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence",
    [
        "President Oona Vale sent Chancellor Anatole Brandt an email on 2 May.",
        "President Oona Vale sent Chancellor Anatole Brandt an e-mail on 2 May.",
        "On 2 May President Oona Vale sent her counterpart, Chancellor Anatole Brandt, a short email.",
    ],
)
def test_the_email_goes_to_the_person_before_it(sentence: str) -> None:
    assert has_cue(sentence)
    assert found_acts(sentence) == [("message", "Oona Vale", ("Anatole Brandt",))]


@pytest.mark.parametrize("text", ["Email this story to a friend.", "Sign up for our email newsletter."])
def test_page_furniture_is_no_cue(text: str) -> None:
    assert not has_cue(text)
