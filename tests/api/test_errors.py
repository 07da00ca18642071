"""Bad requests: each gets the documented status and problem, never a 5xx.

The app under test has small limits (tests/conftest.py): 5000 code points, 4 documents, 64 KiB bodies.
"""

from __future__ import annotations

import io
from typing import Any

import pytest
from flask.testing import FlaskClient

from tests.api.helpers import assert_invalid, assert_problem

OK_TEXT = "“We will rebuild the bridge,” said Maria Lopez."


# --- 400: the body cannot be read as JSON / UTF-8 ---------------------------------------------

MALFORMED_JSON = [
    pytest.param(b'{"text": ', id="truncated"),
    pytest.param(b"", id="empty-body"),
    pytest.param(b"{'text': 'single quotes'}", id="single-quotes"),
    pytest.param(b'{"text": "a",}', id="trailing-comma"),
    pytest.param(b'{"text": NaN}', id="nan-is-not-json"),
    pytest.param(b'{"text": Infinity}', id="infinity-is-not-json"),
    pytest.param(b'{"text": "a"} {"text": "b"}', id="two-documents"),
    pytest.param(b"[" * 50_000, id="nested-too-deep"),
]


@pytest.mark.parametrize("path", ["/v1/quotes", "/v1/quotes/batch"])
@pytest.mark.parametrize("body", MALFORMED_JSON)
def test_malformed_json_is_400(client: FlaskClient, path: str, body: bytes) -> None:
    r = client.post(path, data=body, content_type="application/json")
    assert_problem(r, 400, "malformed-json", "Malformed JSON")


def test_malformed_json_detail_says_where(client: FlaskClient) -> None:
    r = client.post("/v1/quotes", data=b'{"text": ', content_type="application/json")
    assert "line 1, column 10" in r.get_json()["detail"]


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        pytest.param(b'{"text": "caf\xe9"}', "application/json", id="json-latin1-byte"),
        pytest.param(b'{"text": "\xed\xa0\x80"}', "application/json", id="json-encoded-surrogate"),
        pytest.param(b"caf\xe9 au lait", "text/plain", id="plain-latin1-byte"),
        pytest.param(b"\xff\xfe\x00a", "text/plain; charset=utf-8", id="plain-utf16-bom"),
    ],
)
def test_invalid_utf8_is_400(client: FlaskClient, body: bytes, content_type: str) -> None:
    r = client.post("/v1/quotes", data=body, content_type=content_type)
    problem = assert_problem(r, 400, "malformed-body", "Malformed request body")
    assert "not valid UTF-8" in problem["detail"]


def test_utf8_byte_order_mark_is_ignored(client: FlaskClient) -> None:
    r = client.post("/v1/quotes", data="\ufeff".encode() + b'{"text": "Hello."}', content_type="application/json")
    assert r.status_code == 200


# --- 415: a media type, charset or encoding we do not read ------------------------------------


@pytest.mark.parametrize(
    ("path", "content_type", "words"),
    [
        pytest.param("/v1/quotes", "application/xml", "not application/xml", id="xml"),
        pytest.param(
            "/v1/quotes",
            None,
            "The request has no Content-Type header; send the body as application/json or text/plain",
            id="no-content-type",
        ),
        pytest.param(
            "/v1/quotes",
            "application/x-www-form-urlencoded",
            "Send application/json or text/plain, not application/x-www-form-urlencoded (curl's default for -d and "
            "--data-binary; add -H 'Content-Type: application/json').",
            id="form",
        ),
        pytest.param("/v1/quotes", "application/merge-patch+json", "not application/merge-patch", id="plus-json"),
        pytest.param("/v1/quotes", "text/plain; charset=iso-8859-1", "not iso-8859-1", id="plain-latin1"),
        pytest.param("/v1/quotes", "application/json; charset=utf-16", "not utf-16", id="json-utf16"),
        pytest.param("/v1/quotes/batch", "text/plain", "Send application/json, not text/plain", id="batch-plain"),
    ],
)
def test_wrong_media_type_is_415(client: FlaskClient, path: str, content_type: str | None, words: str) -> None:
    r = client.post(path, data=b'{"text": "Hello."}', content_type=content_type)
    problem = assert_problem(r, 415, "unsupported-media-type", "Unsupported Media Type")
    assert words in problem["detail"]


def test_compressed_body_is_415(client: FlaskClient) -> None:
    r = client.post(
        "/v1/quotes", data=b"\x1f\x8b\x08\x00", content_type="application/json", headers={"Content-Encoding": "gzip"}
    )
    problem = assert_problem(r, 415, "unsupported-media-type", "Unsupported Media Type")
    assert "gzip" in problem["detail"]


