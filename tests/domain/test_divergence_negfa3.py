"""A French series of infinitives or gerunds that says its preposition and its negation again at each item (issue 15).

"by not establishing, implementing or maintaining" / « en n'établissant pas, en ne mettant pas en œuvre et en ne tenant
pas à jour », "may not carry out a transaction, establish a business relationship or carry out the transaction" / « de
n'exécuter aucune transaction, de n'établir aucune relation d'affaires ou de n'exécuter aucune transaction »: English
says one negation over a series of verbs, French says it again at each verb after its preposition (« en », « de »);
the later ones carry on the first, as « ne le publie pas, ne le diffuse pas ou ne le transmet pas » does.  An English
side with no negation at all still leaves the French negated.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

_SERIES = [
    (
        # p6-eu-dora-a60-27 (practice)
        "(b) a trade repository infringes Article 79(2) by not establishing, implementing or maintaining an adequate "
        "business continuity policy and disaster recovery plan established in accordance with Regulation (EU) "
        "2022/2554, aiming to ensure the maintenance of its functions, the timely recovery of operations and the "
        "fulfilment of the trade repository’s obligations;’;",
        "b) un référentiel central enfreint l’article 79, paragraphe 2, en n’établissant pas, en ne mettant pas en "
        "œuvre et en ne tenant pas à jour une politique adéquate de continuité des activités et un plan de "
        "rétablissement après sinistre établis conformément au règlement (UE) 2022/2554, visant à assurer la "
        "poursuite de ses fonctions, la reprise rapide de ses activités et le respect de ses obligations;»;",
    ),
    (
        # p6-eu-dora-a59-05 (practice)
        "‘12. The credit rating agency infringes Article 6(2), in conjunction with point 4 of Section A of Annex I, by "
        "not having sound administrative or accounting procedures, internal control mechanisms, effective procedures "
        "for risk assessment, or effective control or safeguard arrangements for managing ICT systems in accordance "
        "with Regulation (EU) 2022/2554; or by not implementing or maintaining decision-making procedures or "
        "organisational structures as required by that point.’.",
        "«12. L’agence de notation de crédit enfreint l’article 6, paragraphe 2, en liaison avec l’annexe I, section "
        "A, point 4, en ne disposant pas de procédures comptables ou administratives saines, de mécanismes de contrôle "
        "interne, de procédures efficaces d’évaluation des risques ou de dispositifs efficaces de contrôle ou de "
        "sauvegarde pour une gestion des systèmes de TIC conforme au règlement (UE) 2022/2554; ou en ne mettant pas en "
        "œuvre ou en ne maintenant pas les procédures de prise de décision ou les structures organisationnelles "
        "requises par ledit point.».",
    ),
    (
        # 32005l0060-a9-05
        "5.   Member States shall require that, where the institution or person concerned is unable to comply with "
        "points (a), (b) and (c) of Article 8(1), it may not carry out a transaction through a bank account, "
        "establish a business relationship or carry out the transaction, or shall terminate the business "
        "relationship, and shall consider making a report to the financial intelligence unit (FIU) in accordance with "
        "Article 22 in relation to the customer.",
        "5.   Les États membres imposent à tout établissement ou personne concerné qui n'est pas en mesure de se "
        "conformer à l'article 8, paragraphe 1, points a) à c), de n'exécuter aucune transaction par compte "
        "bancaire, de n'établir aucune relation d'affaires ou de n'exécuter aucune transaction, ou de mettre un terme "
        "à la relation d'affaires et d'envisager de transmettre une déclaration sur le client concerné à la CRF, "
        "conformément à l'article 22.",
    ),
]


@pytest.mark.parametrize(
    ("en", "fr"), _SERIES, ids=["en ne (dora a60)", "en ne after semicolon", "de n' aucune"]
)
def test_a_negation_said_again_at_each_item_of_a_series_needs_no_answer(en: str, fr: str) -> None:
    assert negations(en, fr) == []


def test_a_french_series_against_an_english_one_with_no_negation_is_still_negated() -> None:
    en = (
        "(b) a trade repository infringes Article 79(2) by establishing, implementing or maintaining an adequate "
        "business continuity policy;"
    )
    fr = (
        "b) un référentiel central enfreint l’article 79, paragraphe 2, en n’établissant pas, en ne mettant pas en "
        "œuvre et en ne tenant pas à jour une politique adéquate de continuité des activités;"
    )
    assert negations(en, fr) != []
