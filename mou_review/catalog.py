"""The interface catalogues: extract UI strings, find missing French, compile.

Each feature keeps its French in its own catalogue,
``mou_review/translations/<feature>/fr/LC_MESSAGES/messages.po``, so features
can be translated without touching each other's files; Flask-Babel merges
them.  ``missing()`` is what the test suite uses to fail on any UI string
without a French translation.
"""

from __future__ import annotations

from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

PACKAGE = Path(__file__).resolve().parent
ROOT = PACKAGE.parent
TRANSLATIONS = PACKAGE / "translations"
KEYWORDS = {
    "_": None,
    "gettext": None,
    "ngettext": (1, 2),
    "lazy_gettext": None,
    "_l": None,
    "N_": None,
    "pgettext": ((1, "c"), 2),
}
METHODS = [("mou_review/**.py", "python"), ("templates/**.html", "jinja2")]


def translation_dirs() -> list[Path]:
    """Return every feature catalogue folder (those with a French catalogue)."""
    return sorted(p for p in TRANSLATIONS.iterdir() if (p / "fr" / "LC_MESSAGES" / "messages.po").exists())


def extract() -> dict[str, list[str]]:
    """Return every UI msgid (singular and plural) with the places it occurs."""
    found: dict[str, list[str]] = {}
    for filename, lineno, message, _comments, _context in extract_from_dir(
        str(ROOT),
        method_map=METHODS,
        keywords=KEYWORDS,
        options_map={"templates/**.html": {"extensions": "jinja2.ext.i18n"}},
    ):
        ids = message if isinstance(message, tuple) else (message,)
        for msgid in ids:
            if msgid:
                found.setdefault(msgid, []).append(f"{filename}:{lineno}")
    return found


def french_catalogues() -> list[tuple[Path, Catalog]]:
    """Read every feature's French catalogue."""
    result = []
    for folder in translation_dirs():
        path = folder / "fr" / "LC_MESSAGES" / "messages.po"
        with path.open("rb") as handle:
            result.append((path, read_po(handle, locale="fr")))
    return result


def translated_ids() -> set[str]:
    """Return the msgids (singular and plural) that have a non-fuzzy French translation."""
    ids: set[str] = set()
    for _path, catalog in french_catalogues():
        for message in catalog:
            if not message.id or message.fuzzy:
                continue
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            if all(s.strip() for s in strings):
                ids.update(message.id if isinstance(message.id, tuple) else (message.id,))
    return ids


def missing() -> dict[str, list[str]]:
    """Return UI msgids that have no French translation, with their places."""
    done = translated_ids()
    return {msgid: places for msgid, places in extract().items() if msgid not in done}


def compile_all() -> list[Path]:
    """Compile every feature's .po into its .mo; return the .mo paths."""
    written = []
    for path, catalog in french_catalogues():
        target = path.with_suffix(".mo")
        with target.open("wb") as handle:
            write_mo(handle, catalog)
        written.append(target)
    return written
