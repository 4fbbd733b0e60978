"""The keys of the divergence findings a reviewer must look at (warning or error) on one pair, by check or by
obligation component: what the tests of the wide corpus's constructions assert on."""

from __future__ import annotations

from mou_review.domain.divergence import ClausePair, Finding, Severity, check_pair


def blocking_keys(en: str, fr: str, prefix: str) -> list[str]:
    """Return the keys starting with ``prefix`` of the findings at warning or error on a pair."""
    return [
        f.key
        for f in check_pair(ClausePair(en, fr))
        if f.severity is not Severity.INFO and f.key.startswith(prefix)
    ]


def bracket_severities(en: str, fr: str) -> list[Severity]:
    """Return the severities of the bracket findings on a pair (any severity: a moved bracket is an info)."""
    return [
        f.severity
        for f in check_pair(ClausePair(en, fr))
        if f.check == "structure_mismatch" and f.key.startswith("structure_mismatch:brackets")
    ]


def obligations(en: str, fr: str) -> list[str]:
    """Return the keys of the obligation findings (any component) at warning or error on a pair."""
    return blocking_keys(en, fr, "obligation_mismatch")


def negations(en: str, fr: str) -> list[str]:
    """Return the keys of the negation findings at warning or error on a pair."""
    return blocking_keys(en, fr, "obligation_mismatch:negation")


def changed(en: str, fr: str, change: tuple[str, str, str]) -> tuple[str, str]:
    """Return the pair with ``change`` made: (side, old, new), ``old`` replaced once by ``new`` on ``side``
    ("en" or "fr"), as a test makes a drop or an addition in a real text."""
    side, old, new = change
    return (en.replace(old, new), fr) if side == "en" else (en, fr.replace(old, new))


def connectives(en: str, fr: str) -> list[str]:
    """Return the keys of the connective findings at warning or error on a pair."""
    return blocking_keys(en, fr, "obligation_mismatch:connective")


def terms(en: str, fr: str) -> list[str]:
    """Return the keys of the term findings at warning or error on a pair."""
    return blocking_keys(en, fr, "term_mismatch")


def force(en: str, fr: str) -> list[Finding]:
    """Return the force findings of obligation_mismatch on a pair, at any severity."""
    return [
        f
        for f in check_pair(ClausePair(en, fr))
        if f.check == "obligation_mismatch" and f.key.split(":")[1] == "force"
    ]


def references(en: str, fr: str) -> list[str]:
    """Return the keys of the cross-reference findings at warning or error on a pair."""
    return blocking_keys(en, fr, "cross_reference_mismatch")


def citations(en: str, fr: str) -> list[str]:
    """Return the keys of the number and cross-reference findings at warning or error on a pair."""
    return blocking_keys(en, fr, "number_mismatch") + blocking_keys(en, fr, "cross_reference_mismatch")
