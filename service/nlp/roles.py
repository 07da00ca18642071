"""The role or title written beside a name: appositives, titles before names, "X's spokesperson".

Roles are read once per document for every person mention; `entities` keeps, per person,
one role (see `better`). Honorifics (Mr., Dr.) are not roles.

Decisions:
- A role is the article's own words: a contiguous slice of the text from its first to its last
  word, whitespace runs (newlines) read as one space, never starting or ending inside a word
  ("all-pro barber", "co-author", "fund-raiser" stay whole), a title abbreviation read as its word
  ("Sen." → "Senator"; "Col" "." as the tokenizer split "Col." → "Colonel"), a leading article, possessive
  pronoun or honorific dropped, no dangling preposition at the end ("author of" before a quoted title → "author").
- What a role is: a title before the name ("Ohio Gov.", "fisherman", "Clinton press secretary",
  "journalist and author", "Oversight ranking Democrat": a title participle the parser made a verb, and a
  party for head, count), an appositive set off by a comma or dash, or right before the name
  when it is a job ("former pollster Ana Ruiz"; never "the bill Ruiz wrote"), nouns coordinated
  under one determiner ("adviser and pollster to Mr. Ruiz"), its prepositional complements, not
  its clauses; a job after a plain present or past "is/was" ("Ruiz is the company's CEO", "Ruiz,
  who was deputy mayor", never "would be"); an organisation's appositive with its article
  ("Greenwatch, an environmental group"); a place-based modifier before the name ("Reno-based pollster Ana
  Ruiz", or alone: "Reno-based Ana Ruiz" → "Reno-based"); an age ("the 45-year-old") only as a description; what a
  `who` clause set off after the name says the person does or did for whom ("Ruiz, who helped found the
  group," → "helped found the group"; verbs in `role_verbs.txt`, past or present, with an object, up to the
  next comma; "who leads in the polls", "who would run" are not), ranked as a description and never a job,
  so any noun role beside the name wins over it.
- Where a role is written (`Role.rank`): beside a name (a title before it, an appositive after
  it, an appositive the name is the appositive of, separated by a comma or dash: "The ministry
  spokesperson, Ana Ruiz,"; "Ruiz is the company's CEO"; "Ruiz, who was deputy mayor"); an
  affiliation only ("CNN's Ana Ruiz", "Ana Ruiz of Acme Corp"); a description that the entity
  index resolves to the person elsewhere ("the former mayor"); last, a role beside a name inside
  someone's quoted words ("“I met FBI Director Ana Ruiz,” he said"), the speaker's words, not the
  article's, used only when the article itself gives none.
- Which role is reported (`better`): one whose head is a job or office (`role_nouns.txt`,
  `occupation_nouns.txt`) over any other noun ("her chief rival"); then the one written beside a
  name over an affiliation over a description; then the one with more words. A role that says
  everything another says and more ("former president" beside "President") refines it.
- The caller passes a predicate of the token positions a role may be read from (`TokenTest`: outside
  quotes for a mention outside quotes; captions, credits and link lines can be excluded the same way,
  see `EntityIndex._in_text`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from service.nlp.lexicons import load, load_pairs
from service.nlp.tree import children

HONORIFICS = load("honorifics.txt")
ROLE_NOUNS = load("role_nouns.txt")
OCCUPATION_NOUNS = load("occupation_nouns.txt")
ROLE_VERBS = load("role_verbs.txt")
TITLE_ABBREVIATIONS = dict(load_pairs("title_abbreviations.txt"))
# the last word of a firm's or institution's name ("Acme Corp.", "Lakeside Institute")
FIRM_WORDS = load("institution_nouns.txt") | {"corp", "inc", "co", "llc", "ltd", "plc", "gmbh", "group", "partners"}

# Modifiers that belong to a title before a name ("Russian Foreign Minister", "ministry spokesperson").
TITLE_DEPS = frozenset({"compound", "amod", "nmod", "poss", "case", "npadvmod", "nummod", "conj", "cc"})
# Parts of an appositive that are not the role ("…, who said …", the closing comma).
APPOS_CUT_DEPS = frozenset({"relcl", "acl", "punct", "cc", "conj", "appos", "advcl"})
# What may follow a role's head noun: "spokeswoman for the ministry", "adviser and pollster".
AFTER_HEAD_DEPS = frozenset({"prep", "cc", "conj", "compound", "nummod", "case"})
# prepositions whose phrase after a description's head is part of it ("senator from Vermont")
DESCRIPTION_PREPS = frozenset({"of", "from", "at"})
# Words that end a title before a name without being part of it.
TITLE_STOP = frozenset({"the", "a", "an", "former", "then", "now", "late", "'s", "\u2019s"})
KEEP_LEADING = frozenset({"former", "acting", "deputy", "then"})
LEADING_DROP = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "now", "also", "'s", "\u2019s"})
LEADING_DROP |= {"neither", "either", "both", "my", "your", "such", "which", "whose", "this", "that", "these", "those"}
DANGLING = frozenset({"ADP", "CCONJ", "DET"})
EDGE_PUNCT = ",.;:-\u2014\u2013()[]\"'\u201c\u201d\u2018\u2019 "
POSSESSIVE = frozenset({"'s", "\u2019s", "'", "\u2019"})
# marks that set an appositive off from the name ("Ana Ruiz, the mayor", "Ana Ruiz — the mayor")
APPOS_MARKS = frozenset({",", "(", "-", "--", "\u2014", "\u2013"})
PLACE_LABELS = frozenset({"GPE", "NORP"})
# labels the tagger gives a firm's name when unsure ("Twitter's Ana Ruiz" tagged as one work of art)
UNSURE = frozenset({"", "WORK_OF_ART", "PRODUCT", "FAC"})

SHOW_WORDS = frozenset({"show", "hour", "program", "podcast"})  # "The Ana Ruiz Show": a show named after its host
QUOTE_MARKS = frozenset({'"', "'", "\u201c", "\u201d", "\u2018", "\u2019", "``", "''"})

# participles that open a title ("ranking member", "acting director") though tagged as verbs
TITLE_PARTICIPLES = frozenset({"ranking", "acting", "managing", "presiding", "outgoing", "incoming", "retiring"})
# a party member named by party ("ranking Democrat Ana Ruiz") has the party in her title
PARTY_HEADS = frozenset({"democrat", "republican"})

# INFERRED: a description whose person only the antecedent rule found ("he stopped attacking the front-runner")
BESIDE, AFFILIATION, DESCRIPTION, INFERRED, QUOTED = 0, 1, 2, 3, 4
TokenTest = Callable[[int], bool]


class Role(NamedTuple):
    """A role phrase, where it was written (BESIDE < AFFILIATION < DESCRIPTION < INFERRED < QUOTED) and whether its
    head is a job."""

    text: str
    rank: int = BESIDE
    job: bool = True


def _everywhere(_: int) -> bool:
    return True


def _is_role_head(token: Token) -> bool:
    """`minister`, `spokesperson` → True; `Moscow`, `70` → False."""
    lower = token.lower_
    if lower in ROLE_NOUNS or token.lemma_.lower() in ROLE_NOUNS or lower in OCCUPATION_NOUNS:
        return True
    return token.pos_ == "NOUN" and token.ent_type_ == "" and token.is_alpha and token.is_lower


def is_job(token: Token) -> bool:
    """`senator`, `Gov.`, `actor-singer`, `biologist` → True; `rival`, `tweet` → False."""
    doc = token.doc
    lo, hi = _whole_word(doc, token.i, token.i)
    words = {doc[lo : hi + 1].text.lower(), token.lower_, token.lemma_.lower()}
    words |= {w for w in re.split(r"[-\u2010]", doc[lo : hi + 1].text.lower()) if w}
    jobs = ROLE_NOUNS | OCCUPATION_NOUNS
    agent = token.pos_ == "NOUN" and len(token.text) > 5 and token.lower_.endswith("ist")  # biologist, pianist
    return bool(words & jobs) or agent or token.lower_ in TITLE_ABBREVIATIONS or _abbreviation(token) is not None


def is_age(token: Token) -> bool:
    """`old` ending `45-year-old` → True: the head of an age used as a description ("the 45-year-old said")."""
    if token.lower_ != "old":
        return False
    lo, hi = _whole_word(token.doc, token.i, token.i)
    return hi == token.i and re.fullmatch(r"\d+-years?-old", token.doc[lo : hi + 1].text.lower()) is not None


def _glued(left: Token, right: Token) -> bool:
    """Two tokens written as one word: `co` `-` `author`, `EB` `-` `5`, `AFL` `-` `CIO`."""
    if left.whitespace_:
        return False
    a, b = left.text[-1:], right.text[:1]
    hyphen = {"-", "\u2010", "\u2011"}
    return (a.isalnum() or a in hyphen) and (b.isalnum() or b in hyphen)


def _whole_word(doc: Doc, lo: int, hi: int) -> tuple[int, int]:
    """Widen the token range [lo, hi] so that it neither starts nor ends inside a written word."""
    while lo > 0 and _glued(doc[lo - 1], doc[lo]):
        lo -= 1
    while hi + 1 < len(doc) and _glued(doc[hi], doc[hi + 1]):
        hi += 1
    return lo, hi


def words_of(doc: Doc, lo: int, hi: int, allowed: TokenTest = _everywhere) -> str | None:
    """The article's words from token `lo` to `hi`: `co-author of the report` (never `- author`)."""
    lo, hi = _whole_word(doc, lo, hi)
    while lo <= hi and (doc[lo].lower_ in LEADING_DROP or doc[lo].lower_ in HONORIFICS or not _wordy(doc[lo])):
        lo += 1
    while hi >= lo and (not _wordy(doc[hi]) or doc[hi].text in POSSESSIVE or doc[hi].pos_ in DANGLING):
        hi -= 1  # "co-author of “…”": a complement in quotes or cut off leaves no dangling "of"
    if lo > hi or not all(allowed(i) for i in range(lo, hi + 1)):
        return None
    parts: list[str] = []
    for t in doc[lo : hi + 1]:
        word = t.text
        full = TITLE_ABBREVIATIONS.get(t.lower_) or _abbreviation(t)
        space = t.whitespace_ or t.is_space
        if full is not None:  # "Sen." → "Senator", "Col" "." → "Colonel"
            word = full.capitalize() if t.text[:1].isupper() else full
            space = space or bool(t.i + 1 < len(doc) and doc[t.i + 1].whitespace_)
        elif t.i > 0 and _split_abbreviation(doc[t.i - 1], t):
            continue  # the dot of a split abbreviation, read with it
        parts.append(word + (" " if space else ""))
    text = re.sub(r"\s+", " ", "".join(parts)).strip(EDGE_PUNCT)
    return text or None


