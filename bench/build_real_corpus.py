"""Rebuild the real EN/FR corpus in tests/data/divergence/real/ from the original texts.

The originals are public Git repositories that hold official texts in both languages
(see ``tests/data/divergence/real/SOURCES.md``).  Give the directory holding a local
bare or working copy of each (named ``owner+name``, or pass ``--mirror owner/name=PATH``);
the script reads the files at the commit recorded in ``instruments.json`` with
``git show`` and writes one ``<instrument>.txt`` per instrument, in the format of
``tests/data/divergence/faithful.txt``.  Nothing is written by hand: every pair is the
two language versions of the same recital, paragraph, point, heading or formula, cut
at the blank lines of the original and paired by number (recitals, articles) and then
by position inside an article, only when both versions have the same count of blocks
(an article whose versions are laid out differently is left out whole, and counted).

Run: ``.venv/bin/python bench/build_real_corpus.py --mirrors /work/.mirror``
(``--check`` rebuilds into memory and exits 1 if a stored file differs.)
"""

from __future__ import annotations

import argparse
import html
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "tests" / "data" / "divergence" / "real"

_ARTICLE_FILE = re.compile(r"(?:^|/)Article[ \u00a0]+(premier|\d+[a-z]?)\.md$")
_RECITAL_FILE = re.compile(r"(?:^|/)Recital[ \u00a0]+(\d+)\.md$")


class Source:
    """Read files of one repository at one commit."""

    def __init__(self, path: Path, commit: str) -> None:
        git_dir = path / "repo" if (path / "repo").is_dir() else path
        if (git_dir / ".git" / "objects").is_dir():  # a mirror kept as a working copy
            git_dir = git_dir / ".git"
        self.git = (
            ["git", f"--git-dir={git_dir}"] if (git_dir / "objects").is_dir() else ["git", "-C", str(path)]
        )
        self.commit = commit

    def files(self, under: str) -> list[str]:
        out = subprocess.run(
            [*self.git, "ls-tree", "-r", "-z", "--name-only", self.commit, "--", under],
            check=True,
            capture_output=True,
        )
        return [name for name in out.stdout.decode("utf-8").split("\0") if name]

    def read(self, path: str, encoding: str = "utf-8") -> str:
        return self.read_bytes(path).decode(encoding)

    def read_bytes(self, path: str) -> bytes:
        out = subprocess.run([*self.git, "show", f"{self.commit}:{path}"], check=True, capture_output=True)
        return out.stdout


def _clean(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split()) if "\n" not in text.strip() else text.strip()


def _blocks(text: str) -> list[str]:
    """Split a markdown article into its blocks (paragraphs, points), footnotes dropped."""
    out = []
    for block in re.split(r"\n\s*\n", text):
        lines = [ln.rstrip() for ln in block.strip().splitlines() if not ln.startswith("%%%")]
        block = "\n".join(ln for ln in lines if ln.strip())
        if block.strip():
            out.append(block.strip())
    return out


def _body(text: str) -> tuple[str, list[str]]:
    """Return (title, blocks) of an article file ("# Article 1 - Title" then the body)."""
    lines = text.splitlines()
    title = ""
    if lines and lines[0].startswith("# "):
        title = lines[0][2:].strip()
        lines = lines[1:]
    return title, _blocks("\n".join(lines))


def _heading(title: str) -> str:
    _, _, name = title.partition(" - ")
    return "" if name.strip() in ("", "null") else name.strip()


def _readme_blocks(text: str) -> list[tuple[str, str]]:
    """Return (kind, text) blocks of an act's README: title lines and the formulas of the preamble."""
    out: list[tuple[str, str]] = []
    for block in _blocks(text):
        if block.startswith("1. [") or block.startswith("  1. ["):
            break  # the table of contents
        if block.startswith("## "):
            out.append(("heading", block[3:].strip()))
        elif block.startswith("# "):
            out.append(("heading", block[2:].strip()))
        else:
            out.append(("recital", block))
    return out


