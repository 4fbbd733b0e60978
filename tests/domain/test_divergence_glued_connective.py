"""A connective whose space before the next value was lost in the official text ("Articles 4, 5 and6",
"Articles 14 or15", « articles 1er, 2 et3 ») still joins that value to the list, as "Articles 10 to14" does."""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import references


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "Any notice sent by the provider under Articles 4, 5 and6 shall be written in the language of the client.",
            "Toute notification envoyée par le prestataire au titre des articles 4, 5 et 6 est rédigée dans la langue "
            "du client.",
        ),
        (
            "The new projects shall be chosen by a call under Article 9 or funded under Articles 14 or15.",
            "Les nouveaux projets sont choisis par un appel au titre de l’article 9 ou financés au titre de l’article "
            "14 ou à l’article 15.",
        ),
        (
            "Where they conflict, the rules laid down in Articles 1, 2 and 3 of this Regulation shall prevail.",
            "En cas de conflit, les exigences énoncées aux articles 1er, 2 et3 du présent règlement prévalent.",
        ),
        (
            "The firms referred to in Articles 19a, 29a and40a of this Directive shall report by 30 June.",
            "Les entreprises visées aux articles 19 bis, 29 bis et 40 bis de la présente directive font rapport au "
            "plus tard le 30 juin.",
        ),
    ],
    ids=["and6", "or15", "et3", "and40a"],
)
def test_a_connective_glued_to_the_next_number_still_joins_it(en: str, fr: str) -> None:
    assert references(en, fr) == []


def test_a_different_article_after_a_glued_connective_still_fires() -> None:
    en = "Any notice sent by the provider under Articles 4, 5 and6 shall be written in the language of the client."
    fr = "Toute notification envoyée par le prestataire au titre des articles 4, 5 et 7 est rédigée dans la langue du client."
    assert references(en, fr) != []
    assert references(en.replace("and6", "and7"), fr) == []
