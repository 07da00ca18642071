"""Slow, hostile and heavy clients against the real server (gunicorn.conf.py, 2 gevent workers, loopback).

- 50 connections trickling their headers (and a few trickling bodies) do not delay anyone else past 3 s;
- made-up methods and paths leave /metrics the same size;
- a 20 MB body gets a 413 that urllib and http.client can read;
- truncated or badly chunked bodies get a 400 problem, and gunicorn's own refusals are problems too;
- a request over the deadline gets a 503 problem and the worker lives on; a request lost with a killed
  worker is logged and counted by the master.

The long forms (`-m slow`, run by `make bench`) trickle 200 connections for 30 s and measure a worker's peak
memory on the largest allowed batch and the densest allowed article.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import os
import signal
import socket
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from service.config import Settings
from tests.reliability.articles import article
from tests.reliability.server import Server, raw_exchange, running_server

PROBLEM = "https://quotes.example/problems/"
LIMITS = Settings()


def _raw(server: Server, data: bytes, timeout: float = 30.0) -> tuple[int, dict[str, str], bytes]:
    """Send bytes as they are, half-close, read the whole answer."""
    return raw_exchange(server.port, data, timeout)


@contextlib.contextmanager
def _trickling(server: Server, count: int, body: bool = False) -> Iterator[None]:
    """`count` connections sending one header line (or one body byte) a second while the block runs."""
    socks = []
    for _ in range(count):
        s = socket.create_connection(("127.0.0.1", server.port), timeout=5)
        start = b"POST /v1/quotes HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\n\r\n"
        s.sendall(start if body else b"GET /readyz HTTP/1.1\r\nHost: x\r\n")
        socks.append(s)
    stop = threading.Event()

    def drip() -> None:
        n = 0
        while not stop.wait(1.0):
            for s in socks:
                with contextlib.suppress(OSError):
                    s.sendall(b"a" if body else b"X-Slow-%d: a\r\n" % n)
            n += 1

    thread = threading.Thread(target=drip, daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join(timeout=5)
        for s in socks:
            s.close()


def slow_clients_latency(server: Server, count: int, seconds: float) -> list[float]:
    """Seconds each /readyz plus short POST took while `count` header tricklers and 5 body tricklers held on."""
    took: list[float] = []
    with _trickling(server, count), _trickling(server, 5, body=True):
        stop = time.monotonic() + seconds
        while time.monotonic() < stop:
            t0 = time.perf_counter()
            assert server.request("GET", "/readyz", timeout=10).status == 200
            assert server.post_json("/v1/quotes", {"text": "“Yes,” she said."}, timeout=10).status == 200
            took.append(time.perf_counter() - t0)
            time.sleep(0.2)
    return took


def test_slow_clients_do_not_delay_others(server: Server) -> None:
    took = slow_clients_latency(server, 50, 8.0)
    print(f"{len(took)} round trips, slowest {max(took):.2f} s")
    assert len(took) >= 5 and max(took) < 3.0


@pytest.mark.slow
def test_many_slow_clients_for_long_do_not_delay_others(server: Server) -> None:
    took = slow_clients_latency(server, 50, 30.0)
    print(f"{len(took)} round trips, slowest {max(took):.2f} s")
    assert max(took) < 3.0


def test_made_up_methods_and_paths_leave_metrics_the_same_size(server: Server) -> None:
    for _ in range(2):  # the scrape itself and the `other` series exist once these have been seen
        server.request("FROB", "/nowhere")
        server.request("FROB", "/healthz")
        before = server.request("GET", "/metrics").body.decode().splitlines()
    for i in range(300):
        server.request(f"M{i}X", f"/made-up-{i}")
    after = server.request("GET", "/metrics").body.decode().splitlines()
    print(f"/metrics: {len(before)} lines before, {len(after)} after 300 made-up methods and paths")
    assert len(after) == len(before)
    assert not [line for line in after if "M1X" in line or "made-up" in line]


BIG = b"x" * 20_000_000


@pytest.mark.parametrize("client", ["urllib", "http.client"])
def test_a_20_mb_body_gets_a_413_every_client_reads(server: Server, client: str) -> None:
    url = f"http://127.0.0.1:{server.port}/v1/quotes"
    headers = {"Content-Type": "text/plain"}
    if client == "urllib":
        with pytest.raises(urllib.error.HTTPError) as info:
            urllib.request.urlopen(urllib.request.Request(url, data=BIG, headers=headers), timeout=30)
        status, content_type, body = info.value.code, info.value.headers["Content-Type"], info.value.read()
    else:
        conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
        conn.request("POST", "/v1/quotes", body=BIG, headers=headers)
        resp = conn.getresponse()
        status, content_type, body = resp.status, resp.getheader("Content-Type", ""), resp.read()
        conn.close()
    assert (status, content_type) == (413, "application/problem+json")
    assert json.loads(body)["type"] == PROBLEM + "payload-too-large"


POST_HEAD = b"POST /v1/quotes HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(POST_HEAD + b"Transfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n", id="chunk-size-not-hex"),
        pytest.param(POST_HEAD + b"Transfer-Encoding: chunked\r\n\r\n10\r\nabc", id="chunked-cut-short"),
        pytest.param(POST_HEAD + b"Transfer-Encoding: chunked\r\n\r\n3\r\nabcXY0\r\n\r\n", id="chunk-without-crlf"),
        pytest.param(POST_HEAD + b"Content-Length: 100\r\n\r\nabc", id="shorter-than-content-length"),
    ],
)
def test_malformed_or_truncated_bodies_are_400_problems(server: Server, data: bytes) -> None:
    status, headers, body = _raw(server, data)
    assert (status, headers["content-type"]) == (400, "application/problem+json")
    assert json.loads(body)["type"] == PROBLEM + "malformed-body"
    assert headers.get("x-request-id")


@pytest.mark.parametrize(
    ("data", "status", "slug"),
    [
        pytest.param(b"GET /" + b"a" * 9000 + b" HTTP/1.1\r\nHost: x\r\n\r\n", 414, "uri-too-long", id="414"),
        pytest.param(
            b"GET /healthz HTTP/1.1\r\nHost: x\r\n" + b"".join(b"X-%d: a\r\n" % i for i in range(120)) + b"\r\n",
            431,
            "headers-too-large",
            id="431-too-many-headers",
        ),
        pytest.param(b"GET /healthz HTTP/1.1\r\nBad Header\r\n\r\n", 400, "malformed-request", id="400-bad-header"),
        pytest.param(b"GET /healthz HTTP/9.9\r\nHost: x\r\n\r\n", 400, "malformed-request", id="400-bad-version"),
        pytest.param(POST_HEAD + b"Transfer-Encoding: frob\r\n\r\n", 501, "not-implemented", id="501-unknown-coding"),
    ],
)
def test_gunicorns_own_refusals_are_problems(server: Server, data: bytes, status: int, slug: str) -> None:
    got, headers, body = _raw(server, data)
    problem = json.loads(body)
    assert (got, headers["content-type"], problem["status"], problem["type"]) == (
        status,
        "application/problem+json",
        status,
        PROBLEM + slug,
    )
    assert len(headers["x-request-id"]) == 32


@pytest.fixture(scope="module")
def short_deadline(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with running_server(tmp_path_factory.mktemp("deadline"), QUOTES_DEADLINE_SECONDS="2") as srv:
        yield srv


LONG_TEXT = "\n\n".join(article(i, paragraphs=30) for i in range(40))[: LIMITS.max_chars]


def test_a_request_over_the_deadline_is_a_503_and_the_worker_lives(short_deadline: Server) -> None:
    workers = short_deadline.workers()
    t0 = time.monotonic()
    resp = short_deadline.post_json("/v1/quotes", {"text": LONG_TEXT}, timeout=60)
    elapsed = time.monotonic() - t0
    print(f"503 after {elapsed:.1f} s, Retry-After {resp.headers.get('retry-after')}")
    assert (resp.status, resp.headers["content-type"]) == (503, "application/problem+json")
    assert resp.json()["type"] == PROBLEM + "deadline-exceeded"
    assert elapsed < 20
    assert short_deadline.workers() == workers
    assert short_deadline.post_json("/v1/quotes", {"text": "“Yes,” she said."}).status == 200


def test_a_request_lost_with_a_killed_worker_is_logged_and_counted(short_deadline: Server) -> None:
    outcome: list[str] = []

    def send() -> None:
        try:
            headers = {"X-Request-ID": "lost-on-purpose"}
            outcome.append(str(short_deadline.post_json("/v1/quotes", {"text": LONG_TEXT}, headers, 60).status))
        except OSError as exc:
            outcome.append(type(exc).__name__)

    thread = threading.Thread(target=send)
    thread.start()
    deadline = time.monotonic() + 10
    busy: list[int] = []
    while not busy and time.monotonic() < deadline:
        time.sleep(0.05)
        records = {p: short_deadline.metrics_dir / f"inflight_{p}.jsonl" for p in short_deadline.workers()}
        busy = [p for p, f in records.items() if f.exists() and b"lost-on-purpose" in f.read_bytes()]
    assert busy, "the request never reached a worker"
    os.kill(busy[0], signal.SIGKILL)
    thread.join(timeout=60)
    assert outcome and not outcome[0].isdigit(), outcome
    short_deadline.wait_workers(2, exclude=(busy[0],))
    lost = [json.loads(x) for x in short_deadline.log_lines() if "request lost with its worker" in x]
    assert [(r["request_id"], r["method"], r["endpoint"], r["worker_pid"]) for r in lost] == [
        ("lost-on-purpose", "POST", "/v1/quotes", busy[0])
    ]
    metrics = short_deadline.request("GET", "/metrics").body.decode()
    assert 'quotes_http_requests_lost_total{endpoint="/v1/quotes",method="POST"} 1.0' in metrics


def _peak_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    raise AssertionError("no VmHWM")


def _dense_documents() -> list[dict[str, str]]:
    """The largest batch the limits allow: 32 documents holding QUOTES_MAX_BATCH_TOKENS tokens together."""
    per = LIMITS.max_batch_tokens // LIMITS.max_batch
    return [{"text": ("Ana Ruiz said “yes.” " * per)[: per * 3]} for _ in range(LIMITS.max_batch)]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("path", "payload"),
    [
        pytest.param("/v1/quotes", {"text": "a\n" * (LIMITS.max_tokens // 2)}, id="densest-article-one-token-a-line"),
        pytest.param("/v1/quotes", {"text": LONG_TEXT}, id="longest-article-of-prose"),
        pytest.param("/v1/quotes/batch", {"documents": _dense_documents()}, id="largest-batch"),
    ],
)
def test_at_the_limits_a_worker_answers_well_under_1_gib(tmp_path: Path, path: str, payload: object) -> None:
    with running_server(tmp_path, workers=1, GUNICORN_MAX_REQUESTS="0") as srv:
        [worker] = srv.workers()
        t0 = time.monotonic()
        resp = srv.post_json(path, payload, timeout=120)
        elapsed = time.monotonic() - t0
        peak = _peak_kib(worker)
        print(f"{path}: {resp.status} in {elapsed:.1f} s, worker peak {peak / 1024:.0f} MiB")
        assert resp.status in (200, 503), resp.body[:300]
        assert resp.headers["content-type"] in ("application/json", "application/problem+json")
        assert srv.workers() == [worker]
        assert peak < 800 * 1024
