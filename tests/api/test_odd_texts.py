"""Texts the extractor finds odd: each gets a 200 whose offsets hold, never a 5xx."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from flask import Flask
from flask.testing import FlaskClient

from service.app import create_app
from service.config import Settings
from service.nlp.attributor import QuoteAttributor
from tests.api.test_quotes import spans_hold

ODD_TEXTS = [
    pytest.param("“We will rebuild the bridge, said Maria Lopez.", id="unclosed-curly"),
    pytest.param("We will rebuild the bridge,” said Maria Lopez.", id="unopened-curly"),
    pytest.param('"We will rebuild the bridge, said Maria Lopez. "', id="straight-odd-spacing"),
    pytest.param('He said "yes" and "no and "maybe.', id="odd-number-of-straight-marks"),
    pytest.param("“Nested ‘inner “deep” quote’ here,” she said.", id="nested-marks"),
    pytest.param("“”", id="empty-quote"),
    pytest.param("“", id="one-opening-mark"),
    pytest.param("”", id="one-closing-mark"),
    pytest.param("\"'“”‘’«»„‚‹›" * 20, id="only-quote-marks"),
    # Small sizes on purpose: these check the answer, not the time (the bounded-time tests of
    # pathological inputs at the size limit are tests/reliability/test_pathological.py).
    pytest.param('"' * 999, id="odd-run-of-straight-marks"),
    pytest.param("“" * 500 + "”" * 500, id="deeply-nested-marks"),
    pytest.param("“a” " * 200, id="many-tiny-quotes"),
    pytest.param("\x00", id="nul-only"),
    pytest.param("“We won,\x00” said Ana\x00 Ruiz.", id="nul-inside"),
    pytest.param("\x01\x02\x03\x07\x08\x0b\x0c\x1b[31m“Hi,”\x1b[0m she said.\x7f", id="control-characters"),
    pytest.param("\u200b\u200c\u200d\u2060\ufeff“Hidden,” said\u00a0Ana\u2009Ruiz.", id="invisible-characters"),
    pytest.param("\u202e“Reversed,” said Ana Ruiz.\u202c", id="bidi-controls"),
    pytest.param("“Line\r\nbreaks,”\r\nshe said.\rThen\u2028more\u2029text.", id="odd-line-breaks"),
    pytest.param("   \n\n\t  ", id="whitespace-only"),
    pytest.param("\n\n\n“A quote after blank lines,” she said.\n\n\n", id="blank-lines"),
    pytest.param("“Open paragraph one\n\n“and paragraph two,” she said.", id="multi-paragraph-quote"),
    pytest.param("'90s players' rock ’n’ roll Putin‘s “real” quote", id="apostrophes"),
    pytest.param("« Nous allons reconstruire le pont », a déclaré Maria Lopez.", id="guillemets"),
    pytest.param("„Wir bauen die Brücke wieder auf“, sagte Maria Lopez.", id="german-marks"),
    pytest.param("「我们会重建这座桥」，玛丽亚说。", id="cjk"),
    pytest.param("“نحن سنعيد بناء الجسر”، قالت ماريا.", id="arabic"),
    pytest.param("\ufffd\ufffd “Replacement chars,” she said.", id="replacement-characters"),
    pytest.param("𝓦𝓮 𝔀𝓲𝓵𝓵 “𝓻𝓮𝓫𝓾𝓲𝓵𝓭,” 𝓼𝓱𝓮 𝓼𝓪𝓲𝓭.", id="astral-letters"),
    pytest.param("word " * 999, id="no-punctuation"),
    pytest.param("a" * 5_000, id="one-long-word"),
    pytest.param(".” “" * 250, id="alternating-marks"),
]


@pytest.mark.parametrize("text", ODD_TEXTS)
def test_odd_text_is_answered(client: FlaskClient, text: str) -> None:
    r = client.post("/v1/quotes", json={"text": text, "published_at": "2024-03-06"})
    assert r.status_code == 200, r.get_data(as_text=True)
    spans_hold(text, r.get_json())


@pytest.mark.parametrize("text", ODD_TEXTS)
def test_odd_text_as_plain_body_is_answered(client: FlaskClient, text: str) -> None:
    r = client.post("/v1/quotes", data=text.encode(), content_type="text/plain")
    assert r.status_code == 200, r.get_data(as_text=True)
    spans_hold(text, r.get_json())


def test_odd_texts_in_one_batch(client: FlaskClient) -> None:
    texts = [p.values[0] for p in ODD_TEXTS[:4]]
    r = client.post("/v1/quotes/batch", json={"documents": [{"text": t} for t in texts]})
    assert r.status_code == 200
    for text, result in zip(texts, r.get_json()["results"], strict=True):
        spans_hold(text, result)


@pytest.mark.parametrize(
    ("prefix", "quoted"),
    [
        pytest.param("😀😀 ", "Café, naïve and déjà vu,", id="emoji-before"),
        pytest.param("👨‍👩‍👧‍👦 family 👍🏽 ", "We will rebuild the bridge,", id="zwj-and-skin-tone-before"),
        pytest.param("Cafe\u0301 cre\u0300me ", "Na\u0308ive combining marks,", id="combining-marks"),
        pytest.param("𝕏 ", "Astral 𝓵𝓮𝓽𝓽𝓮𝓻𝓼 inside,", id="astral-inside"),
        pytest.param("", "Emoji inside 🎉🎉 the quote,", id="emoji-inside"),
    ],
)
def test_offsets_count_code_points(client: FlaskClient, prefix: str, quoted: str) -> None:
    """Offsets are code points: not UTF-8 bytes, not UTF-16 units, not grapheme clusters."""
    text = f"{prefix}“{quoted}” said Maria Lopez."
    r = client.post("/v1/quotes", json={"text": text})
    assert r.status_code == 200
    [q] = r.get_json()["quotes"]
    start = len(prefix) + 1
    assert (q["start"], q["end"], q["text"]) == (start, start + len(quoted), quoted)
    spans_hold(text, r.get_json())


@pytest.fixture()
def big_app(attributor: QuoteAttributor) -> Iterator[Flask]:
    settings = Settings(max_chars=250_000, max_tokens=50_000, max_body_bytes=1024 * 1024, deadline_seconds=600)
    yield create_app(settings, attributor)


def test_one_200kb_paragraph_is_answered(big_app: Flask) -> None:
    """One paragraph (no line break) of 200 000 characters, over the default text limit, so the app allows more."""
    sentence = "The council met again and the minister, who spoke for an hour, said nothing new. "
    text = "“We will rebuild the bridge,” said Maria Lopez. " + sentence * (200_000 // len(sentence))
    assert len(text) > 200_000 and "\n" not in text
    r = big_app.test_client().post("/v1/quotes", json={"text": text})
    assert r.status_code == 200
    body = r.get_json()
    assert (body["quotes"][0]["start"], body["quotes"][0]["end"]) == (1, 28)
    spans_hold(text, body)
