"""A person named as another's kin: 'Adams's son John Quincy Adams', 'Berg's daughter Ana Berg'. Their names
may share every word of the other's ('John Adams' within 'John Quincy Adams'), yet they are two people:
the name after the kinship noun is a party of its own, whose role says whose kin it is, and a bare
'Adams' or 'John Adams' afterwards is still the first person."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from .. import names
from ..names import KIN, kin_of
from .mentions import ROLE_HEADS

if TYPE_CHECKING:
    from .mentions import Party


def kin_owner(doc: Doc, start: int) -> tuple[str, str] | None:
    """The name of the one whose kin the name at token ``start`` is ('A's son B'), with the kinship word."""
    if start < 3 or doc[start - 1].lower_ not in KIN or doc[start - 2].text not in ("'s", "’s"):
        return None
    return doc[start - 3].text, doc[start - 1].lower_


def kin_of_another(p: Party, others: list[Party]) -> bool:
    """``p`` was named as the kin of one of ``others`` ('son of John Adams')."""
    return any(kin_of(r, q.name) for r in p.roles for q in others if q is not p)


def owner_of_kin(doc: Doc, tok2party: dict[int, int], a: int, b: int, key: int) -> bool:
    """In the list item ``doc[a:b]``, the party ``key`` is only named as whose kin, heir or officer the item
    is (:data:`OWNED`): "to Moeng's widow, Dikeledi Moeng": the widow is written to, the late Moeng is not;
    or only named by its people's word on a plural ("to Kazakh students": the students, not Kazakhstan)."""

    def kin_noun(t: Token) -> Token | None:  # "A's widow", "the widow of A"
        if t.dep_ == "poss":
            return t.head
        return t.head.head if t.dep_ == "pobj" and t.head.lower_ == "of" else None

    def people_noun(t: Token) -> bool:  # "to Kazakh students": a people's word on a plural of people
        head = t.head
        people = names.is_demonym(t.text) or t.ent_type_ == "NORP"
        return (
            people and t.dep_ in ("amod", "compound") and head.tag_ == "NNS" and head.lemma_ not in ROLE_HEADS
        )

    return any(
        tok2party.get(t.i) == key
        and ((k := kin_noun(t)) is not None and k.lower_ in OWNED and a <= k.i < b or people_noun(t))
        for t in doc[a:b]
    )


# Those a person is named as the owner of, in a list item: kin, an heir ("from Sheikh A's heir apparent,
# Sheikh B"), the one before or after in an office or across from it ("to A's predecessor, B", "to A's
# counterpart, B"), and the people of an office ("from the President's envoy, B").
OWNED = KIN | {"heir", "heiress", "successor", "predecessor", "counterpart"} | ROLE_HEADS
