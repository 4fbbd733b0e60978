"""Tests for the permission table: every role x every action x own/other owner."""

from __future__ import annotations

import pytest

from mou_review.domain.errors import PermissionDenied
from mou_review.domain.permissions import (
    PERMISSIONS,
    REASONS,
    Action,
    Actor,
    allowed_actions,
    can,
    denial_reason,
    require,
)
from mou_review.domain.types import DocumentStatus, Role

A = Action
NAPTIP, NIGER, ICMPD = "NAPTIP", "ANLTP-TIM", "ICMPD"
ME, SOMEONE_ELSE = 7, 8

# The expected rules, written out independently of PERMISSIONS so that a
# change to the table must be matched here.  "any": no ownership condition;
# "party": only for the actor's own party; "user": only the actor's own object.
EXPECTED: dict[Role, dict[Action, str]] = {
    Role.OBSERVER: {},
    Role.MEMBER: {
        A.COMMENT: "any",
        A.EDIT_OWN_COMMENT: "user",
        A.RESOLVE_COMMENT: "party",
        A.REOPEN_COMMENT: "party",
    },
    Role.LEAD: {
        A.COMMENT: "any",
        A.EDIT_OWN_COMMENT: "user",
        A.RESOLVE_COMMENT: "party",
        A.REOPEN_COMMENT: "party",
        A.PROPOSE_AMENDMENT: "any",
        A.EDIT_AMENDMENT_TEXT: "party",
        A.WITHDRAW_AMENDMENT: "party",
        A.TAKE_POSITION: "party",
        A.SIGN_OFF: "party",
        A.USE_MACHINE_TRANSLATION: "any",
        A.VIEW_AUDIT_LOG: "any",
    },
    Role.FACILITATOR: {
        A.COMMENT: "any",
        A.EDIT_OWN_COMMENT: "user",
        A.RESOLVE_COMMENT: "any",
        A.REOPEN_COMMENT: "any",
        A.PROPOSE_AMENDMENT: "any",
        A.EDIT_AMENDMENT_TEXT: "party",
        A.WITHDRAW_AMENDMENT: "party",
        A.ADOPT_AMENDMENT: "any",
        A.EDIT_CLAUSE: "any",
        A.WAIVE_FINDING: "any",
        A.EDIT_GLOSSARY: "any",
        A.RUN_SESSION: "any",
        A.CHANGE_STATUS: "any",
        A.TAKE_SNAPSHOT: "any",
        A.USE_MACHINE_TRANSLATION: "any",
        A.VIEW_AUDIT_LOG: "any",
    },
    Role.ADMIN: {
        A.MANAGE_USERS: "any",
        A.MANAGE_DOCUMENTS: "any",
        A.IMPORT_DOCX: "any",
        A.MANAGE_TRANSLATION_MODELS: "any",
        A.EDIT_CLAUSE: "any",
    },
}


def actor(role: Role, party: str = NAPTIP) -> Actor:
    return Actor(user_id=ME, role=role, party_code=party, party_is_facilitator=party == ICMPD)


def home_party(role: Role) -> str:
    return ICMPD if role in (Role.FACILITATOR, Role.ADMIN) else NAPTIP


MATRIX = [
    pytest.param(role, action, own, id=f"{role}-{action}-{'own' if own else 'other'}")
    for role in Role
    for action in Action
    for own in (True, False)
]


@pytest.mark.parametrize(("role", "action", "own"), MATRIX)
def test_can_matches_the_expected_matrix(role: Role, action: Action, own: bool) -> None:
    who = actor(role, home_party(role))
    ctx = {
        "owner_party": who.party_code if own else NIGER,
        "owner_user_id": ME if own else SOMEONE_ELSE,
        "document_status": DocumentStatus.DRAFTING,
    }
    scope = EXPECTED[role].get(action)
    expected = scope == "any" or (scope in ("party", "user") and own)
    assert can(who, action, **ctx) is expected


@pytest.mark.parametrize(("role", "action", "own"), MATRIX)
def test_require_raises_with_a_known_reason_exactly_when_can_refuses(
    role: Role, action: Action, own: bool
) -> None:
    who = actor(role, home_party(role))
    ctx = {
        "owner_party": who.party_code if own else NIGER,
        "owner_user_id": ME if own else SOMEONE_ELSE,
        "document_status": DocumentStatus.IN_REVIEW,
    }
    if can(who, action, **ctx):
        require(who, action, **ctx)
    else:
        with pytest.raises(PermissionDenied) as info:
            require(who, action, **ctx)
        assert info.value.details["reason"] in REASONS
        assert info.value.details["action"] == action
        assert str(info.value)  # an English message the edge can fall back on


