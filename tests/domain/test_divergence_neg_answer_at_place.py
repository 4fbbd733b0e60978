"""A negation answered at its place by a negative word is not taken from afar by another negation (issue 15).

"where certain transactions are ignored" / « lorsque certaines opérations ne sont pas prises en compte », "95 % or more, but
not all," / « au moins 95 %, mais pas la totalité, », "who has not paid … shall be prohibited" / « ne lui a pas été
versée … se voit interdire »: a negation of one side is said at its place by a negative word of the other
("ignored", « mais pas », « interdire »).  Word order moves a clause within its sentence, not a negation from one
clause to another: the negation of the other side's other clause does not answer it from afar while that word stands
there.  Else a negation dropped (or added) in the other clause hides behind it: with "shall not require" made "shall
require", "but not all" took « n'impose pas » and the drop went unreported.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import changed, negations

_PAIRS = [
    (
        "Where certain transactions are ignored for the purposes of paragraph 2, the amount of the charge owed by the holder of the "
        "account for the whole of the period concerned shall be calculated in accordance with national rules.",
        "Lorsque certaines opérations ne sont pas prises en compte aux fins du paragraphe 2, le montant de la redevance due "
        "par le titulaire du compte pour l'ensemble de la période concernée est calculé conformément aux règles "
        "nationales.",
        ("en", "shall be calculated", "shall not be calculated"),
    ),
    (
        "Where an undertaking holds 95 % or more, but not all, of the voting shares of the target company, the Member "
        "State shall not require a report by an independent expert in respect of the offer.",
        "Lorsqu'une entreprise détient au moins 95 %, mais pas la totalité, des actions avec droit de vote de la "
        "société visée, l'État membre n'impose pas de rapport d'un expert indépendant concernant l'offre.",
        ("en", "shall not require", "shall require"),
    ),
    (
        "Any applicant who has not paid the registration fee within the period set by the office and notified to it "
        "by registered letter with acknowledgement of receipt shall be prohibited, in accordance with Article 12, "
        "from using the protected designation for its products.",
        "Si la taxe d'enregistrement ne lui a pas été versée dans le délai fixé par l'office et notifié par lettre "
        "recommandée avec accusé de réception, le demandeur se voit interdire, conformément à l'article 12, "
        "d'utiliser la dénomination protégée pour ses produits.",
        ("en", "has not paid", "has paid"),
    ),
]
_IDS = ["ignored", "but-not-all", "prohibited"]


@pytest.mark.parametrize(("en", "fr", "change"), _PAIRS, ids=_IDS)
def test_the_faithful_pair_is_silent(en: str, fr: str, change: tuple[str, str, str]) -> None:
    assert negations(en, fr) == []


@pytest.mark.parametrize(("en", "fr", "change"), _PAIRS, ids=_IDS)
def test_the_negation_of_the_other_clause_is_missed(en: str, fr: str, change: tuple[str, str, str]) -> None:
    assert negations(*changed(en, fr, change)) != []
