"""A French « ou » that answers an English "or" is no answer to an English "and" (issue 15).

"where the financial contribution or other public support is granted to a small undertaking and its recovery in full is
shown to endanger its continued operation" / « lorsque, dans le cas d'une contribution financière ou d'une autre aide
publique accordée à une petite entreprise, il ressort d'un examen préalable que son recouvrement intégral
compromettrait la poursuite de son activité »: French recasts the second part of the condition (a relative clause, a
participle, « il ressort … que ») and says no connective for the English "and"; its one « ou » is the English "or"
said again, the two joining alike words.  Each connective of a text answers one connective of the other, so that
« ou » says nothing of the "and" the count of the sentence's connectives pairs it with.  Still compared: a « ou » that
no English "or" answers better than the "and" does ("where the applicant and the guarantor consent" / « lorsque le
demandeur ou le garant y consent »), and an English "or" against a French « et » (what "and" made "or" looks like).
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import connectives

_ANSWERED = [
    (
        "(b) where the financial contribution or other public support is granted to a small undertaking and its "
        "recovery in full is shown to endanger the continued operation of that undertaking;",
        "b) lorsque, dans le cas d'une contribution financière ou d'une autre aide publique accordée à une petite "
        "entreprise, il ressort d'un examen préalable que son recouvrement intégral compromettrait la poursuite de "
        "l'activité de cette entreprise;",
    ),
    (
        "2.   Member States shall ensure that, when early warning systems regarding imminent or ongoing floods and "
        "storms are in operation, warnings are sent to the residents concerned.",
        "2.   Les États membres veillent à ce que, lorsque des systèmes d'alerte précoce pour les cas d'inondations ou "
        "de tempêtes, imminentes ou en cours, sont en service, des alertes soient envoyées aux résidents concernés.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), _ANSWERED, ids=["contribution-or-support", "imminent-or-ongoing"])
def test_a_french_ou_that_answers_an_english_or_answers_no_and(en: str, fr: str) -> None:
    assert connectives(en, fr) == []


_STILL = [
    (
        # No English "or": the « ou » answers the "and" alone.
        "Where the applicant and the guarantor consent, the authority may extend the period by one month.",
        "Lorsque le demandeur ou le garant y consent, l'autorité peut prolonger le délai d'un mois.",
        "and|ou",
    ),
    (
        # An English "or" that joins other words than the « ou » does.
        "Where the applicant and the guarantor consent, the authority may extend or renew the period by one month.",
        "Lorsque le demandeur ou le garant y consent, l'autorité peut prolonger ou renouveler le délai d'un mois.",
        "and|ou",
    ),
    (
        # An English "or" against « et »: compared as before, whatever English "and" the sentence says.
        "4.   The operator shall inform the authority if there is a significant change to the scope or value of its "
        "storage activities, and shall apply for a new authorisation.",
        "4.   L'exploitant informe l'autorité si la portée et la valeur de ses activités de stockage connaissent un "
        "changement important, et présente une nouvelle demande d'agrément.",
        "or|et",
    ),
]


@pytest.mark.parametrize(("en", "fr", "key"), _STILL, ids=["no-or", "or-elsewhere", "or-against-et"])
def test_an_and_or_an_or_with_no_such_answer_stays_compared(en: str, fr: str, key: str) -> None:
    assert [k.split(":")[-1] for k in connectives(en, fr)] == [key]
