"""The words of an end ("loss of a right", "obsolete", "disruption") against « ne … plus » (issue 15).

English names the end of a thing by a noun or an adjective: "shall result in loss of that right", "has become
obsolete", "an abrupt disruption to the access"; French says that the thing is no longer: « ce droit ne pourra plus être
invoqué », « n'a plus lieu d'être », « n'aient soudain plus accès ».  Like the words of doing away with a thing
("elimination", « suppression »), they answer only a negation of an end or of an absence (« ne … plus », « pas de »),
anywhere in the sentence, and no negation of another verb.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

_END = [
    (
        "7. Failure to satisfy the requirements concerning the claim shall result in loss of that right for the "
        "application.",
        "7. S'il n'est pas satisfait aux conditions relatives à la revendication, ce droit de revendication ne pourra "
        "plus être invoqué pour la demande.",
    ),
    (
        "Therefore, the obligation in that Directive that required Member States to encourage the availability of "
        "terminal equipment has become obsolete and should be repealed.",
        "Par conséquent, l'obligation de cette directive, qui imposait aux États membres d'encourager la mise à "
        "disposition d'équipements terminaux n'a plus lieu d'être et devrait être abrogée.",
    ),
    (
        "An abrupt disruption to the access to those benchmarks for supervised entities could also pose a threat to "
        "financial stability.",
        "Le fait que ces entités n'aient soudain plus accès à ces indices pourrait aussi représenter une menace pour "
        "la stabilité financière.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), _END, ids=["loss of", "obsolete", "disruption"])
def test_a_word_of_an_end_answers_no_longer(en: str, fr: str) -> None:
    assert negations(en, fr) == []


@pytest.mark.parametrize(("en", "fr"), _END, ids=["loss of", "obsolete", "disruption"])
def test_without_the_word_the_negation_is_unanswered(en: str, fr: str) -> None:
    plain = (
        en.replace("loss of", "use of")
        .replace("has become obsolete", "has become clear")
        .replace("An abrupt disruption to", "A change in")
    )
    assert plain != en
    assert negations(plain, fr) != []


def test_a_word_of_an_end_answers_no_other_negation() -> None:
    en = "Failure to pay the fee shall result in loss of that right."
    fr = "Si la taxe n'est pas acquittée, ce droit ne peut être invoqué."
    assert negations(en, fr) != []
