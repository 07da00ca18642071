"""Prometheus text metrics: request counts and latency by endpoint, method and status, and requests lost
with a dead worker (service.inflight).

Under gunicorn each worker is its own process; when `PROMETHEUS_MULTIPROC_DIR` is set
(gunicorn.conf.py sets it), the workers write to shared files and /metrics aggregates them.
"""

from __future__ import annotations

import os
import time

from flask import Blueprint, Flask, Response, g, request
from flask.typing import ResponseReturnValue
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest, multiprocess

bp = Blueprint("metrics", __name__)
BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)


# Labels come from fixed sets, so what a client makes up (a method `FOO`, a path `/x1`, `/x2` …) cannot
# add series: unknown methods and paths are counted as `other`.
METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})


def request_labels() -> tuple[str, str]:
    """(endpoint, method): the route's rule (`/v1/quotes`) or `other`, a known method or `other`."""
    endpoint = request.url_rule.rule if request.url_rule is not None else "other"
    method = request.method if request.method in METHODS else "other"
    return endpoint, method


def install(app: Flask) -> None:
    registry = CollectorRegistry()
    requests = Counter(
        "quotes_http_requests_total", "HTTP requests answered", ["endpoint", "method", "status"], registry=registry
    )
    latency = Histogram(
        "quotes_http_request_duration_seconds",
        "Time to answer an HTTP request",
        ["endpoint", "method", "status"],
        buckets=BUCKETS,
        registry=registry,
    )
    app.extensions["metrics_registry"] = registry

    @app.before_request
    def _start() -> None:
        g.metrics_t0 = time.perf_counter()

    @app.after_request
    def _count(resp: Response) -> Response:
        t0 = g.pop("metrics_t0", None)
        labels = (*request_labels(), str(resp.status_code))
        requests.labels(*labels).inc()
        if t0 is not None:
            latency.labels(*labels).observe(time.perf_counter() - t0)
        return resp

    app.register_blueprint(bp)


@bp.get("/metrics")
def metrics() -> ResponseReturnValue:
    from flask import current_app

    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
    else:
        registry = current_app.extensions["metrics_registry"]
    return Response(generate_latest(registry), content_type=CONTENT_TYPE_LATEST)
