"""The rule ids the extractors record are composed of listed rules."""
from __future__ import annotations

import pytest

from kg.extract.rules import known


@pytest.mark.parametrize("rule", [
    "registry", "ner:PERSON", "ner:PERSON+surname+metadata", "ner+registry-ambiguous+context+acronym",
    "repeat-of:ner:ORG", "speaker-label", "statement:turn", "statement:signed-post", "event:agreement-signed",
])
def test_listed_rules_are_known(rule: str) -> None:
    assert known(rule)


@pytest.mark.parametrize("rule", ["statement:guess", "event:rumour", "ner:PERSON+guess", "magic", "registry+"])
def test_unlisted_rules_are_not(rule: str) -> None:
    assert not known(rule)
