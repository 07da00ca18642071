"""When the engine fails or is not ready: a generic 500 with no trace, a 503 with Retry-After; nothing leaks to logs."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from datetime import date

import pytest
from flask import Flask

from service.app import create_app
from service.config import Settings
from service.logs import JsonFormatter
from service.nlp.types import Attribution
from tests.api.helpers import assert_problem

SECRET = "“The vault code is 4471,” whispered Eve Marlowe."


class StubAttributor:
    """Stands in for QuoteAttributor: ready or not, answering or raising."""

    model_name = "stub-0"

    def __init__(self, *, ready: bool | Exception = True, fails: bool = False) -> None:
        self._ready, self.fails = ready, fails

    def ready(self) -> bool:
        if isinstance(self._ready, Exception):
            raise self._ready
        return self._ready

    def attribute(self, text: str, published_at: date | None = None) -> Attribution:
        return next(self.attribute_many([(text, published_at)]))

    def attribute_many(self, items: Iterable[tuple[str, date | None]]) -> Iterator[Attribution]:
        for text, _ in items:
            if self.fails:
                raise RuntimeError(f"engine exploded on {text!r}")
            yield Attribution(quotes=(), speakers=())


def make_app(stub: StubAttributor) -> Flask:
    return create_app(Settings(), stub)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("path", "body"), [("/v1/quotes", {"text": SECRET}), ("/v1/quotes/batch", {"documents": [{"text": SECRET}]})]
)
def test_engine_failure_is_a_generic_500_without_trace(path: str, body: object) -> None:
    r = make_app(StubAttributor(fails=True)).test_client().post(path, json=body)
    problem = assert_problem(r, 500, "internal", "Internal Server Error")
    assert problem["detail"] == "The server could not answer this request."
    raw = r.get_data(as_text=True)
    for leak in ("Traceback", "RuntimeError", "exploded", "vault", "attributor.py", 'File "'):
        assert leak not in raw


def test_engine_failure_is_logged_without_the_text(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    make_app(StubAttributor(fails=True)).test_client().post(
        "/v1/quotes", json={"text": SECRET, "id": "private-id-77"}, headers={"X-Request-ID": "req-500"}
    )
    lines = [JsonFormatter().format(record) for record in caplog.records]
    assert any('"error_type": "RuntimeError"' in line for line in lines)
    assert any('"request_id": "req-500"' in line and '"status": 500' in line for line in lines)
    for line in lines:
        assert "vault" not in line and "Eve Marlowe" not in line and "private-id-77" not in line


def test_successful_requests_log_no_text(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    client = make_app(StubAttributor()).test_client()
    client.post("/v1/quotes", json={"text": SECRET, "id": "private-id-77"})
    client.post("/v1/quotes?id=private-id-78", data=SECRET.encode(), content_type="text/plain")
    client.post("/v1/quotes", json={"text": SECRET, "published_at": "not a date"})
    lines = [JsonFormatter().format(record) for record in caplog.records]
    assert sum('"logger": "service.access"' in line for line in lines) == 3
    for line in lines:
        assert "vault" not in line and "private-id" not in line


@pytest.mark.parametrize(
    "stub",
    [
        pytest.param(StubAttributor(ready=False), id="does-not-parse"),
        pytest.param(StubAttributor(ready=RuntimeError("model file missing")), id="raises"),
    ],
)
def test_not_ready_model_gives_503s(stub: StubAttributor) -> None:
    client = make_app(stub).test_client()
    r = client.get("/readyz")
    assert_problem(r, 503, "not-ready", "Service Unavailable")
    assert r.headers["Retry-After"] == "5"
    for path, body in (("/v1/quotes", {"text": "Hello."}), ("/v1/quotes/batch", {"documents": [{"text": "Hi."}]})):
        r = client.post(path, json=body)
        assert_problem(r, 503, "not-ready", "Service Unavailable")
        assert r.headers["Retry-After"] == "5"
    # Not ready is not dead: the liveness probe still answers.
    assert client.get("/healthz").status_code == 200


def test_503_comes_before_request_validation() -> None:
    r = make_app(StubAttributor(ready=False)).test_client().post("/v1/quotes", data=b"{", content_type="text/xml")
    assert_problem(r, 503, "not-ready", "Service Unavailable")


def test_no_model_at_all_gives_503s() -> None:
    app = make_app(StubAttributor())
    app.extensions["attributor"] = None
    client = app.test_client()
    assert_problem(client.get("/readyz"), 503, "not-ready", "Service Unavailable")
    assert_problem(client.post("/v1/quotes", json={"text": "Hi."}), 503, "not-ready", "Service Unavailable")


def test_readiness_recovers_when_the_model_parses_again() -> None:
    stub = StubAttributor(ready=False)
    client = make_app(stub).test_client()
    assert client.post("/v1/quotes", json={"text": "Hi."}).status_code == 503
    stub._ready = True
    assert client.get("/readyz").status_code == 200
    assert client.post("/v1/quotes", json={"text": "Hi."}).status_code == 200


def test_unexpected_error_outside_the_engine_is_a_generic_500() -> None:
    app = make_app(StubAttributor())

    def boom() -> str:
        raise KeyError("secret-key")

    app.view_functions["health.healthz"] = boom
    r = app.test_client().get("/healthz")
    assert_problem(r, 500, "internal", "Internal Server Error")
    assert "secret-key" not in r.get_data(as_text=True)
