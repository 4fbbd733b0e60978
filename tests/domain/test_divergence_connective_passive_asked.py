"""A condition opened by "where" after the passive of a verb that asks a question (issue 15).

"shall specify where the records are kept" asks where: its "where" opens an indirect question, whose connectives join
no conditions.  The passive of such a verb ("the accounts shall be verified where the losses and gains exceed the
threshold", "shall be determined when") has its object for its subject, so the "where" after it asks nothing: it opens
a condition, whose connectives are compared as after any other verb ("and" made "or" in it was let pass).
"""

from __future__ import annotations

from tests.domain.divergence_keys import connectives

_PASSIVE_EN = (
    "The annual accounts shall be verified where the reported losses {conn} gains exceed the threshold."
)
_PASSIVE_FR = (
    "Les comptes annuels sont vérifiés lorsque les pertes {conn} les gains déclarés dépassent le seuil."
)


def test_and_against_ou_after_a_passive_of_verify_is_reported() -> None:
    assert connectives(_PASSIVE_EN.format(conn="and"), _PASSIVE_FR.format(conn="ou")) == [
        "obligation_mismatch:connective:and|ou"
    ]
    assert connectives(_PASSIVE_EN.format(conn="or"), _PASSIVE_FR.format(conn="et")) == [
        "obligation_mismatch:connective:or|et"
    ]


def test_the_same_connective_after_a_passive_is_silent() -> None:
    assert connectives(_PASSIVE_EN.format(conn="and"), _PASSIVE_FR.format(conn="et")) == []
    assert connectives(_PASSIVE_EN.format(conn="or"), _PASSIVE_FR.format(conn="ou")) == []


def test_an_active_verb_that_asks_where_still_opens_no_condition() -> None:
    en = "The operator shall specify where the records and the backups are kept."
    fr = "L'exploitant précise où les registres ou les copies de sauvegarde sont conservés."
    assert connectives(en, fr) == []
