"""An exchange of letters between two states told as a whole, then letter by letter between their leaders:
"the crisis played out in an exchange of letters between Moscow and Washington. ... On 7 September the Soviet
leader A sent a letter to US President B ... B answered on 12 September": the exchange is those letters, told
in sum, no two acts of the states' own."""

from __future__ import annotations

from .draft import Draft
from .office_fit import officer_of_state


def exchanges_told_in_detail(drafts: list[Draft]) -> list[Draft]:
    """``drafts`` less the two acts of an exchange between two states (the 'distinct' pair of an exchange)
    when the report tells a written act between two people, an officer of one of the states among them."""
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
        if (
            officer_of_state(a, x)
            or officer_of_state(b, y)
            or officer_of_state(a, y)
            or officer_of_state(b, x)
        ):
            return True  # (one side may be told by a state's old name: "Moscow" for "the Soviet leader")
    return False
