"""Negations of the wide corpus of EU acts (issue 15, even half): real pairs, cited by their id, that the
negation check read wrongly, and the same pairs with the negation dropped, which it must still catch.
"""

from __future__ import annotations

import pytest

from mou_review.domain.divergence import ClausePair, Severity, check_pair


def negations(en: str, fr: str) -> list[str]:
    """Return the keys of the negation findings at warning or error on a pair."""
    return [
        f.key
        for f in check_pair(ClausePair(en, fr))
        if f.severity is not Severity.INFO and f.key.startswith("obligation_mismatch:negation")
    ]


# "or not" before a word of its own negates that word: the alternative ("whether … or not", "X or not X") says none.
_OR_NOT = [
    (
        # 32009l0081-r024
        "Contracting authorities/entities may find themselves obliged to award a single contract for acquisitions "
        "which is covered partially by this Directive, with the remaining part either falling within the scope of "
        "Directive 2004/17/EC or Directive 2004/18/EC or not being subject to this Directive, Directive 2004/17/EC or "
        "Directive 2004/18/EC.",
        "Les pouvoirs adjudicateurs ou entités adjudicatrices peuvent se voir contraints de passer un marché unique "
        "pour des acquisitions partiellement couvert par la présente directive, le restant soit relevant du champ "
        "d’application de la directive 2004/17/CE ou de la directive 2004/18/CE, soit ne relevant ni de la présente "
        "directive, ni de la directive 2004/17/CE, ni de la directive 2004/18/CE.",
        (
            "fr",
            "soit ne relevant ni de la présente directive, ni de la directive 2004/17/CE, ni",
            "soit relevant de la présente directive, de la directive 2004/17/CE ou",
        ),
    ),
    (
        # 32023l0958-r028
        "Implementing powers should be conferred on the Commission to allow aircraft operators based in a Member "
        "State to use unit types additional to that list of units for compliance or not to be bound by the "
        "conditions for eligibility of units introduced by this Directive.",
        "Il convient de conférer des compétences d’exécution à la Commission pour autoriser les exploitants "
        "d’aéronefs établis dans un État membre à utiliser des types d’unités venant s’ajouter à ceux figurant sur "
        "cette liste des unités à des fins de conformité ou leur permettre de ne pas être liés par les conditions "
        "d’admissibilité des unités introduites par la présente directive.",
        ("en", "or not to be bound", "or to be bound"),
    ),
]


@pytest.mark.parametrize(("en", "fr", "dropped"), _OR_NOT, ids=["not being subject", "not to be bound"])
def test_or_not_before_a_word_of_its_own_is_a_negation(
    en: str, fr: str, dropped: tuple[str, str, str]
) -> None:
    assert negations(en, fr) == []
    side, said, plain = dropped
    assert said in (en if side == "en" else fr)
    if side == "en":
        assert negations(en.replace(said, plain), fr) != []
    else:
        assert negations(en, fr.replace(said, plain)) != []


@pytest.mark.parametrize(
    "en",
    [
        "ESMA shall inform the CCP whether the compliance is met or not within three months from the receipt.",
        "The CCP shall accept or not accept for clearing a cleared derivative transaction.",
        "The institution shall report exposures, either securitised or not securitised, that it services.",
    ],
)
def test_or_not_closing_an_alternative_is_no_negation(en: str) -> None:
    fr = "La contrepartie centrale informe l'AEMF dans un délai de trois mois."
    assert negations(en, fr) == []
