"""The domain layer stays pure: no Flask, no SQLAlchemy, no imports from the layers above.

Two checks, because each misses something the other catches: importing every
module in a fresh interpreter sees indirect imports (a helper library that
pulls Flask in), and reading the source sees imports hidden in functions that
an import alone does not run.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOMAIN = ROOT / "mou_review" / "domain"
FORBIDDEN = ("flask", "sqlalchemy", "werkzeug", "alembic")

# The parent package may well build the Flask app in its __init__ (the flaskr
# pattern), which says nothing about the domain; so the child process stands
# in an empty ``mou_review`` package and imports only ``mou_review.domain``.
_PROBE = """
import importlib, json, pkgutil, sys, types
root, forbidden = sys.argv[1], tuple(sys.argv[2].split(","))
pkg = types.ModuleType("mou_review")
pkg.__path__ = [root + "/mou_review"]
sys.modules["mou_review"] = pkg

def bad():
    return sorted(m for m in sys.modules if m.split(".")[0].startswith(forbidden))

domain = importlib.import_module("mou_review.domain")
report = {"mou_review.domain": bad()}
for info in pkgutil.walk_packages(domain.__path__, "mou_review.domain."):
    importlib.import_module(info.name)
    report[info.name] = bad()
print(json.dumps(report))
"""


def _domain_files() -> list[Path]:
    return sorted(DOMAIN.rglob("*.py"))


def _is_forbidden(module: str) -> bool:
    return module.split(".")[0].startswith(FORBIDDEN)


def _probe(root: Path) -> dict[str, list[str]]:
    """Import every module of ``root``/mou_review/domain in a fresh interpreter; report what each loaded."""
    result = subprocess.run(
        [sys.executable, "-c", _PROBE, str(root), ",".join(FORBIDDEN)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=root,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_domain_imports_load_no_web_or_database_library() -> None:
    report = _probe(ROOT)
    # The walk must really have found the modules, or the check proves nothing.
    assert {
        "mou_review.domain.permissions",
        "mou_review.domain.amendments",
        "mou_review.domain.redline",
    } <= set(report)
    assert {name: found for name, found in report.items() if found} == {}


def test_domain_import_probe_sees_an_indirect_flask_import(tmp_path: Path) -> None:
    domain = tmp_path / "mou_review" / "domain"
    domain.mkdir(parents=True)
    (domain / "__init__.py").write_text('"""Fake domain."""\n', encoding="utf-8")
    (domain / "innocent.py").write_text("import json\n", encoding="utf-8")
    # The flask import hides in a helper outside the domain, as a third-party one would.
    (tmp_path / "helper_lib.py").write_text("import flask\n", encoding="utf-8")
    # (``python -c`` run in tmp_path finds helper_lib on its path.)
    (domain / "tainted.py").write_text("import helper_lib\n", encoding="utf-8")
    report = _probe(tmp_path)
    assert report["mou_review.domain.innocent"] == []
    assert "flask" in report["mou_review.domain.tainted"]


def _imports(path: Path) -> list[tuple[str, int]]:
    """Return (module, relative level) for every import statement in a file."""
    found: list[tuple[str, int]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            found.extend((alias.name, 0) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            found.append((node.module or "", node.level))
    return found


def _offenders(path: Path, depth: int) -> list[str]:
    """Return the imports in ``path`` that break the domain's purity (depth 0: directly in domain/)."""
    offenders = []
    for module, level in _imports(path):
        if level == 0 and _is_forbidden(module):
            offenders.append(module)
        # Relative imports may not climb out of the domain package...
        elif level > depth + 1:
            offenders.append("." * level + module)
        # ...nor may absolute ones reach the services, views or api layers.
        elif level == 0 and module.startswith("mou_review") and not module.startswith("mou_review.domain"):
            offenders.append(module)
    return offenders


@pytest.mark.parametrize("path", _domain_files(), ids=lambda p: p.relative_to(DOMAIN).as_posix())
def test_domain_source_imports_only_pure_modules(path: Path) -> None:
    assert _offenders(path, depth=len(path.relative_to(DOMAIN).parts) - 1) == []


@pytest.mark.parametrize(
    ("source", "bad"),
    [
        ("import flask", True),
        ("from flask_babel import lazy_gettext", True),
        ("import sqlalchemy.orm as orm", True),
        ("def f():\n    from sqlalchemy import select", True),
        ("from .. import models", True),
        ("from mou_review.services import reviews", True),
        ("from .types import Lang", False),
        ("from mou_review.domain.errors import NotFound", False),
        ("import difflib", False),
    ],
)
def test_domain_source_check_catches_forbidden_imports(tmp_path: Path, source: str, bad: bool) -> None:
    path = tmp_path / "probe.py"
    path.write_text(source, encoding="utf-8")
    assert bool(_offenders(path, depth=0)) is bad
