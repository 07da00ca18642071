"""Ordered attribution rules, high precision first; each names itself (the API's `rule`).

Confidences are each rule's precision on PolNeAR train (speaker right on found quotes), rounded:
continuation .98 in the quote's paragraph (.9 the next paragraph, .73 a later paragraph of a quote
left open, .67 a cue-less partial quote; never above 99% of the quote it continues),
speech_cue_after .94 (.95 read off the surface of a lost parse), run_in_label .96, speech_cue_colon
.92, according_to .93, speech_cue_before .89 (.77 off the surface), clause_subject .88,
trailing_credit .88, nearest_cue .86, colon_intro .85 (.79 from the sentence's root, .69 from a name
in it), previous_sentence_cue .79, governing_subject .77 (also `dash_aside`), document_speaker .72,
noun_cue .63 (.8 for `in X's words`); preceding_subject .9 and headline_subject .9 rest on a dozen
quotes; answer_turn .8 (a cue-less answer in the paragraph after a question, to the one asked) fires on
no shared quote, so its figure is a guess; speaker_label .9 (its 4 train quotes come from one transcript
whose gold credits the heading "Partial transcript", not the labelled speaker).

`Sieves(doc, quotes)` indexes the document once (which tokens lie inside quotation marks,
where paragraphs start); `attribute(quote)` then runs the rules in `RULES` order for one
quote, in text order, and the first that fires wins. Every rule only looks at the one or
two sentences around its quote, so the cost per quote is a handful of tokens.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace

import numpy
from spacy.tokens import Doc, Span, Token

from service.nlp.cues import is_speech_verb
from service.nlp.lexicons import load
from service.nlp.marks import QuoteSpan
from service.nlp.roles import ROLE_NOUNS

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# A subject-less cue borrows the subject of the verb it hangs from ("…, warning that", "adding …").
BORROW_DEPS = frozenset({"advcl", "xcomp", "conj", "pcomp", "ccomp", "prep", "pobj", "dep"})
# Parts of a subject phrase that are not the mention ("Smith, who …", the closing comma).
MENTION_CUT_DEPS = frozenset({"relcl", "acl", "advcl", "punct", "cc", "prep", "parataxis", "ccomp"})
SHARE_WORDS = frozenset({"percent", "%", "majority", "plurality", "half", "third", "quarter", "most", "many"})
POLL_NOUNS = frozenset({"poll", "survey"})
POLL_REACH = 40  # words read back from a colon for the poll its respondents speak through
LATER_REACH = 30  # words read after a speaker mention for `, who also said`
# adverbial clauses of time, cause, concession: with their own subject, their words are their own
OWN_CLAUSE_MARKS = frozenset(
    {"when", "after", "before", "as", "while", "until", "since", "once", "although", "though", "because"}
)
NEGATIONS = frozenset({"not", "n't", "never"})
TIME_MARKS = frozenset({"when", "after", "before", "while", "until", "since", "once"})
RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom"})
QUOTING_VERBS = frozenset({"quote", "cite"})  # `The Tribune quoted the mayor, who said: “…”` → via the Tribune
# an inner cue in the future, a conditional or the negative reports no speech made (`A expects B will say “no”`)
ASK_VERBS = frozenset({"ask", "question", "press", "query", "quiz"})  # `Bash asked Ruiz`: the object answers next
UNNAMED_TURN = 0.1  # a turn that is not the last speaker's, with no one left to give it to
TURN_REACH = 3  # paragraphs back over which an exchange's earlier speaker still holds a turn
ANSWER_TURN = 0.8  # a quote standing alone after a question, to the one asked (not yet measured: a handful of quotes)
UNREAL_AUX = frozenset({"will", "would", "could", "should", "might", "may", "must", "not", "n't", "never"})
DOCUMENT_NOUNS = load("document_nouns.txt")
DASHES = "\u2014\u2013-"
CREDIT = re.compile(r"[^\S\n,.]*[,.]?[^\S\n]*(?:--|[\u2014\u2013\u2015-])[^\S\n]*")
# `“We won.”¶— Jane Smith` : the credit alone on the line after a quote paragraph (fact-check lists)
CREDIT_LINE = re.compile(r"[^\S\n]*\n\s*(?:--|[\u2014\u2013\u2015-])[^\S\n]*")
# nested speech: "A said that B called it “x”" → speaker B (who said the words), via A (who reports them)
# past a first cue, climb on only through clausal complements ("A said that B called it “x”"), never
# out of a relative clause or a prepositional phrase ("under what B called “x”, the club charged")
NESTED_DEPS = frozenset({"ccomp", "xcomp", "advcl", "conj", "parataxis"})
FRAME_REACH = 100  # tokens either side of a quote that its sentences are read over
# quoted tokens and marks stepped over to reach the words beside a quote: a wall of quotes with no words
# between them (`“a”“b”“c”…`) would otherwise make every quote walk the rest of the wall
SKIP = 48
MAX_CLIMB = 8  # dependency steps from a quoted token up to its cue
ASIDE_REACH = 30  # tokens before a quote read for a reporting aside (", he said,")
NP_LINKERS = frozenset({"of", "for", "at"})  # "part of the statement", "a spokesman for the campaign"
CLOSING_MARKS = frozenset("\u201d\u2019\"'\u00bb\u203a`")
MAX_NP = 8  # words in a speaker phrase read off the surface when the parse fails
NP_POS = frozenset({"PROPN", "NOUN", "DET", "ADJ", "PRON", "NUM"})
HONORIFIC_WORDS = load("honorifics.txt")
SPEECH_NOUNS = load("speech_nouns.txt")
OPINION_ONLY_VERBS = load("opinion_only_verbs.txt")
PERSONAL = frozenset({"he", "she", "they", "we", "i", "it"})
OBJECT_PRONOUNS = frozenset({"him", "her", "them"})  # `led her to fear “x”`: only a controller's
PERSON_POSSESSIVES = frozenset({"his", "her", "their", "my", "our"})  # not "its": a thing's words are its maker's
PERSON_PRONOUNS = frozenset({"he", "she", "i", "we"})  # not "they": as often things as people
MAX_WRITER_SENTENCES = 3  # sentences looked back over for who was last written about
# "PENCE: …" at the head of a quoted paragraph: a transcript speaker label in capitals
LABEL = re.compile(r"((?:[A-Z][A-Z.'\-]+ ){0,2}[A-Z][A-Z.'\-]+):\s")
# "Rivera: Budget Plan Is ‘Dead on Arrival’" (a headline) or "Okafor: Well, it’s ‘a start.’" (a
# transcript): a name and a colon open the paragraph, and what follows is that person's view
_LABEL_CHARS = ':\n\u201c\u201d"\u2018\u2019\u00ab\u00bb'
# … "Bush: “…”": a further label right before a quote, after an earlier sentence or quote ends
RUN_IN_LATER = re.compile(rf"[.!?\u201d\"\u2019][ \t]+([A-Z][^{_LABEL_CHARS}.!?]{{0,59}}?):[ \t]*$")
# `Q: “…”` / `A: “…”` (also `Q.`, `Question:`, `Answer:`) opening a paragraph of an interview transcript
QA_LABEL = re.compile(r"[ \t]*(Q|A|Question|Answer)[ \t]*[:.][ \t]*[\u201c\"\u2018']?")
QA_LINE = re.compile(r"^[ \t]*(?:Q|A|Question|Answer)[ \t]*[:.][ \t]", re.M)
RUN_IN_REACH = 80  # characters before a quote searched for a later label
# the rest of a cue clause up to a colon or comma, then an opening mark: `… Ruiz added: “`
NEXT_QUOTE = re.compile(r"[^.!?:,\n\u201c\u201d\"]{0,60}[:,][ \t]*[\u201c\"\u2018']")
NOT_SPEAKERS = load("run_in_labels.txt")  # "UPDATE:", "The Latest:", "Editor’s note:"


@dataclass(frozen=True, slots=True)
class Found:
    """Where the attribution rests: the mention (as written), the cue, the rule that fired."""

    mention: Span | None
    cue: Span | None
    rule: str
    confidence: float
    refers: Span | None = None  # the phrase a relative pronoun mention stands for ("Smith, who said")
    via: Span | None = None  # who relays the words ("“…,” Ruiz said, according to CNN" → CNN)


@dataclass(frozen=True, slots=True)
class QuoteContext:
    """One quote seen from the document index: its token range and the sentences around it."""

    sieves: Sieves
    quote: QuoteSpan
    first: int  # first token inside the quote
    last: int  # last token inside the quote
    frame: tuple[Span, ...]  # the sentences holding the quote's first and last token
    _outside: list[list[Token]] = field(default_factory=list, compare=False, repr=False)

    def outside(self) -> list[Token]:
        """Tokens of the frame sentences outside every quotation (read once; most rules ask)."""
        if not self._outside:
            self._outside.append(self._read_outside())
        return self._outside[0]

    def _read_outside(self) -> list[Token]:
        sv = self.sieves
        lo, hi = sv.paragraph(self.quote.open_at), sv.paragraph(self.quote.close_at)
        # a run-on "sentence" of thousands of tokens (a wall of short quotes) is read near the quote only
        near = [
            sv.doc[max(s.start, self.first - FRAME_REACH) : min(s.end, self.last + FRAME_REACH + 1)] for s in self.frame
        ]
        return [t for s in near for t in s if not sv.quoted[t.i] and lo <= sv.paragraph(t.idx) <= hi]

    def stands_alone(self) -> bool:
        """The quote's sentences hold no words of the writer's beyond a conjunction or two."""
        words = [t for t in self.outside() if not t.is_punct and not t.is_space]
        return len(words) <= 2


Rule = Callable[[QuoteContext], Found | None]


# -- helpers ------------------------------------------------------------------------------


def _mention(head: Token) -> Span:
    """`the top Russian diplomat`, `Mr. McGinley` (a name stands alone), `The spokesperson, John Kirby`."""
    keep = {head.i}
    stack = [head]
    named = head.ent_type_ == "PERSON"
    while stack:
        t = stack.pop()
        for c in t.children:
            if c.dep_ in MENTION_CUT_DEPS and not (c.dep_ == "prep" and c.head == head and c.i > head.i):
                continue
            if named and c.dep_ == "appos" and t == head:
                continue  # the role beside a name is not part of the mention
            if c.dep_ == "appos" and t == head and head.pos_ == "PROPN" and c.left_edge.lower_ in {"a", "an", "the"}:
                continue  # `Greenwatch, an environmental group,`: a name, then what it is
            if c.dep_ == "punct" or c.is_space:
                continue
            keep.add(c.i)
            stack.append(c)
    lo, hi = head.i, head.i
    while lo - 1 in keep or (lo - 2 in keep and _joins(head.doc, lo - 1)):  # "left-leaning", "self-published"
        lo -= 1
    # a comma or a stray whitespace token (`the polls  in Ohio`) between kept words does not end the phrase
    while hi + 1 in keep or (hi + 2 in keep and (head.doc[hi + 1].text == "," or head.doc[hi + 1].is_space)):
        hi += 1
    doc = head.doc
    while hi > lo and (doc[hi].is_punct or doc[hi].is_space):
        hi -= 1
    while lo < hi and (doc[lo].is_punct or doc[lo].is_space):
        lo += 1
    # a mention never runs across a paragraph break
    for i in range(head.i - 1, lo - 1, -1):
        if "\n" in doc[i].text:
            lo = i + 1
            break
    for i in range(head.i + 1, hi + 1):
        if "\n" in doc[i].text:
            hi = i - 1
            break
    return doc[lo : hi + 1]


def _joins(doc: Doc, i: int) -> bool:
    """A hyphen written tight between two words."""
    return doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_


def _across_paragraphs(a: Token, b: Token) -> bool:
    """A parse that ran over a paragraph break (a heading as subject) does not count."""
    lo, hi = (a, b) if a.i < b.i else (b, a)
    return any("\n" in t.text_with_ws for t in a.doc[lo.i : hi.i])


def _person_in(subject: Token) -> Token:
    """`WASHINGTON – The council spokesperson, John Kirby, said` → Kirby (a person in apposition wins)."""
    if subject.ent_type_ == "PERSON":
        return subject
    frontier = [subject]
    for _ in range(3):
        frontier = [c for t in frontier for c in t.children if c.dep_ in {"appos", "conj"}]
        for t in frontier:
            if t.ent_type_ == "PERSON":
                return t
    return subject


def _np_before(verb: Token) -> Span | None:
    """The noun phrase that opens the verb's paragraph and runs up to it: `¶Russian President X recently said`."""
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and "\n" not in doc[i].text and verb.i - i <= MAX_NP + 3:
        i -= 1
    if i < 0 or "\n" not in doc[i].text:
        return None
    np = _np_run(list(doc[i + 1 : verb.i]))
    if np is None:
        return None
    rest = doc[np.end : verb.i]
    return np if all(t.pos_ in {"ADV", "AUX", "PART"} for t in rest) else None


def _dateline_dash(subject: Token, verb: Token) -> int | None:
    """`BOSTON, May 3 (AP) — The mayor said`: the dash after a paragraph-opening dateline, if `subject` is in one."""
    doc = subject.doc
    start = subject.i
    while start > 0 and subject.i - start < 3 and "\n" not in doc[start - 1].text_with_ws:
        start -= 1
    if (start > 0 and "\n" not in doc[start - 1].text_with_ws) or not doc[start].is_upper or len(doc[start]) < 3:
        return None
    for t in doc[start : min(verb.i, start + 10)]:
        if t.text in {"\u2014", "\u2013", "--", "-", "\u2015"}:
            return t.i
    return None


def _author_of(document: Token, quoted: Sequence[bool]) -> Token | None:
    """`Ruiz issued a statement saying …` → Ruiz: whoever puts out a statement is its speaker."""
    if document.lemma_.lower() not in DOCUMENT_NOUNS or document.dep_ != "dobj":
        return None
    verb = document.head
    if verb.pos_ != "VERB" or quoted[verb.i]:
        return None
    for child in verb.children:
        if child.dep_ == "nsubj" and not quoted[child.i] and child.lemma_.lower() not in DOCUMENT_NOUNS:
            if child.lower_ in RELATIVE_PRONOUNS or _across_paragraphs(child, verb):
                return None
            return _person_in(child)
    return None


def _sender(document: Token, quoted: Sequence[bool]) -> Token | None:
    """`A letter signed by Ruiz warned …`, `according to a speech Ruiz gave` → Ruiz: the document's author
    named in a passive participle or as the subject of a relative clause on it."""
    if document.lemma_.lower() not in DOCUMENT_NOUNS:
        return None
    for acl in document.children:
        if acl.dep_ == "relcl" and not quoted[acl.i]:  # `a speech Ann Lee delivered in July`
            author = next((c for c in acl.children if c.dep_ == "nsubj" and not quoted[c.i]), None)
            if author is not None and author.pos_ == "PROPN" and author.ent_type_ == "PERSON":
                return author
        if acl.dep_ != "acl" or acl.tag_ != "VBN":
            continue
        obj = _agent_object(acl, quoted)
        if obj is not None and obj.lemma_.lower() not in DOCUMENT_NOUNS:
            return _person_in(obj)
    return None


def _agent_object(verb: Token, quoted: Sequence[bool]) -> Token | None:
    """The noun of a verb's `agent` phrase outside quotes: `signed by Ruiz` → Ruiz."""
    for child in verb.children:
        if child.dep_ == "agent":
            for obj in child.children:
                if obj.dep_ == "pobj" and not quoted[obj.i]:
                    return obj
    return None


def _agent(verb: Token, quoted: Sequence[bool]) -> Token | None:
    """The `by` phrase of a passive verb: `was called “x” by Ruiz` → Ruiz."""
    obj = _agent_object(verb, quoted)
    if obj is not None:
        return _person_in(obj)
    if not any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
        return None
    # `has been called “x” by Hale`, parsed with the `by` phrase hanging from the quoted name it follows
    for child in verb.children:
        if child.dep_ != "oprd" or not quoted[child.i]:
            continue
        for by in child.children:
            if by.dep_ == "prep" and by.lower_ == "by" and not quoted[by.i]:
                for obj in by.children:
                    if obj.dep_ == "pobj" and not quoted[obj.i] and (obj.pos_ == "PROPN" or obj.ent_type_):
                        return _person_in(obj)
    return None


def _can_speak(noun: Token) -> bool:
    """`Smith, speaking …`, `a statement saying …`, `the spokesman, adding …` — not `at one point calling …`."""
    lemma = noun.lemma_.lower()
    return (
        noun.pos_ == "PROPN"
        or bool(noun.ent_type_)
        or lemma in DOCUMENT_NOUNS
        or lemma in ROLE_NOUNS
        or lemma in SPEECH_NOUNS
        or noun.tag_ == "NNS"  # "protesters chanting …", "officials saying …"
    )