def written_word(token: Token) -> str:
    """`runner` in `front-runner` → `front-runner`: the whole written word the token is part of."""
    lo, hi = _whole_word(token.doc, token.i, token.i)
    return token.doc[lo : hi + 1].text


def _abbreviation(t: Token) -> str | None:
    """`Col` followed by a glued `.` (the tokenizer split `Col.`) → `colonel`; anything else → None."""
    doc = t.doc
    if t.i + 1 >= len(doc) or not _split_abbreviation(t, doc[t.i + 1]):
        return None
    return TITLE_ABBREVIATIONS[t.lower_ + "."]


def _split_abbreviation(word: Token, dot: Token) -> bool:
    """`Sgt` `.` written as `Sgt.`: a title abbreviation the tokenizer cut before its dot."""
    return dot.text == "." and not word.whitespace_ and word.lower_ + "." in TITLE_ABBREVIATIONS


def _wordy(t: Token) -> bool:
    """`Senator`, `5`, `Sen.` → True; `,`, `>`, a line break → False."""
    return any(ch.isalnum() for ch in t.text)


def title_before(name: Span, allowed: TokenTest = _everywhere) -> Role | None:
    """`Russian Foreign Minister Sergey Lavrov` → `Russian Foreign Minister`; `Mr. Kirby` → None."""
    doc = name.doc
    start = name.start
    # tokens inside the entity span that are titles ("President Vladimir Putin" tagged whole)
    inner = 0
    while inner < len(name) - 1:
        if name[inner].lower_ in ROLE_NOUNS or name[inner].lower_ in TITLE_ABBREVIATIONS:
            inner += 1
        elif name[inner].lower_ in OCCUPATION_NOUNS and len(name) - inner >= 3:
            inner += 1  # "Striker Lena Vogel" tagged whole
        elif inner < len(name) - 2 and _split_abbreviation(name[inner], name[inner + 1]):
            inner += 2  # "Sgt" "." inside the tagged name
        else:
            break
    i = start - 1
    in_name = set(range(name.start, name.end))
    honorific = inner == 0 and i >= 1 and doc[i].lower_ in HONORIFICS and not doc[i - 1].is_punct
    if honorific:  # "National Security editor Dr. Ana Ruiz": the title stands before the honorific
        in_name.add(i)
        i -= 1
    end = i
    while i >= 0:
        t = doc[i]
        if t.lower_ in HONORIFICS or (t.lower_ in TITLE_STOP and t.lower_ not in KEEP_LEADING):
            break
        if t.text in {"-", "&"} and i > 0 and not doc[i - 1].whitespace_ and not t.whitespace_:
            i -= 1  # "AFL-CIO President", "AT&T chief" (not a dateline's "S.C. - Democratic front-runner")
            continue
        if t.is_space and "\n" not in t.text and i > 0:
            i -= 1  # a no-break space between the words of a title
            continue
        if i > 0 and _split_abbreviation(doc[i - 1], t):
            i -= 1  # "Col" "." as the tokenizer split "Col.": the abbreviation is read next
            continue
        based = t.lower_ == "based" and t.dep_ == "amod" and i > 1 and _glued(doc[i - 1], t)  # "Texas-based"
        if t.lower_ in TITLE_PARTICIPLES and i < end:
            in_name.add(i)  # "ranking Democrat", "acting director": the parser often makes it a verb
            i -= 1
            continue
        if t.is_punct or t.is_space or t.like_num or (t.pos_ in {"VERB", "AUX", "ADP"} and not based):
            break
        if t.ent_type_ in PLACE_LABELS and _is_title_word(doc[i + 1]) and i + 1 < start + inner:
            i -= 1  # "Ohio Gov. Ann Ruiz" whatever the parse made of Ohio
            continue
        if t.dep_ in {"conj", "cc"} and not _coordinated_job(t):
            break  # "journalist and author Ana Ruiz", not "Berg and Governor Ana Ruiz"
        if t.ent_type_ == "PERSON" and (t.head.i in in_name or not _is_role_head(t.head)):
            break  # another name; but "Clinton press secretary Ana Ruiz" keeps whom the title serves
        if t.dep_ not in TITLE_DEPS and t.head.i not in in_name:
            break
        head = t.head
        # the chain must end inside the name (not a modifier of a later noun)
        while head.i not in in_name and head.i < name.start and head.dep_ in TITLE_DEPS and head != head.head:
            head = head.head
        if head.i not in in_name:
            break
        i -= 1
    lo, hi = i + 1, (end if honorific else start + inner - 1)
    while lo <= hi and doc[lo].text in POSSESSIVE:
        lo += 1
    tokens = list(doc[lo : hi + 1])
    if not tokens or not any(_is_role_head(t) or is_job(t) or t.lower_ in PARTY_HEADS | {"based"} for t in tokens):
        return None  # a title has a role noun; "Texas-based Ana Ruiz" says where she works from
    job = is_job(tokens[-1])
    if not job and lo > 0 and doc[lo - 1].lower_ in {"the", "a", "an"} and all(t.lower_ != "based" for t in tokens):
        return None  # "the bill Ruiz wrote", "the account Ruiz follows": a noun the name's clause modifies
    text = words_of(doc, lo, hi, allowed)
    return Role(text, BESIDE, job) if text else None


