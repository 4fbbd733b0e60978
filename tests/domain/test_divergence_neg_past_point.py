"""« au-delà » of a point of time or of an amount answers no English negation (issue 15).

« Elle n'est pas saisie au-delà du délai de six mois » / "The matter shall not be referred to EIOPA after the end of
the six-month period", « porte le montant total … au-delà du plafond » / "Where the ceiling … would be exceeded", « des
niveaux de primes annuelles au-delà desquels » / "levels of annual premium above which": « au-delà » of a deadline, a
date, a ceiling or a level says where a scale passes a bound, which English says "after", "above", "exceed"; it denies
no clause.  With the French negation of another verb dropped, « au-delà » must not answer the English negation left
alone; "beyond the end of 2021" and « au-delà de la fin 2021 » render each other.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import changed, negations

# (English, French, a change of one side that leaves a negation on one side only: (side, old, new))
_CHANGED = [
    (
        "EIOPA shall take its decision within one month. The matter shall not be referred to EIOPA after the end of "
        "the six-month period or after a joint decision has been reached.",
        "L'AEAPP arrête sa décision dans un délai d'un mois. Elle n'est pas saisie au-delà du délai de six mois ou "
        "après qu'une décision commune a été prise.",
        ("fr", "Elle n'est pas saisie", "Elle est saisie"),
    ),
    (
        "7.   Where the ceiling laid down in paragraph 2 would be exceeded by the grant of new de minimis aid, that new "
        "aid shall not benefit from this Regulation.",
        "7.   Si l’octroi de nouvelles aides de minimis porte le montant total des aides de minimis au-delà du plafond "
        "fixé au paragraphe 2, ces nouvelles aides ne bénéficient pas du présent règlement.",
        ("fr", "ne bénéficient pas", "bénéficient"),
    ),
    (
        "The European Council also confirmed that free allocation will not expire and that existing measures will "
        "continue after 2020 to prevent the risk of carbon leakage due to climate policy, as long as no comparable "
        "efforts are undertaken in other major economies, without the share of allowances to be auctioned being "
        "reduced.",
        "Le Conseil européen a également confirmé que l'allocation de quotas à titre gratuit n'expirerait pas et que "
        "les mesures existantes continueraient à s'appliquer au-delà de 2020, aux fins de prévenir le risque de fuite "
        "de carbone lié à la politique en matière de changement climatique, tant qu'aucun effort comparable ne sera "
        "entrepris par d'autres grandes économies, sans diminution de la part des quotas mis aux enchères.",
        ("fr", "n'expirerait pas", "expirerait"),
    ),
    (
        "Information accompanied by metadata specifying that it contains personal data should not be retained by the "
        "collection bodies or ESAP for any longer than is necessary and in any event for no longer than five years, "
        "unless otherwise provided in the Union legislative acts listed in the Annex to this Regulation.",
        "Les informations accompagnées de métadonnées précisant qu’elles contiennent des données à caractère "
        "personnel ne devraient pas être conservées par les organismes de collecte ou par l’ESAP plus longtemps que "
        "nécessaire ni, en tout état de cause, au-delà d’un délai de cinq ans, sauf disposition contraire des actes "
        "législatifs de l’Union énumérés dans la liste figurant à l’annexe du présent règlement.",
        ("fr", "ne devraient pas être conservées", "devraient être conservées"),
    ),
    (
        "In the case of small and medium-sized enterprises (SMEs), the Commission Notice on the application of "
        "Articles 87 and 88 of the EC Treaty to State aid in the form of guarantees indicates levels of annual premium "
        "above which a State guarantee would be deemed not to constitute aid.",
        "Dans le cas des petites et moyennes entreprises (PME), la communication de la Commission sur l'application "
        "des articles 87 et 88 du traité CE aux aides d'État sous forme de garanties prévoit des niveaux de primes "
        "annuelles au-delà desquels une garantie d'État serait considérée comme ne constituant pas une aide.",
        ("fr", "comme ne constituant pas une aide", "comme constituant une aide"),
    ),
    (
        "In addition, the Financial Conduct Authority (FCA) of the United Kingdom announced in 2017 that it would not "
        "persuade or compel panel banks to submit to LIBOR beyond the end of 2021.",
        "En outre, l’autorité de réglementation financière (FCA) du Royaume-Uni a annoncé en 2017 qu’elle ne "
        "persuaderait ni ne contraindrait les banques du panel à soumettre au LIBOR au-delà de la fin 2021.",
        ("en", "would not persuade", "would persuade"),
    ),
]


@pytest.mark.parametrize(
    ("en", "fr", "change"),
    _CHANGED,
    ids=["deadline", "ceiling", "year", "period", "above which", "beyond the end"],
)
def test_past_a_point_answers_no_negation(en: str, fr: str, change: tuple[str, str, str]) -> None:
    assert negations(en, fr) == []
    assert negations(*changed(en, fr, change)) != []
