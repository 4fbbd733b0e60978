"""Edit an exported DOCX the way Word records a reviewer's work, for the markup tests.

Each helper changes ``word/document.xml`` as Word writes it: tracked insertions
and deletions (``w:ins`` / ``w:del`` with author and date), moves, untracked
edits, a removed or added paragraph, and comments with replies
(``comments.xml`` and ``commentsExtended.xml``).
"""

from __future__ import annotations

import copy
import io
import zipfile
from collections.abc import Callable

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
W15 = "http://schemas.microsoft.com/office/word/2012/wordml"
NS = {"w": W}
DATE = "2026-11-30T09:15:00Z"


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


def _rewrite(data: bytes, changes: dict[str, bytes]) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename in changes:
                continue
            target.writestr(info, source.read(info.filename))
        for name, blob in changes.items():
            target.writestr(name, blob)
    return out.getvalue()


def edit(data: bytes, fn: Callable[[etree._Element], None]) -> bytes:
    """Apply ``fn`` to the body's XML and return the new file."""
    root = etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml"))
    fn(root)
    return _rewrite(data, {"word/document.xml": etree.tostring(root, xml_declaration=True, encoding="UTF-8")})


def paragraph(root: etree._Element, contains: str) -> etree._Element:
    """Return the first paragraph whose text contains ``contains``."""
    for p in root.iter(w("p")):
        if contains in "".join(t.text or "" for t in p.iter(w("t"))):
            return p
    raise AssertionError(f"no paragraph with {contains!r}")


def _run(text: str, tag: str = "t") -> etree._Element:
    r = etree.Element(w("r"))
    t = etree.SubElement(r, w(tag))
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return r


def _mark(tag: str, author: str, ident: int) -> etree._Element:
    el = etree.Element(w(tag))
    el.set(w("id"), str(ident))
    el.set(w("author"), author)
    el.set(w("date"), DATE)
    return el


def _split(p: etree._Element, old: str) -> tuple[etree._Element, str, str]:
    for t in p.iter(w("t")):
        if old in (t.text or ""):
            before, _, after = t.text.partition(old)
            return t.getparent(), before, after
    raise AssertionError(f"{old!r} not in one run")


def track_replace(
    p: etree._Element, old: str, new: str, author: str = "Amina Bello", *, move: bool = False
) -> None:
    """Replace words with Track Changes on (a deletion then an insertion, or a move's two halves)."""
    run, before, after = _split(p, old)
    parent = run.getparent()
    index = parent.index(run)
    parent.remove(run)
    removed = _mark("moveFrom" if move else "del", author, 901)
    removed.append(_run(old, "t" if move else "delText"))
    added = _mark("moveTo" if move else "ins", author, 902)
    added.append(_run(new))
    for offset, el in enumerate([_run(before), removed, added, _run(after)]):
        parent.insert(index + offset, el)


def untracked_replace(p: etree._Element, old: str, new: str) -> None:
    """Retype words without Track Changes."""
    for t in p.iter(w("t")):
        if old in (t.text or ""):
            t.text = t.text.replace(old, new)
            return
    raise AssertionError(f"{old!r} not found")


def track_clear(p: etree._Element, author: str = "Amina Bello") -> None:
    """Delete every word of a paragraph with Track Changes (its bookmark and mark stay)."""
    for run in list(p.findall(w("r"))):
        wrapper = _mark("del", author, 903)
        run.addprevious(wrapper)
        wrapper.append(run)
        for t in run.findall(w("t")):
            t.tag = w("delText")


def remove(p: etree._Element) -> None:
    """Delete a paragraph outright, bookmark and all (no Track Changes)."""
    p.getparent().remove(p)


