"""obligation_mismatch, force: "is to", "are to" in a clause that describes (a relative clause, an indirect question, a
that-clause) says what is arranged to be done, the time or the manner of it ("a reasonable timeframe within which such
comments are to be provided", "how such remedies are to be pursued"), which French says by the modal of that clause
(« dans lequel ces observations peuvent être formulées », « comment il peut les exercer »): no change of force.  A
"shall" there, or a French modal of the main clause, still faces the duty."""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import force


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            # 32022r1925, Article 8(9), last sentence
            "The Commission shall specify a reasonable timeframe within which such comments are to be provided.",
            "La Commission fixe un délai raisonnable dans lequel ces observations peuvent être formulées.",
        ),
        (
            # 2019/771 (sale of goods), recital 63
            "The details for exercising that right, in particular against whom and how such remedies are to be "
            "pursued and whether the remedies are of a mandatory nature, should be provided by the Member States.",
            "Les États membres devraient établir les modalités d’exercice de ce droit, notamment contre qui le vendeur "
            "peut exercer ces recours et comment il peut les exercer, et le caractère obligatoire ou non de ces "
            "recours.",
        ),
        (
            # 2019/2034 (IFD), Article 62: Directive 2013/36/EU, Article 8a(4)
            "4.   Where the competent authority, after receiving the information in accordance with Article 95a of "
            "Directive 2014/65/EU, determines that an undertaking is to be authorised as a credit institution in "
            "accordance with Article 8 of this Directive, it shall notify the undertaking and the competent "
            "authority as defined in point (26) of Article 4(1) of Directive 2014/65/EU and shall take over the "
            "authorisation procedure from the date of that notification.",
            "4.   Si l’autorité compétente, après réception des informations transmises conformément à l’article 95 "
            "bis de la directive 2014/65/UE, détermine qu’une entreprise peut être agréée en tant qu’établissement "
            "de crédit conformément à l’article 8 de la présente directive, elle le notifie à l’entreprise et à "
            "l’autorité compétente au sens de l’article 4, paragraphe 1, point 26), de la directive 2014/65/UE et se "
            "charge de la procédure d’agrément à compter de la date de cette notification.",
        ),
    ],
)
def test_a_described_is_to_faces_the_modal_of_its_clause(en: str, fr: str) -> None:
    assert force(en, fr) == []


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            # the French modal of the main clause against the duty
            "The Commission shall specify a reasonable timeframe within which such comments are to be provided.",
            "La Commission peut fixer un délai raisonnable dans lequel ces observations doivent être formulées.",
        ),
        (
            # a "shall" of the relative clause is no such arrangement
            "The Council shall lay down the conditions under which those charges shall be changed.",
            "Le Conseil fixe les conditions dans lesquelles ces redevances peuvent être modifiées.",
        ),
        (
            # "is to" of the main clause
            "The fee is to be paid within one month of the notification.",
            "La redevance peut être payée dans un délai d'un mois à compter de la notification.",
        ),
    ],
)
def test_a_main_clause_is_to_or_a_described_shall_still_fires(en: str, fr: str) -> None:
    assert force(en, fr)