def _coordinated_job(t: Token) -> bool:
    """`author` in `journalist and author`, or its `and`: coordination between lowercase nouns."""
    noun = t if t.dep_ == "conj" else t.head
    return noun.pos_ == "NOUN" and noun.is_lower and (t.dep_ == "conj" or t.head.is_lower)


def _is_title_word(token: Token) -> bool:
    return token.lower_ in ROLE_NOUNS or token.lower_ in TITLE_ABBREVIATIONS


def _set_off(doc: Doc, left: int, right: int) -> bool:
    """A comma, dash or parenthesis between token `left` and token `right` (the appositive is set off)."""
    return any(doc[k].text in APPOS_MARKS for k in range(left + 1, right))


def appositive(name: Span, allowed: TokenTest = _everywhere) -> Role | None:
    """`Zamir Kabulov, the president's special envoy to Afghanistan,` → `president's special envoy to Afghanistan`."""
    root = name.root
    doc = name.doc
    # "according to the city's transport commissioner, Li Wei, the trams will run": the name is itself the
    # apposition of the job before it, so a noun set off after it is the clause going on (parsed as appos)
    before = job_before_comma(name)
    if before is not None:
        return _phrase(before, stop=name.start - 1, allowed=allowed)
    for child in children(root):
        if (
            child.dep_ == "appos"
            and child.i >= name.end
            and _is_role_head(child)
            and child.ent_type_ != "PERSON"
            and _set_off(doc, name.end - 1, child.left_edge.i)
        ):
            return _phrase(child, allowed=allowed)
    # "The port authority's spokesperson, Ana Ruiz," (name is the appositive); with no comma,
    # only a job right before the name ("former pollster Ana Ruiz", not "the bill Ruiz opposed")
    head = root.head
    if (
        root.dep_ == "appos"
        and head.i < name.start
        and _is_role_head(head)
        and (_set_off(doc, head.i, name.start) or (_right_before(head, name.start) and is_job(head)))
    ):
        return _phrase(root.head, stop=name.start, allowed=allowed)
    return None


