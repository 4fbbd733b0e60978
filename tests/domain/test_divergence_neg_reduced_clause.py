"""A French negation in a clause of its own that English reduces to a negative word (issue 15, wide corpus).

English often reduces a relative or subordinate clause to a participle or a phrase and its negation to a negative
word at its place ("another activity not covered by this Regulation", "services developed outside the control of",
"should not affect"), where French keeps the clause and its « ne … pas » (« qui n'est pas régie par », « qui ne sont
pas conçus … sous le contrôle de », « Il faut que … n'ait pas d'incidence »).  That French negation is rendered by
the English word at its place; an English negation said far from it renders another clause.  With the French
negation of that other clause dropped, the far English negation took the reduced clause's negation and hid the drop.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import changed, negations

_REDUCED = [
    (
        "(57) This Decision should not affect those rules of national procedural law that are not harmonised by it.",
        "(57) Il faut que la décision n'ait pas d'incidence sur les règles de procédure nationale qu'elle "
        "n'harmonise pas.",
        ("fr", "qu'elle n'harmonise pas", "qu'elle harmonise"),
    ),
    (
        "(b) lawyers who give legal advice in the course of another professional activity not covered by this "
        "Regulation, provided that it is not invoiced;",
        "b) aux avocats qui donnent des conseils juridiques dans le cadre d'une autre activité professionnelle qui "
        "n'est pas régie par le présent règlement, à condition qu'ils ne soient pas facturés;",
        ("fr", "ne soient pas facturés", "soient facturés"),
    ),
    (
        "Conversely, platforms that do not host any content uploaded by their users on behalf of their customers or "
        "of third parties, or services designed and developed outside the control of a provider of such platforms, "
        "do not fall within the scope of this Regulation.",
        "À l'inverse, les plateformes qui n'hébergent pas de contenus téléversés par leurs utilisateurs pour le "
        "compte de leurs clients ou de tiers, ou les services qui ne sont pas conçus et développés sous le contrôle "
        "d'un fournisseur de telles plateformes ne relèvent pas du champ d'application du présent règlement.",
        ("fr", "qui n'hébergent pas", "qui hébergent"),
    ),
]


@pytest.mark.parametrize(("en", "fr", "drop"), _REDUCED, ids=["should-not-affect", "not-covered", "outside"])
def test_a_far_negation_does_not_take_the_negation_of_a_reduced_clause(
    en: str, fr: str, drop: tuple[str, str, str]
) -> None:
    assert negations(en, fr) == []
    assert negations(*changed(en, fr, drop)) != []


def test_a_word_french_says_too_renders_that_word_not_the_negation() -> None:
    # "solely" / « uniquement »: the English word renders its French like, and the French negation of the relative
    # clause (« qui n'offrent pas ») is left to the English "do not offer", however far word order puts it.
    en = (
        "(12) Savings products that do not offer any return on the sums invested and deposits exposed solely to "
        "changes in interest rates should be excluded from the scope of this Regulation."
    )
    fr = (
        "(12) Il convient d'exclure du champ d'application du présent règlement, compte tenu de leurs "
        "caractéristiques particulières et de leurs objectifs, les produits d'épargne qui n'offrent pas de rendement "
        "sur les sommes investies et les dépôts exposés uniquement aux variations des taux d'intérêt."
    )
    assert negations(en, fr) == []
    assert negations(*changed(en, fr, ("fr", "qui n'offrent pas de", "qui offrent un"))) != []
