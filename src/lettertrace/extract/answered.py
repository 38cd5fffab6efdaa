"""Reply links read once every act of a report is merged: thanks for a letter, letters the writer says
they received, rebuttals of another party's claims."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .draft import Draft
from .lexicon import cues, noun_kind
from .mentions import Party
from .quotescan import quote_spans
from .rebuttals import link_rebuttals
from .speech_words import THANKS_NOUNS
from .syntax import _reply_compound, sentence_span
from .told_before import link_told_before

FIRST_PERSON = {"i", "me", "my", "we", "us", "our"}
ANSWER_WORDS = frozenset({"response", "reply", "respond", "answer"})  # "in response to your letter"
# "further to your letter", "with reference to your letter", "referring to your message": a letter that
# takes up the addressee's.
FURTHER_TO = frozenset({"further", "reference", "refer", "pursuant"})


def link_answered(doc: Doc, drafts: list[Draft]) -> None:
    """Reply links read once every act of the report is merged (the list is changed in place)."""
    _drop_dangling(drafts)
    _link_thanks(drafts)
    _thanks_in_letter(doc, drafts)
    _addressee_letters(doc, drafts)
    _writer_letters(doc, drafts)
    _reply_named_later(drafts)
    link_told_before(drafts)
    _calls_answering(drafts)
    link_rebuttals(doc, drafts)
    _to_first_signer(drafts)


def _drop_dangling(drafts: list[Draft]) -> None:
    """A link to an act dropped since (one with no writer, say) is no link: the steps after read it again."""
    kept = {id(d) for d in drafts}
    for d in drafts:
        if d.reply_to is not None and id(d.reply_to) not in kept:
            d.reply_to = None


def _to_first_signer(drafts: list[Draft]) -> None:
    """'The foreign ministers of X and Y wrote to B ... B's reply': a reply addressed to the group that wrote
    goes to the one who signed the letter first, whom its full text names."""
    for d in drafts:
        e = d.reply_to
        if e is None or e.sender is None or e.sender.group or e.sender is d.sender:
            continue
        if d.recipients and all(r.group for r in d.recipients):
            d.recipients = [e.sender]


def _reply_named_later(drafts: list[Draft]) -> None:
    """'B has sent a reply message to A, who had sent him greetings': a communication named a reply, still
    unlinked, answers the one written communication of its addressee to its sender the report tells of,
    even where the report tells of that one after it."""
    for d in drafts:
        if d.reply_to is not None or d.kind == "call" or d.sender is None:
            continue
        named_reply = d.trigger.lemma_.lower() in cues()["reply_nouns"]  # "sent a reply to A"
        if not (_reply_compound(d.trigger) or named_reply or _of_thanks(d)):
            continue
        answered = [
            e
            for e in drafts
            if e is not d
            and e.kind != "call"
            and e.reply_to is not d
            and _same(e.sender, d.recipients)
            and _same(d.sender, e.recipients)
            and (
                e.trigger.i < d.trigger.i or e.trigger.sent.start == d.trigger.sent.start
            )  # told before, or in
        ]  # the reply's own sentence ("..., who had sent him greetings"), never a later exchange
        if len(answered) == 1:
            d.reply_to = answered[0]


def _of_thanks(d: Draft) -> bool:
    """The act thanks its addressee, so it answers what the addressee sent: 'a message of thanks',
    'a letter of gratitude', 'a thank-you note', 'wrote back to A', 'sent a letter to A, thanking her'."""
    noun = d.trigger
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            if any(g.dep_ == "pobj" and g.lemma_.lower() in THANKS_NOUNS for g in c.children):
                return True
    if any(t.lower_ == "thank" for t in noun.doc[noun.left_edge.i : noun.i]):
        return True  # "a thank-you letter"
    verb = d.verb
    if verb is None or verb.i == noun.i:
        return False
    for c in verb.children:
        if c.dep_ in ("prt", "advmod") and c.lower_ == "back":
            return True  # "wrote back to A"
        if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() == "thank" and c.i > noun.i:
            if any(g.dep_ == "dobj" and g.pos_ in ("PRON", "PROPN") for g in c.children):
                return True  # "..., thanking him for ..."
    return False


def _calls_answering(drafts: list[Draft]) -> None:
    """'B rang A back', 'In response, B phoned A', 'B telephoned A in reply to her letter', 'B called A to
    thank her for the letter': a call its own clause makes an answer answers the latest communication
    from the one called to the caller that the report told of before it."""
    for d in drafts:
        if d.kind != "call" or d.reply_to is not None or d.sender is None or not d.recipients:
            continue
        if not _answers(d.verb if d.verb is not None else d.trigger):
            continue
        answered = [
            e
            for e in drafts
            if e is not d
            and e.trigger.i < d.trigger.i
            and e.reply_to is not d
            and _same(e.sender, d.recipients)
            and _same(d.sender, e.recipients)
        ]
        if answered:
            d.reply_to = max(answered, key=lambda e: e.trigger.i)


def _answers(verb: Token) -> bool:
    """The clause of ``verb`` makes its act an answer: 'rang her back', 'in response', 'in reply to her
    letter', 'to thank him for his message'."""
    for c in verb.children:
        if c.dep_ in ("prt", "advmod") and c.lower_ == "back":
            return True
        if c.dep_ == "prep" and c.lower_ == "in":
            if any(g.dep_ == "pobj" and g.lemma_.lower() in cues()["reply_nouns"] for g in c.children):
                return True
        if c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() == "thank" and _thanked_for(c) is not None:
            return True
    return False