def job_before_comma(name: Span) -> Token | None:
    """`the city's transport commissioner, Li Wei.` → `commissioner`: a job noun, a comma, then the name closing
    its clause (an apposition, however the parser attached it)."""
    doc = name.doc
    if name.start < 2 or doc[name.start - 1].text != "," or name.root.dep_ == "appos":
        return None
    after = doc[name.end] if name.end < len(doc) else None
    if after is not None and not (after.is_punct or after.is_space):
        return None  # "the governor, Ruiz said": a clause, not an apposition
    head = doc[name.start - 2]
    if head.pos_ != "NOUN" or not is_job(head) or not any(c.dep_ in {"det", "poss"} for c in children(head)):
        return None
    return head


def _right_before(head: Token, start: int) -> bool:
    """`pollster` right before `Ana Ruiz`, or `biologist and author` (its conjunct), or `editor Dr.` right before it."""
    between = head.doc[head.i + 1 : start]
    joined = {t.i for c in children(head) if c.dep_ in {"cc", "conj"} and c.i > head.i for t in c.subtree}
    return all((t.i in joined and t.is_lower) or t.lower_ in HONORIFICS for t in between)


def copula(name: Span, allowed: TokenTest = _everywhere) -> Role | None:
    """`Ana Ruiz is the company's chief executive` / `Ana Ruiz, who was deputy mayor,` → the job after the verb."""
    root = name.root
    verb: Token | None = None
    if root.dep_ in {"nsubj", "nsubjpass"} and root.head.lemma_ == "be":
        verb = root.head
    else:
        who = (c for c in children(root) if c.dep_ == "relcl" and c.lemma_ == "be")
        verb = next((c for c in who if any(g.lower_ == "who" and g.dep_ == "nsubj" for g in children(c))), None)
    if verb is None or verb.tag_ not in {"VBZ", "VBD"} or any(c.dep_ in {"aux", "neg", "mark"} for c in children(verb)):
        return None  # "Ruiz would be president", "Ruiz is not the mayor", "if Ruiz were mayor"
    attr = next((c for c in children(verb) if c.dep_ == "attr"), None)
    if attr is None or attr.ent_type_ == "PERSON" or not _is_role_head(attr) or not is_job(attr):
        return None
    return _phrase(attr, allowed=allowed)


