"""Two negations joined by "or" after a modal ("cannot be, or can no longer be") answer their like first (issue 15).

English repeats the modal after "or" ("shall not refuse, or shall no longer refuse", "cannot be, or can no longer be");
French says « ne refusent pas ou ne refusent plus », « ne peut pas ou ne peut plus ».  The negations joined by "or" /
« ou » answered each other first only after an auxiliary ("do not or do no longer require"), not after a modal: with
the first French « ne … pas » dropped (« qui peut ou ne peut plus », « refusent ou ne refusent plus »), the French
« ne … plus » answered the English "cannot", the English "no longer" carried it on and needed no answer, and the drop
went unreported (32019L0001 Article 2(23), 32009L0073 Article 48 in the wide corpus).
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

_PAIRS = [
    (
        "(23) ‘final decision’ means a decision that cannot be, or can no longer be, appealed by ordinary means;",
        "23) «décision définitive»: une décision qui ne peut pas ou ne peut plus faire l'objet d'un recours par les "
        "voies ordinaires;",
        "qui ne peut pas ou",
        "qui peut ou",
    ),
    (
        "4.   Undertakings which have been granted no derogation shall not refuse, or shall no longer refuse, access "
        "to the system on the grounds of such commitments.",
        "4.   Les entreprises qui n'ont bénéficié d'aucune dérogation ne refusent pas ou ne refusent plus l'accès au "
        "réseau en raison de tels engagements.",
        "ne refusent pas ou",
        "refusent ou",
    ),
]


@pytest.mark.parametrize(("en", "fr", "neg", "bare"), _PAIRS)
def test_both_negations_said(en: str, fr: str, neg: str, bare: str) -> None:
    assert negations(en, fr) == []


@pytest.mark.parametrize(("en", "fr", "neg", "bare"), _PAIRS)
def test_first_french_negation_dropped(en: str, fr: str, neg: str, bare: str) -> None:
    assert negations(en, fr.replace(neg, bare, 1)) != []


def test_or_not_after_a_modal_in_french_only() -> None:
    en = "The Member State may grant the licence or may not do so."
    fr = "L'État membre peut accorder la licence ou ne pas le faire."
    assert negations(en, fr) == []
