"""The cached attribute-ruler match must annotate exactly as spaCy's own does."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from service.config import Settings
from service.nlp.fastpipe import speed_up

SENTENCES = [
    "“We will not back down,” Ana Ruiz, the union's president, told reporters on Friday.",
    "The minister's aides didn't say whether she'd resign; according to them, it's 'premature'.",
    "Mr. O'Neill, 62, said: “I am, and always was, a teacher.” He added that the 1990s were hard.",
    "Isn't it odd?  Rock 'n' roll — the ’90s — and U.S.-made cars... gonna be fine, y'all.",
]


@pytest.fixture(scope="module")
def pair() -> tuple[Language, Language]:
    stock = spacy.load(Settings().spacy_model)
    fast = spacy.load(Settings().spacy_model)
    assert speed_up(fast) == ["attribute_ruler"]
    return stock, fast


@pytest.mark.parametrize("text", SENTENCES, ids=["cue-and-role", "contractions", "colon-intro", "odd-tokens"])
def test_every_annotation_matches_the_stock_pipeline(pair: tuple[Language, Language], text: str) -> None:
    stock, fast = pair
    a, b = stock(text), fast(text)
    attrs = ("tag_", "pos_", "lemma_", "dep_", "ent_iob_", "ent_type_", "is_sent_start")
    assert [(*(getattr(t, x) for x in attrs), str(t.morph), t.head.i) for t in a] == [
        (*(getattr(t, x) for x in attrs), str(t.morph), t.head.i) for t in b
    ]
