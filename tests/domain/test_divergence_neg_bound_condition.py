"""A negation before a condition turns no bound of that condition (issue 15).

"shall not apply where the relevant product benchmark sub-installation does not contribute to more than 20 %" / « ne
s'applique pas lorsque la sous-installation … ne contribue pas à plus de 20 % », "has no equity instrument traded … if
the nominal value … does not exceed EUR 50 million" / « dont aucun instrument … n'est négocié … si la valeur nominale
… ne dépasse pas 50 millions d'EUR »: a negation said before "where", "if", "when", « lorsque », « si » negates its own
clause, and the bound of the condition after it is the condition's own, whatever that negation says.  Such a bound was
left uncompared, as one that a negation further back in its clause may turn ("does not deviate from the price … by
more than"), and with the French « ne … pas » of the bound dropped (« contribue à plus de 20 % », a minimum for the
English maximum) nothing was reported.  (Not after an exception, "unless", « à moins que », « sauf si », which the
other language may say with the negation before it as one restriction, « ne … que si »: its bound stays uncompared.)
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import changed, obligations

# (English, French, the French « ne … pas » dropped)
_CONDITIONS = [
    (
        # 32024r0873-a1-316
        "2.   Paragraph 1, first subparagraph, shall not apply where the relevant product benchmark "
        "sub-installation does not contribute to more than 20 % of the sum of all sub-installations’ preliminary "
        "annual numbers of emission allowances allocated free of charge in respect of the period from 2021 to 2025, "
        "calculated in accordance with Article 16, paragraphs 2 to 5.",
        "2.   Le paragraphe 1, premier alinéa, ne s’applique pas lorsque la sous-installation avec référentiel de "
        "produit concernée ne contribue pas à plus de 20 % de la somme des nombres annuels provisoires de quotas "
        "d’émission alloués à titre gratuit de toutes les sous-installations pour la période 2021-2025, calculés "
        "conformément à l’article 16, paragraphes 2 à 5.",
        ("fr", "ne contribue pas", "contribue"),
    ),
    (
        # 32019r1011-a1-03
        "‘2.   An issuer that has no equity instrument traded on any trading venue shall be deemed an SME for the "
        "purposes of Article 4(1)(13) of Directive 2014/65/EU if the nominal value of its debt issuances over the "
        "previous calendar year, on all trading venues across the Union, does not exceed EUR 50 million.’;",
        "«2.   Un émetteur dont aucun instrument de capitaux propres n'est négocié sur une plate-forme de "
        "négociation est réputé être une PME aux fins de l'article 4, paragraphe 1, point 13), de la directive "
        "2014/65/UE si la valeur nominale de ses émissions de titres de créance au cours de l'année civile "
        "précédente sur l'ensemble des plates-formes de négociation de l'Union ne dépasse pas 50 millions d'EUR.»",
        ("fr", "ne dépasse pas", "dépasse"),
    ),
    (
        # 32014r0651-a8-02
        "2.   Where Union funding centrally managed by the institutions, agencies, joint undertakings or other "
        "bodies of the Union that is not directly or indirectly under the control of the Member State is combined "
        "with State aid, only the latter shall be considered for determining whether notification thresholds and "
        "maximum aid intensities or maximum aid amounts are respected, provided that the total amount of public "
        "funding granted in relation to the same eligible costs does not exceed the most favourable funding rate "
        "laid down in the applicable rules of Union law.",
        "2.   Lorsqu'un financement de l'Union géré au niveau central par les institutions, les agences, des "
        "entreprises communes ou d'autres organes de l'Union, et contrôlé ni directement ni indirectement par "
        "l'État membre est combiné avec une aide d'État, seule cette dernière est prise en compte pour déterminer "
        "si les seuils de notification et les intensités d'aide maximales ou les montants d'aide maximaux sont "
        "respectés, pour autant que le montant total du financement public octroyé pour les mêmes coûts "
        "admissibles n'excède pas le taux de financement le plus favorable prévu par les règles applicables du "
        "droit de l'Union.",
        ("fr", "n'excède pas", "excède"),
    ),
    (
        # 32018r2066-a19-06
        "By way of derogation from Article 14(2), the competent authority may allow the operator not to modify the "
        "monitoring plan where, on the basis of verified emissions, the threshold for the classification of the "
        "installation referred to in the first subparagraph is exceeded, but the operator demonstrates to the "
        "satisfaction of the competent authority that this threshold has not already been exceeded within the past "
        "five reporting periods and will not be exceeded again in subsequent reporting periods.",
        "Par dérogation à l'article 14, paragraphe 2, l'autorité compétente peut autoriser l'exploitant à ne pas "
        "modifier le plan de surveillance lorsque, sur la base des émissions vérifiées, le seuil visé au premier "
        "alinéa pour la classification d'une installation a été dépassé, mais que l'exploitant prouve de manière "
        "concluante que ce seuil n'a pas déjà été dépassé au cours des cinq dernières périodes de déclaration et "
        "qu'il ne sera plus dépassé à compter de la période de déclaration suivante.",
        ("fr", "n'a pas déjà", "a déjà"),
    ),
]


@pytest.mark.parametrize(("en", "fr", "change"), _CONDITIONS)
def test_the_official_pair_is_faithful(en: str, fr: str, change: tuple[str, str, str]) -> None:
    assert obligations(en, fr) == []


@pytest.mark.parametrize(("en", "fr", "change"), _CONDITIONS)
def test_the_bound_of_the_condition_with_its_negation_dropped_is_reported(
    en: str, fr: str, change: tuple[str, str, str]
) -> None:
    assert obligations(*changed(en, fr, change))


def test_a_bound_after_an_exception_stays_uncompared() -> None:
    # 32014l0051-a2-30: "a frequency shorter than one year" / « une fréquence supérieure à une fois par an » say the
    # same (the period, the rate); after "unless" / « sauf si » the bound is left to the negation before it
    en = (
        "Supervisory authorities shall not limit regular supervisory reporting with a frequency shorter than one "
        "year in the case of insurance or reinsurance undertakings that are part of a group within the meaning of "
        "Article 212(1)(c), unless the undertaking can demonstrate to the satisfaction of the supervisory authority "
        "that regular supervisory reporting with a frequency shorter than one year is inappropriate, given the "
        "nature, scale and complexity of the risks inherent in the business of the group."
    )
    fr = (
        "Les autorités de contrôle ne limitent pas la communication régulière des informations à des fins de "
        "contrôle à une fréquence supérieure à une fois par an pour les entreprises d'assurance ou de réassurance "
        "faisant partie d'un groupe au sens de l'article 212, paragraphe 1, point c), sauf si l'entreprise "
        "concernée peut démontrer à l'autorité de contrôle que le fait de communiquer régulièrement des "
        "informations à une fréquence supérieure à une fois par an à des fins de contrôle n'est pas approprié, "
        "compte tenu de la nature, de l'ampleur et de la complexité des risques inhérents à l'activité du groupe."
    )
    assert obligations(en, fr) == []