def _subject(verb: Token, quoted: Sequence[bool]) -> tuple[Token, Token] | None:
    """The subject of `verb`, borrowed from the governing verb for participles: (subject, verb it is on)."""
    shown = _shown_speaking(verb, quoted)
    if shown is not None:
        return shown, verb
    v = verb
    for _ in range(4):
        agent = _agent(v, quoted) if v == verb else None  # "was booed by fans after telling …": not the fans
        if agent is not None:  # "has been called “x” by Ruiz": the one who calls it, not the thing called
            return agent, v
        for child in _subjects_nearest_first(v):
            if v != verb and _mute(child):
                continue  # "as the meeting began, vowing …": a meeting does not vow; borrow from further up
            if child.lower_ in RELATIVE_PRONOUNS and v.dep_ == "relcl" and quoted[v.head.i]:
                return None  # `“… for records” that would respond to …`: a relative on quoted words goes on with them
            if not quoted[child.i]:
                dash = _dateline_dash(child, v)
                if dash is not None:
                    np = _np_run([t for t in child.doc[dash + 1 : v.i] if not t.is_space])
                    if np is None:
                        continue
                    child = np.root
                if not _across_paragraphs(child, v):
                    return _sender(child, quoted) or _person_in(child), v
                np = _np_before(v)  # the parse ran a heading into the sentence: take the words before the verb
                if np is not None:
                    return np.root, v
        addressed = _addressed_by(v, quoted)
        if addressed is not None:  # `emailed supporters saying …`: the sender says it, not the readers
            v = addressed
            continue
        if v.dep_ == "acl" and v.head.pos_ in {"NOUN", "PROPN"} and not quoted[v.head.i] and _can_speak(v.head):
            author = _author_of(v.head, quoted)
            if author is not None:
                return author, v
            return v.head, v  # "a statement saying …", "Smith, speaking on Monday, …"
        thing = v.dep_ == "acl" and v.head.pos_ == "NOUN"  # "at one point calling …": the clause's subject
        if (v.dep_ not in BORROW_DEPS and not thing) or v.head == v or quoted[v.head.i]:
            return None
        v = _past_time_clause(v) if v == verb else v.head
    return None


def _past_time_clause(participle: Token) -> Token:
    """`Hannity said …, after the senator won his race, remarking that …` → said: a speaking participle the
    parse hung on a time clause belongs to the speech verb that clause hangs on, not to the clause's subject."""
    head = participle.head
    if participle.tag_ != "VBG" or not _time_clause(head) or head.head == head or not is_speech_verb(head.head):
        return head
    if not any(c.dep_ in {"mark", "advmod"} and c.lower_ in TIME_MARKS for c in head.children):
        return head  # `though he used stronger words, saying …`: a concession's participle is its own
    return head.head if any(c.dep_ == "nsubj" for c in head.head.children) else head


# recordings that show someone speaking: `footage of Lee saying “…”` is Lee's words (an `account of Lee
# saying` is the account-giver's report)
MEDIA_NOUNS = frozenset({"footage", "video", "clip", "audio", "tape", "recording", "film", "image", "photo"})


def _shown_speaking(verb: Token, quoted: Sequence[bool]) -> Token | None:
    """`The ad uses footage of Ann Lee asking, “…”` → Lee: a participle right after the person an `of` phrase
    on a recording names is what that person does, however the parse hung it."""
    if verb.tag_ != "VBG" or verb.i == 0:
        return None
    who = verb.doc[verb.i - 1]
    if quoted[who.i] or who.dep_ != "pobj" or who.head.lower_ != "of" or who.head.head.lemma_ not in MEDIA_NOUNS:
        return None
    named = who.ent_type_ in {"PERSON", "ORG", "NORP"} or who.pos_ == "PROPN"
    return who if named or who.lower_ in OBJECT_PRONOUNS else None


SENDING_VERBS = frozenset({"email", "e-mail", "mail", "send", "text", "message", "tell", "blast", "write"})


def _addressed_by(participle: Token, quoted: Sequence[bool]) -> Token | None:
    """`The senator emailed supporters saying …`, `sent a note to fans stating …` → emailed / sent: a
    participle hung on the people a message went to belongs to the verb that sent it."""
    if participle.dep_ != "acl" or participle.tag_ != "VBG" or participle.head.pos_ not in {"NOUN", "PROPN"}:
        return None
    noun = participle.head
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "to":
        verb = verb.head
    elif noun.dep_ != "dobj" or verb.lemma_.lower() not in SENDING_VERBS:
        return None
    return verb if verb.pos_ == "VERB" and not quoted[verb.i] else None


def _mute(t: Token) -> bool:
    """A singular common noun that names no person, role, group or document: `the meeting`, `the world`."""
    lemma = t.lemma_.lower()
    return t.pos_ == "NOUN" and t.tag_ == "NN" and not t.ent_type_ and not _can_speak(t) and lemma not in HOLDER_NOUNS


def _subjects_nearest_first(verb: Token) -> list[Token]:
    """The verb's subjects, nearest first: a parse that gives `X signals “y”, said Ruiz` two subjects
    means the inverted one right after the verb."""
    return sorted((c for c in verb.children if c.dep_ in SUBJECT_DEPS), key=lambda c: abs(c.i - verb.i))


def _past_thing_relative(subject: Token, quoted: Sequence[bool]) -> Token:
    """`Ruiz released an ad that calls the plan “a scam”` → Ruiz: a thing that speaks speaks for its maker.

    A relative `that`/`which` whose antecedent is a common noun (not a person, not a document
    such as a statement or report) gives way to the subject of the verb that governs the antecedent.
    """
    if subject.lower_ not in {"that", "which"} or subject.head.dep_ != "relcl":
        return subject
    antecedent = subject.head.head
    if antecedent.lemma_.lower() in DOCUMENT_NOUNS:  # `Ruiz released a letter that says …` → Ruiz, its issuer
        return _author_of(antecedent, quoted) or subject
    if antecedent.pos_ != "NOUN" or antecedent.ent_type_:
        return subject
    v = antecedent.head
    for _ in range(3):
        if v.pos_ in {"VERB", "AUX"} or v.head == v:
            break
        v = v.head
    if v.pos_ not in {"VERB", "AUX"} or quoted[v.i]:
        return subject
    hit = _subject(v, quoted)
    return hit[0] if hit is not None else subject


def _found(rule: str, confidence: float, subject: Token, cue: Token | None) -> Found:
    doc = subject.doc
    cue_span = doc[cue.i : cue.i + 1] if cue is not None else None
    mention = _mention(subject)
    refers = None
    if subject.lower_ in RELATIVE_PRONOUNS and subject.head.dep_ == "relcl":
        refers = _mention(subject.head.head)
    elif subject.tag_ in {"WP", "WDT"} and subject.i > 0:
        # `the Police Department which reported “…”` parsed without the relative clause: the noun just before
        before = doc[subject.i - 1]
        if before.pos_ in {"NOUN", "PROPN"} and before.dep_ not in {"compound", "amod"}:
            refers = _mention(before)
    if subject.lemma_.lower() in DOCUMENT_NOUNS or (
        subject.lower_ in {"part", "portion", "excerpt"}
        and any(t.lemma_.lower() in DOCUMENT_NOUNS for t in subject.subtree)
    ):
        rule, confidence = "document_speaker", min(confidence, 0.72)
    return Found(mention=mention, cue=cue_span, rule=rule, confidence=confidence, refers=refers)


def _nests(clause: Token, subject: Token) -> bool:
    """Whether a cue's clause may sit inside an outer speech act that reports it: `A said that B called it
    “x”` does; a reporting clause `“…,” B added`, a coordinate clause with a subject of its own
    (`A recommended X, but he called it “x”`) and a time clause with its own subject (`A backed it,
    hours after B said “x”`) do not."""
    if _content_clause(clause):
        return not _reports_quote(subject)
    if clause.dep_ not in NESTED_DEPS or _reports_quote(subject):
        return False
    if clause.dep_ == "advcl" and any(
        c.dep_ in {"mark", "advmod"} and c.lower_ in OWN_CLAUSE_MARKS for c in clause.children
    ):
        return not any(c.dep_ in SUBJECT_DEPS for c in clause.children)  # "…, hours after B said “x”"
    if clause.dep_ != "conj":
        return True
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return True  # "said X and that B called it “x”" still nests
    if (
        clause.head.dep_ == "ccomp"
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.head.children)
        and not any(c.dep_ in {"mark", "advmod"} and c.lower_ in OWN_CLAUSE_MARKS for c in clause.children)
    ):
        return True  # "notes that A tweeted X, and B called it “x”": both clauses are what is noted
    return not any(c.dep_ in SUBJECT_DEPS for c in clause.children)


def _content_clause(clause: Token) -> bool:
    """`amusement that B described it …`: a `that` clause completing a noun (not a relative clause)."""
    return clause.dep_ == "acl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _aside_reporter(ctx: QuoteContext, cue: Token) -> tuple[Token, Token] | None:
    """`It was no different, he said, from Bush calling it “voodoo”` → he: a reporting clause set off by
    commas before the quote, hanging from the cue or a verb above it, reports the whole sentence."""
    doc, quoted = ctx.sieves.doc, ctx.sieves.quoted
    above = {cue.i}
    t = cue
    for _ in range(MAX_CLIMB):
        if t.head == t:
            break
        t = t.head
        above.add(t.i)
    # only the few words before the quote are read, never the whole sentence
    for c in doc[max(0, ctx.first - ASIDE_REACH) : ctx.first]:
        if c.i == cue.i or quoted[c.i] or c.i + 1 >= len(doc) or doc[c.i + 1].text != ",":
            continue
        if not (c.i in above or (c.dep_ == "parataxis" and c.head.i in above)) or not is_speech_verb(c):
            continue
        subject = next((s for s in c.lefts if s.dep_ == "nsubj"), None)
        if subject is None or subject.left_edge.i == 0 or subject.right_edge.i != c.i - 1:
            continue
        if doc[subject.left_edge.i - 1].text == ",":
            return c, subject
    return None


def _reports_quote(subject: Token) -> bool:
    """`“…,” Ruiz added`: a subject right after a quotation that closes on a comma heads its own
    reporting clause, which no outer verb reports on (`Kim cannot say that “x,” Ruiz added`)."""
    doc = subject.doc
    i = _mention(subject).start - 1
    while i > 0 and doc[i].is_space:
        i -= 1
    return i > 0 and doc[i].text in CLOSING_MARKS and doc[i - 1].text in {",", "!", "?"}


def _poll_of(subject: Token, cue: Token, quoted: Sequence[bool]) -> Token:
    """`In a Tribune poll, 75 percent of voters said “x”` → the poll: a share of respondents speaks
    through the poll named in the cue's own clause."""
    if (
        subject.ent_type_ not in {"PERCENT", "CARDINAL"}
        and subject.lower_ not in SHARE_WORDS
        and not subject.like_num
        and not _in_ten(subject)
    ):
        return subject
    v = cue
    for _ in range(MAX_CLIMB):
        for c in v.children:
            if c.dep_ in SUBJECT_DEPS and c.lemma_.lower() in POLL_NOUNS and not quoted[c.i]:
                return c  # "The poll finds that 37 percent say “x”"
            if c.dep_ == "prep" and c.lower_ in {"in", "according"}:
                for obj in (g for p in c.children for g in (p, *p.children)):
                    if obj.dep_ == "pobj" and obj.lemma_.lower() in POLL_NOUNS and not quoted[obj.i]:
                        return obj
        if v.head == v or v.dep_ not in NESTED_DEPS:
            break
        v = v.head
    return _poll_before_colon(subject, quoted)


def _in_ten(subject: Token) -> bool:
    """`six in 10 voters`: a count of so many in ten (or a hundred) is a share of respondents."""
    return any(c.dep_ == "nummod" and any(g.lower_ == "in" for g in c.children) for c in subject.children)


def _poll_before_colon(subject: Token, quoted: Sequence[bool]) -> Token:
    """`A new poll shows the mood: six in 10 voters said “x”` → the poll: respondents after a colon speak
    through the poll that is the subject of the clause the colon ends (read in a bounded window)."""
    doc = subject.doc
    lo = subject.left_edge.i
    colon = next((j for j in range(lo - 1, max(-1, lo - 4), -1) if doc[j].text == ":"), None)
    if colon is None:
        return subject
    for j in range(colon - 1, max(-1, colon - POLL_REACH), -1):
        t = doc[j]
        if "\n" in t.text:
            break
        if t.dep_ in SUBJECT_DEPS and t.lemma_.lower() in POLL_NOUNS and not quoted[j]:
            return t
    return subject


def _parenthetical_speaker(subject: Token, cue: Token) -> Token:
    """`Ortega, a senior adviser said, “is confident”` → the adviser: a phrase set off by one comma and run
    straight into a parenthetical cue is that cue's subject, not an apposition to the name before it."""
    doc = subject.doc
    if cue.i + 1 >= len(doc) or doc[cue.i + 1].text != ",":
        return subject
    for c in subject.children:
        if c.dep_ == "appos" and c.i < cue.i and c.right_edge.i == cue.i - 1:
            lo = c.left_edge.i
            if lo > subject.i and doc[lo - 1].text == ",":
                return c
    return subject


def _introduces_next(ctx: QuoteContext, cue: Token) -> bool:
    """`“We are tired.” Ruiz added: “We want answers.”`: a cue after a finished quote that ends in a
    colon or comma right before another quotation opens belongs to that next quotation."""
    text = ctx.sieves.text
    if cue.i <= ctx.last or text[ctx.quote.start : ctx.quote.end].rstrip()[-1:] not in {".", "!", "?"}:
        return False
    m = NEXT_QUOTE.match(text, cue.idx + len(cue))
    return m is not None


def _geometry(ctx: QuoteContext, cue: Token) -> tuple[str, float]:
    """Name the cue by where it stands: after the quote, before it, or governing a partial quote."""
    text = ctx.sieves.text
    if cue.i > ctx.last:
        return "speech_cue_after", 0.94
    between = text[cue.idx + len(cue) : ctx.quote.open_at].strip()
    if between.endswith(":"):
        return "speech_cue_colon", 0.92
    if between.endswith(",") or not between:
        return "speech_cue_before", 0.89
    return "clause_subject", 0.88


# -- the rules, in order ------------------------------------------------------------------


def _outside_heads(ctx: QuoteContext) -> Iterator[Token]:
    """Where the quote hangs in the parse: for each quoted token whose head lies outside the quote, that head."""
    doc = ctx.sieves.doc
    for i in range(ctx.first, ctx.last + 1):
        head = doc[i].head
        if not ctx.first <= head.i <= ctx.last:
            yield head


def _verbs_above(token: Token, quoted: Sequence[bool]) -> Iterator[Token]:
    """The verbs outside quotes on the way up from `token` (itself included), nearest first, within MAX_CLIMB."""
    head = token
    for _ in range(MAX_CLIMB):
        if not quoted[head.i] and head.pos_ in {"VERB", "AUX"}:
            yield head
        if head.head == head:
            return
        head = head.head


def _own_time_clause(ctx: QuoteContext) -> Token | None:
    """`Ruiz called Lee a “disgrace” after she blamed the riots on “bias”` → `blamed`'s clause: the quote lies
    in a time, cause or concession clause whose own subject holds views, below any speech verb."""
    quoted = ctx.sieves.quoted
    attached = next(_outside_heads(ctx), None)  # where the quote's first outside link leads
    for head in _verbs_above(attached, quoted) if attached is not None else ():
        if is_speech_verb(head):
            return None
        clause = head
        while clause.dep_ == "conj" and clause.head != clause and not quoted[clause.head.i]:
            clause = clause.head  # `after she attacked them and blamed …`: the clause the `and` joins
        if _time_clause(clause):
            subject = next(c for c in clause.children if c.dep_ in SUBJECT_DEPS)
            if not quoted[subject.i] and _holds_views(subject):
                return clause
    return None


def _outside_clause(cue: Token, clause: Token | None) -> bool:
    """`clause` sets the scene for the cue's own speech act (it hangs on the cue), so the cue reports none of
    the words inside; a clause inside what the cue reports (`said he would run because “x”`) is reported."""
    return clause is not None and clause.head == cue


