"""Accuracy: our attributor and textacy's `direct_quotations` on the same parses, scored in bench.scoring.

    .venv/bin/python -m bench.accuracy ../shared/eval/polnear-dev.jsonl [--limit N] [--out-dir bench/out]

Each article is parsed once by the attributor's pipeline; our rules and textacy both read that
`Doc` (textacy needs POS, lemmas and the dependency parse, which the pipeline keeps). Prints
quote P/R/F1, recall of full and partial quotes, speaker accuracy on found quotes, attribution
F1, and a breakdown by `rule`; writes both prediction files for ../shared/tools/score.py.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from bench import scoring
from bench.evaluate import published, to_pred
from bench.textacy_baseline import AVAILABLE as TEXTACY
from bench.textacy_baseline import textacy_preds
from service.config import Settings
from service.nlp import attributor as attributor_module
from service.nlp.attributor import QuoteAttributor
from service.nlp.sanitize import for_parse

OUT = Path(__file__).resolve().parent / "out"
METRICS = [
    ("quote_P", "quote P"),
    ("quote_R", "quote R"),
    ("quote_F1", "quote F1"),
    ("recall_full", "recall, full quotes"),
    ("recall_partial", "recall, partial quotes"),
    ("speaker_acc_on_found", "speaker right on found"),
    ("attribution_P", "attribution P"),
    ("attribution_R", "attribution R"),
    ("attribution_F1", "attribution F1"),
]


def predict(
    attributor: QuoteAttributor, docs: Sequence[Mapping[str, Any]], textacy: bool = True
) -> tuple[dict[str, list[dict[str, Any]]], dict[str, list[dict[str, Any]]]]:
    """Ours and textacy's predictions per document id, from one parse of each article."""
    ours: dict[str, list[dict[str, Any]]] = {}
    base: dict[str, list[dict[str, Any]]] = {}
    one_doc = getattr(attributor_module, "_attribute_doc", None)
    nlp = attributor.nlp
    for d in docs:
        if one_doc is None:  # the attributor was refactored: fall back to its API and a second parse
            ours[d["id"]] = to_pred(d["id"], attributor.attribute(d["text"], published(d)))["quotes"]
            if textacy:
                with nlp.memory_zone():
                    base[d["id"]] = textacy_preds(nlp(d["text"]))
            continue
        with nlp.memory_zone():
            doc = nlp(for_parse(d["text"]))  # what the service parses: a same-length copy
            ours[d["id"]] = to_pred(d["id"], one_doc(doc, d["text"], published(d), nlp))["quotes"]
            if textacy:
                base[d["id"]] = textacy_preds(doc)
    return ours, base


def write_preds(path: Path, preds: Mapping[str, Sequence[Mapping[str, Any]]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        for doc_id, quotes in preds.items():
            f.write(json.dumps({"id": doc_id, "quotes": quotes}, ensure_ascii=False) + "\n")


def table(results: Mapping[str, Mapping[str, Any]]) -> str:
    """Metric rows, one column per system."""
    names = list(results)
    lines = ["| measure | " + " | ".join(names) + " |", "|---|" + "---:|" * len(names)]
    for key, label in METRICS:
        lines.append(f"| {label} | " + " | ".join(f"{results[n][key]:.3f}" for n in names) + " |")
    counts = [results[n]["counts"] for n in names]
    lines.append("| gold quotes / predicted | " + " | ".join(f"{c['gold']} / {c['pred']}" for c in counts) + " |")
    return "\n".join(lines)


def rule_table(by_rule: Mapping[str, Mapping[str, Any]]) -> str:
    lines = ["| rule | quotes | quote P | speaker right (of correct) |", "|---|---:|---:|---:|"]
    for name, r in by_rule.items():
        lines.append(f"| {name} | {r['count']} | {r['quote_P']:.3f} | {r['speaker_ok']:.3f} |")
    return "\n".join(lines)


def score_all(
    gold: Iterable[Mapping[str, Any]], preds: Mapping[str, Mapping[str, Sequence[Mapping[str, Any]]]]
) -> dict[str, dict[str, Any]]:
    gold = list(gold)
    return {name: scoring.score(gold, p, by_rule=True) for name, p in preds.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description="Accuracy of ours and textacy on a gold JSONL.")
    ap.add_argument("gold")
    ap.add_argument("--limit", type=int, help="only the first N documents")
    ap.add_argument("--model", default=Settings.from_env().spacy_model)
    ap.add_argument("--out-dir", type=Path, default=OUT)
    ap.add_argument("--no-textacy", action="store_true")
    a = ap.parse_args()
    gold = scoring.load_jsonl(a.gold)[: a.limit]
    use_textacy = TEXTACY and not a.no_textacy
    ours, base = predict(QuoteAttributor(a.model), gold, textacy=use_textacy)
    stem = Path(a.gold).stem
    write_preds(a.out_dir / f"{stem}.ours.jsonl", ours)
    preds = {"ours": ours}
    if use_textacy:
        write_preds(a.out_dir / f"{stem}.textacy.jsonl", base)
        preds["textacy 0.13"] = base
    results = score_all(gold, preds)
    print(table(results))
    print()
    print(rule_table(results["ours"]["by_rule"]))
    print(f"\npredictions: {a.out_dir}/{stem}.*.jsonl")


if __name__ == "__main__":
    main()