@pytest.mark.parametrize(
    "content_type", ["application/json; charset=UTF-8", "application/json;charset=utf-8", "APPLICATION/JSON"]
)
def test_json_media_type_variants_are_accepted(client: FlaskClient, content_type: str) -> None:
    r = client.post("/v1/quotes", data=b'{"text": "Hello."}', content_type=content_type)
    assert r.status_code == 200


@pytest.mark.parametrize("content_type", ["text/plain", "text/plain; charset=utf-8", "text/plain; charset=US-ASCII"])
def test_plain_text_media_type_variants_are_accepted(client: FlaskClient, content_type: str) -> None:
    r = client.post("/v1/quotes", data=b"Hello.", content_type=content_type)
    assert r.status_code == 200


# --- 413: the body is over QUOTES_MAX_BODY_BYTES ----------------------------------------------


def test_body_over_the_limit_is_413(client: FlaskClient) -> None:
    body = b'{"text": "' + b"a" * (64 * 1024) + b'"}'
    r = client.post("/v1/quotes", data=body, content_type="application/json")
    problem = assert_problem(r, 413, "payload-too-large", "Request Entity Too Large")
    assert "65536 bytes" in problem["detail"]


def test_chunked_body_over_the_limit_is_413(client: FlaskClient) -> None:
    """No Content-Length (chunked): the limit holds as the body is read, and the answer is still a problem."""
    body = b'{"text": "' + b"a" * (64 * 1024) + b'"}'
    r = client.post(
        "/v1/quotes",
        input_stream=io.BytesIO(body),
        content_type="application/json",
        environ_overrides={"wsgi.input_terminated": True, "CONTENT_LENGTH": "", "HTTP_TRANSFER_ENCODING": "chunked"},
    )
    assert not r.request.headers.get("Content-Length")
    assert_problem(r, 413, "payload-too-large", "Request Entity Too Large")


@pytest.mark.parametrize("size", [10, 64 * 1024], ids=["small", "exactly-the-limit"])
def test_chunked_body_within_the_limit_is_read_whole(client: FlaskClient, size: int) -> None:
    body = b"x" * (size - 1) + b"."
    r = client.post(
        "/v1/quotes?id=chunked",
        input_stream=io.BytesIO(body),
        content_type="text/plain",
        environ_overrides={"wsgi.input_terminated": True, "CONTENT_LENGTH": "", "HTTP_TRANSFER_ENCODING": "chunked"},
    )
    if size > 5_000:  # the body is whole, so the text is over the 5000 code point limit: a 422, not a 413
        assert_invalid(r, {"/text": f"The text is {size} code points long; at most 5000 are allowed"})
    else:
        assert r.status_code == 200
        assert r.get_json()["id"] == "chunked"


def test_plain_body_over_the_limit_is_413(client: FlaskClient) -> None:
    r = client.post("/v1/quotes", data=b"a" * (64 * 1024 + 1), content_type="text/plain")
    assert_problem(r, 413, "payload-too-large", "Request Entity Too Large")


def test_batch_body_over_the_limit_is_413(client: FlaskClient) -> None:
    """Each document is within the text limit, but together they are over the body limit."""
    big = {"documents": [{"text": "\U0001f600" * 4_999} for _ in range(4)]}  # 12 bytes per emoji as JSON escapes
    r = client.post("/v1/quotes/batch", json=big)
    assert_problem(r, 413, "payload-too-large", "Request Entity Too Large")


# --- 422: fields ------------------------------------------------------------------------------

