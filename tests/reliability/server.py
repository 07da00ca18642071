"""Run the real gunicorn server (gunicorn.conf.py, service.wsgi:app) on a free loopback port.

The server runs in its own process group; `stop()` ends the whole group, so no worker outlives a test.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
GUNICORN = Path(sys.executable).with_name("gunicorn")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@dataclass
class Response:
    status: int
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class Server:
    port: int
    proc: subprocess.Popen[bytes]
    log_path: Path
    metrics_dir: Path
    env: dict[str, str] = field(default_factory=dict)

    @property
    def pid(self) -> int:
        return self.proc.pid

    def request(
        self,
        method: str,
        path: str,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
        timeout: float = 60.0,
    ) -> Response:
        """One request on a fresh connection (sync workers close after each answer anyway)."""
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            conn.request(method, path, body=body, headers=headers or {})
            resp = conn.getresponse()
            return Response(resp.status, {k.lower(): v for k, v in resp.getheaders()}, resp.read())
        finally:
            conn.close()

    def post_json(
        self, path: str, payload: Any, headers: dict[str, str] | None = None, timeout: float = 60.0
    ) -> Response:
        body = json.dumps(payload).encode()
        return self.request("POST", path, body, {"Content-Type": "application/json", **(headers or {})}, timeout)

    def workers(self) -> list[int]:
        """Pids of the master's live worker processes (its children)."""
        children: list[int] = []
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            # The command name may hold spaces or parentheses: the fields after the last ')' are fixed.
            fields = stat.rsplit(")", 1)[1].split()
            if int(fields[1]) == self.pid and fields[0] != "Z":
                children.append(int(entry.name))
        return sorted(children)

    def wait_workers(self, count: int, timeout: float = 60.0, exclude: tuple[int, ...] = ()) -> list[int]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            pids = [p for p in self.workers() if p not in exclude]
            if len(pids) == count:
                return pids
            time.sleep(0.1)
        raise AssertionError(f"expected {count} workers, have {self.workers()}")

    def log_lines(self) -> list[str]:
        return self.log_path.read_text(encoding="utf-8", errors="replace").splitlines()

    def stop(self) -> int:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.pid, signal.SIGTERM)
        try:
            return self.proc.wait(timeout=40)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.pid, signal.SIGKILL)
            return self.proc.wait(timeout=10)


def rss_kib(pid: int) -> int:
    """Resident set size of a process, from /proc/<pid>/status (VmRSS, in KiB)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise AssertionError(f"no VmRSS for {pid}")


@contextlib.contextmanager
def running_server(tmp: Path, workers: int = 2, ready_timeout: float = 180.0, **env: str) -> Iterator[Server]:
    """Start gunicorn with gunicorn.conf.py on 127.0.0.1:<free port>; yield once /readyz answers 200."""
    port = free_port()
    metrics_dir = tmp / "metrics"
    metrics_dir.mkdir(parents=True, exist_ok=True)
    log_path = tmp / "server.log"
    full_env = {
        **os.environ,
        "PORT": str(port),
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "WEB_CONCURRENCY": str(workers),
        "PROMETHEUS_MULTIPROC_DIR": str(metrics_dir),
        "PYTHONUNBUFFERED": "1",
        **env,
    }
    with log_path.open("wb") as log:
        proc = subprocess.Popen(
            [str(GUNICORN), "service.wsgi:app", "-c", "gunicorn.conf.py"],
            cwd=ROOT,
            env=full_env,
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
    server = Server(port, proc, log_path, metrics_dir, full_env)
    try:
        deadline = time.monotonic() + ready_timeout
        while True:
            if proc.poll() is not None:
                raise AssertionError(f"gunicorn exited with {proc.returncode}:\n{log_path.read_text()[-3000:]}")
            try:
                if server.request("GET", "/readyz", timeout=5).status == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise AssertionError(f"gunicorn not ready after {ready_timeout}s:\n{log_path.read_text()[-3000:]}")
            time.sleep(0.2)
        server.wait_workers(workers)
        yield server
    finally:
        server.stop()


def raw_exchange(
    port: int, data: bytes, timeout: float = 30.0, half_close: bool = True
) -> tuple[int, dict[str, str], bytes]:
    """Send bytes as they are to a loopback port and read the whole answer: status, lower-cased headers, body.

    `half_close` shuts our side after sending (a body cut short); without it the peer sees an open connection."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
        s.sendall(data)
        if half_close:
            s.shutdown(socket.SHUT_WR)
        got = b""
        while chunk := s.recv(65536):
            got += chunk
    head, _, body = got.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
    return int(lines[0].split()[1]), headers, body