def amf_pairs(src: Source, inst: dict) -> tuple[list[tuple[str, str, str, str]], dict[str, int]]:
    """Pair the EN and FR files of one EU act in the AMF repository."""
    base = inst["path"]
    files = {lang: src.files(f"{base}/{lang}") for lang in ("en", "fr")}
    stats = {"articles": 0, "articles_skipped": 0, "recitals": 0}
    pairs: list[tuple[str, str, str, str]] = []
    pid = inst["id"]

    def key_of(lang: str, rx: re.Pattern[str]) -> dict[str, str]:
        keys: dict[str, str] = {}
        for f in files[lang]:
            m = rx.search(f)
            if m:
                k = "1" if m.group(1) == "premier" else m.group(1)
                if k in keys:  # an amending act repeats numbers: keep the first, skip the others
                    continue
                keys[k] = f
        return keys

    readme = {lang: _readme_blocks(src.read(f"{base}/{lang}/README.md")) for lang in ("en", "fr")}
    if len(readme["en"]) == len(readme["fr"]):
        for i, ((kind, en), (_k, fr)) in enumerate(zip(readme["en"], readme["fr"], strict=True)):
            pairs.append((f"{pid}-p{i + 1:02d}", kind, en, fr))
    rec = {lang: key_of(lang, _RECITAL_FILE) for lang in ("en", "fr")}
    for k in sorted(set(rec["en"]) & set(rec["fr"]), key=int):
        en, fr = (" ".join(_blocks(src.read(rec[lang][k]))) for lang in ("en", "fr"))
        pairs.append((f"{pid}-r{int(k):03d}", "recital", en, fr))
        stats["recitals"] += 1
    art = {lang: key_of(lang, _ARTICLE_FILE) for lang in ("en", "fr")}

    def art_key(k: str) -> tuple[int, str]:
        m = re.match(r"(\d+)(\w*)", k)
        return (int(m.group(1)), m.group(2)) if m else (0, k)

    for k in sorted(set(art["en"]) & set(art["fr"]), key=art_key):
        (t_en, b_en), (t_fr, b_fr) = (_body(src.read(art[lang][k])) for lang in ("en", "fr"))
        h_en, h_fr = _heading(t_en), _heading(t_fr)
        if h_en and h_fr:
            pairs.append((f"{pid}-a{k}-h", "heading", h_en, h_fr))
        if len(b_en) != len(b_fr) or not b_en:
            stats["articles_skipped"] += 1
            continue
        stats["articles"] += 1
        for i, (en, fr) in enumerate(zip(b_en, b_fr, strict=True)):
            pairs.append((f"{pid}-a{k}-{i + 1:02d}", "", en, fr))
    return pairs, stats


_UDHR_NS = {"u": "http://www.unhchr.ch/udhr"}


def udhr_pairs(src: Source, inst: dict) -> tuple[list[tuple[str, str, str, str]], dict[str, int]]:
    """Pair the OHCHR XML of the Universal Declaration: preamble, article titles and paragraphs."""
    roots = {lang: ET.fromstring(src.read(inst["path"].format(lang=lang))) for lang in ("eng", "fra")}
    pairs: list[tuple[str, str, str, str]] = []
    pid = inst["id"]
    pre = {
        lang: [p.text or "" for p in r.findall("u:preamble/u:para", _UDHR_NS)] for lang, r in roots.items()
    }
    # The English preamble sets "Now, therefore," apart before "The General Assembly"; the French
    # has no such connective: keep it with the paragraph it introduces.
    for i, para in enumerate(pre["eng"][:-1]):
        if para.strip().lower() == "now, therefore,":
            pre["eng"][i : i + 2] = [f"{para.strip()} {pre['eng'][i + 1]}"]
            break
    for i, (en, fr) in enumerate(zip(pre["eng"], pre["fra"], strict=True)):
        pairs.append((f"{pid}-p{i + 1:02d}", "recital", en, fr))
    arts = {lang: r.findall("u:article", _UDHR_NS) for lang, r in roots.items()}
    for a_en, a_fr in zip(arts["eng"], arts["fra"], strict=True):
        n = a_en.get("number")
        t_en, t_fr = (a.findtext("u:title", "", _UDHR_NS) for a in (a_en, a_fr))
        pairs.append((f"{pid}-a{n}-h", "heading", t_en, t_fr))
        p_en = [p.text or "" for p in a_en.iter("{http://www.unhchr.ch/udhr}para")]
        p_fr = [p.text or "" for p in a_fr.iter("{http://www.unhchr.ch/udhr}para")]
        if len(p_en) == len(p_fr):
            for i, (en, fr) in enumerate(zip(p_en, p_fr, strict=True)):
                pairs.append((f"{pid}-a{n}-{i + 1:02d}", "", en, fr))
    return pairs, {"articles": len(arts["eng"])}


