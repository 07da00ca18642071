"""Speed, side by side in one run: bare spaCy parse, our attributor, textacy, and the HTTP service.

    .venv/bin/python -m bench.speed [GOLD] [--limit N] [--soak-seconds S]

Article by article, in a rotating order, the same text goes through
  - bare:     `nlp(text)` with the full pipeline as `spacy.load(model)` gives it (the floor),
  - textacy:  that same parse, plus `direct_quotations` (its time = parse + extraction),
  - ours:     `QuoteAttributor.attribute(text, published_at)` in-process,
  - http 1w:  POST /v1/quotes to gunicorn with 1 worker, one request at a time;
then each chunk of articles goes to gunicorn with 2 workers from 2 concurrent clients. Taking
the measurements interleaved keeps the ratios fair on a machine shared with other work: a burst
of load slows every system alike. CPU seconds (this process; the worker processes from /proc) are
reported beside wall time because they hardly move with contention.

Memory: VmRSS of each worker after warm-up and at the end, and a soak of paragraph-sized
requests (each with a never-seen name, so the vocabulary would grow without memory zones)
against the 1-worker server.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import spacy

from bench.evaluate import published, to_pred
from bench.scoring import load_jsonl
from bench.textacy_baseline import AVAILABLE as TEXTACY
from bench.textacy_baseline import textacy_preds
from service.config import Settings
from service.nlp.attributor import QuoteAttributor

ROOT = Path(__file__).resolve().parents[1]
CLK_TCK = os.sysconf("SC_CLK_TCK")


# ---------------------------------------------------------------- measurements


@dataclass
class Series:
    """Per-article timings of one system."""

    chars: int = 0
    wall: list[float] = field(default_factory=list)
    cpu: float = 0.0
    elapsed: float | None = None  # wall clock of a concurrent phase (else the sum of latencies)

    def add(self, n_chars: int, wall: float, cpu: float = 0.0) -> None:
        self.chars += n_chars
        self.wall.append(wall)
        self.cpu += cpu

    def summary(self) -> dict[str, Any]:
        total = self.elapsed if self.elapsed is not None else sum(self.wall)
        lat = sorted(self.wall)
        return {
            "articles": len(self.wall),
            "chars": self.chars,
            "seconds": round(total, 3),
            "chars_per_s": round(self.chars / total, 1) if total else 0.0,
            "articles_per_s": round(len(self.wall) / total, 3) if total else 0.0,
            "p50_ms": round(1000 * percentile(lat, 50), 1),
            "p95_ms": round(1000 * percentile(lat, 95), 1),
            "p99_ms": round(1000 * percentile(lat, 99), 1),
            "cpu_seconds": round(self.cpu, 3),
        }


def percentile(sorted_values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile."""
    if not sorted_values:
        return 0.0
    k = max(0, min(len(sorted_values) - 1, round(q / 100 * len(sorted_values) + 0.5) - 1))
    return sorted_values[k]


def timed(fn: Callable[[], Any]) -> tuple[Any, float, float]:
    c0, t0 = time.process_time(), time.perf_counter()
    out = fn()
    return out, time.perf_counter() - t0, time.process_time() - c0


