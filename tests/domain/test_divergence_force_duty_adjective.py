"""obligation_mismatch, force: an adjective in -able after its copula says what can be done ("are transferable" / « peuvent
être transférés ») unless it says a duty or a recommendation: "is reportable" (must be reported, « doit faire l'objet
d'une déclaration »), "is taxable", "is chargeable" (« est exigible »), "is receivable", "it is desirable", "it is
advisable", "it is preferable" (« il convient », « il est nécessaire »), as "payable" and "liable" do.  Such an adjective
grants nothing that a French duty would change (read off the Official Journal: recitals of recast directives and
regulations, « il convient, dans un souci de clarté, de procéder à leur refonte »; a directive on crypto-assets that
"are reportable"; a directive on VAT that "is chargeable")."""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import force


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "(3) Since the rules on the reporting of holdings have been amended several times, it is desirable that "
            "they be recast in the interests of clarity.",
            "(3) Les règles relatives à la déclaration des participations ayant été modifiées à plusieurs reprises, "
            "il est nécessaire, dans un souci de clarté, de procéder à leur refonte.",
        ),
        (
            "Crypto-assets that can be used for payment purposes are reportable under this Directive.",
            "Les crypto-actifs qui peuvent être utilisés à des fins de paiement doivent faire l'objet d'une "
            "déclaration en vertu de la présente directive.",
        ),
        (
            "Interest on such loans is taxable in the Member State of residence of the holder.",
            "Les intérêts de ces prêts doivent être imposés dans l'État membre de résidence du titulaire.",
        ),
    ],
)
def test_an_adjective_of_duty_or_advice_grants_nothing(en: str, fr: str) -> None:
    assert force(en, fr) == []


def test_an_adjective_of_what_can_be_done_still_faces_a_doit() -> None:
    # "are transferable" (can be transferred) against « doivent être transférés »: a possibility made a duty
    assert force(
        "The securities held by the fund are transferable under this Directive.",
        "Les titres détenus par le fonds doivent être transférés en vertu de la présente directive.",
    )
