"""Guarded patterns: the needles of every pattern are held by each of its matches, so guarding changes nothing."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from bench.bench_divergence_quality import load_faithful, load_held_out, load_injected
from mou_review.domain import connectives, deontic, divergence, glossary, references, textnorm
from mou_review.domain.rx import Guarded, at_word_start, covering, guard
from mou_review.domain.textnorm import fold


def _guarded() -> Iterator[tuple[str, Guarded]]:
    """Yield every guarded pattern of the divergence modules, by name (also inside dicts and tuples)."""
    for module in (connectives, deontic, divergence, glossary, references, textnorm):
        for name, value in vars(module).items():
            values = (
                value.items()
                if isinstance(value, dict)
                else enumerate(value)
                if isinstance(value, tuple)
                else ()
            )
            if isinstance(value, Guarded):
                yield f"{module.__name__}.{name}", value
            for key, item in values:
                if isinstance(item, Guarded):
                    yield f"{module.__name__}.{name}[{key}]", item


def _texts() -> list[str]:
    faithful = load_faithful()
    held, held_injected = load_held_out()
    cases = [*faithful.values(), *load_injected(faithful), *held.values(), *held_injected]
    texts = [t for c in cases for t in (c.pair.en, c.pair.fr)]
    return texts + [fold(t) for t in texts]


GUARDED = dict(_guarded())
TEXTS = _texts()


@pytest.mark.parametrize("name", sorted(GUARDED))
def test_rx_every_match_holds_a_needle(name: str) -> None:
    pattern = GUARDED[name]
    for text in TEXTS:
        for m in pattern.rx.finditer(text):
            assert any(n in m.group(0) for n in pattern.needles), (name, m.group(0))


def test_rx_guarded_patterns_are_found() -> None:
    assert len(GUARDED) >= 20


def test_rx_guard_skips_text_without_a_needle_and_keeps_the_rest() -> None:
    rx = guard(re.compile(r"\b\d+ (?:days|jours)"), "days", "jours")
    assert list(rx.finditer("within 30 weeks")) == []
    assert [m.group(0) for m in rx.finditer("within 30 days")] == ["30 days"]
    assert rx.search("30 days", 3) is None
    assert rx.search("in 30 days", 0, 6) is None
    assert rx.findall("30 jours et 5 jours") == ["30 jours", "5 jours"]


def test_rx_covering_keeps_the_shortest_words() -> None:
    assert covering(["firstly", "first", "second", "secondly", "third"]) == ("first", "third", "second")


@pytest.mark.parametrize(
    "text",
    [
        "si x",
        "ainsi",
        "s'ils",
        "lorsqu'il",
        "au cas ou",
        "aussi",
        "en tant que",
        "en informant",
        "ou",
        "xou",
        "a/ou",
        "",
    ],
)
def test_rx_at_word_start_matches_as_a_boundary_first(text: str) -> None:
    alternatives = ("si", "s'ils?", "lorsqu'", "au cas ou", "au", "en (?!tant\\b)[a-z]+ant", "ou")
    old = re.compile(r"\b(?:" + "|".join(alternatives) + r")\b")
    new = re.compile(at_word_start(*alternatives) + r"\b")
    assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)]


@pytest.mark.parametrize("alternative", ["'s", "s?i", " ou", "\\bou"])
def test_rx_at_word_start_refuses_what_does_not_start_with_a_plain_letter(alternative: str) -> None:
    with pytest.raises(ValueError):
        at_word_start("si", alternative)
