"""The initials "MLA", by which anti-money-laundering acts say "mutual legal assistance".

The acts that list high-risk third countries (FATF action plans) define "mutual legal assistance (MLA)" and then
write "seeking MLA", "streamlining MLA requests", where French says « l'entraide judiciaire » each time.  The
initials answer the French term; alone they raise nothing (French may spell out what English abbreviates, or
keep a sentence's initials).  A French term with neither the words nor the initials in English still warns.
"""

from __future__ import annotations

from mou_review.domain.divergence import ClausePair, Severity, check_pair


def term_findings(en: str, fr: str) -> list[tuple[str, Severity]]:
    """Return the keys and severities of the term findings on a pair."""
    return [(f.key, f.severity) for f in check_pair(ClausePair(en, fr)) if f.check == "term_mismatch"]


def test_the_initials_answer_mutual_legal_assistance() -> None:
    en = "The country should keep working on its plan, including by making MLA requests faster."
    fr = "Le pays devrait poursuivre son plan, notamment en accélérant les demandes d'entraide judiciaire."
    assert term_findings(en, fr) == []


def test_the_initials_alone_raise_no_warning() -> None:
    en = "The country should keep working on its plan, including by making MLA requests faster."
    fr = "Le pays devrait poursuivre son plan, notamment en accélérant les demandes de coopération."
    assert all(sev is Severity.INFO for _key, sev in term_findings(en, fr))


def test_mutual_legal_assistance_missing_from_the_english_still_warns() -> None:
    en = "The country should keep working on its plan, including by making cooperation requests faster."
    fr = "Le pays devrait poursuivre son plan, notamment en accélérant les demandes d'entraide judiciaire."
    assert term_findings(en, fr) == [("term_mismatch:fr:mutual legal assistance", Severity.WARNING)]
