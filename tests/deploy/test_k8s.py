"""deploy/k8s: every manifest valid against the Kubernetes API schemas, and the deployment the issue asks for.

The schemas are the ones kubernetes-validate bundles (a pinned, hashed dev requirement): no cluster and no
network. Strict mode, so a misspelt field is an error rather than silently ignored. Versions: the oldest and
newest Kubernetes minor releases the manifests are meant for.
"""

from __future__ import annotations

import copy
import os
import re
import runpy
from pathlib import Path
from typing import Any
from unittest import mock

import kubernetes_validate
import pytest
import yaml

from service.config import Settings
from tests.deploy.files import ROOT, compose, dockerfile, nginx_size

K8S = ROOT / "deploy" / "k8s"
VERSIONS = ["1.30", "1.37"]
KUSTOMIZATION: dict[str, Any] = yaml.safe_load((K8S / "kustomization.yaml").read_text())
# gunicorn.conf.py sets PROMETHEUS_MULTIPROC_DIR when it is unset: read it without leaving that in our environment
# (where every later app of the test run would then count metrics in files).
with mock.patch.dict(os.environ):
    GUNICORN = runpy.run_path(str(ROOT / "gunicorn.conf.py"))


def documents(path: Path) -> list[dict[str, Any]]:
    return [d for d in yaml.safe_load_all(path.read_text()) if d]


def by_kind() -> dict[str, dict[str, Any]]:
    out = {}
    for name in [*KUSTOMIZATION["resources"], "ingress.yaml"]:
        for doc in documents(K8S / name):
            out[doc["kind"]] = doc
    return out


RESOURCES = by_kind()
DEPLOYMENT = RESOURCES["Deployment"]
POD = DEPLOYMENT["spec"]["template"]["spec"]
[CONTAINER] = POD["containers"]


def schema_errors(doc: dict[str, Any], version: str) -> str | None:
    try:
        kubernetes_validate.validate(doc, version, strict=True)
    except kubernetes_validate.ValidationError as exc:
        return f"{'/'.join(map(str, exc.path))}: {exc.message}"
    return None


def test_every_yaml_file_is_in_the_kustomization_or_the_ingress_example() -> None:
    files = {p.name for p in K8S.glob("*.yaml")}
    assert files == {"kustomization.yaml", "ingress.yaml", *KUSTOMIZATION["resources"]}
    assert set(KUSTOMIZATION) <= {"apiVersion", "kind", "resources", "images", "labels", "namespace"}
    assert KUSTOMIZATION["kind"] == "Kustomization"
    assert [i["name"] for i in KUSTOMIZATION["images"]] == [CONTAINER["image"]]


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("kind", sorted(RESOURCES))
def test_manifest_is_valid_against_the_kubernetes_schema(kind: str, version: str) -> None:
    assert schema_errors(RESOURCES[kind], version) is None


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("spec", "template", "spec", "containers", 0, "readinesProbe"), {}),
        (("spec", "template", "spec", "containers", 0, "resources", "limits", "memory"), ["1Gi"]),
        (("spec", "template", "spec", "terminationGracePeriod"), 45),
        (("spec", "strategy", "type"), 3),
    ],
    ids=["misspelt probe", "limit of the wrong type", "misspelt grace period", "strategy not a string"],
)
def test_the_schema_check_rejects_mistakes(path: tuple[str | int, ...], value: object) -> None:
    doc = copy.deepcopy(DEPLOYMENT)
    node: Any = doc
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    assert schema_errors(doc, VERSIONS[-1]) is not None


def test_probes_use_the_services_health_endpoints() -> None:
    assert CONTAINER["readinessProbe"]["httpGet"]["path"] == "/readyz"
    assert CONTAINER["startupProbe"]["httpGet"]["path"] == "/readyz"
    assert CONTAINER["livenessProbe"]["httpGet"]["path"] == "/healthz"
    startup = CONTAINER["startupProbe"]
    assert startup["periodSeconds"] * startup["failureThreshold"] >= 120, "time for the model to load"
    live = CONTAINER["livenessProbe"]
    assert live["periodSeconds"] * live["failureThreshold"] > GUNICORN["timeout"], "gunicorn kills stuck workers first"


