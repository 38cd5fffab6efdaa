"""'A held a telephone conference with B', 'a video conference between A and B': a conference is a call only
when the word right before it names the phone or the video, and no word before that makes it a press event
("a video press conference", "a telephone news conference", "a video-game conference")."""

from __future__ import annotations

from spacy.tokens import Token

from ..names import _data

_PRESS = frozenset({"press", "news", "media"})


def phone_conference(tok: Token) -> bool:
    """A 'conference' held by phone or video between parties, not a press event."""
    mods = {c.lower_ for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod")}
    media = _data("cues.yaml")["call_modifiers"]  # the words that make talk a call ("phone", "video")
    return tok.doc[tok.i - 1].lower_ in media and not mods & _PRESS  # "an urgent telephone conference"
