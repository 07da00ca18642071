"""Whether a quote stands as a sentence of its own (full) or sits inside the writer's (partial).

`classify` returns None for quoted words nobody is quoted as saying: titles of shows, books and films
(`told NBC’s “Meet the Press”`, `the film “Summer Nights”`), nicknames inside a name
(`Gov. Ray “Buddy” Hollis`) and short verbless quoted lines standing alone as subheads. In
a title-case headline every word is capitalised, so there nothing is dropped.

`only_named` then decides, once the sieves have attributed a partial quote, whether anyone said
the words: a partial quote is returned only when someone said or wrote them. Words the writer
names (`the so-called “reform”`, `known as the “green box”`, `an app called “Tracker Plus”`,
`was named “Gull”`), mentions as words (`whether “she” will run`) or, with no cue beside them,
uses as a term (`the term “pivot”`, `the “strong man” cliché`) are not returned. PolNeAR's
annotators mark many such phrases as partial quotes (about half of the cue-less ones), while the
resolved set marks them `not_a_quote`; only these named shapes are dropped, so dev partial recall
stays above 0.97. A bare title-case phrase after an article (`the bipartisan “Grand Bargain”`)
is kept: on PolNeAR dev and train as many were annotated quotes as not.

Everything is read from a few tokens and characters around the marks (the document's text is
built once and sliced), so classifying costs the same for a long article as for a short one.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from service.nlp.cues import is_speech_verb
from service.nlp.marks import QuoteSpan
from service.nlp.types import Kind

_WINDOW = 60  # characters of context read on each side of a quote
_TEXT_KEY = "kinds.text"  # doc.user_data key of the document's text, built once per document

# What stands before the opening mark (whitespace skipped).
_SENTENCE_END = frozenset(".!?")
_CLAUSE_OPEN = frozenset(":")
_COMMA = frozenset(",;")
_DASH = frozenset("\u2014\u2013-")
_CLOSING_MARKS = frozenset("\u201d\u2019\"'\u00bb")
_MARK_CHARS = frozenset("\u201c\u201d\u2018\u2019\"'`\u00ab\u00bb\u201e\u201a\u2039\u203a")

# Broadcasters and publishers whose shows are named in quotes: `CNN’s “State of the Union”`.
_OUTLET_BEFORE = re.compile(
    r"\b(?:ABC|NBC|CBS|CNN|MSNBC|Fox(?: News(?: Channel)?| Business)?|PBS|HBO|NPR|CNBC|C-SPAN|ESPN|Bloomberg"
    r"|Comedy Central|Showtime|Netflix|TLC|Bravo|MTV|BET|Univision|Telemundo|TNT|AMC|FX|Hulu|SiriusXM|Sirius)"
    r"(?:['\u2019]s?)?\s*$"
)
# Nouns that announce the title of a work: `his book “…”`, `the ad, titled “…”`.
_WORK_BEFORE = re.compile(
    r"\b(?:show|program|programme|book|film|movie|documentary|series|album|song|column|editorial|op-ed|article"
    r"|headline|titled|entitled|memoir|novel|magazine|podcast|ad|advertisement|spot|video|segment|episode|play"
    r"|musical|sitcom|drama|comedy|special|essay|poem|single|newsletter|author of|co-author of|host of|star of"
    r"|revival of|version of|season of|episode of|appearance on|appeared on|appear on|interview on|starred in"
    r"|stars in|acting in|anthem|hymn|commentary|blog|website|app|concert|exhibit|exhibition|tour|thriller"
    r"|miniseries|docuseries|game|opera|ballet|painting|hashtag)\s*,?\s*$",
    re.IGNORECASE,
)
# ... or after it: `“Madam Mayor” star Ann Lee`, `“Night Desk,” an HBO drama`.
_WORK_AFTER = re.compile(
    r"^,?\s+(?:[a-z]+\s+)?(?:star|actress|actor|host|co-host|anchor|creator|producer|author|podcast|show|series"
    r"|episode|segment|program|TV|movie|film|book|drama|sitcom|app|website|tour|concert|exhibit|slogan|hats?"
    r"|(?:T-)?shirts?|signs?|banners?|stickers?|plates?|on\s+(?:ABC|NBC|CBS|CNN|MSNBC|Fox|HBO|Netflix|Showtime|PBS)"
    r"|(?:is\s+)?an?\s+\w+\s+(?:drama|series|show|comedy|sitcom|film|movie))\b"
)
# ... in a title-case headline, a person known by the work: `‘Harbor Lights’ Star Ann Vale`.
_HEADLINE_WORK_AFTER = re.compile(r",?\s+(?:Star|Actress|Actor|Host|Co-Host|Anchor|Creator|Author|Director)\s+[A-Z]")
# A preposition before a title-case quote: `on “Face the Nation”`, `in “Twin Peaks”`.
_PREPOSITION_BEFORE = re.compile(r"\b(?:[Oo]n|[Ii]n|[Ff]rom|of)\s*$")
# ... unless it is a chant or a cry: `chants of “Feel the Bern!”` is someone's words.
_VOICED_BEFORE = re.compile(r"\b(?:chants?|chanting|cries|cry|calls|shouts?|strains|signs?|banners?)\s+of\s*$", re.I)
# A bracketed stage direction in a transcript: `"(CROSSTALK)`, `"(APPLAUSE.)"`.
_STAGE_DIRECTION = re.compile(r"\s*[(\[][^()\[\]]*[)\]]\.?\s*")
_SMALL_WORDS = frozenset(
    {"a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "with", "by", "from", "as", "vs", "but"}
)
_WORD = re.compile(r"[^\W_][\w'\u2019.-]*")  # a word of a title: `13th` too
_LETTER_WORD = re.compile(r"[^\W\d_][\w'\u2019.-]*")
_MAX_TITLE_WORDS = 8
_MAX_NICKNAME_WORDS = 2
_MAX_APPOSITIVE_TITLE_WORDS = 12
_WINDOW_TOKENS = 15
_HEADLINE_WORDS = 3
_MAX_SUBHEAD_TOKENS = 8
_VERB_TAGS = frozenset({"VERB", "AUX"})
# Sieves whose attribution rests on a cue: a speech verb or noun, a label, a credit, a document.
_CUED_RULES = frozenset(
    {"speech_cue_after", "speech_cue_before", "speech_cue_colon", "clause_subject", "nearest_cue", "according_to"}
    | {"noun_cue", "run_in_label", "quoted_as_saying", "trailing_credit", "colon_intro", "speaker_label"}
    | {"document_speaker", "previous_sentence_cue", "headline_subject"}
)
_LANGUAGES = frozenset(
    {"Spanish", "French", "German", "Italian", "Portuguese", "Arabic", "Hebrew", "Latin", "Greek", "Russian"}
    | {"Chinese", "Mandarin", "Cantonese", "Japanese", "Korean", "Hindi", "Urdu", "Turkish", "Persian", "Farsi"}
    | {"Dutch", "Swedish", "Norwegian", "Danish", "Polish", "Ukrainian", "Yiddish", "Swahili", "Tagalog", "Creole"}
    | {"Gaelic", "Welsh", "Maori", "Afrikaans", "Zulu", "slang", "shorthand", "code"}
)
# The writer names the words: `so-called “reform”`, `known (to fans) as “the Rock”`, or glosses a foreign
# one: `Brujas, Spanish for “witches”`, `#PortesOuvertes (“open doors”)`, `meaning “open door”`.
_NAMING_BEFORE = re.compile(
    r"(?:\b(?i:so[- ]+called|known(?:\s+[\w-]+){0,4}\s+as)"
    r"|\b(?:meaning|which means|literally|translated as|translates as|(?:" + "|".join(sorted(_LANGUAGES)) + r") for)"
    r"|#\w+\s*\()\s*(?:the|an?)?\s*,?\s*$",
)
_NAMING_VERBS = frozenset({"called", "named", "titled", "entitled", "dubbed", "nicknamed", "billed", "labeled"})
_ARTICLES = frozenset({"a", "an", "the"})
_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "me"})
# A word naming the quote as a term: `the term “pivot”`, `its nickname, “the Rock”`.
_TERM_BEFORE = re.compile(
    r"\b(?:the|an?|its|his|her|their|our|this|that)\s+(?:[\w-]+\s+)?(?:term|word|phrase|label|nickname|moniker"
    r"|hashtag|slogan|motto|acronym|buzzword|catchphrase|expression)s?\s*,?\s*$",
    re.I,
)
# A short quote listed before or after this one: `“synergy,” “pivot” and ` / `, “pivot” and “optics”`.
_OPEN = "\u201c\u2018\"'"
_CLOSE = "\u201d\u2019\"'"
_LIST_ITEM_BEFORE = re.compile(
    rf"[{_OPEN}](?P<words>[^{_OPEN}{_CLOSE}\n]{{1,40}})[{_CLOSE}],?\s+(?:(?:and|or)\s+)?[{_OPEN}]?$"
)
_LIST_ITEM_AFTER = re.compile(rf"^,?\s+(?:(?:and|or)\s+)?[{_OPEN}](?P<words>[^{_OPEN}{_CLOSE}\n]{{1,40}})[{_CLOSE}]")
_MAX_LIST_ITEM_WORDS = 2
_MIN_LIST_ITEMS = 3
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "nummod"})
_MAX_MODIFIER_TOKENS = 4


def classify(doc: Doc, quote: QuoteSpan) -> Kind | None:
    """`“We won,” she said.` → full; `called it “a gift”` → partial; `on NBC’s “Today”` → None."""
    before = _text_before(doc, quote.open_at)
    inner = _text(doc, quote.start, quote.end)
    after = _text_after(doc, quote.close_at)
    if _STAGE_DIRECTION.fullmatch(inner):
        return None
    if _in_headline(before, after):
        if _HEADLINE_WORK_AFTER.match(after) and 0 < len(_WORD.findall(inner)) <= _MAX_TITLE_WORDS:
            return None  # `‘Harbor Lights’ Star Ann Vale Moves To Ohio`: the show its star is known by
        return "full" if _stands_alone(doc, quote, before, inner, after) else "partial"
    if _is_title(before, inner, after) or _is_nickname(before, inner, after) or _is_subhead(doc, quote, before, after):
        return None
    if _appositive_title(before, inner, after) and not _reported(doc, quote):
        return None
    return "full" if _stands_alone(doc, quote, before, inner, after) else "partial"


def only_named(doc: Doc, quote: QuoteSpan, rule: str | None, speaker: Token | None = None) -> bool:
    """`a class called “Perception”`, `the “sex tape” reference` → True; `she called it “a gift”` → False.

    A partial quote is someone's words only when someone said or wrote them: quoted words the
    writer names (`so-called`, `known as`, `a show named`), mentions as words (`“she”`), or uses
    as a term with no cue beside them (`the term “pivot”`, a quote modifying the noun after it)
    are not returned. `rule` is the sieve that attributed the quote, `speaker` the offset of the head of
    the mention it credits.
    """
    before = _text_before(doc, quote.open_at)
    inner = _text(doc, quote.start, quote.end)
    if _NAMING_BEFORE.search(before) or _mentioned_word(inner) or _named_by_participle(doc, quote):
        return True
    if speaker is not None and _modifies_noun(doc, quote, speaker.idx):
        return True  # `the “black box” warning was added`: the quote modifies the noun credited with it
    if rule == "document_speaker" and _modifies_noun(doc, quote):
        return True  # `the “fact-checking” website`: a document's words do not name the document
    if rule in _CUED_RULES or (speaker is not None and _explicit_holder(speaker)):
        return False  # `the phrase “fair trade” was used by Senator Quist`: the words are Quist's
    after = _text_after(doc, quote.close_at)
    used = _TERM_BEFORE.search(before) is not None or _in_word_list(before, inner, after)
    if not used and not _modifies_noun(doc, quote) and not _listed_among_things(doc, quote):
        return False
    return not _in_headline(before, after)  # in a title-case headline every word is capitalised


def _explicit_holder(t: Token) -> bool:
    """`… was used by Senator Quist`, `To Quist, the mayor is …` → True: a named holder through `by` or `to`."""
    named = t.ent_type_ in {"PERSON", "ORG", "NORP"} or t.pos_ == "PROPN"
    return named and t.head.pos_ == "ADP" and t.head.lower_ in {"by", "to"}


def _in_word_list(before: str, inner: str, after: str) -> bool:
    """`bans “synergy,” “pivot” and “optics”` → True: one of three or more short quotes listed one after another."""
    if len(_WORD.findall(inner)) > _MAX_LIST_ITEM_WORDS:
        return False
    items = 1
    for pattern, text in ((_LIST_ITEM_BEFORE, before), (_LIST_ITEM_AFTER, after)):
        for _ in range(2):
            m = pattern.search(text)
            if m is None or len(_WORD.findall(m.group("words"))) > _MAX_LIST_ITEM_WORDS:
                break
            items += 1
            text = text[: m.start()] if pattern is _LIST_ITEM_BEFORE else text[m.end() :]
    return items >= _MIN_LIST_ITEMS


def _mentioned_word(inner: str) -> bool:
    """`because “she” is a “he”` → True: a lone pronoun in quotes is the word itself."""
    return inner.strip(" .,;:!?").lower() in _PRONOUNS


def _named_by_participle(doc: Doc, quote: QuoteSpan) -> bool:
    """`a class called “Perception”`, `the show was named “Night Desk”` → True; `what he called “a sham”` → False.

    A naming participle with no one doing the naming: hung on a noun, or passive with no `by` agent.
    """
    i = _token_before(doc, quote.open_at)
    if doc[i].lower_ in _ARTICLES and i > 0:
        i -= 1
    verb = doc[i]
    if verb.lower_ not in _NAMING_VERBS or verb.tag_ != "VBN":
        return False
    if any(c.dep_ == "agent" for c in verb.children) or doc[i + 1 : i + 12].text.find(" by ") >= 0:
        return False
    return verb.dep_ == "acl" or any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)


def _modifies_noun(doc: Doc, quote: QuoteSpan, head_at: int | None = None) -> bool:
    """`The “sex tape” reference`, `promoting “magic” pills` → True: a short quote before the noun it modifies."""
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None or len(span) > _MAX_MODIFIER_TOKENS:
        return False
    root = span.root
    head = root.head
    if root.dep_ not in _MODIFIER_DEPS or head.i < span.end or head.pos_ not in {"NOUN", "PROPN"}:
        return False
    if head_at is not None and head.idx != head_at:
        return False
    gap = _text(doc, quote.close_at, head.idx)
    between = doc[span.end : head.i]
    return "," not in gap and all(_is_mark(t.text) or t.pos_ in {"ADJ", "NOUN", "PROPN"} for t in between)


def _listed_among_things(doc: Doc, quote: QuoteSpan) -> bool:
    """`gossip, leaked news and “mind-melds”` → True: a short quote joined to a plain noun the writer lists.

    Joined to a quoted noun (`called them “losers” and “cheats”`) it is one of someone's words.
    """
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None or len(span) > _MAX_MODIFIER_TOKENS:
        return False
    root, head = span.root, span.root.head
    if root.dep_ != "conj" or head.i >= span.start or head.pos_ != "NOUN":
        return False
    return not any(_is_mark(t.text) for t in doc[max(0, head.i - 1) : span.start - 1])  # `“losers” and “sad”`


def _is_mark(token: str) -> bool:
    return all(c in _MARK_CHARS for c in token)


def _stands_alone(doc: Doc, quote: QuoteSpan, before: str, inner: str, after: str) -> bool:
    """A quotation that opens a sentence or clause and is not run on by the writer's words.

    `Ann said: “We won.”` / `“We won,” Ann said.` / `a man yelled “Stay there!”` → True;
    `“Fake news” is his phrase.` / `called it “a fraud.”` → False.
    """
    lead = before.rstrip(" \t\u00a0")
    prev = lead[-1:] or "\n"
    lead = lead.rstrip()
    words_start = inner.lstrip("'\u2018\u2019\"\u201c\u2026. [(")
    upper = words_start[:1].isupper() or not words_start[:1].isalpha()
    last = inner.rstrip("'\u2019\u201d\" ")[-1:]
    run_on = last not in ".!?,;:\u2014\u2013-\u2026" and after[:1] not in ".!?,;:\n" and bool(after.strip())
    if run_on:
        return False
    if prev == "\n" or prev in _SENTENCE_END or prev in _CLAUSE_OPEN:
        return upper
    if prev in _CLOSING_MARKS:  # `“We won.” “Next year too,” she said.`
        return upper and lead.rstrip("".join(_CLOSING_MARKS))[-1:] in ".!?,"
    if prev in _COMMA:
        # `“We won,” he said, “and we will win again.”` continues a quotation; a phrase does not end a sentence
        return last in ".!?" or (upper and last not in ",;:")
    if prev in _DASH or prev in "([":
        return upper and last in ",.!?"
    # the whole object of a reporting verb, to the end of the sentence: `the ad claims “Jeb can win.”`
    return last in ".!?" and is_speech_verb(doc[_token_before(doc, quote.open_at)])


def _token_before(doc: Doc, char: int) -> int:
    """Index of the last word token ending before ``char`` (whitespace tokens skipped)."""
    i = _token_at(doc, char)
    if doc[i].idx >= char and i > 0:
        i -= 1
    while i > 0 and doc[i].is_space:
        i -= 1
    return i


def _is_title(before: str, inner: str, after: str) -> bool:
    """A title of a show, book or film. `on CNN’s “State of the Union”` → True."""
    words = _WORD.findall(inner)
    if not words or len(words) > _MAX_TITLE_WORDS or not _title_case(words):
        return False
    if _OUTLET_BEFORE.search(before) or _WORK_BEFORE.search(before) or _WORK_AFTER.search(after):
        return True
    return _PREPOSITION_BEFORE.search(before) is not None and _VOICED_BEFORE.search(before) is None


def _appositive_title(before: str, inner: str, after: str) -> bool:
    """`Her column, “Why we lost,” ran on Sunday.` → True: a work noun, then the quote set off by commas."""
    words = _WORD.findall(inner)
    if not words or len(words) > _MAX_APPOSITIVE_TITLE_WORDS or not before.rstrip().endswith(","):
        return False
    return _WORK_BEFORE.search(before) is not None and (inner.rstrip()[-1:] == "," or after[:1] == ",")


def _reported(doc: Doc, quote: QuoteSpan) -> bool:
    """A speech verb in the quote's sentence before it: `Lee said of the vote, “We lost it fairly,”` → True."""
    i = _token_before(doc, quote.open_at)
    for j in range(i, max(-1, i - _WINDOW_TOKENS), -1):
        t = doc[j]
        if is_speech_verb(t):
            return True
        if t.is_sent_start:
            return False
    return False


