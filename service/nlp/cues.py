"""The reporting-verb lexicon and cue finding."""

from __future__ import annotations

from spacy.tokens import Token

from service.nlp.lexicons import load

SPEECH_VERBS = load("speech_verbs.txt")


def is_speech_verb(token: Token) -> bool:
    """`said`, `told`, `tweeted` → True; `ate` → False."""
    return token.pos_ in {"VERB", "AUX"} and token.lemma_.lower() in SPEECH_VERBS
