"""Letters-table rows built in Python (web/rows.py) give the HTML the Jinja macros gave, value for value:
the macros as they stood are kept here as the reference and rendered with the app's own environment
(autoescaping on), over every letter of the dev, flagged and hostile registers and over invented rows
that hold what a report may put in a name (markup, quotes, ampersands, non-ASCII, characters a URL must
quote) and every optional part (implied, corrected, a reply, no date, an unknown party, several flags)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from lettertrace.store import open_store
from lettertrace.web.app import template_env
from lettertrace.web.register_view import RegisterView
from lettertrace.web.rows import letter_rows

REFERENCE = """
{%- macro party(p) -%}
{% if p.id %}<a class="party {{ p.type }}" href="/entities/{{ p.id|urlencode }}">{{ p.name }}</a>{% else %}<span class="party unknown">Unknown</span>{% endif %}
{%- endmacro %}
{% macro letter_link(c) -%}
<a class="letter-link" href="/letters/{{ c.id|urlencode }}">{{ c.kind }}</a>{% if c.implied %} <span class="tag">implied</span>{% endif %}{% if c.corrected is defined and c.corrected %} <span class="tag corrected" title="corrected by an analyst: {{ c.corrected|join(', ') }}">corrected</span>{% endif %}
{%- endmacro %}
{% macro date_cell(w) -%}
{% if w.earliest or w.latest %}
<span class="d">{{ w.earliest or "…" }}{% if not w.single %}..{% endif %}</span>{% if not w.single %}<span class="d">{{ w.latest or "…" }}</span>{% endif %}
{{ " " }}<span class="prec">({{ w.precision }})</span>
{% else %}<span class="d unknown">unknown</span>{% endif %}
{% if w.basis %}<small class="basis {{ w.certainty }}">{% if w.inferred %}<b>inferred:</b> {% endif %}{{ w.basis }}</small>{% endif %}
{%- endmacro %}
{% macro flag_labels(c) -%}
{% for code in c.flags %}<span class="flag-label" title="{{ code }}">{{ c.flag_labels[loop.index0] }}</span> {% endfor %}
{%- endmacro %}
  {% for c in rows %}
  <tr data-id="{{ c.id }}"{% if c.flags %} class="flagged"{% endif %}>
    <td class="date">{{ date_cell(c.when) }}</td>
    <td class="kind">{{ letter_link(c) }}<br><code class="id">{{ c.id }}</code>{% if c.in_reply_to %}<br><small>reply to <a href="/letters/{{ c.in_reply_to|urlencode }}">{{ c.in_reply_to }}</a></small>{% endif %}</td>
    <td>{{ party(c.sender) }}</td>
    <td>{% for r in c.recipients %}{{ party(r) }}{% if not loop.last %}, {% endif %}{% endfor %}</td>
    <td class="num">{{ c.reports|length }}</td>
    <td class="flags-cell">{{ flag_labels(c) }}</td>
  </tr>
  {% endfor %}
"""


def reference(rows: list[dict[str, Any]]) -> str:
    return template_env().from_string(REFERENCE).render(rows=rows).lstrip("\n")


def register_rows(db: Path) -> list[dict[str, Any]]:
    view = RegisterView(open_store(db))
    return [view.letter_row(c) for c in view.comms.values()]


HOSTILE = 'Ilsa <b>"Ostrova"</b> & Söhne \'</td><script>alert(1)</script>'


def invented(**changes: Any) -> dict[str, Any]:
    """A letters-table row with every optional part off, then ``changes``."""
    row: dict[str, Any] = {
        "id": "c-0000000001",
        "kind": "letter",
        "implied": False,
        "when": {
            "earliest": "2021-05-11",
            "latest": "2021-05-18",
            "precision": "month",
            "single": False,
            "basis": "",
            "inferred": False,
            "certainty": "stated",
        },
        "sender": {"id": "e-ilsa-ostrova", "name": "Ilsa Ostrova", "type": "person"},
        "recipients": [{"id": "e-tomas-dahl", "name": "Tomas Dahl", "type": "person"}],
        "in_reply_to": None,
        "reports": ["r1", "r2"],
        "flags": [],
        "flag_labels": [],
        "corrected": [],
    }
    return {**row, **changes}


INVENTED = [
    invented(),
    invented(implied=True, corrected=["sender", "date"], in_reply_to="c-0000000000"),
    invented(when={**invented()["when"], "single": True, "latest": "2021-05-11", "precision": "day"}),
    invented(
        when={
            "earliest": None,
            "latest": "2021-05-18",
            "precision": "month",
            "single": False,
            "basis": "x",
            "inferred": True,
            "certainty": "inferred",
        },
    ),
    invented(
        when={
            "earliest": None,
            "latest": None,
            "precision": "unknown",
            "single": False,
            "basis": "no report gives a date",
            "inferred": False,
            "certainty": "unknown",
        },
    ),
    invented(sender={"id": None, "name": "Unknown", "type": "unknown"}, recipients=[]),
    invented(
        id="c-<&>\"'",
        kind=HOSTILE,
        sender={"id": "e-a b/c?d#e%f&g=h", "name": HOSTILE, "type": 'person" onclick="x'},
        recipients=[
            {"id": "e-ü", "name": "Ütz & <Co>", "type": "organisation"},
            {"id": "e-kim", "name": "Kim", "type": "person"},
            {"id": None, "name": "Unknown", "type": "unknown"},
        ],
        in_reply_to='c-"><x>',
        flags=["headline_sender_mismatch", "two_dates<>"],
        flag_labels=["headline names another sender", HOSTILE],
        corrected=[HOSTILE],
        when={
            "earliest": "<2021>",
            "latest": "&",
            "precision": "<p>",
            "single": False,
            "basis": HOSTILE,
            "inferred": True,
            "certainty": 'inferred" x="',
        },
    ),
]


@pytest.mark.parametrize("name", ["dev_register", "flagged_register", "hostile_register"])
def test_rows_of_every_register_letter_are_the_macros_html(name: str, request: pytest.FixtureRequest) -> None:
    rows = register_rows(request.getfixturevalue(name))
    assert rows
    assert str(letter_rows(rows)) == reference(rows)


@pytest.mark.parametrize("row", INVENTED, ids=range(len(INVENTED)))
def test_invented_rows_are_the_macros_html(row: dict[str, Any]) -> None:
    assert str(letter_rows([row])) == reference([row])


def test_hostile_values_stay_text() -> None:
    html = str(letter_rows([INVENTED[-1]]))
    assert "<script" not in html and "<x>" not in html and 'onclick="' not in html
    assert html.count("<b>") == 1  # 'inferred:', ours; the name's <b> is text
