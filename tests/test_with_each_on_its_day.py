"""'A spoke with B on Saturday and with C on Sunday': the parser joins the second 'with' to the first day;
it is a second partner, each a call of its own (call_media.hung_on_medium_or_day). A second day alone adds
no one, and a letter 'to B on Saturday and to C on Sunday' is left as it was. Invented sentences."""

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence",
    [
        "President Oleg Rudin spoke by phone with Prime Minister Marina Zotova on Saturday and with"
        " Chancellor Astrid Solberg on Sunday.",
        "President Oleg Rudin spoke with Prime Minister Marina Zotova on Saturday and with Chancellor"
        " Astrid Solberg on Sunday by telephone.",
        "President Oleg Rudin talked by telephone with Prime Minister Marina Zotova on Saturday and with"
        " Chancellor Astrid Solberg on Sunday.",
    ],
)
def test_each_partner_is_a_call(sentence: str) -> None:
    assert found_acts(sentence) == [
        ("call", "Oleg Rudin", ("Astrid Solberg",)),
        ("call", "Oleg Rudin", ("Marina Zotova",)),
    ]


def test_a_second_day_adds_no_one() -> None:
    acts = found_acts(
        "President Oleg Rudin spoke by phone with Prime Minister Marina Zotova on Saturday and on Sunday."
    )
    assert acts == [("call", "Oleg Rudin", ("Marina Zotova",))]
