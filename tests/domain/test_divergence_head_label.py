"""The label that heads a clause, typeset differently in each text (issue 15, wide corpus of EU acts).

The Official Journal heads a point with its label in many forms: "(15)" against « 15.) », "8" without its bracket
against « 8) », "(22)" against « “22) » after the opening quote of an amended text. The number of a label is not a
number of the text: neither a number nor a structure mismatch. A label that differs is still a number that differs.
"""

from __future__ import annotations

import pytest

from mou_review.domain.divergence import ClausePair, Finding, Severity, check_pair

SAME_LABEL = [
    (  # 32008L0008, Article 5
        "8 Article 358 shall be replaced by the following:",
        "8) L’article 358 est remplacé par le texte suivant:",
    ),
    (  # 32015R2424, Article 2
        "(15) Rule 87 is deleted;",
        "15.) la règle 87 est supprimée;",
    ),
    (  # 32024R1321, Article 1
        "(23) “EU ETS auditor” means an individual member of a verification team responsible for conducting a "
        "verification of an operator’s or aircraft operator’s report or regulated entity’s report other than the EU "
        "ETS lead auditor;’;",
        "«23) “auditeur SEQE-UE”, un membre d’une équipe de vérification chargée de procéder à la vérification de la "
        "déclaration d’un exploitant ou d’un exploitant d’aéronef ou de la déclaration d’une entité réglementée, autre "
        "que l’auditeur principal SEQE-UE lui-même;».",
    ),
    (  # 32024R1321, Article 1
        "‘(c) the names of the members of the verification team and the scope of the accreditation under which the "
        "operator’s, aircraft operator’s or regulated entity’s activity falls.’;",
        "« c) les noms des membres de l’équipe de vérification et le champ d’accréditation dont relève l’activité de "
        "l’exploitant, de l’exploitant d’aéronef ou de l’entité réglementée.».",
    ),
]


def alarms(en: str, fr: str) -> list[Finding]:
    return [f for f in check_pair(ClausePair(en, fr)) if f.severity is not Severity.INFO]


@pytest.mark.parametrize(("en", "fr"), SAME_LABEL, ids=["bare", "dot-bracket", "quoted", "quoted-letter"])
def test_a_label_typeset_differently_is_the_same_label(en: str, fr: str) -> None:
    assert alarms(en, fr) == []


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (SAME_LABEL[0][0], SAME_LABEL[0][1].replace("8)", "9)")),
        (SAME_LABEL[1][0], "16.) la règle 87 est supprimée;"),
    ],
    ids=["bare", "dot-bracket"],
)
def test_a_different_label_is_still_a_number_mismatch(en: str, fr: str) -> None:
    assert "number_mismatch" in {f.check for f in alarms(en, fr)}


def test_a_letter_without_its_bracket_is_a_word() -> None:
    found = alarms(
        "A person who has been appointed shall inform the competent authority of any change.",
        "a) une personne qui a été désignée informe l’autorité compétente de tout changement.",
    )
    assert "structure_mismatch" in {f.check for f in found}
