"""Find quote spans in the raw string, independent of tokenisation.

First engine: straight and curly double quotes, paired left to right within a paragraph;
a quote left open at a paragraph end continues when the next paragraph opens with a mark.
"""

from __future__ import annotations

from dataclasses import dataclass

OPENERS = {"\u201c": "\u201d", '"': '"'}
CLOSERS = {"\u201d", '"'}


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """The quoted words (``start``..``end``, marks excluded) and where the marks stand."""

    start: int
    end: int
    open_at: int
    close_at: int  # index of the closing mark, or ``end`` when the quote ran to a paragraph end


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """`He said "We won" today.` → one span over `We won`."""
    spans: list[QuoteSpan] = []
    for p_start, p_end in _paragraphs(text):
        open_at: int | None = None
        for i in range(p_start, p_end):
            ch = text[i]
            if open_at is None:
                if ch in OPENERS:
                    open_at = i
            elif ch in CLOSERS and (ch == OPENERS[text[open_at]] or text[open_at] == '"' or ch == "\u201d"):
                s, e = _strip(text, open_at + 1, i)
                if e > s:
                    spans.append(QuoteSpan(s, e, open_at, i))
                open_at = None
    return spans
