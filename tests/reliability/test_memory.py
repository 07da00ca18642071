"""A worker's resident memory stays flat (< 10 % growth) across many requests after warm-up.

One worker (so every request lands on the process we measure) and no max_requests recycling (so the
measurement is of the app, not of gunicorn's safety net). Texts carry ever-new names: spaCy's memory zone
must keep the string store from growing with them.
"""

from __future__ import annotations

import random
import threading
from pathlib import Path

import pytest

from tests.reliability.articles import ODD_TEXTS, article, random_name_article
from tests.reliability.server import Server, rss_kib, running_server

GROWTH_LIMIT = 0.10
CLIENTS = 2


def _traffic(server: Server, seed: int, count: int) -> None:
    rng = random.Random(seed)
    for i in range(count):
        roll = rng.random()
        if roll < 0.1:
            payload = {"text": article(seed * 100_003 + i, paragraphs=rng.randrange(4, 16))}
        elif roll < 0.15:
            payload = {"text": rng.choice(ODD_TEXTS)}
        else:
            payload = {"text": random_name_article(seed * 100_003 + i), "published_at": "2026-02-01"}
        resp = server.post_json("/v1/quotes", payload)
        assert resp.status in (200, 422), resp.body[:200]


def _run(server: Server, seed: int, count: int) -> None:
    threads = [
        threading.Thread(target=_traffic, args=(server, seed + c, count // CLIENTS), daemon=True)
        for c in range(CLIENTS)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=900)
    assert not any(t.is_alive() for t in threads)


def measure(tmp: Path, warmup: int, requests: int) -> tuple[int, int]:
    with running_server(tmp, workers=1, GUNICORN_MAX_REQUESTS="0") as server:
        [worker] = server.workers()
        _run(server, 1, warmup)
        before = rss_kib(worker)
        _run(server, 10_000, requests)
        after = rss_kib(worker)
        assert server.workers() == [worker], "the measured worker was replaced"
        print(f"worker RSS after {warmup} warm-up requests: {before} KiB; after {requests} more: {after} KiB")
        return before, after


def test_worker_memory_flat(tmp_path: Path) -> None:
    before, after = measure(tmp_path, warmup=100, requests=300)
    assert after < before * (1 + GROWTH_LIMIT), (before, after)


@pytest.mark.slow
def test_worker_memory_flat_thousands(tmp_path: Path) -> None:
    before, after = measure(tmp_path, warmup=300, requests=4000)
    assert after < before * (1 + GROWTH_LIMIT), (before, after)
