"""Every construction family of ``extract.patterns.REGISTRY`` (and the round-up, courier, joint-letter,
call-without-a-call-verb and in-report-name families built on them) on invented sentences: at least
three variants each (active; passive or nominal; a role instead of a name), asserting the kind, the
sender and the recipients of every communication found, how many there are, and what a reply answers.

Every name and place is invented. The report is dated Thursday 14 March 2024 (see ``test_extract``).
"""

from __future__ import annotations

import pytest

from lettertrace.extract.patterns import REGISTRY
from lettertrace.models import ProcessedReport
from test_extract import report, run

H = "President Marta Halvard of Norland"
L = "Prime Minister Jonas Lindqvist of Vestria"
K = "King Olaf Brandt of Kardovia"
D = "Chancellor Petra Dravik of Talvia"
M = "President Ines Marlow of Ostmark"
ENVOY = "Tobias Renn"
# the names the register should give, by the letters the expectations use
WHO = {
    "H": "Marta Halvard",
    "L": "Jonas Lindqvist",
    "B": "Olaf Brandt",
    "D": "Petra Dravik",
    "M": "Ines Marlow",
    "O": "Omar Al-Rashid",
    "Q": "Liesel Quenby",
    "S": "Karim Sadeq",
    "T": "Le Thi Hoa",
    "E": "Vestria embassy",
    "F": "Ministry of Foreign Affairs of Norland",
    "G": "Ministry of Foreign Affairs",
    "N": "Permanent Mission of Norland",
    "U": "Secretariat of the United Nations",
    "P": "Park Min-jun",
    "A": "Anika Sorel",
    "V": "Prime Minister of Vestria",  # an office the report names no holder for
    "W": "Norway",  # real state names: spaCy tags them as places, invented ones as organisations
    "X": "Peru",
    "Y": "Tomas Lind",
    "Z": "Anselm II",
    "1": "Norway's permanent mission to the UN",
    "2": "Peru's permanent mission to the UN",
    "3": "president of the UN Security Council",
}
# earlier sentences that name a party, so that a later role ("the Norland president") can resolve
H_FIRST = f"{H} visited the dam on Monday."
L_FIRST = f"{L} visited the dam on Monday."
H_WROTE = f"{H} wrote to {L} last week."
L_WROTE = f"{L} wrote to {H} last month about the dam."

Obs = tuple[str, str, tuple[str, ...], str]  # kind, sender, recipients, sender of what it answers ("")


def expect(spec: str) -> list[Obs]:
    """'letter H>L; letter L>H re H': a letter from H to L, and L's letter to H answering H's."""
    out = []
    for item in spec.split(";"):
        words = item.split()
        kind, parties = words[0], words[1]
        sender, recipients = parties.split(">")
        answers = WHO[words[3]] if len(words) == 4 and words[2] == "re" else ""
        out.append((kind, WHO[sender], tuple(WHO[r] for r in recipients.split(",")), answers))
    return sorted(out)


Act = tuple[str, str, tuple[str, ...]]  # kind, sender, recipients


def acts(*paragraphs: str) -> list[Act]:
    """Kind, sender and recipients of every communication of an invented report of ``paragraphs``."""
    comms = run(report(*paragraphs)).extraction.communications
    return sorted(
        (c.kind, c.sender.name if c.sender else "", tuple(r.name for r in c.recipients)) for c in comms
    )


def observed(rep: ProcessedReport) -> list[Obs]:
    comms = rep.extraction.communications
    out = []
    for x in comms:
        answered = comms[x.in_reply_to] if x.in_reply_to is not None else None
        answers = answered.sender.name if answered is not None and answered.sender is not None else ""
        out.append((x.kind, x.sender.name if x.sender else "", tuple(r.name for r in x.recipients), answers))
    return sorted(out)


CASE_IDS: list[str] = []


def param(case_id: str, spec: str, *paragraphs: str) -> object:
    """One case: the report's paragraphs and what it must give (other test files use it too)."""
    return pytest.param(paragraphs, expect(spec), id=case_id)


def case(case_id: str, spec: str, *paragraphs: str) -> object:
    CASE_IDS.append(case_id)
    return param(case_id, spec, *paragraphs)