CLAUSE_CUT = frozenset({"advcl", "conj", "cc", "relcl", "ccomp"})
STANDINGS = frozenset({"poll", "field", "pack", "race"})
HELP = frozenset({"help", "helps", "helped"})  # the tagger leaves "helped" unlemmatised as an auxiliary


def _aux(t: Token) -> str:
    return "help" if t.lower_ in HELP else t.lemma_.lower()


def _role_verb(clause: Token) -> Token | None:
    """The verb of a `who` clause that says what someone does: `who runs the clinic` → runs; `who helped found
    the group` → found (help read as an auxiliary or with its complement)."""
    if clause.lemma_.lower() in ROLE_VERBS:
        return clause
    if clause.lower_ in ROLE_VERBS and any(c.dep_ == "aux" and _aux(c) == "help" for c in children(clause)):
        return clause  # "helped found": the bare verb, which the tagger may read as a form of "find"
    if _aux(clause) == "help":
        return next((c for c in children(clause) if c.dep_ == "xcomp" and c.lemma_.lower() in ROLE_VERBS), None)
    return None


def who_does(name: Span, allowed: TokenTest = _everywhere) -> Role | None:
    """`Ana Ruiz, who helped found the group, said` → `helped found the group`: what a `who` clause set off
    after the name says she does or did, up to the next comma; past or present, with an object or complement
    ("who is running second", "who would lead", "who worked hard" are not)."""
    doc = name.doc
    for clause in children(name.root):
        auxes = {_aux(c) for c in children(clause) if c.dep_ in {"aux", "auxpass", "neg"}}
        perfect = clause.tag_ == "VBN" and auxes & {"help", "have"}  # "who helped found", "who has run"
        if clause.dep_ != "relcl" or clause.i < name.end or not (clause.tag_ in {"VBD", "VBZ", "VBP"} or perfect):
            continue
        who = next((c for c in children(clause) if c.dep_ == "nsubj" and c.lower_ == "who"), None)
        if who is None or not _set_off(doc, name.end - 1, who.i):
            continue
        verb = _role_verb(clause)
        if verb is None or auxes - {"help", "have"}:
            continue  # "who would lead", "who did not run", "who was named"
        objects = [c for c in children(verb) if c.dep_ in {"dobj", "prep", "attr"} and c.i > verb.i]
        if not objects or any(
            (c.dep_ == "dobj" and c.ent_type_ == "PERSON" and verb.lemma_ == "lead")
            or any(t.lemma_.lower() in STANDINGS for t in c.subtree)
            for c in objects
        ):
            continue  # "who leads Ruiz in the polls", "who led the field": a standing in a race, not a role
        cut = {t.i for v in {clause, verb} for c in children(v) if c.dep_ in CLAUSE_CUT for t in c.subtree}
        hi = who.i
        for t in doc[who.i + 1 : max(t.i for o in objects for t in o.subtree) + 1]:
            if t.i in cut or t.text in APPOS_MARKS or t.text == ";":
                break  # "who worked for the governor before he left", "who founded it, and wrote …"
            hi = t.i
        text = words_of(doc, who.i + 1, hi, allowed)
        if text:
            return Role(text, DESCRIPTION, False)
    return None


