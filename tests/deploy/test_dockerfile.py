"""The Dockerfile, checked without a Docker engine: hadolint, and the properties the issue asks for."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.deploy.files import DOCKERFILE, DOCKERIGNORE, REQUIREMENTS, ROOT, Instruction, dockerfile, stage_names

HADOLINT = Path(sys.executable).with_name("hadolint")


def hadolint(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(HADOLINT), "--no-color", "--failure-threshold", "info", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_hadolint_is_clean() -> None:
    result = hadolint(DOCKERFILE)
    assert (result.returncode, result.stdout + result.stderr) == (0, "")


def test_hadolint_catches_a_bad_dockerfile(tmp_path: Path) -> None:
    """The linter really runs: an unpinned image and a shell-form CMD are reported."""
    bad = tmp_path / "Dockerfile"
    bad.write_text("FROM python:latest\nRUN pip install flask\nCMD gunicorn app:app\n")
    result = hadolint(bad)
    assert result.returncode != 0
    for rule in ("DL3007", "DL3013", "DL3025"):
        assert rule in result.stdout, result.stdout


INSTRUCTIONS = dockerfile()
RUNTIME = INSTRUCTIONS[-1].stage


def _in_stage(stage: int, keyword: str) -> list[Instruction]:
    return [i for i in INSTRUCTIONS if i.stage == stage and i.keyword == keyword]


def test_multi_stage_with_pinned_base_images() -> None:
    froms = [i.args.split()[0] for i in INSTRUCTIONS if i.keyword == "FROM"]
    assert len(froms) >= 2
    for image in froms:
        _, _, tag = image.partition(":")
        assert tag and tag != "latest" and re.search(r"\d+\.\d+\.\d+", tag), image
        assert "slim" in tag, f"{image}: use a slim base"


def test_runtime_stage_runs_as_non_root() -> None:
    users = _in_stage(RUNTIME, "USER")
    assert users, "the runtime stage sets no USER"
    user = users[-1].args.split(":")[0]
    assert user not in ("root", "0")
    # The user the stage switches to is one it created (by uid or name).
    created = " ".join(i.args for i in _in_stage(RUNTIME, "RUN"))
    assert re.search(rf"useradd\b.*(--uid {user}\b|\b{user}$)", created), created


def test_cmd_is_exec_form_gunicorn_with_the_config() -> None:
    cmds = _in_stage(RUNTIME, "CMD")
    assert len(cmds) == 1
    argv = cmds[0].exec_form()
    assert argv is not None, "CMD must be exec form (a JSON array) so gunicorn is PID 1 and gets SIGTERM"
    assert argv[0] == "gunicorn" and "service.wsgi:app" in argv
    assert "gunicorn.conf.py" in argv and argv[argv.index("gunicorn.conf.py") - 1] in ("-c", "--config")
    assert not _in_stage(RUNTIME, "ENTRYPOINT")


def test_healthcheck_uses_python_against_readyz() -> None:
    [check] = _in_stage(RUNTIME, "HEALTHCHECK")
    argv = check.exec_form()
    assert argv is not None and argv[0] == "python"
    assert "/readyz" in " ".join(argv)
    assert not re.search(r"\b(curl|wget)\b", check.args)


def test_port_8000_is_exposed_and_the_default() -> None:
    assert [i.args for i in _in_stage(RUNTIME, "EXPOSE")] == ["8000"]
    env = " ".join(i.args for i in _in_stage(RUNTIME, "ENV"))
    assert re.search(r"\bPORT=8000\b", env)


def test_image_installs_exactly_requirements_txt_with_hashes() -> None:
    names = stage_names(INSTRUCTIONS)
    builder = names["builder"]
    assert builder != RUNTIME
    installs = [i for i in INSTRUCTIONS if i.keyword == "RUN" and re.search(r"\bpip\b.*\binstall\b", i.args)]
    assert len(installs) == 1, "one pip install, in the builder"
    [install] = installs
    assert install.stage == builder
    words = install.args.split()
    assert "--require-hashes" in words and "--no-deps" in words
    target = words[words.index("-r") + 1]
    copies = [i.args.split() for i in _in_stage(builder, "COPY")]
    assert ["requirements.txt", target] in copies
    # The runtime stage gets the built environment and installs nothing itself.
    assert any(i.args.startswith("--from=builder /opt/venv") for i in _in_stage(RUNTIME, "COPY"))


def test_requirements_txt_is_pinned_with_hashes() -> None:
    entries = re.split(r"\n(?=[A-Za-z0-9])", REQUIREMENTS.read_text().split("\n", 1)[1])
    pins = [e for e in entries if e.strip() and not e.lstrip().startswith("#")]
    assert len(pins) >= 10
    for pin in pins:
        first = pin.split()[0]
        assert re.fullmatch(r"[A-Za-z0-9_.\-]+==[A-Za-z0-9_.+\-!]+", first), first
        assert "--hash=sha256:" in pin, first


def test_dockerignore_sends_only_what_the_image_copies() -> None:
    patterns = [p.strip() for p in DOCKERIGNORE.read_text().splitlines() if p.strip() and not p.startswith("#")]
    assert patterns[0] == "*", "start by ignoring everything"
    allowed = {p[1:].rstrip("/") for p in patterns if p.startswith("!")}
    sources = set()
    for ins in INSTRUCTIONS:
        if ins.keyword == "COPY" and "--from=" not in ins.args:
            sources.update(s.rstrip("/") for s in ins.args.split()[:-1] if not s.startswith("--"))
    assert sources == allowed
    for source in sources:
        assert (ROOT / source).exists(), source


@pytest.mark.parametrize("needed", ["service/wsgi.py", "gunicorn.conf.py", "openapi.yaml"])
def test_runtime_files_are_copied(needed: str) -> None:
    copied = " ".join(i.args for i in _in_stage(RUNTIME, "COPY"))
    top = needed.split("/")[0]
    assert re.search(rf"(^|\s){re.escape(top)}/?(\s|$)", copied), (needed, copied)