INVALID_DOCUMENTS: list[Any] = [
    pytest.param({}, {"/text": "Missing data for required field."}, id="missing-text"),
    pytest.param({"text": ""}, {"/text": "The text is empty; send 1 to 5000 code points."}, id="empty-text"),
    pytest.param(
        {"text": "a" * 5_001},
        {"/text": "The text is 5001 code points long; at most 5000 are allowed (QUOTES_MAX_CHARS)."},
        id="too-long-text",
    ),
    pytest.param({"text": 42}, {"/text": "Not a valid string."}, id="text-number"),
    pytest.param({"text": None}, {"/text": "Field may not be null."}, id="text-null"),
    pytest.param({"text": ["a"]}, {"/text": "Not a valid string."}, id="text-list"),
    pytest.param({"text": {"a": 1}}, {"/text": "Not a valid string."}, id="text-object"),
    pytest.param({"text": True}, {"/text": "Not a valid string."}, id="text-bool"),
    pytest.param({"text": "a", "title": "x"}, {"/title": "Unknown field."}, id="unknown-field"),
    pytest.param({"text": "a", "a/b~c": 1}, {"/a~1b~0c": "Unknown field."}, id="unknown-field-escaped-pointer"),
    pytest.param({"text": "a", "id": 7}, {"/id": "Not a valid string."}, id="id-number"),
    pytest.param(
        {"text": "a", "id": "x" * 257},
        {"/id": "The id is 257 code points long; at most 256 are allowed."},
        id="id-too-long",
    ),
    pytest.param({"text": "a", "published_at": "yesterday"}, {"/published_at": "ISO 8601"}, id="date-words"),
    pytest.param(
        {"text": "a", "published_at": "2024-02-30"},
        {"/published_at": "2024-02-30 is not a date: February 2024 has 29 days."},
        id="date-feb-30",
    ),
    pytest.param(
        {"text": "a", "published_at": "2023-02-29T10:00:00Z"},
        {"/published_at": "2023-02-29 is not a date: February 2023 has 28 days."},
        id="date-time-feb-29-not-leap",
    ),
    pytest.param(
        {"text": "a", "published_at": "2024-13-01"},
        {"/published_at": "2024-13-01 is not a date: there is no month 13; months run 01 to 12."},
        id="date-month-13",
    ),
    pytest.param({"text": "a", "published_at": "10/06/2024"}, {"/published_at": "ISO 8601"}, id="date-slashes"),
    pytest.param({"text": "a", "published_at": "2024-06-10T08"}, {"/published_at": "ISO 8601"}, id="no-minutes"),
    pytest.param({"text": "a", "published_at": "2024-06-10 08:00"}, {"/published_at": "ISO 8601"}, id="space"),
    pytest.param(
        {"text": "a", "published_at": "2024-02-29T08:00"},
        {"/published_at": "without an offset can be at most the 28th of February; add an offset"},
        id="local-feb-29",
    ),
    pytest.param({"text": "a", "published_at": "2024-06-10T08:00+0200"}, {"/published_at": "ISO 8601"}, id="zone"),
    pytest.param(
        {"text": "a", "published_at": "2024-06-10T25:00:00Z"},
        {"/published_at": "2024-06-10T25:00:00Z has hour 25; it runs 00 to 23."},
        id="hour-25",
    ),
    pytest.param({"text": "a", "published_at": "２０２４-06-10"}, {"/published_at": "ISO 8601"}, id="fullwidth-digits"),
    pytest.param({"text": "a", "published_at": 20240610}, {"/published_at": "ISO 8601"}, id="date-number"),
    pytest.param({"text": "a", "published_at": ""}, {"/published_at": "ISO 8601"}, id="date-empty"),
    pytest.param(
        {"text": "", "published_at": "soon", "extra": 1},
        {"/text": "The text is empty", "/published_at": "ISO 8601", "/extra": "Unknown field."},
        id="every-error-listed",
    ),
]


@pytest.mark.parametrize(("doc", "errors"), INVALID_DOCUMENTS)
def test_invalid_document_is_422_with_pointers(client: FlaskClient, doc: Any, errors: dict[str, str]) -> None:
    assert_invalid(client.post("/v1/quotes", json=doc), errors)


@pytest.mark.parametrize(("doc", "errors"), INVALID_DOCUMENTS)
def test_invalid_batch_member_is_422_with_its_pointer(client: FlaskClient, doc: Any, errors: dict[str, str]) -> None:
    r = client.post("/v1/quotes/batch", json={"documents": [{"text": OK_TEXT}, doc]})
    assert_invalid(r, {"/documents/1" + pointer: words for pointer, words in errors.items()})


@pytest.mark.parametrize(
    ("raw", "pointer"),
    [
        pytest.param(rb'{"text": "abc \ud800 def"}', "/text", id="lone-high-surrogate"),
        pytest.param(rb'{"text": "\udc00"}', "/text", id="lone-low-surrogate"),
        pytest.param(rb'{"text": "a", "id": "\ud800"}', "/id", id="lone-surrogate-in-id"),
    ],
)
def test_lone_surrogate_escape_is_422(client: FlaskClient, raw: bytes, pointer: str) -> None:
    r = client.post("/v1/quotes", data=raw, content_type="application/json")
    assert_invalid(r, {pointer: "lone surrogate"})


def test_lone_surrogate_in_a_field_name_is_reported_escaped(client: FlaskClient) -> None:
    r = client.post("/v1/quotes", data=rb'{"text": "a", "\ud800": 1}', content_type="application/json")
    assert_invalid(r, {"/\ud800": "Unknown field."})
    assert b"\\ud800" in r.get_data()


@pytest.mark.parametrize("number", [b"1" * 5_000, b"-" + b"9" * 5_000, b"1e999999", b"1" * 400 + b".5"])
def test_huge_numbers_are_json_of_the_wrong_type(client: FlaskClient, number: bytes) -> None:
    r = client.post("/v1/quotes", data=b'{"text": ' + number + b"}", content_type="application/json")
    assert_invalid(r, {"/text": "Not a valid string."})


