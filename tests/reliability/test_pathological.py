"""Pathological inputs at the size limit, each answered (200 or a clear 422) in bounded time.

The bound is the app's deadline (QUOTES_DEADLINE_SECONDS, half the worker timeout): an input that only a 503
could stop would fail here, though the server would answer it. The README states the measured times, which
are well below it. Run this module as `python -m tests.reliability.test_pathological` for the timings table
quoted in the README.
"""

from __future__ import annotations

import os
import signal
import time

import pytest

from service.config import Settings
from tests.reliability.server import Server

LIMIT = Settings().max_chars
BOUND = float(Settings().deadline_seconds)


def _fill(unit: str, size: int = LIMIT) -> str:
    return (unit * (size // len(unit) + 1))[:size]


CASES = {
    "straight quote marks": _fill('"'),
    "mixed quote marks": _fill("“”‘’«»„\"'"),
    "one unbroken paragraph": _fill("The committee met again and the chair said nothing new about the plan. "),
    "one unbroken word": _fill("abcdefghij"),
    "thousands of short quotes": _fill("“Yes,” he said. "),
    # a named speaker for every quote: dates and rules look back over earlier statements (bounded)
    "thousands of named short quotes": _fill("Ana Ruiz said “yes.” "),
    "a wall of labelled quotes": _fill("Ana Ruiz: “We won.” "),
    "unclosed quote then prose": "“" + _fill("and it went on without a closing mark ", LIMIT - 1),
    # no space anywhere: every mark is its own token, ~14,000 quotes in one sentence with no words between
    "a wall of glued quotes": _fill("“abcde”"),
    # ~75,000 one-character tokens: over QUOTES_MAX_TOKENS, so a quick 422 instead of a minute of parsing.
    "dense one-letter quotes": _fill('"a" '),
    # one sentence of 11,000 one-word speakers, then a quote: each name's he/she was looked for to the end of
    # the sentence (worker killed at 60 s before the bound)
    "chained cues": _fill("Lee said Kim said ", LIMIT - 16) + "it was “a mess.”",
    "nested reports": _fill("Ruiz said that Lee said that ", LIMIT - 16) + "it was “a mess.”",
    # 100,000 tokens as spaCy counts them (each line break is one): a 422, not a worker killed at 60 s
    "one letter per line": _fill("a\n"),
    # 40,000 tokens: over the limit too
    "one word per line": _fill("word\n"),
    # 12,500 lines of one letter: 25,000 tokens, exactly QUOTES_MAX_TOKENS, so parsed
    "one letter per line at the token limit": "a\n" * 12_500,
}


def timed(server: Server, text: str) -> tuple[int, float]:
    t0 = time.perf_counter()
    resp = server.post_json("/v1/quotes", {"text": text}, timeout=BOUND)
    return resp.status, time.perf_counter() - t0


@pytest.mark.parametrize(
    "text",
    [pytest.param(text, id=name) for name, text in CASES.items()],
)
def test_pathological_input_answers_in_bounded_time(server: Server, text: str) -> None:
    assert len(text) <= LIMIT
    try:
        status, elapsed = timed(server, text)
    except TimeoutError:
        # Free the stalled worker for the next case before failing.
        for pid in server.workers():
            os.kill(pid, signal.SIGKILL)
        server.wait_workers(2)
        pytest.fail(f"no answer within {BOUND:.0f} s")
    print(f"{elapsed:.2f} s, status {status}")
    assert status in (200, 422)
    assert elapsed < BOUND


if __name__ == "__main__":  # pragma: no cover - measurement helper
    import tempfile
    from pathlib import Path

    from tests.reliability.server import running_server

    with running_server(Path(tempfile.mkdtemp())) as srv:
        print("| input | characters | status | seconds |\n| --- | ---: | --- | ---: |")
        for name, body in CASES.items():
            try:
                st, secs = timed(srv, body)
                print(f"| {name} | {len(body):,} | {st} | {secs:.2f} |", flush=True)
            except TimeoutError:
                print(f"| {name} | no answer | > {BOUND:.0f} |", flush=True)
                for pid in srv.workers():
                    os.kill(pid, signal.SIGKILL)
                srv.wait_workers(2)
