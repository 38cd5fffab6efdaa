"""Word sets the speaker and link rules read: speech verbs, the heads of those who speak for someone,
media nouns that make a name an outlet, written communications named as speakers."""

from __future__ import annotations

SPEECH_VERBS = {
    "say",
    "add",
    "stress",
    "note",
    "write",
    "tell",
    "state",
    "declare",
    "read",
    "emphasize",
    "emphasise",
    "underline",
    "underscore",
    "affirm",
    "reaffirm",
    "warn",
    "urge",
    "describe",
    "continue",
    "conclude",
    "insist",
    "point",
    "explain",
    "express",
    "announce",
    "reiterate",
    "tweet",
    "quote",
    "ask",
    "remark",
    "observe",
    "highlight",
    "assert",
    "claim",
    "argue",
    "reply",
    "respond",
    "answer",
    "recall",
    "acknowledge",
    "admit",
    "demand",
    "pledge",
    "vow",
    "promise",
    "thank",
    "hail",
    "praise",
    "condemn",
    "call",
    "wish",
    "convey",
    "mention",
    "begin",
    "end",
    "open",
    "close",
    "go",
    "maintain",
    "suggest",
    "predict",
    "complain",
    "lament",
    "confirm",
    "assure",
    "reveal",
    "disclose",
    "recount",
    "comment",
    "caution",
    "proclaim",
    "contend",
    "question",
    "wonder",
    "concede",
    "welcome",
    "deny",
    "accuse",
    "criticise",
    "criticize",
    "post",
}
# "X's office / spokesman / aides said": the words are relayed for X.
SPOKES_HEADS = {
    "office",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "aide",
    "aides",
    "press",
    "cabinet",
    "camp",
}


# Nouns that make a name an outlet: "the website X", "X newspaper", "X online news".
MEDIA_NOUNS = {
    "news",
    "newspaper",
    "paper",
    "daily",
    "weekly",
    "website",
    "site",
    "portal",
    "outlet",
    "agency",
    "channel",
    "broadcaster",
    "television",
    "tv",
    "radio",
    "magazine",
    "tabloid",
    "media",
    "network",
    "wire",
    "journal",
}
# A written communication named as the one who speaks ("the letter read", "the note warned").
WRITTEN_NOUNS = {
    "letter",
    "message",
    "cable",
    "telegram",
    "text",
    "memo",
    "note",
    "missive",
    "reply",
    "email",
}
# Verbs that are speech verbs only when nothing follows them ("he continued" but not "continue to").
PHASE_VERBS = {"continue", "begin", "end", "open", "close", "go", "point", "call", "wish"}
PERSONAL = {"he", "she", "they", "we"}
# Role nouns a report uses for the person it is about ("the official also rejected ...").
GENERIC_ROLES = {"official", "leader", "diplomat", "politician", "statesman"}
# Nouns for a call, taken up again by "the conversation", "their call".
CALL_NOUNS = {"call", "conversation", "phone call", "telephone call", "phonecall"}
# Determiners that make a communication noun refer back to one already told.
DEFINITE = {"the", "this", "that", "his", "her", "their", "its"}

# Verbs by which a body tells what it did, besides speech ("The ministry informs that it delivered a note").
TELLING = frozenset({"announce", "confirm", "inform", "report", "indicate", "notify", "communicate"})

# The nouns of thanks ("a message of thanks", "expressed his gratitude to B"; spaCy lemmatises "thanks" "thank").
THANKS_NOUNS = frozenset({"thanks", "thank", "gratitude", "appreciation"})
