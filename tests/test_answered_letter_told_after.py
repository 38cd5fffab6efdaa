"""'The reply is dated 20 May. It answers a letter of 2 May to the Chief Secretary from the committee chair,
Sir A B': 'it' after a sentence whose subject is a communication is that communication, and the answered
letter's writer is the 'from' the parser hung on its addressee or on the verb. 'the Minister for
Infrastructure, A B' with the name hung on 'Infrastructure': A B holds that office ('In her reply, the
minister said' is hers). Invented people."""

from __future__ import annotations

import pytest

from test_extract import found_replies

FIRST = "Chief Secretary Lucy Farrant wrote to the Public Accounts Committee on 20 May."


@pytest.mark.parametrize(
    "second",
    [
        "The letter was published on Wednesday. It answers a letter of 2 May to the Chief Secretary from the"
        " committee chair, Sir Geoffrey Marsh MP.",
        "The reply was published on Wednesday. It answers a letter of 2 May to the Chief Secretary from the"
        " committee chair, Sir Geoffrey Marsh MP, who asked for the review to be released.",
        "Her letter answers a letter of 2 May to the minister from the committee chair, Sir Geoffrey Marsh MP.",
    ],
)
def test_the_answered_letter_has_its_writer(second: str) -> None:
    got = found_replies(FIRST, second)
    assert ("Geoffrey Marsh", ("Lucy Farrant",), "") in got
    assert ("Lucy Farrant", ("Public Accounts Committee",), "Geoffrey Marsh") in got


def test_it_after_a_body_is_the_body() -> None:
    got = found_replies(
        "Sir Geoffrey Marsh MP wrote to the Treasury on 2 May. The Treasury received the letter on Monday.",
        "It answered on 9 May, saying the review would stay private.",
    )
    assert all(s != "Geoffrey Marsh" or a == "" for s, _r, a in got)


@pytest.mark.parametrize("office", ["the Minister for Infrastructure", "the Minister of Infrastructure"])
def test_the_office_whose_phrase_the_name_closes(office: str) -> None:
    got = found_replies(
        f"Senator Maeve Tresco first wrote to {office}, Catherine Dunn, on 2 September about road grants.",
        "Days later the Infrastructure Minister rejected her claims.",
        "In her reply on Tuesday, the minister said every project had been assessed.",
    )
    assert ("Catherine Dunn", ("Maeve Tresco",), "Maeve Tresco") in got
