"""'Samoa's Prime Minister, Afioga Tuala Leiataua Fonoti, telephoned B': four or five capitalised words set
off after an office are its holder's name with his titles, even when the tagger reads a word inside as a
place (not the last). 'Afioga' is a Samoan form of address (data/titles.yaml), stripped from the name as
'Sheikh' is. Invented people."""

from __future__ import annotations

from test_extract import found_acts


def test_a_long_name_of_titles_set_off() -> None:
    acts = found_acts(
        "Samoa's Prime Minister, Afioga Tuala Leiataua Fonoti, also telephoned Sione Vaipulu last Friday."
    )
    assert acts == [("call", "Tuala Leiataua Fonoti", ("Sione Vaipulu",))]
