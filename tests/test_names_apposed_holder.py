"""A name beside a person's office in lowercase is that office's holder, though spaCy tags it a body:
"spoken to the sports minister, Losa Fiame-Toleafoa", "phoned the transport minister, Ana Lopez-Vidal"
(the given name before the tagged part belongs to it). Invented names; report dated 14 March 2024."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Dame Miriam Kettering said she had also spoken to the sports minister, Losa Fiame-Toleafoa, by phone"
         " on Friday.", ("call", "Miriam Kettering", ("Losa Fiame-Toleafoa",))),
        ("Mayor Hannah Brill phoned the transport minister, Ana Lopez-Vidal, on Monday.",
         ("call", "Hannah Brill", ("Ana Lopez-Vidal",))),
        ("Mayor Hannah Brill phoned the transport minister, Lina Fiame-Toleafoa, on Monday.",
         ("call", "Hannah Brill", ("Lina Fiame-Toleafoa",))),
    ],
)  # fmt: skip
def test_a_name_apposed_to_an_office_is_its_holder(sentence: str, expected: tuple) -> None:  # type: ignore[type-arg]
    assert found_acts(sentence) == [expected]
