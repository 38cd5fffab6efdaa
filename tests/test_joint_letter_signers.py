"""Joint letters: 'In a joint letter to the Speaker, Ana Berg, sent on Monday, A, B and C wrote ...' is
addressed to the Speaker, whose set-off name is no signer; 'The leaders of three parties have asked the
Speaker, Ana Berg, to convene a session. In a joint letter sent on Monday, A, B and C wrote ...' goes to
the one they asked; 'A of X, B of Y and C of Z' lists people even where the tagger took some of the names
for bodies. The first signer sends. Invented people."""

from __future__ import annotations

import pytest

from test_extract import found_acts

SIGNERS = [
    "Piet Okoro of the Civic Alliance, Lena Vass of the Green Left and Tomas Brandt of the Liberal Union",
    "Kovács Bence of the Civic Alliance, Szabó-Nagy Réka of the Green Left and Farkas Márton of the Liberal Union",
]


@pytest.mark.parametrize("signers", SIGNERS)
def test_joint_letter_to_the_one_they_asked(signers: str) -> None:
    acts = found_acts(
        "The leaders of three opposition parties have asked the Speaker of Parliament, Ana Berg, to convene an"
        " extraordinary session.",
        f'In a joint letter sent on Monday, {signers} wrote that the closures "will leave thousands without'
        ' care".',
    )
    assert acts == [("letter", signers.split(" of ")[0], ("Ana Berg",))]


@pytest.mark.parametrize("signers", ["Piet Okoro, Lena Vass and Tomas Brandt", "Piet Okoro and Lena Vass"])
def test_set_off_name_of_the_addressee_is_no_signer(signers: str) -> None:
    acts = found_acts(
        f"In a joint letter to the Speaker, Ana Berg, sent on Monday, {signers} wrote that the closures were"
        " wrong."
    )
    assert acts == [("letter", "Piet Okoro", ("Ana Berg",))]


def test_asking_alone_names_no_addressee_of_a_letter_by_one() -> None:
    acts = found_acts(
        "Reporters asked Ana Berg about the closures on Monday.",
        "In a letter sent on Monday, Piet Okoro wrote that the closures were wrong.",
    )
    assert acts == []