def _is_nickname(before: str, inner: str, after: str) -> bool:
    """A nickname inside a name. `Gov. C.L. “Butch” Otter` → True."""
    words = _WORD.findall(inner)
    if not words or len(words) > _MAX_NICKNAME_WORDS or not _title_case(words):
        return False
    prev_word = before.rstrip().rsplit(None, 1)[-1:] or [""]
    return prev_word[0][:1].isupper() and after[:1] == " " and after[1:2].isupper()


def _is_subhead(doc: Doc, quote: QuoteSpan, before: str, after: str) -> bool:
    """A short verbless quoted line standing alone as a section heading. `\n\n‘A quiet revolution.’\n\n` → True.

    Quotes used as subheads repeat a phrase from the article below them; a short quoted
    sentence alone in its paragraph (`“We will appeal.”`) is someone speaking, so it stays.
    """
    if quote.continues or _text(doc, quote.close_at, quote.close_at + 1) not in _MARK_CHARS:
        return False  # a part of a quote running over paragraphs
    lines = before.rsplit("\n", 1)
    if len(lines) < 2 or lines[-1].strip() or after.split("\n", 1)[0].strip(" .\u00a0"):
        return False
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None or len(span) > _MAX_SUBHEAD_TOKENS:
        return False
    return not any(t.pos_ in _VERB_TAGS for t in span)


