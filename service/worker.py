"""The gunicorn worker class (gunicorn.conf.py `worker_class`): gevent, so slow clients cannot hold a worker.

Why gevent. A sync worker reads each request itself: a client trickling its headers or its body holds
the worker process for as long as it likes, and two such clients shut out everyone (`/readyz` waited
54 s). Here each connection is a greenlet: while one waits for bytes, the process accepts and answers
others. Parsing is CPU-bound and never yields, so one worker still parses one text at a time (no lock
needed, and memory stays that of one request's parse); what waits on the network costs a greenlet.

- Headers must arrive within GUNICORN_KEEPALIVE seconds (gunicorn's async workers time the request
  line and headers out with it); a silent socket (a stalled body, a client that stops reading) times
  out after SOCKET_TIMEOUT seconds; at most GUNICORN_WORKER_CONNECTIONS connections per worker.
- The app's deadline (service.api.budget, SIGALRM) runs in the main thread, where greenlets run.
- gunicorn's own refusals (400 bad request line or header, 414 request line too long, 431 too many
  or too large headers, 501 unsupported transfer coding), which never reach the app, are written as
  RFC 9457 problems with an `X-Request-ID`, like the app's, instead of gunicorn's HTML page.
"""

from __future__ import annotations

import json
import socket
import uuid
import warnings
from typing import Any

from gevent.monkey import MonkeyPatchWarning
from gunicorn import util
from gunicorn.workers.base_async import AsyncWorker
from gunicorn.workers.ggevent import GeventWorker

from service.api.problems import PROBLEM_TYPE

SOCKET_TIMEOUT = 15.0
REASONS = {
    400: "Bad Request",
    403: "Forbidden",
    413: "Content Too Large",
    414: "URI Too Long",
    417: "Expectation Failed",
    431: "Request Header Fields Too Large",
    500: "Internal Server Error",
    501: "Not Implemented",
}
SLUGS = {400: "malformed-request", 414: "uri-too-long", 431: "headers-too-large", 501: "not-implemented"}
DETAILS = {
    400: "The request line or a header is malformed.",
    414: "The request line is longer than 8190 bytes.",
    431: "The request has too many header fields or one longer than 8190 bytes.",
    501: "The request uses a transfer coding the server does not implement; send the body with Content-Length"
    " or as chunked.",
}


def problem_bytes(status: int) -> bytes:
    """A whole HTTP/1.1 answer: `problem_bytes(431)` → `HTTP/1.1 431 Request Header Fields Too Large` + a problem."""
    reason = REASONS.get(status, "Bad Request" if status < 500 else "Internal Server Error")
    body = json.dumps(
        {
            "type": PROBLEM_TYPE + SLUGS.get(status, "malformed-request" if status < 500 else "internal"),
            "title": reason,
            "status": status,
            "detail": DETAILS.get(status, "The server could not read this request."),
        }
    ).encode()
    head = (
        f"HTTP/1.1 {status} {reason}\r\nConnection: close\r\nContent-Type: application/problem+json\r\n"
        f"Content-Length: {len(body)}\r\nX-Request-ID: {uuid.uuid4().hex}\r\n\r\n"
    )
    return head.encode("latin-1") + body


def write_problem(sock: Any, status_int: int, reason: str, mesg: str) -> None:
    """Stands in for `gunicorn.util.write_error` (same arguments); gunicorn's message is not echoed."""
    util.write_nonblock(sock, problem_bytes(status_int))


class QuotesWorker(GeventWorker):  # type: ignore[misc]
    def init_process(self) -> None:
        # In the worker only: every error page gunicorn writes goes through util.write_error.
        util.write_error = write_problem
        # The model was loaded before the fork (preload_app), and with it `ssl` (urllib3, via spaCy): gevent
        # warns on stderr, outside the JSON log, that it patches ssl late. The service opens no TLS
        # connection, so the late patch changes nothing here.
        warnings.filterwarnings("ignore", category=MonkeyPatchWarning)
        super().init_process()

    def handle(self, listener: Any, client: socket.socket, addr: Any) -> None:
        # GeventWorker.handle makes the socket blocking without a timeout; a silent peer then holds its
        # greenlet and connection slot for ever.
        client.settimeout(SOCKET_TIMEOUT)
        AsyncWorker.handle(self, listener, client, addr)
