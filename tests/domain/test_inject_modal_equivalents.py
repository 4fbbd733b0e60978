"""The injectors leave alone a modal or an "and" whose change says no other thing (bench/inject_real_corpus.py).

"No one shall be removed" and "No one may be removed" both prohibit (« Nul ne peut être éloigné »), and so do "may
use it only for" and "shall use it only for" (« ne peut l'utiliser qu'à »): the checks rightly read each pair as
faithful, so an injection there is no divergence, and counting it as missed measured the injector, not the
checker.  "shall" made "may" already skipped a negative subject; "may" made "shall" now does too, and all three
modal injectors skip a modal restricted by "only" (« uniquement ») later in its clause.

Likewise "and" made "or" leaves alone the "and" of a fixed phrase ("between X and Y", "both X and Y", "up to and
including", "and not before", "where and how"), which "or" makes ungrammatical, not a condition changed.
"""

from __future__ import annotations

import pytest

from bench.inject_real_corpus import (
    Case,
    connective,
    connective_many,
    modal_fr_peut,
    modal_may_shall,
    modal_shall_may,
)
from mou_review.domain.divergence import ClausePair, Severity, check_pair

_FR = "Texte."


def _changes(make, en: str, fr: str) -> list[tuple[str, str, str]]:  # noqa: ANN001
    return list(make(Case("x-01", ClausePair(en, fr), None)))


@pytest.mark.parametrize(
    ("make", "en", "fr"),
    [
        (modal_may_shall, "2. No one may be removed, expelled or extradited to a State.", _FR),
        (modal_may_shall, "Nothing in this Licence constitutes or may be construed as permission.", _FR),
        (modal_may_shall, "The authorities may use it only for the purposes of their duties.", _FR),
        (
            modal_may_shall,
            "Payment institutions may grant credit solely in connection with payment services.",
            _FR,
        ),
        (modal_shall_may, "The authority shall grant the authorisation only if the conditions are met.", _FR),
        (modal_fr_peut, "Text.", "L'autorité peut les utiliser uniquement aux fins de ses missions."),
    ],
)
def test_modal_said_the_same_either_way_is_not_injected(make, en: str, fr: str) -> None:  # noqa: ANN001
    assert _changes(make, en, fr) == []


@pytest.mark.parametrize(
    ("make", "en", "fr", "change"),
    [
        (
            modal_may_shall,
            "The authorities may grant an exemption.",
            _FR,
            ("en", "may grant an", "shall grant an"),
        ),
        (
            modal_may_shall,
            "The authorities may grant an exemption, but only where the conditions are met.",
            _FR,
            ("en", "may grant an", "shall grant an"),
        ),
        (
            modal_shall_may,
            "The authority shall grant the licence.",
            _FR,
            ("en", "shall grant the", "may grant the"),
        ),
        (
            modal_fr_peut,
            "Text.",
            "L'autorité peut accorder une dérogation.",
            ("fr", "peut accorder une", "doit accorder une"),
        ),
    ],
)
def test_modal_that_changes_the_force_is_injected(
    make, en: str, fr: str, change: tuple[str, str, str]
) -> None:  # noqa: ANN001
    assert _changes(make, en, fr) == [change]


def test_the_checks_read_a_negative_subject_with_either_modal_as_faithful() -> None:
    # Why the injection is left out: the pair it would make is faithful, and the checks say so.
    for en in ("No one shall be removed to a State.", "No one may be removed to a State."):
        findings = check_pair(ClausePair(en, "Nul ne peut être éloigné vers un État."))
        assert [f for f in findings if f.severity is not Severity.INFO] == []


# --- "and" made "or": not in a fixed phrase ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "en",
    [
        "The firm shall report where the difference between the price and the value exceeds 5 %.",
        "Article 3 applies if both the issuer and the offeror are established in the Union.",
        "The sums are refunded where the overpayments relate to periods up to and including the last return.",
        "The transfer shall be effected if the notice is received, and not before.",
        "The report shall state where and how those services are marketed.",
        "The authority shall state if and when the measure ceases to apply.",
    ],
)
def test_and_of_a_fixed_phrase_is_not_made_or(en: str) -> None:
    assert _changes(connective, en, _FR) == []
    assert (
        _changes(connective_many, en + " It shall inform the seller and the buyer or their agents.", _FR)
        == []
    )


@pytest.mark.parametrize(
    "en",
    [
        "The authority shall grant the licence where the firm is authorised and its capital is sufficient.",
        "The tax applies if goods and services are supplied.",
    ],
)
def test_and_of_a_condition_is_made_or(en: str) -> None:
    (change,) = _changes(connective, en, _FR)
    assert change[1].endswith("and") and change[2].endswith("or")


# --- a change lands where its pattern matched, not on an earlier copy of the same words --------------------------


@pytest.mark.parametrize(
    ("make", "en", "fr", "before", "after"),
    [
        # The "may" of "may not" is skipped by the pattern; the change must not land on it either.
        (
            modal_may_shall,
            "A Member State may not refuse. The authority may act.",
            _FR,
            "A Member State may not refuse. The authority shall act.",
            None,
        ),
        (
            modal_fr_peut,
            "Text.",
            "Nul ne peut être privé de son bien. L'usage des biens peut être réglementé.",
            None,
            "Nul ne peut être privé de son bien. L'usage des biens doit être réglementé.",
        ),
        (
            connective,
            "The measures in points (a) and (b) apply where the conditions in points (a) and (b) are met.",
            _FR,
            "The measures in points (a) and (b) apply where the conditions in points (a) or (b) are met.",
            None,
        ),
    ],
)
def test_change_lands_where_the_pattern_matched(make, en: str, fr: str, before, after) -> None:  # noqa: ANN001
    ((side, old, new),) = _changes(make, en, fr)
    text = en if side == "en" else fr
    assert text.replace(old, new, 1) == (before if side == "en" else after)
