"""obligation_mismatch, force: « peut amener » / « peut être amené à » says what may come about, a possibility of
being led to do something (« un consommateur moyen peut être amené à croire », "would lead an average consumer to
believe"; « les juridictions nationales peuvent être amenées à trancher », "may have to decide"); it grants nothing,
so an English plain statement or duty at its place is no change of force.  A "shall" facing it is still read as a
duty said as a mere possibility."""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import force


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (  # 32022r2065-a6-05
            "3.   Paragraph 1 shall not apply where such an online platform presents the specific item of information in "
            "a way that would lead an average consumer to believe that the product is provided by the online platform "
            "itself.",
            "3.   Le paragraphe 1 ne s'applique pas lorsqu'une telle plateforme en ligne présente l'information "
            "spécifique de telle sorte qu'un consommateur moyen peut être amené à croire que le produit est fourni par "
            "la plateforme en ligne elle-même.",
        ),
        (  # 32005l0029-a2-12
            "(k) ‘transactional decision’ means any decision taken by a consumer concerning whether to purchase a "
            "product, whether the consumer decides to act or to refrain from acting;",
            "k) «décision commerciale»: toute décision prise par un consommateur concernant l'opportunité d'acheter un "
            "produit; une telle décision peut amener le consommateur, soit à agir, soit à s'abstenir d'agir;",
        ),
        (  # 32024r1780-a3-06 (said with the adverb between)
            "2.   Institutions calculating KIRB in accordance with this Regulation need to split such pools into "
            "sub-pools of homogeneous securitised exposures.",
            "2.   Les établissements qui calculent KIRB conformément au présent règlement peuvent parfois être amenés à "
            "scinder ces paniers en sous-paniers d'expositions titrisées homogènes.",
        ),
    ],
)
def test_a_possibility_of_being_led_to_grants_nothing(en: str, fr: str) -> None:
    assert force(en, fr) == []


def test_a_may_against_it_is_answered() -> None:
    assert not force(
        "The tenderer may be asked to clarify aspects of the tender.",
        "Le soumissionnaire peut être amené à clarifier des aspects de son offre.",
    )


def test_a_plain_peut_still_fires() -> None:
    assert force(
        "The tenderer shall clarify aspects of the tender.",
        "Le soumissionnaire peut clarifier des aspects de son offre.",
    )


def test_a_shall_against_it_still_fires() -> None:
    # a duty said as what may come about: the English binds, the French only foresees
    assert force(
        "The tenderer shall be asked to clarify aspects of the tender.",
        "Le soumissionnaire peut être amené à clarifier des aspects de son offre.",
    )
