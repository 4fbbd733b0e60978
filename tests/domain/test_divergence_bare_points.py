"""A point named by its bare letter on one side (issue 15, wide corpus of EU acts).

EU drafting sometimes drops the brackets of a lettered point: "point b is replaced by the following", "referred
to in point a, but", « au premier alinéa, point b, ». The other text's "point (b)" / « point b) » cites the same
point; another letter is still a different point.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import blocking_keys

PAIRS = [
    (
        "(2) In Article 7(3), point b is replaced by the following:",
        "2) À l’article 7, paragraphe 3, le point b) est remplacé par le texte suivant:",
    ),
    (
        "(c) the national central banks that take part in the supervision of the branches referred to in point a, "
        "but which are not competent authorities;",
        "c) les banques centrales nationales qui participent à la surveillance des succursales visées au point a), "
        "mais qui ne sont pas des autorités compétentes;",
    ),
    (
        "The identification number referred to in point (b) of the first subparagraph shall bear the suffix “EX”.",
        "Le numéro d’identification visé au premier alinéa, point b, comporte le suffixe “EX”.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), PAIRS, ids=["replaced", "referred", "french-bare"])
def test_a_bare_letter_after_point_cites_that_point(en: str, fr: str) -> None:
    assert blocking_keys(en, fr, "cross_reference_mismatch") == []


@pytest.mark.parametrize(("en", "fr"), PAIRS, ids=["replaced", "referred", "french-bare"])
def test_another_letter_is_still_caught(en: str, fr: str) -> None:
    changed = (
        en.replace("point b ", "point c ").replace("point a,", "point d,").replace("point (b)", "point (e)")
    )
    assert blocking_keys(changed, fr, "cross_reference_mismatch")
