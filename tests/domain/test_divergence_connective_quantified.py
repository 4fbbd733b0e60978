"""An English "and" of a list a quantifier opens answers a French « ou » (issue 15).

"each operator and aircraft operator" / « chaque exploitant ou exploitant d'aéronef », "any planned or effective
changes to the capacity, activity level and operation" / « toute modification … de la capacité, du niveau d'activité ou
de l'exploitation », "whenever contingencies, exceptions, errors, and pricing failures occur" / « à chaque fois que se
produit un imprévu, une exception, une erreur ou un défaut »: the quantifier ranges over each member of the list, which
English names by "and" and French by « ou ».  Only that way round: an "or" made of such an "and" against the official
« et » is still reported, and so is an "and" of a list no quantifier opens.
"""

from __future__ import annotations

import pytest

from mou_review.domain import connectives as connectives_mod
from mou_review.domain.divergence import ClausePair, Severity, check_pair


def connectives(en: str, fr: str) -> list[str]:
    """Return the keys of the connective findings at warning or error on a pair."""
    return [
        f.key
        for f in check_pair(ClausePair(en, fr))
        if f.severity is not Severity.INFO and f.key.startswith("obligation_mismatch:connective")
    ]


# Official pairs of the wide corpus (32019r1122, 32012r0601, 32024r1085), each with the words of its list.
_QUANTIFIED = [
    (
        "1.   Whenever required by national law, each operator and aircraft operator shall select a verifier from the "
        "list of verifiers registered with the national administrator administering its account.",
        "1.   Lorsque le droit national l'exige, chaque exploitant ou exploitant d'aéronef choisit un vérificateur sur la "
        "liste des vérificateurs enregistrés auprès de l'administrateur national qui gère son compte.",
        ("each operator", "operator"),
    ),
    (
        "(a) the operator regularly checks if information regarding any planned or effective changes to the capacity, "
        "activity level and operation of an installation is relevant under that Decision;",
        "a) que l’exploitant vérifie régulièrement que les informations concernant toute modification prévue ou "
        "effective de la capacité, du niveau d’activité ou de l’exploitation d’une installation sont pertinentes en "
        "vertu de cette décision;",
        ("any planned or effective changes to", "changes to"),
    ),
    (
        "(vi) verify that the rectification processes referred to in paragraph 2, point (e) are robust and are followed "
        "in practice whenever contingencies, exceptions, errors, and pricing failures occur;",
        "vi) vérifient que les processus de rectification visés au paragraphe 2, point e), sont solides et sont suivis "
        "dans la pratique à chaque fois que se produit un imprévu, une exception, une erreur ou un défaut de "
        "tarification;",
        ("whenever contingencies", "if contingencies"),
    ),
]


@pytest.mark.parametrize(("en", "fr", "words"), _QUANTIFIED, ids=["each", "any", "whenever"])
def test_an_and_a_quantifier_opens_answers_ou(en: str, fr: str, words: tuple[str, str]) -> None:
    assert connectives(en, fr) == []
    # Without the quantifier the list is a condition's, and its "and" against « ou » is reported.
    assert connectives(en.replace(*words, 1), fr) != []


def test_an_or_a_quantifier_opens_is_still_compared_with_et() -> None:
    en = (
        "Where each operator and aircraft operator submits the report, the competent authority shall assess it "
        "without delay."
    )
    fr = (
        "Lorsque chaque exploitant et exploitant d'aéronef soumet la déclaration, l'autorité compétente l'évalue sans "
        "tarder."
    )
    assert connectives(en, fr) == []
    assert connectives(en.replace("operator and", "operator or", 1), fr) != []


def test_a_quantifier_before_a_verb_does_not_reach_the_list_after_it() -> None:
    en = "Where any operator has emission allowances and derivatives, it shall report them to the authority."
    fr = "Lorsqu'un exploitant détient des quotas d'émission ou des instruments dérivés, il les déclare à l'autorité."
    assert connectives(en.replace("any operator", "the operator"), fr) != []
    assert connectives(en, fr) != []


@pytest.mark.parametrize(
    ("phrase", "verb"),
    [("each party succeeds on some and", True), ("each operator and aircraft operator", False)],
)
def test_each_before_its_verb_does_not_reach_the_connective_of_the_clause(phrase: str, verb: bool) -> None:
    # (32009r0207) "where each party succeeds on some and fails on other heads": "each" takes a singular noun, so
    # "succeeds" is the verb of a clause, whose "and" joins what it says, no list the quantifier opens.
    assert (connectives_mod._EN_SINGULAR_VERB.match(phrase) is not None) is verb
