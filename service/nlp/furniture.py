"""What is not article text: the furniture a page carries around the story.

Scraped and wire news carries lines that no one in the story says: links to other stories
(`READ MORE: Mayor calls budget ‘a disgrace’`, `WATCH:`, `RELATED:`, `LISTEN:`, `ALSO READ:`),
photo captions and credits (`(Ann Lee/City Desk)`, `Photo: …`), bylines (`By Ann Lee`,
`Reporting by …`, `Follow Ann on Twitter @…`), the dateline that opens the first paragraph
(`OSLO (Reuters) —`), and subheadings made only of a quote (`‘We were not ready’` alone on
its line, or a quoted line in title case). Their quoted words are headlines of other stories or
echoes of the story's own quotes, so they are not returned; the names in them are not speakers.

`find(text)` reads the text once, line by line (each line's test is a bounded regex on that
line), and returns a `Furniture`: sorted, disjoint character ranges with a `contains` that is
a binary search. The first line (the headline) is never furniture: headline quotes are read by
`kinds` and the headline sieves.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

# A link to another story or a medium: the label, then a colon, bar, dash or arrow.
_LINK = re.compile(
    r"[ \t]*[\u2022\u25ba\u25b6*\u201c\"]?[ \t]*[\[(]?(?:read more|read also|also read|more"
    r"|related(?: stories| story| articles?| coverage| content)?"
    r"|see also|watch|listen|click here|recommended|don['\u2019]t miss|must read|top stories|trending"
    r"|more from [^:\n]{1,40}|also on [^:\n]{1,40})[\])]?[ \t]*(?::|\||>|\u00bb|\u25ba|\u2014|\u2013)",
    re.IGNORECASE,
)
# Page chrome on a line of its own: `Advertisement`, `Sign up for our newsletter`, `(Subscribe to our podcast.)`.
_CHROME = re.compile(
    r"[ \t]*[\[(]?(?i:advertisement|sponsored|sign up\b|subscribe\b|share this (?:story|article)|share on \w+"
    r"|click here\b|related (?:stories|articles|coverage|content|links))[^\n]{0,100}$"
)
_LINK_ALONE = re.compile(_LINK.pattern + r"[ \t]*$", re.IGNORECASE)
# A caption or credit label opening its line: `Photo: …`, `Pictured: …`, `Image credit: …`.
_CAPTION_LABEL = re.compile(
    r"[ \t]*[\[(]?(?:photo(?:graph)?s?|image|picture|pictured|caption|credit|file photo|top photo|above|video)"
    r"(?: credit| by)?[ \t]*[:|]",
    re.IGNORECASE,
)
# A photo credit: two or more capitalised words (a photographer), a slash, an agency or desk.
_NAME = r"[A-Z][\w.'\u2019-]*"
_PHOTOGRAPHER = rf"(?:{_NAME}(?:[ \t]+{_NAME}){{1,3}}|AP|AFP|EPA|Getty(?: Images)?|Reuters)"
_CREDIT = rf"{_PHOTOGRAPHER}[ \t]*[/|][ \t]*{_NAME}(?:[ \t]+[\w&.'\u2019-]+){{0,4}}"
# ... closing a caption line, in parentheses: `The mayor at the dock. (Ann Lee/City Desk)`
_CREDIT_LABEL = r"(?:(?:AP |AFP |Reuters |File )?(?:Photo(?:graph)?|Image|Picture|Credit)(?: by| credit)?[: ]+)"
_AGENCY = r"(?:Getty Images|AP|AFP|EPA|Reuters|Shutterstock|iStock|Bloomberg|Alamy)"
_CAPTION_END = re.compile(
    rf"(?:\({_CREDIT_LABEL}?{_CREDIT}\)|\((?:{_CREDIT_LABEL}{_AGENCY}|Getty Images|{_AGENCY}[ \t]*/)[^()\n]{{0,40}}\)"
    rf"|[.!?][ \t]+{_CREDIT_LABEL}?{_CREDIT})[ \t.]*$"
)
# ... or standing alone on its line: `Ann Lee/City Desk`
_CREDIT_LINE = re.compile(rf"[ \t]*\(?{_CREDIT}\)?[ \t.]*$")
# A byline or contributor line: `By Ann Lee and Tom Ruiz, City Desk`, `Reporting by …`, `Follow Ann on Twitter`.
_BYLINE_TAIL = r"(?:[A-Z][\w.'\u2019&-]*|of|the|and|for|staff|senior|writer|reporter|correspondent|editor)"
_FULL_NAME = rf"{_NAME}(?:[ \t]+{_NAME}){{1,3}}"
_BYLINE = re.compile(
    rf"[ \t]*[\u201c\"]?(?:(?i:by)[ \t]+{_FULL_NAME}(?:[ \t]*(?:,|and|&)[ \t]*{_FULL_NAME})*"
    rf"(?:[ \t]*[,|\u2014\u2013-][ \t]*{_BYLINE_TAIL}(?:[ \t]+{_BYLINE_TAIL}){{0,6}})?[ \t.]*$"
    r"|(?i:byline[ \t]*:|contributing[ \t]*:|(?:additional )?reporting by|(?:writing|editing) by|compiled by"
    r"|follow [^\n]{1,40} on (?:twitter|facebook|instagram|x)\b|(?:twitter|email|e-mail|contact)[ \t]*:))"
)
_MAX_BYLINE = 160
# A correction or update note about the article itself: `Correction: An earlier version of this story …`.
_CORRECTION = re.compile(
    r"[ \t]*[\[(*]?(?i:correction[ \t]*:|clarification[ \t]*:|editor['\u2019]s note[ \t]*:[ \t]*(?:this|an earlier)"
    r"|(?:this|the) (?:story|article|post|report) (?:has been|was|is being) (?:updated|corrected)"
    r"|an earlier version of this (?:story|article|post|report))"
)
# A dateline opening a paragraph: `OSLO (Reuters) —`, `LA CROSSE, Wis. —`, `Dec 29 (Reuters) -`.
_DATELINE = re.compile(
    r"[ \t]*(?:[A-Z][A-Z.'\u2019-]+(?:[ \t]+[A-Z][A-Z.'\u2019-]+){0,3}(?:,[ \t]*[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*){0,2})?"
    r"|[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}"
    r"|[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2}(?:,[ \t]*[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*){0,2})?"
    r"(?=[ \t]*\((?:AP|AFP|UPI|CNN|dpa|Reuters|Bloomberg|Xinhua|Kyodo|Yonhap|Interfax|AAP|PTI|IANS|ANI|EFE)\)))"
    r"(?:,[ \t]*[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2})?(?:[ \t]*\([A-Z][\w .&-]{0,30}\))?"
    r"[ \t]*(?:\u2014|\u2013|\u2015|--|-)[ \t]*(?=\S)"
)
_CREDIT_BELOW = re.compile(r"[ \t]*(?:\u2014|\u2013|\u2015|--|-)[ \t]*[A-Z]")
_SPACED_DASH = re.compile(r"\s(?:\u2014|\u2013|\u2015|--|-)")
# A line that is one quotation and nothing else (a full stop may follow the mark).
_QUOTE_LINE = re.compile(
    r"[ \t]*(''|[\u201c\u2018\"'])([^\n\u201c\u201d\u2018\u2019\"]{1,150}?)(''|[\u201d\u2019\"'])[ \t.]*$"
)
_SMALL_WORDS = frozenset(
    {"a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "with", "by", "from", "as", "but", "is"}
)
_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
_MAX_SUBHEAD_WORDS = 10
_MIN_TITLE_WORDS = 3
_MAX_LINK_LINE = 300  # a link line is a headline, not a paragraph


@dataclass(frozen=True, slots=True)
class Furniture:
    """Sorted, disjoint `[start, end)` character ranges that are not article text."""

    starts: tuple[int, ...] = ()
    ends: tuple[int, ...] = ()

    def contains(self, start: int, end: int) -> bool:
        """Does one range hold all of `[start, end)`? `Furniture((0,), (9,)).contains(2, 5)` → True."""
        i = bisect.bisect_right(self.starts, start) - 1
        return i >= 0 and end <= self.ends[i]

    def ranges(self) -> list[tuple[int, int]]:
        return list(zip(self.starts, self.ends, strict=True))


def find(text: str) -> Furniture:
    """`Story.\nREAD MORE: Mayor calls budget ‘a disgrace’\nMore story.` → the middle line's range."""
    starts: list[int] = []
    ends: list[int] = []
    lines: list[tuple[int, str]] = []  # (offset, line) of the non-blank lines
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            lines.append((pos, line))
        pos += len(line) + 1
    carry = False  # a link label alone on its line: the headline it links is the next line
    for n in range(1, len(lines)):  # the first line, the headline, is never furniture
        lo, line = lines[n]
        nxt = lines[n + 1][1] if n + 1 < len(lines) else ""
        if carry or _whole_line(line, lines[n - 1][1], nxt):
            starts.append(lo)
            ends.append(lo + len(line))
            carry = _LINK_ALONE.match(line) is not None
            continue
        m = _DATELINE.match(line)
        if m is not None and _dateline(m.group()):
            starts.append(lo)
            ends.append(lo + m.end())
        carry = False
    return Furniture(tuple(starts), tuple(ends))


