"""A French list item negated against an English item that opens on a finite verb (issue 15).

"(a) contradict the information" / « a) ne contredisent pas les informations »: English says the negation of all its items
in the lead-in ("shall not:") and each item opens on the bare verb; French may say it in each item, so a French item
negation needs no answer there.  But an English item that opens on a finite verb ("(a) is established", "(b) are
equivalent", "(b) has complied") follows a lead-in without a modal ("shall not: (a) is" cannot be said): the French
negation is then its own, and a « ne … pas » added to the French item says the opposite of the English.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

# (English, French, the French negation added)
_ADDED = [
    (
        "(a) are equivalent to the requirements laid down in this Regulation under Articles 4, 9, 10 and 11;",
        "a) sont équivalents aux exigences établies par le présent règlement conformément aux articles 4, 9, 10 et 11;",
        ("a) sont", "a) ne sont pas"),
    ),
    (
        "(c) is established in a Member State and supplies for the first time in that Member State on a professional "
        "basis, batteries, including those incorporated in appliances, light means of transport or other vehicles, "
        "from another Member State or from a third country; or",
        "c) est établi dans un État membre et fournit pour la première fois dans cet État membre, à titre "
        "professionnel, des batteries provenant d’un autre État membre ou d’un pays tiers, y compris celles "
        "incorporées dans des appareils, des moyens de transport légers ou d’autres véhicules; ou",
        ("c) est", "c) n’est pas"),
    ),
    (
        "(a) is liable to compromise the health or safety of users; or",
        "a) est susceptible de compromettre la santé ou la sécurité des utilisateurs; ou",
        ("a) est", "a) n'est pas"),
    ),
]


@pytest.mark.parametrize(("en", "fr", "add"), _ADDED, ids=["are", "is established", "is liable"])
def test_french_item_negation_against_a_finite_english_verb(en: str, fr: str, add: tuple[str, str]) -> None:
    assert negations(en, fr) == []
    assert negations(en, fr.replace(*add)) != []


_RENDERED = [
    # the English lead-in says "shall not:", each English item opens on the bare verb
    (
        "(a) contradict the information contained in the prospectus;",
        "a) ne contredisent pas les informations fournies dans le prospectus ;",
    ),
    # both items negated
    (
        "(b) does not make profits for any other person than its members;",
        "b) ne fait pas de profit pour d'autres personnes que ses membres;",
    ),
]


@pytest.mark.parametrize(("en", "fr"), _RENDERED, ids=["bare verb", "both negated"])
def test_french_item_negation_rendered(en: str, fr: str) -> None:
    assert negations(en, fr) == []
