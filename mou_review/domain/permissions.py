"""Who may do what: one permission table for every write action.

Reading is open to every signed-in user; this module rules on writes, and on
the one restricted read: the audit log (``VIEW_AUDIT_LOG``, the facilitator and
the parties' legal leads).
``PERMISSIONS`` maps each role to the actions it may take and to the
ownership condition (``Scope``) each one carries.  ``can`` answers yes or no,
``denial_reason`` says why not, and ``require`` raises ``PermissionDenied``.

The rules, in the order they are checked:

1. The role must list the action (observers list nothing).
2. The facilitator role only counts for a member of the facilitating party
   (ICMPD): a misconfigured facilitator account in a negotiating party must not
   be able to adopt amendments on its own side's behalf.
3. The facilitating party is neutral: none of its users takes a position or
   signs off for a party, whatever their role.
4. Once a document is agreed or signed it is frozen: only ``CHANGE_STATUS``
   (agreed -> signed) and ``TAKE_SNAPSHOT`` remain.
5. ``EDIT_CLAUSE`` needs the document status, and only in drafting or in review.
6. Ownership: ``OWN_PARTY`` actions need ``owner_party`` equal to the actor's
   party (a lead takes a position only for their own party, never the other);
   ``OWN_USER`` actions need ``owner_user_id`` equal to the actor (nobody edits
   another user's comment).

A context value a rule needs but the caller did not give is a denial
(``missing_context``), never a pass: the table fails closed.

Reason codes, given as ``PermissionDenied(...).details["reason"]`` so the web
edge can translate the message in the user's interface language:

``read_only_role``               the user is an observer
``role_not_allowed``             the user's role does not list the action
``facilitator_party_required``   a facilitator account outside the facilitating party
``facilitator_is_neutral``       a user of the facilitating party taking a position or signing off
``document_frozen``              the document is agreed or signed
``document_not_editable``        clause editing outside drafting / in review
``not_your_party``               the object belongs to another party
``not_your_comment``             the comment belongs to another user
``missing_context``              the rule needs owner_party, owner_user_id or document_status
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType
from typing import Any

from .errors import N_, PermissionDenied
from .types import DocumentStatus, Role


class Action(StrEnum):
    """Every write a user can make."""

    COMMENT = "comment"
    EDIT_OWN_COMMENT = "edit_own_comment"
    RESOLVE_COMMENT = "resolve_comment"
    REOPEN_COMMENT = "reopen_comment"
    PROPOSE_AMENDMENT = "propose_amendment"
    EDIT_AMENDMENT_TEXT = "edit_amendment_text"
    WITHDRAW_AMENDMENT = "withdraw_amendment"
    TAKE_POSITION = "take_position"
    ADOPT_AMENDMENT = "adopt_amendment"
    EDIT_CLAUSE = "edit_clause"
    MANAGE_USERS = "manage_users"
    MANAGE_DOCUMENTS = "manage_documents"
    WAIVE_FINDING = "waive_finding"
    EDIT_GLOSSARY = "edit_glossary"
    RUN_SESSION = "run_session"
    SIGN_OFF = "sign_off"
    CHANGE_STATUS = "change_status"
    TAKE_SNAPSHOT = "take_snapshot"
    IMPORT_DOCX = "import_docx"
    MANAGE_TRANSLATION_MODELS = "manage_translation_models"
    USE_MACHINE_TRANSLATION = "use_machine_translation"
    VIEW_AUDIT_LOG = "view_audit_log"


class Scope(StrEnum):
    """The ownership condition an allowed action carries."""

    ANY = "any"  # no ownership condition
    OWN_PARTY = "own_party"  # owner_party must be the actor's party
    OWN_USER = "own_user"  # owner_user_id must be the actor


@dataclass(frozen=True, slots=True)
class Actor:
    """The acting user, as far as permissions care."""

    user_id: int
    role: Role
    party_code: str
    party_is_facilitator: bool


def _table(**rows: Mapping[Action, Scope]) -> Mapping[Role, Mapping[Action, Scope]]:
    return MappingProxyType({Role(role): MappingProxyType(dict(row)) for role, row in rows.items()})


_A, _S = Action, Scope

_MEMBER = {
    _A.COMMENT: _S.ANY,
    _A.EDIT_OWN_COMMENT: _S.OWN_USER,
    _A.RESOLVE_COMMENT: _S.OWN_PARTY,
    _A.REOPEN_COMMENT: _S.OWN_PARTY,
}

#: The permission table: role -> action -> ownership condition.
PERMISSIONS: Mapping[Role, Mapping[Action, Scope]] = _table(
    observer={},
    member=_MEMBER,
    lead={
        **_MEMBER,
        _A.PROPOSE_AMENDMENT: _S.ANY,
        _A.EDIT_AMENDMENT_TEXT: _S.OWN_PARTY,
        _A.WITHDRAW_AMENDMENT: _S.OWN_PARTY,
        _A.TAKE_POSITION: _S.OWN_PARTY,
        _A.SIGN_OFF: _S.OWN_PARTY,
        _A.USE_MACHINE_TRANSLATION: _S.ANY,
        _A.VIEW_AUDIT_LOG: _S.ANY,
    },
    facilitator={
        _A.COMMENT: _S.ANY,
        _A.EDIT_OWN_COMMENT: _S.OWN_USER,
        _A.RESOLVE_COMMENT: _S.ANY,
        _A.REOPEN_COMMENT: _S.ANY,
        _A.PROPOSE_AMENDMENT: _S.ANY,
        # The facilitator may fix or withdraw the amendments ICMPD proposed,
        # never a party's.
        _A.EDIT_AMENDMENT_TEXT: _S.OWN_PARTY,
        _A.WITHDRAW_AMENDMENT: _S.OWN_PARTY,
        _A.ADOPT_AMENDMENT: _S.ANY,
        _A.EDIT_CLAUSE: _S.ANY,
        _A.WAIVE_FINDING: _S.ANY,
        _A.EDIT_GLOSSARY: _S.ANY,
        _A.RUN_SESSION: _S.ANY,
        _A.CHANGE_STATUS: _S.ANY,
        _A.TAKE_SNAPSHOT: _S.ANY,
        _A.USE_MACHINE_TRANSLATION: _S.ANY,
        _A.VIEW_AUDIT_LOG: _S.ANY,
    },
    admin={
        _A.MANAGE_USERS: _S.ANY,
        _A.MANAGE_DOCUMENTS: _S.ANY,
        _A.IMPORT_DOCX: _S.ANY,
        _A.MANAGE_TRANSLATION_MODELS: _S.ANY,
        _A.EDIT_CLAUSE: _S.ANY,
    },
)

#: Statuses in which nothing but the actions in ``FROZEN_ALLOWED`` is writable.
FROZEN_STATUSES = frozenset({DocumentStatus.AGREED, DocumentStatus.SIGNED})
FROZEN_ALLOWED = frozenset({Action.CHANGE_STATUS, Action.TAKE_SNAPSHOT, Action.VIEW_AUDIT_LOG})
#: Statuses in which clause text may be edited directly.
CLAUSE_EDIT_STATUSES = frozenset({DocumentStatus.DRAFTING, DocumentStatus.IN_REVIEW})
#: Actions that speak for a negotiating party, which the facilitator never does.
PARTY_VOICE_ACTIONS = frozenset({Action.TAKE_POSITION, Action.SIGN_OFF})

_MESSAGES = {
    "read_only_role": N_("Observers can read but not change anything."),
    "role_not_allowed": N_("Your role does not allow this action."),
    "facilitator_party_required": N_(
        "Only a member of the facilitating organisation can act as facilitator."
    ),
    "facilitator_is_neutral": N_("The facilitator does not take positions or sign off for a party."),
    "document_frozen": N_("The document is agreed or signed and can no longer be changed."),
    "document_not_editable": N_("Clauses can only be edited while the document is in drafting or in review."),
    "not_your_party": N_("You can only do this for your own party."),
    "not_your_comment": N_("You can only edit your own comments."),
    "missing_context": N_("This action cannot be checked without knowing what it applies to."),
}

#: Every reason code ``denial_reason`` can return.
REASONS = frozenset(_MESSAGES)


def denial_reason(
    actor: Actor,
    action: Action,
    *,
    owner_party: str | None = None,
    owner_user_id: int | None = None,
    document_status: DocumentStatus | None = None,
) -> str | None:
    """Return why ``actor`` may not take ``action`` (a reason code), or None if allowed."""
    row = PERMISSIONS.get(actor.role, {})
    if not row:
        return "read_only_role"
    scope = row.get(action)
    if scope is None:
        return "role_not_allowed"
    if actor.role is Role.FACILITATOR and not actor.party_is_facilitator:
        return "facilitator_party_required"
    if action in PARTY_VOICE_ACTIONS and actor.party_is_facilitator:
        return "facilitator_is_neutral"
    if document_status is not None:
        document_status = DocumentStatus(document_status)
        if document_status in FROZEN_STATUSES and action not in FROZEN_ALLOWED:
            return "document_frozen"
    if action is Action.EDIT_CLAUSE:
        if document_status is None:
            return "missing_context"
        if document_status not in CLAUSE_EDIT_STATUSES:
            return "document_not_editable"
    if scope is Scope.OWN_PARTY:
        if owner_party is None:
            return "missing_context"
        if owner_party != actor.party_code:
            return "not_your_party"
    elif scope is Scope.OWN_USER:
        if owner_user_id is None:
            return "missing_context"
        if owner_user_id != actor.user_id:
            return "not_your_comment"
    return None


def can(
    actor: Actor,
    action: Action,
    *,
    owner_party: str | None = None,
    owner_user_id: int | None = None,
    document_status: DocumentStatus | None = None,
) -> bool:
    """Return whether ``actor`` may take ``action`` on an object with this context."""
    return (
        denial_reason(
            actor,
            action,
            owner_party=owner_party,
            owner_user_id=owner_user_id,
            document_status=document_status,
        )
        is None
    )


def require(actor: Actor, action: Action, **ctx: Any) -> None:
    """Raise ``PermissionDenied`` (with a ``reason`` code) unless ``actor`` may take ``action``."""
    reason = denial_reason(actor, action, **ctx)
    if reason is not None:
        raise PermissionDenied(_MESSAGES[reason], reason=reason, action=str(action))


def allowed_actions(actor: Actor, **ctx: Any) -> frozenset[Action]:
    """Return the actions ``actor`` may take in this context (for showing buttons)."""
    return frozenset(a for a in Action if denial_reason(actor, a, **ctx) is None)
