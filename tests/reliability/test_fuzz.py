"""A bounded atheris run of the extractor (see fuzz_extractor.py); a crash fails the test with its input."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.reliability.fuzz_extractor import PIECES, text_from
from tests.reliability.server import ROOT

RUNS = 1500


def test_fuzz_extractor_invariants(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    # Seeds spell typical attributions out of PIECES; the fuzzer mutates from there.
    seeds = [
        ["“", "We", " ", "will", " ", "not", ",", "”", " ", "said", " ", "Maren Oakridge", "."],
        ["Oakridge", " ", "told reporters", ":", " ", '"', "It", " ", "will", '"', "\n\n", "“", "and", "”"],
        ["according to", " ", "the minister", ",", " ", "„", "the", "“", " ", "she", " ", "added", "."],
        ["players'", " ", "’90s", " ", "‘", "I", " ", "«", "he", "»", " ", "asked", " ", "Mr. Vantell"],
    ]
    for i, pieces in enumerate(seeds):
        (corpus / f"seed{i}").write_bytes(bytes(PIECES.index(p) for p in pieces))
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.reliability.fuzz_extractor",
            f"-runs={RUNS}",
            "-max_len=300",
            "-seed=1",
            f"-artifact_prefix={tmp_path}/",
            "-print_final_stats=1",
            str(corpus),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    crashes = sorted(tmp_path.glob("crash-*"))
    detail = [repr(text_from(c.read_bytes())) for c in crashes]
    assert (result.returncode, detail) == (0, []), result.stderr[-3000:]
    assert f"Done {RUNS} runs" in result.stderr, result.stderr[-2000:]
