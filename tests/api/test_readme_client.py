"""The README's "Python client" example runs as written against the service and prints what the README says."""

from __future__ import annotations

import contextlib
import io
import re
import threading
from collections.abc import Iterator

import pytest
from werkzeug.serving import make_server

from service.app import create_app
from service.config import Settings
from service.nlp.attributor import QuoteAttributor
from tests.deploy.files import ROOT
from tests.reliability.server import free_port

SECTION = (ROOT / "README.md").read_text().split("## Python client", 1)[1].split("\n## ", 1)[0]
[CODE] = re.findall(r"```python\n(.*?)```", SECTION, re.S)


@pytest.fixture(scope="module")
def base_url(attributor: QuoteAttributor) -> Iterator[str]:
    server = make_server("127.0.0.1", free_port(), create_app(Settings(), attributor), threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join(timeout=10)


def test_python_client_example_prints_what_the_readme_says(base_url: str) -> None:
    assert 'BASE = "http://localhost:8000"' in CODE
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(CODE.replace("http://localhost:8000", base_url), {})
    said = re.search(r"It prints (.*?)\. A batch", SECTION, re.S)
    assert said is not None
    expected = re.findall(r"`([^`]+)`", said.group(1))
    assert out.getvalue().splitlines() == expected


def test_python_client_raises_with_the_problems_detail(base_url: str) -> None:
    scope: dict[str, object] = {}
    example = CODE.replace("http://localhost:8000", base_url).split("\nresult = ", 1)[0]
    exec(example, scope)
    with pytest.raises(RuntimeError, match=r"^422: /text: The text is empty; send 1 to 100000 code points\.$"):
        scope["quotes"]("")  # type: ignore[operator]
