"""« illimité » is a negative adjective, as "unlimited" and "unrestricted" are (issue 15: wide corpus of EU acts,
34 pairs in 23 acts say « illimité »; 32014l0025 and 32014l0024: "an unrestricted freedom of choice" / « une liberté
de choix illimitée »).

The French word was no negative word of its lexicon while its English counterpart was: with the English "not"
dropped ("Award criteria shall have the effect of conferring an unrestricted freedom"), "unrestricted" answered the
French « n'ont pas » and hid the drop.  Now the two answer each other.
"""

from __future__ import annotations

from mou_review.domain import deontic
from mou_review.domain.textnorm import fold
from mou_review.domain.types import Lang
from tests.domain.divergence_keys import negations

EN = (
    "4. Award criteria shall not have the effect of conferring an unrestricted freedom of choice on the contracting "
    "entity."
)
FR = (
    "4. Les critères d'attribution n'ont pas pour effet de conférer une liberté de choix illimitée à l'entité "
    "adjudicatrice."
)


def test_the_faithful_pair_is_silent() -> None:
    assert negations(EN, FR) == []


def test_the_english_negation_dropped_is_flagged() -> None:
    assert negations(EN.replace("shall not have", "shall have"), FR) == [
        "obligation_mismatch:negation:n'ont pas"
    ]


def test_illimite_is_a_negative_adjective() -> None:
    for text in ("une responsabilité illimitée", "des droits illimités", "pour une durée illimitée"):
        profile = deontic.profile(fold(text), Lang.FR, text)
        assert [group for _a, _b, group in profile.weak] == ["negadj"], text


def test_limite_alone_is_none() -> None:
    text = "dans la limite de ses compétences, pour une durée limitée"
    assert deontic.profile(fold(text), Lang.FR, text).weak == []