def _flat_yaml(text: str) -> dict[str, str]:
    """Read the flat ``key: text`` / ``key:\\n  title: text`` YAML of sdg-translations (folded lines)."""
    out: dict[str, str] = {}
    key, sub, buf = None, None, []

    def flush() -> None:
        if key is not None and buf:
            value = " ".join(s.strip() for s in buf).strip()
            if value.startswith(("'", '"')) and value.endswith(value[0]):
                value = value[1:-1].replace("''", "'")
            out[f"{key}{'-' + sub if sub else ''}"] = value

    for line in text.splitlines():
        m = re.match(r"^'?([\w-]+)'?:\s*(.*)$", line)
        s = re.match(r"^  (\w+):\s*(.*)$", line)
        if m:
            flush()
            key, sub, buf = m.group(1), None, [m.group(2)] if m.group(2) else []
        elif s and key is not None and not buf:
            sub, buf = s.group(1), [s.group(2)]
        elif s and key is not None:
            flush()
            sub, buf = s.group(1), [s.group(2)]
        elif line.startswith("    ") or line.startswith("  "):
            buf.append(line)
    flush()
    return out


def sdg_pairs(src: Source, inst: dict) -> tuple[list[tuple[str, str, str, str]], dict[str, int]]:
    """Pair the goals, targets or indicators of the 2030 Agenda (one YAML file per language)."""
    data = {lang: _flat_yaml(src.read(inst["path"].format(lang=lang))) for lang in ("en", "fr")}
    pairs = []

    def order(k: str) -> list[tuple[int, str]]:
        return [(int(p), "") if p.isdigit() else (999, p) for p in k.split("-")]

    for k in sorted(set(data["en"]) & set(data["fr"]), key=order):
        if not k.endswith("-title"):
            continue
        en, fr = data["en"][k], data["fr"][k]
        if en and fr:
            pairs.append((f"{inst['id']}-{k.removesuffix('-title')}", "", en, fr))
    return pairs, {"entries": len(pairs)}


# The CeCILL free software licences (CEA, CNRS, Inria) are drafted in French and English, "both
# versions [being] deemed authentic" (article 11.5).  Their plain-text copies are hard-wrapped and
# laid out alike in both languages: headings indented on a line of their own ("Article 5 - ...",
# "5.3.1 ..."), paragraphs and list items separated by blank lines.
_CECILL_ARTICLE = re.compile(r"^Article (\d+) - (.+)$")
_CECILL_SECTION = re.compile(r"^(\d+(?:\.\d+)+) (\S.*)$")
_CECILL_ITEM = re.compile(r"^(?:\*|\d+\.) ")
_CECILL_ANCHOR = re.compile(r" ?<#[\w-]+>")  # HTML anchors left in some French copies ("8 <#garantie>")


