"""nginx in front answers its own refusals as the app's problems, and does not serve /metrics.

Static checks of deploy/nginx.conf (no nginx runs here by default): every status nginx itself may answer
with goes through `error_page` to a named location that returns an RFC 9457 problem of that status with
an `X-Request-ID`; the problem types are the ones the app and gunicorn's worker (service/worker.py) use.
"""

from __future__ import annotations

import json

import pytest

from service.api.problems import PROBLEM_TYPE
from service.worker import problem_bytes
from tests.deploy.files import nginx_directives


def _locations() -> dict[str, list[list[str]]]:
    """Location name (`@too_large`, `= /metrics` as `/metrics`) → the directives inside it."""
    out: dict[str, list[list[str]]] = {}
    current: str | None = None
    for d in nginx_directives():
        if d[0] == "location":
            current = d[-1]
            out[current] = []
        elif current is not None and d[0] in ("default_type", "add_header", "return"):
            out[current].append(d)
    return out


def _error_pages() -> dict[int, tuple[int, str]]:
    """Status nginx refuses with → (status answered, named location)."""
    pages: dict[int, tuple[int, str]] = {}
    for d in nginx_directives():
        if d[0] == "error_page":
            target = d[-1]
            answered = int(d[-2][1:]) if d[-2].startswith("=") else None
            for code in d[1:-1]:
                if code.isdigit():
                    pages[int(code)] = (answered or int(code), target)
    return pages


def _problem_at(location: str) -> tuple[int, dict[str, object]]:
    directives = _locations()[location]
    assert ["default_type", "application/problem+json"] in directives
    assert ["add_header", "X-Request-ID", "$req_id", "always"] in directives
    [ret] = [d for d in directives if d[0] == "return"]
    return int(ret[1]), json.loads(ret[2])


@pytest.mark.parametrize(
    ("refused", "slug"),
    [
        (400, "malformed-request"),
        (414, "uri-too-long"),
        (494, "headers-too-large"),
        (501, "not-implemented"),
        (413, "payload-too-large"),
        (502, "not-ready"),
        (503, "not-ready"),
        (504, "not-ready"),
    ],
    ids=lambda v: str(v),
)
def test_every_refusal_of_nginx_is_a_problem(refused: int, slug: str) -> None:
    answered, location = _error_pages()[refused]
    status, problem = _problem_at(location)
    assert status == problem["status"] == (answered if answered != 502 and answered != 504 else 503)
    assert problem["type"] == PROBLEM_TYPE + slug


@pytest.mark.parametrize("status", [400, 414, 431, 501])
def test_nginx_and_gunicorns_worker_say_the_same(status: int) -> None:
    """A refusal reads the same whichever of the two front layers made it."""
    pages = {answered: location for answered, location in _error_pages().values()}
    _, from_nginx = _problem_at(pages[status])
    from_worker = json.loads(problem_bytes(status).split(b"\r\n\r\n", 1)[1])
    assert from_nginx == from_worker


def test_metrics_are_not_served_through_the_load_balancer() -> None:
    status, problem = _problem_at("/metrics")
    assert (status, problem["type"]) == (404, PROBLEM_TYPE + "not-found")
