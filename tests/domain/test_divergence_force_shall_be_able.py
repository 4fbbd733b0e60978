"""obligation_mismatch, force: "shall be able to access" is "shall have access to" said with its verb, a duty whose object
is the access ("account holders shall be able to access their accounts": the registry must give them access); French
says that duty by the prescriptive present of the verb (« les titulaires de compte accèdent à leurs comptes »), as it
says "shall have access" by « ont accès ».  A "may", which grants a possibility with no duty, still differs from that
present, and so do a permission said with "shall" ("shall be permitted to apply" / « appliquent ») and a capability
of a thing ("shall be able to consult" / « consultent »: tests/domain/test_deontic.py has "generate", "recover")."""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import force


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "1.   Account holders shall be able to access their accounts in the Union registry through the secure area "
            "of the Union registry.",
            "1.   Les titulaires de compte accèdent à leurs comptes dans le registre de l'Union par la zone sécurisée "
            "du registre de l'Union.",
        ),
        (
            "2.   National administrators shall be able to access the accounts they administer in the Union Registry "
            "through the secure area of the Union Registry.",
            "2.   Les administrateurs nationaux accèdent aux comptes dont ils assurent la gestion dans le registre de "
            "l'Union par la zone sécurisée du registre de l'Union.",
        ),
        (
            "3.   Verifiers shall also be able to access the verified emissions reports of the operators they verify "
            "through the electronic reporting system.",
            "3.   Les vérificateurs accèdent également aux déclarations d'émissions vérifiées des exploitants qu'ils "
            "vérifient au moyen du système électronique de déclaration.",
        ),
    ],
)
def test_shall_be_able_to_against_a_prescriptive_present(en: str, fr: str) -> None:
    assert force(en, fr) == []


def test_may_be_able_to_against_a_present_still_fires() -> None:
    assert force(
        "1.   Account holders may be able to access their accounts in the Union registry through the secure area "
        "of the Union registry.",
        "1.   Les titulaires de compte accèdent à leurs comptes dans le registre de l'Union par la zone sécurisée "
        "du registre de l'Union.",
    )


def test_may_against_a_present_still_fires() -> None:
    assert force(
        "1.   Account holders may access their accounts in the Union registry through the secure area of the Union "
        "registry.",
        "1.   Les titulaires de compte accèdent à leurs comptes dans le registre de l'Union par la zone sécurisée "
        "du registre de l'Union.",
    )


def test_shall_be_permitted_to_against_a_present_still_fires() -> None:
    assert force(
        "2.   Member States shall be permitted to apply a reduced rate to the supply of the goods listed in Annex III.",
        "2.   Les États membres appliquent un taux réduit aux livraisons des biens énumérés à l'annexe III.",
    )


def test_shall_be_able_to_another_verb_against_a_present_still_fires() -> None:
    assert force(
        "3.   Verifiers shall be able to consult the verified emissions reports of the operators they verify through "
        "the electronic reporting system.",
        "3.   Les vérificateurs consultent les déclarations d'émissions vérifiées des exploitants qu'ils vérifient au "
        "moyen du système électronique de déclaration.",
    )
