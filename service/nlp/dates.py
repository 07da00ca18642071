"""The date a quote was said: a time expression on its speech event, else published_at.

Where the date comes from, in order:

1. A time expression attached to the quote's cue, to the verb the cue hangs from, or to a
   statement clause on the speaker (`said on Friday`, `told reporters yesterday`, `In a
   briefing on Tuesday, May 28, X said`, `In a statement released today, the group said`,
   `X, speaking on Friday, said`). "Attached" means the path up the parse from the
   expression to the verb runs only through adverbial links (prep/pobj, npadvmod, appos, a
   participial acl, a reporting advcl) and at most two nouns, never through a subject, an
   object, the reported clause (ccomp), a relative or infinitive clause, or a since/after/
   following/from phrase; a `pobj` date sits under on/in/at/during/over; a date modifying a
   noun counts only when that noun is itself the occasion (`at a May 24 news conference`) or is
   the text that speaks (`a 2013 article concluded`, `“…,” concluded a 2013 article`).
   So `since 2021`, `the 2003 listing`, `citing the 2003 deal` and dates inside quotes are
   never the statement's date. The cue must be a statement (a reporting verb, a verb whose
   reported clause is the quote, `according to`, a noun cue), not `was` or `to describe`.
   A simple-present cue (`X says`) keeps only a date on publication day.
2. Carried back by speaker (past-tense or missing cue): the same speaker's previous
   statement (a statement verb with them as subject, or an earlier quote of theirs) or
   occasion (a dated past-tense main clause of theirs, any verb, or a dated statement made to
   them: `told Tom Hale on Monday ... Hale asked`: `Hart was blunt after the
   loss on Saturday`, see occasions.py) up to CARRY_PARAS paragraphs back, unless another
   speaker's occasion with another date comes between, hopping back through their undated statements (`X said
   on Sunday, June 9, that ...`; `She noted ...`; `The diplomat also criticized "..."` → June
   9). A quoted document in the historical present (`"...," the letter says`) continues the
   statement that named it. The carry stops where the story moves to another time around
   that speaker (`... Cruz, who spoke at the convention in July, urged "..."`).
   Two refinements: a cue naming a listener or venue (`“…,” Gingrich told O’Reilly`, `In his
   interview with the Herald, X said`) takes the speaker's latest occasion whose sentence names
   the same one (the last words of the names agree), before the plain carry; and a text dated
   by a participle (`in an editorial published Tuesday`, `an interview aired Monday`) keeps its
   date for its historical present (`“…,” the board writes`), which otherwise never carries.
   Last, the story's current occasion (`_in_frame`): the latest dated occasion of anyone, up to
   FRAME_PARAS paragraphs back and never one given only a month or year, a text's date, or past
   a future or vague statement, dates the quote of a speaker who took part in it since (a past
   main clause of theirs with no time of its own: `Cruz stuck to policy`), who is quoted in the
   paragraph that tells it, or whose cue
   points back at it (`Weighing in on the discussion, X agreed`). An interviewee quoted only
   through his cue (`“…,” said a voter`) took no part: the fallback stays. `The same day` points
   back at the occasion in focus however far (within MAX_CARRY_EVENTS); a continuing cue
   (`“…,” added his campaign manager`) takes the date of the quote just before it.
3. Carried forward, for a lede told in the present or present perfect (`X has criticized
   ... "..."`) when the same speaker's next statement, in the same or the next paragraph,
   is dated (`On Tuesday, May 28, X said ...`).
   A quote in a headline (the first paragraph, with no cue or title-cased) takes its speaker's
   first dated statement in the next two paragraphs, and dates nothing in the story itself.
4. Otherwise published_at (source "published_at", precision "day"), or None without one.

A vague time on the speech event (`Earlier, X said`, `has recently described`, `in recent
months`) stops steps 2-3: the date is unknown, so the fallback is given.

Resolution (`resolve`) against published_at, using dateutil's month and weekday names
(`parserinfo`) and `relativedelta` for the calendar arithmetic:

- a weekday: the most recent such day on or before publication (published on a Monday,
  `on Monday` is that day, `on Sunday` the day before); `last Friday`: strictly before;
- `today`/`tonight`/`this morning`: publication day; `yesterday`/`last night`: the day before;
- a month and day without a year: the most recent on or before publication (so across a
  year boundary it is last year's), except that one up to two days after publication is a
  clock or embargo mismatch and stays unresolved; with a year: as written;
- a month alone (`in July`): the most recent such month, precision "month" ("YYYY-MM");
  `this month`/`last month` likewise; a year alone, `this year`/`last year`: precision "year";
- `this week`/`last week`/`the weekend`: a span of days; the value is the finest unit that
  contains the whole span (day, month or year), and no date if it straddles a year end;
- anything else (`recent months`, `the 1990s`, `next week`, `tomorrow`, future dates) is
  not a statement date.

Without published_at, only what the text fixes on its own resolves (`June 9, 2023`, `July
2023`, `2019`); `on Friday` gives value None, precision None, with the words as text.

dateutil rather than dateparser: measured here, dateparser's first call takes ~160-220 ms
and each later call 0.5-1.4 ms, and it puts `Monday` on the Monday a week before a Monday
publication; dateutil's name tables and relativedelta cost microseconds per expression.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

import numpy
from dateutil.parser import parserinfo
from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from service.nlp import occasions
from service.nlp.cues import SPEECH_VERBS, is_speech_verb
from service.nlp.lexicons import load
from service.nlp.marks import QuoteSpan, find_quote_spans
from service.nlp.tree import children
from service.nlp.types import DateRef, Precision

STATEMENT_VERBS = load("dates_statement_verbs.txt")
VAGUE_ADVERBS = load("dates_vague.txt")
DOCUMENT_NOUNS = load("dates_document_nouns.txt")
_STATEMENT_LEMMA_IDS = frozenset(
    get_string_id(form) for verb in SPEECH_VERBS | STATEMENT_VERBS for form in (verb, verb.capitalize())
)

TIME_LABELS = {"DATE", "TIME"}
# paragraphs a date is carried back over to the same speaker's undated quote (hops through their statements go further)
CARRY_PARAS = 3
# Cues that continue the exchange just quoted: `“…,” added his campaign manager`.
THEN_SENTENCES = 3  # `he said then` looks this many sentences back for the time it points at
CONTINUING = {"add", "chime", "interject", "reply", "respond", "retort"}
# paragraphs back the story's current occasion dates a quote of someone who took part in it since
FRAME_PARAS = 5
# statements looked back over for a date to carry: a paragraph of thousands of short quotes stays linear
MAX_CARRY_EVENTS = 64
# The preposition a date may hang from to date the event: `on Friday`, `in July`, not `since 2021`.
DATE_PREPS = {"on", "in", "at", "during", "over"}
# How a time expression may hang from the next word up: adverbials and the noun it modifies.
ADVERBIAL_DEPS = {"pobj", "npadvmod", "tmod", "advmod", "appos", "obl"}
# A date modifying a noun dates the event only when that noun is itself a time frame: `in a 2013 memo`,
# `at Monday's debate`; not `of the 2016 election`, `the 2003 listing`.
MODIFIER_DEPS = {"nmod", "compound", "nummod", "amod", "poss"}
DATE_DEPS = ADVERBIAL_DEPS | MODIFIER_DEPS
# Links the path up to the verb may take; subjects, objects, ccomp, xcomp and relcl end it.
PATH_DEPS = DATE_DEPS | {"prep", "pcomp", "acl", "advcl", "agent", "conj"}
# Prepositions on the way up that put the date on another event: `Following the takeover in 2021, X said`.
OTHER_EVENT_PREPS = {
    "after",
    "against",
    "ahead",
    "amid",
    "about",
    "before",
    "between",
    "concerning",
    "despite",
    "following",
    "from",
    "into",
    "like",
    "prior",
    "regarding",
    "since",
    "than",
    "through",
    "throughout",
    "till",
    "toward",
    "towards",
    "until",
    "upon",
}
# Subordinators of a clause that is another event, even with a reporting verb; `as reported today` is not one.
OTHER_EVENT_MARKS = {
    "after",
    "although",
    "because",
    "before",
    "if",
    "once",
    "since",
    "though",
    "till",
    "unless",
    "until",
    "whereas",
}
# Determiners that make a weekday or month no particular one.
INDEFINITE = {"a", "an", "one", "every", "each", "some", "any", "another", "that", "same"}
# Verbs the cue may hang from whose dates are the cue's: `X criticized ... on Friday, warning "..."`.
UP_DEPS = {"advcl", "conj", "xcomp"}
MAIN_DEPS = {"ROOT", "conj"}
NOT_SPEECH_LEMMAS = {"be", "have", "do", "seem", "appear", "become"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
# Who a cue tells, when the tagger does not make it an entity: `Ruiz told O’Reilly` (O’Reilly tagged an adverb).
LISTENER_DEPS = {"dobj", "dative", "advmod", "npadvmod"}
MAX_PATH = 8
# Nouns the path may pass through: `on the sidelines of the Forum on Sunday` (1), not `in response to his use of
# a reference to her loss in 2008` (3): the further the date hangs from the verb, the likelier it is another event's.
MAX_NOUNS = 2
# A month and day up to this many days after publication is no date from last year but a clock or embargo
# mismatch; it is left unresolved rather than put a year back.
SLACK_DAYS = 2
PRONOUNS = {"he", "she", "they", "we", "i", "it"}

_INFO = parserinfo()
_WEEKDAYS = (MO, TU, WE, TH, FR, SA, SU)
_FILLER = {
    "on",
    "in",
    "at",
    "during",
    "over",
    "the",
    "a",
    "an",
    "of",
    "and",
    "early",
    "late",
    "mid",
    "earlier",
    "later",
}
_DAY_PARTS = {"morning", "afternoon", "evening", "night", "noon"}
_UNITS = {"week", "weekend", "month", "year"}
# Seasons by their first and last month (northern; winter straddles a year end and is left unresolved).
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11)}
_DEICTIC = {"today", "yesterday", "tonight"}
# Full names only outside a DATE entity: a lone `Sun` or `Wed` is far likelier `the Baltimore Sun`.
_LONE_TIME_WORDS = _DEICTIC | {names[-1].lower() for names in parserinfo.WEEKDAYS}
_LONE_IDS = numpy.array([get_string_id(w) for w in _LONE_TIME_WORDS], dtype=numpy.uint64)
_WORD = re.compile(r"[a-z]+\.?|\d+(?:st|nd|rd|th)?")
_POSSESSIVE = re.compile(r"['\u2019]s\b")


@dataclass(frozen=True, slots=True)
class Resolved:
    """A statement date: value "YYYY-MM-DD" | "YYYY-MM" | "YYYY", or None where the text alone cannot fix it."""

    value: str | None
    precision: Precision | None


def _weekday(word: str) -> int | None:
    """`Fri`, `friday`, `Thurs.` → 4/3 (Monday is 0)."""
    word = word.rstrip(".")
    found: int | None = _INFO.weekday(word)
    if found is None and len(word) >= 3:
        for i, names in enumerate(parserinfo.WEEKDAYS):
            if names[-1].lower().startswith(word):
                return i
    return found


def _month(word: str) -> int | None:
    """`Sept.`, `june` → 9/6."""
    found: int | None = _INFO.month(word.rstrip("."))
    return found


def _span(first: date, last: date) -> Resolved | None:
    """The finest unit holding every day of the span; None when it straddles a year end."""
    if first == last:
        return Resolved(first.isoformat(), "day")
    if (first.year, first.month) == (last.year, last.month):
        return Resolved(f"{first.year:04d}-{first.month:02d}", "month")
    if first.year == last.year:
        return Resolved(f"{first.year:04d}", "year")
    return None


@lru_cache(maxsize=4096)
def resolve(expression: str, published_at: date | None) -> Resolved | None:
    """`on Sunday, June 9` + 2024-06-10 → 2024-06-09 (day); `recent months` → None (not a statement date)."""
    words = _WORD.findall(_POSSESSIVE.sub("", expression.lower()))
    weekday = month = day = year = None
    days_back: int | None = None
    unit: str | None = None
    last = this = False
    for word in words:
        bare = word.rstrip(".")
        if bare in _FILLER or (bare in _DAY_PARTS and bare != "night"):
            continue
        if bare == "night":
            if last:
                days_back = 1  # last night
            continue
        if bare in ("today", "tonight"):
            days_back = 0
        elif bare == "yesterday":
            days_back = 1
        elif bare == "last":
            last = True
        elif bare == "this":
            this = True
        elif bare in _UNITS or bare in _SEASONS:
            unit = bare
        elif bare.isalpha() and (wd := _weekday(bare)) is not None and len(bare) >= 3:
            weekday = wd
        elif bare.isalpha() and (mo := _month(bare)) is not None:
            month = mo
        elif bare[:1].isdigit():
            digits = int(re.sub(r"\D", "", bare))
            if len(re.sub(r"\D", "", bare)) == 4 and bare.isdigit() and 1900 <= digits <= 2100:
                year = digits
            elif 1 <= digits <= 31 and day is None:
                day = digits
            else:
                return None
        else:
            return None  # a word we cannot place: recent, past, next, tomorrow, ago, months, 1990s ...
    if this and days_back is None and weekday is None and unit is None:
        days_back = 0  # this morning, this afternoon
    return _resolve_parts(published_at, weekday, month, day, year, days_back, unit, last, this)


def _resolve_parts(
    pub: date | None,
    weekday: int | None,
    month: int | None,
    day: int | None,
    year: int | None,
    days_back: int | None,
    unit: str | None,
    last: bool,
    this: bool,
) -> Resolved | None:
    if unit in _SEASONS:
        return _season(pub, unit, year, last) if weekday is None and day is None and month is None else None
    if month is not None:
        return _month_day(pub, month, day, year)
    if day is not None:
        return None  # `the 9th`: no month
    if year is not None:
        if weekday is not None or unit is not None or days_back is not None or (pub and year > pub.year):
            return None
        return Resolved(f"{year:04d}", "year")
    if pub is None:
        return Resolved(None, None) if weekday is not None or days_back is not None or unit else None
    if weekday is not None:
        if this or unit is not None or days_back is not None:
            return None  # `this Friday` may be ahead; `Friday week`
        start = pub - timedelta(days=1) if last else pub
        found: date = start + relativedelta(weekday=_WEEKDAYS[weekday](-1))
        return Resolved(found.isoformat(), "day")
    if days_back is not None:
        return Resolved((pub - timedelta(days=days_back)).isoformat(), "day")
    if unit is not None and (this or last):
        return _unit_span(pub, unit, last)
    if unit == "weekend":
        return _unit_span(pub, unit, last=False)
    return None


def _season(pub: date | None, season: str, year: int | None, last: bool) -> Resolved | None:
    """`in the spring` → the year of the latest spring begun by publication; `last summer` → the one before."""
    first, _ = _SEASONS[season]
    if year is None:
        if pub is None:
            return Resolved(None, None)
        year = pub.year if pub.month >= first else pub.year - 1
        if last and pub.month >= first:
            year -= 1  # `last spring` said in May is the spring a year back
    elif pub is not None and (year, first) > (pub.year, pub.month):
        return None
    return Resolved(f"{year:04d}", "year")


def _month_day(pub: date | None, month: int, day: int | None, year: int | None) -> Resolved | None:
    """`June 9` → the most recent June 9 on or before publication; `July` → the most recent July."""
    if year is None:
        if pub is None:
            return Resolved(None, None)
        year = pub.year
        if (month, day or 1) > (pub.month, pub.day if day else 1):
            if day is not None and _days_after(pub, month, day) <= SLACK_DAYS:
                return None  # `June 10` in a piece dated June 9: a clock or an embargo, not last year's June 10
            year -= 1
    try:
        when = date(year, month, day or 1)
    except ValueError:
        return None
    if pub is not None and when > pub:
        return None  # a statement is not made after its report
    if day is None:
        return Resolved(f"{year:04d}-{month:02d}", "month")
    return Resolved(when.isoformat(), "day")


def _days_after(pub: date, month: int, day: int) -> int:
    try:
        return (date(pub.year, month, day) - pub).days
    except ValueError:
        return SLACK_DAYS + 1


def _unit_span(pub: date, unit: str, last: bool) -> Resolved | None:
    """`last week` → Monday to Sunday of the week before publication's, as its finest unit."""
    if unit == "week":
        monday: date = pub + relativedelta(weekday=MO(-1))
        if last:
            return _span(monday - timedelta(days=7), monday - timedelta(days=1))
        return _span(monday, pub)
    if unit == "weekend":
        saturday: date = pub + relativedelta(weekday=SA(-1))
        if last and pub.weekday() >= 5:
            saturday -= timedelta(days=7)
        return _span(saturday, min(saturday + timedelta(days=1), pub))
    if unit == "month":
        first = pub.replace(day=1)
        if last:
            first = (first - timedelta(days=1)).replace(day=1)
        return Resolved(f"{first.year:04d}-{first.month:02d}", "month")
    return Resolved(f"{pub.year - (1 if last else 0):04d}", "year")


