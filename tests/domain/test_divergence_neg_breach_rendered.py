"""obligation_mismatch, negation: an English word of breach ("non-compliance", "non-compliant") and the French
« non-respect », « non conforme », « non-conformité » render each other, as words of one meaning; neither answers a
negation of the other side (examples written for these tests, in the style of EU acts)."""

from __future__ import annotations

import pytest

from mou_review.domain.divergence import ClausePair, Finding, check_pair


def negation(en: str, fr: str) -> list[Finding]:
    return [
        f
        for f in check_pair(ClausePair(en, fr))
        if f.check == "obligation_mismatch" and f.key.startswith("obligation_mismatch:negation")
    ]


# (class, faithful pair, the same pair with the English "not" dropped)
CASES = [
    (
        # « non-respect » renders "non-compliance" further on: it answers no English "not".
        "non-compliance / non-respect, apart",
        (
            "The operator shall not prevent or restrict users from raising any issue of non-compliance by the "
            "operator with any competent authority, including national courts, regarding any of its practices.",
            "L'opérateur n'empêche ni ne restreint la possibilité pour les utilisateurs de faire part à toute "
            "autorité compétente, y compris les juridictions nationales, de tout problème de non-respect par "
            "l'opérateur dans le cadre de ses pratiques.",
        ),
        (
            "The operator shall prevent or restrict users from raising any issue of non-compliance by the "
            "operator with any competent authority, including national courts, regarding any of its practices.",
            "L'opérateur n'empêche ni ne restreint la possibilité pour les utilisateurs de faire part à toute "
            "autorité compétente, y compris les juridictions nationales, de tout problème de non-respect par "
            "l'opérateur dans le cadre de ses pratiques.",
        ),
    ),
    (
        # « non conforme » and « non-conformité » render "non-compliant" and "non-compliance".
        "non-compliant / non conforme",
        (
            "Where the inspector finds that a producer has not met these standards or that a batch is non-compliant, "
            "the producer shall remedy the non-compliance within one month.",
            "Lorsque l'inspecteur constate qu'un producteur n'a pas satisfait à ces normes ou qu'un lot est non "
            "conforme, le producteur remédie à la non-conformité dans un délai d'un mois.",
        ),
        (
            "Where the inspector finds that a producer has met these standards or that a batch is non-compliant, "
            "the producer shall remedy the non-compliance within one month.",
            "Lorsque l'inspecteur constate qu'un producteur n'a pas satisfait à ces normes ou qu'un lot est non "
            "conforme, le producteur remédie à la non-conformité dans un délai d'un mois.",
        ),
    ),
    (
        # Two "non-compliance" against two « non-respect »: the "not" of the first verb needs its own answer.
        "non-compliance twice / non-respect twice",
        (
            "If the operator does not remedy the non-compliance before the audit closes, the auditor shall state "
            "whether the remaining non-compliance affects the figures reported.",
            "Si l'exploitant ne remédie pas au non-respect avant la clôture de l'audit, l'auditeur indique si le "
            "non-respect persistant affecte les chiffres déclarés.",
        ),
        (
            "If the operator remedies the non-compliance before the audit closes, the auditor shall state "
            "whether the remaining non-compliance affects the figures reported.",
            "Si l'exploitant ne remédie pas au non-respect avant la clôture de l'audit, l'auditeur indique si le "
            "non-respect persistant affecte les chiffres déclarés.",
        ),
    ),
]


@pytest.mark.parametrize(("label", "faithful", "dropped"), CASES, ids=[c[0] for c in CASES])
def test_breach_word_rendered_answers_no_negation(
    label: str, faithful: tuple[str, str], dropped: tuple[str, str]
) -> None:
    assert negation(*faithful) == [], label
    assert negation(*dropped), label


def test_french_negation_dropped_beside_breach_words_is_caught() -> None:
    # The words of breach render each other; a French negation dropped beside them is left unanswered.
    en = (
        "Where the inspector finds that a producer has not met these standards or that a batch is non-compliant, "
        "the producer shall remedy the non-compliance within one month."
    )
    fr = (
        "Lorsque l'inspecteur constate qu'un producteur n'a pas satisfait à ces normes ou qu'un lot est non "
        "conforme, le producteur remédie à la non-conformité dans un délai d'un mois."
    )
    assert negation(en, fr) == []
    assert negation(en, fr.replace("n'a pas satisfait", "a satisfait"))


def test_french_negation_dropped_before_a_breach_word_is_caught() -> None:
    # "fails to" needs an answer; « non-conformité » renders "non-compliance", not the failure, so the French
    # « ne … pas » dropped before it leaves "fails" unanswered.
    en = (
        "If the distributor fails to take the corrective measures or where the non-compliance persists, the "
        "authority shall order the withdrawal of the product."
    )
    fr = (
        "Si le distributeur ne prend pas les mesures correctives ou que la non-conformité persiste, l'autorité "
        "ordonne le retrait du produit."
    )
    assert negation(en, fr) == []
    assert negation(en, fr.replace("ne prend pas", "prend"))