# ---------------------------------------------------------------- the service under gunicorn


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def proc_cpu(pid: int) -> float:
    """utime + stime of a process, seconds."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / CLK_TCK


def rss_mib(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return 0.0


class Server:
    """gunicorn on a free loopback port, in its own process group."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self.port = free_port()
        self.log = tempfile.TemporaryFile()  # noqa: SIM115 - closed in stop()
        env = dict(os.environ, WEB_CONCURRENCY=str(workers), GUNICORN_MAX_REQUESTS="0")
        cmd = [str(ROOT / ".venv/bin/gunicorn"), "service.wsgi:app", "-c", "gunicorn.conf.py"]
        cmd += ["-b", f"127.0.0.1:{self.port}", "-w", str(workers)]
        if not Path(cmd[0]).exists():
            cmd[0:1] = [sys.executable, "-m", "gunicorn"]
        self.proc = subprocess.Popen(
            cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=self.log, start_new_session=True
        )

    def wait_ready(self, timeout: float = 180.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                self.log.seek(0)
                raise RuntimeError(f"gunicorn exited: {self.log.read()[-2000:].decode(errors='replace')}")
            try:
                status, _ = self.request("GET", "/readyz", None, timeout=5)
                if status == 200 and len(self.worker_pids()) == self.workers:
                    return
            except OSError:
                pass
            time.sleep(0.2)
        raise RuntimeError(f"gunicorn -w {self.workers} not ready in {timeout:.0f} s")

    def request(self, method: str, path: str, body: bytes | None, timeout: float = 120) -> tuple[int, bytes]:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            headers = {"Content-Type": "application/json"} if body is not None else {}
            conn.request(method, path, body=body, headers=headers)
            resp = conn.getresponse()
            return resp.status, resp.read()
        finally:
            conn.close()

    def quotes(self, text: str, published_at: str | None) -> dict[str, Any]:
        body: dict[str, Any] = {"text": text}
        if published_at:
            body["published_at"] = published_at
        status, raw = self.request("POST", "/v1/quotes", json.dumps(body).encode())
        if status != 200:
            raise RuntimeError(f"HTTP {status}: {raw[:300]!r}")
        return json.loads(raw)  # type: ignore[no-any-return]

    def worker_pids(self) -> list[int]:
        path = Path(f"/proc/{self.proc.pid}/task/{self.proc.pid}/children")
        try:
            return [int(p) for p in path.read_text().split()]
        except OSError:
            return []

    def cpu(self) -> float:
        return sum(proc_cpu(p) for p in self.worker_pids())

    def rss(self) -> list[float]:
        return [rss_mib(p) for p in self.worker_pids()]

    def stop(self) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=40)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()
        self.log.close()


def http_pred(doc_id: str, resp: Mapping[str, Any]) -> dict[str, Any]:
    """The response in the prediction format (as ../shared/tools/predict.py maps it)."""
    out = []
    for q in resp.get("quotes", []):
        spk = q.get("speaker") or {}
        men = spk.get("mention") or {}
        out.append(
            {
                "start": q["start"],
                "end": q["end"],
                "speaker_name": spk.get("name"),
                "speaker_start": men.get("start"),
                "speaker_end": men.get("end"),
                "rule": q.get("rule"),
            }
        )
    return {"id": doc_id, "quotes": out}


# ---------------------------------------------------------------- the run


def drive(
    server: Server,
    docs: Sequence[Mapping[str, Any]],
    clients: int,
    series: Series,
    published_str: Callable[[Mapping[str, Any]], str | None],
) -> None:
    """Send `docs` from `clients` concurrent clients; add latencies, wall clock and worker CPU to `series`."""
    queue = list(docs)
    lock = threading.Lock()

    def client() -> None:
        while True:
            with lock:
                if not queue:
                    return
                d = queue.pop(0)
            t0 = time.perf_counter()
            server.quotes(d["text"], published_str(d))
            wall = time.perf_counter() - t0
            with lock:
                series.add(len(d["text"]), wall)

    cpu0, t0 = server.cpu(), time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        for f in [pool.submit(client) for _ in range(clients)]:
            f.result()
    series.elapsed = (series.elapsed or 0.0) + time.perf_counter() - t0
    series.cpu += server.cpu() - cpu0


