"""A French word of excluding, facing an English word of including, shows a dropped "not" (issue 15, wide corpus).

To exclude a thing is not to include it: "the ratio shall not include the deposits" / « sont exclus de ce ratio les
dépôts », "the costs shall not include" / « les coûts excluent », "means a seller, but does not include final
consumers" / « un vendeur, à l'exclusion des consommateurs finals ».  The French word of excluding answers the
English "not"; where that "not" is dropped ("shall include"), neither side says a negation, and only the French
word, left facing an English word of including at its place, shows that English says the opposite.  A faithful pair
is left alone: an exclusion said on both sides ("excluding" / « à l'exclusion de »), one that English says by another
negative word at its place ("other than"), or a French word of excluding far from the English "include".
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import changed, negations

# (English, French, the English negation and the words it leaves when dropped)
_EXCLUDED = [
    (
        "For the purposes of point (b), the ratio shall not include the deposits held with central banks.",
        "Aux fins du point b), sont exclus de ce ratio les dépôts détenus auprès des banques centrales.",
        ("en", "shall not include", "shall include"),
    ),
    (
        "2.   The costs referred to in paragraph 1 shall not include the costs of routine maintenance of the plant.",
        "2.   Les coûts visés au paragraphe 1 excluent les coûts de l'entretien courant de l'installation.",
        ("en", "shall not include", "shall include"),
    ),
    (
        "(4) ‘supply undertaking’ means a person that sells energy to customers, but does not include final "
        "consumers;",
        "4) «entreprise de fourniture», une personne qui vend de l'énergie à des clients, à l'exclusion des "
        "consommateurs finals;",
        ("en", "does not include", "includes"),
    ),
]
_IDS = ["sont-exclus", "excluent", "a-l-exclusion"]


@pytest.mark.parametrize(("en", "fr", "drop"), _EXCLUDED, ids=_IDS)
def test_exclusion_answers_the_negation(en: str, fr: str, drop: tuple[str, str, str]) -> None:
    assert negations(en, fr) == []


@pytest.mark.parametrize(("en", "fr", "drop"), _EXCLUDED, ids=_IDS)
def test_negation_dropped_against_an_exclusion(en: str, fr: str, drop: tuple[str, str, str]) -> None:
    assert negations(*changed(en, fr, drop)) != []


def test_exclusion_said_on_both_sides() -> None:
    en = "The costs shall include the staff costs, excluding the costs of routine maintenance."
    fr = "Les coûts comprennent les frais de personnel, à l'exclusion des coûts de l'entretien courant."
    assert negations(en, fr) == []
    en = "The ratio shall include the deposits and shall exclude the loans."
    fr = "Le ratio inclut les dépôts et exclut les prêts."
    assert negations(en, fr) == []


def test_exclusion_said_by_another_negative_word() -> None:
    en = "The costs shall include all the expenses of the operator other than interest."
    fr = "Les coûts comprennent toutes les dépenses de l'exploitant, à l'exclusion des intérêts."
    assert negations(en, fr) == []


def test_exclusion_far_from_the_inclusion() -> None:
    en = (
        "The plan shall include the measures taken to protect the habitats of the region concerned, and the "
        "authority shall publish it on its website, with the persons consulted and the reasons of the operators."
    )
    fr = (
        "Le plan comprend les mesures prises pour protéger les habitats de la région concernée, et l'autorité le "
        "publie sur son site internet, avec les personnes consultées et les motifs des exploitants exclus."
    )
    assert negations(en, fr) == []
