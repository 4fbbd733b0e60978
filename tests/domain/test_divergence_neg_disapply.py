"""The word "disapply": a rule that does not apply (issue 15: wide corpus of EU acts, 32006l0048, 32014r0625).

Banking law says in one English verb that a requirement is set aside, "may be disapplied by the competent
authorities", "where compliance … is disapplied", "the reason for the disapplication", which French says as the
negation of its verb: « peuvent ne pas appliquer », « ne s'appliquent pas », « la raison pour laquelle elle ne s'applique
pas ».  "disapply" is a negative word of the group of "waive", "derogate": it answers the French negation of "apply".
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "(c) The rules on the treatment of covered bonds may be disapplied by the supervisory authority.",
            "c) l'autorité de surveillance peut ne pas appliquer les règles relatives au traitement des obligations "
            "garanties.",
        ),
        (
            "Where the capital requirement is disapplied for a subsidiary under Article 12, the parent undertaking "
            "shall inform the supervisor.",
            "Lorsque l'exigence de fonds propres ne s'applique pas à une filiale en vertu de l'article 12, "
            "l'entreprise mère en informe l'autorité de surveillance.",
        ),
        (
            "The report shall state the exposures concerned and the reason for the disapplication.",
            "Le rapport indique les expositions concernées et la raison pour laquelle l'exigence ne s'applique pas.",
        ),
    ],
)
def test_disapply_answers_a_negation_of_apply(en: str, fr: str) -> None:
    assert negations(en, fr) == []


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "The supervisory authority may disapply the rules on covered bonds. It shall publish its decision on its "
            "website within one month.",
            "L'autorité de surveillance peut ne pas appliquer les règles relatives aux obligations garanties. Elle ne "
            "publie pas sa décision sur son site internet dans un délai d'un mois.",
        ),
        (
            "The rules on covered bonds may be disapplied by the supervisory authority, which shall inform the "
            "institutions concerned, the other supervisory authorities of the group and the European Banking "
            "Authority and shall publish the reasons for its decision.",
            "L'autorité de surveillance peut ne pas appliquer les règles relatives aux obligations garanties; elle en "
            "informe les établissements concernés, les autres autorités de surveillance du groupe et l'Autorité "
            "bancaire européenne et ne publie pas les motifs de sa décision.",
        ),
    ],
)
def test_a_negation_far_from_disapply_is_still_caught(en: str, fr: str) -> None:
    assert negations(en, fr) != []
