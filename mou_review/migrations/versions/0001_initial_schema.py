"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-28

"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():

    op.create_table(
        "document",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("slug", sa.String(length=80), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("title_en", sa.String(length=500), nullable=False),
        sa.Column("title_fr", sa.String(length=500), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("signed_place", sa.String(length=200), nullable=True),
        sa.Column("signed_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document")),
        sa.UniqueConstraint("slug", name=op.f("uq_document_slug")),
    )
    op.create_table(
        "login_attempt",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=80), nullable=False),
        sa.Column("remote_addr", sa.String(length=64), nullable=False),
        sa.Column("succeeded", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_login_attempt")),
    )
    with op.batch_alter_table("login_attempt", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_login_attempt_created_at"), ["created_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_login_attempt_username"), ["username"], unique=False)

    op.create_table(
        "party",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.Column("name_fr", sa.String(length=200), nullable=False),
        sa.Column("country_en", sa.String(length=100), nullable=False),
        sa.Column("country_fr", sa.String(length=100), nullable=False),
        sa.Column("working_lang", sa.String(length=2), nullable=False),
        sa.Column("is_facilitator", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_party")),
        sa.UniqueConstraint("code", name=op.f("uq_party_code")),
    )
    op.create_table(
        "translation_cache",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("model", sa.String(length=100), nullable=False),
        sa.Column("source", sa.String(length=2), nullable=False),
        sa.Column("target", sa.String(length=2), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_translation_cache")),
        sa.UniqueConstraint("key", name=op.f("uq_translation_cache_key")),
    )
    op.create_table(
        "user_account",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=80), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=False),
        sa.Column("party_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("password_hash", sa.String(length=300), nullable=False),
        sa.Column("preferred_lang", sa.String(length=2), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["party_id"], ["party.id"], name=op.f("fk_user_account_party_id_party")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_user_account")),
        sa.UniqueConstraint("username", name=op.f("uq_user_account_username")),
    )
    op.create_table(
        "api_token",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("label", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"], ["user_account.id"], name=op.f("fk_api_token_user_id_user_account")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_api_token")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_api_token_token_hash")),
    )
    with op.batch_alter_table("api_token", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_api_token_user_id"), ["user_id"], unique=False)

    op.create_table(
        "audit_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=50), nullable=False),
        sa.Column("object_type", sa.String(length=30), nullable=False),
        sa.Column("object_id", sa.Integer(), nullable=True),
        sa.Column("document_id", sa.Integer(), nullable=True),
        sa.Column("before_id", sa.Integer(), nullable=True),
        sa.Column("after_id", sa.Integer(), nullable=True),
        sa.Column("detail", sa.JSON(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["actor_id"], ["user_account.id"], name=op.f("fk_audit_event_actor_id_user_account")
        ),
        sa.ForeignKeyConstraint(
            ["document_id"], ["document.id"], name=op.f("fk_audit_event_document_id_document")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_event")),
    )
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_event_created_at"), ["created_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_event_document_id"), ["document_id"], unique=False)

    op.create_table(
        "clause",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("deleted_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["user_account.id"], name=op.f("fk_clause_created_by_id_user_account")
        ),
        sa.ForeignKeyConstraint(
            ["deleted_by_id"], ["user_account.id"], name=op.f("fk_clause_deleted_by_id_user_account")
        ),
        sa.ForeignKeyConstraint(
            ["document_id"], ["document.id"], name=op.f("fk_clause_document_id_document")
        ),
        sa.ForeignKeyConstraint(["parent_id"], ["clause.id"], name=op.f("fk_clause_parent_id_clause")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_clause")),
    )
    with op.batch_alter_table("clause", schema=None) as batch_op:
        batch_op.create_index("ix_clause_document_seq", ["document_id", "seq"], unique=False)

    op.create_table(
        "document_visit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("previous_seen_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["document_id"], ["document.id"], name=op.f("fk_document_visit_document_id_document")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["user_account.id"], name=op.f("fk_document_visit_user_id_user_account")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_visit")),
        sa.UniqueConstraint("user_id", "document_id", name=op.f("uq_document_visit_user_id_document_id")),
    )
    op.create_table(
        "glossary_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("en", sa.String(length=300), nullable=False),
        sa.Column("fr", sa.String(length=300), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("retired_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("replaced_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["user_account.id"], name=op.f("fk_glossary_entry_created_by_id_user_account")
        ),
        sa.ForeignKeyConstraint(
            ["replaced_by_id"],
            ["glossary_entry.id"],
            name=op.f("fk_glossary_entry_replaced_by_id_glossary_entry"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_glossary_entry")),
    )
    op.create_table(
        "snapshot",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("state", sa.JSON(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["user_account.id"], name=op.f("fk_snapshot_created_by_id_user_account")
        ),
        sa.ForeignKeyConstraint(
            ["document_id"], ["document.id"], name=op.f("fk_snapshot_document_id_document")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_snapshot")),
    )
    with op.batch_alter_table("snapshot", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_snapshot_document_id"), ["document_id"], unique=False)

    op.create_table(
        "amendment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("clause_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("insert_kind", sa.String(length=20), nullable=True),
        sa.Column("insert_level", sa.Integer(), nullable=True),
        sa.Column("party_id", sa.Integer(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=False),
        sa.Column("rationale", sa.Text(), nullable=False),
        sa.Column("base_en", sa.Integer(), nullable=True),
        sa.Column("base_fr", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("counter_to_id", sa.Integer(), nullable=True),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("closed_by_id", sa.Integer(), nullable=True),
        sa.Column("result_clause_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["author_id"], ["user_account.id"], name=op.f("fk_amendment_author_id_user_account")
        ),
        sa.ForeignKeyConstraint(["clause_id"], ["clause.id"], name=op.f("fk_amendment_clause_id_clause")),
        sa.ForeignKeyConstraint(
            ["closed_by_id"], ["user_account.id"], name=op.f("fk_amendment_closed_by_id_user_account")
        ),
        sa.ForeignKeyConstraint(
            ["counter_to_id"], ["amendment.id"], name=op.f("fk_amendment_counter_to_id_amendment")
        ),
        sa.ForeignKeyConstraint(["party_id"], ["party.id"], name=op.f("fk_amendment_party_id_party")),
        sa.ForeignKeyConstraint(
            ["result_clause_id"], ["clause.id"], name=op.f("fk_amendment_result_clause_id_clause")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_amendment")),
    )
    with op.batch_alter_table("amendment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_amendment_clause_id"), ["clause_id"], unique=False)

    op.create_table(
        "comment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("clause_id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("author_id", sa.Integer(), nullable=False),
        sa.Column("party_id", sa.Integer(), nullable=False),
        sa.Column("lang", sa.String(length=4), nullable=False),
        sa.Column("en_number", sa.Integer(), nullable=True),
        sa.Column("fr_number", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_id"], ["user_account.id"], name=op.f("fk_comment_author_id_user_account")
        ),
        sa.ForeignKeyConstraint(["clause_id"], ["clause.id"], name=op.f("fk_comment_clause_id_clause")),
        sa.ForeignKeyConstraint(["parent_id"], ["comment.id"], name=op.f("fk_comment_parent_id_comment")),
        sa.ForeignKeyConstraint(["party_id"], ["party.id"], name=op.f("fk_comment_party_id_party")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_comment")),
    )
    with op.batch_alter_table("comment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_comment_clause_id"), ["clause_id"], unique=False)

    op.create_table(
        "finding_waiver",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("clause_id", sa.Integer(), nullable=False),
        sa.Column("check", sa.String(length=40), nullable=False),
        sa.Column("finding_key", sa.String(length=200), nullable=False),
        sa.Column("en_number", sa.Integer(), nullable=True),
        sa.Column("fr_number", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_id"], ["user_account.id"], name=op.f("fk_finding_waiver_author_id_user_account")
        ),
        sa.ForeignKeyConstraint(
            ["clause_id"], ["clause.id"], name=op.f("fk_finding_waiver_clause_id_clause")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_finding_waiver")),
    )
    with op.batch_alter_table("finding_waiver", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_finding_waiver_clause_id"), ["clause_id"], unique=False)

    op.create_table(
        "review_session",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("call_link", sa.String(length=500), nullable=False),
        sa.Column("current_clause_id", sa.Integer(), nullable=True),
        sa.Column("state_version", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("next_meeting", sa.String(length=300), nullable=False),
        sa.Column("minutes_shared_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("minutes_approved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("minutes_approved_in_id", sa.Integer(), nullable=True),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["user_account.id"], name=op.f("fk_review_session_created_by_id_user_account")
        ),
        sa.ForeignKeyConstraint(
            ["current_clause_id"], ["clause.id"], name=op.f("fk_review_session_current_clause_id_clause")
        ),
        sa.ForeignKeyConstraint(
            ["document_id"], ["document.id"], name=op.f("fk_review_session_document_id_document")
        ),
        sa.ForeignKeyConstraint(
            ["minutes_approved_in_id"],
            ["review_session.id"],
            name=op.f("fk_review_session_minutes_approved_in_id_review_session"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_session")),
    )
    with op.batch_alter_table("review_session", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_review_session_document_id"), ["document_id"], unique=False)

    op.create_table(
        "signoff",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("clause_id", sa.Integer(), nullable=False),
        sa.Column("party_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("en_number", sa.Integer(), nullable=False),
        sa.Column("fr_number", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["clause_id"], ["clause.id"], name=op.f("fk_signoff_clause_id_clause")),
        sa.ForeignKeyConstraint(["party_id"], ["party.id"], name=op.f("fk_signoff_party_id_party")),
        sa.ForeignKeyConstraint(
            ["user_id"], ["user_account.id"], name=op.f("fk_signoff_user_id_user_account")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signoff")),
    )
    with op.batch_alter_table("signoff", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_signoff_clause_id"), ["clause_id"], unique=False)

    op.create_table(
        "agenda_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("clause_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["clause_id"], ["clause.id"], name=op.f("fk_agenda_item_clause_id_clause")),
        sa.ForeignKeyConstraint(
            ["session_id"], ["review_session.id"], name=op.f("fk_agenda_item_session_id_review_session")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_item")),
        sa.UniqueConstraint("session_id", "position", name=op.f("uq_agenda_item_session_id_position")),
    )
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agenda_item_session_id"), ["session_id"], unique=False)

    op.create_table(
        "amendment_position",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("amendment_id", sa.Integer(), nullable=False),
        sa.Column("party_id", sa.Integer(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.String(length=10), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("amendment_revision", sa.Integer(), nullable=False),
        sa.Column("counter_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["amendment_id"], ["amendment.id"], name=op.f("fk_amendment_position_amendment_id_amendment")
        ),
        sa.ForeignKeyConstraint(
            ["author_id"], ["user_account.id"], name=op.f("fk_amendment_position_author_id_user_account")
        ),
        sa.ForeignKeyConstraint(
            ["counter_id"], ["amendment.id"], name=op.f("fk_amendment_position_counter_id_amendment")
        ),
        sa.ForeignKeyConstraint(
            ["party_id"], ["party.id"], name=op.f("fk_amendment_position_party_id_party")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_amendment_position")),
    )
    with op.batch_alter_table("amendment_position", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_amendment_position_amendment_id"), ["amendment_id"], unique=False
        )

    op.create_table(
        "amendment_text",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("amendment_id", sa.Integer(), nullable=False),
        sa.Column("lang", sa.String(length=2), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("origin", sa.String(length=20), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["amendment_id"], ["amendment.id"], name=op.f("fk_amendment_text_amendment_id_amendment")
        ),
        sa.ForeignKeyConstraint(
            ["author_id"], ["user_account.id"], name=op.f("fk_amendment_text_author_id_user_account")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_amendment_text")),
        sa.UniqueConstraint(
            "amendment_id", "lang", "number", name=op.f("uq_amendment_text_amendment_id_lang_number")
        ),
    )
    with op.batch_alter_table("amendment_text", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_amendment_text_amendment_id"), ["amendment_id"], unique=False)

    op.create_table(
        "attendance",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("organisation", sa.String(length=200), nullable=False),
        sa.Column("party_id", sa.Integer(), nullable=True),
        sa.Column("source", sa.String(length=10), nullable=False),
        sa.Column("joined_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["party_id"], ["party.id"], name=op.f("fk_attendance_party_id_party")),
        sa.ForeignKeyConstraint(
            ["session_id"], ["review_session.id"], name=op.f("fk_attendance_session_id_review_session")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["user_account.id"], name=op.f("fk_attendance_user_id_user_account")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attendance")),
    )
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attendance_session_id"), ["session_id"], unique=False)

    op.create_table(
        "clause_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("clause_id", sa.Integer(), nullable=False),
        sa.Column("lang", sa.String(length=2), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("other_number", sa.Integer(), nullable=True),
        sa.Column("origin", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("amendment_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["amendment_id"], ["amendment.id"], name=op.f("fk_clause_version_amendment_id_amendment")
        ),
        sa.ForeignKeyConstraint(
            ["author_id"], ["user_account.id"], name=op.f("fk_clause_version_author_id_user_account")
        ),
        sa.ForeignKeyConstraint(
            ["clause_id"], ["clause.id"], name=op.f("fk_clause_version_clause_id_clause")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_clause_version")),
        sa.UniqueConstraint(
            "clause_id", "lang", "number", name=op.f("uq_clause_version_clause_id_lang_number")
        ),
    )
    with op.batch_alter_table("clause_version", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_clause_version_clause_id"), ["clause_id"], unique=False)

    op.create_table(
        "comment_body",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("comment_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["comment_id"], ["comment.id"], name=op.f("fk_comment_body_comment_id_comment")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_comment_body")),
        sa.UniqueConstraint("comment_id", "number", name=op.f("uq_comment_body_comment_id_number")),
    )
    with op.batch_alter_table("comment_body", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_comment_body_comment_id"), ["comment_id"], unique=False)

    op.create_table(
        "minutes_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("lang", sa.String(length=2), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_id"], ["user_account.id"], name=op.f("fk_minutes_version_author_id_user_account")
        ),
        sa.ForeignKeyConstraint(
            ["session_id"], ["review_session.id"], name=op.f("fk_minutes_version_session_id_review_session")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_minutes_version")),
        sa.UniqueConstraint(
            "session_id", "lang", "number", name=op.f("uq_minutes_version_session_id_lang_number")
        ),
    )
    with op.batch_alter_table("minutes_version", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_minutes_version_session_id"), ["session_id"], unique=False)

    op.create_table(
        "session_decision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("clause_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("amendment_id", sa.Integer(), nullable=True),
        sa.Column("owner_party_id", sa.Integer(), nullable=True),
        sa.Column("owner_person", sa.String(length=200), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("author_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["amendment_id"], ["amendment.id"], name=op.f("fk_session_decision_amendment_id_amendment")
        ),
        sa.ForeignKeyConstraint(
            ["author_id"], ["user_account.id"], name=op.f("fk_session_decision_author_id_user_account")
        ),
        sa.ForeignKeyConstraint(
            ["clause_id"], ["clause.id"], name=op.f("fk_session_decision_clause_id_clause")
        ),
        sa.ForeignKeyConstraint(
            ["owner_party_id"], ["party.id"], name=op.f("fk_session_decision_owner_party_id_party")
        ),
        sa.ForeignKeyConstraint(
            ["session_id"], ["review_session.id"], name=op.f("fk_session_decision_session_id_review_session")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_session_decision")),
    )
    with op.batch_alter_table("session_decision", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_session_decision_session_id"), ["session_id"], unique=False)


def downgrade():

    with op.batch_alter_table("session_decision", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_session_decision_session_id"))

    op.drop_table("session_decision")
    with op.batch_alter_table("minutes_version", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_minutes_version_session_id"))

    op.drop_table("minutes_version")
    with op.batch_alter_table("comment_body", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_comment_body_comment_id"))

    op.drop_table("comment_body")
    with op.batch_alter_table("clause_version", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_clause_version_clause_id"))

    op.drop_table("clause_version")
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attendance_session_id"))

    op.drop_table("attendance")
    with op.batch_alter_table("amendment_text", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_amendment_text_amendment_id"))

    op.drop_table("amendment_text")
    with op.batch_alter_table("amendment_position", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_amendment_position_amendment_id"))

    op.drop_table("amendment_position")
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agenda_item_session_id"))

    op.drop_table("agenda_item")
    with op.batch_alter_table("signoff", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_signoff_clause_id"))

    op.drop_table("signoff")
    with op.batch_alter_table("review_session", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_review_session_document_id"))

    op.drop_table("review_session")
    with op.batch_alter_table("finding_waiver", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_finding_waiver_clause_id"))

    op.drop_table("finding_waiver")
    with op.batch_alter_table("comment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_comment_clause_id"))

    op.drop_table("comment")
    with op.batch_alter_table("amendment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_amendment_clause_id"))

    op.drop_table("amendment")
    with op.batch_alter_table("snapshot", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_snapshot_document_id"))

    op.drop_table("snapshot")
    op.drop_table("glossary_entry")
    op.drop_table("document_visit")
    with op.batch_alter_table("clause", schema=None) as batch_op:
        batch_op.drop_index("ix_clause_document_seq")

    op.drop_table("clause")
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_event_document_id"))
        batch_op.drop_index(batch_op.f("ix_audit_event_created_at"))

    op.drop_table("audit_event")
    with op.batch_alter_table("api_token", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_api_token_user_id"))

    op.drop_table("api_token")
    op.drop_table("user_account")
    op.drop_table("translation_cache")
    op.drop_table("party")
    with op.batch_alter_table("login_attempt", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_login_attempt_username"))
        batch_op.drop_index(batch_op.f("ix_login_attempt_created_at"))

    op.drop_table("login_attempt")
    op.drop_table("document")
