"""The "or" of a condition that joins the very words a French « et » joins, whatever the sentence counts (issue 15).

The count of a sentence's connectives misses a condition made alternative where a list elsewhere in the sentence is
worded freely ("investment firms or market operators operating an MTF or an OTF" / « des entreprises d'investissement
et des opérateurs de marché exploitant un MTF ou un OTF »), or where French says the condition word after the
connective (« s'il y a lieu »).  The words the "or" joins anchor it to the French « et » that joins the same ones.
The sentences are those of the wide corpus (Directive 2014/65/EU, Regulation (EU) No 1095/2010, Directive 2014/59/EU,
Regulation (EU) 2024/1789, Directive 2006/112/EC, Directive 2010/78/EU), with "and" made "or" where a test says so.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import blocking_keys

# (English with {conn} where the official text says "and", the official French)
_CONDITIONS = [
    (
        # Directive 2014/65/EU, Article 18(3): French says « s'il y a lieu » after the connective.
        "Member States shall require that, where applicable, investment firms {conn} market operators operating an MTF "
        "or an OTF provide, or are satisfied that there is access to, sufficient publicly available information to "
        "enable its users to form an investment judgement, taking into account both the nature of the users and the "
        "types of instruments traded.",
        "Les États membres exigent des entreprises d’investissement et des opérateurs de marché exploitant un MTF ou "
        "un OTF qu’ils fournissent, s’il y a lieu, des informations suffisantes au public ou s’assurent qu’il existe "
        "un accès à de telles informations pour permettre aux utilisateurs de se forger un jugement en matière "
        "d’investissement, compte tenu à la fois de la nature des utilisateurs et des types d’instruments négociés.",
    ),
    (
        # Regulation (EU) No 1095/2010, Article 27(1)
        "1.   In the areas of its competence, the Authority shall contribute to developing methods for the resolution "
        "of failing key financial market participants in ways which avoid contagion, allow them to be wound down in "
        "an orderly and timely manner, and, where applicable, including coherent {conn} credible funding mechanisms "
        "as appropriate.",
        "1.   Dans ses domaines de compétences, l’Autorité contribue à l’élaboration de méthodes de résolution des "
        "défaillances des acteurs clé des marchés financiers, selon des modalités permettant d’empêcher la "
        "contagion, et d’aboutir à la cessation d’activités en temps opportun et de façon méthodique, y compris, le "
        "cas échéant, incluant des mécanismes de financement cohérents et crédibles, en fonction des besoins.",
    ),
    (
        # Directive 2014/59/EU, recital 69 (its first sentence)
        "(69) Where the bail-in tool is applied with the objective of restoring the capital of the failing "
        "institution to enable it to continue to operate as a going concern, the resolution through bail-in should "
        "be accompanied by replacement of management, except where retention of management is appropriate {conn} "
        "necessary for the achievement of the resolution objectives, and a subsequent restructuring of the "
        "institution and its activities in a way that addresses the reasons for its failure.",
        "(69) Lorsque l’instrument de renflouement interne est utilisé pour reconstituer les fonds propres de "
        "l’établissement défaillant afin de lui permettre de rester en activité, ce renflouement interne devrait "
        "s’accompagner d’un remplacement de la direction, sauf lorsque le maintien de la direction est approprié et "
        "nécessaire pour atteindre les objectifs de la résolution, puis d’une restructuration de l’établissement et "
        "de ses activités propre à remédier aux causes de sa défaillance.",
    ),
    (
        # Regulation (EU) 2024/1789, recital 103 (one sentence of it)
        "In order to mitigate the impact of such events, both in the current context and for the future, Member "
        "States should exceptionally be able to take proportionate measures to limit temporarily up-front bidding "
        "for capacity by any single network user at entry points and at LNG terminals for deliveries from the "
        "Russian Federation and Belarus, where necessary to protect their essential security interests {conn} those "
        "of the Union, taking into account also the need to ensure security of supply in the Union.",
        "Afin d’atténuer l’incidence de tels événements, tant dans le contexte actuel qu’à l’avenir, les États "
        "membres devraient être en mesure, à titre exceptionnel, de prendre des mesures proportionnées pour limiter "
        "temporairement les offres en amont émanant d’un utilisateur quelconque du réseau pour des capacités aux "
        "points d’entrée et aux terminaux de GNL pour les livraisons en provenance de la Fédération de Russie et de la "
        "Biélorussie, lorsque cela est nécessaire pour protéger leurs intérêts essentiels en matière de sécurité et "
        "ceux de l’Union, compte tenu également de la nécessité d’assurer la sécurité de l’approvisionnement dans "
        "l’Union.",
    ),
]


def connectives(en: str, fr: str) -> list[str]:
    """Return the keys of the connective findings at warning or error on a pair."""
    return blocking_keys(en, fr, "obligation_mismatch:connective")


@pytest.mark.parametrize(("en", "fr"), _CONDITIONS)
def test_or_of_a_condition_joining_the_words_of_an_et_is_reported(en: str, fr: str) -> None:
    assert connectives(en.format(conn="or"), fr) == ["obligation_mismatch:connective:or|et"]


@pytest.mark.parametrize(("en", "fr"), _CONDITIONS)
def test_the_official_and_is_silent(en: str, fr: str) -> None:
    assert connectives(en.format(conn="and"), fr) == []


def test_an_et_joining_other_words_is_silent() -> None:
    en, fr = _CONDITIONS[2]
    fr = fr.replace("approprié et nécessaire", "approprié, nécessaire")
    assert (
        connectives(en.format(conn="or"), fr.replace("d’une restructuration", "et d’une restructuration"))
        == []
    )


def test_an_ou_joining_the_same_words_is_silent() -> None:
    en, fr = _CONDITIONS[1]
    assert (
        connectives(en.format(conn="or"), fr.replace("cohérents et crédibles", "cohérents ou crédibles"))
        == []
    )


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            # Directive 2006/112/EC, Article 178(f)
            "(f) when required to pay VAT as a customer where Articles 194 to 197 or Article 199 apply, he must comply "
            "with the formalities as laid down by each Member State.",
            "f) lorsqu'il est tenu d'acquitter la taxe en tant que preneur ou acquéreur en cas d'application des "
            "articles 194 à 197 et de l'article 199, remplir les formalités qui sont établies par chaque État membre.",
        ),
        (
            # Directive 2010/78/EU, Article 8(3), its last clause
            "The Member States shall inform the Commission of cases where they consider that a third country meets the "
            "conditions laid down in paragraphs 1 or 2 or in other situations which meet the technical criteria "
            "established in accordance with Article 40(1)(b).",
            "Les États membres informent la Commission des cas où ils estiment qu’un pays tiers remplit les conditions "
            "fixées aux paragraphes 1 et 2 ou dans d’autres situations qui satisfont aux critères techniques établis "
            "conformément à l’article 40, paragraphe 1, point b).",
        ),
    ],
)
def test_cross_references_listed_by_or_against_et_are_silent(en: str, fr: str) -> None:
    # French lists the provisions cited by « et » where English says "or": the same provisions are cited.
    assert connectives(en, fr) == []
