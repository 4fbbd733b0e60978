"""obligation_mismatch, force: an English clause ends with its sentence.  A relative pronoun or a conjunction of the
sentence before ("… a credit institution which holds cover assets. The cover pool may consist of …", "… to ensure that
the institution … puts an end to the breach. The nature of those measures may be communicated …") opens nothing around
the "may" of the next sentence: that "may" is the sentence's own grant, not a possibility described, so a French plain
present at its place (« est constitué », « est communiquée ») is a change of force, and a French « peut » answers
it."""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import force

_DEFINITION = (
    "‘covered bond’ means a debt instrument issued by a credit institution which holds cover assets. The cover pool {} "
    "consist of loans to public undertakings.",
    "«obligation garantie», un titre de créance émis par un établissement de crédit qui détient des actifs de "
    "couverture. Le panier de couverture {} de prêts à des entreprises publiques.",
)
_MEASURES = (
    "The competent authority shall take all measures to ensure that the institution which breaches those rules puts "
    "an end to the breach. The nature of those measures {} be communicated to the authorities of the host Member "
    "State.",
    "L'autorité compétente prend toutes les mesures pour que l'établissement qui enfreint ces règles mette fin à "
    "l'infraction. La nature de ces mesures {} communiquée aux autorités de l'État membre d'accueil.",
)


@pytest.mark.parametrize(
    ("pair", "present", "modal"),
    [(_DEFINITION, "est constitué", "peut être constitué"), (_MEASURES, "est", "peut être")],
)
def test_the_may_of_a_second_sentence_is_granted(pair: tuple[str, str], present: str, modal: str) -> None:
    en, fr = pair
    # against the plain present: reported
    assert [f.key for f in force(en.format("may"), fr.format(present))] == ["obligation_mismatch:force:may"]
    # the faithful renderings: nothing
    assert force(en.format("shall"), fr.format(present)) == []
    assert force(en.format("may"), fr.format(modal)) == []


def test_a_relative_clause_in_the_same_sentence_still_describes() -> None:
    # "the conditions under which … may be …" / « les conditions dans lesquelles … est … »: described, nothing granted
    assert (
        force(
            "The Commission shall lay down the conditions under which trading during a closed period may be "
            "permitted by the issuer.",
            "La Commission fixe les conditions dans lesquelles une négociation est autorisée par l'émetteur pendant "
            "une période d'arrêt.",
        )
        == []
    )
