"""Calibration of ``similarity`` for the back-translation meaning check.

Each row pairs a clause with a plausible back-translation of its counterpart.  Rows marked
``True`` say the same thing in other words (typical machine-translation drift: synonyms, word
order, articles); rows marked ``False`` change the legal meaning (a number, a negation, an
obligation turned into a permission, another party, a dropped obligation).  The lowest
"same" score and the highest "different" score bracket ``MEANING_THRESHOLD``; the table is
printed by ``bench/bench_translation.py`` so the margin can be checked when it changes.
"""

from __future__ import annotations

import pytest

from mou_review.domain.translation import (
    MEANING_THRESHOLD,
    MemoryCache,
    TranslationResult,
    back_translation_finding,
    similarity,
)
from mou_review.domain.types import Lang

CALIBRATION = [
    # (original, back-translation, same meaning?)
    (
        "The Parties shall cooperate in the prevention of trafficking in persons.",
        "The Parties shall cooperate in preventing trafficking in persons.",
        True,
    ),
    (
        "Each Party shall notify the other Party in writing within thirty (30) days.",
        "Each Party shall notify the other Party in writing within a period of thirty (30) days.",
        True,
    ),
    (
        "The Joint Committee shall meet at least once a year.",
        "The Joint Committee shall meet at least once per year.",
        True,
    ),
    (
        "This Memorandum shall enter into force on the date of its signature.",
        "This Memorandum shall enter into force on the date of signature.",
        True,
    ),
    (
        "Any dispute arising from the interpretation of this Memorandum shall be settled amicably.",
        "Any dispute arising out of the interpretation of this Memorandum shall be resolved amicably.",
        True,
    ),
    (
        "Les Parties échangent des informations sur les réseaux de traite.",
        "Les Parties échangent les informations relatives aux réseaux de traite.",
        True,
    ),
    (
        "Each Party shall notify the other Party in writing within thirty (30) days.",
        "Each Party shall notify the other Party in writing within sixty (60) days.",
        False,
    ),
    (
        "The Parties shall share information on victims.",
        "The Parties shall not share information on victims.",
        False,
    ),
    (
        "Each Party shall provide assistance to victims.",
        "Each Party may provide assistance to victims.",
        False,
    ),
    (
        "The Government of Nigeria shall host the first meeting.",
        "The Government of Niger shall host the first meeting.",
        False,
    ),
    (
        "The Parties shall train border officials and exchange liaison officers.",
        "The Parties shall train border officials.",
        False,
    ),
    (
        "Chaque Partie doit désigner un point focal.",
        "Chaque Partie peut désigner un point focal.",
        False,
    ),
]


@pytest.mark.parametrize(("a", "b", "same"), CALIBRATION)
def test_similarity_separates_paraphrase_from_changed_meaning(a: str, b: str, same: bool) -> None:
    assert (similarity(a, b) >= MEANING_THRESHOLD) is same


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [("", "", 1.0), ("Text.", "", 0.0), ("The Parties agree.", "The Parties agree", 1.0)],
)
def test_similarity_edges(a: str, b: str, expected: float) -> None:
    assert similarity(a, b) == expected


class _FixedTranslator:
    """A Translator that returns a fixed back-translation (the model is not under test here)."""

    def __init__(self, back: str) -> None:
        self.back = back
        self.calls: list[tuple[str, Lang, Lang]] = []

    def directions(self) -> list[tuple[Lang, Lang]]:
        return [(Lang.FR, Lang.EN)]

    def translate(self, text: str, source: Lang, target: Lang) -> TranslationResult:
        self.calls.append((text, source, target))
        return TranslationResult(self.back, "fr_en@test")


@pytest.mark.parametrize(
    ("back", "finding"),
    [
        ("Each Party shall designate a focal point.", False),
        ("Each Party may designate a focal point.", True),
    ],
)
def test_back_translation_finding_reports_only_divergence(back: str, finding: bool) -> None:
    translator = _FixedTranslator(back)
    result = back_translation_finding(
        translator,
        "Each Party shall designate a focal point.",
        Lang.EN,
        "Chaque Partie désigne un point focal.",
    )
    assert translator.calls == [("Chaque Partie désigne un point focal.", Lang.FR, Lang.EN)]
    assert (result is not None) is finding
    if result is not None:
        assert result[1] == back and result[0] < MEANING_THRESHOLD


def test_memory_cache_round_trip() -> None:
    cache = MemoryCache()
    cache.put("k", "texte")
    assert (cache.get("k"), cache.get("other"), len(cache)) == ("texte", None, 1)
