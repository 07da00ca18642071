"""Names and titles in the house styles of outlets outside US politics (sentences written for these tests).

Each row: text, which quote, the speaker's full name as the article gives it, the role returned."""

from __future__ import annotations

import pytest

from service.nlp.attributor import QuoteAttributor

CASES = [
    pytest.param(
        "“The bridge will open in May,” said Shri P. N. Ramaswamy, the district collector.",
        0,
        "P. N. Ramaswamy",
        "district collector",
        id="indian-shri-is-no-part-of-the-name",
    ),
    pytest.param(
        "The chairman of the Onitsha Spare Parts Dealers Union, Alhaji Musa Garba-Idris, spoke to reporters. "
        "He said, “Business has never been this slow.”",
        0,
        "Musa Garba-Idris",
        "chairman of the Onitsha Spare Parts Dealers Union",
        id="nigerian-alhaji-is-no-part-of-the-name",
    ),
    pytest.param(
        "“It is a budget for landlords,” said Fintan Doherty TD, the party's justice spokesman.",
        0,
        "Fintan Doherty",
        "party's justice spokesman",
        id="irish-td-after-the-name-is-no-part-of-it",
    ),
    pytest.param(
        "“The roads are closed until further notice,” said Khalid al-Sabri, the mayor of the city.",
        0,
        "Khalid al-Sabri",
        "mayor of the city",
        id="arabic-al-surname-keeps-its-article",
    ),
]


@pytest.mark.parametrize(("text", "index", "name", "role"), CASES)
def test_speaker_name_and_role(attributor: QuoteAttributor, text: str, index: int, name: str, role: str) -> None:
    q = attributor.attribute(text).quotes[index]
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.role) == (name, role)
