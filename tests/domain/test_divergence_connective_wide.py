"""Connectives the wide corpus of EU acts words differently in English and French (issue 15).

"In the event of delays, losses and damage" / « en cas de retards, de pertes ou de dommages » names the events each of
which opens the case, whichever connective joins them.  French elides the « de » of « en cas de » before a vowel
(« en cas d'erreurs, d'omissions ou de retards »); the list it opens is an event list all the same.

« Qu'il s'agisse de A ou de B », « que ce soit A ou B » is "whether A or B": the rule holds in either case, as "A as well
as B" or "both A and B" says; its « ou » joins no alternatives.

"Over and above" is one preposition, "beyond" (« au-delà de », « en sus de »), whose "and" joins nothing.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import blocking_keys


def connectives(en: str, fr: str) -> list[str]:
    """Return the keys of the connective findings at warning or error on a pair."""
    return blocking_keys(en, fr, "obligation_mismatch:connective")


_ELIDED_EVENT_LIST = [
    (
        "(c) describe the steps to be taken in case of errors, omissions and late payments;",
        "c) décrivent les mesures à prendre en cas d'erreurs, d'omissions ou de retards de paiement;",
    ),
    (
        "The operator shall keep a record of the action taken in the event of outages and incidents.",
        "L'exploitant consigne les mesures prises en cas d'interruptions ou d'incidents.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), _ELIDED_EVENT_LIST, ids=["in case of", "in the event of"])
def test_an_event_list_opened_by_en_cas_d_takes_either_connective(en: str, fr: str) -> None:
    assert connectives(en, fr) == []


def test_en_cas_d_of_a_noun_facing_an_english_clause_is_still_compared() -> None:
    en = "(d) where internal data and external data are used in the estimates, their relevance;"
    fr = "d) en cas d'utilisation de données internes ou de données externes pour les estimations, leur pertinence;"
    assert connectives(en, fr) != []


def test_over_and_above_is_no_connective() -> None:
    en = (
        "Where a Member State sets reporting duties over and above those of this Regulation, it shall notify the "
        "Commission."
    )
    fr = (
        "Lorsqu'un État membre fixe des obligations de déclaration allant au-delà ou en sus de celles du présent "
        "règlement, il en informe la Commission."
    )
    assert connectives(en, fr) == []
    assert connectives(en.replace("duties over", "duties and rules over"), fr) != []


_WHETHER = [
    (
        "Where the operator reports its emissions for the current period as well as the preceding period, it shall "
        "keep the records.",
        "Lorsque l'exploitant déclare ses émissions, qu'il s'agisse de la période en cours ou de la période précédente, "
        "il conserve les registres.",
    ),
    (
        "Where the aid is granted both to large undertakings and to small undertakings, the ceiling shall apply.",
        "Lorsque l'aide est octroyée, que ce soit à de grandes entreprises ou à de petites entreprises, le plafond "
        "s'applique.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), _WHETHER, ids=["qu'il s'agisse de", "que ce soit"])
def test_the_ou_of_qu_il_s_agisse_joins_no_alternatives(en: str, fr: str) -> None:
    assert connectives(en, fr) == []


def test_an_ou_after_the_clause_of_qu_il_s_agisse_is_still_compared() -> None:
    en = "Where the operator reports for the current period; and where it keeps the records, it shall inform the authority."
    fr = (
        "Lorsque l'exploitant déclare, qu'il s'agisse de la période en cours; ou lorsqu'il conserve les registres, il en "
        "informe l'autorité."
    )
    assert connectives(en, fr) != []
