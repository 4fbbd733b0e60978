"""Render the document page for the demo MoU and for a 500-clause document.

Prints time per clause for each and their ratio: a ratio near 1 means the
cost of the page grows linearly with the number of clauses.  Also prints the
number of SQL queries per page and the page size.

    .venv/bin/python bench/bench_document_page.py
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from sqlalchemy import event

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    instance = tempfile.mkdtemp()
    os.environ["MOU_INSTANCE_PATH"] = instance
    from mou_review import create_app
    from mou_review.cli import upgrade_database
    from mou_review.domain.types import ClauseKind, DocumentKind, Role
    from mou_review.extensions import db
    from mou_review.services import users
    from mou_review.services.demo import load_source_document
    from mou_review.services.documents import NewClause, create_document

    app = create_app(
        {"SQLALCHEMY_DATABASE_URI": f"sqlite:///{instance}/bench.sqlite3", "WTF_CSRF_ENABLED": False}
    )
    with app.app_context():
        upgrade_database()
        users.add_user(db.session, "reader", party_code="NAPTIP", role=Role.MEMBER, password="bench password")
        load_source_document(db.session, ROOT / "documents", "mou")
        pattern = []
        for i in range(500):
            if i % 10 == 0:
                pattern.append(NewClause(ClauseKind.ARTICLE, 1, f"Article heading {i}", f"Intitulé {i}"))
            elif i % 10 in (3, 6):
                pattern.append(
                    NewClause(
                        ClauseKind.ITEM,
                        3,
                        f"an item about obligation {i} within thirty (30) days;",
                        f"un alinéa relatif à l'obligation {i} dans un délai de trente (30) jours ;",
                    )
                )
            else:
                pattern.append(
                    NewClause(
                        ClauseKind.PARAGRAPH,
                        2,
                        f"The Parties shall cooperate on matter {i} in accordance with Article 3. " * 3,
                        f"Les Parties coopèrent sur la question {i} conformément à l'article 3. " * 3,
                    )
                )
        create_document(
            db.session,
            None,
            slug="big",
            kind=DocumentKind.MOU,
            title_en="Big",
            title_fr="Grand",
            clauses=pattern,
        )
        from mou_review.services.documents import document_view

        sizes = {
            "mou": len(document_view(db.session, "mou").rows),
            "big": len(document_view(db.session, "big").rows),
        }
        engine = db.engine
    client = app.test_client()
    client.post("/login", data={"username": "reader", "password": "bench password"})
    queries = {"n": 0}

    def count(*_args):
        queries["n"] += 1

    event.listen(engine, "before_cursor_execute", count)
    results = {}
    for slug in ("mou", "big"):
        client.get(f"/documents/{slug}")  # warm up templates
        queries["n"] = 0
        response = client.get(f"/documents/{slug}")
        page_queries = queries["n"]
        runs = 15
        start = time.perf_counter()
        for _ in range(runs):
            response = client.get(f"/documents/{slug}")
        elapsed = (time.perf_counter() - start) / runs
        assert response.status_code == 200
        results[slug] = (elapsed, sizes[slug], page_queries, len(response.data))
    for slug, (elapsed, clauses, page_queries, size) in results.items():
        print(
            f"{slug:>4}: {clauses:4d} clauses  {elapsed * 1000:7.1f} ms/page  "
            f"{elapsed / clauses * 1e6:6.1f} µs/clause  {page_queries} queries  {size / 1024:.0f} KiB"
        )
    ratio = (results["big"][0] / results["big"][1]) / (results["mou"][0] / results["mou"][1])
    print(f"time per clause, 500-clause document / demo MoU: {ratio:.2f} (1.0 = linear)")
    print(
        f"queries, 500-clause document / demo MoU: {results['big'][2] / results['mou'][2]:.2f} (1.0 = constant)"
    )


if __name__ == "__main__":
    main()
