"""Logs: one JSON object per line on stdout, with the request id, and never the article text or client data."""

from __future__ import annotations

import json
import uuid

from tests.reliability.articles import article
from tests.reliability.server import Server


def test_logs_carry_request_ids_and_never_text(server: Server) -> None:
    marker = "zqx" + uuid.uuid4().hex[:12]  # a word that exists nowhere but in these requests
    text = article(7, marker=marker)
    assert marker in text
    sent: dict[str, int] = {}

    def send(method: str, path: str, body: bytes | None, content_type: str | None, expected: int) -> None:
        request_id = f"test-{uuid.uuid4().hex}"
        headers = {"X-Request-ID": request_id}
        if content_type:
            headers["Content-Type"] = content_type
        resp = server.request(method, path, body, headers)
        assert resp.status == expected, resp.body[:300]
        assert resp.headers["x-request-id"] == request_id
        sent[request_id] = expected

    as_json = json.dumps
    send("POST", "/v1/quotes", as_json({"text": text, "id": marker}).encode(), "application/json", 200)
    send("POST", f"/v1/quotes?id={marker}", text.encode(), "text/plain", 200)
    send(
        "POST",
        "/v1/quotes/batch",
        as_json({"documents": [{"text": text}, {"text": marker}]}).encode(),
        "application/json",
        200,
    )
    send("POST", "/v1/quotes", as_json({"text": text, marker: 1}).encode(), "application/json", 422)
    send("POST", "/v1/quotes", as_json({"text": text, "published_at": marker}).encode(), "application/json", 422)
    send("POST", "/v1/quotes", ('{"text": "' + marker).encode(), "application/json", 400)
    send("POST", "/v1/quotes", marker.encode(), "text/csv", 415)
    send("POST", f"/v1/quotes?{marker}=1", text.encode(), "text/plain", 422)

    lines = server.log_lines()
    assert lines, "the server logged nothing"
    entries = [json.loads(line) for line in lines]  # every line is one JSON object
    assert all(isinstance(e, dict) and "level" in e and "msg" in e for e in entries)
    leaked = [line for line in lines if marker in line]
    assert leaked == []
    access = {e["request_id"]: e for e in entries if e.get("logger") == "service.access"}
    for request_id, status in sent.items():
        assert request_id in access, request_id
        assert access[request_id]["status"] == status
