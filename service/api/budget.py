"""The work one request may cause: pieces of bounded size, and a deadline inside the worker.

Parse time and memory grow with tokens, so a batch is parsed in pieces of at most QUOTES_MAX_TOKENS
(memory stays that of one document at the limit, however many documents the batch holds), and the
parse runs under a deadline (QUOTES_DEADLINE_SECONDS) shorter than gunicorn's worker timeout: a
request that overruns it gets a 503 problem and the worker lives on, instead of being killed with
the request (and any other it holds) unanswered.

The deadline is a real-time interval timer (SIGALRM) whose handler raises `DeadlineExceeded` at the
next Python instruction, so it interrupts the rules and the pipeline between components; it is
armed only in the main thread (where Python runs signal handlers), which is where gunicorn's sync
and gevent workers run requests (a gevent greenlet is in the main thread).
"""

from __future__ import annotations

import signal
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from types import FrameType
from typing import Any, TypeVar

T = TypeVar("T")

# Below this share of the deadline spent on our own CPU, the time went to waiting for a CPU that other
# work held: the same request can succeed later, so the answer says when to retry.
BUSY_ELSEWHERE = 0.5


class DeadlineExceeded(Exception):
    """The request's work outlived QUOTES_DEADLINE_SECONDS."""

    def __init__(self, seconds: float, cpu_share: float) -> None:
        super().__init__(f"deadline of {seconds} s exceeded")
        self.seconds = seconds
        self.cpu_share = cpu_share

    @property
    def retry_can_succeed(self) -> bool:
        """`True` when the machine was busy with other work (a retry may find it free); `False` when this
        request alone needs more than the deadline here (the same request would overrun again)."""
        return self.cpu_share < BUSY_ELSEWHERE


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """`with deadline(30): parse()` → `DeadlineExceeded` raised inside `parse` once 30 s have passed."""
    wall0, cpu0 = time.monotonic(), time.process_time()

    def expire(signum: int, frame: FrameType | None) -> None:
        wall = max(time.monotonic() - wall0, 1e-9)
        raise DeadlineExceeded(seconds, (time.process_time() - cpu0) / wall)

    armed = seconds > 0
    previous: Any = None
    if armed:
        try:
            # Only the main thread may set a handler (ValueError elsewhere). Not `threading.current_thread()`:
            # under gevent's patched threading each greenlet looks like a thread of its own.
            previous = signal.signal(signal.SIGALRM, expire)
        except ValueError:
            armed = False
    if not armed:
        yield
        return
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def pieces(items: Sequence[T], costs: Sequence[int], budget: int) -> Iterator[list[T]]:
    """Consecutive runs of items whose costs add up to at most `budget` (an item over it goes alone).

    `pieces("abcd", [3, 3, 5, 1], 6)` → `["a", "b"]`, `["c", "d"]`.
    """
    piece: list[T] = []
    total = 0
    for item, cost in zip(items, costs, strict=True):
        if piece and total + cost > budget:
            yield piece
            piece, total = [], 0
        piece.append(item)
        total += cost
    if piece:
        yield piece
