"""Read and write the plain-text document sources kept in ``documents/``.

One file per document and language (``mou.en.txt``, ``mou.fr.txt``).  Header
lines ``% key: value`` come first; then clause blocks, each opened by a marker
line ``[kind]`` or ``[kind:level]``.  The lines that follow a marker, up to the
next one, are the clause text: consecutive lines are joined with a space and a
blank line keeps a line break.  Lines starting with ``%%`` are comments.

The English and French files of one document must open the same sequence of
markers: that shared structure is what pairs each English clause with its
French counterpart, so the loader refuses files that disagree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ValidationError
from .types import DEFAULT_LEVEL, ClauseKind, DocumentKind, Lang

_MARKER = re.compile(r"^\[(?P<kind>[a-z]+)(?::(?P<level>\d+))?\]\s*$")


@dataclass(frozen=True)
class SourceClause:
    """One clause of a source file: its kind, level and text in one language."""

    kind: ClauseKind
    level: int
    text: str
    line: int


@dataclass
class SourceFile:
    """A parsed source file: its header and its clauses in order."""

    header: dict[str, str] = field(default_factory=dict)
    clauses: list[SourceClause] = field(default_factory=list)


@dataclass(frozen=True)
class BilingualClause:
    """A clause with its English and French texts."""

    kind: ClauseKind
    level: int
    en: str
    fr: str


@dataclass(frozen=True)
class BilingualSource:
    """A document as the demo loads it: metadata and bilingual clauses."""

    slug: str
    kind: DocumentKind
    title_en: str
    title_fr: str
    clauses: tuple[BilingualClause, ...]
    header_en: dict[str, str]
    header_fr: dict[str, str]


def parse_source(text: str, name: str = "<source>") -> SourceFile:
    """Parse one source file; raise ValidationError naming the bad line."""
    result = SourceFile()
    kind: ClauseKind | None = None
    level = 0
    start = 0
    paragraphs: list[list[str]] = [[]]

    def flush() -> None:
        if kind is None:
            return
        body = "\n".join(" ".join(p) for p in paragraphs if p).strip()
        if not body:
            raise ValidationError(f"{name}:{start}: empty [{kind}] block", reason="empty_block", line=start)
        result.clauses.append(SourceClause(kind, level, body, start))

    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if line.startswith("%%"):
            continue
        if kind is None and line.startswith("%"):
            key, sep, value = line[1:].partition(":")
            if not sep:
                raise ValidationError(f"{name}:{number}: header line without ':'", reason="bad_header")
            result.header[key.strip()] = value.strip()
            continue
        match = _MARKER.match(line)
        if match:
            flush()
            try:
                kind = ClauseKind(match["kind"])
            except ValueError:
                raise ValidationError(
                    f"{name}:{number}: unknown clause kind {match['kind']!r}", reason="bad_kind"
                ) from None
            level = int(match["level"]) if match["level"] else DEFAULT_LEVEL[kind]
            if level < 1:
                raise ValidationError(f"{name}:{number}: level must be 1 or more", reason="bad_level")
            start = number
            paragraphs = [[]]
            continue
        if kind is None:
            if line:
                raise ValidationError(
                    f"{name}:{number}: text before the first [kind] marker", reason="orphan_text"
                )
            continue
        if line:
            paragraphs[-1].append(line)
        elif paragraphs[-1]:
            paragraphs.append([])
    flush()
    return result


def pair_sources(slug: str, en: SourceFile, fr: SourceFile) -> BilingualSource:
    """Pair an English and a French source file clause by clause."""
    if len(en.clauses) != len(fr.clauses):
        raise ValidationError(
            f"{slug}: {len(en.clauses)} English clauses but {len(fr.clauses)} French ones",
            reason="clause_count",
        )
    pairs = []
    for e, f in zip(en.clauses, fr.clauses, strict=True):
        if (e.kind, e.level) != (f.kind, f.level):
            raise ValidationError(
                f"{slug}: English line {e.line} is [{e.kind}:{e.level}] but French line {f.line} "
                f"is [{f.kind}:{f.level}]",
                reason="structure",
            )
        pairs.append(BilingualClause(e.kind, e.level, e.text, f.text))
    try:
        kind = DocumentKind(en.header.get("kind", "mou"))
    except ValueError:
        raise ValidationError(f"{slug}: unknown document kind", reason="bad_kind") from None
    return BilingualSource(
        slug=slug,
        kind=kind,
        title_en=en.header.get("title", slug),
        title_fr=fr.header.get("title", slug),
        clauses=tuple(pairs),
        header_en=en.header,
        header_fr=fr.header,
    )


def load_document(folder: Path, slug: str) -> BilingualSource:
    """Load ``<slug>.en.txt`` and ``<slug>.fr.txt`` from a folder."""
    files = {}
    for lang in Lang:
        path = folder / f"{slug}.{lang}.txt"
        files[lang] = parse_source(path.read_text(encoding="utf-8"), path.name)
    return pair_sources(slug, files[Lang.EN], files[Lang.FR])


def render_source(header: dict[str, str], clauses: list[tuple[ClauseKind, int, str]]) -> str:
    """Write clauses back in the source format (the inverse of parse_source)."""
    lines = [f"% {key}: {value}" for key, value in header.items()]
    for kind, level, text in clauses:
        lines.append("")
        marker = f"[{kind}]" if DEFAULT_LEVEL[kind] == level else f"[{kind}:{level}]"
        lines.append(marker)
        # A line break in the text is a blank line in the source.
        for index, part in enumerate(text.split("\n")):
            if index:
                lines.append("")
            lines.append(part)
    return "\n".join(lines) + "\n"
