"""The words "safe", "error-free": an absence of harm that French says by a negation of the harm (issue 15).

English says of a thing that it is "safe" or "error-free", an adjective of absence; French says that it « ne nuit
pas », « ne présente pas de danger », « ne comporte aucune erreur »: the negation of harming, of a danger, a risk or an
error.  The English adjective answers such a negation anywhere in its sentence (French puts the negated verb where
English puts the copula, or the end of the sentence where English puts the adjective), and no other negation.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

_SAFE = [
    (
        "The objective was to ensure that this technology would be deployed in an environmentally safe way.",
        "L'objectif consistait à garantir que cette technologie serait mise en œuvre d'une manière qui ne nuise pas "
        "à l'environnement.",
    ),
    (
        "The permit should ensure that the requirements are met and that storage therefore takes place in an "
        "environmentally safe way.",
        "Le permis devrait garantir que les exigences sont respectées et que le stockage, par conséquent, ne nuit "
        "pas à l'environnement.",
    ),
    (
        "Storage systems placed on the market or put into service shall be safe during their normal operation and "
        "use.",
        "Les systèmes de stockage mis sur le marché ou mis en service ne doivent pas présenter de danger dans des "
        "conditions normales de fonctionnement et d'utilisation.",
    ),
    (
        "(b) the accuracy of data ensuring that the data is substantively error-free;",
        "b) l'exactitude des données, en veillant à ce que ces données ne comprennent aucune erreur substantielle;",
    ),
]


@pytest.mark.parametrize(
    ("en", "fr"), _SAFE, ids=["ne nuise pas", "ne nuit pas", "présenter de danger", "aucune erreur"]
)
def test_safe_answers_a_negated_harm(en: str, fr: str) -> None:
    assert negations(en, fr) == []


@pytest.mark.parametrize(
    ("en", "fr"), _SAFE, ids=["ne nuise pas", "ne nuit pas", "présenter de danger", "aucune erreur"]
)
def test_without_the_adjective_the_negation_is_unanswered(en: str, fr: str) -> None:
    plain = (
        en.replace("environmentally safe", "efficient")
        .replace("be safe", "be used")
        .replace("error-free", "complete")
    )
    assert plain != en
    assert negations(plain, fr) != []


def test_safe_answers_no_other_negation() -> None:
    en = "Storage systems shall be safe during their normal operation where the operator has approved them."
    fr = (
        "Les systèmes de stockage ne doivent pas présenter de danger dans des conditions normales de fonctionnement "
        "lorsque l'exploitant ne les a pas approuvés."
    )
    assert negations(en, fr) != []
    # a negation of another verb: "safe" says nothing of it
    assert negations("The systems shall be safe.", "Les systèmes ne sont pas utilisés.") != []
