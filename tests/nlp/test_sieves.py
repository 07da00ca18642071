"""Attribution rules, one behaviour per row, through the pinned model (sentences written for these tests)."""

from __future__ import annotations

import pytest

from service.nlp.attributor import QuoteAttributor
from service.nlp.types import Quote


def _quote(attributor: QuoteAttributor, text: str, index: int) -> Quote:
    quotes = attributor.attribute(text).quotes
    return quotes[index]


# text, which quote, rule, speaker name, mention, cue
RULE_CASES = [
    pytest.param(
        "“We will win the vote,” Martha Ellison said.",
        0,
        "speech_cue_after",
        "Martha Ellison",
        "Martha Ellison",
        "said",
        id="cue-after-name",
    ),
    pytest.param(
        "“Prices will fall next year,” Dana Whitfield told reporters.",
        0,
        "speech_cue_after",
        "Dana Whitfield",
        "Dana Whitfield",
        "told",
        id="cue-after-told-reporters",
    ),
    pytest.param(
        "“The bridge is safe,” said the city engineer, Paul Okafor.",
        0,
        "speech_cue_after",
        "Paul Okafor",
        "Paul Okafor",
        "said",
        id="cue-after-inverted",
    ),
    pytest.param(
        "Governor Lena Hart said, “Nobody will be left behind.”",
        0,
        "speech_cue_before",
        "Lena Hart",
        "Governor Lena Hart",
        "said",
        id="cue-before-comma",
    ),
    pytest.param(
        "Mayor Tom Brandt said: “The budget is balanced.”",
        0,
        "speech_cue_colon",
        "Tom Brandt",
        "Mayor Tom Brandt",
        "said",
        id="cue-before-colon",
    ),
    pytest.param(
        "Rob Keller said the proposal was “dead on arrival” in its current form.",
        0,
        "clause_subject",
        "Rob Keller",
        "Rob Keller",
        "said",
        id="partial-in-clause",
    ),
    pytest.param(
        "Jack Morrow described the result as “a miracle.”",
        0,
        "clause_subject",
        "Jack Morrow",
        "Jack Morrow",
        "described",
        id="partial-described-as",
    ),
    pytest.param(
        "The plan is “dead on arrival,” according to Senator Rob Keller.",
        0,
        "according_to",
        "Rob Keller",
        "Senator Rob Keller",
        "according to",
        id="according-to",
    ),
    pytest.param(
        "Rob Keller was quoted as saying that the deal was “a historic step.”",
        0,
        "quoted_as_saying",
        "Rob Keller",
        "Rob Keller",
        "saying",
        id="quoted-as-saying",
    ),
    pytest.param(
        "“Exports will double by spring,” part of the ministry statement reads.",
        0,
        "document_speaker",
        "ministry statement",
        "part of the ministry statement",
        "reads",
        id="document-reads",
    ),
    pytest.param(
        "“Courage is contagious.” — Ada Brenner, novelist",
        0,
        "trailing_credit",
        "Ada Brenner",
        "Ada Brenner",
        None,
        id="trailing-credit",
    ),
    pytest.param(
        "“We won,” Jack Morrow said. “It was close.”",
        1,
        "continuation",
        "Jack Morrow",
        "Jack Morrow",
        "said",
        id="continuation-same-paragraph",
    ),
    pytest.param(
        "Jack Morrow said the team had struggled all year.\n“It was close, but we won.”",
        0,
        "previous_sentence_cue",
        "Jack Morrow",
        "Jack Morrow",
        "said",
        id="cue-in-previous-sentence",
    ),
    pytest.param(
        "The coach put it plainly:\n“We need a new plan.”",
        0,
        "colon_intro",
        "coach",
        "The coach",
        "put",
        id="colon-intro-previous-paragraph",
    ),
    pytest.param(
        '"MODERATOR: Welcome back to the program."',
        0,
        "speaker_label",
        "MODERATOR",
        "MODERATOR",
        None,
        id="transcript-label",
    ),
]


@pytest.mark.parametrize(("text", "index", "rule", "name", "mention", "cue"), RULE_CASES)
def test_rule(
    attributor: QuoteAttributor, text: str, index: int, rule: str, name: str, mention: str, cue: str | None
) -> None:
    q = _quote(attributor, text, index)
    assert q.rule == rule
    assert q.speaker is not None
    assert q.speaker.name == name
    assert q.speaker.mention.text == mention
    assert text[q.speaker.mention.start : q.speaker.mention.end] == mention
    assert (q.cue.text if q.cue else None) == cue


NO_SPEAKER_CASES = [
    pytest.param("“Nobody saw this coming.”", id="bare-quote"),
    pytest.param("The “new normal” has arrived in the city.", id="scare-quote-as-subject"),
    pytest.param("Moscow views the group as a “useful partner” in the region.", id="opinion-verb-not-speech"),
    pytest.param("Voting opened on Monday. “Vote early,” it urged.", id="pronoun-without-named-antecedent"),
]


@pytest.mark.parametrize("text", NO_SPEAKER_CASES)
def test_no_speaker_when_text_gives_none(attributor: QuoteAttributor, text: str) -> None:
    (q,) = attributor.attribute(text).quotes
    assert q.speaker is None


def test_weaker_rule_lower_confidence(attributor: QuoteAttributor) -> None:
    text = "“We won,” Jack Morrow said. “It was close.”"
    first, second = attributor.attribute(text).quotes
    assert first.rule == "speech_cue_after" and second.rule == "continuation"
    assert first.confidence > second.confidence > 0


def test_continuation_stops_at_a_new_speaker(attributor: QuoteAttributor) -> None:
    text = "“We won,” Jack Morrow said.\nLisa Grant disagreed. “We were lucky,” she said."
    first, second = attributor.attribute(text).quotes
    assert first.speaker is not None and first.speaker.name == "Jack Morrow"
    assert second.speaker is not None and second.speaker.name == "Lisa Grant"


def test_cue_inside_another_quote_is_ignored(attributor: QuoteAttributor) -> None:
    text = "“He said we would lose,” Omar Haddad said."
    (q,) = attributor.attribute(text).quotes
    assert q.speaker is not None and q.speaker.name == "Omar Haddad"
    assert q.cue is not None and q.cue.start > q.end
