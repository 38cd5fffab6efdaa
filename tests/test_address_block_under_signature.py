"""'His Excellency / Mr A / President of X' under the signature of a reproduced letter: the addressee's
block in the third person, as international bodies set their letters, not a second letter signed by
the addressee. Every text is invented."""

from __future__ import annotations

import pytest

from test_extract import report, run

LETTER = """{date}

Excellency,

I thank you for your letter of 2 March 2024 concerning the shared river and its dams.

I share your view that the basin commission must meet again soon, and I have asked my staff to prepare it.

Please accept, Excellency, the assurances of my highest consideration.

{signer}

{address}"""


@pytest.mark.parametrize(
    ("signer", "address", "addressee"),
    [
        (
            "Dina Paolu",
            "His Excellency\nMr. Aldo Verran\nPresident of the Republic of Freedonia\nFreeport",
            "Aldo Verran",
        ),
        ("Dina Paolu", "Her Excellency\nMs. Kesi Orlamo\nPrime Minister of Sylvania\nLunet", "Kesi Orlamo"),
        (
            "Aldo Verran",
            "His Excellency Mr. Ivo Stren\nMinister for Foreign Affairs of Grand Fenwick",
            "Ivo Stren",
        ),
    ],
)
def test_the_block_under_the_signature_names_the_addressee(signer: str, address: str, addressee: str) -> None:
    text = report(
        f"On Friday the government released the reply of {signer}. The text reads as follows:",
        LETTER.format(date="12 March 2024", signer=signer, address=address),
    )
    comms = run(text).extraction.communications
    full = [c for c in comms if c.full_text is not None]
    assert [(c.sender and c.sender.name, [r.name for r in c.recipients]) for c in full] == [
        (signer, [addressee])
    ]
    assert not any(c.sender is not None and c.sender.name == addressee and c.full_text for c in comms)
