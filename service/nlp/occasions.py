"""Statement occasions: the dated events an article tells, whose later quotes inherit the date.

News writing dates an occasion once and then quotes from it: `Coach Ben Hart was blunt after
the loss on Saturday. “We were not good enough,” Hart said.` The verb that carries the time is
often no speech verb (`hit back on Wednesday`, `defended the plan Thursday`, `stood face-to-face
Thursday`, `was in Tampa on Tuesday night`). An occasion here is a main clause in the past whose
verb carries a time adverbial that resolves (`on Saturday`, `at a rally Friday night`, `in a
June letter`); its actors are the verb's subjects, each conjoined one too (`Ruiz and Hale
stood face-to-face Thursday`), or, for a participle without one, the subjects of the verb it
hangs from (`Speaking on Sunday, Lopez said`).

Not occasions: a clause in the present or future (`whose seat is on the line on Tuesday`), a
relative, reported or infinitive clause (`who was elected in 2019`, `said the port would reopen
on Friday`), a clause opened by after/before/since (`After suggesting on Wednesday that ...`).
A time inside `after`/`following` still dates the occasion when it is a day on a noun (`was
blunt after Saturday's loss`: the words came the same day); not a gerund, not a year.

DateFinder (dates.py) builds the occasions once per document alongside its statement events and
carries their dates to the actors' undated quotes; this module holds only the parse rules.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from service.nlp.lexicons import load
from service.nlp.tree import children

OCCASION_NOUNS = load("occasion_nouns.txt")

# How far up from a time expression the occasion's verb may be: `on Saturday` → `was` (2: on, was).
MAX_UP = 6
# Clause links that make the verb the article's own telling of the occasion.
MAIN_DEPS = {"ROOT", "conj", "advcl", "xcomp"}
# Subordinators that put an adverbial clause on another event.
OTHER_MARKS = {"after", "although", "because", "before", "if", "once", "since", "though", "unless", "until"}
# Prepositions after which a day on a noun still dates the words: `after Saturday's loss`.
SAME_DAY_PREPS = frozenset({"after", "following"})
# Prepositions that make an occasion noun the venue of the words: `at a rally`, `in an interview`, `during the debate`.
VENUE_PREPS = {"at", "in", "during", "on", "after", "following"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
# Links from a participle up to the finite verb that has its subject and tense: `was guarded when interviewed`.
CLIMB_DEPS = {"advcl", "xcomp", "conj", "acomp"}


def occasion_verb(token: Token) -> Token | None:
    """`Hart was blunt after the loss on Saturday`: from `Saturday` up to `was`; None past MAX_UP links."""
    current = token
    for _ in range(MAX_UP):
        if current.head.i == current.i:
            return None
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            return current
    return None


def is_past(verb: Token) -> bool:
    """`hit back`, `was interviewed`, `had said`: told in the past; not `is`, `will say`, `says`, `has said`."""
    auxes = [c for c in children(verb) if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" or a.tag_ in ("VBZ", "VBP") for a in auxes):
        return False
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return True
    if verb.tag_ == "VBN" and not auxes and any(c.dep_ in SUBJECT_DEPS for c in children(verb)):
        return True  # `Cruz stuck to policy` tagged as a participle: a finite past all the same
    if verb.tag_ in ("VBG", "VBN") and verb.dep_ in CLIMB_DEPS and verb.head.i != verb.i:
        return is_past(verb.head)
    return False


def is_publication(verb: Token) -> bool:
    """`an article published Wednesday`, `an interview aired Monday`: a participle dating the text it follows."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.lemma_.lower() in OCCASION_NOUNS


def is_main_event(verb: Token) -> bool:
    """`Ruiz hit back on Wednesday` / `Speaking on Sunday, Ruiz said`: the article telling an occasion."""
    if is_publication(verb):
        return True
    if verb.dep_ not in MAIN_DEPS:
        return False
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in OTHER_MARKS for c in children(verb)):
        return False
    own_subject = any(c.dep_ in SUBJECT_DEPS for c in children(verb))
    when = any(c.lower_ == "when" for c in children(verb))
    if verb.dep_ == "advcl" and when and own_subject:
        return False  # `calling it strong when it ended the movement in 1989`: another event
    if verb.dep_ == "advcl" and verb.i > verb.head.i and not (when or own_subject):
        return False  # `said X, referring to the 2004 race`: a trailing participle looks elsewhere; `when asked` not
    if any(c.tag_ == "TO" and c.dep_ == "aux" for c in children(verb)):
        return False  # `to defend the plan on Friday`
    return is_past(verb)


def actors(verb: Token) -> list[Token]:
    """`Ruiz and Hale stood face-to-face Thursday` → [Ruiz, Hale]; a participle → its head verb's subjects;
    `a headline from the board reads in an article published Wednesday` → [headline] (named by `from`).
    """
    current = verb
    if is_publication(verb):
        poss = [c for c in children(verb.head) if c.dep_ == "poss"]
        if poss:
            return poss  # `his interview published Friday`
        current = verb.head
        while current.pos_ not in ("VERB", "AUX") and current.head.i != current.i:
            current = current.head
        if current.pos_ not in ("VERB", "AUX"):
            return []
        return [c for c in children(current) if c.dep_ in SUBJECT_DEPS]
    for _ in range(4):
        subjects = [c for c in children(current) if c.dep_ in SUBJECT_DEPS]
        if subjects:
            found = []
            for subject in subjects:
                found.append(subject)
                found.extend(c for c in children(subject) if c.dep_ == "conj")
            return found
        if current.dep_ not in CLIMB_DEPS or current.head.i == current.i:
            return []
        current = current.head
    return []


def on_subject(expr: Span, verb: Token) -> bool:
    """`the two rivals on Thursday night abandoned their attacks`: a time the parser hung on the subject, before
    the verb, is the verb's.
    """
    root = expr.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in ("on", "at", "during") or expr.end > verb.i:
        return False
    return prep.head.dep_ in SUBJECT_DEPS and prep.head.head.i == verb.i


def through_occasions(expr: Span, verb: Token) -> bool:
    """Every common noun between the time and its verb names an occasion: `at a rally Friday night`,
    `during a news conference on Capitol Hill on Wednesday`; not `the operation in 2004`.
    """
    current = expr.root
    if current.dep_ in ("compound", "nmod", "amod", "nummod", "poss"):
        current = current.head  # `a June letter`, `Saturday's loss`: the noun the time sits on
        if current.pos_ == "NOUN" and current.lemma_.lower() not in OCCASION_NOUNS:
            return False
    while current.i != verb.i and current.head.i != current.i:
        if current.pos_ == "NOUN" and current.dep_ == "pobj" and current.head.lower_ not in VENUE_PREPS:
            return False  # `challenged over his statement on Wednesday`: the statement is the topic, not the venue
        current = current.head
        if current.i == verb.i:
            break
        if current.pos_ == "NOUN" and current.lemma_.lower() not in OCCASION_NOUNS:
            return False
    return True
