"""A letter sent to a state by its capital ("A's telegram, sent to Kessel last week", Kessel Norland's capital),
when the report tells of the exchange with one person of that state: to that person. The person is the one
who wrote to the sender (a reply, thanks) or to whom the sender wrote, and the only such person of that state."""

from __future__ import annotations

from .. import names
from .draft import Draft
from .mentions import Party
from .office_fit import states_of


def to_the_state_person(drafts: list[Draft]) -> None:
    """Give each written act addressed to a state alone the one person of that state its writer exchanges
    letters with in the report (in place)."""
    for d in drafts:
        if d.kind_class != "written" or d.sender is None or len(d.recipients) != 1:
            continue
        state = d.recipients[0]
        codes = names.states_named(state.name) if state.ptype == "state" else frozenset()
        if not codes or not _by_its_capital(d, codes):
            continue  # (a letter "to the Norland government" is the state's)
        people = {
            p.key: p
            for p in _partners(drafts, d.sender)
            if p.ptype == "person" and p is not d.sender and states_of(p) & codes
        }
        if len(people) == 1:
            d.recipients = list(people.values())


def _partners(drafts: list[Draft], writer: Party) -> list[Party]:
    """Those who wrote to ``writer`` and those ``writer`` wrote to, in the report's acts."""
    out: list[Party] = []
    for o in drafts:
        if o.kind_class != "written":
            continue  # (a call is no exchange of letters)
        if o.sender is writer:
            out.extend(o.recipients)
        elif writer in o.recipients and o.sender is not None:
            out.append(o.sender)
    return out


def _by_its_capital(d: Draft, codes: frozenset[str]) -> bool:
    """The act's sentence names the state by its capital ("sent to Kessel")."""
    return any(
        (state := names.state_of_capital(t.text)) is not None and names.states_named(state) & codes
        for t in d.trigger.sent
        if t.text[:1].isupper()
    )
