"""`make bench`: accuracy and speed in one run, a table on stdout, bench/out/results.json.

    .venv/bin/python -m bench [GOLD] [--limit N] [--soak-seconds S] [--clients C]

GOLD defaults to ../shared/eval/polnear-dev.jsonl (read at run time, never copied here). One
interleaved pass gives both: the predictions our attributor and textacy make while being timed
are the ones scored (bench.scoring, score.py's definitions), and the HTTP service's answers are
checked against the in-process ones. Where ../shared/tools/score.py exists it scores our
predictions too, and the run reports whether the two scorers agree exactly.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import spacy

from bench import accuracy, speed
from bench.textacy_baseline import AVAILABLE as TEXTACY
from service.config import Settings

OUT = Path(__file__).resolve().parent / "out"
SHARED_SCORE = speed.ROOT.parent / "shared" / "tools" / "score.py"


def machine() -> dict[str, Any]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        mem_kib = next(
            int(x.split()[1]) for x in Path("/proc/meminfo").read_text().splitlines() if x.startswith("MemTotal")
        )
    except (OSError, StopIteration):
        mem_kib = 0
    return {
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "ram_gib": round(mem_kib / 1024**2, 1),
        "python": platform.python_version(),
        "spacy": spacy.__version__,
        "loadavg_start": [round(x, 2) for x in os.getloadavg()],
    }


def shared_scorer_agrees(gold: Sequence[Mapping[str, Any]], pred_path: Path, ours: Mapping[str, Any]) -> bool | None:
    """None when ../shared/tools/score.py is not on this machine. The gold subset goes to a temp file."""
    if not SHARED_SCORE.exists():
        return None
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8") as f:
        f.writelines(json.dumps(d, ensure_ascii=False) + "\n" for d in gold)
        f.flush()
        out = subprocess.run(
            [sys.executable, str(SHARED_SCORE), f.name, str(pred_path)], check=True, capture_output=True, text=True
        ).stdout
    theirs = json.loads(out)
    mine = {k: v for k, v in ours.items() if k != "by_rule"}
    return bool(theirs == mine)


def same_answers(a: Mapping[str, Sequence[Mapping[str, Any]]], b: Mapping[str, Sequence[Mapping[str, Any]]]) -> bool:
    keys = ("start", "end", "speaker_name", "speaker_start", "speaker_end", "rule")
    return a.keys() == b.keys() and all(
        [tuple(q.get(k) for k in keys) for q in a[i]] == [tuple(q.get(k) for k in keys) for q in b[i]] for i in a
    )


def speed_table(systems: Mapping[str, Mapping[str, Any]]) -> str:
    names = {
        "bare": "bare spaCy parse, nlp(text)",
        "ours": "ours, in-process",
        "textacy": "textacy 0.13, parse + direct_quotations",
        "http_1w": "HTTP, gunicorn 1 worker, 1 client",
        "http_2w": "HTTP, gunicorn 2 workers, 2 clients",
    }
    lines = [
        "| system | chars/s | articles/s | p50 ms | p95 ms | p99 ms | CPU s |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for key, label in names.items():
        s = systems.get(key)
        if s:
            lines.append(
                f"| {label} | {s['chars_per_s']:,.0f} | {s['articles_per_s']:.2f} | {s['p50_ms']:.0f} "
                f"| {s['p95_ms']:.0f} | {s['p99_ms']:.0f} | {s['cpu_seconds']:.1f} |"
            )
    return "\n".join(lines)


def ratio_table(ratios: Mapping[str, Any], memory: Mapping[str, Any]) -> str:
    def pct(x: float | None) -> str:
        return "n/a" if x is None else f"{x:+.1%}"

    def num(x: float | None, suffix: str = "") -> str:
        return "n/a" if x is None else f"{x:.2f}{suffix}"

    rows = [
        ("ours: overhead over the bare parse, wall (target ≤ +5%)", pct(ratios.get("ours_overhead_wall"))),
        ("ours: overhead, median article", pct(ratios.get("ours_overhead_median_article"))),
        ("ours: overhead, CPU time", pct(ratios.get("ours_overhead_cpu"))),
        ("textacy: overhead over the bare parse, wall", pct(ratios.get("textacy_overhead_wall"))),
        ("HTTP 1 worker / bare parse throughput (target ≥ 0.90)", num(ratios.get("http_1w_vs_bare"))),
        ("HTTP 1 worker / bare, median article", num(ratios.get("http_1w_vs_bare_median_article"))),
        ("HTTP 1 worker / bare, CPU time", num(ratios.get("http_1w_vs_bare_cpu"))),
        ("HTTP 2 workers / 1 worker (target ≥ 1.6×)", num(ratios.get("http_2w_vs_1w"), "×")),
        (
            "cores the workers got, 1 worker / 2 workers",
            f"{num(ratios.get('http_1w_cores_used'))} / {num(ratios.get('http_2w_cores_used'))}",
        ),
    ]
    warm, end = memory.get("rss_mib_after_warmup", {}), memory.get("rss_mib_end", {})
    for w in warm:
        rows.append((f"worker RSS MiB, {w}: after warm-up → end", f"{warm[w]} → {end.get(w)}"))
    soak = memory.get("soak_1w")
    if soak:
        first, last = soak["rss_mib"][0][1], soak["rss_mib"][-1][1]
        rows.append(
            (
                f"soak, 1 worker: {soak['requests']} requests in {soak['seconds']:.0f} s, RSS MiB (target < +10%)",
                f"{first} → {last} ({pct(soak['growth_after_first_100'])} after the first 100)",
            )
        )
    return "\n".join(["| ratio | value |", "|---|---:|", *(f"| {a} | {b} |" for a, b in rows)])


def main() -> None:
    ap = argparse.ArgumentParser(description="Accuracy and speed benchmarks (bench/README.md).")
    ap.add_argument("gold", nargs="?", default=str(speed.DEFAULT_GOLD))
    ap.add_argument("--limit", type=int, help="only the first N articles")
    ap.add_argument("--model", default=Settings.from_env().spacy_model)
    ap.add_argument("--clients", type=int, default=2)
    ap.add_argument("--soak-seconds", type=float, default=45.0)
    ap.add_argument("--soak-gold", default=str(speed.DEFAULT_GOLD.with_name("polnear-train.jsonl")))
    ap.add_argument("--no-http", action="store_true")
    ap.add_argument("--out", type=Path, default=OUT / "results.json")
    a = ap.parse_args()
    if not Path(a.gold).exists():
        sys.exit(f"no articles at {a.gold}: pass a gold JSONL (format of ../shared/eval/README.md)")
    if not TEXTACY:
        print("textacy is not installed (bench/requirements.txt): no baseline column", file=sys.stderr)
    info = machine()
    t0 = time.perf_counter()
    gold = speed.load_docs(a.gold, a.limit)
    soak_texts = [d["text"] for d in speed.load_docs(a.soak_gold, 300)] if Path(a.soak_gold).exists() else []
    res = speed.run(
        gold,
        a.model,
        clients=a.clients,
        soak_seconds=0 if a.no_http else a.soak_seconds,
        soak_texts=soak_texts,
        http=not a.no_http,
    )
    preds = res.pop("preds")
    systems = {"ours": preds["ours"]}
    if TEXTACY:
        systems["textacy 0.13"] = preds["textacy"]
    acc = accuracy.score_all(gold, systems)
    stem = Path(a.gold).stem
    ours_path = a.out.parent / f"{stem}.ours.jsonl"
    accuracy.write_preds(ours_path, preds["ours"])
    if TEXTACY:
        accuracy.write_preds(a.out.parent / f"{stem}.textacy.jsonl", preds["textacy"])
    checks = {
        "shared_score_py_agrees": shared_scorer_agrees(gold, ours_path, acc["ours"]),
        "http_answers_equal_in_process": None if a.no_http else same_answers(preds["ours"], preds["http_1w"]),
    }
    info["loadavg_end"] = [round(x, 2) for x in os.getloadavg()]
    info["model"] = a.model
    results = {
        "command": "make bench  # .venv/bin/python -m bench " + " ".join(sys.argv[1:]),
        "gold": a.gold,
        "articles": len(gold),
        "machine": info,
        "seconds": round(time.perf_counter() - t0, 1),
        "accuracy": acc,
        "speed": res,
        "checks": checks,
    }
    a.out.parent.mkdir(parents=True, exist_ok=True)
    a.out.write_text(json.dumps(results, indent=1) + "\n")
    print(f"## Accuracy, {stem} ({len(gold)} articles)\n")
    print(accuracy.table(acc))
    print("\nOurs by rule:\n")
    print(accuracy.rule_table(acc["ours"]["by_rule"]))
    print(f"\n## Speed, same articles ({sum(len(d['text']) for d in gold):,} chars)\n")
    print(speed_table(res["systems"]))
    print()
    print(ratio_table(res["ratios"], res["memory"]))
    print(
        f"\nmachine: {info['nproc']} CPUs, {info['cpu']}, {info['ram_gib']} GiB RAM; "
        f"load average {info['loadavg_start'][0]} → {info['loadavg_end'][0]}"
    )
    print(f"checks: {json.dumps(checks)}")
    print(f"results: {a.out} ({results['seconds']:.0f} s)")


if __name__ == "__main__":
    main()
