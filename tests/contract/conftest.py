"""Schemathesis settings shared by the in-process and the live-server contract runs."""

from __future__ import annotations

import os
from typing import Any

# Fixed seed and deterministic generation: CI sees the same requests every run. Every check,
# positive and negative data, the examples, coverage and fuzzing phases (stateful testing has
# no links to follow in this API). Examples per operation are kept small enough for the whole
# contract suite to stay within a few minutes; the coverage phase adds its boundary cases on top.
# CONTRACT_SEED / CONTRACT_MAX_EXAMPLES deepen a run by hand (e.g. 400 examples, other seeds); CI keeps these.
SEED = int(os.environ.get("CONTRACT_SEED", "20261123"))
MAX_EXAMPLES = int(os.environ.get("CONTRACT_MAX_EXAMPLES", "40"))


# 413 is a documented answer to any body over QUOTES_MAX_BODY_BYTES, valid or not: JSON Schema cannot
# state a limit in bytes, so a large enough batch is schema-valid and still refused, and a large invalid
# one is refused for its size before its fields are read. Both checks take it as an answer.
NEGATIVE_OK = ["400", "401", "403", "404", "405", "406", "409", "413", "415", "422", "428", "429", "5xx"]
POSITIVE_OK = ["2xx", "3xx", "401", "403", "404", "409", "413", "429", "5xx"]


def schemathesis_config(max_examples: int = MAX_EXAMPLES) -> dict[str, Any]:
    return {
        "seed": SEED,
        "checks": {
            "enabled": True,
            "negative_data_rejection": {"expected-statuses": NEGATIVE_OK},
            "positive_data_acceptance": {"expected-statuses": POSITIVE_OK},
        },
        "generation": {
            "mode": "all",
            "max-examples": max_examples,
            "deterministic": True,
            "database": "none",
        },
    }
