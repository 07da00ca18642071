"""Relays and turns: who said the words, who passes them on (`via`), and who speaks in an exchange.

Sentences written for these tests; each row asserts the exact speaker (name and mention) and `via`.
"""

from __future__ import annotations

import pytest

from service.nlp.attributor import QuoteAttributor
from service.nlp.types import Quote


def _quote(attributor: QuoteAttributor, text: str, index: int) -> Quote:
    return attributor.attribute(text).quotes[index]


def _check(attributor: QuoteAttributor, text: str, index: int, speaker: tuple[str, str], via: str | None) -> None:
    q = _quote(attributor, text, index)
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.mention.text) == speaker
    assert text[q.speaker.mention.start : q.speaker.mention.end] == speaker[1]
    assert (q.via.name if q.via is not None else None) == via


# (text, quote index, (speaker name, speaker mention), via name)
OWNED_WORDS_CASES = [
    pytest.param(
        "Nadia Holm called Sen. Victor Crane's claim of a “rigged count” baseless.",
        0,
        ("Victor Crane", "Sen. Victor Crane's"),
        "Nadia Holm",
        id="a-claim-of-words-the-reporter-judges",
    ),
    pytest.param(
        "Nadia Holm said voters would not forget Victor Crane's description of himself as a “plain farmer.”",
        0,
        ("Nadia Holm", "Nadia Holm"),
        None,
        id="as-phrase-is-the-reporters-label",
    ),
    pytest.param(
        "Nadia Holm said few voters believe Victor Crane's promise that taxes will “never rise again.”",
        0,
        ("Victor Crane", "Victor Crane's"),
        "Nadia Holm",
        id="a-that-clause-completing-an-owned-promise",
    ),
    pytest.param(
        "Nadia Holm dismissed Victor Crane's “reckless” remarks on Friday.",
        0,
        ("Nadia Holm", "Nadia Holm"),
        None,
        id="a-word-qualifying-the-noun-is-the-reporters",
    ),
]


@pytest.mark.parametrize(("text", "index", "speaker", "via"), OWNED_WORDS_CASES)
def test_words_an_owned_speech_noun_holds_are_the_owners(
    attributor: QuoteAttributor, text: str, index: int, speaker: tuple[str, str], via: str | None
) -> None:
    _check(attributor, text, index, speaker, via)


# (text, quote index, (speaker name, speaker mention), via name)
NAMING_CASES = [
    pytest.param(
        "Nadia Holm said that Tom Ruiz refers to the levy as “a lifeline for farms.”",
        0,
        ("Tom Ruiz", "Tom Ruiz"),
        "Nadia Holm",
        id="refers-to-it-as-under-a-report",
    ),
    pytest.param(
        "When Nadia Holm pointed out that Tom Ruiz refers to the levy as “a lifeline,” the panel laughed.",
        0,
        ("Tom Ruiz", "Tom Ruiz"),
        "Nadia Holm",
        id="refers-to-it-as-in-a-time-clause",
    ),
    pytest.param(
        "Nadia Holm said Tom Ruiz referred to “the 2019 audit” twice in his speech.",
        0,
        ("Nadia Holm", "Nadia Holm"),
        None,
        id="refers-to-a-thing-names-nothing",
    ),
]


@pytest.mark.parametrize(("text", "index", "speaker", "via"), NAMING_CASES)
def test_refer_to_as_names_words(
    attributor: QuoteAttributor, text: str, index: int, speaker: tuple[str, str], via: str | None
) -> None:
    _check(attributor, text, index, speaker, via)
