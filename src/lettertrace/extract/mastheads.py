"""A page's masthead: the outlet's name on a line of its own at the top, in capitals ("NORLAND TIMES
ONLINE", "KESSEL POST-COURIER"). The recogniser may tag it a person ("MATANGI KESSEL"), who would then
take the state's name as a form of theirs and a later "he"; it names no one."""

from __future__ import annotations

from spacy.tokens import Doc

TOP = 400  # the masthead stands in the page's first characters


def masthead_tokens(doc: Doc) -> set[int]:
    """Token indices of the outlet's name where the page's top writes it in capitals."""
    outlet = doc.user_data.get("lettertrace_outlet")
    if not isinstance(outlet, str) or not outlet.isupper() or len(outlet.split()) < 2:
        return set()
    at = doc.text.find(outlet, 0, TOP + len(outlet))
    span = doc.char_span(at, at + len(outlet), alignment_mode="expand") if at >= 0 else None
    return {t.i for t in span} if span is not None else set()
