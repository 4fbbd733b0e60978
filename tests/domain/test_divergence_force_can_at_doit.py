"""obligation_mismatch, force: an English "can" with a French « doit » at its very place faces that « doit », even when
an earlier pairing gave it a French possibility further on (« laquelle peut avoir lieu », « parce qu'ils peuvent
être rattachés », « pouvant faire l'objet »): that possibility is another clause's, and the "can" turned into a duty
would otherwise go unseen ("Releases can occur" / « Les rejets doivent résulter »).  As a "may" whose partner lies
further than the « doit » at its place (the strays of the check of « doit »)."""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import force

_CASES = [
    (
        "Releases can occur due to combustion, either as an integral part of product use, as is the case for synthetic "
        "fuels, or upon disposal, such as through waste incineration.",
        "Les rejets {modal} résulter de la combustion du produit, laquelle peut avoir lieu soit dans le cadre de "
        "l’utilisation de ce produit, comme dans le cas des carburants de synthèse, soit lors de l’élimination de "
        "celui-ci, par exemple par incinération des déchets.",
        "peuvent",
        "doivent",
    ),
    (
        "(a) where the costs of investing in the production of energy from renewable sources can be identified in the "
        "total investment cost as a separate investment, for instance as a readily identifiable add-on component to a "
        "pre-existing facility, this renewable energy-related cost shall constitute the eligible costs;",
        "a) si les coûts de l'investissement dans la production d'énergie à partir de sources renouvelables {modal} "
        "être identifiés comme investissement distinct dans les coûts d'investissement totaux, par exemple parce "
        "qu'ils peuvent être rattachés à un élément aisément identifiable rajouté à une installation préexistante, ces "
        "coûts liés à des sources d'énergie renouvelables constituent les coûts admissibles;",
        "peuvent",
        "doivent",
    ),
    (
        "(b) where there are no mezzanine securitisation positions in a given securitisation and the originator can "
        "demonstrate that the exposure value of the securitisation positions that would be subject to deduction from "
        "own funds or a 1 250 % risk weight exceeds a reasoned estimate of the expected loss on the securitised "
        "exposures by a substantial margin, the originator credit institution does not hold more than 20 % of the "
        "exposure values of the securitisation positions that would be subject to deduction from own funds or a 1 250 "
        "% risk weight.",
        "b) lorsqu’il n’existe pas de positions de titrisation mezzanine dans une titrisation donnée et que "
        "l’initiateur {modal} démontrer que la valeur exposée au risque des positions de titrisation pouvant faire "
        "l’objet d’une déduction des fonds propres ou d’une pondération de risque de 1 250 % dépasse, avec une marge "
        "substantielle, l’estimation motivée des pertes anticipées sur les expositions titrisées, l’établissement de "
        "crédit initiateur ne détient pas plus de 20 % des valeurs exposées au risque des positions de titrisation "
        "pouvant faire l’objet d’une déduction des fonds propres ou à une pondération de risque de 1 250 %.",
        "peut",
        "doit",
    ),
]


@pytest.mark.parametrize(("en", "fr", "faithful", "changed"), _CASES)
def test_can_with_a_doit_at_its_place_fires(en: str, fr: str, faithful: str, changed: str) -> None:
    assert force(en, fr.format(modal=changed))


@pytest.mark.parametrize(("en", "fr", "faithful", "changed"), _CASES)
def test_the_faithful_peut_stays_silent(en: str, fr: str, faithful: str, changed: str) -> None:
    assert force(en, fr.format(modal=faithful)) == []


def test_can_with_a_duty_nearer_than_it_stays_silent() -> None:
    # "must" says the duty at the « doit »; "can" is the possibility of the next clause
    assert (
        force(
            "The operator must keep the records, which can be consulted by the authority at any time.",
            "L'exploitant doit conserver les registres, qui peuvent être consultés par l'autorité à tout moment.",
        )
        == []
    )


def test_a_possibility_at_the_place_of_il_est_necessaire_stays_silent() -> None:
    # « il est nécessaire de » renders the noun "the need to assess", not the "could" of the main clause; the check of a
    # "can" at the place of a « doit » reads the modal verb only
    assert (
        force(
            "In a situation where a Constituent Entity cannot obtain or acquire all the information required in order "
            "to fulfil the reporting requirement under this Directive, Member States could consider this as an "
            "indication of the need to assess high-level transfer-pricing risks.",
            "Lorsqu'une entité constitutive ne peut obtenir ou se procurer toutes les informations requises pour se "
            "conformer aux exigences de déclaration au titre de la présente directive, les États membres pourraient "
            "considérer que cela indique qu'il est nécessaire de procéder à une évaluation générale des risques liés aux "
            "prix de transfert.",
        )
        == []
    )
