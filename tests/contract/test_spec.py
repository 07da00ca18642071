"""openapi.yaml itself: a valid OpenAPI 3.1 document whose every example obeys its own schema."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from openapi_spec_validator import validate

from tests.contract.openapi_check import component_validator, spec_dict


def _token(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


def _resolve(node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec_dict()
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def _examples() -> Iterator[Any]:
    """(id, JSON pointer of the schema, example value) for every example of every media type in the paths."""
    for path, item in spec_dict()["paths"].items():
        for method, op in item.items():
            bodies = [("request", op.get("requestBody", {}))]
            bodies += [(status, _resolve(resp)) for status, resp in op.get("responses", {}).items()]
            for where, body in bodies:
                for media, content in body.get("content", {}).items():
                    schema_pointer = f"/paths/{_token(path)}/{method}/"
                    schema_pointer += "requestBody" if where == "request" else f"responses/{where}"
                    if where != "request" and "$ref" in op["responses"][where]:
                        schema_pointer = op["responses"][where]["$ref"].removeprefix("#")
                    schema_pointer += f"/content/{_token(media)}/schema"
                    values = [_resolve(e)["value"] for e in content.get("examples", {}).values()]
                    values += [content["example"]] if "example" in content else []
                    for i, value in enumerate(values):
                        yield pytest.param(schema_pointer, value, id=f"{method} {path} {where} {media} #{i}")


def test_spec_is_valid_openapi_3_1() -> None:
    validate(spec_dict())
    assert spec_dict()["openapi"] == "3.1.0"


@pytest.mark.parametrize(("pointer", "value"), list(_examples()))
def test_example_obeys_its_schema(pointer: str, value: Any) -> None:
    if pointer.endswith("/text~1plain/schema") or pointer.endswith("/text~1html/schema"):
        assert isinstance(value, str)
        return
    errors = list(component_validator(pointer).iter_errors(value))
    assert not errors, errors[0].message


def test_every_operation_declares_its_problems() -> None:
    for path, item in spec_dict()["paths"].items():
        for method, op in item.items():
            codes = set(op["responses"])
            if method == "post":
                assert {"400", "413", "415", "422", "500", "503"} <= codes, (method, path)
            if method == "get":
                assert "500" in codes, (method, path)
            for code, resp in op["responses"].items():
                if code >= "400":
                    assert set(_resolve(resp)["content"]) == {"application/problem+json"}, (method, path, code)