CASES = [
    # reply_noun: the reply names what it answers, which becomes a communication of its own
    case("reply_noun/in-response-to-a-letter-by", "letter H>L; letter L>H re H",
         f"In response to a letter by {H}, {L} said his government was ready for talks."),
    case("reply_noun/sent-a-reply-to-a-letter", "letter H>L; letter L>H re H",
         f"{L} sent a reply to President Marta Halvard's letter on Tuesday."),
    case("reply_noun/nominal-possessive-reply", "letter H>L; letter L>H re H",
         f"{H} wrote to {L} last month.", "Lindqvist's reply to Halvard's letter arrived on Tuesday."),
    case("reply_noun/in-response-to-surname", "letter H>L; letter L>H re H",
         H_FIRST, f"In response to Halvard's letter, {L} wrote that the river would stay open."),
    case("reply_noun/in-response-to-role", "letter H>L; letter L>H re H",
         H_FIRST, f"In response to the Norland president's letter, {L} wrote that the river would stay open."),
    case("reply_verb/answered-a-letter", "letter H>L; letter L>H re H",
         f"{L} answered President Marta Halvard's letter on Sunday."),
    # communication_noun
    case("communication_noun/sent-a-letter", "letter H>L", f"{H} sent a letter to {L} on Tuesday."),
    case("communication_noun/passive", "letter H>L", f"A letter was sent by {H} to {L} on Tuesday."),
    case("communication_noun/letter-from-to", "letter H>L", f"A letter from {H} to {L} was published on Tuesday."),
    case("communication_noun/received-a-cable", "message H>L", f"{L} received a cable from {H} on Tuesday."),
    case("communication_noun/possessive-message", "message H>L",
         "President Marta Halvard's message to Prime Minister Jonas Lindqvist urged calm."),
    case("communication_noun/role", "letter H>L", H_FIRST, f"On Tuesday the Norland president sent a letter to {L}."),
    case("communication_noun/her-vestrian-counterpart", "letter H>L",
         f"{H} and {L} held talks in Paris on Monday.",
         "On Tuesday Halvard sent a letter to her Vestrian counterpart."),
case("communication_noun/the-second-letter-of-a-series", "letter H>L; letter H>L",
         f"{H} sent a letter to {L} on Monday.", "Aides urged him to ignore the second letter, which was harsher."),
    case("communication_noun/in-a-message-thanks-to", "message L>H",
         f"{L} conveyed his thanks to {H} in a reply message."),
    case("communication_noun/letter-left-for-by", "letter H>L",
         f"The letter left for {L} by his predecessor, {H}, was made public on Monday."),
        case("communication_noun/in-a-formal-letter-asked", "letter H>L",
         f"In a formal letter, {H} asked {L} to reopen the border."),
    case("communication_noun/seen-by-an-agency-is-no-party", "letter H>L",
         f"A letter from {H} to {L} was seen by the Freeport News Agency on Tuesday."),
    case("communication_noun/later-sentence-seen-by-the-agency", "letter H>L",
         f"{H} sent a letter to {L} on Tuesday.", "The letter was seen by the agency on Wednesday."),
    # write_verb
    case("write_verb/wrote-to", "letter H>L", f"{H} wrote to {L} on Tuesday."),
    case("write_verb/subordinate-clause", "letter B>H",
         "Crowds gathered in Kardovia as King Olaf Brandt wrote to President Marta Halvard on Tuesday."),
    case("write_verb/role", "letter H>L", H_FIRST, f"The Norland president wrote to {L} on Tuesday."),
    case("write_verb/listed-addressees-one-letter", "letter H>L,D",
         f"{H} has written to {L} and {D} about the dam."),
    case("write_verb/emailed", "message H>L", f"{H} emailed {L} on Tuesday."),
    case("write_verb/his-norland-counterpart", "letter L>H",
         H_FIRST, f"{L} wrote to his Norland counterpart on Tuesday."),
    # call_verb
    case(
        "verb_read_as_noun/telephones",
        "call H>L",
        "- 2 April: Prime Minister Marta Halvard telephones Prince Jonas Lindqvist, the first call on record.",
    ),
    case(
        "verb_read_as_noun/given-name",
        "call H>L",
        H_FIRST,
        "- 2 April: Marta telephones Jonas Lindqvist, the first call on record.",
    ),
    case(
        "verb_read_as_noun/cables",
        "message H>L",
        "- 3 March: Prime Minister Marta Halvard cables Prince Jonas Lindqvist, protesting the survey.",
    ),
    case("call_verb/phoned", "call H>L", f"{H} phoned {L} on Tuesday."),
    case("call_verb/telephoned", "call H>L", f"{H} telephoned {L} on Tuesday."),
    case("call_verb/called", "call L>H", f"{L} called {H} on Tuesday to discuss the floods."),
    case("call_verb/role", "call H>L", H_FIRST, f"The Norland president telephoned {L} on Tuesday."),
    case("call_verb/called-prime-minister", "call H>L", f"{H} called {L} on Tuesday."),
    case("call_verb/passive-phoned-by", "call H>L", f"{L} was phoned by {H} on Tuesday."),
    case("call_verb/phoned-three", "call H>L; call H>D; call H>M",
         f"{H} phoned {L}, {D} and {M} on Tuesday."),
    case("call_verb/his-counterpart", "call L>H", H_FIRST, f"{L} telephoned his counterpart on Tuesday."),
    case("call_verb/counterpart-apposition", "call H>L",
         f"{H} phoned her Vestrian counterpart, Jonas Lindqvist, on Tuesday."),
    # contact_verb
    case("contact_verb/to-congratulate-her", "call H>D", f"{H} contacted {D} to congratulate her on her election."),
    case("contact_verb/role-sender", "call H>L", H_FIRST, f"The Norland president contacted {L} to congratulate him."),
    case("contact_verb/role-recipient", "call D>H", H_FIRST, f"{D} contacted the Norland president to congratulate her."),
    case("contact_verb/passive-contacted-by", "call H>L",
         f"{L} was contacted by {H} on Tuesday to discuss the floods."),
    # reach_out
    case("reach_out/to-a-party", "message H>L", f"{H} reached out to {L} on Tuesday."),
    case("reach_out/to-congratulate-her", "message L>H", f"{L} reached out to congratulate {H} on her election."),
    case("reach_out/role-sender", "message H>L", H_FIRST, f"The Norland president reached out to {L} on Tuesday."),
    case("reach_out/by-phone", "call H>D", f"{H} reached out to {D} by phone on Tuesday."),
    # speak_verb
    case("speak_verb/spoke-with-by-phone", "call H>L", f"{H} spoke with {L} by phone on Tuesday."),
    case("speak_verb/talked-by-telephone", "call H>L", f"{H} talked to {L} by telephone on Tuesday."),
    case("speak_verb/conjoined-subject", "call H>L", f"{H} and {L} spoke by phone on Tuesday."),
    case("speak_verb/role", "call H>L", H_FIRST, f"The Norland president spoke with {L} by phone on Tuesday."),
    case("speak_verb/then-their-phone-conversation", "call H>L",
         f"{H} spoke with {L}.", "In their phone conversation, the two leaders discussed the floods."),
    # reply_verb
    case("speak_verb/readout-spoke-to-today", "call L>H", f"{L} spoke to {H} today. The leaders discussed the floods."),
    # phone_marked_verb: any exchange marked as made by phone is a call
    case("phone_marked_verb/discussed-by-telephone", "call H>L",
         f"{H} and {L} discussed the floods by telephone on Wednesday."),
    case("phone_marked_verb/briefed-over-the-phone", "call H>L",
         f"{H} briefed {L} over the phone on Wednesday."),
    case("phone_marked_verb/role-subject", "call H>L",
         H_FIRST, f"The Norland president and {L} discussed the floods by telephone on Wednesday."),
    case("reply_verb/replied-to-a-letter", "letter H>L; letter L>H re H",
         f"{L} on Tuesday replied to President Marta Halvard's letter."),
    case("reply_verb/responded-in-a-message", "letter H>L; message L>H re H",
         H_WROTE, "Lindqvist responded in a message on Tuesday."),
    case("reply_verb/role-replied-to-the-letter", "letter H>L; letter L>H re H",
         H_WROTE, "The Vestrian prime minister replied to the letter on Tuesday."),
    # similar_messages: one act per sender
    case("similar_messages/dispatched-similar-cables", "message H>L; message D>L",
         f"{H} and {D} dispatched similar cables to {L}."),
    case("similar_messages/three-senders", "message H>L; message D>L; message M>L",
         f"{H}, {D} and {M} dispatched similar cables to {L}."),
    case("similar_messages/after-a-cable-surname", "message H>L; message D>L; message M>L",
         f"{H} sent a cable of condolences to {L}.", f"{D} and {M} sent similar messages to Lindqvist."),
    case("similar_messages/role-recipient", "message H>L; message D>L",
         L_FIRST, f"{H} and {D} dispatched similar messages to the Vestrian prime minister."),
    case("similar_messages/role-second-sender", "message D>L; message H>L",
         H_FIRST, f"{D} and the Norland president sent similar cables to {L}."),
    case("similar_messages/role-first-sender", "message H>L; message D>L",
         H_FIRST, f"The Norland president and {D} dispatched similar cables to {L}."),
    # greeting_received: one act per sender
    case("greeting_received/condolences-from-three", "message H>L; message D>L; message M>L",
         f"{L} received condolences from {H}, {D} and {M}."),
    case("greeting_received/congratulations-from-two", "message H>L; message D>L",
         f"{L} received congratulations from {H} and {D}."),
    case("greeting_received/role-recipient", "message H>L; message D>L",
         L_FIRST, f"The Vestrian prime minister received condolences from {H} and {D}."),
    case("greeting_received/by-phone-after-calls", "call H>L; call D>L; call M>L",
         f"{L} received phone calls from several leaders on Tuesday.",
         f"He received condolences from {H}, {D} and {M}."),
    case("greeting_received/by-phone-name-comma-title-list", "call H>L; call O>L; call M>L",
         f"{L} received phone calls from several leaders on Tuesday.",
         "He received condolences from Marta Halvard, President of Norland; Omar Al-Rashid, Crown Prince of"
         " Ruvenna; and Ines Marlow, President of Ostmark."),
    case("greeting_received/by-phone-king-first", "call B>L; call O>L; call M>L",
         f"{L} received phone calls from several leaders on Tuesday.",
         f"He received condolences from {K}; Omar Al-Rashid, Crown Prince of Ruvenna; and Ines Marlow,"
         " President of Ostmark."),
    case("greeting_received/role-sender-apposition-recipient", "message H>L; message D>L",
         H_FIRST,
         f"The Vestrian prime minister, Jonas Lindqvist, received condolences from the Norland president and {D}."),
    # greeting_sent: one message per addressee
    case("greeting_sent/sent-congratulations", "message H>L", f"{H} sent congratulations to {L}."),
    case("greeting_sent/cabled-to-two", "message H>L; message H>D", f"{H} cabled her condolences to {L} and {D}."),
    case("greeting_sent/role", "message H>L", H_FIRST, f"The Norland president sent her congratulations to {L}."),
    # greeting_sent_passive: one message per sender named as an agent
    case("greeting_sent_passive/addressed-by-two", "message H>L; message D>L",
         f"Congratulations on the national day were also addressed to {L} by {H} and by {D}."),
    case("greeting_sent_passive/sent-by-one", "message H>L", f"Condolences were sent to {L} by {H} on Monday."),
    case("greeting_sent_passive/role", "message H>L", H_FIRST,
         f"Greetings were also addressed to {L} by the Norland president."),
    # greeting_beside_message: greetings extended in a round-up of messages
    case("greeting_beside_message/while-extended", "message H>L; message D>M",
         f"{H} sent a congratulatory message to {L}, while {D} extended her congratulations to {M}."),
    case("greeting_beside_message/and-conveyed", "message H>L; message D>M",
         f"{H} sent a message of condolence to {L}, and {D} conveyed her condolences to {M}."),
    case("greeting_beside_message/role", "message H>L; message D>M", H_FIRST,
         f"The Norland president sent a congratulatory cable to {L}, while {D} offered her congratulations to {M}."),
    # compliments_formula: the opening of a note verbale
    case("compliments_formula/ministry-to-embassy", "message G>E",
         "The Ministry of Foreign Affairs of Norland presents its compliments to the Vestria embassy and has the"
         " honour to inform it that the talks are postponed."),
    case("compliments_formula/embassy-to-ministry", "message E>F",
         "The Vestria embassy presents its compliments to the Ministry of Foreign Affairs of Norland and requests"
         " a meeting."),
    case("compliments_formula/mission-to-secretariat", "message N>U",
         "The Permanent Mission of Norland presents its compliments to the Secretariat of the United Nations and"
         " has the honour to transmit the report."),
    # addressed extracts: a line 'To A ...' heads an extract of one of the letters the report said X wrote
    case("extracts/to-lines-after-a-series", "letter H>B; letter H>M",
         f"During her exile, {H} wrote hundreds of letters to friends and officials.",
         "To Olaf Brandt, her nephew and a chief of the river people - 14.10.68", "I was glad to hear from you.",
         "To Ines Marlow, an old friend - 4.2.69", "Be brave."),
    case("extracts/to-lines-with-the-words", "message H>B; message H>M",
         f"Here follow two cables sent by {H} last week:",
         'To Olaf Brandt: "Accept my warm greetings on your national day."',
         'To Ines Marlow: "I offer my congratulations on the success of the expedition."'),
    case("extracts/role-writer", "letter H>B",
         H_FIRST, "The Norland president kept writing letters from prison.",
         "To Olaf Brandt - 3.4.70", "The winters here are long."),
    # agency style: titles stacked before one name, a holder named after the body, objects sharing a verb
    case("cable_style/stacked-titles-and-shared-verb", "message H>L",
         f"General Secretary of the Norland Unity Party Central Committee and State President Marta Halvard has"
         f" sent a basket of flowers and a congratulatory message to {L}."),
    case("cable_style/holder-after-the-body", "message H>T",
         f"{H} sent a message to Chairwoman of the Ostmark National Assembly Standing Committee Le Thi Hoa."),
    case("cable_style/to-comrade", "message H>T; message L>T",
         f"{H} sent a message to the Ostmark Assembly Standing Committee Le Thi Hoa.",
         f"On this occasion, {L} also cabled a message to comrade Le Thi Hoa to congratulate her."),
    case("cable_style/a-similar-letter", "letter H>L; letter H>D",
         f"{H} wrote to {L} on Monday.", f"In a similar letter to {D}, Halvard voiced her sympathy."),
    case("names/counterpart-named-in-apposition", "call H>L",
         "President Marta Halvard of Norland held a phone call with her Vestrian counterpart Jonas Lindqvist."),
    case("names/embassy-named-by-its-state", "letter H>E",
         f"The letter, signed by {H}, was delivered to the Vestria embassy on Tuesday."),
    case("names/role-then-name-after-a-comma", "call O>L",
         f"{L} received a phone call from the Crown Prince of Ruvenna, Sheikh Omar Al-Rashid, on Saturday."),
    # round-ups: one act per listed party
    case("roundup/also-sent-messages-to-four", "letter H>L; message H>B; message H>D; message H>M; message H>S",
         f"{H} sent a letter to {L} on Tuesday.",
         f"Halvard also sent messages to {K}, {D}, {M} and Emir Karim Sadeq of Ruvenna."),
    case("roundup/also-sent-messages-one-sentence", "message H>L; message H>B; message H>D; message H>M",
         f"{H} also sent messages to {L}, {K}, {D} and {M}."),
    case("roundup/cables-of-condolences-from-three", "message H>L; message D>L; message M>L",
         f"{L} received cables of condolences from {H}, {D} and {M}."),
    case("roundup/messages-of-condolence-from-three", "message H>L; message D>L; message M>L",
         f"{L} received messages of condolence from {H}, {D} and {M}."),
    case("roundup/sent-letters-to-three", "letter H>L; letter H>D; letter H>M",
         f"{H} sent letters to {L}, {D} and {M} on Tuesday."),
    case("roundup/received-phone-calls-from-two", "call H>L; call D>L",
         f"{L} received phone calls from {H} and {D} on Tuesday."),
    # exchange: written acts one each way; calls once
    case("exchange/exchanged-letters", "letter H>L; letter L>H", f"{H} and {L} exchanged letters in March."),
    case("exchange/messages-of-congratulations", "message H>L; message L>H",
         f"{H} and {L} exchanged messages of congratulations on Tuesday."),
    case("exchange/phone-calls-are-one-call", "call H>L", f"{H} and {L} exchanged phone calls on Tuesday."),
    case("exchange/exchanged-messages-with", "message H>L; message L>H",
         f"{H} exchanged messages with {L} on Tuesday."),
    case("exchange/role-exchanged-letters", "letter H>L; letter L>H",
         H_FIRST, f"The Norland president and {L} exchanged letters in March."),
    # medium_exchange: an exchange named by its medium, one written act each way; calls once
    case("medium_exchange/whatsapp-exchange-between", "message H>L; message L>H",
         f"The WhatsApp exchange between {H} and {L} was published with other messages on Monday."),
    case("medium_exchange/email-exchange-with", "message H>L; message L>H",
         f"{H}'s email exchange with {L} was released with other messages on Monday."),
    case("medium_exchange/role-phone-exchange", "call H>L",
         H_FIRST, f"The phone exchange between the Norland president and {L} on Tuesday was tense."),
    # thanked_for: the thanked party sent it
    case("thanked_for/for-her-letter", "letter H>L", f"{L} thanked {H} for her letter."),
    case("thanked_for/for-the-congratulatory-message", "message H>L",
         f"{L} thanked {H} for the congratulatory message."),
    case("thanked_for/role", "letter H>L", H_FIRST, f"{L} thanked the Norland president for her letter."),
    # couriers: the envoy is never a party
    case("courier/delivered-by-envoy", "letter H>L",
         f"A letter from {H} was delivered to {L} by special envoy {ENVOY} on Tuesday."),
    case("courier/envoy-handed-over", "letter H>L",
         f"Special envoy {ENVOY} handed over a letter from {H} to {L} on Tuesday."),
    case("courier/received-delivered-by", "letter H>L",
         f"{L} received a letter from {H}, delivered by her envoy {ENVOY}."),
    case("courier/minister-conveyed-a-message", "message H>L",
         f"Foreign Minister {ENVOY} of Norland conveyed a message from {H} to {L}."),
    case("courier/role-sender-handed-over", "letter H>L",
         H_FIRST, f"Envoy {ENVOY} handed over a letter from the Norland president to {L}."),
    case("courier/role-received-delivered-by", "letter H>L",
         H_FIRST, f"{L} received a letter from the Norland president, delivered by envoy {ENVOY}."),
    # joint letters: one letter, the first signer (or the clause subject) sends, the co-signer is no recipient
    case("joint_letter/signed-a-joint-letter", "letter H>L", f"{H} and {D} signed a joint letter to {L}."),
    case("joint_letter/in-a-joint-letter-with", "letter H>L",
         f"{H} urged restraint in a joint letter with {D} sent to {L}."),
    case("joint_letter/fronted-in-a-joint-letter-to", "letter H>L",
         f"In a joint letter to {L}, {H} and {D} urged restraint."),
    case("joint_letter/nominal-joint-letter-from", "letter H>L",
         f"A joint letter from {H} and {D} to {L} urged restraint."),
    case("joint_letter/role-signed-a-joint-letter", "letter H>L",
         H_FIRST, f"The Norland president and {D} signed a joint letter to {L}."),
    case("joint_letter/holders-listed-after-their-places", "letter H>B",
         "The presidents of Norland, Marta Halvard, and Vestria, Jonas Lindqvist, signed a joint letter "
         f"to {K} on Tuesday."),
    case("joint_letter/signers-on-behalf-of-their-party", "letter H>B",
         f"{H} and {D} signed a letter to {K} on behalf of the Northern Unity Party."),
    case("joint_letter/wrote-on-behalf-of-a-group", "letter H>B",
         f"On behalf of the Northern Unity Party, {H} wrote to {K} on Tuesday."),
    case("courier/handed-over-on-behalf-of-a-mission", "message N>B",
         f"Ambassador {ENVOY} handed over a note verbale to {K} on behalf of the Permanent Mission of Norland."),
    # calls without a call verb on the parties
    case("call_no_verb/during-a-phone-call", "call H>D",
         f"During a phone call on Tuesday, {H} and {D} agreed to reopen the border."),
    case("call_no_verb/held-a-telephone-conversation", "call H>L",
         f"{H} held a telephone conversation with {L} on Tuesday."),
    case("call_no_verb/phone-call-between", "call H>L", f"A phone call between {H} and {L} took place on Tuesday."),
    case("call_no_verb/received-a-phone-call-role", "call L>H",
         H_FIRST, f"The Norland president received a phone call from {L} on Tuesday."),
    case("call_no_verb/telephone-conversation-role", "call H>L",
         H_FIRST, f"The Norland president held a telephone conversation with {L} on Tuesday."),
    case("call_no_verb/during-a-phone-call-role", "call H>L",
         H_FIRST,
         f"During a phone call on Tuesday, the Norland president and {L} agreed to reopen the border."),
    # in-report names
    case("names/king-after-a-clause", "letter B>H",
         "After the floods, King Olaf Brandt sent a letter to President Marta Halvard."),
    case("names/sheikh-given-name-then-full-name", "letter O>H",
         "Sheikh Omar sent a letter to President Marta Halvard on Tuesday.",
         "Omar Al-Rashid, the Crown Prince of Ruvenna, has ruled since 2019."),
    case("names/full-name-then-sheikh-given-name", "call O>H",
         "Omar Al-Rashid, the Crown Prince of Ruvenna, arrived on Monday.",
         "On Tuesday Sheikh Omar phoned President Marta Halvard."),
    case("names/his-highness-the-crown-prince-apposition", "message O>H",
         "Sheikh Omar Al-Rashid, the Crown Prince of Ruvenna, toured the port on Monday.",
         "His Highness the Crown Prince sent a cable to President Marta Halvard on Tuesday."),
    case("names/his-highness-the-crown-prince-title", "call O>H",
         "Crown Prince Omar Al-Rashid of Ruvenna arrived on Monday.",
         "On Tuesday His Highness the Crown Prince phoned President Marta Halvard."),
    case("names/quoted-nickname", "letter Q>H",
         'Chancellor Liesel "Lisi" Quenby of Talvia sent a letter to President Marta Halvard on Tuesday.'),
    case("names/quoted-nickname-then-surname", "letter Q>H",
         'Chancellor Liesel "Lisi" Quenby of Talvia visited the dam on Monday.',
         "On Tuesday Quenby wrote to President Marta Halvard."),
    case("names/long-title-before-the-name", "message T>L",
         f"Chairman of the National Assembly Standing Committee Le Thi Hoa sent a message to {L}."),
    case("names/office-of-place-is-its-named-holder", "letter B>H",
         f"{K} toured the port on Monday.",
         f"A letter from the King of Kardovia reached {H} on Tuesday."),
    case("names/office-of-place-in-a-quote", "letter H>B",
         f"{K} toured the port on Monday.",
         "\u201cI sent a letter to the King of Kardovia last week,\u201d said President Marta Halvard."),
    case("names/unnamed-office-of-place-stays-a-party", "letter H>V",
         f"A letter from {H} reached the Prime Minister of Vestria on Tuesday."),
    case("quoted_self/i-sent-a-letter-said", "letter H>B",
         f"\u201cI sent a letter to {K} last week,\u201d said {H}."),
    case("quoted_self/told-reporters-i-wrote", "letter H>B",
         f"{H} told reporters: \u201cI wrote to {K} on Monday and he has not answered.\u201d"),
    case("quoted_self/role-speaker", "message H>B",
         H_FIRST, f"\u201cI sent a message to {K} on Tuesday,\u201d the Norland president said."),
    case("second_object/another-letter-to", "letter H>B; letter H>L",
         f"{H} sent a letter to {K} and another letter to {L} on Tuesday."),
    case("second_object/quoted-another-letter", "letter H>B; letter H>L",
         f"\u201cI sent a letter to {K} and another letter to {L},\u201d said {H}."),
    case("second_object/a-message-and-another", "message H>B; message H>L",
         f"On Tuesday {H} sent a message to {K} and another message to {L}."),
    case("state_body/embassy-by-adjective", "message W>X",
         "Peru received a note verbale from Norway on Monday. The Norwegian embassy had delivered the note "
         "verbale to the Peruvian government by hand, officials said."),
    case("state_body/embassy-in-a-quote", "message W>X",
         "Norway sent a note verbale to Peru on Monday. \u201cWe have received a note verbale from the Norway "
         "embassy today,\u201d an official in Lima said."),
    case("state_body/passive-ministry", "message W>X",
         "Peru received a note verbale from Norway on Monday, officials said. The note verbale was sent by "
         "the Norwegian Ministry of Foreign Affairs."),
    case("his_office/said-his-office-sent", "letter Y>H",
         f"Home Adviser Tomas Lind said his office sent a letter to {H}."),
    case("his_office/told-reporters-written", "letter Y>B",
         f"Tomas Lind, the home adviser, told reporters that his office had written to {K}."),
    case("his_office/role-earlier", "letter Y>B",
         "Home Adviser Tomas Lind toured the port on Monday.",
         f"The home adviser said his office sent a letter to {K} on Tuesday."),
    case("addressed_clause/which-called-on", "letter H>L",
         f"The group endorsed the letter from {H}, which also called on {L} to act."),
    case("addressed_clause/which-urged", "letter H>B",
         f"The letter from {H}, which urged {K} to release the prisoners, was published on Tuesday."),
    case("addressed_clause/calling-on", "letter H>B",
         f"A letter from {H} calling on {K} to release the prisoners was published on Tuesday."),
    case("rebuttal/rejecting-claims-by", "letter H>B re L; letter L>B",
         f"{H} sent a letter to {K} on Tuesday rejecting claims by {L} that Norland had closed the border.",
         f"On Monday, {L} had written to {K} accusing Norland of closing the border."),
    case("rebuttal/refuting-possessive-accusations", "letter H>B re L; letter L>B",
         f"On Monday, {L} wrote a letter to {K} accusing Norland of closing the border.",
         f"In a letter to {K} on Tuesday, {H} refuted Lindqvist's accusations."),
    case("rebuttal/missions-to-the-council", "letter 1>3 re 2; letter 2>3",
         "Norway's permanent mission to the UN sent a letter on Thursday to the president of the UN Security "
         "Council rejecting claims by Peru that Norway is using its seat to attack it.",
         "On 20 July, Peru's permanent mission to the UN wrote a letter to the president of the UN Security "
         "Council accusing Norway of abuse."),
    case("principal/began-at-the-direction-of", "letter H>B",
         f"The aide Tomas Lind began, at the direction of {H}, to draft the letter to {K}."),
    case("principal/fronted-at-the-direction-of", "letter H>B",
         f"At the direction of {H}, the aide Tomas Lind wrote a letter to {K} on Monday."),
    case("principal/on-the-instructions-of", "message H>B",
         f"On the instructions of {H}, her aide Tomas Lind sent a message to {K}."),
    case("addressed_clause/follows-a-letter-asking", "letter H>B",
         f"The move follows a letter from {H}, urging {K} to release the prisoners."),
    case("addressed_clause/government-of-a-state", "letter Y>X",
         "The decision follows a letter from Home Adviser Tomas Lind, asking the Peruvian government to act. "
         "Peru has not answered."),
    case("addressed_clause/role-follows-a-letter-asking", "letter H>B",
         H_FIRST, f"The move follows a letter from the Norland president, asking {K} to release the prisoners."),
    case("names/hyphenated-given-name", "letter P>L",
         f"President Park Min-jun sent a letter to {L} on Tuesday."),
    case("names/hyphenated-given-name-passive", "letter P>L",
         f"A letter from President Park Min-jun was handed to {L} on Tuesday."),
    case("names/hyphenated-given-name-after-dateline", "message P>L",
         f"HAVENBURG, March 12 -- President Park Min-jun on Tuesday sent a message to {L}."),
    case("names/holder-after-place-active", "letter A>H",
         f"King of Kardovia Anika Sorel sent a letter to {H} on Tuesday."),
    case("names/holder-after-place-received", "message A>H",
         f"{H} received a cable from President of Ostmark Anika Sorel on Tuesday."),
    case("names/holder-after-two-word-place", "letter A>H",
         f"The Chancellor of North Talvia Anika Sorel wrote to {H} on Tuesday."),
    case("double_object/titled-recipient-message", "message H>L",
         f"{H} sent {L} a congratulatory message on Tuesday."),
    case("double_object/titled-recipient-two-objects", "message H>B",
         f"{H} sent {K} a message of condolence over the floods."),
    case("double_object/role-with-name-in-apposition", "message D>L",
         f"{D} sent the Vestrian prime minister, Jonas Lindqvist, a cable on Tuesday."),
    case("pair_call/took-place-between", "call H>L",
         f"A telephone conversation took place on Tuesday between {H} and {L}."),
    case("pair_call/took-place-between-roles", "call H>L",
         H_FIRST, L_FIRST, "A phone call between the Norland president and the Vestrian prime minister took place "
         "on Tuesday, officials said."),
    case("pair_call/the-two-leaders-spoke-by-phone", "call H>L",
         f"{H} and {L} have clashed for months over the dam.", "The two leaders spoke by telephone on Tuesday."),
    case("pair_call/call-between-the-two-leaders", "call H>L",
         f"{H} and {L} have clashed for months.",
         "The call between the two leaders, their first since the election, lasted forty minutes."),
    case("pair_call/the-two-leaders-of-the-call-told-before", "call H>L",
         f"{H} phoned {L} on Tuesday, a call {D} had urged.",
         "The conversation between the two leaders lasted an hour, officials said."),
    case("passive_receipt/message-from-received-by", "message L>H",
         f"A congratulatory message from {L} was received by {H} on Tuesday."),
    case("passive_receipt/letter-from-received-by-role", "letter L>H",
         H_FIRST, f"A letter from {L} was received by the Norland president on Tuesday."),
    case("passive_receipt/cable-received-by-titled-king", "message H>B",
         f"A cable from {H} was received by {K} on Tuesday."),
    case("titled_name_of_place/king-tagged-as-body", "letter H>A",
         f"{H} wrote to King Anika Sorel of Kardovia on Tuesday."),
    case("titled_name_of_place/queen-message", "message H>A",
         f"{H} sent a message to Queen Anika Sorel of Kardovia on Tuesday."),
    case("titled_name_of_place/regnal-number", "message H>Z",
         f"{H} sent a message to Pope Anselm II on Tuesday."),
    case("host_of_courier/received-envoy-who-delivered", "letter H>L",
         f"{L} received special envoy Tobias Renn, who delivered a personal letter from {H}."),
    case("host_of_courier/received-ambassador-who-handed-over", "letter H>L",
         f"{L} received the Norland ambassador, who handed over a letter from {H}."),
    case("host_of_courier/role-met-envoy", "message H>L",
         L_FIRST, f"The Vestrian prime minister on Tuesday met envoy Tobias Renn, who delivered a message from {H}."),
    case("greeting_sent/titled-recipient-double-object", "message H>L",
         f"{H} sent {L} her condolences on Tuesday."),
    case("call_modifier/held-talks-by-phone-with", "call H>L",
         f"{H} held talks by phone with {L} on Tuesday."),
    case("call_modifier/talks-over-the-phone-role", "call H>L",
         L_FIRST, f"{H} held talks over the phone with the Vestrian prime minister on Tuesday."),
    case("call_modifier/phone-talks-with-counterpart-named-after", "call H>L",
         "President Marta Halvard of Norland held phone talks with her Vestrian counterpart Jonas Lindqvist on Tuesday."),
    case("relative_clause/who-spoke-by-phone", "call H>L",
         f"{H}, who spoke to {L} by phone on Tuesday, said the border would reopen."),
    case("relative_clause/who-wrote-to", "letter H>B",
         f"{H}, who wrote to {K} on Tuesday, said the border would reopen."),
    case("relative_clause/role-who-phoned", "call H>L",
         H_FIRST, f"The Norland president, who phoned {L} on Tuesday, said the border would reopen."),
    case("phrasal_send/fired-off-a-letter", "letter H>L", f"{H} fired off a letter to {L} on Tuesday."),
    case("phrasal_send/dashed-off-a-note", "letter H>B", f"{H} dashed off a letter to {K} after the vote."),
    case("phrasal_send/published-an-open-letter", "letter U>H",
         f"The Secretariat of the United Nations published an open letter to {H} on Tuesday, urging her to act."),
    case("in_a_letter_on_a_complement/invited-to-the-summit", "letter H>L",
         f"{H} invited {L} to the summit in a letter on Tuesday."),
    case("in_a_letter_on_a_complement/asked-for-talks", "letter H>B",
         f"{H} asked {K} for talks on the dam in a letter on Tuesday."),
    case("in_a_letter_on_a_complement/role-urged-to-the-table", "letter H>L",
         L_FIRST, f"{H} urged the Vestrian prime minister to the table in a letter on Tuesday."),
    case("separate_letters/to-two-titled-recipients", "letter H>L; letter H>D",
         f"{H} sent separate letters to {L} and {D} on Tuesday."),
    case("separate_letters/similar-messages-to-three", "message H>L; message H>D; message H>B",
         f"{H} sent similar messages to {L}, {D} and {K} on Tuesday."),
    case("separate_letters/two-senders-similar-cables", "message H>B; message L>B",
         f"{H} and {L} dispatched similar cables to {K} on Tuesday."),
    case("on_behalf_of/telegram-signed-by-secretary", "message Z>H",
         f"A telegram signed by Cardinal Tobias Renn on behalf of Pope Anselm II was sent to {H} on Tuesday."),
    case("former_latter/the-latter-wrote", "letter L>H",
         f"{H} and {L} met in Geneva in January.", "The latter wrote to Halvard on Tuesday."),
    case("former_latter/the-former-wrote-to-the-latter", "letter H>L",
         f"{H} and {L} met in Geneva in January.", "On Tuesday the former wrote to the latter."),
    case("former_latter/the-latter-phoned", "call L>H",
         f"{H} and {L} met in Geneva in January.", "On Tuesday the latter called Halvard to discuss the dam."),
    case("roundup_passive/sent-to-A-by-three", "message B>H; message L>H; message D>H",
         f"Messages of condolence were sent to {H} by {K}, {L} and {D}."),
    case("roundup_passive/also-came-from", "message B>H; message L>H; message D>H",
         f"{H} received a message of condolence from {K} on Tuesday.",
         f"Condolence messages also came from {L} and {D}."),
    case("roundup_passive/similar-messages-were-sent-to", "message H>B; message H>L; message H>D",
         f"{H} sent a message of congratulations to {K} on Tuesday.",
         f"Similar messages were sent to {L} and {D}."),
    case("double_object/gave-a-call", "call L>H", f"{L} gave {H} a call on Tuesday."),
    case("double_object/gave-a-call-bare-names", "call L>H",
         "Jonas Lindqvist gave Marta Halvard a call on Tuesday to discuss the floods."),
    case("pair_call/the-two-leaders-spoke-officials-said", "call H>L",
         f"{H} and {L} have clashed over grain exports for months.",
         "The two leaders spoke by phone for an hour on Tuesday, officials said."),
    case("office_forms/the-monarch", "message H>B",
         f"{H} and {K} met in Oslo last year.",
         "The Norland president sent a message of greetings to the Kardovian monarch on Tuesday."),
    case("office_forms/the-monarch-wrote", "letter B>H",
         f"{H} and {K} met in Oslo last year.", "On Tuesday the Kardovian monarch wrote to Halvard."),
    case("office_forms/phoned-the-monarch", "call H>B",
         f"{H} and {K} met in Oslo last year.", f"{H} phoned the Kardovian monarch on Tuesday."),
    case("wrote_to_you/after-paying-tribute", "letter H>L",
         f"{H} paid tribute to {L} on the tenth anniversary of his election.",
         'The Norland president wrote, "I proudly appreciate your journey over the past ten years."'),
    case("wrote_to_you/after-thanking", "letter H>L",
         f"{H} thanked {L} for his help.", 'Halvard wrote: "Your support in these days will not be forgotten."'),
    case("wrote_to_you/after-turning-to-a-king", "letter H>B",
         f"{H} turned to {K} after the floods.", 'She wrote, "We count on you and your people."'),
    case("letter_as_subject/a-letter-from-urged", "letter H>L", f"A letter from {H} urged {L} to reopen the border."),
    case("letter_as_subject/signed-by-and-dated-urged", "letter H>L",
         f"The letter, signed by {H} and dated Tuesday, urged {L} to reopen the border."),
    case("letter_as_subject/the-message-thanked-role", "message H>B",
         f"{K} visited the dam on Monday.", f"A message from {H} thanked the Kardovian king for his help."),
    case("reduced_relative/the-letter-A-sent-to-B", "letter H>L",
         f"The letter {H} sent to {L} on Tuesday was published."),
    case("reduced_relative/the-cable-A-sent-to-a-king", "message H>B",
         f"The cable {H} sent to {K} last week was leaked on Tuesday."),
    case("reduced_relative/the-letter-the-king-sent", "letter B>L",
         f"The letter King Olaf Brandt sent to {L} on Tuesday was read aloud."),
    case("took_a_call/took-a-call-from", "call H>L", f"{L} took a call from {H} on Tuesday."),
    case("took_a_call/took-a-phone-call-from-role", "call H>L",
         H_FIRST, f"{L} took a phone call from the Norland president on Tuesday."),
    case("took_a_call/took-the-call-from-a-king", "call B>H", f"{H} took the call from {K} in her office on Tuesday."),
    case("possessive_of_place/president-of-X-s-letter", "letter H>L",
         f"{H}'s letter to {L} was delivered on Tuesday."),
    case("possessive_of_place/king-of-X-s-message", "message B>H",
         f"{K}'s message to {H} was read on Tuesday."),
    case("possessive_of_place/in-president-of-X-s-letter", "letter H>L",
         f"In {H}'s letter to {L}, the border was the main subject."),
    case("phone_marked_verb/exchanged-views-with-by-telephone", "call H>L",
         f"{H} exchanged views with {L} by telephone on Tuesday."),
    case("phone_marked_verb/discussed-with-over-the-phone", "call H>L",
         "Marta Halvard discussed the floods with Jonas Lindqvist over the phone on Tuesday."),
    case("phone_marked_verb/shared-concerns-with-role-by-phone", "call H>L",
         L_FIRST, f"{H} shared her concerns with the Vestrian prime minister by phone on Tuesday."),
    case("led_by/dozens-of-lawmakers-led-by", "letter Q>L",
         f"Dozens of lawmakers, led by Senator Liesel Quenby, wrote to {L} on Tuesday."),
    case("led_by/members-led-by-sent-a-letter", "letter Q>L",
         f"Seventy-four members of parliament led by Liesel Quenby sent a letter to {L} on Tuesday."),
    case("led_by/a-group-led-by-phoned", "call Q>H",
         f"A group of senators led by Liesel Quenby phoned {H} on Tuesday."),
    case("on_behalf_of/in-the-name-of-the-pontiff-then-the-signer", "message Z>H",
         "Pope Anselm II prayed for the victims on Sunday.",
         f"In a telegram sent in the name of the pontiff, Cardinal Tobias Renn conveyed condolences to {H}."),
    case("on_behalf_of/on-behalf-of-the-king-then-the-aide", "letter B>L",
         f"{K} toured the dam on Monday.",
         f"In a letter sent on behalf of the king, his aide Tobias Renn thanked {L}."),
    case("double_object/titled-recipient-letter", "letter H>L",
         f"{H} sent {L} a letter on Tuesday."),
    # an indefinite letter compared with another is another letter
    case("communication_noun/a-longer-letter-is-another", "letter H>L; letter H>L",
         f"{H} wrote to {L} in May 2023.", "Once the talks had failed, Halvard wrote a longer letter to Lindqvist"
         " on Christmas Eve, 2023, asking him to reopen the border."),
    case("communication_noun/a-more-detailed-message-is-another", "message H>L; message H>L",
         f"{H} sent a message to {L} on Monday.", "On Tuesday she sent a more detailed message to Lindqvist."),
    case("communication_noun/role-a-shorter-note", "letter H>L; message H>L",
         f"{H} wrote to {L} in May 2023.", "The Norland president later sent a shorter note to Lindqvist."),
    case("communication_noun/the-longer-letter-is-the-same", "letter H>L",
         f"{H} sent a long letter to {L} on Monday.", "The longer letter urged him to reopen the border."),
    # reply_back: "wrote back" answers the letter the writer was sent
    case("reply_back/wrote-back-to", "letter L>H; letter H>L re L",
         L_WROTE, "Halvard wrote back to Lindqvist on Tuesday."),
    case("reply_back/wrote-back-alone", "letter L>H; letter H>L re L", L_WROTE, "On Tuesday, Halvard wrote back."),
    case("reply_back/role-wrote-back-saying", "letter L>H; letter H>L re L",
         L_WROTE, "The Norland president wrote back on Tuesday, saying the border would stay closed."),
    case("reply_back/cabled-back", "letter L>H; message H>L re L", L_WROTE, "Halvard cabled back on Tuesday."),
    case("reply_back/in-response-to-his-message", "message L>H; letter H>L re L",
         f"{L} sent a message to {H} on Monday.", "Halvard wrote back on Tuesday in response to his message."),
    case("reply_back/one-of-two-writers-named", "letter L>H; letter D>H; letter H>L re L",
         L_WROTE, f"{D} wrote to {H} on Monday.", "Halvard wrote back to Lindqvist on Tuesday."),
    case("reply_back/two-writers-and-no-addressee-is-no-reply", "letter L>H; letter D>H",
         L_WROTE, f"{D} wrote to {H} on Monday.", "Halvard wrote back on Tuesday."),
    # reply_verb with no object: the one letter the replier was sent
    case("reply_verb/answered-saying", "letter L>H; letter H>L re L",
         L_WROTE, "Halvard answered on Tuesday, saying the border would stay closed."),
    case("reply_verb/role-responded-saying", "letter L>H; letter H>L re L",
         L_WROTE, "The Norland president responded on Tuesday, saying the border would stay closed."),
    case("reply_verb/replied-that", "message L>H; message H>L re L",  # a message is answered by one
         f"{L} sent a message to {H} on Monday.", "Halvard replied on Tuesday that the border would stay closed."),
    case("reply_verb/responding-to-a-note-from", "message H>L; letter L>H re H",
         f"{L} wrote to {H} on Tuesday, responding to a note from Halvard about the dam."),
    case("reply_verb/answered-at-a-press-conference-is-no-letter", "letter L>H",
         L_WROTE, "Asked about the letter at a press conference on Tuesday, Halvard answered that the border would"
         " stay closed."),
    case("reply_verb/answered-the-named-writer", "letter L>H; letter D>H; letter H>D re D",
         L_WROTE, f"{D} wrote to {H} on Monday.", "Halvard answered Dravik on Tuesday, saying the border would stay"
         " closed."),
    case("reply_verb/role-answered-him", "letter L>H; letter H>L re L",
         L_WROTE, "The Norland president answered him on Tuesday, saying the border would stay closed."),
    case("reply_verb/answered-her-critics-is-no-letter", "letter L>H", L_WROTE, "Halvard answered her critics on Tuesday."),
    case("reply_verb/answered-questions-from-the-writer-is-no-letter", "letter L>H",
         L_WROTE, "Halvard answered questions from Lindqvist on Tuesday."),
    case("reply_verb/responded-days-later-saying", "letter L>H; letter H>L re L",
         L_WROTE, "Halvard responded days later, saying the border would stay closed."),
    case("reply_verb/asked-in-the-sentence-before-is-no-letter", "letter L>H",
         L_WROTE, "At a news conference on Tuesday, Halvard was asked about the letter. She responded on Tuesday"
         " that the border would stay closed."),
    case("reply_verb/answered-with-a-quote-is-no-letter", "letter L>H",
         L_WROTE, 'Halvard answered on Tuesday: "The border stays closed."'),
    case("reply_verb/undated-responded-angrily-is-no-letter", "letter L>H", L_WROTE, "Halvard responded angrily."),
    case("reply_verb/responded-in-a-statement-is-no-letter", "letter L>H",
         L_WROTE, "Halvard responded in a statement on Tuesday."),
    case("reply_verb/responded-with-sanctions-is-no-letter", "letter L>H",
         L_WROTE, "Halvard responded on Tuesday with sanctions."),
    case("reply_verb/responded-by-closing-is-no-letter", "letter L>H",
         L_WROTE, "Halvard responded by closing the border."),
    case("reply_verb/answered-during-a-call-is-no-letter", "letter L>H; call H>L",
         L_WROTE, f"{H} phoned {L} on Monday.", "Halvard answered that the border would stay closed."),
    # reply_noun as a compound or fronted: "a reply message", "In her reply, B ..."
    case("reply_noun/sent-a-reply-message-to", "message H>B; message B>H re H",
         f"{H} sent a message of greetings to {K} on Monday.",
         "King Olaf Brandt sent a reply message to Halvard on Tuesday, thanking her for her greetings."),
    case("reply_noun/sent-a-reply-letter-alone", "letter H>L; letter L>H re H",
         H_WROTE, "Lindqvist sent a reply letter on Tuesday."),
    case("reply_noun/role-in-a-reply-message", "message H>B; message B>H re H",
         f"{H} sent a message of greetings to {K} on Monday.",
         "In a reply message, the king thanked Halvard for her kind words."),
    case("reply_noun/possessive-reply-message-said", "message L>H; message H>L re L",
         f"{L} sent a message to {H} on Monday.", "Halvard's reply message said Norland would send aid."),
    case("reply_noun/the-reply-message-from", "message H>B; message B>H re H",
         f"{H} sent a message of greetings to {K} on Monday.",
         "The reply message from Brandt, received on Tuesday, said the two nations shared a long history."),
    case("reply_noun/in-a-reply-letter-rejected", "letter H>L; letter L>H re H",
         H_WROTE, "In a reply letter on Tuesday, Lindqvist rejected the proposal."),
    case("reply_noun/received-a-reply-from", "letter L>H; letter H>L re L",
         L_WROTE, "Lindqvist received a reply from Halvard on Tuesday."),
    case("reply_noun/a-reply-from-arrived", "letter L>H; letter H>L re L",
         L_WROTE, "A reply from Halvard arrived on Tuesday."),
    case("reply_noun/the-reply-signed-by-role", "letter L>H; letter H>L re L",
         L_WROTE, "The reply, signed by the Norland president, said the border would stay closed."),
    case("reply_noun/sent-her-reply", "letter L>H; letter H>L re L", L_WROTE, "On Tuesday Halvard sent her reply."),
    case("reply_noun/a-reply-from-one-sent-nothing-is-no-letter", "letter L>H",
         L_WROTE, "A reply from Dravik arrived on Tuesday."),
    case("reply_verb/replied-in-writing", "letter L>H; letter H>L re L",
         L_WROTE, "Halvard replied in writing on Tuesday."),
    case("reply_noun/response-came-in-a-letter", "letter L>H; letter H>L re L",
         L_WROTE, "Halvard's response came in a letter on Tuesday."),
    case("reply_noun/role-answer-came-in-a-message", "letter L>H; message H>L re L",
         L_WROTE, "The Norland president's answer came in a brief message on Tuesday."),
    case("reply_noun/response-in-a-speech-is-no-letter", "letter L>H",
         L_WROTE, "Halvard's response came in a speech on Tuesday."),
    case("reply_noun/reply-at-a-press-conference-is-no-letter", "letter L>H",
         L_WROTE, "Halvard's reply at the press conference was blunt."),
    case("reply_noun/in-her-reply-thanked", "letter L>H; letter H>L re L",
         L_WROTE, "In her reply on Tuesday, Halvard thanked Lindqvist for his letter."),
    # thanked_for: the message thanked for is the one told before, not a second one
    case("thanked_for/wrote-to-thank-for-his-message", "message L>H; letter H>L re L",
         f"{L} sent a message of sympathy to {H} on Monday.",
         "Halvard wrote to Lindqvist on Tuesday to thank him for his message."),
    case("thanked_for/wrote-to-thank-for-her-message", "message M>H; letter H>M re M",
         f"{M} sent a message of sympathy to {H} on Monday.",
         "Halvard wrote to Marlow on Tuesday to thank her for her message."),
    case("thanked_for/letter-thanking-for-his-message", "message L>H; letter H>L re L",
         f"{L} sent a message of sympathy to {H} on Monday.",
         "Halvard sent a letter to Lindqvist on Tuesday, thanking him for his message."),
    case("thanked_for/role-in-a-letter-thanked", "message L>H; letter H>L re L",
         f"{L} sent a message of sympathy to {H} on Monday.",
         "In a letter on Tuesday, the Norland president thanked Lindqvist for his message."),
]  # fmt: skip


