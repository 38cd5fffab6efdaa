"""Session 46: who only carried or signed, and what only set the scene. A delegation led by someone that
hands over the letter told before carries it; "with X topping the agenda" names no partner of a call;
"signed by Secretary to the President A" names a title's principal, no addressee. Sentences are invented."""

from __future__ import annotations

from test_extract import acts


def test_delegation_led_by_someone_carries_the_letter_told_before() -> None:
    found = acts(
        "The Norland Students' Union has submitted a letter of protest to Prime Minister Carl Dahl.",
        "A delegation led by Union President Ana Thapa handed the letter to the Prime Minister at his residence on Sunday.",
    )
    assert ("letter", "Norland Students' Union", ("Carl Dahl",)) in found
    assert not any(a[1] == "Ana Thapa" for a in found), found
    # one who hands over a letter of her own writes it
    found = acts("Union president Ana Thapa handed a letter to Prime Minister Carl Dahl on Sunday.")
    assert ("letter", "Ana Thapa", ("Carl Dahl",)) in found


def test_absolute_with_names_no_partner_of_a_call() -> None:
    for sentence in (
        "Prime Minister Ana Berg and Norland Prime Minister Tom Hale spoke over the phone on Friday, with the "
        "Freeport Special Economic Zone topping the agenda.",
        "Prime Minister Ana Berg spoke by phone with Prime Minister Tom Hale on Friday, with trade topping the "
        "agenda.",
    ):
        found = acts(sentence)
        assert any(a[0] == "call" and {a[1], *a[2]} == {"Ana Berg", "Tom Hale"} for a in found), found
        assert not any("Zone" in r or "trade" in r for a in found for r in a[2]), found


def test_title_of_one_who_serves_names_no_addressee() -> None:
    found = acts(
        "President Tom Hale has replied to the letter sent by Opposition Leader Ana Berg earlier this month.",
        "The reply, dated 12 March, was signed by Secretary to the President Carl Moss on the President's "
        "behalf.",
    )
    assert ("letter", "Tom Hale", ("Ana Berg",)) in found
    assert not any("Carl Moss" in a[2] for a in found), found
