"""Serves the committed openapi.yaml and an offline docs page rendered from it."""

from __future__ import annotations

import html
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from flask import Blueprint, Response
from flask.typing import ResponseReturnValue

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi.yaml"
bp = Blueprint("spec", __name__)


@cache
def spec_text() -> str:
    return SPEC_PATH.read_text(encoding="utf-8")


@cache
def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(spec_text())
    return loaded


@bp.get("/openapi.yaml")
def openapi_yaml() -> ResponseReturnValue:
    return Response(spec_text(), mimetype="application/yaml")


@bp.get("/docs")
def docs() -> ResponseReturnValue:
    """A self-contained HTML page (no CDN): every operation, its summary and description."""
    s = spec()
    info = s.get("info", {})
    parts = [
        "<!doctype html><html lang=en><head><meta charset=utf-8>",
        f"<title>{html.escape(info.get('title', 'API'))}</title>",
        "<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}"
        "code,pre{background:#f4f4f4;padding:.1rem .3rem}pre{padding:1rem;overflow:auto}"
        "h2{border-top:1px solid #ccc;padding-top:1rem}</style></head><body>",
        f"<h1>{html.escape(info.get('title', ''))} <small>{html.escape(str(info.get('version', '')))}</small></h1>",
        f"<p>{html.escape(info.get('description', ''))}</p>",
        '<p>The machine-readable contract: <a href="/openapi.yaml">openapi.yaml</a>.</p>',
    ]
    for path, ops in s.get("paths", {}).items():
        for method, op in ops.items():
            if not isinstance(op, dict) or method.startswith("x-") or method == "parameters":
                continue
            parts.append(f"<h2><code>{method.upper()} {html.escape(path)}</code></h2>")
            parts.append(f"<p><b>{html.escape(op.get('summary', ''))}</b></p>")
            parts.append(f"<pre>{html.escape(op.get('description', '').strip())}</pre>")
            codes = ", ".join(html.escape(str(c)) for c in op.get("responses", {}))
            parts.append(f"<p>Responses: {codes}</p>")
    parts.append("</body></html>")
    return Response("".join(parts), mimetype="text/html")
