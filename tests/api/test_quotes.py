"""Endpoint behaviour: the answer's shape and exact spans for a sentence of our own."""

from __future__ import annotations

from flask.testing import FlaskClient

TEXT = "“We will rebuild the bridge,” said Maria Lopez, the mayor of Riverton."


def test_json_body_gives_attributed_quote(client: FlaskClient) -> None:
    r = client.post("/v1/quotes", json={"text": TEXT, "published_at": "2024-03-05", "id": "doc-1"})
    assert r.status_code == 200
    body = r.get_json()
    assert body["id"] == "doc-1"
    [q] = body["quotes"]
    assert (q["start"], q["end"], q["text"]) == (1, 28, "We will rebuild the bridge,")
    assert TEXT[q["start"] : q["end"]] == q["text"]
    assert q["speaker"]["name"] == "Maria Lopez"
    assert q["speaker"]["mention"] == {"text": "Maria Lopez", "start": 35, "end": 46}
    assert q["cue"] == {"text": "said", "start": 30, "end": 34}
    assert q["date"] == {"value": "2024-03-05", "precision": "day", "text": None, "source": "published_at"}
    assert body["speakers"][0]["name"] == "Maria Lopez"
    assert body["speakers"][0]["quotes"] == 1


def test_plain_text_body_with_query_parameters(client: FlaskClient) -> None:
    r = client.post("/v1/quotes?id=p1", data=TEXT.encode(), content_type="text/plain; charset=utf-8")
    assert r.status_code == 200
    body = r.get_json()
    assert body["id"] == "p1"
    assert body["quotes"][0]["date"] is None


def test_batch_answers_in_order(client: FlaskClient) -> None:
    docs = [{"text": TEXT, "id": "a"}, {"text": "No quotes here.", "id": "b"}]
    r = client.post("/v1/quotes/batch", json={"documents": docs})
    assert r.status_code == 200
    results = r.get_json()["results"]
    assert [res["id"] for res in results] == ["a", "b"]
    assert len(results[0]["quotes"]) == 1
    assert results[1]["quotes"] == []


def test_malformed_json_is_a_400_problem(client: FlaskClient) -> None:
    r = client.post("/v1/quotes", data=b'{"text": ', content_type="application/json")
    assert r.status_code == 400
    assert r.mimetype == "application/problem+json"
    assert r.get_json()["status"] == 400


def test_invalid_field_is_a_422_with_pointers(client: FlaskClient) -> None:
    r = client.post("/v1/quotes", json={"text": "", "published_at": "yesterday"})
    assert r.status_code == 422
    pointers = {e["pointer"] for e in r.get_json()["errors"]}
    assert pointers == {"/text", "/published_at"}
