"""An English "or" whose words an "and" joins again apart from it, where French says « et » both times (issue 15).

A provision names one pair of things the same way throughout: "hydrogen systems and hydrogen components … hydrogen
systems and components" / « les systèmes hydrogène et les composants hydrogène … des systèmes et composants
hydrogène ».  Where English joins the pair by "or" first and by "and" after, and French says « et » both times, the
English has changed its connective, whether the "and" comes in a later sentence of the text or further on in the same
one past a finite verb ("liquid or gaseous transport fuel … may also be counted … if the electricity used to produce
renewable liquid and gaseous transport fuel").  Under a quantifier ("on each financing or investment operation") "or"
and « et » name each member alike, and the "or" of "either" and the "and" of "between" are fixed by their correlative
word: these stay silent.  (Official texts of the wide corpus, 32019R2144, 32023R1184, 32023R1115, 32023L0970,
32025R2088, 32017R2394; the first four with "and" made "or".)
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import blocking_keys

# (English with {conn} where the French says « et », the French)
_SAID_AGAIN = [
    (
        "2.   Manufacturers shall ensure that hydrogen systems {conn} hydrogen components are installed in accordance "
        "with the technical specifications set out in the implementing acts referred to in paragraph 3. Manufacturers "
        "shall also make available, if necessary information for the purposes of inspection of hydrogen systems and "
        "components during the service life of hydrogen-powered vehicles.",
        "2.   Les constructeurs font en sorte que les systèmes hydrogène et les composants hydrogène soient installés "
        "conformément aux spécifications techniques énoncées dans les actes d’exécution visés au paragraphe 3. Les "
        "constructeurs communiquent également, si nécessaire, des informations aux fins de l’inspection des systèmes "
        "et composants hydrogène pendant la durée de vie en service des véhicules fonctionnant à l’hydrogène.",
    ),
    (
        "3.   Electricity taken from the grid that is used to produce renewable liquid {conn} gaseous transport fuel of "
        "non-biological origin may also be counted as fully renewable if the electricity used to produce renewable "
        "liquid and gaseous transport fuel of non-biological origin is consumed during an imbalance settlement period "
        "during which the fuel producer can demonstrate, based on evidence from the national transmission system "
        "operator, that:",
        "3.   L’électricité prélevée sur le réseau qui est utilisée pour produire du carburant liquide et gazeux "
        "renouvelable destiné au secteur des transports, d’origine non biologique, peut également être comptabilisée "
        "comme entièrement renouvelable si l’électricité utilisée pour produire du carburant liquide et gazeux "
        "renouvelable destiné au secteur des transports, d’origine non biologique, est consommée pendant une période "
        "de règlement des déséquilibres au cours de laquelle le producteur de carburant peut démontrer, sur la base "
        "d’éléments de preuve fournis par le gestionnaire de réseau de transport national, que:",
    ),
    (
        "2.   Operators shall have in place adequate and proportionate policies, controls {conn} procedures to mitigate "
        "and manage effectively the risks of non-compliance of relevant products identified. Those policies, controls "
        "and procedures shall include:",
        "2.   Les opérateurs mettent en place des stratégies, des contrôles et des procédures suffisants et "
        "proportionnés pour atténuer et gérer efficacement les risques détectés de non-conformité des produits en "
        "cause. Ces politiques, contrôles et procédures comprennent notamment:",
    ),
    (
        "2.   Workers shall have the possibility to request {conn} receive the information referred to in paragraph 1 "
        "through their workers’ representatives, in accordance with national law and/or practice. They shall also "
        "have the possibility to request and receive the information through an equality body.",
        "2.   Les travailleurs ont la possibilité de demander et de recevoir les informations visées au paragraphe 1 par "
        "l’intermédiaire de leurs représentants, conformément au droit national et/ou aux pratiques nationales. Ils "
        "ont également la possibilité de demander et de recevoir les informations par l’intermédiaire d’un organisme "
        "pour l’égalité de traitement.",
    ),
]
_IDS = ["hydrogen-next-sentence", "fuel-past-a-verb", "procedures-next-sentence", "request-next-sentence"]


def connectives(en: str, fr: str) -> list[str]:
    """Return the keys of the connective findings at warning or error on a pair."""
    return blocking_keys(en, fr, "obligation_mismatch:connective")


@pytest.mark.parametrize(("en", "fr"), _SAID_AGAIN, ids=_IDS)
def test_an_or_whose_words_an_and_joins_again_apart_against_et_twice_is_reported(en: str, fr: str) -> None:
    assert connectives(en.format(conn="or"), fr) == ["obligation_mismatch:connective:or|et"]


@pytest.mark.parametrize(("en", "fr"), _SAID_AGAIN, ids=_IDS)
def test_the_official_and_is_silent(en: str, fr: str) -> None:
    assert connectives(en.format(conn="and"), fr) == []


def test_an_or_under_a_quantifier_said_again_by_and_in_a_later_sentence_is_silent() -> None:
    en = (
        "‘4.   Once a year, each implementing partner shall submit a report to the Commission on the financing and "
        "investment operations covered by this Regulation, broken down by EU compartment and Member State compartment, "
        "as appropriate. Each implementing partner shall also submit information on the Member State compartment to "
        "the Member State whose compartment it implements. The report shall include an assessment of compliance with "
        "the requirements on the use of the EU guarantee and with the key performance indicators laid down in Annex "
        "III to this Regulation. The report shall also include operational, statistical, financial and accounting "
        "data on each financing or investment operation and an estimation of expected cash flows, at the level of "
        "compartment, policy window and the InvestEU Fund. The report from the EIB Group and, where appropriate, from "
        "other implementing partners, shall also include information on barriers to investment encountered when "
        "carrying out financing and investment operations covered by this Regulation. The reports shall contain the "
        "information the implementing partners have to provide under Article 158(1), point (a), of the Financial "
        "Regulation.’."
    )
    fr = (
        "«4.   Une fois par an, chaque partenaire chargé de la mise en œuvre soumet un rapport à la Commission sur les "
        "opérations de financement et d’investissement couvertes par le présent règlement, ventilées entre le "
        "compartiment “UE” et le compartiment “États membres”, selon le cas. Chaque partenaire chargé de la mise en "
        "œuvre communique également des informations sur le compartiment “États membres” à l’État membre dont il met "
        "en œuvre le compartiment. Ce rapport comporte une évaluation de la conformité aux exigences relatives à "
        "l’utilisation de la garantie de l’Union et aux indicateurs de performance clés figurant à l’annexe III du "
        "présent règlement. Le rapport contient également des données opérationnelles, statistiques, financières et "
        "comptables sur chaque opération de financement et d’investissement, ainsi qu’une estimation des flux de "
        "trésorerie escomptés, à l’échelon des compartiments, des volets d’action et du Fonds InvestEU. Le rapport du "
        "Groupe BEI et, le cas échéant, d’autres partenaires chargés de la mise en œuvre, présente également des "
        "informations sur les obstacles aux investissements rencontrés lors de l’exécution des opérations de "
        "financement et d’investissement relevant du présent règlement. Ces rapports contiennent les informations que "
        "les partenaires chargés de la mise en œuvre sont tenus de fournir conformément à l’article 158, paragraphe 1, "
        "point a), du règlement financier.»."
    )
    assert connectives(en, fr) == []


def test_the_or_of_either_said_again_by_the_and_of_between_is_silent() -> None:
    en = (
        "4.   In the event of a disagreement between the applicant authority and the requested authority, either the "
        "applicant authority or the requested authority may refer the matter to the Commission, which shall issue an "
        "opinion on the matter without delay. Where the matter has not been referred to the Commission, the "
        "Commission may nevertheless issue an opinion on its own initiative. For the purpose of issuing that opinion, "
        "the Commission may ask for relevant information and documents that have been exchanged between the "
        "applicant authority and the requested authority."
    )
    fr = (
        "4.   En cas de désaccord entre l’autorité requérante et l’autorité requise, l’une des deux peut saisir la "
        "Commission, qui rend un avis sur la question sans tarder. Lorsqu’elle n’est pas saisie, la Commission peut "
        "néanmoins rendre un avis de sa propre initiative. Afin de rendre un avis, la Commission peut demander les "
        "informations et documents pertinents échangés entre l’autorité requérante et l’autorité requise."
    )
    assert connectives(en, fr) == []
