"""Reporting patterns the parse often misleads, one behaviour per row (sentences written for these tests).

Each row: text, which quote, rule, speaker name, speaker mention (exact text), cue.
"""

from __future__ import annotations

import pytest

from service.nlp.attributor import QuoteAttributor

# a speech participle right before the quote speaks for the clause it is set off from
PARTICIPLE_ROWS = [
    pytest.param(
        "Governor Ada Pruitt was openly dismissive when pressed to explain why the state had dropped a "
        "contractor who said he was never paid, saying, “The crew missed every deadline we set.”",
        0,
        "speech_cue_before",
        "Ada Pruitt",
        "Governor Ada Pruitt",
        "saying",
        id="participle-after-a-relative-clause-is-the-main-subjects",
    ),
    pytest.param(
        "The new spot closes with footage of Marcus Bellweather saying at a town hall, “I never read the fine "
        "print,” when a voter asked about the loan.",
        0,
        "speech_cue_before",
        "Marcus Bellweather",
        "Marcus Bellweather",
        "saying",
        id="footage-of-a-person-saying-with-a-phrase-before-the-quote",
    ),
    pytest.param(
        "Mr. Okonkwo hardly settled the question, treating the claim at first as a joke -- ''That is old news'' "
        "-- and, when asked again at the airport, insisting, ''Of course I filed every form.''",
        1,
        "speech_cue_before",
        "Okonkwo",
        "Mr. Okonkwo",
        "insisting",
        id="participle-after-an-earlier-quote-in-the-sentence",
    ),
    pytest.param(
        "Lena Ortiz described the fall in her memoir. After saying her left knee felt “like it was full of broken "
        "glass,” she was “rushed” to a clinic in Dover.",
        0,
        "clause_subject",
        "Lena Ortiz",
        "she",
        "saying",
        id="after-saying-is-the-subject-of-the-quoted-main-verb",
    ),
    pytest.param(
        "It was a rough week for the mayor, as Ruth Kane echoed the complaint, saying Mr. Petrov ''never reads the "
        "reports.''",
        0,
        "clause_subject",
        "Ruth Kane",
        "Ruth Kane",
        "saying",
        id="participle-borrowing-an-expletive-it-takes-the-nearer-clause",
    ),
    pytest.param(
        "It was a good year for the club, as Ruth Kane noted, saying Mr. Petrov ''turned it around'' and the fans, "
        "she said, ''came back.''",
        0,
        "clause_subject",
        "Ruth Kane",
        "Ruth Kane",
        "saying",
        id="participle-after-an-as-clause-is-its-subjects",
    ),
    pytest.param(
        "The senator left the hearing early, telling reporters, “We will be back tomorrow.”",
        0,
        "speech_cue_before",
        "senator",
        "The senator",
        "telling",
        id="plain-participle-still-borrows-the-subject",
    ),
]


# a document's relative clause (`released a letter that says`) speaks through the document's issuer
ISSUER_ROWS = [
    pytest.param(
        "Ruth Kane released a letter from her doctor on Friday that says she is in “excellent health” for her age.",
        0,
        "clause_subject",
        "Ruth Kane",
        "Ruth Kane",
        "says",
        id="letter-that-says-is-its-issuers",
    ),
    pytest.param(
        "The mayor's office put out a memo this week that calls the bridge plan “dead on arrival.”",
        0,
        "clause_subject",
        "mayor's office",
        "The mayor's office",
        "calls",
        id="memo-that-calls-is-its-issuers",
    ),
]


# a colon closing a `so … that` result clause introduces the words of that clause's subject
RESULT_CLAUSE_ROWS = [
    pytest.param(
        "Rosa Lindqvist drove so erratically that Tomas Berg had to change his mind: “Fine, I will stay.”",
        0,
        "colon_intro",
        "Tomas Berg",
        "Tomas Berg",
        None,
        id="so-that-clause-before-a-colon",
    ),
    pytest.param(
        "Rosa Lindqvist became so tense, and started pacing so nervously, that Tomas Berg had to change his "
        "mind: “Fine, I will stay.”",
        0,
        "colon_intro",
        "Tomas Berg",
        "Tomas Berg",
        None,
        id="so-that-clause-after-coordinated-verbs",
    ),
    pytest.param(
        "The pressure became such that Tomas Berg finally changed course: “We will wait a year.”",
        0,
        "colon_intro",
        "Tomas Berg",
        "Tomas Berg",
        None,
        id="such-that-clause-before-a-colon",
    ),
]


