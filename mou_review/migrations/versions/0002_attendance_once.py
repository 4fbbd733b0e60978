"""Record a signed-in participant's attendance once per session.

Two tabs opened at the same instant could each add a row; the unique
constraint makes the second insert fail, and the service ignores it.
Rows added by hand (no user) stay free. Existing duplicates are merged,
keeping the first arrival.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade():
    op.execute(
        sa.text(
            "DELETE FROM attendance WHERE user_id IS NOT NULL AND id NOT IN ("
            " SELECT min_id FROM (SELECT MIN(id) AS min_id FROM attendance"
            " WHERE user_id IS NOT NULL GROUP BY session_id, user_id) AS firsts)"
        )
    )
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.create_unique_constraint(
            batch_op.f("uq_attendance_session_id_user_id"), ["session_id", "user_id"]
        )


def downgrade():
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_attendance_session_id_user_id"), type_="unique")
