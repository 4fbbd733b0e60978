"""A negative word said again by its cognate on the other side (issue 15: injected "negation dropped (en)" and "(en verb)"
on the wide corpus of EU acts, 32005l0060, 32008r0800, 32009l0081, 32024r1620, 32010l0031, 32007l0064, 32014l0025).

"engaging in illegal activity" / « une activité illégale », "unjustified obstacles" / « obstacles injustifiés »,
"to be in difficulty" / « en difficulté », "shall not differ" / « ne diffère pas »: the French renders the English
negative word by the same word (one the French lexicon of negative words does not hold, or not as a negation).  That
word is the English word's answer; it is no rendering of a French negation of another verb, so where the English
"not" of that verb is dropped, the French « ne … pas » is left without an answer and is reported.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

CASES = [
    (
        "6. Where the persons referred to in Article 4 seek to dissuade a customer from engaging in illegal activity, "
        "this shall {not}constitute a disclosure within the meaning of paragraph 2.",
        "6. Lorsque les personnes visées à l'article 4 s'efforcent de dissuader un client de prendre part à une "
        "activité illégale, il n'y a pas de divulgation au sens du paragraphe 2.",
    ),
    (
        "2. Technical specifications shall give tenderers equal access and shall {not}have the effect of creating "
        "unjustified obstacles to the opening up of the market.",
        "2. Les spécifications techniques permettent l'accès égal des soumissionnaires et n'ont pas pour effet de "
        "créer des obstacles injustifiés à l'ouverture du marché.",
    ),
    (
        "A company which has been set up for less than two years shall {not}be considered to be in difficulty "
        "during that period.",
        "Une société constituée depuis moins de deux ans n'est pas considérée comme étant en difficulté au cours de "
        "cette période.",
    ),
    (
        "The size of the shock shall be laid down by the supervisory authority and shall {not}differ between "
        "insurance undertakings.",
        "L'ampleur du choc est fixée par l'autorité de contrôle et ne diffère pas d'une entreprise d'assurance à "
        "l'autre.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), CASES)
def test_a_faithful_pair_is_quiet(en: str, fr: str) -> None:
    assert negations(en.format(**{"not": "not "}), fr) == []


@pytest.mark.parametrize(("en", "fr"), CASES)
def test_a_dropped_english_not_is_caught_though_its_word_is_a_negative_one(en: str, fr: str) -> None:
    assert negations(en.format(**{"not": ""}), fr) != []


def test_a_negative_word_with_no_cognate_still_answers_a_negation() -> None:
    # "shall be refused" / « ne sont pas enregistrées »: the French says the refusal by its negation, and has no
    # word of the English one; the two answer each other.
    en = "Trade marks which are contrary to public policy shall be refused registration."
    fr = "Les marques contraires à l'ordre public ne sont pas enregistrées."
    assert negations(en, fr) == []
