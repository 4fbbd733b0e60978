"""Changes of force and of connective that a guard or a count hid, and the faithful wording that stays silent.

Each case is written for this test, after a class of language seen in official EU texts, never one act's wording.
"""

from __future__ import annotations

from mou_review.domain.divergence import ClausePair, Severity, check_pair


def keys(en: str, fr: str) -> list[str]:
    """Return the keys of the obligation findings raised at warning or error on a pair."""
    return [
        f.key
        for f in check_pair(ClausePair(en, fr))
        if f.check == "obligation_mismatch" and f.severity is not Severity.INFO
    ]


def test_an_or_left_over_when_each_french_connective_answers_an_english_one() -> None:
    # "… , and subsequently transferred … and if all units …" / « …, puis cédées …, et que toutes … »: the French « et »
    # answers the second "and"; the first one French says by « puis ». Made "or", it faces no French connective.
    en = (
        "The units shall be treated as freely transferable if they can be sold between the parties to a contract, {} "
        "subsequently transferred without restriction and if all units of the same class are fungible."
    )
    fr = (
        "Les parts sont considérées comme librement cessibles lorsqu'elles peuvent être vendues entre les parties à un "
        "contrat, puis cédées sans restriction, et que toutes les parts de la même catégorie sont fongibles."
    )
    assert keys(en.format("and"), fr) == []
    assert [k for k in keys(en.format("or"), fr) if k.startswith("obligation_mismatch:connective:or")]


def test_an_or_answered_by_a_french_ou_stays_silent() -> None:
    en = (
        "The units shall be treated as freely transferable if they can be sold between the parties to a contract, or "
        "transferred without restriction, and if all units of the same class are fungible."
    )
    fr = (
        "Les parts sont considérées comme librement cessibles lorsqu'elles peuvent être vendues entre les parties à un "
        "contrat ou cédées sans restriction, et que toutes les parts de la même catégorie sont fongibles."
    )
    assert keys(en, fr) == []
