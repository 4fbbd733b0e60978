"""The number that ends a cross-reference is no quantity before "or" (issue 15, wide corpus of EU acts).

"one or both", "two or more": a number just before "or" says how many, and the "or" joins no conditions.  But "in
accordance with Articles 31 to 35 or shall notify", "referred to in paragraph 2, or the elements": the number ends a
cross-reference, and the "or" after it joins two parts of the condition as any other does.  An English "or" there
against a French sentence that joins the parts by « et », or by no connective at all, may change the condition.
"""

from __future__ import annotations

import pytest

from mou_review.domain.divergence import ClausePair, Severity, check_pair


def connectives(en: str, fr: str) -> list[str]:
    """Return the keys of the connective findings at warning or error on a pair."""
    return [
        f.key
        for f in check_pair(ClausePair(en, fr))
        if f.severity is not Severity.INFO and f.key.startswith("obligation_mismatch:connective")
    ]


# (32008r0994, 32014r0909: the English "and" of the official text made "or")
_AFTER_A_REFERENCE = [
    (
        "2.   The Commission may instruct the Central Administrator to temporarily suspend a process referred to in "
        "Article 31(1) initiated by a registry if that process is not being executed in accordance with Articles 31 "
        "to 35 and shall immediately notify the administrator of the registry thereof.",
        "2.   La Commission peut donner instruction à l'administrateur central de suspendre temporairement un "
        "processus visé à l’article 31, paragraphe 1, engagé par un registre, si ce processus n'est pas exécuté "
        "conformément aux articles 31 à 35. Elle en informe immédiatement l’administrateur du registre concerné.",
        "35 and",
    ),
    (
        "3.   ESMA shall, in close cooperation with the members of the ESCB, develop draft regulatory technical "
        "standards to specify the risks to be taken into account by CSDs when carrying out a comprehensive risk "
        "assessment, and by competent authorities when assessing the reasons for refusal in accordance with "
        "paragraph 2, and the elements of the procedure referred to in paragraph 2.",
        "3.   L’AEMF élabore, en étroite coopération avec les membres du SEBC, des projets de normes techniques de "
        "réglementation visant à préciser les risques dont les DCT doivent tenir compte lorsqu’ils réalisent une "
        "évaluation exhaustive des risques, l’évaluation par les autorités compétentes des motifs de refus "
        "conformément au paragraphe 2 et les éléments de la procédure visée au paragraphe 2.",
        "2, and",
    ),
]


@pytest.mark.parametrize(("en", "fr", "said"), _AFTER_A_REFERENCE, ids=["articles 31 to 35", "paragraph 2"])
def test_an_or_after_the_number_of_a_reference_is_compared(en: str, fr: str, said: str) -> None:
    assert connectives(en, fr) == []
    assert connectives(en.replace(said, said.replace("and", "or")), fr) != []


def test_an_or_after_a_quantity_still_joins_no_conditions() -> None:
    en = "Where one or both of the requirements are not met, the authority shall refuse the application."
    fr = "Lorsque l’une des deux exigences n’est pas remplie, l’autorité refuse la demande."
    assert connectives(en, fr) == []
