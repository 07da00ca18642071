"""A same-length copy of the text for the parser, with the shapes that make spaCy slow defused.

spaCy's tokenizer is quadratic in the length of a whitespace-free run that it must peel
punctuation from (5,000 quote marks in a row: 5 s to tokenize), and every junk token still
costs the tagger, parser and NER. Quote marks are found on the original string, so the
parser loses nothing it needs when:

- a run of 16 or more characters with no letter or digit (straight or curly marks, `-----`)
  becomes spaces (newlines kept, so paragraphs stay where they are);
- a whitespace-free run longer than 200 characters gets a space every 200 characters.

The copy has the same length, so every offset into it is an offset into the original.
"""

from __future__ import annotations

import re

# A word, a mark, or whitespace spaCy keeps as a token of its own: any run of it but a single space
# (`a\nb` is three tokens, `a  b` three, `a b` two).
TOKEN_LIKE = re.compile(r"\w+|[^\w\s]|\s{2,}|[^\S ]")
MIN_JUNK = 16
# Only runs long enough to matter reach the Python callback (newlines are non-word characters too).
JUNK_RUN = re.compile(rf"[^\w]{{{MIN_JUNK},}}")
LONG_RUN = re.compile(r"\S{201,}")
BREAK_EVERY = 200


def _blank(match: re.Match[str]) -> str:
    run = match.group(0)
    if sum(not c.isspace() for c in run) < MIN_JUNK // 2:
        return run
    return "".join(c if c == "\n" else " " for c in run)


def _break(match: re.Match[str]) -> str:
    run = match.group(0)
    return "".join(" " if i and i % BREAK_EVERY == 0 else c for i, c in enumerate(run))


def for_parse(text: str) -> str:
    """`He said “a” ` stays as it is; twenty straight marks in a row become spaces; the length never changes."""
    out = JUNK_RUN.sub(_blank, text)
    return LONG_RUN.sub(_break, out)


def parse_cost(text: str) -> int:
    """Tokens the parser would see: `“Yes,” he said.` → 7 (spaCy: 7); `a\n` × 3 → 6 (spaCy: 6).

    Words, punctuation marks and whitespace tokens (a line break, a run of spaces); a slight
    over-estimate of spaCy's count (it keeps `U.S.` or `--` whole), measured in one regex pass:
    parse time grows with tokens, so this bounds the time of a request.
    """
    return sum(1 for _ in TOKEN_LIKE.finditer(for_parse(text)))
