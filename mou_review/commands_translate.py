"""``mou-review translate install FILE.argosmodel | list | remove CODE``: manage translation models."""

from __future__ import annotations

from pathlib import Path

import click
from flask import current_app
from flask.cli import with_appcontext

from .domain.errors import N_, MouReviewError


@click.group("translate")
def translate_group() -> None:
    """Manage the offline machine-translation models (Argos .argosmodel files)."""


@translate_group.command("install")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@with_appcontext
def install_command(path: Path) -> None:
    """Check a .argosmodel file and install it (it replaces the model of the same direction)."""
    from .cli import CliError, _fail, cli_text
    from .services import translation

    try:
        info = translation.install_model(current_app.config, path)
    except MouReviewError as error:
        detail = error.details.get("detail")
        if detail:
            raise CliError(
                cli_text(
                    N_("%(detail)s Nothing was installed; the installed models are unchanged."), detail=detail
                )
            ) from None
        _fail(error)
    click.echo(
        f"Installed {info.code} ({info.name}, version {info.version}) in "
        f"{translation.models_dir(current_app.config)}."
    )


@translate_group.command("list")
@with_appcontext
def list_command() -> None:
    """List the installed models, one direction per line."""
    from .services import translation

    models = translation.installed(current_app.config)
    if not models:
        click.echo(
            "No translation model is installed. Add one with: mou-review translate install FILE.argosmodel"
        )
        return
    for info in models:
        click.echo(f"{info.code:<6} {info.version:<10} {info.name}")


@translate_group.command("remove")
@click.argument("code")
@with_appcontext
def remove_command(code: str) -> None:
    """Uninstall the model of one direction (en_fr or fr_en)."""
    from .cli import _fail
    from .services import translation

    try:
        translation.remove_model(current_app.config, code)
    except MouReviewError as error:
        _fail(error)
    click.echo(f"Removed {code}.")
