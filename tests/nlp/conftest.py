"""NLP-layer fixtures: the pinned pipeline, loaded once per test session."""

from __future__ import annotations

import pytest
from spacy.language import Language

from service.nlp.attributor import QuoteAttributor


@pytest.fixture(scope="session")
def nlp(attributor: QuoteAttributor) -> Language:
    return attributor.nlp
