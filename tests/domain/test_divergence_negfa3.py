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


# The reasons of a negation said before in the sentence name that negation again (issue 15): "its reasons for not doing
# so" / « des motifs de son inaction », "an explanation as to why the information is not provided" / « en lui en
# expliquant les raisons », « des raisons pour lesquelles il ne le fait pas » / "the reasons therefor".  The other
# language may leave them to a pronoun or a noun; the first negation still needs its answer.
_REASONS = [
    (
        # 32018l1972-a38-14
        "Where the Commission has not adopted a decision within a further year from any recommendation adopted "
        "pursuant to the second subparagraph, it shall inform the European Parliament and the Council of its reasons "
        "for not doing so, and make those reasons public.",
        "Lorsque, dans un nouveau délai d’un an à compter de toute recommandation adoptée en vertu du deuxième "
        "alinéa, la Commission n’a pas adopté de décision, elle informe le Parlement européen et le Commission des "
        "motifs de son inaction et les rends publics.",
    ),
    (
        # 32019r2175-a1-537 (its first sentences)
        "The Authority shall assess those requests and provide the information requested by competent authorities on "
        "a need-to-know basis and in a timely manner. Where the Authority does not provide the requested information, "
        "it shall inform the requesting competent authority and give an explanation as to why the information is not "
        "provided.",
        "L’Autorité évalue ces demandes et fournit en temps utile les informations demandées par les autorités "
        "compétentes en fonction de leur besoin d’en connaître. Lorsque l’Autorité ne fournit pas les informations "
        "demandées, elle en informe l’autorité compétente à l’origine de la demande en lui en expliquant les raisons.",
    ),
    (
        # p6-eu-sfdr-a7-05 (practice)
        "2.   Where a financial market participant applies point (b) of Article 4(1), the disclosures referred to in "
        "Article 6(3) shall include for each financial product a statement that the financial market participant "
        "does not consider the adverse impacts of investment decisions on sustainability factors and the reasons "
        "therefor.",
        "2.   Lorsqu’un acteur des marchés financiers applique l’article 4, paragraphe 1, point b), les informations à "
        "publier visées à l’article 6, paragraphe 3, comprennent, pour chaque produit financier, une déclaration "
        "indiquant que l’acteur des marchés financiers ne prend pas en compte les incidences négatives des décisions "
        "d’investissement sur les facteurs de durabilité ainsi qu’une explication des raisons pour lesquelles il ne le "
        "fait pas.",
    ),
]


@pytest.mark.parametrize(
    ("en", "fr"), _REASONS, ids=["reasons for not doing so", "as to why", "pour lesquelles"]
)
def test_the_reasons_of_a_negation_said_before_need_no_answer(en: str, fr: str) -> None:
    assert negations(en, fr) == []


def test_the_negation_whose_reasons_are_given_still_needs_an_answer() -> None:
    en = _REASONS[2][0].replace("does not consider", "considers")
    assert negations(en, _REASONS[2][1]) != []
