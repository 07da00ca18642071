"""Marshmallow request and response schemas, mirroring openapi.yaml one to one."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date
from functools import cache
from typing import Any

from marshmallow import RAISE, Schema, ValidationError, fields

from service.nlp.sanitize import parse_cost

# RFC 3339 `full-date` or `date-time` (what `format: date` / `format: date-time` mean in openapi.yaml).
_RFC3339 = re.compile(
    r"(?P<date>[0-9]{4}-[0-9]{2}-[0-9]{2})"
    r"(?:[Tt](?P<hour>[0-9]{2}):(?P<minute>[0-9]{2}):(?P<second>[0-9]{2})(?:\.[0-9]+)?"
    r"(?:[Zz]|[+-](?P<off_hour>[0-9]{2}):(?P<off_minute>[0-9]{2})))?"
)
# A date-time without an offset (`2024-06-10T08:30` or `2024-06-10T08:30:00`), read as local time. The
# pattern is also the contract's (openapi.yaml, PublishedAtString), so it admits only real dates: days past
# the 28th of February are left to the plain date and RFC 3339 forms, and years start at 1000.
LOCAL_DATE_TIME = (
    "^[1-9][0-9]{3}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)"
    "|02-(?:0[1-9]|1[0-9]|2[0-8]))[Tt](?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]{1,6})?)?$"
)
_LOCAL = re.compile(LOCAL_DATE_TIME)
# What the pattern leaves out: a real 29 February with a valid time (it cannot tell leap years), said plainly.
_LOCAL_LEAP_DAY = re.compile(r"[1-9][0-9]{3}-02-29[Tt](?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\.[0-9]{1,6})?)?")
PUBLISHED_AT_MAX = 40
ID_MAX = 256


class DateError(ValueError):
    """A well-formed date or time refused for a reason the message states (`2024-02-30`, `T25:00`)."""


def missing_day(day: str) -> str | None:
    """Why a well-formed `YYYY-MM-DD` is no calendar date, or None: `2023-02-29` → "February 2023 has 28 days"."""
    if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", day):
        return None
    year, month, dom = (int(part) for part in day.split("-"))
    if year == 0:
        return "there is no year 0"
    if not 1 <= month <= 12:
        return f"there is no month {month}; months run 01 to 12"
    days = calendar.monthrange(year, month)[1]
    if not 1 <= dom <= days:
        return f"{calendar.month_name[month]} {year} has {days} days"
    return None


def parse_published_at(value: str) -> date:
    """`2024-06-10`, `2024-06-10T08:30:00+02:00` or `2024-06-10T08:30` → the calendar date as written.

    Exactly what the contract says: an RFC 3339 date or date-time, or a local date-time matching
    LOCAL_DATE_TIME. No time-zone shift: the date is the one written. A well-formed date or time
    that does not exist raises DateError, whose message says what is wrong.
    """
    if len(value) > PUBLISHED_AT_MAX:
        raise ValueError(value)
    match = _RFC3339.fullmatch(value)
    if match is None:
        why = missing_day(value[:10]) if re.match(r"[0-9]{4}-[0-9]{2}-[0-9]{2}(?:[Tt]|$)", value) else None
        if why is not None:
            raise DateError(f"{value[:10]} is not a date: {why}.")
        if _LOCAL.search(value) is None and _LOCAL_LEAP_DAY.fullmatch(value):
            raise DateError(
                f"{value}: a date-time without an offset can be at most the 28th of February; add an offset "
                f"({value[:10]}T12:00:00Z) or send the date alone ({value[:10]})."
            )
        if _LOCAL.search(value) is None:  # `search`, as JSON Schema validators apply a pattern
            raise ValueError(value)
        return date.fromisoformat(value[:10])
    why = missing_day(match["date"])
    if why is not None:
        raise DateError(f"{match['date']} is not a date: {why}.")
    day = date.fromisoformat(match["date"])
    if match["hour"] is not None:
        limits = {"hour": 23, "minute": 59, "second": 60, "off_hour": 23, "off_minute": 59}
        names = {"off_hour": "offset hour", "off_minute": "offset minute"}
        for key, top in limits.items():
            if match[key] is not None and int(match[key]) > top:
                raise DateError(f"{value} has {names.get(key, key)} {match[key]}; it runs 00 to {top}.")
    return day


class PublishedAt(fields.Field[date]):
    """ISO 8601 / RFC 3339 date (`2024-06-10`) or date-time (`2024-06-10T08:00:00+02:00`) → its calendar date."""

    default_error_messages = {  # noqa: RUF012 - marshmallow API
        "invalid": "Not an ISO 8601 date (2024-06-10) or date-time (2024-06-10T08:00:00+02:00, 2024-06-10T08:00)."
    }

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> date:
        if not isinstance(value, str):
            raise self.make_error("invalid")
        try:
            return parse_published_at(value)
        except DateError as exc:
            raise ValidationError(str(exc)) from exc
        except ValueError as exc:
            raise self.make_error("invalid") from exc


def no_lone_surrogates(text: str) -> None:
    """A JSON escape like `\\ud800` decodes to a lone surrogate: not a character, so not text we can answer about."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValidationError("Contains a lone surrogate code point (not valid Unicode text).") from exc


