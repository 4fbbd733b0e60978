"""The French preposition « à » is no verb that ends the reach of a breach (issue 15, wide corpus of EU acts).

A breach governs what it breaches, whichever connective joins its objects: « a enfreint les obligations relatives à
l'entreposage et au transport » is a breach of either.  A breach that is the subject of a verb of its own governs
nothing after that verb (« lorsque la violation a une incidence sur les droits et libertés »).  Folded, with its accent
dropped, the preposition « à » reads as that verb « a »: the verb is read in the text, where « à » keeps its accent.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import connectives

_OBJECTS = [
    (
        "Where an operator has disregarded the obligations relating to the storage or the transport of waste, the "
        "competent authority may suspend its permit.",
        "Lorsqu'un exploitant a enfreint les obligations relatives à l'entreposage et au transport des déchets, "
        "l'autorité compétente peut suspendre son autorisation.",
    ),
    (
        "If a supplier has ignored the rules applicable to the labelling or the packaging of the product, the authority "
        "shall order its withdrawal.",
        "Si un fournisseur a enfreint les règles applicables à l'étiquetage et à l'emballage du produit, l'autorité "
        "ordonne son retrait.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), _OBJECTS, ids=["relatives-a", "applicables-a"])
def test_a_breach_reaches_its_objects_past_the_preposition_a(en: str, fr: str) -> None:
    assert connectives(en, fr) == []


def test_a_breach_followed_by_the_verb_a_governs_nothing_after_it() -> None:
    en = (
        "Where the incident is likely to have an impact on the rights or freedoms of persons, the controller shall "
        "inform them."
    )
    fr = (
        "Lorsque la violation a une incidence probable sur les droits et libertés des personnes, le responsable les en "
        "informe."
    )
    assert connectives(en, fr) != []
