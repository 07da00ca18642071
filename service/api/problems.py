"""RFC 9457 `application/problem+json` for every non-2xx answer."""

from __future__ import annotations

import logging
from typing import Any

from flask import Flask, Response, current_app, json, request
from marshmallow import ValidationError
from werkzeug.exceptions import HTTPException, MethodNotAllowed, NotFound, RequestEntityTooLarge

from service.api.budget import DeadlineExceeded

PROBLEM_TYPE = "https://quotes.example/problems/"
log = logging.getLogger("service.api")


def problem(
    status: int, title: str, detail: str, slug: str, headers: dict[str, str] | None = None, **extra: Any
) -> Response:
    body = {"type": PROBLEM_TYPE + slug, "title": title, "status": status, "detail": detail, **extra}
    resp = Response(json.dumps(body), status=status, mimetype="application/problem+json", headers=headers)
    if status == 503:
        resp.headers.setdefault("Retry-After", "5")
    return resp


class ProblemError(Exception):
    """Raised by views to answer with a problem."""

    def __init__(
        self, status: int, title: str, detail: str, slug: str, headers: dict[str, str] | None = None, **extra: Any
    ) -> None:
        super().__init__(detail)
        self.status, self.title, self.detail, self.slug, self.extra = status, title, detail, slug, extra
        self.headers = headers


def pointers(messages: Any, prefix: str = "") -> list[dict[str, str]]:
    """Flatten marshmallow's nested messages into `{pointer, detail}` (RFC 6901: "" is the whole document)."""
    out: list[dict[str, str]] = []
    if isinstance(messages, dict):
        for key, value in messages.items():
            token = str(key).replace("~", "~0").replace("/", "~1")
            if key == "_schema":
                out.extend(pointers(value, prefix))
            else:
                out.extend(pointers(value, f"{prefix}/{token}"))
    elif isinstance(messages, list):
        for item in messages:
            if isinstance(item, (dict, list)):
                out.extend(pointers(item, prefix))
            else:
                out.append({"pointer": prefix, "detail": str(item)})
    else:
        out.append({"pointer": prefix, "detail": str(messages)})
    return out


def invalid_fields(errors: list[dict[str, str]]) -> ProblemError:
    """422 listing every error: `{pointer, detail}` for the body, `{parameter, detail}` for the query string."""

    def where(e: dict[str, str]) -> str:
        if "parameter" in e:
            return f"query parameter {e['parameter']}"
        return e["pointer"] or "(document)"

    detail = "; ".join(f"{where(e)}: {e['detail']}" for e in errors[:5])
    return ProblemError(422, "Invalid request fields", detail, "invalid-fields", errors=errors)


_SLUGS = {
    400: "malformed-request",
    404: "not-found",
    405: "method-not-allowed",
    413: "payload-too-large",
    415: "unsupported-media-type",
    503: "not-ready",
}


def register(app: Flask) -> None:
    @app.errorhandler(ProblemError)
    def _problem(err: ProblemError) -> Response:
        return problem(err.status, err.title, err.detail, err.slug, headers=err.headers, **err.extra)

    @app.errorhandler(ValidationError)
    def _invalid(err: ValidationError) -> Response:
        raise invalid_fields(pointers(err.messages))

    @app.errorhandler(HTTPException)
    def _http(err: HTTPException) -> Response:
        status = err.code or 500
        if status >= 500:
            return problem(500, "Internal Server Error", "The server could not answer this request.", "internal")
        headers: dict[str, str] = {}
        detail = err.description or err.name
        if isinstance(err, NotFound):
            detail = "There is no endpoint at this path; see /openapi.yaml."
        elif isinstance(err, MethodNotAllowed):
            allowed = sorted(err.valid_methods or ())
            headers["Allow"] = ", ".join(allowed)
            detail = f"{request.method} is not allowed here; use {', '.join(allowed)}."
        elif isinstance(err, RequestEntityTooLarge):
            limit = current_app.config.get("MAX_CONTENT_LENGTH")
            detail = f"The request body is larger than {limit} bytes (QUOTES_MAX_BODY_BYTES)."
            headers["Connection"] = "close"  # what is left of the body is not read
        return problem(status, err.name, detail, _SLUGS.get(status, "http-error"), headers=headers)

    @app.errorhandler(DeadlineExceeded)
    def _deadline(err: DeadlineExceeded) -> Response:
        log.warning("deadline exceeded", extra={"deadline_s": err.seconds, "cpu_share": round(err.cpu_share, 2)})
        if err.retry_can_succeed:
            detail = f"The server was too busy to finish this request within {err.seconds:g} s; retry shortly."
            return problem(503, "Service Unavailable", detail, "deadline-exceeded", headers={"Retry-After": "10"})
        detail = (
            f"This request needs more than {err.seconds:g} s of work (QUOTES_DEADLINE_SECONDS); the same request"
            " would overrun again. Send fewer or shorter documents."
        )
        resp = problem(503, "Service Unavailable", detail, "deadline-exceeded")
        del resp.headers["Retry-After"]
        return resp

    @app.errorhandler(Exception)
    def _crash(err: Exception) -> Response:
        log.exception("unhandled error", extra={"error_type": type(err).__name__})
        return problem(500, "Internal Server Error", "The server could not answer this request.", "internal")
