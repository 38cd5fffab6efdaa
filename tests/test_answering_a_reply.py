"""'B's reply, dated 18 March, was blunt ... A answered again on 27 March, saying ... but asking that ...':
a bare answer after a reply told with a reply noun answers that reply, and a request the answer itself
makes ('asking that ...') is no question put to the one answering."""

from __future__ import annotations

import pytest

from test_extract import found_acts, found_replies

FIRST = "In a letter of 4 March, the minister, Karl Ruiz, asked the commission to delay its report."
REPLY = "The chair of the commission, Ana Berg, sent her reply on 18 March, and it was blunt."


@pytest.mark.parametrize(
    "answer",
    [
        "Ruiz answered again on 27 March, saying he respected the commission's independence but asking that "
        "his views be noted.",
        "Ruiz replied on 27 March, saying he respected the commission's independence.",
        "Ruiz answered again on 27 March, asking that his views be noted in the report.",
    ],
)
def test_an_answer_to_the_reply(answer: str) -> None:
    acts = found_acts(FIRST, REPLY, answer)
    assert ("letter", "Karl Ruiz", ("Ana Berg",)) in acts
    assert ("letter", "Ana Berg", ("Karl Ruiz",)) in acts
    replies = found_replies(FIRST, REPLY, answer)
    assert ("Karl Ruiz", ("Ana Berg",), "Ana Berg") in replies
