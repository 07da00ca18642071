"""Our pipeline (QuoteAttributor's, with service.nlp.fastpipe) annotates exactly like the stock model.

    .venv/bin/python -m bench.check_pipeline ../shared/eval/polnear-dev.jsonl [--start 0 --stop 84]

Parses each article with both, compares every token (tag, POS, morph, lemma, dep, head,
entity, sentence start) and prints the count of differing tokens and the CPU time of each.
Exits 1 on any difference.
"""

from __future__ import annotations

import argparse
import sys
import time

import spacy
from spacy.tokens import Token

from bench.scoring import load_jsonl
from service.config import Settings
from service.nlp.attributor import QuoteAttributor


def _sig(t: Token) -> tuple[object, ...]:
    return (t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_type_, t.ent_iob_, t.is_sent_start)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("--start", type=int, default=0)
    ap.add_argument("--stop", type=int)
    ap.add_argument("--model", default=Settings.from_env().spacy_model)
    a = ap.parse_args()
    docs = load_jsonl(a.gold)[a.start : a.stop]
    stock = spacy.load(a.model)
    ours = QuoteAttributor(a.model)
    print(f"ours: {ours.nlp.pipe_names}, sped up: {ours.speedups}")
    cpu = {"stock": 0.0, "ours": 0.0}
    tokens = differ = 0
    for k, d in enumerate(docs):
        with stock.memory_zone(), ours.nlp.memory_zone():
            order = [("stock", stock), ("ours", ours.nlp)]
            parsed = {}
            for name, nlp in order if k % 2 else order[::-1]:
                t0 = time.process_time()
                parsed[name] = nlp(d["text"])
                cpu[name] += time.process_time() - t0
            tokens += len(parsed["stock"])
            for x, y in zip(parsed["stock"], parsed["ours"], strict=True):
                if _sig(x) != _sig(y):
                    differ += 1
                    if differ <= 5:
                        print(f"{d['id']}: {x.text!r} {_sig(x)} != {_sig(y)}")
    print(
        f"{len(docs)} articles, {tokens} tokens, {differ} differing; CPU stock {cpu['stock']:.2f} s, "
        f"ours {cpu['ours']:.2f} s ({cpu['ours'] / max(cpu['stock'], 1e-9) - 1:+.1%})"
    )
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