def _cecill_sections(text: str) -> list[tuple[str, str, list[str]]]:
    """Cut a CeCILL licence into (key, heading, blocks): the title page, the notice, the preamble,
    then each article and numbered section (key "a5", "a5.3.1")."""
    sections: list[tuple[str, str, list[str]]] = [("title", "", [])]
    for raw in re.split(r"\n[ \t]*\n", text.replace("\r", "")):
        lines = [ln for ln in raw.splitlines() if ln.strip()]
        if not lines:
            continue
        first = lines[0].strip()
        heading = len(lines) == 1 and lines[0].startswith("    ")
        art = _CECILL_ARTICLE.match(first) if heading else None
        sec = _CECILL_SECTION.match(first) if heading else None
        if art:
            sections.append((f"a{art.group(1)}", art.group(2).strip(), []))
            continue
        if sec and sec.group(2).upper() == sec.group(2):
            sections.append((f"a{sec.group(1)}", sec.group(2).strip(), []))
            continue
        if heading and len(sections) <= 2 and len(first.split()) == 1:
            sections.append(("notice" if len(sections) == 1 else "preamble", "", []))
            continue
        out: list[str] = []
        for ln in lines:
            ln = _CECILL_ANCHOR.sub("", ln.strip())
            if out and not _CECILL_ITEM.match(ln):
                out[-1] = f"{out[-1]} {ln}"
            else:
                out.append(ln)
        sections[-1][2].append("\n".join(out))
    return sections


def cecill_pairs(src: Source, inst: dict) -> tuple[list[tuple[str, str, str, str]], dict[str, int]]:
    """Pair the French and English texts of one CeCILL licence, section by section, then block by
    block inside a section when both versions have as many blocks (else the section is left out)."""
    enc = inst.get("encoding", "utf-8")
    secs = {lang: _cecill_sections(src.read(inst["path"].format(lang=lang), enc)) for lang in ("en", "fr")}
    fr = {key: (head, blocks) for key, head, blocks in secs["fr"]}
    pairs: list[tuple[str, str, str, str]] = []
    stats = {"sections": 0, "sections_skipped": 0}
    pid = inst["id"]
    for key, h_en, b_en in secs["en"]:
        if key not in fr:
            stats["sections_skipped"] += 1
            continue
        h_fr, b_fr = fr[key]
        if h_en and h_fr:
            pairs.append((f"{pid}-{key}-h", "heading", h_en, h_fr))
        if len(b_en) != len(b_fr):
            stats["sections_skipped"] += 1
            continue
        stats["sections"] += 1
        kind = "recital" if key in ("notice", "preamble") else ""
        for i, (en, f) in enumerate(zip(b_en, b_fr, strict=True)):
            pairs.append((f"{pid}-{key}-{i + 1:02d}", "heading" if key == "title" else kind, en, f))
    return pairs, stats


# The Creative Commons 4.0 legal code and its official translations (creativecommons.org, one HTML
# page per language) mark each definition, section, paragraph and point with the same id in every
# language ("s1a", "s2a5B", "s3a1Aii"): the text of an element up to the next marked one is its own.
_CC_MARK = re.compile(r"<(?:p|li|h\d|div)\b[^>]*\bid=\"(s\d[0-9A-Za-z]*)\"[^>]*>")
_CC_BLOCK = re.compile(r"<(?:p|h\d)\b[^>]*>")


def _html_text(fragment: str) -> str:
    """Plain text of an HTML fragment: tags dropped, entities read, spaces collapsed."""
    text = re.sub(r"</?(?:a|b|i|em|strong|span|sup|sub|abbr|u)\b[^>]*>", "", fragment)  # inline: no space
    text = re.sub(r"<[^>]+>", " ", text)
    return " ".join(html.unescape(text).replace("\u00a0", " ").split())


def _cc4_parts(page: str) -> tuple[list[str], dict[str, str]]:
    """Return the blocks before the first marked element (title, opening words) and the text of each
    marked element, from the page's legal code (between its "Legalcode Start/End" comments)."""
    start = page.find("Legalcode Start")
    end = page.find("Legalcode End")
    code = page[page.find("-->", start) + 3 : end] if start >= 0 and end > start else page
    pieces = _CC_MARK.split(code)
    intro_html, marked = pieces[0], pieces[1:]
    intro_html = intro_html[intro_html.find("<h3") :] if "<h3" in intro_html else intro_html
    intro = [t for t in (_html_text(b) for b in _CC_BLOCK.split(intro_html)) if t]
    texts = {marked[i]: _html_text(marked[i + 1]) for i in range(0, len(marked), 2)}
    return intro, {k: v for k, v in texts.items() if v}


