"""obligation_mismatch, force: a possibility said by a phrase ("has jurisdiction to", "has access to", « compétente
pour ») stays that possibility when an insert separates its words ("that court has jurisdiction under its own law to
entertain", "the institution has access within 30 calendar days to funding", « soit ou non compétente elle-même pour
constater »): it answers the other side's « peut » or "has the power to", before a modal said elsewhere in the sentence
does.  A modal with no possibility word near it (an injected "may -> shall"), and a French duty against such a phrase (an
injected « peut -> doit »), still fire."""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import force


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            # 32012r1215, Article 7(3)
            "(3) as regards a civil claim for damages or restitution which is based on an act giving rise to criminal "
            "proceedings, in the court seised of those proceedings, to the extent that that court has jurisdiction "
            "under its own law to entertain civil proceedings;",
            "3) s’il s’agit d’une action en réparation de dommage ou d’une action en restitution fondées sur une "
            "infraction, devant la juridiction saisie de l’action publique, dans la mesure où, selon sa loi, cette "
            "juridiction peut connaître de l’action civile;",
        ),
        (
            # 32019l0001, Article 2(1)(8)
            "(8) ‘review court’ means a national court that is empowered by ordinary means of appeal to review "
            "decisions of a national competition authority or to review judgments pronouncing on those decisions, "
            "irrespective of whether that court itself has the power to find an infringement of competition law;",
            "8) «instance de recours»: une juridiction nationale habilitée à réexaminer, par les moyens de recours "
            "ordinaires, les décisions d'une autorité nationale de concurrence ou à réexaminer les jugements se "
            "prononçant sur ces décisions, que cette juridiction soit ou non compétente elle-même pour constater une "
            "infraction au droit de la concurrence;",
        ),
        (
            # 32018r1620, Article 1(280), first sentence
            "2.   Where, under the law of a Member State or the legally binding documents governing one of the networks "
            "or schemes described in paragraph 1, the credit institution has access within 30 calendar days to undrawn "
            "liquidity funding from the central institution or from another institution within the same network or "
            "scheme, such funding shall be treated as a level 2B asset to the extent that it is not collateralised by "
            "liquid assets.",
            "2.   Lorsque, en vertu de la législation d'un État membre ou des documents juridiquement contraignants qui "
            "régissent l'un des réseaux ou systèmes décrits au paragraphe 1, l'établissement de crédit peut, dans les "
            "30 jours calendaires, obtenir de l'établissement central ou d'un autre établissement du même réseau ou "
            "système un financement en liquidités non utilisé, ce financement est traité comme un actif de niveau 2B, "
            "dans la mesure où il n'est pas garanti par des actifs liquides.",
        ),
    ],
)
def test_a_possibility_phrase_with_an_insert_answers_the_other_sides_modal(en: str, fr: str) -> None:
    assert force(en, fr) == []


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            # "may -> shall" injected: no possibility word on the English side
            "Where the credit institution shall, within 30 calendar days, obtain funding from the central "
            "institution, such funding shall be treated as a level 2B asset.",
            "Lorsque l'établissement de crédit peut, dans les 30 jours calendaires, obtenir un financement de "
            "l'établissement central, ce financement est traité comme un actif de niveau 2B.",
        ),
        (
            # "peut -> doit" injected: a French duty against the possibility said with an insert
            "to the extent that that court has jurisdiction under its own law to entertain civil proceedings;",
            "dans la mesure où, selon sa loi, cette juridiction doit connaître de l’action civile;",
        ),
        (
            "the credit institution has access within 30 calendar days to undrawn liquidity funding;",
            "l'établissement de crédit doit, dans les 30 jours calendaires, obtenir un financement en liquidités;",
        ),
    ],
)
def test_a_modal_with_no_possibility_phrase_still_fires(en: str, fr: str) -> None:
    assert force(en, fr)
