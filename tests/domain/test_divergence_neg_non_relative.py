"""An English "non-" word before its noun against a French relative clause that denies its base (issue 15).

"the presentation of end-user choices in a non-neutral manner" / « la présentation des choix … d'une façon qui n'est
pas neutre », "The non-commercially sensitive data" / « Les données qui ne sont pas commercialement sensibles »: French
has no "non-" before most adjectives and says the English word by a relative clause whose « ne … pas » denies the
same base.  The « ne … pas » answers the English word; where it is dropped (« d'une façon qui est neutre »), the
French relative clause says the base itself, the opposite of the English "non-" word, as a predicate would
(_opposite_terms), and the drop must be reported.  The faithful texts stay quiet.
"""

from __future__ import annotations

import pytest

from tests.domain.divergence_keys import negations

# (English, French, the French negation of the relative clause, dropped)
_NON_RELATIVE = [
    (
        "Such behaviour includes the design used by the gatekeeper, the presentation of end-user choices in a "
        "non-neutral manner, or using the structure, function or manner of operation of a user interface or a part "
        "thereof to subvert or impair user autonomy, decision-making, or choice.",
        "Un tel comportement peut être la conception utilisée par le contrôleur d’accès, la présentation des choix de "
        "l’utilisateur final d’une façon qui n’est pas neutre ou l’utilisation de la structure, du fonctionnement ou "
        "du mode opératoire d’une interface utilisateur ou d’une partie de celle-ci pour réduire ou compromettre "
        "l’autonomie, la capacité décisionnelle ou le choix de l’utilisateur.",
        ("qui n’est pas neutre", "qui est neutre"),
    ),
    (
        "4.   Data holders shall not make the exercise of choices or rights under this Article by the user unduly "
        "difficult, including by offering choices to the user in a non-neutral manner or by subverting or impairing "
        "the autonomy, decision-making or choices of the user via the structure, design, function or manner of "
        "operation of a user digital interface or a part thereof.",
        "4.   Les détenteurs de données ne rendent pas indûment difficile pour les utilisateurs le fait d'effectuer des "
        "choix ou d'exercer des droits prévus au présent article, y compris en offrant des choix à l'utilisateur "
        "d'une manière qui n'est pas neutre ou en réduisant ou en compromettant l'autonomie, la prise de décision ou "
        "le choix des utilisateurs au moyen de la structure, de la conception, de la fonction ou du mode de "
        "fonctionnement d'une interface numérique utilisateur ou d'une partie de celle-ci.",
        ("qui n'est pas neutre", "qui est neutre"),
    ),
    (
        "The non-commercially sensitive data should also be accessible to a wider public, subject to the data being "
        "anonymised, apart from information concerning the list of final judgments against legal persons for "
        "infringements of this Regulation and the penalties imposed on them, and should be provided in an open and "
        "machine-readable format in line with the Union’s Open Data Policy as set out in Directive (EU) 2019/1024 of "
        "the European Parliament and of the Council.",
        "Les données qui ne sont pas commercialement sensibles devraient également être accessibles à un public plus "
        "large, sous réserve de l’anonymisation des données, à l’exception des informations portant sur la liste des "
        "jugements définitifs prononcés à l’encontre de personnes morales en cas de violation du présent règlement et "
        "sur les sanctions qui leur sont imposées, et devraient être disponibles dans un format ouvert et lisible par "
        "une machine conformément à la politique de l’Union en matière de données ouvertes, énoncée dans la directive "
        "(UE) 2019/1024 du Parlement européen et du Conseil.",
        ("qui ne sont pas commercialement", "qui sont commercialement"),
    ),
]


@pytest.mark.parametrize(
    ("en", "fr", "drop"), _NON_RELATIVE, ids=["non-neutral dma", "non-neutral data act", "non-commercially"]
)
def test_non_word_against_relative_clause_that_drops_its_negation(
    en: str, fr: str, drop: tuple[str, str]
) -> None:
    assert negations(en, fr) == []
    assert drop[0] in fr
    assert negations(en, fr.replace(*drop)) != []


def test_non_word_rendered_by_non_stays_quiet() -> None:
    # "non-physical" / « non physiques »: the French says the "non-" word itself; the relative clause of another
    # word is no answer to compare.
    en = "(c) a commodity or combination of commodities or other physical or non-physical non-fungible assets; or"
    fr = (
        "c) une matière première ou une combinaison de matières premières ou d’autres actifs physiques ou non "
        "physiques qui ne sont pas fongibles; ou"
    )
    assert negations(en, fr) == []
