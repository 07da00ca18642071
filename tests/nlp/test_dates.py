"""Dates of statements: the resolver on its own, then real sentences through the pipeline."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from service.nlp.attributor import QuoteAttributor
from service.nlp.dates import DateFinder, Resolved, fallback, resolve, same_speaker
from service.nlp.marks import find_quote_spans
from service.nlp.types import DateRef

WED = date(2024, 5, 29)  # a Wednesday
MON = date(2024, 5, 27)  # a Monday

# --- the resolver: expression + published_at → value and precision ----------------------------

RESOLVE = [
    # weekdays: the most recent such day on or before publication
    ("monday-on-a-monday", "on Monday", MON, Resolved("2024-05-27", "day")),
    ("sunday-before-a-monday", "on Sunday", MON, Resolved("2024-05-26", "day")),
    ("tuesday-before-a-monday", "Tuesday", MON, Resolved("2024-05-21", "day")),
    ("friday-before-a-wednesday", "Friday", WED, Resolved("2024-05-24", "day")),
    ("wednesday-same-day", "Wednesday", WED, Resolved("2024-05-29", "day")),
    ("abbreviated-weekday", "Thurs.", WED, Resolved("2024-05-23", "day")),
    ("weekday-with-day-part", "Friday night", WED, Resolved("2024-05-24", "day")),
    ("last-weekday-is-strictly-before", "last Wednesday", WED, Resolved("2024-05-22", "day")),
    ("weekday-possessive", "Tuesday's", WED, Resolved("2024-05-28", "day")),
    ("later-weekday", "later Tuesday", WED, Resolved("2024-05-28", "day")),
    # deictic days
    ("today", "today", WED, Resolved("2024-05-29", "day")),
    ("this-morning", "this morning", WED, Resolved("2024-05-29", "day")),
    ("yesterday", "yesterday", WED, Resolved("2024-05-28", "day")),
    ("yesterday-leap-day", "yesterday", date(2024, 3, 1), Resolved("2024-02-29", "day")),
    ("last-night", "last night", WED, Resolved("2024-05-28", "day")),
    # month and day
    ("month-day-this-year", "May 28", WED, Resolved("2024-05-28", "day")),
    ("month-day-same-day", "May 29", WED, Resolved("2024-05-29", "day")),
    ("month-day-across-year-end", "on December 30", date(2025, 1, 3), Resolved("2024-12-30", "day")),
    ("month-day-later-in-year-is-last-year", "June 9", WED, Resolved("2023-06-09", "day")),
    ("month-day-just-after-publication", "May 30", WED, None),
    ("weekday-and-month-day", "on Sunday, June 9", date(2024, 6, 10), Resolved("2024-06-09", "day")),
    ("explicit-date-beats-today", "today, May 28", WED, Resolved("2024-05-28", "day")),
    ("abbreviated-month", "Sept. 11", date(2016, 9, 12), Resolved("2016-09-11", "day")),
    ("ordinal-day", "June 9th", date(2024, 6, 10), Resolved("2024-06-09", "day")),
    ("full-date", "June 9, 2023", date(2024, 6, 10), Resolved("2023-06-09", "day")),
    ("full-date-with-article", "a June 10, 2009", WED, Resolved("2009-06-10", "day")),
    # months and years
    ("in-july", "in July", date(2024, 10, 4), Resolved("2024-07", "month")),
    ("month-of-publication", "in May", WED, Resolved("2024-05", "month")),
    ("later-month-is-last-year", "in August", WED, Resolved("2023-08", "month")),
    ("month-and-year", "in July 2023", WED, Resolved("2023-07", "month")),
    ("late-month", "in late April", WED, Resolved("2024-04", "month")),
    ("this-month", "earlier this month", WED, Resolved("2024-05", "month")),
    ("last-month-across-year-end", "last month", date(2025, 1, 15), Resolved("2024-12", "month")),
    ("year", "in 2019", WED, Resolved("2019", "year")),
    ("last-year", "last year", WED, Resolved("2023", "year")),
    # seasons: the year of the latest such season begun by publication
    ("in-the-spring", "in the spring", date(2024, 11, 2), Resolved("2024", "year")),
    ("summer-not-yet-begun-is-last-year", "later in the summer", WED, Resolved("2023", "year")),
    ("last-spring-during-spring", "last spring", WED, Resolved("2023", "year")),
    ("fall-with-year", "in the fall of 2019", WED, Resolved("2019", "year")),
    ("winter-straddles-a-year", "in the winter", WED, None),
    # week spans: the finest unit that holds the whole span
    ("last-week-inside-a-month", "last week", WED, Resolved("2024-05", "month")),
    ("last-week-across-months", "last week", date(2024, 6, 5), Resolved("2024", "year")),
    ("last-week-across-year-end", "last week", date(2025, 1, 8), None),
    ("this-week", "this week", WED, Resolved("2024-05", "month")),
    ("this-week-on-a-monday", "this week", MON, Resolved("2024-05-27", "day")),
    ("weekend-before-a-wednesday", "over the weekend", WED, Resolved("2024-05", "month")),
    # not the date of a statement
    ("recent-months", "in recent months", WED, None),
    ("decade", "the 1990s", WED, None),
    ("future-relative", "next week", WED, None),
    ("tomorrow", "tomorrow", WED, None),
    ("this-weekday-may-be-ahead", "this Friday", WED, None),
    ("ago", "two weeks ago", WED, None),
    ("day-without-month", "the 9th", WED, None),
    ("future-year", "in 2030", WED, None),
    ("future-full-date", "June 9, 2025", WED, None),
    ("impossible-date", "February 30", WED, None),
    # without published_at: only what the text fixes on its own
    ("no-pub-weekday", "on Friday", None, Resolved(None, None)),
    ("no-pub-month-day", "June 9", None, Resolved(None, None)),
    ("no-pub-month", "in July", None, Resolved(None, None)),
    ("no-pub-full-date", "June 9, 2023", None, Resolved("2023-06-09", "day")),
    ("no-pub-month-year", "July 2023", None, Resolved("2023-07", "month")),
    ("no-pub-year", "in 2019", None, Resolved("2019", "year")),
    ("no-pub-vague", "in recent months", None, None),
]


@pytest.mark.parametrize(
    ("expression", "published_at", "expected"), [r[1:] for r in RESOLVE], ids=[r[0] for r in RESOLVE]
)
def test_resolve(expression: str, published_at: date | None, expected: Resolved | None) -> None:
    assert resolve(expression, published_at) == expected


def test_fallback() -> None:
    assert fallback(WED) == DateRef("2024-05-29", "day", None, "published_at")
    assert fallback(None) is None


SAME = [
    ("surname", "Maria Lopez", "Ms. Lopez", True),
    ("full", "Maria Lopez", "Maria Lopez", True),
    ("acronym", "Harbour Workers Union", "the HWU", True),
    ("other-person", "Maria Lopez", "Carl Berg", False),
    ("empty", "Maria Lopez", "", False),
]


@pytest.mark.parametrize(("speaker", "mention", "expected"), [r[1:] for r in SAME], ids=[r[0] for r in SAME])
def test_same_speaker(speaker: str, mention: str, expected: bool) -> None:
    assert same_speaker(speaker, mention) is expected


# --- real sentences through the pipeline -----------------------------------------------------


def _text(value: str | None, precision: str | None, text: str) -> DateRef:
    return DateRef(value, precision, text, "text")  # type: ignore[arg-type]


def _pub(published_at: date) -> DateRef:
    return DateRef(published_at.isoformat(), "day", None, "published_at")


PIPELINE = [
    # on the cue verb
    (
        "said-on-friday",
        "“We will not stop,” Maria Lopez said on Friday.",
        WED,
        "We will not stop",
        _text("2024-05-24", "day", "on Friday"),
    ),
    (
        "told-reporters-yesterday",
        "“The plan is ready,” Maria Lopez told reporters yesterday.",
        WED,
        "The plan is ready",
        _text("2024-05-28", "day", "yesterday"),
    ),
    (
        "monday-published-monday",
        "“The port reopens,” Maria Lopez said on Monday.",
        MON,
        "The port reopens",
        _text("2024-05-27", "day", "on Monday"),
    ),
    (
        "sunday-published-monday",
        "“The port reopens,” Maria Lopez said on Sunday.",
        MON,
        "The port reopens",
        _text("2024-05-26", "day", "on Sunday"),
    ),
    (
        "month-day-across-year-end",
        "“The year ended well,” Maria Lopez said on December 30.",
        date(2025, 1, 3),
        "The year ended well",
        _text("2024-12-30", "day", "on December 30"),
    ),
    (
        "explicit-full-date",
        "“We signed it,” Maria Lopez said on June 9, 2023.",
        date(2024, 6, 10),
        "We signed it",
        _text("2023-06-09", "day", "on June 9, 2023"),
    ),
    (
        "said-in-july",
        "“The docks are safe,” Maria Lopez said in July.",
        date(2024, 10, 4),
        "The docks are safe",
        _text("2024-07", "month", "in July"),
    ),
    (
        "present-tense-on-publication-day",
        "Maria Lopez tells reporters on Wednesday that the port is “safe.”",
        WED,
        "safe",
        _text("2024-05-29", "day", "on Wednesday"),
    ),
    # in the clause that introduces the statement
    (
        "briefing-on-weekday-and-date",
        "In a press briefing on Tuesday, May 28, Carl Berg said the harbour would “reopen soon.”",
        WED,
        "reopen soon",
        _text("2024-05-28", "day", "on Tuesday, May 28"),
    ),
    (
        "statement-released-today",
        "In a statement released today, Maria Lopez said the strike was “far from over.”",
        WED,
        "far from over",
        _text("2024-05-29", "day", "today"),
    ),
    (
        "today-and-explicit-date",
        "As reported by the city radio today, May 28, Carl Berg has said the port is “our future.”",
        WED,
        "our future",
        _text("2024-05-28", "day", "today, May 28"),
    ),
    (
        "participle-on-the-speaker",
        "Maria Lopez, speaking on Friday, said the port was “safe.”",
        WED,
        "safe",
        _text("2024-05-24", "day", "on Friday"),
    ),
    (
        "according-to-who-spoke",
        "According to Maria Lopez, who spoke on Friday, the port is “safe.”",
        WED,
        "safe",
        _text("2024-05-24", "day", "on Friday"),
    ),
    (
        "date-before-another-event",
        "“You let us down,” Maria Lopez wrote on Friday, hours after the council voted.",
        WED,
        "You let us down",
        _text("2024-05-24", "day", "on Friday"),
    ),
    (
        "full-date-on-the-vehicle",
        "“The port is safe,” Maria Lopez wrote in a June 10, 2009 email.",
        WED,
        "The port is safe",
        _text("2009-06-10", "day", "June 10, 2009"),
    ),
    (
        "date-modifying-the-occasion",
        "“The port is safe,” Maria Lopez said at a May 24 news conference.",
        WED,
        "The port is safe",
        _text("2024-05-24", "day", "May 24"),
    ),
    # carried over from the speaker's dated statement
    (
        "carried-from-previous-paragraph",
        "Maria Lopez, the mayor of Eastport, said at a council meeting on Sunday, June 9, that the budget "
        "would grow. She noted that taxes would not rise.\n\n"
        "Lopez also criticized “careless spending” by the previous council.",
        date(2024, 6, 12),
        "careless spending",
        _text("2024-06-09", "day", "on Sunday, June 9"),
    ),
    (
        "carried-month-to-next-paragraph",
        "In July, Governor Tom Hale praised the dock workers.\n\n“They kept the port open,” Hale said.",
        date(2024, 10, 4),
        "They kept the port open",
        _text("2024-07", "month", "In July"),
    ),
    (
        "carried-through-quotes",
        "Carl Berg said on Friday that the port would reopen.\n\n"
        "“The cranes are fixed,” Berg said.\n\n“The ships are coming back,” Berg added.",
        WED,
        "The ships are coming back",
        _text("2024-05-24", "day", "on Friday"),
    ),
    (
        "document-in-the-historical-present",
        "In a letter sent on Monday, Maria Lopez asked the council to reconsider.\n"
        "“We cannot accept this,” the letter says.",
        WED,
        "We cannot accept this",
        _text("2024-05-27", "day", "on Monday"),
    ),
    # not the date of the statement → the published_at fallback
    ("no-date", "“We will not stop,” Maria Lopez said.", WED, "We will not stop", _pub(WED)),
    (
        "date-inside-the-quote",
        "“We have waited since 2021 and it opens on Friday,” Maria Lopez said.",
        WED,
        "We have waited",
        _pub(WED),
    ),
    (
        "the-2003-listing",
        "Maria Lopez criticized the 2003 listing, calling it “a mistake.”",
        WED,
        "a mistake",
        _pub(WED),
    ),
    (
        "since-2021",
        "Since 2021, Maria Lopez has called the port “our future.”",
        WED,
        "our future",
        _pub(WED),
    ),
    (
        "in-recent-months",
        "In recent months, Maria Lopez has called the plan “a disaster.”",
        WED,
        "a disaster",
        _pub(WED),
    ),
    (
        "date-on-a-relative-clause",
        "Maria Lopez, who was elected in 2019, said the port is “our future.”",
        WED,
        "our future",
        _pub(WED),
    ),
    (
        "date-on-another-verb",
        "“The port is our future,” said Maria Lopez, citing the 2003 agreement.",
        WED,
        "The port is our future",
        _pub(WED),
    ),
    (
        "date-in-the-reported-clause",
        "Maria Lopez said the port would reopen on Friday, calling it “a new start.”",
        WED,
        "a new start",
        _pub(WED),
    ),
    (
        "date-of-the-object-referred-to",
        "“Without that surge the mayor is Tom Hale,” said Carl Berg, a pollster, referring to the losing candidate "
        "in 2004.",
        WED,
        "Without that surge",
        _pub(WED),
    ),
    (
        "date-deep-in-a-noun-chain",
        "Maria Lopez, in response to Carl Berg’s use of a crude reference to describe her loss to Tom Hale in 2008, "
        "accused him of “sexism.”",
        WED,
        "sexism",
        _pub(WED),
    ),
    (
        "programme-title",
        "“People are sick and tired,” Maria Lopez said on ABC’s This Week.",
        MON,
        "People are sick and tired",
        _pub(MON),
    ),
    (
        "indefinite-weekday",
        "One Sunday in late 2001, Maria Lopez called the plan “a disaster.”",
        WED,
        "a disaster",
        _text("2001", "year", "in late 2001"),
    ),
    (
        "every-weekday",
        "Every Friday, Maria Lopez called the plan “a disaster.”",
        WED,
        "a disaster",
        _pub(WED),
    ),
    (
        "since-clause-with-a-reporting-verb",
        "Since Maria Lopez announced her candidacy last year, she has said “it is about us” at every stop.",
        WED,
        "it is about us",
        _pub(WED),
    ),
    (
        "earlier-stops-the-carry",
        "Maria Lopez said on Monday that the port would reopen.\n\nEarlier, Lopez had called the plan “a disaster.”",
        WED,
        "a disaster",
        _pub(WED),
    ),
    (
        "other-speaker-no-carry",
        "Carl Berg said on Monday that the port would reopen.\n\n“It will not,” Maria Lopez said.",
        WED,
        "It will not",
        _pub(WED),
    ),
    (
        "present-tense-is-not-carried-back",
        "At a rally on Monday, Maria Lopez praised the workers.\n\nLopez says the port is “our future.”",
        WED,
        "our future",
        _pub(WED),
    ),
    (
        "present-tense-with-an-older-date",
        "In July, when the port closed, Maria Lopez says she felt “betrayed.”",
        WED,
        "betrayed",
        _pub(WED),
    ),
    (
        "another-document-is-not-carried",
        "Maria Lopez said on Monday that the port would reopen.\n“We cannot accept this,” the city’s report says.",
        WED,
        "We cannot accept this",
        _pub(WED),
    ),
    (
        "present-age-of-a-noun-is-no-time-of-speaking",
        "Mayor Ana Ruiz described the plan during a Tuesday interview as “a good start.”\n\n"
        "Reflecting on the views of the party versus the views of voters today, Ruiz said: "
        "“They want more government.”",
        WED,
        "They want more",
        _text("2024-05-28", "day", "Tuesday"),
    ),
    (
        "said-then-points-at-the-time-just-told",
        "Ruiz spoke at a March 3 town hall in Eastport.\n\n“We will fix the docks. We will. Trust me,” she said then.",
        WED,
        "We will fix the docks",
        _text("2024-03-03", "day", "March 3"),
    ),
    (
        "said-at-the-time-points-at-the-year-just-told",
        "The council sold the old pier in 2019. “It was a hard choice,” Mayor Ana Ruiz said at the time.",
        WED,
        "It was a hard choice",
        _text("2019", "year", "in 2019"),
    ),
    (
        "then-before-the-verb-is-a-sequence-not-a-pointer",
        "The council sold the old pier in 2019.\n\nThen Mayor Ana Ruiz said: “It was a hard choice.”",
        WED,
        "It was a hard choice",
        _pub(WED),
    ),
    (
        "said-on-a-day-then-a-that-less-clause",
        "Mayor Ana Ruiz said on Tuesday she would close the bridge. “The cables are worn,” the mayor said.",
        WED,
        "The cables are worn",
        _text("2024-05-28", "day", "on Tuesday"),
    ),
    (
        "said-a-day-then-a-that-less-clause",
        "The ministry said Monday it would close the bridge. “The cables are worn,” the ministry said.",
        WED,
        "The cables are worn",
        _text("2024-05-27", "day", "Monday"),
    ),
    (
        "a-day-inside-the-reported-clause-stays-the-clauses",
        "Mayor Ana Ruiz said she would close the bridge on Tuesday. “The cables are worn,” the mayor said.",
        WED,
        "The cables are worn",
        _pub(WED),
    ),
    (
        "added-keeps-the-date-past-a-relative-clause-of-the-speakers-past",
        "Finance Minister Ravi Menon spoke to parliament on Wednesday. “There will be no bailout,” he said. "
        "Menon, who took office in May, added that the banks “must fend for themselves.”",
        WED,
        "must fend for themselves",
        _text("2024-05-29", "day", "on Wednesday"),
    ),
    (
        "story-moves-to-another-occasion",
        "Maria Lopez said on Monday that the port would reopen.\n\n"
        "At a rally in July, Lopez took a different view. Lopez called the plan “a disaster.”",
        WED,
        "a disaster",
        _text("2023-07", "month", "in July"),
    ),
]


@pytest.mark.parametrize(
    ("text", "published_at", "needle", "expected"), [r[1:] for r in PIPELINE], ids=[r[0] for r in PIPELINE]
)
def test_statement_date(
    attributor: QuoteAttributor, text: str, published_at: date, needle: str, expected: DateRef
) -> None:
    quotes = [q for q in attributor.attribute(text, published_at).quotes if needle in q.text]
    assert len(quotes) == 1
    assert quotes[0].date == expected


def test_without_published_at_the_words_stay(attributor: QuoteAttributor) -> None:
    (quote,) = attributor.attribute("“We will not stop,” Maria Lopez said on Friday.", None).quotes
    assert quote.date == DateRef(None, None, "on Friday", "text")


def test_without_published_at_a_full_date_resolves(attributor: QuoteAttributor) -> None:
    (quote,) = attributor.attribute("“We signed it,” Maria Lopez said on June 9, 2023.", None).quotes
    assert quote.date == DateRef("2023-06-09", "day", "on June 9, 2023", "text")


def test_without_published_at_or_a_date_there_is_none(attributor: QuoteAttributor) -> None:
    (quote,) = attributor.attribute("“We will not stop,” Maria Lopez said.", None).quotes
    assert quote.date is None


def test_lede_takes_the_date_of_the_next_statement(attributor: QuoteAttributor) -> None:
    text = (
        "EASTPORT – The harbour council spokesperson, Carl Berg, has criticized the plan, warning that it "
        "sends “the wrong signal” to investors.\nAt a news conference on Tuesday, May 28, Mr. Berg said the "
        "plan had failed."
    )
    quotes = [q for q in attributor.attribute(text, WED).quotes if "wrong signal" in q.text]
    assert quotes[0].date == _text("2024-05-28", "day", "on Tuesday, May 28")


# --- the finder with a cue given by hand (independent of the sieves) -------------------------

FINDER = [
    (
        "noun-cue-content-clause",
        "Critics checked Maria Lopez’s claim that there were “thousands of shootings” in the city this year.",
        "claim",
        "Maria Lopez",
        None,
    ),
    (
        "copula-is-not-a-speech-event",
        "Critics checked Maria Lopez’s claim that there were “thousands of shootings” in the city this year.",
        "were",
        "Maria Lopez",
        None,
    ),
    (
        "date-of-the-quoted-title",
        "In his 1994 “Contract with the Port,” Carl Berg promised new cranes.",
        "promised",
        "Carl Berg",
        None,
    ),
    (
        "statement-verb-outside-the-speech-lexicon",
        "Maria Lopez on Friday likened the plan to “a sinking ship.”",
        "likened",
        "Maria Lopez",
        _text("2024-05-24", "day", "on Friday"),
    ),
    (
        "no-cue-carries-by-speaker",
        "Maria Lopez said on Friday that the port would reopen. “It is safe.”",
        None,
        "Maria Lopez",
        _text("2024-05-24", "day", "on Friday"),
    ),
    (
        "any-verb-reporting-the-quote",
        "“They would have passed the bill,” Maria Lopez fumed on Friday.",
        "fumed",
        "Maria Lopez",
        _text("2024-05-24", "day", "on Friday"),
    ),
    (
        "newspaper-not-weekday",
        "“The port is safe,” Maria Lopez wrote in the Eastport Sun.",
        "wrote",
        "Maria Lopez",
        None,
    ),
    (
        "no-cue-no-speaker",
        "Maria Lopez said on Friday that the port would reopen. “It is safe.”",
        None,
        None,
        None,
    ),
]


@pytest.mark.parametrize(
    ("text", "cue_word", "speaker", "expected"), [r[1:] for r in FINDER], ids=[r[0] for r in FINDER]
)
def test_finder_with_cue(
    nlp: Language, text: str, cue_word: str | None, speaker: str | None, expected: DateRef | None
) -> None:
    doc = nlp(text)
    cue = next((doc[t.i : t.i + 1] for t in doc if t.text == cue_word), None)
    quotes = find_quote_spans(text)
    found = DateFinder(doc, WED, text=text, quotes=quotes).date_for(quotes[0], cue, speaker)
    assert found == (expected or _pub(WED))


def test_resolve_mention_names_a_nominal_speaker(nlp: Language) -> None:
    text = "The mayor said on Friday that the port would reopen.\n\n“It is safe,” Maria Lopez said."
    doc = nlp(text)
    (quote,) = find_quote_spans(text)
    cue = doc[len(doc) - 2 : len(doc) - 1]
    assert cue.text == "said"
    plain = DateFinder(doc, WED).date_for(quote, cue, "Maria Lopez")
    assert plain == _pub(WED)
    named = DateFinder(doc, WED, resolve_mention=lambda m: "Maria Lopez" if "mayor" in m.text else None)
    assert named.date_for(quote, cue, "Maria Lopez") == _text("2024-05-24", "day", "on Friday")


# --- occasions: a dated event told once, whose later quotes inherit its date ------------------

SAT = _text("2024-05-25", "day", "on Saturday")
OCCASIONS = [
    (
        "non-speech-verb-earlier-sentence",
        "Coach Ben Hart was blunt after the loss on Saturday. “We were not good enough,” Hart said.",
        "not good enough",
        SAT,
    ),
    (
        "same-day-after-a-noun",
        "Coach Ben Hart was blunt after Saturday's loss.\n\n“We were not good enough,” Hart said.",
        "not good enough",
        _text("2024-05-25", "day", "Saturday"),
    ),
    (
        "hit-back-two-paragraphs-on",
        "Mayor Maria Lopez hit back on Wednesday.\n\nThe council had cut her budget.\n\n"
        "“They cut the wrong thing,” Lopez said.",
        "wrong thing",
        _text("2024-05-29", "day", "on Wednesday"),
    ),
    (
        "each-conjoined-actor",
        "Maria Lopez and Tom Hale stood face-to-face Thursday in the town hall.\n\n"
        "Hale spoke first.\n\n“The port is broke,” Hale said.",
        "port is broke",
        _text("2024-05-23", "day", "Thursday"),
    ),
    (
        "fronted-participle",
        "Sitting down with the Eastport Herald on Friday, Maria Lopez did not hold back.\n\n"
        "“The council failed us,” she said.",
        "council failed us",
        _text("2024-05-24", "day", "on Friday"),
    ),
    (
        "another-persons-time-moves-nothing",
        "Maria Lopez defended the plan on Saturday.\n\nCarl Berg, whose own vote is on Tuesday, did not "
        "challenge Lopez.\n\n“It is paid for,” Lopez said.",
        "paid for",
        _text("2024-05-25", "day", "on Saturday"),
    ),
    (
        "relative-clause-is-no-occasion",
        "Maria Lopez, who was elected in 2019, runs the port.\n\n“It is safe,” Lopez said.",
        "It is safe",
        _pub(WED),
    ),
    (
        "present-tense-is-no-occasion",
        "Maria Lopez faces a vote on Tuesday.\n\n“It is safe,” Lopez said.",
        "It is safe",
        _pub(WED),
    ),
    (
        "trailing-participle-is-no-occasion",
        "“We lost,” said Carl Berg, a pollster, referring to the race in 2004. “It still hurts.”",
        "still hurts",
        _pub(WED),
    ),
    (
        "another-occasion-between-ends-the-carry",
        "Maria Lopez defended the plan on Saturday.\n\nOn Monday, her deputy Carl Berg visited the docks.\n\n"
        "The docks were quiet.\n\n“It is paid for,” Lopez said.",
        "paid for",
        _pub(WED),
    ),
    (
        "not-carried-too-far",
        "Maria Lopez defended the plan on Saturday.\n\nThe plan costs $4 million.\n\nIt was drawn up in 2020.\n\n"
        "Unions oppose it.\n\nThe vote is due soon.\n\n“It is paid for,” Lopez said.",
        "paid for",
        _pub(WED),
    ),
]


@pytest.mark.parametrize(("text", "needle", "expected"), [r[1:] for r in OCCASIONS], ids=[r[0] for r in OCCASIONS])
def test_occasion_date(attributor: QuoteAttributor, text: str, needle: str, expected: DateRef) -> None:
    quotes = [q for q in attributor.attribute(text, WED).quotes if needle in q.text]
    assert len(quotes) == 1
    assert quotes[0].date == expected


WRITTEN_AND_LINKED = [
    (
        "published-text-keeps-its-date-in-the-present",
        "A sharp headline from the Eastport Herald editorial board ran in an editorial published Tuesday "
        "evening.\n\nThe mayor answered on Thursday.\n\n“The council has failed the port,” the editorial board writes.",
        "council has failed",
        _text("2024-05-28", "day", "Tuesday evening"),
    ),
    (
        "present-after-a-spoken-occasion-is-today",
        "Maria Lopez defended the plan on Saturday.\n\n“It is paid for,” Lopez says.",
        "paid for",
        _pub(WED),
    ),
    (
        "when-interviewed-dates-the-interview",
        "Maria Lopez was less guarded when interviewed Thursday by the Eastport Herald.\n\n"
        "“We were lied to,” she told the paper.",
        "lied to",
        _text("2024-05-23", "day", "Thursday"),
    ),
    (
        "listener-names-the-occasion",
        "On Friday, Maria Lopez told Ben Hale of Channel Four that the port was safe.\n\n"
        "Lopez was interviewed on Thursday by the Eastport Herald.\n\n"
        "“I trust the engineers,” Lopez told Hale.",
        "trust the engineers",
        _text("2024-05-24", "day", "On Friday"),
    ),
]


@pytest.mark.parametrize(
    ("text", "needle", "expected"), [r[1:] for r in WRITTEN_AND_LINKED], ids=[r[0] for r in WRITTEN_AND_LINKED]
)
def test_written_and_linked_occasions(attributor: QuoteAttributor, text: str, needle: str, expected: DateRef) -> None:
    quotes = [q for q in attributor.attribute(text, WED).quotes if needle in q.text]
    assert len(quotes) == 1
    assert quotes[0].date == expected


THU_NIGHT = _text("2024-05-23", "day", "on Thursday night")
FRAME = [
    (
        "took-part-in-the-occasion",
        "Maria Lopez and Tom Hale debated on Thursday night.\n\nCarl Berg, the third candidate, stuck to the "
        "budget.\n\n“The port needs cranes,” Berg said.",
        "needs cranes",
        THU_NIGHT,
    ),
    (
        "interviewee-took-no-part",
        "Maria Lopez and Tom Hale debated on Thursday night.\n\n“Neither of them convinced me,” said Ana Ruiz, "
        "a voter.",
        "convinced me",
        _pub(WED),
    ),
    (
        "cue-names-the-occasion",
        "Tom Hale spoke on Tuesday night on his radio show.\n\n"
        "Weighing in on the discussion, Ana Ruiz agreed, calling the plan “a relic of the past.”",
        "relic of the past",
        _text("2024-05-28", "day", "on Tuesday night"),
    ),
    (
        "same-day-points-at-the-occasion",
        "Maria Lopez and Tom Hale debated on Thursday night.\n\n"
        "On the same day that the port closed, Hale said the plan was “dead in the water.”",
        "dead in the water",
        THU_NIGHT,
    ),
    (
        "time-hung-on-the-subject",
        "The two candidates on Thursday night largely dropped their attacks.\n\nCarl Berg stuck to the budget.\n\n"
        "“The port needs cranes,” Berg said.",
        "needs cranes",
        THU_NIGHT,
    ),
    (
        "an-action-with-its-own-time-is-no-part",
        "Maria Lopez and Tom Hale debated on Thursday night.\n\nOver the weekend, Carl Berg stuck to the budget.\n\n"
        "“The port needs cranes,” Berg said.",
        "needs cranes",
        _pub(WED),
    ),
    (
        "same-paragraph-quotes-from-the-occasion",
        "On Saturday, the budget loomed large at the council debate. In a sharp reply, Carl Berg accused the mayor "
        "of “selling the harbour.”",
        "selling the harbour",
        _text("2024-05-25", "day", "On Saturday"),
    ),
    (
        "later-is-no-known-time",
        "On Saturday, the budget loomed large at the council debate. Carl Berg later called the plan “a fraud.”",
        "a fraud",
        _pub(WED),
    ),
    (
        "same-day-reaches-back-past-the-frame",
        "Maria Lopez and Tom Hale debated on Thursday night.\n\nThe port lost money.\n\nThe cranes are old.\n\n"
        "The unions are angry.\n\nThe council is split.\n\nTaxes are up.\n\n"
        "On the same day that the port closed, Hale said the plan was “dead in the water.”",
        "dead in the water",
        THU_NIGHT,
    ),
    (
        "added-continues-the-exchange",
        "Maria Lopez was in Eastport on Tuesday night.\n\n“We will win the port vote,” she said.\n\n"
        "“The polls are moving,” added Carl Berg, the campaign manager, speaking to reporters afterwards.",
        "polls are moving",
        _text("2024-05-28", "day", "on Tuesday night"),
    ),
    (
        "dated-text-after-its-quote",
        "“Cranes pay for themselves,” concluded a 2019 report by the harbour board.",
        "Cranes pay",
        _text("2019", "year", "2019"),
    ),
    (
        "dated-text-dates-its-paragraph",
        "A 2019 report by the harbour board concluded that cranes “pay for themselves.” “Ports without them "
        "shrink,” wrote Ana Ruiz and Carl Berg.",
        "Ports without them",
        _text("2019", "year", "2019"),
    ),
    (
        "the-listener-speaks-at-the-same-occasion",
        "In an interview on Monday, Maria Lopez told Tom Hale of the Herald that the port needs money.\n\n"
        "Hale then asked, “From the state?”",
        "From the state",
        _text("2024-05-27", "day", "on Monday"),
    ),
    (
        "a-future-occasion-ends-the-frame",
        "Maria Lopez and Tom Hale debated on Thursday night.\n\nOn Friday, Hale will testify before the council.\n\n"
        "Carl Berg stuck to the budget. “The port needs cranes,” Berg said.",
        "needs cranes",
        _pub(WED),
    ),
]


@pytest.mark.parametrize(("text", "needle", "expected"), [r[1:] for r in FRAME], ids=[r[0] for r in FRAME])
def test_current_occasion_frame(attributor: QuoteAttributor, text: str, needle: str, expected: DateRef) -> None:
    quotes = [q for q in attributor.attribute(text, WED).quotes if needle in q.text]
    assert len(quotes) == 1
    assert quotes[0].date == expected


HEADLINES = [
    (
        "headline-quote-takes-the-storys-occasion",
        "Lopez Takes Port Plan ‘Very Seriously’\n\nAs Eastport prepares for what Maria Lopez called “the hardest "
        "winter,” the mayor is busy.\n\nOn Friday, Lopez told Tom Hale of Channel Four that “you have to take it "
        "seriously.”",
        "Very Seriously",
        _text("2024-05-24", "day", "On Friday"),
    ),
    (
        "headline-date-is-not-carried-into-the-story",
        "Lopez Takes Port Plan ‘Very Seriously’\n\nAs Eastport prepares for what Maria Lopez called “the hardest "
        "winter,” the mayor is busy.\n\nOn Friday, Lopez told Tom Hale of Channel Four that “you have to take it "
        "seriously.”",
        "hardest winter",
        _pub(WED),
    ),
    (
        "a-lede-sentence-is-no-headline",
        "“The port is safe,” Maria Lopez said.\n\nOn Monday, Lopez visited the docks.",
        "port is safe",
        _pub(WED),
    ),
]


@pytest.mark.parametrize(("text", "needle", "expected"), [r[1:] for r in HEADLINES], ids=[r[0] for r in HEADLINES])
def test_headline_quote_date(attributor: QuoteAttributor, text: str, needle: str, expected: DateRef) -> None:
    quotes = [q for q in attributor.attribute(text, WED).quotes if needle in q.text]
    assert len(quotes) == 1
    assert quotes[0].date == expected
