"""Serves the committed openapi.yaml, and /docs: Swagger UI reading it, all from this origin.

Decisions:
- The console is Swagger UI (it reads OpenAPI 3.1, shows the spec's request and response examples,
  and "Try it out" sends the request). Its files come from the `flask-swagger-ui` wheel, which
  ships Swagger UI's own `dist/` (its version follows Swagger UI's); nothing is fetched from a CDN,
  so the page works offline and behind a firewall.
- That package's blueprint is not used: its page configures Swagger UI in an inline <script>, which
  a strict Content-Security-Policy forbids. Our page loads the bundle and a small initializer, both
  files served here, so the policy can allow scripts from this origin only (`'self'`, no inline, no eval).
- Only the files the page needs are served (ASSETS), each with its media type written here rather than
  guessed from the host's mime.types; any other /docs/... path is a 404 problem like every unknown path.
- URLs on the page are relative (`docs/swagger-ui.css`, `openapi.yaml`), so the console also works
  behind a proxy that mounts the service under a path prefix. `validatorUrl: null` stops Swagger UI
  from asking validator.swagger.io for a badge; "Try it out" sends requests to the spec's `servers`
  entry `/`, this same origin.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import flask_swagger_ui
from flask import Blueprint, Response, abort, send_from_directory
from flask.typing import ResponseReturnValue

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi.yaml"
SWAGGER_UI_DIST = Path(flask_swagger_ui.__file__).resolve().parent / "dist"
bp = Blueprint("spec", __name__)

# Scripts, styles, the spec and "Try it out" requests: this origin only. Swagger UI's icons are data: URIs
# in its CSS. No frames, no plugins, no forms posting elsewhere, and no page may frame this one.
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
    "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
# The files /docs/<name> serves, with their media types.
ASSETS = {
    "swagger-ui.css": "text/css",
    "swagger-ui-bundle.js": "text/javascript",
    "init.js": "text/javascript",
}

_INIT_JS = """\
// Starts Swagger UI on the page /docs (service/api/spec.py); the contract is openapi.yaml beside it.
window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({
    url: "openapi.yaml",
    dom_id: "#swagger-ui",
    layout: "BaseLayout",
    presets: [SwaggerUIBundle.presets.apis],
    deepLinking: true,
    validatorUrl: null,
    displayRequestDuration: true,
    defaultModelsExpandDepth: 0,
    supportedSubmitMethods: ["get", "post", "head", "options"]
  });
});
"""

_PAGE = """\
<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Quote attribution service: API console</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="docs/swagger-ui.css">
</head>
<body>
<noscript><p>This console needs JavaScript. The contract itself: <a href="openapi.yaml">openapi.yaml</a>.</p></noscript>
<div id="swagger-ui"></div>
<script src="docs/swagger-ui-bundle.js"></script>
<script src="docs/init.js"></script>
</body>
</html>
"""


@cache
def spec_text() -> str:
    return SPEC_PATH.read_text(encoding="utf-8")


def swagger_ui_version() -> str:
    """The Swagger UI release the wheel ships, e.g. `5.34.0` (its dist/VERSION reads `v5.34.0`)."""
    return (SWAGGER_UI_DIST / "VERSION").read_text(encoding="utf-8").strip().removeprefix("v")


def _secured(resp: Response) -> Response:
    resp.headers["Content-Security-Policy"] = CSP
    resp.headers["X-Content-Type-Options"] = "nosniff"
    return resp


@bp.get("/openapi.yaml")
def openapi_yaml() -> ResponseReturnValue:
    return Response(spec_text(), mimetype="application/yaml")


@bp.get("/docs")
def docs() -> ResponseReturnValue:
    """The API console: Swagger UI on openapi.yaml, every file from this origin."""
    return _secured(Response(_PAGE, mimetype="text/html"))


@bp.get("/docs/<asset>")
def docs_asset(asset: str) -> ResponseReturnValue:
    """One of the console's files (ASSETS); anything else is 404."""
    mimetype = ASSETS.get(asset)
    if mimetype is None:
        abort(404)
    if asset == "init.js":
        return _secured(Response(_INIT_JS, mimetype=mimetype))
    resp = send_from_directory(SWAGGER_UI_DIST, asset, mimetype=mimetype, max_age=3600)
    return _secured(resp)
