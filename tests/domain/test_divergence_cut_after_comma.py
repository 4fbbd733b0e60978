"""After its comma a list item ends on the conjunction that joins it to the next ("…; or", « …, et »), never on an
article, a preposition, a pronoun or a negation: a French text that stops on « …, les », « …, de » or « …, ne » where
the English ends its sentence has lost its end, and so has one that stops on the head of a citation whose number is
gone (« … l'article 107, paragraphe ») in a text shorter than usual (texts of 32023r1113 Art. 7(4), 32025r0417
recital 4, 32026l0374 Art. 1, 32023r1114 Art. 121(1), 32014r0651 Art. 46(4), 32025l0001 Art. 26(1), cut short)."""

from __future__ import annotations

from tests.domain.divergence_keys import blocking_keys


def cuts(en: str, fr: str) -> list[str]:
    return blocking_keys(en, fr, "length_ratio:cut")


def test_a_french_item_stopping_on_an_article_after_its_comma_is_cut() -> None:
    en = (
        "(b) for transfers of funds where the payment service provider of the payer is established outside the "
        "Union, the information referred to in Article 4(1), points (a), (b) and (c), and Article 4(2), points (a) "
        "and (b);"
    )
    fr = (
        "b) pour les transferts de fonds pour lesquels le prestataire de services de paiement du donneur d’ordre "
        "est établi en dehors de l’Union, les"
    )
    assert cuts(en, fr) == ["length_ratio:cut:fr"]


def test_a_french_recital_stopping_on_an_article_after_a_comma_is_cut() -> None:
    en = (
        "(4) To ensure fair conditions for all types of investors, both qualified investors and retail holders, "
        "regarding the access to order management facilities, trading platforms for crypto assets may offer "
        "reserve and stop orders directly through their trading platform when certain conditions are met."
    )
    fr = (
        "(4) Afin de garantir des conditions équitables pour tous les types d’investisseurs, qu’il s’agisse "
        "d’investisseurs qualifiés ou de détenteurs de détail, en ce qui concerne l’accès aux mécanismes de "
        "gestion des ordres, les"
    )
    assert cuts(en, fr) == ["length_ratio:cut:fr"]


def test_a_french_text_stopping_on_a_preposition_after_a_comma_is_cut() -> None:
    en = (
        "Member States shall ensure that investment firms take the necessary remedial actions where assessments "
        "reveal a lack of quality, usability, value of the research or lack of contribution of the research to a "
        "better investment decision.’"
    )
    fr = (
        "Les États membres veillent à ce que les entreprises d’investissement prennent les mesures correctives "
        "nécessaires lorsque les évaluations révèlent un manque de qualité, de"
    )
    assert cuts(en, fr) == ["length_ratio:cut:fr"]


def test_a_french_text_stopping_on_ne_after_a_comma_is_cut() -> None:
    en = (
        "The powers conferred on EBA by Articles 122 to 125, or on any official or other person authorised by "
        "EBA, shall not be used to require the disclosure of information which is subject to legal privilege."
    )
    fr = (
        "Les pouvoirs conférés à l’ABE par les articles 122 à 125, ou à tout agent de l’ABE ou toute autre "
        "personne mandatée par l’ABE, ne"
    )
    assert cuts(en, fr) == ["length_ratio:cut:fr"]


def test_a_french_text_stopping_on_the_head_of_a_citation_after_a_comma_is_cut() -> None:
    en = (
        "4.   The aid intensity for the production plant may be increased by 15 percentage points for investments "
        "located in assisted areas fulfilling the conditions of Article 107(3)(a) of the Treaty and by 5 percentage "
        "points for investments located in assisted areas fulfilling the conditions of Article 107(3)(c) of the "
        "Treaty."
    )
    fr = (
        "4.   L'intensité de l'aide en faveur de l'installation de production peut être majorée de 15 points de "
        "pourcentage pour les investissements effectués dans des zones assistées remplissant les conditions de "
        "l'article 107, paragraphe"
    )
    assert cuts(en, fr) == ["length_ratio:cut:fr"]


def test_a_french_article_stopping_on_paragraphe_after_a_comma_is_cut() -> None:
    en = (
        "1.   Member States shall ensure that resolution authorities have the powers necessary to apply the "
        "resolution tools to an entity referred to in Article 1(1), points (a) to (e), that meets the conditions "
        "for resolution referred to in Article 19(1) or Article 20(3)."
    )
    fr = (
        "1.   Les États membres veillent à ce que les autorités de résolution disposent des pouvoirs nécessaires "
        "pour appliquer les instruments de résolution à une entité visée à l’article 1er, paragraphe"
    )
    assert cuts(en, fr) == ["length_ratio:cut:fr"]


def test_an_item_ending_on_its_conjunction_after_a_comma_is_no_cut() -> None:
    en = "(a) the operator has notified the competent authority of the incident within 24 hours; or"
    fr = "a) l’exploitant a notifié l’incident à l’autorité compétente dans un délai de 24 heures, ou"
    assert cuts(en, fr) == []
