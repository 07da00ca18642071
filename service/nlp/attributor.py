"""QuoteAttributor: loads the spaCy pipeline once and attributes the quotes of a text."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from datetime import date

import spacy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpanToken
from spacy.util import compile_infix_regex

from service.nlp import dates, fastpipe, furniture, kinds, marks, sanitize, sieves
from service.nlp.entities import EntityIndex
from service.nlp.types import Attribution, Quote, Span, Speaker, SpeakerSummary, Via

# A part attributed through its sibling is as right as the sibling, less the odd mis-paired mark.
QUOTE_PART_DISCOUNT = 0.9
HEADLINE_CHARS = 300  # a first line longer than this is a paragraph, not a headline
MUTE_CONFIDENCE = 0.1  # a quote whose cue's subject is a thing (`the pact calls it “x”`): no speaker, barely a guess


class QuoteAttributor:
    """Pure NLP entry point: `attribute(text, published_at)` → plain dataclasses."""

    def __init__(self, model: str | Language) -> None:
        self.nlp: Language = spacy.load(model) if isinstance(model, str) else model
        # Every component stays (the rules read tags, POS, lemmas, the parse and entities); the
        # attribute ruler gets a cached match with the same output, ~7% of the parse saved.
        self.speedups = fastpipe.speed_up(self.nlp) if isinstance(model, str) else []
        _split_glued_marks(self.nlp)
        # A newline ends a sentence: otherwise the parser runs a heading into the next paragraph and
        # makes it the subject of its speech verb (dev attribution F1 0.865 -> 0.879).
        if "parser" in self.nlp.pipe_names and "paragraph_breaks" not in self.nlp.pipe_names:
            self.nlp.add_pipe("paragraph_breaks", before="parser")
        name = model if isinstance(model, str) else self.nlp.meta.get("name", "unknown")
        self.model_name = f"{name}-{self.nlp.meta.get('version', '0')}"

    def ready(self) -> bool:
        """A one-sentence parse works."""
        doc = self.nlp("“It works,” she said.")
        return len(doc) > 0

    def attribute(self, text: str, published_at: date | None = None) -> Attribution:
        return next(self.attribute_many([(text, published_at)]))

    def attribute_many(self, items: Iterable[tuple[str, date | None]]) -> Iterator[Attribution]:
        """Parse with `nlp.pipe`; each doc's results are plain values made inside a memory zone.

        The parser reads a same-length copy with junk runs defused (`sanitize.for_parse`); quote
        marks and every returned span come from the text as it was sent.
        """
        items = list(items)
        with self.nlp.memory_zone():
            docs = self.nlp.pipe(sanitize.for_parse(text) for text, _ in items)
            for (text, published_at), doc in zip(items, docs, strict=True):
                yield _attribute_doc(doc, text, published_at, self.nlp)


# Scraped text glues quote marks to words (`questions,"Katie Packer said`, `said,“Look`, `“no”to`):
# spaCy's tokenizer splits affixes only at whitespace, so the cue, the name and the quote became
# one token. A double mark is always its own token; so is the comma or colon glued before one, and
# an en or em dash (`record—“the longest”—and`).
GLUED_MARKS = (r'["\u201c\u201d]', r'(?<=\w)[,:;!?.](?=["\u201c\u201d])', r"[\u2013\u2014]")


def _split_glued_marks(nlp: Language) -> None:
    """`said,“Look` → `said` `,` `“` `Look`; text with spaces around its marks tokenizes as before."""
    infixes = list(nlp.Defaults.infixes or ())
    nlp.tokenizer.infix_finditer = compile_infix_regex([*infixes, *GLUED_MARKS]).finditer  # type: ignore[union-attr]


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """`Heading\nThe mayor said …` → two sentences; the parser keeps boundaries set before it."""
    # One write of the whole column: each `token.is_sent_start = …` checks every token for a parse first,
    # which made a text of one word per line quadratic (40,000 characters: 5 s in this loop alone).
    starts = doc.to_array([SENT_START]).astype("int64")
    for token in doc[:-1]:
        nxt = doc[token.i + 1]
        if "\n" in token.text_with_ws:
            starts[nxt.i] = 1
        elif _opens_mid_sentence(token, nxt):
            starts[nxt.i] = -1
    doc.from_array([SENT_START], starts.astype("uint64").reshape(-1, 1))  # type: ignore[arg-type]
    return doc


def _opens_mid_sentence(before: Token, mark: Token) -> bool:
    """`on MSNBC’s “Morning Joe,” calling it` : a mark after a lowercase word or a possessive opens
    a quotation inside the sentence; the parser otherwise starts a new sentence at some of them."""
    if mark.text not in ('"', "\u201c") or not before.whitespace_:
        return False
    return before.lower_ in ("’s", "'s") or (before.is_alpha and not before.is_upper)


def _span(text: str, start: int, end: int) -> Span:
    return Span(start, end, text[start:end])


def _attribute_doc(
    doc: Doc, text: str, published_at: date | None, reparse: Callable[[str], Doc] | None = None
) -> Attribution:
    """Quotes in text order: the first sieve that fires gives the mention, `entities` resolves it.

    `text` is the submitted text; `doc` was parsed from a same-length copy of it.
    """
    spans = marks.find_quote_spans(text)
    shelf = furniture.find(text)  # link lines, captions, bylines, quoted subheads: nobody in the story says them
    rules = sieves.Sieves(doc, spans, text, reparse)
    index = EntityIndex(doc, rules.quoted, text, shelf.contains)
    dating = dates.DateFinder(
        doc,
        published_at,
        text=text,
        quotes=spans,
        resolve_mention=lambda m: entity.name if (entity := index.resolve(m)) is not None else None,
    )
    resolved: dict[tuple[int, int], Speaker | None] = {}
    muted: set[int] = set()  # mentions that name a thing, which says nothing
    quotes: list[Quote] = []
    chains: list[list[int]] = []  # indices into `quotes` of the paragraph parts of one quotation
    for qs in spans:
        if shelf.contains(qs.open_at, qs.close_at):
            continue
        kind = kinds.classify(doc, qs)
        if kind is None:
            continue
        found = rules.attribute(qs)
        holder = found.mention.root if found is not None and found.mention is not None else None
        if kind == "partial" and kinds.only_named(doc, qs, found.rule if found else None, holder):
            continue
        if qs.continues and chains:
            chains[-1].append(len(quotes))
        else:
            chains.append([len(quotes)])
        speaker = None
        via = None
        cue = None
        rule, confidence = "none", 0.0
        if found is not None:
            rule, confidence = found.rule, found.confidence
            if found.cue is not None:
                cue = _span(text, found.cue.start_char, found.cue.end_char)
            if found.mention is not None:
                speaker = _speaker(text, index, found, resolved, muted)
                if speaker is None and found.mention.start_char in muted:
                    confidence = min(confidence, MUTE_CONFIDENCE)  # a thing was the subject: nobody we can name
            if found.via is not None and speaker is not None:
                via = _via(text, index, found.via, speaker)
                if via is None:  # `Rhimes declared: “…,” she said`: one speaker; the mention is the report's
                    speaker = replace(speaker, mention=_span(text, found.via.start_char, found.via.end_char))
        quotes.append(
            Quote(
                text=text[qs.start : qs.end],
                start=qs.start,
                end=qs.end,
                kind=kind,
                speaker=speaker,
                cue=cue,
                date=dating.date_for(qs, found.cue if found else None, speaker.name if speaker else None),
                rule=rule,
                confidence=confidence,
                via=via,
            )
        )
    for chain in chains:
        _share_speaker(quotes, chain)
    _headline_echoes(quotes, text)
    return Attribution(quotes=tuple(quotes), speakers=summarize(quotes))


def _headline_echoes(quotes: list[Quote], text: str) -> None:
    """`Waiting lists: Minister admits 'we are not there yet'` … `“We are not there yet,” Ruiz said` → Ruiz.

    A quote in the headline (the first line) repeats words quoted in the story: when nothing in the
    headline says who said them, they are the story's speaker's. (A headline's description, `Minister
    admits`, is left as it is: resolving it to the story's name lowered PolNeAR dev and train, whose gold
    credits the headline's own words.)"""
    line_end = text.find("\n")
    if line_end < 0 or line_end > HEADLINE_CHARS:
        return
    for i, q in enumerate(quotes):
        if q.start >= line_end:
            break
        if q.speaker is not None:
            continue  # `CNN President says …`: PolNeAR credits the headline's own words, so they stay
        words = " ".join(re.findall(r"\w+", q.text.lower()))
        src = next(
            (
                o
                for o in quotes[i + 1 :]
                if o.start > line_end
                and o.speaker is not None
                and words in " ".join(re.findall(r"\w+", o.text.lower()))
            ),
            None,
        )
        if words and src is not None and src.speaker is not None:
            quotes[i] = replace(
                q,
                speaker=src.speaker,
                date=src.date,
                via=src.via,
                rule="headline_echo",
                confidence=round(src.confidence * QUOTE_PART_DISCOUNT, 2),
            )


def _share_speaker(quotes: list[Quote], chain: list[int]) -> None:
    """`“We will rebuild.⏎“It is paid for,” Lopez said.` → the first part is Lopez's too.

    A quotation over several paragraphs is one statement: parts nothing attributed take the
    speaker, cue and date of the nearest attributed part after them (else before them).
    """
    attributed = [i for i in chain if quotes[i].speaker is not None]
    if not attributed or len(attributed) == len(chain):
        return
    for i in chain:
        if quotes[i].speaker is not None:
            continue
        src = quotes[min((j for j in attributed if j > i), default=attributed[-1])]
        quotes[i] = replace(
            quotes[i],
            speaker=src.speaker,
            cue=src.cue,
            date=src.date,
            via=src.via,
            rule="quote_part",
            confidence=round(src.confidence * QUOTE_PART_DISCOUNT, 2),
        )


def _speaker(
    text: str,
    index: EntityIndex,
    found: sieves.Found,
    resolved: dict[tuple[int, int], Speaker | None],
    muted: set[int],
) -> Speaker | None:
    """The mention's entity, once per mention (a continued quote reuses its first answer)."""
    assert found.mention is not None
    key = (found.mention.start_char, found.mention.end_char)
    if key in resolved:
        return resolved[key]
    phrase = found.refers if found.refers is not None else found.mention
    entity = index.resolve(phrase)
    speaker = None
    if entity is not None and not index.speaks(entity, phrase):
        muted.add(key[0])  # `the trope says …`: a thing, so no speaker (and a low confidence)
    elif entity is not None:
        mention = _span(text, found.mention.start_char, found.mention.end_char)
        speaker = Speaker(entity.name, entity.type, entity.role, mention)
        index.note(found.mention.start_char, entity)
    resolved[key] = speaker
    return speaker


def _via(text: str, index: EntityIndex, mention: SpanToken, speaker: Speaker) -> Via | None:
    """The relay's entity (`according to CNN` → CNN); none when it is the speaker again ("he said he called it")."""
    entity = index.resolve(mention)
    if entity is None or entity.name == speaker.name:
        return None
    return Via(entity.name, entity.type, _span(text, mention.start_char, mention.end_char))


def summarize(quotes: Iterable[Quote]) -> tuple[SpeakerSummary, ...]:
    """Everyone quoted, once each, in order of first quote."""
    counts: Counter[str] = Counter()
    first: dict[str, Speaker] = {}
    for q in quotes:
        if q.speaker is None:
            continue
        counts[q.speaker.name] += 1
        first.setdefault(q.speaker.name, q.speaker)
    return tuple(SpeakerSummary(s.name, s.type, s.role, counts[n]) for n, s in first.items())