def fallback(published_at: date | None) -> DateRef | None:
    """No date in the text: the publication date, or nothing."""
    if published_at is None:
        return None
    return DateRef(value=published_at.isoformat(), precision="day", text=None, source="published_at")


@dataclass(frozen=True, slots=True)
class _Said:
    """One statement: where, by whom (a name or mention, "" if unknown), and what it tells of its date."""

    pos: int
    end: int  # where its own words end: the sentence, or the quote
    para: int
    speaker: str
    date: DateRef | None  # a text date, or None
    vague: bool  # `earlier`, `recently`, `in recent months`: no date and none to carry
    documents: frozenset[str] = frozenset()  # documents its sentence names: `In a letter sent on Monday, X asked`
    written: bool = False  # dated as a text: `in an article published Wednesday`; its historical present keeps the date
    named: frozenset[str] = frozenset()  # people and bodies its sentence names: `told Bill Ruiz of the Herald`
    heard: frozenset[str] = frozenset()  # who a statement verb addresses: `told Bill Ruiz` → Bill Ruiz


@lru_cache(maxsize=4096)
def _words(name: str) -> tuple[str, ...]:
    return tuple(re.findall(r"[a-z0-9]+", name.lower().replace("\u2019s", "").replace("'s", "")))


def same_speaker(speaker: str, mention: str) -> bool:
    """`Maria Lopez` ~ `Ms. Lopez`, `the Harbour Workers Union` ~ `HWU`; `Lopez` ≁ `Lee`."""
    s, m = _words(speaker), _words(mention)
    if not s or not m:
        return False
    if s[-1] in m or m[-1] in s:
        return True
    initials = "".join(w[0] for w in speaker.split() if w[:1].isupper())
    return len(initials) > 1 and initials.lower() in m


