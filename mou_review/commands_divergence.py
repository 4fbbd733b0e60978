"""``mou-review check SLUG [--json]``: list a document's divergence findings; exit 1 on an open error."""

from __future__ import annotations

import json
import sys

import click
from flask.cli import with_appcontext

from .domain.errors import MouReviewError
from .extensions import db


@click.command("check")
@click.argument("slug")
@click.option("--json", "as_json", is_flag=True, help="Print the findings as JSON.")
@with_appcontext
def check_command(slug: str, as_json: bool) -> None:
    """Check a document's English and French for divergences (exit status 1 on an unwaived error)."""
    from .cli import _fail
    from .services import divergence as service
    from .services.documents import get_document

    try:
        result = service.document_findings(db.session, get_document(db.session, slug))
    except MouReviewError as error:
        _fail(error)
    data = service.findings_json(result)
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        for item in data["findings"]:
            where = item["number"] or f"#{item['clause_id']}"
            waived = " (waived)" if item["waived"] else ""
            click.echo(
                f"{where:<10} {item['severity']:<8} {item['check']:<25} {item['message']['en']}{waived}"
            )
        open_items = [f for f in data["findings"] if not f["waived"]]
        click.echo(
            f"{data['document']}: {data['clauses']} clauses, {len(open_items)} open findings "
            f"({sum(f['severity'] == 'error' for f in open_items)} errors), "
            f"{len(data['findings']) - len(open_items)} waived."
        )
    if any(f["severity"] == "error" and not f["waived"] for f in data["findings"]):
        sys.exit(1)