def _same(p: Party | None, others: list[Party]) -> bool:
    return p is not None and any(p is o or p.key == o.key for o in others)


def _link_thanks(drafts: list[Draft]) -> None:
    """'In the message, B thanked A for his letter' / 'B wrote to A, thanking him for his letter': the
    communication whose sentences carry the thanks answers the letter thanked for."""
    for d in drafts:
        if not d.answered or d.kind == "call" or d.sender is None or any(o.reply_to is d for o in drafts):
            continue
        said = sentence_span(d.trigger)
        for e in drafts:
            if (
                e is not d
                and e.reply_to is None
                and e.kind != "call"
                and said in e.sentences
                and _same(e.sender, d.recipients)
                and _same(d.sender, e.recipients)
            ):
                e.reply_to = d
                break


def _names(tok: Token, p: Party) -> bool:
    """A subject that is a pronoun or a word of the party's name or roles."""
    if tok.pos_ == "PRON":
        return True
    words = {w.lower() for x in [p.name, *p.surfaces, *p.roles] for w in x.split()}
    return tok.lower_ in words


def _thanked_for(verb: Token) -> Token | None:
    """The communication thanked for: 'thanked him for his letter', 'to thank her for the message'."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"):
        for g in (g for g in prep.children if g.dep_ == "pobj"):
            if noun_kind(g) and not _second_person(g):
                return g
    return None


def _thanks_in_letter(doc: Doc, drafts: list[Draft]) -> None:
    """'B wrote to A, thanking him for his letter' / 'B sent a letter to A to thank her for the message
    she sent him': the thanks are B's letter's own words, so A's letter to B exists and is answered."""
    for e in list(drafts):
        if e.sender is None or len(e.recipients) != 1 or e.reply_to is not None:
            continue
        for s, t in list(e.sentences):
            span = doc.char_span(s, t, alignment_mode="expand")
            for verb in span if span is not None else []:
                if verb.lemma_.lower() != "thank" or verb.pos_ != "VERB":
                    continue
                subj = _thanker(verb)
                if subj is not None and not _names(subj, e.sender):
                    continue  # "A sent B a message. B wrote to A to thank him for it": B thanks, not A
                if e.kind == "call" and not _thanked_in_call(verb, e, subj):
                    continue
                noun = _thanked_for(verb)
                if noun is None or noun.i == e.trigger.i:
                    continue  # "I thank him for his message": the thanks are for this message, not in it
                if e.kind == "call" and any(c.dep_ == "prep" and c.lower_ == "to" for c in noun.children):
                    continue  # "phoned B and thanked him for his letter to C": not B's to the caller
                told = [d for d in drafts if d is not e and (d.trigger.i == noun.i or noun.i in d.anchors)]
                if not told:
                    _answered_by(drafts, e, noun)
                elif _same(told[0].sender, e.recipients) and _same(e.sender, told[0].recipients):
                    e.reply_to = told[0]  # the message thanked for is one the report told of before
                break
            if e.reply_to is not None:
                break


def _thanked_in_call(verb: Token, call: Draft, subj: Token | None) -> bool:
    """'In a phone call with B, A thanked him for his message', 'A phoned B and thanked him for his letter':
    the thanks told in the call's own sentence, in the third person, are said in the call ('"I thank him
    for his message," A told reporters', 'A did not thank him', 'B was thanked' are not)."""
    same = verb.sent.start == call.trigger.sent.start
    told = not any(c.dep_ in ("neg", "auxpass") for c in verb.children)  # "did not thank", "was thanked"
    told = told and not (verb.dep_ == "pcomp" and verb.head.lower_ == "without")  # "without thanking her"
    told = told and not any(a.lemma_.lower() in ("refuse", "decline", "fail") for a in verb.ancestors)
    return same and told and not (subj is not None and subj.lower_ in ("i", "we"))