def governing_cue(ctx: QuoteContext) -> Found | None:
    """`“We won,” Smith said.` / `Kirby said the move sends a “horrible message”` → the cue's subject."""
    doc, quoted = ctx.sieves.doc, ctx.sieves.quoted
    best: tuple[int, Token, Token] | None = None
    inner: dict[int, tuple[Token, Token]] = {}  # per outer cue: the innermost cue and subject under it
    words = any(not doc[i].is_punct for i in range(ctx.first, ctx.last + 1))
    for i in range(ctx.first, ctx.last + 1):
        head = doc[i].head
        if ctx.first <= head.i <= ctx.last or (words and doc[i].is_punct and head.i < ctx.first):
            continue  # `Reed, who called it “toxic,” portrayed …`: the comma hung on Reed says nothing
        found: tuple[Token, Token] | None = None
        first: tuple[Token, Token] | None = None
        below = doc[i]  # the token the climb came from
        for _ in range(MAX_CLIMB):
            if found is None and first is None:
                first = _owned_words(head, below, doc[i], ctx)
            if not quoted[head.i] and is_speech_verb(head):
                hit = _subject(head, quoted) or _stranded_subject(head, quoted)
                if hit is not None:
                    found = (head, hit[0])
                    first = first or (found if _utters(hit[0], head, doc[i]) else None)
            if head.head == head or (
                found is not None and not _nests(head, found[1]) and not _borrowed_act(found, first, head)
            ):
                break
            if _content_clause(head) and head.head.dep_ == "dobj" and head.head.head != head.head:
                head = head.head  # "He expressed amusement that B described it “x”": on to the verb over the noun
            below, head = head, head.head
        if found is not None:
            steps = abs(found[0].i - i)
            if best is None or steps < best[0]:
                best = (steps, found[0], found[1])
                if first is not None:
                    inner[found[0].i] = first
    # "“We won,” he said" parsed with the cue hanging from the quoted clause (parataxis)
    for t in ctx.outside():
        if not is_speech_verb(t) or not ctx.first <= t.head.i <= ctx.last:
            continue
        if t.i > ctx.last and _time_clause(t):
            continue  # `“That makes me smart,” when Lee blasted him`: the time the words were said, not a report
        hit = _subject(t, quoted) if any(c.dep_ in SUBJECT_DEPS for c in t.children) else None
        if hit is not None:
            steps = min(abs(t.i - ctx.last), abs(t.i - ctx.first))
            if best is None or steps < best[0]:
                best = (steps, t, hit[0])
    if best is None:
        return None
    _, cue, subject = best
    if _outside_clause(cue, _own_time_clause(ctx)):
        return None
    if cue.i < ctx.first and ctx.sieves.text[ctx.quote.start : ctx.quote.end].rstrip()[-1:] in {",", "?", "!"}:
        # `— as Lee says — “why not?” asked Ruiz`: a quote left open on a comma or question mark and run
        # straight into an inverted cue (`said X`, `asked X`) is X's, whatever verb before it the parse hung it on
        after = _cue_right_after(ctx)
        if after is not None and after.mention is not None and after.cue is not None:
            end = after.mention.end
            closes = end >= len(ctx.sieves.doc) or ctx.sieves.doc[end].text in {",", ".", ";"}
            if after.cue.start < after.mention.start and closes:  # not `“x,” denounced her record as …`
                return after
    nested = inner.get(cue.i)
    aside = _aside_reporter(ctx, cue)
    if aside is not None:
        nested = (cue, subject)  # `It was no different, he said, from Bush calling it “voodoo”`: Bush, via he
        cue, subject = aside
    rule, confidence = _geometry(ctx, cue)
    if cue.lemma_.lower() == "say" and "quote" in {cue.head.lemma_.lower(), cue.head.head.lemma_.lower()}:
        rule, confidence = "quoted_as_saying", 0.88
        quoting = cue.head if cue.head.lemma_.lower() == "quote" else cue.head.head
        both = _quoted_by(quoting, quoted)
        if both is not None:  # `The Tribune quoted Lopez as saying “x”` → Lopez, via the Tribune
            return _relayed(_found(rule, confidence, both[0], cue), _found(rule, confidence, both[1], quoting))
    reporter = _found(rule, confidence, _speaking_subject(subject, cue, quoted), cue)
    if nested is None or nested[0] == cue:
        return reporter
    return _relayed(_found(rule, confidence, _speaking_subject(nested[1], nested[0], quoted), nested[0]), reporter)


PARTICIPLE_REACH = 8  # words from a speech participle to the quote it introduces (`saying during the debate,`)


def participle_cue(ctx: QuoteContext) -> Found | None:
    """`Lee was defensive, saying, “…”` → Lee: a speech participle right before a quote speaks for the
    subject of the clause it hangs from, past a relative clause in between (`… an architect who said he
    was stiffed, saying, “…”` → Lee) and however the parse hung the quote itself."""
    s = ctx.sieves
    doc, quoted = s.doc, s.quoted
    k = ctx.first - 1
    while k >= 0 and (doc[k].idx >= ctx.quote.open_at or doc[k].text in {",", ":"} or doc[k].is_space):
        k -= 1  # back over the opening mark and the comma or colon before it
    if k < 1 or quoted[k] or doc[k].is_punct or s.paragraph(doc[k].idx) != s.paragraph(ctx.quote.open_at):
        return None  # the quote opens right after the participle's phrase, not after a full stop or a dash
    verb = next((doc[j] for j in range(k, max(0, k - PARTICIPLE_REACH), -1) if doc[j].tag_ == "VBG"), None)
    if verb is None or quoted[verb.i] or verb.dep_ == "acl" or not is_speech_verb(verb):
        return None  # `a sign saying “…”`: a thing's words are the other rules' to weigh
    if any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return None  # `executives were calling “…”`: a progressive verb, not a participle clause
    between = [t for t in doc[verb.i + 1 : k + 1] if not t.is_punct]
    clause = [t for t in between if t.pos_ in {"VERB", "AUX"} and not (t.dep_ == "ccomp" and t.head == verb)]
    if clause or any(not verb.is_ancestor(t) for t in between):
        return None  # the words between are the participle's phrase (`saying during the debate,`) or what it says
    subject = _participle_subject(verb, quoted)
    if subject is None or not _holds_views(subject):
        return None
    reported = governing_cue(ctx)
    if reported is not None and reported.via is not None:
        return reported  # `she said supporters were shoving her, calling her “x”`: their words, via her
    return _found(_geometry(ctx, verb)[0], 0.89, subject, verb)


AS_REACH = 8  # words from `as` to its speech verb: `as a Homeland Security memo put it`


def as_cue_after(ctx: QuoteContext) -> Found | None:
    """`… a “lawful source of income,” as a federal memo put it.` → the memo: an `as` clause with a speech
    verb right after a quote says whose words they are, whatever verb further up the parse reaches."""
    s = ctx.sieves
    doc, quoted = s.doc, s.quoted
    j = ctx.last + 1
    while j < len(doc) and (quoted[j] or doc[j].text == "," or doc[j].is_space) and j - ctx.last < SKIP:
        j += 1
    if j >= len(doc) or doc[j].lower_ != "as" or doc[j].dep_ != "mark" or "\n" in doc[ctx.last : j].text:
        return None
    verb = doc[j].head
    if not j < verb.i <= j + AS_REACH or quoted[verb.i] or not is_speech_verb(verb):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and j < c.i < verb.i), None)
    if subject is None or not _holds_views(subject):
        return None
    found = _found("speech_cue_after", 0.94, _sender(subject, quoted) or subject, verb)
    reporter = governing_cue(ctx)
    if reporter is None or reporter.cue is None or reporter.mention is None or not _reports(ctx, reporter.cue[0]):
        return found
    # `Its hosts report that warnings come from “the left,” as one host said` → the host, via its hosts
    return _relayed(found, reporter)


def _reports(ctx: QuoteContext, cue: Token) -> bool:
    """The quote lies in what `cue` reports: its clausal complement (`report that … “x”`)."""
    for head in _outside_heads(ctx):
        t = head
        for _ in range(MAX_CLIMB):
            if t.head == cue:
                return t.dep_ == "ccomp"
            if t.head == t:
                break
            t = t.head
    return False


def _holder_above(t: Token, quoted: Sequence[bool]) -> Token | None:
    """The nearest subject that can hold a view on the way up from `t` (within MAX_CLIMB), outside quotes."""
    for _ in range(MAX_CLIMB):
        if t.head == t or quoted[t.head.i]:
            return None
        t = t.head
        subj = next((c for c in _subjects_nearest_first(t) if not quoted[c.i]), None)
        if subj is not None and subj.lower_ not in RELATIVE_PRONOUNS and _holds_views(subj):
            return subj
    return None


def _participle_subject(verb: Token, quoted: Sequence[bool]) -> Token | None:
    """Who a speech participle's words are where the parse misleads the other rules: its own subject
    (`footage of Lee saying during the debate, “…”`), the subject above a relative clause the participle
    follows, the subject of a quoted verb it hangs from (`After saying “x,” she was “whisked”`), else the
    nearest subject before it in its sentence. None where the usual borrowing holds (`governing_cue` reads those)."""
    own = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and not quoted[c.i]), None)
    if own is not None:
        return own if own.pos_ == "PROPN" and verb.dep_ != "conj" else None
    shown = _shown_speaking(verb, quoted)  # `footage of Lee saying at a town hall, “…”`
    if shown is not None:
        return shown
    hit = _subject(verb, quoted)
    if hit is not None and hit[0].lower_ not in RELATIVE_PRONOUNS:
        if hit[0].lower_ not in {"it", "this", "there"} and not _mute(hit[0]):
            return None
        # `It was a potent attack, as Lee echoed it, saying “…”`: the nearest clause before, not `It`
        return next((t for t in _subjects_before(verb, quoted) if _holds_views(t)), None)
    v = verb
    for _ in range(MAX_CLIMB):
        if v.dep_ == "relcl":  # `Lee balked at paying a man who said he was owed, saying, “…”`: Lee's
            return _holder_above(v.head, quoted)
        if v.dep_ in BORROW_DEPS and v.head != v:
            v = v.head
        else:
            break
        if v.pos_ not in {"VERB", "AUX"} or (quoted[v.i] and v.dep_ != "ROOT"):
            continue  # a quoted verb lends its subject only as the sentence's root (`she was “whisked”`)
        subj = next((c for c in _subjects_nearest_first(v) if not quoted[c.i]), None)
        if subj is not None and subj.lower_ not in RELATIVE_PRONOUNS and v.dep_ != "relcl":
            return subj
    if not quoted[v.i]:
        return None
    # the parse hung the sentence on the quote (`Lee hardly clarified it -- ''x'' -- asserting, ''y''`)
    return next(_subjects_before(verb, quoted), None)


def _subjects_before(verb: Token, quoted: Sequence[bool]) -> Iterator[Token]:
    """The subjects outside quotes in `verb`'s sentence before it, nearest first."""
    return (t for t in reversed(verb.sent[: verb.i - verb.sent.start]) if t.dep_ == "nsubj" and not quoted[t.i])


def _borrowed_act(found: tuple[Token, Token], first: tuple[Token, Token] | None, clause: Token) -> bool:
    """`Mook said the campaign expects Holt to insert himself by calling out Trump's “lies”` → on past `calling`:
    a non-finite cue whose subject was borrowed (no utterer of its own) is an act the outer report describes,
    so the climb goes on to that report's cue."""
    cue, subject = found
    if first is not None or subject.head == cue or cue.tag_ not in {"VBG", "VB"} or cue.dep_ not in {"pcomp", "xcomp"}:
        return False
    if clause != cue and clause != cue.head:  # `by calling …`: the cue, then the preposition it completes
        return False
    # an act not (yet) done: `for not calling it …`, or its doer's own verb an infinitive (`expects Holt to insert
    # himself by calling …`); `officials started to portray it as …` is done, and theirs
    unreal = any(c.dep_ == "neg" for c in cue.children)
    return unreal or any(c.dep_ == "aux" and c.lower_ == "to" for c in subject.head.children)


def _owned_words(noun: Token, below: Token, start: Token, ctx: QuoteContext) -> tuple[Token, Token] | None:
    """`Ruiz called Lee's claim of a “stolen vote” absurd` → (claim, Lee): a quote inside what an owned speech
    noun says (its `of` phrase or `that` clause) is the owner's words, which a cue above it relays.

    Not a quote qualifying the noun (`Lee's “racist” remarks`), nor the reporter's label for it (`Kim's
    remarks as “noise”`), nor a climb that passed through another quotation."""
    quoted = ctx.sieves.quoted
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in SPEECH_NOUNS or quoted[noun.i] or below.head != noun:
        return None
    if not (below.dep_ == "prep" and below.lower_ == "of") and not _content_clause(below):
        return None
    t = start
    for _ in range(MAX_CLIMB):  # the way up from the quote to the noun
        if t.lower_ == "as" or (quoted[t.i] and not ctx.first <= t.i <= ctx.last):
            return None
        if t == below or t.head == t:
            break
        t = t.head
    owner = next((c for c in noun.children if c.dep_ == "poss" and not quoted[c.i]), None)
    if owner is None or not (_holds_views(owner) or owner.pos_ == "PROPN" or owner.lower_ in PERSON_POSSESSIVES):
        return None
    return noun, owner


def _utters(subject: Token, cue: Token, quoted_token: Token) -> bool:
    """Can the innermost cue's subject be whom the words are quoted from, under an outer report?

    `A said that B called it “x”` → B, the cue's own subject. Not a pronoun (`A said she “won”`: A again), nor a
    thing (`A said the museum would tell “x”`), nor when the quote only qualifies B's act (`A said B
    “wrongfully” suggests …`, `A said B described it “in plain English”`: A's words for it)."""
    if subject.head != cue or subject.dep_ != "nsubj" or subject.pos_ == "PRON" or subject.lower_ in RELATIVE_PRONOUNS:
        return False  # a borrowed subject (`telling CNN that Trump is …, questioning …`) is the reporter's
    lemma = subject.lemma_.lower()
    if not _holds_views(subject) or lemma in DOCUMENT_NOUNS or lemma in SPEECH_NOUNS:
        return False
    if any(c.dep_ in {"aux", "neg"} and c.lower_ in UNREAL_AUX for c in cue.children):
        return False  # `A said he expects voters will say “no”`: speech not made is the reporter's word for it
    dep = quoted_token.dep_
    qualifies = dep in {"advmod", "npadvmod"} or (dep == "prep" and quoted_token.lower_ != "as")
    return not (quoted_token.head == cue and qualifies)


