"""Quote marks in the raw string: every convention, apostrophes, paragraphs, stray marks."""

from __future__ import annotations

import pytest

from service.nlp.marks import QuoteSpan, find_quote_spans


def texts(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quote_spans(text)]


CONVENTIONS = [
    ("curly-double", "“The bridge opens in May,” the mayor said.", ["The bridge opens in May,"]),
    ("straight-double", 'The mayor said "the bridge opens in May" on Monday.', ["the bridge opens in May"]),
    ("curly-single-british", "‘The bridge opens in May,’ the mayor said.", ["The bridge opens in May,"]),
    ("straight-single-headline", "Mayor: 'Bridge opens in May'", ["Bridge opens in May"]),
    ("guillemets", "The mayor said «the bridge opens in May» today.", ["the bridge opens in May"]),
    ("low-high-double", "The mayor said „the bridge opens in May“ today.", ["the bridge opens in May"]),
    ("archive-backticks", "``The bridge opens in May,'' the mayor said.", ["The bridge opens in May,"]),
    ("wire-double-singles", "''The bridge opens in May,'' the mayor said.", ["The bridge opens in May,"]),
    (
        "two-quotes-one-sentence",
        "“We are ready,” she said, “and so is the town.”",
        ["We are ready,", "and so is the town."],
    ),
    ("partial-inside-sentence", "He called the levy “a tax on hope” in a speech.", ["a tax on hope"]),
    ("colon-intro", "The note read: “Back at noon.”", ["Back at noon."]),
    ("question-inside", "“Who left the gate open?” asked the farmer.", ["Who left the gate open?"]),
    ("mixed-curly-straight", '“We won," the coach said.', ["We won,"]),
    ("closing-written-as-opening", "“We won,“ the coach said.", ["We won,"]),
    ("opening-written-as-closing", "The coach said ”we won” after the match.", ["we won"]),
    ("no-space-after-closer", '"We won,"the coach said.', ["We won,"]),
    ("no-space-before-opener", 'The coach said,"We won."', ["We won."]),
    ("empty-quotes-skipped", "He said “” and left, then “bye.”", ["bye."]),
    ("whitespace-inside-stripped", "He said “ we won ” twice.", ["we won"]),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CONVENTIONS], ids=[c[0] for c in CONVENTIONS])
def test_conventions(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


NESTED = [
    ("single-in-double", "“He told me ‘never again’ last year,” she said.", ["He told me ‘never again’ last year,"]),
    ("double-in-single", "‘He told me “never again” last year,’ she said.", ["He told me “never again” last year,"]),
    (
        "straight-in-straight-kinds",
        "\"He told me 'never again' last year,\" she said.",
        ["He told me 'never again' last year,"],
    ),
    ("curly-in-straight", '"The sign said “closed” all week," he said.', ["The sign said “closed” all week,"]),
    (
        "same-style-nested",
        "“I would rather live in what he calls “chaos” than this,” she wrote.",
        ["I would rather live in what he calls “chaos” than this,"],
    ),
    ("wire-triple-close", "''He said it was 'a mistake.''' she said.", ["He said it was 'a mistake.'"]),
    ("title-in-headline-single", "Senator: 'I said \"no\" twice'", ['I said "no" twice']),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in NESTED], ids=[c[0] for c in NESTED])