def _thanker(verb: Token) -> Token | None:
    """Who thanks: the subject of 'thanked', or of the clause 'to thank' and 'thanking' hang on ('B wrote
    to A to thank him', 'B sent A a letter, thanking him')."""
    v = verb
    for _ in range(3):
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is not None or v.dep_ not in ("xcomp", "advcl", "conj") or v.head.i == v.i:
            return subj
        v = v.head
    return None


def _second_person(tok: Token) -> bool:
    """'your letter', 'the message you sent me', 'the letter that you wrote to me'."""
    for c in tok.children:
        if c.dep_ == "poss" and c.lower_ == "your":
            return True
        if c.dep_ in ("relcl", "acl") and any(g.dep_ == "nsubj" and g.lower_ == "you" for g in c.children):
            return True
    return False


def _to_me(verb: Token) -> bool:
    for c in verb.children:
        if c.dep_ in ("dative", "dobj", "iobj") and c.lower_ in ("me", "us"):
            return True
        if c.dep_ in ("prep", "dative") and c.lower_ == "to":
            if any(g.lower_ in ("me", "us") for g in c.children):
                return True
    return False


def _sent_to_writer(tok: Token) -> bool:
    """A communication the writer says the addressee sent to them: 'the message you sent me', 'the letter
    that you wrote to us', 'I received your letter', 'thank you for your message'."""
    if any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children):
        return False  # 'your letters to the governors': sent to others
    for c in tok.children:
        if c.dep_ in ("relcl", "acl") and any(g.dep_ == "nsubj" and g.lower_ == "you" for g in c.children):
            if _to_me(c):
                return True
    if not any(c.dep_ == "poss" and c.lower_ == "your" for c in tok.children):
        return False
    head = tok.head
    led = {head.head.lemma_.lower(), tok.doc[max(0, head.i - 1)].lower_}  # "I write further to your letter"
    if tok.dep_ == "pobj" and head.lower_ == "to" and led & (ANSWER_WORDS | FURTHER_TO):
        return True  # "In response to your letter of June 18", "replying to your message", "further to your letter"
    if tok.dep_ == "pobj" and head.lower_ == "following":
        return True  # "Following your letter of 3 May, I ..."
    if (
        tok.dep_ == "pobj"
        and head.lower_ == "of"
        and head.head.lemma_.lower() == "receipt"
        and head.head.dep_ == "dobj"
    ):
        tok, head = head.head, head.head.head  # "I have the honor to acknowledge the receipt of your note"
    if head.lemma_.lower() == "have" and (
        any(c.dep_ in ("xcomp", "oprd", "acomp", "ccomp") for c in head.children) or not _of_a_day(tok)
    ):
        return (
            False  # "I have your letter of February 21" (as formal letters open), not "of resignation ready"
        )
    if tok.dep_ == "dobj" and head.lemma_.lower() in ("receive", "get", "read", "acknowledge", "have"):
        if any(c.dep_ == "neg" for c in head.children):
            return False  # "I have not received your letter": none to answer
        ups = [head, *(a for a in head.ancestors if a.i != head.i)][:4]  # "I have the honour to acknowledge",
        # "I had the honor of receiving your favor of the 12th"
        return any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for u in ups for c in u.children)
    if tok.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() == "thank":
        return any(c.dep_ == "dobj" and c.lower_ == "you" for c in head.head.children)
    if tok.dep_ == "nsubjpass" and head.lemma_.lower() in ("receive", "acknowledge"):
        return head.dep_ == "ROOT" and not any(  # "Your letter of the 15th is received" (not "will be",
            c.dep_ in ("neg", "agent") or c.dep_ == "aux" and c.lower_ in ("will", "would", "may", "might")
            for c in head.children
        )  # "was not", "was received by the committee", nor "I doubt your letter was received")
    return False