def affiliation(name: Span, allowed: TokenTest = _everywhere) -> Role | None:
    """`CNN's Ana Ruiz` → `CNN`; `Ana Ruiz of Acme Corp` → `Acme Corp`: whom the person works for, no job said."""
    doc = name.doc
    k = name.start - 1
    owner = doc[k - 1] if k >= 1 and doc[k].text in POSSESSIVE else None
    if owner is not None and (owner.ent_type_ == "ORG" or (owner.pos_ == "PROPN" and owner.ent_type_ in UNSURE)):
        lo = k - 1
        label = owner.ent_type_
        while lo > 0 and doc[lo - 1].ent_type_ == label and doc[lo - 1].pos_ == "PROPN" and doc[lo].ent_iob_ != "B":
            lo -= 1
        text = words_of(doc, lo, k - 1, allowed)
        return Role(text, AFFILIATION, False) if text else None
    of = doc[name.end] if name.end < len(doc) else None
    if of is None or of.lower_ != "of" or of.head != name.root:
        return None
    obj = next((c for c in children(of) if c.dep_ == "pobj"), None)
    if obj is None or obj.ent_type_ in PLACE_LABELS or not any(_names_firm(t) for t in obj.subtree):
        return None
    role = _phrase(obj, allowed=allowed)
    return Role(role.text, AFFILIATION, False) if role else None


