"""The reporting-verb lexicon and cue finding."""

from __future__ import annotations

from spacy.tokens import Token

from service.nlp.lexicons import load, load_pairs

SPEECH_VERBS = load("speech_verbs.txt")
PHRASAL = frozenset(load_pairs("speech_phrasal_verbs.txt"))
PHRASAL_LEMMAS = frozenset(verb for verb, _ in PHRASAL)


def is_speech_verb(token: Token) -> bool:
    """`said`, `told`, `tweeted`, `went on`, `refers to it as` → True; `ate`, `went home` → False."""
    if token.pos_ not in {"VERB", "AUX"}:
        return False
    if token.dep_ == "pcomp" and token.head.lower_ == "without":
        return False  # "all without speaking his name": a speech act that did not happen is no cue
    lemma = token.lemma_.lower()
    if lemma in SPEECH_VERBS:
        return True
    if lemma == "refer":  # `refers to it as “x”` names it; `refers to the law` reports no words
        return any(c.dep_ == "prep" and c.lower_ == "as" for c in token.children)
    if lemma in PHRASAL_LEMMAS:
        return any(_particle(c, token) and (lemma, c.lower_) in PHRASAL for c in token.children)
    return False


def _particle(child: Token, verb: Token) -> bool:
    """`shot back` with `back` tagged a particle, or an adverb right after the verb that runs into the words
    (`Ruiz shot back, “…”`, `hit back:`); `hit back on Wednesday` tells an event, not a cue."""
    if child.dep_ == "prt":
        return True
    if child.dep_ != "advmod" or child.lower_ != "back" or child.i != verb.i + 1 or child.i + 1 >= len(child.doc):
        return False
    return child.doc[child.i + 1].text in {",", ":", "\u201c", '"'}
