"""An English "or" that an "and" of the same words follows, where French says « et » both times, though the words each
joins look alike on one side only (issue 15).

English and French name many things by words of no common look: "corrective action plans" / « plan de mesures
correctives », "design contests" / « concours ».  Where each text says one pair of words twice, English by "or" first and
by "and" after, French by « et » both times, the pair said twice anchors the connectives: each joins a word alike on one
side, at the same place in its sentence.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import connectives

# (English with {conn} where the French says « et », the French)
_TWICE = [
    (
        "Member States shall consult the competent authorities when drawing up prevention {conn} corrective action "
        "plans pursuant to Article 4(2) and Article 5(3), and when updating the prevention and corrective action plans "
        "pursuant to Article 4(6) and Article 5(7).",
        "Les États membres consultent les autorités compétentes lors de l’élaboration du plan de prévention et du plan "
        "de mesures correctives conformément à l’article 4, paragraphe 2, et à l’article 5, paragraphe 3, et lors de la "
        "mise à jour du plan de prévention et du plan de mesures correctives conformément à l’article 4, paragraphe 6, "
        "et à l’article 5, paragraphe 7.",
    ),
    (
        "This Regulation shall apply to service contracts {conn} design contests awarded by a contracting authority, "
        "where the service contracts and design contests concerned are financed by the Union.",
        "Le présent règlement s’applique aux marchés de services et aux concours attribués par un pouvoir "
        "adjudicateur, lorsque les marchés de services et les concours concernés sont financés par l’Union.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), _TWICE, ids=["plans", "contests"])
def test_an_or_before_an_and_of_the_same_words_against_et_twice_is_reported(en: str, fr: str) -> None:
    assert connectives(en.format(conn="or"), fr) == ["obligation_mismatch:connective:or|et"]


@pytest.mark.parametrize(("en", "fr"), _TWICE, ids=["plans", "contests"])
def test_the_official_and_is_silent(en: str, fr: str) -> None:
    assert connectives(en.format(conn="and"), fr) == []


def test_the_or_that_closes_a_list_of_three_or_more_is_anchored_by_its_words_only() -> None:
    # The commas of "members, traders, brokers or clients" name each member apart; official texts close such a list by
    # "or" or "and" alike, so only words alike on both sides anchor its connective, not one side and the place.
    en = (
        "Operators shall keep the assets of the members, traders, brokers or clients of the platform apart from those "
        "of the operator and from those of other members, traders, brokers and clients."
    )
    fr = (
        "Les exploitants conservent les actifs des membres, négociateurs, courtiers et clients de la plateforme "
        "séparément de ceux de l’exploitant et de ceux d’autres membres, négociateurs, courtiers et clients."
    )
    assert connectives(en, fr) == []