def add_after(p: etree._Element, text: str, *, tracked: bool, author: str = "Amina Bello") -> etree._Element:
    """Add a paragraph after ``p`` in the same style, typed with or without Track Changes."""
    new = etree.Element(w("p"))
    ppr = p.find(w("pPr"))
    if ppr is not None:
        new.append(copy.deepcopy(ppr))
    if tracked:
        wrapper = _mark("ins", author, 904)
        wrapper.append(_run(text))
        new.append(wrapper)
        rpr = new.find(w("pPr"))
        if rpr is None:
            rpr = etree.SubElement(new, w("pPr"))
        mark_rpr = etree.SubElement(rpr, w("rPr"))
        mark_rpr.append(_mark("ins", author, 905))
    else:
        new.append(_run(text))
    p.addnext(new)
    return new


def add_comments(data: bytes, comments: list[dict]) -> bytes:
    """Anchor Word comments on words: [{"on": words, "text", "author", "reply_to"?: index}]."""
    root = etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml"))
    part = etree.Element(w("comments"), nsmap={"w": W, "w14": W14})
    extended = etree.Element(f"{{{W15}}}commentsEx", nsmap={"w15": W15})
    for index, comment in enumerate(comments):
        cid = str(100 + index)
        if comment.get("reply_to") is None:
            p = paragraph(root, comment["on"])
            run, before, after = _split(p, comment["on"])
            parent = run.getparent()
            at = parent.index(run)
            parent.remove(run)
            start = etree.Element(w("commentRangeStart"))
            start.set(w("id"), cid)
            end = etree.Element(w("commentRangeEnd"))
            end.set(w("id"), cid)
            ref = etree.Element(w("r"))
            etree.SubElement(ref, w("commentReference")).set(w("id"), cid)
            for offset, el in enumerate([_run(before), start, _run(comment["on"]), end, ref, _run(after)]):
                parent.insert(at + offset, el)
        else:
            # A reply is anchored where its parent is.
            parent_id = str(100 + comment["reply_to"])
            for tag in ("commentRangeStart", "commentRangeEnd"):
                anchor = root.find(f".//w:{tag}[@w:id='{parent_id}']", NS)
                twin = etree.Element(w(tag))
                twin.set(w("id"), cid)
                anchor.addnext(twin)
        el = etree.SubElement(part, w("comment"))
        el.set(w("id"), cid)
        el.set(w("author"), comment.get("author", "Amina Bello"))
        el.set(w("initials"), "AB")
        el.set(w("date"), DATE)
        body = etree.SubElement(el, w("p"))
        body.set(f"{{{W14}}}paraId", f"0000{index:04d}")
        body.append(_run(comment["text"]))
        ex = etree.SubElement(extended, f"{{{W15}}}commentEx")
        ex.set(f"{{{W15}}}paraId", f"0000{index:04d}")
        if comment.get("reply_to") is not None:
            ex.set(f"{{{W15}}}paraIdParent", f"0000{comment['reply_to']:04d}")
    archive = zipfile.ZipFile(io.BytesIO(data))
    types = archive.read("[Content_Types].xml").decode()
    types = types.replace(
        "</Types>",
        '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'wordprocessingml.comments+xml"/><Override PartName="/word/commentsExtended.xml" ContentType='
        '"application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml"/></Types>',
    )
    rels = archive.read("word/_rels/document.xml.rels").decode()
    rels = rels.replace(
        "</Relationships>",
        '<Relationship Id="rIdC1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'comments" Target="comments.xml"/><Relationship Id="rIdC2" Type="http://schemas.microsoft.com/office/'
        '2011/relationships/commentsExtended" Target="commentsExtended.xml"/></Relationships>',
    )
    return _rewrite(
        data,
        {
            "word/document.xml": etree.tostring(root, xml_declaration=True, encoding="UTF-8"),
            "word/comments.xml": etree.tostring(part, xml_declaration=True, encoding="UTF-8"),
            "word/commentsExtended.xml": etree.tostring(extended, xml_declaration=True, encoding="UTF-8"),
            "[Content_Types].xml": types.encode(),
            "word/_rels/document.xml.rels": rels.encode(),
        },
    )
