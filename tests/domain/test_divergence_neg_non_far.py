"""A « non » / "non-" word answers a negation far from it in its sentence (issue 15, wide corpus of EU acts).

« non liées », « non trompeuses », "non-CO2" negate the noun they qualify and stand where that noun stands. English
says the same negation before the noun or in a clause after it ("requirements which are not linked", "not
misleading … information"), French after the noun, or the other way round (« les incidences … qui ne sont pas
liées au CO2 »); in a long sentence the two end up further apart than a negation is looked for. Where the side of
the « non » word says no negation of its own, that word now answers a negation of an attribute (a "not" with no
verb of its own, or in a relative clause, « qui ne sont pas ») left anywhere in the sentence; never a negation of
a verb ("shall not", « ne s'applique pas »), which a dropped or added negation of the other side may leave alone.
A negation dropped beside it, or the « non » dropped, is still caught.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

_FAR = [
    # 32009L0073, Article 52(g)
    (
        "(g) the need for possible harmonisation requirements which are not linked to the provisions of this "
        "Directive.",
        "g) la nécessité de dispositions non liées aux dispositions de la présente directive qu’il pourrait s’avérer "
        "nécessaire d’adopter en matière d’harmonisation.",
    ),
    # 32025R0422, recital 3 (its first sentence)
    (
        "(3) It is important that investors receive accurate, fair, clear, not misleading, simple, concise and "
        "comparable information on the impacts of the technologies underpinning issuance of crypto-assets on the "
        "climate and the environment.",
        "(3) Il importe que les informations que reçoivent les investisseurs sur les incidences sur le climat et sur "
        "l’environnement des technologies qui sous-tendent l’émission des crypto-actifs soient exactes, impartiales, "
        "claires, non trompeuses, simples, concises et comparables.",
    ),
    # 32024R1774, recital 21
    (
        "(21) To ensure that ICT-related incidents are detected in time, financial entities referred to in Title II "
        "of this Regulation should consider the criteria identified for triggering the detection of and responses to "
        "ICT-related incidents as not exhaustive. Moreover, while financial entities should consider each of those "
        "criteria, the circumstances described in the criteria should not need to occur simultaneously and the "
        "importance of the affected ICT services should be appropriately considered to trigger ICT-related incident "
        "detection and response processes.",
        "(21) Pour que les incidents liés aux TIC soient détectés à temps, il convient que les entités financières "
        "visées au titre II du présent règlement considèrent comme non exhaustifs les critères définis pour le "
        "déclenchement de la détection des incidents liés aux TIC et des réponses à ces incidents. En outre, les "
        "entités financières devraient certes tenir compte de chacun de ces critères, mais elles ne devraient pas "
        "considérer que les circonstances qu’ils décrivent doivent nécessairement exister simultanément, et "
        "l’importance des services TIC concernés devrait être dûment prise en considération pour déclencher les "
        "processus de détection des incidents liés aux TIC et de réponse à ces incidents.",
    ),
    # 32013R0525, recital 27 (its second sentence): the "non-" word in English
    (
        "In the light of the rapidly developing scientific understanding of those impacts, an updated assessment of "
        "the non-CO2 impacts of aviation on the global climate should be performed regularly in the context of this "
        "Regulation.",
        "Compte tenu de l'évolution rapide des connaissances scientifiques concernant ces incidences, il convient de "
        "procéder périodiquement, dans le cadre du présent règlement, à une réévaluation des incidences de l'aviation "
        "sur le climat mondial qui ne sont pas liées au CO2.",
    ),
]


@pytest.mark.parametrize(
    ("en", "fr"), _FAR, ids=["which are not linked", "not misleading", "as not exhaustive", "non-CO2"]
)
def test_a_non_word_answers_a_negation_far_from_it(en: str, fr: str) -> None:
    assert negations(en, fr) == []


def test_a_negation_dropped_beside_it_is_still_caught() -> None:
    en, fr = _FAR[2]
    assert negations(en, fr.replace("elles ne devraient pas considérer", "elles devraient considérer")) != []
    en, fr = _FAR[1]
    assert negations(en, fr.replace("non trompeuses", "trompeuses")) != []
    en, fr = _FAR[0]
    assert negations(en, fr.replace("non liées", "liées")) != []
