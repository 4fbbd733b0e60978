"""A French text cut short may stop on a noun after an elided article or preposition (« … de l'application »,
« … d'assistance », « … définies à l'article ») or on a word and its comma (« … les dispositions législatives, »)
where the English closes its sentence with a full stop: in a text shorter than usual, its end is missing, as with
any other word in small letters (texts of 32023r0827 Art. 1, 32013r0167 Art. 45(4), 32023l2225 Art. 46(2),
32018r2066 Art. 39(1), 32021r1350 Art. 1, 32006l0048 Art. 157(3), cut short).  A list item that closes on a
comma where the English item closes on a semicolon is complete (32017r0567 Art. 19, 32022r2448 Art. 2)."""

from __future__ import annotations

from tests.domain.divergence_keys import blocking_keys


def cuts(en: str, fr: str) -> list[str]:
    return blocking_keys(en, fr, "length_ratio:cut")


def test_a_french_text_stopping_on_a_noun_after_d_apostrophe_is_cut() -> None:
    en = (
        "‘2.   The waiver shall apply only in relation to new holdings of own funds instruments in a financial "
        "sector entity or eligible liabilities instruments in an institution subject to the financial assistance "
        "operation."
    )
    fr = (
        "«2.   La dérogation s’applique seulement aux nouveaux instruments de fonds propres détenus dans une entité "
        "du secteur financier qui fait l’objet de l’opération d’assistance"
    )
    assert cuts(en, fr) == ["length_ratio:cut:fr"]


def test_a_french_item_stopping_on_a_noun_after_l_apostrophe_is_cut() -> None:
    en = (
        "(b) the possible effect on consumers and after-market manufacturers of the imposition under this Article "
        "of a possible authorisation requirement for parts or equipment."
    )
    fr = (
        "b) l’incidence potentielle sur les consommateurs et les fabricants de pièces et d’équipements de rechange "
        "de l’application"
    )
    assert cuts(en, fr) == ["length_ratio:cut:fr"]


def test_a_french_text_stopping_on_l_article_is_cut() -> None:
    en = (
        "2.   By 20 November 2025, the Commission shall assess the necessity of protecting consumers borrowing and "
        "investing via crowdfunding platforms, as defined in Article 2(1), point (d) of Regulation (EU) 2020/1503, "
        "where those platforms do not act as creditors or credit intermediaries, but facilitate the granting of "
        "credit between consumers."
    )
    fr = (
        "2.   Au plus tard le 20 novembre 2025, la Commission évalue la nécessité de protéger les consommateurs qui "
        "empruntent et investissent par l’intermédiaire de plates-formes de financement participatif, telles "
        "qu’elles sont définies à l’article"
    )
    assert cuts(en, fr) == ["length_ratio:cut:fr"]


def test_a_french_text_stopping_on_a_comma_where_the_english_ends_its_sentence_is_cut() -> None:
    en = (
        "1.   For mixed fuels or materials, the operator may either assume the absence of biomass and apply a "
        "default fossil fraction of 100 %, or determine a biomass fraction in accordance with paragraph 2, "
        "applying tiers as defined in section 2.4 of Annex II."
    )
    fr = (
        "1.   Pour les combustibles ou matières mixtes, l'exploitant peut soit considérer que la part de la "
        "biomasse est nulle et appliquer une fraction fossile par défaut de 100 %,"
    )
    assert cuts(en, fr) == ["length_ratio:cut:fr"]


def test_a_french_text_stopping_on_a_citation_and_its_comma_is_cut() -> None:
    en = (
        "5.   Benchmark administrators may choose not to apply paragraph 2, point (c), and paragraph 4 with respect "
        "to their non-significant benchmarks."
    )
    fr = (
        "5.   Les administrateurs d’indices de référence peuvent choisir de ne pas appliquer les dispositions du "
        "paragraphe 2,"
    )
    assert cuts(en, fr) == ["length_ratio:cut:fr"]


def test_a_french_text_stopping_on_a_noun_and_its_comma_is_cut() -> None:
    en = (
        "3.   Member States shall apply, from 1 January 2008, and no earlier, the laws regulations and "
        "administrative provisions necessary to comply with Articles 87(9) and 105."
    )
    fr = (
        "3.   Les États membres appliquent, à partir du 1er janvier 2008, et pas avant, les dispositions "
        "législatives,"
    )
    assert cuts(en, fr) == ["length_ratio:cut:fr"]


def test_a_french_item_closing_on_a_comma_for_an_english_semicolon_is_no_cut() -> None:
    en = (
        "— the type of the underlying or reference assets and the degree of transparency of the underlying or "
        "reference assets;"
    )
    fr = "— du type d'actifs sous-jacents ou de référence et de leur degré de transparence,"
    assert cuts(en, fr) == []


def test_a_french_definition_closing_on_a_comma_for_an_english_semicolon_is_no_cut() -> None:
    en = (
        "— ‘third party auditing’ means the auditing of an economic operator carried out by a third party that is "
        "independent from the organisation subject to the auditing;"
    )
    fr = (
        "— «audit de troisième partie», l’audit d’un opérateur économique effectué par un tiers indépendant de "
        "l’organisation soumise à l’audit,"
    )
    assert cuts(en, fr) == []


def test_a_complete_french_text_ending_on_an_elided_noun_is_no_cut() -> None:
    en = "The waiver shall apply only to institutions subject to the financial assistance operation."
    fr = (
        "La dérogation s’applique seulement aux établissements qui font l’objet de l’opération d’assistance "
        "financière."
    )
    assert cuts(en, fr) == []
    # Without its full stop, a French text as long as usual is complete too: only a short one has lost its end.
    assert cuts(en, fr.removesuffix(" financière.") + " d’urgence") == []


def test_a_french_item_ending_on_a_comma_and_its_conjunction_is_still_no_cut() -> None:
    en = "(a) the operator has notified the competent authority of the incident within 24 hours."
    fr = "a) l’exploitant a notifié l’incident à l’autorité compétente dans un délai de 24 heures, ou"
    assert cuts(en, fr) == []
