"""'his Sylvanian counterpart, B' holds the office of the one he is the counterpart of: "the Sylvanian Head of
State" later in the report is B, not the president named first. Invented sentences."""

from __future__ import annotations

from test_extract import found_acts


def test_the_head_of_state_of_the_counterparts_country() -> None:
    assert found_acts(
        "The President of Norland, Tomas Ruiz, spoke with his Sylvanian counterpart, Eva Lind, on Saturday.",
        "The Sylvanian Head of State later wrote to the Norland President.",
    ) == [("call", "Tomas Ruiz", ("Eva Lind",)), ("letter", "Eva Lind", ("Tomas Ruiz",))]


def test_the_head_of_state_of_the_first_named_country() -> None:
    assert found_acts(
        "The President of Norland, Tomas Ruiz, spoke with his Sylvanian counterpart, Eva Lind, on Saturday.",
        "The Norland Head of State later wrote to the Sylvanian President.",
    ) == [("call", "Tomas Ruiz", ("Eva Lind",)), ("letter", "Tomas Ruiz", ("Eva Lind",))]