def test_paired_surrogate_escapes_are_one_character(client: FlaskClient) -> None:
    r = client.post("/v1/quotes", data=rb'{"text": "\ud83d\ude00 ok"}', content_type="application/json")
    assert r.status_code == 200


@pytest.mark.parametrize(
    ("raw", "detail"),
    [
        pytest.param(b"[]", "Expected a JSON object, got an array.", id="array"),
        pytest.param(b'"text"', "Expected a JSON object, got a string.", id="string"),
        pytest.param(b"null", "Expected a JSON object, got null.", id="null"),
        pytest.param(b"42", "Expected a JSON object, got a number.", id="number"),
        pytest.param(b"true", "Expected a JSON object, got a boolean.", id="boolean"),
    ],
)
@pytest.mark.parametrize("path", ["/v1/quotes", "/v1/quotes/batch"])
def test_json_that_is_not_an_object_is_422_at_the_root(client: FlaskClient, path: str, raw: bytes, detail: str) -> None:
    r = client.post(path, data=raw, content_type="application/json")
    assert_invalid(r, {"": detail})


@pytest.mark.parametrize(
    ("body", "errors"),
    [
        pytest.param({}, {"/documents": "Missing data for required field."}, id="missing"),
        pytest.param(
            {"documents": []}, {"/documents": "The batch has 0 documents; send 1 to 4 (QUOTES_MAX_BATCH)."}, id="empty"
        ),
        pytest.param(
            {"documents": [{"text": "a"}] * 5},
            {"/documents": "The batch has 5 documents; send 1 to 4 (QUOTES_MAX_BATCH)."},
            id="too-many",
        ),
        pytest.param({"documents": {"text": "a"}}, {"/documents": "Not a valid list."}, id="not-a-list"),
        pytest.param({"documents": ["a"]}, {"/documents/0": "Invalid input type."}, id="member-not-object"),
        pytest.param({"documents": [{"text": "a"}], "x": 1}, {"/x": "Unknown field."}, id="unknown-field"),
        pytest.param(
            {"documents": [{"text": "a"}, {"text": ""}, {"text": "b"}, {}]},
            {"/documents/1/text": "The text is empty", "/documents/3/text": "Missing data"},
            id="two-bad-members",
        ),
    ],
)
def test_invalid_batch_is_422(client: FlaskClient, body: Any, errors: dict[str, str]) -> None:
    assert_invalid(client.post("/v1/quotes/batch", json=body), errors)


def test_plain_text_empty_body_is_422(client: FlaskClient) -> None:
    assert_invalid(client.post("/v1/quotes", data=b"", content_type="text/plain"), {"/text": "The text is empty"})


def test_plain_text_too_long_is_422(client: FlaskClient) -> None:
    r = client.post("/v1/quotes", data=("é" * 5_001).encode(), content_type="text/plain")
    assert_invalid(r, {"/text": "The text is 5001 code points long; at most 5000 are allowed"})


def test_plain_text_with_bad_query_parameters_is_422(client: FlaskClient) -> None:
    r = client.post("/v1/quotes?published_at=last%20week&lang=en", data=OK_TEXT.encode(), content_type="text/plain")
    assert_invalid(r, {"?published_at": "ISO 8601", "?lang": "Unknown query parameter."})


def test_bad_query_parameter_is_422_even_when_the_body_sets_the_field(client: FlaskClient) -> None:
    r = client.post("/v1/quotes?published_at=soon&id=" + "x" * 257, json={"text": "a", "published_at": "2024-01-01"})
    assert_invalid(r, {"?published_at": "ISO 8601", "?id": "The id is 257 code points long"})


def test_query_parameter_given_twice_is_422(client: FlaskClient) -> None:
    r = client.post("/v1/quotes?id=a&id=b", data=b"Hello.", content_type="text/plain")
    assert_invalid(r, {"?id": "Given more than once."})


def test_body_and_query_errors_are_listed_together(client: FlaskClient) -> None:
    r = client.post("/v1/quotes?x=1", json={"text": ""})
    assert_invalid(r, {"?x": "Unknown query parameter.", "/text": "The text is empty"})


def test_unknown_query_parameter_with_json_body_is_422(client: FlaskClient) -> None:
    assert_invalid(client.post("/v1/quotes?debug=1", json={"text": "a"}), {"?debug": "Unknown query parameter."})
    assert_invalid(
        client.post("/v1/quotes/batch?debug=1", json={"documents": [{"text": "a"}]}),
        {"?debug": "Unknown query parameter."},
    )


def test_422_detail_names_the_pointers(client: FlaskClient) -> None:
    r = client.post("/v1/quotes", json={"text": "", "published_at": "soon"})
    detail = r.get_json()["detail"]
    assert "/text: " in detail and "/published_at: " in detail