def _whole_line(line: str, prev: str, nxt: str) -> bool:
    """A link line, a caption or credit, a byline or a quoted subheading (`prev`, `nxt`: the lines around it)."""
    if len(line) <= _MAX_LINK_LINE and (_LINK.match(line) or _CAPTION_LABEL.match(line) or _CHROME.match(line)):
        return True
    if _CAPTION_END.search(line) or _CREDIT_LINE.match(line):
        return True
    if (len(line) <= _MAX_BYLINE and _BYLINE.match(line)) or _CORRECTION.match(line):
        return True
    return is_subhead(line, prev, nxt)


def _dateline(prefix: str) -> bool:
    """`WASHINGTON (AP) — ` or `Dec 29 (Reuters) - ` → True; `The plan — ` (mixed case, no agency) → False."""
    head = prefix.split("(", 1)[0]
    letters = [c for c in head.split(",", 1)[0] if c.isalpha()]
    if "(" in prefix:
        return True
    if "," not in head and not _SPACED_DASH.search(head):
        return False  # `SIEGEL--` opening a transcript line is a speaker label
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def is_subhead(line: str, prev: str, nxt: str = "") -> bool:
    """`‘We were not ready’` alone on its line, or `“All Bets Are Off.”` → True; `“We will appeal.”` → False.

    A quotation standing alone reads as a heading when nothing ends it (a sentence someone spoke
    ends in punctuation) or when it is written in title case; a line introduced by the one above
    (`She said:`) is the quote that line announces, and one credited on the line below
    (`— Ann Lee`) is a pull quote the article attributes.
    """
    m = _QUOTE_LINE.match(line)
    if m is None or prev.rstrip()[-1:] in {":", ","} or _CREDIT_BELOW.match(nxt):
        return False
    words = _WORD.findall(m.group(2))
    if not words or len(words) > _MAX_SUBHEAD_WORDS:
        return False
    inner = m.group(2).rstrip()
    unended = inner[-1:] not in {".", "!", "?", ",", "\u2026", "-", "\u2014"} and not line.rstrip().endswith(".")
    big = [w for w in words if w.lower() not in _SMALL_WORDS]
    titled = len(words) >= _MIN_TITLE_WORDS and bool(big) and all(w[0].isupper() for w in big)
    return unended or titled
