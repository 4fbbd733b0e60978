"""A negation said once in English for a series of verbs, again at each verb in French (issue 15: wide corpus of EU
acts, 32023r1542, 32012r0648, 32006l0112, 32019r1122, 32024r1085).

"shall not be disposed of or be the subject of", "does not disrupt … or expose", "shall not affect … nor limit": the
conjunction carries the English negation on to the next verb; French says it again (« ne sont pas éliminés et ne font
pas l'objet », « ne perturbe pas … et n'expose pas »).  The English negation counts for each verb of its series, so a
dropped French negation leaves one unanswered instead of hiding behind the next one.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import changed, negations

SERIES = [
    (
        "1. Returned packaging shall not be burned or be used as fuel in any installation.",
        "1. Les emballages repris ne sont pas brûlés et ne sont pas utilisés comme combustible dans une installation.",
        ("fr", "ne sont pas brûlés", "sont brûlés"),
    ),
    (
        "The operator shall ensure that the transfer of the accounts does not delay payments or expose the clients "
        "to losses which they cannot foresee.",
        "L'opérateur veille à ce que le transfert des comptes ne retarde pas les paiements et n'expose pas les "
        "clients à des pertes qu'ils ne peuvent prévoir.",
        ("fr", "ne retarde pas", "retarde"),
    ),
    (
        "3. The agent shall not alter the register nor limit the auditor's access to the records kept by the agent.",
        "3. L'agent ne modifie pas le registre et ne limite pas l'accès de l'auditeur aux documents qu'il conserve.",
        ("fr", "ne modifie pas", "modifie"),
    ),
    (
        "(c) the holder did not report the transfer or provide the documents concerning the transfer;",
        "c) le titulaire n'a pas déclaré le transfert ou n'a pas fourni les documents relatifs au transfert;",
        ("fr", "n'a pas déclaré", "a déclaré"),
    ),
]


@pytest.mark.parametrize(("en", "fr", "drop"), SERIES)
def test_neg_series_once_faithful_is_silent(en: str, fr: str, drop: tuple[str, str, str]) -> None:
    assert negations(en, fr) == []


@pytest.mark.parametrize(("en", "fr", "drop"), SERIES)
def test_neg_series_once_first_french_negation_dropped_is_caught(
    en: str, fr: str, drop: tuple[str, str, str]
) -> None:
    assert negations(*changed(en, fr, drop)) != []


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        # French says the negation once for the series too.
        (
            "1. Returned packaging shall not be burned or be used as fuel in any installation.",
            "1. Les emballages repris ne sont ni brûlés ni utilisés comme combustible dans une installation.",
        ),
        # The English series is of nouns; French negates the second verb it makes of them, at its place.
        (
            "(d) the report does not give sufficient detail or clarity to assess the project;",
            "d) le rapport est trop succinct ou n'offre pas une clarté suffisante pour évaluer le projet;",
        ),
        # The English "and" opens a clause whose own negation answers the French one.
        (
            "The plan is not to be changed into a new plan and therefore does not fall under the duty to report.",
            "Le plan ne doit pas être transformé en un nouveau plan et ne relève donc pas de l'obligation de rapport.",
        ),
    ],
)
def test_neg_series_once_other_readings_are_silent(en: str, fr: str) -> None:
    assert negations(en, fr) == []
