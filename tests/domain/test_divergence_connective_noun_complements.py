"""Two nouns that complement one noun, joined by "and" in English and by « ou » in French (issue 15, wide corpus).

English says the two nouns under one preposition and one determiner ("the assessment of the auditor's independence
and competence", "the records of a subsidiary and branch", "in the course of an administrative inquiry and judicial
review"); French says « de » before each (« de l'indépendance ou de la compétence », « d'une filiale ou d'une
succursale », « d'une enquête administrative ou d'un contrôle juridictionnel »).  Each text names the one set of things
its head noun is of, and the official translators say "and" or « ou » as the phrase reads: the connective joins no
conditions.  Still compared: two subjects ("where the lender and the borrower consent" / « lorsque le prêteur ou
l'emprunteur y consent »), two complements each with its own preposition or determiner in English ("of the lender and
of the borrower", "with the registry and the competent court"), two qualities of one thing ("a flood-prone and
drought-stricken plot" / « une parcelle d'inondation ou de sécheresse »), two verbs, cross-references, and an English
"or" against « et » ("and" made "or" in such a phrase looks the same).  (The pairs below are written for these tests.)
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


_COMPLEMENTS = [
    (
        "Where personal data are processed in the course of an administrative inquiry and judicial review, the "
        "controller shall keep a record of the processing.",
        "Lorsque des données à caractère personnel sont traitées dans le cadre d'une enquête administrative ou d'un "
        "contrôle juridictionnel, le responsable du traitement tient un registre du traitement.",
    ),
    (
        "The report shall be sent to the supervisor where the findings are relevant to the assessment of the "
        "auditor's independence and competence.",
        "Le rapport est transmis au superviseur lorsque les constatations sont pertinentes pour l'évaluation de "
        "l'indépendance ou de la compétence de l'auditeur.",
    ),
    (
        "Where the law of the host country restricts access to the records of a subsidiary and branch located there, "
        "the institution shall inform the authority.",
        "Lorsque le droit du pays d'accueil restreint l'accès aux registres d'une filiale ou d'une succursale qui y "
        "est située, l'établissement en informe l'autorité.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), _COMPLEMENTS)
def test_nouns_complementing_one_noun_are_not_a_condition(en: str, fr: str) -> None:
    assert connectives(en, fr) == []


_STILL = [
    (
        "Where the lender and the borrower consent, the term of the loan may be extended once.",
        "Lorsque le prêteur ou l'emprunteur y consent, la durée du prêt peut être prolongée une fois.",
        "and|ou",
    ),
    (
        "Where the documents of the lender and of the borrower are missing, the file shall be closed.",
        "Lorsque les documents du prêteur ou de l'emprunteur manquent, le dossier est clos.",
        "and|ou",
    ),
    (
        "Where the notice is lodged with the registry and the competent court, the time limit shall be suspended.",
        "Lorsque l'avis est déposé auprès du greffe ou de la juridiction compétente, le délai est suspendu.",
        "and|ou",
    ),
    (
        "Where the crop is grown on a flood-prone and drought-stricken plot, the aid shall be increased.",
        "Lorsque la culture est pratiquée sur une parcelle d'inondation ou de sécheresse, l'aide est majorée.",
        "and|ou",
    ),
    (
        "Where the application is made pursuant to Article 4 and Article 9, the fee shall be reduced.",
        "Lorsque la demande est présentée en application de l'article 4 ou de l'article 9, la taxe est réduite.",
        "and|ou",
    ),
    (
        "Where the results are relevant to the assessment of the auditor's independence or competence, the report "
        "shall be sent to the supervisor.",
        "Lorsque les constatations sont pertinentes pour l'évaluation de l'indépendance et de la compétence de "
        "l'auditeur, le rapport est transmis au superviseur.",
        "or|et",
    ),
]


@pytest.mark.parametrize(("en", "fr", "key"), _STILL)
def test_subjects_and_other_complements_still_compared(en: str, fr: str, key: str) -> None:
    assert any(k.endswith(key) for k in connectives(en, fr))
