"""A connective before "in any event" / « en tout état de cause » is not under the "without" before it (issue 15).

"without undue delay and in any event within 24 hours" / « sans retard injustifié et en tout état de cause dans les
24 heures »: "without" governs the delay; the connective opens a second bound, "in any event", which it does not
govern.  Read as under the negation, the connective was never compared, and an "or" made of it went unseen.
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


# (32022l2555, 32023r1114, 32025r0301: the English "and" of the official text made "or")
_ANY_EVENT = [
    (
        "By way of derogation from the first subparagraph, point (b), a trust service provider shall, with regard to "
        "significant incidents that have an impact on the provision of its trust services, notify the CSIRT or, "
        "where applicable, the competent authority, without undue delay and in any event within 24 hours of becoming "
        "aware of the significant incident.",
        "Par dérogation au premier alinéa, point b), un prestataire de services de confiance notifie au CSIRT ou, "
        "selon le cas, à l’autorité compétente les incidents importants qui ont un impact sur la fourniture de ses "
        "services de confiance, sans retard injustifié et en tout état de cause dans les 24 heures après avoir eu "
        "connaissance de l’incident important.",
        " and in any event",
    ),
    (
        "2.   All payments received from a retail holder including, if applicable, any charges, shall be reimbursed "
        "without undue delay and in any event no later than 14 days from the date on which the offeror is informed "
        "of the retail holder’s decision to withdraw from the agreement to purchase those crypto-assets.",
        "2.   Tous les paiements reçus d’un détenteur de détail y compris, le cas échéant, toutes les charges, sont "
        "remboursés sans retard injustifié et en tout état de cause au plus tard 14 jours à compter de la date à "
        "laquelle l’offreur est informé de la décision du détenteur de détail de se rétracter de l’accord d’achat de "
        "ces crypto-actifs.",
        " and in any event",
    ),
    (
        "Where the incident has changed, financial entities shall submit an updated report without undue delay, "
        "and in any case when the regular activities have been recovered;",
        "Lorsque l’incident a changé, les entités financières soumettent sans retard injustifié un rapport actualisé "
        "et, en tout état de cause, lorsque les activités régulières ont repris;",
        ", and in any case",
    ),
]


@pytest.mark.parametrize(("en", "fr", "said"), _ANY_EVENT, ids=["nis2", "mica", "dora"])
def test_a_connective_before_in_any_event_is_compared_after_without(en: str, fr: str, said: str) -> None:
    assert connectives(en, fr) == []
    assert connectives(en.replace(said, said.replace("and", "or")), fr) != []


def test_without_still_governs_a_list_it_opens() -> None:
    en = "Where the request is justified, the authority shall act without delay and cost to the applicant."
    fr = "Lorsque la demande est justifiée, l’autorité agit sans délai ni frais pour le demandeur."
    assert connectives(en, fr) == []
    assert connectives(en.replace(" and cost", " or cost"), fr) == []
