"""« Rien n'empêche » ("nothing prevents"): the pronoun « rien » as subject, before its verb's « ne » (issue 15: wide
corpus of EU acts, 32022r1925, 32014l0059, 32019l0001, 32023r2854).

« Rien n'empêche le contrôleur d'accès de prendre des mesures » says "the gatekeeper shall not be prevented from taking
measures"; its « ne » is no expletive but half of a negation whose other half, « rien », stands before it, as « nul »
does in « nul ne peut ».  Read as an expletive, the « ne » answered nothing and asked nothing: an English "not" dropped
("the gatekeeper shall be prevented from taking measures") left the two texts saying opposite things in silence.
"""

from __future__ import annotations

import pytest

from mou_review.domain import deontic
from mou_review.domain.textnorm import fold
from mou_review.domain.types import Lang
from tests.domain.divergence_keys import negations

_FAITHFUL = [
    (
        "The gatekeeper shall not be prevented from taking strictly necessary measures to ensure that "
        "interoperability does not compromise the integrity of the operating system.",
        "Rien n'empêche le contrôleur d'accès de prendre des mesures strictement nécessaires visant à éviter que "
        "l'interopérabilité ne compromette l'intégrité du système d'exploitation.",
    ),
    (
        "(30) Even though nothing prevents Member States from laying down rules for administrative as well as "
        "criminal sanctions for the same infringements, they should not be required to do so.",
        "(30) Bien que rien n'empêche les États membres de prévoir des sanctions administratives et des sanctions "
        "pénales pour les mêmes infractions, ils ne devraient pas être tenus de le faire.",
    ),
    (
        "(12) Member States are not precluded from also protecting the former directors of the applicant from "
        "sanctions.",
        "(12) Rien n'empêche les États membres de protéger aussi les anciens dirigeants du demandeur contre des "
        "sanctions.",
    ),
]
_IDS = ["shall not be prevented", "nothing prevents", "not precluded"]


@pytest.mark.parametrize(("en", "fr"), _FAITHFUL, ids=_IDS)
def test_rien_ne_answers_an_english_negation(en: str, fr: str) -> None:
    assert negations(en, fr) == []


@pytest.mark.parametrize(("en", "fr"), _FAITHFUL, ids=_IDS)
def test_an_english_negation_dropped_against_rien_ne_is_flagged(en: str, fr: str) -> None:
    dropped = en.replace("shall not be", "shall be").replace("nothing prevents", "something prevents")
    dropped = dropped.replace("are not precluded", "are precluded")
    assert dropped != en
    assert negations(dropped, fr) == ["obligation_mismatch:negation:rien n'"]


def test_rien_ne_is_a_negation_and_its_ne_no_expletive() -> None:
    text = "Rien n'empêche le contrôleur d'accès de prendre des mesures."
    profile = deontic.profile(fold(text), Lang.FR, text)
    assert [text[a:b] for a, b in profile.negation] == ["Rien n'"]
    assert all(group != "expletive" for _a, _b, group in profile.weak)
    assert list(profile.litotes.values()) == ["prevent"]


def test_rien_as_an_object_after_ne_is_still_one_negation() -> None:
    text = "La Commission ne modifie rien au texte."
    profile = deontic.profile(fold(text), Lang.FR, text)
    assert [text[a:b] for a, b in profile.negation] == ["ne modifie rien"]
