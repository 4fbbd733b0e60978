"""Cross-references of the wide corpus of EU acts (issue 15) that are none, or that a misprint hides.

« audit de première partie »: right after « de », with no article, a French ordinal before « partie » names a party
("first-party auditing"), not Part 1; « de la première partie » stays a division.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import references


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            # 32022r2448-a2-19
            "— ‘second party auditing’ means an audit of a supplier by the economic operator operating the first "
            "gathering point;",
            "— «audit de deuxième partie», l’audit d’un fournisseur par l’opérateur économique gérant le premier point "
            "de collecte,",
        ),
        (
            # 32022r2448-a7-04 (shortened)
            "(c) arrange for independent third-party auditing, except for the harvesting criteria, for which a "
            "first-party or second-party auditing may be provided for up to the first gathering point;",
            "c) organisent un audit par des tiers indépendants, sauf pour les critères de récolte, pour lesquels un "
            "audit de première partie ou de deuxième partie peut être prévu jusqu’au premier point de collecte;",
        ),
    ],
    ids=["de deuxième partie", "de première partie ou de deuxième partie"],
)
def test_an_ordinal_party_is_no_division(en: str, fr: str) -> None:
    assert references(en, fr) == []


def test_an_ordinal_part_is_still_a_division() -> None:
    en = "The information shall be set out in accordance with Part 2 of Annex II."
    fr = "Les informations sont présentées conformément à la deuxième partie de l’annexe II."
    assert references(en, fr) == []
    assert references(en.replace("Part 2", "Part 3"), fr) != []


# « visée au paragraphe l, points b), c) et d) » (32009l0072-a9-17, 32009l0073-a9-17, 32019l0944-a43-16): paragraphs are
# numbered, so a lone letter l after « paragraphe » is a misprinted 1; « paragraphe 1, l'intéressé » stays paragraph 1.
_MISPRINT = (
    "6.   For the implementation of this Article, where the person referred to in points (b), (c) and (d) of "
    "paragraph 1 is the Member State or another public body, two separate public bodies shall be deemed not to be "
    "the same person.",
    "6.   Aux fins de la mise en œuvre du présent article, lorsque la personne visée au paragraphe l, points b), c) "
    "et d), est l’État membre ou un autre organisme public, deux organismes publics distincts ne sont pas réputés "
    "constituer la même personne.",
)


def test_paragraphe_l_is_a_misprinted_one() -> None:
    en, fr = _MISPRINT
    assert references(en, fr) == []
    assert references(en.replace("paragraph 1 ", "paragraph 2 "), fr) != []


def test_a_lettered_point_l_is_still_a_letter() -> None:
    en = "The exemption provided for in point (l) of paragraph 1 shall not apply to the following transactions."
    fr = "Sont exclues de l’exonération prévue au paragraphe 1, point l), les opérations suivantes."
    assert references(en, fr) == []
    assert references(en.replace("point (l)", "point (1)"), fr) != []


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            # 32024r1774-a16-24
            "4.   The procedure referred to in paragraph 2 shall contain security testing of software packages no later "
            "than at the integration phase, in accordance with Article 8(2), points (b)(v), (vi) and(vii).",
            "4.   La procédure visée au paragraphe 2 comprend des tests de sécurité des progiciels au plus tard lors de la "
            "phase d’intégration, conformément à l’article 8, paragraphe 2, point b) v), vi) et vii).",
        ),
        (
            # after 32014l0059-a121-05
            "The resolution authority shall apply the resolution tools under the conditions laid down in Articles 32 "
            "and 33 of that Directive.",
            "L’autorité de résolution applique les instruments de résolution dans les conditions énoncées aux articles "
            "32et 33 de ladite directive.",
        ),
    ],
    ids=["and(vii)", "32et 33"],
)
def test_a_connective_glued_to_a_value_still_joins_it(en: str, fr: str) -> None:
    assert references(en, fr) == []
    assert references(en.replace("(vii)", "(viii)").replace("and 33", "and 34"), fr) != []
