"""'A wrote to B. The committee was shown his reply of 17 May': a reply owned by a pronoun, when the pronoun
would mean the writer of the last letter (who was sent nothing), is the addressee's answer; 'Counsel took B
to his reply of 17 May' / 'referred the minister to his reply': the pronoun means the one taken to it (the
verb's object), not the verb's subject. Such a reply is told as a text that exists when it is shown,
published, or dated by 'of' a day. Invented people."""

from __future__ import annotations

import pytest

from test_extract import found_acts, found_replies

FIRST = "Lawyer Anna Berg wrote to Minister Paul Okoro on 3 May about the tender."
WROTE = ("letter", "Anna Berg", ("Paul Okoro",))
REPLY = ("letter", "Paul Okoro", ("Anna Berg",))


@pytest.mark.parametrize(
    "second",
    [
        "On Thursday the committee was shown his reply of 17 May, in which the minister refused.",
        "The committee published his reply on Friday.",
        "Counsel Mark Tadesse then took Mr Okoro to his reply of 17 May.",
        "On Thursday, counsel Mark Tadesse took the minister to his reply of 17 May, in which he refused.",
        "Counsel then referred the minister to his reply of 17 May, which rejected the plan.",
    ],
)
def test_the_pronoun_owned_reply_is_the_addressee_s(second: str) -> None:
    assert sorted(found_acts(FIRST, second)) == sorted([WROTE, REPLY])
    assert ("Paul Okoro", ("Anna Berg",), "Anna Berg") in found_replies(FIRST, second)


@pytest.mark.parametrize(
    "second",
    [
        "Counsel then referred the minister to his reply of two pages.",  # no day: not told as sent
        "Counsel asked whether the minister would ever send his reply.",
    ],
)
def test_no_reply_told(second: str) -> None:
    assert found_acts(FIRST, second) == [WROTE]
