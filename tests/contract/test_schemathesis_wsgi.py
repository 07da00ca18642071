"""Schemathesis against the app in-process (WSGI): positive and negative data, every check.

The app runs with the default Settings, so the limits it enforces are the ones openapi.yaml states.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import schemathesis
from flask import Flask

from service.app import create_app
from service.config import Settings
from service.nlp.attributor import QuoteAttributor
from tests.contract.conftest import schemathesis_config
from tests.contract.openapi_check import SPEC_PATH


@pytest.fixture(scope="module")
def default_app(attributor: QuoteAttributor) -> Iterator[Flask]:
    yield create_app(Settings(), attributor)


# Loaded eagerly from the committed file (schemathesis' lazy `from_fixture` does not run under pytest 9.2).
schema = schemathesis.openapi.from_path(str(SPEC_PATH), config=schemathesis.Config.from_dict(schemathesis_config()))


@schema.parametrize()
def test_app_keeps_the_contract(case: schemathesis.Case, default_app: Flask) -> None:
    case.call_and_validate(app=default_app)
