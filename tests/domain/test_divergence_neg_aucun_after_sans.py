"""« aucun » after « sans » or « ni » takes no « ne » of its own (issue 15, wide corpus of EU acts).

« aucun » negates with the « ne » of its verb (« aucune autorité ne peut »), never with a « pas »: after « sans »
(« sans aucune marge », « sans exercer aucune autre activité », "without any") or « ni » (« ni aucun local »), it
agrees with that word, in a phrase with no verb of its own, and the « ne … pas » after the phrase is the negation of
the main verb.  Read as the « ne » of « aucun … ne », that negation was lost with the « aucun » of « sans »: an
English negation at its place went unanswered (a false alarm), and the same English with its "not" dropped went
unreported.
"""

from __future__ import annotations

import pytest

from mou_review.domain.deontic import profile
from mou_review.domain.textnorm import fold
from mou_review.domain.types import Lang
from tests.domain.divergence_keys import negations

# (English, French, the English negation, the French negation)
_SANS_AUCUN = [
    (
        "Fees that are set by a decision adopted without any consultation of the bodies representing the growers "
        "concerned should not be regarded as levies for the purposes of this Regulation.",
        "Les redevances fixées par une décision adoptée sans aucune consultation des organismes représentant les "
        "producteurs concernés ne devraient pas être considérées comme des prélèvements aux fins du présent règlement.",
        "should not be regarded",
        "ne devraient pas être considérées",
    ),
    (
        "Neither should ports that merely store cargo on behalf of a carrier without offering any other logistics "
        "service on their premises be regarded as operators of a terminal for the purposes of this Directive.",
        "De même, des ports qui se contentent d'entreposer des marchandises pour le compte d'un transporteur sans "
        "proposer aucun autre service logistique dans leurs locaux ne devraient pas être considérés comme des "
        "exploitants de terminal aux fins de la présente directive.",
        "Neither should",
        "ne devraient pas être considérés",
    ),
]


@pytest.mark.parametrize(
    ("en", "fr", "neg_en", "neg_fr"), _SANS_AUCUN, ids=["sans aucune", "sans VERB aucun"]
)
def test_main_verb_negation_after_sans_aucun_answers_english(
    en: str, fr: str, neg_en: str, neg_fr: str
) -> None:
    assert negations(en, fr) == []


def test_english_negation_dropped_against_sans_aucun_is_caught() -> None:
    en, fr, neg_en, _neg_fr = _SANS_AUCUN[0]
    assert negations(en.replace(neg_en, "should be regarded"), fr) != []


def test_french_negation_dropped_after_sans_aucun_is_caught() -> None:
    en, fr, _neg_en, neg_fr = _SANS_AUCUN[0]
    assert negations(en, fr.replace(neg_fr, "devraient être considérées")) != []


def _negations_fr(text: str) -> list[str]:
    """The French negations of ``text``, those that carry on another one included."""
    folded = fold(text)
    p = profile(folded, Lang.FR, text)
    return [folded[a:b] for a, b in sorted(p.negation + p.cont)]


def test_ne_pas_after_ni_aucun_is_the_next_verbs() -> None:
    # « ni aucun entrepôt … et ne confie pas »: the « ne … pas » negates « confie », not « aucun entrepôt »
    fr = (
        "L'exploitant ne partage aucun logiciel, ni aucun entrepôt avec une entité du groupe et ne confie pas "
        "ses contrôles aux mêmes auditeurs."
    )
    assert "ne confie pas" in _negations_fr(fr)


def test_aucun_subject_keeps_its_ne() -> None:
    assert _negations_fr("Aucune autorité ne peut exiger ce document.") == ["aucune autorite ne peut"]
    assert _negations_fr("Sans qu'aucune autorisation ne soit nécessaire, le service est fourni.") == []
    assert _negations_fr("Ni aucun autre organisme ne peut exiger ce document.") == [
        "ni aucun autre organisme ne"
    ]
