"""Every response a test receives is checked against openapi.yaml.

`ContractClient` is a Flask test client that validates each response it returns with
openapi-core. tests/conftest.py installs it for every Flask app of the test suite, so the
endpoint tests in tests/api are contract tests too. Requests the spec cannot route (an
unknown path, a method a path does not have) must get the spec's `NotFound` /
`MethodNotAllowed` problem; HEAD answers are checked against the path's GET.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from flask.testing import FlaskClient
from jsonschema import Draft202012Validator
from openapi_core import Config, OpenAPI
from openapi_core.contrib.werkzeug import WerkzeugOpenAPIRequest, WerkzeugOpenAPIResponse
from openapi_core.templating.paths.exceptions import OperationNotFound, PathNotFound
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012
from werkzeug.test import TestResponse

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi.yaml"
SPEC_URI = "urn:quotes:openapi"


class ContractViolation(AssertionError):
    """A response the contract does not allow."""


@cache
def spec_dict() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    return loaded


def _text(body: bytes | str) -> str:
    """The API console's style sheet and scripts (/docs/{asset}) are UTF-8 text."""
    return body.decode("utf-8") if isinstance(body, bytes) else body


@cache
def openapi() -> OpenAPI:
    config = Config(
        extra_media_type_deserializers={
            "application/problem+json": json.loads,
            "application/yaml": yaml.safe_load,
            "text/css": _text,
            "text/javascript": _text,
        }
    )
    return OpenAPI.from_dict(spec_dict(), config=config)


@cache
def component_validator(pointer: str) -> Draft202012Validator:
    """A JSON Schema validator for one schema of the spec, e.g. `/components/schemas/Problem`."""
    registry: Registry[Any] = Registry().with_resource(
        SPEC_URI, Resource.from_contents(spec_dict(), default_specification=DRAFT202012)
    )
    return Draft202012Validator({"$ref": f"{SPEC_URI}#{pointer}"}, registry=registry)


def _problem(resp: TestResponse, status: int, where: str) -> None:
    """The response is the spec's problem for a request it cannot route (`NotFound` / `MethodNotAllowed`)."""
    if resp.status_code != status:
        raise ContractViolation(f"{where}: expected {status}, got {resp.status_code}")
    if resp.mimetype != "application/problem+json":
        raise ContractViolation(f"{where}: {status} answered as {resp.mimetype}, not application/problem+json")
    if status == 405 and not resp.headers.get("Allow"):
        raise ContractViolation(f"{where}: 405 without an Allow header")
    if resp.request.method == "HEAD":
        return
    errors = list(component_validator("/components/schemas/Problem").iter_errors(json.loads(resp.get_data())))
    if errors:
        raise ContractViolation(f"{where}: problem body does not match the spec: {errors[0].message}")


class _SentRequest(WerkzeugOpenAPIRequest):
    """The request as routed; its body was consumed by the app, and only responses are checked here."""

    @property
    def body(self) -> bytes | None:
        return None


def _path_item(path: str) -> dict[str, Any] | None:
    """The spec's path item for a request path; a `{name}` template matches one segment (`/docs/{asset}`)."""
    paths: dict[str, Any] = spec_dict()["paths"]
    if path in paths:
        return paths[path]  # type: ignore[no-any-return]
    for template, item in paths.items():
        if "{" in template and re.fullmatch(re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(template)), path):
            return item  # type: ignore[no-any-return]
    return None


def _check_head(resp: TestResponse, where: str) -> None:
    """HEAD answers as GET would (RFC 9110 §9.3.2), without a body."""
    if resp.get_data():
        raise ContractViolation(f"{where}: HEAD answered with a body")
    item = _path_item(resp.request.path)
    if item is None:
        _problem(resp, 404, where)
    elif "get" not in item:
        _problem(resp, 405, where)
    elif str(resp.status_code) not in item["get"]["responses"]:
        raise ContractViolation(f"{where}: status not declared for GET {resp.request.path}")


def check_response(resp: TestResponse) -> None:
    """Raise ContractViolation unless openapi.yaml allows `resp` as the answer to its request."""
    request = resp.request
    where = f"{request.method} {request.path} → {resp.status_code}"
    if resp.status_code >= 400 and resp.mimetype != "application/problem+json":
        raise ContractViolation(f"{where}: a non-2xx answer must be application/problem+json, got {resp.mimetype}")
    if not 1 <= len(resp.headers.get("X-Request-ID", "")) <= 128:
        raise ContractViolation(f"{where}: every answer carries an X-Request-ID")
    if request.method == "HEAD":
        _check_head(resp, where)
        return
    try:
        openapi().validate_response(_SentRequest(request), WerkzeugOpenAPIResponse(resp))
    except PathNotFound:
        _problem(resp, 404, where)
    except OperationNotFound:
        _problem(resp, 405, where)
    except Exception as exc:  # openapi-core's errors keep the schema errors in __cause__ / schema_errors
        details = getattr(exc, "schema_errors", None) or exc.__cause__ or exc
        raise ContractViolation(f"{where}: {exc!r}: {details}") from exc


class ContractClient(FlaskClient):
    """A test client that checks every response against openapi.yaml before the test sees it."""

    def open(self, *args: Any, **kwargs: Any) -> TestResponse:
        resp = super().open(*args, **kwargs)
        check_response(resp)
        return resp
