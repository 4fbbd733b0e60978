"""Names in initials given in brackets after the words they stand for (issue 15, wide corpus of EU acts).

Official French writes a name out and gives its initials in brackets (« une unité de quantité attribuée (UQA) »,
« facteurs relatifs à l'environnement économique et au contrôle interne (BEICF) ») where English uses the initials
alone ("AAU", "BEICF"). The initials in brackets are no name the French abbreviates, and the English initials are
weighed as the words they stand for, so the French is not a warning for its length. An English side that lost a
passage is still a warning.
"""

from __future__ import annotations

import pytest

from mou_review.domain.divergence import ClausePair, check_pair
from tests.domain.divergence_keys import blocking_keys


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            # 32004r2216-a2-15
            "(n) ‘Kyoto unit’ means an AAU, RMU, ERU or CER;",
            "n) «unité de Kyoto», une unité de quantité attribuée (UQA), une unité d'absorption (UAB), une unité de "
            "réduction des émissions (URE) ou une unité de réduction certifiée des émissions (URCE);",
        ),
        (
            # 32018r0959-cpt3-sct1-02 (a heading)
            "Use of internal data, external data, scenario analysis and BEICF (‘the four elements’)",
            "Utilisation de données internes, de données externes, d'analyses de scénarios et de facteurs relatifs à "
            "l'environnement économique et au contrôle interne (BEICF) (ci-après les «quatre éléments»)",
        ),
    ],
    ids=["AAU / unité de quantité attribuée (UQA)", "BEICF / … (BEICF)"],
)
def test_initials_written_out_in_french_are_no_warning(en: str, fr: str) -> None:
    assert blocking_keys(en, fr, "length_ratio") == []


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            # 32018r0292-r008
            "(8) This Regulation is based on the draft implementing technical standards submitted by ESMA to the "
            "Commission.",
            "(8) Le présent règlement se fonde sur les projets de normes techniques d'exécution soumis à la "
            "Commission par l'Autorité européenne des marchés financiers (AEMF).",
        ),
        (
            # 32022r0439-a60-10
            "3.   For exposures to CIU, competent authorities shall verify that the institutions make every effort to "
            "assign the underlying exposures to adequate exposure classes in accordance with Article 152 of "
            "Regulation (EU) No 575/2013.",
            "3.   En ce qui concerne les expositions sur des organismes de placement collectif (OPC), les autorités "
            "compétentes vérifient que les établissements déploient tous les efforts nécessaires pour classer les "
            "expositions sous-jacentes dans les catégories d’expositions adéquates, conformément à l’article 152 du "
            "règlement (UE) no 575/2013.",
        ),
    ],
    ids=["ESMA / … (AEMF)", "CIU / … (OPC)"],
)
def test_initials_written_out_in_french_are_in_the_usual_range(en: str, fr: str) -> None:
    keys = [f.key for f in check_pair(ClausePair(en, fr)) if f.key.startswith("length_ratio")]
    assert keys == []


def test_an_english_side_cut_short_is_still_a_warning() -> None:
    en = "(n) ‘Kyoto unit’ means an AAU or RMU;"
    fr = (
        "n) «unité de Kyoto», une unité de quantité attribuée (UQA), une unité d'absorption (UAB), une unité de "
        "réduction des émissions (URE) ou une unité de réduction certifiée des émissions (URCE), qui est inscrite "
        "au registre de l'Union et transférée au compte de la partie conformément aux règles de la convention;"
    )
    assert blocking_keys(en, fr, "length_ratio") != []
