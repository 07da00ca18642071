"""`tree.children` gives what spaCy's `Token.children` gives, from lists built once per Doc."""

from __future__ import annotations

import pytest
from spacy.language import Language

from service.nlp.tree import children


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Lee said Kim said Ana said it was “a mess.”", id="chain-of-reports"),
        pytest.param("“We will rebuild,” Mayor Ana Ruiz, 52, told reporters on Friday. It rained.", id="two-sentences"),
        pytest.param("Yes.", id="one-word-sentence"),
    ],
)
def test_children_match_spacy(nlp: Language, text: str) -> None:
    doc = nlp(text)
    assert [[c.i for c in children(t)] for t in doc] == [[c.i for c in t.children] for t in doc]


def test_children_in_text_order(nlp: Language) -> None:
    doc = nlp("Ruiz said that Lee said that it rained.")
    said = doc[1]
    assert [c.text for c in children(said)] == ["Ruiz", "said", "."]
