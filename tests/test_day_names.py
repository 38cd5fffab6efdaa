"""A named day ("Australia Day", "New Year") is no party, even where the recogniser or a name rule reads it as
one: "on the occasion of Australia Day, PM A had sent a congratulatory message to Mr. B and the people of
Australia" goes to B. Invented people."""

from __future__ import annotations

from test_extract import found_acts


def test_a_named_day_is_no_addressee() -> None:
    acts = found_acts(
        "It is notable that in January, on the occasion of Australia Day, PM Adam Krol had sent a congratulatory "
        "message to Mr. Lind and the people of Australia."
    )
    assert acts == [("message", "Adam Krol", ("Lind",))]