def host_of(show: Token, allowed: TokenTest = _everywhere) -> tuple[Token, Role] | None:
    """`MSNBC's “The Ana Ruiz Show”` at `Show` → (`Ruiz`, `MSNBC`): a show named after its host, the outlet
    owning it (a possessive before the title) is the host's affiliation."""
    doc = show.doc
    if show.lower_ not in SHOW_WORDS or not show.is_title or show.i < 4:
        return None
    surname = doc[show.i - 1]
    if not (surname.is_title and surname.pos_ == "PROPN" and doc[show.i - 2].is_title):
        return None
    k = show.i - 3  # before the given name: "The", an opening quote mark, then the possessive
    while k > 0 and (doc[k].lower_ == "the" or doc[k].text in QUOTE_MARKS):
        k -= 1
    if k < 1 or doc[k].text not in POSSESSIVE:
        return None
    owner = doc[k - 1]
    if not (owner.ent_type_ == "ORG" or (owner.pos_ == "PROPN" and owner.ent_type_ in UNSURE)):
        return None
    text = words_of(doc, _name_start(doc, k - 1), k - 1, allowed)
    return (surname, Role(text, AFFILIATION, False)) if text else None


def _name_start(doc: Doc, last: int) -> int:
    """`Fox Business` before `'s` (`last` at Business) → the index of `Fox`: the first word of the owner's name."""
    lo, label = last, doc[last].ent_type_
    while lo > 0 and doc[lo - 1].ent_type_ == label and doc[lo - 1].pos_ == "PROPN" and doc[lo].ent_iob_ != "B":
        lo -= 1
    return lo


def _names_firm(t: Token) -> bool:
    """`Acme` (tagged ORG), `Corp.` in an untagged `Acme Corp.`: a word of an organisation's name."""
    if t.ent_type_ == "ORG":
        return True
    return t.pos_ == "PROPN" and t.ent_type_ == "" and t.lower_.rstrip(".") in FIRM_WORDS


