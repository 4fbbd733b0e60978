"""Rules cited by number (issue 15, wide corpus of EU acts).

Common regulations and rules of procedure number their provisions as rules: "Rule 9(3) is amended" / « à la
règle 9, le paragraphe 3 est modifié ». The rule's number and paragraph are a citation on both sides, not a
number that one side lacks; a changed rule or paragraph is still caught.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import blocking_keys, citations

PAIRS = [
    ("(3) Rule 4(2) is deleted;", "3) à la règle 4, le paragraphe 2 est supprimé;"),
    (
        "(5) Rule 17(1) is replaced by the following:",
        "5) la règle 17, paragraphe 1, est remplacée par le texte suivant:",
    ),
    (
        "The particulars laid down in Rule 6(3) of the Common Regulations shall be verified.",
        "Les indications prévues à la règle 6, paragraphe 3, du règlement d’exécution commun sont vérifiées.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), PAIRS, ids=["deleted", "replaced", "cited"])
def test_a_rule_and_its_paragraph_are_cited_alike(en: str, fr: str) -> None:
    assert citations(en, fr) == []


@pytest.mark.parametrize(("en", "fr"), PAIRS, ids=["deleted", "replaced", "cited"])
def test_a_changed_rule_number_is_caught(en: str, fr: str) -> None:
    changed = (
        en.replace("Rule 4(2)", "Rule 5(2)")
        .replace("Rule 17(1)", "Rule 17(2)")
        .replace("Rule 6(3)", "Rule 8(3)")
    )
    assert citations(changed, fr)


def test_a_year_after_rules_is_not_a_rule_cited() -> None:
    en = "as set out in the Commission notice on the implementation of EU product rules 2022"
    fr = "comme indiqué dans la communication de la Commission relative à la mise en œuvre de la réglementation de l’UE"
    assert blocking_keys(en, fr, "cross_reference_mismatch") == []
    assert blocking_keys(en, fr, "number_mismatch")