def _in_headline(before: str, after: str) -> bool:
    """A line written in title case, where every word is capitalised anyway.

    `Senator Calls Plan ‘A Disgrace’ After Vote` → True.
    """
    words = _LETTER_WORD.findall(before.rsplit("\n", 1)[-1]) + _LETTER_WORD.findall(after.split("\n", 1)[0])
    big = [w for w in words if w.lower() not in _SMALL_WORDS]
    return len(big) >= _HEADLINE_WORDS and sum(w[0].isupper() for w in big) >= 0.8 * len(big)


def _title_case(words: list[str]) -> bool:
    """`Face the Nation`, `13th` → True (a word opening with a digit counts as capitalised); `a gift` → False."""
    return _big(words[0]) and all(_big(w) or w.lower() in _SMALL_WORDS for w in words)


def _big(word: str) -> bool:
    return word[0].isupper() or word[0].isdigit()


def _text(doc: Doc, start: int, end: int) -> str:
    """`doc.text[start:end]`, from the document's text built once and kept in `doc.user_data`."""
    if end <= start or not len(doc):
        return ""
    text = doc.user_data.get(_TEXT_KEY)
    if not isinstance(text, str):
        text = doc.text
        doc.user_data[_TEXT_KEY] = text
    return text[max(0, start) : end]


def _token_at(doc: Doc, char: int) -> int:
    """Index of the token holding ``char`` (or its trailing whitespace): a binary search on offsets."""
    lo, hi = 0, len(doc) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if doc[mid].idx <= char:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _text_before(doc: Doc, open_at: int) -> str:
    return _text(doc, max(0, open_at - _WINDOW), open_at)


def _text_after(doc: Doc, close_at: int) -> str:
    """What follows the closing mark (both halves of a two-character mark skipped)."""
    end_char = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    text = _text(doc, close_at, min(end_char, close_at + _WINDOW))
    if text[:1] in _MARK_CHARS:
        text = text[2:] if text[:2] in ("''", "``") else text[1:]
    return text
