"""A subject « aucun … » longer than a hundred characters before its « ne » and modal (issue 15: wide corpus of EU
acts, 32018r1139, 32020l1828, 32023r2854, 32024r1689).

« Aucun critère appliqué pour la désignation des entités … ne devrait entraver » says one negation, "Any criteria …
should not hamper": French opens it at the subject and closes it at the verb, English says it at the verb.  A subject
of up to a hundred characters was read as one prohibition; a longer one left « aucun » a negation of its own, which
the one English "not" could not answer as well as the « ne » of the verb.  The subject may run to two hundred
characters, where it opens its clause and holds no other negation.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "(12) Any condition laid down for the registration of the trading venues operating in one or more Member "
            "States under this Directive should not restrict the freedom to provide services.",
            "(12) Aucune condition fixée pour l'enregistrement des plates-formes de négociation exerçant leurs activités "
            "dans un ou plusieurs États membres au titre de la présente directive ne devrait restreindre la libre "
            "prestation de services.",
        ),
        (
            "The request was approved. Any other duty of supervision resting with the home Member State of the "
            "management company that made the request should remain unaffected by the delegation.",
            "La demande a été approuvée. Aucune autre obligation de surveillance incombant à l'État membre d'origine de "
            "la société de gestion qui a présenté la demande ne devrait être affectée par la délégation.",
        ),
    ],
)
def test_a_long_aucun_subject_and_its_verb_say_one_negation(en: str, fr: str) -> None:
    assert negations(en, fr) == []


def test_a_negation_dropped_from_the_english_is_still_caught() -> None:
    en = (
        "(12) Any condition laid down for the registration of the trading venues operating in one or more Member "
        "States under this Directive should restrict the freedom to provide services."
    )
    fr = (
        "(12) Aucune condition fixée pour l'enregistrement des plates-formes de négociation exerçant leurs activités "
        "dans un ou plusieurs États membres au titre de la présente directive ne devrait restreindre la libre "
        "prestation de services."
    )
    assert negations(en, fr) != []
