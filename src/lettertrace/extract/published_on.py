"""'A telegram uploaded to the X website', 'a letter posted to her Facebook page': a 'to' whose object is a
place where a text is put up for all to read names where it was published, never whom it was sent to."""

from __future__ import annotations

from spacy.tokens import Token

PUBLISHED_ON = frozenset(
    {"website", "site", "page", "account", "channel", "portal", "blog", "feed", "platform"}
)


def published_on(prep: Token) -> bool:
    """Whether the preposition ``prep`` ('to') has a place of publication for its object."""
    return any(
        o.dep_ == "pobj" and o.lemma_.lower() in PUBLISHED_ON and o.text.islower() for o in prep.children
    )  # (not "the Kessel Channel": a body's name)
