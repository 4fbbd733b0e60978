"""Read uploaded DOCX files safely and turn them into classified paragraphs.

An upload is untrusted: before python-docx parses anything we check the
bytes ourselves (size, ZIP structure, declared uncompressed sizes, macros,
encryption), and every refusal is a ``DocxFormatError`` whose
``details["reason"]`` is a stable code the edge can map to a message:
``not_docx``, ``corrupt``, ``too_large``, ``zip_bomb``, ``macro_enabled``,
``encrypted``, ``empty`` (and ``no_table`` for a bilingual file without its
two-column table).  The main part is found through the package relationships,
as Word finds it (Word Online names it ``word/document2.xml`` and so on), and
ISO 29500 Strict files are read like Transitional ones.

``read_paragraphs`` then walks the body in order (tables included, each cell
paragraph being a paragraph) and returns ``SourcePara`` records: the clause
text with its number label stripped (the app computes numbers), the label
found (typed or produced by Word's automatic numbering), and a hint of the
clause kind and level.  ``read_bilingual_table`` reads the two-column layout
in which publishers print both languages side by side.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import BinaryIO

from lxml import etree

from .errors import DocxFormatError
from .numbering import letters, roman, roman_value
from .types import DEFAULT_LEVEL, ClauseKind

#: Uploads larger than this are refused before any parsing.
MAX_BYTES = 10 * 1024 * 1024
#: Total uncompressed size a DOCX may declare.
MAX_UNCOMPRESSED = 200 * 1024 * 1024
#: Overall uncompressed/compressed ratio beyond which a ZIP is treated as a bomb.
MAX_RATIO = 100
#: More members than any real document has.
MAX_MEMBERS = 5000

#: Paragraph styles that mou-review's own exports use for non-clause matter
#: (title, parties, signature block, table header); a re-uploaded export must
#: not turn them into clauses, so the reader leaves them out.
FURNITURE_STYLES = frozenset({"MoU Title", "MoU Parties", "MoU Signature", "MoU Table Header"})
#: Clause styles of mou-review's exports: "MoU Article", "MoU Paragraph 2", ...
_CLAUSE_STYLE = re.compile(r"^MoU (Heading|Recital|Article|Paragraph|Item)(?: (\d))?$")

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _w(tag: str) -> str:
    return f"{{{_W}}}{tag}"


@dataclass(frozen=True)
class SourcePara:
    """One paragraph of an uploaded document, with its label split off."""

    text: str
    style: str | None
    numbering: str | None
    kind_hint: ClauseKind | None
    level_hint: int | None
    in_table: bool


def _fail(reason: str, message: str, **details: object) -> DocxFormatError:
    return DocxFormatError(message, reason=reason, **details)


# --------------------------------------------------------------------------- safety


def _read_bytes(data: bytes | BinaryIO, max_bytes: int) -> bytes:
    if isinstance(data, (bytes, bytearray, memoryview)):
        raw = bytes(data)
    else:
        # Read one byte past the limit so an oversized stream is never read whole.
        raw = data.read(max_bytes + 1)
    if len(raw) > max_bytes:
        limit = max(max_bytes // (1024 * 1024), 1)
        raise _fail("too_large", f"The file is larger than the {limit} MB limit.", max_bytes=max_bytes)
    return raw


def _check_ole(raw: bytes) -> None:
    # Word saves password-protected files as an OLE compound file holding the
    # encrypted package; the stream names are stored in UTF-16 in the directory.
    names = ("EncryptionInfo".encode("utf-16-le"), "EncryptedPackage".encode("utf-16-le"))
    if any(name in raw for name in names):
        raise _fail(
            "encrypted",
            "The document is password-protected; remove the password in Word and upload it again.",
        )
    raise _fail(
        "not_docx",
        "This is an old Word 97-2003 (.doc) or other OLE file, not a DOCX; save it as .docx and upload it again.",
    )


#: What Python's zipfile reads without extra modules: stored and deflated members, unencrypted.
READABLE_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
#: What reading a damaged or unreadable member may raise (zipfile, zlib, and the method/encryption checks).
READ_ERRORS = (
    zipfile.BadZipFile,
    OSError,
    EOFError,
    ValueError,
    RuntimeError,
    NotImplementedError,
    zlib.error,
)


def readable_member(info: zipfile.ZipInfo) -> bool:
    """Return True when a ZIP member is neither encrypted nor compressed by an unsupported method."""
    return not (info.flag_bits & 0x1) and info.compress_type in READABLE_METHODS


def open_docx_zip(data: bytes | BinaryIO, *, max_bytes: int = MAX_BYTES) -> tuple[bytes, zipfile.ZipFile]:
    """Check an upload and return its bytes and ZIP archive, or raise ``DocxFormatError``."""
    raw = _read_bytes(data, max_bytes)
    if raw.startswith(_OLE_MAGIC):
        _check_ole(raw)
    if not raw.startswith(b"PK"):
        raise _fail("not_docx", "The file is not a Word document (.docx).")
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError) as exc:
        raise _fail("corrupt", "The document is damaged or incomplete and cannot be opened.") from exc
    # An encrypted member, or one compressed by a method zipfile cannot read (AES is method 99),
    # would fail deep inside the reader: such a file is refused up front like any damaged one.
    if any(not readable_member(info) for info in infos):
        raise _fail("corrupt", "The document is damaged or incomplete and cannot be opened.")
    # Declared sizes are checked before anything is decompressed; zipfile
    # never inflates a member beyond its declared size, so this bounds the work.
    total = sum(info.file_size for info in infos)
    if len(infos) > MAX_MEMBERS or total > MAX_UNCOMPRESSED or total > MAX_RATIO * max(len(raw), 1024):
        raise _fail(
            "zip_bomb",
            "The document expands to far more data than its size suggests and was refused.",
            uncompressed=total,
        )
    names = {info.filename for info in infos}
    if any(name.lower().endswith("vbaproject.bin") for name in names):
        raise _fail(
            "macro_enabled", "The document contains macros; save it as a plain .docx and upload it again."
        )
    if "[Content_Types].xml" not in names:
        raise _fail("not_docx", "The file is a ZIP archive but not a Word document (.docx).")
    try:
        content_types = archive.read("[Content_Types].xml")
    except READ_ERRORS as exc:
        raise _fail("corrupt", "The document is damaged or incomplete and cannot be opened.") from exc
    if b"macroenabled" in content_types.lower():
        raise _fail(
            "macro_enabled", "The document contains macros; save it as a plain .docx and upload it again."
        )
    main_part(archive)  # a ZIP without a Word main part (a spreadsheet, a presentation) is refused here
    return raw, archive


# --------------------------------------------------------------------------- the main part

_PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
#: ISO 29500 Strict namespaces and the Transitional ones Word's usual files use; the reader reads
#: both by renaming the first to the second as a part is loaded (the vocabulary is otherwise the same
#: for text, styles and numbering).
_STRICT_NAMESPACES = (
    (b"http://purl.oclc.org/ooxml/wordprocessingml/main", _W.encode()),
    (
        b"http://purl.oclc.org/ooxml/officeDocument/relationships",
        b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    ),
    (b"http://purl.oclc.org/ooxml/drawingml/main", b"http://schemas.openxmlformats.org/drawingml/2006/main"),
    (
        b"http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing",
        b"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    ),
)


def _resolve(base: str, target: str) -> str:
    """Return a relationship target as a ZIP member name (absolute "/word/x.xml" or relative to base)."""
    if target.startswith("/"):
        parts: list[str] = []
        path = target[1:]
    else:
        parts = base.split("/")[:-1]
        path = target
    for piece in path.split("/"):
        if piece == "..":
            if parts:
                parts.pop()
        elif piece not in ("", "."):
            parts.append(piece)
    return "/".join(parts)


def main_part(archive: zipfile.ZipFile) -> str:
    """Return the ZIP member holding the document body, found as Word does: through ``_rels/.rels``.

    Word writes ``word/document.xml``, but Word Online and other producers may name it otherwise
    (``word/document2.xml``, ``word/document22.xml``); only the package relationship says which.
    """
    names = set(archive.namelist())
    try:
        rels = _load_xml(archive, "_rels/.rels", required=False)
    except DocxFormatError:
        rels = None  # damaged relationships: fall back on the usual name, as Word's repair does
    if rels is not None:
        for rel in rels.iter(f"{{{_PACKAGE_RELS}}}Relationship"):
            kind = rel.get("Type") or ""
            if kind.rsplit("/", 1)[-1] == "officeDocument" and rel.get("TargetMode") != "External":
                target = _resolve("", rel.get("Target") or "")
                if target in names and _is_word_part(archive, target):
                    return target
                break
    if "word/document.xml" in names:
        return "word/document.xml"
    raise _fail("not_docx", "The file is a ZIP archive but not a Word document (.docx).")


def _is_word_part(archive: zipfile.ZipFile, name: str) -> bool:
    """Tell a word-processing main part from a workbook's or a presentation's, by its content type."""
    types = _load_xml(archive, "[Content_Types].xml", required=True)
    for override in types:  # type: ignore[union-attr]
        if (override.get("PartName") or "").lstrip("/") == name:
            content_type = (override.get("ContentType") or "").lower()
            return "wordprocessingml" in content_type or "ms-word" in content_type
    # No override: Word never relies on the default extension for its main part, others may.
    return name.startswith("word/")


def _load_xml(archive: zipfile.ZipFile, name: str, required: bool) -> etree._Element | None:
    try:
        blob = archive.read(name)
    except KeyError:
        if required:
            raise _fail("not_docx", "The file is a ZIP archive but not a Word document (.docx).") from None
        return None
    except READ_ERRORS as exc:
        raise _fail("corrupt", "The document is damaged or incomplete and cannot be opened.") from exc
    # No network, no entities: an upload must not make the parser fetch or expand anything.
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True)
    if b"http://purl.oclc.org/ooxml/" in blob:
        for strict, transitional in _STRICT_NAMESPACES:
            blob = blob.replace(strict, transitional)
    try:
        return etree.fromstring(blob, parser)
    except etree.XMLSyntaxError as exc:
        raise _fail("corrupt", "The document is damaged or incomplete and cannot be opened.") from exc


# --------------------------------------------------------------------------- styles and numbering


@dataclass
class _Style:
    name: str
    based_on: str | None
    num_id: str | None
    ilvl: int | None
    outline: int | None
    bold: bool | None


class _Styles:
    def __init__(self, root: etree._Element | None) -> None:
        self._by_id: dict[str, _Style] = {}
        self.default_para: str | None = None
        if root is None:
            return
        for el in root.iter(_w("style")):
            if el.get(_w("type")) != "paragraph":
                continue
            sid = el.get(_w("styleId")) or ""
            name_el = el.find(_w("name"))
            based = el.find(_w("basedOn"))
            ppr = el.find(_w("pPr"))
            num_id, ilvl = _num_pr(ppr)
            outline = None
            if ppr is not None and (ol := ppr.find(_w("outlineLvl"))) is not None:
                outline = _int(ol.get(_w("val")))
            self._by_id[sid] = _Style(
                name=name_el.get(_w("val")) if name_el is not None else sid,
                based_on=based.get(_w("val")) if based is not None else None,
                num_id=num_id,
                ilvl=ilvl,
                outline=outline,
                bold=_bold(el.find(_w("rPr"))),
            )
            if el.get(_w("default")) in ("1", "true"):
                self.default_para = sid

    def chain(self, sid: str | None) -> Iterator[_Style]:
        seen: set[str] = set()
        sid = sid or self.default_para
        while sid and sid in self._by_id and sid not in seen:
            seen.add(sid)
            style = self._by_id[sid]
            yield style
            sid = style.based_on

    def name(self, sid: str | None) -> str | None:
        style = next(self.chain(sid), None)
        return style.name if style else None


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _bold(rpr: etree._Element | None) -> bool | None:
    if rpr is None or (b := rpr.find(_w("b"))) is None:
        return None
    return b.get(_w("val"), "true") not in ("0", "false", "off")


def _num_pr(ppr: etree._Element | None) -> tuple[str | None, int | None]:
    if ppr is None or (num_pr := ppr.find(_w("numPr"))) is None:
        return None, None
    num_el, ilvl_el = num_pr.find(_w("numId")), num_pr.find(_w("ilvl"))
    num_id = num_el.get(_w("val")) if num_el is not None else None
    return num_id, _int(ilvl_el.get(_w("val"))) if ilvl_el is not None else None


def _format_number(n: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        letter = letters(max(n, 1))
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman"):
        glyphs = roman(max(n, 1))
        return glyphs.upper() if fmt == "upperRoman" else glyphs
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt in ("none", "bullet"):
        return ""
    return str(n)


@dataclass
class _Level:
    fmt: str
    text: str
    start: int
    legal: bool


class _Numbering:
    """Word's list definitions, and the counters that produce each label."""

    def __init__(self, root: etree._Element | None) -> None:
        self._abstract: dict[str, dict[int, _Level]] = {}
        self._num: dict[str, tuple[str, dict[int, int]]] = {}
        self._counters: dict[str, dict[int, int]] = {}
        if root is None:
            return
        for abstract in root.iter(_w("abstractNum")):
            levels: dict[int, _Level] = {}
            for lvl in abstract.iter(_w("lvl")):
                ilvl = _int(lvl.get(_w("ilvl"))) or 0
                fmt_el, text_el, start_el = (
                    lvl.find(_w("numFmt")),
                    lvl.find(_w("lvlText")),
                    lvl.find(_w("start")),
                )
                levels[ilvl] = _Level(
                    fmt=fmt_el.get(_w("val"), "decimal") if fmt_el is not None else "decimal",
                    text=text_el.get(_w("val"), "") if text_el is not None else "",
                    start=_int(start_el.get(_w("val"))) or 1 if start_el is not None else 1,
                    legal=lvl.find(_w("isLgl")) is not None,
                )
            self._abstract[abstract.get(_w("abstractNumId")) or ""] = levels
        for num in root.iter(_w("num")):
            abstract_el = num.find(_w("abstractNumId"))
            starts: dict[int, int] = {}
            for override in num.iter(_w("lvlOverride")):
                start = override.find(_w("startOverride"))
                if start is not None:
                    starts[_int(override.get(_w("ilvl"))) or 0] = _int(start.get(_w("val"))) or 1
            abstract_id = abstract_el.get(_w("val")) if abstract_el is not None else ""
            self._num[num.get(_w("numId")) or ""] = (abstract_id or "", starts)

    def next_label(self, num_id: str, ilvl: int) -> tuple[str | None, bool]:
        """Advance the list and return (label, is_bullet) for one paragraph."""
        abstract_id, starts = self._num.get(num_id, ("", {}))
        levels = self._abstract.get(abstract_id)
        if not levels or ilvl not in levels:
            return None, False
        counters = self._counters.setdefault(num_id, {})
        level = levels[ilvl]
        counters[ilvl] = counters.get(ilvl, starts.get(ilvl, level.start) - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        if level.fmt == "bullet":
            return level.text or None, True
        if level.fmt == "none":
            return level.text.strip() or None, False

        def sub(match: re.Match[str]) -> str:
            k = int(match.group(1)) - 1
            lvl = levels.get(k)
            if lvl is None:
                return ""
            value = counters.get(k, starts.get(k, lvl.start))
            fmt = "decimal" if level.legal else lvl.fmt
            return _format_number(value, fmt)

        return re.sub(r"%(\d)", sub, level.text).strip() or None, False

    def list_of(self, num_id: str) -> str | None:
        """Return the abstract list a numbering instance belongs to (restarts share it)."""
        return self._num.get(num_id, (None, {}))[0]


# --------------------------------------------------------------------------- text and labels


#: Elements whose content is never visible text: properties, deleted or moved-away text, field
#: instructions, text boxes (read apart, see ``_Reader.text_boxes``), the VML copy of a drawing,
#: and the properties of a content control.
_SKIPPED = frozenset(
    {
        _w("del"),
        _w("pPr"),
        _w("rPr"),
        _w("instrText"),
        _w("delInstrText"),
        _w("delText"),
        _w("txbxContent"),
        f"{{{_MC}}}Fallback",
        _w("moveFrom"),
        _w("sdtPr"),
        _w("sdtEndPr"),
        _w("footnoteReference"),
        _w("endnoteReference"),
    }
)


_LEAVES = frozenset(
    {_w("t"), _w("tab"), _w("ptab"), _w("br"), _w("cr"), _w("noBreakHyphen"), _w("softHyphen")}
)


def _para_text(p: etree._Element, fields: list[bool] | None = None) -> str:
    """Return the visible text of a paragraph as if tracked changes were accepted.

    ``fields`` is the stack of open complex fields (True once past their
    "separate" mark): a field may span runs and paragraphs, and only its
    result is text, never its instruction.
    """
    parts: list[str] = []
    stack: list[bool] = fields if fields is not None else []

    def walk(el: etree._Element) -> None:
        for child in el:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIPPED:
                continue
            if tag == _w("fldChar"):
                kind = child.get(_w("fldCharType"))
                if kind == "begin":
                    stack.append(False)
                elif kind == "separate" and stack:
                    stack[-1] = True
                elif kind == "end" and stack:
                    stack.pop()
                continue
            if tag == _w("r") and _is_note_mark(child):
                continue  # a custom footnote mark ("*") typed in the reference run
            if tag in _LEAVES and not all(stack):
                continue  # inside a field instruction: only the result is text
            if tag == _w("t"):
                parts.append(child.text or "")
            elif tag in (_w("tab"), _w("ptab")):
                parts.append("\t")
            elif tag in (_w("br"), _w("cr")):
                # Page and column breaks are layout, not text.
                parts.append(" " if child.get(_w("type")) in ("page", "column") else "\n")
            elif tag == _w("noBreakHyphen"):
                # A plain hyphen: "ANLTP-TIM" must read the same whoever typed it.
                parts.append("-")
            elif tag == _w("softHyphen"):
                continue  # an invisible hyphenation hint
            else:
                walk(child)

    walk(p)
    return "".join(parts)


def _is_note_mark(run: etree._Element) -> bool:
    return any(
        ref.get(_w("customMarkFollows")) in ("1", "true", "on")
        for tag in ("footnoteReference", "endnoteReference")
        for ref in run.findall(_w(tag))
    )


_SPACES = re.compile(r"[ \t\r\f\v]+")
#: A typed number and a tab before the text ("3<tab>The Parties..."): the tab marks the label.
_LEADING_TAB = re.compile(r"^[ ]*(\(?[0-9A-Za-z]{1,4}(?:\.[0-9]{1,3})*[.)]?)\t")
#: Signature and fill-in lines: runs of underscores or dots, and ellipses standing for blanks.
_BLANKS = re.compile(r"_{3,}|\.{4,}|\u2026{2,}|(?:\u2026 ?){2,}")


def _clean(text: str) -> str:
    # Only ASCII spaces and tabs collapse: French non-breaking spaces are content.
    text = text.replace("\u2011", "-").replace("\u00ad", "")
    lines = []
    for line in text.split("\n"):
        head = ""
        if not lines and (m := _LEADING_TAB.match(line)):
            head, line = m.group(1) + "\t", line[m.end() :]
        line = _SPACES.sub(" ", line).strip()
        # A line of nothing but blanks to fill in ("________", "……") is a signature line, not text.
        if _BLANKS.sub("", line).strip(" .,:;\u2026-_\u00a0") or (head and line):
            lines.append(head + line)
    return "\n".join(lines)


_SEP = r"(?:[ \t\u00a0\u202f]*[-\u2013\u2014:.][ \t\u00a0\u202f]*|[ \t\u00a0\u202f]+|\n|$)"
_ARTICLE = re.compile(
    r"^(?P<label>(?:ARTICLE|Article|Art\.)[ \u00a0]+(?P<num>premier|PREMIER|1er|\d+|[IVXLC]+)\b)" + _SEP, re.S
)
_DOTTED = re.compile(r"^(?P<label>(?P<num>\d{1,3}(?:\.\d{1,3})+)\.?)(?:[ \t\u00a0]+|\n)")
_SINGLE = re.compile(r"^(?P<label>(?P<num>\d{1,3})[.)])(?:[ \t\u00a0]+|\n)")
_BARE = re.compile(r"^(?P<label>(?P<num>\d{1,3}))\t")
_PAREN = re.compile(r"^(?P<label>\((?P<num>[a-z]{1,4}|[ivxlc]{1,6}|\d{1,2})\))[ \t\u00a0]+", re.I)
_HALF = re.compile(r"^(?P<label>(?P<num>[a-z]{1,2}|[ivxlc]{1,6})[.)])[ \t\u00a0]+")
_BULLET = re.compile(r"^(?P<label>[\u2022\u25cf\u25aa\u2013\u2014\-\u00b7*])[ \t\u00a0]+")
_PART = re.compile(
    r"^(PART|Part|CHAPTER|Chapter|CHAPITRE|Chapitre|TITRE|Titre|TITLE|Title|PARTIE|Partie|SECTION|Section"
    r"|ANNEX|Annex|ANNEXE|Annexe|APPENDIX|Appendix|APPENDICE|Appendice|SCHEDULE|Schedule)"
    r"(?:\s+(?:[IVXLC]+|\d+|[A-Z]|PREMIER|PREMIÈRE|Premier|Première|premier|première|1er|1re|UNIQUE|Unique|unique)\b|$)"
)
_CLOSING = re.compile(
    r"^(IN WITNESS WHEREOF|In witness whereof|EN FOI DE QUOI|En foi de quoi|Done at|DONE at|Fait à|FAIT à|Signed at)"
)


def label_key(label: str | None) -> str | None:
    """Return the comparable value of a label: "Article premier" -> "1", "(b)" -> "b", "3.2." -> "3.2"."""
    if not label:
        return None
    label = label.strip()
    match = _ARTICLE.match(label + " ")
    if match:
        num = match.group("num")
        if num.lower() in ("premier", "1er"):
            return "1"
        if num.isdigit():
            return str(int(num))
        value = roman_value(num)
        return str(value) if value else num.lower()
    stripped = label.strip("().").rstrip(")").strip()
    if re.fullmatch(r"\d+(?:\.\d+)*", stripped):
        return ".".join(str(int(part)) for part in stripped.split("."))
    return stripped.lower() or None


def _split_label(text: str) -> tuple[str | None, str, str | None]:
    """Return (label, rest, shape) where shape names the pattern that matched."""
    for shape, pattern in (
        ("article", _ARTICLE),
        ("dotted", _DOTTED),
        ("single", _SINGLE),
        ("bare", _BARE),
        ("paren", _PAREN),
        ("half", _HALF),
        ("bullet", _BULLET),
    ):
        match = pattern.match(text)
        if match:
            label = match.group("label")
            if (
                shape == "half"
                and label.endswith(".")
                and len(match.group("num")) > 1
                and not roman_value(match.group("num"))
            ):
                continue  # "etc. ..." or an abbreviation, not a label
            rest = text[match.end() :].strip()
            separator = match.group(0)[len(label) :]
            if shape == "article" and rest and not separator.strip(" \t\u00a0\u202f"):
                # "Article 3 of the Convention applies..." is a sentence, not a heading.
                first_line = rest.split("\n", 1)[0]
                if len(first_line) > 90 or first_line.endswith((".", ";", ",")):
                    return None, text, None
            return label, rest, shape
    return None, text, None


def _shape_of(label: str) -> str | None:
    shape = _split_label(label + "\t")[2]
    return shape


# --------------------------------------------------------------------------- classification


@dataclass
class _Raw:
    text: str
    style: str | None
    label: str | None
    shape: str | None
    auto: bool
    ilvl: int | None
    headingish: bool
    outline: int | None
    in_table: bool
    own: tuple[ClauseKind, int | None] | None
    list_id: str | None = None  # the abstract list behind an automatic label


def _is_roman_item(key: str, prev_letter: str | None) -> bool:
    # Roman numerals only nest under a letter list; "(i)" right after "(h)" is a letter.
    if prev_letter is None or roman_value(key) is None:
        return False
    return not (len(key) == 1 and ord(key) == ord(prev_letter) + 1)


def _classify(raws: list[_Raw]) -> list[SourcePara]:
    """Give every paragraph a kind and level hint, using what came before it."""
    out: list[SourcePara] = []
    any_article = any((r.shape == "article") or (r.own and r.own[0] is ClauseKind.ARTICLE) for r in raws)
    seen_article = False
    closing = False
    prev_letter: str | None = None
    item_lists: list[tuple[str, int]] = []  # open Word item lists: (list, its first level)
    i = 0
    while i < len(raws):
        r = raws[i]
        kind: ClauseKind | None
        level: int | None = None
        text = r.text
        if r.own is not None:
            kind, level = r.own
        elif r.shape == "article":
            kind = ClauseKind.ARTICLE
        elif r.shape == "dotted":
            depth = label_key(r.label).count(".") if r.label else 1  # type: ignore[union-attr]
            kind, level = (ClauseKind.PARAGRAPH, 2) if depth <= 1 else (ClauseKind.ITEM, 3)
        elif r.shape in ("single", "bare"):
            short = len(text) <= 90 and not text.rstrip().endswith((".", ";", ":", ","))
            if not any_article and (r.headingish or (short and r.ilvl in (None, 0) and not r.in_table)):
                kind = ClauseKind.ARTICLE  # a section of Terms of Reference
            else:
                kind = ClauseKind.PARAGRAPH
        elif r.shape in ("paren", "half"):
            key = label_key(r.label) or ""
            if key.isdigit():
                kind, level = ClauseKind.PARAGRAPH, 2
            elif r.list_id is not None:
                # Word lists say how they nest: a list met again closes the deeper ones opened after it,
                # whatever their formats ("(i)" items over "(a)" sub-items, or the reverse).
                ids = [list_id for list_id, _ in item_lists]
                if r.list_id in ids:
                    del item_lists[ids.index(r.list_id) + 1 :]
                else:
                    item_lists.append((r.list_id, r.ilvl or 0))
                base = item_lists[-1][1]
                kind, level = ClauseKind.ITEM, 2 + len(item_lists) + max(0, (r.ilvl or 0) - base)
            elif _is_roman_item(key, prev_letter):
                kind, level = ClauseKind.ITEM, 4
            else:
                kind, level = ClauseKind.ITEM, 3
                prev_letter = key[-1:]
        elif r.shape == "bullet":
            kind, level = ClauseKind.ITEM, 3 + (r.ilvl or 0)
        elif _PART.match(text) and len(text) <= 120:
            # A part, chapter or annex heading; an annex after the closing formula ends the closing matter.
            kind, closing = ClauseKind.HEADING, False
            if r.outline is not None:
                level = max(1, r.outline)
        elif _CLOSING.match(text) and seen_article:
            kind, closing = ClauseKind.RECITAL, True
        elif closing:
            kind = ClauseKind.RECITAL
        elif r.headingish and (r.outline is not None or not seen_article):
            kind = ClauseKind.HEADING
            if r.outline is not None:
                level = max(1, r.outline)
        elif not seen_article:
            kind = ClauseKind.RECITAL
        else:
            kind = ClauseKind.PARAGRAPH
        if kind is not ClauseKind.ITEM:
            item_lists.clear()
        if kind is ClauseKind.ARTICLE:
            seen_article = True
            prev_letter = None
            # "ARTICLE 3" alone, its heading in the next paragraph: the heading is the article's text.
            if not text and not r.in_table and i + 1 < len(raws):
                nxt = raws[i + 1]
                if (
                    nxt.label is None
                    and nxt.own is None
                    and len(nxt.text) <= 120
                    and not nxt.text.endswith((".", ";", ":"))
                ):
                    text = nxt.text
                    i += 1
        elif kind is ClauseKind.PARAGRAPH and r.shape is not None:
            prev_letter = None
        if level is None:
            level = DEFAULT_LEVEL[kind] if kind is not ClauseKind.ITEM else 3 + (r.ilvl or 0) if r.auto else 3
        out.append(SourcePara(text, r.style, r.label, kind, level, r.in_table))
        i += 1
    return out


# --------------------------------------------------------------------------- walking the body


class _Reader:
    def __init__(self, archive: zipfile.ZipFile) -> None:
        main = main_part(archive)
        self.doc = _load_xml(archive, main, required=True)
        folder, _, leaf = main.rpartition("/")
        rels = _load_xml(archive, f"{folder}/_rels/{leaf}.rels".lstrip("/"), required=False)
        targets = {"styles": "word/styles.xml", "numbering": "word/numbering.xml"}
        if rels is not None:
            for rel in rels:
                kind = (rel.get("Type") or "").rsplit("/", 1)[-1]
                if kind in targets and rel.get("TargetMode") != "External":
                    targets[kind] = _resolve(main, rel.get("Target") or "")
        self.styles = _Styles(_load_xml(archive, targets["styles"], required=False))
        self.numbering = _Numbering(_load_xml(archive, targets["numbering"], required=False))
        self.fields: list[bool] = []  # complex fields open at this point of the body

    def body(self) -> etree._Element:
        body = self.doc.find(_w("body")) if self.doc is not None else None
        if body is None:
            raise _fail("not_docx", "The file is a ZIP archive but not a Word document (.docx).")
        return body

    def paragraphs(self, container: etree._Element, in_table: bool) -> Iterator[_Raw]:
        carried = ""
        for el in _blocks(container):
            if el.tag == _w("p"):
                if _mark_deleted(el):
                    # The paragraph mark itself was deleted: accepted, this text runs into the next paragraph.
                    carried += _para_text(el, self.fields)
                    continue
                raw = self.paragraph(el, in_table, carried)
                carried = ""
                if raw is not None:
                    yield raw
            elif el.tag == _w("tbl"):
                # Only this table's own rows and cells: a nested table is reached through its own cell.
                # A vertically merged cell's continuation is empty in the XML, so nothing is read twice.
                for row in _blocks(el, _w("tr")):
                    for cell in _blocks(row, _w("tc")):
                        yield from self.paragraphs(cell, True)
        if carried.strip():
            raw = self.paragraph(etree.Element(_w("p")), in_table, carried)
            if raw is not None:
                yield raw

    def text_boxes(self, body: etree._Element) -> Iterator[_Raw]:
        """Read the paragraphs of the text boxes, once each (the DrawingML copy, not the VML one)."""
        for box in body.iter(_w("txbxContent")):
            if any(a.tag in (f"{{{_MC}}}Fallback", _w("txbxContent")) for a in box.iterancestors()):
                continue
            yield from self.paragraphs(box, False)

    def paragraph(self, p: etree._Element, in_table: bool, carried: str = "") -> _Raw | None:
        ppr = p.find(_w("pPr"))
        style_id = None
        if ppr is not None and (ps := ppr.find(_w("pStyle"))) is not None:
            style_id = ps.get(_w("val"))
        chain = list(self.styles.chain(style_id))
        style_name = chain[0].name if chain else None
        if style_name in FURNITURE_STYLES:
            return None
        num_id, ilvl = _num_pr(ppr)
        if num_id is None:
            for style in chain:
                if style.num_id is not None:
                    num_id, ilvl = style.num_id, style.ilvl if ilvl is None else ilvl
                    break
        text = _clean(carried + _para_text(p, self.fields))
        auto_label: str | None = None
        is_bullet = False
        if num_id not in (None, "0"):
            auto_label, is_bullet = self.numbering.next_label(num_id, ilvl or 0)  # type: ignore[arg-type]
        if not text:
            return None
        outline = next((s.outline for s in chain if s.outline is not None), None)
        if ppr is not None and (ol := ppr.find(_w("outlineLvl"))) is not None:
            outline = _int(ol.get(_w("val")))
        name_l = (style_name or "").lower()
        if outline is None and (m := re.match(r"(?:heading|titre)\s*(\d)", name_l)):
            outline = int(m.group(1))
        elif outline is not None:
            outline += 1  # outlineLvl is 0-based; "Heading 1" is level 1
        headingish = (
            outline is not None or name_l in ("title", "subtitle", "titre") or self._all_bold(p, chain)
        )
        own = None
        if style_name and (m := _CLAUSE_STYLE.match(style_name)):
            kind = ClauseKind(m.group(1).lower())
            own = (kind, int(m.group(2)) if m.group(2) else DEFAULT_LEVEL[kind])
        label, shape = None, None
        if auto_label is not None and not is_bullet:
            label, shape = auto_label, _shape_of(auto_label)
            if shape is None:
                shape = "single"
        elif is_bullet:
            label, shape = "\u2022", "bullet"
        elif own is None or own[0] in (ClauseKind.ARTICLE, ClauseKind.PARAGRAPH, ClauseKind.ITEM):
            label, text, shape = _split_label(text)
        if own is None:
            # A soft line break in a publisher's file is layout ("ARTICLE 3" over its title was split
            # off above); only mou-review's own exports carry line breaks that belong to the clause.
            text = text.replace("\n", " ")
        if not text and label is None:
            return None
        list_id = self.numbering.list_of(num_id) if auto_label is not None else None  # type: ignore[arg-type]
        return _Raw(
            text,
            style_name,
            label,
            shape,
            auto_label is not None,
            ilvl,
            headingish,
            outline,
            in_table,
            own,
            list_id,
        )

    def _all_bold(self, p: etree._Element, chain: list[_Style]) -> bool:
        style_bold = next((s.bold for s in chain if s.bold is not None), False)
        runs = [r for r in p.iter(_w("r")) if r.find(_w("t")) is not None]
        if not runs:
            return False
        for r in runs:
            bold = _bold(r.find(_w("rPr")))
            if not (bold if bold is not None else style_bold):
                return False
        return True


_WRAPPERS = frozenset({_w("sdt"), _w("sdtContent"), _w("customXml"), _w("smartTag")})


def _blocks(container: etree._Element, tag: str | None = None) -> Iterator[etree._Element]:
    """Yield the container's children in order, looking through content controls and custom XML."""
    for el in container:
        if el.tag in _WRAPPERS:
            inner = el.find(_w("sdtContent")) if el.tag == _w("sdt") else el
            if inner is not None:
                yield from _blocks(inner, tag)
        elif tag is None or el.tag == tag:
            yield el


def _mark_deleted(p: etree._Element) -> bool:
    ppr = p.find(_w("pPr"))
    rpr = ppr.find(_w("rPr")) if ppr is not None else None
    return rpr is not None and (rpr.find(_w("del")) is not None or rpr.find(_w("moveFrom")) is not None)


def _open(data: bytes | BinaryIO, max_bytes: int) -> _Reader:
    _, archive = open_docx_zip(data, max_bytes=max_bytes)
    try:
        return _Reader(archive)
    except READ_ERRORS as exc:
        raise _fail("corrupt", "The document is damaged or incomplete and cannot be opened.") from exc


_PARAGRAPH_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?p[\s>/]")


def count_paragraphs(data: bytes | BinaryIO, *, max_bytes: int = MAX_BYTES) -> int:
    """Return about how many paragraphs the body holds, without parsing it (to route large files)."""
    _, archive = open_docx_zip(data, max_bytes=max_bytes)
    try:
        blob = archive.read(main_part(archive))
    except READ_ERRORS as exc:
        raise _fail("corrupt", "The document is damaged or incomplete and cannot be opened.") from exc
    return len(_PARAGRAPH_TAG.findall(blob))


def _empty() -> DocxFormatError:
    return _fail("empty", "The document has no text.")


def read_paragraphs(data: bytes | BinaryIO, *, max_bytes: int = MAX_BYTES) -> list[SourcePara]:
    """Return the paragraphs of a DOCX in reading order, labels stripped and kinds hinted."""
    reader = _open(data, max_bytes)
    raws = list(reader.paragraphs(reader.body(), False))
    if not raws:
        # Text boxes are decoration beside the body, unless the whole text was typed into them.
        raws = list(reader.text_boxes(reader.body()))
    if not raws:
        raise _empty()
    return _classify(raws)


def read_bilingual_table(
    data: bytes | BinaryIO, *, max_bytes: int = MAX_BYTES
) -> list[tuple[SourcePara, SourcePara]]:
    """Return (English, French) paragraph pairs from the two-column table of a bilingual DOCX."""
    reader = _open(data, max_bytes)
    body = reader.body()
    best: list[tuple[list[_Raw], list[_Raw]]] = []
    two_columns = False
    for table in body.iter(_w("tbl")):
        rows: list[tuple[list[_Raw], list[_Raw]]] = []
        for row in _blocks(table, _w("tr")):
            cells = list(_blocks(row, _w("tc")))
            if len(cells) < 2:
                continue
            two_columns = True
            # A narrow first column of bare numbers is a number column, not a language.
            left, right = cells[-2], cells[-1]
            en = list(reader.paragraphs(left, True))
            fr = list(reader.paragraphs(right, True))
            if not rows and _is_caption_row(en, fr):
                continue
            if en or fr:
                rows.append((en, fr))
        if len(rows) > len(best):
            best = rows
    if not two_columns:
        raise _fail(
            "no_table",
            "The document has no two-column table (English | French); import the two languages as two files.",
        )
    if not best:
        raise _empty()
    en_raws: list[_Raw] = []
    fr_raws: list[_Raw] = []
    for en, fr in best:
        if len(en) != len(fr):
            # Uneven cells: keep one clause per row, its paragraphs joined.
            en, fr = [_join(en)] if en else [], [_join(fr)] if fr else []
        if not en or not fr:
            continue
        en_raws.extend(en)
        fr_raws.extend(fr)
    # Cell paragraphs are never merged by _classify, so both sides keep one entry per row paragraph.
    return list(zip(_classify(en_raws), _classify(fr_raws), strict=True))


def _is_caption_row(en: list[_Raw], fr: list[_Raw]) -> bool:
    """Tell a header row naming the two languages ("English" / "Français") from a clause."""
    left = " ".join(r.text for r in en).lower()
    right = " ".join(r.text for r in fr).lower()
    return len(left) < 40 and len(right) < 40 and ("english" in left or "anglais" in left) and "fran" in right


def _join(raws: list[_Raw]) -> _Raw:
    first = raws[0]
    text = " ".join(r.text for r in raws if r.text)
    return replace(first, text=text)
