"""A body named with its state is a party: 'sent a note of protest to the Embassy of Vestria' (the
embassy, not Vestria, and not nothing); and where a headline names a party in short ('Foreign ministry
sends note') the body's fuller name in the report wins. Invented sentences; helpers of ``test_patterns``."""

from __future__ import annotations

import pytest

from test_extract import report, run
from test_patterns import acts


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The Foreign Ministry of Norland sent a note of protest to the Embassy of Vestria on Friday.",
         [("message", "Foreign Ministry of Norland", ("Embassy of Vestria",))]),
        ("The Foreign Ministry of Norland sent a note to the Embassy of Vestria on Friday.",
         [("message", "Foreign Ministry of Norland", ("Embassy of Vestria",))]),
        ("The Foreign Ministry of Norland sent a note of protest to the Vestrian Embassy on Friday.",
         [("message", "Foreign Ministry of Norland", ("Vestrian Embassy",))]),
    ],
)  # fmt: skip
def test_a_body_named_with_its_state_is_the_party(
    sentence: str, expected: list[tuple[str, str, tuple[str, ...]]]
) -> None:
    assert acts(sentence) == expected


def test_the_fuller_name_of_a_body_wins_over_the_headline_short_form() -> None:
    text = report(
        "The Foreign Ministry of Norland sent a note of protest to the Embassy of Vestria on Friday.",
        headline="Foreign ministry sends note of protest over fishermen",
    )
    (comm,) = run(text).extraction.communications
    assert comm.sender is not None and comm.sender.name == "Foreign Ministry of Norland"


@pytest.mark.parametrize(
    "heading, sender, recipient",
    [
        # the heading names the body, so the office is its holder that day in the alias file
        ("Letter dated 12 March 2024 from the Permanent Representative of Vestria to the United Nations addressed"
         " to the Secretary-General.", "Permanent Representative of Vestria", "António Guterres"),
        ("Letter dated 12 March 2024 from Ida Ostrova addressed to the Secretary-General.", "Ida Ostrova",
         "Secretary-General"),
    ],
)  # fmt: skip
def test_a_document_heading_names_sender_and_addressee(heading: str, sender: str, recipient: str) -> None:
    """'Letter dated D from A addressed to B': A sends (not 'to the United Nations', A's mission), B
    receives, on day D."""
    text = report(heading, "I have the honour to transmit herewith a statement of my Government.")
    (comm,) = run(text).extraction.communications
    assert comm.sender is not None and comm.sender.name.endswith(sender.split()[-1])
    assert [r.name for r in comm.recipients] == [recipient]
    assert recipient == "Secretary-General" or "Secretary-General" in comm.recipients[0].aliases
    assert comm.date.earliest == comm.date.latest and str(comm.date.earliest) == "2024-03-12"


def test_a_body_named_with_the_before_an_office_is_no_person() -> None:
    """'In a message to the Secretary-General of the United Nations, Foreign Minister A called ...': 'the
    United Nations, Foreign Minister' is no 'Name, Office' apposition (a person's name takes no 'the')."""
    found = acts(
        "In a message to the Secretary-General of the United Nations, Foreign Minister Tomas Kettle called on"
        " the world body to condemn the attack."
    )
    # (the office of March 2024 is its holder in the alias file: known_holders.py)
    assert found == [("message", "Tomas Kettle", ("António Guterres",))]
