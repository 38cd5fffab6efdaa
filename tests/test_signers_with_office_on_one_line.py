"""A reproduced letter signed 'Hon. A B, Minister for Foreign Affairs, Republic of X' (name and office on
one line, each co-signer on the next): the first to sign sends it. Every text is invented."""

from __future__ import annotations

import pytest

from test_extract import report, run

LETTER = """Freeport/Lunet, 14 May 2024

His Excellency Dr Ivo Stren
President of the Union Commission

Your Excellency,

We write to you as the ministers responsible for foreign affairs of three member states whose northern regions face a growing threat.

We therefore request that the Commission propose a joint security fund at the next session of the Assembly.

Please accept, Your Excellency, the assurances of our highest consideration.

{signers}"""


@pytest.mark.parametrize(
    "signers",
    [
        "Hon. Kesi Orlamo, Minister for Foreign Affairs and Regional Integration, Republic of Sylvania\n"
        "H.E. Aldo Verran, Minister of Foreign Affairs, Republic of Freedonia",
        "Kesi Orlamo, Minister for Foreign Affairs, Sylvania\nAldo Verran, Minister of Foreign Affairs, Freedonia\n"
        "Dina Paolu, Minister of Foreign Affairs, Ruritania",
        "Dr Kesi Orlamo, Foreign Minister of Sylvania\nAldo Verran, Foreign Minister of Freedonia",
    ],
)
def test_the_first_signer_sends(signers: str) -> None:
    text = report("The full text of the joint letter follows.", LETTER.format(signers=signers))
    full = [c for c in run(text).extraction.communications if c.full_text is not None]
    assert [(c.sender and c.sender.name, [r.name for r in c.recipients]) for c in full] == [
        ("Kesi Orlamo", ["Ivo Stren"])
    ]


@pytest.mark.parametrize(
    "reply",
    [
        "Stren wrote back on Monday, promising to put the proposal on the agenda.",
        "Stren replied on Monday, promising to put the proposal on the agenda.",
        "In his reply on Monday, Stren promised to put the proposal on the agenda.",
    ],
)
def test_the_reply_to_a_joint_letter_goes_to_its_first_signer(reply: str) -> None:
    signers = (
        "Hon. Kesi Orlamo, Minister for Foreign Affairs, Republic of Sylvania\n"
        "H.E. Aldo Verran, Minister of Foreign Affairs, Republic of Freedonia"
    )
    text = report(
        "The foreign ministers of Sylvania and Freedonia have jointly written to the President of the Union "
        "Commission, Ivo Stren, asking for a joint security fund.",
        reply + " The full text of the joint letter follows.",
        LETTER.format(signers=signers),
    )
    comms = run(text).extraction.communications
    replies = [c for c in comms if c.sender is not None and c.sender.name == "Ivo Stren"]
    assert [[r.name for r in c.recipients] for c in replies] == [["Kesi Orlamo"]]