def test_permission_table_covers_every_role() -> None:
    assert set(PERMISSIONS) == set(Role)
    assert {role: {a: str(s) for a, s in row.items()} for role, row in PERMISSIONS.items()} == {
        role: {a: {"any": "any", "party": "own_party", "user": "own_user"}[s] for a, s in row.items()}
        for role, row in EXPECTED.items()
    }


@pytest.mark.parametrize(
    ("role", "party", "action", "ctx", "reason"),
    [
        (Role.OBSERVER, NAPTIP, A.COMMENT, {}, "read_only_role"),
        (Role.OBSERVER, ICMPD, A.TAKE_SNAPSHOT, {}, "read_only_role"),
        (Role.MEMBER, NAPTIP, A.PROPOSE_AMENDMENT, {}, "role_not_allowed"),
        (Role.LEAD, NIGER, A.ADOPT_AMENDMENT, {}, "role_not_allowed"),
        (Role.ADMIN, ICMPD, A.COMMENT, {}, "role_not_allowed"),
        (Role.MEMBER, NAPTIP, A.EDIT_OWN_COMMENT, {"owner_user_id": SOMEONE_ELSE}, "not_your_comment"),
        (Role.FACILITATOR, ICMPD, A.EDIT_OWN_COMMENT, {"owner_user_id": SOMEONE_ELSE}, "not_your_comment"),
        (Role.MEMBER, NIGER, A.RESOLVE_COMMENT, {"owner_party": NAPTIP}, "not_your_party"),
        (Role.LEAD, NAPTIP, A.TAKE_POSITION, {"owner_party": NIGER}, "not_your_party"),
        (Role.LEAD, NIGER, A.SIGN_OFF, {"owner_party": NAPTIP}, "not_your_party"),
        (Role.LEAD, NIGER, A.WITHDRAW_AMENDMENT, {"owner_party": NAPTIP}, "not_your_party"),
        (Role.FACILITATOR, ICMPD, A.EDIT_AMENDMENT_TEXT, {"owner_party": NIGER}, "not_your_party"),
        # Ownership context missing: refuse rather than guess.
        (Role.LEAD, NAPTIP, A.TAKE_POSITION, {}, "missing_context"),
        (Role.MEMBER, NAPTIP, A.EDIT_OWN_COMMENT, {}, "missing_context"),
        (Role.FACILITATOR, ICMPD, A.EDIT_CLAUSE, {}, "missing_context"),
        # A facilitator account outside ICMPD has no facilitator powers.
        (Role.FACILITATOR, NAPTIP, A.ADOPT_AMENDMENT, {}, "facilitator_party_required"),
        (Role.FACILITATOR, NIGER, A.RESOLVE_COMMENT, {"owner_party": NAPTIP}, "facilitator_party_required"),
        # A lead account in ICMPD still never speaks for a party.
        (Role.LEAD, ICMPD, A.TAKE_POSITION, {"owner_party": ICMPD}, "facilitator_is_neutral"),
        (Role.LEAD, ICMPD, A.SIGN_OFF, {"owner_party": ICMPD}, "facilitator_is_neutral"),
    ],
)
def test_denial_reason_names_the_rule(role: Role, party: str, action: Action, ctx: dict, reason: str) -> None:
    assert denial_reason(actor(role, party), action, **ctx) == reason
    with pytest.raises(PermissionDenied) as info:
        require(actor(role, party), action, **ctx)
    assert info.value.details["reason"] == reason
    assert info.value.code == "forbidden"


@pytest.mark.parametrize("party", [NAPTIP, NIGER])
def test_lead_takes_position_and_signs_off_for_own_party_only(party: str) -> None:
    lead = actor(Role.LEAD, party)
    other = NIGER if party == NAPTIP else NAPTIP
    for action in (A.TAKE_POSITION, A.SIGN_OFF):
        assert can(lead, action, owner_party=party)
        assert not can(lead, action, owner_party=other)


