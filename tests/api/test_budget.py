"""The work budget of a request: batch token total, pieces, the deadline and its 503, fixed metric labels.

A stub attributor stands in for the model where the test is about the HTTP layer's bookkeeping: it records
what it was asked to parse, and can sleep (time lost to other work) or spin (work of its own) past a deadline.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

import pytest
from flask import Flask

from service.api.budget import DeadlineExceeded, pieces
from service.app import create_app
from service.config import Settings
from service.inflight import LOST, InFlight, path_for, report_lost
from service.nlp.types import Attribution
from tests.api.helpers import assert_invalid, assert_problem


class StubAttributor:
    model_name = "stub-0"

    def __init__(self, wait: str = "", seconds: float = 0.0) -> None:
        self.calls: list[list[str]] = []
        self.wait, self.seconds = wait, seconds

    def ready(self) -> bool:
        return True

    def attribute_many(self, items: Iterable[tuple[str, date | None]]) -> Iterator[Attribution]:
        items = list(items)
        self.calls.append([text for text, _ in items])
        stop = time.monotonic() + self.seconds
        if self.wait == "sleep":
            time.sleep(self.seconds)
        while self.wait == "spin" and time.monotonic() < stop:
            pass
        for _ in items:
            yield Attribution(quotes=(), speakers=())


def _app(stub: StubAttributor, **settings: int) -> Flask:
    values = {"max_chars": 5_000, "max_tokens": 100, "max_batch_tokens": 250, "max_body_bytes": 64 * 1024}
    return create_app(Settings(**{**values, **settings}), stub)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("costs", "budget", "expected"),
    [
        pytest.param([3, 3, 5, 1], 6, [[0, 1], [2, 3]], id="fill-then-start-a-new-piece"),
        pytest.param([7, 1], 6, [[0], [1]], id="an-item-over-the-budget-goes-alone"),
        pytest.param([1, 1, 1], 10, [[0, 1, 2]], id="all-in-one"),
        pytest.param([], 10, [], id="nothing"),
    ],
)
def test_pieces(costs: list[int], budget: int, expected: list[list[int]]) -> None:
    assert list(pieces(list(range(len(costs))), costs, budget)) == expected


def test_a_batch_over_the_token_budget_is_422_before_any_parsing() -> None:
    stub = StubAttributor()
    docs = [{"text": "word " * 90} for _ in range(3)]  # 90 tokens each, 270 together > 250
    r = _app(stub).test_client().post("/v1/quotes/batch", json={"documents": docs})
    assert_invalid(r, {"/documents": "about 270 words and punctuation marks together; one batch may hold at most 250"})
    assert stub.calls == []


def test_a_batch_within_budget_is_parsed_in_pieces_of_max_tokens() -> None:
    stub = StubAttributor()
    texts = ["a " * 60, "b " * 30, "c " * 50, "d " * 10]  # 60+30 | 50+10 (pieces of at most 100 tokens)
    r = _app(stub).test_client().post("/v1/quotes/batch", json={"documents": [{"text": t} for t in texts]})
    assert r.status_code == 200
    assert stub.calls == [texts[:2], texts[2:]]


@pytest.mark.parametrize(
    ("wait", "retry_after"),
    [
        pytest.param("sleep", "10", id="time-lost-to-other-work-retry-later"),
        pytest.param("spin", None, id="work-of-its-own-no-retry"),
    ],
)
def test_the_deadline_answers_503(wait: str, retry_after: str | None, monkeypatch: pytest.MonkeyPatch) -> None:
    # On a shared machine a spinning request may get a third of a core; any share above 5 % is work of its own.
    monkeypatch.setattr("service.api.budget.BUSY_ELSEWHERE", 0.05)
    stub = StubAttributor(wait, seconds=3.0)
    t0 = time.monotonic()
    r = _app(stub, deadline_seconds=1).test_client().post("/v1/quotes", json={"text": "Hello."})
    assert time.monotonic() - t0 < 2.5
    problem = assert_problem(r, 503, "deadline-exceeded", "Service Unavailable")
    assert r.headers.get("Retry-After") == retry_after
    assert "1 s" in problem["detail"]


@pytest.mark.parametrize(
    ("cpu_share", "can"), [(0.1, True), (0.49, True), (0.5, False), (0.98, False)], ids=["10%", "49%", "50%", "98%"]
)
def test_a_retry_can_succeed_when_the_cpu_was_busy_elsewhere(cpu_share: float, can: bool) -> None:
    assert DeadlineExceeded(30, cpu_share).retry_can_succeed is can


@pytest.mark.parametrize(
    ("method", "path", "labels"),
    [
        pytest.param("FROB", "/healthz", 'endpoint="other",method="other",status="405"', id="made-up-method"),
        pytest.param("GET", "/made/up/path", 'endpoint="other",method="GET",status="404"', id="made-up-path"),
        pytest.param("POST", "/v1/quotes", 'endpoint="/v1/quotes",method="POST",status="200"', id="known"),
    ],
)
def test_metric_labels_come_from_fixed_sets(method: str, path: str, labels: str) -> None:
    client = _app(StubAttributor()).test_client()
    client.open(path, method=method, json={"text": "Hello."})
    text = client.get("/metrics").get_data(as_text=True)
    assert f"quotes_http_requests_total{{{labels}}} 1.0" in text
    assert "FROB" not in text and "made/up" not in text


def test_in_flight_requests_are_on_record_until_answered(tmp_path: Path) -> None:
    inflight = InFlight(str(tmp_path))
    one = inflight.begin({"request_id": "r1", "method": "POST", "endpoint": "/v1/quotes"})
    two = inflight.begin({"request_id": "r2", "method": "GET", "endpoint": "/readyz"})
    inflight.end(one)
    path = Path(path_for(str(tmp_path), os.getpid()))
    assert path.read_text() == '{"request_id": "r2", "method": "GET", "endpoint": "/readyz"}\n'
    inflight.end(two)
    assert path.read_text() == ""


def test_a_dead_workers_requests_are_reported_once_and_counted(tmp_path: Path) -> None:
    record = '{"request_id": "r9", "method": "POST", "endpoint": "/v1/quotes/batch"}\n'
    Path(path_for(str(tmp_path), 4242)).write_text(record * 2 + "{cut off")  # a line twice, one half-written
    counter = LOST.labels("/v1/quotes/batch", "POST")
    before = counter._value.get()
    lost = report_lost(str(tmp_path), 4242)
    assert lost == [{"request_id": "r9", "method": "POST", "endpoint": "/v1/quotes/batch"}]
    assert counter._value.get() == before + 1
    assert not Path(path_for(str(tmp_path), 4242)).exists()
    assert report_lost(str(tmp_path), 4242) == []
