"""The deployment pieces run for real, without Docker: the image's healthcheck command against the real
gunicorn server, and (where nginx is installed) deploy/nginx.conf proxying to it, with the upstream host
substituted by the server's loopback address."""

from __future__ import annotations

import contextlib
import http.client
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from service.config import Settings
from tests.deploy.files import NGINX, dockerfile
from tests.reliability.server import Server, free_port, raw_exchange, running_server

NGINX_BIN = shutil.which("nginx") or ("/usr/sbin/nginx" if os.path.exists("/usr/sbin/nginx") else None)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with running_server(tmp_path_factory.mktemp("gunicorn")) as srv:
        yield srv


def healthcheck(port: int) -> int:
    [check] = [i for i in dockerfile() if i.keyword == "HEALTHCHECK"]
    argv = check.exec_form()
    assert argv is not None and argv[0] == "python"
    env = {**os.environ, "PORT": str(port)}
    return subprocess.run([sys.executable, *argv[1:]], env=env, timeout=30, capture_output=True, check=False).returncode


def test_image_healthcheck_passes_on_a_ready_server(server: Server) -> None:
    assert healthcheck(server.port) == 0


def test_image_healthcheck_fails_with_nothing_listening() -> None:
    assert healthcheck(free_port()) != 0


@contextlib.contextmanager
def running_nginx(upstream_port: int) -> Iterator[int]:
    """nginx's workers drop root (to nobody here, nginx in the image): its directory must be theirs to use,
    as the world-writable /tmp tmpfs is in the container; pytest's tmp_path is private to root."""
    tmp = Path(tempfile.mkdtemp(prefix="quotes-nginx-"))
    tmp.chmod(0o755)
    with contextlib.ExitStack() as cleanup:
        cleanup.callback(shutil.rmtree, tmp, True)
        yield from _nginx(tmp, upstream_port)


def _nginx(tmp: Path, upstream_port: int) -> Iterator[int]:
    port = free_port()
    conf = NGINX.read_text()
    conf = conf.replace("server api:8000 resolve;", f"server 127.0.0.1:{upstream_port};")
    conf = conf.replace("listen 8080;", f"listen 127.0.0.1:{port};")
    conf = conf.replace("/tmp/", f"{tmp}/")
    assert f"127.0.0.1:{upstream_port}" in conf and f"127.0.0.1:{port}" in conf
    path = tmp / "nginx.conf"
    path.write_text(conf)
    base = [NGINX_BIN or "nginx", "-p", str(tmp), "-e", "stderr", "-c", str(path)]
    test = subprocess.run([*base, "-t"], capture_output=True, text=True, timeout=30, check=False)
    assert test.returncode == 0, test.stderr
    log = (tmp / "nginx.out").open("wb")
    proc = subprocess.Popen([*base, "-g", "daemon off;"], stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.monotonic() + 20
        while True:
            with contextlib.suppress(OSError):
                if through(port, "GET", "/nginx-health")[0] == 200:
                    break
            assert proc.poll() is None and time.monotonic() < deadline, (tmp / "nginx.out").read_text()
            time.sleep(0.1)
        yield port
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=20)
        log.close()


def through(port: int, method: str, path: str, body: bytes | None = None, headers: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        resp = conn.getresponse()
        return resp.status, {k.lower(): v for k, v in resp.getheaders()}, resp.read()
    finally:
        conn.close()


@pytest.mark.skipif(NGINX_BIN is None, reason="nginx is not installed here (apt-get install nginx-light)")
def test_nginx_config_in_front_of_gunicorn(server: Server) -> None:
    limit = Settings().max_body_bytes
    with running_nginx(server.port) as port:
        # The client's request id reaches the app (it logs it) and comes back.
        status, headers, body = through(
            port,
            "POST",
            "/v1/quotes",
            "“Fine,” said Ada Vantell.".encode(),
            {"Content-Type": "text/plain", "X-Request-ID": "via-nginx-1"},
        )
        assert status == 200, body
        assert headers["x-request-id"] == "via-nginx-1"
        # Without one, nginx makes one up, and the app uses that same id.
        status, headers, _ = through(port, "GET", "/readyz")
        assert status == 200
        made = headers["x-request-id"]
        assert re.fullmatch(r"[0-9a-f]{32}", made)
        # A body at the limit gets through to the app (which judges the text); one byte more is nginx's 413.
        at_limit = b'{"text": "' + b"a" * (limit - 12) + b'"}'
        assert len(at_limit) == limit
        status, _, body = through(port, "POST", "/v1/quotes", at_limit, {"Content-Type": "application/json"})
        assert status == 422, body[:300]
        over = at_limit[:-2] + b'a"}'
        status, headers, body = through(
            port, "POST", "/v1/quotes", over, {"Content-Type": "application/json", "X-Request-ID": "too-big-1"}
        )
        assert status == 413
        assert headers["content-type"] == "application/problem+json"
        assert headers["x-request-id"] == "too-big-1"
        time.sleep(0.3)
        logged = "\n".join(server.log_lines())
        assert '"request_id": "via-nginx-1"' in logged and f'"request_id": "{made}"' in logged
        assert "too-big-1" not in logged, "nginx refused it: the app never saw it"


def _raw_through(port: int, data: bytes) -> tuple[int, dict[str, str], dict[str, object]]:
    import json

    status, headers, body = raw_exchange(port, data, half_close=False)
    return status, headers, json.loads(body)


@pytest.mark.skipif(NGINX_BIN is None, reason="nginx is not installed here (apt-get install nginx-light)")
@pytest.mark.parametrize(
    ("data", "status", "slug"),
    [
        pytest.param(b"GET /metrics HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 404, "not-found", id="metrics"),
        pytest.param(b"GET /" + b"a" * 9000 + b" HTTP/1.1\r\nHost: x\r\n\r\n", 414, "uri-too-long", id="414"),
        pytest.param(
            b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 9000 + b"\r\n\r\n",
            431,
            "headers-too-large",
            id="431",
        ),
        pytest.param(b"GET /healthz HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n", 400, "malformed-request", id="400"),
        pytest.param(
            b"POST /v1/quotes HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: frob\r\n\r\n", 501, "not-implemented", id="501"
        ),
        # passes nginx (no limit on the number of fields), refused by gunicorn's worker, as a problem too
        pytest.param(
            b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
            + b"".join(b"X-%d: a\r\n" % i for i in range(120))
            + b"\r\n",
            431,
            "headers-too-large",
            id="431-from-gunicorn",
        ),
    ],
)
def test_nginx_refusals_are_problems(server: Server, data: bytes, status: int, slug: str) -> None:
    with running_nginx(server.port) as port:
        got, headers, problem = _raw_through(port, data)
    assert (got, headers["content-type"], problem["status"]) == (status, "application/problem+json", status)
    assert problem["type"] == "https://quotes.example/problems/" + slug
    assert headers.get("x-request-id")
