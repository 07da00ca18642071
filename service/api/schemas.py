"""Marshmallow request and response schemas, mirroring openapi.yaml one to one."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from marshmallow import RAISE, Schema, ValidationError, fields, validate


class PublishedAt(fields.Field[date]):
    """ISO 8601 date (`2024-06-10`) or date-time (`2024-06-10T08:00:00+02:00`) → its calendar date."""

    default_error_messages = {"invalid": "Not an ISO 8601 date or date-time."}  # noqa: RUF012 - marshmallow API

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> date:
        if not isinstance(value, str) or not 10 <= len(value) <= 40:
            raise self.make_error("invalid")
        try:
            if len(value) == 10:
                return date.fromisoformat(value)
            return datetime.fromisoformat(value.replace("z", "Z")).date()
        except ValueError as exc:
            raise self.make_error("invalid") from exc


def no_lone_surrogates(text: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValidationError("Text contains a lone surrogate code point.") from exc


def document_fields(max_chars: int) -> dict[str, fields.Field[Any]]:
    return {
        "text": fields.String(required=True, validate=[validate.Length(min=1, max=max_chars), no_lone_surrogates]),
        "published_at": PublishedAt(load_default=None),
        "id": fields.String(load_default=None, validate=validate.Length(max=256)),
    }


def document_schema(max_chars: int) -> Schema:
    """`{"text", "published_at"?, "id"?}` with the configured text limit; unknown fields are errors."""
    return Schema.from_dict(document_fields(max_chars), name="Document")(unknown=RAISE)


def batch_schema(max_chars: int, max_batch: int) -> Schema:
    """`{"documents": [Document, ...]}`, 1..max_batch of them."""
    documents = fields.List(
        fields.Nested(document_schema(max_chars)), required=True, validate=validate.Length(min=1, max=max_batch)
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
