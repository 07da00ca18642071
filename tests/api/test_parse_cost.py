"""A text too dense to parse in bounded time is a clear 422; bare runs of marks are not counted."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from flask import Flask

from service.app import create_app
from service.config import Settings
from service.nlp.attributor import QuoteAttributor


@pytest.fixture()
def capped(attributor: QuoteAttributor) -> Iterator[Flask]:
    yield create_app(Settings(max_chars=5_000, max_tokens=200, max_body_bytes=64 * 1024), attributor)


def test_too_many_tokens_is_a_422_at_the_text(capped: Flask) -> None:
    text = '"a" ' * 68  # 204 tokens: 3 per unit
    r = capped.test_client().post("/v1/quotes", json={"text": text})
    assert r.status_code == 422
    assert r.mimetype == "application/problem+json"
    assert r.get_json()["errors"] == [
        {
            "pointer": "/text",
            "detail": "Too many words and punctuation marks to parse in bounded time: about 204, at most 200.",
        }
    ]


def test_exactly_at_the_cap_is_answered(capped: Flask) -> None:
    text = "“We won,” said Ana Ruiz. " + '"a" ' * 63 + "x y"  # 9 + 189 + 2 = 200 tokens
    r = capped.test_client().post("/v1/quotes", json={"text": text})
    assert r.status_code == 200
    assert r.get_json()["quotes"][0]["speaker"]["name"] == "Ana Ruiz"


def test_the_cap_points_into_a_batch(capped: Flask) -> None:
    docs = [{"text": "Nothing quoted."}, {"text": "x " * 201}]
    r = capped.test_client().post("/v1/quotes/batch", json={"documents": docs})
    assert r.status_code == 422
    assert [e["pointer"] for e in r.get_json()["errors"]] == ["/documents/1/text"]


def test_a_text_of_bare_quote_marks_is_answered_not_refused(capped: Flask) -> None:
    text = '"' * 2_000 + "“”" * 1_000
    r = capped.test_client().post("/v1/quotes", json={"text": text})
    assert r.status_code == 200
    assert r.get_json()["quotes"] == []
