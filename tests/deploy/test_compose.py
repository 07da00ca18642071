"""docker-compose.yml: valid against the Compose Specification schema, and the deployment the issue asks for.

The schema is the one check-jsonschema vendors (a pinned, hashed dev requirement): compose-spec.json from
the compose-spec project, used by `check-jsonschema --builtin-schema vendor.compose-spec`.
"""

from __future__ import annotations

import copy
import importlib.resources
import json
import re
from typing import Any

import jsonschema
import pytest

from tests.deploy.files import ROOT, compose, dockerfile, nginx_directives, nginx_values

SPEC = json.loads(
    (importlib.resources.files("check_jsonschema.builtin_schemas.vendor") / "compose-spec.json").read_text()
)


def errors(document: dict[str, Any]) -> list[str]:
    validator = jsonschema.Draft202012Validator(SPEC)
    return sorted(f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(document))


def test_compose_file_matches_the_compose_specification() -> None:
    assert errors(compose()) == []


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("services", "api", "deploy", "replica"), 2),  # a typo for replicas
        (("services", "api", "read-only"), True),  # hyphen for underscore
        (("services", "api", "healthcheck", "intervall"), "5s"),
    ],
    ids=["unknown deploy key", "misspelt read_only", "unknown healthcheck key"],
)
def test_the_schema_rejects_mistakes(path: tuple[str, ...], value: object) -> None:
    doc = copy.deepcopy(compose())
    node = doc
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    assert errors(doc) != []


API = compose()["services"]["api"]
LB = compose()["services"]["lb"]


def test_api_builds_this_dockerfile_and_runs_replicas() -> None:
    assert API["build"]["context"] == "." and (ROOT / API["build"]["dockerfile"]).is_file()
    assert API["deploy"]["replicas"] >= 2
    assert "ports" not in API, "replicas must not publish a host port (they would clash); the lb does"


def test_api_container_is_read_only_non_root_with_tmpfs() -> None:
    assert API["read_only"] is True
    assert not str(API["user"]).startswith(("0", "root"))
    tmpfs = [t.split(":")[0] for t in API["tmpfs"]]
    assert "/tmp" in tmpfs
    metrics_dir = API["environment"]["PROMETHEUS_MULTIPROC_DIR"]
    assert any(metrics_dir == t or metrics_dir.startswith(t.rstrip("/") + "/") for t in tmpfs), metrics_dir
    assert API["cap_drop"] == ["ALL"]
    [dockerfile_user] = [i.args for i in dockerfile() if i.keyword == "USER"]
    assert str(API["user"]) == dockerfile_user


def test_api_healthcheck_is_the_images_healthcheck() -> None:
    [check] = [i for i in dockerfile() if i.keyword == "HEALTHCHECK"]
    assert API["healthcheck"]["test"] == ["CMD", *check.exec_form()]  # type: ignore[misc]


def test_stop_grace_outlasts_gunicorns_graceful_timeout() -> None:
    import os
    import runpy
    from unittest import mock

    # gunicorn.conf.py sets PROMETHEUS_MULTIPROC_DIR when unset; keep it out of the rest of the test run.
    with mock.patch.dict(os.environ):
        conf = runpy.run_path(str(ROOT / "gunicorn.conf.py"))
    grace = int(re.fullmatch(r"(\d+)s", API["stop_grace_period"]).group(1))  # type: ignore[union-attr]
    assert grace > conf["graceful_timeout"]


def test_lb_is_nginx_with_the_deploy_config_in_front_of_healthy_api() -> None:
    image, _, tag = LB["image"].partition(":")
    assert image == "nginx" and re.match(r"\d+\.\d+\.\d+", tag), LB["image"]
    assert LB["depends_on"]["api"]["condition"] == "service_healthy"
    assert "./deploy/nginx.conf:/etc/nginx/nginx.conf:ro" in LB["volumes"]
    assert LB["read_only"] is True
    # Everything nginx writes (pid, temp files) lies under one of its tmpfs mounts.
    written = [
        v[0]
        for d in ("pid", *(f"{k}_temp_path" for k in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")))
        for v in nginx_values(d)
    ]
    assert written and all(any(w.startswith(t + "/") for t in LB["tmpfs"]) for w in written), written
    # The published port reaches nginx's listen port.
    [listen] = nginx_values("listen")
    assert [p.rsplit(":", 1)[1] for p in LB["ports"]] == [listen[0]]


def test_nginx_upstream_is_the_api_service_by_docker_dns() -> None:
    servers = [d[1:] for d in nginx_directives() if d[0] == "server" and len(d) > 1]
    assert servers == [["api:8000", "resolve"]]
    host, port = servers[0][0].split(":")
    assert host in compose()["services"] and API["expose"] == [port]
    assert nginx_values("resolver")[0][0] == "127.0.0.11"  # Docker's embedded DNS
    assert ["http://api"] in nginx_values("proxy_pass")