def cc4_pairs(src: Source, inst: dict) -> tuple[list[tuple[str, str, str, str]], dict[str, int]]:
    """Pair the English legal code of a Creative Commons 4.0 licence with its official French
    translation, element by element (same id), and the title and opening words by position."""
    (i_en, m_en), (i_fr, m_fr) = (
        _cc4_parts(src.read(inst["path"].format(lang=lang))) for lang in inst["langs"]
    )
    pid = inst["id"]
    pairs: list[tuple[str, str, str, str]] = []
    if len(i_en) == len(i_fr):
        for i, (en, fr) in enumerate(zip(i_en, i_fr, strict=True)):
            pairs.append((f"{pid}-p{i + 1:02d}", "heading" if i == 0 else "", en, fr))
    for key, en in m_en.items():
        if key in m_fr:
            kind = "heading" if re.fullmatch(r"s\d+", key) and len(en.split()) <= 12 else ""
            pairs.append((f"{pid}-{key}", kind, en, m_fr[key]))
    return pairs, {"elements": len(m_en), "unpaired": len(set(m_en) ^ set(m_fr))}


# Older Creative Commons legal code (3.0 IGO and its official French translation; the 2.x and 3.0
# ports for Canada, published in English and French) carries no ids: its paragraphs and points are
# read in order and grouped by numbered section ("1. Definitions", « 1. Définitions »).
_CC_OPEN = re.compile(r"<(?:p|li|h[1-6])\b[^>]*>")
_CC_SECTION = re.compile(r"^(\d{1,2})\.\s")
_CC_NOTICE = ("Creative Commons Notice", "Avertissements de Creative Commons", "Avis de Creative Commons")


def _cc_sections(page: str) -> list[tuple[str, list[str]]]:
    """Return (section, blocks) from the licence title (first <h3>) to the end of the legal code."""
    start = page.find("<h3")
    end = page.find("Legalcode End")
    code = page[start : end if end > start else len(page)]
    sections: list[tuple[str, list[str]]] = [("p", [])]
    for piece in _CC_OPEN.split(code):
        text = _html_text(piece)
        if not text:
            continue
        if text.startswith(_CC_NOTICE):
            break  # Creative Commons' own notice after the licence, then the page's links
        m = _CC_SECTION.match(text)
        if m and m.group(1) == str(len(sections)):
            sections.append((f"s{m.group(1)}", []))
        sections[-1][1].append(text)
    return sections


def ccblocks_pairs(src: Source, inst: dict) -> tuple[list[tuple[str, str, str, str]], dict[str, int]]:
    """Pair the English and French legal code of an older Creative Commons licence section by section,
    block by block when both versions have as many blocks (else the section is left out)."""
    en, fr = (dict(_cc_sections(src.read(inst["path"].format(lang=lang)))) for lang in inst["langs"])
    pid = inst["id"]
    pairs: list[tuple[str, str, str, str]] = []
    stats = {"sections": 0, "sections_skipped": 0}
    for key, b_en in en.items():
        b_fr = fr.get(key, [])
        if len(b_en) != len(b_fr):
            stats["sections_skipped"] += 1
            continue
        stats["sections"] += 1
        for i, (e, f) in enumerate(zip(b_en, b_fr, strict=True)):
            kind = "heading" if key == "p" and i == 0 else ""
            pairs.append((f"{pid}-{key}-{i + 1:02d}", kind, e, f))
    return pairs, stats


# The Official Journal's XHTML of an EU act (EUR-Lex "CONVEX" output, as stored by a repository that
# keeps each act's EN and FR original): every recital, article, paragraph and chapter carries the same
# ELI id in every language ("rct_12", "art_5", "005.001", "cpt_III.sct_2"), so a block is paired with
# the block of the same id, and the points and subparagraphs inside it by position.
_XHTML = "{http://www.w3.org/1999/xhtml}"
_ELI_SKIP = ("oj-note", "oj-signatory", "oj-ti-art")  # footnotes, signatures, "Article 5" (its number)


