"""No sentence starts inside an Arabic name ("Sultan Badr bin Talal Al Muharrami"): the parser, left alone,
may split there and cut a list of callers in two."""

from __future__ import annotations

from test_extract import found_acts


def test_every_caller_of_the_list() -> None:
    got = found_acts(
        "Sheikh Hamdan bin Sultan Al Rumaithi, the Emir, received calls from King Omar bin Fawwaz Al Saadun of "
        "Hijran, Sultan Badr bin Talal Al Muharrami of Suwaiq, Egyptian President Abdel Fattah El Sisi and "
        "Palestinian President Mahmoud Abbas, the Amiri Diwan said."
    )
    assert sorted(s for _, s, _ in got) == [
        "Abdel Fattah El Sisi",
        "Badr bin Talal Al Muharrami",
        "Mahmoud Abbas",
        "Omar bin Fawwaz Al Saadun",
    ]
    assert {r for _, _, r in got} == {("Hamdan bin Sultan Al Rumaithi",)}
