"""An English "non-" before a name needs a French negative word (issue 15).

"non-Union undertakings", "non-SME traders", "non-G-SIIs", "a non-Chapter VI registry": English makes a class of what is
not that name by its prefix; French has none before a name, and says it by a negated relative clause or participle
(« entreprises n'appartenant pas à l'Union », « qui ne sont pas des PME », « ne relevant pas du chapitre VI »), by
« non », or by « hors », « tiers », « extérieur » (« effets hors CO2 », « entités de pays tiers », « la contrepartie
extérieure à l'Union »).  Where the French « ne … pas » is
dropped, only the English word is left to show it.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

# (English, French, the French negation that is dropped)
_DROPS = [
    (
        # 32008r0994-a72-02
        "2.   The registry administrator of a Chapter VI registry shall carry out any transfer of Kyoto units between "
        "national allowance holding accounts, operator holding accounts and personal holding accounts in its registry "
        "and in a non-Chapter VI registry as requested by an account holder using the external transfer of Kyoto units "
        "process.",
        "2.   À la demande d’un titulaire de compte, l’administrateur d’un registre relevant du chapitre VI procède à "
        "tout transfert d’unités de Kyoto entre les comptes nationaux de dépôt de quotas, les comptes de dépôt "
        "d’exploitant et les comptes de dépôt de personne de registre et ceux d’un registre ne relevant pas du chapitre "
        "VI, au moyen du processus de transfert externe d’unités de Kyoto.",
        ("ne relevant pas", "relevant"),
    ),
    (
        # 32019l0944-r078
        "(78) Fully effective separation of network activities from supply and generation activities should apply "
        "throughout the Union to both Union and non-Union undertakings.",
        "(78) Il est nécessaire que la séparation pleinement effective des activités de réseau et des activités de "
        "fourniture et de production s'applique dans l'ensemble de l'Union, tant aux entreprises de l'Union qu'aux "
        "entreprises n'appartenant pas à l'Union.",
        ("n'appartenant pas", "appartenant"),
    ),
    (
        # 32021r0763-r001
        "The institution-specific add-on for G-SIIs and the institution-specific requirement for non-G-SIIs, referred "
        "to as the minimum requirement for own funds and eligible liabilities (MREL), have been established through "
        "targeted amendments to Directive 2014/59/EU introduced by Directive (EU) 2019/879 of the European Parliament "
        "and of the Council.",
        "L’exigence supplémentaire propre à chaque établissement, pour les EISm, et l’exigence propre à chaque "
        "établissement, pour les établissements qui ne sont pas des EISm, dites «exigence minimale de fonds propres et "
        "d’engagements éligibles» (MREL) ont été instaurées par des modifications ciblées apportées à la directive "
        "2014/59/UE par la directive (UE) 2019/879 du Parlement européen et du Conseil.",
        ("qui ne sont pas des", "qui sont des"),
    ),
    (
        # 32025r2650-a1-129: two "non-" words, each said by a negation of its own; the one left answers the other
        "The quantified objectives shall be calculated by reference to the total number of operators, non-SME "
        "downstream operators and non-SME traders who placed or made available on the market or exported relevant "
        "products in the previous year, and to quantity, where applicable.",
        "Les objectifs quantifiés sont calculés par référence au nombre total d’opérateurs, d’opérateurs en aval qui ne "
        "sont pas des PME et de commerçants qui ne sont pas des PME qui ont mis sur le marché ou mis à disposition sur "
        "le marché ou exporté des produits en cause au cours de l’année précédente, et à la quantité, le cas échéant.",
        ("qui ne sont pas des PME et", "qui sont des PME et"),
    ),
]


@pytest.mark.parametrize(("en", "fr", "drop"), _DROPS, ids=["chapter", "union", "g-sii", "sme"])
def test_non_name_needs_a_french_negative(en: str, fr: str, drop: tuple[str, str]) -> None:
    assert drop[0] in fr
    assert negations(en, fr) == []
    assert negations(en, fr.replace(*drop, 1)) != []


_RENDERED = [
    (
        # 32023l0958-a1-167: « hors » renders "non-"
        "‘5.   Aircraft operators shall report once a year on the non-CO2 aviation effects occurring from 1 January "
        "2025.",
        "«5.   Les exploitants d’aéronefs sont tenus de rendre compte une fois par an des effets hors CO2 de l’aviation "
        "survenant à partir du 1er janvier 2025.",
    ),
    (
        # 32019r2175-r039: « de pays tiers » renders "non-EU"
        "The need for effective cooperation and information exchange should become all the more important when, "
        "pursuant to this amending Regulation, some of the ESAs assume additional, broader responsibilities in relation "
        "to the supervision of non-EU entities and activities.",
        "La nécessité d’une coopération et d’un échange d’informations efficaces devrait devenir d’autant plus forte "
        "lorsque, en application du présent règlement modificatif, certaines AES assumeront des responsabilités "
        "supplémentaires plus vastes en ce qui concerne la surveillance des activités et des entités de pays tiers.",
    ),
    (
        # eu-p-emir-2015-2205-r012 (practice): « extérieure à l'Union » renders "non-Union"
        "The deferred application should ensure that those contracts are not subject to the clearing obligation for a "
        "limited period of time in the absence of implementing acts pursuant to Article 13(2) of Regulation (EU) No "
        "648/2012 covering the OTC derivative contracts set out in the Annex to this Regulation and regarding the "
        "jurisdiction where the non-Union counterparty is established.",
        "Ce report de l'application devrait permettre d'éviter que ces contrats ne soient soumis à l'obligation de "
        "compensation pendant une période limitée, en l'absence d'actes d'exécution en vertu de l'article 13, "
        "paragraphe 2, du règlement (UE) no 648/2012 couvrant les contrats dérivés de gré à gré visés à l'annexe du "
        "présent règlement et concernant le territoire où la contrepartie extérieure à l'Union est établie.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), _RENDERED, ids=["hors", "tiers", "exterieure"])
def test_rendered_non_name_is_no_divergence(en: str, fr: str) -> None:
    assert negations(en, fr) == []
