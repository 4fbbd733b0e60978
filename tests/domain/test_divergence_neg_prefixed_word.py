"""A negative word made by a prefix against its base said bare: "is complete" / « incomplète » (issue 15: wide corpus
of EU acts, 32014r0909, 32012r0648, 32023r1114, 32023r1115, 32024l1500, 32024r0791).

French says "is not complete", "is not possible" with a negative adjective (« est incomplète », « est impossible »),
and English may say « n'est pas complète » with one ("is incomplete"): the negative word answers the other side's
negation.  Where that negation is dropped ("If the application is complete" / « Si la demande est incomplète »), the
negative word is left with nothing to answer it, and the other side says its base, bare, as the predicate at its
place: the one says the opposite of the other.  Only predicates (after a copula): "non-material", "non-conformities",
"uncertainty" name terms, which the other language names by other words of the same stem ("material", « conformité »).
Not where the other side says the negative word too ("which are liquid, which are illiquid").
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

COMPLETE_EN = (
    "3.   Within 30 working days from the receipt of the application, the competent authority shall assess whether "
    "the application is complete. If the application is not complete, the competent authority shall set a time limit "
    "by which the applicant CSD has to provide additional information. The competent authority shall inform the "
    "applicant CSD when the application is considered to be complete."
)
COMPLETE_FR = (
    "3.   Dans un délai de trente jours ouvrés suivant la réception de la demande, l’autorité compétente vérifie si "
    "celle-ci est complète. Si la demande est incomplète, l’autorité compétente fixe une date limite avant laquelle le "
    "DCT demandeur doit lui communiquer des informations complémentaires. Lorsque la demande est jugée complète, "
    "l’autorité compétente en informe le DCT demandeur."
)
POSSIBLE_EN = (
    "(a) forests for which it is not possible to distinguish whether planted or naturally regenerated;"
)
POSSIBLE_FR = (
    "a) les forêts où il est impossible de faire la distinction entre la forêt plantée et la forêt naturellement "
    "régénérée;"
)
ANONYMISED_EN = "Personal data collected by the equality body should be anonymised or, where this is not possible, pseudonymised."
ANONYMISED_FR = (
    "Les données à caractère personnel collectées par les organismes pour l’égalité de traitement devraient être "
    "anonymisées ou, lorsque cela est impossible, être pseudonymisées."
)
LIQUID_EN = (
    "ESMA should determine which instruments or classes are liquid, which are illiquid, and above which size of "
    "transaction it is possible to defer the publication of the details of the transaction."
)
LIQUID_FR = (
    "l’AEMF devrait déterminer les instruments ou catégories qui sont liquides, ceux qui sont non liquides, et "
    "au-delà de quelle taille de transaction il est possible de différer la publication des détails de la transaction."
)


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (COMPLETE_EN, COMPLETE_FR),
        (POSSIBLE_EN, POSSIBLE_FR),
        (ANONYMISED_EN, ANONYMISED_FR),
        (LIQUID_EN, LIQUID_FR),
    ],
)
def test_a_prefixed_negative_word_answers_a_negation(en: str, fr: str) -> None:
    assert negations(en, fr) == []


@pytest.mark.parametrize(
    ("en", "fr", "word"),
    [
        (COMPLETE_EN.replace("is not complete", "is complete"), COMPLETE_FR, "incomplete"),
        (POSSIBLE_EN.replace("is not possible", "is possible"), POSSIBLE_FR, "impossible"),
        (ANONYMISED_EN.replace("is not possible", "is possible"), ANONYMISED_FR, "impossible"),
    ],
)
def test_a_prefixed_negative_word_against_its_bare_base_is_caught(en: str, fr: str, word: str) -> None:
    assert any(word in key for key in negations(en, fr))
