"""The invisible marks by which a Word export says which clause each paragraph is.

Every export tags each clause's paragraph with a *hidden bookmark* (a name
starting with an underscore, which Word lists only under "Hidden bookmarks"
and never shows in the text) named ``_MoU_<clause id>_<lang>_<version>``:
the clause, the language of that paragraph and the number of the clause
version written there.  Bookmarks were chosen over content controls because
both Word and LibreOffice keep them through editing and saving (tested with
LibreOffice in ``tests/app/test_markup_libreoffice.py``), they may span the
paragraphs of a clause a reviewer splits in two, and deleting the text
around them with Track Changes keeps them in place.

The file as a whole carries custom document properties (File > Properties >
Custom in Word): the document's short name, the language of the export and
the exporting tool, so a file from another document is recognised and
refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from xml.sax.saxutils import escape

from .types import Lang

__all__ = [
    "BOOKMARK_PREFIX",
    "ClauseMark",
    "FileIdentity",
    "PROP_DOCUMENT",
    "PROP_EXPORTED",
    "PROP_LANG",
    "PROP_TOOL",
    "bookmark_name",
    "custom_properties_xml",
    "parse_bookmark",
]

BOOKMARK_PREFIX = "_MoU_"
_BOOKMARK = re.compile(r"^_MoU_(\d{1,12})_(en|fr)_(\d{1,9})$")
#: Names of the custom document properties of an export.
PROP_TOOL = "mou-review"
PROP_DOCUMENT = "mou-review-document"
PROP_LANG = "mou-review-language"
PROP_EXPORTED = "mou-review-exported-at"


@dataclass(frozen=True)
class ClauseMark:
    """What a bookmark says: the clause, the language and the version exported."""

    clause_id: int
    lang: Lang
    version: int


@dataclass(frozen=True)
class FileIdentity:
    """What the custom properties of an export say about the whole file."""

    document: str | None
    lang: str | None  # "en", "fr" or "bilingual"
    exported_at: str | None = None  # ISO 8601, UTC


def bookmark_name(clause_id: int, lang: Lang, version: int | None) -> str:
    """Return the hidden bookmark name of one clause paragraph (at most 40 characters, as Word allows)."""
    return f"{BOOKMARK_PREFIX}{clause_id}_{lang}_{version or 0}"


def parse_bookmark(name: str | None) -> ClauseMark | None:
    """Read a bookmark name written by ``bookmark_name``; anything else is None."""
    match = _BOOKMARK.match(name or "")
    if match is None:
        return None
    return ClauseMark(int(match.group(1)), Lang(match.group(2)), int(match.group(3)))


_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"


def custom_properties_xml(document: str, lang: str, exported_at: str = "", tool_version: str = "1") -> bytes:
    """Return docProps/custom.xml naming the document, the language and the moment of an export."""
    props = (
        (PROP_TOOL, tool_version),
        (PROP_DOCUMENT, document),
        (PROP_LANG, lang),
        (PROP_EXPORTED, exported_at),
    )
    items = "".join(
        f'<property fmtid="{_FMTID}" pid="{pid}" name="{escape(name)}"><vt:lpwstr>{escape(value)}</vt:lpwstr>'
        "</property>"
        for pid, (name, value) in enumerate(props, start=2)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        f"{items}</Properties>"
    ).encode()
