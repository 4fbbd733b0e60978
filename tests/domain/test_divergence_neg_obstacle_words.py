"""An English word of obstacle ("barrier", "hamper") is a word of hindering, as « entrave », « obstacles » are (issue 15).

"barrier" and "hamper" were no negative words of English (nor « barrière » of French), while their French words
(« entrave », « obstacles », « entravent ») are: with the French « ne … pas » dropped before them, the French word of
hindering, left without its like on the English side, answered the English "not" and the dropped negation went unseen.
« impuissant à » ("powerless to") says "cannot", which « obstacle » answered before "barrier" took it.  The faithful
pairs stay silent.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

_PAIRS = [
    # 32010L0031, recital 11 (its end)
    (
        "Member States may set requirements for building elements, provided that such requirements do not constitute "
        "an unjustifiable market barrier.",
        "Les États membres peuvent fixer des exigences pour des éléments de bâtiment, pour autant que ces exigences ne "
        "constituent pas une entrave injustifiée au commerce.",
        "ne constituent pas une entrave",
        "constituent une entrave",
    ),
    # 32024R1789, Article 6(5) (its second sentence)
    (
        "Such guarantees shall not constitute undue market-entry barriers and shall be non-discriminatory, transparent "
        "and proportionate.",
        "Ces garanties ne constituent pas des obstacles indus à l’accès au marché et sont non discriminatoires, "
        "transparentes et proportionnées.",
        "ne constituent pas des obstacles",
        "constituent des obstacles",
    ),
    # 32019L0944, Article 66(4) (its end)
    (
        "Derogations shall be subject to conditions that aim to ensure that the derogations do not hamper the "
        "transition towards renewable energy, increased flexibility and demand response.",
        "Les dérogations sont assorties de conditions visant à garantir que ces dérogations n'entravent pas la "
        "transition vers les énergies renouvelables, une plus grande souplesse et la participation de la demande.",
        "n'entravent pas",
        "entravent",
    ),
    # 32017R0591, recital 6 (its second sentence)
    (
        "Also differences in post trade risk management arrangements, such as clearing arrangements, should not be "
        "barriers to declaring such contracts as economically equivalent.",
        "De même, les différences dans les accords de gestion des risques postnégociation, tels que les accords de "
        "compensation, ne devraient pas empêcher que ces contrats soient identifiés comme économiquement équivalents.",
        "ne devraient pas empêcher",
        "devraient empêcher",
    ),
]


@pytest.mark.parametrize(
    ("en", "fr", "old", "new"), _PAIRS, ids=["barrier", "barriers", "hamper", "be barriers"]
)
def test_a_french_negation_dropped_before_a_word_of_obstacle_is_caught(
    en: str, fr: str, old: str, new: str
) -> None:
    assert negations(en, fr) == []
    assert negations(en, fr.replace(old, new)) != []


def test_an_english_negation_dropped_before_barriers_is_caught_against_barriere() -> None:
    # 32019L0944, Article 42(3) (its second sentence; 32024R1789, Article 20(2) says the same): "barriers" answers
    # « barrière », so that the French « ne crée pas » still needs the English "do not".
    en = (
        "The regulatory authority shall ensure that any limitations in guaranteed connection capacity or operational "
        "limitations are introduced on the basis of transparent and non-discriminatory procedures and do not create "
        "undue barriers to market entry."
    )
    fr = (
        "L'autorité de régulation veille à ce que toute limitation de la capacité de raccordement garantie ou "
        "limitation opérationnelle soit introduite sur la base de procédures transparentes et non discriminatoires "
        "et ne crée pas de barrière injustifiés à l'entrée sur le marché."
    )
    assert negations(en, fr) == []
    assert negations(en.replace("do not create", "create"), fr) != []


def test_powerless_says_cannot_once_the_barrier_answers_its_obstacle() -> None:
    # 32017R1001, recital 5 (its first sentence; recital 4 of 32009R0207 says the same): "barrier" now answers
    # « obstacle », and « impuissant à » ("powerless to") says the English "cannot".
    en = (
        "The barrier of territoriality of the rights conferred on proprietors of trade marks by the laws of the Member "
        "States cannot be removed by approximation of laws."
    )
    fr = (
        "Le rapprochement des législations nationales est impuissant à lever l'obstacle de la territorialité des "
        "droits que les législations des États membres confèrent aux titulaires de marques."
    )
    assert negations(en, fr) == []
