"""A glossary name written out on the other side with a slip in its small words (issue 15, wide corpus of EU acts).

Official French sometimes spells a treaty's title with a preposition or an article changed or left out: « traité de
l'Union européenne » (2014/67), « traité l'Union européenne » (2024/1689), « traité sur le fonctionnement de Union
européenne » (2023/1542).  The title's own words stand in their order: the name is there, and "TEU" or "TFEU" is
no missing entity.  A title whose words are broken by another content word is another name (« traité sur le
fonctionnement de l'Union européenne » is not the TEU), and a name left out still fires.
"""

from __future__ import annotations

import pytest

from mou_review.domain.divergence import ClausePair, Severity, check_pair


def entity_keys(en: str, fr: str) -> list[str]:
    """Return the keys of the entity findings at warning or error on a pair."""
    return [
        f.key
        for f in check_pair(ClausePair(en, fr))
        if f.check == "entity_mismatch" and f.severity is not Severity.INFO
    ]


SLIPS = [
    (
        "The Union may adopt measures, in accordance with the principle of subsidiarity as set out in Article 5 of "
        "the TEU.",
        "L'Union peut prendre des mesures, conformément au principe de subsidiarité consacré à l'article 5 du traité "
        "de l'Union européenne.",
    ),
    (
        "In accordance with Protocol No 22 on the position of Denmark, annexed to the TEU and to the TFEU, Denmark "
        "is not bound by those rules.",
        "Conformément au protocole no 22 sur la position du Danemark, annexé au traité l'Union européenne et au "
        "traité sur le fonctionnement de l'Union européenne, le Danemark n'est pas lié par ces règles.",
    ),
    (
        "The power to adopt acts in accordance with Article 290 TFEU should be delegated to the Commission.",
        "Il convient de déléguer à la Commission le pouvoir d'adopter des actes conformément à l'article 290 du "
        "traité sur le fonctionnement de Union européenne.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), SLIPS, ids=["de", "no-sur", "no-article"])
def test_a_title_with_a_slip_in_its_small_words_names_the_treaty(en: str, fr: str) -> None:
    assert entity_keys(en, fr) == []


def test_a_treaty_left_out_still_fires_beside_the_other_treaty() -> None:
    en = "This Regulation respects Article 5 TEU and is adopted on the basis of Article 16 TFEU."
    fr = "Le présent règlement est adopté sur la base de l'article 16 du traité sur le fonctionnement de l'Union européenne."
    assert entity_keys(en, fr) == ["entity_mismatch:en:teu"]


def test_a_title_missing_one_of_its_words_is_not_written_out() -> None:
    en = "Those rules respect Article 5 TEU and are adopted under Article 290 TFEU."
    fr = "Ces règles respectent l'article 5 du traité sur l'Union européenne et sont adoptées en vertu de l'article 290."
    assert entity_keys(en, fr) == ["entity_mismatch:en:tfeu"]
