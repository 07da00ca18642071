"""/docs in a real headless browser (Debian's `chromium`, where installed): the console renders the whole
contract with its examples, every file it loads comes from the service's own origin under its
Content-Security-Policy with nothing refused, and "Try it out" gets the service's own answer."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from flask import Flask
from werkzeug.serving import make_server

from service.app import create_app
from service.config import Settings
from service.nlp.attributor import QuoteAttributor
from tests.contract.openapi_check import spec_dict
from tests.deploy.browser import CHROMIUM, Page, headless_page
from tests.reliability.server import free_port

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no headless browser here (apt-get install chromium)")

QUOTES_OP = "#operations-quotes-extractQuotes"


@pytest.fixture(scope="module")
def served(attributor: QuoteAttributor) -> Iterator[tuple[str, Flask]]:
    """The app with its default settings on a loopback port, in this process (the model is the session's)."""
    app = create_app(Settings(), attributor)
    port = free_port()
    server = make_server("127.0.0.1", port, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{port}", app
    finally:
        server.shutdown()
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def console(served: tuple[str, Flask]) -> Iterator[Page]:
    origin, _ = served
    with headless_page() as page:
        page.send("Page.navigate", url=f"{origin}/docs")
        page.wait_for("document.querySelectorAll('.opblock').length > 0")
        yield page


def _text(page: Page, selector: str) -> str:
    value = page.evaluate(f"(document.querySelector({json.dumps(selector)}) || {{}}).innerText || ''")
    return str(value)


def test_console_shows_every_operation_of_the_contract(console: Page) -> None:
    shown = console.evaluate(
        "[...document.querySelectorAll('.opblock')].map(b => "
        "b.querySelector('.opblock-summary-method').innerText + ' ' + "
        "b.querySelector('.opblock-summary-path').innerText)"
    )
    expected = [f"{method.upper()} {path}" for path, item in spec_dict()["paths"].items() for method in item]
    assert sorted(shown) == sorted(expected)


def test_every_file_comes_from_this_origin_and_nothing_is_refused(console: Page, served: tuple[str, Flask]) -> None:
    origin, _ = served
    urls = console.requested_urls()
    assert f"{origin}/docs/swagger-ui-bundle.js" in urls and f"{origin}/openapi.yaml" in urls
    elsewhere = [u for u in urls if not u.startswith((origin + "/", "data:"))]
    assert elsewhere == []
    assert console.problems() == []


def test_operation_shows_the_contracts_examples(console: Page) -> None:
    console.evaluate(f"document.querySelector('{QUOTES_OP} .opblock-summary-control').click()")
    console.wait_for(f"!!document.querySelector('{QUOTES_OP} .try-out__btn')")
    text = _text(console, QUOTES_OP)
    op = spec_dict()["paths"]["/v1/quotes"]["post"]
    request_example = op["requestBody"]["content"]["application/json"]["examples"]["article"]["value"]
    assert json.dumps(request_example["text"], ensure_ascii=False) in text
    result = spec_dict()["components"]["examples"]["ArticleResult"]["value"]
    assert f'"role": "{result["quotes"][0]["speaker"]["role"]}"' in text
    for code in op["responses"]:
        assert f"\n{code}" in text, code


def test_try_it_out_gets_the_services_answer(console: Page, served: tuple[str, Flask]) -> None:
    origin, app = served
    if not console.evaluate(f"!!document.querySelector('{QUOTES_OP} .try-out__btn')"):
        console.evaluate(f"document.querySelector('{QUOTES_OP} .opblock-summary-control').click()")
        console.wait_for(f"!!document.querySelector('{QUOTES_OP} .try-out__btn')")
    console.evaluate(f"document.querySelector('{QUOTES_OP} .try-out__btn').click()")
    console.wait_for(f"!!document.querySelector('{QUOTES_OP} .execute')")
    console.evaluate(f"document.querySelector('{QUOTES_OP} .execute').click()")
    live = f"{QUOTES_OP} .live-responses-table tr.response"
    status = console.wait_for(f"(document.querySelector('{live} .response-col_status') || {{}}).innerText")
    assert status.strip() == "200"
    shown: dict[str, Any] = json.loads(_text(console, f"{live} .response-col_description pre"))
    example = spec_dict()["paths"]["/v1/quotes"]["post"]["requestBody"]["content"]["application/json"]
    direct = app.test_client().post("/v1/quotes", json=example["examples"]["article"]["value"]).get_json()
    for body in (shown, direct):
        body["meta"].pop("elapsed_ms")
    assert shown == direct
    assert [u for u in console.requested_urls() if "/v1/quotes" in u] == [
        f"{origin}/v1/quotes?published_at=2024-03-06&id=article-17"
    ]