def _eli_text(el: ET.Element) -> str:
    """Text of an element without its footnote calls, spaces collapsed (the « 1.   » gap kept)."""
    parts: list[str] = []

    def walk(node: ET.Element) -> None:
        if node.tag == f"{_XHTML}a" and "oj-note-tag" in "".join(
            s.get("class", "") for s in node.iter(f"{_XHTML}span")
        ):
            while parts and not parts[-1].strip():
                parts.pop()
            if parts:
                parts[-1] = parts[-1].rstrip()  # the space before the call goes with it
            parts.append(node.tail or "")
            return
        parts.append(node.text or "")
        for child in node:
            walk(child)
        parts.append(node.tail or "")

    walk(el)
    text = "".join(parts[:-1]).replace("\u00a0", " ")  # the element's own tail is not its text
    text = re.sub(r"\s*\n\s*", " ", text)
    text = re.sub(r"(?<=\S) {2,}(?=\S)", lambda m: m.group(0) if len(m.group(0)) == 3 else " ", text)
    return text.strip()


def _eli_blocks(el: ET.Element, out: list[tuple[str, str]], group: str) -> None:
    """Append (group, text) for each paragraph and point under ``el``, in order; a point's label
    ("(a)", « a) ») and its first paragraph make one block, as the Official Journal prints them."""
    for child in el:
        tag, cls, ident = child.tag.removeprefix(_XHTML), child.get("class", ""), child.get("id", "")
        if cls in _ELI_SKIP or cls.startswith("oj-ti-") or "eli-title" in cls:
            continue
        if tag == "p":
            text = _eli_text(child)
            if text:
                out.append((group, text))
        elif tag == "table":
            for row in child.iter(f"{_XHTML}tr"):
                cells = [c for c in row if c.tag == f"{_XHTML}td"]
                if len(cells) != 2:
                    continue
                label = _eli_text(cells[0])
                inner: list[tuple[str, str]] = []
                _eli_blocks(cells[1], inner, group)
                if inner:
                    out.append((group, f"{label} {inner[0][1]}".strip()))
                    out.extend(inner[1:])
        elif tag == "div":
            _eli_blocks(child, out, ident if re.fullmatch(r"\d{3}\.\d{3}", ident) else group)


def _eli_parts(page: bytes) -> dict[str, list[tuple[str, str]]]:
    """Return the blocks of an act keyed by part: "title", "preamble", "r12" (recital), "h3"
    (chapter and section headings), "a5-title", "a5" (article body), "final" (the closing formula)."""
    root = ET.fromstring(page)
    body = root.find(f"{_XHTML}body")
    parts: dict[str, list[tuple[str, str]]] = {}
    for el in body.iter() if body is not None else []:
        ident, cls = el.get("id", ""), el.get("class", "")
        if "eli-main-title" in cls:
            parts["title"] = [("", _eli_text(p)) for p in el.iter(f"{_XHTML}p") if _eli_text(p)]
        elif re.fullmatch(r"pbl_\d+", ident):
            parts["preamble"] = [("", _eli_text(p)) for p in el.findall(f"{_XHTML}p") if _eli_text(p)]
            for cit in el.findall(f"{_XHTML}div"):
                if re.fullmatch(r"cit_\d+", cit.get("id", "")):
                    parts["preamble"] += [("", _eli_text(p)) for p in cit.iter(f"{_XHTML}p")]
        elif re.fullmatch(r"rct_\d+", ident):
            out: list[tuple[str, str]] = []
            _eli_blocks(el, out, "")
            parts[f"r{ident[4:]}"] = [("", " ".join(t for _, t in out))]
        elif re.fullmatch(r"(?:prt|tis|cpt|sct)_[\w.]+", ident) and not ident.endswith(".tit_1"):
            heads = [
                _eli_text(p)
                for p in el.findall(f"{_XHTML}p") + el.findall(f"{_XHTML}div[@class='eli-title']/{_XHTML}p")
                if p.get("class", "").startswith("oj-ti-section")
            ]
            parts[f"h{ident}"] = [("", h) for h in heads if h]
        elif re.fullmatch(r"art_\w+", ident):
            key = ident[4:]
            title = el.find(f"{_XHTML}div[@class='eli-title']")
            if title is not None:
                parts[f"a{key}-title"] = [("", _eli_text(title))]
            out = []
            _eli_blocks(el, out, "")
            parts[f"a{key}"] = out
        elif re.fullmatch(r"fnp_\d+", ident):
            parts["final"] = [
                ("", _eli_text(p)) for p in el.iter(f"{_XHTML}p") if p.get("class") == "oj-normal"
            ]
    return parts


