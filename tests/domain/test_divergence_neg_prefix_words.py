"""Adjectives negated by their prefix that the lists left out (issue 15: wide corpus of EU acts, 32007l0064,
32013l0030, 32018r0625, 32020r1294; practice set, PSD2).

"incoherent", "inactive", "inescapable" / « n'est pas cohérent », « qui ne mènent pas d'opérations », « auxquels il
n'est pas possible de se soustraire »; « inexistant » / "no or little support": each is a negative adjective, as
"incomplete" / « incomplet » are, which answers the negation of the other language close by, and only that one.  (Not
« indu », « indûment »: "undue delay" / « retard indu », "shall not unduly restrict" / « ne restreignent pas indûment »
say a degree, as "unduly" does, and answer no negation.)
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

_PREFIXED = [
    (
        "and where the unique identifier is found to be incoherent, to refuse the payment order and inform the payer "
        "thereof.",
        "et, s'il apparaît que cet identifiant unique n'est pas cohérent, de refuser l'ordre de paiement et d'en "
        "informer le payeur.",
    ),
    (
        "Member States with offshore waters that are inactive in offshore oil and gas operations should appoint "
        "contact points.",
        "Les États membres côtiers qui ne mènent pas d'opérations pétrolières ou gazières en mer devraient désigner "
        "des points de contact.",
    ),
    (
        "members shall be considered to be prevented from acting in case of leave, sickness, inescapable commitments "
        "and exclusion.",
        "on considère qu'il y a empêchement des membres en cas de congés, de maladie, d'engagements auxquels il n'est "
        "pas possible de se soustraire et d'exclusion.",
    ),
    (
        "(b) the likelihood of the call to result in no or little support being disbursed by the mechanism;",
        "b) la probabilité que l'appel se traduise par le versement d'un soutien faible ou inexistant de la part du "
        "mécanisme;",
    ),
]


@pytest.mark.parametrize(("en", "fr"), _PREFIXED, ids=["incoherent", "inactive", "inescapable", "inexistant"])
def test_a_prefixed_adjective_answers_a_negation(en: str, fr: str) -> None:
    assert negations(en, fr) == []


def test_a_prefixed_adjective_answers_one_negation_only() -> None:
    en = (
        "Member States with offshore waters that are inactive in offshore oil and gas operations should appoint "
        "contact points."
    )
    fr = (
        "Les États membres côtiers qui ne mènent pas d'opérations pétrolières ou gazières en mer ne devraient pas "
        "désigner de points de contact."
    )
    assert negations(en, fr) != []


def test_an_undue_delay_answers_no_negation() -> None:
    en = "the Commission may request information from the Member States, which shall not be supplied without undue delay."
    fr = "la Commission peut demander des informations aux États membres, qui sont fournies sans retard indu."
    assert negations(en, fr) != []
