"""Thin views: read the body, load the request schema, call the attributor, dump the response schema."""

from __future__ import annotations

import json
import time
from datetime import date
from typing import Any

from flask import Blueprint, current_app, jsonify, request
from flask.typing import ResponseReturnValue
from marshmallow import Schema, ValidationError
from werkzeug.exceptions import RequestEntityTooLarge

from service import __version__
from service.api.budget import deadline, pieces
from service.api.problems import ProblemError, invalid_fields, pointers
from service.api.schemas import batch_result_schema, batch_schema, document_schema, query_schema, result_schema
from service.nlp.attributor import QuoteAttributor
from service.nlp.sanitize import parse_cost
from service.nlp.types import Attribution

bp = Blueprint("quotes", __name__)

# Charsets we decode: UTF-8 and its subset US-ASCII. JSON is UTF-8 by definition (RFC 8259).
UTF8_CHARSETS = frozenset({"utf-8", "utf8", "us-ascii", "ascii"})
READ_CHUNK = 64 * 1024
# A refused (413) body is read and dropped up to this many bytes or seconds, then the connection is closed.
DRAIN_MAX = 64 * 1024 * 1024
DRAIN_SECONDS = 10.0


def _attributor() -> QuoteAttributor:
    attributor = current_app.extensions.get("attributor")
    if attributor is None or not current_app.extensions.get("ready", False):
        raise ProblemError(503, "Service Unavailable", "The language model is not loaded yet.", "not-ready")
    return attributor  # type: ignore[no-any-return]


def _unsupported(detail: str) -> ProblemError:
    return ProblemError(415, "Unsupported Media Type", detail, "unsupported-media-type")


def _body_text(mimetype: str) -> str:
    """The body as text, once its charset and encoding are ones we read."""
    charset = request.mimetype_params.get("charset")
    if charset is not None and charset.lower() not in UTF8_CHARSETS:
        raise _unsupported(f"Send the body in UTF-8, not {charset}.")
    encoding = request.headers.get("Content-Encoding", "identity").strip().lower()
    if encoding not in {"", "identity"}:
        raise _unsupported(f"Content-Encoding {encoding} is not supported; send the body uncompressed.")
    raw = _read_body()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        detail = f"The {mimetype} body is not valid UTF-8 (byte {exc.start})."
        raise ProblemError(400, "Malformed request body", detail, "malformed-body") from exc