def _oj_flat_parts(page: bytes) -> dict[str, list[tuple[str, str]]]:
    """Return the blocks of an Official Journal XHTML written before ELI ids (CONVEX 3): the document
    after the contents (its last ``div``) is a flat run of headings ("ti-section-1", "ti-grseq-1"),
    article numbers ("ti-art"), article titles ("sti-art") and paragraphs, points as two-cell tables.
    Keys as in ``_eli_parts``: "title", "preamble", "h1", "h2", ... (headings in order), "t2" (text under
    heading 2 before any article), "a5-title", "a5"."""
    root = ET.fromstring(page)
    body = root.find(f"{_XHTML}body")
    doc = [d for d in (body if body is not None else []) if d.tag == f"{_XHTML}div"][-1]
    parts: dict[str, list[tuple[str, str]]] = {"title": [], "preamble": []}
    current, heads = "preamble", 0
    for child in doc:
        cls = child.get("class", "")
        if cls == "doc-ti":
            parts["title"].append(("", _eli_text(child)))
        elif cls.startswith(("ti-section", "ti-grseq")):
            heads += 1
            if re.search(r"[^\W\d_]", _eli_text(child)):  # not a mere "°" between two parts
                parts[f"h{heads}"] = [("", _eli_text(child))]
            current = f"t{heads}"  # text under a heading, before any article (a preamble)
        elif cls == "ti-art":
            m = re.search(r"(\d+\w*)\s*$", _eli_text(child))
            current = f"a{m.group(1)}" if m else "unnumbered"
            parts[current] = []
        elif cls == "sti-art" and current.startswith("a"):
            parts[f"{current}-title"] = [("", _eli_text(child))]
        elif child.tag in (f"{_XHTML}p", f"{_XHTML}table") and (cls in ("", "normal")):
            wrapper = ET.Element("div")
            wrapper.append(child)
            out: list[tuple[str, str]] = []
            _eli_blocks(wrapper, out, "")
            parts.setdefault(current, []).extend(out)
    return {k: v for k, v in parts.items() if v and k != "unnumbered"}


def eli_pairs(src: Source, inst: dict) -> tuple[list[tuple[str, str, str, str]], dict[str, int]]:
    """Pair the English and French Official Journal texts of one EU act by ELI id, then by position
    inside a paragraph when both versions have as many blocks there (else that paragraph is left out)."""
    read = _oj_flat_parts if inst.get("layout") == "flat" else _eli_parts
    en, fr = (read(src.read_bytes(inst["path"].format(lang=lang))) for lang in ("en", "fr"))
    pid = inst["id"]
    pairs: list[tuple[str, str, str, str]] = []
    stats = {"parts": 0, "groups_skipped": 0}
    for key, b_en in en.items():
        b_fr = fr.get(key)
        if b_fr is None or key.endswith("-title") and not b_en:
            stats["groups_skipped"] += 1
            continue
        stats["parts"] += 1
        if key.startswith("r") or re.fullmatch(r"t\d+", key):
            kind = "recital"
        elif key in ("title",) or key.startswith("h") or key.endswith("-title"):
            kind = "heading"
        elif key in ("preamble", "final"):
            kind = "recital"
        else:
            kind = ""
        groups = {g for g, _ in b_en} | {g for g, _ in b_fr}
        keep = set()
        for g in groups:
            if sum(1 for x, _ in b_en if x == g) == sum(1 for x, _ in b_fr if x == g):
                keep.add(g)
            else:
                stats["groups_skipped"] += 1
        fr_by_group = {g: [t for x, t in b_fr if x == g] for g in keep}
        seen: dict[str, int] = {}
        for i, (g, text) in enumerate(b_en):
            if g not in keep:
                continue
            other = fr_by_group[g][seen.get(g, 0)]
            seen[g] = seen.get(g, 0) + 1
            if key.startswith("r"):
                ident = f"{pid}-r{int(key[1:]):03d}"
            elif key.endswith("-title"):
                ident = f"{pid}-{key.removesuffix('-title')}-h"
            elif re.fullmatch(r"t\d+", key):
                ident = f"{pid}-{key}-{i + 1:02d}"
            elif key.startswith("h"):
                ident = f"{pid}-{key[1:].replace('.', '-').replace('_', '')}-{i + 1:02d}"
            else:
                ident = f"{pid}-{key}-{i + 1:02d}" if key.startswith("a") else f"{pid}-{key}{i + 1:02d}"
            pairs.append((ident, kind, text, other))
    return pairs, stats


