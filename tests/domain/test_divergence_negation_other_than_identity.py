"""« autre(s) que » before a thing says the negation of an English relative clause of identity: "a buyer that is not a
bridge company" / « un acheteur autre qu'une société-relais ».  Where the English "not" is dropped ("a buyer that is a
bridge company"), the French word of otherness still excludes the thing that English now names, and that fires."""

from __future__ import annotations

import pytest

from mou_review.domain.divergence import ClausePair, check_pair
from tests.domain.divergence_keys import changed, negations

FAITHFUL = [
    (
        "(12) 'transfer tool' means the means by which the authority moves the shares of a failing bank to a buyer that "
        "is not a bridge company, in accordance with Article 14;",
        "12) «instrument de transfert»: le moyen par lequel l'autorité transfère à un acheteur autre qu'une "
        "société-relais, conformément à l'article 14, les actions d'une banque défaillante;",
    ),
    (
        "(c) the contract is signed by at least one party which is not a public body within the meaning of Article 3;",
        "c) le contrat est signé par au moins une partie autre qu'un organisme public au sens de l'article 3;",
    ),
    (
        "2.   The reserves referred to in paragraph 1 are reserves that are not the following:",
        "2.   Les réserves visées au paragraphe 1 sont les réserves autres que les suivantes:",
    ),
]


@pytest.mark.parametrize("pair", FAITHFUL)
def test_the_word_of_otherness_answers_the_english_negation(pair: tuple[str, str]) -> None:
    assert negations(*pair) == []


@pytest.mark.parametrize(
    ("pair", "change"),
    [
        (FAITHFUL[0], ("en", "that is not a bridge", "that is a bridge")),
        (FAITHFUL[1], ("en", "which is not a public", "which is a public")),
        (FAITHFUL[2], ("en", "that are not the", "that are the")),
    ],
)
def test_the_english_negation_dropped_beside_the_word_of_otherness_fires(
    pair: tuple[str, str], change: tuple[str, str, str]
) -> None:
    assert negations(*changed(*pair, change)) != []


FAITHFUL_BARE = [
    # "other than" renders « autre que », and a relative clause elsewhere says no otherness
    (
        "Bodies other than public bodies which are established in the region may apply.",
        "Les organismes autres que les organismes publics qui sont établis dans la région peuvent présenter une demande.",
    ),
    # "non-" renders « autres que »
    (
        "The exposure arising from non-trading activities which are listed in Annex I shall be reviewed.",
        "L'exposition découlant des activités autres que de négociation qui sont énumérées à l'annexe I est examinée.",
    ),
]


@pytest.mark.parametrize("pair", FAITHFUL_BARE)
def test_an_english_word_of_otherness_renders_it(pair: tuple[str, str]) -> None:
    assert negations(*pair) == []


def test_the_finding_says_that_the_french_excludes_what_the_english_names() -> None:
    """The generic message ("the French is negated") misreads « autre qu' », which is no negation: the finding says,
    in both languages, that the French excludes the very thing the English names."""
    en, fr = changed(*FAITHFUL[1], ("en", "which is not a public", "which is a public"))
    (finding,) = [
        f for f in check_pair(ClausePair(en, fr)) if f.key.startswith("obligation_mismatch:negation")
    ]
    assert finding.message_en.startswith("The French excludes (“autre qu'”) what the English names")
    assert finding.message_fr.startswith("La version française exclut (")
    assert "autre qu'" in finding.message_fr
    assert "ce que la version anglaise désigne" in finding.message_fr
    assert "forme négative" not in finding.message_fr
