"""/metrics, /docs, /openapi.yaml, and limits that agree between the spec and the service."""

from __future__ import annotations

import re
from typing import Any

import yaml
from flask import Flask
from flask.testing import FlaskClient

from service.config import Settings
from tests.contract.openapi_check import spec_dict


def _count(text: str, endpoint: str, method: str, status: int) -> float:
    prefix = f'quotes_http_requests_total{{endpoint="{endpoint}",method="{method}",status="{status}"}} '
    return sum(float(line.removeprefix(prefix)) for line in text.splitlines() if line.startswith(prefix))


def test_metrics_count_requests_by_endpoint_and_status(client: FlaskClient) -> None:
    client.post("/v1/quotes", json={"text": "“Yes,” she said."})
    client.post("/v1/quotes", json={"text": "“Yes,” she said."})
    client.post("/v1/quotes", json={"text": ""})
    client.post("/v1/quotes/batch", data=b"{", content_type="application/json")
    client.get("/nowhere")
    client.delete("/healthz")
    r = client.get("/metrics")
    assert r.status_code == 200
    assert r.mimetype == "text/plain"
    text = r.get_data(as_text=True)
    assert _count(text, "/v1/quotes", "POST", 200) == 2
    assert _count(text, "/v1/quotes", "POST", 422) == 1
    assert _count(text, "/v1/quotes/batch", "POST", 400) == 1
    assert _count(text, "other", "GET", 404) == 1
    assert _count(text, "other", "DELETE", 405) == 1
    assert 'quotes_http_request_duration_seconds_count{endpoint="/v1/quotes",method="POST",status="200"} 2.0' in text
    assert "# TYPE quotes_http_requests_total counter" in text


def test_metrics_do_not_label_by_raw_path(client: FlaskClient) -> None:
    for i in range(5):
        client.get(f"/random-{i}")
    text = client.get("/metrics").get_data(as_text=True)
    assert "random-" not in text


def test_docs_page_is_self_contained(client: FlaskClient) -> None:
    r = client.get("/docs")
    assert r.status_code == 200
    assert r.mimetype == "text/html"
    page = r.get_data(as_text=True)
    assert "default-src 'none'" in r.headers["Content-Security-Policy"]
    for tag in ("<script", "<link", "<img", "<iframe", "@import", "url("):
        assert tag not in page
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)
    for path, item in spec_dict()["paths"].items():
        for method in item:
            if method != "options":
                assert f"{method.upper()} {path}" in page
    for name in ("Document", "Quote", "Speaker", "DateRef", "Problem"):
        assert f'id="schema-{name}"' in page
    assert "code points" in page


def test_openapi_yaml_is_the_committed_file(client: FlaskClient) -> None:
    r = client.get("/openapi.yaml")
    assert r.status_code == 200
    assert r.mimetype == "application/yaml"
    assert yaml.safe_load(r.get_data(as_text=True)) == spec_dict()


def _schemas() -> dict[str, Any]:
    schemas: dict[str, Any] = spec_dict()["components"]["schemas"]
    return schemas


def test_spec_limits_are_the_default_settings() -> None:
    """QUOTES_MAX_CHARS, QUOTES_MAX_BATCH and QUOTES_MAX_BODY_BYTES: one value each, everywhere."""
    defaults = Settings()
    schemas = _schemas()
    assert schemas["Document"]["properties"]["text"]["maxLength"] == defaults.max_chars
    assert schemas["PlainText"]["maxLength"] == defaults.max_chars
    assert schemas["Batch"]["properties"]["documents"]["maxItems"] == defaults.max_batch
    description = spec_dict()["info"]["description"]
    assert f"at most {defaults.max_chars} code points" in description
    assert f"at most {defaults.max_batch} documents" in description
    assert f"at most {defaults.max_body_bytes} bytes" in description
    assert str(defaults.max_body_bytes) in spec_dict()["components"]["responses"]["TooLarge"]["description"]


def test_app_enforces_its_settings(app: Flask) -> None:
    settings: Settings = app.config["SETTINGS"]
    assert app.config["MAX_CONTENT_LENGTH"] == settings.max_body_bytes


def test_spec_field_limits_match_the_request_schema() -> None:
    from service.api.schemas import ID_MAX, LOCAL_DATE_TIME, PUBLISHED_AT_MAX

    [local] = [b for b in _schemas()["PublishedAtString"]["anyOf"] if "pattern" in b]
    assert local["pattern"] == LOCAL_DATE_TIME
    schemas = _schemas()
    assert schemas["Document"]["properties"]["id"]["maxLength"] == ID_MAX
    assert schemas["PublishedAtString"]["maxLength"] == PUBLISHED_AT_MAX
    assert spec_dict()["components"]["parameters"]["IdQuery"]["schema"]["maxLength"] == ID_MAX
