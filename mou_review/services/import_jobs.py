"""Large imports in the background: read and pair the files in a process of their own.

Pairing a 10,000-paragraph pair takes seconds, not the milliseconds of a page,
so the import page hands large uploads to a job instead of doing the work in
the request: the request writes the files and a ``job.json`` into
``instance/imports/jobs/<token>/`` and starts ``python -m
mou_review.services.import_jobs <folder>``, a process of its own (its own
memory, bounded by ``DOCX_IMPORT_MEMORY_MB``; its own CPU time, bounded by
``DOCX_IMPORT_SECONDS``).  The job writes its progress into ``job.json`` and,
once done, the proposal into the usual ``ProposalStore``.  Everything lives on
disk, never in a worker's memory: under gunicorn any worker answers the page's
polls, and a worker that restarts loses nothing.  Creating the document from a
long proposal (thousands of clauses and versions in one transaction) is a job
too (``action="commit"``).
"""

from __future__ import annotations

import json
import os
import resource
import secrets
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ..domain.errors import N_, MouReviewError, NotFound
from .docx_io import _TOKEN, PROPOSAL_LIFETIME, Proposal, ProposalStore, fill_titles, propose_import

#: A running job that has not written anything for this long, and whose process is gone, has died.
STALE_SECONDS = 15
#: Message of a job whose process died (killed for its memory, the machine restarted...).
STOPPED = N_("The import stopped before the end. Upload the files again, or split the document.")
#: Message of an unexpected failure inside the job (the details go to the job's log, never to the page).
FAILED = N_("The import failed. Upload the files again; if it fails again, the document cannot be read.")


@dataclass
class Job:
    """The state of one background import, as written in its ``job.json``."""

    token: str
    owner_id: int
    files: list[str]  # "en", "fr" or "bilingual": the uploads saved beside job.json
    slug: str
    kind: str
    title_en: str
    title_fr: str
    max_bytes: int
    max_paragraphs: int
    seconds: float
    memory_mb: int
    action: str = "read"  # "read": read and pair the files; "commit": create the document from a proposal
    state: str = "queued"  # queued, running, done, failed
    progress: float = 0.0
    pid: int | None = None
    proposal: str | None = None  # the proposal's token (made by "read", used by "commit")
    document: str | None = None  # the new document's short name once "commit" is done
    clauses: int = 0
    error: dict[str, Any] | None = None  # {"message": template, "details": {...}} once failed
    created_at: float = field(default_factory=time.time)
    updated_at: float = field(default_factory=time.time)

    @property
    def finished(self) -> bool:
        """Return True once the job is done or failed."""
        return self.state in ("done", "failed")

    def failure(self) -> MouReviewError:
        """Return the job's error, ready for ``message_for``."""
        error = self.error or {"message": FAILED, "details": {}}
        return MouReviewError(error["message"], **error.get("details", {}))


class JobStore:
    """Background imports under ``instance/imports/jobs``: one folder per job, owned and expiring."""

    def __init__(self, imports: Path, lifetime: float = PROPOSAL_LIFETIME) -> None:
        self.imports = imports
        self.folder = imports / "jobs"
        self.lifetime = lifetime

    def _dir(self, token: str) -> Path:
        if not _TOKEN.match(token or ""):
            raise NotFound(N_("This import has expired or does not exist. Upload the files again."))
        return self.folder / token

    def start(self, job: Job, uploads: dict[str, bytes], env: dict[str, str] | None = None) -> Job:
        """Save the uploads and the job, then start the process that reads and pairs them.

        ``env`` adds to the process's environment: a "commit" job needs the app's database
        (``DATABASE_URL``) and instance folder (``MOU_INSTANCE_PATH``), which never go to disk.
        """
        self.purge()
        job.token = job.token or secrets.token_urlsafe(18)
        folder = self._dir(job.token)
        folder.mkdir(parents=True, exist_ok=True)
        for which, data in uploads.items():
            (folder / f"{which}.docx").write_bytes(data)
        job.files = sorted(uploads)
        write_job(folder, job)
        root = Path(__file__).resolve().parent.parent.parent
        path = os.pathsep.join(filter(None, [str(root), os.environ.get("PYTHONPATH")]))
        env = dict(os.environ, **(env or {}), PYTHONPATH=path)
        with (folder / "log").open("ab") as log:
            process = subprocess.Popen(  # noqa: S603 - our own module, our own interpreter
                [sys.executable, "-m", "mou_review.services.import_jobs", str(folder)],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=log,
                cwd=root,
                env=env,
                start_new_session=True,  # not in the worker's process group: a worker restart spares it
            )
        # Reap the process when it ends, so it never lingers as a zombie of this worker.
        threading.Thread(target=process.wait, daemon=True).start()
        job.pid = process.pid  # the process writes its own id into job.json as it starts
        return job

    def load(self, token: str, owner_id: int) -> Job:
        """Return the owner's job (marking it failed if its process died), or raise NotFound."""
        folder = self._dir(token)
        try:
            job = read_job(folder)
        except (OSError, ValueError, TypeError, KeyError):
            raise NotFound(N_("This import has expired or does not exist. Upload the files again.")) from None
        if job.owner_id != owner_id or time.time() - job.created_at > self.lifetime:
            raise NotFound(N_("This import has expired or does not exist. Upload the files again."))
        if not job.finished and time.time() - job.updated_at > STALE_SECONDS and not _alive(job.pid):
            job.state, job.error = "failed", {"message": STOPPED, "details": {}}
            write_job(folder, job)
        return job

    def delete(self, token: str) -> None:
        """Forget a job and its files."""
        shutil.rmtree(self._dir(token), ignore_errors=True)

    def purge(self) -> None:
        """Remove the folders of expired jobs."""
        if not self.folder.exists():
            return
        now = time.time()
        for folder in self.folder.iterdir():
            try:
                if now - folder.stat().st_mtime > self.lifetime:
                    shutil.rmtree(folder, ignore_errors=True)
            except OSError:
                pass


