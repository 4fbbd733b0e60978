"""A negative word that renders the same word of the other side answers no negation (issue 15).

"should be excluded" / « il convient d'exclure », "an excessive burden" / « une charge excessive »: a
negative word of one side that the other side says by the same word (anywhere in the sentence: French puts « il
convient d'exclure » first, English "should be excluded" last) renders that word, and says no negation.  With the
French « ne … pas » dropped from the relative clause or from the verb beside it, that word took the English "not" as
its answer, and the French, which now affirms, went unreported.  Not where the English word is the one its "not"
negates ("not excessive" / « non excessif » say one negation).
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

# (English, French, the French negated words, those words with the negation dropped)
_RENDERED = [
    (
        "(12) Insurance products that do not offer any investment opportunity and deposits solely exposed to "
        "interest rates should be excluded from the scope of this Regulation.",
        "(12) Il convient d'exclure du champ d'application du présent règlement les produits d'assurance qui ne "
        "comportent pas de possibilité d'investissement et les dépôts exposés uniquement à des taux d'intérêt.",
        "qui ne comportent pas de",
        "qui comportent de",
    ),
    (
        "(7) In accordance with the principle of proportionality, administrators of non-significant indices "
        "should not be subject to an excessive administrative burden.",
        "(7) Conformément au principe de proportionnalité, les administrateurs d'indices d'importance non "
        "significative ne devraient pas être soumis à une charge administrative excessive.",
        "ne devraient pas être",
        "devraient être",
    ),
]
_IDS = ["exclure-excluded", "excessive-excessive"]


@pytest.mark.parametrize(("en", "fr", "neg", "pos"), _RENDERED, ids=_IDS)
def test_a_faithful_pair_is_quiet(en: str, fr: str, neg: str, pos: str) -> None:
    assert negations(en, fr) == []


@pytest.mark.parametrize(("en", "fr", "neg", "pos"), _RENDERED, ids=_IDS)
def test_the_word_said_on_both_sides_does_not_answer_the_english_not(
    en: str, fr: str, neg: str, pos: str
) -> None:
    assert negations(en, fr.replace(neg, pos)) != []


def test_a_negative_word_for_the_negated_word_still_answers_it() -> None:
    en = "The list of criteria set out in Annex II shall not be exhaustive."
    fr = "La liste des critères figurant à l'annexe II est non exhaustive."
    assert negations(en, fr) == []


def test_the_word_said_on_both_sides_does_not_answer_the_french_negation() -> None:
    en = (
        "An undertaking which has existed for less than two years shall not be considered, for the purposes of this "
        "Regulation, to be in difficulty during that period unless it meets the condition set out in paragraph 2."
    )
    fr = (
        "Une entreprise qui existe depuis moins de deux ans n'est pas considérée, aux fins du présent règlement, comme "
        "étant en difficulté pendant cette période, à moins qu'elle ne remplisse la condition énoncée au paragraphe 2."
    )
    assert negations(en, fr) == []
    assert negations(en.replace("shall not be considered", "shall be considered"), fr) != []
