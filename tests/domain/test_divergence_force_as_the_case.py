"""obligation_mismatch, force: "as the case may be" is a fixed hedge, the French of which is « selon le cas » or « le cas
échéant »; its "may" grants nothing and is set aside as a possibility.  With "shall" or "must" in its place ("as the case
shall be") the English asserts what the case is to be, a duty, where the French still hedges: the force differs."""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import changed, force

PAIRS = [
    (  # 32012r0648, recital 64
        "For this reason, CCPs should keep updated and easily identifiable records, in order to facilitate the transfer "
        "of the positions and assets of a defaulting clearing member’s clients to a solvent clearing member or, as the "
        "case may be, the orderly liquidation of the clients’ positions and the return of excess collateral to the "
        "clients.",
        "À cet effet, les contreparties centrales devraient conserver des enregistrements à jour et facilement "
        "identifiables, afin de faciliter le transfert des positions et actifs des clients d'un membre compensateur "
        "défaillant vers un membre compensateur solvable ou, le cas échéant, la liquidation ordonnée des positions des "
        "clients et la restitution aux clients de l'excédent de garantie (collateral).",
    ),
    (  # 32012r1215, recital 12
        "On the other hand, where a court of a Member State, exercising jurisdiction under this Regulation or under "
        "national law, has determined that an arbitration agreement is null and void, inoperative or incapable of being "
        "performed, this should not preclude that court’s judgment on the substance of the matter from being recognised "
        "or, as the case may be, enforced in accordance with this Regulation.",
        "Par ailleurs, si une juridiction d’un État membre, dans le cadre de l’exercice de sa compétence en vertu du "
        "présent règlement ou de son droit national, a constaté qu’une convention d’arbitrage est caduque, inopérante ou "
        "non susceptible d’être appliquée, cela ne devrait pas empêcher que sa décision au fond soit reconnue ou, le cas "
        "échéant, exécutée conformément au présent règlement.",
    ),
    (  # 32014r0909, recital 43
        "In addition, in order to increase legal certainty, CSDs should disclose to their participants the moment when "
        "the transfer of securities and cash in a securities settlement system is legally enforceable and binding on "
        "third parties in accordance, as the case may be, with national law.",
        "En outre, afin d’accroître la sécurité juridique, les DCT devraient indiquer à leurs participants à quel moment "
        "le transfert des titres et des espèces dans un système de règlement de titres produit ses effets en droit et "
        "est opposable aux tiers conformément, selon le cas, au droit national.",
    ),
    (  # 32024l1760, recital 25
        "In addition, Regulation (EU) 2019/125 of the European Parliament and the Council prohibits or regulates, as "
        "the case may be, the export of goods such as chemical substances that are used or could be used for the "
        "purpose of capital punishment or for the purpose of torture or other cruel, inhuman or degrading treatment or "
        "punishment.",
        "Par ailleurs, le règlement (UE) 2019/125 du Parlement européen et du Conseil interdit ou réglemente, selon le "
        "cas, l’exportation de biens tels que des substances chimiques qui sont ou pourraient être utilisés en vue "
        "d’infliger la peine capitale, la torture ou d’autres peines ou traitements cruels, inhumains ou dégradants.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), PAIRS)
def test_the_hedge_as_the_case_may_be_is_quiet(en: str, fr: str) -> None:
    assert force(en, fr) == []


@pytest.mark.parametrize(("en", "fr"), PAIRS)
def test_a_duty_in_place_of_the_hedge_fires(en: str, fr: str) -> None:
    en2, fr2 = changed(en, fr, ("en", "as the case may be", "as the case shall be"))
    assert force(en2, fr2)


def test_a_duty_in_place_of_the_hedge_fires_without_a_french_hedge() -> None:
    assert force(
        "The competent authority or ESMA, as the case must be, shall be informed without delay.",
        "L'autorité compétente ou l'AEMF est informée sans délai.",
    )


def test_the_case_as_a_noun_under_a_duty_is_quiet() -> None:
    # "the case shall be referred": the noun "case", subject of a duty, no hedge
    assert (
        force(
            "Where no agreement is reached, the case shall be referred to the Board.",
            "En l'absence d'accord, l'affaire est renvoyée devant le conseil.",
        )
        == []
    )
