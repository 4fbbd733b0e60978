"""``mask`` blanks spans out by joining slices; it must give what blanking each span in a list of characters gave."""

from __future__ import annotations

import itertools

import pytest

from mou_review.domain.textnorm import mask


def _by_characters(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


_TEXT = "shall not, save as provided in Article 5(2)."


@pytest.mark.parametrize(
    "spans",
    [
        [],
        [(0, 5)],
        [(6, 9), (0, 5)],  # out of order
        [(3, 12), (10, 20)],  # overlapping
        [(4, 8), (4, 8)],  # twice
        [(5, 5)],  # empty
        [(40, len(_TEXT))],  # up to the end
        [(30, 60)],  # past the end: the text grows, as it always did
        [(8, 3)],  # backwards: nothing blanked
    ],
)
def test_mask_blanks_what_a_list_of_characters_blanked(spans: list[tuple[int, int]]) -> None:
    assert mask(_TEXT, spans) == _by_characters(_TEXT, spans)


def test_mask_every_pair_of_small_spans() -> None:
    text = "abc de fgh"
    edges = range(len(text) + 1)
    spans = [(a, b) for a, b in itertools.product(edges, edges) if a <= b]
    for first, second in itertools.product(spans, spans):
        assert mask(text, [first, second]) == _by_characters(text, [first, second]), (first, second)
    assert mask(text, [(1, 4)]) == "a   de fgh"
