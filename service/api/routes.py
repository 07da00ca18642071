"""Thin views: load the request schema, call the attributor, dump the response schema."""

from __future__ import annotations

import time
from datetime import date
from typing import Any

from flask import Blueprint, current_app, jsonify, request
from flask.typing import ResponseReturnValue
from marshmallow import ValidationError

from service import __version__
from service.api.problems import ProblemError
from service.api.schemas import batch_result_schema, batch_schema, document_schema, result_schema
from service.nlp.attributor import QuoteAttributor
from service.nlp.types import Attribution

bp = Blueprint("quotes", __name__)


def _attributor() -> QuoteAttributor:
    attributor = current_app.extensions.get("attributor")
    if attributor is None:
        raise ProblemError(503, "Service Unavailable", "The language model is not loaded yet.", "not-ready")
    return attributor  # type: ignore[no-any-return]


def _json_body() -> Any:
    if not request.is_json:
        raise ProblemError(
            415,
            "Unsupported Media Type",
            f"Send application/json (or text/plain to /v1/quotes), not {request.mimetype or 'no content type'}.",
            "unsupported-media-type",
        )
    data = request.get_json(silent=True)
    if data is None:
        raise ProblemError(400, "Malformed JSON", "The request body is not valid UTF-8 JSON.", "malformed-json")
    return data


def _plain_body() -> dict[str, Any]:
    try:
        text = request.get_data(cache=False).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ProblemError(400, "Malformed text", "The text/plain body is not valid UTF-8.", "malformed-text") from exc
    body: dict[str, Any] = {"text": text}
    for key in ("published_at", "id"):
        if key in request.args:
            body[key] = request.args[key]
    unknown = set(request.args) - {"published_at", "id"}
    if unknown:
        raise ValidationError({key: ["Unknown query parameter."] for key in sorted(unknown)})
    return body


def _render(doc: dict[str, Any], result: Attribution, elapsed_ms: float) -> dict[str, Any]:
    return {"id": doc.get("id"), "quotes": result.quotes, "speakers": result.speakers, "meta": _meta(elapsed_ms)}


def _meta(elapsed_ms: float) -> dict[str, Any]:
    return {"model": _attributor().model_name, "version": __version__, "elapsed_ms": round(elapsed_ms, 3)}


@bp.post("/v1/quotes")
def quotes() -> ResponseReturnValue:
    t0 = time.perf_counter()
    settings = current_app.config["SETTINGS"]
    raw = _plain_body() if request.mimetype == "text/plain" else _json_body()
    doc = document_schema(settings.max_chars).load(raw)
    published: date | None = doc["published_at"]
    result = _attributor().attribute(doc["text"], published)
    return jsonify(result_schema.dump(_render(doc, result, (time.perf_counter() - t0) * 1000)))


@bp.post("/v1/quotes/batch")
def quotes_batch() -> ResponseReturnValue:
    t0 = time.perf_counter()
    settings = current_app.config["SETTINGS"]
    batch = batch_schema(settings.max_chars, settings.max_batch).load(_json_body())
    docs = batch["documents"]
    results = list(_attributor().attribute_many((d["text"], d["published_at"]) for d in docs))
    elapsed = (time.perf_counter() - t0) * 1000
    body = {"results": [_render(d, r, elapsed) for d, r in zip(docs, results, strict=True)], "meta": _meta(elapsed)}
    return jsonify(batch_result_schema.dump(body))
