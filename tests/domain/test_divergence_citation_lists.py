"""Lists of citations in the wide corpus of EU acts (issue 15) that French writes item by item.

- « au » after a comma, with the keyword repeated, starts the next item of a list, not the end of a range
  (« au paragraphe 1, au paragraphe 3 ou au paragraphe 4 » cites no paragraph 2);
- the last paragraph of a list is not the next article when the list goes on to other paragraphs after a
  comma and a connective or an article (« paragraphes 1, 2, 4, 5 et 6, et au paragraphe 1 du présent article »);
- the word « via » after a citation is no roman numeral VI with a suffix.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import citations


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            # 32014l0059-a30-13
            "8.   In the absence of a decision by EBA within three days, individual decisions taken in accordance "
            "with paragraph 1 or 3, or the third subparagraph of paragraph 4, shall apply.",
            "8.   En l’absence de décision de l’ABE dans un délai de trois jours, les décisions individuelles prises "
            "conformément au paragraphe 1, au paragraphe 3 ou au paragraphe 4, troisième alinéa, s’appliquent.",
        ),
        (
            # 32024l1760-a14-14 (shortened)
            "6.   Member States shall ensure that companies are allowed to fulfil the obligations laid down in "
            "paragraph 1, the first subparagraph of paragraph 3, and paragraph 5, through participation in "
            "collaborative complaints procedures.",
            "6.   Les États membres veillent à ce que les entreprises soient autorisées à remplir les obligations "
            "prévues au paragraphe 1, au paragraphe 3, premier alinéa, et au paragraphe 5, en prenant part à des "
            "procédures collaboratives de plainte.",
        ),
    ],
    ids=["au paragraphe 1, au paragraphe 3 ou", "au paragraphe 1, au paragraphe 3, premier alinéa"],
)
def test_au_after_a_comma_is_the_next_item(en: str, fr: str) -> None:
    assert citations(en, fr) == []


def test_a_range_with_au_is_still_read() -> None:
    en = "in accordance with paragraph 1 or 3"
    fr = "conformément aux dispositions du paragraphe 1 au paragraphe 3"
    assert citations(en, fr) != []


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            # 32015r2424-a1-967 (shortened; 32017r1001-a140-03 copies it)
            "3.   The Office shall check whether the conversion requested fulfils the conditions set out in this "
            "Regulation, in particular Article 112(1), (2), (4), (5) and (6), and paragraph 1 of this Article.",
            "3.   L'Office vérifie si la transformation demandée remplit les conditions énoncées dans le présent "
            "règlement, notamment à l'article 112, paragraphes 1, 2, 4, 5 et 6, et au paragraphe 1 du présent "
            "article.",
        ),
        (
            # 32009l0029-a1-237
            "1.   Without prejudice to the application of Article 28(3) and (4), paragraphs 2 to 7 of this Article "
            "shall apply.",
            "1.   Sans préjudice de l’application de l’article 28, paragraphes 3 et 4, les paragraphes 2 à 7 du présent "
            "article s’appliquent.",
        ),
        (
            # 32025r1192-a1-394 (shortened)
            "(a) the operator’s evidence demonstrating compliance of zero-rated biomass fuels with the criteria laid "
            "down in Article 29(2) to (7) and (10) of Directive (EU) 2018/2001;",
            "a) les éléments fournis par l’exploitant pour démontrer que les combustibles sont conformes aux critères "
            "établis à l’article 29, paragraphes 2 à 7, et paragraphe 10, de la directive (UE) 2018/2001;",
        ),
    ],
    ids=["et 6, et au paragraphe 1", "3 et 4, les paragraphes 2 à 7", "2 à 7, et paragraphe 10"],
)
def test_the_last_paragraph_of_a_list_is_no_article(en: str, fr: str) -> None:
    assert citations(en, fr) == []


def test_the_next_article_with_its_paragraphs_is_still_read() -> None:
    en = "in accordance with Articles 31(2) to (4) and 33(2) to (6)"
    fr = "conformément aux articles 31, paragraphes 2 à 4, et 32, paragraphes 2 à 6"
    assert citations(en, fr) != []


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            # 32019l0944-a20-06 (shortened)
            "(e) data shall be made available to them, in accordance with the implementing acts adopted pursuant to "
            "Article 24, through a standardised communication interface or through remote access;",
            "e) les données sont mises à leur disposition, conformément aux actes d'exécution adoptés en vertu de "
            "l'article 24, via une interface de communication normalisée ou via un accès à distance;",
        ),
        (
            # 32024r1789-a84-72
            "(d) notified an explicit request to the Commission and to the competent authorities of all Member States "
            "with which it is connected either directly or pursuant to paragraph 2 via a third country, accompanied by "
            "a description of the implemented measures referred to in point (c) of this paragraph.",
            "d) a notifié à la Commission et aux autorités compétentes de tous les États membres avec lesquels il est "
            "connecté soit directement, soit, en vertu du paragraphe 2, via un pays tiers, une demande explicite "
            "accompagnée d’une description des mesures mises en œuvre visées au point c) du présent paragraphe;",
        ),
    ],
    ids=["l'article 24, via", "du paragraphe 2, via"],
)
def test_via_after_a_citation_is_a_word(en: str, fr: str) -> None:
    assert citations(en, fr) == []


def test_an_inserted_roman_article_is_still_cited() -> None:
    en = "in accordance with Article VIa of the Convention"
    fr = "conformément à l'article VI de la convention"
    assert citations(en, fr) != []