def test_nested_quotes_return_the_outermost(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


APOSTROPHES = [
    ("plural-possessive", "The players' union met the owners' lawyers."),
    ("decade-curly", "It was a hit in the ’90s and again in the ’00s."),
    ("decade-straight", "Back in the '80s the mill had 900 workers."),
    ("year-short", "The class of '16 and the class of ’17 met."),
    ("rock-n-roll", "She loves rock ’n’ roll and rock 'n' roll."),
    ("tis", "’Tis the season, and 'twas ever thus."),
    ("em", "Let ’em talk, he shrugged, and tell 'em all."),
    ("mistyped-opening-apostrophe", "Moscow‘s answer came in Putin‘s own words."),
    ("contractions", "Don't worry, it's fine, we’re sure they’ll come."),
    ("feet-and-inches", "The center is 6' 11\" tall."),
]


@pytest.mark.parametrize("text", [c[1] for c in APOSTROPHES], ids=[c[0] for c in APOSTROPHES])
def test_apostrophes_make_no_quote(text: str) -> None:
    assert find_quote_spans(text) == []


APOSTROPHES_INSIDE = [
    ("contraction-in-single", "‘We don’t quit,’ she said.", ["We don’t quit,"]),
    ("possessive-in-single", "'The city's budget is fine,' he said.", ["The city's budget is fine,"]),
    ("decade-in-single", "‘It felt like the ’70s again,’ he said.", ["It felt like the ’70s again,"]),
    ("rock-n-roll-in-single", "'I grew up on rock 'n' roll,' he said.", ["I grew up on rock 'n' roll,"]),
    ("plural-possessive-before-quote", "The teachers' reply was “not yet.”", ["not yet."]),
    ("plural-possessive-in-british-quote", "‘It is the teachers’ fault,’ she said.", ["It is the teachers’ fault,"]),
    (
        "plural-possessive-in-straight-single",
        "'The players' union will strike,' he said.",
        ["The players' union will strike,"],
    ),
    (
        "headline-words-ending-in-s",
        "Pastor Urges Voters to Shun ‘Braggarts’ and ‘Scoffers’ in Race",
        ["Braggarts", "Scoffers"],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in APOSTROPHES_INSIDE], ids=[c[0] for c in APOSTROPHES_INSIDE]
)
def test_apostrophes_inside_quotes(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_offsets_exclude_marks_and_keep_inner_punctuation() -> None:
    text = "Ann said “Go now!” and left."
    assert find_quote_spans(text) == [QuoteSpan(start=10, end=17, open_at=9, close_at=17)]
    assert text[10:17] == "Go now!"


def test_offsets_for_two_character_marks() -> None:
    text = "Ann said ``go now'' and left."
    assert find_quote_spans(text) == [QuoteSpan(start=11, end=17, open_at=9, close_at=17)]


def test_offsets_are_code_points_after_astral_characters() -> None:
    text = "🎉🎉 Ann said “yes” 🎉"
    (q,) = find_quote_spans(text)
    assert (q.start, q.end) == (13, 16)
    assert text[q.start : q.end] == "yes"


PARAGRAPHS = [
    (
        "three-parts",
        "“First part of it.\n\n“Second part.\n\n“Last part,” she said.",
        [(1, 18, False), (21, 33, True), (36, 46, True)],
    ),
    (
        "straight-marks",
        '"One thing.\n\n"Another," he said.',
        [(1, 11, False), (14, 22, True)],
    ),
    (
        "wire-marks",
        "''One thing.\n\n''Another,'' he said.",
        [(2, 12, False), (16, 24, True)],
    ),
    (
        "opened-after-a-closed-quote",
        "“Yes,” she said. “We will try.\n\n“It will be hard.”",
        [(1, 5, False), (18, 30, False), (33, 49, True)],
    ),
    (
        "next-paragraph-without-mark-drops-the-open-quote",
        "He said “we will try.\n\nThen he left. “Bye,” he said.",
        [(38, 42, False)],
    ),
    (
        "single-newline-paragraphs",
        "“One.\n“Two.”",
        [(1, 5, False), (7, 11, True)],
    ),
    (
        "blank-lines-with-spaces-between",
        "“One.\n  \n\n  “Two.”",
        [(1, 5, False), (13, 17, True)],
    ),
    (
        "nested-quote-left-open-is-dropped-with-the-outer-part",
        "“He said ‘go.\n\n“Then we went.”",
        [(1, 13, False), (16, 29, True)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in PARAGRAPHS], ids=[c[0] for c in PARAGRAPHS])
def test_quotes_over_paragraphs_are_one_span_per_part(text: str, expected: list[tuple[int, int, bool]]) -> None:
    assert [(q.start, q.end, q.continues) for q in find_quote_spans(text)] == expected


def test_paragraph_part_closes_at_its_own_end() -> None:
    text = "“First part.\n\n“Second.”"
    first, second = find_quote_spans(text)
    assert (first.open_at, first.close_at) == (0, 12)
    assert (second.open_at, second.close_at) == (14, 22)


UNBALANCED = [
    ("stray-opener-before-quote", "He was “sure. Later she said “no way” twice.", ["no way"]),
    ("stray-closer-before-quote", "The 6-4” guard said “we move on” today.", ["we move on"]),
    ("unclosed-at-end", "She said “we will win", []),
    ("odd-number-of-straight", 'The 12" pipe burst, he said "again" today.', ["again"]),
    ("unclosed-single-inside-double", "“He said ‘go and left,” she said.", ["He said ‘go and left,"]),
    ("stray-single-at-top-level", "The 'plan was “never finished” they said.", ["never finished"]),
    ("stray-opener-does-not-leak-into-next-paragraph", "He was “sure.\n\nShe said “no.”", ["no."]),
    ("only-marks", "“”“”‘’\"\"''", []),
    (
        "stray-opener-holding-its-own-mark-does-not-swallow-the-next-paragraph",
        'It came with "alpha and "beta" -- both untested.\n\n"We will fix it," she said.',
        ["beta", "We will fix it,"],
    ),
    (
        "curly-stray-opener-holding-its-own-mark",
        "It came with “alpha and “beta” -- both untested.\n\n“We will fix it,” she said.",
        ["beta", "We will fix it,"],
    ),
    (
        "quote-over-paragraphs-nesting-another-mark-still-continues",
        "Lee said: “We will build ‘the dock.’\n\n“And we will pay for it,” she said.",
        ["We will build ‘the dock.’", "And we will pay for it,"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in UNBALANCED], ids=[c[0] for c in UNBALANCED])
def test_unbalanced_marks_are_skipped_without_losing_other_quotes(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


MARKUP = [
    ("tag-attributes", '<tweet id="123" author="@ann">We did it</tweet> she said "yes" later.', ["yes"]),
    ("self-closing-tag", '<tweet tweet-id="998"><tweet/>. Then “go.”', ["go."]),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in MARKUP], ids=[c[0] for c in MARKUP])
def test_markup_attribute_quotes_are_not_quotes(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize(
    "text",
    ['"' * 100_000, "'" * 100_000, "“" * 100_000, "”" * 100_000, "“a\n" * 30_000, "‘’" * 50_000, "`" * 100_000],
    ids=[
        "straight-double",
        "straight-single",
        "opening-curly",
        "closing-curly",
        "open-per-line",
        "curly-singles",
        "backticks",
    ],
)
def test_long_runs_of_marks_are_fast(text: str) -> None:
    import time

    t0 = time.perf_counter()
    find_quote_spans(text)
    assert time.perf_counter() - t0 < 2.0
