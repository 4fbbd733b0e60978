"""Two clauses of a condition joined by a bare "or" in English and by « et que » in French (issue 15).

English joins the two clauses of a condition with no condition word said again ("where the consideration is lower than
the open market value and the recipient of the supply does not have a full right of deduction"), French says « que »
again (« lorsque la contrepartie est inférieure à la valeur normale et que le destinataire … n'a pas le droit »): the
words the two connectives join differ, and neither side says the condition word again.  The clauses anchor them: a verb
before the English connective, a subject and its verb after it, « et que » at the same place.  The sentences are those
of the wide corpus (Directive 2006/112/EC, Regulation (EC) No 800/2008, Delegated Regulation (EU) 2018/625), with "and"
made "or" where a test says so.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import blocking_keys

# (English with {conn} where the official text says "and", the official French)
_CLAUSES = [
    (
        # Directive 2006/112/EC, Article 80(1), point (a)
        "(a) where the consideration is lower than the open market value {conn} the recipient of the supply does not "
        "have a full right of deduction under Articles 167 to 171 and Articles 173 to 177;",
        "a) lorsque la contrepartie est inférieure à la valeur normale et que le destinataire de la livraison ou de la "
        "prestation n'a pas le droit de déduire entièrement la TVA en vertu des articles 167 à 171 et des articles "
        "173 à 177;",
    ),
    (
        # Regulation (EC) No 800/2008, Article 31(5), point (d)
        "(d) cost of contractual research, technical knowledge and patents bought or licensed from outside sources at "
        "market prices, where the transaction has been carried out at arm’s length {conn} there is no element of "
        "collusion involved, as well as costs of consultancy and equivalent services used exclusively for the research "
        "activity;",
        "d) les coûts de la recherche contractuelle, des connaissances techniques et des brevets ou licences "
        "d'exploitation acquis auprès de sources extérieures au prix du marché, lorsque l'opération a été effectuée "
        "dans les conditions normales de la concurrence et qu'il n'existe aucun élément de collusion, ainsi que les "
        "coûts des services de conseil et des services équivalents utilisés exclusivement aux fins de l'activité de "
        "recherche;",
    ),
    (
        # Commission Delegated Regulation (EU) 2018/625, Article 73(1) (its first sentence)
        "1.   Where there is more than one applicant {conn} the application for an EU trade mark does not name a "
        "common representative, the first applicant named in the application having its domicile or principal place "
        "of business or a real and effective industrial or commercial establishment in the EEA, or its representative "
        "if appointed, shall be considered to be the common representative.",
        "1.   Lorsqu'il y a plus d'un demandeur et que la demande de marque de l'Union européenne ne désigne pas de "
        "représentant commun, le demandeur cité en premier lieu dans la demande ayant son domicile ou son siège ou un "
        "établissement industriel ou commercial effectif et sérieux dans l'EEE, ou son représentant s'il a été "
        "désigné, est réputé être le représentant commun.",
    ),
]


def connectives(en: str, fr: str) -> list[str]:
    """Return the keys of the connective findings at warning or error on a pair."""
    return blocking_keys(en, fr, "obligation_mismatch:connective")


@pytest.mark.parametrize(("en", "fr"), _CLAUSES)
def test_or_joining_clauses_against_et_que_is_reported(en: str, fr: str) -> None:
    assert connectives(en.format(conn="or"), fr) == ["obligation_mismatch:connective:or|et"]


@pytest.mark.parametrize(("en", "fr"), _CLAUSES)
def test_the_official_and_is_silent(en: str, fr: str) -> None:
    assert connectives(en.format(conn="and"), fr) == []


def test_or_joining_two_nouns_is_not_a_clause() -> None:
    # "or the recipient of the supply" with no verb of its own: the « et que » then joins another clause.
    en, fr = _CLAUSES[0]
    en = en.replace("does not have a full right of deduction", "without a full right of deduction").replace(
        "the recipient", "than the price paid to the recipient"
    )
    assert connectives(en.format(conn="or"), fr) == []


def test_a_french_et_without_que_is_left_to_the_other_rules() -> None:
    en, fr = _CLAUSES[2]
    fr = fr.replace("plus d'un demandeur et que la demande", "plus d'un demandeur, la demande")
    assert connectives(en.format(conn="or"), fr) == []
