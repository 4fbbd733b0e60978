"""Citations of the wide corpus of EU acts (issue 15) that English and French write differently but read alike.

- a capital in brackets after "point" is a symbol ("the attachment point (A)"), never point a;
- after a point written in brackets, a number with its paragraph in brackets is the next article
  ("Article 181(1), point (b), or 182(1), point (b)");
- an article's number set in brackets like its paragraph ("Article (6)(1)") is still its number;
- a remark between commas after "and" leaves a list of points going on ("(e) and, where applicable, (f)").
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import citations


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            # 32017r2401-a1-311
            "1.   For the purposes of Subsection 3, institutions shall set the attachment point (A) at the threshold "
            "at which losses within the pool of underlying exposures would start to be allocated to the relevant "
            "securitisation position.",
            "1.   Aux fins de la sous-section 3, les établissements fixent le point d’attachement (A) comme étant le "
            "seuil à partir duquel les pertes du panier d’expositions sous-jacentes commencent à être affectées à la "
            "position de titrisation concernée.",
        ),
        (
            # 32021r0558-a1-59 (shortened)
            "‘6.   For the purposes of calculating the attachment points (A) and detachment points (D) of a synthetic "
            "securitisation, the originator institution shall treat the exposure value referred to in point (e) of "
            "Article 248(1) as a tranche.",
            "«6.   Pour calculer les points d’attachement (A) et les points de détachement (D) d’une titrisation "
            "synthétique, l’établissement initiateur traite la valeur exposée au risque visée à l’article 248, "
            "paragraphe 1, point e), comme une tranche.",
        ),
    ],
    ids=["attachment point (A)", "attachment points (A) and detachment points (D)"],
)
def test_a_capital_after_point_is_a_symbol(en: str, fr: str) -> None:
    assert citations(en, fr) == []


def test_a_lower_case_point_is_still_cited() -> None:
    en = "in accordance with point (a) of Article 248(1)"
    fr = "conformément à l’article 248, paragraphe 1, point b)"
    assert citations(en, fr) != []


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            # 32021r0930-a1-01
            "1.   For the purposes of Article 181(1), point (b), or 182(1), point (b) of Regulation (EU) No 575/2013, an "
            "economic downturn shall be identified for each type of exposure, as defined in Article 142(1), point (2), "
            "of that Regulation.",
            "1.   Aux fins de l’article 181, paragraphe 1, point b), ou de l’article 182, paragraphe 1, point b), du "
            "règlement (UE) no575/2013, un ralentissement économique est identifié pour chaque type d’expositions, au "
            "sens de l’article 142, paragraphe 1, point 2), dudit règlement.",
        ),
        (
            # 32025r1143-a19-h
            "Information on the members of the management body (Articles 27da(2), point (d) and 27f(2) of Regulation "
            "(EU) No 600/2014)",
            "Informations sur les membres de l’organe de direction [Article 27 quinquies bis, paragraphe 2, point d), "
            "et article 27 septies, paragraphe 2, du règlement (UE) no 600/2014]",
        ),
        (
            # 32024l1760-r061 (shortened)
            "Such documentation should include the prevention and/or corrective action plan pursuant to Articles "
            "10(2), point (a), and 11(3), point (b).",
            "Cette documentation devrait comprendre le plan d’action en matière de prévention ou de mesures "
            "correctives visé à l’article 10, paragraphe 2, point a), et à l’article 11, paragraphe 3, point b).",
        ),
    ],
    ids=["or 182(1), point (b)", "and 27f(2)", "and 11(3), point (b)"],
)
def test_an_article_after_a_bracketed_point(en: str, fr: str) -> None:
    assert citations(en, fr) == []


def test_the_next_article_is_still_compared() -> None:
    en = "For the purposes of Article 181(1), point (b), or 182(1), point (b) of Regulation (EU) No 575/2013."
    fr = (
        "Aux fins de l’article 181, paragraphe 1, point b), ou de l’article 183, paragraphe 1, point b), du "
        "règlement (UE) no 575/2013."
    )
    assert citations(en, fr) != []


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            # 32018r1639-a6-03
            "(b) the register of conflicts of interest referred to in Article (8)(1)(b) of this Regulation;",
            "b) le registre des conflits d'intérêts visé à l'article 8, paragraphe 1, point b), du présent règlement;",
        ),
        (
            # 32024l1799-a4-20 (shortened)
            "(b) information requirements laid down in Article 5(1), point (b), and Article (6)(1), points (b) and "
            "(c), of Directive 2011/83/EU;",
            "b) les obligations d’information établies à l’article 5, paragraphe 1, point b), et à l’article 6, "
            "paragraphe 1, points b) et c), de la directive 2011/83/UE;",
        ),
        (
            # 32025r1535-r001 (shortened)
            "(1) Pursuant to Article (2) of Regulation (EU) 2024/2847, the application of that Regulation may be "
            "limited or excluded.",
            "(1) En vertu de l’article 2 du règlement (UE) 2024/2847, l’application dudit règlement peut être limitée "
            "ou exclue.",
        ),
    ],
    ids=["Article (8)(1)(b)", "and Article (6)(1)", "Article (2)"],
)
def test_an_article_number_in_brackets(en: str, fr: str) -> None:
    assert citations(en, fr) == []


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            # 32024r0436-a13-20 (shortened)
            "(iii) evaluate how the compliance officer performed their tasks with respect to Article 41(3), points "
            "(b), (d), (e) and, where applicable, (f), of Regulation (EU) 2022/2065;",
            "iii) évalue la manière dont le responsable de la conformité a exécuté les tâches qui lui incombent en "
            "application de l’article 41, paragraphe 3, points b), d), e) et, le cas échéant, point f), du règlement "
            "(UE) 2022/2065;",
        ),
        (
            # 32011l0035-a27-03
            "(b) at least 1 month before the date specified in point (a), all shareholders of the acquiring company "
            "must be entitled to inspect the documents specified in points (a), (b) and, where applicable, (c), (d) "
            "and (e) of Article 11(1) at the company’s registered office;",
            "b) tous les actionnaires de la société absorbante doivent avoir le droit, un mois au moins avant la date "
            "indiquée au point a), de prendre connaissance des documents mentionnés à l’article 11, paragraphe 1, "
            "points a) et b) et, le cas échéant, à l’article 11, paragraphe 1, points c), d) et e), au siège social "
            "de la société;",
        ),
        (
            # 32026r1744-a3-06 (shortened)
            "high-risk AI systems which comply with the relevant harmonised standards referenced, or common "
            "specifications adopted pursuant to Articles 40 and, respectively, 41 of Regulation (EU) 2024/1689",
            "les systèmes d'IA à haut risque qui sont conformes aux normes harmonisées pertinentes référencées à "
            "l'article 40 du règlement (UE) 2024/1689 ou aux spécifications communes adoptées en vertu de l'article "
            "41 de ce même règlement",
        ),
    ],
    ids=["and, where applicable, (f)", "and, where applicable, (c), (d) and (e)", "and, respectively, 41"],
)
def test_a_remark_after_and_goes_on_with_the_list(en: str, fr: str) -> None:
    assert citations(en, fr) == []


def test_a_point_after_the_remark_is_still_compared() -> None:
    en = "with respect to Article 41(3), points (b), (d), (e) and, where applicable, (f), of Regulation (EU) 2022/2065"
    fr = "en application de l’article 41, paragraphe 3, points b), d) et e), du règlement (UE) 2022/2065"
    assert citations(en, fr) != []


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            # 32023r1315-a1-405
            "(a) concerning light-duty road vehicles: a clean vehicle as defined in Article 4, point (4)(a), of "
            "Directive 2009/33/EC of the European Parliament and of the Council;",
            "a) en ce qui concerne les véhicules utilitaires légers: un véhicule propre au sens de l’article 4, point "
            "4), lettre a), de la directive 2009/33/CE du Parlement européen et du Conseil;",
        ),
        (
            # 32026r1731-a2-11 (shortened)
            "‘1.   The signatures or seals can be validated by means of a certificate listed in accordance with "
            "Annex II section 2, point (1), letter (h) of Implementing Regulation (EU) 2024/2980.’",
            "«1.   Les signatures ou cachets peuvent être validés au moyen d’un certificat énuméré conformément à la "
            "section 2, point 1), h), de l’annexe II du règlement d’exécution (UE) 2024/2980.»",
        ),
    ],
    ids=["point 4), lettre a)", "point (1), letter (h)"],
)
def test_a_point_cited_as_its_letter(en: str, fr: str) -> None:
    assert citations(en, fr) == []


def test_the_letter_is_still_compared() -> None:
    en = "a clean vehicle as defined in Article 4, point (4)(a), of Directive 2009/33/EC;"
    fr = "un véhicule propre au sens de l’article 4, point 4), lettre b), de la directive 2009/33/CE;"
    assert citations(en, fr) != []
