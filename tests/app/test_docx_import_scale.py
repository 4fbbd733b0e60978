"""Importing real-world and large files: Word Online and Strict packages, bilingual refusals, size limits."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

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
