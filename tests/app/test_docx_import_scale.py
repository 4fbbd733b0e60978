"""Importing real-world and large files: Word Online and Strict packages, bilingual refusals, size limits."""

from __future__ import annotations

import io
import json
import re
import secrets
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from mou_review.domain.errors import NotFound
from mou_review.extensions import db
from mou_review.models import Clause, Document
from mou_review.services import docx_io, import_jobs
from mou_review.services.users import get_user
from tests.data.alignment import corpus

DATA = Path(__file__).resolve().parent.parent / "data" / "docx"


@pytest.mark.parametrize("variant", ["word_online", "strict"])
def test_import_docx_command_imports_word_online_and_strict_files(app, variant: str) -> None:
    result = app.test_cli_runner().invoke(
        args=[
            "import-docx",
            variant.replace("_", "-"),
            "--en",
            str(DATA / f"{variant}_en.docx"),
            "--fr",
            str(DATA / f"{variant}_fr.docx"),
            "--json",
        ]  # fmt: skip
    )
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    instrument = next(i for i in corpus.load_all() if i.name == "mou_cooperation")
    # The title, then every clause of the instrument, in both languages.
    assert [(c["en"], c["fr"]) for c in payload["clauses"]][1:] == instrument.expected()
    assert payload["unpaired"] == {"en": [], "fr": []}


def test_import_docx_command_says_when_a_bilingual_file_has_no_two_column_table(app) -> None:
    result = app.test_cli_runner().invoke(
        args=["import-docx", "nothing", "--bilingual", str(DATA / "word_online_en.docx")]
    )
    assert result.exit_code != 0
    assert "no two-column table (English | French)" in result.output and "(no_table)" in result.output
    assert "at least one clause" not in result.output


# --------------------------------------------------------------------------- limits


def test_import_docx_command_refuses_a_file_with_too_many_paragraphs(app) -> None:
    app.config["MAX_DOCX_PARAGRAPHS"] = 20
    result = app.test_cli_runner().invoke(
        args=[
            "import-docx",
            "long",
            "--en",
            str(DATA / "strict_en.docx"),
            "--fr",
            str(DATA / "strict_fr.docx"),
        ]
    )
    assert result.exit_code != 0 and "(too_many_paragraphs)" in result.output
    assert "en: This document has 28 paragraphs, more than the 20" in result.output


def test_import_docx_command_stops_pairing_at_the_time_limit(app) -> None:
    app.config["DOCX_IMPORT_SECONDS"] = 1e-9
    result = app.test_cli_runner().invoke(
        args=[
            "import-docx",
            "slow",
            "--en",
            str(DATA / "strict_en.docx"),
            "--fr",
            str(DATA / "strict_fr.docx"),
        ]
    )
    assert result.exit_code != 0 and "(too_slow)" in result.output
    assert "Pairing the paragraphs took longer than 0 seconds" in result.output


# --------------------------------------------------------------------------- background imports


def _upload(auth, **files: bytes):
    payload = {"slug": "large", "kind": "mou", "title_en": "", "title_fr": "", "mode": "pair"}
    for name, blob in files.items():
        payload[name] = (io.BytesIO(blob), f"{name}.docx")
    return auth.post("/docx/import", payload, page="/docx/import", content_type="multipart/form-data")


def _files(variant: str = "word_online") -> dict[str, bytes]:
    return {lang: (DATA / f"{variant}_{lang}.docx").read_bytes() for lang in ("en", "fr")}


def _follow(client, token: str) -> dict:
    state: dict = {}
    for _ in range(600):  # the process starts an interpreter: a few seconds at most
        state = client.get(f"/docx/import/job/{token}.json").get_json()
        assert state["state"] in ("queued", "running", "done"), state
        if state["state"] == "done":
            return state
        time.sleep(0.1)
    raise AssertionError(state)


def _job_token(response) -> str:
    assert response.status_code == 302
    match = re.search(r"/docx/import/job/([A-Za-z0-9_-]+)$", response.headers["Location"])
    assert match, response.headers["Location"]
    return match.group(1)


def test_import_route_reads_and_commits_large_files_in_background_processes(app, client, auth) -> None:
    app.config["DOCX_INLINE_PARAGRAPHS"] = 40  # these 2 × 28 paragraphs (28 pairs > 40 / 2) count as large
    auth.login("icmpd.admin")
    token = _job_token(_upload(auth, **_files()))
    assert client.get(f"/docx/import/job/{token}").status_code in (200, 302)
    state = _follow(client, token)
    assert state["percent"] == 100 and state["url"] == f"/docx/import/job/{token}"
    response = client.get(state["url"])
    assert response.status_code == 302 and "/docx/import/" in response.headers["Location"]
    proposal_url = response.headers["Location"]
    proposal = client.get(proposal_url).get_data(as_text=True)
    assert "Check the proposed pairs" in proposal and 'data-testid="confidence-27"' in proposal
    folder = Path(app.instance_path) / "imports" / "jobs" / token
    assert not list(folder.glob("*.docx"))  # the uploads are not kept once read
    # Confirming writes thousands of rows for a real annex: that too happens in a process of its own.
    commit = _job_token(auth.post(f"{proposal_url}/confirm", page=proposal_url))
    assert "being created" in client.get(f"/docx/import/job/{commit}").get_data(as_text=True)
    _follow(client, commit)
    response = client.get(f"/docx/import/job/{commit}")
    assert response.status_code == 302 and response.headers["Location"].endswith("/documents/large")
    with app.app_context():
        document = db.session.scalar(select(Document).where(Document.slug == "large"))
        clauses = db.session.scalar(select(func.count(Clause.id)).where(Clause.document_id == document.id))
        db.session.remove()
    assert clauses == 28
    assert client.get(proposal_url).status_code == 404  # the proposal is gone once imported


