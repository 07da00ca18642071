"""QuoteAttributor: loads the spaCy pipeline once and attributes the quotes of a text."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import date

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from service.nlp import dates, kinds, marks, sieves
from service.nlp.entities import EntityIndex
from service.nlp.types import Attribution, Quote, Span, Speaker, SpeakerSummary


class QuoteAttributor:
    """Pure NLP entry point: `attribute(text, published_at)` → plain dataclasses."""

    def __init__(self, model: str | Language) -> None:
        self.nlp: Language = spacy.load(model) if isinstance(model, str) else model
        self.model_name = f"{self.nlp.meta.get('name', 'unknown')}-{self.nlp.meta.get('version', '0')}"
        if isinstance(model, str):
            self.model_name = f"{model}-{self.nlp.meta.get('version', '0')}"

    def ready(self) -> bool:
        """A one-sentence parse works."""
        doc = self.nlp("“It works,” she said.")
        return len(doc) > 0

    def attribute(self, text: str, published_at: date | None = None) -> Attribution:
        return next(self.attribute_many([(text, published_at)]))

    def attribute_many(self, items: Iterable[tuple[str, date | None]]) -> Iterator[Attribution]:
        """Parse with `nlp.pipe`; each doc's results are plain values made inside a memory zone."""
        items = list(items)
        with self.nlp.memory_zone():
            docs = self.nlp.pipe(text for text, _ in items)
            for (_, published_at), doc in zip(items, docs, strict=True):
                yield _attribute_doc(doc, published_at)


def _span(doc: Doc, start: int, end: int) -> Span:
    return Span(start, end, doc.text[start:end])


def _attribute_doc(doc: Doc, published_at: date | None) -> Attribution:
    text = doc.text
    index = EntityIndex(doc)
    dating = dates.DateFinder(doc, published_at)
    quotes: list[Quote] = []
    for qs in marks.find_quote_spans(text):
        kind = kinds.classify(doc, qs)
        if kind is None:
            continue
        found = sieves.attribute(doc, qs)
        speaker = None
        cue = None
        rule, confidence = "none", 0.0
        if found is not None:
            rule, confidence = found.rule, found.confidence
            if found.cue is not None:
                cue = _span(doc, found.cue.start_char, found.cue.end_char)
            if found.mention is not None:
                entity = index.resolve(found.mention)
                mention = _span(doc, found.mention.start_char, found.mention.end_char)
                if entity is not None:
                    speaker = Speaker(entity.name, entity.type, entity.role, mention)
                elif found.mention.text.lower() not in {"he", "she", "they", "i", "we", "it"}:
                    speaker = Speaker(found.mention.text, "unknown", None, mention)
        quotes.append(
            Quote(
                text=text[qs.start : qs.end],
                start=qs.start,
                end=qs.end,
                kind=kind,
                speaker=speaker,
                cue=cue,
                date=dating.date_for(qs, found.cue if found else None, speaker.name if speaker else None),
                rule=rule,
                confidence=confidence,
            )
        )
    return Attribution(quotes=tuple(quotes), speakers=summarize(quotes))


def summarize(quotes: Iterable[Quote]) -> tuple[SpeakerSummary, ...]:
    """Everyone quoted, once each, in order of first quote."""
    counts: Counter[str] = Counter()
    first: dict[str, Speaker] = {}
    for q in quotes:
        if q.speaker is None:
            continue
        counts[q.speaker.name] += 1
        first.setdefault(q.speaker.name, q.speaker)
    return tuple(SpeakerSummary(s.name, s.type, s.role, counts[n]) for n, s in first.items())
