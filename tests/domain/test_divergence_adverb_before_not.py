"""A sentence adverb between the auxiliary and "not" (issue 15).

"Research and development contracts … are therefore not covered by this Directive" / « Ne sont dès lors pas couverts,
les marchés de services de recherche et développement … »: "are therefore not covered" is the negation of the
predicate, as "are not covered" is; the adverb ("therefore", "thus", "also") does not make "not covered" an attribute
after a noun ("contracts not covered by this Directive"), which answers no negation and needs no answer.
"""

from __future__ import annotations

import pytest

from mou_review.domain.deontic import profile
from mou_review.domain.textnorm import fold
from mou_review.domain.types import Lang
from tests.domain.divergence_keys import negations

_ADVERBS = [
    (
        "Research contracts of that kind are therefore not covered by this Directive.",
        "Ne sont dès lors pas couverts par la présente directive les marchés de recherche de ce type.",
    ),
    (
        "Such exposures are thus not subject to the requirements laid down in Article 5.",
        "Ces expositions ne sont donc pas soumises aux exigences prévues à l'article 5.",
    ),
    (
        "Those instruments are also not eligible for the treatment set out in paragraph 2.",
        "Ces instruments ne sont pas non plus éligibles au traitement prévu au paragraphe 2.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), _ADVERBS, ids=["therefore", "thus", "also"])
def test_an_adverb_after_the_auxiliary_leaves_not_a_negation(en: str, fr: str) -> None:
    assert negations(en, fr) == []


@pytest.mark.parametrize(("en", "fr"), _ADVERBS, ids=["therefore", "thus", "also"])
def test_the_negation_needs_an_answer(en: str, fr: str) -> None:
    dropped = fr.replace("Ne sont dès lors pas", "Sont dès lors").replace("ne sont donc pas", "sont donc")
    dropped = dropped.replace("ne sont pas non plus", "sont aussi")
    assert negations(en, dropped) != []


@pytest.mark.parametrize(
    "text",
    ["are therefore not covered by this Directive", "is thus not subject to", "is also not eligible for"],
)
def test_the_negation_is_read_as_one(text: str) -> None:
    folded = fold(text)
    assert [folded[a:b] for a, b in profile(folded, Lang.EN).negation] == ["not"]


def test_a_participle_after_a_noun_is_still_an_attribute() -> None:
    folded = fold("Contracts not covered by this Directive shall be notified.")
    assert profile(folded, Lang.EN).negation == []
