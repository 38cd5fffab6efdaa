"""'Mats Engqvist, Norland's president, arrived ...': capitalised words the recogniser left untagged, set
off by a comma before an office's phrase the parser hangs on them as an apposition, are a person's name
(comma_names.office_apposed, in untagged._named_before_role). Invented sentences."""

from test_extract import found_acts, report, run


def test_the_holder_named_before_is_the_addressee_of_the_office() -> None:
    acts = found_acts(
        "Mats Engqvist, Norland's president, arrived in Kestria on Monday.",
        "Petra Kovac, the Kestrian prime minister, had written to the Norland president a week earlier.",
    )
    assert acts == [("letter", "Petra Kovac", ("Mats Engqvist",))]


def test_the_named_holder_writes() -> None:
    acts = found_acts(
        "Mats Engqvist, Norland's president, arrived in Kestria on Monday.",
        "The president wrote to Prime Minister Petra Kovac on Tuesday.",
    )
    assert acts == [("letter", "Mats Engqvist", ("Petra Kovac",))]


def test_a_body_before_its_officer_stays_a_body() -> None:
    rep = run(
        report("Norland Trade Union, the union's president, wrote to Prime Minister Petra Kovac on Tuesday.")
    )
    kinds = {p.name: p.ptype for p in rep.extraction.parties}
    assert kinds.get("Norland Trade Union") != "person"
