"""Ordered attribution rules, high precision first; each names itself (the API's `rule`)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from service.nlp.cues import is_speech_verb
from service.nlp.marks import QuoteSpan

SUBJECT_DEPS = {"nsubj", "nsubjpass"}
NAME_DEPS = {"compound", "flat", "det", "amod", "poss"}


@dataclass(frozen=True, slots=True)
class Found:
    mention: Span | None
    cue: Span | None
    rule: str
    confidence: float


def _outside(token: Token, quote: QuoteSpan) -> bool:
    return token.idx >= quote.close_at or token.idx + len(token) <= quote.open_at


def _subject(verb: Token) -> Span | None:
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS:
            left = min(
                (t.i for t in child.subtree if t.dep_ in {"compound", "flat", "det", "amod", "poss"} or t == child),
                default=child.i,
            )
            return verb.doc[left : child.i + 1]
    return None


def speech_verb_subject(doc: Doc, quote: QuoteSpan, sents: list[Span]) -> Found | None:
    """`“We won,” Smith said.` → speaker Smith, cue said."""
    best: tuple[int, Token, Span] | None = None
    for sent in sents:
        for token in sent:
            if not _outside(token, quote) or not is_speech_verb(token):
                continue
            subj = _subject(token)
            if subj is None or not _outside(subj[0], quote):
                continue
            distance = min(abs(token.idx - quote.close_at), abs(token.idx - quote.open_at))
            if best is None or distance < best[0]:
                best = (distance, token, subj)
    if best is None:
        return None
    _, verb, subj = best
    return Found(mention=subj, cue=doc[verb.i : verb.i + 1], rule="speech_verb_subject", confidence=0.85)


def attribute(doc: Doc, quote: QuoteSpan) -> Found | None:
    """Run the sieves in order; the first that fires wins."""
    first = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if first is None:
        return None
    sents = list({t.sent.start: t.sent for t in (first[0], first[-1])}.values())
    return speech_verb_subject(doc, quote, sents)
