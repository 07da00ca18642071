"""Schemathesis settings shared by the in-process and the live-server contract runs."""

from __future__ import annotations

from typing import Any

# Fixed seed and deterministic generation: CI sees the same requests every run. Every check,
# positive and negative data, the examples, coverage and fuzzing phases (stateful testing has
# no links to follow in this API). Examples per operation are kept small enough for the whole
# contract suite to stay within a few minutes; the coverage phase adds its boundary cases on top.
SEED = 20_261_123
MAX_EXAMPLES = 40


def schemathesis_config(max_examples: int = MAX_EXAMPLES) -> dict[str, Any]:
    return {
        "seed": SEED,
        "checks": {"enabled": True},
        "generation": {
            "mode": "all",
            "max-examples": max_examples,
            "deterministic": True,
            "database": "none",
        },
    }
