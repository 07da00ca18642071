"""The parser's copy of the text: same length, junk runs defused, ordinary prose untouched."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from service.nlp.sanitize import for_parse

UNCHANGED = [
    ("sentence", "“We won,” said Ana Ruiz, the coach."),
    ("dash-and-quote", "He paused — “no,” he said — and left."),
    ("url", "Read it at https://example.org/a/b?c=d and tell me."),
    ("short-run", "Wait...!?” she cried."),
]


@pytest.mark.parametrize(("text",), [(t,) for _, t in UNCHANGED], ids=[i for i, _ in UNCHANGED])
def test_prose_is_left_alone(text: str) -> None:
    assert for_parse(text) == text


def test_a_run_of_marks_becomes_spaces_and_keeps_newlines() -> None:
    # The run is every character between two words, so the full stop after "Lead" goes too.
    text = "Lead.\n" + '"' * 10 + "\n" + "“”" * 5 + "\nEnd."
    assert for_parse(text) == "Lead \n" + " " * 10 + "\n" + " " * 10 + "\nEnd."


def test_a_run_of_spaced_curly_marks_becomes_spaces() -> None:
    text = "x " + "“ ” " * 10 + "y"
    assert for_parse(text) == "x " + " " * 40 + "y"


def test_a_long_unbroken_run_gets_a_space_every_200_characters() -> None:
    text = "a" * 450
    out = for_parse(text)
    assert [i for i, c in enumerate(out) if c == " "] == [200, 400]


@given(st.text(alphabet=st.sampled_from(list("ab \n\"“”‘’'.,—-"))))
def test_length_and_newlines_never_change(text: str) -> None:
    out = for_parse(text)
    assert len(out) == len(text)
    assert [i for i, c in enumerate(out) if c == "\n"] == [i for i, c in enumerate(text) if c == "\n"]
