"""Relays and turns: who said the words, who passes them on (`via`), and who speaks in an exchange.

Sentences written for these tests; each row asserts the exact speaker (name and mention) and `via`.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from service.nlp.attributor import QuoteAttributor
from service.nlp.cues import is_speech_verb
from service.nlp.marks import find_quote_spans
from service.nlp.sieves import Sieves, _stranded_subject
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


def _found_with_via(doc: Doc) -> tuple[str, str | None]:
    """Mention and via the sieves give the first quote of a hand-built `Doc`."""
    spans = find_quote_spans(doc.text)
    found = Sieves(doc, spans).attribute(spans[0])
    assert found is not None and found.mention is not None
    return found.mention.text, found.via.text if found.via is not None else None


@pytest.mark.parametrize(
    ("mark", "expected"),
    [
        pytest.param(None, ("Marsh", "The Gazette"), id="a-conjunct-of-the-noted-clause-is-noted-too"),
        pytest.param("before", ("Marsh", None), id="a-time-clause-conjunct-is-not-what-is-noted"),
    ],
)
def test_conjunct_of_a_reported_that_clause_is_relayed(
    nlp: Language, mark: str | None, expected: tuple[str, str | None]
) -> None:
    # `The Gazette notes that Brandt tweeted, and Marsh called it “weak.”`, the parse hanging `called` on
    # `tweeted` (inside what the Gazette notes) rather than on `notes`
    words = ["The", "Gazette", "notes", "that", "Brandt", "tweeted", ",", "and", "Marsh", "called", "it", "“"]
    words += ["weak", ".", "”"]
    heads = [1, 2, 2, 5, 5, 2, 5, 5, 9, 5, 9, 12, 9, 9, 9]
    deps = ["det", "nsubj", "ROOT", "mark", "nsubj", "ccomp", "punct", "cc", "nsubj", "conj", "dobj", "punct"]
    deps += ["oprd", "punct", "punct"]
    pos = ["DET", "PROPN", "VERB", "SCONJ", "PROPN", "VERB", "PUNCT", "CCONJ", "PROPN", "VERB", "PRON", "PUNCT"]
    pos += ["ADJ", "PUNCT", "PUNCT"]
    tags = ["DT", "NNP", "VBZ", "IN", "NNP", "VBD", ",", "CC", "NNP", "VBD", "PRP", "``", "JJ", ".", "''"]
    lemmas = ["the", "Gazette", "note", "that", "Brandt", "tweet", ",", "and", "Marsh", "call", "it", "“"]
    lemmas += ["weak", ".", "”"]
    ents = ["O", "B-ORG", "O", "O", "B-PERSON", "O", "O", "O", "B-PERSON", "O", "O", "O", "O", "O", "O"]
    spaces = [True] * 11 + [False, False, False, False]
    if mark is not None:  # `…, and long before Marsh called it “weak.”`
        words[7:8] = ["and", mark]
        heads = [h + (h > 7) for h in heads]
        heads[8:8] = [10]
        deps[7:8] = ["cc", "mark"]
        pos[7:8] = ["CCONJ", "SCONJ"]
        tags[7:8] = ["CC", "IN"]
        lemmas[7:8] = ["and", mark]
        ents[7:8] = ["O", "O"]
        spaces[7:8] = [True, True]
    doc = Doc(nlp.vocab, words, spaces, tags=tags, pos=pos, heads=heads, deps=deps, lemmas=lemmas, ents=ents)
    assert _found_with_via(doc) == expected


# interviews and exchanges: (text, quote index, (speaker name, speaker mention), via name)
EXCHANGE_CASES = [
    pytest.param(
        "Sen. Maria Olsen spoke on Monday. In an interview with radio hosts Ann Lee and Tom Ruiz, the senator "
        "stated that the bill was “dead on arrival.”",
        0,
        ("Maria Olsen", "the senator"),
        None,
        id="the-hosts-of-an-interview-are-not-the-speaker",
    ),
    pytest.param(
        "“We will win,” Ana Ruiz said on “Morning Desk.” On “Night Desk,” Sen. Tom Weller, who lost the primary, "
        "described the plan as a gift to donors. “Nobody in my state wants it.”",
        1,
        ("Tom Weller", "Sen. Tom Weller"),
        None,
        id="a-rival-written-about-before-the-next-quote-takes-the-turn",
    ),
    pytest.param(
        "Sen. Maria Olsen spoke on Monday. At the club, Ann Ruiz, its manager, argued that the fee was “unfair.”",
        0,
        ("Ann Ruiz", "Ann Ruiz"),
        None,
        id="a-role-set-off-by-commas-stands-beside-the-name",
    ),
]


@pytest.mark.parametrize(("text", "index", "speaker", "via"), EXCHANGE_CASES)
def test_who_speaks_in_an_exchange(
    attributor: QuoteAttributor, text: str, index: int, speaker: tuple[str, str], via: str | None
) -> None:
    _check(attributor, text, index, speaker, via)


@pytest.mark.parametrize(
    ("comma", "subject"),
    [
        pytest.param(False, "candidate", id="a-description-run-into-the-verb-is-its-subject"),
        pytest.param(True, "Ruiz", id="a-description-closed-by-a-comma-stands-beside-the-name"),
    ],
)
def test_description_after_the_hosts_names(nlp: Language, comma: bool, subject: str) -> None:
    # `With hosts Ann Lee and Tom Ruiz, the candidate stated …` parsed with `the candidate` as an apposition of
    # Ruiz and `stated` left without a subject (`…, the candidate, stated`: the name's apposition)
    words = ["With", "hosts", "Ann", "Lee", "and", "Tom", "Ruiz", ",", "the", "candidate", "stated", "“", "no", "”"]
    heads = [10, 3, 3, 0, 3, 6, 3, 6, 9, 6, 10, 12, 10, 12]
    deps = ["prep", "compound", "compound", "pobj", "cc", "compound", "conj", "punct", "det", "appos", "ROOT"]
    deps += ["punct", "dobj", "punct"]
    pos = ["ADP", "NOUN", "PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"]
    pos += ["INTJ", "PUNCT"]
    tags = ["IN", "NNS", "NNP", "NNP", "CC", "NNP", "NNP", ",", "DT", "NN", "VBD", "``", "UH", "''"]
    lemmas = ["with", "host", "Ann", "Lee", "and", "Tom", "Ruiz", ",", "the", "candidate", "state", "“", "no", "”"]
    ents = ["O", "O", "B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON"] + ["O"] * 7
    spaces = [True, True, True, True, True, True, False, True, True, True, True, False, False, False]
    if comma:
        words[10:10], heads[10:10], deps[10:10], pos[10:10], tags[10:10] = [","], [9], ["punct"], ["PUNCT"], [","]
        lemmas[10:10], ents[10:10], spaces[9:10] = [","], ["O"], [False, True]
        heads = [h + (h >= 10 and i != 10) for i, h in enumerate(heads)]
    doc = Doc(nlp.vocab, words, spaces, tags=tags, pos=pos, heads=heads, deps=deps, lemmas=lemmas, ents=ents)
    verb = next(t for t in doc if t.text == "stated")
    quoted = [t.text in {"“", "no", "”"} for t in doc]
    hit = _stranded_subject(verb, quoted)
    assert hit is not None and (hit[0].text, hit[1].text) == (subject, "stated")


# a retort: `shot back` / `fired back` with `back` parsed as an adverb is the cue before the quote
RETORT_CASES = [
    pytest.param(
        "When Tom Weller accused Ana Ruiz of going soft on the banks, she said “I stood up to them” at every "
        "turn. Weller shot back, “Ruiz called them out. Oh my, they must have been terrified.”",
        1,
        ("speech_cue_before", "Tom Weller", "Weller"),
        id="shot-back-after-the-rivals-quote",
    ),
    pytest.param(
        "After Ana Ruiz attacked his record during the debate, Weller fired back, “My record speaks for itself.”",
        0,
        ("speech_cue_before", "Weller", "Weller"),
        id="fired-back",
    ),
]


@pytest.mark.parametrize(("text", "index", "expected"), RETORT_CASES)
def test_retort_is_a_cue(attributor: QuoteAttributor, text: str, index: int, expected: tuple[str, str, str]) -> None:
    q = _quote(attributor, text, index)
    assert q.speaker is not None
    assert (q.rule, q.speaker.name, q.speaker.mention.text) == expected


# a speaking participle the parse hung on a time clause: (text, quote index, (speaker name, mention), via)
PARTICIPLE_CASES = [
    pytest.param(
        "Sen. Tom Ruiz won his primary on Tuesday. “The race is over,” Lena Marsh said on her radio show after the "
        "senator easily won his primary, remarking that voters had been “very patient.”",
        1,
        ("Lena Marsh", "Lena Marsh"),
        None,
        id="the-host-remarks-not-the-senator-she-talks-about",
    ),
    pytest.param(
        "Lena Marsh spoke to reporters after Tom Ruiz won the vote, calling the result “a disgrace.”",
        0,
        ("Lena Marsh", "Lena Marsh"),
        None,
        id="after-clause-between-the-cue-and-its-participle",
    ),
    pytest.param(
        "Ivo Brandt has been criticized for the plan, though he defended it on Monday, saying it was “the only way.”",
        0,
        ("Ivo Brandt", "he"),
        None,
        id="a-concessions-participle-is-its-own",
    ),
]


@pytest.mark.parametrize(("text", "index", "speaker", "via"), PARTICIPLE_CASES)
def test_participle_after_a_time_clause_is_the_speakers(
    attributor: QuoteAttributor, text: str, index: int, speaker: tuple[str, str], via: str | None
) -> None:
    _check(attributor, text, index, speaker, via)


# a negated cue after a quote reports no words: (text, quote index, (speaker name, mention), via)
NEGATED_CUE_CASES = [
    pytest.param(
        "Lena Marsh spoke first. “The answer is not to shout.” Tom Weller did not reply.",
        0,
        ("Lena Marsh", "Lena Marsh"),
        None,
        id="did-not-reply-after-the-quote",
    ),
    pytest.param(
        "Lena Marsh spoke first. “The answer is not to shout.” Tom Weller, again, never responded.",
        0,
        ("Lena Marsh", "Lena Marsh"),
        None,
        id="never-responded-past-an-aside",
    ),
]


@pytest.mark.parametrize(("text", "index", "speaker", "via"), NEGATED_CUE_CASES)
def test_negated_cue_after_a_quote_is_no_cue(
    attributor: QuoteAttributor, text: str, index: int, speaker: tuple[str, str], via: str | None
) -> None:
    _check(attributor, text, index, speaker, via)


@pytest.mark.parametrize(
    ("pronoun", "subject"),
    [
        pytest.param("who", "Ruiz", id="a-name-and-its-who-both-read-as-subjects"),
        pytest.param("he", None, id="two-subjects-without-who-are-no-relative"),
    ],
)
def test_name_before_who_in_a_clause_hung_before_the_cue(nlp: Language, pronoun: str, subject: str | None) -> None:
    # `Ruiz, meanwhile, who has no backers, said the plan was “dead.”` parsed with Ruiz and `who` both subjects
    # of `has`, that clause hung on `said` as a complement, and `said` left without a subject
    words = ["Ruiz", ",", "meanwhile", ",", pronoun, "has", "no", "backers", ",", "said", "the", "plan", "was", "“"]
    words += ["dead", ".", "”"]
    heads = [5, 5, 5, 5, 5, 9, 7, 5, 9, 9, 11, 12, 9, 14, 12, 9, 9]
    deps = ["nsubj", "punct", "advmod", "punct", "nsubj", "ccomp", "det", "dobj", "punct", "ROOT", "det", "nsubj"]
    deps += ["ccomp", "punct", "acomp", "punct", "punct"]
    pos = ["NOUN", "PUNCT", "ADV", "PUNCT", "PRON", "VERB", "DET", "NOUN", "PUNCT", "VERB", "DET", "NOUN", "AUX"]
    pos += ["PUNCT", "ADJ", "PUNCT", "PUNCT"]
    tags = ["NNS", ",", "RB", ",", "WP" if pronoun == "who" else "PRP", "VBZ", "DT", "NNS", ",", "VBD", "DT", "NN"]
    tags += ["VBD", "``", "JJ", ".", "''"]
    lemmas = [w.lower() for w in words]
    lemmas[5], lemmas[9], lemmas[12] = "have", "say", "be"
    spaces = [False, True, False, True, True, True, True, False, True, True, True, True, True, False, False, False]
    spaces += [False]
    doc = Doc(nlp.vocab, words, spaces, tags=tags, pos=pos, heads=heads, deps=deps, lemmas=lemmas)
    quoted = [i >= 13 for i in range(len(doc))]
    hit = _stranded_subject(doc[9], quoted)
    assert (hit[0].text if hit is not None else None) == subject


# a relative clause on the quoted words goes on with them; the cue is the one after it
RELATIVE_ON_QUOTE_CASES = [
    pytest.param(
        "“The agency will search the new files for records” that would respond to the requests from the "
        "watchdog, agency lawyer Ana Ruiz wrote in a court filing.",
        0,
        ("Ana Ruiz", "agency lawyer Ana Ruiz"),
        None,
        id="that-would-respond-on-quoted-records",
    ),
    pytest.param(
        "“We will search the files for documents” which might answer the questions from the committee, "
        "agency lawyer Ana Ruiz wrote in a filing.",
        0,
        ("Ana Ruiz", "agency lawyer Ana Ruiz"),
        None,
        id="which-might-answer-on-quoted-documents",
    ),
]


@pytest.mark.parametrize(("text", "index", "speaker", "via"), RELATIVE_ON_QUOTE_CASES)
def test_relative_on_quoted_words_is_no_cue(
    attributor: QuoteAttributor, text: str, index: int, speaker: tuple[str, str], via: str | None
) -> None:
    _check(attributor, text, index, speaker, via)


# an act not done (expected, or negated) is the reporter's word for it, not words someone said
UNREAL_ACT_CASES = [
    pytest.param(
        "Lena Marsh told reporters that her team expects Tom Weller to open the debate by calling her plan “a fraud.”",
        0,
        ("Lena Marsh", "Lena Marsh"),
        None,
        id="an-expected-act-is-the-reporters-word",
    ),
    pytest.param(
        "Ana Ruiz called for the mayor to resign for not calling the flood “a disaster.”",
        0,
        ("Ana Ruiz", "Ana Ruiz"),
        None,
        id="a-negated-act-is-the-reporters-word",
    ),
    pytest.param(
        "The report shows the memo was sent in May, long before city officials started to describe the leak as "
        "“minor.”",
        0,
        ("city officials", "city officials"),
        None,
        id="a-done-act-keeps-its-doer",
    ),
]


@pytest.mark.parametrize(("text", "index", "speaker", "via"), UNREAL_ACT_CASES)
def test_unreal_act_goes_to_the_report(
    attributor: QuoteAttributor, text: str, index: int, speaker: tuple[str, str], via: str | None
) -> None:
    _check(attributor, text, index, speaker, via)


# turn-taking: an answer standing alone in the paragraph after a question is the addressee's
TURN_CASES = [
    pytest.param(
        "Sen. Ana Ruiz sat down with host Dana Bash on Sunday.\n\n“Did you vote for the bill?” Bash asked Ruiz.\n\n"
        "“I did, and I would do it again.”",
        1,
        ("Ana Ruiz", "Ruiz"),
        id="the-one-asked-answers",
    ),
    pytest.param(
        "Sen. Ana Ruiz sat down with host Dana Bash on Sunday.\n\n“Senator Ruiz, did you vote for the bill?” Bash "
        "asked.\n\n“I did, and I would do it again.”",
        1,
        ("Ana Ruiz", "Senator Ruiz"),
        id="the-one-named-in-the-vocative-answers",
    ),
    pytest.param(
        "Sen. Ana Ruiz sat down with host Dana Bash on Sunday.\n\n“Did you vote for the bill?” Bash asked Ruiz. "
        "“I did, and I would do it again.”",
        1,
        ("Dana Bash", "Bash"),
        id="in-the-same-paragraph-the-asker-goes-on",
    ),
    pytest.param(
        "Mayor Tom Weller met the press on Friday.\n\n“You think I am going to change?” Weller asked reporters.\n\n"
        "“I am not changing.”",
        1,
        ("Tom Weller", "Weller"),
        id="a-question-to-the-room-is-rhetorical",
    ),
    pytest.param(
        "Sen. Ana Ruiz sat down with host Dana Bash on Sunday.\n\n“Did you vote for the bill?” Bash asked Ruiz.\n\n"
        "“And did you read it first?”",
        1,
        ("Dana Bash", "Bash"),
        id="a-further-question-is-the-askers-follow-up",
    ),
]


TURN_CASES += [
    pytest.param(
        "Sen. Ana Ruiz sat down with host Dana Bash on Sunday.\n\n“The bill is a disaster,” Ruiz said.\n\n“Did you "
        "vote for it?” Bash asked.\n\n“I did, and I would do it again.”",
        2,
        ("Ana Ruiz", "Ruiz"),
        id="an-answer-to-a-question-goes-back-to-the-earlier-speaker",
    ),
    pytest.param(
        "Tom Weller and Ana Ruiz met in Ohio.\n\n“The plan is a gift to donors,” Ruiz said.\n\n“The plan is dead,” "
        "Weller said.\n\n“Tom, that is simply false.”",
        2,
        ("Ana Ruiz", "Ruiz"),
        id="a-vocative-to-the-last-speaker-is-the-other-speakers-turn",
    ),
    pytest.param(
        "Sen. Mark Hart spoke at the rally.\n\n“I took their money but it did not change me?” Hart said, mocking his "
        "rival.\n\n“Nobody here is that gullible, believe me.”",
        1,
        ("Mark Hart", "Hart"),
        id="a-question-said-for-effect-keeps-the-speaker",
    ),
    pytest.param(
        "Sen. Ana Ruiz sat down with host Dana Bash on Sunday. Bash asked Ruiz whether she had voted for the bill. "
        "“I did, and I would do it again.”",
        0,
        ("Ana Ruiz", "Ruiz"),
        id="the-one-asked-in-the-sentence-before-answers",
    ),
    pytest.param(
        "Sen. Ana Ruiz sat down with host Dana Bash on Sunday. Bash told Ruiz that the bill had failed. "
        "“It was never going to pass.”",
        0,
        ("Dana Bash", "Bash"),
        id="the-one-told-is-no-answerer",
    ),
]


def test_vocative_to_the_last_speaker_with_no_one_else_is_nobodys(attributor: QuoteAttributor) -> None:
    text = "Tom Weller and Ana Ruiz met in Ohio.\n\n“The plan is dead,” Weller said.\n\n“Tom, that is simply false.”"
    q = _quote(attributor, text, 1)
    assert (q.speaker, q.rule) == (None, "answer_turn")


@pytest.mark.parametrize(("text", "index", "speaker"), TURN_CASES)
def test_answer_after_a_question_is_the_addressees(
    attributor: QuoteAttributor, text: str, index: int, speaker: tuple[str, str]
) -> None:
    _check(attributor, text, index, speaker, None)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        pytest.param("After the vote, Weller shot back, “We will appeal.”", True, id="shot-back-into-the-words"),
        pytest.param("Mayor Maria Lopez hit back on Wednesday.", False, id="hit-back-on-a-day-tells-an-event"),
    ],
)
def test_back_after_a_retort_verb(nlp: Language, text: str, cue: bool) -> None:
    doc = nlp(text)
    verb = next(t for t in doc if t.lower_ in {"shot", "hit"})
    assert is_speech_verb(verb) is cue
