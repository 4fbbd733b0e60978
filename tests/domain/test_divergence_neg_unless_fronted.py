"""A French restriction « ne … que » after a fronted « à moins que » / « sauf si » clause (issue 15: wide corpus,
32023r2222).

English says "X may be done only in Y, unless Z"; French often puts the clause of exception first, « À moins que Z, X ne
peut être fait qu'en Y ».  The English "unless" is rendered by the French « à moins que » (or « sauf si »), whatever
place word order gives it; it is no bare "unless" against the French restriction, which the English "only" renders.  A
bare "without" at the place of the restriction, which the French does not say by a word of its own, is still the
opposite of « ne … qu'avec » (an English "not" dropped).
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import changed, negations

_FRONTED = [
    (
        "Imported seeds may be sold only in sealed packages bearing the original label, unless the competent "
        "authority has granted a derogation or the seller has been approved under Article 12.",
        "À moins que l'autorité compétente n'ait accordé une dérogation ou que le vendeur n'ait été agréé en vertu de "
        "l'article 12, les semences importées ne peuvent être vendues qu'en emballages scellés portant l'étiquette "
        "d'origine.",
    ),
    (
        "The register may be consulted only by the members of the board, unless the data subject has given his "
        "consent in writing.",
        "Sauf si la personne concernée a donné son consentement par écrit, le registre ne peut être consulté que par "
        "les membres du conseil.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), _FRONTED, ids=["a moins que", "sauf si"])
def test_an_unless_rendered_by_a_fronted_french_clause_is_no_bare_word(en: str, fr: str) -> None:
    assert negations(en, fr) == []


def test_a_bare_without_at_the_restriction_is_still_the_opposite() -> None:
    en = (
        "Unless the authority decides otherwise, the register shall not be consulted without the consent of the "
        "data subject."
    )
    fr = (
        "Sauf décision contraire de l'autorité, le registre ne peut être consulté qu'avec le consentement de la "
        "personne concernée."
    )
    assert negations(en, fr) == []
    assert negations(*changed(en, fr, ("en", "shall not be", "shall be"))) != []
