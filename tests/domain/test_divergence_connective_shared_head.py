"""Two words that qualify one noun, joined by "and" in English and by « ou » in French (issue 15, wide corpus of EU acts).

English says the two words before the noun they qualify ("relevant European and international standards", "the
delegated and implementing acts", "to receive radio and television broadcasts", "the cultivation of food and feed
crops", "where Union and national competition law remedies"); French says them after it (« des normes européennes ou
internationales », « des actes délégués ou actes d'exécution », « des chaînes de radio ou de télévision »,
« l'alimentation humaine ou animale », « le droit de la concurrence national ou de l'Union »).  Each text names the one
set of things the noun so qualified names, and the official translators say "and" or « ou » as the phrase reads: the
connective joins no conditions.  Still compared: two nouns or clauses ("where the seller and buyer agree" / « lorsque le
vendeur ou l'acheteur conviennent »), two verbs and their object ("refuses and withdraws authorisation" / « refuse ou
retire l'autorisation »), and an English "or" against « et » ("and" made "or" in such a phrase looks the same).
"""

from __future__ import annotations

import pytest

from mou_review.domain.divergence import ClausePair, Severity, check_pair


def connectives(en: str, fr: str) -> list[str]:
    """Return the keys of the connective findings at warning or error on a pair."""
    return [
        f.key
        for f in check_pair(ClausePair(en, fr))
        if f.severity is not Severity.INFO and f.key.startswith("obligation_mismatch:connective")
    ]


# (read off 32018r1139, 32022l2555, 32018l1972, 32019r0807: official pairs of the wide corpus)
_SHARED_HEAD = [
    (
        "(a) a fine, where that person infringed, intentionally or negligently, one of the provisions of this "
        "Regulation or of the delegated and implementing acts adopted on the basis thereof;",
        "a) une amende, lorsque cette personne a enfreint, volontairement ou par négligence, une des dispositions du "
        "présent règlement ou des actes délégués ou actes d'exécution adoptés sur la base de celui-ci;",
    ),
    (
        "The cybersecurity risk-management measures should be proportionate to the risks posed to the network and "
        "information system concerned, taking into account the state-of-the-art of such measures, and, where "
        "applicable, relevant European and international standards, as well as the cost for their implementation.",
        "Il convient que les mesures de gestion des risques en matière de cybersécurité soient proportionnées aux "
        "risques auxquels le réseau et le système d’information concernés sont exposés, en prenant en compte l’état de "
        "l’art de ces mesures ainsi que, s’il y a lieu, des normes européennes ou internationales pertinentes, et du "
        "coût de mise en œuvre de ces mesures.",
    ),
    (
        "They might also include other networks to the extent that a significant number of end-users use such "
        "networks as their principal means to receive radio and television broadcasts.",
        "Ils peuvent également inclure d’autres réseaux dans la mesure où un nombre significatif d’utilisateurs finaux "
        "utilisent ces réseaux comme leurs moyens principaux pour recevoir des chaînes de radio ou de télévision.",
    ),
    (
        "(3) ‘abandoned land’ means unused land, which was used in the past for the cultivation of food and feed crops "
        "but where the cultivation of food and feed crops was stopped due to biophysical or socioeconomic constraints;",
        "3. «terres abandonnées», les terres inexploitées qui ont été exploitées par le passé pour cultiver des "
        "cultures destinées à l'alimentation humaine ou animale, mais dont l'exploitation a cessé en raison de "
        "contraintes biophysiques ou socio-économiques;",
    ),
    (
        "Ex ante regulatory obligations should be imposed on a wholesale market only where there are one or more "
        "undertakings with significant market power, with a view to ensuring sustainable competition and where Union "
        "and national competition law remedies are not sufficient to address the problem.",
        "Les obligations de régulation ex ante ne devraient être imposées sur un marché de gros que lorsqu’il existe une "
        "ou plusieurs entreprises puissantes sur le marché, en vue d’assurer une concurrence durable, et lorsque les "
        "recours fondés sur le droit de la concurrence national ou de l’Union ne suffisent pas à résoudre le problème.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), _SHARED_HEAD)
def test_words_qualifying_one_noun_are_not_a_condition(en: str, fr: str) -> None:
    assert connectives(en, fr) == []


# Two nouns, two verbs and their object, or "or" against « et »: compared as before.
_STILL = [
    (
        "Where the seller and buyer agree, the contract shall be terminated.",
        "Lorsque le vendeur ou l'acheteur conviennent, le contrat est résilié.",
    ),
    (
        "Where the competent authority refuses and withdraws authorisation, it shall inform the applicant.",
        "Lorsque l'autorité compétente refuse ou retire l'autorisation, elle en informe le demandeur.",
    ),
    (
        "Where relevant European or international standards exist, the Commission shall take them into account.",
        "Lorsque des normes européennes et internationales pertinentes existent, la Commission en tient compte.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), _STILL)
def test_other_connectives_still_compared(en: str, fr: str) -> None:
    assert connectives(en, fr) != []
