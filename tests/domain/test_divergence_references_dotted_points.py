"""A point numbered in levels ("point 4.4") may be written with a dot after its last level ("points 4.3., 4.4.,
4.5.", « annexe VIII, point 5.1.f) »): the dot closes the number, it is no sentence end nor decimal.

Annex VII to the AI Act numbers its points in levels, and both the Act and its amendment cite them with a trailing
dot in English (2024/1689 Article 43(3), 2026/1744); the Basic Regulation on civil aviation cites « point 5.1.f) »
in French for "point 5.1(f)" (2018/1139 Article 43(2)).  The reference reader stopped at the dot, and the points
after it looked like amounts or like points the other text does not cite.  A different point still differs.
"""

from __future__ import annotations

from tests.domain.divergence_keys import blocking_keys, references

AI_EN = (
    "3.   For high-risk AI systems covered by the Union harmonisation legislation listed in Section A of Annex I, the "
    "provider shall follow the relevant conformity assessment procedure as required under those legal acts. The "
    "requirements set out in Section 2 of this Chapter shall apply to those high-risk AI systems and shall be part "
    "of that assessment. Points 4.3., 4.4., 4.5. and the fifth paragraph of point 4.6 of Annex VII shall also apply."
)
AI_FR = (
    "3.   Pour les systèmes d’IA à haut risque couverts par la législation d’harmonisation de l’Union dont la liste "
    "figure à l’annexe I, section A, le fournisseur suit la procédure d’évaluation de la conformité pertinente selon "
    "les modalités requises par ces actes juridiques. Les exigences énoncées à la section 2 du présent chapitre "
    "s’appliquent à ces systèmes d’IA à haut risque et font partie de cette évaluation. Les points 4.3, 4.4 et 4.5 "
    "de l’annexe VII ainsi que le point 4.6, cinquième alinéa, de ladite annexe s’appliquent également."
)
AMEND_EN = (
    "‘3.   For high-risk AI systems covered by the Union harmonisation legislation listed in Section A of Annex I, "
    "the provider of the system shall follow the relevant conformity assessment procedure as required in accordance "
    "with the relevant Union harmonisation legislation. The requirements set out in Section 2 of this Chapter shall "
    "apply to those high-risk AI systems and shall be part of that assessment. Assessment of the quality management "
    "system set out in Article 17 shall also be undertaken, and points 3, 4.3, 4.4. and 4.5, the fifth paragraph of "
    "point 4.6 and point 5 of Annex VII shall apply."
)
AMEND_FR = (
    "«3.   Pour les systèmes d'IA à haut risque couverts par la législation d'harmonisation de l'Union dont la "
    "liste figure à l'annexe I, section A, le fournisseur du système suit la procédure d'évaluation de la conformité "
    "pertinente selon les modalités requises conformément à la législation d'harmonisation de l'Union applicable. "
    "Les exigences énoncées à la section 2 du présent chapitre s'appliquent à ces systèmes d'IA à haut risque et "
    "font partie de cette évaluation. L'évaluation du système de gestion de la qualité prévue à l'article 17 est "
    "également effectuée, et les points 3, 4.3, 4.4 et 4.5, le cinquième paragraphe du point 4.6 et le point 5 de "
    "l'annexe VII s'appliquent."
)
ATM_EN = (
    "(a) the specific rules and procedures for the provision of ATM/ANS in compliance with the essential requirements "
    "referred to in Article 40, including the establishment and implementation of the contingency plan in "
    "accordance with point 5.1(f) of Annex VIII;"
)
ATM_FR = (
    "a) les règles et procédures spécifiques de fourniture de services GTA/SNA en conformité avec les exigences "
    "essentielles visées à l'article 40, y compris l'établissement et la mise en œuvre du plan d'urgence "
    "conformément à l'annexe VIII, point 5.1.f);"
)
PAIRS = [(AI_EN, AI_FR), (AMEND_EN, AMEND_FR), (ATM_EN, ATM_FR)]


def test_a_dot_after_a_point_number_in_levels_ends_no_citation() -> None:
    for en, fr in PAIRS:
        assert references(en, fr) == []
        assert blocking_keys(en, fr, "number_mismatch") == []


def test_another_point_still_differs() -> None:
    assert references(AI_EN.replace("4.5. and", "4.7. and"), AI_FR) != []
    assert references(AMEND_EN.replace("4.4. and", "4.8. and"), AMEND_FR) != []
    assert references(ATM_EN, ATM_FR.replace("5.1.f)", "5.1.g)")) != []


def test_a_dotted_number_at_a_sentence_end_is_still_a_sentence_end() -> None:
    en = "The operator shall apply point 4.4. The operator shall also inform the authority."
    fr = "L'exploitant applique le point 4.4. Il informe également l'autorité."
    assert references(en, fr) == []
