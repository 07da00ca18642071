"""A text too dense to parse in bounded time is a clear 422; bare runs of marks are not counted."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from flask import Flask

from service.app import create_app
from service.config import Settings
from service.nlp.attributor import QuoteAttributor
from service.nlp.sanitize import for_parse, parse_cost


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("“Yes,” he said.", 7, id="sentence"),
        pytest.param("a\n" * 50, 100, id="one-token-per-line"),
        pytest.param("a  b", 3, id="a-run-of-spaces-is-a-token"),
        pytest.param("a\tb", 3, id="a-tab-is-a-token"),
        pytest.param("x\r\ny", 3, id="crlf-is-one-token"),
        pytest.param("one two three", 3, id="single-spaces-are-not"),
        pytest.param("Lead.\n\n" + '"' * 40 + "\nEnd.", 4, id="blanked-marks-join-one-space-token"),
    ],
)
def test_the_estimate_counts_what_spacy_counts(attributor: QuoteAttributor, text: str, expected: int) -> None:
    assert parse_cost(text) == expected
    assert parse_cost(text) >= len(attributor.nlp.make_doc(for_parse(text)))


def test_fifty_thousand_line_breaks_are_counted(capped: Flask) -> None:
    """`a⏎` × 101 is 202 tokens for spaCy; counting only words would let it through as 101."""
    r = capped.test_client().post("/v1/quotes", json={"text": "a\n" * 101})
    assert r.status_code == 422
    assert r.get_json()["errors"][0]["detail"].startswith("Too many words and punctuation marks")
    assert "about 202," in r.get_json()["errors"][0]["detail"]