def soak(server: Server, texts: Sequence[str], seconds: float, every: int = 100) -> dict[str, Any]:
    """Paragraph-sized requests, each with a new name, for `seconds`; RSS of the worker every `every`."""
    paras = [p for t in texts for p in t.split("\n") if len(p) > 200] or list(texts)
    pid = server.worker_pids()[0]
    samples: list[tuple[int, float]] = [(0, rss_mib(pid))]
    n, t_end = 0, time.monotonic() + seconds
    while time.monotonic() < t_end:
        nonce = f"Zq{n:x}vel"
        text = f"{paras[n % len(paras)]}\n“It is {nonce} time,” said Maria {nonce}son of {nonce}burg."
        server.quotes(text, None)
        n += 1
        if n % every == 0:
            samples.append((n, rss_mib(pid)))
    samples.append((n, rss_mib(pid)))
    if pid not in server.worker_pids():
        raise RuntimeError("the soak worker was replaced mid-run")
    base = samples[1][1] if len(samples) > 2 else samples[0][1]
    return {
        "requests": n,
        "seconds": seconds,
        "rss_mib": samples,
        "growth_after_first_100": round(samples[-1][1] / base - 1, 4) if base else None,
    }


def run(
    docs: Sequence[Mapping[str, Any]],
    model: str,
    clients: int = 2,
    chunk: int = 12,
    warmup: int = 3,
    soak_seconds: float = 0.0,
    soak_texts: Sequence[str] = (),
    http: bool = True,
    log: Callable[[str], None] = lambda s: print(s, file=sys.stderr, flush=True),
) -> dict[str, Any]:
    """Measure everything; return summaries, ratios, memory, and the predictions made on the way."""
    servers: dict[int, Server] = {}
    try:
        if http:
            servers = {1: Server(1), 2: Server(2)}
        log(f"loading {model} (bare) and the attributor")
        bare_nlp = spacy.load(model)
        attributor = QuoteAttributor(model)
        for s in servers.values():
            s.wait_ready()
        log(f"servers ready; pipeline: bare {bare_nlp.pipe_names}, ours {attributor.nlp.pipe_names}")

        def published_str(d: Mapping[str, Any]) -> str | None:
            p = published(d)
            return p.isoformat() if p else None

        for d in docs[:warmup]:
            bare_nlp(d["text"])
            attributor.attribute(d["text"], published(d))
            for s in servers.values():
                for _ in range(s.workers):
                    s.quotes(d["text"], published_str(d))
        rss_warm = {w: s.rss() for w, s in servers.items()}

        series = {k: Series() for k in ("bare", "textacy", "ours", "http_1w", "http_2w")}
        preds: dict[str, dict[str, list[dict[str, Any]]]] = {"ours": {}, "textacy": {}, "http_1w": {}}
        t_start = time.perf_counter()
        for c0 in range(0, len(docs), chunk):
            part = docs[c0 : c0 + chunk]
            for k, d in enumerate(part):
                text, pub, n = d["text"], published(d), len(d["text"])

                def do_bare(d: Mapping[str, Any] = d, text: str = text, n: int = n) -> None:
                    doc, wall, cpu = timed(lambda: bare_nlp(text))
                    series["bare"].add(n, wall, cpu)
                    if TEXTACY:
                        tx, w2, c2 = timed(lambda: textacy_preds(doc))
                        series["textacy"].add(n, wall + w2, cpu + c2)
                        preds["textacy"][d["id"]] = tx

                def do_ours(d: Mapping[str, Any] = d, text: str = text, pub: Any = pub, n: int = n) -> None:
                    res, wall, cpu = timed(lambda: attributor.attribute(text, pub))
                    series["ours"].add(n, wall, cpu)
                    preds["ours"][d["id"]] = to_pred(d["id"], res)["quotes"]

                def do_http(d: Mapping[str, Any] = d, text: str = text, n: int = n) -> None:
                    s = servers[1]
                    cpu0 = s.cpu()
                    resp, wall, _ = timed(lambda: s.quotes(text, published_str(d)))
                    series["http_1w"].add(n, wall, s.cpu() - cpu0)
                    preds["http_1w"][d["id"]] = http_pred(d["id"], resp)["quotes"]

                steps = [do_bare, do_ours] + ([do_http] if http else [])
                r = (c0 + k) % len(steps)
                for step in steps[r:] + steps[:r]:
                    step()
            if http:
                drive(servers[2], part, clients, series["http_2w"], published_str)
            log(f"  {min(c0 + chunk, len(docs))}/{len(docs)} articles, {time.perf_counter() - t_start:.0f} s")
        rss_end = {w: s.rss() for w, s in servers.items()}
        soak_result = None
        if http and soak_seconds > 0:
            log(f"soak: {soak_seconds:.0f} s of paragraph requests against 1 worker")
            soak_result = soak(servers[1], soak_texts or [d["text"] for d in docs], soak_seconds)
    finally:
        for s in servers.values():
            s.stop()

    summary = {k: v.summary() for k, v in series.items() if v.wall}
    bare = series["bare"]
    ratios: dict[str, float | None] = {
        "ours_overhead_wall": _rel(series["ours"], bare, "wall"),
        "ours_overhead_cpu": _rel(series["ours"], bare, "cpu"),
        "textacy_overhead_wall": _rel(series["textacy"], bare, "wall") if series["textacy"].wall else None,
    }
    ratios["ours_overhead_median_article"] = _median_ratio(series["ours"], bare)
    if http:
        h1, h2 = summary["http_1w"], summary["http_2w"]
        ratios["http_1w_vs_bare_median_article"] = round(1 / (1 + _median_ratio(series["http_1w"], bare)), 4)
        ratios["http_1w_vs_bare"] = round(h1["chars_per_s"] / summary["bare"]["chars_per_s"], 4)
        ratios["http_1w_vs_bare_cpu"] = round(bare.cpu / series["http_1w"].cpu, 4) if series["http_1w"].cpu else None
        ratios["http_2w_vs_1w"] = round(h2["chars_per_s"] / h1["chars_per_s"], 4)
        # cores the workers actually got: 2 workers can only scale when the machine has 2 idle cores
        ratios["http_1w_cores_used"] = round(series["http_1w"].cpu / h1["seconds"], 3) if h1["seconds"] else None
        ratios["http_2w_cores_used"] = round(series["http_2w"].cpu / h2["seconds"], 3) if h2["seconds"] else None
    memory: dict[str, Any] = {
        "rss_mib_after_warmup": {f"{w}w": v for w, v in rss_warm.items()} if http else {},
        "rss_mib_end": {f"{w}w": v for w, v in rss_end.items()} if http else {},
    }
    if soak_result:
        memory["soak_1w"] = soak_result
    return {"systems": summary, "ratios": ratios, "memory": memory, "preds": preds}


