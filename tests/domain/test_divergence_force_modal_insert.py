"""obligation_mismatch, force: English drafting puts adverbials between "shall" and the verb it governs, set off by
commas ("shall, in particular, be entitled to", "shall, for the purpose of recovering its costs, be entitled to",
"shall, where necessary, be empowered to") or not ("shall at all times be able to", "shall in particular be able to").
The modal still governs that verb: "shall, …, be entitled to" grants a power as "shall be entitled to" does, which
French says by « peut » or « est habilité à », wherever it puts the adverbial.  The insert parts nothing else: a
"shall" that governs a plain verb ("shall, in particular, require") is still a duty, and a permission so said still
differs from a French duty (« doivent »)."""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import force


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "In order to verify compliance with this Chapter, the supervisory authorities shall, in particular, be "
            "entitled to require the following documents:",
            "Afin de vérifier le respect du présent chapitre, les autorités de surveillance sont habilitées à exiger "
            "les documents suivants, en particulier:",
        ),
        (
            "The holder of the licence shall, for the purpose of recovering the costs incurred by him, be entitled to "
            "bring proceedings before the courts of the Member State concerned.",
            "Le titulaire de la licence peut, afin de recouvrer les frais qu'il a exposés, introduire une action "
            "devant les juridictions de l'État membre concerné.",
        ),
        (
            "The operator shall at all times be able to identify the suppliers of the timber it has placed on the "
            "market.",
            "L'opérateur peut à tout moment identifier les fournisseurs du bois qu'il a mis sur le marché.",
        ),
        (
            "The national authority shall, where the review procedure has been opened, be empowered to suspend the "
            "decision of the contracting entity.",
            "Lorsque la procédure de recours a été engagée, l'autorité nationale peut suspendre la décision de "
            "l'entité adjudicatrice.",
        ),
    ],
    ids=["in particular", "for the purpose of", "at all times", "where"],
)
def test_shall_with_an_insert_before_a_permission_is_that_permission(en: str, fr: str) -> None:
    assert force(en, fr) == []


def test_the_permission_against_a_french_duty_still_fires() -> None:
    assert force(
        "In order to verify compliance with this Chapter, the supervisory authorities shall, in particular, be "
        "entitled to require the following documents:",
        "Afin de vérifier le respect du présent chapitre, les autorités de surveillance doivent notamment exiger les "
        "documents suivants:",
    )


def test_shall_with_an_insert_before_a_plain_verb_is_still_a_duty() -> None:
    assert force(
        "In order to verify compliance with this Chapter, the supervisory authorities shall, in particular, require "
        "the following documents:",
        "Afin de vérifier le respect du présent chapitre, les autorités de surveillance peuvent notamment exiger les "
        "documents suivants:",
    )


def test_a_negated_insert_is_no_permission() -> None:
    # "shall, in no case, be entitled to" denies the power: it is no permission that « peut » could answer
    assert force(
        "The holder of the licence shall, in no case, be entitled to bring proceedings before the courts of the "
        "Member State concerned.",
        "Le titulaire de la licence peut, dans tous les cas, introduire une action devant les juridictions de l'État "
        "membre concerné.",
    )
