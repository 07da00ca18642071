"""Settings come from QUOTES_* variables and are validated at start-up."""

from __future__ import annotations

import pytest

from service.config import Settings, SettingsError


def test_defaults_when_nothing_is_set() -> None:
    assert Settings.from_env({}) == Settings()
    assert (Settings().max_chars, Settings().max_batch, Settings().max_body_bytes) == (100_000, 32, 4 * 1024 * 1024)
    assert (Settings().max_tokens, Settings().max_batch_tokens, Settings().deadline_seconds) == (25_000, 50_000, 30)


def test_values_are_read_and_trimmed() -> None:
    s = Settings.from_env(
        {"QUOTES_MAX_CHARS": " 2000 ", "QUOTES_MAX_BATCH": "8", "QUOTES_MAX_BODY_BYTES": "65536", "OTHER": "x"}
    )
    assert (s.max_chars, s.max_batch, s.max_body_bytes) == (2_000, 8, 65_536)


@pytest.mark.parametrize(
    ("env", "words"),
    [
        pytest.param({"QUOTES_MAX_CHARS": "lots"}, "QUOTES_MAX_CHARS must be an integer", id="not-an-integer"),
        pytest.param({"QUOTES_MAX_CHARS": "0"}, "QUOTES_MAX_CHARS must be at least 1", id="zero-chars"),
        pytest.param({"QUOTES_MAX_BATCH": "-1"}, "QUOTES_MAX_BATCH must be at least 1", id="negative-batch"),
        pytest.param({"QUOTES_MAX_TOKENS": "0"}, "QUOTES_MAX_TOKENS must be at least 1", id="zero-tokens"),
        pytest.param({"QUOTES_MAX_BODY_BYTES": "100"}, "at least 1024", id="tiny-body"),
        pytest.param(
            {"QUOTES_MAX_CHARS": "100000", "QUOTES_MAX_BODY_BYTES": "50000"},
            "must exceed QUOTES_MAX_CHARS",
            id="body-smaller-than-text",
        ),
        pytest.param(
            {"QUOTES_MAX_TOKENS": "30000", "QUOTES_MAX_BATCH_TOKENS": "20000"},
            "QUOTES_MAX_BATCH_TOKENS must be at least QUOTES_MAX_TOKENS",
            id="batch-budget-below-one-document",
        ),
        pytest.param({"QUOTES_DEADLINE_SECONDS": "0"}, "QUOTES_DEADLINE_SECONDS must be at least 1", id="no-deadline"),
        pytest.param({"QUOTES_LOG_LEVEL": "LOUD"}, "not a log level", id="bad-log-level"),
        pytest.param({"QUOTES_SPACY_MODEL": "  "}, "must not be empty", id="empty-model"),
    ],
)
def test_bad_values_stop_start_up(env: dict[str, str], words: str) -> None:
    with pytest.raises(SettingsError, match=words):
        Settings.from_env(env)
