"""Two gerunds that share one object, joined by "and" in English and by « ou » in French (issue 15).

"when requesting and notifying information" / « lorsqu'elles demandent ou notifient des informations », "other than
the posting and collecting of margins" / « autre que la fourniture ou la collecte de marges », "credit pricing and
scoring" / « des prix ou scores du crédit »: two words in -ing side by side name two operations done on one thing,
the kinds of activity the provision speaks of, as "delegated and implementing acts" names two kinds of act (see
test_divergence_connective_shared_head.py).  English names the pair of activities by "and", French each occasion
by « ou »: the provision holds of each operation in both texts, and the connective joins no conditions.  Still
compared: two finite verbs and their object ("refuses and withdraws authorisation" / « refuse ou retire
l'autorisation »), a gerund joined to a clause or a noun, and an English "or" against « et » (what "and" made "or"
looks like).
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import connectives

_GERUNDS = [
    (
        # 32021r1722, recital 3 (wide corpus, even part)
        "(3) Standardised forms should be introduced and made available to competent authorities to facilitate their "
        "communication when requesting and notifying information from and to each other, in order to ensure "
        "consistent and efficient cooperation.",
        "(3) Des formulaires normalisés devraient être établis et mis à la disposition des autorités compétentes pour "
        "faciliter leur communication lorsqu’elles demandent ou notifient des informations à leurs homologues, afin de "
        "garantir une coopération cohérente et efficace.",
    ),
    (
        # Commission Delegated Regulation (EU) 2016/2251, Article 9 (real corpus, calibration)
        "(c) where an existing non-centrally cleared OTC derivative contract triggers a payment or a delivery other "
        "than the posting and collecting of margins;",
        "c) un contrat dérivé de gré à gré non compensé de manière centrale existant déclenche un paiement ou une "
        "livraison autre que la fourniture ou la collecte de marges;",
    ),
    (
        # Regulation (EU) 2020/1503 (crowdfunding), Article 11 (real corpus, practice)
        "(f) where applicable to the business model, gross negligence in carrying out asset valuation or credit "
        "pricing and scoring.",
        "f) en ce qui concernent le modèle d’affaires, le risque de négligence grave dans la détermination de la "
        "valeur de l’actif ou des prix ou scores du crédit.",
    ),
]


@pytest.mark.parametrize(
    ("en", "fr"), _GERUNDS, ids=["requesting-notifying", "posting-collecting", "pricing-scoring"]
)
def test_two_gerunds_of_one_object_are_not_a_condition(en: str, fr: str) -> None:
    assert connectives(en, fr) == []


_STILL = [
    (
        "Where the competent authority refuses and withdraws authorisation, it shall inform the applicant.",
        "Lorsque l'autorité compétente refuse ou retire l'autorisation, elle en informe le demandeur.",
        "and|ou",
    ),
    (
        "Where the operator is processing and the data are transferred, the authority shall be informed.",
        "Lorsque l'exploitant effectue le traitement ou que les données sont transférées, l'autorité en est informée.",
        "and|ou",
    ),
    (
        "When requesting or notifying information, the authorities shall use the standard forms.",
        "Lorsqu'elles demandent et notifient des informations, les autorités utilisent les formulaires types.",
        "or|et",
    ),
]


@pytest.mark.parametrize(("en", "fr", "key"), _STILL, ids=["finite-verbs", "gerund-clause", "or-et"])
def test_other_connectives_still_compared(en: str, fr: str, key: str) -> None:
    assert any(k.endswith(key) for k in connectives(en, fr))
