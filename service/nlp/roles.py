"""The role or title written beside a name: appositives, titles before names, "X's spokesperson".

Roles are read once per document for every person mention; `entities` keeps, per person,
the fullest role phrase found anywhere in the text. Honorifics (Mr., Dr.) are not roles.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from service.nlp.lexicons import load, load_pairs

HONORIFICS = load("honorifics.txt")
ROLE_NOUNS = load("role_nouns.txt")
TITLE_ABBREVIATIONS = dict(load_pairs("title_abbreviations.txt"))

# Modifiers that belong to a title before a name ("Russian Foreign Minister", "ministry spokesperson").
TITLE_DEPS = frozenset({"compound", "amod", "nmod", "poss", "case", "npadvmod", "nummod"})
# Parts of an appositive that are not the role ("…, who said …", the closing comma).
APPOS_CUT_DEPS = frozenset({"relcl", "acl", "punct", "cc", "conj", "appos", "advcl"})
# Words that end a title before a name without being part of it.
TITLE_STOP = frozenset({"the", "a", "an", "former", "then", "now", "late", "'s", "\u2019s"})
KEEP_LEADING = frozenset({"former", "acting", "deputy", "then"})


def _is_role_head(token: Token) -> bool:
    """`minister`, `spokesperson` → True; `Moscow`, `70` → False."""
    lower = token.lower_
    if lower in ROLE_NOUNS or token.lemma_.lower() in ROLE_NOUNS:
        return True
    return token.pos_ == "NOUN" and token.ent_type_ == "" and token.is_alpha and token.is_lower


def _clean_words(tokens: list[Token]) -> str:
    words: list[str] = []
    for t in tokens:
        lower = t.lower_
        if lower in HONORIFICS:
            continue
        word = t.text
        if lower in TITLE_ABBREVIATIONS:  # "Sen." → "Senator"
            full = TITLE_ABBREVIATIONS[lower]
            word = full.capitalize() if t.text[:1].isupper() else full
        if words and t.text in {"'s", "\u2019s"}:
            words[-1] += t.text
            continue
        words.append(word)
    while words and words[0].lower() in {"the", "a", "an", ",", "his", "her", "their", "its", "our", "now", "also"}:
        words.pop(0)
    while words and words[-1] in {",", ".", ";", ":", "-", "\u2014", "\u2013", "(", ")"}:
        words.pop()
    return " ".join(words).replace(" ,", ",").replace("( ", "(").replace(" )", ")").replace(" - ", "-")


def title_before(name: Span) -> str | None:
    """`Russian Foreign Minister Sergey Lavrov` → `Russian Foreign Minister`; `Mr. Kirby` → None."""
    doc = name.doc
    start = name.start
    # tokens inside the entity span that are titles ("President Vladimir Putin" tagged whole)
    inner = 0
    while inner < len(name) - 1 and (name[inner].lower_ in ROLE_NOUNS or name[inner].lower_ in TITLE_ABBREVIATIONS):
        inner += 1
    i = start - 1
    in_name = set(range(name.start, name.end))
    while i >= 0:
        t = doc[i]
        if t.lower_ in HONORIFICS or (t.lower_ in TITLE_STOP and t.lower_ not in KEEP_LEADING):
            break
        if t.text in {"-", "&"} and i > 0 and not doc[i - 1].is_space:
            i -= 1  # "AFL-CIO President", "AT&T chief"
            continue
        if t.is_punct or t.is_space or t.ent_type_ == "PERSON" or t.like_num or t.pos_ in {"VERB", "AUX", "ADP"}:
            break
        if t.dep_ not in TITLE_DEPS and t.head.i not in in_name:
            break
        head = t.head
        # the chain must end inside the name (not a modifier of a later noun)
        while head.i not in in_name and head.i < name.start and head.dep_ in TITLE_DEPS and head != head.head:
            head = head.head
        if head.i not in in_name:
            break
        i -= 1
    tokens = list(doc[i + 1 : start]) + list(name[:inner])
    tokens = _trim_possessor(tokens)
    if not tokens or not any(_is_role_head(t) or t.lower_ in TITLE_ABBREVIATIONS for t in tokens):
        return None
    return _clean_words(tokens) or None


def _trim_possessor(tokens: list[Token]) -> list[Token]:
    """`Trump's campaign manager` keeps the possessor; a bare leading "'s" is dropped."""
    while tokens and tokens[0].text in {"'s", "\u2019s"}:
        tokens = tokens[1:]
    return tokens


def appositive(name: Span) -> str | None:
    """`Zamir Kabulov, the president's special envoy to Afghanistan,` → `president's special envoy to Afghanistan`."""
    root = name.root
    for child in root.children:
        if child.dep_ == "appos" and child.i >= name.end and _is_role_head(child) and child.ent_type_ != "PERSON":
            return _phrase(child)
    # "The US National Security Council spokesperson, John Kirby," (name is the appositive)
    if root.dep_ == "appos" and root.head.i < name.start and _is_role_head(root.head):
        return _phrase(root.head, stop=name.start)
    return None


def _phrase(head: Token, stop: int | None = None) -> str | None:
    keep: list[Token] = []
    stack = [head]
    while stack:
        t = stack.pop()
        keep.append(t)
        for c in t.children:
            if c.dep_ in APPOS_CUT_DEPS:
                continue
            if stop is not None and c.i >= stop:
                continue
            stack.append(c)
    keep.sort(key=lambda t: t.i)
    # a contiguous run around the head only
    run: list[Token] = []
    idx = {t.i for t in keep}
    lo = head.i
    while lo - 1 in idx:
        lo -= 1
    hi = head.i
    while hi + 1 in idx:
        hi += 1
    run = [head.doc[i] for i in range(lo, hi + 1)]
    text = _clean_words(run)
    return text or None


def roles_of(name: Span) -> list[str]:
    """Every role phrase written beside this mention of a name."""
    found = [r for r in (title_before(name), appositive(name)) if r]
    return found