def test_container_port_is_the_images() -> None:
    [expose] = [i.args for i in dockerfile() if i.keyword == "EXPOSE"]
    [port] = CONTAINER["ports"]
    assert str(port["containerPort"]) == expose
    for probe in ("startupProbe", "readinessProbe", "livenessProbe"):
        assert CONTAINER[probe]["httpGet"]["port"] == port["name"]


def test_non_root_read_only_with_a_writable_tmp() -> None:
    [user] = [i.args for i in dockerfile() if i.keyword == "USER"]
    pod = POD["securityContext"]
    assert pod["runAsNonRoot"] is True
    assert f"{pod['runAsUser']}:{pod['runAsGroup']}" == user
    ctx = CONTAINER["securityContext"]
    assert ctx["readOnlyRootFilesystem"] is True
    assert ctx["allowPrivilegeEscalation"] is False
    assert ctx["capabilities"]["drop"] == ["ALL"]
    mounts = {m["mountPath"]: m["name"] for m in CONTAINER["volumeMounts"]}
    volumes = {v["name"]: v for v in POD["volumes"]}
    assert "emptyDir" in volumes[mounts["/tmp"]]
    env = {e["name"]: e["value"] for e in CONTAINER["env"]}
    assert env["PROMETHEUS_MULTIPROC_DIR"].startswith("/tmp/")


def test_resources_match_one_compose_replica() -> None:
    limits, requests = CONTAINER["resources"]["limits"], CONTAINER["resources"]["requests"]
    api = compose()["services"]["api"]
    # Kubernetes `Mi` and Docker's `M` are both 2**20 bytes.
    assert limits["memory"] == "1536Mi" and api["deploy"]["resources"]["limits"]["memory"] == "1536M"
    assert limits["cpu"] == api["deploy"]["resources"]["limits"]["cpus"]
    env = {e["name"]: e["value"] for e in CONTAINER["env"]}
    assert env["WEB_CONCURRENCY"] == api["environment"]["WEB_CONCURRENCY"]
    assert requests["memory"] and requests["cpu"]


def test_graceful_termination_outlasts_gunicorn() -> None:
    pause = int(CONTAINER["lifecycle"]["preStop"]["exec"]["command"][-1])
    assert POD["terminationGracePeriodSeconds"] > pause + GUNICORN["graceful_timeout"]


def test_service_hpa_and_pdb_point_at_the_deployment() -> None:
    pods = DEPLOYMENT["spec"]["template"]["metadata"]["labels"]
    assert DEPLOYMENT["spec"]["selector"]["matchLabels"].items() <= pods.items()
    service, hpa, pdb = RESOURCES["Service"], RESOURCES["HorizontalPodAutoscaler"], RESOURCES["PodDisruptionBudget"]
    assert service["spec"]["selector"].items() <= pods.items()
    assert [p["targetPort"] for p in service["spec"]["ports"]] == [CONTAINER["ports"][0]["name"]]
    assert pdb["spec"]["selector"]["matchLabels"].items() <= pods.items()
    target = hpa["spec"]["scaleTargetRef"]
    assert (target["kind"], target["name"]) == ("Deployment", DEPLOYMENT["metadata"]["name"])
    assert "replicas" not in DEPLOYMENT["spec"], "the autoscaler owns the replica count"
    assert hpa["spec"]["minReplicas"] >= 2 and pdb["spec"]["maxUnavailable"] < hpa["spec"]["minReplicas"]


def test_ingress_buffers_bodies_with_the_apps_limit() -> None:
    notes = RESOURCES["Ingress"]["metadata"]["annotations"]
    assert notes["nginx.ingress.kubernetes.io/proxy-request-buffering"] == "on"
    assert nginx_size(notes["nginx.ingress.kubernetes.io/proxy-body-size"]) == Settings().max_body_bytes
    assert int(notes["nginx.ingress.kubernetes.io/proxy-read-timeout"]) > GUNICORN["timeout"]
    backend = RESOURCES["Ingress"]["spec"]["rules"][0]["http"]["paths"][0]["backend"]["service"]
    assert backend["name"] == RESOURCES["Service"]["metadata"]["name"]
    assert backend["port"]["name"] in {p["name"] for p in RESOURCES["Service"]["spec"]["ports"]}


def test_readme_shows_how_to_apply_it() -> None:
    readme = (ROOT / "README.md").read_text()
    assert re.search(r"kubectl apply -k deploy/k8s", readme)
