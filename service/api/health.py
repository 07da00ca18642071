"""/healthz: the process answers. /readyz: the model is loaded and a sentence parses."""

from __future__ import annotations

import logging

from flask import Blueprint, current_app, jsonify
from flask.typing import ResponseReturnValue

from service.api.problems import problem

bp = Blueprint("health", __name__)
log = logging.getLogger("service.api")


@bp.get("/healthz")
def healthz() -> ResponseReturnValue:
    return jsonify(status="ok")


@bp.get("/readyz")
def readyz() -> ResponseReturnValue:
    """Parses one sentence each time; the outcome also opens (or closes) /v1/quotes."""
    attributor = current_app.extensions.get("attributor")
    if attributor is None:
        return problem(503, "Service Unavailable", "The language model is not loaded yet.", "not-ready")
    try:
        ok = bool(attributor.ready())
    except Exception:
        log.exception("readiness check failed")
        ok = False
    current_app.extensions["ready"] = ok
    if not ok:
        return problem(503, "Service Unavailable", "The language model does not parse.", "not-ready")
    return jsonify(status="ready", model=attributor.model_name)
