"""obligation_mismatch, force: an adjective in -able or -ible that a duty said by a periphrasis governs ("has to be
compatible", "is to be capable of", "needs to be tradable") is that duty's predicate, as it is after "shall" or
"must": French says the same duty, « doit être compatible », « doit être capable de ».  It states no possibility that
the French « doit » would change (read off the Official Journal: a recital on gas tariffs, an article on resolution
records, a recital on auctioned allowances)."""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import force


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "(7) The use of market-based mechanisms, such as auctions, to allocate capacity has to be compatible with "
            "the rules laid down in Directive 2009/73/EC.",
            "(7) Le recours à des mécanismes fondés sur le marché, tels que les enchères, pour attribuer les capacités "
            "doit être compatible avec les règles établies par la directive 2009/73/CE.",
        ),
        (
            "The Member State shall lay down the period within which the operator is to be capable of producing the "
            "records referred to in paragraph 2.",
            "L'État membre fixe le délai dans lequel l'exploitant doit être capable de produire les registres visés "
            "au paragraphe 2.",
        ),
        (
            "The use of such systems by the operators of essential services needs to be compatible with the security "
            "requirements set out in Annex III.",
            "L'utilisation de ces systèmes par les opérateurs de services essentiels doit être compatible avec les "
            "exigences de sécurité énoncées à l'annexe III.",
        ),
    ],
)
def test_an_adjective_a_periphrastic_duty_governs_is_that_duty(en: str, fr: str) -> None:
    assert force(en, fr) == []


def test_a_plain_adjective_of_possibility_still_faces_a_doit() -> None:
    # no duty on the English side: "is compatible" against « doit être compatible » still adds one
    assert force(
        "(7) The use of market-based mechanisms, such as auctions, to allocate capacity is compatible with the rules "
        "laid down in Directive 2009/73/EC.",
        "(7) Le recours à des mécanismes fondés sur le marché, tels que les enchères, pour attribuer les capacités "
        "doit être compatible avec les règles établies par la directive 2009/73/CE.",
    )
