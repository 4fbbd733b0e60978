"""A number followed by a unit is a quantity, not a cited provision (issue 15, wide corpus of EU acts).

A citation may end where a quantity begins: "in accordance with Article 9(2), 30 days after …", « visées au
paragraphe 1, 15 minutes après … », or a keyword used as a common noun meets a measure ("heavy sections 80 mm and
over").  In either language a figure followed by a unit of time or measure ("days", « jours », "minutes", "mm")
counts something; it never numbers an article, a paragraph or a section, as a figure followed by "%" never does.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import blocking_keys

PAIRS = [
    (
        "The period shall end 10 days or, where Member States so provide under Article 7(2), 20 days after the "
        "day on which the buyer receives the goods.",
        "Le délai expire au terme d’une période de dix jours ou, lorsque les États membres le prévoient "
        "conformément à l’article 7, paragraphe 2, de vingt jours à compter du jour où l’acheteur reçoit les biens.",
    ),
    (
        "The operator shall make the data referred to in paragraph 3 available free of charge 30 minutes after "
        "their publication.",
        "L’opérateur met gratuitement à disposition les données visées au paragraphe 3, 30 minutes après leur "
        "publication.",
    ),
    (
        "(b) steel products: heavy sections 80 mm and over, sheet piling and rails;",
        "b) produits sidérurgiques: poutrelles de 80 mm et plus, palplanches et rails;",
    ),
]


@pytest.mark.parametrize(("en", "fr"), PAIRS, ids=["days", "minutes", "mm"])
def test_a_figure_with_a_unit_after_a_citation_is_no_citation(en: str, fr: str) -> None:
    assert blocking_keys(en, fr, "cross_reference_mismatch") == []


def test_a_cited_provision_after_the_quantity_is_still_compared() -> None:
    en, fr = PAIRS[0]
    assert blocking_keys(
        en, fr.replace("l’article 7, paragraphe 2", "l’article 8, paragraphe 2"), "cross_reference"
    )
    en, fr = PAIRS[1]
    assert blocking_keys(en, fr.replace("paragraphe 3, 30", "paragraphe 4, 30"), "cross_reference_mismatch")


def test_the_quantity_itself_is_compared_as_a_number() -> None:
    en, fr = PAIRS[1]
    assert blocking_keys(en, fr.replace("30 minutes", "40 minutes"), "number_mismatch")
    en = "Articles 4, 5 and 6 shall apply."
    assert blocking_keys(en, "Les articles 4, 5 et 7 s’appliquent.", "cross_reference_mismatch")