def _median_ratio(a: Series, b: Series) -> float:
    """Median over articles of a/b - 1: robust to bursts of load that hit a few measurements."""
    return round(statistics.median(x / y for x, y in zip(a.wall, b.wall, strict=True)) - 1, 4)


def _rel(a: Series, b: Series, what: str) -> float:
    if what == "cpu":
        return round(a.cpu / b.cpu - 1, 4) if b.cpu else 0.0
    return round(sum(a.wall) / sum(b.wall) - 1, 4)


def load_docs(path: str | None, limit: int | None) -> list[dict[str, Any]]:
    """Gold-format JSONL (only `id`, `text` and the date are read)."""
    if path is None:
        path = str(DEFAULT_GOLD)
    return load_jsonl(path)[:limit]


DEFAULT_GOLD = ROOT.parent / "shared" / "eval" / "polnear-dev.jsonl"


def main() -> None:
    ap = argparse.ArgumentParser(description="Speed of the bare parse, ours, textacy and the HTTP service.")
    ap.add_argument("gold", nargs="?", help=f"articles, gold JSONL format (default {DEFAULT_GOLD})")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--model", default=Settings.from_env().spacy_model)
    ap.add_argument("--clients", type=int, default=2, help="concurrent clients for the 2-worker server")
    ap.add_argument("--soak-seconds", type=float, default=0.0)
    ap.add_argument("--no-http", action="store_true")
    a = ap.parse_args()
    res = run(load_docs(a.gold, a.limit), a.model, clients=a.clients, soak_seconds=a.soak_seconds, http=not a.no_http)
    res.pop("preds")
    print(json.dumps(res, indent=1))


if __name__ == "__main__":
    main()
