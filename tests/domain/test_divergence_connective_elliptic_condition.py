"""A condition said without its verb closes at its comma (issue 15, wide corpus of EU acts).

"Where relevant," "where appropriate and possible," "if appropriate," / « le cas échéant, », « s'il y a lieu, »,
« au besoin, » say a condition with its verb left out ("where [it is] relevant"); the comma after it closes it, and the
words that follow are the main clause.  Official translators say "and" or « ou » in the lists of a main clause as the
phrase reads: those of 32024r1620, 32017r2394 and 32009l0081 below name the same things in both texts.  Still
compared: a connective after a condition said with its verb on either side, one inside a condition after the elliptic
one, and an English "or" against « et » (what "and" made "or" looks like).
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import connectives

_MAIN_CLAUSE = [
    (
        # 32024r1620, Article 35(1)
        "Where relevant, the planning and conducting of assessments shall take due account of the evaluations, "
        "assessments and reports drawn up by international organisations and intergovernmental bodies with competence "
        "in the field of AML/CFT.",
        "Le cas échéant, la planification et la conduite des évaluations tiennent dûment compte des évaluations, "
        "analyses ou rapports établis par des organisations internationales et des organismes intergouvernementaux "
        "compétents en matière de LBC/FT.",
    ),
    (
        # 32017r2394, recital 48
        "Where appropriate and possible, those bodies should use the powers available to them under Union law and "
        "national law to bring about the cessation or prohibition of infringements covered by this Regulation, and to "
        "assist the competent authorities in doing so.",
        "Le cas échéant et dans la mesure du possible, ces organismes devraient faire usage des pouvoirs qui leur ont "
        "été conférés par le droit de l’Union ou le droit national pour faire cesser ou interdire les infractions "
        "couvertes par le présent règlement, et pour aider les autorités compétentes qui œuvrent dans ce sens.",
    ),
    (
        # 32009l0081, Article 39(2)
        "Having regard for the national laws of the Member State where the candidates or tenderers are established, "
        "such requests shall relate to legal and/or natural persons, including, if appropriate, company directors and "
        "any person having powers of representation, decision or control in respect of the candidate or tenderer.",
        "Suivant la législation nationale de l’État membre où les candidats ou soumissionnaires sont établis, ces "
        "demandes porteront sur les personnes morales et/ou sur les personnes physiques, y compris, le cas échéant, "
        "les chefs d’entreprise ou toute personne ayant le pouvoir de représentation, de décision ou de contrôle du "
        "candidat ou du soumissionnaire.",
    ),
]


@pytest.mark.parametrize(
    ("en", "fr"), _MAIN_CLAUSE, ids=["where-relevant", "where-appropriate", "if-appropriate"]
)
def test_a_list_after_a_condition_without_its_verb_is_not_compared(en: str, fr: str) -> None:
    assert connectives(en, fr) == []


_STILL = [
    (
        "Where relevant, the planning and conducting of assessments shall take due account of the evaluations, "
        "assessments and reports drawn up by international organisations.",
        "Lorsque l'Autorité le juge utile, la planification et la conduite des évaluations tiennent dûment compte des "
        "évaluations, analyses ou rapports établis par des organisations internationales.",
        "and|ou",
    ),
    (
        "Where appropriate, the authority shall suspend the permit where the operator and the carrier have failed to "
        "comply.",
        "Le cas échéant, l'autorité suspend l'autorisation lorsque l'exploitant ou le transporteur ne s'est pas "
        "conformé.",
        "and|ou",
    ),
    (
        "Where relevant, the planning and conducting of assessments shall take due account of the evaluations, "
        "assessments or reports drawn up by international organisations and intergovernmental bodies with competence "
        "in the field of AML/CFT.",
        "Le cas échéant, la planification et la conduite des évaluations tiennent dûment compte des évaluations, "
        "analyses et rapports établis par des organisations internationales et des organismes intergouvernementaux "
        "compétents en matière de LBC/FT.",
        "or|et",
    ),
]


@pytest.mark.parametrize(("en", "fr", "key"), _STILL, ids=["french-verb", "inner-condition", "or-et"])
def test_conditions_with_their_verb_still_compared(en: str, fr: str, key: str) -> None:
    assert any(k.endswith(key) for k in connectives(en, fr))
