"""Serves the committed openapi.yaml and an offline docs page rendered from it."""

from __future__ import annotations

import html
import json
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


_STYLE = (
    "body{font-family:system-ui,sans-serif;max-width:62rem;margin:2rem auto;padding:0 1rem;line-height:1.45}"
    "code,pre{background:#f4f4f4;padding:.1rem .3rem;border-radius:3px}pre{padding:.8rem;overflow:auto}"
    "h2{border-top:1px solid #ccc;padding-top:1rem}table{border-collapse:collapse;margin:.5rem 0}"
    "td,th{border:1px solid #ddd;padding:.25rem .5rem;text-align:left;vertical-align:top}"
    "nav a{margin-right:1rem}"
)
# Nothing on the page comes from elsewhere: no scripts, fonts, images or styles from a CDN.
_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"


def _ref_name(node: Any) -> str:
    if isinstance(node, dict) and "$ref" in node:
        return str(node["$ref"]).rsplit("/", 1)[-1]
    return ""


def _resolve(s: dict[str, Any], node: Any) -> Any:
    """Follow a local `$ref` (one level is all this spec uses)."""
    ref = node.get("$ref") if isinstance(node, dict) else None
    if not isinstance(ref, str) or not ref.startswith("#/"):
        return node
    target: Any = s
    for part in ref[2:].split("/"):
        target = target.get(part, {}) if isinstance(target, dict) else {}
    return target


def _type_of(node: Any) -> str:
    if not isinstance(node, dict):
        return ""
    if "$ref" in node:
        return _ref_name(node)
    for key in ("oneOf", "anyOf"):
        if key in node:
            return " | ".join(_type_of(n) for n in node[key])
    kind = node.get("type", "")
    if kind == "array":
        return f"array of {_type_of(node.get('items', {}))}"
    if "const" in node:
        return repr(node["const"])
    text = " | ".join(map(str, kind)) if isinstance(kind, list) else str(kind)
    if "enum" in node:
        text += " (" + ", ".join(str(v) for v in node["enum"]) + ")"
    if "format" in node:
        text += f" ({node['format']})"
    return text


def _paragraphs(text: str) -> str:
    return "".join(f"<p>{html.escape(p.strip())}</p>" for p in str(text).split("\n\n") if p.strip())


def _operation(s: dict[str, Any], method: str, path: str, op: dict[str, Any]) -> list[str]:
    parts = [
        f'<h2 id="{html.escape(op.get("operationId", ""))}"><code>{method.upper()} {html.escape(path)}</code></h2>'
    ]
    parts.append(f"<p><b>{html.escape(op.get('summary', ''))}</b></p>")
    parts.append(_paragraphs(op.get("description", "")))
    params = [_resolve(s, p) for p in op.get("parameters", [])]
    if params:
        parts.append("<p>Query parameters:</p><table><tr><th>name</th><th>type</th><th>meaning</th></tr>")
        for p in params:
            parts.append(
                f"<tr><td><code>{html.escape(p.get('name', ''))}</code></td>"
                f"<td>{html.escape(_type_of(p.get('schema', {})))}</td>"
                f"<td>{html.escape(p.get('description', ''))}</td></tr>"
            )
        parts.append("</table>")
    body = op.get("requestBody", {}).get("content", {})
    for media, content in body.items():
        parts.append(
            f"<p>Request body <code>{html.escape(media)}</code>: {html.escape(_type_of(content.get('schema')))}</p>"
        )
        for example in content.get("examples", {}).values():
            parts.append(f"<pre>{html.escape(json.dumps(example.get('value'), ensure_ascii=False, indent=2))}</pre>")
    parts.append("<table><tr><th>status</th><th>answer</th><th>body</th></tr>")
    for code, response in op.get("responses", {}).items():
        resolved = _resolve(s, response)
        media = ", ".join(
            f"{m}: {_type_of(c.get('schema'))}" if c.get("schema") else m
            for m, c in resolved.get("content", {}).items()
        )
        parts.append(
            f"<tr><td>{html.escape(str(code))}</td><td>{html.escape(resolved.get('description', ''))}</td>"
            f"<td>{html.escape(media)}</td></tr>"
        )
    parts.append("</table>")
    return parts


def _schemas(s: dict[str, Any]) -> list[str]:
    parts = ['<h2 id="schemas">Schemas</h2>']
    for name, node in s.get("components", {}).get("schemas", {}).items():
        parts.append(f'<h3 id="schema-{html.escape(name)}">{html.escape(name)}</h3>')
        parts.append(_paragraphs(node.get("description", "")))
        props = node.get("properties", {})
        if not props:
            parts.append(f"<p>{html.escape(_type_of(node))}</p>")
            continue
        required = set(node.get("required", []))
        parts.append("<table><tr><th>field</th><th>type</th><th>meaning</th></tr>")
        for field, spec_ in props.items():
            mark = "" if field in required else " (optional)"
            parts.append(
                f"<tr><td><code>{html.escape(field)}</code>{mark}</td><td>{html.escape(_type_of(spec_))}</td>"
                f"<td>{_paragraphs(spec_.get('description', ''))}</td></tr>"
            )
        parts.append("</table>")
    return parts


@cache
def docs_html() -> str:
    s = spec()
    info = s.get("info", {})
    ops = [
        (method, path, op)
        for path, item in s.get("paths", {}).items()
        for method, op in item.items()
        if isinstance(op, dict) and method in {"get", "post", "put", "patch", "delete"}
    ]
    nav = "".join(
        f'<a href="#{html.escape(op.get("operationId", ""))}">{m.upper()} {html.escape(p)}</a>' for m, p, op in ops
    )
    parts = [
        "<!doctype html><html lang=en><head><meta charset=utf-8>",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{html.escape(info.get('title', 'API'))}</title><style>{_STYLE}</style></head><body>",
        f"<h1>{html.escape(info.get('title', ''))} <small>{html.escape(str(info.get('version', '')))}</small></h1>",
        f"<p><b>{html.escape(info.get('summary', ''))}</b></p>",
        _paragraphs(info.get("description", "")),
        '<p>The machine-readable contract: <a href="/openapi.yaml">openapi.yaml</a>.</p>',
        f'<nav>{nav}<a href="#schemas">Schemas</a></nav>',
    ]
    for method, path, op in ops:
        parts.extend(_operation(s, method, path, op))
    parts.extend(_schemas(s))
    parts.append("</body></html>")
    return "".join(parts)


@bp.get("/docs")
def docs() -> ResponseReturnValue:
    """A self-contained HTML page rendered from openapi.yaml: operations, parameters, answers, schemas."""
    return Response(docs_html(), mimetype="text/html", headers={"Content-Security-Policy": _CSP})
