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


@cache
def load_pairs(name: str) -> tuple[tuple[str, str], ...]:
    """Tab-separated `key<TAB>value` lines, lower-cased, in file order."""
    raw = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    pairs: list[tuple[str, str]] = []
    for line in raw.splitlines():
        body = line.split("#", 1)[0].rstrip()
        if "\t" not in body:
            continue
        key, value = body.split("\t", 1)
        pairs.append((key.strip().lower(), value.strip().lower()))
    return tuple(pairs)
