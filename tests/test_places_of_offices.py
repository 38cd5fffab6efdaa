"""The place of an office is no party, however spaCy tags it: "Emir of the State of Dar al-Nour", the
same place later in the report ("the people of Dar al-Nour"), and the place of a dateline that gives the
date in two calendars. Invented names; report dated Thursday 14 March 2024."""

from __future__ import annotations

import pytest

from test_extract import report, run


def _parties(*paragraphs: str, dateline: str | None = None) -> set[tuple[str, str]]:
    text = report(*paragraphs, dateline=dateline) if dateline is not None else report(*paragraphs)
    comms = run(text).extraction.communications
    return {(c.sender.name if c.sender else "", r.name) for c in comms for r in c.recipients}


@pytest.mark.parametrize(
    "office",
    [
        "Emir of the State of Dar al-Nour",
        "President of the Republic of Dar al-Nour",
        "King of the Kingdom of Dar al-Nour",
        "Emir of the State of Bayt al-Nakheel",
    ],
)
def test_the_place_of_an_office_stays_a_place_later_in_the_report(office: str) -> None:
    found = _parties(
        f"King Olav Brenn on Tuesday sent a cable of condolences to Sheikh Hamad bin Ali Al Nasser, {office}, on"
        " the death of his father.",
        "The King prayed that God grant the family and the brotherly people of "
        + office.split(" of ")[-1]
        + " patience and solace.",
    )
    assert ("Olav Brenn", "Hamad bin Ali Al Nasser") in found
    assert not any("Nour" in a + b or "Nakheel" in a + b for a, b in found)


@pytest.mark.parametrize(
    "dateline",
    [
        "Al-Sabiya, Shawwal 24, 1442, June 4, 2021, ANA -- ",
        "Dar al-Nour, 24 Shawwal 1442 AH, corresponding to 4 June 2021 (ANA) -- ",
        "Al-Hadiqa, Friday 24 Shawwal 1442 H corresponding to 4 June 2021 (ANA) - ",
    ],
)
def test_the_place_of_a_dateline_in_two_calendars_is_no_sender(dateline: str) -> None:
    story = "His Majesty King Olav Brenn sent today a cable of condolences to President Ana Holm."
    assert _parties(dateline + story, dateline="") == {("Olav Brenn", "Ana Holm")}


@pytest.mark.parametrize(
    "text",
    [
        "The Envoy of Omar Haddad handed President Ana Holm a letter from Omar Haddad on Tuesday.",
        "The spokesman of Omar Haddad said that Omar Haddad had written to President Ana Holm on Tuesday.",
    ],
)
def test_a_person_whose_envoy_or_spokesman_is_named_stays_a_person(text: str) -> None:
    assert ("Omar Haddad", "Ana Holm") in _parties(text)


@pytest.mark.parametrize(
    "place", ["Khor al-Nour", "Burj al-Nour", "Qalat al-Nour", "Bayt al-Nakheel", "Ras al-Sabah"]
)
def test_the_holder_named_after_an_office_of_a_state_with_a_particle(place: str) -> None:
    found = _parties(
        f"On Thursday, President Ana Holm received a phone call from the Emir of the State of {place}, His"
        " Highness Sheikh Hamad bin Ali Al Nasser, during which the Emir affirmed his support."
    )
    assert found == {("Hamad bin Ali Al Nasser", "Ana Holm")}
