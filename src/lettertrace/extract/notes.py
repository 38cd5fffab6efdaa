"""When a note is a communication: "a diplomatic note", "the note, sent by A to B", "sent a note to B",
"answered with a note"; not a note of music, a footnote or a banknote."""

from __future__ import annotations

from spacy.tokens import Token

from ..names import _data


def _is_comm_note(tok: Token) -> bool:
    cues = _data("cues.yaml")
    if any(
        c.lower_ in ("diplomatic", "protest", "verbale", "handwritten", "hand-written") for c in tok.children
    ):
        return True  # "a handwritten note to B": a note someone wrote, whatever the verb
    if any(c.dep_ == "acl" and c.lemma_ in cues["send_verbs"] for c in tok.children):
        return True  # "The note, sent by A to B on 8 March, was leaked"
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() == "receipt":
        return True  # "I acknowledge the receipt of your note of the 28th": a note received
    if tok.dep_ == "pobj" and head.lower_ == "with" and head.head.lemma_ in cues["reply_verbs"]:
        return True  # "The embassy answered with a note": the answer is a note
    return head.lemma_ in cues["send_verbs"] and tok.dep_ == "dobj" and head.lemma_ != "exchange"
