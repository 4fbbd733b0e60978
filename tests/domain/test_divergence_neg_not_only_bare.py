"""An English "not only … but" against a bare French word of "only" at its place says the opposite (issue 15).

"Member States should not only promote the benefits …, but should also" / « les États membres ne devraient pas
seulement promouvoir les avantages …, mais ils devraient également », "is not purely driven by … but is dependent on" /
« n'obéit pas uniquement …, mais dépend »: English "not only … but" says "more than only", which the profile reads as
no negation (French may say it by « non seulement » or by no word at all); French says it by a « ne … pas » or a
« non » before its word of "only".  A bare « seulement » / « uniquement » at its place, with no negation near, says
"only", the opposite, as « seulement » says the opposite of "more than mere" (_more_than_only_turned): with the
« ne … pas » dropped, the French restricts what the English extends.  The faithful texts stay quiet.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

# (English, French, the French negation of the word of "only", dropped)
_NOT_ONLY = [
    (
        "— the complexity of the performance calculation, taking into account in particular whether the return is "
        "dependent on the performance of one or more underlying or reference assets which are in turn affected by "
        "other factors or whether the return depends not only on the values of the underlying or reference assets at "
        "the initial and maturity dates, but also on the values during the lifetime of the product;",
        "— de la complexité du calcul des performances, eu égard notamment au fait que le rendement peut être fonction "
        "de la performance d'un ou de plusieurs actifs sous-jacents ou de référence, laquelle peut être à son tour "
        "influencée par d'autres facteurs, ou que le rendement ne dépend pas seulement de la valeur des actifs "
        "sous-jacents ou de référence aux dates initiales et d'échéance, mais aussi de leur valeur pendant la durée de "
        "vie du produit,",
        ("ne dépend pas seulement", "dépend seulement"),
    ),
    (
        "(b) the exercise of the option is not purely driven by the monetary incentive of the counterparty but is "
        "dependent on that counterparty’s behaviour;",
        "b) l’exercice de l’option n’obéit pas uniquement aux motivations financières de la contrepartie, mais dépend "
        "du comportement de cette dernière;",
        ("n’obéit pas uniquement", "obéit uniquement"),
    ),
    (
        "(35) In order to promote the uptake of European Digital Identity Wallets and the wider use of digital "
        "identities, Member States should not only promote the benefits of the relevant services, but should also, in "
        "cooperation with the private sector, researchers and academia, develop training programmes aiming to "
        "strengthen the digital skills of their citizens and residents, in particular for vulnerable groups such as "
        "persons with disabilities and older persons.",
        "(35) Afin de favoriser l’adoption des portefeuilles européens d’identité numérique et l’utilisation accrue "
        "des identités numériques, les États membres ne devraient pas seulement promouvoir les avantages des services "
        "concernés, mais ils devraient également, en coopération avec le secteur privé, les chercheurs et le monde "
        "universitaire, élaborer des programmes de formation visant à renforcer les compétences numériques de leurs "
        "citoyens et résidents, en particulier pour les groupes vulnérables, tels que les personnes handicapées et les "
        "personnes âgées.",
        ("ne devraient pas seulement", "devraient seulement"),
    ),
    (
        "In order to ensure that end-users and their rights are effectively and equally protected when using "
        "functionally equivalent services, a future-oriented definition of electronic communications services should "
        "not be purely based on technical parameters but rather build on a functional approach.",
        "Pour que les utilisateurs finaux et leurs droits bénéficient d’une protection efficace et équivalente "
        "lorsqu’ils utilisent des services équivalents sur le plan fonctionnel, une définition orientée vers l’avenir "
        "des services de communications électroniques ne devrait pas reposer uniquement sur des paramètres "
        "techniques, mais s’appuyer plutôt sur une approche fonctionnelle.",
        ("ne devrait pas reposer uniquement", "devrait reposer uniquement"),
    ),
]


@pytest.mark.parametrize(
    ("en", "fr", "drop"),
    _NOT_ONLY,
    ids=["depends not only", "not purely driven", "should not only", "not be purely"],
)
def test_not_only_but_against_a_bare_word_of_only(en: str, fr: str, drop: tuple[str, str]) -> None:
    assert negations(en, fr) == []
    assert drop[0] in fr
    assert negations(en, fr.replace(*drop)) != []


def test_not_only_but_against_non_seulement_stays_quiet() -> None:
    en = "Social services include not only those provided by the State but also those provided by charities."
    fr = (
        "Les services sociaux comprennent non seulement ceux qui sont assurés par l'État, mais aussi ceux qui sont "
        "assurés par des organisations caritatives."
    )
    assert negations(en, fr) == []