def _writer_speaks(tok: Token, d: Draft) -> bool:
    """The sentence is the writer's own words: inside the reproduced text, or told in the first person
    with no one named as its speaker."""
    ft = d.full_text
    if ft is not None and ft.span.start <= tok.idx < ft.span.end:
        return True
    if any(q.start <= tok.idx < q.end for q in quote_spans(tok.doc)) and d.trigger.idx < tok.idx:
        return True  # 'In a letter to B, A wrote, "In response to your letter ..."': its quoted words
    sent = tok.sent
    subjects = [
        t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.head.i == sent.root.i
    ]  # the main clause's
    return any(t.lower_ in FIRST_PERSON for t in sent) and all(t.pos_ != "PROPN" for t in subjects)


def _enclosing(tok: Token, drafts: list[Draft]) -> Draft | None:
    """The letter whose words these are: the one whose reproduced text holds them, else the last one
    told before them (not one only known as answered)."""
    written = [
        d
        for d in drafts
        if d.kind != "call" and d.sender is not None and len(d.recipients) == 1 and not d.answered
    ]
    for d in written:
        if d.full_text is not None and d.full_text.span.start <= tok.idx < d.full_text.span.end:
            return d
    before = [d for d in written if d.trigger.i < tok.i]
    return max(before, key=lambda d: d.trigger.i) if before else None


def _answered_by(drafts: list[Draft], e: Draft, noun: Token) -> None:
    """Record the letter ``noun`` names, from ``e``'s addressee to its writer, as the one ``e`` answers:
    the one such letter the report told of before ``noun`` ('A sent B a message on Monday. B wrote to A
    to thank him for his message'), else a letter of its own."""
    assert e.sender is not None
    told = [
        d
        for d in drafts
        if d is not e
        and d.kind != "call"
        and d.trigger.i < noun.i
        and _same(d.sender, e.recipients)
        and _same(e.sender, d.recipients)
    ]
    if len(told) == 1:
        e.reply_to = told[0]
        return
    target = Draft(noun_kind(noun) or "letter", noun, e.recipients[0], [e.sender], verb=None)
    target.answered = True
    target.sentences = [sentence_span(noun)]
    drafts.insert(drafts.index(e), target)
    e.reply_to = target


def _addressee_letters(doc: Doc, drafts: list[Draft]) -> None:
    """A letter of A to B that says 'I received the message you sent me' answers a message of B to A,
    which the report may tell of nowhere else."""
    for tok in doc:
        if not noun_kind(tok) or not _sent_to_writer(tok):
            continue
        if any(d.trigger.i == tok.i and d.sender is not None for d in drafts):
            continue
        e = _enclosing(tok, drafts)
        if e is None or e.reply_to is not None or e.sender is None or not _writer_speaks(tok, e):
            continue
        _answered_by(drafts, e, tok)


def _writer_letters(doc: Doc, drafts: list[Draft]) -> None:
    """A reproduced letter of A to B that names 'our letter of 3 May' or 'my message of last week' tells of
    an earlier letter of A to B (not 'our letter to the governors', not one told without its date)."""
    for tok in doc:
        kind = noun_kind(tok)
        if kind is None or kind == "call" or any(d.trigger.i == tok.i for d in drafts):
            continue
        if not any(c.dep_ == "poss" and c.lower_ in ("my", "our") for c in tok.children):
            continue
        near = [*tok.children, *(g for c in tok.children if c.dep_ == "appos" for g in c.children)]
        dated = any(  # "our letter of 3 May", "our letter Ref. X/087 of 3 May", "our letter dated 3 May"
            (c.dep_ == "prep" and c.lower_ == "of" or c.lemma_.lower() == "date")
            and any(g.ent_type_ == "DATE" for g in c.subtree)
            for c in near
        )
        if not dated or any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children):
            continue
        e = _enclosing(tok, drafts)
        ft = e.full_text if e is not None else None
        if e is None or ft is None or not ft.span.start <= tok.idx < ft.span.end:
            continue  # only the writer's own words, whose 'my' is the signer
        earlier = Draft(kind, tok, e.sender, list(e.recipients), verb=None)
        earlier.sentences = [sentence_span(tok)]
        drafts.insert(drafts.index(e), earlier)


def _of_a_day(noun: Token) -> bool:
    """'your letter of February 21', 'your letter of the 28th ultimo': the noun's 'of' names a day (an ordinal
    too, which reply_checks.of_a_day, for 'his reply of 17 May', does not take)."""
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.ent_type_ in ("DATE", "ORDINAL") for g in c.subtree)
        for c in noun.children
    )
