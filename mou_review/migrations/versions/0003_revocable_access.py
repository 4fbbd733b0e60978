"""Access that can be withdrawn, and sign-offs recorded once.

- ``user_account.session_epoch``: part of every browser session's identity;
  logout, a password change or reset and deactivation bump it, which ends every
  session of that user.
- ``user_account.must_change_password``: set when an administrator chose it.
- ``api_token.last_used_at`` and ``expires_at`` (optional expiry).
- One sign-off per (clause, party, English version, French version): two
  simultaneous sign-offs by one lead made duplicate rows. Existing duplicates
  are merged, keeping the first.

Revision ID: 0003
Revises: 0006
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade():
    # Plain ALTER TABLE ... ADD/DROP COLUMN (SQLite 3.35+ has both): a batch copy of
    # user_account would have to drop a table that every other table refers to.
    op.add_column(
        "user_account", sa.Column("session_epoch", sa.Integer(), server_default="0", nullable=False)
    )
    op.add_column(
        "user_account",
        sa.Column("must_change_password", sa.Boolean(), server_default=sa.false(), nullable=False),
    )
    op.add_column("api_token", sa.Column("last_used_at", sa.DateTime(timezone=True), nullable=True))
    op.add_column("api_token", sa.Column("expires_at", sa.DateTime(timezone=True), nullable=True))
    op.execute(
        sa.text(
            "DELETE FROM signoff WHERE id NOT IN ("
            " SELECT min_id FROM (SELECT MIN(id) AS min_id FROM signoff"
            " GROUP BY clause_id, party_id, en_number, fr_number) AS firsts)"
        )
    )
    with op.batch_alter_table("signoff", schema=None) as batch_op:
        batch_op.create_unique_constraint(
            batch_op.f("uq_signoff_clause_id_party_id_en_number_fr_number"),
            ["clause_id", "party_id", "en_number", "fr_number"],
        )


def downgrade():
    with op.batch_alter_table("signoff", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("uq_signoff_clause_id_party_id_en_number_fr_number"), type_="unique"
        )
    op.drop_column("api_token", "expires_at")
    op.drop_column("api_token", "last_used_at")
    op.drop_column("user_account", "must_change_password")
    op.drop_column("user_account", "session_epoch")