def _same_name(one: str, other: str) -> bool:
    """`O’Reilly` ~ `Bill O’Reilly`, `the Chicago Tribune` ~ `Chicago Tribune`; `Yale` ≁ `Yale Daily News`."""
    a, b = _words(one), _words(other)
    return bool(a and b and a[-1] == b[-1])


def _is_cue(token: Token, quote: QuoteSpan) -> bool:
    """A cue whose own time is the statement's: `said`, `likened`, `according to`, `in a statement`, a verb
    whose reported clause is the quote (`“…,” Toomey fumed`); not `was`, not an infinitive (`to describe`).
    """
    if _infinitive(token):
        return False
    if _is_statement_verb(token) or token.lower_ == "according" or token.pos_ == "NOUN":
        return True
    return (
        token.pos_ == "VERB"
        and token.lemma_ not in NOT_SPEECH_LEMMAS
        and any(c.dep_ == "ccomp" and quote.start <= c.idx < quote.end for c in children(token))
    )


def _document_subject(verb: Token) -> str | None:
    """`part of the union's statement reads` → "statement"."""
    subjects = [c for c in children(verb) if c.dep_ in SUBJECT_DEPS]
    return next((t.lemma_.lower() for s in subjects for t in s.subtree if t.lemma_.lower() in DOCUMENT_NOUNS), None)


def _infinitive(token: Token) -> bool:
    """`to describe`: the `to` of an infinitive, not the preposition (both are tagged TO)."""
    return any(c.tag_ == "TO" and c.dep_ == "aux" for c in children(token))


def _is_statement_verb(token: Token) -> bool:
    return is_speech_verb(token) or (token.pos_ == "VERB" and token.lemma_.lower() in STATEMENT_VERBS)