def _quoted_by(verb: Token, quoted: Sequence[bool]) -> tuple[Token, Token] | None:
    """`The Tribune quoted Lopez` / `Lopez was quoted by the Tribune` → (Lopez, the Tribune): who is quoted,
    and who quotes them (the relay)."""
    if verb.lemma_.lower() not in QUOTING_VERBS:
        return None
    kids = [c for c in verb.children if not quoted[c.i]]
    subject = next((c for c in kids if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.lower_ in RELATIVE_PRONOUNS:
        return None
    if subject.dep_ == "nsubj":
        utterer = next((c for c in kids if c.dep_ == "dobj" and _holds_views(c)), None)
        return (utterer, subject) if utterer is not None else None
    by = next((c for c in kids if c.dep_ == "agent"), None)
    relay = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
    return (subject, relay) if relay is not None and not quoted[relay.i] else None


def _speaking_subject(subject: Token, cue: Token, quoted: Sequence[bool]) -> Token:
    """The cue's subject as the one who speaks: past a thing's relative, a parenthetical, a poll's share."""
    subject = _past_thing_relative(subject, quoted)
    subject = _parenthetical_speaker(subject, cue)
    return _poll_of(subject, cue, quoted)


def _relayed(utterer: Found, reporter: Found) -> Found:
    """`A said that B called it “x”` → speaker B, via A: the reporter's words carry the utterer's.

    The cue is the utterer's (`called`); the rule is the reporter's geometry (where the report stands)."""
    assert reporter.mention is not None
    rule = utterer.rule if utterer.rule == "document_speaker" else reporter.rule
    via = reporter.refers if reporter.refers is not None else reporter.mention
    return Found(utterer.mention, utterer.cue, rule, min(utterer.confidence, reporter.confidence), utterer.refers, via)


def _capitalised_name(t: Token) -> bool:
    """`said Skelly` (tagged ADV), `Will wrote` (tagged MD): a capitalised word inside a sentence is a name."""
    return t.is_title and not t.is_sent_start and t.lower_ not in {"i", "a", "an", "the"}


def _title_run_to_person(t: Token) -> bool:
    """`ranking` in `said Finance ranking Democrat Ada Fenn`: a word of a title followed by capitalised words that
    end in a name (two or more, within four words)."""
    doc = t.doc
    k = t.i + 1
    while k < len(doc) and k <= t.i + 4 and doc[k].is_title and doc[k].pos_ == "PROPN":
        k += 1
    return k - t.i > 2 and doc[k - 1].ent_type_ != "NORP"


def _np_run(tokens: Sequence[Token]) -> Span | None:
    """The leading run of noun-phrase words: `Tulsa police Chief Chuck Jordan said` → `Tulsa … Jordan`."""
    run: list[Token] = []
    for t in tokens:
        name_like = t.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} or (t.is_title and not is_speech_verb(t))
        linker = bool(run) and (t.text in {".", "'s", "\u2019s", "-"} or t.lower_ in NP_LINKERS)
        # `screenwriter Cole Haddon wrote`: a role word before a name, mis-tagged as a verb
        role = not run and t.tag_ in {"VB", "VBP"} and t.i + 1 < len(t.doc) and t.doc[t.i + 1].ent_type_ == "PERSON"
        role = role or (bool(run) and t.tag_ == "VBG" and _title_run_to_person(t))
        if t.pos_ in NP_POS or name_like or linker or t.lower_ in HONORIFIC_WORDS or role:
            run.append(t)
            if len(run) > MAX_NP:
                return None
            continue
        break
    while run and (run[-1].is_punct or run[-1].pos_ in {"DET", "ADP"}):
        run.pop()
    if not run or not any(t.pos_ in {"PROPN", "NOUN", "PRON"} or _capitalised_name(t) for t in run):
        return None
    doc = run[0].doc
    span = doc[run[0].i : run[-1].i + 1]
    ent = next((e for e in span.ents if e.label_ in {"PERSON", "ORG"}), None)
    if any(_title_run_to_person(t) for t in run if t.tag_ == "VBG"):
        k = span.end
        while k > span.start and doc[k - 1].pos_ == "PROPN" and doc[k - 1].ent_type_ != "NORP":
            k -= 1
        if k < span.end:
            return doc[k : span.end]  # `Finance ranking Democrat Ada Fenn`: the name the title leads to
    return ent if ent is not None and ent.label_ == "PERSON" else span


def _surface(np: Span, cue: Token, rule: str, confidence: float) -> Found:
    """A Found for a phrase read off the surface; a document phrase names the document rule."""
    if any(t.lemma_.lower() in DOCUMENT_NOUNS for t in np):
        rule = "document_speaker"
    return Found(np, np.doc[cue.i : cue.i + 1], rule, confidence)


def _past_appositive(doc: Doc, i: int) -> int:
    """`Murphy, the head of the group, tweeted`: from just after the name to just after the appositive."""
    if i < len(doc) and doc[i].text == "(":  # `Rep. Ann Reed (D-Ohio) said`
        for j in range(i + 1, min(len(doc), i + 8)):
            if "\n" in doc[j].text:
                return i
            if doc[j].text == ")":
                return _past_appositive(doc, j + 1)
        return i
    if i >= len(doc) or doc[i].text != ",":
        return i
    relative = False  # inside `who founded the site`: its verb is the aside's, the next speech verb the cue
    for j in range(i + 1, min(len(doc), i + 28)):
        t = doc[j]
        if t.text == ",":
            return j + 1
        if relative and j > i + 3 and is_speech_verb(t) and t.tag_ in {"VBD", "VBZ", "VBN"}:
            return j  # `Nate Ruiz, the analyst who founded the site tweeted` (no closing comma)
        if t.pos_ == "VERB" and t.tag_ in {"VBG", "VBN"}:
            continue  # `Eastland, wearing a cowboy hat, said`: a participle phrase is an aside too
        if t.lower_ in {"who", "which", "that"} and j > i + 1:
            relative = True
            continue
        if relative and t.pos_ in {"VERB", "AUX"}:
            continue
        if t.pos_ in {"VERB", "AUX"} or "\n" in t.text or t.text in {".", ";"}:
            return i
    return i


def _name_before_appositive(doc: Doc, cue: int) -> Span | None:
    """`Col. Ann Reed, a spokeswoman in Kabul, said, “…”` → the name before the appositive."""
    end = cue - 1
    if end >= 1 and doc[end].text in CLOSING_MARKS | {"''"} and doc[end - 1].text == ",":
        end -= 1  # `Ann Reed, author of “Quiet Rooms,” put it`: the comma inside a closing title mark
    if end < 1 or doc[end].text != ",":
        return None
    for j in range(end - 1, max(-1, end - 20), -1):
        t = doc[j]
        # `Ann Reed, asked about it, had said`: a participle (or a verb opening the aside, the tagger's
        # past tense for one) belongs to the aside
        participle = t.pos_ == "VERB" and (t.tag_ in {"VBN", "VBG"} or (j > 0 and doc[j - 1].text == ","))
        if (t.pos_ in {"VERB", "AUX"} and not participle) or "\n" in t.text or t.text in {".", ";"}:
            return None
        if t.text == "," and j > 0 and doc[j - 1].ent_type_ == "PERSON":
            start = j - 1
            while start > 0 and doc[start].ent_iob_ == "I":
                start -= 1
            return doc[start:j]
    return None


ADJACENT_AFTER = 0.95  # `“…,” Tulsa police Chief Chuck Jordan said` read off the surface (128 of 135 on train)
ADJACENT_BARE = 0.9  # `“…,” he mocks.`, `“…,” a voice-over states.` (few on train, all right)


def _bare_cue(ctx: QuoteContext, np: Span, verb: Token) -> bool:
    """`“…,” he mocks.`: a quote ending in a comma, then a person and a finite verb closing the clause."""
    doc = verb.doc
    inner = ctx.sieves.text[ctx.quote.start : ctx.quote.end].rstrip()
    if not inner.endswith(",") or verb.pos_ != "VERB" or verb.tag_ not in {"VBD", "VBZ", "VBP"}:
        return False
    if not (np.root.pos_ == "PROPN" or _is_person(np.root, ctx.sieves.person_words)):
        return False  # a name, a personal pronoun or a role: `“…,” Oliver barked.`
    nxt = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    return nxt is None or nxt.text in {".", ",", ";"} or "\n" in nxt.text


def _verb_read_as_noun(ctx: QuoteContext, window: Sequence[Token]) -> Token | None:
    """`“…,” a voice-over in the ad states.`: a quote ending in a comma, then a noun phrase whose last
    word, tagged a plural noun, is a speech verb's third person (`states`, `notes`) closing the clause."""
    inner = ctx.sieves.text[ctx.quote.start : ctx.quote.end].rstrip()
    if not inner.endswith(","):
        return None
    for n, t in enumerate(window):
        if t.tag_ == "NNS" and n >= 2 and t.lower_.endswith("s") and {t.lower_[:-1], t.lower_[:-2]} & HEADLINE_VERBS:
            nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
            closes = nxt is None or nxt.text in {".", ",", ";"} or nxt.pos_ == "ADP" or "\n" in nxt.text
            return t if closes else None
        if not (t.pos_ in NP_POS or t.pos_ == "ADP" or t.text in {"-", "'s", "’s"}):
            return None
    return None


def adjacent_cue(ctx: QuoteContext) -> Found | None:
    """`“…,” Tulsa police Chief Chuck Jordan said` when the parse lost the link → the words beside the cue."""
    return _cue_right_after(ctx) or _cue_right_before(ctx)


def _cue_right_after(ctx: QuoteContext) -> Found | None:
    """`“…,” said Ann Reed` / `“…?” Reed asked`, read off the surface: a cue and its subject right after the quote."""
    s = ctx.sieves
    doc, quoted = s.doc, s.quoted
    para = s.paragraph(ctx.quote.open_at)
    j = ctx.last + 1
    while j < len(doc) and (quoted[j] or doc[j].is_punct) and s.paragraph(doc[j].idx) == para and j - ctx.last < SKIP:
        j += 1
    # `“… the deal.” The agency pointed to …`: the quote closed its sentence, the next one is the writer's
    closed = s.text[ctx.quote.start : ctx.quote.end].rstrip().endswith(".")
    if j < len(doc) and s.paragraph(doc[j].idx) == s.paragraph(ctx.quote.close_at):
        window = []
        for t in doc[j : j + MAX_NP + 3]:
            if "\n" in t.text:
                break  # the cue must stand in the quote's own paragraph
            if not t.is_space:
                window.append(t)
        # a participle is no cue of its own: `“fantastic,” telling reporters …`, `banners proclaiming: “…”`
        if window and is_speech_verb(window[0]) and window[0].tag_ != "VBG" and not closed:
            np = _np_run(window[1:])
            if np is not None:
                return _surface(np, window[0], "speech_cue_after", ADJACENT_AFTER)
        verb = _verb_read_as_noun(ctx, window)
        head = _np_run([t for t in window if t.i < verb.i]) if verb is not None else None
        if verb is not None and head is not None:
            return _surface(head, verb, "speech_cue_after", ADJACENT_BARE)
        np = _np_run(window)
        if np is not None:
            k = _past_appositive(doc, np.end)
            negated = False
            while k < len(doc) and doc[k].pos_ in {"ADV", "AUX", "PART"}:
                negated = negated or doc[k].lower_ in NEGATIONS
                k += 1
            if negated:
                return None  # `“…” But Lee did not respond.`: a speech act that did not happen is no cue
            # after a closed sentence only a bare `Smith said.` attributes; `He added: “…”` opens the next quote
            bare = not closed or (k + 1 < len(doc) and doc[k + 1].text in {".", "!"})
            if bare and k < len(doc) and is_speech_verb(doc[k]) and doc[k].tag_ != "VBG":
                return _surface(np, doc[k], "speech_cue_after", ADJACENT_AFTER)
            if k < len(doc) and _bare_cue(ctx, np, doc[k]):
                return _surface(np, doc[k], "speech_cue_after", ADJACENT_BARE)
    return None


def _cue_right_before(ctx: QuoteContext) -> Found | None:
    """`Ann Reed said, “…”` read off the surface: a cue and its subject right before the quote."""
    s = ctx.sieves
    doc, quoted = s.doc, s.quoted
    para = s.paragraph(ctx.quote.open_at)
    k = ctx.first - 1
    while (
        k >= 0
        and (quoted[k] or doc[k].text in {",", ":"} or doc[k].is_space)
        and s.paragraph(doc[k].idx) == para
        and ctx.first - k < SKIP
    ):
        k -= 1
    if k >= 2 and doc[k].lower_ == "it" and is_speech_verb(doc[k - 1]):
        k -= 1  # `As Ann Reed put it, “…”`
    if k >= 1 and s.paragraph(doc[k].idx) == para and not quoted[k]:
        author = _author_of(doc[k], quoted)  # `Lee issued a statement, “…”`: whoever puts it out
        if author is not None:
            return _found("speech_cue_before", 0.77, author, doc[k].head)
    if k >= 1 and s.paragraph(doc[k].idx) == para and is_speech_verb(doc[k]) and doc[k].tag_ != "VBG":
        m = k - 1
        while m >= 0 and doc[m].pos_ in {"ADV", "AUX", "PART"}:
            m -= 1
        if m >= 0 and doc[m].text == ")":  # `Rep. Ann Reed (D-Ohio) said “…”`: the name before the parenthesis
            opening = next((j for j in range(m - 1, max(-1, m - 8), -1) if doc[j].text == "("), None)
            m = opening - 1 if opening is not None and "\n" not in doc[opening:m].text else m
        lo = m
        while (
            lo - 1 >= 0
            and (doc[lo - 1].pos_ in NP_POS or doc[lo - 1].text in {".", "'s", "\u2019s"})
            and m - lo < MAX_NP
        ):
            lo -= 1
        np = _np_run(list(doc[lo : m + 1])) if m >= 0 else None
        if np is None or np.end != m + 1:
            np = _name_before_appositive(doc, m + 1)  # past `had`, `also`: `Reed, asked why, had said`
        if np is not None:
            rule = (
                "speech_cue_colon"
                if s.text[doc[k].idx : ctx.quote.open_at].strip().endswith(":")
                else "speech_cue_before"
            )
            return _surface(np, doc[k], rule, 0.77)
    return None


def speaker_label(ctx: QuoteContext) -> Found | None:
    """`"PENCE: Well, look, …"` (a transcript) → speaker PENCE, no cue."""
    s = ctx.sieves
    m = LABEL.match(s.text, ctx.quote.start, min(ctx.quote.end, ctx.quote.start + 48))
    if m is None:
        return None
    span = s.doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
    if span is None:
        return None
    return Found(mention=span, cue=None, rule="speaker_label", confidence=0.9)


def interview_label(ctx: QuoteContext) -> Found | None:
    """`A: “It will run until the ice comes.”` in an interview → the person interviewed: the one the article
    names last before its first Q/A line; `Q: “…”` → the outlet or organisation named last before it."""
    s = ctx.sieves
    para = s.paragraph(ctx.quote.open_at)
    m = QA_LABEL.match(s.text, s.paragraph_start(para), ctx.quote.open_at)
    if m is None or m.end() != ctx.quote.open_at:
        return None
    asks = m.group(1).lower() in {"q", "question"}
    named = s.interview_parties
    mention = named[1] if asks else named[0]
    return Found(mention=mention, cue=None, rule="speaker_label", confidence=0.9) if mention is not None else None


def run_in_label(ctx: QuoteContext) -> Found | None:
    """`Rivera: Budget Plan Is ‘Dead on Arrival’`, `… Bush: “…”`, `… - Pew Research: “…”` → the label's name."""
    label = _label_before(ctx) or _later_label(ctx) or _dash_label(ctx)
    if label is None or label.text.lower() in NOT_SPEAKERS:
        return None
    if any(ctx.sieves.quoted[t.i] or is_speech_verb(t) for t in label):
        return None  # `Mayor Tom Brandt said: “…”` is a sentence with its own cue, not a label
    return Found(mention=label, cue=None, rule="run_in_label", confidence=0.96)


def _later_label(ctx: QuoteContext) -> Span | None:
    """`Clinton: “…” Bush: “…”` → Bush: a label right before the quote, after a sentence or quote ends."""
    s = ctx.sieves
    start = s.paragraph_start(s.paragraph(ctx.quote.open_at))
    near = max(start, ctx.quote.open_at - RUN_IN_REACH)  # a label is short: never scan a whole long paragraph
    m = RUN_IN_LATER.search(s.text, near, ctx.quote.open_at)
    label = s.doc.char_span(m.start(1), m.end(1), alignment_mode="expand") if m is not None else None
    return label if label is not None and _label_words([t for t in label if not t.is_space]) else None


def headline_label(ctx: QuoteContext) -> Found | None:
    """`Reed: Tax Plan ‘Dead,’ Mayor Says` → Reed: in the headline (the text's first line) the label comes first."""
    return run_in_label(ctx) if ctx.sieves.paragraph(ctx.quote.open_at) == 0 else None


def _in_words_of(ctx: QuoteContext) -> Found | None:
    """`The tower is, in Brandt's words, “a waste”` / `in the words of Brandt` → Brandt, cue words."""
    quoted = ctx.sieves.quoted
    for t in ctx.outside():
        if t.lower_ != "words" or t.head.lower_ != "in" or t.head.dep_ != "prep":
            continue
        owner = next((c for c in t.children if c.dep_ == "poss" and not quoted[c.i]), None)
        if owner is None and t.i >= 2 and t.nbor(-1).text in {"\u2019", "'"} and t.nbor(-2).head in (t, t.head):
            owner = t.nbor(-2)  # `in Voss’ words`: the s-less genitive parsed as a second object of `in`
            owner = owner if owner.pos_ == "PROPN" and not quoted[owner.i] else None
        if owner is None:
            of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            owner = next((c for c in of.children if c.dep_ == "pobj" and not quoted[c.i]), None) if of else None
        if owner is not None:
            return _found("noun_cue", 0.8, owner, t)
    return None


def _judged_by_other(noun: Token, owner: Token, quoted: Sequence[bool]) -> bool:
    """`Ryan called Kim's remarks …`: the speech noun is the object of a verb whose subject, a view holder
    named apart from the possessor, judges the words (a possessive pronoun may be that subject: kept)."""
    if noun.dep_ != "dobj" or owner.pos_ == "PRON" or noun.head.pos_ != "VERB":
        return False
    hit = _subject(noun.head, quoted)
    return hit is not None and hit[0].pos_ != "PRON" and hit[0].i != owner.i and _holds_views(hit[0])


def noun_cue(ctx: QuoteContext) -> Found | None:
    """`his claim that there were “thousands of shootings”` → the possessor, cue claim."""
    words_of = _in_words_of(ctx)
    if words_of is not None:
        return words_of
    quoted = ctx.sieves.quoted
    for head in _outside_heads(ctx):
        path: list[Token] = []
        for _ in range(4):
            if quoted[head.i]:
                break
            if head.pos_ == "NOUN" and head.lemma_.lower() in SPEECH_NOUNS:
                owner = next((c for c in head.children if c.dep_ == "poss" and not quoted[c.i]), None)
                if any(t.lower_ == "as" for t in path):
                    break  # `Lee played down Kim's remarks as “noise”`: Lee's characterization, not Kim's words
                if owner is not None and _judged_by_other(head, owner, quoted):
                    break  # `Ryan called Kim's remarks “racist”`: Ryan's view of Kim's words
                if owner is not None:
                    return _found("noun_cue", 0.63, owner, head)
            path.append(head)
            if head.head == head or (head.pos_ == "VERB" and not _completes_speech_noun(head)):
                break
            head = head.head
    return _noun_just_before(ctx) or _owned_quote_noun(ctx)


def _owned_quote_noun(ctx: QuoteContext) -> Found | None:
    """`Lee's “no new fees” pledge` (the parse lost the phrase) → Lee: a possessive right before the opening
    mark and a speech noun right after the closing one."""
    doc, quoted = ctx.sieves.doc, ctx.sieves.quoted
    j, k = ctx.first - 1, ctx.last + 1
    while j >= 0 and doc[j].is_punct and ctx.first - j <= 2:
        j -= 1
    while k < len(doc) and doc[k].is_punct and k - ctx.last <= 2:
        k += 1
    if j < 1 or k >= len(doc) or quoted[j] or quoted[k]:
        return None
    noun = doc[k]
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in SPEECH_NOUNS:
        return None
    if doc[j].tag_ == "POS" and not quoted[j - 1] and doc[j - 1].pos_ == "PROPN":
        return _found("noun_cue", 0.63, doc[j - 1], noun)
    if doc[j].tag_ == "PRP$" and doc[j].lower_ in {"his", "her", "their"}:
        return _found("noun_cue", 0.63, doc[j], noun)
    return None


def _completes_speech_noun(verb: Token) -> bool:
    """`his warning that Britain would go to the “back of the line”`: the clause says what the warning was."""
    return verb.dep_ == "acl" and verb.head.lemma_.lower() in SPEECH_NOUNS and verb.head.pos_ == "NOUN"


def _noun_just_before(ctx: QuoteContext) -> Found | None:
    """`after her comment that, “We will …”` (the parse hung the quote elsewhere) → her: an owned speech
    noun and `that` right before the opening mark."""
    doc, quoted = ctx.sieves.doc, ctx.sieves.quoted
    j = ctx.first - 1
    while j >= 0 and (doc[j].is_punct or doc[j].is_space) and ctx.first - j <= 3:
        j -= 1
    if j < 1 or quoted[j] or doc[j].lower_ != "that":
        return None
    noun = doc[j - 1]
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in SPEECH_NOUNS or quoted[noun.i]:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss" and not quoted[c.i]), None)
    return _found("noun_cue", 0.63, owner, noun) if owner is not None else None


# Subjects that can hold a view, for the climb out of a clausal complement (`Ryan worried that …`).
ANIMATE_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "you", "who"})
HOLDER_NOUNS = load("role_nouns.txt") | load("institution_nouns.txt") | load("people_nouns.txt")


