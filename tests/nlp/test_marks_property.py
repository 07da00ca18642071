"""Property: any text with any marks gives in-bounds, ordered, non-overlapping, non-empty spans, each with a kind."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language

from service.nlp.kinds import _text, classify
from service.nlp.marks import find_quote_spans

MARKS = ['"', "'", "''", "``", "`", "“", "”", "‘", "’", "«", "»", "„", "‚", "‹", "›"]
PIECES = [*MARKS, "\n", "\n\n", " ", "  ", "\t", "\u00a0", ".", ",", ":", "-", "—", "(", ")", "<", ">"]
PIECES += ["don't", "players'", "’90s", "'16", "rock ’n’ roll", "’Tis", "Putin‘s", '<tweet id="1">', "</tweet>"]
WORDS = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=6)

texts = st.lists(st.one_of(st.sampled_from(PIECES), WORDS), max_size=60).map("".join)


@settings(max_examples=400, deadline=None)
@given(texts)
def test_spans_are_well_formed(text: str) -> None:
    spans = find_quote_spans(text)
    last_end = -1
    for q in spans:
        assert 0 <= q.open_at < q.start < q.end <= len(text)
        assert q.end <= q.close_at <= len(text)
        assert text[q.start : q.end].strip() == text[q.start : q.end] != ""
        assert q.open_at >= last_end
        last_end = max(q.end, q.close_at)


@settings(max_examples=200, deadline=None)
@given(texts, texts)
def test_a_quote_survives_any_noise_in_another_paragraph(noise: str, tail: str) -> None:
    text = noise.replace("\n", " ") + "\n\nThe clerk said “the vote stands” today.\n\n" + tail
    start = text.index("the vote stands")
    assert any((q.start, q.end) == (start, start + len("the vote stands")) for q in find_quote_spans(text))


@settings(max_examples=150, deadline=None)
@given(texts)
def test_kind_of_any_quote_is_a_kind_or_none(nlp: Language, text: str) -> None:
    doc = nlp(text)
    for q in find_quote_spans(text):
        assert classify(doc, q) in {"full", "partial", None}


@settings(max_examples=100, deadline=None)
@given(texts, st.integers(min_value=0, max_value=400), st.integers(min_value=0, max_value=80))
def test_kind_context_is_read_exactly(nlp: Language, text: str, start: int, width: int) -> None:
    """The context classify reads from tokens is the text itself, whitespace included."""
    doc = nlp(text)
    start = min(start, len(text))
    assert _text(doc, start, start + width) == text[start : start + width]
