"""A « ni » that carries on a negation does not swallow the « ne … pas » of a clause of its own after it (issue 15).

« ni X ni Y ne doivent » says one negation, whose verb has a bare « ne »: the French pattern took a « ni » and the
next « ne » within 100 characters as one mark.  After a « ni » that carries on the negation before it (« ne sont pas
tenus de remplir ni de transmettre … s'ils ne disposent pas », « qui n'est ni une entreprise mère ni une filiale et
tout établissement qui n'est pas inclus », « ne divulguent aucun des documents ni leur contenu à une personne qui
n'est pas liée »), the « ne » had its « pas »: the negation of another clause, swallowed into a mark that carries on
the first and needs no answer, so that a "not" dropped from the English went unseen.  A « ne » with its « pas » (or
« point », « jamais ») after it is never the bare « ne » of a « ni » series.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

_PAIRS = [
    # 32020R1208, recital 6 (its third sentence)
    (
        "A Member State need not fill-in and submit the Table on the planned provision of support in the case the "
        "relevant information is not available for the entire Table, inter alia, due to ongoing or outstanding "
        "budgetary processes.",
        "Les États membres ne sont pas tenus de remplir ni de transmettre le tableau concernant le soutien planifié "
        "s’ils ne disposent pas des informations pertinentes pour l’ensemble de ce tableau du fait, notamment, de "
        "procédures budgétaires en cours ou non closes.",
        "is not available",
        "is available",
    ),
    # 32006L0048, Article 68(3)
    (
        "3.   Every credit institution which is neither a parent undertaking, nor a subsidiary, and every credit "
        "institution not included in the consolidation pursuant to Article 73, shall comply with the obligations laid "
        "down in Chapter 5 on an individual basis.",
        "3.   Tout établissement de crédit qui n'est ni une entreprise mère ni une filiale et tout établissement de "
        "crédit qui n'est pas inclus dans le périmètre de consolidation en vertu de l'article 73 se conforment aux "
        "obligations prévues au chapitre 5 sur une base individuelle.",
        "institution not included",
        "institution included",
    ),
    # 32023R0814, Article 8(7), point (d)
    (
        "(d) Specified external legal and economic counsel and external technical experts shall not disclose any of "
        "the documents provided or their content to any natural or legal person that is not bound by the terms of "
        "disclosure and shall not use any of the documents provided or their content other than for the purposes "
        "referred to in Article 8(8) below.",
        "d) les conseils juridiques et économiques externes et les experts techniques externes désignés ne divulguent "
        "aucun des documents fournis ni leur contenu à une personne physique ou morale qui n’est pas liée par les "
        "modalités de divulgation et n’utilisent aucun des documents fournis ou leur contenu à d’autres fins que "
        "celles mentionnées à l’article 8, paragraphe 8, ci-dessous;",
        "that is not bound",
        "that is bound",
    ),
]


@pytest.mark.parametrize(
    ("en", "fr", "old", "new"), _PAIRS, ids=["s'ils ne disposent pas", "n'est pas inclus", "n'est pas liée"]
)
def test_an_english_not_dropped_against_a_negation_after_ni_is_caught(
    en: str, fr: str, old: str, new: str
) -> None:
    assert negations(en, fr) == []
    assert negations(en.replace(old, new), fr) != []
