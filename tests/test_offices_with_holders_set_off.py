"""'between the President of X, A, and the President of Y, B': each office is followed by its holder's name
set off by commas, whatever the parser hung the names on (a conjunct of the first office, an apposition of
the wrong one) and whether or not the recogniser tagged them. A bare office of the same sentence later
("the head of state") is the holder the report keeps on, not the one "her X counterpart" sets apart.
Every sentence here is invented."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence",
    [
        "On 4 June, a telephone conversation was held between the Prime Minister of the Republic of Malta, "
        "Ana Valdes, and the President of Peru, Tomas Berger.",
        "A phone conversation took place on 4 June between the President of Chile, Ana Valdes, and the "
        "Prime Minister of Malta, Tomas Berger.",
        "On 4 June, a telephone conversation was held between the President of the Republic of Chile, Ana "
        "Valdes, and the President of Peru, Tomas Berger. The two presidents discussed trade.",
        "On 4 June, a phone conversation took place between the Head of State of the Republic of Brindavia, "
        "Ana Valdes, and the President of Sylvania, Tomas Berger.",
    ],
)
def test_a_call_between_two_offices_each_with_its_holder(sentence: str) -> None:
    acts = found_acts(sentence)
    assert [(a[0], {a[1], *a[2]}) for a in acts] == [("call", {"Ana Valdes", "Tomas Berger"})], acts


def test_the_bare_office_later_is_not_the_counterpart() -> None:
    acts = found_acts(
        "On 4 June, a phone conversation was held between the President of the Republic of Brindavia, Ana "
        "Valdes, and the President of Sylvania, Tomas Berger. The head of state praised her Sylvanian "
        "counterpart for the grain deal.",
        "That evening the head of state spoke by telephone with the Chair of the Regional Council, Marc "
        "Dulin, about the summit.",
    )
    assert ("call", "Ana Valdes", ("Marc Dulin",)) in acts, acts
    assert not any("Marc Dulin" in a[2] and a[1] == "Tomas Berger" for a in acts), acts


@pytest.mark.parametrize(
    "sentence, pair",
    [
        (
            "A telephone conversation took place on 4 June between President Ana Valdes and President Tomas Berger.",
            {"Ana Valdes", "Tomas Berger"},
        ),
        (
            "The President of Chile, Ana Valdes, spoke by telephone with Tomas Berger on 4 June.",
            {"Ana Valdes", "Tomas Berger"},
        ),
    ],
)
def test_look_alikes_keep_their_pair(sentence: str, pair: set[str]) -> None:
    acts = found_acts(sentence)
    assert [{a[1], *a[2]} for a in acts] == [pair], acts


@pytest.mark.parametrize(
    "sentence",
    [
        "On 4 June the President of Chile, Ana Valdes, spoke with Tomas Berger by telephone.",
        "On 4 June the President of Chile, Ana Valdes, spoke by telephone with Tomas Berger.",
        "On Tuesday the Foreign Minister of Peru, Ana Valdes, spoke by phone with Tomas Berger.",
    ],
)
def test_an_office_and_holder_right_after_a_fronted_day(sentence: str) -> None:
    """The parser may hang the subject on the fronted date's phrase, leaving the verb no subject."""
    assert found_acts(sentence) == [("call", "Ana Valdes", ("Tomas Berger",))]


@pytest.mark.parametrize(
    "sentence",
    [
        "On Wednesday President Tomas Berger took a phone call from the Speaker of the Assembly of the Hellenic "
        "Republic, Ana Valdes.",
        "President Tomas Berger received on Wednesday a letter from the Minister of Foreign Affairs of the Hellenic "
        "Republic, Ana Valdes.",
        "President Tomas Berger took a phone call on Wednesday from the Prime Minister of the Republic of "
        "Malta, Ana Valdes.",
    ],
)
def test_a_state_at_the_end_of_an_office_is_no_holder(sentence: str) -> None:
    """'the Assembly of the Hellenic Republic': the words after the last 'of' are a state, and the
    holder is the name set off after the whole office."""
    acts = found_acts(sentence)
    assert [(a[1], a[2]) for a in acts] == [("Ana Valdes", ("Tomas Berger",))], acts
