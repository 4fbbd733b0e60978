"""A French side longer than the English band allows because it restates a phrase (issue 15, wide corpus of EU acts).

English says a phrase once and lets it govern the rest ("holds debt instruments of or has other debt arrangements
with that person, body or entity"); French repeats it where each verb or noun needs it (« détient des titres de
créance sur cette personne, cet organisme ou cette entité ou a conclu d’autres accords de dette avec cette
personne, cet organisme ou cette entité »).  A passage the French says a second time adds nothing the English
could lack: it is not weighed as prose.  An English side that lost part of its content is still a warning.
"""

from __future__ import annotations

import pytest

from mou_review.domain.divergence import ClausePair, Finding, Severity, check_pair

RESTATED = [
    (  # 32025r1142 Art. 2, point (b)
        "(b) holds debt instruments of or has other debt arrangements with that person, body or entity;",
        "b) détient des titres de créance sur cette personne, cet organisme ou cette entité ou a conclu d’autres "
        "accords de dette avec cette personne, cet organisme ou cette entité;",
    ),
    (  # 32024r1789 Art. 44, point (b)
        "(b) directly or indirectly owned or controlled by, or acting on behalf or at the direction of natural or "
        "legal persons, entities or bodies subject to such Union restrictive measures.",
        "b) sont, directement ou indirectement, détenus ou contrôlés par une personne physique ou morale, une entité "
        "ou un organisme faisant l’objet de telles mesures restrictives de l’Union, ou agissent, directement ou "
        "indirectement, pour le compte ou selon les instructions d’une telle personne physique ou morale ou entité "
        "ou d’un tel organisme.",
    ),
    (  # 32017r1018 Art. 2, point (d)
        "(d) ‘passport notification’ means an investment services and activities passport notification, a branch "
        "passport notification, tied agent passport notification, or a notification for the provision of "
        "arrangements to facilitate access to an MTF or an OTF.",
        "d) «notification relative à l'exercice de la libre prestation de services ou du droit d'établissement», une "
        "notification relative à l'exercice de la libre prestation de services et d'activités d'investissement, une "
        "notification relative à l'exercice du droit d'établissement d'une succursale, une notification relative à "
        "l'exercice du droit de recours à un agent lié, ou une notification relative à la mise en place de "
        "dispositifs visant à faciliter l'accès à un MTF ou un OTF.",
    ),
]

CUT_SHORT = [
    (  # the English lost its second verb: the French restates nothing the English says
        "(b) holds debt instruments of that person;",
        RESTATED[0][1],
    ),
    (
        "(b) directly or indirectly owned by such persons.",
        RESTATED[1][1],
    ),
]


def length(en: str, fr: str) -> list[Finding]:
    return [f for f in check_pair(ClausePair(en, fr)) if f.check == "length_ratio"]


@pytest.mark.parametrize(("en", "fr"), RESTATED, ids=["debt", "owned", "passport"])
def test_a_french_side_that_restates_a_phrase_is_no_warning(en: str, fr: str) -> None:
    assert all(f.severity is Severity.INFO for f in length(en, fr))


@pytest.mark.parametrize(("en", "fr"), CUT_SHORT, ids=["debt", "owned"])
def test_an_english_side_short_of_content_is_still_a_warning(en: str, fr: str) -> None:
    assert [f.severity for f in length(en, fr)] == [Severity.WARNING]