@pytest.mark.parametrize("paragraphs, expected", CASES)
def test_family_gives_the_stated_communications(paragraphs: tuple[str, ...], expected: list[Obs]) -> None:
    assert observed(run(report(*paragraphs))) == expected


def test_every_registered_pattern_has_at_least_three_variants() -> None:
    assert len(CASE_IDS) == len(set(CASE_IDS)) == len(CASES)
    for pattern in REGISTRY:
        assert sum(i.startswith(pattern.name + "/") for i in CASE_IDS) >= 3, pattern.name


def test_expectations_read_as_written() -> None:
    assert expect("letter L>H re H; call H>L,D") == [
        ("call", "Marta Halvard", ("Jonas Lindqvist", "Petra Dravik"), ""),
        ("letter", "Jonas Lindqvist", ("Marta Halvard",), "Marta Halvard"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "In a telephone conversation on Tuesday, Norland's President Ana Berg and Ostravia's Prime Minister "
        "Tomas Varga discussed grain exports.",
        "Ostravia's Prime Minister Tomas Varga wrote to Norland's President Ana Berg on Tuesday.",
        "Norland's President Ana Berg sent a message to Ostravia's Prime Minister Tomas Varga on Tuesday.",
    ],
)
def test_a_place_whose_office_is_named_is_no_party(sentence: str) -> None:
    # spaCy tags "Ostravia" before "'s Prime Minister" as a person in some of these
    (comm,) = run(report(sentence)).extraction.communications
    parties = {comm.sender.name if comm.sender else "", *(r.name for r in comm.recipients)}
    assert parties == {"Ana Berg", "Tomas Varga"}


