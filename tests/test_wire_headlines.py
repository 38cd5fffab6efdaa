"""Agency copy: a wire tag before the headline ("(LEAD) A sends ..."), a family name spelt like an English
function word after a title ("Party chief To Minh"), and a well-known leader's title used alone as his name
("The Supreme Leader received ..."). Invented reports, except the alias file's well-known actor."""

from __future__ import annotations

import pytest

from lettertrace.meta_wire import wire_tag
from test_extract import found_acts, report, run

BODY = (
    "SEOUL, March 14 (Agency) -- Norland leader Adam Krol sent New Year's greeting cards to Sylvanian "
    "President Eva Lind on Tuesday, the state media reported Wednesday."
)


@pytest.mark.parametrize("tag", ["(LEAD) ", "(2nd LD) ", "(URGENT) ", ""])
def test_a_wire_tag_opens_the_headline(tag: str) -> None:
    rep = run(report(BODY, headline=f"{tag}Norland's Krol sends New Year cards to Lind"))
    assert rep.meta.title == "Norland's Krol sends New Year cards to Lind"
    start, end = rep.meta.title_span or (0, 0)
    assert rep.clean.text[start:end] == rep.meta.title
    comms = rep.extraction.communications
    assert [(c.sender and c.sender.name, [r.name for r in c.recipients]) for c in comms] == [
        ("Adam Krol", ["Eva Lind"])
    ]  # the headline's act is the body's
    assert len(comms[0].mentions) == 2


def test_an_agency_credit_or_a_lower_case_aside_is_no_wire_tag() -> None:
    agencies = {"reuters", "afp"}
    assert wire_tag("(Reuters) Norland leader writes to Lind", agencies) == 0
    assert wire_tag("(AFP) - Norland leader writes to Lind", agencies) == 0
    assert wire_tag("(in pictures) Norland leader writes", agencies) == 0
    assert wire_tag("(LEAD) Norland leader writes to Lind", agencies) == len("(LEAD) ")


@pytest.mark.parametrize(
    "sentence, recipient",
    [
        (
            "Leader Adam Krol sent greeting cards to President Eva Lind and Sylvanian Party chief To Minh on "
            "Tuesday.",
            "To Minh",
        ),
        ("Leader Adam Krol sent a message to General Secretary To Minh on Tuesday.", "To Minh"),
        (
            "President Adam Krol and To Minh, general secretary of the Sylvanian Party, on Saturday exchanged "
            "congratulatory messages.",
            "To Minh",
        ),
    ],
)
def test_a_name_spelt_like_a_preposition_after_a_title(sentence: str, recipient: str) -> None:
    assert recipient in {r for _, _, rs in found_acts(sentence) for r in rs}
    assert all("chief" not in r for _, _, rs in found_acts(sentence) for r in rs)


def test_to_after_a_title_in_a_title_case_headline_opens_no_name() -> None:
    rep = run(report("No one wrote.", headline="Message Sent By President To Congress"))
    assert not any(p.name.startswith("To ") for p in rep.extraction.parties)


def test_the_supreme_leader_alone_is_the_well_known_holder_named_in_the_report() -> None:
    acts = found_acts(
        "Kim Jong Un spoke at a rally in the capital on Monday.",
        "The Supreme Leader received a letter from Adam Krol on Tuesday.",
    )
    assert acts == [("letter", "Adam Krol", ("Kim Jong Un",))]


def test_a_form_of_address_after_a_title_is_no_name() -> None:
    acts = found_acts(
        "President His Highness Sheikh Rashid bin Omar Al Farsi has sent a congratulatory cable to Prime "
        "Minister Eva Lind on her election."
    )
    assert acts == [("message", "Rashid bin Omar Al Farsi", ("Eva Lind",))]
