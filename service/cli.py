"""Bulk attribution from the command line: JSON lines in, one `POST /v1/quotes` answer per line out.

    python -m service.cli articles.jsonl -o quotes.jsonl --workers 2
    cat articles.jsonl | python -m service.cli > quotes.jsonl

Decisions:
- Each input line goes through the service's own Flask app, in-process (its test client; no server, no
  socket), as a JSON `POST /v1/quotes` of the line's `id`, `text` and `published_at` (other fields are
  dropped). So an output line is by construction the body the API returns, byte for byte (same validation,
  same limits from the `QUOTES_*` variables, same schema dump), and an invalid document gets the API's own
  problem. The app's cost on top of the parse is about a millisecond an article.
- A line that fails (not JSON, not an object, or answered with a problem) becomes an error record: the
  problem (`type`, `title`, `status`, `detail`, `errors`) plus `line` (1-based) and the `id` when one was
  readable; the run goes on, and the exit status is 1 if any line failed.
- Output follows input order. `--workers N` forks N processes after the model is loaded (shared
  copy-on-write, as gunicorn's preload does); at most 4 articles per worker are in flight, so memory does
  not grow with the input, however long.
- Resume: with `-o FILE`, ids that already have a result in FILE are skipped. Error records, and a last
  line cut short by a killed run, are dropped from FILE first, so failed lines are tried again and every
  id ends up with one record. Lines without an id cannot be recognised and are processed again.
- Progress (articles done, articles/s, failures) goes to stderr with tqdm; log lines go to stderr too,
  so stdout carries only results. Metrics are not exported, so a PROMETHEUS_MULTIPROC_DIR meant for the
  service is ignored (service.app, and with it prometheus_client, is imported only once it is unset).
"""

from __future__ import annotations

import argparse
import collections
import dataclasses
import json
import logging
import multiprocessing
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, Protocol

from flask import Flask
from tqdm import tqdm

from service.api.problems import PROBLEM_TYPE
from service.config import Settings
from service.logs import configure

IN_FLIGHT_PER_WORKER = 4
_APP: Flask | None = None  # set in the parent before workers fork, so they share the loaded model


class _Pending(Protocol):
    def ready(self) -> bool: ...
    def get(self) -> tuple[str, bool]: ...


@dataclasses.dataclass(frozen=True)
class _Done:
    """A record already made (in this process), queued in input order: `(output line, succeeded)`."""

    result: tuple[str, bool]

    def ready(self) -> bool:
        return True

    def get(self) -> tuple[str, bool]:
        return self.result


