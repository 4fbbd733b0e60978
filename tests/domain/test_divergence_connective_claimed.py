"""A French « et » claimed by an English "and" that another « et » answers (issue 15).

In a long sentence the "or" of a condition is compared with the French « et » that joins the same words, unless an
English "and" joins some of those words too: the « et » may then answer that "and", and the "or" nothing.  But each
French connective answers one English connective: an English "and" that a nearer « et » answers on both sides
("by regular audits and, if errors are found," / « par des audits réguliers et, si des erreurs sont constatées, »)
claims no other « et » ("the sums unduly received or, where necessary, by fines" / « les sommes indûment perçues et,
le cas échéant, par des amendes »), which is left to the "or".
"""

from __future__ import annotations

from tests.domain.divergence_keys import blocking_keys

_EN = (
    "The Agency shall take the measures needed to ensure that, when projects funded under this Decision are carried "
    "out, the budget of the Union is protected by the application of measures against fraud, waste and any other "
    "irregularity, by regular audits and, if errors are found, by the repayment of the sums unduly received {conn}, "
    "where necessary, by effective, proportionate and dissuasive administrative and financial fines."
)
_FR = (
    "L'Agence prend les mesures nécessaires pour garantir la protection du budget de l'Union lors de l'exécution des "
    "projets financés au titre de la présente décision, par l'application de mesures contre la fraude, le gaspillage "
    "et toute autre irrégularité, par des audits {audits} et, si des erreurs sont constatées, par le remboursement des "
    "sommes indûment perçues {conn}, le cas échéant, par des amendes administratives et financières effectives, "
    "proportionnées et dissuasives."
)


def connectives(en: str, fr: str) -> list[str]:
    """Return the keys of the connective findings at warning or error on a pair."""
    return blocking_keys(en, fr, "obligation_mismatch:connective")


def test_or_against_an_et_that_an_answered_and_does_not_claim_is_reported() -> None:
    # The English "and" after "audits" is answered by the « et » after « audits réguliers » (the same words on both
    # sides of each): the « et » after « indûment perçues » is left to the "or" after "unduly received".
    en, fr = _EN.format(conn="or"), _FR.format(audits="réguliers", conn="et")
    assert connectives(en, fr) == ["obligation_mismatch:connective:or|et"]


def test_the_same_connective_is_silent() -> None:
    assert connectives(_EN.format(conn="and"), _FR.format(audits="réguliers", conn="et")) == []
    assert connectives(_EN.format(conn="or"), _FR.format(audits="réguliers", conn="ou")) == []


def test_an_and_answered_at_its_place_by_an_et_opening_the_same_condition_claims_no_other_et() -> None:
    # « par des audits menés chaque année et, » answers the English "and" after "regular audits" on one side only (the
    # comma after each), but at its place, each opening the same inserted condition ("and, if errors are found," /
    # « et, si des erreurs sont constatées, »): the "and" claims no other « et », and the one after « indûment
    # perçues » is left to the "or".  (This test once required silence here: the "and" was read as free to answer
    # the second « et » as well, which hid the "or" / « et » of the faithful 32018r1139 pair made "or".)
    en, fr = _EN.format(conn="or"), _FR.format(audits="menés chaque année", conn="et")
    assert connectives(en, fr) == ["obligation_mismatch:connective:or|et"]
