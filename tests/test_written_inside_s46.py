"""Session 46: acts told inside a reproduced letter or telegram. The writer's own acts in the first person
("I wrote to B", "I addressed a note to B") are the signer's; acts between others told in it ("A said he
had sent a message to B") are acts of their own; "your favour of the 12th" is a letter. Invented texts."""

from __future__ import annotations

from test_extract import run


def _letter(*body: str, signer: str = "Ana Lind\nForeign Minister of Norland") -> str:
    return (
        "Letter from the Norland foreign minister\n\nFreeport, 14 March 2024\n\nDear President Hale,\n\n"
        + "\n\n".join(body)
        + f"\n\nYours sincerely,\n\n{signer}\n"
    )


def _acts(text: str) -> set[tuple[str, str, tuple[str, ...]]]:
    return {
        (c.kind, c.sender.name if c.sender else "", tuple(r.name for r in c.recipients))
        for c in run(text).extraction.communications
    }


def test_writers_own_acts_in_the_first_person() -> None:
    for body in (
        "I wrote to Prime Minister Carl Berg last week about the river.",
        "I have written to Prime Minister Carl Berg about the river.",
        "I addressed a note to Prime Minister Carl Berg on the same subject.",
        "Yesterday I telephoned Prime Minister Carl Berg about the river.",
    ):
        found = _acts(_letter(body, "The matter is urgent."))
        assert any(a[1] == "Ana Lind" and a[2] == ("Carl Berg",) for a in found), (body, found)


def test_writers_acts_not_done_are_none() -> None:
    for body in (
        "I shall write to Prime Minister Carl Berg next week about the river.",
        "I did not write to Prime Minister Carl Berg about the river.",
        "I would have written to Prime Minister Carl Berg, had there been time.",
    ):
        found = _acts(_letter(body, "The matter is urgent."))
        assert not any(a[2] == ("Carl Berg",) for a in found), (body, found)


def test_acts_between_others_told_in_a_telegram() -> None:
    text = (
        "Telegram From the Embassy in Freeport to the Ministry\n\nFreeport, June 14, 1961, 7 p.m.\n\n"
        "Dear Minister,\n\n"
        "Foreign Minister Paul Vassal said that on Monday he had sent a personal message to Prime Minister "
        "Carl Berg urging a single answer. He had also spoken by telephone with Chancellor Otto Brandt late "
        "last night.\n\nI said that I would report his views at once.\n\nYours faithfully,\n\nHarlan Brooke\n"
    )
    found = _acts(text)
    assert ("message", "Paul Vassal", ("Carl Berg",)) in found
    assert ("call", "Paul Vassal", ("Otto Brandt",)) in found


def test_form_of_address_is_no_party_of_an_act_inside() -> None:
    text = _letter(
        "In conformity with the instructions in your Excellency's despatch of 10 February, I addressed a note "
        "on the 2nd instant to the Governor of Tarsk, Mr Omar Selim, requesting the release of the schooner."
    )
    found = _acts(text)
    assert not any("Excellency" in a[1] for a in found), found
    assert any(a[1:] == ("Ana Lind", ("Omar Selim",)) for a in found), found


def test_dated_favour_is_a_letter() -> None:
    found = _acts(
        _letter("I have the honour of receiving your favour of the 2nd instant, and I thank you for it.")
    )
    assert any(a[2] == ("Ana Lind",) for a in found), found
    # a favour that is no letter
    found = _acts(_letter("The court ruled in your favour of the appeal.", "We thank you."))
    assert not any(a[2] == ("Ana Lind",) for a in found), found
