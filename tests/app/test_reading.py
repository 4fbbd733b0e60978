"""Reading: sign-in, the side-by-side page, history, one-language view."""

from __future__ import annotations

import re

from mou_review.extensions import db
from tests.conftest import count_queries


def test_reading_requires_login(client):
    response = client.get("/documents/mou")
    assert response.status_code == 302
    assert "/login" in response.location


def test_reading_document_page_shows_both_columns(client, auth, seeded):
    auth.login("anltp.member")
    html = client.get("/documents/tor").get_data(as_text=True)
    assert 'lang="en"' in html and 'lang="fr"' in html
    assert "To that effect, the JTWG will:" in html
    assert "Termes de référence" in html


def test_reading_one_language_only(client, auth, seeded):
    auth.login("naptip.member")
    html = client.get("/documents/tor?only=fr").get_data(as_text=True)
    assert "To that effect, the JTWG will:" not in html
    assert 'data-lang="fr"' in html and 'data-lang="en"' not in html


def test_reading_document_page_query_count_is_constant(app, client, auth, seeded):
    from mou_review.domain.types import ClauseKind, DocumentKind
    from mou_review.services.documents import NewClause, create_document

    with app.app_context():
        for slug, n in (("small", 5), ("large", 300)):
            create_document(
                db.session,
                None,
                slug=slug,
                kind=DocumentKind.MOU,
                title_en=slug,
                title_fr=slug,
                clauses=[
                    NewClause(
                        ClauseKind.ARTICLE if i % 5 == 0 else ClauseKind.PARAGRAPH,
                        1 if i % 5 == 0 else 2,
                        f"en {i}",
                        f"fr {i}",
                    )
                    for i in range(n)
                ],
            )
        db.session.remove()
    auth.login("naptip.member")
    client.get("/documents/small")  # warm up session and user loading
    small = count_queries(app, lambda: client.get("/documents/small"))
    large = count_queries(app, lambda: client.get("/documents/large"))
    assert small == large
    assert large < 30


def test_reading_history_lists_versions_in_both_languages(app, client, auth, seeded):
    auth.login("icmpd.admin")
    html = client.get("/documents/mou").get_data(as_text=True)
    clause_id = int(re.search(r'id="c(\d+)" class="clause kind-article', html).group(1))
    page = client.get(f"/clauses/{clause_id}/history").get_data(as_text=True)
    assert 'data-testid="version-en-1"' in page and 'data-testid="version-fr-1"' in page


def test_reading_page_is_gzipped_for_slow_connections(client, auth, seeded):
    import gzip

    auth.login("naptip.member")
    plain = client.get("/documents/mou")
    assert "Content-Encoding" not in plain.headers
    packed = client.get("/documents/mou", headers={"Accept-Encoding": "gzip, deflate"})
    assert packed.headers["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in packed.headers["Vary"]
    # Two requests may differ slightly (the "since your last visit" banner), so compare shapes, not bytes.
    body = gzip.decompress(packed.data).decode()
    assert body.startswith("<!doctype html>") and body.rstrip().endswith("</html>")
    assert body.count('class="clause ') == plain.get_data(as_text=True).count('class="clause ')
    assert len(packed.data) * 4 < len(body)
