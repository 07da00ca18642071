"""`python -m service.cli`: one API body per input line, error records for bad lines, resume, workers, progress."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from tqdm import tqdm

from service import cli
from service.api.problems import PROBLEM_TYPE
from service.app import create_app
from service.config import Settings
from service.nlp.attributor import QuoteAttributor
from tests.deploy.files import ROOT


@pytest.fixture()
def default_app(attributor: QuoteAttributor, monkeypatch: pytest.MonkeyPatch) -> Iterator[Flask]:
    """The app the command line builds (default settings), with the session's model."""
    app = create_app(Settings(), attributor)
    monkeypatch.setattr(cli, "_APP", app)
    yield app


def run_lines(lines: list[str], skip: set[str] | None = None) -> tuple[list[dict[str, Any]], int]:
    sink = io.StringIO()
    source = io.BytesIO("".join(line + "\n" for line in lines).encode())
    failed = cli.run(source, sink, 1, skip or set(), tqdm(disable=True))
    return [json.loads(line) for line in sink.getvalue().splitlines()], failed


def without_elapsed(body: dict[str, Any]) -> dict[str, Any]:
    return {**body, "meta": {k: v for k, v in body["meta"].items() if k != "elapsed_ms"}}


DOCS = [
    {"id": "d1", "text": "“We will win,” said Dana Holt, the coach, on Friday.", "published_at": "2024-05-10"},
    {"id": "d2", "text": "Mira Osei said the vote was “a relief.” She added: “It took long enough.”"},
    {"text": "“Not yet,” the minister, Paul Nadar, told reporters."},
    {"id": "d4", "text": "Nobody was quoted here.", "published_at": "2024-06-10T08:30:00+02:00"},
]


@pytest.mark.parametrize(
    ("doc", "quotes"), list(zip(DOCS, [1, 2, 1, 0], strict=True)), ids=["dated", "two quotes", "no id", "no quotes"]
)
def test_each_line_gives_the_body_post_v1_quotes_returns(default_app: Flask, doc: dict[str, Any], quotes: int) -> None:
    [record], failed = run_lines([json.dumps({**doc, "source": "fields the API does not know are dropped"})])
    api = default_app.test_client().post("/v1/quotes", json=doc)
    assert (failed, without_elapsed(record)) == (0, without_elapsed(api.get_json()))
    assert len(record["quotes"]) == quotes


@pytest.mark.parametrize(
    ("line", "status", "slug", "doc_id", "detail"),
    [
        ("not json", 400, "malformed-json", None, "Line 2 is not valid JSON: Expecting value (column 1)."),
        ('{"id": "x", "text": "a"', 400, "malformed-json", None, None),
        ("[1, 2]", 422, "invalid-fields", None, None),
        ('{"id": "e1", "text": ""}', 422, "invalid-fields", "e1", None),
        ('{"id": "e2"}', 422, "invalid-fields", "e2", "/text: Missing data for required field."),
        ('{"id": "e3", "text": "ok", "published_at": "yesterday"}', 422, "invalid-fields", "e3", None),
    ],
    ids=["not json", "cut short", "array", "empty text", "no text", "bad date"],
)
def test_a_bad_line_is_an_error_record_and_the_run_goes_on(
    default_app: Flask, line: str, status: int, slug: str, doc_id: str | None, detail: str | None
) -> None:
    good = json.dumps(DOCS[0])
    records, failed = run_lines([good, line, good])
    assert failed == 1
    assert [r.get("quotes") is not None for r in records] == [True, False, True]
    error = records[1]
    assert (error["type"], error["status"], error["line"], error["id"]) == (PROBLEM_TYPE + slug, status, 2, doc_id)
    if detail is not None:
        assert error["detail"] == detail


def test_blank_lines_are_skipped_but_counted(default_app: Flask) -> None:
    records, failed = run_lines(["", json.dumps(DOCS[0]), "   ", "{"])
    assert failed == 1
    assert [r.get("line") for r in records] == [None, 4]


def test_resume_skips_done_ids_and_retries_failures(default_app: Flask, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    earlier = {"id": "d1", "quotes": [], "speakers": [], "meta": {"model": "m", "version": "v", "elapsed_ms": 1.0}}
    failure = {"type": PROBLEM_TYPE + "invalid-fields", "status": 422, "line": 2, "id": "d2"}
    out.write_text(json.dumps(earlier) + "\n" + json.dumps(failure) + "\n" + '{"id": "d4", "quo')
    assert cli.done_ids(out) == {"d1"}
    assert out.read_text() == json.dumps(earlier) + "\n", "the error record and the cut-off line are gone"
    with out.open("a") as sink:
        failed = cli.run(
            io.BytesIO(b"".join(json.dumps(d).encode() + b"\n" for d in DOCS)), sink, 1, {"d1"}, tqdm(disable=True)
        )
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert failed == 0
    assert [r["id"] for r in records] == ["d1", "d2", None, "d4"]
    assert records[0] == earlier, "d1 was not processed again"


def test_command_line_with_two_workers_stdin_to_stdout() -> None:
    """The real command: input order kept across workers, progress with articles/s on stderr, exit 1 on a bad line."""
    lines = [json.dumps({**doc, "id": f"w{i}"}) for i, doc in enumerate(DOCS * 2)] + ["oops"]
    proc = subprocess.run(
        [sys.executable, "-m", "service.cli", "--workers", "2"],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 1, proc.stderr
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["id"] for r in records] == [f"w{i}" for i in range(8)] + [None]
    assert records[-1]["line"] == 9
    assert "articles/s" in proc.stderr and "failed=1" in proc.stderr
    assert "1 line(s) failed" in proc.stderr


def test_command_line_file_to_file_exit_0(tmp_path: Path) -> None:
    """File to file; the service's PROMETHEUS_MULTIPROC_DIR, even one that does not exist, is no concern of it."""
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps(DOCS[0]) + "\n")
    out = tmp_path / "out.jsonl"
    argv = [sys.executable, "-m", "service.cli", str(source), "-o", str(out), "--no-progress"]
    env = {**os.environ, "PROMETHEUS_MULTIPROC_DIR": str(tmp_path / "absent")}
    proc = subprocess.run(argv, capture_output=True, text=True, cwd=ROOT, env=env, timeout=300, check=False)
    assert (proc.returncode, proc.stdout) == (0, "")
    assert [json.loads(line)["id"] for line in out.read_text().splitlines()] == ["d1"]
