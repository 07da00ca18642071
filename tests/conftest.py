"""Shared fixtures: one pinned-model attributor per session, an app built around it.

Every Flask test client of the suite checks each response against openapi.yaml
(tests/contract/openapi_check.py), so a test that receives an answer the contract does not
allow fails, whatever it asserts itself.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from flask import Flask

from service.app import create_app
from service.config import Settings
from service.nlp.attributor import QuoteAttributor
from tests.contract.openapi_check import ContractClient

MODEL = Settings().spacy_model


@pytest.fixture(autouse=True)
def _contract_checked_clients(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Flask, "test_client_class", ContractClient)


@pytest.fixture(scope="session")
def attributor() -> QuoteAttributor:
    return QuoteAttributor(MODEL)


@pytest.fixture(scope="session")
def settings() -> Settings:
    return Settings(max_chars=5_000, max_batch=4, max_body_bytes=64 * 1024)


@pytest.fixture()
def app(settings: Settings, attributor: QuoteAttributor) -> Iterator[Flask]:
    yield create_app(settings, attributor)
