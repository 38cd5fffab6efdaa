"""'In a letter to X, the secretary general of Y hails ...': an apposition the parser hung on the addressee that is
the subject of the clause."""

from __future__ import annotations

from spacy.tokens import Token


def _subject_in_disguise(appos: Token) -> bool:
    """'In a letter to X, the secretary general of Y hails ...': a mis-parsed appositive that is the subject."""
    nxt = appos.right_edge.i + 1
    doc = appos.doc
    if nxt < len(doc) and doc[nxt].pos_ in ("VERB", "AUX"):
        return True
    verb = doc[nxt + 1] if nxt + 1 < len(doc) and doc[nxt].text == "," else None
    return (  # "In a letter addressed to X, the opposition leader, A, demanded ...": set off by commas
        verb is not None
        and appos.head.dep_ == "pobj"  # (not "to X, A, the chief of Y, said": A's own title)
        and verb.tag_ in ("VBD", "VBZ", "VBP")
        and verb in appos.ancestors
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)
    )
