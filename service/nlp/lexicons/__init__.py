"""Word lists as data files, loaded once."""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def load(name: str) -> frozenset[str]:
    """One entry per line; `#` starts a comment; blank lines ignored."""
    raw = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    words = (line.split("#", 1)[0].strip() for line in raw.splitlines())
    return frozenset(w.lower() for w in words if w)
