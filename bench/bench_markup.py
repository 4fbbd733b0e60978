"""The Word round trip: reading a returned file, and writing the export it came from.

1. ``import-markup`` (the proposal a confirmation writes, without writing) for the demo MoU with 20 clauses
   changed with Track Changes, and for a 500-clause document with every tenth clause changed: time per
   clause for each and their ratio (near 1: the cost grows linearly with the document).
2. The English signing copy of the MoU against python-docx writing the same paragraphs plainly (the floor
   for any python-docx export), fastest of several runs, in one process: the ratio (target <= 2x).

    .venv/bin/python bench/bench_markup.py
"""

from __future__ import annotations

import io
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests import markup_files as mf  # noqa: E402


def _best(fn, runs: int = 5) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def _changed(data: bytes, texts: list[str]) -> bytes:
    """Replace the last word of each given clause text with Track Changes."""

    def act(root):
        for text in texts:
            p = mf.paragraph(root, text[:60])
            word = text.split()[-1]
            mf.track_replace(p, word, word + " (amended)")

    return mf.edit(data, act)


def main() -> None:
    instance = tempfile.mkdtemp()
    os.environ["MOU_INSTANCE_PATH"] = instance
    from docx import Document

    from mou_review import create_app
    from mou_review.cli import upgrade_database
    from mou_review.domain.docx_export import export_signing
    from mou_review.domain.types import ClauseKind, DocumentKind, Lang, Role
    from mou_review.extensions import db
    from mou_review.services import docx_io, markup, users
    from mou_review.services.demo import load_source_document
    from mou_review.services.documents import NewClause, create_document, document_view

    app = create_app({"SQLALCHEMY_DATABASE_URI": f"sqlite:///{instance}/bench.sqlite3"})
    with app.app_context():
        upgrade_database()
        lead = users.add_user(
            db.session, "lead", party_code="NAPTIP", role=Role.LEAD, password="bench password"
        )
        load_source_document(db.session, ROOT / "documents", "mou")
        clauses = []
        for i in range(500):
            if i % 10 == 0:
                clauses.append(NewClause(ClauseKind.ARTICLE, 1, f"Article heading {i}", f"Intitulé {i}"))
            else:
                clauses.append(
                    NewClause(
                        ClauseKind.PARAGRAPH,
                        2,
                        f"Matter {i}: the Parties shall cooperate in accordance with Article 3. " * 3,
                        f"Question {i} : les Parties coopèrent conformément à l'article 3. " * 3,
                    )
                )
        create_document(
            db.session,
            None,
            slug="big",
            kind=DocumentKind.MOU,
            title_en="Big",
            title_fr="Grand",
            clauses=clauses,
        )
        sizes = {}
        for slug, every in (("mou", None), ("big", 10)):
            view = document_view(db.session, slug)
            rows = [r for r in view.rows if r.kind in (ClauseKind.PARAGRAPH, ClauseKind.ITEM)]
            chosen = rows[:: max(len(rows) // 20, 1)][:20] if every is None else rows[::every]
            data, _ = docx_io.export_bytes(db.session, slug, "signing-en")
            returned = _changed(data, [r.text(Lang.EN) for r in chosen])
            holder = {}

            def run(slug=slug, returned=returned, holder=holder):
                holder["result"] = markup.propose_markup(
                    db.session, lead, slug, returned, filename="returned.docx", max_bytes=10**8
                )

            seconds = _best(run, runs=3)
            result = holder["result"]
            assert len(result.changes) == len(chosen), (slug, len(result.changes), len(chosen))
            sizes[slug] = (len(view.rows), len(chosen), seconds)
            print(
                f"import-markup {slug}: {len(view.rows)} clauses, {len(chosen)} changed: "
                f"{seconds * 1000:.1f} ms, {seconds / len(view.rows) * 1e6:.0f} µs/clause"
            )
        (n1, _, t1), (n2, _, t2) = sizes["mou"], sizes["big"]
        print(f"per-clause ratio (500 clauses / MoU): {(t2 / n2) / (t1 / n1):.2f}")

        doc = docx_io.export_document(db.session, "mou")

        def ours() -> None:
            export_signing(doc, Lang.EN, io.BytesIO())

        def plain() -> None:
            out = Document()
            for clause in doc.clauses:
                out.add_paragraph(clause.en)
            out.save(io.BytesIO())

        ours()
        plain()
        t_ours, t_plain = _best(ours, 7), _best(plain, 7)
        print(
            f"export signing-en MoU ({len(doc.clauses)} clauses): {t_ours * 1000:.1f} ms; plain python-docx "
            f"{t_plain * 1000:.1f} ms; ratio {t_ours / t_plain:.2f}x (target <= 2x)"
        )


if __name__ == "__main__":
    main()
