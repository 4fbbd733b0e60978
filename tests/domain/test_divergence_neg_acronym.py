"""Initials that begin with "UN" ("UNFCCC", "UNESCO") are no negative adjective "un-" and a word."""

from mou_review.domain import deontic
from mou_review.domain.textnorm import fold
from mou_review.domain.types import Lang


def _weak(text: str) -> list[str]:
    folded = fold(text)
    return [folded[a:b] for a, b, _g in deontic.profile(folded, Lang.EN, text).weak]


def test_initials_in_capitals_are_no_negative_word() -> None:
    assert _weak("with the support of UNESCO and the UNFCCC secretariat") == []
    # a word shouted in a heading, and a word in lower case, stay negative words
    assert _weak("UNLAWFUL ACTS") == ["unlawful"]
    assert _weak("an unlawful act") == ["unlawful"]
