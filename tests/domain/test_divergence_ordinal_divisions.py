"""A division cited by its rank rather than its number: « le deuxième paragraphe du présent article » for "paragraph 2
of this Article", « la première partie du formulaire » for "the first part of the form".  French may cite a paragraph
by the ordinal before « paragraphe » as before « alinéa »; both languages name a part of a document by its ordinal,
which French reads as a division (« la troisième partie » is "Part Three").  The same citation in both texts: no
cross-reference differs and no number is added.  A rank that names another division is still reported."""

from __future__ import annotations

from mou_review.domain.divergence import ClausePair, Severity, check_pair


def keys(en: str, fr: str) -> list[str]:
    """Return the keys of the findings at warning or error on a pair."""
    return [f.key for f in check_pair(ClausePair(en, fr)) if f.severity is not Severity.INFO]


def test_a_paragraph_cited_by_its_french_ordinal_is_the_numbered_paragraph() -> None:
    en = (
        "3.   Where the carrier referred to in paragraph 2 of this Article is not established in the Union, "
        "that carrier shall designate a representative in the Member State of arrival."
    )
    fr = (
        "3.   Lorsque le transporteur visé au deuxième paragraphe du présent article n’est pas établi dans l’Union, "
        "ce transporteur désigne un représentant dans l’État membre d’arrivée."
    )
    assert keys(en, fr) == []


def test_a_later_paragraph_cited_by_its_french_ordinal() -> None:
    en = "5.   Where the vessel is exempted in accordance with Article 12, paragraph 4 of this Article shall not apply."
    fr = (
        "5.   Lorsque le navire est exempté conformément à l’article 12, le quatrième paragraphe du présent article "
        "ne s’applique pas."
    )
    assert keys(en, fr) == []


def test_another_paragraph_cited_by_its_french_ordinal_still_differs() -> None:
    en = (
        "3.   Where the carrier referred to in paragraph 2 of this Article is not established in the Union, "
        "that carrier shall designate a representative in the Member State of arrival."
    )
    fr = (
        "3.   Lorsque le transporteur visé au troisième paragraphe du présent article n’est pas établi dans l’Union, "
        "ce transporteur désigne un représentant dans l’État membre d’arrivée."
    )
    assert any(k.startswith("cross_reference_mismatch:en:paragraph 2") for k in keys(en, fr))


def test_the_first_part_of_a_form_is_the_same_part_in_both_texts() -> None:
    en = "The main features of the loan shall be set out in the first part of the standard information sheet."
    fr = "Les principales caractéristiques du prêt figurent dans la première partie de la fiche d’information normalisée."
    assert keys(en, fr) == []


def test_another_part_of_a_form_still_differs() -> None:
    en = (
        "The main features of the loan shall be set out in the second part of the standard information sheet."
    )
    fr = "Les principales caractéristiques du prêt figurent dans la première partie de la fiche d’information normalisée."
    assert "cross_reference_mismatch:fr:section 1" in keys(en, fr)