class DateFinder:
    """Dates of the speech events of one document, asked quote by quote in text order.

    Optional, from a caller that has them already: `text` (`doc.text`, which spaCy rebuilds on
    every call), `quotes` (`marks.find_quote_spans(text)`), and `resolve_mention`, which names
    the speaker a subject mention refers to (`she` → `Maria Lopez`); without it pronouns go to
    the nearest person named before them.
    """

    def __init__(
        self,
        doc: Doc,
        published_at: date | None,
        *,
        resolve_mention: Callable[[Span], str | None] | None = None,
        text: str | None = None,
        quotes: list[QuoteSpan] | None = None,
    ) -> None:
        self.doc = doc
        self._text = text  # doc.text rebuilds the string on every call (~ms on a long article)
        self._all_quotes = quotes
        self.published_at = published_at
        self._resolve_mention = resolve_mention
        self._quoted: list[tuple[int, int]] | None = None
        self._quote_starts: list[int] = []
        self._paras: list[int] | None = None
        self._events: list[_Said] | None = None
        self._event_starts: list[int] = []
        self._marks: list[tuple[int, str | None, Span]] | None = None
        self._mark_starts: list[int] = []
        # spaCy's token.sent and span.ents walk the whole doc on every call: index them once
        self._sents: list[Span] | None = None
        self._sent_starts: list[int] = []
        self._ents: list[Span] = []
        self._ent_starts: list[int] = []
        self._by_sent: dict[int, list[Span]] = {}
        self._lone: list[int] | None = None  # token indices of lone time words (`_lone_words`)
        self._answered: list[_Said] = []
        self._names_by_sent: dict[int, frozenset[str]] = {}
        self._acts: list[tuple[int, str]] | None = None
        self._is_headline: bool | None = None
        self._act_starts: list[int] = []
        self._written_dates: set[DateRef] = set()  # dates of texts (`an article published Wednesday`)

    # --- per-document indexes, built on first use ---------------------------------------------

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = self.doc.text
        return self._text

    def _sentences(self) -> list[Span]:
        if self._sents is None:
            self._sents = list(self.doc.sents)
            self._sent_starts = [sent.start for sent in self._sents]
            self._ents = list(self.doc.ents)
            self._ent_starts = [ent.start for ent in self._ents]
        return self._sents

    def _sent_of(self, token: Token) -> Span:
        sents = self._sentences()
        return sents[bisect.bisect_right(self._sent_starts, token.i) - 1]

    def _ents_in(self, start: int, end: int) -> list[Span]:
        """Entities inside tokens start..end."""
        self._sentences()
        first = bisect.bisect_left(self._ent_starts, start)
        last = bisect.bisect_left(self._ent_starts, end, lo=first)
        return [e for e in self._ents[first:last] if e.end <= end]

    def _quote_ranges(self) -> list[tuple[int, int]]:
        """Quoted stretches, marks included, nested ones merged: sorted and disjoint, for bisecting."""
        if self._quoted is None:
            merged: list[tuple[int, int]] = []
            found = self._all_quotes if self._all_quotes is not None else find_quote_spans(self.text)
            for a, b in sorted((q.open_at, q.close_at + 1) for q in found):
                if merged and a <= merged[-1][1]:
                    merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
                else:
                    merged.append((a, b))
            self._quoted = merged
            self._quote_starts = [a for a, _ in merged]
        return self._quoted

    def _inside_quote(self, start: int, end: int) -> bool:
        ranges = self._quote_ranges()
        i = bisect.bisect_right(self._quote_starts, start) - 1
        return i >= 0 and end <= ranges[i][1]

    def _para(self, pos: int) -> int:
        """Index of the non-blank line holding `pos` (each non-blank line is a paragraph)."""
        if self._paras is None:
            starts, at = [], 0
            for line in self.text.split("\n"):
                if line.strip():
                    starts.append(at)
                at += len(line) + 1
            self._paras = starts
        return bisect.bisect_right(self._paras, pos)

    def _statements(self) -> list[_Said]:
        """Every statement verb outside quotes with a subject, its speaker and date, in text order."""
        if self._events is None:
            events = []
            named: dict[int, frozenset[str]] = {}  # documents each sentence names
            lemmas: list[int] = self.doc.to_array("LEMMA").tolist()  # one C call, not a Token per word
            for i in (i for i, lemma in enumerate(lemmas) if lemma in _STATEMENT_LEMMA_IDS):
                token = self.doc[i]
                if not _is_statement_verb(token) or _infinitive(token):
                    continue
                if self._inside_quote(token.idx, token.idx + len(token)):
                    continue
                subject = next((c for c in children(token) if c.dep_ in SUBJECT_DEPS), None)
                if subject is None:
                    continue
                speaker = self._speaker_of(subject)
                dated, vague = self._own_date(token)
                if any(c.tag_ == "MD" for c in children(token)):
                    dated, vague = None, True  # `On Thursday, Comey will testify`: not yet said, nothing to carry
                elif subject.dep_ == "nsubjpass" and token.lemma_.lower() != "quote":
                    dated = None  # `He was challenged on Wednesday`: someone else spoke to him then
                end = self._sent_of(token).end_char
                sent = self._sent_of(token)
                if sent.start not in named:
                    named[sent.start] = frozenset(t.lemma_.lower() for t in sent if t.lemma_.lower() in DOCUMENT_NOUNS)
                documents = named[sent.start]
                events.append(
                    _Said(
                        token.idx,
                        end,
                        self._para(token.idx),
                        speaker,
                        dated,
                        vague,
                        documents,
                        named=self._named(sent) | _heard(token),
                        heard=_heard(token),
                    )
                )
            events.extend(self._occasions())
            events.sort(key=lambda e: e.pos)
            self._written_dates = {e.date for e in events if e.written and e.date is not None}
            for k, event in enumerate(events):
                if event.date is None and not event.vague and event.named:
                    linked = self._linked_event(events, k)
                    if linked is not None:
                        events[k] = replace(event, date=linked)
            self._events = events
            self._event_starts = [e.pos for e in events]
        return self._events

    def _occasions(self) -> list[_Said]:
        """Dated past-tense main clauses outside quotes, one event per actor: `Hart was blunt on Saturday`."""
        found: list[_Said] = []
        for sent in self._sentences():
            for expr in self._candidates(sent):
                if self._inside_quote(expr.start_char, expr.end_char) or _title(expr, sent):
                    continue
                resolved = resolve(expr.text, self.published_at)
                if resolved is None or resolved.value is None:
                    continue
                verb = occasions.occasion_verb(expr.root)
                if verb is None or _is_statement_verb(verb) or not occasions.is_main_event(verb):
                    continue  # a statement verb is an event already, with its own date
                if self._inside_quote(verb.idx, verb.idx + len(verb)):
                    continue
                same_day = occasions.SAME_DAY_PREPS if resolved.precision == "day" else frozenset()
                attached = _climb(expr.root, verb, same_day) is not None and occasions.through_occasions(expr, verb)
                if not attached and not occasions.on_subject(expr, verb):
                    continue
                when = DateRef(resolved.value, resolved.precision, _with_prep(expr), "text")
                para = self._para(verb.idx)
                written = occasions.is_publication(verb)
                for actor in occasions.actors(verb):
                    for name in {self._actor_name(actor), self._speaker_of(actor, literal=True)} - {""}:
                        found.append(
                            _Said(
                                verb.idx,
                                sent.end_char,
                                para,
                                name,
                                when,
                                False,
                                written=written,
                                named=self._named(sent) | _heard(verb),
                            )
                        )
        return found

    def _named(self, sent: Span) -> frozenset[str]:
        """People and bodies a sentence names outside its quotes: the listeners and venues of its occasion."""
        if sent.start not in self._names_by_sent:
            self._names_by_sent[sent.start] = frozenset(
                ent.text
                for ent in self._ents_in(sent.start, sent.end)
                if ent.label_ in ("PERSON", "ORG", "WORK_OF_ART")
                and not self._inside_quote(ent.start_char, ent.end_char)
                and ent[-1].tag_ != "POS"  # `Trump’s`: whose, not who heard
            )
        return self._names_by_sent[sent.start]

    def _actor_name(self, token: Token) -> str:
        """`Hillary Clinton` in `Bernie Sanders and Hillary Clinton stood`: the entity it is in, else the subject."""
        for ent in self._ents_in(max(0, token.i - 8), token.i + 8):
            if ent.start <= token.i < ent.end and ent.label_ in ("PERSON", "ORG", "NORP"):
                if self._resolve_mention is not None:
                    return self._resolve_mention(ent) or ent.text
                return ent.text
        return self._speaker_of(token)

    def _speaker_of(self, subject: Token, *, literal: bool = False) -> str:
        """The subject's name: `Ms. Lopez`; a pronoun → the nearest person named before it.

        `literal`: as the subject words it, not as `resolve_mention` names it (`the Journal editorial board`).
        """
        span = self.doc[subject.left_edge.i : subject.right_edge.i + 1]
        if self._resolve_mention is not None and not literal:
            name = self._resolve_mention(span)
            if name:
                return name
        if subject.lower_ in PRONOUNS:
            if subject.lower_ not in ("he", "she"):
                return ""
            self._sentences()
            last = bisect.bisect_left(self._ent_starts, subject.i)
            people = [e for e in self._ents[max(0, last - 30) : last] if e.label_ == "PERSON" and e.end <= subject.i]
            return people[-1].text if people else ""
        for ent in self._ents_in(span.start, span.end):
            if ent.label_ in ("PERSON", "ORG", "NORP", "GPE"):
                return _with_head_noun(ent)
        return " ".join(t.text for t in subject.subtree if t.dep_ in ("compound", "amod") or t == subject)

    # --- the time expression on one verb --------------------------------------------------------

    def _candidates(self, sent: Span) -> list[Span]:
        if sent.start not in self._by_sent:
            self._by_sent[sent.start] = self._find_candidates(sent)
        return self._by_sent[sent.start]

    def _lone_words(self) -> list[int]:
        """Where the doc writes a weekday, today, yesterday or tonight (one array pass, read once)."""
        if self._lone is None:
            self._lone = numpy.flatnonzero(numpy.isin(self.doc.to_array("LOWER"), _LONE_IDS)).tolist()
        return self._lone

    def _find_candidates(self, sent: Span) -> list[Span]:
        """Time entities of the sentence, plus a lone weekday/today/yesterday the tagger missed.

        Neighbours, or neighbours joined by a comma, are one expression when together they still
        read as a date: `Wednesday night`, `today, May 29`; not `on Thursday, hours after ...`.
        """
        found: list[Span] = [ent for ent in self._ents_in(sent.start, sent.end) if ent.label_ in TIME_LABELS]
        covered = {i for ent in found for i in range(ent.start, ent.end)}
        lone = self._lone_words()
        first = bisect.bisect_left(lone, sent.start)
        for token in (self.doc[k] for k in lone[first : bisect.bisect_left(lone, sent.end, lo=first)]):
            lower = token.lower_
            if lower in _LONE_TIME_WORDS and token.i not in covered and (lower in _DEICTIC or token.pos_ == "PROPN"):
                found.append(self.doc[token.i : token.i + 1])
        found.sort(key=lambda span: span.start)
        merged: list[Span] = []
        for span in found:
            prev = merged[-1] if merged else None
            joined = prev is not None and (
                span.start == prev.end or (span.start == prev.end + 1 and self.doc[prev.end].text == ",")
            )
            if prev is not None and joined and resolve(self.doc[prev.start : span.end].text, self.published_at):
                merged[-1] = self.doc[prev.start : span.end]
            else:
                merged.append(span)
        return merged

    def _path(self, verb: Token, expr: Span) -> int | None:
        """Links from the expression up to `verb`, when it hangs from it as an adverbial; else None."""
        best: int | None = None
        for token in expr:
            if expr.start <= token.head.i < expr.end and token.head.i != token.i:
                continue
            head = token.head
            if token.dep_ in MODIFIER_DEPS and self._inside_quote(head.idx, head.idx + len(head)):
                continue  # `his 1994 “Contract with America”`: it dates the quoted thing
            steps = _climb(token, verb)
            if steps is not None and (best is None or steps < best):
                best = steps
        if best is None and _said_when(verb, expr):
            best = 1
        return best

    def _own_date(self, verb: Token) -> tuple[DateRef | None, bool]:
        """The date attached to the speech event `verb` (or a verb it hangs from), and whether it is vague."""
        verbs = [verb]
        while verbs[-1].dep_ in UP_DEPS and verbs[-1].head.i != verbs[-1].i and len(verbs) < 3:
            head = verbs[-1].head
            if not (_is_statement_verb(head) or head.dep_ in MAIN_DEPS):
                break  # `said the port would reopen on Friday, calling it ...`: reopen is reported content
            verbs.append(head)
        vague = any(c.dep_ == "advmod" and c.lower_ in VAGUE_ADVERBS for v in verbs for c in children(v))
        sent = self._sent_of(verb)
        found: list[tuple[int, int, Span]] = []
        with_speaker = verbs + _speaker_clauses(verb)
        for expr in self._candidates(sent):
            if self._inside_quote(expr.start_char, expr.end_char) or _title(expr, sent):
                continue
            for rank, v in enumerate(with_speaker):
                steps = self._path(v, expr)
                if steps is not None:
                    found.append((rank, steps, expr))
                    break
        found.sort(key=lambda f: (f[0], f[1]))
        for _, _, expr in found:
            resolved = resolve(expr.text, self.published_at)
            if resolved is not None:
                return DateRef(resolved.value, resolved.precision, _with_prep(expr), "text"), False
        return None, vague or bool(found)

    # --- the public question --------------------------------------------------------------------

    def date_for(self, quote: QuoteSpan, cue: Span | None, speaker: str | None) -> DateRef | None:
        """`“…,” she said on Friday.` → Friday before publication; no date in the text → fallback."""
        para = self._para(quote.open_at)
        dated: DateRef | None = None
        vague = False
        verb = cue.root if cue is not None and _is_cue(cue.root, quote) else None
        tense = _tense(verb) if verb is not None else None
        document = _document_subject(verb) if verb is not None else None
        if tense == "present" and document:
            tense = None  # `“…,” the statement reads`: a document's historical present
        if verb is not None:
            dated, vague = self._own_date(verb)
            if dated is not None and tense == "present" and dated.value != self._today():
                dated = None  # `Last September, when ..., Babar says he called`: the date is another event's
        if dated is None and verb is not None and _says_then(verb):
            dated = self._then(verb)
        written = False
        if dated is None and not vague and speaker:
            if tense not in ("present", "perfect"):  # `X says` is today's news, not the occasion told before
                dated, vague = self._carried(quote, para, speaker, verb, document)
            else:  # `“…,” the board writes` after `an editorial published Wednesday`: the text's date
                written = tense == "present"
                dated, _ = (
                    self._carried(quote, para, speaker, verb, document, written=written) if written else (None, False)
                )
                dated = dated or self._ahead(quote, para, speaker)
        headline = dated is None and not vague and bool(speaker) and para == 1 and (cue is None or self._headline())
        if headline and speaker:
            dated = self._ahead(quote, para, speaker, reach=2)  # `Lopez Takes Plan ‘Very Seriously’` over the story
        cue_root = cue.root if cue is not None else None
        if vague and cue_root is not None and self._same_occasion(cue_root):
            vague, dated = False, self._in_frame(quote, para, speaker or "", verb, cue_root, anyone=True)
        elif dated is None and not vague and speaker and tense not in ("present", "perfect"):
            dated = self._in_frame(quote, para, speaker, verb, cue_root)
            if dated is None and verb is not None and verb.lemma_.lower() in CONTINUING:
                dated = self._continued(para)
        if speaker:
            written = written or (dated is not None and dated in self._written_dates)
            told = None if headline else dated  # a headline's date comes from the story; it dates nothing there
            self._answered.append(_Said(quote.open_at, quote.close_at, para, speaker, told, vague, written=written))
        return dated if dated is not None else fallback(self.published_at)

    def _then(self, verb: Token) -> DateRef | None:
        """`… made at a Dec. 4 rally. “…,” he said then.`: the last past time the story named before the cue,
        up to THEN_SENTENCES sentences back (outside quotes)."""
        sents = self._sentences()
        n = bisect.bisect_right(self._sent_starts, verb.i) - 1
        told = 0  # sentences of the story's own words passed (the quote's own sentences do not count)
        for sent in reversed(sents[max(0, n - MAX_CARRY_EVENTS) : n + 1]):
            if self._inside_quote(sent.start_char, sent.start_char + 1):
                continue
            told += 1
            if told > THEN_SENTENCES:
                break
            for expr in reversed(self._candidates(sent)):
                if expr.start >= verb.i or self._inside_quote(expr.start_char, expr.end_char) or _title(expr, sent):
                    continue
                resolved = resolve(expr.text, self.published_at)
                if resolved is not None and resolved.value is not None:
                    return DateRef(resolved.value, resolved.precision, _with_prep(expr), "text")
        return None

    def _in_frame(
        self, quote: QuoteSpan, para: int, speaker: str, cue: Token | None, cue_root: Token | None, anyone: bool = False
    ) -> DateRef | None:
        """The occasion the story is telling: the latest dated one of anyone, up to FRAME_PARAS paragraphs back,
        when the speaker has taken part in it since (`Ruiz and Hale debated on Thursday. ... Cruz stuck to policy.
        “…,” Cruz said.`) or the cue's sentence names it (`Weighing in on the discussion, Hale said`).

        An interviewee quoted only through his cue (`“…,” said a pollster`) has taken no part: no date.
        """
        events = self._statements()
        skip = cue.idx if cue is not None else -1
        first = bisect.bisect_left(self._event_starts, quote.open_at) - 1
        for n, event in enumerate(events[i] for i in range(first, -1, -1) if events[i].pos != skip):
            if n >= MAX_CARRY_EVENTS or (event.para < para - FRAME_PARAS and not anyone):
                return None  # (`the same day` points back at the occasion in focus, however far)
            if event.vague:
                return None  # `On Thursday, Comey will testify`, `Earlier, X said`: the story left that occasion
            if event.date is None or event.written:
                continue  # (a text's date is its own, no frame for others' words)
            if event.date.precision != "day" and event.para != para:
                return None  # `last week`, `in 2013`: a frame too wide to put words in, beyond its own paragraph
            if anyone or event.para == para or self._acted(speaker, event.pos + 1, quote.open_at):
                return event.date  # (the paragraph that tells an occasion quotes from it)
            if cue_root is not None and self._names_occasion(cue_root):
                return event.date
            return None
        return None

    def _actions(self) -> list[tuple[int, str]]:
        """Past main clauses outside quotes, with their subject's name: `Cruz stuck to policy`; not a statement verb
        in a sentence with a quote, which is a cue (`“…,” said a voter`), not taking part; not in a sentence with
        a time of its own.
        """
        if self._acts is None:
            acts: list[tuple[int, str]] = []
            for sent in self._sentences():
                quoted = self._quote_between(sent.start_char, sent.end_char)
                if any(not self._inside_quote(e.start_char, e.end_char) for e in self._candidates(sent)):
                    continue  # `Over the weekend, Trump failed to ...`: an action with a time of its own
                for token in sent:
                    if token.dep_ not in MAIN_DEPS or token.pos_ not in ("VERB", "AUX") or not occasions.is_past(token):
                        continue
                    if self._inside_quote(token.idx, token.idx + 1) or (quoted and _is_statement_verb(token)):
                        continue
                    for subject in (c for c in children(token) if c.dep_ in SUBJECT_DEPS):
                        acts.append((token.idx, self._speaker_of(subject)))
            self._acts = acts
            self._act_starts = [pos for pos, _ in acts]
        return self._acts

    def _quote_between(self, start: int, end: int) -> bool:
        ranges = self._quote_ranges()
        i = bisect.bisect_left(self._quote_starts, start)
        return i < len(ranges) and ranges[i][0] < end

    def _acted(self, speaker: str, start: int, end: int) -> bool:
        acts = self._actions()
        first = bisect.bisect_left(self._act_starts, start)
        last = bisect.bisect_left(self._act_starts, end, lo=first)
        return any(same_speaker(speaker, name) for _, name in acts[first:last])

    def _headline(self) -> bool:
        """The first paragraph is a title: most of its longer words capitalized (`Lopez Takes Plan ‘Seriously’`)."""
        if self._is_headline is None:
            first = self.text[:300].split("\n", 1)[0]
            words = re.findall(r"[^\W\d_]{4,}", first)
            self._is_headline = len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)
        return self._is_headline

    def _continued(self, para: int) -> DateRef | None:
        """`“…,” added his campaign manager` after a quote dated Tuesday night, in this paragraph or the one before."""
        for answered in reversed(self._answered[-MAX_CARRY_EVENTS:]):
            if answered.para < para - 1:
                return None
            if answered.date is not None:
                return answered.date
        return None

    def _same_occasion(self, cue: Token) -> bool:
        """`On the same day that ..., Trump said`: a time pointing back at the occasion in focus."""
        sent = self._sent_of(cue)
        return any(
            t.lower_ == "same"
            and t.head.lower_ in ("day", "night", "evening")
            and not self._inside_quote(t.idx, t.idx + 1)
            for t in sent
        )

    def _names_occasion(self, cue: Token) -> bool:
        """`Weighing in on the discussion, Hale said`: the cue's sentence points back at an occasion told before."""
        return any(
            t.lower_ == "the" and t.head.lemma_.lower() in occasions.OCCASION_NOUNS and t.head.i > t.i
            for t in self._sent_of(cue)
            if not self._inside_quote(t.idx, t.idx + 1)
        )

    def _today(self) -> str | None:
        return self.published_at.isoformat() if self.published_at else None

    def _carried(
        self,
        quote: QuoteSpan,
        para: int,
        speaker: str,
        cue: Token | None,
        document: str | None = None,
        *,
        written: bool = False,
    ) -> tuple[DateRef | None, bool]:
        """The speaker's previous statement or occasion, up to CARRY_PARAS paragraphs back (further by hopping
        through their undated statements), unless another occasion with another date comes between.

        A quoted document (`“…,” the letter says`) continues the statement that named it.
        """
        if cue is not None and (linked := self._linked(quote, speaker, cue)) is not None:
            return linked, False
        reach = para
        others: set[str | None] = set()  # dates of other speakers' occasions passed on the way back
        continuing = cue is not None and cue.lemma_.lower() in CONTINUING  # `added`: the same statement goes on
        for n, event in enumerate(self._history(quote.open_at, cue.idx if cue is not None else -1)):
            if event.para < min(reach - 1, para - CARRY_PARAS) or n >= MAX_CARRY_EVENTS:
                break
            if (
                not same_speaker(speaker, event.speaker)
                and document not in event.documents
                and not (event.heard and event.date is not None and any(_same_name(speaker, h) for h in event.heard))
            ):
                if event.date is not None:
                    others.add(event.date.value)
                continue
            if event.date is not None:
                if written and not event.written:
                    return None, False  # `X said on Monday ... X says`: today's words, not Monday's
                if event.para < para - 1 and others - {event.date.value} and not event.written:
                    return None, False  # `On Monday, his spokesman added ...`: the story moved to another occasion
                if not event.written and self._time_moved(
                    speaker, event.end, quote.open_at, event.date.value, continuing
                ):
                    return (
                        None,
                        True,
                    )  # (a text's date stays: `published Wednesday ... who spoke on Tuesday, it writes`)
                return event.date, False
            if event.vague:
                return None, True
            reach = event.para
        return None, False

    def _linked(self, quote: QuoteSpan, speaker: str, cue: Token) -> DateRef | None:
        """`“…,” Ruiz told Hale` after `On Friday, Ruiz told Tom Hale ...`: the occasion with that listener.

        The latest dated statement or occasion of the speaker whose sentence names someone the cue's sentence
        names too (not the speaker), within MAX_CARRY_EVENTS events back.
        """
        names = [n for n in self._named(self._sent_of(cue)) | _heard(cue) if not same_speaker(speaker, n)]
        if not names:
            return None
        for n, event in enumerate(self._history(quote.open_at, cue.idx)):
            if n >= MAX_CARRY_EVENTS:
                break
            if event.date is None or not same_speaker(speaker, event.speaker):
                continue
            if any(_same_name(name, other) for name in names for other in event.named):
                return event.date
        return None

    def _linked_event(self, events: list[_Said], k: int) -> DateRef | None:
        """`In his interview with the Herald, Ruiz said` after `Ruiz was interviewed Thursday by the Herald`."""
        event = events[k]
        names = [n for n in event.named if not same_speaker(event.speaker, n)]
        for other in reversed(events[max(0, k - MAX_CARRY_EVENTS) : k]):
            if other.date is None or not same_speaker(event.speaker, other.speaker):
                continue
            if any(_same_name(name, heard) for name in names for heard in other.named):
                return other.date
        return None

    def _history(self, before: int, skip: int) -> Iterator[_Said]:
        """Statements and answered quotes before `before`, latest first (both lists are in text order)."""
        events = self._statements()
        i = bisect.bisect_left(self._event_starts, before) - 1
        j = len(self._answered) - 1
        while j >= 0 and self._answered[j].pos >= before:
            j -= 1
        while i >= 0 or j >= 0:
            if j < 0 or (i >= 0 and events[i].pos > self._answered[j].pos):
                if events[i].pos != skip:
                    yield events[i]
                i -= 1
            else:
                yield self._answered[j]
                j -= 1

    def _time_marks(self) -> list[tuple[int, str | None, Span]]:
        """Time adverbials outside quotes (`in July`, `Last month`): position, value, sentence."""
        if self._marks is None:
            marks = []
            for sent in self._sentences():
                for expr in self._candidates(sent):
                    if self._inside_quote(expr.start_char, expr.end_char) or not _adverbial(expr):
                        continue
                    resolved = resolve(expr.text, self.published_at)
                    marks.append((expr.start_char, resolved.value if resolved else None, sent))
            self._marks = marks
            self._mark_starts = [pos for pos, _, _ in marks]
        return self._marks

    def _time_moved(self, speaker: str, start: int, end: int, value: str | None, continuing: bool = False) -> bool:
        """Between a dated statement and the quote, the story moved to another time around the same speaker.

        `Cruz posted on Friday ... Cruz, who refused in July, urged delegates to "..."` → not Friday; but a cue
        that goes on with the same statement (`Menon, who took office in May, added`) keeps it: the relative
        clause tells the speaker's past, not the story's time.
        """
        marks = self._time_marks()
        first = bisect.bisect_left(self._mark_starts, start)
        for pos, other, sent in marks[first:]:
            if pos >= end:
                break
            if other != value and self._mentions(sent, speaker) and not (continuing and self._in_relative(pos)):
                return True
        return False

    def _in_relative(self, pos: int) -> bool:
        """Is the word at `pos` inside a relative clause (`Menon, who took office in May,`)?"""
        span = self.doc.char_span(pos, pos + 1, alignment_mode="expand")
        if span is None or not len(span):
            return False
        token = span[0]
        for _ in range(MAX_PATH):
            if token.dep_ == "relcl":
                return True
            if token.head.i == token.i:
                return False
            token = token.head
        return False

    def _mentions(self, sent: Span, speaker: str) -> bool:
        """The speaker is a subject in the sentence (`Cruz, who refused in July, urged`); an object or a mention
        elsewhere (`Rubio, whose primary is on Tuesday, did not challenge Trump`) moves no time of theirs.
        """
        return any(t.dep_ in SUBJECT_DEPS and same_speaker(speaker, self._speaker_of(t)) for t in sent)

    def _ahead(self, quote: QuoteSpan, para: int, speaker: str, reach: int = 1) -> DateRef | None:
        """A lede's next statement by the same speaker, in this paragraph or the next, when dated.

        A headline's quote (`reach` 2) looks past the speaker's undated mentions to their first dated one.
        """
        events = self._statements()
        first = bisect.bisect_right(self._event_starts, quote.close_at)
        for event in events[first:]:
            if event.para > para + reach:
                break
            if same_speaker(speaker, event.speaker) and (event.date is not None or reach == 1):
                return event.date
        return None


