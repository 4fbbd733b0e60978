"""Write the Word Online and ISO 29500 Strict test files of this folder (run it to rebuild them).

Run from the repository root: ``.venv/bin/python tests/data/docx/make_word_variants.py``.
Each file is an instrument of the alignment set (``mou_cooperation``, typed numbers) laid
out by ``tests/data/alignment/corpus.py`` with python-docx, whose package is then rewritten
the way the other producers write theirs:

- ``word_online_{en,fr}.docx``: as Word Online saves, the main part is renamed
  ``word/document22.xml`` (its relationships ``word/_rels/document22.xml.rels``), the
  package relationship in ``_rels/.rels`` points to it with an absolute target and the
  content-type override names it.  Nothing else changes.
- ``strict_{en,fr}.docx``: as Word's "Strict Open XML Document" saves, every part uses the
  ISO 29500 Strict namespaces (``http://purl.oclc.org/ooxml/...``) instead of the
  Transitional ones, relationship types included, and ``w:document`` carries
  ``w:conformance="strict"``.

The files are committed so the tests read bytes produced once, as a user's upload would be.
"""

from __future__ import annotations

import io
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent.parent))

from tests.data.alignment import corpus  # noqa: E402

INSTRUMENT = "mou_cooperation"
#: Transitional namespace -> Strict namespace (ISO/IEC 29500-1, annex A.1).
STRICT = {
    b"http://schemas.openxmlformats.org/wordprocessingml/2006/main": b"http://purl.oclc.org/ooxml/wordprocessingml/main",
    b"http://schemas.openxmlformats.org/officeDocument/2006/relationships": b"http://purl.oclc.org/ooxml/officeDocument/relationships",
    b"http://schemas.openxmlformats.org/drawingml/2006/main": b"http://purl.oclc.org/ooxml/drawingml/main",
    b"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing": b"http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing",
    b"http://schemas.openxmlformats.org/drawingml/2006/picture": b"http://purl.oclc.org/ooxml/drawingml/picture",
    b"http://schemas.openxmlformats.org/officeDocument/2006/math": b"http://purl.oclc.org/ooxml/officeDocument/math",
}  # fmt: skip


def rewrite(data: bytes, change) -> bytes:  # type: ignore[no-untyped-def]
    """Return the package with every member passed through ``change(name, bytes) -> (name, bytes)``."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            name, blob = change(info.filename, source.read(info.filename))
            target.writestr(name, blob)
    return out.getvalue()


def word_online(data: bytes) -> bytes:
    """Rename the main part as Word Online does and point the package relationship at it."""

    def change(name: str, blob: bytes) -> tuple[str, bytes]:
        if name == "word/document.xml":
            return "word/document22.xml", blob
        if name == "word/_rels/document.xml.rels":
            return "word/_rels/document22.xml.rels", blob
        if name == "_rels/.rels":
            return name, blob.replace(b'Target="word/document.xml"', b'Target="/word/document22.xml"')
        if name == "[Content_Types].xml":
            return name, blob.replace(b'PartName="/word/document.xml"', b'PartName="/word/document22.xml"')
        return name, blob

    return rewrite(data, change)


def strict(data: bytes) -> bytes:
    """Move every part to the Strict namespaces and mark the document as Strict."""

    def change(name: str, blob: bytes) -> tuple[str, bytes]:
        if name.endswith((".xml", ".rels")):
            for transitional, iso in STRICT.items():
                blob = blob.replace(transitional, iso)
        if name == "word/document.xml":
            blob = re.sub(rb"<w:document ", b'<w:document w:conformance="strict" ', blob, count=1)
        return name, blob

    return rewrite(data, change)


def main() -> None:
    """Write the four files."""
    instrument = next(i for i in corpus.load_all() if i.name == INSTRUMENT)
    built = corpus.build(instrument)
    for lang in ("en", "fr"):
        (HERE / f"word_online_{lang}.docx").write_bytes(word_online(built[lang]))
        (HERE / f"strict_{lang}.docx").write_bytes(strict(built[lang]))
    print(f"wrote {sorted(p.name for p in HERE.glob('*.docx'))}")


if __name__ == "__main__":
    main()
