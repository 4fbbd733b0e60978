"""What a negation or a breach governs before a condition's connective (issue 15, wide corpus of EU acts).

A breach said just before the connective ("remedies proportionate to the infringement and necessary to end it" /
« proportionnées à l'infraction et nécessaires ») is one of the two things the connective joins: it governs neither,
so "and" made "or" there is a changed condition, as anywhere else.

Two connectives that join the same word and each open an inserted phrase ("a postal and, where available, email
address" / « une adresse postale et, si elles sont disponibles, une adresse … ») answer each other, wherever else in
the sentence the other connectives stand.
"""

from __future__ import annotations

import pytest

from mou_review.domain.divergence import ClausePair, Severity, check_pair


def connectives(en: str, fr: str) -> list[str]:
    """Return the keys of the connective findings at warning or error on a pair."""
    return [
        f.key
        for f in check_pair(ClausePair(en, fr))
        if f.severity is not Severity.INFO and f.key.startswith("obligation_mismatch:connective")
    ]


_BREACH_CONJUNCT = [
    (
        "(c) where appropriate, to impose measures proportionate to the infringement and necessary to bring it "
        "effectively to an end;",
        "c) le cas échéant, d’imposer des mesures proportionnées à l’infraction et nécessaires pour y mettre "
        "effectivement un terme;",
    ),
    (
        "(b) to inform the supervisory authority without undue delay where the rules on the protection of personal "
        "data appear to have been infringed and about any incident which appears to constitute a personal data "
        "breach;",
        "b) à informer l’autorité de contrôle dans les meilleurs délais lorsqu’il apparaît que les règles relatives à "
        "la protection des données à caractère personnel ont été enfreintes et en cas d’incident dont il apparaît "
        "qu’il constitue une violation de données à caractère personnel;",
    ),
]


@pytest.mark.parametrize(
    ("en", "fr"), _BREACH_CONJUNCT, ids=["proportionate to the infringement", "been infringed"]
)
def test_a_breach_just_before_the_connective_governs_neither_conjunct(en: str, fr: str) -> None:
    assert connectives(en, fr) == []
    assert " and " in en
    assert connectives(en.replace(" and ", " or ", 1), fr) != []


def test_a_breach_before_its_object_still_governs_the_object_list() -> None:
    en = (
        "Where the provider infringes the obligations on transparency and reporting, the competent authority may "
        "impose a fine."
    )
    fr = (
        "Lorsque le fournisseur enfreint les obligations en matière de transparence ou de communication "
        "d’informations, l’autorité compétente peut infliger une amende."
    )
    assert connectives(en, fr) == []


# "X and, where appropriate, Y" / « X et, le cas échéant, Y »: the two connectives join the same word before them and
# each opens an inserted phrase; they answer each other, whatever connective the list after that phrase has.
_INSERTED_PHRASE = [
    (
        "(31) In order to facilitate contact between producers, competent authorities and consumers, producers "
        "should, as part of the information on the label of the product, state a postal and, where available, email "
        "and website address.",
        "(31) Afin de faciliter les contacts entre producteurs, autorités compétentes et consommateurs, il convient "
        "que les producteurs indiquent, sur l’étiquette du produit, une adresse postale et, si elles sont "
        "disponibles, une adresse de courrier électronique et une adresse de site internet.",
    ),
    (
        "4.   Competent authorities may issue guidelines and recommendations to providers, with the assistance of the "
        "Commission and, where appropriate, ENISA and the CSIRTs.",
        "4.   Avec l’assistance de la Commission et, le cas échéant, de l’ENISA et des CSIRT, les autorités "
        "compétentes peuvent émettre des lignes directrices et des recommandations à l’intention des fournisseurs.",
    ),
]


@pytest.mark.parametrize(
    ("en", "fr"), _INSERTED_PHRASE, ids=["postal and, where available", "and, where appropriate"]
)
def test_connectives_before_the_same_inserted_phrase_answer_each_other(en: str, fr: str) -> None:
    assert connectives(en, fr) == []
    changed = en.replace("email and website", "email or website").replace("ENISA and the", "ENISA or the")
    assert changed != en
    assert connectives(changed, fr) != []
