"""A French negation in an indirect question asks the same question as the positive (issue 15, wide corpus).

« vérifier si la taille … n'a pas été déterminée de manière à … » and "examine whether the size … has been determined
in such a way as to …" ask one question: whether it has or has not, the answer is the reader's. French drafting often
puts the answer it fears in the question (« si … ne devraient quand même pas solliciter », « si le financement … ne
risque pas de détourner »), which English asks positively. Such a negation answers a negation of the other side but
needs no answer. A negation of a condition (« si tel n'est pas le cas », « et, si … ») or of a relative clause inside
the question (« qui ne sont pas agréées ») still needs one.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

_QUESTIONS = [
    # 32009R1060, recital 32 (its second sentence)
    (
        "The competent authorities should examine, in particular, whether the size of a credit rating agency has been "
        "determined in such a way as to avoid compliance with the requirements of this Regulation by the credit rating "
        "agency or by a group of credit rating agencies.",
        "Les autorités compétentes devraient, en particulier, vérifier si la taille d’une agence de notation de crédit "
        "n’a pas été déterminée de manière à permettre à l’agence ou à un groupe d’agences de notation de crédit "
        "d’éviter de se conformer aux exigences du présent règlement.",
    ),
    # 32017R0592, recital 13 (its first sentence; 32021R1833, recital 13, says the same): a relative clause negated on
    # both sides inside the question
    (
        "(13) The rationale of the ancillary activity tests is to check whether persons within a group that are not "
        "authorised in accordance with Directive 2014/65/EU should apply for an authorisation due to the relative or "
        "absolute size of their activity in commodity derivatives, emission allowances and derivatives thereof.",
        "(13) La finalité de ces tests du caractère accessoire de certaines activités est de vérifier si certaines "
        "personnes d'un groupe qui ne sont pas agréées en vertu de la directive 2014/65/UE ne devraient quand même pas "
        "solliciter un tel agrément en raison de la taille relative ou absolue de leurs activités de négociation en "
        "dérivés sur matières premières, quotas d'émission et dérivés sur quotas d'émission.",
    ),
    # 32020L1828, recital 52 (its second sentence): the third question of a series
    (
        "This is necessary to enable courts or administrative authorities to assess whether third-party funding, "
        "insofar as allowed in accordance with national law, complies with the conditions provided for in this "
        "Directive, whether there is a conflict of interest between the third party funding provider and the qualified "
        "entity that poses a risk of abusive litigation, and whether the funding by a third party that has an economic "
        "interest in the bringing of the representative action for redress measures or its outcome would divert the "
        "representative action away from the protection of the collective interests of consumers.",
        "Cela est nécessaire pour permettre aux juridictions ou aux autorités administratives d’évaluer si le "
        "financement par des tiers, dans la mesure où il est autorisé par le droit national, répond aux conditions "
        "prévues par la présente directive, s’il existe un conflit d’intérêts entre le tiers bailleur de fonds et "
        "l’entité qualifiée qui constitue un risque de recours abusif, et si le financement par un tiers ayant un "
        "intérêt économique dans l’introduction ou dans l’issue de l’action représentative visant à obtenir des mesures "
        "de réparation ne risque pas de détourner l’action représentative de la protection des intérêts collectifs des "
        "consommateurs.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), _QUESTIONS, ids=["vérifier si", "relative inside", "series"])
def test_negation_of_an_indirect_question_needs_no_answer(en: str, fr: str) -> None:
    assert negations(en, fr) == []


def test_negation_of_a_relative_clause_inside_the_question_still_needs_an_answer() -> None:
    en, fr = _QUESTIONS[1]
    assert negations(en.replace("that are not authorised", "that are authorised"), fr) != []


def test_negation_of_a_condition_after_a_question_still_needs_an_answer() -> None:
    en = (
        "(f) assess whether the techniques used by the institution to build a surface are sound and, where part of "
        "the surface is derived by extrapolation, verify the volatility of the returns;"
    )
    fr = (
        "f) évaluer si les techniques utilisées par l’établissement pour construire une surface sont solides et, si "
        "une partie de la surface n’est pas dérivée par extrapolation, vérifier la volatilité des rendements;"
    )
    assert negations(en, fr) != []


def test_negated_verb_of_a_question_is_no_bare_word_of_its_meaning() -> None:
    # 32016R0908, Article 6(b): both sides negate the question, « ne contreviennent pas » / "do not contravene"
    en = (
        "(b) the extent to which the market practice could facilitate the evaluation of prices and orders entered into "
        "the order book and whether the transactions to be carried out or orders to be introduced for its performance "
        "as an AMP do not contravene the trading rules of the corresponding trading venue;"
    )
    fr = (
        "b) la mesure dans laquelle la pratique de marché pourrait faciliter l'évaluation des prix et des ordres "
        "enregistrés dans le carnet d'ordres et la question de savoir si les transactions à exécuter ou les ordres à "
        "introduire pour son utilisation en tant que PMA ne contreviennent pas aux règles de négociation de la "
        "plate-forme de négociation correspondante;"
    )
    assert negations(en, fr) == []
