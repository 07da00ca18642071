"""One real gunicorn server (2 sync workers, gunicorn.conf.py) shared by the reliability tests of this package
that don't kill workers on purpose or need a server of their own."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.reliability.server import Server, running_server


@pytest.fixture(scope="package")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with running_server(tmp_path_factory.mktemp("gunicorn")) as srv:
        yield srv
