"""The real server: gunicorn with gunicorn.conf.py on a loopback port, then the contract over HTTP.

Schemathesis runs against it with every check and positive and negative data, as against the
app in-process; a few raw-socket requests check what only a real server shows (a chunked body
over the limit, a declared Content-Length over the limit, metrics aggregated across workers).
"""

from __future__ import annotations

import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis

from tests.contract.conftest import schemathesis_config
from tests.contract.openapi_check import SPEC_PATH

ROOT = Path(__file__).resolve().parents[2]
GUNICORN = Path(sys.executable).parent / "gunicorn"
START_TIMEOUT = 120.0
MAX_BODY = 4 * 1024 * 1024  # Settings().max_body_bytes, which the server runs with


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _get(url: str, timeout: float = 5.0) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


@pytest.fixture(scope="module")
def live_server() -> Iterator[str]:
    """gunicorn service.wsgi:app -c gunicorn.conf.py -b 127.0.0.1:<port> -w 1, ready; stopped afterwards."""
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QUOTES_", "PROMETHEUS_", "GUNICORN_"))}
    env["WEB_CONCURRENCY"] = "1"
    log = tempfile.NamedTemporaryFile(prefix="gunicorn-", suffix=".log", delete=False)  # noqa: SIM115 - outlives the block
    cmd = [str(GUNICORN), "service.wsgi:app", "-c", "gunicorn.conf.py", "-b", f"127.0.0.1:{port}", "-w", "1"]
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            if proc.poll() is not None:
                pytest.fail(f"gunicorn exited with {proc.returncode}:\n{Path(log.name).read_text()[-3000:]}")
            try:
                if _get(url + "/readyz", timeout=2)[0] == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"gunicorn not ready after {START_TIMEOUT}s:\n{Path(log.name).read_text()[-3000:]}")
            time.sleep(0.25)
        yield url
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()
        os.unlink(log.name)


schema = schemathesis.openapi.from_path(str(SPEC_PATH), config=schemathesis.Config.from_dict(schemathesis_config()))


@schema.parametrize()
def test_live_server_keeps_the_contract(case: schemathesis.Case, live_server: str) -> None:
    case.call_and_validate(base_url=live_server)


def _raw(url: str, method: str, path: str, headers: dict[str, str], body: bytes = b"") -> tuple[int, str, bytes]:
    host, port = url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=30) as sock:
        head = f"{method} {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n"
        head += "".join(f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\n"
        sock.sendall(head.encode() + body)
        response = http.client.HTTPResponse(sock)
        response.begin()
        return response.status, response.getheader("Content-Type", ""), response.read()


def _chunked(data: bytes, size: int = 256 * 1024) -> bytes:
    pieces = [data[i : i + size] for i in range(0, len(data), size)]
    return b"".join(f"{len(p):x}\r\n".encode() + p + b"\r\n" for p in pieces) + b"0\r\n\r\n"


def test_chunked_body_over_the_limit_is_a_413_problem(live_server: str) -> None:
    body = b'{"text": "' + b"a" * MAX_BODY + b'"}'
    status, ctype, raw = _raw(
        live_server,
        "POST",
        "/v1/quotes",
        {"Content-Type": "application/json", "Transfer-Encoding": "chunked"},
        _chunked(body),
    )
    assert (status, ctype) == (413, "application/problem+json")
    assert json.loads(raw)["type"] == "https://quotes.example/problems/payload-too-large"


def test_chunked_body_within_the_limit_is_answered(live_server: str) -> None:
    body = json.dumps({"text": "“We will rebuild the bridge,” said Maria Lopez."}).encode()
    status, ctype, raw = _raw(
        live_server,
        "POST",
        "/v1/quotes",
        {"Content-Type": "application/json", "Transfer-Encoding": "chunked"},
        _chunked(body, size=7),
    )
    assert (status, ctype) == (200, "application/json")
    [quote] = json.loads(raw)["quotes"]
    assert (quote["start"], quote["end"]) == (1, 28)


def test_declared_length_over_the_limit_is_a_413_problem_before_the_body(live_server: str) -> None:
    status, ctype, raw = _raw(
        live_server, "POST", "/v1/quotes", {"Content-Type": "application/json", "Content-Length": str(MAX_BODY + 1)}
    )
    assert (status, ctype) == (413, "application/problem+json")
    assert json.loads(raw)["status"] == 413


def test_metrics_count_requests_by_endpoint_and_status(live_server: str) -> None:
    def count(text: str, endpoint: str, method: str, status: int) -> float:
        prefix = f'quotes_http_requests_total{{endpoint="{endpoint}",method="{method}",status="{status}"}} '
        return sum(float(line.removeprefix(prefix)) for line in text.splitlines() if line.startswith(prefix))

    before = _get(live_server + "/metrics")[1].decode()
    for _ in range(3):
        _get(live_server + "/healthz")
    _get(live_server + "/no-such-path")
    status, raw = _get(live_server + "/metrics")
    after = raw.decode()
    assert status == 200
    assert count(after, "/healthz", "GET", 200) - count(before, "/healthz", "GET", 200) == 3
    assert count(after, "other", "GET", 404) - count(before, "other", "GET", 404) == 1
    assert "quotes_http_request_duration_seconds_bucket" in after
