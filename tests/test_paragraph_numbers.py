"""A section's or paragraph's number opening a line of an inquiry report or a judgment ("6.4 On 3 February
...", "[12] The minister ...") is no subject: the parser reads the line without it, offsets unchanged.
Sentences are invented."""

from __future__ import annotations

from lettertrace.nlp import tokenizer_view
from test_extract import report, run


def test_the_number_is_blanked_and_offsets_kept() -> None:
    text = "6.4 On 3 May the engineer wrote.\n[12] The minister replied.\n1.5 million people\n2. Letter"
    view = tokenizer_view(text)
    assert len(view) == len(text)
    assert view.startswith("    On 3 May") and "\n     The minister" in view
    assert "1.5 million" in view and "2. Letter" in view  # a figure, and a one-level number, stay


def test_a_numbered_paragraph_keeps_its_writer_and_date() -> None:
    for number in ("6.4", "12.3.1", "[12]"):
        rep = run(
            report(
                f"{number} On 3 February 2019 the consulting engineer, Ms Lorna Pike, wrote to the director of"
                " works, Mr Colin Frame, to report corrosion."
            )
        )
        found = [
            (c.kind, c.sender and c.sender.name, [r.name for r in c.recipients], str(c.date.earliest))
            for c in rep.extraction.communications
        ]
        assert found == [("letter", "Lorna Pike", ["Colin Frame"], "2019-02-03")], (number, found)
