"""A page that labels itself a press release near its top and ends with its signature and a date: the
date is the page's own. A bare date at the foot of any other page may close a reproduced letter and is
not read. Invented people and places."""

from __future__ import annotations

import pytest

from test_extract import run

RELEASE = """NORLAND STATE GOVERNMENT
Office of the Chief Press Secretary to the Governor

{label}

GOV. ADEYEMI WRITES PRESIDENT KANT, DEMANDS MORE TROOPS

The Governor of Norland State, Seyi Adeyemi, has written to President Ivo Kant demanding more troops after the killings in the north of the state.

His Excellency urges residents of the zone to remain calm and law-abiding.

Signed:
Tunde Bello
Chief Press Secretary to the Governor of Norland State
{date}
"""


@pytest.mark.parametrize("label", ["PRESS RELEASE", "Press Statement", "MEDIA RELEASE"])
@pytest.mark.parametrize("date", ["7th August, 2021", "7 August 2021", "August 7, 2021"])
def test_the_date_under_a_press_releases_signature(label: str, date: str) -> None:
    assert str(run(RELEASE.format(label=label, date=date)).meta.published) == "2021-08-07"


def test_a_bare_foot_date_without_the_label_is_not_read() -> None:
    text = RELEASE.format(label="STATEMENT OF THE GOVERNOR", date="7th August, 2021")
    assert run(text).meta.published is None
