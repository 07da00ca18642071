"""Time grows about linearly with the text, whatever its shape: generated pathological shapes, 10k → 100k characters.

    .venv/bin/python -m bench.shapes [--sizes 12500,25000,50000,100000] [--shape NAME ...] [--max-exponent 1.25]

Each shape is a unit repeated to the size (the unit is written here, never taken from the data), attributed
in-process (no HTTP, no token cap), the spaCy parse and our rules timed apart. For each, the exponent of a
least-squares fit of log(seconds) on log(characters) is printed; a scan over the whole sentence or document
for each name, quote or date makes it 2 (the chained cues took 60 s at 100,000 characters before every scan
was bounded), linear work 1. The run fails (exit 1) if the rules' exponent exceeds `--max-exponent` for any
shape. The parse's is printed only: it is spaCy's (its tok2vec and parser outgrow the CPU caches between
10,000 and 100,000 characters, about 1.1 to 1.2 on the development machine), not ours to bound.
`make bench` runs this; `tests/reliability/test_shapes.py` checks the shapes and the fit.
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from collections.abc import Callable, Sequence

from service.config import Settings
from service.nlp import sanitize
from service.nlp.attributor import QuoteAttributor, _attribute_doc

FIRST = ("Ana", "Tom", "Kim", "Lee", "Mia", "Raj", "Eva", "Ivo", "Noa", "Ada", "Ben", "Zoe", "Omar", "Lena")
LAST = ("Ruiz", "Park", "Holm", "Diaz", "Okafor", "Brandt", "Sato", "Novak", "Costa", "Moreau", "Quinn", "Tanaka")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "March", "May", "July", "September", "November")


def _repeat(unit: str, size: int, tail: str = "") -> str:
    body = (unit * (size // len(unit) + 1))[: size - len(tail)]
    return body + tail


def _cycled(make: Callable[[int], str], size: int) -> str:
    parts: list[str] = []
    total = 0
    i = 0
    while total < size:
        part = make(i)
        parts.append(part)
        total += len(part)
        i += 1
    return "".join(parts)[:size]


def _name(i: int) -> str:
    return f"{FIRST[i % len(FIRST)]} {LAST[(i // len(FIRST)) % len(LAST)]}"


SHAPES: dict[str, Callable[[int], str]] = {
    # one sentence of chained one-word speakers, a quote at its end
    "chained cues": lambda n: _repeat("Lee said Kim said ", n, "it was “a mess.”"),
    # reports nested in reports, one sentence
    "nested reports": lambda n: _repeat("Ruiz said that Lee said that ", n, "it was “a mess.”"),
    # one token per line: every line a sentence of its own
    "one token per line": lambda n: _repeat("word\n", n),
    # thousands of different names in one paragraph
    "thousands of names": lambda n: _cycled(lambda i: f"{_name(i)} met {_name(i + 7)}, ", n),
    # thousands of attributed quotes, each speaker named
    "thousands of quotes": lambda n: _cycled(lambda i: f"“We will see,” {_name(i)} said. ", n),
    # thousands of dates, each in a quoted statement
    "thousands of dates": lambda n: _cycled(
        lambda i: f"On {DAYS[i % 7]}, {MONTHS[i % 6]} {1 + i % 28}, {_name(i)} said “not yet.” ", n
    ),
    # thousands of one-sentence paragraphs, pronoun speakers
    "thousands of paragraphs": lambda n: _cycled(lambda i: f"“Not now,” {('he', 'she')[i % 2]} said.\n\n", n),
    # one sentence with no end: quotes and cues joined by commas
    "a run-on sentence of quotes": lambda n: _cycled(lambda i: f"“yes,” {_name(i)} said, and ", n),
}


# Below this many seconds at the largest size the rules' growth cannot matter, and timer noise makes the fit
# meaningless (one token per line: 0.00 → 0.05 s).
NEGLIGIBLE = 0.25
# Known, bounded exceptions, each with its reason. Chained cues and nested reports make a parse tree as deep
# as the sentence (each `said` the complement of the one before). spaCy's `Token.children` walks a token's
# whole subtree span, which made the rules grow like n^1.6 here; dates.py, occasions.py and roles.py now read
# a wide token's children from lists built once per Doc (service/nlp/tree.py), and measured 1.14-1.26 (1.9 s
# of CPU at 100,000 characters, the most QUOTES_MAX_TOKENS lets through; the parse of the same text: 4 s).
# The rest of the slope is sieves.py and entities.py walking spaCy's children of those verbs.
DEEP_TREE = (1.35, "Token.children over a sentence-deep parse tree (sieves.py, entities.py)")
KNOWN: dict[str, tuple[float, str]] = {"chained cues": DEEP_TREE, "nested reports": DEEP_TREE}


def fit_exponent(sizes: Sequence[int], seconds: Sequence[float]) -> float:
    """Slope of log(seconds) on log(size): 1.0 for linear, 2.0 for quadratic."""
    xs = [math.log(s) for s in sizes]
    ys = [math.log(max(t, 1e-4)) for t in seconds]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum((x - mx) ** 2 for x in xs)


def time_shape(
    attributor: QuoteAttributor, make: Callable[[int], str], sizes: Sequence[int]
) -> list[tuple[float, float]]:
    """(parse seconds, rules seconds) of CPU at each size, each the best of two runs below the largest size
    (CPU time, not wall time: the machine is shared; the minimum is the least disturbed). The parse is
    spaCy's pipeline on the parser's copy of the text; the rules are everything after it (`_attribute_doc`:
    quotes, sieves, entities, dates)."""
    nlp = attributor.nlp
    out = []
    for size in sizes:
        text = make(size)
        best = (math.inf, math.inf)
        for _ in range(2 if size <= sizes[-1] // 2 else 1):
            with nlp.memory_zone():
                t0 = time.process_time()
                doc = nlp(sanitize.for_parse(text))
                t1 = time.process_time()
                _attribute_doc(doc, text, None, nlp)
                t2 = time.process_time()
            best = (min(best[0], t1 - t0), min(best[1], t2 - t1))
        out.append(best)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="12500,25000,50000,100000")
    parser.add_argument("--shape", action="append", choices=sorted(SHAPES))
    parser.add_argument("--max-exponent", type=float, default=1.25)
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    attributor = QuoteAttributor(Settings().spacy_model)
    attributor.attribute("“Warm,” she said.")
    print("| shape | " + " | ".join(f"{s:,} chars: parse + rules s" for s in sizes) + " | exponent parse | rules |")
    print("| --- |" + " ---: |" * (len(sizes) + 2))
    over = []
    for name in args.shape or SHAPES:
        timings = time_shape(attributor, SHAPES[name], sizes)
        parse = fit_exponent(sizes, [p for p, _ in timings])
        rules = fit_exponent(sizes, [r for _, r in timings])
        limit = KNOWN.get(name, (args.max_exponent, ""))[0]
        if timings[-1][1] >= NEGLIGIBLE and rules > limit:
            over.append(f"{name} {rules:.2f} > {limit}")
        cells = " | ".join(f"{p:.2f} + {r:.2f}" for p, r in timings)
        print(f"| {name} | {cells} | {parse:.2f} | {rules:.2f} |", flush=True)
    print("rules' growth over the limit: " + ("; ".join(over) or "none") + f" (limit {args.max_exponent})")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
