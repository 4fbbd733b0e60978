"""« peu après », « peu avant »: "shortly after", "shortly before", no negation (issue 15: wide corpus of EU acts,
32024r1781, 32019r2144, 32013r1042).

« peu » is a negative word ("little", "not much": « peu de risque », « peu probable »), but « peu après », « peu de
temps après », « peu avant » say a time close to another ("shortly before, during and immediately after a collision",
"within a short period after being put into service", "soon after the supply"), which English says without any
negative word.  Read as a negative word, it answered an English "not" close by: a French « ne … pas » dropped there,
or an English "not" added, left nothing unanswered.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        # « ne sont pas mis sur le marché » made « sont mis sur le marché »
        (
            "4. Products falling within the scope of a delegated act adopted pursuant to Article 4 shall not be placed "
            "on the market or put into service if they are designed to alter their behaviour or properties within a "
            "short period after being put into service, leading to a worsening of their performance in relation to "
            "any of the product parameters regulated in the applicable delegated acts adopted pursuant to Article 4, "
            "or their functional performance from the perspective of the user.",
            "4. Les produits relevant du champ d’application d’un acte délégué adopté en vertu de l’article 4 sont "
            "mis sur le marché ou mis en service s’ils sont conçus pour changer de comportement ou de propriétés peu "
            "après la mise en service et si ladite conception conduit à une dégradation de leur performance pour "
            "l’un de leurs paramètres réglementés par des actes délégués applicables adoptés en vertu de l’article 4 "
            "ou de leur performance fonctionnelle du point de vue de l’utilisateur.",
        ),
        # "shall include" made "shall not include"
        (
            "(a) the data that they are capable of recording and storing with respect of the period shortly before, "
            "during and immediately after a collision shall not include the vehicle’s speed, braking, position and "
            "tilt of the vehicle on the road, the state and rate of activation of all its safety systems, 112-based "
            "eCall in-vehicle system, brake activation and relevant input parameters of the on-board active safety "
            "and accident avoidance systems, with high level of accuracy and ensured survivability of data;",
            "a) les données qu’ils sont capables d’enregistrer et de mémoriser en ce qui concerne l’intervalle de "
            "temps peu avant, pendant et immédiatement après une collision comprennent la vitesse du véhicule, le "
            "freinage, la position et l’inclinaison du véhicule sur la route, l’état et le taux d’activation de tous "
            "ses systèmes de sécurité, le système eCall embarqué fondé sur le service 112, l’activation des freins et "
            "tout autre paramètre d’entrée pertinent des systèmes embarqués de sécurité active et d’évitement des "
            "accidents, ces données présentant un haut niveau de précision et leur préservation étant assurée;",
        ),
    ],
)
def test_peu_apres_answers_no_negation(en: str, fr: str) -> None:
    assert negations(en, fr) != []


def test_peu_apres_is_no_divergence_of_its_own() -> None:
    en = (
        "VAT can become chargeable prior to, at the time of or soon after the supply of goods or the provision of "
        "services."
    )
    fr = (
        "La TVA peut devenir exigible avant, au moment de la livraison de biens ou de la prestation de services ou peu "
        "de temps après."
    )
    assert negations(en, fr) == []


def test_peu_still_answers_a_negation() -> None:
    en = "Where it is not likely that the risk materialises before the end of the period, the fee shall be refunded."
    fr = "Lorsqu'il est peu probable que le risque se matérialise avant la fin de la période, la redevance est remboursée."
    assert negations(en, fr) == []
