"""Names in initials joined by a slash (issue 15, wide corpus of EU acts).

English writes "AML/CFT", "RFNBO/RCF" where official French spells out each name (« la lutte contre le blanchiment de
capitaux et le financement du terrorisme »): each side of the slash is a name in initials, weighed like any other
("UCITS" / « OPCVM »), so that the French is not a warning for its length. A number's letters stay no name
("Directive 2004/39/EC"), and an English side that lost a passage is still a warning.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import blocking_keys


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            # 32018l0843-a1-677
            "(a) in the discharge of their duties under this Directive or under other legislative acts in the field of "
            "AML/CFT, of prudential regulation and of supervising credit and financial institutions, including "
            "sanctioning;",
            "a) pour l’accomplissement des devoirs qui leur incombent en vertu de la présente directive ou d’autres "
            "actes législatifs dans le domaine de la lutte contre le blanchiment de capitaux et le financement du "
            "terrorisme, de la réglementation prudentielle et de la surveillance des établissements de crédit et des "
            "établissements financiers, notamment l’imposition de sanctions;",
        ),
        (
            # 32023r1113-a38-62
            "(c) assess the respondent entity’s AML/CFT controls;",
            "c) qu’ils évaluent les contrôles mis en place par l’entité cliente pour lutter contre le blanchiment de "
            "capitaux et le financement du terrorisme;",
        ),
        (
            # 32025r1192-a1-415
            "(b) the operator and producer of the RFNBO/RCF are connected to the same grid;",
            "b) l’exploitant et le producteur des carburants renouvelables d’origine non biologique/carburants à base "
            "de carbone recyclé sont raccordés au même réseau;",
        ),
    ],
    ids=["in the field of AML/CFT", "AML/CFT controls", "RFNBO/RCF"],
)
def test_names_in_initials_joined_by_a_slash(en: str, fr: str) -> None:
    assert blocking_keys(en, fr, "length_ratio") == []


def test_an_english_side_cut_short_is_still_a_warning() -> None:
    en = "(c) assess the respondent entity’s AML/CFT controls;"
    fr = (
        "c) qu’ils évaluent les contrôles mis en place par l’entité cliente pour lutter contre le blanchiment de "
        "capitaux et le financement du terrorisme, et qu’ils vérifient que ces contrôles sont appliqués à chaque "
        "relation de correspondance et réexaminés au moins une fois par an par l’organe de direction;"
    )
    assert blocking_keys(en, fr, "length_ratio") != []
