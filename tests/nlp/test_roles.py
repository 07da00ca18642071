"""Roles beside names: appositives, titles before names, possessive and prepositional forms."""

from __future__ import annotations

import pytest

from service.nlp.attributor import QuoteAttributor

# text, speaker name, role
ROLE_CASES = [
    pytest.param(
        "Kabir Shah, a spokesman for the Interior Ministry, said the roads were “fully open.”",
        "Kabir Shah",
        "spokesman for the Interior Ministry",
        id="appositive-after-name",
    ),
    pytest.param(
        "The Interior Ministry spokesman, Kabir Shah, said the roads were “fully open.”",
        "Kabir Shah",
        "Interior Ministry spokesman",
        id="appositive-before-name",
    ),
    pytest.param(
        "Deputy Trade Minister Lars Holm said the deal was “almost done.”",
        "Lars Holm",
        "Deputy Trade Minister",
        id="title-before-name",
    ),
    pytest.param(
        "Port authority spokesperson Nadia Elba said the ships were “waiting.”",
        "Nadia Elba",
        "Port authority spokesperson",
        id="lowercase-title-before-name",
    ),
    pytest.param(
        "Zamir Kabulov, the president's special envoy to the region, said the talks were “useful.”",
        "Zamir Kabulov",
        "president's special envoy to the region",
        id="possessive-appositive",
    ),
    pytest.param(
        "Maria Lopez, the spokeswoman for the city's housing office, said rents were “too high.”",
        "Maria Lopez",
        "spokeswoman for the city's housing office",
        id="prepositional-appositive",
    ),
    pytest.param(
        "“We won,” said Ohio AFL-CIO President Doris Keane-Ruiz.",
        "Doris Keane-Ruiz",
        "Ohio AFL-CIO President",
        id="hyphenated-title-before-name",
    ),
    pytest.param(
        "Erin Moss, now a consultant on trade, said the talks were “stalled.”",
        "Erin Moss",
        "consultant on trade",
        id="appositive-adverb-dropped",
    ),
    pytest.param(
        "“This is unacceptable,” Sen. Mark Dale wrote on Twitter.",
        "Mark Dale",
        "Senator",
        id="abbreviated-title-expanded",
    ),
    pytest.param(
        "Lars Holm, the trade minister, arrived. Later, “We are close,” Mr. Holm said.",
        "Lars Holm",
        "trade minister",
        id="role-from-elsewhere-in-document",
    ),
    pytest.param(
        "Deputy Trade Minister Lars Holm arrived. Later, Holm, the chief negotiator for the northern bloc, "
        "said the deal was “close.”",
        "Lars Holm",
        "chief negotiator for the northern bloc",
        id="fullest-role-wins",
    ),
]


@pytest.mark.parametrize(("text", "name", "role"), ROLE_CASES)
def test_role(attributor: QuoteAttributor, text: str, name: str, role: str) -> None:
    (q,) = attributor.attribute(text).quotes
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.role) == (name, role)


NO_ROLE_CASES = [
    pytest.param("“We won,” Mr. Tom Reed said.", "Tom Reed", id="honorific-is-not-a-role"),
    pytest.param("“We won,” Dr. Alice Moss said.", "Alice Moss", id="doctor-is-not-a-role"),
    pytest.param("“We won,” Tom Reed, 54, said.", "Tom Reed", id="age-is-not-a-role"),
]


@pytest.mark.parametrize(("text", "name"), NO_ROLE_CASES)
def test_no_role(attributor: QuoteAttributor, text: str, name: str) -> None:
    (q,) = attributor.attribute(text).quotes
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.role) == (name, None)
