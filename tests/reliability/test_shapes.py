"""bench/shapes.py, which `make bench` runs: its generated shapes and its growth exponent."""

from __future__ import annotations

import pytest

from bench.shapes import SHAPES, fit_exponent


@pytest.mark.parametrize(
    ("seconds", "expected"),
    [
        pytest.param([1.0, 2.0, 4.0, 8.0], 1.0, id="linear"),
        pytest.param([1.0, 4.0, 16.0, 64.0], 2.0, id="quadratic"),
        pytest.param([3.0, 3.0, 3.0, 3.0], 0.0, id="flat"),
    ],
)
def test_fit_exponent(seconds: list[float], expected: float) -> None:
    assert fit_exponent([10_000, 20_000, 40_000, 80_000], seconds) == pytest.approx(expected)


@pytest.mark.parametrize("name", sorted(SHAPES))
@pytest.mark.parametrize("size", [1_000, 12_345])
def test_each_shape_is_the_size_asked_for(name: str, size: int) -> None:
    text = SHAPES[name](size)
    assert len(text) == size
    assert "\ufffd" not in text
