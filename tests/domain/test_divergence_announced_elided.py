"""The formula of an amending act before an article, a subparagraph, an annex or a point (issue 15, wide corpus).

One language version names the provision an amending act inserts ("the following Article 12a is inserted",
« le point c bis) suivant est inséré ») and the other announces it without its number ("the following point is
inserted", « l'article suivant est inséré »): neither cites anything.  French elides « le » and « la » before a
vowel, so the provisions whose names open on one (« l'article suivant », « l'alinéa suivant », « l'annexe
suivante ») are announced with « l' »; and a point is the level the reference reader calls a subdivision ("sub"),
as are subparagraphs and « alinéas ».
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import blocking_keys

PAIRS = [
    ("3. the following Article 12a shall be inserted:", "3) L'article suivant est inséré:"),
    (
        "(4) in Chapter II, the following Article 20b is inserted:",
        "4) Au chapitre II, l’article suivant est inséré:",
    ),
    ("(b) the following point is added:", "b) le point d bis) suivant est ajouté:"),
    ("(c) the following Annex IIa is added:", "c) l'annexe suivante est ajoutée:"),
    (
        "(2) in Article 9, the following subparagraph 3 is added:",
        "2) à l'article 9, l'alinéa suivant est ajouté:",
    ),
]


@pytest.mark.parametrize(
    ("en", "fr"), PAIRS, ids=["article", "article-curly", "point", "annex", "subparagraph"]
)
def test_amending_formula_announces_the_provision_with_an_elided_article(en: str, fr: str) -> None:
    assert blocking_keys(en, fr, "cross_reference_mismatch") == []


def test_amending_formula_still_compares_the_provision_it_amends() -> None:
    en = "(4) in Chapter II, the following Article 20b is inserted:"
    assert blocking_keys(en, "4) Au chapitre III, l’article suivant est inséré:", "cross_reference_mismatch")
    en = "(2) in Article 9, the following point is added:"
    assert blocking_keys(
        en, "2) à l'article 10, le point d bis) suivant est ajouté:", "cross_reference_mismatch"
    )


def test_a_numbered_provision_on_both_sides_is_still_compared() -> None:
    en = "3. the following Article 12a shall be inserted:"
    assert blocking_keys(en, "3) L'article 12 ter suivant est inséré:", "cross_reference_mismatch")
    en = "(b) the following point (da) is added:"
    assert blocking_keys(en, "b) le point d ter) suivant est ajouté:", "cross_reference_mismatch")
