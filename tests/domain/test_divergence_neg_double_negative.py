"""obligation_mismatch, negation: a negation of a negative word (« ne … pas dénué de », « il ne saurait y avoir … sans »,
« ne sont pas négligeables ») says the affirmative, which the other language may say with neither word; the
faithful pair stays quiet, and a negation dropped where the other side keeps the negative word still fires (examples
written for these tests, in the style of EU acts)."""

from __future__ import annotations

import pytest

from mou_review.domain.divergence import ClausePair, Finding, check_pair


def negation(en: str, fr: str) -> list[Finding]:
    return [f for f in check_pair(ClausePair(en, fr)) if f.key.startswith("obligation_mismatch:negation")]


FAITHFUL = [
    (
        # « ne … pas dénués de fondement »: "founded"
        "(c) the objections of the applicant have a manifest basis in law.",
        "c) les objections du demandeur n'apparaissent pas manifestement dénuées de fondement juridique.",
    ),
    (
        # « il ne saurait y avoir … sans »: "is a precondition of"
        "(12) Reliable supervisory data are a precondition of effective market oversight.",
        "(12) Il ne saurait y avoir de surveillance efficace sans données prudentielles fiables.",
    ),
    (
        # « ne sont pas négligeables »: "significant"
        "(5) The costs of compliance for small fishing vessels are significant.",
        "(5) Les coûts de mise en conformité pour les petits navires de pêche ne sont pas négligeables.",
    ),
    (
        # "non-negligible" says « ne … pas » and « négligeables » at once
        "4.   Where the review identifies differences that are non-negligible, institutions shall adopt a margin.",
        "4.   Lorsque l'examen relève des différences qui ne sont pas négligeables, les établissements adoptent une "
        "marge.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), FAITHFUL)
def test_double_negative_answers_affirmative(en: str, fr: str) -> None:
    assert negation(en, fr) == []


# The same sentences where the other side says the negative word too: the negation must find its own answer.
DROPPED = [
    (
        # "free of" says a freedom, which French says by its own word: no double negative
        "Scientific research shall not be free of constraint.",
        "La recherche scientifique est libre.",
    ),
    (
        # the other side says the word of smallness itself: the negation needs its own answer
        "(5) The costs of compliance for small fishing vessels are negligible.",
        "(5) Les coûts de mise en conformité pour les petits navires de pêche ne sont pas négligeables.",
    ),
    (
        # a negative adjective of a noun, not the predicate: the negation denies the thing, not the adjective
        "6.   The exchange of records under paragraphs 1 to 3 shall result in a duplication of the hearing of victims.",
        "6.   L'échange de dossiers prévu aux paragraphes 1 à 3 ne saurait entraîner de répétition inutile de l'audition "
        "des victimes.",
    ),
    (
        # "without delay" says "promptly": no « sans » of a condition
        "Where the Office accepts the surrender, it shall not without delay inform the department concerned.",
        "Lorsque l'Office accepte la renonciation, il en informe immédiatement le service concerné.",
    ),
    (
        "(c) the objections of the applicant are manifestly unfounded in law.",
        "c) les objections du demandeur n'apparaissent pas manifestement dénuées de fondement juridique.",
    ),
    (
        "(8) The notification procedure should entail excessive costs for small operators.",
        "(8) Il convient que la procédure de notification n'entraîne pas de coûts excessifs pour les petits "
        "opérateurs.",
    ),
    (
        # a prohibition ("shall not be deprived of") needs its answer though its verb is a negative word: with the
        # « ne » dropped, the French grants what the English forbids
        "Victims shall not be deprived of the assistance provided for in Article 4.",
        "Les victimes peuvent être privées de l'assistance prévue à l'article 4.",
    ),
    (
        # an affirmative the other side says with no negative word, but a negation whose word stands far from it
        "(8) The procedure should be simple for operators, and the authorities should publish it.",
        "(8) Il convient que la procédure soit simple pour les opérateurs, et que les autorités ne la publient "
        "pas, dans tous les cas où elle est sans objet.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), DROPPED)
def test_double_negative_not_against_negative_word(en: str, fr: str) -> None:
    assert negation(en, fr)