def _compact(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def error_record(line: int, status: int, title: str, detail: str, slug: str, doc_id: Any = None) -> str:
    """A problem-like record for a line that could not be read, e.g. `{"type": …, "line": 3, "id": null}`."""
    body = {"type": PROBLEM_TYPE + slug, "title": title, "status": status, "detail": detail}
    return _compact({**body, "line": line, "id": doc_id})


def read_document(line: int, raw: bytes) -> dict[str, Any] | str:
    """The line's `{id, text, published_at}` (those present), or an error record if it is not a JSON object."""
    try:
        value = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        return error_record(
            line, 400, "Malformed line", f"Line {line} is not valid UTF-8 (byte {exc.start}).", "malformed-body"
        )
    except json.JSONDecodeError as exc:
        detail = f"Line {line} is not valid JSON: {exc.msg} (column {exc.colno})."
        return error_record(line, 400, "Malformed JSON", detail, "malformed-json")
    if not isinstance(value, dict):
        detail = f'Line {line} is not a JSON object; send one {{"id", "text", "published_at"}} object per line.'
        return error_record(line, 422, "Invalid request fields", detail, "invalid-fields")
    return {k: value[k] for k in ("id", "text", "published_at") if k in value}


def attribute_line(line: int, doc: dict[str, Any]) -> tuple[str, bool]:
    """POST the document to the app in this process: (the output line, whether it succeeded)."""
    assert _APP is not None
    resp = _APP.test_client().post("/v1/quotes", json=doc)
    body = resp.get_data(as_text=True).rstrip("\n")
    if resp.status_code == 200:
        return body, True
    problem = json.loads(body)
    return _compact({**problem, "line": line, "id": doc.get("id")}), False


def _result_id(raw: bytes) -> tuple[bool, str | None]:
    """(is this output line a whole result, its id): error records and a line cut short are not results."""
    try:
        record = json.loads(raw)
    except ValueError:
        return False, None
    if not (isinstance(record, dict) and "quotes" in record and raw.endswith(b"\n")):
        return False, None
    return True, record["id"] if isinstance(record.get("id"), str) else None


def done_ids(path: Path) -> set[str]:
    """Ids with a result in an earlier output; error records and a cut-off last line are removed from it.

    Two streaming passes, so only the ids are held in memory however long the file is.
    """
    if not path.exists():
        return set()
    done: set[str] = set()
    dropped = 0
    with path.open("rb") as f:
        for raw in f:
            ok, doc_id = _result_id(raw)
            dropped += not ok
            if doc_id is not None:
                done.add(doc_id)
    if dropped:
        fd, name = tempfile.mkstemp(dir=path.parent, prefix=path.name + ".")
        with os.fdopen(fd, "wb") as out, path.open("rb") as f:
            out.writelines(raw for raw in f if _result_id(raw)[0])
        os.chmod(name, path.stat().st_mode)
        os.replace(name, path)
    return done


def _lines(stream: IO[bytes]) -> Iterator[tuple[int, bytes]]:
    for number, raw in enumerate(stream, 1):
        if raw.strip():
            yield number, raw


def _count_lines(path: Path) -> int:
    with path.open("rb") as f:
        return sum(1 for raw in f if raw.strip())


def _quiet_logs(settings: Settings) -> Settings:
    """Log lines (warnings and worse) go to stderr, leaving stdout to the results."""
    configure("WARNING")
    for handler in logging.getLogger().handlers:
        if getattr(handler, "_quotes_json", False) and isinstance(handler, logging.StreamHandler):
            handler.setStream(sys.stderr)
    return dataclasses.replace(settings, log_level="WARNING")


def run(source: IO[bytes], sink: IO[str], workers: int, skip: set[str], bar: Any) -> int:
    """Attribute every line of `source` into `sink` in input order; the number of lines that failed."""
    failed = 0
    pending: collections.deque[_Pending] = collections.deque()
    pool = multiprocessing.get_context("fork").Pool(workers) if workers > 1 else None

    def emit(item: _Pending) -> None:
        nonlocal failed
        record, ok = item.get()
        sink.write(record + "\n")
        sink.flush()
        failed += not ok
        bar.update(1)
        if failed:
            bar.set_postfix(failed=failed, refresh=False)

    try:
        for number, raw in _lines(source):
            doc = read_document(number, raw)
            if isinstance(doc, str):
                pending.append(_Done((doc, False)))
            elif isinstance(doc.get("id"), str) and doc["id"] in skip:
                continue
            elif pool is None:
                pending.append(_Done(attribute_line(number, doc)))
            else:
                pending.append(pool.apply_async(attribute_line, (number, doc)))
            while pending and (len(pending) > IN_FLIGHT_PER_WORKER * workers or pending[0].ready()):
                emit(pending.popleft())
        while pending:
            emit(pending.popleft())
    finally:
        if pool is not None:
            pool.terminate()
            pool.join()
    return failed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m service.cli",
        description="Quotes, speakers, roles and dates for every article of a JSON-lines file: each input line "
        '{"id", "text", "published_at"} gives one output line, the body POST /v1/quotes returns for it.',
    )
    parser.add_argument("input", nargs="?", type=Path, help="JSON lines to read (default: standard input)")
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        help="JSON lines to write (default: standard output); "
        "ids that already have a result there are skipped (resume)",
    )
    parser.add_argument("-w", "--workers", type=int, default=1, help="processes parsing in parallel (default 1)")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    args = parser.parse_args(argv)
    if args.workers < 1:
        parser.error("--workers must be at least 1")
    if args.input is not None and not args.input.is_file():
        parser.error(f"{args.input}: no such file")

    global _APP
    # No /metrics here: counters stay in memory even where the service's PROMETHEUS_MULTIPROC_DIR is set
    # (prometheus_client reads it when first imported, which service.app does, below).
    os.environ.pop("PROMETHEUS_MULTIPROC_DIR", None)
    from service.app import create_app

    settings = _quiet_logs(Settings.from_env())
    _APP = create_app(settings)
    if not _APP.extensions.get("ready"):
        print(f"The model {settings.spacy_model} did not load; nothing was processed.", file=sys.stderr)
        return 2

    skip = done_ids(args.output) if args.output is not None else set()
    total = _count_lines(args.input) - len(skip) if args.input is not None else None
    source = args.input.open("rb") if args.input is not None else sys.stdin.buffer
    sink = args.output.open("a", encoding="utf-8") if args.output is not None else sys.stdout
    if skip:
        print(f"Resuming: {len(skip)} ids already in {args.output} are skipped.", file=sys.stderr)
    tqdm.monitor_interval = 0  # no monitor thread in the parent when the workers fork
    bar = tqdm(total=total, unit=" articles", file=sys.stderr, disable=args.no_progress, dynamic_ncols=True)
    try:
        failed = run(source, sink, args.workers, skip, bar)
    except KeyboardInterrupt:
        bar.close()
        where = f"run the same command again to resume from {args.output}" if args.output else "nothing to resume"
        print(f"Interrupted; every line written is complete ({where}).", file=sys.stderr)
        return 130
    finally:
        bar.close()
        if source is not sys.stdin.buffer:
            source.close()
        if sink is not sys.stdout:
            sink.close()
    if failed:
        print(f"{failed} line(s) failed; their error records (with `line`) are in the output.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