def _climb(token: Token, verb: Token, same_day: frozenset[str] = frozenset()) -> int | None:
    """Steps from a time word up to `verb` through adverbial links only; None if it belongs elsewhere.

    `same_day` names prepositions (after, following) whose noun's day is the verb's too: `blunt after
    Saturday's loss`, `blunt after the loss on Saturday`.
    """
    if _era(token):
        return None
    if token.dep_ in MODIFIER_DEPS:
        token = token.head  # the noun it modifies must be a time frame in its own right: `at a May 24 news conference`
        while token.dep_ in ("compound", "nmod", "amod") and token.head.i != token.i:
            token = token.head
        if token.head.i == verb.i and token.lemma_.lower() in DOCUMENT_NOUNS and _speaking_text(token, verb):
            return 1  # `a 2013 article concluded`, `Tuesday's statement said`: the text that speaks
        if token.dep_ != "pobj":
            return None
    if token.dep_ == "pobj":
        if token.head.lower_ == "over" and token.pos_ == "NOUN" and token.ent_type_ not in TIME_LABELS:
            return None  # `challenged over his statement on Wednesday`: the topic's date; `over the weekend` stays
        if token.head.lower_ not in DATE_PREPS and token.head.lower_ not in same_day:
            return None  # since 2021, until Friday, before 2003
    elif token.dep_ not in ADVERBIAL_DEPS:
        return None
    steps, nouns, current = 0, 0, token
    while current.i != verb.i:
        dep = current.dep_
        if dep not in PATH_DEPS or steps >= MAX_PATH:
            return None
        if dep == "pobj" and current is not token:
            nouns += 1
            if nouns > MAX_NOUNS:
                return None
        if dep == "advcl" and not _is_statement_verb(current):
            return None  # `citing the 2003 deal`: another event
        if dep == "advcl" and any(c.dep_ == "mark" and c.lower_ in OTHER_EVENT_MARKS for c in children(current)):
            return None  # `since he announced his candidacy last year, he's said`
        if dep == "acl" and (_infinitive(current) or any(c.dep_ == "mark" for c in children(current))):
            return None  # `the claim that there were shootings this year`, `a reference to describe ...`
        if dep == "prep" and current.lower_ in OTHER_EVENT_PREPS and not _same_day(current, same_day):
            return None
        if dep == "conj" and current.pos_ in ("VERB", "AUX"):
            return None  # `met him on Monday and said`: the date is the meeting's
        if current.head.i == current.i:
            return None
        current = current.head
        steps += 1
    return steps


