"""What the review use cases share: reading ids, versions and base numbers from a request, and the base check."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from ..domain.errors import N_, ValidationError, VersionConflict
from ..domain.types import DocumentStatus, Lang
from ..models import Clause, ClauseVersion
from .documents import latest_version

MAX_INT = 2**31 - 1

# Reason codes of domain.amendments -> a message for the user.
REASON_MESSAGES = {
    "unknown_action": N_("Unknown kind of amendment."),
    "text_required": N_("Give the proposed text in English, in French or in both."),
    "text_not_allowed": N_("A deletion carries no text."),
    "rationale_required": N_("Give a rationale for the amendment."),
    "text_too_long": N_("The proposed text is too long."),
    "rationale_too_long": N_("The rationale is too long."),
    "note_required": N_("Give a reason for a rejection or a counter-proposal."),
    "note_too_long": N_("The note is too long."),
    "unknown_position": N_("The position must be accept, reject or counter."),
}


def clause_status(clause: Clause) -> DocumentStatus:
    return DocumentStatus(clause.document.status)


def clean(text: str | None) -> str:
    return (text or "").strip()


def int_or_none(value: Any) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValidationError(N_("Version numbers must be whole numbers."), reason="bad_version")
    try:
        number = int(value)
    except (TypeError, ValueError, OverflowError):
        raise ValidationError(N_("Version numbers must be whole numbers."), reason="bad_version") from None
    if not 0 <= number <= MAX_INT:  # the database holds 32-bit integers
        raise ValidationError(N_("Version numbers must be whole numbers."), reason="bad_version")
    return number


def parse_base(base: Mapping[str, Any] | None) -> dict[Lang, int | None]:
    """Return the clause version numbers a write was based on, per language."""
    if base is not None and not isinstance(base, Mapping):
        raise ValidationError(
            N_("The base must give the English and French version numbers."), reason="bad_base"
        )
    base = base or {}
    return {lang: int_or_none(base.get(str(lang))) for lang in Lang}


def require_revision(revision: Any) -> int:
    number = int_or_none(revision)
    if number is None:
        raise ValidationError(
            N_("Say which revision you are changing (the revision you read)."), reason="revision_required"
        )
    return number


def domain_validation(error: ValidationError) -> ValidationError:
    """Give a domain validation error a message the catalogue translates."""
    reasons = error.details.get("reasons") or [error.details.get("reason")]
    message = REASON_MESSAGES.get(reasons[0] if reasons else "", N_("The request is incomplete."))
    return ValidationError(message, **error.details)


def current_versions(session: Session, clause_id: int) -> dict[Lang, ClauseVersion | None]:
    return {lang: latest_version(session, clause_id, lang) for lang in Lang}


def check_base(current: Mapping[Lang, ClauseVersion | None], base: Mapping[Lang, int | None]) -> None:
    """Refuse a write whose base versions are missing or no longer current."""
    for lang in Lang:
        if base.get(lang) is None:
            raise ValidationError(
                N_("Say which versions of the clause your change is based on (base)."), reason="base_required"
            )
    for lang in Lang:
        version = current[lang]
        number = version.number if version else 0
        if base[lang] != number:
            raise VersionConflict(
                N_(
                    "The %(language)s text of this clause has changed since you opened it: you read version "
                    "%(base)s, the current one is %(current)s. Nothing was saved."
                ),
                language=str(lang).upper(),
                lang=str(lang),
                base=base[lang],
                current=number,
                current_text=version.text if version else "",
            )
