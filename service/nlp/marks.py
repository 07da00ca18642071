"""Find quote spans in the raw string, independent of tokenisation.

Every quoting convention of English-language news: “…”, "…", ‘…’, '…', «…», „…“, the
``…'' of older archives and the ''…'' of wire copy. Marks are read by what stands on
either side of them (a mark with a space before and a word after opens, a mark with a
word before and a space or punctuation after closes), so sloppy or mixed marks (“…",
“…“) still pair, and a single mark between letters or before a decade is an apostrophe
(`players'`, `’90s`, `rock ’n’ roll`, `’Tis`, `Putin‘s`, `don't`); a plural possessive
inside a single-quoted quote (`‘the teachers’ fault’`) does not close it when a later
mark can. Quotes inside markup tags (`<tweet id="…">`) are attribute values, not quotes.

Quotes nest (a single-quoted phrase inside a double-quoted one, the other way round, or
even the same marks, as in `“what he calls “hell” today”`); only the outermost quote is
returned. A quote left open at a paragraph end continues when the next paragraph opens
with a mark of its kind (news convention): each paragraph's part is its own span, the
later parts flagged ``continues`` (PolNeAR segments them the same way; one span over all
parts scores no better). Anything else left open is a stray mark and is skipped, and the
quotes inside it are kept. The scan is one pass over the marks with a bounded stack, so
it is linear in the length of the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DOUBLE = 0
SINGLE = 1

# Each mark: (kind, direction hint). Hint +1 opens, -1 closes, 0 either way (straight marks).
_MARKS: dict[str, tuple[int, int]] = {
    "\u201c": (DOUBLE, 1),  # “
    "\u201d": (DOUBLE, -1),  # ”
    '"': (DOUBLE, 0),
    "''": (DOUBLE, 0),  # wire copy and the closing half of ``…''
    "``": (DOUBLE, 1),
    "\u201e": (DOUBLE, 1),  # „
    "\u00ab": (DOUBLE, 1),  # «
    "\u00bb": (DOUBLE, -1),  # »
    "\u2018": (SINGLE, 1),  # ‘
    "\u2019": (SINGLE, -1),  # ’
    "'": (SINGLE, 0),
    "`": (SINGLE, 1),
    "\u201a": (SINGLE, 1),  # ‚
    "\u2039": (SINGLE, 1),  # ‹
    "\u203a": (SINGLE, -1),  # ›
}

# A markup tag with its attributes (`<tweet id="…" author="…">`): their quotes are not quotes.
_TAG = (
    r"</?[A-Za-z][\w-]*"
    r"(?:\s+[\w:.-]+(?:\s*=\s*(?:\"[^\"<>]{0,2000}\"|'[^'<>]{0,2000}'|[^\s<>\"']+))?)*+"
    r"\s*/?>"
)
# Marks, paragraph breaks, and tags.
_MARK_RE = re.compile(_TAG + "|``|`|'{1,3}|[\"\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019\u201a\u2039\u203a]|\n")
_BLANK_LINE = re.compile(r"\n\s*\n")  # a tag never runs over a paragraph break
_NON_SPACE = re.compile(r"\S")
_NEXT_SINGLE = re.compile("['`\u2018\u2019\u201a\u2039\u203a\n]")
_WORD = re.compile(r"\w")  # a quote holds at least one letter or digit

# A mark may open after these (besides whitespace and the start of the text).
_OPEN_AFTER = frozenset("([{<\u2014\u2013-/:" + "\u201c\u201e\u00ab\u2018\u201a\u2039`\"'")
# A mark may close before these (besides whitespace and the end of the text).
_CLOSE_BEFORE = frozenset(".,;:!?)]}>\u2014\u2013-/\u2026*" + "\u201d\u00bb\u2019\u203a\"'")
# Words written with a leading apostrophe: ’Tis, ’em, rock ’n’ roll.
_ELISIONS = frozenset(
    {"tis", "twas", "twere", "twill", "em", "til", "till", "cause", "cos", "cuz", "bout", "round", "n", "nuff"}
    | {"kay", "sup", "ol", "im", "er", "neath", "tween", "fraid"}
)
_MAX_DEPTH = 8  # deeper nesting is noise; bounding it keeps the scan linear


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """The quoted words (``start``..``end``, marks excluded) and where the marks stand.

    ``continues`` is true for a paragraph part that carries on the quote of an earlier
    paragraph (the same speaker's words).
    """

    start: int
    end: int
    open_at: int
    close_at: int  # index of the closing mark, or ``end`` when the quote ran to a paragraph end
    continues: bool = False


@dataclass(slots=True)
class _Open:
    kind: int
    at: int  # index of the mark
    inner: int  # index just after the mark
    continues: bool
    found: list[QuoteSpan]  # completed quotes inside this one (kept if this one never closes)


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _is_apostrophe(text: str, at: int, end: int, prev: str, nxt: str) -> bool:
    """A single mark that is part of a word: `don't`, `Putin‘s`, `’90s`, `’Tis`, `rock ’n’ roll`."""
    if prev.isalnum() and nxt.isalnum():
        return True
    if nxt.isdigit():  # ’90s, '16 — but a longer number may be quoted
        return end + 2 >= len(text) or not text[end + 2].isdigit()
    if nxt.isalpha() and not prev.isalnum():
        word_end = end
        while word_end < len(text) and word_end - end < 7 and text[word_end].isalpha():
            word_end += 1
        if text[end:word_end].lower() in _ELISIONS and (word_end == len(text) or not text[word_end].isalpha()):
            return True
    return prev in "nN" and at >= 2 and text[at - 2] in "'\u2019\u2018"  # the closing half of ’n’


def _possessive_before_later_close(text: str, at: int, end: int, prev: str, nxt: str) -> bool:
    """`‘It is the teachers’ fault,’ she said.`: a plural possessive inside a single-quoted quote.

    A single mark after an `s`, followed by a space and a lowercase word, closes the quote
    only if no later single mark in the paragraph could close it instead. Looking ahead
    stops at the next single mark, so the scan stays linear.
    """
    if prev not in "sS" or nxt != " " or end + 1 >= len(text) or not text[end + 1].islower():
        return False
    later = _NEXT_SINGLE.search(text, end)
    if later is None or later.group() == "\n" or text[later.start() - 1].isspace():
        return False  # no later mark in the paragraph, or the next one opens a quote of its own
    after = later.end()
    return after >= len(text) or text[after].isspace() or text[after] in _CLOSE_BEFORE


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """`He said “We won” today.` → one span over `We won`."""
    out: list[QuoteSpan] = []
    stack: list[_Open] = []
    n = len(text)
    pending_continue = False  # the next paragraph's first mark carries on an open quote
    para_first = True  # no mark or word seen yet in this paragraph

    def keep(spans: list[QuoteSpan]) -> None:
        if stack:
            stack[-1].found.extend(spans)
        else:
            out.extend(spans)

    def discard_above(depth: int) -> None:
        """Drop unclosed openers above ``depth``; their inner quotes go to the parent."""
        while len(stack) > depth:
            keep(stack.pop().found)

    pos = 0
    while True:
        m = _MARK_RE.search(text, pos)
        if m is None:
            at = end = n
            tok = "\n"
        else:
            at, end, tok = m.start(), m.end(), m.group()
        if para_first and _NON_SPACE.search(text, pos, at) is not None:
            para_first = False
            pending_continue = False
        if tok == "\n":
            if stack:
                pending_continue = _end_paragraph(text, at, end, stack, out)
            para_first = True
            if m is None:
                break
            pos = end
            continue
        pos = end
        if tok[0] == "<":
            if _BLANK_LINE.search(tok):
                pos = at + 1  # not a tag after all: read on from just after the `<`
            para_first = False
            continue
        if tok[0] == "'" and len(tok) > 2:
            # a run of straight single marks: ''' closes a single then a double, or opens the other way
            pos = at + (1 if stack and stack[-1].kind == SINGLE else 2)
            tok = text[at:pos]
        prev = text[at - 1] if at > 0 else " "
        if tok == "''" and stack and _find_open(stack, DOUBLE) < 0 and not prev.isspace():
            pos, tok = at + 1, "'"  # two single quotes closing: 'He said 'no''
        kind, hint = _MARKS.get(tok, (DOUBLE, 0))
        nxt = text[pos] if pos < n else " "
        if kind == SINGLE and _is_apostrophe(text, at, pos, prev, nxt):
            para_first = False
            continue
        can_open = not nxt.isspace() and (prev.isspace() or prev in _OPEN_AFTER)
        can_close = not prev.isspace() and (nxt.isspace() or nxt in _CLOSE_BEFORE)
        depth = _find_open(stack, kind)
        opening = para_first
        para_first = False
        if depth >= 0 and kind == SINGLE and _possessive_before_later_close(text, at, pos, prev, nxt):
            para_first = False
            continue
        if depth >= 0 and (can_close or not can_open or hint < 0):
            opener = stack[depth]
            discard_above(depth + 1)
            stack.pop()
            s, e = _strip(text, opener.inner, at)
            if _WORD.search(text, s, e):
                keep([QuoteSpan(s, e, opener.at, at, opener.continues)])
            continue
        if hint < 0 and not (can_open and kind == DOUBLE):
            continue
        if not can_open and (can_close or kind == SINGLE or (nxt.isspace() and hint == 0)):
            continue
        if len(stack) >= _MAX_DEPTH:
            continue
        stack.append(_Open(kind, at, pos, opening and pending_continue, []))
        pending_continue = False
    return out


def _find_open(stack: list[_Open], kind: int) -> int:
    """Depth of the innermost open quote of ``kind``, or -1."""
    for depth in range(len(stack) - 1, -1, -1):
        if stack[depth].kind == kind:
            return depth
    return -1


def _holds_own_kind(text: str, outer: _Open) -> bool:
    """`along with "alpha and "beta" -- …` → True: a closed quote opened by the same mark inside it.

    A quotation running over paragraphs nests another mark (`“… ‘beta’ …`, `"… “beta” …`); an
    opener inside which the same mark opens and closes a quote is a stray mark, which must not
    swallow the paragraph.
    """
    return any(text[q.open_at] == text[outer.at] for q in outer.found)


def _end_paragraph(text: str, at: int, end: int, stack: list[_Open], out: list[QuoteSpan]) -> bool:
    """A paragraph ends with quotes open: the outermost continues if the next paragraph opens with its kind of mark.

    Returns whether it continues; the stack is empty afterwards either way.
    """
    outer = stack[0]
    nxt = _NON_SPACE.search(text, end) if end < len(text) else None
    carries = False
    if nxt is not None:
        m = _MARK_RE.match(text, nxt.start())
        if m is not None and m.group()[0] not in "\n<":
            tok = m.group()
            if tok[0] == "'" and len(tok) > 2:
                tok = "''"
            kind, hint = _MARKS.get(tok, (DOUBLE, 0))
            after = m.end()
            carries = kind == outer.kind and hint >= 0 and after < len(text) and not text[after].isspace()
    carries = carries and not _holds_own_kind(text, outer)
    if carries:
        s, e = _strip(text, outer.inner, at)
        stack.clear()
        if _WORD.search(text, s, e):
            out.append(QuoteSpan(s, e, outer.at, e, outer.continues))
        return True
    while stack:
        found = stack.pop().found
        if stack:
            stack[-1].found.extend(found)
        else:
            out.extend(found)
    return False
