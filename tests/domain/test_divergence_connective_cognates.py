"""An English "or" of a condition that joins words French spells otherwise (issue 15, wide corpus of EU acts).

In a sentence of many connectives a condition's connective is compared only where the words it joins anchor it to a
French connective of the other word (``_anchored_connective``): a word before or after each that is the same in both
languages.  Words were alike only when they shared their first five letters, which misses the many English and French
words of one Latin stem that the two languages spell differently: "functionalities" / « fonctionnalités », "address" /
« adresse », "risks" / « risques », "measures" / « mesures ».  Read with "ph", "th", « qu », "c", "y" as "f", "t", "k", "k",
"i", they begin with the same four consonants once the vowels after the first letter and the doubled letters are
dropped, and anchor the connectives as words of the same first five letters do.  An "or" made of the "and" of
such a condition then reads against the French « et » as the changed condition it is, as one between words spelled
alike already did.  The anchor stays what it was otherwise: an English "and" that names the same pair elsewhere in the
sentence still claims the French « et », and a French « ou » still answers the "or".
"""

from __future__ import annotations

import pytest

from mou_review.domain.divergence import ClausePair, Severity, check_pair


def connectives(en: str, fr: str) -> list[str]:
    """Return the keys of the obligation findings at warning or error on a pair."""
    return [
        f.key
        for f in check_pair(ClausePair(en, fr))
        if f.severity is not Severity.INFO and f.key.startswith("obligation_mismatch")
    ]


_REPAIRED_EN = (
    "Where a product that has been repaired, refurbished or maintained by the manufacturer or an authorised "
    "representative is placed on the market again, this does not necessarily lead to a substantial modification of "
    "the product, for instance if the intended purpose and functionalities are not changed and the level of risk, "
    "safety and security remains unaffected."
)
_REPAIRED_FR = (
    "Lorsqu'un produit qui a été réparé, remis à neuf ou entretenu par le fabricant ou un mandataire est de nouveau "
    "mis sur le marché, cela n'entraîne pas nécessairement une modification substantielle du produit, par exemple si "
    "l'utilisation et les fonctionnalités prévues ne sont pas modifiées et que le niveau de risque, de sûreté et de "
    "sécurité demeure inchangé."
)

# (read off 32024r2847, 32023r1542, 32016l1164: the English "and" of a condition made "or", in sentences of more than
# four connectives, which the count of connectives leaves aside)
_COGNATES = [
    (_REPAIRED_EN, _REPAIRED_FR, "purpose and"),
    (
        "Where the producer is established outside the Union, the authorised representative shall, where available, "
        "indicate the telephone number, email and website address of the producer, together with its registered "
        "trade name and place of business, and the registration number or the date of registration.",
        "Lorsque le producteur est établi en dehors de l'Union, le mandataire indique, le cas échéant, le numéro de "
        "téléphone, le courrier électronique et l'adresse du site internet du producteur, ainsi que sa raison sociale "
        "et son lieu d'établissement, et le numéro ou la date d'enregistrement.",
        "email and",
    ),
    (
        "The income of the entity shall be included in the tax base only where the significant people functions, "
        "which are relevant to those assets and risks, are carried out and are instrumental in generating that "
        "income, or where the arrangements are non-genuine and have been put in place for the essential purpose of "
        "obtaining a tax advantage for the taxpayer or its associated enterprises.",
        "Les revenus de l'entité ne sont inclus dans la base d'imposition que lorsque les fonctions importantes liées "
        "à ces actifs et risques sont assurées et jouent un rôle essentiel dans la création de ces revenus, ou lorsque "
        "les montages ne sont pas authentiques et ont été mis en place dans le but essentiel d'obtenir un avantage "
        "fiscal pour le contribuable ou ses entreprises associées.",
        "assets and",
    ),
]


@pytest.mark.parametrize(("en", "fr", "said"), _COGNATES, ids=["functionalities", "address", "risks"])
def test_an_or_that_joins_words_french_spells_otherwise_is_a_changed_condition(
    en: str, fr: str, said: str
) -> None:
    assert connectives(en, fr) == []
    assert connectives(en.replace(said, said.replace("and", "or"), 1), fr) == [
        "obligation_mismatch:connective:or|et"
    ]


def test_the_french_ou_still_answers_the_english_or() -> None:
    en = _REPAIRED_EN.replace("purpose and", "purpose or")
    fr = _REPAIRED_FR.replace("l'utilisation et les", "l'utilisation ou les")
    assert connectives(en, fr) == []


def test_an_english_and_that_names_the_same_pair_still_claims_the_french_et() -> None:
    # "policies and measures … those policies or measures": the "or" names each member of the set the "and" names,
    # which French says « politiques et mesures » twice; « mesures » is "measures" spelled the French way.
    en = (
        "Member States shall adopt the policies and measures necessary to reduce emissions and shall report on them "
        "every two years and, where those policies or measures have a significant impact on air quality, shall "
        "quantify that impact and inform the Commission."
    )
    fr = (
        "Les États membres adoptent les politiques et mesures nécessaires pour réduire les émissions et en rendent "
        "compte tous les deux ans et, lorsque ces politiques et mesures ont une incidence importante sur la qualité de "
        "l'air, quantifient cette incidence et en informent la Commission."
    )
    assert connectives(en, fr) == []
