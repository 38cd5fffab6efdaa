"""'A call between the two presidents' where no two presidents are named before it in the body is no act
of the people the report named for other things; and such a call told with an indefinite article and no
party is not the call a later paragraph tells by name."""

from __future__ import annotations

from test_extract import found_acts


def test_call_between_unnamed_presidents_is_not_the_ministers() -> None:
    acts = found_acts(
        "Norland's Foreign Minister Ana Berg sent a formal reply on Friday to her Sylvanian counterpart, Karl "
        "Brandt. The exchange follows a tense phone call between the two presidents in February.",
        "Ostrian President Helena Vieira and Borduran President Facundo Larra spoke by phone on Saturday, their "
        "first conversation since January.",
    )
    calls = [a for a in acts if a[0] == "call"]
    assert len(calls) == 1 and {calls[0][1], *calls[0][2]} == {"Helena Vieira", "Facundo Larra"}, acts


def test_call_between_the_two_presidents_named_before() -> None:
    acts = found_acts(
        "President Ana Berg wrote to President Karl Brandt on Monday. The letter follows a tense phone call "
        "between the two presidents in February."
    )
    assert ("call", "Ana Berg", ("Karl Brandt",)) in acts, acts
