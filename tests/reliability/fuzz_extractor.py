"""Coverage-guided fuzzing of the extractor with atheris (libFuzzer for Python).

    .venv/bin/python -m tests.reliability.fuzz_extractor -runs=20000 -max_len=400

Each input byte picks a piece of news text (quote marks of every kind, cue words, names, pronouns,
paragraph breaks, odd characters), so the fuzzer spends its time on texts the extractor finds hard rather
than on random binary. Invariants, for every text: attribution never raises; offsets are in bounds and
ordered; `text[start:end]` is the quote, the cue and the speaker mention; confidence is within 0..1; every
quoted speaker is in the speakers list. A failure is a crash that libFuzzer saves as `crash-<hash>`.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports(include=["service"]):
    from service.config import Settings
    from service.nlp.attributor import QuoteAttributor
    from service.nlp.types import Span

PIECES = [
    "“", "”", '"', "'", "‘", "’", "«", "»", "„", "‹", "›",
    " ", " ", " ", "\n", "\n\n", ",", ".", ":", ";", "?", "!", "—", "(", ")",
    "said", "says", "told reporters", "according to", "added", "said in a statement that", "asked",
    "Maren Oakridge", "Oakridge", "Mr. Vantell", "Dr. Brisco", "the minister", "the union's president",
    "he", "she", "they", "We", "It", "I", "the", "and", "will", "not", "on Monday", "last week", "in 2019",
    "’90s", "players'", "rock 'n' roll", "é", "\u00a0", "\u200b", "\u202e", "\t", "\u0007", "😀", "x" * 40,
]  # fmt: skip


def text_from(data: bytes) -> str:
    return "".join(PIECES[b % len(PIECES)] for b in data)


def check_span(text: str, span: Span, what: str) -> None:
    assert 0 <= span.start <= span.end <= len(text), (what, span)
    assert text[span.start : span.end] == span.text, (what, span)


ATTRIBUTOR: QuoteAttributor | None = None


def test_one_input(data: bytes) -> None:
    assert ATTRIBUTOR is not None
    text = text_from(data)
    result = ATTRIBUTOR.attribute(text)
    previous = -1
    names = {s.name for s in result.speakers}
    for quote in result.quotes:
        assert 0 <= quote.start <= quote.end <= len(text), quote
        assert text[quote.start : quote.end] == quote.text, quote
        assert quote.start >= previous, "quotes out of order"
        previous = quote.start
        assert 0.0 <= quote.confidence <= 1.0, quote
        if quote.cue is not None:
            check_span(text, quote.cue, "cue")
        if quote.speaker is not None:
            check_span(text, quote.speaker.mention, "mention")
            assert quote.speaker.name in names, (quote.speaker.name, names)


def main(argv: list[str]) -> None:
    global ATTRIBUTOR
    ATTRIBUTOR = QuoteAttributor(Settings().spacy_model)
    atheris.Setup(argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main(sys.argv)
