"""A glossary term that French says again by its pronoun.

The items of a list of what competent authorities do may name them again in English ("request the institution
to perform tests proposed by the competent authorities", "where competent authorities deem the results
incompatible") where French, having named them in the opening words, refers back to them by « elles » (« les
tests qu'elles auront proposés », « si elles jugent »).  The pronoun of the term's gender and number, with the
term's noun nowhere on the French side, answers it loosely: a note, not a warning.  A French side that drops
the term with no pronoun, or names the bare noun (« les autorités veillent »), still warns.
"""

from __future__ import annotations

import pytest

from mou_review.domain.divergence import ClausePair, Severity, check_pair


def term_severities(en: str, fr: str) -> list[Severity]:
    """Return the severities of the term findings on a pair."""
    return [f.severity for f in check_pair(ClausePair(en, fr)) if f.check == "term_mismatch"]


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "(c) ask the firm to run the checks designed by the competent authorities;",
            "c) demander à l'entreprise d'effectuer les contrôles qu'elles auront conçus;",
        ),
        (
            "(b) where competent authorities find the figures referred to in point (a) inconsistent, look for the "
            "reason of that inconsistency;",
            "b) si elles jugent incohérents les chiffres visés au point a), rechercher la raison de cette "
            "incohérence;",
        ),
    ],
)
def test_the_term_said_again_by_its_pronoun_is_a_note(en: str, fr: str) -> None:
    assert term_severities(en, fr) == [Severity.INFO]


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        # The term dropped, no pronoun.
        (
            "ESMA shall report each year on the fines imposed by competent authorities.",
            "L'AEMF fait rapport chaque année sur les amendes infligées.",
        ),
        # A singular pronoun does not say a plural term again.
        (
            "(c) ask the firm to run the checks designed by the competent authorities;",
            "c) demander à l'entreprise d'effectuer les contrôles qu'elle aura conçus;",
        ),
        # The bare noun with the pronoun: the qualifier is missing, as in « les autorités veillent ».
        (
            "(c) ask the firm to run the checks designed by the competent authorities;",
            "c) demander à l'entreprise d'effectuer les contrôles que les autorités auront conçus, si elles le "
            "souhaitent;",
        ),
    ],
)
def test_a_term_dropped_without_its_pronoun_still_warns(en: str, fr: str) -> None:
    assert term_severities(en, fr) == [Severity.WARNING]
