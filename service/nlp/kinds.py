"""Whether a quote stands as a sentence of its own (full) or sits inside the writer's (partial).

Returns None for quoted words nobody is quoted as saying (titles of works, nicknames,
scare quotes), which the service does not return.
"""

from __future__ import annotations

from spacy.tokens import Doc

from service.nlp.marks import QuoteSpan
from service.nlp.types import Kind


def classify(doc: Doc, quote: QuoteSpan) -> Kind | None:
    """`“We won,” she said.` → full; `called it “a gift”` → partial."""
    text = doc.text
    before = text[max(0, quote.open_at - 3) : quote.open_at].strip()
    inner = text[quote.start : quote.end]
    if (not before or before[-1] in ".:;!?,\n") and (inner[:1].isupper() or len(inner.split()) > 3):
        return "full"
    return "partial"