def _said_when(verb: Token, expr: Span) -> bool:
    """`Ruiz said on Tuesday she would close the bridge`: the parser hangs the time on the reported clause, but a
    time right after the speech verb and before that clause's subject, with no `that` between, is the saying's
    (`said she would close it on Tuesday` and `said that on Tuesday she would` stay the clause's)."""
    doc = verb.doc
    if not _is_statement_verb(verb) or not verb.i < expr.start <= verb.i + 2:
        return False
    if any(t.pos_ != "ADP" for t in doc[verb.i + 1 : expr.start]):
        return False  # only a preposition between: `said on Tuesday`, `said Tuesday`
    clause = next((c for c in children(verb) if c.dep_ == "ccomp" and c.i >= expr.end), None)
    subject = next((c for c in children(clause) if c.dep_ in SUBJECT_DEPS), None) if clause is not None else None
    if subject is None:
        return False
    gap = doc[expr.end : subject.left_edge.i]
    return subject.left_edge.i >= expr.end and all(t.text == "," for t in gap)


def _says_then(verb: Token) -> bool:
    """`he said then`, `she said at the time`: the words date from the time just told."""
    for child in children(verb):
        if child.i < verb.i:
            continue
        if child.dep_ == "advmod" and child.lower_ == "then":
            return True
        if child.dep_ == "prep" and child.lower_ == "at" and child.nbor(1).lower_ == "the":
            return any(g.lower_ == "time" and g.dep_ == "pobj" and g.i == child.i + 2 for g in children(child))
    return False