def _holds_views(t: Token) -> bool:
    """`Ryan`, `analysts`, `they`, `the committee`, `his claim` → True; `the safety net`, `it` → False."""
    if t.ent_type_ in {"PERSON", "ORG", "NORP"} or t.lower_ in ANIMATE_PRONOUNS:
        return True
    if t.pos_ == "PROPN" and not t.ent_type_:  # a name the tagger missed (`Braynard`), not a place or a date
        return True
    lemma = t.lemma_.lower()
    return t.pos_ in {"NOUN", "PROPN"} and (
        lemma in HOLDER_NOUNS or t.lower_ in HOLDER_NOUNS or lemma in SPEECH_NOUNS or lemma in DOCUMENT_NOUNS
    )


def _stranded_subject(verb: Token, quoted: Sequence[bool]) -> tuple[Token, Token] | None:
    """`At the club, Ann Ruiz, its manager, argued that …` parsed with `Ann Ruiz` as an apposition of
    `the club` and `argued` left without a subject → Ann Ruiz: the name of the appositive run ending
    right before a finite verb that has no subject."""
    if verb.tag_ not in {"VBD", "VBZ", "VBP"} or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    named = _name_before_who(verb, quoted)
    if named is not None:
        return named, verb
    doc = verb.doc
    j = verb.i - 1
    while j >= 0 and doc[j].text == "," and not quoted[j]:
        j -= 1
    if j < 0 or quoted[j] or doc[j].head == verb or doc[j].pos_ not in {"NOUN", "PROPN"}:
        return None
    t = doc[j]
    if t.head.i > t.i and t.head.i < verb.i:  # the last word of a longer phrase
        t = t.head
    if j == verb.i - 1 and _description_run_into(t, verb):
        return t, verb
    for _ in range(4):
        if t.ent_type_ == "PERSON" and t.dep_ in {"appos", "conj"}:
            return t, verb
        if t.dep_ not in {"appos", "conj"} or quoted[t.head.i]:
            return None
        t = t.head
    return None


def _name_before_who(verb: Token, quoted: Sequence[bool]) -> Token | None:
    """`Ruiz, meanwhile, who has no backers, said …` parsed with Ruiz and `who` both subjects of `has`, a
    clause hung before the subject-less `said` → Ruiz: the name before its own relative `who`."""
    for clause in verb.lefts:
        subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS and not quoted[c.i]]
        if clause.dep_ != "ccomp" or len(subjects) != 2 or subjects[1].lower_ != "who":
            continue
        if subjects[0].pos_ in {"PROPN", "NOUN"}:  # `who` says it is a person, however the tagger read it
            return subjects[0]
    return None


def _description_run_into(noun: Token, verb: Token) -> bool:
    """`In an interview with hosts Ann Lee and Tom Ruiz, the candidate stated …` (the candidate parsed as an
    apposition of Ruiz): a definite description run straight into the verb, no comma closing it, is the
    verb's subject, not a phrase set beside the name before it."""
    doc = noun.doc
    lo = noun.left_edge.i
    return (
        noun.dep_ == "appos"
        and noun.right_edge.i == verb.i - 1
        and doc[lo].lower_ == "the"
        and lo > 0
        and doc[lo - 1].text == ","
        and noun.ent_type_ != "PERSON"
        and _holds_views(noun)
    )


def _has_content(noun: Token, verb: Token) -> bool:
    """`her warning that …`, `his answer was that …`: the speech noun's words are spelled out by a clause."""
    if any(c.dep_ in {"acl", "relcl"} and any(m.lower_ == "that" for m in c.children) for c in noun.children):
        return True
    return verb.lemma_ == "be" and any(c.dep_ == "ccomp" for c in verb.children)


def _in_complement(v: Token) -> bool:
    """A clausal complement, or an adverbial clause inside one (`said prices rose because “demand is wild”`)."""
    return v.dep_ == "ccomp" or (v.dep_ == "advcl" and v.head.dep_ == "ccomp")


def _view_holder(verb: Token, subject: Token, quoted: Sequence[bool]) -> tuple[Token, Token]:
    """`Ryan worried that the net was becoming “a hammock”` → Ryan, not the net.

    From the verb whose subject was found, climb out of clausal complements (ccomp) and keep the
    outermost subject that can hold a view: the words are that person's characterization. A subject
    that cannot hold a view (`the net`, `it`) is passed over through any dependency up to the first
    one that can (`Sanders listed issues, including making the wealthy pay their “fair share”`).
    Returns (subject, the verb it is the subject of)."""
    if subject.lemma_.lower() in SPEECH_NOUNS and subject.pos_ == "NOUN":
        owner = next((c for c in subject.children if c.dep_ == "poss" and not quoted[c.i]), None)
        if owner is not None and _has_content(subject, verb):
            return owner, verb  # `he regrets that her warning that prices would rise was “x”` → her
    best, on = subject, verb
    anywhere = not _holds_views(subject)
    v = verb
    for _ in range(MAX_CLIMB):
        if (not _in_complement(v) and not anywhere) or v.head == v or quoted[v.head.i]:
            break
        v = v.head
        if v.lemma_.lower() in OPINION_ONLY_VERBS:
            break
        if v.pos_ not in {"VERB", "AUX"}:
            continue
        hit = _subject(v, quoted) or _stranded_subject(v, quoted)
        if hit is not None and hit[0].i != best.i and _holds_views(hit[0]):
            best, on = hit[0], v
            anywhere = False
    if not _holds_views(best):  # `The risk Lee sees is “a slow bleed”` → Lee, who sees it
        for rel in best.children:
            if rel.dep_ == "relcl" and not quoted[rel.i]:
                inner = next((c for c in rel.children if c.dep_ == "nsubj" and not quoted[c.i]), None)
                if inner is not None and inner.lower_ not in RELATIVE_PRONOUNS and _holds_views(inner):
                    return inner, rel
    if best.lemma_.lower() in SPEECH_NOUNS:  # `Lee's claim is that the deal was “dead”` → Lee
        owner = next((c for c in best.children if c.dep_ == "poss" and not quoted[c.i]), None)
        if owner is not None:
            return owner, on
    return best, on


MIN_HEADLINE_WORDS = 4
MAX_HEADLINE_CHARS = 400
HEADLINE_VERBS = load("speech_verbs.txt")


def _title_case_line(ctx: QuoteContext) -> bool:
    """The quote's line is a headline: most of its words are capitalized."""
    s = ctx.sieves
    lo = s.text.rfind("\n", 0, ctx.quote.open_at) + 1
    hi = s.text.find("\n", ctx.quote.close_at)
    if (len(s.text) if hi < 0 else hi) - lo > MAX_HEADLINE_CHARS:
        return False  # a paragraph, not a headline (and no regex over a 100,000-character line per quote)
    words = re.findall(r"[^\W\d_][\w'\u2019]*", s.text[lo : len(s.text) if hi < 0 else hi])
    return len(words) >= MIN_HEADLINE_WORDS and sum(w[0].isupper() for w in words) >= 0.75 * len(words)


def _headline_credit(ctx: QuoteContext) -> Span | None:
    """`Guns Are ‘A Crisis,’ Howard Dean Tells Convention` (title case hides the verb) → the name before `Tells`."""
    s = ctx.sieves
    doc = s.doc
    j = ctx.last + 1
    while j < len(doc) and (s.quoted[j] or doc[j].text in {",", "\u2014", "-"} or doc[j].is_space):
        if "\n" in doc[j].text:
            return None
        j += 1
    words: list[Token] = []
    for t in doc[j : j + MAX_LABEL + 1]:
        if "\n" in t.text or not t.text[:1].isupper():
            return None
        lower = t.lower_
        if words and {lower, lower[:-1], lower[:-2]} & HEADLINE_VERBS and lower.endswith("s"):
            return doc[words[0].i : t.i] if _label_words(words) else None
        words.append(t)
    return None


def _headline_name(ctx: QuoteContext) -> Span | None:
    """`Nadia Hale Slams Port Deal As ‘A Giveaway’` (a line in title case) → the name opening the line."""
    s = ctx.sieves
    if not _title_case_line(ctx):
        return None
    credit = _headline_credit(ctx)
    if credit is not None:
        return credit
    lo = s.text.rfind("\n", 0, ctx.quote.open_at) + 1
    first = s.doc.char_span(lo, lo + 1, alignment_mode="expand")
    if first is None:
        return None
    tok = first[0]
    while tok.is_space and tok.i + 1 < len(s.doc):
        tok = s.doc[tok.i + 1]
    if s.quoted[tok.i] or tok.ent_iob_ != "B" or tok.ent_type_ != "PERSON":
        return None
    end = tok.i + 1
    while end < len(s.doc) and s.doc[end].ent_iob_ == "I":
        end += 1
    # title case runs the name into the verb (`Nadia Hale Slams`): keep the longest part the text repeats
    for stop in range(end, tok.i, -1):
        name = s.doc[tok.i : stop]
        if s.text.count(name.text) > 1:
            return name
    return s.doc[tok.i : end]


def _fronted_judge(verb: Token, subject: Token, quoted: Sequence[bool]) -> Token | None:
    """`To Hale, the plan is “a disaster”` → Hale: a fronted `to X` / `for X` says whose view the clause is."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in {"to", "for"} and c.i < subject.i and not quoted[c.i]:
            obj = next((o for o in c.children if o.dep_ == "pobj" and not quoted[o.i]), None)
            if obj is not None and (_holds_views(obj) or obj.lower_ in {"him", "her", "them", "me", "us"}):
                return obj
    return None


def _by_agent(verb: Token, quoted: Sequence[bool]) -> Token | None:
    """`a plan often labeled “reckless” by Democrats` → Democrats: the agent of a passive participle."""
    if verb.tag_ != "VBN":
        return None
    for c in verb.children:
        if c.dep_ in {"agent", "prep"} and c.lower_ == "by" and not quoted[c.i]:
            obj = next((o for o in c.children if o.dep_ == "pobj" and not quoted[o.i]), None)
            if obj is not None and _holds_views(obj):
                return obj
    return None


def _name_read_as_modifier(verb: Token, quoted: Sequence[bool]) -> tuple[Token, Token] | None:
    """`Will described Trump as “a caricature”` (Will a modal), `And Skelly called him “smart”` (Skelly an
    adverb): a capitalised word right before a past-tense verb with no subject is its subject."""
    if verb.tag_ not in {"VBD", "VBN"} or verb.i == 0:
        return None
    t = verb.doc[verb.i - 1]
    if t.head != verb or t.dep_ not in {"aux", "advmod"} or t.tag_ not in {"MD", "RB"} or quoted[t.i]:
        return None
    return (t, verb) if _capitalised_name(t) and len(t) > 2 else None


GOVERNING_SUBJECT = 0.77  # the subject of whatever verb governs the quote (284 of 369 on train)


def _relative_holder(subject: Token) -> bool:
    """`Beck, who described Trump as “x”` → who (standing for Beck): a relative subject whose
    antecedent can hold a view speaks for it."""
    return (
        subject.lower_ in RELATIVE_PRONOUNS
        and subject.head.dep_ == "relcl"
        and subject.head.lemma_ != "be"  # `Americans who are “victims”`: the writer's or the outer speaker's words
        and (subject.lower_ == "who" or _holds_views(subject.head.head))
    )


def _controller(verb: Token, quoted: Sequence[bool]) -> tuple[Token, Token] | None:
    """`The vote led Ann Lee to fear “a stitch-up”` → Lee: the object of a verb that is no speech verb is the
    one who does what its infinitive says (a speech verb's object is only who was told: `urged voters to …`)."""
    if verb.dep_ != "xcomp" or verb.tag_ != "VB" or quoted[verb.head.i] or is_speech_verb(verb.head):
        return None
    obj = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i and not quoted[c.i]), None)
    obj = _person_in(obj) if obj is not None else None  # `the county clerk, Dora Finch,` → Finch
    if obj is None or not (obj.lower_ in OBJECT_PRONOUNS or (_holds_views(obj) and obj.pos_ != "PRON")):
        return None
    return obj, verb


def _extraposed_subject(verb: Token, quoted: Sequence[bool]) -> tuple[Token, Token] | None:
    """`It did not help that the campaign kept changing slogans, from “x” to …` → the campaign: an `it`
    standing for a that-clause gives way to that clause's subject when it holds views."""
    for c in verb.children:
        if c.dep_ == "ccomp" and c.i > verb.i and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
            subject = next((s for s in c.children if s.dep_ in SUBJECT_DEPS and not quoted[s.i]), None)
            if subject is not None and subject.pos_ != "PRON" and _holds_views(subject):
                return subject, c
    return None


def _as_past_relative(attached: Token, verb: Token, quoted: Sequence[bool]) -> Token:
    """`Ruiz praised Hale, who quit on Monday, as “a decent man”`: an `as` phrase the parse hung in the
    relative clause on the object belongs to the verb governing that object."""
    if attached.lower_ != "as" or attached.head != verb or verb.dep_ != "relcl":
        return verb
    antecedent = verb.head
    outer = antecedent.head
    if antecedent.dep_ != "dobj" or outer.pos_ != "VERB" or quoted[outer.i]:
        return verb
    return outer


def _reported_before(ctx: QuoteContext) -> tuple[Token, Token] | None:
    """`This makes it hard, he said. Good facts win only when “the truth is sexier.”` → he: the sentence
    before, in the same paragraph and holding no quote, reports a person's words, and the quote's own
    clause gives no one (a thing or `it` for subject, or no subject at all)."""
    s = ctx.sieves
    sent = ctx.frame[0]
    if sent.start == 0:
        return None
    prev = s.sent(sent.start - 1)
    if s.paragraph(prev.start_char) != s.paragraph(ctx.quote.open_at) or any(s.quoted[t.i] for t in prev):
        return None
    for t in prev:
        if is_speech_verb(t):
            hit = _subject(t, s.quoted)
            if hit is not None and (
                _is_person(hit[0], s.person_words) or (_holds_views(hit[0]) and hit[0].pos_ != "PRON")
            ):
                return hit
    return None


