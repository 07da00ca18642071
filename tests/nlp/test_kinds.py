"""Quote kind through the pinned model: full, partial, or not a quote (titles, nicknames)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from service.nlp.attributor import QuoteAttributor
from service.nlp.kinds import classify
from service.nlp.marks import find_quote_spans


def kinds_of(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    doc = nlp(text)
    return [(text[q.start : q.end], classify(doc, q)) for q in find_quote_spans(text)]


FULL = [
    ("before-said", "“The ferry will run all winter,” the harbor master said."),
    ("after-colon", "The harbor master was blunt: “The ferry will not run.”"),
    ("paragraph-start", "The vote was close.\n\n“We will count again tomorrow.”"),
    ("after-sentence", "She paused. “Nobody expected this result.” Then she left."),
    ("after-said-comma", "The harbor master said, “The ferry will not run this week.”"),
    ("question", "“Who paid for the new roof?” a neighbor asked."),
    ("wire-marks", "''Our budget is balanced,'' the treasurer said."),
    ("british-single", "‘Our budget is balanced,’ the treasurer said."),
    ("after-dash", "The answer came fast — “Nobody asked us,” he said."),
    ("object-of-speech-verb-to-sentence-end", "As the bus left, a woman shouted “Come back soon!”"),
]


@pytest.mark.parametrize("text", [c[1] for c in FULL], ids=[c[0] for c in FULL])
def test_full_quotes(nlp: Language, text: str) -> None:
    ((_, kind),) = kinds_of(nlp, text)
    assert kind == "full"


def test_quote_right_after_a_closed_quote_is_full(nlp: Language) -> None:
    text = "“It rained.” “It will rain again,” she said."
    assert kinds_of(nlp, text) == [("It rained.", "full"), ("It will rain again,", "full")]


def test_second_half_of_an_interrupted_quote_is_full(nlp: Language) -> None:
    text = "“We tried,” the coach said, “and we will try again next season.”"
    assert kinds_of(nlp, text) == [("We tried,", "full"), ("and we will try again next season.", "full")]


PARTIAL = [
    ("called-it", "The senator called the plan “a gift to polluters” on Monday."),
    ("object-phrase", "He promised “a cleaner river” by next spring."),
    ("sentence-end-phrase", "Critics say the rules are “too little, too late.”"),
    ("subject-phrase", "“Fake accounting” is how the auditor described the books."),
    ("single-word", "The mayor said the bill was “unacceptable” and walked out."),
    ("that-clause", "She said that the town “will not back down” from the fight."),
    ("headline-word", "Senator Calls Tax Plan ‘A Disgrace’ After Late Vote"),
    ("headline-straight", "Mayor Says Budget Is 'Fine' Despite Deficit"),
    ("so-called-reads-partial", "The so-called “reform” cut the library budget in half."),
    ("chant", "The crowd answered with chants of “Build the bridge!” all night."),
    ("after-comma-phrase", "The board, “deeply troubled” by the audit, resigned."),
    ("called-it-to-sentence-end", "The auditor called the ledger “a work of fiction.”"),
]


@pytest.mark.parametrize("text", [c[1] for c in PARTIAL], ids=[c[0] for c in PARTIAL])
def test_partial_quotes(nlp: Language, text: str) -> None:
    ((_, kind),) = kinds_of(nlp, text)
    assert kind == "partial"


NOT_QUOTES = [
    ("network-show", "The governor spoke on NBC’s “Meet the Press” on Sunday."),
    ("network-show-straight", 'The governor told CNN\'s "State of the Union" he would run.'),
    ("book", "She is the author of “Rivers of Salt,” a history of the canal."),
    ("film", "He starred in “Summer Nights” before entering politics."),
    ("show-on", "The senator appeared on “The Morning Table” with her husband."),
    ("titled", "The ad, titled “Hard Working,” runs in three states."),
    ("nickname", "Gov. Raymond “Buddy” Hollis signed the bill."),
    ("wire-book", "His 2010 book ''Paper Towns of Ohio'' sold well."),
    ("show-named-before-its-star", "The “Harbor Lights” star Ann Vale moved to Ohio."),
    ("show-described-after", "She watches “Night Desk,” an HBO drama, every week."),
    ("stage-direction", 'The hearing ran long.\n\n"(LAUGHTER.)"\n\nThen it ended.'),
    ("headline-show-before-its-star", "‘Harbor Lights’ Star Ann Vale Moves To Ohio"),
    ("subhead", "The mill closed in May.\n\n‘A quiet town.’\n\nThe river is low this year."),
]


@pytest.mark.parametrize("text", [c[1] for c in NOT_QUOTES], ids=[c[0] for c in NOT_QUOTES])
def test_titles_and_nicknames_are_not_quotes(nlp: Language, text: str) -> None:
    ((_, kind),) = kinds_of(nlp, text)
    assert kind is None


def test_a_short_sentence_alone_in_its_paragraph_is_a_quote(nlp: Language) -> None:
    text = "The mill closed in May.\n\n“We will reopen.”\n\nThe river is low this year."
    assert kinds_of(nlp, text) == [("We will reopen.", "full")]


def test_a_short_part_of_a_quote_over_paragraphs_is_not_a_subhead(nlp: Language) -> None:
    text = "The mill closed.\n\n“A sad day.\n\n“We will reopen,” he said."
    assert kinds_of(nlp, text) == [("A sad day.", "full"), ("We will reopen,", "full")]


def test_a_title_beside_a_real_quote(nlp: Language) -> None:
    text = "On ABC’s “This Morning,” the mayor said, “The bridge is safe.”"
    assert kinds_of(nlp, text) == [("This Morning,", None), ("The bridge is safe.", "full")]


def test_paragraph_parts_of_one_quote(nlp: Language) -> None:
    text = "The coach spoke for an hour.\n\n“We lost the first game.\n\n“We won the next nine,” he said."
    assert kinds_of(nlp, text) == [("We lost the first game.", "full"), ("We won the next nine,", "full")]


KNOWN_MISSES = [
    (
        "title-without-cue",
        "“Rivers of Salt” sold ten thousand copies in a month.",
        None,
        "a title opening a sentence, with no outlet or work noun near it, reads as a phrase",
    ),
    (
        "lowercase-full-after-said",
        "He said “we are done here,” and hung up.",
        "full",
        "a lowercase clause inside the writer's sentence is read as partial",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(c[1], c[2], marks=pytest.mark.xfail(strict=True, reason=c[3])) for c in KNOWN_MISSES],
    ids=[c[0] for c in KNOWN_MISSES],
)
def test_known_misses(nlp: Language, text: str, expected: str | None) -> None:
    ((_, kind),) = kinds_of(nlp, text)
    assert kind == expected


def returned(attributor: QuoteAttributor, text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.name if q.speaker else None) for q in attributor.attribute(text).quotes]


NAMED_ONLY = [
    ("so-called", "The so-called “reform” cut the library budget in half."),
    ("known-as", "The plant, known as the “green box,” opened in May."),
    ("known-to-fans-as", "The pier is known to locals as “the Long Walk” these days."),
    ("called-on-a-noun", "The group set up an app called “Tracker Plus” for volunteers."),
    ("passive-naming", "The new ferry was named “Gull” after a vote of the crew."),
    ("pronoun-as-word", "Everyone asks whether “she” will run this year."),
    ("the-term", "The coach keeps using the term “culture” without saying what it means."),
    ("modifier", "The coach used the “strong man” cliché twice in one speech."),
    ("outlet-possessive-s-less", "The senator appeared on CBS' “Face the Nation” on Sunday."),
    ("campaign-after", "He joined the “Save the Pier” campaign in May."),
    ("on-at-sentence-start", "On “Morning Table,” the senator spoke about the pier."),
    ("list-of-words", "The guide bans “synergy,” “pivot” and “optics” from every memo."),
    ("list-after-colon", "The guide lists banned words: “synergy,” “pivot,” “optics.”"),
    ("search-terms", "The staff searched for “ferry,” “fare” and “dock” in the files."),
    ("work-in-apposition", "Her column, “Why we lost the pier,” ran on Sunday."),
    ("gloss-of-a-foreign-word", "The town of Brujas, Spanish for “witches,” sits by the sea."),
    ("gloss-of-a-hashtag", "Others used the hashtag #PuertasAbiertas (“open doors”) to offer rooms."),
    ("modifies-the-speaker-noun", "The “black box” warning was added to the label in May."),
    ("show-in-a-thriller", "She stars in the serial thriller, “Low Tide,” and in two plays."),
    ("modifies-the-document-noun", "The “rate-setting” memo has some gaps in it."),
    ("listed-among-things", "The bulletin is full of gossip, birthdays, leaked memos and “brain-trusts” every day."),
    ("wire-marks-modifier", "She would close the ''ferry fee'' loophole that helps the owners."),
]


@pytest.mark.parametrize("text", [c[1] for c in NAMED_ONLY], ids=[c[0] for c in NAMED_ONLY])
def test_words_the_writer_names_or_uses_are_not_returned(attributor: QuoteAttributor, text: str) -> None:
    assert returned(attributor, text) == []


SAID = [
    ("called-it", "The mayor called the plan “a gift to polluters” on Monday.", ("a gift to polluters", "mayor")),
    ("what-he-called", "Lee denounced what he called “a sham election” in the city.", ("a sham election", "Lee")),
    ("called-by-agent", "The plan has been called “reckless” by the city auditor.", ("reckless", "city auditor")),
    (
        "written-statement",
        "The statement, issued by the Harbor Board, said the fares were “fair and final.”",
        ("fair and final.", "Harbor Board"),
    ),
    (
        "report-found",
        "The report by the Harbor Board found the pier “unsafe for use” last year.",
        ("unsafe for use", "Harbor Board"),
    ),
    (
        "said-phrase",
        "Ann Lee, the harbor master, said the fares were “too high” for families.",
        ("too high", "Ann Lee"),
    ),
    (
        "term-used-by-a-named-person",
        "The term “fair fares” was used twice, by Senator Ann Quist.",
        ("fair fares", "Ann Quist"),
    ),
    ("called-for", "Ruiz called for “a full review” of the dock.", ("a full review", "Ruiz")),
    ("refers-to-as", "Ruiz refers to the mayor as “Captain Budget” in every speech.", ("Captain Budget", "Ruiz")),
]


def test_a_quote_after_a_work_noun_in_a_reported_sentence_is_returned(attributor: QuoteAttributor) -> None:
    text = "Ann Lee said of the episode, “I do not like it,” and left."
    assert returned(attributor, text) == [("I do not like it,", "Ann Lee")]


def test_a_quote_joined_to_another_quote_is_returned(attributor: QuoteAttributor) -> None:
    text = "Ruiz called the owners “cheats” and “liars” at the meeting."
    assert returned(attributor, text) == [("cheats", "Ruiz"), ("liars", "Ruiz")]


def test_a_list_of_words_someone_said_is_returned(attributor: QuoteAttributor) -> None:
    text = "Lee called the plans “slow,” “costly” and “late.”"
    assert returned(attributor, text) == [("slow,", "Lee"), ("costly", "Lee"), ("late.", "Lee")]


@pytest.mark.parametrize(("text", "expected"), [(c[1], c[2]) for c in SAID], ids=[c[0] for c in SAID])
def test_partial_quotes_someone_said_are_returned(
    attributor: QuoteAttributor, text: str, expected: tuple[str, str]
) -> None:
    assert returned(attributor, text) == [expected]