def _alive(pid: int | None) -> bool:
    if not pid:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A finished child not yet reaped is a zombie: dead for our purpose.
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as handle:
            return handle.read().split(") ", 1)[1][:1] != "Z"
    except (OSError, IndexError):
        return True


def read_job(folder: Path) -> Job:
    """Read a job's ``job.json``."""
    return Job(**json.loads((folder / "job.json").read_text(encoding="utf-8")))


def write_job(folder: Path, job: Job) -> None:
    """Write a job's ``job.json`` atomically (a poll never reads half a file)."""
    job.updated_at = time.time()
    fd, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(asdict(job), handle)
    os.replace(tmp, folder / "job.json")


def commit(folder: Path) -> Job:
    """Create the document from a job's proposal, in an app of this process's own."""
    from .. import create_app  # the one job that needs the database
    from ..extensions import db
    from ..models import User
    from .docx_io import commit_proposal

    job = read_job(folder)
    job.state, job.pid = "running", os.getpid()
    write_job(folder, job)
    store = ProposalStore(folder.parent.parent)
    app = create_app()
    with app.app_context():
        try:
            proposal = store.load(job.proposal or "", job.owner_id)
            document = commit_proposal(db.session, db.session.get(User, job.owner_id), proposal)
            job.document, job.clauses = document.slug, len(proposal.rows)
            job.state, job.progress = "done", 1.0
            store.delete(proposal.token)
        except MouReviewError as error:
            db.session.rollback()
            details = {k: v for k, v in error.details.items() if isinstance(v, (str, int, float))}
            job.state, job.error = "failed", {"message": str(error.message), "details": details}
        finally:
            db.session.remove()
    write_job(folder, job)
    return job


def run(folder: Path) -> Job:
    """Read and pair a job's files, writing its progress, then its proposal or its error."""
    job = read_job(folder)
    if job.action == "commit":
        return commit(folder)
    job.state, job.pid = "running", os.getpid()
    write_job(folder, job)
    last = 0.0

    def progress(share: float) -> None:
        nonlocal last
        # A few writes a second at most: the page polls about once a second.
        if time.monotonic() - last > 0.25:
            last = time.monotonic()
            job.progress = round(share, 3)
            write_job(folder, job)

    uploads = {which: (folder / f"{which}.docx").read_bytes() for which in job.files}
    try:
        proposal: Proposal = propose_import(
            en=uploads.get("en"),
            fr=uploads.get("fr"),
            bilingual=uploads.get("bilingual"),
            max_bytes=job.max_bytes,
            max_paragraphs=job.max_paragraphs,
            time_limit=job.seconds,
            progress=progress,
        )
        proposal.slug, proposal.kind, proposal.owner_id = job.slug, job.kind, job.owner_id
        fill_titles(proposal, job.title_en, job.title_fr)
        job.proposal = ProposalStore(folder.parent.parent).save(proposal)
        job.state, job.progress = "done", 1.0
    except MouReviewError as error:
        details = {k: v for k, v in error.details.items() if isinstance(v, (str, int, float))}
        job.state, job.error = "failed", {"message": str(error.message), "details": details}
    except MemoryError:
        job.state, job.error = "failed", {"message": STOPPED, "details": {}}
    finally:
        for which in job.files:
            (folder / f"{which}.docx").unlink(missing_ok=True)  # the uploads are not kept once read
    write_job(folder, job)
    return job


def main(argv: list[str]) -> int:
    """Run one job (``python -m mou_review.services.import_jobs FOLDER``) within its limits."""
    folder = Path(argv[1])
    job = read_job(folder)
    limit = job.memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    cpu = int(job.seconds) + 30  # the alignment stops itself at job.seconds; this is the backstop
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 5))
    try:
        run(folder)
    except Exception as exc:  # noqa: BLE001 - the page must show a message, never a traceback
        job = read_job(folder)
        job.state, job.error = "failed", {"message": FAILED, "details": {}}
        write_job(folder, job)
        print(f"import job failed: {exc!r}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