def _era(token: Token) -> bool:
    """`the views of Democrats today`, `the party now`: the present age of a noun, not a day anyone spoke;
    `in an interview today` and `a statement today` date their occasion or text."""
    head = token.head
    return (
        token.lower_ in ("today", "now")
        and token.dep_ == "npadvmod"
        and head.pos_ in ("NOUN", "PROPN")
        and head.lemma_.lower() not in occasions.OCCASION_NOUNS
        and head.lemma_.lower() not in DOCUMENT_NOUNS
    )


def _with_head_noun(ent: Span) -> str:
    """`the Wall Street Journal` in `the Wall Street Journal editorial board` → the board, named in full."""
    root = ent[-1]  # not Span.root, which may be the leading `the` (it hangs from the same head)
    head = root.head
    if root.dep_ in ("compound", "nmod") and head.pos_ == "NOUN" and ent.end <= head.i <= ent.end + 2:
        return ent.doc[ent.start : head.i + 1].text
    return ent.text


def _heard(verb: Token) -> frozenset[str]:
    """`told Bill O’Reilly` → {"Bill O’Reilly"}: a capitalized listener the tagger may not make an entity."""
    found = set()
    for child in children(verb):
        if child.dep_ in LISTENER_DEPS and child.text[:1].isupper():
            first = min((c.i for c in children(child) if c.dep_ == "compound"), default=child.i)
            found.add(child.doc[first : child.i + 1].text)
    return frozenset(found)


