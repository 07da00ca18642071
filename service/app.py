"""Application factory: logging, settings, model, blueprints, error handlers."""

from __future__ import annotations

import logging
import os
import time
import uuid

from flask import Flask, Response, g, request

from service.api import health, metrics, problems, routes, spec
from service.config import Settings
from service.inflight import DIR_ENV, InFlight
from service.logs import configure
from service.nlp.attributor import QuoteAttributor

log = logging.getLogger("service.access")


class QuotesFlask(Flask):
    """Flask, with OPTIONS answered as 204 No Content plus `Allow` (Flask's default is a 200 with an HTML type)."""

    def make_default_options_response(self) -> Response:
        resp = super().make_default_options_response()
        resp.status_code = 204
        resp.headers["Allow"] = ", ".join(sorted(m.strip() for m in resp.headers["Allow"].split(",")))
        resp.headers.pop("Content-Type", None)
        return resp


def create_app(settings: Settings | None = None, attributor: QuoteAttributor | None = None) -> Flask:
    """Everything is set up before the first request: the model loads here, not lazily."""
    settings = settings or Settings.from_env()
    configure(settings.log_level)
    app = QuotesFlask(__name__)
    app.config["SETTINGS"] = settings
    app.config["MAX_CONTENT_LENGTH"] = settings.max_body_bytes
    app.json.sort_keys = False  # type: ignore[attr-defined]
    t0 = time.perf_counter()
    model = attributor or QuoteAttributor(settings.spacy_model)
    app.extensions["attributor"] = model
    # A first parse warms the pipeline up and decides readiness; /v1/quotes answers 503 until it has worked.
    app.extensions["ready"] = _warm_up(model)
    logging.getLogger("service").info(
        "model loaded",
        extra={
            "model": settings.spacy_model,
            "ready": app.extensions["ready"],
            "load_ms": round((time.perf_counter() - t0) * 1000, 1),
        },
    )
    problems.register(app)
    metrics.install(app)
    for blueprint in (routes.bp, health.bp, spec.bp):
        app.register_blueprint(blueprint)
    _access_log(app)
    return app


def _warm_up(attributor: QuoteAttributor) -> bool:
    try:
        return bool(attributor.ready())
    except Exception:
        logging.getLogger("service").exception("model warm-up failed")
        return False


def _access_log(app: Flask) -> None:
    inflight = InFlight(os.environ.get(DIR_ENV))

    @app.before_request
    def _request_id() -> None:
        incoming = request.headers.get("X-Request-ID", "")
        ok = 0 < len(incoming) <= 128 and incoming.isascii() and incoming.isprintable()
        g.request_id = incoming if ok else uuid.uuid4().hex
        g.t0 = time.perf_counter()
        endpoint, method = metrics.request_labels()
        g.inflight = inflight.begin({"request_id": g.request_id, "method": method, "endpoint": endpoint})

    @app.teardown_request
    def _answered(exc: BaseException | None) -> None:
        key = g.pop("inflight", None)
        if key is not None:
            inflight.end(key)

    @app.after_request
    def _log(resp: Response) -> Response:
        request_id = g.get("request_id", "-")
        resp.headers["X-Request-ID"] = request_id
        log.info(
            "request",
            extra={
                "request_id": request_id,
                "method": request.method,
                "path": request.path,
                "status": resp.status_code,
                "bytes_in": request.content_length or 0,
                "elapsed_ms": round((time.perf_counter() - g.get("t0", time.perf_counter())) * 1000, 2),
            },
        )
        return resp
