"""An exchange of letters between two states told as a whole, then letter by letter between their leaders:
"the crisis played out in an exchange of letters between Moscow and Washington. ... On 7 September the Soviet
leader A sent a letter to US President B ... B answered on 12 September": the exchange is those letters, told
in sum, no two acts of the states' own."""

from __future__ import annotations

from .. import names
from .draft import Draft
from .home_leader import writes_in_own_name
from .mentions import Party
from .office_fit import officer_of_state, states_of


def exchanges_told_in_detail(drafts: list[Draft]) -> list[Draft]:
    """``drafts`` less the two acts of an exchange between two states (the 'distinct' pair of an exchange)
    when the report tells a written act between an officer of one and a person who may be of the other."""
    return [d for d in drafts if not told_in_detail(d, drafts)]


def told_in_detail(d: Draft, drafts: list[Draft]) -> bool:
    if not d.distinct or d.sender is None or len(d.recipients) != 1:
        return False
    a, b = d.sender, d.recipients[0]
    if a.ptype != "state" or b.ptype != "state":
        return False
    for o in drafts:
        if o.distinct or o.kind_class != d.kind_class or o.sender is None or len(o.recipients) != 1:
            continue
        x, y = o.sender, o.recipients[0]
        if x.ptype != "person" or y.ptype != "person":
            continue
        if any(
            officer_of_state(s, p) and _may_be_of(t, q) or officer_of_state(t, q) and _may_be_of(s, p)
            for (s, p), (t, q) in (((a, x), (b, y)), ((a, y), (b, x)))
        ):
            return True
    return False


def _may_be_of(state: Party, p: Party) -> bool:
    """``p`` is of ``state`` as far as the report tells: tied to it, or a leader it ties to no state it knows
    ("the Soviet leader" beside "Moscow"); not one of a third state, nor one of no office ("Tom Berg")."""
    theirs = states_of(p)
    return bool(names.states_named(state.name) & theirs) if theirs else writes_in_own_name(p)