def _speaking_text(noun: Token, verb: Token) -> bool:
    """`a 2013 report concluded` / `“…,” concluded a 2013 report` (parsed as object); not `criticized the report`."""
    if noun.dep_ in SUBJECT_DEPS:
        return True
    inverted = any(c.dep_ == "ccomp" and c.i < verb.i for c in children(verb))
    return noun.dep_ == "dobj" and inverted and not any(c.dep_ in SUBJECT_DEPS for c in children(verb))


def _same_day(prep: Token, same_day: frozenset[str]) -> bool:
    """`after the loss` with after in `same_day`: a noun's day is the verb's; `after suggesting` never."""
    return prep.lower_ in same_day and any(c.dep_ == "pobj" and c.pos_ != "VERB" for c in children(prep))


def _speaker_clauses(verb: Token) -> list[Token]:
    """`X, speaking on Friday, said` / `according to X, who spoke on Friday,`: statement verbs on the speaker."""
    mentions = [c for c in children(verb) if c.dep_ in SUBJECT_DEPS]
    if verb.lower_ == "according":
        mentions += [g for c in children(verb) if c.lower_ == "to" for g in children(c) if g.dep_ == "pobj"]
    return [c for m in mentions for c in children(m) if c.dep_ in ("acl", "relcl") and _is_statement_verb(c)]


def _title(expr: Span, sent: Span) -> bool:
    """`on ABC's This Week`: a programme's name; `One Sunday in late 2001`, `every Friday`: no particular day."""
    doc = expr.doc
    before = doc[expr.start - 1] if expr.start > 0 else None
    if before is not None and before.tag_ == "POS":
        return True
    if before is not None and before.lower_ in INDEFINITE and expr.start <= before.head.i < expr.end:
        return True  # the determiner is the date's own, not the noun's it modifies (`a May 24 news conference`)
    return expr.start > sent.start and expr[0].text in ("This", "Last", "Next")


def _adverbial(expr: Span) -> bool:
    """`in July`, `Last month,`, `Friday` framing a clause; not `his 1995 return` or `since 2021`."""
    for token in expr:
        if (expr.start <= token.head.i < expr.end and token.head.i != token.i) or _era(token):
            continue
        if token.dep_ == "pobj" and token.head.lower_ in DATE_PREPS:
            return True
        if token.dep_ in ADVERBIAL_DEPS and token.dep_ != "pobj":
            return True
    return False


def _tense(verb: Token) -> str | None:
    """`says` → "present", `has criticized` → "perfect", `said`, `had said` → "past", from the finite verb."""
    current = verb
    for _ in range(3):
        auxes = [c for c in children(current) if c.dep_ == "aux" and c.lemma_ == "have"]
        if any(a.tag_ in ("VBZ", "VBP") for a in auxes):
            return "perfect"
        if not auxes and current.tag_ in ("VBZ", "VBP"):
            return "present"
        if current.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
            return "past"
        if current.dep_ not in UP_DEPS or current.head.i == current.i:
            return None
        current = current.head
    return None


def _with_prep(expr: Span) -> str:
    """`Sunday, June 9` under `on` → `on Sunday, June 9`: the words that fix the date."""
    doc = expr.doc
    start = expr.start
    before = doc[start - 1] if start > 0 else None
    governs = before is not None and any(t.dep_ == "pobj" and t.head.i == before.i for t in expr)
    if before is not None and governs and before.lower_ in DATE_PREPS:
        start -= 1
    elif expr[0].lower_ in ("a", "an") and len(expr) > 1:
        start += 1  # `in a June 10, 2009 email` → `June 10, 2009`
    return doc[start : expr.end].text