# status -> does a write other than CHANGE_STATUS/TAKE_SNAPSHOT pass?
STATUS_CASES = [
    (DocumentStatus.DRAFTING, True),
    (DocumentStatus.IN_REVIEW, True),
    (DocumentStatus.AGREED, False),
    (DocumentStatus.SIGNED, False),
]


@pytest.mark.parametrize(("status", "open_"), STATUS_CASES)
@pytest.mark.parametrize(
    ("role", "party", "action", "ctx"),
    [
        (Role.MEMBER, NAPTIP, A.COMMENT, {}),
        (Role.MEMBER, NAPTIP, A.EDIT_OWN_COMMENT, {"owner_user_id": ME}),
        (Role.LEAD, NIGER, A.RESOLVE_COMMENT, {"owner_party": NIGER}),
        (Role.LEAD, NIGER, A.PROPOSE_AMENDMENT, {}),
        (Role.LEAD, NIGER, A.TAKE_POSITION, {"owner_party": NIGER}),
        (Role.LEAD, NAPTIP, A.SIGN_OFF, {"owner_party": NAPTIP}),
        (Role.LEAD, NAPTIP, A.USE_MACHINE_TRANSLATION, {}),
        (Role.FACILITATOR, ICMPD, A.ADOPT_AMENDMENT, {}),
        (Role.FACILITATOR, ICMPD, A.EDIT_CLAUSE, {}),
        (Role.FACILITATOR, ICMPD, A.WAIVE_FINDING, {}),
        (Role.FACILITATOR, ICMPD, A.EDIT_GLOSSARY, {}),
        (Role.FACILITATOR, ICMPD, A.RUN_SESSION, {}),
        (Role.ADMIN, ICMPD, A.EDIT_CLAUSE, {}),
        (Role.ADMIN, ICMPD, A.IMPORT_DOCX, {}),
        (Role.ADMIN, ICMPD, A.MANAGE_DOCUMENTS, {}),
    ],
)
def test_agreed_or_signed_document_is_frozen(
    status: DocumentStatus, open_: bool, role: Role, party: str, action: Action, ctx: dict
) -> None:
    who = actor(role, party)
    assert can(who, action, document_status=status, **ctx) is open_
    if not open_:
        assert denial_reason(who, action, document_status=status, **ctx) == "document_frozen"


@pytest.mark.parametrize("status", list(DocumentStatus))
@pytest.mark.parametrize("action", [A.CHANGE_STATUS, A.TAKE_SNAPSHOT])
def test_facilitator_changes_status_and_snapshots_in_every_status(
    status: DocumentStatus, action: Action
) -> None:
    assert can(actor(Role.FACILITATOR, ICMPD), action, document_status=status)
    assert not can(actor(Role.LEAD, NAPTIP), action, document_status=status)


@pytest.mark.parametrize("status", ["drafting", "agreed"])
def test_can_accepts_status_as_plain_string(status: str) -> None:
    assert can(actor(Role.MEMBER), A.COMMENT, document_status=status) is (status == "drafting")


def test_admin_user_management_needs_no_document_context() -> None:
    assert can(actor(Role.ADMIN, ICMPD), A.MANAGE_USERS)
    assert can(actor(Role.ADMIN, ICMPD), A.MANAGE_TRANSLATION_MODELS)


@pytest.mark.parametrize(
    ("role", "party", "ctx", "expected"),
    [
        (Role.OBSERVER, NAPTIP, {}, set()),
        (
            Role.MEMBER,
            NAPTIP,
            {"owner_party": NAPTIP, "owner_user_id": ME},
            {A.COMMENT, A.EDIT_OWN_COMMENT, A.RESOLVE_COMMENT, A.REOPEN_COMMENT},
        ),
        (Role.MEMBER, NAPTIP, {"owner_party": NIGER, "owner_user_id": SOMEONE_ELSE}, {A.COMMENT}),
        (
            Role.FACILITATOR,
            ICMPD,
            {"document_status": DocumentStatus.SIGNED},
            {A.CHANGE_STATUS, A.TAKE_SNAPSHOT, A.VIEW_AUDIT_LOG},
        ),
    ],
)
def test_allowed_actions_lists_what_can_allows(
    role: Role, party: str, ctx: dict, expected: set[Action]
) -> None:
    assert allowed_actions(actor(role, party), **ctx) == expected