def _phrase(
    head: Token, stop: int | None = None, allowed: TokenTest = _everywhere, preps: frozenset[str] | None = None
) -> Role | None:
    """The role phrase headed by `head`: its modifiers and complements, not a clause or a second appositive.

    Nouns coordinated under one determiner are one role ("a former adviser and pollster to Ruiz");
    a conjunct with its own determiner is another ("a lawyer and a friend of the family" → lawyer).
    """
    doc = head.doc
    lo0, hi0 = _whole_word(doc, head.i, head.i)
    keep: list[Token] = []
    stack = list(doc[lo0 : hi0 + 1])
    while stack:
        t = stack.pop()
        keep.append(t)
        for c in children(t):
            named = c.dep_ == "appos" and c.i > t.i and not _set_off(doc, t.i, c.left_edge.i)  # "the site Pando"
            if c.dep_ in APPOS_CUT_DEPS and not _shared_conj(t, c) and not named:
                continue
            if stop is not None and c.i >= stop:
                continue
            if t.i == head.i and c.i > head.i and c.dep_ not in AFTER_HEAD_DEPS:
                continue  # "the governor, barely qualified for …", "governor there": not the role
            after_head = t.i == head.i and c.i > head.i and c.dep_ == "prep"
            if after_head and preps is not None and not _noun_complement(c, preps):
                continue  # "criticism of the nominee for her emails": the verb's, not the role's
            stack.append(c)
    idx = {t.i for t in keep}
    # a hyphen glued inside a word ("two-time") belongs to the run though the parse calls it punctuation
    idx |= {k for k in range(min(idx), max(idx)) if k - 1 in idx and k + 1 in idx and _glued(doc[k - 1], doc[k])}
    lo = lo0
    while lo - 1 in idx:
        lo -= 1
    hi = hi0
    while hi + 1 in idx:
        hi += 1
    text = words_of(doc, lo, hi, allowed)
    return Role(text, BESIDE, is_job(head)) if text else None


def _noun_complement(prep: Token, preps: frozenset[str]) -> bool:
    """`from Vermont` in `senator from Vermont` → True; `for her emails`, `of politicizing it` (preps `of`,
    `from`) → False."""
    return prep.lower_ in preps and any(c.dep_ == "pobj" for c in children(prep))


def _shared_conj(head: Token, child: Token) -> bool:
    """`adviser` `and` `pollster`: a conjunct noun (or its `and`) without a determiner of its own."""
    if head.pos_ != "NOUN":
        return False
    if child.dep_ == "cc":
        return any(c.dep_ == "conj" and _bare_noun(c) for c in children(head))
    return child.dep_ == "conj" and _bare_noun(child)


def _bare_noun(t: Token) -> bool:
    return t.pos_ == "NOUN" and t.is_lower and not any(c.dep_ in {"det", "poss"} for c in children(t))


def roles_of(name: Span, allowed: TokenTest = _everywhere) -> list[Role]:
    """Every role phrase written beside this mention of a name, read only from tokens `allowed` admits."""
    finders = (title_before, appositive, copula, affiliation, who_does)
    return [r for r in (f(name, allowed) for f in finders) if r is not None]


def description_of(name: Span, allowed: TokenTest = _everywhere) -> list[Role]:
    """An organisation's description in apposition: `Greenwatch, an environmental group,` → `environmental group`."""
    role = appositive(name, allowed)
    head = next((c for c in children(name.root) if c.dep_ == "appos" and c.i >= name.end), None)
    if role is None or head is None or not any(c.lower_ in {"a", "an", "the"} for c in children(head)):
        return []  # "On Zero Hedge, similar statements …": no apposition without its article
    return [role]


def description(head: Token, allowed: TokenTest = _everywhere, preps: frozenset[str] | None = None) -> Role | None:
    """`the former mayor of Lyon` (a description of someone named elsewhere) → `former mayor of Lyon`; with
    `preps`, only complements after those prepositions with a noun object (`DESCRIPTION_PREPS`: for a description
    in a verb's object, where the parser often hangs the verb's own on it, "the nominee for her emails")."""
    role = _phrase(head, allowed=allowed, preps=preps)
    return role._replace(rank=DESCRIPTION) if role is not None else None


def better(new: Role, old: Role | None) -> bool:
    """Report `new` over `old`? A job over any noun, then beside a name over elsewhere, then more words;
    a role that says all the other says and more refines it (`former president` over `President`)."""
    if old is None:
        return True
    nw, ow = _content(new.text), _content(old.text)
    if ow < nw and new.job >= old.job:
        return True
    if nw <= ow:
        return False
    return (new.job, -new.rank, len(new.text.split())) > (old.job, -old.rank, len(old.text.split()))


def _content(text: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in {"the", "of", "a", "an", "s"})