def _bearer(verb: Token, quoted: Sequence[bool]) -> Token | None:
    """`Ann waved a banner saying “No more cuts”` → the banner: a thing that carries written words speaks
    through a participle hung on it (`saying`, `reading`), not the person holding it."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or not is_speech_verb(verb):
        return None
    noun = verb.head
    if noun.pos_ != "NOUN" or noun.ent_type_ or quoted[noun.i] or _holds_views(noun):
        return None
    return noun


def governing_subject(ctx: QuoteContext) -> Found | None:
    """`PolitiFact rated the claim “false”` (no speech verb) → the subject of the verb over the quote."""
    name = _headline_name(ctx)  # a title-case line: its opening name is the one characterizing
    if name is not None:
        return Found(mention=name, cue=None, rule="governing_subject", confidence=GOVERNING_SUBJECT)
    if ctx.stands_alone():
        return None
    quoted = ctx.sieves.quoted
    for attached in _outside_heads(ctx):
        for head in _verbs_above(attached, quoted):
            head = _as_past_relative(attached, head, quoted)
            if head.lemma_.lower() in OPINION_ONLY_VERBS:
                return None
            by = _by_agent(head, quoted)
            if by is not None:
                return _found("governing_subject", GOVERNING_SUBJECT, by, head)
            bearer = _bearer(head, quoted)
            if bearer is not None:
                return _found("governing_subject", GOVERNING_SUBJECT, bearer, head)
            hit = _controller(head, quoted) or _subject(head, quoted) or _name_read_as_modifier(head, quoted)
            if hit is not None and hit[0].lower_ == "it":
                hit = _extraposed_subject(hit[1], quoted) or hit
            if hit is not None and (
                hit[0].pos_ != "PRON" or hit[0].lower_ in PERSONAL | OBJECT_PRONOUNS or _relative_holder(hit[0])
            ):
                holder, verb = _view_holder(hit[1], hit[0], quoted)
                judge = _fronted_judge(hit[1], hit[0], quoted)
                if judge is not None:
                    holder, verb = judge, hit[1]
                if not _holds_views(holder) and (holder.pos_ != "PRON" or holder.lower_ == "it"):
                    before = _reported_before(ctx)
                    if before is not None:
                        return _found("governing_subject", GOVERNING_SUBJECT, before[0], before[1])
                return _found("governing_subject", GOVERNING_SUBJECT, holder, verb if verb != hit[1] else head)
    before = _reported_before(ctx)
    return _found("governing_subject", GOVERNING_SUBJECT, before[0], before[1]) if before is not None else None


def _reported_within(according: Token, quoted: Sequence[bool]) -> bool:
    """`Lee said that according to its count, the party won “82 percent”` → True: the phrase lies inside
    the clause a speech verb with a subject of its own reports, so that speaker is the outer source."""
    t = according
    for _ in range(MAX_CLIMB):
        if t.head == t or quoted[t.head.i]:
            return False
        through = t.dep_ in {"ccomp", "xcomp"}
        t = t.head
        if through and is_speech_verb(t) and any(c.dep_ in SUBJECT_DEPS and not quoted[c.i] for c in t.children):
            return True
    return False


def according_to(ctx: QuoteContext) -> Found | None:
    """`The plan is “dead,” according to Smith.` → speaker Smith, cue according to (also `“…,” per the Ledger`).

    It runs before the cue rules: `“…,” Ruiz said, according to CNN` is CNN's report of Ruiz's words, so
    the speaker is Ruiz (who said them) and CNN the `via` (who relays them), as `A said that B called it
    “x”` → B via A; a phrase inside what a speaker reports (`Lee said that according to its count …`) yields."""
    doc = ctx.sieves.doc
    best: tuple[int, Token, Token] | None = None
    for t in ctx.outside():
        per = _per_source(ctx, t)  # `“…,” per the party's bylaws`: as `according to`
        if per is not None and (best is None or t.i - ctx.last < best[0]):
            best = (t.i - ctx.last, t, per)
        if t.lower_ != "according" or t.i + 1 >= len(doc) or doc[t.i + 1].lower_ != "to":
            continue
        obj = next((c for c in doc[t.i + 1].children if c.dep_ == "pobj"), None)
        if obj is None and t.i + 2 < len(doc):
            obj = doc[t.i + 2 : min(len(doc), t.i + 8)].root
        if obj is None or ctx.sieves.quoted[obj.i] or _reported_within(t, ctx.sieves.quoted):
            continue
        d = min(abs(t.i - ctx.last), abs(t.i - ctx.first))
        if best is None or d < best[0]:
            best = (d, t, obj)
    if best is None:
        return None
    _, cue, obj = best
    found = _found("according_to", 0.93, _sender(obj, ctx.sieves.quoted) or obj, None)
    rule = found.rule if found.rule == "document_speaker" else "according_to"
    words = 1 if cue.lower_ == "per" else 2
    relay = Found(found.mention, doc[cue.i : cue.i + words], rule, found.confidence, found.refers)
    return _utterer_beside(ctx, relay) or relay


def _per_source(ctx: QuoteContext, per: Token) -> Token | None:
    """`“…,” per the party's bylaws` → bylaws: `per` after a quote, before a source with a determiner or a
    name (`per a person familiar with the talks`, `per Reuters`), not a rate (`per year`, `per capita`)."""
    quoted = ctx.sieves.quoted
    if per.lower_ != "per" or per.i <= ctx.last:
        return None
    obj = next((c for c in per.children if c.dep_ == "pobj" and not quoted[c.i]), None)
    if obj is None or not (obj.pos_ == "PROPN" or any(c.dep_ in {"det", "poss"} for c in obj.children)):
        return None
    return obj


def _utterer_beside(ctx: QuoteContext, relay: Found) -> Found | None:
    """`“…,” Ruiz said, according to CNN` → speaker Ruiz, via CNN: a speech cue with a subject of its own
    in the quote's sentence names who said the words; `according to` names who relays them."""
    said = governing_cue(ctx) or adjacent_cue(ctx)
    if said is None or said.mention is None or relay.mention is None or said.cue is None:
        return None
    root = said.mention.root
    if root.pos_ == "PRON" and said.refers is None:
        return None  # `it said, according to CNN`: keep the named relay (the pronoun often stands for it)
    if root.dep_ == "nsubjpass" or not _holds_views(root) or root.lemma_.lower() in DOCUMENT_NOUNS | SPEECH_NOUNS:
        return None  # `his staff were told “x”, according to the memo` (listeners); `items labeled “x”`; a message
    if said.mention.start <= relay.mention.root.i < said.mention.end or said.cue == relay.cue:
        return None
    via = relay.refers if relay.refers is not None else relay.mention
    return Found(said.mention, said.cue, said.rule, min(said.confidence, relay.confidence), said.refers, via)


def trailing_credit(ctx: QuoteContext) -> Found | None:
    """`“We won.” — Jane Smith, coach` → speaker Jane Smith, no cue."""
    s = ctx.sieves
    after = s.quote_close_end(ctx.quote)
    m = CREDIT.match(s.text, after)
    if m is None or m.end() >= len(s.text) or "\n" in s.text[after : m.end()]:
        m = CREDIT_LINE.match(s.text, after) if ctx.stands_alone() else None
        if m is None or m.end() >= len(s.text):
            return None
        line_end = s.text.find("\n", m.end())
        line = s.text[m.end() : line_end if line_end >= 0 else len(s.text)].rstrip(" .")
        if len(line.split()) > MAX_NP or line[-1:] in DASHES:
            return None  # a paragraph opening with a dash, or a `– Subheading –`, not a credit line
    span = s.doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
    if span is None:
        return None
    tok = span[0]
    if s.quoted[tok.i] or not (tok.ent_type_ in {"PERSON", "ORG"} or tok.is_title):
        return None
    words = []
    for t in s.doc[tok.i : tok.i + MAX_NP]:
        if "\n" in t.text or t.text in {",", "(", "\u201c", '"'}:
            break
        words.append(t)
    np = _np_run(words)
    if np is None:
        return None
    return Found(mention=np, cue=None, rule="trailing_credit", confidence=0.88)


MAX_LABEL = 5  # words in a `Name:` label opening a headline or transcript line
MAX_TOPIC_LABEL = 12  # words in a `Name on Topic:` label


def _label_before(ctx: QuoteContext) -> Span | None:
    """`Reid: Trump is ‘not fit’` (a headline or transcript line) → the name before the colon opening the paragraph."""
    s = ctx.sieves
    doc = s.doc
    line = s.text.rfind("\n", 0, ctx.quote.open_at) + 1
    start = doc.char_span(line, line + 1, alignment_mode="expand")
    if start is None:
        return None
    words: list[Token] = []
    for t in doc[start[0].i : min(ctx.first, start[0].i + MAX_TOPIC_LABEL + 2)]:
        if t.is_space:
            continue
        if t.text == ":":
            colon = t.i
            break
        words.append(t)
    else:
        return None
    # `Obama on Climate Change: The Trends Are ‘Terrifying’` → the name before `on` and a capitalized topic
    on = next((k for k, t in enumerate(words) if t.text == "on"), None)
    if on is not None and on > 0 and all(t.text[:1].isupper() or not t.is_alpha for t in words[on + 1 :]):
        words = words[:on]
    if not _label_words(words) or s.quoted[words[0].i] or colon >= ctx.first:
        return None
    if any(t.text == ":" and not s.quoted[t.i] for t in doc[colon + 1 : ctx.first]):
        return None  # `Clinton: “…” Bush: “…”`: a nearer label speaks
    return doc[words[0].i : words[-1].i + 1]


def _label_words(words: Sequence[Token]) -> bool:
    """`Reid`, `OK Gov Fallin`, `Pew Research` → True: a short run of capitalized words with a name, no verb."""
    if not words or len(words) > MAX_LABEL:
        return False
    if any(t.pos_ in {"VERB", "AUX"} or not (t.text[:1].isupper() or t.text in {"'s", "\u2019s", "."}) for t in words):
        return False
    if any(t.pos_ == "PROPN" or t.ent_type_ in {"PERSON", "ORG", "NORP"} for t in words):
        return True
    # `Reid:` tagged as a common noun: a name when the text names it elsewhere (`Harry Reid has …`)
    named = {t.lower_ for e in words[0].doc.ents if e.label_ in {"PERSON", "ORG", "NORP"} for t in e}
    return any(t.lower_ in named and not t.is_stop for t in words)


def _dash_label(ctx: QuoteContext) -> Span | None:
    """`Turnout may sink the favorite - Pew Research: “…”` (a digest line) → the name between dash and colon."""
    s = ctx.sieves
    doc = s.doc
    k = ctx.first - 1
    while k >= 0 and (s.quoted[k] or doc[k].is_space) and "\n" not in doc[k].text and ctx.first - k < SKIP:
        k -= 1
    if k < 1 or doc[k].text != ":":
        return None
    words: list[Token] = []
    for t in reversed(doc[max(0, k - MAX_LABEL - 1) : k]):
        if t.text in DASHES or t.text == "--":
            words.reverse()
            return doc[words[0].i : words[-1].i + 1] if words and _label_words(words) else None
        if "\n" in t.text or s.quoted[t.i]:
            return None
        words.append(t)
    return None


def _time_clause(verb: Token) -> bool:
    """`When Lee suggested a deal, Ruiz hit back:` / `“…,” when Lee blasted him` → `suggested` / `blasted` set
    the scene (a clause of time, cause or concession with its own subject), reporting no words: those
    are the main clause's. An `as` clause reports all the same (`as Lee said`)."""
    return (
        verb.dep_ == "advcl"
        and any(c.dep_ in SUBJECT_DEPS for c in verb.children)
        and any(c.dep_ in {"mark", "advmod"} and c.lower_ in OWN_CLAUSE_MARKS - {"as"} for c in verb.children)
    )


def _sender_of_message(verb: Token, quoted: Sequence[bool]) -> Token | None:
    """`The club sent a note to fans saying:` (`saying` hung on the fans) → `sent`: the message says it."""
    to = verb.head.head
    if verb.dep_ != "acl" or verb.head.dep_ != "pobj" or to.lower_ != "to" or to.head.pos_ != "VERB":
        return None
    sent = to.head
    words = SPEECH_NOUNS | DOCUMENT_NOUNS
    if any(c.dep_ == "dobj" and not quoted[c.i] and c.lemma_.lower() in words for c in sent.children):
        return sent
    return None


def _cue_after(ctx: QuoteContext) -> bool:
    """`… has proof:¶“Will you?” a reporter is heard asking.`: a cue with its own subject right after the quote
    (in its paragraph) names who speaks, whatever the colon before it introduced."""
    quoted = ctx.sieves.quoted
    after = [t for t in ctx.outside() if t.i > ctx.last][:ASIDE_REACH]
    for t in after:
        if is_speech_verb(t):
            hit = _subject(t, quoted)
            if hit is not None and hit[0].i > ctx.last:
                return True
    return False


def _reporting_as(verb: Token) -> bool:
    """`As the Ledger reported,` / `as Lee noted`: an `as` clause naming a source, its object left out."""
    return (
        verb.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
        and not any(c.dep_ in {"dobj", "ccomp", "xcomp"} for c in verb.children)
    )


def _colon_clause_subject(colon: Token, quoted: Sequence[bool]) -> tuple[Token, Token] | None:
    """`After the vote, Ruiz went further: “…”` → Ruiz: the subject of the clause the colon closes, climbed
    to from the word before the colon (the parse often hangs that clause under the quote, or under a
    clause before it: `In the hours after the storm hit, a neighbour wrote:`), not the sentence root.
    A clause that is what someone says or thinks (`Ruiz said Lee was right:`), a relative clause (`a line
    for which she apologized:`) or a free relative (`apologized for what happened:`) is climbed past."""
    doc = colon.doc
    i = colon.i - 1
    while i >= 0 and (doc[i].is_punct or doc[i].is_space) and not quoted[i]:
        i -= 1
    if i < 0 or quoted[i]:
        return None
    t = doc[i]
    for _ in range(MAX_CLIMB):
        embedded = t.dep_ == "relcl" or (t.dep_ == "ccomp" and not quoted[t.head.i] and not _result_clause(t))
        if t.pos_ in {"VERB", "AUX"} and not embedded:
            subjects = [c for c in t.children if c.dep_ in SUBJECT_DEPS and not quoted[c.i] and c.i < colon.i]
            if subjects and subjects[0].tag_ not in {"WP", "WDT"}:
                if any(doc[j].text[0] in DASHES and not _joins(doc, j) for j in range(subjects[0].i, colon.i)):
                    return None  # `Poll shifts - Ann Lee and Bo Ruiz:`: a credit after a dash, not a clause
                felt = next((c for c in t.children if c.dep_ == "dobj" and not quoted[c.i] and c.i < colon.i), None)
                if felt is not None and _mute(subjects[0]) and (felt.ent_type_ == "PERSON" or felt.pos_ == "PROPN"):
                    return felt, t  # `The result did not surprise Ann Lee:` → Lee, whose reaction follows
                return _subject(t, quoted)
        if t.head == t or quoted[t.head.i] or t.head.i > colon.i:
            return None
        t = t.head
    return None


def _result_clause(clause: Token) -> bool:
    """`She drove so fast that I had to answer:` → True: a `that` clause after `so` or `such` is what
    followed, with a subject of its own, not what the clause before it says or thinks."""
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return False
    doc = clause.doc
    return any(t.lower_ in {"so", "such"} for t in doc[clause.head.left_edge.i : clause.left_edge.i])


def colon_intro(ctx: QuoteContext) -> Found | None:
    """`Smith put it this way:¶“We won.”` → the subject of the sentence ending in the colon."""
    s = ctx.sieves
    i = ctx.quote.open_at - 1
    while i >= 0 and s.text[i].isspace():
        i -= 1
    if i < 0 or s.text[i] != ":":
        return None
    colon = s.doc.char_span(i, i + 1, alignment_mode="expand")
    if colon is None:
        return None
    if _cue_after(ctx):
        return None
    sent = s.sent(colon[0].i)
    toks = [t for t in sent if not s.quoted[t.i] and t.i < colon[0].i]
    # `As the Ledger reported, the mayor was refusing to comment:` → the Ledger, whose report follows
    source = next((t for t in toks if is_speech_verb(t) and _reporting_as(t)), None)
    ordered = [source] if source is not None else []
    for t in ordered + list(reversed(toks)):
        if is_speech_verb(t) and not _time_clause(t):
            hit = _subject(_sender_of_message(t, s.quoted) or t, s.quoted)
            if hit is not None:
                return _found("colon_intro", 0.85, hit[0], t)
    hit = _colon_clause_subject(colon[0], s.quoted)
    root = sent.root
    if hit is None and not s.quoted[root.i]:
        hit = _subject(root, s.quoted)
    if hit is not None:
        return _found("colon_intro", 0.79, hit[0], None)
    # `In a statement to the Observer, her adviser, Jake Sullivan, said:` (parse lost): the person nearest the colon
    ents = [e for e in sent.ents if e.end <= colon[0].i and not s.quoted[e.start]]
    people = [e for e in ents if e.label_ == "PERSON"]
    # `Lee, whose firm …, said Ruiz was right:`: the person before the speech verb, not the one it speaks of
    cue = next((t.i for t in reversed(toks) if is_speech_verb(t)), None)
    speakers = [e for e in people if cue is not None and e.end <= cue] or people
    # `Later that month on CNN:` → the channel is where, not who
    orgs = (e for e in ents if e.label_ == "ORG" and not (e.start > 0 and s.doc[e.start - 1].lower_ == "on"))
    # no speech verb at all (`Ann Lee scolds city staff:`, a headline parsed as one noun phrase): who opens it
    ent = (speakers[-1] if cue is not None else speakers[0]) if speakers else next(orgs, None)
    if ent is not None:
        return Found(mention=ent, cue=None, rule="colon_intro", confidence=0.69)
    return None


def _name_before_modifier_cue(cue: Token, quoted: Sequence[bool]) -> tuple[Token, Token] | None:
    """`…, Trump accused Cruz of being “weak”` parsed as a noun phrase (`accused` a modifier of Cruz) → Trump."""
    if cue.dep_ not in {"amod", "compound"} or cue.i == 0:
        return None
    name = cue.doc[cue.i - 1]
    if quoted[name.i] or name.ent_type_ not in {"PERSON", "ORG"} or name.ent_iob_ == "":
        return None
    return name, cue