READERS = {
    "eli": eli_pairs,
    "amf": amf_pairs,
    "udhr": udhr_pairs,
    "sdg": sdg_pairs,
    "cecill": cecill_pairs,
    "cc4": cc4_pairs,
    "ccblocks": ccblocks_pairs,
}


def _escape(text: str) -> str:
    return text.replace("\r", "").replace("\n", "\\n")


def render(inst: dict, pairs: list[tuple[str, str, str, str]]) -> str:
    """Return the text of one instrument file."""
    head = [
        f"# {inst['title']}",
        f"# Publisher: {inst['publisher']}; date: {inst['date']}; split: {inst['split']}.",
        f"# Source: {inst['repo']} at {inst['commit']}, {inst['path']}.",
        f"# Licence: {inst['licence']}",
        "# Extracted by bench/build_real_corpus.py; do not edit by hand (labels go in labels.txt).",
        "",
    ]
    body = []
    for pid, kind, en, fr in pairs:
        body += [f"@{pid}" + (f" [{kind}]" if kind else ""), f"EN: {_escape(en)}", f"FR: {_escape(fr)}", ""]
    return "\n".join(head + body)


def _held_out_texts(instruments: list[dict]) -> set[str]:
    """Every EN and FR text of the stored held-out pairs.

    A practice instrument (tuning material, never scored as held-out) drops any pair whose English
    or French text is word for word a held-out one ("Definitions", "Entry into force", a recital
    an act repeats), so that tuning on the practice set never sees a held-out pair.
    """
    texts: set[str] = set()
    for inst in instruments:
        path = REAL / f"{inst['id']}.txt"
        if inst["split"] != "held-out" or not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith(("EN: ", "FR: ")):
                texts.add(line[4:].replace("\\n", "\n").strip())
    return texts


def main(argv: list[str]) -> int:
    """Rebuild (or with --check, verify) every instrument file listed in instruments.json."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mirrors", type=Path, default=Path("/work/.mirror"))
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--only", default="")
    args = parser.parse_args(argv)
    instruments = json.loads((REAL / "instruments.json").read_text(encoding="utf-8"))
    held_out = _held_out_texts(instruments)
    status = 0
    for inst in instruments:
        if args.only and inst["id"] != args.only:
            continue
        src = Source(args.mirrors / inst["repo"].replace("/", "+"), inst["commit"])
        pairs, stats = READERS[inst["reader"]](src, inst)
        if inst["split"] == "practice":
            kept = [p for p in pairs if p[2].strip() not in held_out and p[3].strip() not in held_out]
            stats["same_text_as_held_out"] = len(pairs) - len(kept)
            pairs = kept
        text = render(inst, pairs)
        target = REAL / f"{inst['id']}.txt"
        if args.check:
            same = target.exists() and target.read_text(encoding="utf-8") == text
            status |= 0 if same else 1
            print(f"{inst['id']}: {len(pairs)} pairs {'ok' if same else 'DIFFERS'}")
        else:
            target.write_text(text, encoding="utf-8")
            print(f"{inst['id']}: {len(pairs)} pairs {stats}")
    return status


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
