"""Every rule an extractor records in ``kg:extractedBy``, listed once with what it does.

A mention's rule names where the name was found, then each step that changed it, joined by
``+`` ("ner:PERSON+surname+context"); an occurrence the NER left unmarked of a name found
elsewhere is ``repeat-of:`` the rule of that name, and an office named in apposition before its
holder ("the Minister of Finance, Mr X") is ``office-of:`` the rule of the holder's name. A statement's rule is ``statement:`` one
of :data:`STATEMENT_RULES`, an event's ``event:`` one of :data:`EVENT_RULES`.
"""
from __future__ import annotations

from collections.abc import Mapping

__all__ = ["EVENT_RULES", "MENTION_SOURCES", "MENTION_STEPS", "STATEMENT_RULES", "known"]

#: where a mention's name was found
MENTION_SOURCES: Mapping[str, str] = {
    "registry": "the actor registry's ruler, before the statistical NER",
    "ner": "the statistical NER (ner:<LABEL>)",
    "ner+registry": "an NER name the registry knows",
    "ner+registry-fuzzy": "an NER name the registry knows with an OCR edit",
    "ner+registry-ambiguous": "an NER name several registry actors share",
    "metadata": "the document's author or publisher where the text names them",
    "institution": "two names the ruler cut apart joined into one body ('Law Society' of 'Kenya')",
    "acronym": "an abbreviation that names the body spelled out before it",
    "acronym-expansion": "a body's name spelled out before its abbreviation in brackets",
    "platform": "a social network named in running text",
    "speaker-label": "the name in a transcript's speaker label",
    "speaker-name": "the subject of a verb of saying the NER missed",
    "self-introduction": "a questioner who names themselves and their outlet in their turn",
    "registry-ambiguous": "a name several registry bodies share ('the Liberals'), before the NER",
    "national-body": "'the Senate', 'parliament': the body of that kind of the country the document is about",
    "gazetteer": "a town or region of a country the document names, after a preposition of place",
    "place-list": "a proper noun listed among places is a place",
    "state-tag": "a US state in a party tag '(R-Idaho)' or after a town ('Boise, Idaho')",
    "credit": "a name after 'By', 'Reporting by', 'Edited by': an author or editor",
}
#: steps that changed a mention after it was found
MENTION_STEPS: Mapping[str, str] = {
    "acronym": "its abbreviation names a body the document spelled out",
    "administration": "'the X administration' is a government",
    "body": "'the Commission' is the body of that kind the document named",
    "context": "an ambiguous name is the one the document names in full",
    "country": "an ambiguous or national body is the one of the country the document names",
    "credit": "a name after 'By', 'Reporting by' is a person",
    "given-name": "an unknown name that opens with a registry person's given name is a person",
    "list": "a name listed among places is a place",
    "name-goes-on": "an organisation's name the NER cut short goes on to its last proper noun",
    "document": "a surname is the document's person, not a registry namesake",
    "first-name": "a first name alone is the one person the document names with it",
    "fuller-name": "a one-word name inside a longer name takes its neighbours",
    "metadata": "the document's metadata says what the name is",
    "region": "'X' + 'Oblast' is one region",
    "speaker-label": "a speaker label says the name is a person",
    "surname": "a surname, or a surname the NER left out, joins the full name",
    "titled-surname": "'Dr X' is the person with surname X",
}
#: what made a sentence a statement (statements.py and attribution.py)
STATEMENT_RULES: Mapping[str, str] = {
    "verb": "a verb of saying with its subject",
    "noun": "a noun of saying with its owner ('X's claim that ...')",
    "noun-pronoun": "a noun of saying owned by a pronoun ('his remarks')",
    "according-to": "'according to X'",
    "headline": "a headline 'X: ...', '... — X' or 'X to Y: ...'",
    "title-headline": "a headline 'X Rejects ...', 'X hails Y as ...' (actor, then a verb of saying)",
    "quotation": "a sentence of a quotation attributed to its tag's speaker",
    "block-quotation": "a paragraph after 'X said:' without quotation marks",
    "turn": "a sentence of a transcript turn",
    "signed-post": "a sentence of a social-media post signed on the line after it",
}
#: what made a noun an event (events/)
EVENT_RULES: Mapping[str, str] = {
    "named": "a named occurrence ('Second Karabakh War', 'COP29')",
    "np-pattern": "an event head made specific by its date, place, participants or kind",
    "agreement": "an agreement the text refers to as an occurrence",
    "agreement-signed": "an agreement reported signed, adopted or concluded",
    "agreement-dated": "an agreement dated to the day",
    "agreement-vote": "a vote that ratified an agreement",
    "compound": "an event noun modifying another noun",
    "compound-event": "an event noun modifying another event ('inauguration speech')",
    "verb-antecedent": "a definite noun whose occurrence a verb just reported",
}


def known(rule: str) -> bool:
    """Whether ``rule`` is composed of listed rules."""
    if rule.startswith("statement:"):
        return rule.removeprefix("statement:") in STATEMENT_RULES
    if rule.startswith("event:"):
        return rule.removeprefix("event:") in EVENT_RULES
    rule = rule.removeprefix("repeat-of:").removeprefix("office-of:")
    source = next((s for s in sorted(MENTION_SOURCES, key=len, reverse=True)
                   if rule == s or rule.startswith(s + "+") or (s == "ner" and rule.startswith("ner:"))), None)
    if source is None:
        return False
    rest = rule[len(source):] if source != "ner" else rule.partition("+")[2] and "+" + rule.partition("+")[2]
    return all(step in MENTION_STEPS for step in rest.split("+")[1:])
