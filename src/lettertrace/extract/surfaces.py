"""The forms in which a report writes a person's name: the name with the words written around it that
belong to the same noun phrase, as a reader would quote them ("Norland's de facto Foreign Minister
Ana Berg", "King Olaf of Ostmark", "President of Norland, Ana Berg", "the Norland president, Ana
Berg"). Every such form is an alias of the person: a search for any of them must find her.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

# Dependents on the left of a name that belong to its noun phrase.
LEFT_DEPS = {"compound", "amod", "poss", "nmod", "det", "nummod", "case", "advmod", "npadvmod"}
# Labels of an "of" complement that places a person ("King Olaf of Ostmark", "Imam Ali of Al-Azhar").
PLACE_LABELS = {"GPE", "ORG", "NORP", "LOC", "FAC"}
MAX_WORDS = 16


def _clean(text: str) -> str:
    return " ".join(text.split()).strip(" ,;:")


def _no_break(doc_span: Span) -> bool:
    return not any("\n" in t.whitespace_ for t in doc_span[:-1]) and len(doc_span) <= MAX_WORDS


def _left_edge(head: Token, start: int) -> int:
    left = start
    for c in head.lefts:
        if c.dep_ in LEFT_DEPS and c.i < start:
            left = min(left, c.left_edge.i)
    return left


def _of_place_end(head: Token, end: int) -> int:
    doc = head.doc
    if end < len(doc) and doc[end].lower_ == "of" and doc[end].head.i == head.i:
        pobj = next((c for c in doc[end].children if c.dep_ == "pobj"), None)
        if pobj is not None and (pobj.ent_type_ in PLACE_LABELS or pobj.pos_ == "PROPN"):
            return int(pobj.right_edge.i) + 1
    return end


def written_forms(ent: Span) -> list[str]:
    """Every form of the mention ``ent`` (a person's name) as written: with the title, nationality or
    possessive before it, with an 'of' place after it, and with a role in apposition on either side."""
    doc = ent.doc
    head = ent.root
    out: list[str] = []

    def add(a: int, b: int) -> None:
        span = doc[a:b]
        if len(span) and _no_break(span):
            text = _clean(span.text)
            if text and text not in out:
                out.append(text)
            if span[0].lower_ in ("the", "a") and len(span) > 1:
                bare = _clean(doc[a + 1 : b].text)
                if bare and bare not in out:
                    out.append(bare)

    left = min(_left_edge(t, ent.start) for t in ent)  # "Norland PM [Ana Berg]": PM's own modifiers too
    right = _of_place_end(head, ent.end)
    add(left, ent.end)
    add(left, right)
    add(ent.start, right)
    # "President of Norland, Ana Berg" / "the Norland president, Ana Berg": the role comes first
    if head.dep_ == "appos" and head.head.i < ent.start:
        role = head.head
        role_left = _left_edge(role, role.i)
        if doc[ent.start - 1].text == "," and role.right_edge.i + 1 == ent.start - 1:
            add(role_left, ent.end)
    # "Ana Berg, President of Norland": the role follows
    for c in head.rights:
        if c.dep_ == "appos" and c.i > ent.end and doc[ent.end].text == ",":
            if c.right_edge.i - ent.start < MAX_WORDS:
                add(left, c.right_edge.i + 1)
            break
    return out
