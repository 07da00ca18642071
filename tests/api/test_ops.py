"""/metrics, /docs (the API console and its files), /openapi.yaml, and limits the spec and the service agree on."""

from __future__ import annotations

import re
from typing import Any

import pytest
import yaml
from flask import Flask
from flask.testing import FlaskClient

from service.api.spec import CSP, swagger_ui_version
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


def test_docs_page_loads_only_files_of_this_origin(client: FlaskClient) -> None:
    r = client.get("/docs")
    assert r.status_code == 200
    assert r.mimetype == "text/html"
    page = r.get_data(as_text=True)
    # Every script is a file (no inline code, which the policy forbids), every URL relative to this origin.
    scripts = re.findall(r"<script\b([^>]*)>(.*?)</script>", page, re.S)
    assert [(attrs.strip(), body) for attrs, body in scripts] == [
        ('src="docs/swagger-ui-bundle.js"', ""),
        ('src="docs/init.js"', ""),
    ]
    urls = re.findall(r'(?:src|href)="([^"]*)"', page)
    assert urls == ["data:,", "docs/swagger-ui.css", "openapi.yaml", "docs/swagger-ui-bundle.js", "docs/init.js"]
    assert r.headers["Content-Security-Policy"] == CSP


def test_content_security_policy_allows_this_origin_only() -> None:
    directives = dict(d.strip().split(" ", 1) for d in CSP.split(";"))
    assert directives["default-src"] == "'none'"
    for name in ("script-src", "style-src", "connect-src", "font-src"):
        assert directives[name] == "'self'", name
    assert directives["img-src"] == "'self' data:"
    assert "unsafe" not in CSP and "http" not in CSP and "*" not in CSP


@pytest.mark.parametrize(
    ("asset", "mimetype", "marker"),
    [
        ("swagger-ui-bundle.js", "text/javascript", "SwaggerUIBundle"),
        ("swagger-ui.css", "text/css", ".swagger-ui"),
        ("init.js", "text/javascript", 'url: "openapi.yaml"'),
    ],
    ids=["bundle", "style sheet", "initializer"],
)
def test_docs_assets_are_served_with_their_type(client: FlaskClient, asset: str, mimetype: str, marker: str) -> None:
    r = client.get(f"/docs/{asset}")
    assert r.status_code == 200
    assert r.mimetype == mimetype
    assert r.headers["X-Content-Type-Options"] == "nosniff"
    assert marker in r.get_data(as_text=True)
    r.close()


def test_console_is_configured_for_this_origin(client: FlaskClient) -> None:
    init = client.get("/docs/init.js").get_data(as_text=True)
    assert "validatorUrl: null" in init, "no badge request to validator.swagger.io"
    assert not re.search(r"https?:", init)
    assert spec_dict()["servers"] == [{"url": "/", "description": spec_dict()["servers"][0]["description"]}]


@pytest.mark.parametrize(
    "path",
    ["/docs/index.html", "/docs/swagger-ui.js.map", "/docs/..%2Fapp.py", "/docs/VERSION", "/docs/LICENSE"],
    ids=["index", "map", "traversal", "version", "license"],
)
def test_other_files_under_docs_are_404(client: FlaskClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 404
    assert r.mimetype == "application/problem+json"


def test_swagger_ui_reads_openapi_3_1() -> None:
    """Swagger UI reads OpenAPI 3.1 from 5.0 on; the contract is 3.1."""
    assert int(swagger_ui_version().split(".")[0]) >= 5
    assert spec_dict()["openapi"].startswith("3.1")


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
