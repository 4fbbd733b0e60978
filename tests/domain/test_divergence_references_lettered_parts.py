"""Lettered parts of an annex cited before an ordinary word (issue 15, wide corpus).

"Annex V parts B or C as the case may be", « l'annexe VII, partie A pour les marchés de travaux », "Annex IX Part A to
Directive (EU) 2018/2001": a capital letter after a part or section keyword, or later in its list, is the part's
value whatever word follows it.  The capital tells it from a word (« partie à l'accord », "parts b and c" in lower
case are no citation), and a changed letter is still a divergence.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import references


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            # 32014l0024-a28-01
            "1.   In restricted procedures, any economic operator may submit a request to participate in response to a "
            "call for competition containing the information set out in Annex V parts B or C as the case may be by "
            "providing the information for qualitative selection that is requested by the contracting authority.",
            "1.   Dans une procédure restreinte, tout opérateur économique peut soumettre une demande de participation "
            "en réponse à un avis d’appel à la concurrence contenant les informations visées à l’annexe V, partie B ou "
            "C, le cas échéant„ en fournissant les informations aux fins de la sélection qualitative qui sont réclamées "
            "par le pouvoir adjudicateur.",
        ),
        (
            # 32014l0024-a79-05
            "3.   The notices referred to in paragraphs 1 and 2 of this Article shall be published in accordance with "
            "Article 51(2) to (6) and Article 52. They shall include the information set out respectively in Annex V "
            "parts E and F in the format of the standard forms.",
            "3.   Les avis visés aux paragraphes 1 et 2 sont publiés conformément aux dispositions de l’article 51, "
            "paragraphes 2 à 6, et de l’article 52. Ils contiennent les informations prévues respectivement à l’annexe "
            "V, parties E et F, sous la forme de formulaires types.",
        ),
        (
            # 32009l0081-a40-01 (shortened)
            "it may be requested to provide a declaration on oath or a certificate as described in Part A of Annex VII "
            "for works contracts, Part B of Annex VII for supply contracts and Part C of Annex VII for service "
            "contracts.",
            "il peut être invité à fournir une déclaration sous serment ou un certificat ainsi qu’il est indiqué à "
            "l’annexe VII, partie A pour les marchés de travaux, partie B pour les marchés de fournitures et partie C "
            "pour les marchés de services.",
        ),
        (
            # 32022r0996-r005 (shortened)
            "A product group can comprise the types of ligno-cellulosic material covered under point q of Annex IX "
            "Part A to Directive (EU) 2018/2001.",
            "Un groupe de produits peut comprendre les types de matières ligno-cellulosiques visées à l’annexe IX, "
            "partie A, point q), de la directive (UE) 2018/2001.",
        ),
    ],
    ids=["parts B or C as", "parts E and F in", "partie A pour", "Part A to"],
)
def test_a_lettered_part_before_a_word_is_cited(en: str, fr: str) -> None:
    assert references(en, fr) == []


def test_a_changed_letter_is_still_caught() -> None:
    en = "They shall include the information set out respectively in Annex V parts E and F in the format of forms."
    fr = "Ils contiennent les informations prévues respectivement à l’annexe V, parties E et G, sous la forme de formulaires."
    assert references(en, fr) == ["cross_reference_mismatch:en:section f|fr:section g"]


def test_a_changed_first_part_a_is_still_caught() -> None:
    en = "a certificate as described in Part A of Annex VII for works contracts."
    fr = "un certificat ainsi qu’il est indiqué à l’annexe VII, partie B pour les marchés de travaux."
    assert references(en, fr) == ["cross_reference_mismatch:en:section a|fr:section b"]


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "Each Party shall inform the other Party of the measures.",
            "Chaque partie à l’accord informe l’autre partie des mesures.",
        ),
        (
            "The contracting parties shall apply the rules.",
            "Les parties à la convention appliquent les règles.",
        ),
        ("The other Party has notified the measure.", "L’autre Partie a notifié la mesure."),
    ],
    ids=["partie à l'accord", "parties à la convention", "la Partie a notifié"],
)
def test_a_party_or_a_verb_is_no_part(en: str, fr: str) -> None:
    assert references(en, fr) == []
