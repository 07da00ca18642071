"""The date a quote was said: a time expression on its speech event, else published_at."""

from __future__ import annotations

from datetime import date

from service.nlp.types import DateRef


def fallback(published_at: date | None) -> DateRef | None:
    """No date in the text: the publication date, or nothing."""
    if published_at is None:
        return None
    return DateRef(value=published_at.isoformat(), precision="day", text=None, source="published_at")
