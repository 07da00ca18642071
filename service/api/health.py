"""/healthz: the process answers. /readyz: the model is loaded and a sentence parses."""

from __future__ import annotations

from flask import Blueprint, current_app, jsonify
from flask.typing import ResponseReturnValue

from service.api.problems import problem

bp = Blueprint("health", __name__)


@bp.get("/healthz")
def healthz() -> ResponseReturnValue:
    return jsonify(status="ok")


@bp.get("/readyz")
def readyz() -> ResponseReturnValue:
    attributor = current_app.extensions.get("attributor")
    if attributor is None:
        return problem(503, "Service Unavailable", "The language model is not loaded yet.", "not-ready")
    try:
        ok = attributor.ready()
    except Exception:
        ok = False
    if not ok:
        return problem(503, "Service Unavailable", "The language model does not parse.", "not-ready")
    return jsonify(status="ready", model=attributor.model_name)
