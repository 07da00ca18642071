"""Readers for the deployment files: Dockerfile instructions, nginx directives, the compose file."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
DOCKERFILE = ROOT / "Dockerfile"
DOCKERIGNORE = ROOT / ".dockerignore"
COMPOSE = ROOT / "docker-compose.yml"
NGINX = ROOT / "deploy" / "nginx.conf"
REQUIREMENTS = ROOT / "requirements.txt"


@dataclass(frozen=True)
class Instruction:
    stage: int  # index of the FROM that opened the stage this instruction belongs to
    keyword: str
    args: str

    def exec_form(self) -> list[str] | None:
        """The JSON array of an exec-form CMD/ENTRYPOINT/HEALTHCHECK CMD, else None (shell form)."""
        text = self.args
        if self.keyword == "HEALTHCHECK":
            match = re.search(r"\bCMD\s+(.*)$", text, re.S)
            if match is None:
                return None
            text = match.group(1)
        text = text.strip()
        if not text.startswith("["):
            return None
        value = json.loads(text)
        assert isinstance(value, list) and all(isinstance(v, str) for v in value)
        return value


def dockerfile(text: str | None = None) -> list[Instruction]:
    """Instructions with continuation lines joined and comments dropped."""
    text = DOCKERFILE.read_text() if text is None else text
    logical: list[str] = []
    buf = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not buf and (not line or line.startswith("#")):
            continue
        if line.startswith("#"):
            continue
        if line.endswith("\\"):
            buf += line[:-1] + " "
            continue
        logical.append(buf + line)
        buf = ""
    if buf:
        logical.append(buf)
    out: list[Instruction] = []
    stage = -1
    for line in logical:
        keyword, _, args = line.partition(" ")
        keyword = keyword.upper()
        if keyword == "FROM":
            stage += 1
        out.append(Instruction(stage, keyword, args.strip()))
    return out


def stage_names(instructions: list[Instruction]) -> dict[str, int]:
    names = {}
    for ins in instructions:
        if ins.keyword == "FROM":
            parts = ins.args.split()
            if len(parts) == 3 and parts[1].upper() == "AS":
                names[parts[2]] = ins.stage
    return names


def nginx_tokens(text: str) -> list[str]:
    """nginx's lexical rules: words, quoted strings (quotes removed, backslash escapes kept), ; { }, # comments."""
    tokens: list[str] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c.isspace():
            i += 1
        elif c == "#":
            while i < n and text[i] != "\n":
                i += 1
        elif c in ";{}":
            tokens.append(c)
            i += 1
        elif c in "'\"":
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == "\\" else 1
            tokens.append(text[i + 1 : j])
            i = j + 1
        else:
            j = i
            while j < n and not text[j].isspace() and text[j] not in ";{}":
                j += 1
            tokens.append(text[i:j])
            i = j
    return tokens


def nginx_directives(text: str | None = None) -> list[list[str]]:
    """Every directive of nginx.conf as its words, in order; a block directive ends at its `{`."""
    text = NGINX.read_text() if text is None else text
    directives: list[list[str]] = []
    words: list[str] = []
    for token in nginx_tokens(text):
        if token in (";", "{", "}"):
            if words:
                directives.append(words)
            words = []
        else:
            words.append(token)
    assert not words, f"unterminated directive {words}"
    return directives


def nginx_values(name: str, text: str | None = None) -> list[list[str]]:
    return [d[1:] for d in nginx_directives(text) if d[0] == name]


def nginx_size(value: str) -> int:
    """An nginx size ("4m", "512k", "1048576") in bytes."""
    match = re.fullmatch(r"(\d+)([kKmMgG]?)", value)
    assert match, value
    scale = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3}[match.group(2).lower()]
    return int(match.group(1)) * scale


def compose() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(COMPOSE.read_text())
    return loaded