def _read_body() -> bytes:
    """The raw body: 413 past MAX_CONTENT_LENGTH, whether declared by Content-Length or sent chunked;
    400 when it ends before its Content-Length or its chunked framing is broken.

    Gunicorn hands the app the socket itself (`wsgi.input_terminated`), so the body is read here
    and its length checked: Werkzeug would read to the end and silently take a short body as whole.
    """
    limit = request.max_content_length
    declared = request.content_length
    if limit is not None and declared is not None and declared > limit:
        _drain(declared)
        raise RequestEntityTooLarge()
    stream = request.stream if not request.environ.get("wsgi.input_terminated") else request.environ["wsgi.input"]
    if declared == 0:
        return b""
    # one byte past the limit tells an over-long chunked body from one exactly at it
    cap = declared if declared is not None else limit + 1 if limit is not None else None
    chunks: list[bytes] = []
    size = 0
    try:
        while cap is None or size < cap:
            chunk = stream.read(READ_CHUNK if cap is None else min(READ_CHUNK, cap - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except RequestEntityTooLarge:
        raise
    except Exception as exc:  # gunicorn's InvalidChunkSize, NoMoreData; a socket timeout; Werkzeug's ClientDisconnected
        raise _unreadable("its chunked encoding is broken or it ended early") from exc
    if declared is not None and size < declared:
        raise _unreadable(f"it ended after {size} of the {declared} bytes its Content-Length announced")
    if declared is None and limit is not None and size > limit:
        _drain(DRAIN_MAX)
        raise RequestEntityTooLarge()
    return b"".join(chunks)


def _unreadable(why: str) -> ProblemError:
    detail = f"The request body could not be read: {why}."
    return ProblemError(400, "Malformed request body", detail, "malformed-body", headers={"Connection": "close"})


def _drain(most: int) -> None:
    """Read and drop the rest of a refused body (at most `most` bytes and DRAIN_SECONDS), so that a client
    that sends its whole body before reading the answer (Python's urllib and http.client) reads the 413
    instead of a broken pipe. Beyond those bounds the connection is closed with the body unread."""
    stream = request.environ.get("wsgi.input")
    if stream is None or most <= 0:
        return
    stop = time.monotonic() + DRAIN_SECONDS
    left = min(most, DRAIN_MAX)
    try:
        while left > 0 and time.monotonic() < stop:
            chunk = stream.read(min(READ_CHUNK, left))
            if not chunk:
                return
            left -= len(chunk)
    except Exception:  # the client went away or broke its framing: nothing more to read
        return


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _parse_int(digits: str) -> int | float:
    """Valid JSON however long: Python refuses to build ints of over 4300 digits; none of our fields is a number."""
    return int(digits) if len(digits) <= 100 else float(digits)


def _json_body() -> Any:
    text = _body_text("application/json")
    if text.startswith("\ufeff"):  # a byte order mark may be ignored (RFC 8259 §8.1)
        text = text[1:]
    try:
        return json.loads(text, parse_constant=_reject_constant, parse_int=_parse_int)
    except RecursionError as exc:
        raise ProblemError(400, "Malformed JSON", "The JSON is nested too deeply.", "malformed-json") from exc
    except json.JSONDecodeError as exc:
        detail = f"The body is not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})."
        raise ProblemError(400, "Malformed JSON", detail, "malformed-json") from exc
    except ValueError as exc:
        raise ProblemError(400, "Malformed JSON", f"The body is not valid JSON: {exc}.", "malformed-json") from exc


def _require_media_type(*allowed: str) -> str:
    if request.mimetype not in allowed:
        wanted = " or ".join(allowed)
        if not request.mimetype:
            raise _unsupported(f"The request has no Content-Type header; send the body as {wanted} and say which.")
        if request.mimetype == "application/x-www-form-urlencoded":  # what curl -d and HTML forms send unless told
            hint = f"curl's default for -d and --data-binary; add -H 'Content-Type: {allowed[0]}'"
            raise _unsupported(f"Send {wanted}, not {request.mimetype} ({hint}).")
        raise _unsupported(f"Send {wanted}, not {request.mimetype}.")
    return request.mimetype


def _json_type(value: Any) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean", type(None): "null"}
    return names.get(type(value), "a number")


def _load(schema: Schema, data: Any, query: Schema | None = None) -> dict[str, Any]:
    """Validate the body and the query string together, so one 422 lists every problem.

    Query parameters are checked on their own (errors name the `parameter`), then fill the
    document's fields of the same name that the body leaves absent or null.
    """
    errors: list[dict[str, str]] = []
    allowed = set(query.fields) if query is not None else set()
    errors += [{"parameter": k, "detail": "Unknown query parameter."} for k in sorted(set(request.args) - allowed)]
    errors += [{"parameter": k, "detail": "Given more than once."} for k in allowed if len(request.args.getlist(k)) > 1]
    from_query: dict[str, Any] = {}
    if query is not None:
        try:
            from_query = query.load({k: v for k, v in request.args.items() if k in allowed})
        except ValidationError as exc:
            messages = exc.messages if isinstance(exc.messages, dict) else {}
            errors += [{"parameter": k, "detail": str(m)} for k, ms in messages.items() for m in ms]
    loaded: dict[str, Any] = {}
    if not isinstance(data, dict):
        errors.append({"pointer": "", "detail": f"Expected a JSON object, got {_json_type(data)}."})
    else:
        try:
            loaded = schema.load(data)
        except ValidationError as exc:
            errors += pointers(exc.messages)
    if errors:
        raise invalid_fields(errors)
    for key, value in from_query.items():
        if loaded.get(key) is None:
            loaded[key] = value
    return loaded


def _render(doc: dict[str, Any], result: Attribution, elapsed_ms: float) -> dict[str, Any]:
    return {"id": doc.get("id"), "quotes": result.quotes, "speakers": result.speakers, "meta": _meta(elapsed_ms)}


def _meta(elapsed_ms: float) -> dict[str, Any]:
    return {"model": _attributor().model_name, "version": __version__, "elapsed_ms": round(elapsed_ms, 3)}


def _batch_within_budget(data: Any, budget: int) -> None:
    """422 before any parsing when the documents of a batch hold more tokens together than one request may
    parse (QUOTES_MAX_BATCH_TOKENS); each document's own limits are the schema's."""
    documents = data.get("documents") if isinstance(data, dict) else None
    if not isinstance(documents, list):
        return
    total = sum(parse_cost(d["text"]) for d in documents if isinstance(d, dict) and isinstance(d.get("text"), str))
    if total > budget:
        detail = (
            f"The documents hold about {total} words and punctuation marks together; one batch may hold at most"
            f" {budget} (QUOTES_MAX_BATCH_TOKENS). Send fewer or shorter documents per request."
        )
        raise invalid_fields([{"pointer": "/documents", "detail": detail}])


def _attribute(attributor: QuoteAttributor, items: list[tuple[str, date | None]]) -> list[Attribution]:
    """Parse in pieces of at most QUOTES_MAX_TOKENS under the request's deadline (see service.api.budget)."""
    settings = current_app.config["SETTINGS"]
    costs = [parse_cost(text) for text, _ in items] if len(items) > 1 else [0]
    results: list[Attribution] = []
    with deadline(settings.deadline_seconds):
        for piece in pieces(items, costs, settings.max_tokens):
            results.extend(attributor.attribute_many(piece))
    return results


@bp.post("/v1/quotes")
def quotes() -> ResponseReturnValue:
    t0 = time.perf_counter()
    settings = current_app.config["SETTINGS"]
    attributor = _attributor()
    if _require_media_type("application/json", "text/plain") == "text/plain":
        body: Any = {"text": _body_text("text/plain")}
    else:
        body = _json_body()
    doc = _load(document_schema(settings.max_chars, settings.max_tokens), body, query_schema)
    published: date | None = doc["published_at"]
    [result] = _attribute(attributor, [(doc["text"], published)])
    return jsonify(result_schema.dump(_render(doc, result, (time.perf_counter() - t0) * 1000)))


@bp.post("/v1/quotes/batch")
def quotes_batch() -> ResponseReturnValue:
    t0 = time.perf_counter()
    settings = current_app.config["SETTINGS"]
    attributor = _attributor()
    _require_media_type("application/json")
    data = _json_body()
    _batch_within_budget(data, settings.max_batch_tokens)
    batch = _load(batch_schema(settings.max_chars, settings.max_batch, settings.max_tokens), data)
    docs = batch["documents"]
    results = _attribute(attributor, [(d["text"], d["published_at"]) for d in docs])
    elapsed = (time.perf_counter() - t0) * 1000
    body = {"results": [_render(d, r, elapsed) for d, r in zip(docs, results, strict=True)], "meta": _meta(elapsed)}
    return jsonify(batch_result_schema.dump(body))
