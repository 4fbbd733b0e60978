"""The French preposition « à » inside a noun's complement is no verb (issue 15, wide corpus of EU acts).

Two nouns that complement one noun are said under one preposition in English ("the assessment of the applicant's
fitness for employment and professional competence") and with « de » before each in French (« l'évaluation de
l'aptitude à l'emploi ou de la compétence professionnelle »): the connective joins no conditions.  A verb between the
first « de » and the « ou » would make the « ou » join clauses; folded, with its accent dropped, the preposition « à »
reads as the verb « a ».  The verb is read in the text, where « à » keeps its accent.  (The pairs below are written for
these tests.)
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import connectives

_COMPLEMENTS = [
    (
        "Where the findings are relevant to the assessment of the applicant's fitness for employment and professional "
        "competence, the report shall be sent to the supervisor.",
        "Lorsque les constatations sont pertinentes pour l'évaluation de l'aptitude à l'emploi ou de la compétence "
        "professionnelle du demandeur, le rapport est transmis au superviseur.",
    ),
    (
        "Where the measure restricts the exercise of the freedom of information and freedom of expression, the "
        "authority shall state its reasons.",
        "Lorsque la mesure restreint l'exercice du droit à l'information ou de la liberté d'expression, l'autorité "
        "motive sa décision.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), _COMPLEMENTS, ids=["aptitude-a", "droit-a"])
def test_the_preposition_a_inside_a_complement_is_no_verb(en: str, fr: str) -> None:
    assert connectives(en, fr) == []


def test_the_verb_a_between_the_complements_still_joins_clauses() -> None:
    en = (
        "Where the findings are relevant to the assessment of the applicant's fitness for employment and professional "
        "competence, the report shall be sent to the supervisor."
    )
    fr = (
        "Lorsque les constatations sont pertinentes pour l'évaluation de l'aptitude qu'il a acquise ou de la "
        "compétence professionnelle du demandeur, le rapport est transmis au superviseur."
    )
    assert any(k.endswith("and|ou") for k in connectives(en, fr))
