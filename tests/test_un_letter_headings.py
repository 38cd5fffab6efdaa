"""Letters reproduced under a heading, as an organisation's documents print them: "Letter dated 12 March 2023
from the Secretary-General addressed to the President of the Council", the text, "(Signed) A B".

- The signature closing the text names the office in the heading when no titles stand under it.
- A letter the text mentions with another date ("I have received a letter dated 7 March 2023 from C") is
  another letter, not the heading's one told again.
"""

from __future__ import annotations

from lettertrace.models import Options, RawReport
from lettertrace.pipeline import process_report

DOC = """Kestrian Council                                   Distr.: General
                                                   13 March 2023

Letter dated 12 March 2023 from the Secretary-General addressed to the President of the Council

I have the honour to refer to the situation along the boundary between Ardenia and Valmora.

I have received a letter dated 7 March 2023 from the Foreign Minister of Valmora, Ms. Ilse Varga, in which she requests that observers be deployed.

I should be grateful if you would bring the present letter to the attention of the members of the Council.

(Signed) Tomas Arredondo
"""


def _acts(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    raw = RawReport(source="invented.txt", sha256="0" * 64, raw_text=text, fmt="txt")
    comms = process_report(raw, Options()).extraction.communications
    return sorted(
        (c.kind, c.sender.name if c.sender else "", tuple(r.name for r in c.recipients)) for c in comms
    )


def test_the_signature_names_the_office_of_the_heading() -> None:
    got = _acts(DOC)
    assert [a for a in got if a[1] == "Tomas Arredondo"], got
    assert not [a for a in got if a[1] == "Secretary-General"], got


def test_a_letter_of_another_date_is_not_the_heading_letter() -> None:
    got = _acts(DOC)
    assert not [a for a in got if a[1] == "Ilse Varga" and "President of the Council" in " ".join(a[2])], got


def test_without_a_signature_the_office_stays() -> None:
    got = _acts(DOC.replace("(Signed) Tomas Arredondo\n", ""))
    assert [a for a in got if a[1] == "Secretary-General"], got