def nearest_cue(ctx: QuoteContext) -> Found | None:
    """`“We won,” the coach, beaming, said` (parse missed the link) → the nearest cue with a subject."""
    quoted = ctx.sieves.quoted
    best: tuple[int, Token, Token] | None = None
    for t in ctx.outside():
        if not is_speech_verb(t):
            continue
        hit = _subject(t, quoted) or _name_before_modifier_cue(t, quoted)
        if hit is None:
            continue
        d = t.i - ctx.last if t.i > ctx.last else ctx.first - t.i + 1
        if best is None or d < best[0]:
            best = (d, t, hit[0])
    if best is None:
        return None
    _, cue, subject = best
    if _cue_elsewhere(ctx, cue) or _outside_clause(cue, _own_time_clause(ctx)):
        return None
    return _found("nearest_cue", 0.86, subject, cue)


def _is_person(t: Token, names: frozenset[str]) -> bool:
    """`Valastro`, `she`, `the party leader`: a word that names or stands for a person.

    `names`: words of the text's person names (`Valastro` tagged a place here, a person elsewhere).
    """
    if t.ent_type_ == "PERSON" or t.lower_ in PERSON_PRONOUNS:
        return True
    if t.pos_ == "PROPN" and t.ent_type_ not in {"ORG", "NORP"} and t.lower_ in names:
        return True
    return t.pos_ == "NOUN" and t.ent_type_ == "" and t.lemma_.lower() in ROLE_NOUNS


def _person_subject(sent: Span, sieves: Sieves) -> Token | None:
    """`Valastro praised the governor.` → Valastro (a speech verb's or the main verb's subject, if a person)."""
    quoted, names = sieves.quoted, sieves.person_words
    for t in reversed(sent):  # `The result, Ostrander said, was a fluke.`: who speaks comes first
        if not quoted[t.i] and is_speech_verb(t) and not any(a.dep_ == "relcl" for a in t.ancestors):
            hit = _subject(t, quoted)
            if hit is not None and not _across_paragraphs(hit[0], t) and _is_person(hit[0], names):
                return hit[0]
    root = sent.root
    if quoted[root.i] or root.pos_ not in {"VERB", "AUX"}:
        return None
    hit = _subject(root, quoted)
    if hit is None or _across_paragraphs(hit[0], root) or not _is_person(hit[0], names):
        return None
    return hit[0]


def _writer_sentences(ctx: QuoteContext) -> list[Span]:
    """The writer's sentences just before a quote, nearest first, back to the last quote or the paragraph before."""
    s = ctx.sieves
    quoted = s.quoted
    floor = s.paragraph(ctx.quote.open_at) - 1
    out: list[Span] = []
    if any(quoted[t.i] for t in ctx.frame[0] if t.idx < ctx.quote.open_at):
        return out  # `“The way I see it,” she said, “…”`: another quote comes first in the same sentence
    i = ctx.frame[0].start - 1
    while i >= 0 and len(out) < MAX_WRITER_SENTENCES:
        sent = s.sent(i)
        i = sent.start - 1
        words = [t for t in sent if not (t.is_space or t.is_punct)]
        if not words:
            continue
        if _holds_last_quote(s, sent) or s.paragraph(words[0].idx) < floor:
            break
        out.append(sent)
    return out


def _holds_last_quote(s: Sieves, sent: Span) -> bool:
    """Does the sentence hold the quote last attributed (any quote, before the first)? A title in quotation marks
    that was never attributed (`On “Face the Nation,” Ruiz said …`) is the writer's sentence all the same."""
    marks = [t.idx for t in sent if s.quoted[t.i]]
    if not marks or s.last is None:
        return bool(marks)
    last = s.last[0]
    return any(last.open_at <= i <= max(last.close_at, last.end) for i in marks)


def _below_quote(ctx: QuoteContext, cue: Token) -> bool:
    """`… as “Iberian,” which is what some call …`: the cue sits in a relative clause hung on the quote itself."""
    t = cue
    for _ in range(MAX_CLIMB):
        if t.head == t:
            return False
        if t.dep_ == "relcl" and ctx.first <= t.head.i <= ctx.last:
            return True
        t = t.head
    return False


def _cue_elsewhere(ctx: QuoteContext, cue: Token) -> bool:
    """`As Lee spoke, the union was lobbying against “any reform”`: the cue sits in a subordinate clause
    (as/while/after …, a relative clause) and the quote in a clause with a subject of its own that holds
    views, which the cue does not govern → the cue is someone else's; leave the quote to the weaker rules."""
    quoted = ctx.sieves.quoted
    if cue.dep_ not in {"relcl", "advcl", "acl"} and not _below_quote(ctx, cue):
        return False
    attached = next(_outside_heads(ctx), None)  # where the quote's first outside link leads
    head = next(_verbs_above(attached, quoted), None) if attached is not None else None
    if head is None:
        return False
    subject = next((c for c in head.children if c.dep_ in SUBJECT_DEPS and not quoted[c.i]), None)
    if subject is None or not _holds_views(subject):
        return False
    return cue not in (head, *head.ancestors)


MAX_INTERRUPTION = 160  # characters of a cue clause splitting one quotation: `“…,” said Ann Reed, a …, “…”`


def _interrupted(ctx: QuoteContext, pq: QuoteSpan, pf: Found) -> bool:
    """`“The risk,” said Ann Reed, an economist who …, “is that …”`: the previous quote ended in a comma,
    its cue clause (holding its mention) is all that stands between, and it ends in a comma → one quotation."""
    s = ctx.sieves
    text = s.text
    gap_lo, gap_hi = s.quote_close_end(pq), ctx.quote.open_at
    if not 0 < gap_hi - gap_lo <= MAX_INTERRUPTION or "\n" in text[gap_lo:gap_hi]:
        return False
    if text[pq.start : pq.end].rstrip()[-1:] != "," or text[gap_lo:gap_hi].rstrip()[-1:] != ",":
        return False
    assert pf.mention is not None
    return gap_lo <= pf.mention.start_char and pf.mention.end_char <= gap_hi


ASIDE_DASHES = frozenset({"\u2014", "\u2013", "--", "-"})


def dash_aside(ctx: QuoteContext) -> Found | None:
    """`When Ruiz wrapped up — “We will win!” — the crowd cheered` → Ruiz: a quote set off by dashes
    right after a clause is the words of that clause's subject (a person or a group)."""
    s = ctx.sieves
    doc, quoted = s.doc, s.quoted
    before = ctx.first - 1
    while before >= 0 and quoted[before] and ctx.first - before < SKIP:
        before -= 1
    after = ctx.last + 1
    while after < len(doc) and quoted[after] and after - ctx.last < SKIP:
        after += 1
    if before < 1 or after >= len(doc) or doc[before].text not in ASIDE_DASHES or doc[after].text not in ASIDE_DASHES:
        return None
    t = doc[before - 1]
    verb = t
    for _ in range(3):  # `treating it as a compliment -- “…” --`: up from the phrase to its verb
        if verb.pos_ in {"VERB", "AUX"} or verb.head == verb or quoted[verb.head.i]:
            break
        verb = verb.head
    if quoted[verb.i] or verb.pos_ not in {"VERB", "AUX"} or verb.i > before or "\n" in doc[verb.i : before].text:
        return None
    hit = _subject(verb, quoted)
    if hit is None or not ((_holds_views(hit[0]) and hit[0].pos_ != "PRON") or hit[0].lower_ in PERSONAL):
        return None
    return _found("governing_subject", GOVERNING_SUBJECT, hit[0], verb)


def _below(source: Found, measured: float) -> float:
    """A continuation is never surer than the quote it continues: its measured precision, capped just below."""
    return min(measured, round(source.confidence * 0.99, 2))


def continuation(ctx: QuoteContext) -> Found | None:
    """`“We won,” Smith said. “It was close.”` → the second quote continues Smith."""
    s = ctx.sieves
    if s.last is None:
        return None
    pq, pf = s.last
    mention = pf.mention
    if mention is None:
        return None
    if ctx.quote.continues:  # a later paragraph of a quote left open: the same speaker's words
        return Found(mention=mention, cue=pf.cue, rule="continuation", confidence=_below(pf, 0.73), refers=pf.refers)
    if _interrupted(ctx, pq, pf):
        return Found(mention=mention, cue=pf.cue, rule="continuation", confidence=_below(pf, 0.98), refers=pf.refers)
    if not ctx.stands_alone():
        return None
    own = _own_holder(ctx, mention)
    if own is not None:  # `He offered “my thanks to all of you.”`: two words of the writer's, its own subject
        return _found("governing_subject", GOVERNING_SUBJECT, own[0], own[1])
    for sent in _writer_sentences(ctx):
        subject = _person_subject(sent, s)
        if subject is not None and not (mention.start <= subject.i < mention.end):
            return None  # someone else is written about between the two quotes: not a continuation
    same = s.paragraph(pq.open_at) == s.paragraph(ctx.quote.open_at)
    next_para = s.paragraph(pq.close_at) + 1 == s.paragraph(ctx.quote.open_at)
    if not (same or next_para):
        return None
    confidence = 0.98 if same else 0.9
    later = _later_relative(s, mention, ctx.first)
    if later is not None:  # "…,” said Ruiz, who also said that … ¶ “…”: the nearer mention, `who`
        return Found(later[0], later[1], "continuation", _below(pf, confidence), mention)
    return Found(mention=mention, cue=pf.cue, rule="continuation", confidence=_below(pf, confidence), refers=pf.refers)


def answer_turn(ctx: QuoteContext) -> Found | None:
    """`“Did you vote for it?” Bash asked Ruiz. “I did.”` → Ruiz: a quote standing alone right after a question
    answers it, so it is the addressee's, named as the asking verb's object or by the question's opening
    vocative (`“Senator Ruiz, did you …?” Bash asked.`); a further question is the asker's own follow-up."""
    s = ctx.sieves
    if s.last is None or ctx.quote.continues or not ctx.stands_alone():
        return None
    pq, pf = s.last
    if pf.mention is None or pf.cue is None or s.paragraph(ctx.quote.open_at) - s.paragraph(pq.close_at) != 1:
        return None  # an answer takes a paragraph of its own; `“…?” Lee asked. “No.”` in one is Lee going on
    if any(not w.start <= pf.cue.start < w.end for w in _writer_sentences(ctx)):
        return None  # the writer says more between question and answer than `Bash asked Ruiz.`
    called = _vocative(s, ctx.quote)  # `“Tom, that is false.”` right after Tom spoke: someone else answers
    if called is not None and _addresses(s, called, pf.mention):
        return _earlier_turn(s, pq) or Found(None, None, "answer_turn", UNNAMED_TURN)
    if _ends_question(s.text, ctx.quote) or not _ends_question(s.text, pq):
        return None
    addressee = _asked(pf.cue.root, s.quoted) or _vocative(s, pq)
    if addressee is None and pf.cue.root.lemma_.lower() in ASK_VERBS:
        return _earlier_turn(s, pq)  # `“Did you vote for it?” Bash asked.` after Ruiz spoke: Ruiz answers
    if addressee is None:
        return None  # `“Would a gift change my vote?” she asked`: a question put for effect
    if pf.mention.start <= addressee.i < pf.mention.end:
        return None
    return _found("answer_turn", ANSWER_TURN, addressee, None)


def _addresses(s: Sieves, called: Token, mention: Span) -> bool:
    """`Tom` calls the speaker `Weller` when the text names him `Tom Weller` (or the two words are the same)."""
    last = mention[-1].lower_
    return called.lower_ == last or (called.lower_, last) in s.name_pairs


def _earlier_turn(s: Sieves, question: QuoteSpan) -> Found | None:
    """The speaker before the last one, when they spoke in the few paragraphs before `question`: in an exchange
    the turn goes back to them."""
    if s.other is None or s.other[1].mention is None:
        return None
    oq, of = s.other
    if s.paragraph(question.open_at) - s.paragraph(oq.close_at) > TURN_REACH:
        return None
    return Found(of.mention, of.cue, "answer_turn", _below(of, ANSWER_TURN), of.refers)


def _ends_question(text: str, quote: QuoteSpan) -> bool:
    """`“Did you vote for it?”` → True: the quoted words end on a question mark."""
    return text[quote.start : quote.end].rstrip().rstrip("".join(CLOSING_MARKS)).rstrip().endswith("?")


def _asked(cue: Token, quoted: Sequence[bool]) -> Token | None:
    """`Bash asked Ruiz` / `pressed her` → Ruiz / her: the one person an asking verb puts the question to."""
    if cue.lemma_.lower() not in ASK_VERBS:
        return None
    for c in cue.children:
        if c.dep_ not in {"dobj", "dative"} or quoted[c.i]:
            continue
        if c.lower_ in {"him", "her"} or c.ent_type_ == "PERSON" or (c.pos_ == "PROPN" and not c.ent_type_):
            return c  # one person asked, not `asked reporters` (a rhetorical question to the room)
    return None


def _vocative(s: Sieves, question: QuoteSpan) -> Token | None:
    """`“Senator Ruiz, did you vote for it?”` → Ruiz: a name opening a question, set off by a comma, is whom it asks."""
    doc = s.doc
    span = doc.char_span(question.start, question.end, alignment_mode="expand")
    if span is None:
        return None
    words = [t for t in span[: MAX_NP + 1] if not t.is_space]
    comma = next((k for k, t in enumerate(words) if t.text == ","), None)
    if comma is None or comma == 0 or comma + 1 >= len(words):
        return None
    name, after = words[:comma], words[comma + 1]
    if not all(t.pos_ == "PROPN" or t.lower_ in HONORIFIC_WORDS for t in name) or name[-1].pos_ != "PROPN":
        return None
    return name[-1] if after.pos_ in {"AUX", "PRON"} or after.tag_ in {"WRB", "WP"} else None


def _later_relative(s: Sieves, mention: Span, first: int) -> tuple[Span, Span] | None:
    """`said Ruiz, the director, who also said that …` → (`who`, `said`): a relative clause on the speaker
    reporting more speech between their quote and the next one (read in a bounded window)."""
    doc = s.doc
    if mention.doc is not doc:
        return None
    for t in doc[mention.end : min(first, mention.end + LATER_REACH)]:
        if t.lower_ != "who" or t.dep_ != "nsubj" or s.quoted[t.i]:
            continue
        verb = t.head
        if verb.dep_ == "relcl" and _on_mention(verb.head, mention) and is_speech_verb(verb):
            return doc[t.i : t.i + 1], doc[verb.i : verb.i + 1]
    return None


def _on_mention(noun: Token, mention: Span) -> bool:
    """Is `noun` the mention or a phrase set beside it (`Ruiz, an economist and a donor who …` → donor)?"""
    if mention.start <= noun.i < mention.end + 8:
        return True
    for _ in range(4):
        if noun.dep_ not in {"appos", "conj"} or noun.head == noun:
            return False
        noun = noun.head
        if mention.start <= noun.i < mention.end:
            return True
    return False


def continuation_partial(ctx: QuoteContext) -> Found | None:
    """`“We won,” Smith said. The win was “close but fair.”` → a cue-less partial quote keeps Smith."""
    s = ctx.sieves
    prev = s.last
    if prev is None or prev[1].mention is None or ctx.stands_alone():
        return None
    if any(is_speech_verb(t) for t in ctx.outside()):
        return None  # the sentence has its own cue: not a continuation
    pq, pf = prev
    if s.paragraph(ctx.quote.open_at) - s.paragraph(pq.close_at) > 1 or pf.mention is None:
        return None
    for sent in _writer_sentences(ctx):  # `Reed argues the plan is fair. The cuts were “modest” …` → Reed
        between = _speaker_in(sent, s)
        if between is not None and not (pf.mention.start <= between[0].i < pf.mention.end):
            return _found("previous_sentence_cue", 0.79, between[0], between[1])
    own = _own_holder(ctx, pf.mention)
    if own is not None:  # `Unions have long fought to keep such jobs “public.”`: the sentence's own holder
        return _found("governing_subject", GOVERNING_SUBJECT, own[0], own[1])
    return Found(mention=pf.mention, cue=pf.cue, rule="continuation", confidence=_below(pf, 0.67), refers=pf.refers)


def _speaker_in(sent: Span, s: Sieves) -> tuple[Token, Token] | None:
    """`Reed, the union's lawyer, argues that …` → (Reed, argues): a speech verb's view-holding subject."""
    for t in sent:
        if s.quoted[t.i] or not is_speech_verb(t):
            continue
        hit = _subject(t, s.quoted)
        if (
            hit is not None
            and not _across_paragraphs(hit[0], t)
            and _holds_views(hit[0])
            and (hit[0].pos_ != "PRON" or hit[0].lower_ in PERSONAL)
        ):
            return hit[0], t
    return None


