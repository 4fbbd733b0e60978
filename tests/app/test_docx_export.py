"""Exporting Word files: downloads, the draft mark, snapshots, redlines read back, and LibreOffice."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from mou_review.domain.docx_export import DRAFT_MARK
from mou_review.domain.errors import PermissionDenied
from mou_review.domain.types import Lang
from mou_review.extensions import db
from mou_review.models import Document as DocumentRow
from mou_review.models import utcnow
from mou_review.services import docx_io
from mou_review.services.documents import document_view, edit_clause
from mou_review.services.users import get_user

ROOT = Path(__file__).resolve().parents[2]
DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _header(data: bytes) -> str:
    return Document(io.BytesIO(data)).sections[0].header.paragraphs[0].text


@pytest.mark.parametrize("variant", ["signing-en", "signing-fr", "bilingual"])
def test_download_gives_a_docx_to_every_signed_in_user(seeded, client, auth, variant: str) -> None:
    auth.login("observer")
    response = client.get(f"/documents/mou/docx/{variant}.docx")
    assert response.status_code == 200
    assert response.mimetype == DOCX_MIME
    assert f"mou-{variant}.docx" in response.headers["Content-Disposition"]
    doc = Document(io.BytesIO(response.data))
    assert _header(response.data) == DRAFT_MARK
    if variant == "bilingual":
        assert [c.text for c in doc.tables[0].rows[0].cells] == ["English", "Français"]
        assert len(doc.tables[0].rows) == 1 + len(document_view_rows(seeded, "mou"))


def document_view_rows(app, slug: str) -> list:
    with app.app_context():
        rows = document_view(db.session, slug).rows
        db.session.remove()
    return rows


def test_download_needs_signing_in(seeded, client) -> None:
    response = client.get("/documents/mou/docx/signing-en.docx")
    assert response.status_code == 302 and "/login" in response.headers["Location"]


@pytest.mark.parametrize(
    ("status", "marked"), [("drafting", True), ("in_review", True), ("agreed", False), ("signed", False)]
)
def test_signing_copy_carries_the_draft_mark_until_agreed(seeded, status: str, marked: bool) -> None:
    with seeded.app_context():
        db.session.query(DocumentRow).filter_by(slug="tor").update({"status": status})
        db.session.commit()
        data, _ = docx_io.export_bytes(db.session, "tor", "signing-fr")
        db.session.remove()
    assert (_header(data) == DRAFT_MARK) is marked


def test_signing_copy_names_the_parties_from_the_party_table(seeded) -> None:
    with seeded.app_context():
        data, _ = docx_io.export_bytes(db.session, "tor", "signing-fr")
        db.session.remove()
    doc = Document(io.BytesIO(data))
    signatures = [p.text for table in doc.tables for cell in table._cells for p in cell.paragraphs]
    assert "République du Niger" in signatures and "République fédérale du Nigeria" in signatures
    assert any(
        text.startswith("Fait à ____________, le ____________, en deux exemplaires originaux")
        for text in (p.text for p in doc.paragraphs)
    )


def test_document_page_links_to_the_word_files(seeded, client, auth) -> None:
    auth.login("anltp.member")
    html = client.get("/documents/mou").get_data(as_text=True)
    assert 'href="/documents/mou/docx"' in html and "Fichiers Word (DOCX)" in html
    files = client.get("/documents/mou/docx").get_data(as_text=True)
    assert "Exemplaire à signer, français" in files and "Prendre un instantané" not in files


@pytest.mark.parametrize(
    ("username", "allowed"),
    [("icmpd.facilitator", True), ("icmpd.admin", False), ("naptip.lead", False), ("anltp.member", False)],
)
def test_snapshot_is_taken_by_the_facilitator_only(
    seeded, client, auth, username: str, allowed: bool
) -> None:
    auth.login(username)
    response = auth.post(
        "/documents/mou/snapshots", {"name": "Draft circulated to parties"}, page="/documents/mou/docx"
    )
    assert response.status_code == 302
    with seeded.app_context():
        document = db.session.query(DocumentRow).filter_by(slug="mou").one()
        names = [s.name for s in docx_io.list_snapshots(db.session, document)]
        db.session.remove()
    assert names == (["Draft circulated to parties"] if allowed else [])


def _tracked(data: bytes) -> tuple[list[str], list[str], set[str]]:
    body = Document(io.BytesIO(data)).element.body
    inserted = ["".join(t.text for t in el.iter(qn("w:t"))) for el in body.iter(qn("w:ins"))]
    deleted = ["".join(t.text for t in el.iter(qn("w:delText"))) for el in body.iter(qn("w:del"))]
    authors = {el.get(qn("w:author")) for el in body.iter(qn("w:ins"), qn("w:del"))}
    return inserted, deleted, authors


@pytest.mark.parametrize("lang", list(Lang))
def test_redline_against_a_snapshot_reads_back_as_tracked_changes(seeded, client, auth, lang: Lang) -> None:
    with seeded.app_context():
        facilitator = get_user(db.session, "icmpd.facilitator")
        snapshot = docx_io.take_snapshot(db.session, facilitator, "mou", "Draft circulated to parties")
        snapshot_id = snapshot.id
        row = next(r for r in document_view(db.session, "mou").rows if r.clause.kind == "paragraph")
        old_text = row.text(lang)
        new_text = old_text.replace(old_text.split()[0], "Accordingly", 1)
        edit_clause(
            db.session,
            get_user(db.session, "icmpd.admin"),
            row.id,
            lang,
            new_text,
            base_number=row.version_number(lang),
            reason="test change",
        )
        db.session.remove()
    auth.login("naptip.member")
    response = client.get(f"/documents/mou/docx/redline?snapshot={snapshot_id}&lang={lang}")
    assert response.status_code == 200 and response.mimetype == DOCX_MIME
    inserted, deleted, authors = _tracked(response.data)
    assert "Accordingly" in "".join(inserted)
    assert old_text.split()[0] in "".join(deleted)
    assert authors == {"icmpd.admin"}  # the change shows under the person who made it
    # Nothing else changed: the other language has no tracked change.
    other = client.get(f"/documents/mou/docx/redline?snapshot={snapshot_id}&lang={lang.other}")
    assert _tracked(other.data)[:2] == ([], [])


def test_snapshot_is_refused_to_a_lead_and_to_another_documents_redline(seeded, client, auth) -> None:
    with seeded.app_context():
        snapshot = docx_io.take_snapshot(
            db.session, get_user(db.session, "icmpd.facilitator"), "tor", "ToR v1"
        )
        snapshot_id = snapshot.id
        with pytest.raises(PermissionDenied):
            docx_io.take_snapshot(db.session, get_user(db.session, "naptip.lead"), "tor", "mine")
        db.session.remove()
    auth.login("naptip.member")
    assert client.get(f"/documents/mou/docx/redline?snapshot={snapshot_id}&lang=en").status_code == 404


def test_export_command_writes_each_variant_and_a_redline(seeded, tmp_path) -> None:
    runner = seeded.test_cli_runner()
    for variant in ("en", "fr", "bilingual"):
        result = runner.invoke(
            args=["export", "tor", "--lang", variant, "-o", str(tmp_path / f"{variant}.docx")]
        )
        assert result.exit_code == 0, result.output
    assert Document(tmp_path / "bilingual.docx").tables[0].rows[0].cells[1].text == "Français"
    with seeded.app_context():
        snapshot_id = docx_io.take_snapshot(
            db.session, get_user(db.session, "icmpd.facilitator"), "tor", "v1"
        ).id
        db.session.remove()
    result = runner.invoke(
        args=[
            "export",
            "tor",
            "--lang",
            "fr",
            "--against",
            str(snapshot_id),
            "-o",
            str(tmp_path / "redline.docx"),
        ]
    )
    assert result.exit_code == 0, result.output
    assert _tracked((tmp_path / "redline.docx").read_bytes())[:2] == ([], [])  # nothing changed since
    result = runner.invoke(args=["export", "nope", "--lang", "en", "-o", str(tmp_path / "x.docx")])
    assert result.exit_code != 0 and "No document is called nope" in result.output
    assert not (tmp_path / "x.docx").exists()


def test_exports_open_in_libreoffice_without_repair(seeded, tmp_path) -> None:
    """Convert the three exports (and a redline) to PDF in one run: each must give pages."""
    assert shutil.which("soffice") and shutil.which("pdftoppm"), "the test command installs LibreOffice"
    with seeded.app_context():
        paths = []
        for variant in docx_io.VARIANTS:
            data, name = docx_io.export_bytes(db.session, "mou", variant)
            (tmp_path / name).write_bytes(data)
            paths.append(tmp_path / name)
        snapshot = docx_io.take_snapshot(db.session, get_user(db.session, "icmpd.facilitator"), "mou", "v1")
        row = document_view(db.session, "mou").rows[5]
        edit_clause(
            db.session,
            get_user(db.session, "icmpd.admin"),
            row.id,
            Lang.EN,
            row.text(Lang.EN) + " Amen.",
            base_number=row.version_number(Lang.EN),
            reason="test",
        )
        with (tmp_path / "redline.docx").open("wb") as handle:
            docx_io.write_redline(db.session, "mou", Lang.EN, handle, snapshot_id=snapshot.id)
        paths.append(tmp_path / "redline.docx")
        db.session.remove()
    result = subprocess.run(
        [str(ROOT / "scripts" / "render_docx_pdf"), str(tmp_path / "pdf"), *map(str, paths)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    pages = dict(line.rsplit(" ", 1) for line in result.stdout.splitlines())
    assert len(pages) == 4 and all(int(n) > 0 for n in pages.values())
    assert (tmp_path / "pdf" / "mou-signing-en.png").stat().st_size > 10_000
    # The signing copy is read by LibreOffice with its fields: "Page 1 of N" in the PDF text.
    text = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", str(tmp_path / "pdf" / "mou-signing-en.pdf"), "-"],
        capture_output=True,
        text=True,
    ).stdout
    assert DRAFT_MARK in text and re.search(r"Page 1 of \d+", text)


def test_redline_since_a_moment_compares_with_the_text_as_it_stood(seeded, tmp_path) -> None:
    with seeded.app_context():
        before_edit = utcnow()
        row = document_view(db.session, "tor").rows[3]
        edit_clause(
            db.session,
            get_user(db.session, "icmpd.admin"),
            row.id,
            Lang.FR,
            row.text(Lang.FR) + " Ajout.",
            base_number=row.version_number(Lang.FR),
            reason="test",
        )
        out = io.BytesIO()
        name = docx_io.write_redline(db.session, "tor", Lang.FR, out, since=before_edit)
        db.session.remove()
    inserted, deleted, _ = _tracked(out.getvalue())
    assert "Ajout." in "".join(inserted) and deleted == []
    assert name.startswith("tor-redline-") and name.endswith("-fr.docx")
    result = seeded.test_cli_runner().invoke(
        args=["export", "tor", "--lang", "fr", "--since", "2000-01-01", "-o", str(tmp_path / "all.docx")]
    )
    assert result.exit_code == 0, result.output
    inserted, _, _ = _tracked((tmp_path / "all.docx").read_bytes())
    assert len(inserted) > 10  # nothing existed then: the whole text is an insertion


def test_redline_carries_open_comments_as_word_comments_on_request(seeded, client, auth) -> None:
    with seeded.app_context():
        from mou_review.services.comments import add_comment

        snapshot_id = docx_io.take_snapshot(
            db.session, get_user(db.session, "icmpd.facilitator"), "mou", "v1"
        ).id
        row = document_view(db.session, "mou").rows[4]
        add_comment(db.session, get_user(db.session, "naptip.lead"), row.id, "en", "Please check the date.")
        db.session.remove()
    auth.login("naptip.member")
    with_comments = client.get(f"/documents/mou/docx/redline?snapshot={snapshot_id}&lang=en&comments=1").data
    without = client.get(f"/documents/mou/docx/redline?snapshot={snapshot_id}&lang=en").data

    def comments(data: bytes) -> str:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
            return archive.read("word/comments.xml").decode() if "word/comments.xml" in names else ""

    assert "Please check the date." in comments(with_comments) and 'w:author="naptip.lead"' in comments(
        with_comments
    )
    assert "Please check the date." not in comments(without)
    body = Document(io.BytesIO(with_comments)).element.body
    assert len(list(body.iter(qn("w:commentRangeStart")))) == 1