def parse_cost_at_most(max_chars: int, max_tokens: int) -> Callable[[str], None]:
    """A text the parser cannot finish in bounded time (too many tokens) is a clear 422, not a stalled worker."""

    def check(text: str) -> None:
        if len(text) > max_chars:
            return  # the length check already answers
        cost = parse_cost(text)
        if cost > max_tokens:
            raise ValidationError(
                f"Too many words and punctuation marks to parse in bounded time: about {cost}, at most {max_tokens}."
            )

    return check


def text_length(max_chars: int) -> Callable[[str], None]:
    """The text's length in code points, said back when it is out of range: "The text is 100001 code points long…"."""

    def check(text: str) -> None:
        if not text:
            raise ValidationError(f"The text is empty; send 1 to {max_chars} code points.")
        if len(text) > max_chars:
            raise ValidationError(
                f"The text is {len(text)} code points long; at most {max_chars} are allowed (QUOTES_MAX_CHARS)."
            )

    return check


def id_length(value: str) -> None:
    """An id of at most ID_MAX code points: "The id is 300 code points long; at most 256 are allowed."."""
    if len(value) > ID_MAX:
        raise ValidationError(f"The id is {len(value)} code points long; at most {ID_MAX} are allowed.")


def batch_size(max_batch: int) -> Callable[[list[Any]], None]:
    """1..max_batch documents, the count said back: "The batch has 40 documents; send 1 to 32…"."""

    def check(documents: list[Any]) -> None:
        if not 1 <= len(documents) <= max_batch:
            raise ValidationError(
                f"The batch has {len(documents)} documents; send 1 to {max_batch} (QUOTES_MAX_BATCH)."
            )

    return check


def document_fields(max_chars: int, max_tokens: int) -> dict[str, fields.Field[Any]]:
    checks: list[Callable[[Any], Any]] = [
        text_length(max_chars),
        no_lone_surrogates,
        parse_cost_at_most(max_chars, max_tokens),
    ]
    return {
        "text": fields.String(required=True, validate=checks),
        "published_at": PublishedAt(load_default=None),
        "id": fields.String(load_default=None, validate=[id_length, no_lone_surrogates]),
    }


@cache
def document_schema(max_chars: int, max_tokens: int) -> Schema:
    """`{"text", "published_at"?, "id"?}` with the configured text limits; unknown fields are errors."""
    return Schema.from_dict(document_fields(max_chars, max_tokens), name="Document")(unknown=RAISE)


# The query parameters of POST /v1/quotes: the document's optional fields, checked on their own.
query_schema = Schema.from_dict(
    {
        "published_at": PublishedAt(),
        "id": fields.String(validate=[id_length, no_lone_surrogates]),
    },
    name="Query",
)()


@cache
def batch_schema(max_chars: int, max_batch: int, max_tokens: int) -> Schema:
    """`{"documents": [Document, ...]}`, 1..max_batch of them."""
    documents = fields.List(
        fields.Nested(document_schema(max_chars, max_tokens)),
        required=True,
        validate=batch_size(max_batch),
    )
    return Schema.from_dict({"documents": documents}, name="Batch")(unknown=RAISE)


class SpanSchema(Schema):
    text = fields.String(required=True)
    start = fields.Integer(required=True)
    end = fields.Integer(required=True)


class SpeakerSchema(Schema):
    name = fields.String(required=True)
    type = fields.String(required=True)
    role = fields.String(allow_none=True, required=True)
    mention = fields.Nested(SpanSchema, required=True)


class ViaSchema(Schema):
    name = fields.String(required=True)
    type = fields.String(required=True)
    mention = fields.Nested(SpanSchema, allow_none=True, required=True)


class DateSchema(Schema):
    value = fields.String(allow_none=True, required=True)
    precision = fields.String(allow_none=True, required=True)
    text = fields.String(allow_none=True, required=True)
    source = fields.String(required=True)


class QuoteSchema(Schema):
    text = fields.String(required=True)
    start = fields.Integer(required=True)
    end = fields.Integer(required=True)
    kind = fields.String(required=True)
    speaker = fields.Nested(SpeakerSchema, allow_none=True, required=True)
    cue = fields.Nested(SpanSchema, allow_none=True, required=True)
    date = fields.Nested(DateSchema, allow_none=True, required=True)
    rule = fields.String(required=True)
    confidence = fields.Float(required=True)
    via = fields.Nested(ViaSchema, allow_none=True, required=True)


class SpeakerSummarySchema(Schema):
    name = fields.String(required=True)
    type = fields.String(required=True)
    role = fields.String(allow_none=True, required=True)
    quotes = fields.Integer(required=True)


class MetaSchema(Schema):
    model = fields.String(required=True)
    version = fields.String(required=True)
    elapsed_ms = fields.Float(required=True)


class ResultSchema(Schema):
    id = fields.String(allow_none=True, required=True)
    quotes = fields.List(fields.Nested(QuoteSchema), required=True)
    speakers = fields.List(fields.Nested(SpeakerSummarySchema), required=True)
    meta = fields.Nested(MetaSchema, required=True)


class BatchResultSchema(Schema):
    results = fields.List(fields.Nested(ResultSchema), required=True)
    meta = fields.Nested(MetaSchema, required=True)


result_schema = ResultSchema()
batch_result_schema = BatchResultSchema()
