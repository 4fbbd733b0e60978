"""The exception hierarchy of mou-review.

Domain and service code raise these; only the web edge (views and API)
turns them into flashes, form errors and HTTP status codes.  Each error has a
stable ``code`` for the JSON API and a message that may be a lazy-translated
string, so the edge can render it in the user's interface language.
"""

from __future__ import annotations

from typing import Any


class MouReviewError(Exception):
    """Base class of every error the domain reports to a user."""

    code = "error"
    http_status = 400

    def __init__(self, message: Any = "", **details: Any) -> None:
        super().__init__(str(message))
        self.message = message
        self.details = details


class ValidationError(MouReviewError):
    """Input that is malformed or incomplete."""

    code = "invalid"
    http_status = 400


class NotFound(MouReviewError):
    """An object that does not exist (or is not visible to the user)."""

    code = "not_found"
    http_status = 404


class PermissionDenied(MouReviewError):
    """An action the acting user's party or role does not allow."""

    code = "forbidden"
    http_status = 403


class VersionConflict(MouReviewError):
    """A write based on a version that has changed since it was read."""

    code = "conflict"
    http_status = 409


class InvalidTransition(MouReviewError):
    """A state change that the object's current state does not allow."""

    code = "invalid_transition"
    http_status = 409


class DocxFormatError(MouReviewError):
    """A DOCX file that cannot be read safely (corrupt, too large, protected...)."""

    code = "bad_docx"
    http_status = 400


class TranslationUnavailable(MouReviewError):
    """No machine-translation model is installed for the requested direction."""

    code = "translation_unavailable"
    http_status = 409


def N_(message: str) -> str:
    """Mark a message for the interface catalogue without translating it here.

    Domain code stays free of Flask: it raises errors whose message is an
    English template (``"Clause %(number)s has changed"``) with its values in
    ``details``.  The web edge looks the template up in the catalogue and
    fills it in the user's language.
    """
    return message
