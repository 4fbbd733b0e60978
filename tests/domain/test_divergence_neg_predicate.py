"""A negative adjective that is the predicate of its clause answers a negation anywhere in the sentence (issue 15).

English negates the modal or the copula at the start of a clause where French says a negative adjective as its
predicate at the end (« Le transfert … est impossible » for "It shall not be possible to transfer …", « se révèle
temporairement impossible » for "it is … temporarily not feasible"), or the other way round ("are incompatible with"
for « n'est pas compatible avec »): the two stand far apart in a faithful pair. A negative adjective after a copula
negates its clause as a negation does (it names no term, unlike "non-financial" or « non conformes »): in a sentence
that says no negation of its own, it answers a negation left anywhere in the sentence, and one only.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

_PREDICATE = [
    (
        "2.   It shall not be possible to transfer allowances from operator or personal holding accounts into "
        "retirement accounts.",
        "2.   Le transfert de quotas d'un compte de dépôt d'exploitant ou de personne vers un compte de retrait est "
        "impossible.",
    ),
    (
        "1.   Where it is for technical reasons temporarily not feasible to apply the tier in the monitoring plan for "
        "the activity data or each calculation factor of a fuel or material stream as approved by the competent "
        "authority, the operator concerned shall apply the highest achievable tier.",
        "1.   Lorsque, pour des raisons techniques, l'application du niveau indiqué, pour les données d'activité et "
        "pour chaque facteur de calcul d'un flux de combustible ou de matière, dans le plan de surveillance approuvé "
        "par l'autorité compétente se révèle temporairement impossible, l'exploitant concerné applique le niveau le "
        "plus élevé possible.",
    ),
    (
        "(c) when the periods laid down for the restricted procedure and negotiated procedure with publication of a "
        "contract notice, including the shortened periods referred to in Article 33(7), are incompatible with the "
        "urgency resulting from a crisis.",
        "c) lorsque l'urgence résultant de situations de crise n'est pas compatible avec les délais exigés par les "
        "procédures restreintes et négociées avec publication d'un avis de marché, y compris les délais réduits visés "
        "à l'article 33, paragraphe 7.",
    ),
]


@pytest.mark.parametrize(
    ("en", "fr"), _PREDICATE, ids=["est impossible", "se révèle impossible", "incompatible"]
)
def test_a_predicate_negative_adjective_answers_the_negation(en: str, fr: str) -> None:
    assert negations(en, fr) == []


def test_a_predicate_negative_adjective_answers_one_negation_only() -> None:
    en, fr = _PREDICATE[0]
    en = en.replace("accounts.", "accounts, and the registry shall not record them.")
    fr = fr.replace("impossible.", "impossible, et le registre les enregistre.")
    assert negations(en, fr) != []


def test_a_negative_adjective_of_a_term_answers_only_close_by() -> None:
    # « non conformes » is an attribute of its noun, not the predicate: it does not answer from afar
    en = (
        "4.   Aid shall not be granted for hydropower installations which were built before the entry into force of "
        "Directive 2000/60/EC of the European Parliament and of the Council and which are notified."
    )
    fr = (
        "4.   Les aides en faveur d'installations hydroélectriques construites avant l'entrée en vigueur de la "
        "directive 2000/60/CE du Parlement européen et du Conseil et notifiées, non conformes, sont autorisées."
    )
    assert negations(en, fr) != []