# a quoted show title in the sentence before a quote is the writer's: who that sentence is about speaks next
WRITER_SENTENCE_ROWS = [
    pytest.param(
        "“We will not cut the budget,” Mayor Ruth Kane said on Monday.\n\nOn “The Evening Desk,” Governor Ivan "
        "Petrov defended the new tax at length. “Nobody likes paying more, but the roads need it.”",
        1,
        "preceding_subject",
        "Ivan Petrov",
        "Governor Ivan Petrov",
        None,
        id="title-in-the-lead-in-sentence-is-no-quote",
    ),
    pytest.param(
        "“We will not cut the budget,” Mayor Ruth Kane said on Monday. “The roads need it.”",
        1,
        "continuation",
        "Ruth Kane",
        "Mayor Ruth Kane",
        "said",
        id="next-quote-still-continues",
    ),
]


@pytest.mark.parametrize(
    ("text", "index", "rule", "name", "mention", "cue"),
    [*PARTICIPLE_ROWS, *ISSUER_ROWS, *RESULT_CLAUSE_ROWS, *WRITER_SENTENCE_ROWS],
)
def test_cue_pattern(
    attributor: QuoteAttributor, text: str, index: int, rule: str, name: str, mention: str, cue: str | None
) -> None:
    q = attributor.attribute(text).quotes[index]
    assert q.speaker is not None
    assert (q.rule, q.speaker.name, q.speaker.mention.text) == (rule, name, mention)
    assert text[q.speaker.mention.start : q.speaker.mention.end] == mention
    assert (q.cue.text if q.cue else None) == cue


# `as X put it` right after a quote: X's words; under a report of them (`A report that … “x,” as B said`), via A
AS_CLAUSE_ROWS = [
    pytest.param(
        "Critics repeat the charge, mostly because the levy falls on what is a “tax on the poor,” as Ida Marsh, "
        "the county treasurer, put it last week.",
        "Ida Marsh",
        "Ida Marsh",
        "put",
        None,
        id="as-she-put-it-beats-a-verb-further-up",
    ),
    pytest.param(
        "The deal was “a bridge too far,” as Senator Ida Marsh put it on Monday.",
        "Ida Marsh",
        "Senator Ida Marsh",
        "put",
        None,
        id="as-she-put-it-after-a-plain-clause",
    ),
    pytest.param(
        "The network's anchors routinely report that the warnings come from “activists with an agenda,” as the "
        "anchor Lee Dunmore said in May.",
        "Lee Dunmore",
        "the anchor Lee Dunmore",
        "said",
        "network's anchors",
        id="as-he-said-inside-a-report-is-relayed",
    ),
]


@pytest.mark.parametrize(("text", "name", "mention", "cue", "via"), AS_CLAUSE_ROWS)
def test_as_clause_after_quote(
    attributor: QuoteAttributor, text: str, name: str, mention: str, cue: str, via: str | None
) -> None:
    q = attributor.attribute(text).quotes[0]
    assert q.speaker is not None
    assert (q.rule, q.speaker.name, q.speaker.mention.text) == ("speech_cue_after", name, mention)
    assert (q.cue.text if q.cue else None) == cue
    assert (q.via.name if q.via else None) == via


# `per X` after a quote names a source as `according to X` does; a rate (`per person`) does not
PER_ROWS = [
    pytest.param(
        "Council members may not send a proxy when the vote is “to replace a sitting chair,” per the city charter.",
        "city charter",
        "the city charter",
        None,
        id="per-the-charter-is-the-source",
    ),
    pytest.param(
        "“We are not leaving,” Ana Ruiz said on Monday, per the Ledger.",
        "Ana Ruiz",
        "Ana Ruiz",
        "Ledger",
        id="per-an-outlet-after-a-cue-relays",
    ),
    pytest.param(
        "Ana Ruiz said tickets will cost “a small fortune,” per person.",
        "Ana Ruiz",
        "Ana Ruiz",
        None,
        id="per-person-is-a-rate-not-a-source",
    ),
]


@pytest.mark.parametrize(("text", "name", "mention", "via"), PER_ROWS)
def test_per_source(attributor: QuoteAttributor, text: str, name: str, mention: str, via: str | None) -> None:
    q = attributor.attribute(text).quotes[0]
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.mention.text) == (name, mention)
    assert (q.via.name if q.via else None) == via