@pytest.mark.parametrize(
    "sentence",
    [
        f"Halvard's former adviser wrote to {L} on Tuesday.",
        f"The spokesman of {H} phoned {L} on Tuesday.",
        f"Halvard's predecessor sent a letter to {L} last week.",
    ],
)
def test_someone_related_to_a_person_is_not_that_person(sentence: str) -> None:
    senders = {c.sender.name for c in run(report(sentence)).extraction.communications if c.sender}
    assert "Marta Halvard" not in senders


NEGATIVES = {
    "spoke-to-at-a-summit": f"{L} spoke to {H} at the summit on Monday.",
    "called-for-calm": f"{H} called for calm after the clashes.",
    "called-on-to-withdraw": f"{H} called on {L} to withdraw his troops.",
    "a-call-for-peace": f"{H} issued a call for peace on Tuesday.",
    "call-for-peace-by": f"A call for peace by {H} went unanswered by {L}.",
    "will-write": f"{H} will write to {L} next week.",
    "expected-to-write": f"{H} is expected to write to {L} next week.",
    "plans-to-call": f"{H} plans to call {L} on Friday.",
    "met-in-paris": f"{H} met {L} in Paris on Tuesday.",
    "a-man-called": f"A man called Smith wrote the anthem that {H} sang with {L}.",
    "praised-a-man-called": f"{H} praised a man called Smith in her speech to {L}.",
    "letter-seen-by-the-agency": "The letter was seen by the agency on Tuesday.",
    "spoke-to-reporters": f"{H} spoke to reporters on Tuesday.",
    "spoke-to-reporters-after-meeting": f"{H} spoke to reporters after meeting {L} on Tuesday.",
    "called-a-titled-name-a-liar": f"{H} called {L} a liar on Tuesday.",
    "called-a-role-a-traitor": "The president called the Vestrian prime minister a traitor on Tuesday.",
    "called-a-titled-name-a-coward-in-a-speech": f"{H} called {K} a coward in a speech on Tuesday.",
    "called-a-deputy-pm-a-liar-in-parliament": (
        "Opposition leader Ana Berg called Deputy Prime Minister Tomas Varga a liar in parliament on Wednesday "
        "and was told to withdraw it."
    ),
    "called-an-interior-minister-a-liar": "Senator Ivo Marsh called Interior Minister Jonas Kettering a liar "
    "in parliament on Wednesday.",
    "called-a-minister-a-liar-then-told": "Labour leader Ruth Emsley called Interior Minister Jonas Kettering "
    "a liar in parliament on Wednesday and was ordered by the Speaker to withdraw the remark.",
    "called-a-name-a-quoted-word": f'{H} called {L} a "coward" on Monday.',
    "called-him-an-adjective-noun": f"{H} praised the border guards. She called {L} an utter disgrace.",
    "clear-message-by-moving-troops": f"{H} sent a clear message to {L} by moving troops to the border.",
    "strong-message-with-sanctions": f"The chancellor sent a strong message to the Vestrian leader, {L}, with sanctions.",
    "message-at-the-press-conference": f"Halvard's message to {L} at the press conference was clear: withdraw.",
    "message-in-a-speech": f"Her message to {K} in the speech on Tuesday was one of defiance.",
    "had-a-message-for-in-a-speech": f'In a speech on Tuesday, {H} had a message for {L}: "The door is open."',
    "has-a-message-for-colon": f"{H} has a message for the Vestrian premier: resign.",
    "scheduled-to-speak-by-phone": f"{H} and {L} are scheduled to speak by phone on Friday.",
    "due-to-call": f"{H} is due to call {L} on Friday.",
    "set-to-write": f"{H} is set to write to {L} next week.",
    "denied-having-written": f"{H} denied that she had ever written to {L}.",
    "denied-that-a-call-took-place": f"{L} denied that he had phoned {H} on Tuesday.",
    "if-she-called": f'"If {H} called {L}, the crisis might end," analysts said.',
    "unless-he-writes": f"Unless {L} writes to {H}, the talks will fail, analysts said.",
    "is-also-called": "The accord, which is also called the Havenburg Charter, was signed in 1950.",
    "was-called-a-name": f"The plan of {H}, which was called Project North by {L}, failed.",
    "gave-a-call-for-calm": f"{H} gave a call for calm on Tuesday.",
    "gave-the-call-to-prayer": "The imam gave the call to prayer at dawn.",
    "wrote-on-x-to-you": f'{H} praised {L} on Monday. Halvard wrote on X: "Thank you for your support."',
    "wrote-to-you-reporters": f'{H} spoke to reporters on Monday. Halvard wrote, "You have all been very patient."',
    "wrote-in-a-column-to-you": f'{H} thanked {L} on Monday. Halvard wrote in a column: "You know who you are."',
    "the-letter-of-the-law-urged": f"The letter of the law urged {L} to act, {H} said.",
    "discussed-with-reporters-by-the-phone-booth": f"{H} discussed the floods with {L} by the river on Tuesday.",
    "letter-to-the-nation": "Lindqvist's Letter to the Nation was read on television on Tuesday.",
    "message-to-the-people": f"{H} read her Message to the People on television on Tuesday.",
    "letter-to-the-republic-title": f"{L} published his Letter to the Republic, a pamphlet, on Tuesday.",
    "aides-spoke-by-phone": f"Aides to {H} and {L} spoke by phone on Tuesday to prepare the summit.",
    "officials-held-a-call": f"Officials of {H} and {L} held a phone call on Tuesday.",
    "envoys-spoke-by-phone": f"Envoys of {H} and {L} spoke by telephone on Tuesday.",
    "wrote-back-with-no-letter-told": f"{H} wrote back on Tuesday.",
    "answered-with-no-letter-told": f"{H} answered on Tuesday, saying the border would stay closed.",
    "a-reply-message-with-nothing-to-answer": f"{K} sent a reply message on Tuesday.",
    "answered-questions": f"{H} answered questions about {L} on Tuesday.",
    "is-to-call": f"{H} is to call {L} on Friday.",
    "is-going-to-phone": f"{H} is going to phone {L} on Friday.",
    "a-call-is-planned": f"A phone call between {H} and {L} is planned for Friday.",
    "a-letter-is-expected": f"A letter from {H} to {L} is expected next week.",
    "expected-to-carry-a-message": f"Envoy Tobias Renn had been expected to carry a message from {H} to {L}, but the trip was cancelled.",
}


@pytest.mark.parametrize("sentence", list(NEGATIVES.values()), ids=list(NEGATIVES))
def test_look_alike_gives_no_communication(sentence: str) -> None:
    # prefilter off: the parse-level rules, not the cheap word test, must reject these
    assert observed(run(report(sentence), prefilter=False)) == []
