"""Assertions shared by the endpoint tests."""

from __future__ import annotations

from typing import Any

from werkzeug.test import TestResponse

PROBLEM = "https://quotes.example/problems/"


def assert_problem(r: TestResponse, status: int, slug: str, title: str) -> dict[str, Any]:
    """An RFC 9457 problem with exactly this status, type and title; returns the body."""
    assert r.status_code == status, r.get_data(as_text=True)
    assert r.mimetype == "application/problem+json"
    body: dict[str, Any] = r.get_json(force=True)
    assert body["type"] == PROBLEM + slug
    assert body["title"] == title
    assert body["status"] == status
    assert isinstance(body["detail"], str) and body["detail"]
    return body


def assert_invalid(r: TestResponse, errors: dict[str, str]) -> None:
    """A 422 whose `errors` are exactly these pointers (`?name` for a query parameter), each detail with these words."""
    body = assert_problem(r, 422, "invalid-fields", "Invalid request fields")
    got = {e["pointer"] if "pointer" in e else "?" + e["parameter"]: e["detail"] for e in body["errors"]}
    assert len(got) == len(body["errors"]), "a pointer listed twice"
    assert set(got) == set(errors), got
    for pointer, words in errors.items():
        assert words in got[pointer], (pointer, got[pointer])
