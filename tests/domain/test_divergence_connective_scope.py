"""What a negation or a breach governs before a condition's connective (issue 15, wide corpus of EU acts).

A breach said just before the connective ("remedies proportionate to the infringement and necessary to end it" /
« proportionnées à l'infraction et nécessaires ») is one of the two things the connective joins: it governs neither,
so "and" made "or" there is a changed condition, as anywhere else.

Two connectives that join the same word and each open an inserted phrase ("a postal and, where available, email
address" / « une adresse postale et, si elles sont disponibles, une adresse … ») answer each other, wherever else in
the sentence the other connectives stand.

An English condition joined by "or" against a French one that juxtaposes its parts may differ, even when the French
sentence has a connective that both sides set aside: the one that ends the list item, a binomial's.

A negation does not reach the connective of the cause its clause gives ("not possible due to their number and
complexity" / « pas possible … en raison de leur nombre et de leur complexité »), nor the French one that « que » said
again makes open a clause of its own (« ne soulèvent aucun moyen nouveau et que les pièces du dossier permettent »).
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


# "where A or B" against a French condition that juxtaposes its parts (« lorsque A, B … ») may differ, even when the
# French has a connective of its own elsewhere that the comparison sets aside on both sides: the one that ends the list
# item, or a binomial's that answers an English binomial.
_JUXTAPOSED = [
    (
        "(c) in the case of an undertaking whose shareholders have unlimited liability, where more than half of its "
        "own funds has disappeared or more than one quarter of those funds has been lost over the preceding "
        "12 months; or",
        "c) s'il s'agit d'une entreprise dont les associés ont une responsabilité illimitée, lorsque plus de la "
        "moitié de ses fonds propres a disparu, plus du quart de ces fonds ayant été perdu au cours des douze "
        "derniers mois, ou",
    ),
    (
        "2.   The court seised shall dismiss the action if a final judgment has been given on the same cause of action "
        "or between the same parties on the basis of an identical national trade mark valid for identical goods or "
        "services.",
        "2.   La juridiction saisie rejette l'action si, sur les mêmes faits, un jugement définitif a été rendu entre "
        "les mêmes parties sur la base d'une marque nationale identique valable pour des produits ou services "
        "identiques.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), _JUXTAPOSED, ids=["list item ends with or", "binomial on both sides"])
def test_a_condition_the_french_juxtaposes_beside_a_set_aside_connective(en: str, fr: str) -> None:
    assert connectives(en, fr) != []
    assert (
        connectives(
            en.replace(" or more than", " and more than").replace("action or between", "action and between"),
            fr,
        )
        == []
    )


def test_a_french_binomial_english_does_not_say_so_may_answer_the_english_or() -> None:
    en = (
        "Such an initiative shall not entitle the firm to market, where a branch is required, new categories of "
        "investment products or investment services to that client."
    )
    fr = (
        "Une telle initiative ne donne pas le droit à l'entreprise de commercialiser, lorsqu'une succursale est "
        "requise, de nouvelles catégories de produits ou de services d'investissement auprès de ce client."
    )
    assert connectives(en, fr) == []


# The cause a negated clause gives is no part of what it denies: "and" made "or" in it is a changed condition.
_CAUSE = [
    (
        "(c) the medium allows for the processing of the records by electronic means, where it is not possible to "
        "examine the records manually due to their number and complexity;",
        "c) le support permet le traitement des enregistrements par voie électronique, lorsqu’il n’est pas possible "
        "d’examiner les enregistrements manuellement en raison de leur nombre et de leur complexité;",
    ),
    (
        "(b) it allows automated processing when the review of the records cannot be carried out manually owing to "
        "the number and the complexity of the records; and",
        "b) un traitement automatisé est possible lorsque l'examen des enregistrements ne peut pas être effectué "
        "manuellement du fait du nombre et de la complexité des enregistrements; et",
    ),
]


@pytest.mark.parametrize(("en", "fr"), _CAUSE, ids=["not possible due to", "cannot owing to"])
def test_a_negation_does_not_reach_the_connective_of_the_cause_it_gives(en: str, fr: str) -> None:
    assert connectives(en, fr) == []
    assert connectives(en.replace("number and", "number or", 1), fr) != []


def test_que_said_again_after_the_french_connective_opens_a_clause_the_negation_does_not_reach() -> None:
    en = "The hearing may be dispensed with where the parties raise no new pleas and the case is ready for judgment."
    fr = (
        "L’audience peut être omise lorsque les parties ne soulèvent aucun moyen nouveau et que les pièces du "
        "dossier permettent de statuer."
    )
    assert connectives(en, fr) == []
    assert connectives(en.replace("pleas and", "pleas or"), fr) != []
