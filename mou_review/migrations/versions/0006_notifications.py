"""Notifications by e-mail: addresses and preferences, the mail queue, session sequence and cancellation.

Users get an address, a preference (immediate, digest, none) and the time of
their last digest; review sessions an iCalendar sequence, a cancellation time
and the time their minutes were circulated to members; action points a
"done" time; and ``mail_message`` is the queue.

Revision ID: 0006
Revises: 0002
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0002"
branch_labels = None
depends_on = None

Timestamp = sa.DateTime(timezone=True)


def upgrade():
    with op.batch_alter_table("user_account", schema=None) as batch_op:
        batch_op.add_column(sa.Column("email", sa.String(length=254), nullable=True))
        batch_op.add_column(
            sa.Column("notify", sa.String(length=10), nullable=False, server_default="immediate")
        )
        batch_op.add_column(sa.Column("digest_sent_at", Timestamp, nullable=True))
    with op.batch_alter_table("review_session", schema=None) as batch_op:
        batch_op.add_column(sa.Column("minutes_circulated_at", Timestamp, nullable=True))
        batch_op.add_column(sa.Column("ical_sequence", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("cancelled_at", Timestamp, nullable=True))
    with op.batch_alter_table("session_decision", schema=None) as batch_op:
        batch_op.add_column(sa.Column("done_at", Timestamp, nullable=True))
    op.create_table(
        "mail_message",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.String(length=200), nullable=False),
        sa.Column("dedupe_key", sa.String(length=200), nullable=True),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("recipient_id", sa.Integer(), nullable=True),
        sa.Column("to_addr", sa.String(length=254), nullable=False),
        sa.Column("lang", sa.String(length=2), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", Timestamp, nullable=False),
        sa.Column("locked_until", Timestamp, nullable=True),
        sa.Column("claimed_by", sa.String(length=40), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("raw", sa.Text(), nullable=True),
        sa.Column("created_at", Timestamp, nullable=False),
        sa.Column("sent_at", Timestamp, nullable=True),
        sa.ForeignKeyConstraint(
            ["recipient_id"], ["user_account.id"], name=op.f("fk_mail_message_recipient_id_user_account")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mail_message")),
        sa.UniqueConstraint("dedupe_key", name=op.f("uq_mail_message_dedupe_key")),
        sa.UniqueConstraint("message_id", name=op.f("uq_mail_message_message_id")),
    )
    with op.batch_alter_table("mail_message", schema=None) as batch_op:
        batch_op.create_index("ix_mail_message_due", ["status", "next_attempt_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_mail_message_recipient_id"), ["recipient_id"], unique=False)


def downgrade():
    # Plain DROP COLUMN (SQLite 3.35+): recreating these tables would trip the foreign keys pointing at them.
    with op.batch_alter_table("mail_message", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mail_message_recipient_id"))
        batch_op.drop_index("ix_mail_message_due")
    op.drop_table("mail_message")
    with op.batch_alter_table("session_decision", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("done_at")
    with op.batch_alter_table("review_session", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("cancelled_at")
        batch_op.drop_column("ical_sequence")
        batch_op.drop_column("minutes_circulated_at")
    with op.batch_alter_table("user_account", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("digest_sent_at")
        batch_op.drop_column("notify")
        batch_op.drop_column("email")
