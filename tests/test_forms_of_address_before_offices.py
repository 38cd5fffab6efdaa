"""Gulf agency style: 'HH the Amir', 'HE President A', written in capitals without stops, are forms of address
before an office or a name, never a party of their own ('HH' phoned no one); 'His Highness the Prime
Minister sent a similar cable' is the prime minister's cable, not one more of the 'His Highness' named
before. Invented people."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize("form", ["HH the Amir", "His Highness the Amir"])
def test_capital_form_of_address_is_no_party(form: str) -> None:
    acts = found_acts(
        "His Highness the Amir Sheikh Khalid bin Saad Al Thani received a written message from HE President"
        " of Norland Ousmane Ba.",
        f"The message comes a month after {form} and President Ba discussed, in a phone call in December, the"
        " preparations for the committee.",
    )
    calls = [(s, r) for k, s, r in acts if k == "call"]
    assert len(calls) == 1
    assert {calls[0][0], *calls[0][1]} == {"Khalid bin Saad Al Thani", "Ousmane Ba"}


@pytest.mark.parametrize("office", ["the Prime Minister", "the Crown Prince"])
def test_highness_before_an_office_is_that_office(office: str) -> None:
    acts = found_acts(
        "His Highness the Amir Sheikh Jaber Al-Sabah sent a cable on Tuesday to President Temir Usenov of"
        " Vestria.",
        f"His Highness {office} sent a similar cable.",
    )
    senders = [s for _k, s, _r in acts]
    assert len(senders) == 2 and senders.count("Jaber Al-Sabah") == 1


def test_he_in_a_headline_in_capitals_is_no_form_of_address() -> None:
    from lettertrace import nlp
    from lettertrace.extract.honoured import abbreviated_honorific
    from lettertrace.models import Options

    doc = nlp.parse("HE SAID HE WOULD WRITE TO THE PRESIDENT", Options().spacy_model)
    assert not any(abbreviated_honorific(t) for t in doc)
