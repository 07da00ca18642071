"""Body and text limits agree everywhere: nginx, the Flask app, the marshmallow schemas and openapi.yaml.

Every expected value is read from the app's defaults (service.config.Settings), never written here again.
"""

from __future__ import annotations

import json
import re
from typing import Any

import yaml
from flask import Flask

from service.api.problems import PROBLEM_TYPE
from service.api.schemas import batch_schema, document_schema
from service.app import create_app
from service.config import Settings
from service.nlp.attributor import QuoteAttributor
from tests.deploy.files import ROOT, compose, nginx_directives, nginx_size, nginx_values

DEFAULTS = Settings()
OPENAPI: dict[str, Any] = yaml.safe_load((ROOT / "openapi.yaml").read_text())
SCHEMAS = OPENAPI["components"]["schemas"]


def test_nginx_body_limit_is_the_apps_default() -> None:
    [[size]] = nginx_values("client_max_body_size")
    assert nginx_size(size) == DEFAULTS.max_body_bytes


def test_nginx_413_is_the_apps_problem_with_the_same_limit() -> None:
    [body] = [d[2] for d in nginx_directives() if d[:2] == ["return", "413"]]
    problem = json.loads(body)
    assert problem["type"] == PROBLEM_TYPE + "payload-too-large"
    assert problem["status"] == 413
    assert [int(n) for n in re.findall(r"\d+", problem["detail"])] == [DEFAULTS.max_body_bytes]


def test_compose_leaves_the_limits_at_their_defaults() -> None:
    env = compose()["services"]["api"].get("environment", {})
    assert not {k for k in env if k.startswith("QUOTES_MAX_")}, "set it in nginx.conf too, then update this test"


def test_flask_refuses_bodies_over_the_same_limit(attributor: QuoteAttributor) -> None:
    app: Flask = create_app(Settings(), attributor)
    assert app.config["MAX_CONTENT_LENGTH"] == DEFAULTS.max_body_bytes


def test_marshmallow_text_and_batch_limits_are_the_settings() -> None:
    doc = document_schema(DEFAULTS.max_chars, DEFAULTS.max_tokens)
    assert doc.validate({"text": "a" * DEFAULTS.max_chars}) == {}
    assert "text" in doc.validate({"text": "a" * (DEFAULTS.max_chars + 1)})
    batch = batch_schema(DEFAULTS.max_chars, DEFAULTS.max_batch, DEFAULTS.max_tokens)
    assert batch.validate({"documents": [{"text": "a"}] * DEFAULTS.max_batch}) == {}
    assert "documents" in batch.validate({"documents": [{"text": "a"}] * (DEFAULTS.max_batch + 1)})


def test_openapi_schema_limits_are_the_settings() -> None:
    assert SCHEMAS["Document"]["properties"]["text"]["maxLength"] == DEFAULTS.max_chars
    assert SCHEMAS["PlainText"]["maxLength"] == DEFAULTS.max_chars
    assert SCHEMAS["Batch"]["properties"]["documents"]["maxItems"] == DEFAULTS.max_batch


def test_openapi_prose_names_the_same_numbers() -> None:
    """Each limit the spec's text states next to its variable is the default."""
    text = (ROOT / "openapi.yaml").read_text()
    stated = {
        "QUOTES_MAX_BODY_BYTES": [int(n) for n in re.findall(r"(\d+) bytes", text)],
        "QUOTES_MAX_CHARS": [int(n) for n in re.findall(r"(\d+) (?:Unicode )?code points", text)],
        "QUOTES_MAX_BATCH": [int(n) for n in re.findall(r"(\d+) documents", text)],
    }
    assert stated["QUOTES_MAX_BODY_BYTES"] and set(stated["QUOTES_MAX_BODY_BYTES"]) == {DEFAULTS.max_body_bytes}
    assert stated["QUOTES_MAX_CHARS"] and set(stated["QUOTES_MAX_CHARS"]) == {DEFAULTS.max_chars}
    assert stated["QUOTES_MAX_BATCH"] and set(stated["QUOTES_MAX_BATCH"]) == {DEFAULTS.max_batch}