def _own_holder(ctx: QuoteContext, mention: Span) -> tuple[Token, Token] | None:
    """The subject of a verb over a cue-less partial quote, when it holds views and is not the previous
    speaker's mention (`Many fear the deal will end the “pivot.”`): (subject, verb)."""
    quoted = ctx.sieves.quoted
    for attached in _outside_heads(ctx):
        for head in _verbs_above(attached, quoted):
            hit = _subject(head, quoted)
            if hit is None or _across_paragraphs(hit[0], head):
                continue
            subject = hit[0]
            if mention.start <= subject.i < mention.end:
                return None
            if _holds_views(subject) and (subject.pos_ != "PRON" or subject.lower_ in PERSONAL):
                return subject, head
    return None


def _issues_statement(verb: Token, quoted: Sequence[bool]) -> bool:
    """`The league issued a statement on Friday.` → a verb whose object is the words that follow."""
    return verb.pos_ == "VERB" and any(
        c.dep_ == "dobj" and not quoted[c.i] and c.lemma_.lower() in SPEECH_NOUNS for c in verb.children
    )


def previous_sentence_cue(ctx: QuoteContext) -> Found | None:
    """`Smith told reporters the plan would work.¶“We have the votes.”` → Smith (the cue just before)."""
    s = ctx.sieves
    if not ctx.stands_alone():
        return None
    sent = ctx.frame[0]
    if sent.start == 0:
        return None
    prev = s.sent(sent.start - 1)
    if s.paragraph(prev.start_char) + 1 < s.paragraph(ctx.quote.open_at):
        return None
    best: tuple[int, Token, Token] | None = None
    for t in reversed(prev):
        if s.quoted[t.i] or not (is_speech_verb(t) or _issues_statement(t, s.quoted)):
            continue
        if any(a.dep_ == "relcl" for a in t.ancestors):
            continue  # `… the emails, which showed aides suggesting a plan.`: a cue inside a description
        hit = _subject(t, s.quoted)
        if hit is not None:
            depth = sum(1 for _ in t.ancestors)
            if best is None or depth < best[0]:
                best = (depth, t, hit[0])
    if best is None:
        return None
    asked = _asked(best[1], s.quoted)  # `Bash asked Ruiz whether she backed it.¶“I did.”` → Ruiz answers
    if asked is not None and not _ends_question(s.text, ctx.quote):
        return _found("answer_turn", ANSWER_TURN, asked, best[1])
    return _found("previous_sentence_cue", 0.79, best[2], best[1])


def preceding_subject(ctx: QuoteContext) -> Found | None:
    """`Valastro praised the governor.¶“We need someone tough.”` → Valastro (the person just written about)."""
    if not ctx.stands_alone():
        return None
    for sent in _writer_sentences(ctx):
        subject = _person_subject(sent, ctx.sieves)
        if subject is not None:
            return _found("preceding_subject", 0.9, subject, None)
    return None


def _sentence_case(line: str, story: str) -> str:
    """`Angry Teachers Slam Ward` → `Angry teachers slam Ward` when the story writes `Ward` but not `Slam`:
    the first word, acronyms and words the story capitalises keep their case. Same length."""

    def word(m: re.Match[str]) -> str:
        w = m.group(0)
        if m.start() == 0 or (len(w) > 1 and w.isupper()) or re.search(rf"\b{re.escape(w)}\b", story):
            return w
        return "".join(c.lower() if len(c.lower()) == 1 else c for c in w)

    return re.sub(r"[^\W\d_][\w'\u2019]*", word, line)


def headline_opening(ctx: QuoteContext) -> Found | None:
    """`Frustrated Parents Rally To ‘Save Our Schools’` → Frustrated Parents: a title-case headline's
    quote belongs to the subject opening it (read from a sentence-case parse of the line)."""
    s = ctx.sieves
    if s.paragraph(ctx.quote.open_at) != 0 or not _title_case_line(ctx) or _headline_credit(ctx) is not None:
        return None  # `Guns Are ‘A Crisis,’ Howard Dean Tells Convention`: the credit after the quote says who
    found = s.headline_opening
    if found is None or found[1] > ctx.quote.open_at:
        return None
    span = s.doc.char_span(found[0], found[1], alignment_mode="expand")
    if span is None or any(s.quoted[t.i] for t in span):
        return None
    return Found(mention=span, cue=None, rule="headline_subject", confidence=0.9)


def headline_subject(ctx: QuoteContext) -> Found | None:
    """`Ann Reed Calls Tax Plan ‘Dead on Arrival’` (a headline nothing else attributed) → the name opening it."""
    s = ctx.sieves
    if s.paragraph(ctx.quote.open_at) != 0:
        return None
    start = s.doc.char_span(s.paragraph_start(0), s.paragraph_start(0) + 1, alignment_mode="expand")
    if start is None or s.quoted[start[0].i]:
        return None
    ent = next((e for e in s.doc.ents if e.start == start[0].i), None)
    if ent is None:  # `Cruz ‘glad to finish’ fight` with no entity tagged: the proper nouns opening the line
        end = start[0].i
        while end < len(s.doc) and end - start[0].i < 3 and s.doc[end].pos_ == "PROPN" and s.doc[end].is_title:
            end += 1
        ent = s.doc[start[0].i : end] if end > start[0].i else None
        ent = ent if ent is not None and end < len(s.doc) and s.quoted[end] else None  # the quote follows right after
    elif ent.label_ not in {"PERSON", "ORG", "NORP", "GPE"}:
        return None
    if ent is None or ent.end_char > ctx.quote.open_at:
        return None
    if not s.in_story(ent[0].text):
        return None  # a name recurs in the story; `Heavy Rain Brings` read as a name in title case does not
    return Found(mention=ent, cue=None, rule="headline_subject", confidence=0.9)


RULES: tuple[Rule, ...] = (
    speaker_label,
    interview_label,
    headline_label,
    headline_opening,
    according_to,
    participle_cue,
    as_cue_after,
    governing_cue,
    adjacent_cue,
    run_in_label,
    noun_cue,
    trailing_credit,
    colon_intro,
    nearest_cue,
    dash_aside,
    answer_turn,
    continuation,
    previous_sentence_cue,
    preceding_subject,
    governing_subject,
    continuation_partial,
    headline_subject,
)


class Sieves:
    """The quotes of one document, attributed in text order."""

    def __init__(
        self,
        doc: Doc,
        quotes: Sequence[QuoteSpan],
        text: str | None = None,
        reparse: Callable[[str], Doc] | None = None,
    ) -> None:
        self.doc = doc
        self.reparse = reparse  # parses a short string (the headline in sentence case)
        self.text = doc.text if text is None else text
        self.quoted: list[bool] = _quoted_tokens(doc, quotes)
        # starts of non-blank lines: "the next paragraph" skips blank lines
        self._para_starts = [m.start() for m in re.finditer(r"^[ \t]*\S", self.text, re.M)] or [0]
        self.last: tuple[QuoteSpan, Found] | None = None
        self.other: tuple[QuoteSpan, Found] | None = None  # the last quote of someone other than `last`'s speaker
        self._in_story: dict[str, bool] = {}

    @functools.cached_property
    def _sent_bounds(self) -> tuple[list[int], list[int]]:
        starts, ends = [], []
        for sent in self.doc.sents:
            starts.append(sent.start)
            ends.append(sent.end)
        return starts, ends

    def sent(self, i: int) -> Span:
        """The sentence holding token `i` (spaCy's `token.sent` walks the sentence on every call)."""
        starts, ends = self._sent_bounds
        n = bisect.bisect_right(starts, i) - 1
        return self.doc[starts[n] : ends[n]]

    @functools.cached_property
    def headline_opening(self) -> tuple[int, int] | None:
        """`Angry Teachers Slam Governor As A ‘Gambler’` → the characters of `Angry Teachers`.

        A title-case headline defeats the tagger (every word a proper noun), so the line is parsed
        again in sentence case (`Angry teachers slam governor as a ‘gambler’`; a word the story
        capitalises, such as a name, keeps its capital). The subject that opens the line (of the
        first clause, also before a colon: `Woman steps forward with claim: …`) is who the headline
        says spoke. Once per document."""
        if self.reparse is None:
            return None
        line_end = self.text.find("\n")
        line_end = len(self.text) if line_end < 0 else line_end
        lo = len(self.text[:line_end]) - len(self.text[:line_end].lstrip())
        line = self.text[lo:line_end]
        if not line or len(line) > MAX_HEADLINE_CHARS:
            return None
        mini = self.reparse(_sentence_case(line, self.text[line_end:]))
        subject = next(
            (t for t in mini if t.dep_ in SUBJECT_DEPS and t.head.pos_ in {"VERB", "AUX"} and t.left_edge.idx == 0),
            None,
        )
        if subject is None or subject.pos_ == "PRON" or not (_holds_views(subject) or subject.tag_ == "NNS"):
            return None  # `Heavy rain brings ‘record floods’`: rain says nothing
        if ":" in mini.text[subject.idx : subject.head.idx] or mini[: subject.i + 1].text.lower() in NOT_SPEAKERS:
            return None  # `The Latest: Court ‘Will Rule’`: a label or rubric, which headline_label reads
        return lo, lo + subject.idx + len(subject.text)

    @functools.cached_property
    def interview_parties(self) -> tuple[Span | None, Span | None]:
        """(the person interviewed, who asks): the person and the organisation named last, outside quotes, before
        the text's first `Q:`/`A:` line. Once per document, on the first Q/A quote."""
        first = QA_LINE.search(self.text)
        if first is None:
            return None, None
        person = org = None
        for ent in self.doc.ents:
            if ent.start_char >= first.start():
                break
            if self.quoted[ent.start]:
                continue
            if ent.label_ == "PERSON":
                person = ent
            elif ent.label_ == "ORG":
                org = ent
        return person, org

    def paragraph(self, char: int) -> int:
        """Index of the paragraph (non-blank line) holding `char`."""
        return bisect.bisect_right(self._para_starts, char) - 1

    @functools.cached_property
    def person_words(self) -> frozenset[str]:
        """Lowercased proper nouns of the text's person names (`Buddy Valastro` → buddy, valastro)."""
        return frozenset(t.lower_ for e in self.doc.ents if e.label_ == "PERSON" for t in e if t.pos_ == "PROPN")

    @functools.cached_property
    def name_pairs(self) -> frozenset[tuple[str, str]]:
        """Given name and surname as the text writes them together (`Tom Weller`, `Marc H. Morial`), lowercased."""
        doc, pairs = self.doc, set()
        for t in doc[:-1]:
            if not t.is_title:
                continue
            nxt = doc[t.i + 1]
            if len(nxt) == 2 and nxt.text.endswith(".") and t.i + 2 < len(doc):  # a middle initial
                nxt = doc[t.i + 2]
            if nxt.is_title:
                pairs.add((t.lower_, nxt.lower_))
        return frozenset(pairs)

    def in_story(self, word: str) -> bool:
        """Does `word` occur as a whole word after the headline (the first paragraph)? Once per word."""
        if word not in self._in_story:
            body = self.text[self.paragraph_start(1) :] if len(self._para_starts) > 1 else ""
            self._in_story[word] = re.search(rf"\b{re.escape(word)}\b", body) is not None
        return self._in_story[word]

    def paragraph_start(self, index: int) -> int:
        """Character offset where paragraph `index` starts."""
        return self._para_starts[index]

    def quote_close_end(self, quote: QuoteSpan) -> int:
        """Just past the closing mark (`''` counts whole), or the quote's end when it ran to a paragraph end."""
        i = quote.close_at
        while i < len(self.text) and i - quote.close_at < 3 and self.text[i] in CLOSING_MARKS:
            i += 1
        return i

    def context(self, quote: QuoteSpan) -> QuoteContext | None:
        span = self.doc.char_span(quote.start, quote.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        first, last = span[0], span[-1]
        sents = {sent.start: sent for sent in (self.sent(first.i), self.sent(last.i))}
        for extra in self._beside(quote, first.i, last.i):
            sents.setdefault(extra.start, extra)
        return QuoteContext(self, quote, first.i, last.i, tuple(sents[k] for k in sorted(sents)))

    def _beside(self, quote: QuoteSpan, first: int, last: int) -> list[Span]:
        """Sentences the parser split off but the writer joined: `“…,” ¦ he said` and `He said: ¦ “…”`."""
        doc, text, out = self.doc, self.text, []
        para = self.paragraph(quote.open_at)
        after = self.quote_close_end(quote)
        rest = text[after : after + 40].lstrip(" \t")
        inner_end = text[quote.start : quote.end].rstrip()[-1:]
        j = last + 1
        while j < len(doc) and self.quoted[j] and j - last < SKIP:
            j += 1
        joined = inner_end == "," or rest[:1].islower() or rest[:1] == ","
        if j < len(doc) and self.paragraph(doc[j].idx) == para and rest[:1] not in {"\n", ""} and joined:
            out.append(self.sent(j))
        before = text[max(0, quote.open_at - 40) : quote.open_at].rstrip(" \t")
        # `said on “Fox and Friends.” “I mean …”`: a quotation closing on a full stop ended the sentence too
        ended = before.rstrip("".join(CLOSING_MARKS)) if before[-1:] in CLOSING_MARKS else before
        k = first - 1
        while k >= 0 and self.quoted[k] and first - k < SKIP:
            k -= 1
        if k >= 0 and ended and ended[-1] not in ".!?\n" and self.paragraph(doc[k].idx) == para:
            out.append(self.sent(k))
        return out

    def attribute(self, quote: QuoteSpan) -> Found | None:
        """Run the rules in order; the first that fires wins."""
        ctx = self.context(quote)
        if ctx is None:
            return None
        for rule in RULES:
            found = rule(ctx)
            if found is not None and found.cue is not None and _introduces_next(ctx, found.cue[0]):
                continue
            if found is not None:
                if found.mention is not None:
                    found = _own_relative(ctx, found)
                    if found.via is None and self.last is not None and found.mention == self.last[1].mention:
                        found = replace(found, via=self.last[1].via)  # a continued quote keeps its relay
                    elif found.via is None:
                        found = replace(found, via=_quoting_relay(found, self.quoted))
                    if self.last is not None and not _same_name(self.last[1].mention, found.mention):
                        self.other = self.last
                    self.last = (quote, found)
                return found
        return None


def _same_name(a: Span | None, b: Span | None) -> bool:
    """`Dana Bash` and `Bash` → True: two mentions ending in the same word (a pronoun matches only itself)."""
    return a is not None and b is not None and a[-1].lower_ == b[-1].lower_


def _own_relative(ctx: QuoteContext, found: Found) -> Found:
    """`Ervin, who thinks the staff “need to listen,” said …` → `who` (standing for Ervin): the quote lies
    in a relative clause on the speaker, so the clause's own subject is what the attribution rests on."""
    if found.mention is None or found.refers is not None:
        return found
    quoted = ctx.sieves.quoted
    for head in _outside_heads(ctx):
        for _ in range(MAX_CLIMB):
            if head.dep_ == "relcl" and head.head.i == found.mention.root.i:
                who = next((c for c in head.children if c.dep_ == "nsubj" and c.lower_ == "who"), None)
                if who is None or quoted[who.i] or head.lemma_ == "be":
                    return found
                cue = head.doc[head.i : head.i + 1]  # `thinks`: the words are what the clause says
                return Found(_mention(who), cue, found.rule, found.confidence, refers=found.mention)
            if head.head == head or quoted[head.head.i]:
                break
            head = head.head
    return found


def _quoting_relay(found: Found, quoted: Sequence[bool]) -> Span | None:
    """`The Tribune quoted the mayor, Ana Ruiz, who said: “…”` → the Tribune: the speaker (or the phrase a
    relative `who` stands for) is the one a quoting verb's subject quotes."""
    phrase = found.refers if found.refers is not None else found.mention
    if phrase is None:
        return None
    noun = phrase.root
    for _ in range(3):
        if noun.dep_ != "appos" or noun.head == noun:
            break
        noun = noun.head  # `the mayor, Ana Ruiz`: the phrase the name stands beside
    if noun.dep_ != "dobj":
        return None
    both = _quoted_by(noun.head, quoted)
    return _mention(both[1]) if both is not None and both[0] == noun else None


def _quoted_tokens(doc: Doc, quotes: Sequence[QuoteSpan]) -> list[bool]:
    """For each token: does it lie inside a quotation (marks included)?"""
    starts = doc.to_array("IDX")
    out = numpy.zeros(len(doc), dtype=bool)
    for q in quotes:
        lo = numpy.searchsorted(starts, q.open_at, side="left")
        hi = numpy.searchsorted(starts, max(q.close_at, q.end), side="right")
        out[lo:hi] = True
    flags: list[bool] = out.tolist()
    return flags


def attribute(doc: Doc, quote: QuoteSpan) -> Found | None:
    """One quote on its own (no continuation from earlier quotes): `“We won,” Smith said.` → Smith."""
    return Sieves(doc, [quote]).attribute(quote)
