"""Restrictions of the wide corpus of EU acts (issue 15): « ne … que » said with an adverb after its « que »
(« que conjointement », « que simultanément »), where English puts "only".  The French is a restriction, not a
negation; a real negation in its place must still be caught.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

_ONLY_TOGETHER = (
    # 32025l0001-a23-11
    "5.   The valuations referred to in paragraphs 2 and 3 may be subject to an appeal in accordance with Article 67 "
    "only together with the decision to apply a resolution tool or to exercise a resolution power.",
    "5.   Les valorisations visées aux paragraphes 2 et 3 ne peuvent faire l’objet d’un recours conformément à "
    "l’article 67 que conjointement avec la décision d’appliquer un instrument de résolution ou d’exercer un "
    "pouvoir de résolution.",
)


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        _ONLY_TOGETHER,
        (
            "The register may be amended only exceptionally, on a reasoned request of the Party concerned.",
            "Le registre ne peut être modifié qu’exceptionnellement, sur demande motivée de la Partie concernée.",
        ),
        (
            "Those data shall be used only temporarily, for the purpose of the joint investigation.",
            "Ces données ne sont utilisées que temporairement, aux fins de l’enquête conjointe.",
        ),
    ],
    ids=["que conjointement", "qu'exceptionnellement", "que temporairement"],
)
def test_ne_que_before_an_adverb_is_a_restriction(en: str, fr: str) -> None:
    assert negations(en, fr) == []


def test_a_real_negation_before_the_adverb_is_still_caught() -> None:
    en, fr = _ONLY_TOGETHER
    negated = fr.replace("ne peuvent faire l’objet", "ne peuvent pas faire l’objet").replace(
        "que conjointement", "même conjointement"
    )
    assert negated != fr
    plain = en.replace(" only together", " together")
    assert plain != en
    assert negations(plain, negated) != []


# "to a purchaser that is not a bridge institution" / « à un acquéreur autre qu'un établissement-relais »
# (32014l0059-a2-63, 32025l0001-a2-52): a class told from another, which French says "other than".
_NOT_A = (
    "(47) ‘sale-of-business tool’ means the mechanism for effecting a transfer by a resolution authority of shares or "
    "other instruments of ownership issued by an undertaking under resolution, or assets, rights or liabilities, of an "
    "undertaking under resolution to a purchaser that is not a bridge undertaking, in accordance with Article 31;",
    "47) «instrument de cession des activités»: le mécanisme permettant le transfert par une autorité de résolution à "
    "un acquéreur autre qu’une entreprise-relais, conformément à l’article 31, d’actions ou autres titres de propriété "
    "émis par une entreprise soumise à une procédure de résolution ou d’actifs, droits ou engagements d’une entreprise "
    "soumise à une procédure de résolution;",
)


def test_that_is_not_a_is_other_than() -> None:
    en, fr = _NOT_A
    assert negations(en, fr) == []
    plain = fr.replace("un acquéreur autre qu’une entreprise-relais", "une entreprise-relais")
    assert plain != fr
    assert negations(en, plain) != []
