"""A citation changed beside a relative citation both texts give (issue 15, wide corpus of EU acts).

« aux fins du paragraphe 1, point b) » names the paragraph that "for the purposes of point (b)" leaves implicit,
and an atom one text cites as the context of the other's relative citation is no difference.  But where both
texts give that relative citation ("paragraphs 2 and 3 of this Article" / « paragraphes 2 et 3 du présent
article »), it has its answer, and leaves no context for the other text to omit: the article of "Article 87(3)"
become « l'article 88, paragraphe 3 » is a changed citation, its paragraph 3 matched by the relative one.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import blocking_keys, changed

PAIRS = [
    (
        "1.   Aid for consultancy in favour of SMEs shall be compatible with the common market within the meaning of "
        "Article 87(3) of the Treaty and shall be exempt from the notification requirement of Article 88(3) of the "
        "Treaty, provided that the conditions laid down in paragraphs 2 and 3 of this Article are fulfilled.",
        "1.   Les aides aux services de conseil en faveur des PME sont compatibles avec le marché commun au sens de "
        "l'article 87, paragraphe 3, du traité et sont exemptées de l'obligation de notification prévue à l'article "
        "88, paragraphe 3, du traité, pour autant que les conditions énoncées aux paragraphes 2 et 3 du présent "
        "article soient remplies.",
        ("fr", "l'article 87,", "l'article 88,"),
    ),
    (
        "3.   The Commission shall adopt implementing acts on the structure, format and submission process of "
        "information on national and Union systems for policies and measures and projections pursuant to "
        "paragraphs 1 and 2 of this Article, Article 13 and Article 14(1), and in accordance with relevant "
        "decisions adopted by the bodies of the UNFCCC or the Kyoto Protocol or of agreements deriving from them or "
        "succeeding them. The Commission shall ensure consistency with internationally agreed reporting "
        "requirements as well as the compatibility of Union and international timetables for monitoring and "
        "reporting of that information. Those implementing acts shall be adopted in accordance with the "
        "examination procedure referred to in Article 26(2).",
        "3.   La Commission adopte des actes d'exécution relatifs à la structure, au format et aux modalités de "
        "transmission des informations concernant les systèmes nationaux et de l'Union pour les politiques et "
        "mesures et les projections en vertu des paragraphes 1 et 2 du présent article, de l'article 13 et de "
        "l'article 14, paragraphe 1, et conformément aux décisions applicables adoptées par les organes de la "
        "CCNUCC ou du protocole de Kyoto ou dans le cadre d'accords en découlant ou leur succédant. La Commission "
        "garantit la cohérence avec les exigences en matière de déclaration arrêtées d'un commun accord au niveau "
        "international ainsi que la compatibilité des calendriers de l'Union et des calendriers internationaux "
        "concernant la surveillance et la déclaration de ces informations. Ces actes d'exécution sont adoptés en "
        "conformité avec la procédure d'examen visée à l'article 26, paragraphe 2.",
        ("fr", "de l'article 13", "de l'article 14"),
    ),
    (
        "2.   For credit institutions referred to in paragraph 1, the ECB may periodically review the requirement "
        "referred to in that paragraph and allow an exemption from Article 12(1)(b)(ii) and (iii) of Delegated "
        "Regulation (EU) 2015/61, where the conditions specified in Article 12(3) of that Delegated Regulation have "
        "been met.",
        "2.   En ce qui concerne les établissements de crédit visés au paragraphe 1, la BCE peut réexaminer "
        "périodiquement la disposition figurant dans ce paragraphe et autoriser une exemption de l'article 12, "
        "paragraphe 1, point b), ii) et iii), du règlement délégué (UE) 2015/61 lorsque sont réunies les conditions "
        "fixées à l'article 12, paragraphe 3, dudit règlement délégué.",
        ("fr", "de l'article 12,", "de l'article 13,"),
    ),
    (
        "3.   Where the President of the Boards of Appeal is prevented from acting as chairperson of the Grand Board, "
        "the President of the Boards of Appeal shall be replaced in that function and, as the case may be, as "
        "rapporteur to the Grand Board, on the basis of seniority as determined in accordance with Article 43(1), by "
        "the most senior chairperson of the Boards of Appeal. Where a member of the Grand Board is prevented from "
        "acting, that member shall be replaced by another member of the Boards of Appeal to be designated pursuant "
        "to Article 167(2) of Regulation (EU) 2017/1001 and paragraph 1 of this Article. Article 43(4) and (5) of "
        "this Regulation shall apply mutatis mutandis.",
        "3.   Lorsque le président des chambres de recours est dans l'impossibilité d'agir en tant que président de "
        "la grande chambre du fait d'un empêchement, il est remplacé dans cette fonction et, le cas échéant, en tant "
        "que rapporteur devant la grande chambre, sur la base de l'ancienneté déterminée conformément à l'article "
        "43, paragraphe 1, par le président de chambre le plus ancien. En cas d'empêchement d'un membre de la grande "
        "chambre, ce membre est remplacé par un autre membre des chambres de recours qui doit être désigné "
        "conformément à l'article 167, paragraphe 2, du règlement (UE) 2017/1001 et au paragraphe 1 du présent "
        "article. L'article 43, paragraphes 4 et 5, du présent règlement s'applique mutatis mutandis.",
        ("fr", "l'article 43, paragraphe 1", "l'article 44, paragraphe 1"),
    ),
]
IDS = ["32008r0800-a26", "32013r0525-a12", "32016r0445-a12", "32018r0625-a45"]


@pytest.mark.parametrize(("en", "fr", "change"), PAIRS, ids=IDS)
def test_the_faithful_pair_is_quiet(en: str, fr: str, change: tuple[str, str, str]) -> None:
    assert blocking_keys(en, fr, "cross_reference_mismatch") == []


@pytest.mark.parametrize(("en", "fr", "change"), PAIRS, ids=IDS)
def test_a_changed_article_beside_a_shared_relative_citation_is_caught(
    en: str, fr: str, change: tuple[str, str, str]
) -> None:
    assert change[1] in fr
    assert blocking_keys(*changed(en, fr, change), "cross_reference_mismatch")


def test_a_context_only_one_text_names_is_still_no_difference() -> None:
    # The relative citation is given by one text only: the paragraph the French names is its context.
    en = "The competent authority shall, for the purposes of point (b), take into account the report."
    fr = "Aux fins du paragraphe 1, point b), l'autorité compétente tient compte du rapport."
    assert blocking_keys(en, fr, "cross_reference_mismatch") == []