def test_proposal_page_shows_a_long_import_page_by_page(app, client, auth) -> None:
    with app.app_context():
        owner = get_user(db.session, "icmpd.admin").id
        db.session.remove()
    rows = [docx_io.Row(f"English {n}.", f"Français {n}.", "paragraph", 1, 0.3 if n == 321 else 0.9)
            for n in range(450)]  # fmt: skip
    proposal = docx_io.Proposal(rows=rows, unpaired_en=[], unpaired_fr=[], slug="long", owner_id=owner)
    token = docx_io.ProposalStore(Path(app.instance_path) / "imports").save(proposal)
    auth.login("icmpd.admin")
    first = client.get(f"/docx/import/{token}").get_data(as_text=True)
    assert first.count('class="clause ') == 200 and "Rows 1 to 200 of 450" in first
    assert f"/docx/import/{token}?page=2#r321" in first  # the doubtful pair, linked to its page
    last = client.get(f"/docx/import/{token}?page=3").get_data(as_text=True)
    assert last.count('class="clause ') == 50 and 'id="r449"' in last and "merge-both-449" not in last
    response = auth.post(
        f"/docx/import/{token}/edit", {"op": "merge", "row": "300"}, page=f"/docx/import/{token}"
    )
    assert response.headers["Location"].endswith(f"/docx/import/{token}?page=2#r299")


def test_import_route_keeps_small_files_in_the_request(app, auth) -> None:
    auth.login("icmpd.admin")
    response = _upload(auth, **_files())
    assert response.status_code == 302 and "/job/" not in response.headers["Location"]


def _job(app, **changes) -> tuple[import_jobs.JobStore, import_jobs.Job]:
    with app.app_context():
        owner = get_user(db.session, "icmpd.admin").id
        db.session.remove()
    store = import_jobs.JobStore(Path(app.instance_path) / "imports")
    job = import_jobs.Job(token=secrets.token_urlsafe(18), owner_id=owner, files=["en", "fr"], slug="large", kind="mou",
                          title_en="", title_fr="", max_bytes=10 << 20, max_paragraphs=20_000, seconds=60,
                          memory_mb=2048)  # fmt: skip
    for key, value in changes.items():
        setattr(job, key, value)
    folder = store.folder / job.token
    folder.mkdir(parents=True)
    for lang, data in _files("strict").items():
        (folder / f"{lang}.docx").write_bytes(data)
    import_jobs.write_job(folder, job)
    return store, job


def test_import_job_refusal_shows_on_the_page_in_french(app, client, auth) -> None:
    _store, job = _job(app, max_paragraphs=20)
    import_jobs.run(_store.folder / job.token)  # in this process: the route test covers the real one
    with app.app_context():
        admin = get_user(db.session, "icmpd.admin")
        admin.preferred_lang = "fr"
        db.session.commit()
        db.session.remove()
    auth.login("icmpd.admin")
    html = client.get(f"/docx/import/job/{job.token}").get_data(as_text=True)
    assert 'data-testid="import-job-error"' in html
    assert "Fichier anglais\u00a0: Ce document compte 28 paragraphes" in html.replace("&nbsp;", "\u00a0")
    assert client.get(f"/docx/import/job/{job.token}.json").get_json()["state"] == "failed"


def test_import_job_whose_process_died_is_reported_stopped(app, client, auth) -> None:
    store, job = _job(app, state="running", pid=2**22 + 12345)
    folder = store.folder / job.token
    stale = import_jobs.read_job(folder)
    data = json.loads((folder / "job.json").read_text())
    data["updated_at"] = stale.updated_at - 60
    (folder / "job.json").write_text(json.dumps(data))
    auth.login("icmpd.admin")
    state = client.get(f"/docx/import/job/{job.token}.json").get_json()
    assert state["state"] == "failed" and "stopped before the end" in state["message"]


def test_import_job_belongs_to_its_uploader(app, client, auth) -> None:
    _store, job = _job(app)
    auth.login("icmpd.facilitator")
    assert client.get(f"/docx/import/job/{job.token}.json").status_code == 403
    with app.app_context():
        other = get_user(db.session, "naptip.lead").id
        db.session.remove()
    with pytest.raises(NotFound):
        _store.load(job.token, other)
