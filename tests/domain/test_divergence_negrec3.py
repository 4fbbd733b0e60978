"""Words of turning a thing away at the same place of the two sides render each other (issue 15).

"shall not automatically preclude a situation from being characterised" / « n'entraîne pas automatiquement
l'exclusion de la situation », "The exemptions listed in paragraphs 2 and 3 shall not apply" / « Les exclusions
énumérées … ne s'appliquent pas », "the right to opt out" / « le droit de refus », "with the intention of excluding it
from the scope" / « avec l'intention de le soustraire à l'application »: a word of excluding, exempting, refusing,
preventing or prohibiting and one of another of these meanings at its place on the other side render each other,
as a word and its like do; neither answers a negation of the other side.  Else, with the English "not" dropped, the
English word answered the French « ne … pas » close by, and the English, which then affirms, went unreported.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

# (faithful English, French, English with its "not" dropped)
_TURNED = [
    (
        # 32014l0067-a4-16: "preclude" / « l'exclusion »
        "4.   The failure to satisfy one or more of the factual elements set out in paragraphs 2 and 3 shall "
        "not automatically preclude a situation from being characterised as one of posting. The assessment of "
        "those elements shall be adapted to each specific case and take account of the specificities of the "
        "situation.",
        "4.   Le non-respect d'un ou de plusieurs des éléments factuels établis aux paragraphes 2 et 3 "
        "n'entraîne pas automatiquement l'exclusion de la situation considérée de la qualification de "
        "détachement. L'appréciation de ces éléments est adaptée à chaque cas particulier et tient compte des "
        "particularités de la situation.",
        "4.   The failure to satisfy one or more of the factual elements set out in paragraphs 2 and 3 shall "
        "automatically preclude a situation from being characterised as one of posting. The assessment of "
        "those elements shall be adapted to each specific case and take account of the specificities of the "
        "situation.",
    ),
    (
        # 32023r1114-a4-21: "exemptions" / « exclusions »
        "4.   The exemptions listed in paragraphs 2 and 3 shall not apply where the offeror, or another "
        "person acting on the offeror’s behalf, makes known in any communication its intention to seek "
        "admission to trading of a crypto-asset other than an asset-referenced token or e-money token.",
        "4.   Les exclusions énumérées aux paragraphes 2 et 3 ne s’appliquent pas lorsque l’offreur, ou une "
        "autre personne agissant pour le compte de l’offreur, fait connaître dans toute communication son "
        "intention de demander l’admission à la négociation d’un crypto-actif autre qu’un jeton se référant à "
        "un ou des actifs ou un jeton de monnaie électronique.",
        "4.   The exemptions listed in paragraphs 2 and 3 shall apply where the offeror, or another person "
        "acting on the offeror’s behalf, makes known in any communication its intention to seek admission to "
        "trading of a crypto-asset other than an asset-referenced token or e-money token.",
    ),
    (
        # 32025r0327-a71-18: "opt out" / « refus »
        "8.   When the purposes of the processing of personal electronic health data by a health data holder "
        "do not or no longer require the identification of a data subject by the controller, that health data "
        "holder shall not be obliged to maintain, acquire or process additional information in order to "
        "identify the data subject for the sole purpose of complying with the right to opt out under this "
        "Article.",
        "8.   Lorsque les finalités du traitement des données de santé électroniques à caractère personnel "
        "par un détenteur de données de santé ne nécessitent pas ou ne nécessitent plus l’identification "
        "d’une personne concernée par le responsable du traitement, ce détenteur de données de santé n’est "
        "pas tenu de conserver, d’acquérir ou de traiter des informations supplémentaires pour identifier la "
        "personne concernée à la seule fin de respecter le droit de refus prévu par le présent article.",
        "8.   When the purposes of the processing of personal electronic health data by a health data holder "
        "do not or no longer require the identification of a data subject by the controller, that health data "
        "holder shall be obliged to maintain, acquire or process additional information in order to identify "
        "the data subject for the sole purpose of complying with the right to opt out under this Article.",
    ),
    (
        # 32014l0025-a16-05: "excluding" / « soustraire »
        "3.   The choice of the method used to calculate the estimated value of a procurement shall not be "
        "made with the intention of excluding it from the scope of this Directive. A procurement shall not be "
        "subdivided with the effect of preventing it from falling within the scope of this Directive, unless "
        "justified by objective reasons.",
        "3.   Le choix de la méthode pour le calcul de la valeur estimée d’un marché ne peut être effectué "
        "avec l’intention de le soustraire à l’application de la présente directive. Une passation de marché "
        "ne peut être subdivisée de manière à l’empêcher de relever du champ d’application de la présente "
        "directive, sauf si des raisons objectives le justifient.",
        "3.   The choice of the method used to calculate the estimated value of a procurement shall be made "
        "with the intention of excluding it from the scope of this Directive. A procurement shall not be "
        "subdivided with the effect of preventing it from falling within the scope of this Directive, unless "
        "justified by objective reasons.",
    ),
]
_IDS = ["preclude / exclusion", "exemptions / exclusions", "opt out / refus", "excluding / soustraire"]


@pytest.mark.parametrize(("en", "fr", "dropped"), _TURNED, ids=_IDS)
def test_a_faithful_pair_with_words_of_turning_away_is_silent(en: str, fr: str, dropped: str) -> None:
    assert negations(en, fr) == []


@pytest.mark.parametrize(("en", "fr", "dropped"), _TURNED, ids=_IDS)
def test_a_word_of_turning_away_rendered_at_its_place_answers_no_negation(
    en: str, fr: str, dropped: str
) -> None:
    assert negations(dropped, fr) != []
