"""In-process accuracy: run the attributor over a gold JSONL and score it like ../shared/tools.

    .venv/bin/python -m bench.evaluate ../shared/eval/polnear-dev.jsonl [--seeds] [--out pred.jsonl]

Writes predictions in the format of ../shared/tools/predict.py, then runs score.py (or
score_seeds.py with --seeds) on them, so the numbers are the shared yardstick's own.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

from bench.scoring import load_jsonl
from service.config import Settings
from service.nlp.attributor import QuoteAttributor
from service.nlp.types import Attribution

SHARED_TOOLS = Path(__file__).resolve().parents[2] / "shared" / "tools"


def to_pred(doc_id: str, result: Attribution) -> dict[str, object]:
    quotes = []
    for q in result.quotes:
        spk = q.speaker
        quotes.append(
            {
                "start": q.start,
                "end": q.end,
                "kind": q.kind,
                "speaker_name": spk.name if spk else None,
                "speaker_start": spk.mention.start if spk else None,
                "speaker_end": spk.mention.end if spk else None,
                "role": spk.role if spk else None,
                "date": q.date.value if q.date else None,
                "date_source": q.date.source if q.date else None,
                "rule": q.rule,
                # who relays the words ("…, according to CNN"), as ../shared/tools/predict.py passes it
                "via_name": q.via.name if q.via else None,
                "via_start": q.via.mention.start if q.via and q.via.mention else None,
                "via_end": q.via.mention.end if q.via and q.via.mention else None,
            }
        )
    return {"id": doc_id, "quotes": quotes}


def published(d: Mapping[str, Any]) -> date | None:
    """The date a gold document was published: seeds say `published_at`, PolNeAR `publication_date`."""
    pub = d.get("published_at") or d.get("publication_date")
    return date.fromisoformat(pub[:10]) if pub else None


def predict(gold_path: str, out_path: str, model: str) -> None:
    attributor = QuoteAttributor(model)
    docs = load_jsonl(gold_path)
    items = [(d["text"], published(d)) for d in docs]
    with open(out_path, "w", encoding="utf-8") as f:
        for d, result in zip(docs, attributor.attribute_many(items), strict=True):
            f.write(json.dumps(to_pred(d["id"], result), ensure_ascii=False) + "\n")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("--out")
    ap.add_argument("--seeds", action="store_true", help="score with score_seeds.py -v")
    ap.add_argument("--model", default=Settings.from_env().spacy_model)
    a = ap.parse_args()
    out = a.out or tempfile.mktemp(suffix=".jsonl")
    predict(a.gold, out, a.model)
    tool = "score_seeds.py" if a.seeds else "score.py"
    extra = ["-v"] if a.seeds else []
    subprocess.run([sys.executable, str(SHARED_TOOLS / tool), a.gold, out, *extra], check=True)
    print(f"predictions: {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
