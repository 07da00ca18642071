"""Gunicorn settings. Each value below can be overridden by the environment variable named beside it."""

from __future__ import annotations

import os
import shutil
import tempfile

from service.config import Settings


def _int_env(name: str, default: int, minimum: int = 0) -> int:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError as exc:
        raise SystemExit(f"{name} must be an integer, got {raw!r}") from exc
    if value < minimum:
        raise SystemExit(f"{name} must be at least {minimum}, got {value}")
    return value


def _cores() -> int:
    """Cores this process may run on (respects a cpuset/taskset, unlike cpu_count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


# Parsing is CPU-bound, so one process per core. Each is a gevent worker (service/worker.py): a connection
# waiting on a slow client holds a greenlet, not the process, so slow clients cannot starve the server;
# a worker still parses one text at a time.
bind = os.environ.get("GUNICORN_BIND", f"0.0.0.0:{_int_env('PORT', 8000, 1)}")
workers = _int_env("WEB_CONCURRENCY", _cores(), 1)
worker_class = "service.worker.QuotesWorker"
# Connections one worker holds at once (open, reading, waiting their turn to parse); each may hold a body of
# up to QUOTES_MAX_BODY_BYTES while it is read, so this also bounds that memory.
worker_connections = _int_env("GUNICORN_WORKER_CONNECTIONS", 64, 1)
# Load the model once in the master, then fork: workers share its pages copy-on-write.
preload_app = True
# A worker silent for this long is killed and replaced. The app answers 503 itself once a request has parsed for
# QUOTES_DEADLINE_SECONDS, which must be shorter, so a worker is killed only if something else wedges it.
timeout = _int_env("GUNICORN_TIMEOUT", 60, 1)
_deadline = Settings.from_env().deadline_seconds
if _deadline >= timeout:
    raise SystemExit(f"QUOTES_DEADLINE_SECONDS ({_deadline}) must be shorter than GUNICORN_TIMEOUT ({timeout})")
graceful_timeout = _int_env("GUNICORN_GRACEFUL_TIMEOUT", 30, 1)
keepalive = _int_env("GUNICORN_KEEPALIVE", 5, 0)
# A safety net against slow growth; jitter keeps workers from restarting together.
max_requests = _int_env("GUNICORN_MAX_REQUESTS", 5000, 0)
max_requests_jitter = _int_env("GUNICORN_MAX_REQUESTS_JITTER", 500, 0)
# Bounded request lines and headers; bodies are bounded by the app (QUOTES_MAX_BODY_BYTES) and nginx.
limit_request_line = 8190
limit_request_fields = 100
limit_request_field_size = 8190
# No control socket (gunicorn >= 25 opens one in $HOME/.gunicorn by default): instances on one machine would
# share that path, and a read-only container has no writable home. Management goes through signals.
control_socket_disable = True
# The heartbeat file lives in memory: no disk stalls, and it works on a read-only root filesystem.
if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK):
    worker_tmp_dir = "/dev/shm"

# Gunicorn's own logs as JSON lines on stdout; the app writes its access log itself (with the request id,
# never a body), so gunicorn's access log is off.
accesslog = None
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
logconfig_dict = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "service.logs.JsonFormatter"}},
    "handlers": {"stdout": {"class": "logging.StreamHandler", "formatter": "json", "stream": "ext://sys.stdout"}},
    # The root logger is the app's (service.logs.configure adds its JSON handler); none here, or lines double.
    "root": {"level": "INFO", "handlers": []},
    "loggers": {
        "gunicorn.error": {"handlers": ["stdout"], "level": loglevel.upper(), "propagate": False},
        "gunicorn.access": {"handlers": [], "level": "WARNING", "propagate": False},
    },
}

# Prometheus metrics from every worker, aggregated in /metrics. prometheus_client picks its multiprocess
# mode from this variable when it is first imported, which happens after this file (the app is preloaded
# after the config is read). Counters of a dead or recycled worker stay in the directory, so totals survive
# worker restarts; the directory is emptied when the master starts.
if not os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = tempfile.mkdtemp(prefix="quotes-metrics-")
_metrics_dir = os.environ["PROMETHEUS_MULTIPROC_DIR"]
_own_metrics_dir = _metrics_dir.startswith(os.path.join(tempfile.gettempdir(), "quotes-metrics-"))


def on_starting(server):  # type: ignore[no-untyped-def]
    os.makedirs(_metrics_dir, exist_ok=True)
    for name in os.listdir(_metrics_dir):
        path = os.path.join(_metrics_dir, name)
        if (name.endswith(".db") or name.startswith("inflight_")) and os.path.isfile(path):
            os.remove(path)


def child_exit(server, worker):  # type: ignore[no-untyped-def]
    from prometheus_client import multiprocess

    from service.inflight import report_lost

    multiprocess.mark_process_dead(worker.pid)
    # A worker that died (timeout, OOM, kill) with requests unanswered: one log line and a count for each.
    report_lost(_metrics_dir, worker.pid)


def on_exit(server):  # type: ignore[no-untyped-def]
    if _own_metrics_dir:
        shutil.rmtree(_metrics_dir, ignore_errors=True)
