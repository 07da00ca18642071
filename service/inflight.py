"""Requests in flight in a worker, on record where the gunicorn master reads them if the worker dies.

A worker killed by the master's timeout, by the OOM killer or by hand takes its requests with it,
and neither the app's access log nor its metrics hear of them. So each worker keeps one small file
(`inflight_<pid>.jsonl` in PROMETHEUS_MULTIPROC_DIR, a tmpfs in the container) listing the requests
it has begun and not answered: request id, method and endpoint label, never the path's query or a
body. When a worker exits, gunicorn.conf.py's `child_exit` hook (in the master) calls `report_lost`:
one ERROR log line per request the worker still held, and `quotes_http_requests_lost_total`
counted by endpoint and method. A worker that exits normally leaves the file empty.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import logging
import os
from typing import Any

from prometheus_client import Counter

log = logging.getLogger("service.worker")
DIR_ENV = "PROMETHEUS_MULTIPROC_DIR"
PREFIX = "inflight_"

# Counted in the master (its own file in the multiprocess directory), so /metrics in any worker sums it in.
LOST = Counter(
    "quotes_http_requests_lost_total",
    "Requests a worker had begun and never answered because it died (timeout, OOM, kill)",
    ["endpoint", "method"],
    registry=None,
)


def path_for(directory: str, pid: int) -> str:
    return os.path.join(directory, f"{PREFIX}{pid}.jsonl")


class InFlight:
    """`begin(record)` → a key; `end(key)`. The file is rewritten on each change (a few hundred bytes)."""

    def __init__(self, directory: str | None) -> None:
        self.directory = directory
        self._records: dict[int, str] = {}
        self._keys = itertools.count()
        self._fd: int | None = None
        self._pid = 0

    def begin(self, record: dict[str, Any]) -> int:
        key = next(self._keys)
        self._records[key] = json.dumps(record) + "\n"
        self._write()
        return key

    def end(self, key: int) -> None:
        if self._records.pop(key, None) is not None:
            self._write()

    def _write(self) -> None:
        if not self.directory:
            return
        pid = os.getpid()
        if self._fd is None or pid != self._pid:  # first use in this process (a forked worker opens its own)
            try:
                self._fd = os.open(path_for(self.directory, pid), os.O_WRONLY | os.O_CREAT, 0o600)
            except OSError:
                self.directory = None
                return
            self._pid = pid
        data = "".join(self._records.values()).encode()
        # Write first, then cut: a reader sees whole lines (a line twice at worst), never an empty file mid-update.
        os.pwrite(self._fd, data, 0)
        os.ftruncate(self._fd, len(data))


def report_lost(directory: str, pid: int) -> list[dict[str, Any]]:
    """In the master, when worker `pid` has exited: log and count what it still held; remove its file."""
    path = path_for(directory, pid)
    try:
        with open(path, encoding="utf-8") as f:
            lines = f.read().splitlines()
    except OSError:
        return []
    finally:
        with contextlib.suppress(OSError):
            os.remove(path)
    lost: dict[str, dict[str, Any]] = {}
    for line in lines:
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if isinstance(record, dict):
            lost[str(record.get("request_id"))] = record
    for record in lost.values():
        log.error("request lost with its worker", extra={**record, "worker_pid": pid})
        LOST.labels(str(record.get("endpoint", "other")), str(record.get("method", "other"))).inc()
    return list(lost.values())
