"""Attribution rules, one behaviour per row, through the pinned model (sentences written for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from service.nlp.attributor import QuoteAttributor
from service.nlp.cues import is_speech_verb
from service.nlp.marks import find_quote_spans
from service.nlp.sieves import (
    Sieves,
    _as_past_relative,
    _capitalised_name,
    _found,
    _is_person,
    _np_run,
    _past_appositive,
    _sentence_case,
    _subject,
)
from service.nlp.types import Quote


def _quote(attributor: QuoteAttributor, text: str, index: int) -> Quote:
    quotes = attributor.attribute(text).quotes
    return quotes[index]


# text, which quote, rule, speaker name, mention, cue
RULE_CASES = [
    pytest.param(
        "The mayor spoke first. Then Paul Okafor cut in: “That is not true.”",
        0,
        "speech_cue_colon",
        "Paul Okafor",
        "Paul Okafor",
        "cut",
        id="cue-colon-phrasal-cut-in",
    ),
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
        "“We will appeal the ruling,” Dana Whitfield said on Monday, according to the Riverton Tribune.",
        0,
        "speech_cue_after",
        "Dana Whitfield",
        "Dana Whitfield",
        "said",
        id="according-to-beside-a-cue-relays-the-cue-subject",
    ),
    pytest.param(
        "Lena Hart said that according to her own count, the union had won “a clear majority.”",
        0,
        "clause_subject",
        "Lena Hart",
        "Lena Hart",
        "said",
        id="according-to-inside-what-a-speaker-reports-yields",
    ),
    pytest.param(
        "The tax is meant to curb “short-term” investors, according to a speech Dora Finch gave in Boston last year.",
        0,
        "according_to",
        "Dora Finch",
        "Dora Finch",
        "according to",
        id="according-to-a-document-its-author-gave",
    ),
    pytest.param(
        "The tax is meant to curb “short-term” investors, according to a memo signed by Dora Finch.",
        0,
        "according_to",
        "Dora Finch",
        "Dora Finch",
        "according to",
        id="according-to-a-document-its-author-signed",
    ),
    pytest.param(
        "If the vote fails — as many aides expect, though the mayor strongly denies — “what happens to the "
        "bridge?” asked Carla Mendez, a council member.",
        0,
        "speech_cue_after",
        "Carla Mendez",
        "Carla Mendez",
        "asked",
        id="inverted-cue-after-wins-over-a-verb-before-in-an-aside",
    ),
    pytest.param(
        "Nora Pike called the plan “terrible,” denounced its cost as a scandal and said she would vote no.",
        0,
        "clause_subject",
        "Nora Pike",
        "Nora Pike",
        "called",
        id="verb-after-a-partial-quote-opening-a-list-is-no-inverted-cue",
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
        "The league issued a statement on Friday.\n\n“We are deeply sorry for the delay.”",
        0,
        "previous_sentence_cue",
        "league",
        "The league",
        "issued",
        id="previous-sentence-issued-a-statement",
    ),
    pytest.param(
        "On Friday, the league issued a statement apologizing to the fans for the emails, which showed referees "
        "suggesting the final should be moved.\n\n“We are deeply sorry for the words used by our staff.”",
        0,
        "previous_sentence_cue",
        "league",
        "the league",
        "issued",
        id="previous-sentence-not-a-cue-inside-a-relative-clause",
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
        "In a television interview later that week, Quenby went even further: "
        "“If he runs and loses, it’s the end of his party.”",
        0,
        "colon_intro",
        "Quenby",
        "Quenby",
        None,
        id="colon-intro-clause-hung-under-the-quote",
    ),
    pytest.param(
        "Dara Lund visits her brother every week. And she is sure that keeping Okafor in prison will only make "
        "his name louder: \"They're building a legend, as far as I'm concerned.\"",
        0,
        "colon_intro",
        "Dara Lund",
        "she",
        None,
        id="colon-intro-not-the-name-in-the-content-clause",
    ),
    pytest.param(
        "After Ibsen announced the closure, Voss was blunt: “Nobody asked us.”",
        0,
        "colon_intro",
        "Voss",
        "Voss",
        None,
        id="colon-intro-not-the-cue-of-a-time-clause",
    ),
    pytest.param(
        "Mr. Okafor, whose latest firm, Bluepine, sells maps to help cities plan roads, said Ms. Lund was a leader "
        "in the spirit of the valley: ''She is fast and she is stubborn.''",
        0,
        "colon_intro",
        "Okafor",
        "Okafor",
        None,
        id="colon-intro-lost-parse-person-before-said-not-after",
    ),
    pytest.param(
        "As the Dunmore Ledger reported, even on Monday the county board was refusing to call the flood a "
        'disaster:\n"The board is still reluctant to release the money, citing the ongoing review."',
        0,
        "colon_intro",
        "Dunmore Ledger",
        "the Dunmore Ledger",
        "reported",
        id="colon-intro-as-the-source-reported",
    ),
    pytest.param(
        "“We will not raise taxes,” Rosa Linde told the Herald in May.\n\n"
        "Then, later that month on NBC: “We may have to raise taxes.”",
        1,
        "continuation",
        "Rosa Linde",
        "Rosa Linde",
        "told",
        id="colon-intro-not-the-channel-after-on",
    ),
    pytest.param(
        "The size of the turnout doesn’t surprise veteran organizer Nadia Ferreira: "
        "“Rural voters always come out when the mills are at stake.”",
        0,
        "colon_intro",
        "Nadia Ferreira",
        "veteran organizer Nadia Ferreira",
        None,
        id="colon-intro-the-one-a-thing-surprises",
    ),
    pytest.param(
        "The mayor did back the plan on Friday, and Channel 9 has the tape:\n\n"
        "“Should the city close the old pier for good?” a reporter can be heard asking Vera Lund after the meeting.",
        0,
        "nearest_cue",
        "reporter",
        "a reporter",
        "asking",
        id="colon-intro-yields-to-a-cue-after-the-quote",
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
    pytest.param(
        "Okonkwo: Harbor Deal Is ‘Dead on Arrival’\n\nSenator Ada Okonkwo spoke on Tuesday.",
        0,
        "run_in_label",
        "Ada Okonkwo",
        "Okonkwo",
        None,
        id="headline-name-colon",
    ),
    pytest.param(
        "Ana Marsh and Luis Delgado answered.\n\nMarsh: “We will cut the fare.” Delgado: “We will freeze it.”",
        1,
        "run_in_label",
        "Luis Delgado",
        "Delgado",
        None,
        id="second-run-in-label-in-paragraph",
    ),
    pytest.param(
        "Rhea Tanaka slammed the proposal as “a giveaway to developers.”",
        0,
        "clause_subject",
        "Rhea Tanaka",
        "Rhea Tanaka",
        "slammed",
        id="attack-verb-is-a-cue",
    ),
    pytest.param(
        "“Get off my stage,” Victor Lenz barked at the heckler.",
        0,
        "speech_cue_after",
        "Victor Lenz",
        "Victor Lenz",
        "barked",
        id="manner-of-speaking-verb",
    ),
    pytest.param(
        "“We are tired,” Lena Ruiz said. “We are not quitting.” Omar Pell added: “The vote is next week.”",
        1,
        "continuation",
        "Lena Ruiz",
        "Lena Ruiz",
        "said",
        id="cue-with-colon-introduces-the-next-quote",
    ),
    pytest.param(
        "Story headline.\n\nDENVER, May 3 (UPI) \u2014 Mayor Lena Ruiz called the report \u201ca smear.\u201d",
        0,
        "clause_subject",
        "Lena Ruiz",
        "Mayor Lena Ruiz",
        "called",
        id="dateline-is-not-the-subject",
    ),
    pytest.param(
        "Senator Ana Ruiz launched a new effort that calls the tax plan “a scam for the rich.”",
        0,
        "clause_subject",
        "Ana Ruiz",
        "Senator Ana Ruiz",
        "calls",
        id="relative-thing-speaks-for-its-maker",
    ),
    pytest.param(
        "The mayor's office issued a statement that called the audit “deeply flawed.”",
        0,
        "clause_subject",
        "mayor's office",
        "The mayor's office",
        "called",
        id="relative-document-speaks-for-its-issuer",
    ),
    pytest.param(
        "On Friday, Ines Calder released a statement calling the ruling “a victory for tenants.”",
        0,
        "clause_subject",
        "Ines Calder",
        "Ines Calder",
        "calling",
        id="issuer-of-a-statement-speaks",
    ),
    pytest.param(
        "A letter signed by Ines Calder warned that the budget was “a fantasy.”",
        0,
        "clause_subject",
        "Ines Calder",
        "Ines Calder",
        "warned",
        id="signer-of-a-letter-speaks",
    ),
    pytest.param(
        "Ines Calder was asked by the moderator, Tom Reyes, “Will you run again?”",
        0,
        "speech_cue_before",
        "Tom Reyes",
        "Tom Reyes",
        "asked",
        id="passive-cue-agent-speaks",
    ),
    pytest.param(
        "“Would you sign it?” Dana Okoro pressed.",
        0,
        "speech_cue_after",
        "Dana Okoro",
        "Dana Okoro",
        "pressed",
        id="interviewer-pressed",
    ),
    pytest.param(
        "Carl Dunne fought the council for months, at one point calling the mayor a “liar.”",
        0,
        "clause_subject",
        "Carl Dunne",
        "Carl Dunne",
        "calling",
        id="participle-on-a-thing-borrows-the-clause-subject",
    ),
]


def _check_rule(
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
    pytest.param("UPDATE: The vote is “postponed until spring.”", id="run-in-label-not-a-speaker"),
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


def test_own_cue_wins_over_run_in_label(attributor: QuoteAttributor) -> None:
    text = "City notes\nTransit: Ines Calder told us the plan was “a real start.”"
    (q,) = attributor.attribute(text).quotes
    assert q.rule == "clause_subject"
    assert q.speaker is not None and q.speaker.name == "Ines Calder"


# -- continuation across the writer's sentences, credit lines (helper "cont") ---------------

CONTINUATION_CASES = [
    pytest.param(
        "“We won,” Jack Morrow said. The stadium was half empty. “They earned every point.”",
        1,
        "continuation",
        "Jack Morrow",
        "Jack Morrow",
        "said",
        id="continuation-across-a-sentence-about-no-one",
    ),
    pytest.param(
        "“We are ready for them,” Maria Delgado, a senior adviser, said Thursday on NBC’s “Meet the Press.” "
        "“The players know what is at stake.”",
        1,
        "continuation",
        "Maria Delgado",
        "Maria Delgado",
        "said",
        id="continuation-after-a-cue-closing-on-a-quoted-title",
    ),
    pytest.param(
        "“Taxes went up every year.”\n— Harold Benn\nThe mayor disagrees.",
        0,
        "trailing_credit",
        "Harold Benn",
        "Harold Benn",
        None,
        id="credit-on-the-next-line",
    ),
]


CONTINUATION_STOPS = [
    pytest.param(
        "“We won,” Jack Morrow said. Valerie Ostrander praised the coaching staff. “They earned every point.”",
        id="new-person-as-subject-in-between",
    ),
    pytest.param(
        "“We won,” Jack Morrow said.\nValerie Ostrander praised the coaching staff.\n“They earned every point.”",
        id="new-person-in-the-paragraph-between",
    ),
    pytest.param(
        "“We won.”\n— and then the rain came down on all of us for a long while afterwards.",
        id="dash-paragraph-is-not-a-credit-line",
    ),
]


@pytest.mark.parametrize("text", CONTINUATION_STOPS)
def test_last_quote_not_continued(attributor: QuoteAttributor, text: str) -> None:
    q = attributor.attribute(text).quotes[-1]
    assert q.rule != "continuation"
    assert q.speaker is None or q.speaker.name != "Jack Morrow"


# a participle after a partial quote is no cue with the words after it as subject
PARTICIPLE_CASES = [
    pytest.param(
        "Mayor Ada Quill praised the new park as “a gift,” telling reporters it was overdue.",
        0,
        "governing_subject",
        "Ada Quill",
        "Mayor Ada Quill",
        "praised",
        id="participle-after-partial-quote",
    ),
    pytest.param(
        "Mayor Ada Quill has praised the park as a “gift to the city,” telling reporters on Friday it was overdue.",
        0,
        "governing_subject",
        "Ada Quill",
        "Mayor Ada Quill",
        "praised",
        id="participle-after-partial-quote-with-object",
    ),
]


# `“…,” she mocks.`: a comma-ended quote, then a person and a verb closing the clause (verb not in the lexicon)
BARE_CUE_CASES = [
    pytest.param(
        "Tessa Lund runs the shop. “Nobody reads the fine print,” she mocks.",
        0,
        "speech_cue_after",
        "Tessa Lund",
        "she",
        "mocks",
        id="pronoun-and-bare-verb-after-comma-quote",
    ),
    pytest.param(
        "“Nobody reads the fine print,” Tessa Lund shrugged, “and nobody ever will.”",
        0,
        "speech_cue_after",
        "Tessa Lund",
        "Tessa Lund",
        "shrugged",
        id="name-and-bare-verb-between-quote-parts",
    ),
]


def test_bare_verb_needs_the_comma(attributor: QuoteAttributor) -> None:
    (q,) = attributor.attribute("“Nobody reads the fine print.” Tessa Lund smiled.").quotes
    assert q.speaker is None


@pytest.mark.parametrize(
    ("text", "after"),
    [
        pytest.param("Rep. Nora Pell (D-Ore.) said no.", 8, id="party-label"),
        pytest.param("Rep. Nora Pell (D-Ore.), a member of the panel, said no.", 15, id="party-label-then-appositive"),
    ],
)
def test_past_appositive_skips_a_parenthesis(nlp: Language, text: str, after: int) -> None:
    doc = nlp(text)
    assert _past_appositive(doc, 3) == after


# `Ann Reed: Tax Plan ‘Dead on Arrival.’` as the text's headline: the label before the colon is the speaker
HEADLINE_CASES = [
    pytest.param(
        "Ann Reed: Tax Plan ‘Dead on Arrival.’\nSen. Ann Reed spoke on Monday.",
        0,
        "run_in_label",
        "Ann Reed",
        "Ann Reed",
        None,
        id="headline-name-label",
    ),
    pytest.param(
        "Harbor Board Chief Lena Voss: Ferry Fares ‘Must Rise.’\nThe board met on Monday.",
        0,
        "run_in_label",
        "Lena Voss",
        "Harbor Board Chief Lena Voss",
        None,
        id="headline-role-and-name-label",
    ),
]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The Latest: Court ‘Will Rule Soon.’\nThe court met on Monday.", id="rubric-with-determiner"),
        pytest.param("Breaking news: Storm ‘Worst in Decades.’\nThe storm hit on Monday.", id="lowercase-rubric"),
    ],
)
def test_headline_rubric_is_no_speaker(attributor: QuoteAttributor, text: str) -> None:
    (q,) = attributor.attribute(text).quotes
    assert q.speaker is None


# a speech verb's subject in the sentence between two quotes takes the floor, even when not the main verb's
BETWEEN_CASES = [
    pytest.param(
        "“We won,” Jack Morrow said. The result, Valerie Ostrander said, was a fluke. “They earned nothing.”",
        1,
        "previous_sentence_cue",
        "Valerie Ostrander",
        "Valerie Ostrander",
        "said",
        id="parenthetical-cue-between-quotes",
    ),
]


def test_second_part_of_a_split_quote_continues(attributor: QuoteAttributor) -> None:
    text = "“We won,” Jack Morrow said.\nVal Ost runs the club. “The way I see it,” she shrugged, “we were lucky.”"
    _check_rule(attributor, text, 2, "continuation", "Val Ost", "she", "shrugged")


@pytest.mark.parametrize(("names", "person"), [(frozenset({"phoenix"}), True), (frozenset(), False)])
def test_a_name_tagged_a_place_is_a_person_when_the_text_names_a_person_so(
    nlp: Language, names: frozenset[str], person: bool
) -> None:
    doc = nlp("Phoenix praised the plan.")
    assert doc[0].ent_type_ == "GPE"
    assert _is_person(doc[0], names) is person


ASIDE_CASES = [
    pytest.param(
        "“We had more fun last year,” delegate Rhea Moss, wearing a sash and “Vote Moss” pins, said quietly.",
        0,
        "speech_cue_after",
        "Rhea Moss",
        "Rhea Moss",
        "said",
        id="participle-aside-between-name-and-cue",
    ),
    pytest.param(
        "“You are all cowards,” Tobin barked.",
        0,
        "speech_cue_after",
        "Tobin",
        "Tobin",
        "barked",
        id="bare-verb-after-a-name-the-tagger-missed",
    ),
]


# a quote ending its sentence with a period: the next sentence's subject is not its speaker
CLOSED_SENTENCE_CASES = [
    pytest.param(
        "The agency reviewed the claim and rated it “mostly false.” The review pointed to older records.",
        0,
        "governing_subject",
        "agency",
        "The agency",
        "rated",
        id="next-sentence-subject-is-not-the-speaker",
    ),
    pytest.param(
        "“We are refugees,” Mira Lorn said. “We are not criminals.” Tomas Abel said: “It was the work of crooks.”",
        1,
        "continuation",
        "Mira Lorn",
        "Mira Lorn",
        "said",
        id="next-sentence-cue-opens-the-next-quote",
    ),
    pytest.param(
        "“We will find the money.” Dana Reyes said.",
        0,
        "speech_cue_after",
        "Dana Reyes",
        "Dana Reyes",
        "said",
        id="bare-cue-after-a-period-still-attributes",
    ),
]


def test_subheading_between_dashes_is_no_credit(attributor: QuoteAttributor) -> None:
    text = "“Our country is changing.”\n– An immigrant herself –.\nVera Holm lives in Miami."
    (q,) = attributor.attribute(text).quotes
    assert q.rule == "none"
    assert q.speaker is None


def test_capitalised_name_mistagged_as_modal(attributor: QuoteAttributor) -> None:
    text = "“The war is a reminder of what is at stake,” Will wrote."
    _check_rule(attributor, text, 0, "speech_cue_after", "Will", "Will", "wrote")


@pytest.mark.parametrize(("index", "name"), [(0, False), (3, True), (4, False)])
def test_capitalised_name(nlp: Language, index: int, name: bool) -> None:
    doc = nlp("The memo, Will wrote, was clear.")
    assert _capitalised_name(doc[index]) is name


def test_np_run_takes_a_role_word_mistagged_as_verb(nlp: Language) -> None:
    doc = nlp("“The ending is too long,” screenwriter Dara Quinn wrote on Twitter.")
    i = next(t.i for t in doc if t.text == "screenwriter")
    assert doc[i].pos_ == "VERB"
    np = _np_run(list(doc[i:]))
    assert np is not None and np.text == "Dara Quinn"


# -- rules that need their place in RULES (preceding_subject, headline_subject) -------------

NEW_RULE_CASES = [
    pytest.param(
        "“We won,” Jack Morrow said.\nValerie Ostrander praised the coaching staff.\n“They earned every point.”",
        1,
        "preceding_subject",
        "Valerie Ostrander",
        "Valerie Ostrander",
        None,
        id="person-written-about-just-before",
    ),
    pytest.param(
        "The mayor was joined by chef Buddy Vasco.\nVasco praised the mayor's record.\n“We need someone tough.”",
        0,
        "preceding_subject",
        "Buddy Vasco",
        "Vasco",
        None,
        id="person-written-about-in-the-paragraph-before",
    ),
    pytest.param(
        "Harbor Board Issues ‘Deep Apology’ To Ferry Riders.\nThe Harbor Board met Monday.",
        0,
        "headline_subject",
        "Harbor Board",
        "Harbor Board",
        None,
        id="name-opening-the-headline",
    ),
]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Heavy Rain Brings ‘Record Floods’ To Ohio.\nThe river rose Monday.", id="no-name"),
        pytest.param("“We won,” Jack Morrow said.\nThe stadium was half empty.\n“They earned it.”", id="no-person"),
    ],
)
def test_new_rules_need_a_person(attributor: QuoteAttributor, text: str) -> None:
    q = attributor.attribute(text).quotes[-1]
    assert q.speaker is None


# The weak rules: a partial quote with no speech verb, a `Name:` label. text, which quote, rule, name, mention, cue
WEAK_RULE_CASES = [
    pytest.param(
        "Governor Tom Reyes described Dora Finch as a “disgrace” after she attacked the police and blamed the "
        "riots on “outside agitators” in a speech.",
        1,
        "governing_subject",
        "Dora Finch",
        "she",
        "blamed",
        id="time-clause-on-the-cue-holds-its-own-subjects-words",
    ),
    pytest.param(
        "Dora Finch said she would run again because Tom Reyes is “a weak candidate.”",
        0,
        "clause_subject",
        "Dora Finch",
        "Dora Finch",
        "said",
        id="time-clause-inside-what-the-cue-reports-is-reported",
    ),
    pytest.param(
        "Dora Finch hardly settled the matter, treating the mayor's remark as a compliment -- ''That makes me "
        "smart'' -- and moving on.",
        0,
        "governing_subject",
        "Dora Finch",
        "Dora Finch",
        "treating",
        id="dash-aside-after-a-phrase-goes-up-to-its-verb",
    ),
    pytest.param(
        "Right after the vote, Dora Finch issued a statement, “Tonight the people of this city were heard.”",
        0,
        "speech_cue_before",
        "Dora Finch",
        "Dora Finch",
        "issued",
        id="statement-put-out-right-before-the-quote",
    ),
    pytest.param(
        "Voters say they were “kind of riding the fence” until Haley said she was backing the senator.",
        0,
        "clause_subject",
        "Voters",
        "Voters",
        "say",
        id="time-clause-after-the-quote-reports-no-words",
    ),
    pytest.param(
        "The ad shows a video of Dora Finch asking, “Why not?”",
        0,
        "speech_cue_before",
        "Dora Finch",
        "Dora Finch",
        "asking",
        id="person-shown-speaking-in-a-recording",
    ),
    pytest.param(
        "The long delay led the county clerk, Dora Finch, to fear “a flood of lawsuits” next year.",
        0,
        "governing_subject",
        "Dora Finch",
        "Dora Finch",
        "fear",
        id="object-of-a-verb-that-is-no-speech-verb-does-what-its-infinitive-says",
    ),
    pytest.param(
        "Dora Finch lost the vote. The long delay led her to fear “a flood of lawsuits” next year.",
        0,
        "governing_subject",
        "Dora Finch",
        "her",
        "fear",
        id="object-pronoun-controls-the-infinitive",
    ),
    pytest.param(
        "During the slump, Karen Voss worried that the pension fund was turning into “a bottomless pit.”",
        0,
        "governing_subject",
        "Karen Voss",
        "Karen Voss",
        "worried",
        id="view-holder-over-embedded-subject",
    ),
    pytest.param(
        "Tomas Berg hinted a referee was “openly biased” against the visitors.",
        0,
        "governing_subject",
        "Tomas Berg",
        "Tomas Berg",
        "hinted",
        id="view-holder-over-person-in-complement",
    ),
    pytest.param(
        "On a campaign stop in Ohio for his daughter, the mayor Ruth Alder, former governor Sam Alder said she was"
        " ready because “the state is in trouble.”",
        0,
        "clause_subject",  # the stranded subject of `said`, read by governing_cue itself
        "Sam Alder",
        "former governor Sam Alder",
        "said",
        id="view-holder-stranded-as-apposition-before-its-verb",
    ),
    pytest.param(
        "The biggest risk Nadia Perez sees in the merger is “a slow bleed of talent.”",
        0,
        "governing_subject",
        "Nadia Perez",
        "Nadia Perez",
        "sees",
        id="thing-subject-gives-way-to-the-holder-of-its-relative-clause",
    ),
    pytest.param(
        "Outside the hall, Marta Lind waved a banner saying “No more cuts to our schools.”",
        0,
        "governing_subject",
        "banner",
        "a banner",
        "saying",
        id="a-banner-saying-bears-the-words-not-its-holder",
    ),
    pytest.param(
        "Boos filled the hall when Ivo Grant mentioned the tax, and the audience began the familiar chant"
        " “Not one cent!” that followed him everywhere.",
        0,
        "governing_subject",
        "audience",
        "the audience",
        "began",
        id="an-audience-holds-views-over-a-cue-in-a-when-clause",
    ),
    pytest.param(
        "Lena Voss's answer was that “the neighborhood is the heart of the city,” so government should help"
        " families stay in it.",
        0,
        "governing_subject",
        "Lena Voss",
        "Lena Voss's",
        "was",
        id="owner-of-an-answer-spelled-out-by-a-clause",
    ),
    pytest.param(
        "Marta Ruiz regretted that Okafor's warning had gone “completely unheeded.”",
        0,
        "governing_subject",
        "Marta Ruiz",
        "Marta Ruiz",
        "regretted",
        id="a-judgment-on-someone-elses-warning-stays-with-the-judge",
    ),
    pytest.param(
        "First, Senator Mark Ellison identified the dish as “Iberian,” which is what some tourists call anything"
        " with saffron in it.",
        0,
        "governing_subject",
        "Mark Ellison",
        "Senator Mark Ellison",
        "identified",
        id="a-cue-in-a-relative-clause-on-the-quote-is-not-its-speaker",
    ),
    pytest.param(
        'It has not helped that the council has cycled through slogans, from backing "safe streets" to'
        ' "building for all," "clean air now" and "one city," in just two years.',
        2,
        "governing_subject",
        "council",
        "the council",
        "helped",
        id="an-it-standing-for-a-that-clause-gives-way-to-its-subject",
    ),
    pytest.param(
        "Ines Moreau worried that the mill had closed because the owners were “tired of fighting the town.”",
        0,
        "governing_subject",
        "Ines Moreau",
        "Ines Moreau",
        "worried",
        id="view-holder-over-a-reason-clause-inside-the-complement",
    ),
    pytest.param(
        "Maria Lopez has studied rumors for years. They spread faster than corrections, she said. Good information"
        " can still win, but usually only when “the facts are more exciting than the fiction.”",
        0,
        "governing_subject",
        "Maria Lopez",
        "she",
        "said",
        id="thing-subject-gives-way-to-the-person-reported-just-before",
    ),
    pytest.param(
        "Rumors spread faster than corrections. Good information can still win, but usually only when “the facts"
        " are more exciting than the fiction.”",
        0,
        "governing_subject",
        "Good information",
        "Good information",
        "win",
        id="thing-subject-kept-when-no-one-is-reported-before",
    ),
    pytest.param(
        "Victor Ruiz met the board on Monday. Rumors spread fast, he said. It was a “pleasant thing to own.”",
        0,
        "governing_subject",
        "Victor Ruiz",
        "he",
        "said",
        id="an-it-subject-gives-way-to-the-person-reported-just-before",
    ),
    pytest.param(
        "Maria Lopez spoke first. The plan will fail, she said. All because of “a decade of bad choices.”",
        0,
        "governing_subject",
        "Maria Lopez",
        "she",
        "said",
        id="a-verbless-fragment-goes-to-the-person-reported-just-before",
    ),
    pytest.param(
        "Workers gathered on Friday. Wages must rise, the union said. All because of “a decade of bad choices.”",
        0,
        "governing_subject",
        "union",
        "the union",
        "said",
        id="a-verbless-fragment-goes-to-the-group-reported-just-before",
    ),
    pytest.param(
        "Osei’s boldest claim is that the water board is “a private club” for insiders.",
        0,
        "governing_subject",
        "Osei",
        "Osei’s",
        "is",
        id="possessor-of-claim-subject",
    ),
    pytest.param(
        "Tomas Berg signed a contract barring him from publishing “any memoir or diary” about the club.",
        0,
        "governing_subject",
        "Tomas Berg",
        "Tomas Berg",
        "signed",
        id="thing-subject-passed-over-to-a-person",
    ),
    pytest.param(
        "Kessler Group, led by the investor Ana Quist, ran a new ad with spots casting Hart as an “honest broker”.",
        0,
        "governing_subject",
        "Kessler Group",
        "Kessler Group",
        "ran",
        id="thing-subject-passed-over-to-a-group",
    ),
    pytest.param(
        "To Quist, the mayor is the “kind and careful” leader the town needed.",
        0,
        "governing_subject",
        "Quist",
        "Quist",
        "is",
        id="fronted-to-phrase-names-the-view-holder",
    ),
    pytest.param(
        "The phrase “fair trade” was used twice, by Senator Quist.",
        0,
        "governing_subject",
        "Quist",
        "Senator Quist",
        "used",
        id="passive-by-agent",
    ),
    pytest.param(
        "The tower is, in Brandt's words, “a monument to waste.”",
        0,
        "noun_cue",
        "Brandt",
        "Brandt's",
        "words",
        id="in-x-s-words",
    ),
    pytest.param(
        "The new stadium was, in Reyes’ words, “a gift to the whole county.”",
        0,
        "noun_cue",
        "Reyes",
        "Reyes",
        "words",
        id="in-x-words-s-less-genitive",
    ),
    pytest.param(
        "The council approved the plan in April because, in Lucas Hines’ words, “the city cannot wait any longer.”",
        0,
        "noun_cue",
        "Lucas Hines",
        "Lucas Hines",
        "words",
        id="in-x-words-s-less-genitive-as-second-object",
    ),
    pytest.param(
        "It's the lingering echo of Hale's \"if you build it, they will come\" promise: many towns still borrow.",
        0,
        "noun_cue",
        "Hale",
        "Hale's",
        "promise",
        id="owner-and-speech-noun-around-a-quote-the-parse-lost",
    ),
    pytest.param(
        'Voters still remember Dana Hale\'s "no new taxes, ever" pledge from the last campaign.',
        0,
        "noun_cue",
        "Dana Hale",
        "Dana Hale's",
        "pledge",
        id="owner-and-speech-noun-around-a-quote-not-the-subject-who-remembers",
    ),
    pytest.param(
        "The tower became, in the words of one planner, “a monument to waste.”",
        0,
        "noun_cue",
        "one planner",
        "one planner",
        "words",
        id="in-the-words-of-x",
    ),
    pytest.param(
        "Senator Ada Quist rejected Brandt's call for a “harbor tax” on Monday.",
        0,
        "governing_subject",
        "Ada Quist",
        "Senator Ada Quist",
        "rejected",
        id="speech-noun-judged-by-the-subject",
    ),
    pytest.param(
        "After weeks of arguing over whether the other is “qualified” for the post, "
        "Ines Varga on Monday attacked Hart.",
        0,
        "governing_subject",
        "Ines Varga",
        "Ines Varga",
        "attacked",
        id="pronoun-like-subject-passed-over-to-main-clause",
    ),
    pytest.param(
        "Clara Ruiz: Transit Cuts Leave Suburbs ‘Stranded’",
        0,
        "run_in_label",
        "Clara Ruiz",
        "Clara Ruiz",
        None,
        id="headline-name-label",
    ),
    pytest.param(
        "Ortega: Budget Plan Is ‘A Recipe for Ruin’ in Rural Towns",
        0,
        "run_in_label",
        "Ortega",
        "Ortega",
        None,
        id="headline-surname-label",
    ),
    pytest.param(
        "While Nora Pike proclaimed the deal a success, Ivan Cole mocked the “secret clauses” in it.",
        0,
        "clause_subject",
        "Ivan Cole",
        "Ivan Cole",
        "mocked",
        id="cue-in-while-clause-is-not-the-quotes",
    ),
    pytest.param(
        "As Nora Pike spoke, the dockworkers union was lobbying hard against “any reform at all.”",
        0,
        "governing_subject",
        "dockworkers union",
        "the dockworkers union",
        "lobbying",
        id="cue-in-as-clause-is-not-the-quotes",
    ),
    pytest.param(
        "Last year, Hugo Blanc played down Ines Varga’s remarks as “just campaign noise” and moved on.",
        0,
        "governing_subject",
        "Hugo Blanc",
        "Hugo Blanc",
        "played",
        id="remarks-as-quote-is-the-subjects-characterization",
    ),
    pytest.param(
        "McKenna: Port Deal Is ‘Dead in the Water’",
        0,
        "run_in_label",
        "McKenna",
        "McKenna",
        None,
        id="headline-label-mixed-case-name",
    ),
    pytest.param(
        "Turnout could sink the favorite - Nate Lowe: “The early states look closer than the polls suggest.”",
        0,
        "run_in_label",
        "Nate Lowe",
        "Nate Lowe",
        None,
        id="digest-line-name-after-dash",
    ),
    pytest.param(
        "Hale: ‘We Will Not Back Down.’\n\nGovernor Nadia Hale vowed on Monday to keep the clinics open.",
        0,
        "run_in_label",
        "Nadia Hale",
        "Hale",
        None,
        id="headline-label-named-later-in-text",
    ),
    pytest.param(
        "Osei on Port Deal: Dockers Were ‘Sold Out’",
        0,
        "run_in_label",
        "Osei",
        "Osei",
        None,
        id="headline-name-on-topic-label",
    ),
    pytest.param(
        "Ines Varga said that for years some critics had claimed the harbor would close.\n"
        "“That is because the harbor is the heart of this town.”",
        0,
        "previous_sentence_cue",
        "Ines Varga",
        "Ines Varga",
        "said",
        id="previous-sentence-main-cue-over-embedded-cue",
    ),
    pytest.param(
        "Martin Osei Sides With Unions On ‘Unfair’ Port Deal\n\nMartin Osei spoke on Monday.",
        0,
        "governing_subject",
        "Martin Osei",
        "Martin Osei",
        None,
        id="title-case-headline-opening-name",
        marks=pytest.mark.xfail(
            strict=True,
            reason="the mention is right, but the name resolves to the entity the tagger ran through the title case",
        ),
    ),
]


WEAK_NO_SPEAKER_CASES = [
    pytest.param("Update: ‘Closed for repairs’ until spring.", id="label-without-a-name"),
    pytest.param("Weather: ‘Heavy Rain’ Expected Overnight", id="headline-label-common-noun"),
    pytest.param(
        "He hinted a referee was “openly biased” against the visitors.", id="holder-pronoun-without-antecedent"
    ),
]


@pytest.mark.parametrize("text", WEAK_NO_SPEAKER_CASES)
def test_weak_rule_no_speaker(attributor: QuoteAttributor, text: str) -> None:
    (q,) = attributor.attribute(text).quotes
    assert q.speaker is None


def test_title_case_headline_mention(attributor: QuoteAttributor) -> None:
    text = "Martin Osei Sides With Unions On ‘Unfair’ Port Deal\n\nMartin Osei spoke on Monday."
    (q,) = attributor.attribute(text).quotes
    assert q.rule == "governing_subject"
    assert q.speaker is not None and q.speaker.mention.text == "Martin Osei"
    assert text[q.speaker.mention.start : q.speaker.mention.end] == "Martin Osei"
    assert q.cue is None


def test_nearest_cue_read_as_a_modifier(nlp: Language) -> None:
    """`Osei accused Hart of being “timid”` tagged as one noun phrase (accused → amod of Hart): Osei, cue accused."""
    words = ["Later", ",", "Osei", "accused", "Hart", "of", "being", "“", "timid", "”", "."]
    spaces = [False, True, True, True, True, True, True, False, False, False, False]
    heads = [4, 4, 3, 4, 4, 4, 5, 8, 6, 8, 4]
    deps = ["advmod", "punct", "compound", "amod", "ROOT", "prep", "pcomp", "punct", "acomp", "punct", "punct"]
    pos = ["ADV", "PUNCT", "PROPN", "VERB", "PROPN", "ADP", "AUX", "PUNCT", "ADJ", "PUNCT", "PUNCT"]
    lemmas = ["later", ",", "Osei", "accuse", "Hart", "of", "be", "“", "timid", "”", "."]
    ents = ["O", "O", "B-PERSON", "O", "B-PERSON", "O", "O", "O", "O", "O", "O"]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, lemmas=lemmas, ents=ents)
    spans = find_quote_spans(doc.text)
    found = Sieves(doc, spans).attribute(spans[0])
    assert found is not None and found.rule == "nearest_cue"
    assert found.mention is not None and found.mention.text == "Osei"
    assert found.cue is not None and found.cue.text == "accused"


def test_title_case_headline_credit_after_quote(attributor: QuoteAttributor) -> None:
    text = "Port Deal Is ‘A Giveaway,’ Nadia Hale Tells Union Rally\n\nNadia Hale spoke on Monday."
    (q,) = attributor.attribute(text).quotes
    assert q.rule == "governing_subject"
    assert q.speaker is not None and q.speaker.mention.text == "Nadia Hale"
    assert text[q.speaker.mention.start : q.speaker.mention.end] == "Nadia Hale"
    assert q.cue is None


CONTEXT_ROUND_CASES = [
    pytest.param(
        "“The danger,” said Marta Quill, an economist who runs the Harbor Institute, “is that rents keep climbing.”",
        1,
        "continuation",
        "Marta Quill",
        "Marta Quill",
        "said",
        id="quote-interrupted-by-its-cue-clause",
    ),
    pytest.param(
        "“Nobody saw this coming,” Ivo Brandt, the analyst who founded the site tweeted on Monday.",
        0,
        "speech_cue_after",
        "Ivo Brandt",
        "Ivo Brandt",
        "tweeted",
        id="appositive-with-relative-clause-and-no-closing-comma",
    ),
    pytest.param(
        "“Our schools deserve better,” a narrator in the video states.",
        0,
        "speech_cue_after",
        "narrator",
        "a narrator",
        "states",
        id="speech-verb-tagged-plural-noun",
    ),
    pytest.param(
        "“A fine reporter, a very fine reporter,” Ruiz, the mayor of the largest city in the northern half of the"
        " state and the leading candidate by a wide margin after the first round, said when Lee asked him a question.",
        0,
        "speech_cue_after",
        "Ruiz",
        "Ruiz",
        "said",
        id="long-appositive-before-the-cue",
    ),
    pytest.param(
        "From the senator’s “loud” speech in Ohio to his call for a “border army,” Will described him as a"
        " “walking contradiction” and “thoroughly unserious.”",
        2,
        "governing_subject",
        "Will",
        "Will",
        "described",
        id="name-tagged-as-modal-before-a-past-verb",
    ),
    pytest.param(
        "“We are ready,” an aide said.\n\nWhen Ruiz finally wrapped up — “I will fight for every one of you!” —"
        " the balloons fell on the crowd.",
        1,
        "governing_subject",
        "Ruiz",
        "Ruiz",
        "wrapped",
        id="quote-as-an-aside-between-dashes",
    ),
    pytest.param(
        "Ostrowski 'happy to move on' from feud with Dalton.\n\nAfter weeks of sparring, the two made peace."
        " Ostrowski spoke on Sunday.",
        0,
        "headline_subject",
        "Ostrowski",
        "Ostrowski",
        None,
        id="headline-name-without-an-entity-tag",
    ),
]


CONTEXT_ROUND_NO_SPEAKER_CASES = [
    pytest.param("“Our schools deserve better,” the new states.", id="plural-noun-verb-needs-a-phrase"),
    pytest.param("“Rain again,” it was. “Bring a coat,” and off we went.", id="no-interruption-without-a-speaker"),
    pytest.param("Heavy 'storms' ahead for the coast.\n\nHeavy rain fell.", id="headline-opening-word-not-a-name"),
]


@pytest.mark.parametrize("text", CONTEXT_ROUND_NO_SPEAKER_CASES)
def test_context_round_no_speaker(attributor: QuoteAttributor, text: str) -> None:
    assert all(q.speaker is None for q in attributor.attribute(text).quotes)


def test_name_before_appositive_past_a_quoted_title(nlp: Language) -> None:
    """`As Dana Whitfield, …, author of ''Quiet Rooms,'' put it` → the name before the appositive."""
    from service.nlp.sieves import _name_before_appositive

    doc = nlp("As Dana Whitfield, professor of law and author of ''Quiet Rooms,'' put it, ''We won.''")
    put = next(t.i for t in doc if t.text == "put")
    name = _name_before_appositive(doc, put)
    assert name is not None and name.text == "Dana Whitfield"


def test_colon_intro_lost_parse_takes_the_person_nearest_the_colon(nlp: Language) -> None:
    """`In a statement to the Courier, her adviser, Tom Baxter, said: “…”` with `said` left subject-less."""
    words = ["In", "a", "statement", "to", "the", "Courier", ",", "her", "adviser", ",", "Tom", "Baxter", ","]
    words += ["said", ":", "“", "We", "won", ".", "”"]
    spaces = [True, True, True, True, True, False, True, True, False, True, True, False, True]
    spaces += [False, True, False, True, False, False, False]
    heads = [13, 2, 0, 2, 5, 3, 5, 8, 5, 8, 11, 8, 5, 13, 13, 17, 17, 17, 17, 17]
    deps = ["prep", "det", "pobj", "prep", "det", "pobj", "punct", "poss", "appos", "punct", "compound", "appos"]
    deps += ["punct", "ROOT", "punct", "punct", "nsubj", "ROOT", "punct", "punct"]
    pos = ["ADP", "DET", "NOUN", "ADP", "DET", "PROPN", "PUNCT", "PRON", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT"]
    pos += ["VERB", "PUNCT", "PUNCT", "PRON", "VERB", "PUNCT", "PUNCT"]
    lemmas = [w.lower() for w in words]
    lemmas[13], lemmas[17] = "say", "win"
    ents = ["O"] * 4 + ["B-ORG", "I-ORG"] + ["O"] * 4 + ["B-PERSON", "I-PERSON"] + ["O"] * 8
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, lemmas=lemmas, ents=ents)
    spans = find_quote_spans(doc.text)
    from service.nlp.sieves import QuoteContext, colon_intro

    sv = Sieves(doc, spans)
    ctx = sv.context(spans[0])
    assert isinstance(ctx, QuoteContext)
    found = colon_intro(ctx)
    assert found is not None and found.rule == "colon_intro"
    assert found.mention is not None and found.mention.text == "Tom Baxter"


def test_colon_intro_lost_parse_without_a_verb_takes_the_person_opening_the_line(nlp: Language) -> None:
    """`Ann Lee heckles Bo Ruiz fans: “Grow up.”` read as one noun phrase (no verb): Lee opens it, Ruiz is in it."""
    words = ["Ann", "Lee", "heckles", "Bo", "Ruiz", "fans", ":", "“", "Grow", "up", ".", "”"]
    spaces = [True, True, True, True, True, False, True, False, True, False, False, False]
    heads = [1, 5, 4, 4, 5, 5, 5, 8, 8, 8, 8, 8]
    deps = ["compound", "compound", "compound", "compound", "compound", "ROOT", "punct", "punct"]
    deps += ["ROOT", "prt", "punct", "punct"]
    pos = ["PROPN", "PROPN", "NOUN", "PROPN", "PROPN", "NOUN", "PUNCT", "PUNCT", "VERB", "ADP", "PUNCT", "PUNCT"]
    lemmas = [w.lower() for w in words]
    ents = ["B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON"] + ["O"] * 7
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, lemmas=lemmas, ents=ents)
    spans = find_quote_spans(doc.text)
    from service.nlp.sieves import QuoteContext, colon_intro

    ctx = Sieves(doc, spans).context(spans[0])
    assert isinstance(ctx, QuoteContext)
    found = colon_intro(ctx)
    assert found is not None and found.rule == "colon_intro" and found.cue is None
    assert found.mention is not None and found.mention.text == "Ann Lee"


def test_colon_intro_message_saying_speaks_for_its_sender(nlp: Language) -> None:
    """`… sent a letter to residents saying:` with `saying` hung on the residents → the sender, not the readers."""
    from service.nlp.sieves import QuoteContext, colon_intro

    doc = nlp('The mayor\'s office sent out a letter to residents saying: "Water service resumes Friday."')
    spans = find_quote_spans(doc.text)
    ctx = Sieves(doc, spans).context(spans[0])
    assert isinstance(ctx, QuoteContext)
    found = colon_intro(ctx)
    assert found is not None and found.rule == "colon_intro"
    assert found.mention is not None and found.mention.text == "The mayor's office"
    assert found.cue is not None and found.cue.text == "saying"


def test_dash_aside_needs_a_subject_that_holds_views(nlp: Language) -> None:
    """`The sky darkened — “run for cover” — and …`: the sky says nothing."""
    from service.nlp.sieves import dash_aside

    doc = nlp("The sky darkened — “run for cover” — and the rain came.")
    spans = find_quote_spans(doc.text)
    ctx = Sieves(doc, spans).context(spans[0])
    assert ctx is not None and dash_aside(ctx) is None


def test_confidences_are_measured_precisions(attributor: QuoteAttributor) -> None:
    """A continuation stays just below the quote it continues; the weak rules carry their train precision."""
    first, second = attributor.attribute("“We won,” Jack Morrow said. “It was close.”").quotes
    assert (first.confidence, second.rule, second.confidence) == (0.94, "continuation", 0.93)
    (q,) = attributor.attribute("From the senator’s speech to his rallies, Will described him as “unserious.”").quotes
    assert (q.rule, q.confidence) == ("governing_subject", 0.77)


CUE_SUBJECT_CASES = [
    pytest.param(
        "Osei cannot claim that “in her view,” Marta Lindqvist added, calling it “a matter for the court.”",
        0,
        "speech_cue_after",
        "Marta Lindqvist",
        "Marta Lindqvist",
        "added",
        id="reporting-clause-after-comma-quote-is-not-nested",
    ),
    pytest.param(
        "Osei cannot claim that “in her view,” Marta Lindqvist added, calling it “a matter for the court.”",
        1,
        "clause_subject",
        "Marta Lindqvist",
        "Marta Lindqvist",
        "calling",
        id="participle-of-a-reporting-clause-is-not-nested",
    ),
    pytest.param(
        "Ortega, a senior adviser said, “is very confident in the contrast.”",
        0,
        "speech_cue_before",
        "senior adviser",
        "a senior adviser",
        "said",
        id="parenthetical-cue-after-one-comma-credits-its-own-subject",
    ),
    pytest.param(
        "Ortega, a senior adviser, said “the plan is dead.”",
        0,
        "speech_cue_before",
        "Ortega",
        "Ortega",
        "said",
        id="apposition-between-two-commas-stays-with-the-name",
    ),
    pytest.param(
        "The director, Ivo Brandt, recommended closing the case, but he called her conduct “extremely careless.”",
        0,
        "clause_subject",
        "Ivo Brandt",
        "he",
        "called",
        id="coordinate-clause-with-own-subject-is-not-nested",
    ),
    pytest.param(
        "Ivo Brandt said the case was closed and that Lena Marsh had called it “a farce.”",
        0,
        "clause_subject",
        "Lena Marsh",
        "Lena Marsh",
        "called",
        id="coordinate-that-clause-stays-nested",
    ),
    pytest.param(
        "The rejection of the pact signals “the beginning of the end” for the league, said Oskar Vennik, a founder.",
        0,
        "speech_cue_after",
        "Oskar Vennik",
        "Oskar Vennik",
        "said",
        id="two-subjects-on-a-cue-the-inverted-one-wins",
    ),
    pytest.param(
        "Dana Welk implied that the council had been “asleep at the wheel” for years.",
        0,
        "clause_subject",
        "Dana Welk",
        "Dana Welk",
        "implied",
        id="imply-is-a-speech-verb",
    ),
    pytest.param(
        "Mara Quist spoke next. It was no different, she said, from Ed Bullock calling the plan “voodoo economics.”",
        0,
        "clause_subject",
        "Ed Bullock",
        "Ed Bullock",
        "calling",
        id="aside-reporting-clause-reports-the-nested-cue",
    ),
    pytest.param(
        "The tax, Mara Quist argued, was what Ed Bullock once called “a trap for the poor.”",
        0,
        "clause_subject",
        "Ed Bullock",
        "Ed Bullock",
        "called",
        id="aside-reporting-clause-with-a-name",
    ),
    pytest.param(
        "In a September Tribune poll, 75 percent of Republicans said “most people in politics” can't be trusted.",
        0,
        "document_speaker",
        "September Tribune poll",
        "a September Tribune poll",
        "said",
        id="share-of-respondents-speaks-through-the-poll",
    ),
    pytest.param(
        "Ortega said “the economy” mattered most, according to the Herald.",
        0,
        "speech_cue_before",
        "Ortega",
        "Ortega",
        "said",
        id="person-said-according-to-outlet-stays-the-person",
    ),
    pytest.param(
        "The Ledger poll also finds that 41 percent of voters say the mayor is “not at all responsible” for it.",
        0,
        "document_speaker",
        "Ledger",
        "The Ledger poll",
        "say",
        id="share-of-respondents-inside-what-a-poll-finds",
    ),
    pytest.param(
        "Lila Marsh was booed by the delegates after telling them they were “being ridiculous.”",
        0,
        "clause_subject",
        "Lila Marsh",
        "Lila Marsh",
        "telling",
        id="participle-borrows-the-passive-subject-not-its-agent",
    ),
    pytest.param(
        "The plan was called “a disgrace” by Lila Marsh.",
        0,
        "speech_cue_before",
        "Lila Marsh",
        "Lila Marsh",
        "called",
        id="passive-cue-takes-its-own-agent",
    ),
    pytest.param(
        "Ruiz said the vote was delayed when Dana Welk called it “a farce.”",
        0,
        "clause_subject",
        "Dana Welk",
        "Dana Welk",
        "called",
        id="time-clause-with-own-subject-is-not-nested",
    ),
    pytest.param(
        "Ruiz backed the plan on Tuesday, hours after Dana Welk said she was “encouraged” by it.",
        0,
        "clause_subject",
        "Dana Welk",
        "Dana Welk",
        "said",
        id="after-clause-keeps-its-own-speaker",
    ),
    pytest.param(
        "Ruiz said that Dana Welk had called the plan “a farce.”",
        0,
        "clause_subject",
        "Dana Welk",
        "Dana Welk",
        "called",
        id="that-clause-stays-nested-under-the-reporter",
    ),
    pytest.param(
        "Ruiz said she would attend, although Dana Welk argued that the plan “rewards failure.”",
        0,
        "clause_subject",
        "Dana Welk",
        "Dana Welk",
        "argued",
        id="concessive-clause-with-own-subject-is-not-nested",
    ),
    pytest.param(
        "The left-leaning Harbor Party challenged the tax under the slogan “Axe it.”",
        0,
        "clause_subject",
        "Harbor Party",
        "The left-leaning Harbor Party",
        "challenged",
        id="mention-keeps-a-hyphenated-modifier-whole",
    ),
    pytest.param(
        "Ivo Brandt sent out an email as the council meeting began vowing to “fight for every vote.”",
        0,
        "clause_subject",
        "Ivo Brandt",
        "Ivo Brandt",
        "vowing",
        id="participle-skips-a-mute-thing-when-borrowing-a-subject",
    ),
]


def test_deem_is_a_verdict_its_subject_gives(attributor: QuoteAttributor) -> None:
    text = "The Harbor Bar Association deemed Nora Falk “well qualified” for the bench."
    q = _quote(attributor, text, 0)
    assert q.rule == "governing_subject"
    assert q.speaker is not None
    assert q.speaker.name == "Harbor Bar Association"
    assert q.speaker.mention.text == "The Harbor Bar Association"
    assert (q.cue.text if q.cue else None) == "deemed"


def test_share_after_a_colon_speaks_through_the_poll_before_it(attributor: QuoteAttributor) -> None:
    text = (
        "But a fresh Tribune poll shows how hard it will be: "
        'Six in 10 Democrats said that the delegates "should back the leader."'
    )
    q = _quote(attributor, text, 0)
    assert q.rule == "document_speaker"
    assert q.speaker is not None
    assert q.speaker.name == "Tribune"
    assert q.speaker.mention.text == "a fresh Tribune poll"
    assert (q.cue.text if q.cue else None) == "said"


def test_share_without_a_poll_keeps_its_respondents(attributor: QuoteAttributor) -> None:
    text = 'Six in 10 Democrats said that the delegates "should back the leader."'
    q = _quote(attributor, text, 0)
    assert q.rule == "clause_subject"
    assert q.speaker is not None
    assert q.speaker.name == "Six in 10 Democrats"
    assert q.speaker.mention.text == "Six in 10 Democrats"
    assert (q.cue.text if q.cue else None) == "said"


def test_by_phrase_hanging_from_the_quoted_name_is_the_agent(attributor: QuoteAttributor) -> None:
    text = (
        'This trait of the group has been called "strategic vagueness" by Nora Hale, '
        "a professor at Lakeside College, and it hides the money."
    )
    q = _quote(attributor, text, 0)
    assert q.rule == "speech_cue_before"
    assert q.speaker is not None
    assert q.speaker.name == "Nora Hale"
    assert q.speaker.mention.text == "Nora Hale"
    assert (q.cue.text if q.cue else None) == "called"


def test_speech_verb_after_without_is_no_cue(attributor: QuoteAttributor) -> None:
    text = (
        "Mara Quill went after her rival Tom Best on Monday, saying he would weaken the state, "
        'his plan is "plainly wrong" and he is a "coward" -- all without naming him.'
    )
    q = _quote(attributor, text, 0)
    assert q.rule == "nearest_cue"
    assert q.speaker is not None
    assert q.speaker.name == "Mara Quill"
    assert q.speaker.mention.text == "Mara Quill"
    assert (q.cue.text if q.cue else None) == "saying"


@pytest.mark.parametrize(
    ("text", "index", "cue"),
    [
        ("Ned Colby left the hall without saying a word.", 6, False),
        ("Ned Colby left the hall, saying a word.", 6, True),
    ],
)
def test_without_blocks_a_speech_verb(nlp: Language, text: str, index: int, cue: bool) -> None:
    token = nlp(text)[index]
    assert token.text == "saying"
    assert is_speech_verb(token) is cue


CONTENT_CLAUSE_CASES = [
    pytest.param(
        "Farmers are angry. Ivo Brandt expressed amusement that Mr. Dunne had at last described his views "
        "“not only in Spanish but in English,” echoing some critics.",
        0,
        "clause_subject",
        "Ivo Brandt",
        "Ivo Brandt",
        "expressed",
        id="a-that-clause-on-the-object-nests-under-the-outer-verb",
    ),
    pytest.param(
        "Ivo Brandt praised the plan that Mr. Dunne described as “bold.”",
        0,
        "clause_subject",
        "Dunne",
        "Mr. Dunne",
        "described",
        id="a-relative-clause-on-the-object-does-not-nest",
    ),
]


LATER_RELATIVE_CASES = [
    pytest.param(
        "“We will keep pushing,” said Ana Ruiz, who also said that the council must do more. "
        "“Nobody votes for a slogan.”",
        1,
        "continuation",
        "Ana Ruiz",
        "who",
        "said",
        id="continuation-takes-the-nearer-who-said",
    ),
    pytest.param(
        "“We will keep pushing,” said Ana Ruiz, who also runs the fund. “Nobody votes for a slogan.”",
        1,
        "continuation",
        "Ana Ruiz",
        "Ana Ruiz",
        "said",
        id="continuation-keeps-the-name-when-who-does-not-speak",
    ),
    pytest.param(
        "“We will keep pushing,” said Martha Ellison, a dairy farmer from the valley and a longtime party donor "
        "who said she would not give again. “Nobody votes for a slogan.”",
        1,
        "continuation",
        "Martha Ellison",
        "who",
        "said",
        id="continuation-takes-who-said-on-a-phrase-beside-the-name",
    ),
    pytest.param(
        "“We need more nurses,” Dana Whitfield said. The board has long resisted handing jobs that are "
        "considered “core care” to contractors.",
        1,
        "governing_subject",
        "board",
        "The board",
        "resisted",
        id="cue-less-partial-quote-keeps-its-own-sentence-holder-not-the-last-speaker",
    ),
    pytest.param(
        "“We need more nurses,” Dana Whitfield said. The jobs are considered “core care.”",
        1,
        "continuation",
        "Dana Whitfield",
        "Dana Whitfield",
        "said",
        id="cue-less-partial-quote-with-a-subject-holding-no-views-continues",
    ),
    pytest.param(
        "“We won the vote,” Dana Whitfield said. She offered “my thanks to every volunteer.”",
        1,
        "governing_subject",
        "Dana Whitfield",
        "She",
        "offered",
        id="quote-after-two-words-of-the-writer-rests-on-their-own-subject",
    ),
    pytest.param(
        "“We are ready,” Marta Velez said.\n\nTom Brandt, the union's lawyer, argues that his client never urged "
        "violence. “The state says his calls to come and watch were a threat” that provoked the crowd.",
        1,
        "governing_subject",  # the previous sentence's speaker, read by governing_subject before continuation
        "Tom Brandt",
        "Tom Brandt",
        "argues",
        id="cue-less-partial-quote-goes-to-a-new-speaker-in-the-sentence-between",
    ),
    pytest.param(
        "“We are ready,” Marta Velez said.\n\nThe hall was full that night. “The state says his calls to come "
        "and watch were a threat” that provoked the crowd.",
        1,
        "continuation",
        "Marta Velez",
        "Marta Velez",
        "said",
        id="cue-less-partial-quote-continues-across-a-sentence-about-no-one",
    ),
]


def test_comma_inside_the_quote_hung_on_the_name_before_is_no_link(attributor: QuoteAttributor) -> None:
    text = "Mr. Reed, who has called Mr. Best's comments \"deeply toxic,\" portrayed his party's nominee as a fever."
    q = _quote(attributor, text, 0)
    assert q.rule == "clause_subject"
    assert q.speaker is not None
    assert q.speaker.name == "Reed"
    assert q.speaker.mention.text == "who"
    assert (q.cue.text if q.cue else None) == "called"


def test_headline_name_running_to_the_end_of_the_text(attributor: QuoteAttributor) -> None:
    """A fuzzer find: the proper nouns opening the headline ran to the last token (no quote after them)."""
    text = "›“Maren Oakridge,,,»»»»»I"
    quotes = attributor.attribute(text).quotes
    assert [(q.text, q.speaker) for q in quotes] == [("Maren Oakridge,,,", None)]


# a relative pronoun as the mention; an owned speech noun whose clause the parse hung elsewhere
RELATIVE_AND_NOUN_CASES = [
    pytest.param(
        "Ruiz started Greenleaf, a foundation that focuses on the “quiet work of repair.”",
        0,
        "governing_subject",
        "foundation",
        "that",
        "focuses",
        id="relative-that-with-a-view-holding-antecedent",
    ),
    pytest.param(
        "Tom Moreau spoke first. Maria Lopez was furious after his remark that, “The port will close.”",
        0,
        "noun_cue",
        "Tom Moreau",
        "his",
        "remark",
        id="owned-speech-noun-and-that-right-before-the-quote",
    ),
    pytest.param(
        "Tom Moreau spoke first. The union ignored his warning that the city would go to the "
        "“back of the line” without a deal.",
        0,
        "noun_cue",
        "Tom Moreau",
        "his",
        "warning",
        id="speech-noun-completed-by-a-that-clause",
    ),
    pytest.param(
        "The issue came up after Tom Ward, asked about the strike, had said, “I think the workers are right.”",
        0,
        "speech_cue_before",
        "Tom Ward",
        "Tom Ward",
        "said",
        id="name-a-participle-aside-and-had-said",
    ),
    pytest.param(
        "Dale Ortiz said,“Look, the images have no place here.”",
        0,
        "speech_cue_before",
        "Dale Ortiz",
        "Dale Ortiz",
        "said",
        id="cue-glued-to-the-opening-mark",
    ),
    pytest.param(
        "Angry Teachers Slam Governor Ward As A ‘Reckless Gambler’\nThe teachers met Governor Ward on Monday.",
        0,
        "headline_subject",
        "Angry Teachers",
        "Angry Teachers",
        None,
        id="title-case-headline-read-in-sentence-case",
    ),
    pytest.param(
        "Bakers Walk Out Over ‘Unfair’ Hours\nThe bakers of the city stopped work on Friday.",
        0,
        "headline_subject",
        "Bakers",
        "Bakers",
        None,
        id="title-case-headline-common-noun-subject",
    ),
    pytest.param(
        "Taxes Are ‘A Burden,’ Tom Ward Tells Farmers\nTom Ward spoke on Monday.",
        0,
        "speech_cue_after",
        "Tom Ward",
        "Tom Ward",
        "Tells",
        id="title-case-headline-credit-after-the-quote-wins",
    ),
    pytest.param(
        "“People are angry,” said Alderman Jason Ervin, who thinks the mayor and his staff "
        "“need to be more collaborative.”",
        1,
        "clause_subject",
        "Jason Ervin",
        "who",
        "thinks",
        id="quote-in-a-relative-clause-on-the-speaker",
    ),
    pytest.param(
        "Ann Roff, who estimates that her legal costs were “in the seven figures,” described the strain.",
        0,
        "speech_cue_after",
        "Ann Roff",
        "who",
        "estimates",
        id="quote-in-a-relative-clause-before-the-cue",
    ),
    pytest.param(
        "Ann Roff, who is “tired of waiting,” described the strain.",
        0,
        "speech_cue_after",
        "Ann Roff",
        "Ann Roff",
        "described",
        id="copula-relative-clause-keeps-the-name",
    ),
    pytest.param(
        "Yet it was unclear whether Ward was ready to quit. The Ohio senator emailed supporters saying: "
        "“The struggle continues” and vowed to fight on.",
        0,
        "speech_cue_colon",
        "Ohio senator",
        "The Ohio senator",
        "saying",
        id="participle-on-the-readers-belongs-to-the-sender",
    ),
    pytest.param(
        "Nora Hale spoke first. Her campaign quickly blasted out an email to supporters stating, "
        "“Ward joins the chorus.”",
        0,
        "speech_cue_before",
        "Nora Hale's campaign",
        "Her campaign",
        "stating",
        id="participle-on-to-readers-belongs-to-the-sender",
    ),
]


# every table of rows above: text, which quote, rule, speaker name, mention, cue
@pytest.mark.parametrize(
    ("text", "index", "rule", "name", "mention", "cue"),
    [
        *RULE_CASES,
        *CONTINUATION_CASES,
        *PARTICIPLE_CASES,
        *BARE_CUE_CASES,
        *HEADLINE_CASES,
        *BETWEEN_CASES,
        *ASIDE_CASES,
        *CLOSED_SENTENCE_CASES,
        *NEW_RULE_CASES,
        *WEAK_RULE_CASES,
        *CONTEXT_ROUND_CASES,
        *CUE_SUBJECT_CASES,
        *CONTENT_CLAUSE_CASES,
        *LATER_RELATIVE_CASES,
        *RELATIVE_AND_NOUN_CASES,
    ],
)
def test_rule(
    attributor: QuoteAttributor, text: str, index: int, rule: str, name: str, mention: str, cue: str | None
) -> None:
    _check_rule(attributor, text, index, rule, name, mention, cue)


def test_sentence_case_keeps_the_first_word_acronyms_and_story_names() -> None:
    line = "Angry Teachers Slam Governor Ward As A ‘Reckless Gambler,’ NEA Says"
    story = "\nThe teachers met Governor Ward on Monday."
    assert _sentence_case(line, story) == "Angry teachers slam Governor Ward as a ‘reckless gambler,’ NEA says"
    assert len(_sentence_case(line, story)) == len(line)


def test_as_phrase_hung_in_a_relative_clause_belongs_to_the_outer_verb(nlp: Language) -> None:
    # the parse of `Ruiz praised Hale, who quit, as “a saint”` that hangs `as` on `quit`
    words = ["Ruiz", "praised", "Hale", ",", "who", "quit", ",", "as", "“", "a", "saint", "”"]
    heads = [1, 1, 1, 2, 5, 2, 5, 5, 10, 10, 7, 10]
    deps = ["nsubj", "ROOT", "dobj", "punct", "nsubj", "relcl", "punct", "prep", "punct", "det", "pobj", "punct"]
    pos = ["PROPN", "VERB", "PROPN", "PUNCT", "PRON", "VERB", "PUNCT", "ADP", "PUNCT", "DET", "NOUN", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    quoted = [False] * 8 + [True] * 4
    assert _as_past_relative(doc[7], doc[5], quoted) == doc[1]
    assert _as_past_relative(doc[7], doc[1], quoted) == doc[1]


def test_relative_pronoun_parsed_outside_a_relative_clause_stands_for_the_noun_before(nlp: Language) -> None:
    # `… turned to the Harbor Authority which reported “12 delays”` parsed with `reported` as an adverbial
    # clause of `turned`: `which` still stands for the noun right before it
    words = ["they", "turned", "to", "the", "Harbor", "Authority", "which", "reported", "“", "12", "delays", "”"]
    heads = [1, 1, 1, 5, 5, 2, 7, 1, 10, 10, 7, 10]
    deps = ["nsubj", "ROOT", "prep", "det", "compound", "pobj", "nsubj", "advcl", "punct", "nummod", "dobj", "punct"]
    pos = ["PRON", "VERB", "ADP", "DET", "PROPN", "PROPN", "PRON", "VERB", "PUNCT", "NUM", "NOUN", "PUNCT"]
    tags = ["PRP", "VBD", "IN", "DT", "NNP", "NNP", "WDT", "VBD", "``", "CD", "NNS", "''"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)
    found = _found("speech_cue_before", 0.89, doc[6], doc[7])
    assert found.mention is not None and found.mention.text == "which"
    assert found.refers is not None and found.refers.text == "the Harbor Authority"


def test_participle_after_the_person_a_recording_shows_is_theirs(nlp: Language) -> None:
    # `The ad uses footage of Ann Lee asking, “…”` parsed with `asking` hung on `uses`
    words = ["The", "ad", "uses", "footage", "of", "Ann", "Lee", "asking", ",", "“", "Why", "?", "”"]
    heads = [1, 2, 2, 2, 3, 6, 4, 2, 7, 7, 7, 7, 7]
    deps = ["det", "nsubj", "ROOT", "dobj", "prep", "compound", "pobj", "xcomp", "punct", "punct", "ccomp"]
    deps += ["punct", "punct"]
    pos = ["DET", "NOUN", "VERB", "NOUN", "ADP", "PROPN", "PROPN", "VERB", "PUNCT", "PUNCT", "ADV", "PUNCT", "PUNCT"]
    tags = ["DT", "NN", "VBZ", "NN", "IN", "NNP", "NNP", "VBG", ",", "``", "WRB", ".", "''"]
    lemmas = ["the", "ad", "use", "footage", "of", "Ann", "Lee", "ask", ",", "“", "why", "?", "”"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)
    quoted = [False] * 9 + [True] * 4
    assert _subject(doc[7], quoted) == (doc[6], doc[7])
    lemmas[3] = words[3] = "account"  # `an account of Ann Lee asking`: the account-giver's report
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)
    assert _subject(doc[7], quoted) == (doc[1], doc[2])


def _first_quote_found(doc: Doc) -> tuple[str, str, str]:
    """Rule, mention and cue the sieves give the first quote of a hand-built `Doc`."""
    spans = find_quote_spans(doc.text)
    found = Sieves(doc, spans).attribute(spans[0])
    assert found is not None and found.mention is not None and found.cue is not None
    return found.rule, found.mention.text, found.cue.text


def test_name_before_a_parenthesis_is_the_subject_of_a_verb_the_parse_left_without_one(nlp: Language) -> None:
    # `Rep. Ann Reed (D-Ohio) said “We won.”` with `said` left without a subject: read off the surface
    words = ["Rep.", "Ann", "Reed", "(", "D", "-", "Ohio", ")", "said", "“", "We", "won", ".", "”"]
    spaces = [True, True, True, False, False, False, False, True, True, False, True, False, False, False]
    heads = [2, 2, 8, 2, 6, 6, 2, 2, 8, 11, 11, 8, 11, 11]
    deps = ["compound", "compound", "dep", "punct", "compound", "punct", "appos", "punct", "ROOT", "punct"]
    deps += ["nsubj", "ccomp", "punct", "punct"]
    pos = ["PROPN", "PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "PROPN", "PUNCT", "VERB", "PUNCT", "PRON", "VERB"]
    pos += ["PUNCT", "PUNCT"]
    tags = ["NNP", "NNP", "NNP", "-LRB-", "NNP", "HYPH", "NNP", "-RRB-", "VBD", "``", "PRP", "VBD", ".", "''"]
    lemmas = ["Rep.", "Ann", "Reed", "(", "D", "-", "Ohio", ")", "say", "“", "we", "win", ".", "”"]
    ents = ["O", "B-PERSON", "I-PERSON", "O", "O", "O", "B-GPE", "O", "O", "O", "O", "O", "O", "O"]
    doc = Doc(nlp.vocab, words, spaces, tags=tags, pos=pos, heads=heads, deps=deps, lemmas=lemmas, ents=ents)
    assert _first_quote_found(doc) == ("speech_cue_before", "Ann Reed", "said")


def test_names_run_into_the_phrase_before_a_subjectless_cue_are_its_subject(nlp: Language) -> None:
    # `After the audit, Finch and Reyes call it “old news”` parsed with the names as conjuncts of `audit`
    words = ["After", "the", "audit", ",", "Finch", "and", "Reyes", "call", "it", "“", "old", "news", "”", "."]
    spaces = [True, True, False, True, True, True, True, True, True, False, True, False, False, False]
    heads = [7, 2, 0, 2, 2, 4, 4, 7, 7, 11, 11, 7, 7, 7]
    deps = ["prep", "det", "pobj", "punct", "conj", "cc", "conj", "ROOT", "dobj", "punct", "amod", "oprd"]
    deps += ["punct", "punct"]
    pos = ["ADP", "DET", "NOUN", "PUNCT", "PROPN", "CCONJ", "PROPN", "VERB", "PRON", "PUNCT", "ADJ", "NOUN"]
    pos += ["PUNCT", "PUNCT"]
    tags = ["IN", "DT", "NN", ",", "NNP", "CC", "NNP", "VBP", "PRP", "``", "JJ", "NN", "''", "."]
    lemmas = ["after", "the", "audit", ",", "Finch", "and", "Reyes", "call", "it", "“", "old", "news", "”", "."]
    ents = ["O", "O", "O", "O", "B-PERSON", "O", "B-PERSON", "O", "O", "O", "O", "O", "O", "O"]
    doc = Doc(nlp.vocab, words, spaces, tags=tags, pos=pos, heads=heads, deps=deps, lemmas=lemmas, ents=ents)
    assert _first_quote_found(doc) == ("clause_subject", "Reyes", "call")


# `via`: who relays the words. (text, quote index, speaker name, speaker mention, via name, via mention)
VIA_CASES = [
    pytest.param(
        "“We will appeal the ruling,” Dana Whitfield said on Monday, according to the Riverton Tribune.",
        0,
        "Dana Whitfield",
        "Dana Whitfield",
        "Riverton Tribune",
        "the Riverton Tribune",
        id="said-according-to-an-outlet",
    ),
    pytest.param(
        "According to the Harbor Herald, Mayor Lena Marsh said the ferry would run “until the ice comes.”",
        0,
        "Lena Marsh",
        "Mayor Lena Marsh",
        "Harbor Herald",
        "the Harbor Herald",
        id="according-to-opening-the-sentence",
    ),
    pytest.param(
        "Ruiz said that Dana Welk had called the plan “a farce.”",
        0,
        "Dana Welk",
        "Dana Welk",
        "Ruiz",
        "Ruiz",
        id="a-said-that-b-called-it",
    ),
    pytest.param(
        "The Harbor Herald quoted the mayor of Eastport, Lena Marsh, who said: “The ferry stays.”",
        0,
        "Lena Marsh",
        "who",
        "Harbor Herald",
        "The Harbor Herald",
        id="outlet-quoted-someone-who-said",
    ),
    pytest.param(
        "The Harbor Herald quoted Lena Marsh as saying the ferry would run “until the ice comes.”",
        0,
        "Lena Marsh",
        "Lena Marsh",
        "Harbor Herald",
        "The Harbor Herald",
        id="outlet-quoted-someone-as-saying",
    ),
    pytest.param(
        "Lena Marsh was quoted by the Harbor Herald as saying the ferry would run “until the ice comes.”",
        0,
        "Lena Marsh",
        "Lena Marsh",
        "Harbor Herald",
        "the Harbor Herald",
        id="someone-was-quoted-by-an-outlet",
    ),
    pytest.param(
        "Lena Marsh met reporters. “The ferry stays,” she told the Harbor Herald.",
        0,
        "Lena Marsh",
        "she",
        None,
        None,
        id="a-listener-is-no-relay",
    ),
    pytest.param(
        "The plan is “dead on arrival,” according to Senator Rob Keller.",
        0,
        "Rob Keller",
        "Senator Rob Keller",
        None,
        None,
        id="according-to-alone-is-the-speaker",
    ),
    pytest.param(
        "Ivo Brandt said Lena Marsh “wrongfully” suggests the ferry is safe.",
        0,
        "Ivo Brandt",
        "Ivo Brandt",
        None,
        None,
        id="a-word-qualifying-the-inner-act-is-the-reporters",
    ),
    pytest.param(
        "Ivo Brandt said he called the plan “a farce.”",
        0,
        "Ivo Brandt",
        "Ivo Brandt",
        None,
        None,
        id="the-reporter-again-by-pronoun-is-no-relay",
    ),
    pytest.param(
        "Ivo Brandt said the museum would tell “a story of hope.”",
        0,
        "Ivo Brandt",
        "Ivo Brandt",
        None,
        None,
        id="a-thing-under-a-report-is-no-utterer",
    ),
    pytest.param(
        "Tomas Berg said he expects voters will say “no” to the plan.",
        0,
        "Tomas Berg",
        "Tomas Berg",
        None,
        None,
        id="speech-not-yet-made-is-the-reporters-word",
    ),
    pytest.param(
        "“We will appeal,” Dana Whitfield said, according to the Riverton Tribune. “The ruling is wrong.”",
        1,
        "Dana Whitfield",
        "Dana Whitfield",
        "Riverton Tribune",
        "the Riverton Tribune",
        id="a-continued-quote-keeps-its-relay",
    ),
]


@pytest.mark.parametrize(("text", "index", "name", "mention", "via", "via_mention"), VIA_CASES)
def test_via(
    attributor: QuoteAttributor,
    text: str,
    index: int,
    name: str,
    mention: str,
    via: str | None,
    via_mention: str | None,
) -> None:
    q = _quote(attributor, text, index)
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.mention.text) == (name, mention)
    assert text[q.speaker.mention.start : q.speaker.mention.end] == mention
    if via is None:
        assert q.via is None
        return
    assert q.via is not None and q.via.mention is not None
    assert (q.via.name, q.via.mention.text) == (via, via_mention)
    assert text[q.via.mention.start : q.via.mention.end] == via_mention


# interview transcripts: text, quote index, speaker name, mention
INTERVIEW_CASES = [
    pytest.param(
        "The Tribune spoke with Mayor Lena Marsh about the ferry.\n"
        "Q: “Will the ferry run this winter?”\nA: “It will run until the ice comes.”",
        1,
        "Lena Marsh",
        "Lena Marsh",
        id="answer-is-the-person-interviewed",
    ),
    pytest.param(
        "The Tribune spoke with Mayor Lena Marsh about the ferry.\n"
        "Q: “Will the ferry run this winter?”\nA: “It will run until the ice comes.”",
        0,
        "Tribune",
        "Tribune",
        id="question-is-the-outlet",
    ),
    pytest.param(
        "In an interview, Mayor Lena Marsh answered questions from the Tribune.\n"
        "Q: Will the ferry run this winter?\nA: “It will run until the ice comes,” and “not a day longer.”",
        1,
        "Lena Marsh",
        "Lena Marsh",
        id="answer-quoted-in-parts-continues",
    ),
    pytest.param(
        "Lena Marsh sat down with the Tribune on Monday.\n"
        "TRIBUNE: “Will the ferry run this winter?”\nMARSH: “It will run until the ice comes.”",
        1,
        "Lena Marsh",
        "MARSH",
        id="name-label-in-capitals",
    ),
]


@pytest.mark.parametrize(("text", "index", "name", "mention"), INTERVIEW_CASES)
def test_interview(attributor: QuoteAttributor, text: str, index: int, name: str, mention: str) -> None:
    q = _quote(attributor, text, index)
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.mention.text) == (name, mention)
    assert text[q.speaker.mention.start : q.speaker.mention.end] == mention
