"""As many sentences on both sides, but one French sentence less than half as long as its English counterpart: French
split a long English sentence in two and lost the second half (texts of 32024r1620 recital 65, 32022r0439 recital 26,
32009r0207 Art. 135(2), without their last French sentence).  French runs longer than English; it never says a
sentence in half its words.  Where a French sentence runs far longer than its English one, the sentences do not pair in
order (32014r0529 recital 2) and nothing is told."""

from __future__ import annotations

from tests.domain.divergence_keys import blocking_keys


def sentences(en: str, fr: str) -> list[str]:
    return blocking_keys(en, fr, "structure_mismatch:sentences")


def test_a_recital_whose_last_french_sentence_lost_its_second_half() -> None:
    en = (
        "(65) The Executive Director of the Authority should be appointed by the Executive Board based on a "
        "shortlist drawn up by the Commission. To enable an optimal choice, the shortlist should comprise at least "
        "two candidates, selected by the Commission based on the grounds of merit and documented high-level "
        "administrative, budgetary and management skills, to be demonstrated by the shortlisted candidates during "
        "an open selection procedure. The Executive Director of the Authority should be a senior administrative "
        "staff member of the Authority, in charge of the day-to-day management of the Authority, and responsible "
        "for budget administration, procurement, and recruitment and staffing."
    )
    fr = (
        "(65) Le directeur exécutif de l’Autorité devrait être nommé par le conseil exécutif, à partir d’une liste "
        "restreinte établie par la Commission. Pour permettre un choix optimal, la liste restreinte devrait "
        "comprendre au moins deux candidats, sélectionnés par la Commission sur la base du mérite et de compétences "
        "administratives, budgétaires et de gestion de haut niveau attestées, dont les candidats présélectionnés "
        "devront faire preuve au cours d’une procédure de sélection ouverte. Le directeur exécutif devrait être un "
        "membre du personnel administratif d’un niveau élevé de la hiérarchie de l’Autorité."
    )
    assert sentences(en, fr) == ["structure_mismatch:sentences:3-3"]


def test_a_recital_that_lost_the_clause_after_its_semicolon() -> None:
    en = (
        "(26) In the case of institutions using own-LGD estimates internal requirements for collateral management "
        "should be generally consistent with the requirements of Section 3, Chapter 4, Title II in Part three of "
        "Regulation (EU) No 575/2013. Competent authorities should focus on the requirements of collateral "
        "valuation and legal certainty because it is important to ensure regular and reliable valuation of "
        "collateral, and that the valuation reflects the real market value under current market conditions. The "
        "frequency and character of revaluation should be adjusted to the type of collateral, as outdated or "
        "inaccurate evaluation might lead to the underestimation of risk relating to the credit exposures. It is "
        "also crucial to ensure that the collateral is legally effective and enforceable in all relevant "
        "jurisdictions. In the contrary case, the exposure should be treated as unsecured; if such collateral is "
        "recognised in the risk quantification, it may lead to the underestimation of risk."
    )
    fr = (
        "(26) Dans le cas des établissements utilisant leurs propres estimations de LGD, les exigences internes de "
        "gestion des sûretés devraient être globalement conformes aux exigences de la troisième partie, titre II, "
        "chapitre 4, section 3, du règlement (UE) no 575/2013. Les autorités compétentes devraient se concentrer "
        "sur les exigences d’évaluation des sûretés et de sécurité juridique, car il importe que l’évaluation des "
        "sûretés soit régulière et fiable, et qu’elle tienne compte de la valeur de marché réelle dans les "
        "conditions actuelles du marché. La fréquence et la nature de la réévaluation devraient être adaptées au "
        "type de sûreté, car une évaluation obsolète ou inexacte pourrait conduire à une sous-estimation du risque "
        "lié aux expositions de crédit. Il importe également de veiller à ce que la sûreté soit juridiquement "
        "effective et exécutoire dans toutes les juridictions concernées. Dans le cas contraire, l’exposition "
        "devrait être traitée comme non garantie."
    )
    assert sentences(en, fr) == ["structure_mismatch:sentences:5-5"]


def test_an_article_whose_second_sentence_renders_only_the_first_english_one() -> None:
    en = (
        "2.   The decisions of the Boards of Appeal shall be taken by three members, at least two of whom are legally "
        "qualified. In certain specific cases, decisions shall be taken by an enlarged Board chaired by the "
        "President of the Boards of Appeal or by a single member, who must be legally qualified."
    )
    fr = (
        "2.   Les chambres de recours prennent leurs décisions en chambre composée de trois membres. Au moins deux "
        "de ces membres sont juristes."
    )
    assert sentences(en, fr) == ["structure_mismatch:sentences:2-2"]


def test_sentences_that_do_not_pair_in_order_tell_nothing() -> None:
    en = (
        "(2) As to the latter there is no indication in Regulation (EU) No 575/2013 on the timing of notification "
        "of the extension or change, i.e. whether the change should be notified before or after its "
        "implementation. Such a distinction between extensions and changes subject to notification before "
        "implementation and extensions and changes subject to notification after implementation, would be "
        "prudent. This in return would also reduce the supervisory burden on the institutions' side."
    )
    fr = (
        "(2) Pour ce qui est de ces dernières, le règlement (UE) no 575/2013 est muet. Autrement dit, il ne précise "
        "pas si la modification de l'extension doit être notifiée avant ou après sa mise en œuvre. Une telle distinction entre les extensions et modifications soumises à notification avant "
        "leur mise en œuvre et celles soumises à notification après leur mise en œuvre serait prudente, ce qui "
        "réduirait la charge administrative pesant sur les établissements en matière de surveillance."
    )
    assert sentences(en, fr) == []
