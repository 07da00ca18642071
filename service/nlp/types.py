"""Plain frozen values the NLP layer returns; the HTTP layer only dumps them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Kind = Literal["full", "partial"]
SpeakerType = Literal["person", "organization", "unknown"]
Precision = Literal["day", "month", "year"]


@dataclass(frozen=True, slots=True)
class Span:
    """Half-open code-point offsets into the submitted text, and the text they cover."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str
    type: SpeakerType
    role: str | None
    mention: Span


@dataclass(frozen=True, slots=True)
class Via:
    """Who relays the words when that is not the speaker: "“…,” Ruiz said, according to CNN" → CNN.

    `mention` is null when the relay is known only through the speaker's own report (a continued quote
    keeps its first part's relay and mention)."""

    name: str
    type: SpeakerType
    mention: Span | None


@dataclass(frozen=True, slots=True)
class DateRef:
    value: str | None
    precision: Precision | None
    text: str | None
    source: Literal["text", "published_at"]


@dataclass(frozen=True, slots=True)
class Quote:
    text: str
    start: int
    end: int
    kind: Kind
    speaker: Speaker | None
    cue: Span | None
    date: DateRef | None
    rule: str
    confidence: float
    via: Via | None = None


@dataclass(frozen=True, slots=True)
class SpeakerSummary:
    name: str
    type: SpeakerType
    role: str | None
    quotes: int


@dataclass(frozen=True, slots=True)
class Attribution:
    """The result for one document."""

    quotes: tuple[Quote, ...]
    speakers: tuple[SpeakerSummary, ...]
