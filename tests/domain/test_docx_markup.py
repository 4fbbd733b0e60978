"""Reading a returned Word file: clause identities in every export, tracked changes, comments, proposals."""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime

import pytest
from lxml import etree

from mou_review.domain.docx_export import (
    ExportClause,
    ExportDocument,
    SignatoryParty,
    export_bilingual,
    export_redline,
    export_signing,
)
from mou_review.domain.docx_identity import bookmark_name, parse_bookmark
from mou_review.domain.docx_markup import BaseClause, propose_markup, read_markup, strip_label
from mou_review.domain.errors import DocxFormatError
from mou_review.domain.types import ClauseKind, DocumentKind, Lang
from tests import markup_files as mf

CLAUSES = (
    ExportClause(1, ClauseKind.ARTICLE, 1, "1", "Information", "Information", 2, 1),
    ExportClause(
        2,
        ClauseKind.PARAGRAPH,
        2,
        "1.1",
        "The requested Party shall respond within thirty (30) days.",
        "La Partie requise répond dans un délai de trente (30) jours.",
        3,
        1,
    ),
    ExportClause(
        3,
        ClauseKind.PARAGRAPH,
        2,
        "1.2",
        "Requests shall state their purpose and degree of urgency.",
        "Les demandes précisent leur objet et leur degré d’urgence.",
        1,
        1,
    ),
    ExportClause(
        4,
        ClauseKind.PARAGRAPH,
        2,
        "1.3",
        "The Parties shall establish a secure platform.",
        "Les Parties mettent en place une plateforme sécurisée.",
        1,
        4,
    ),
)
DOC = ExportDocument(
    slug="mou",
    kind=DocumentKind.MOU,
    title_en="Memorandum",
    title_fr="Mémorandum",
    draft=True,
    clauses=CLAUSES,
    parties=(),
    exported_at=datetime(2026, 11, 30, 8, 0, tzinfo=UTC),
)


def _signing(lang: Lang = Lang.EN) -> bytes:
    out = io.BytesIO()
    export_signing(DOC, lang, out)
    return out.getvalue()


def _bases(lang: Lang = Lang.EN, current: dict[int, int] | None = None) -> dict[tuple[int, Lang], BaseClause]:
    out = {}
    for clause in CLAUSES:
        version = clause.version(lang) or 0
        now = (current or {}).get(clause.id, version)
        out[(clause.id, lang)] = BaseClause(
            clause.id, clause.number, lang, version, clause.text(lang), now, clause.text(lang)
        )
    return out


def _propose(data: bytes, lang: Lang = Lang.EN, **kwargs):
    return propose_markup(read_markup(data), _bases(lang, **kwargs), [lang])


def _bookmarks(data: bytes) -> list[str]:
    root = etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml"))
    return [el.get(mf.w("name")) for el in root.iter(mf.w("bookmarkStart"))]


def _redline() -> bytes:
    old = ExportDocument(**{**DOC.__dict__, "clauses": CLAUSES[:3]})
    out = io.BytesIO()
    export_redline(old, DOC, Lang.FR, out, author="mou-review", when=datetime(2026, 11, 30, tzinfo=UTC))
    return out.getvalue()


def _bilingual() -> bytes:
    out = io.BytesIO()
    export_bilingual(DOC, out)
    return out.getvalue()


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda: _signing(Lang.EN), [bookmark_name(c.id, Lang.EN, c.en_version) for c in CLAUSES]),
        (lambda: _signing(Lang.FR), [bookmark_name(c.id, Lang.FR, c.fr_version) for c in CLAUSES]),
        (
            _bilingual,
            [bookmark_name(c.id, lang, c.version(lang)) for c in CLAUSES for lang in Lang],
        ),
        (_redline, [bookmark_name(c.id, Lang.FR, c.fr_version) for c in CLAUSES]),
    ],
    ids=["signing-en", "signing-fr", "bilingual", "redline"],
)
def test_every_export_marks_each_clause_with_a_hidden_bookmark(make, expected) -> None:
    names = _bookmarks(make())
    assert names == expected
    # Word hides bookmarks whose name starts with "_" and never shows them in the text.
    assert all(name.startswith("_") and len(name) <= 40 for name in names)


def test_export_names_document_language_and_moment_in_custom_properties() -> None:
    identity = read_markup(_signing(Lang.FR)).identity
    assert (identity.document, identity.lang) == ("mou", "fr")
    assert identity.exported_at.startswith("2026-11-30T08:00:00")
    assert read_markup(_bilingual()).identity.lang == "bilingual"


@pytest.mark.parametrize(
    ("name", "parsed"),
    [
        ("_MoU_12_en_3", (12, Lang.EN, 3)),
        ("_MoU_7_fr_0", (7, Lang.FR, 0)),
        ("_GoBack", None),
        ("MoU_1_en_1", None),
    ],
)
def test_parse_bookmark_reads_only_our_names(name: str, parsed) -> None:
    mark = parse_bookmark(name)
    assert (mark and (mark.clause_id, mark.lang, mark.version)) == parsed


def test_unedited_export_proposes_nothing() -> None:
    proposal = _propose(_signing())
    assert proposal.changes == [] and proposal.unmatched == []
    assert proposal.matched == len(CLAUSES)


def test_tracked_replacement_becomes_a_modify_on_the_embedded_version() -> None:
    data = mf.edit(
        _signing(),
        lambda root: mf.track_replace(mf.paragraph(root, "thirty"), "thirty (30)", "forty-five (45)"),
    )
    [change] = _propose(data).changes
    assert (change.clause_id, change.action, change.base, change.tracked) == (2, "modify", 3, True)
    assert change.text == "The requested Party shall respond within forty-five (45) days."
    assert change.authors[0].author == "Amina Bello"
    assert change.authors[0].date == datetime(2026, 11, 30, 9, 15, tzinfo=UTC)
    assert not change.conflict


def test_untracked_edit_is_found_by_comparison() -> None:
    data = mf.edit(
        _signing(), lambda root: mf.untracked_replace(mf.paragraph(root, "purpose"), "purpose", "aim")
    )
    [change] = _propose(data).changes
    assert (change.clause_id, change.action, change.tracked) == (3, "modify", False)
    assert change.text == "Requests shall state their aim and degree of urgency."


def test_a_move_inside_a_clause_is_read_with_the_changes_accepted() -> None:
    data = mf.edit(
        _signing(),
        lambda root: mf.track_replace(mf.paragraph(root, "secure"), "secure platform", "platform", move=True),
    )
    [change] = _propose(data).changes
    assert change.text == "The Parties shall establish a platform." and change.tracked


@pytest.mark.parametrize("how", ["tracked", "removed"])
def test_a_clause_deleted_whole_becomes_a_delete(how: str) -> None:
    def act(root):
        p = mf.paragraph(root, "secure platform")
        mf.track_clear(p) if how == "tracked" else mf.remove(p)

    [change] = _propose(mf.edit(_signing(), act)).changes
    assert (change.clause_id, change.action, change.base, change.tracked) == (
        4,
        "delete",
        1,
        how == "tracked",
    )


def test_a_new_paragraph_between_clauses_becomes_an_insert_after_the_clause_before() -> None:
    data = mf.edit(
        _signing(),
        lambda root: mf.add_after(mf.paragraph(root, "purpose"), "Replies are in writing.", tracked=True),
    )
    [change] = _propose(data).changes
    assert (change.clause_id, change.action, change.text, change.tracked) == (
        3,
        "insert",
        "Replies are in writing.",
        True,
    )


def test_comments_land_on_their_clause_with_the_words_and_replies_keep_the_thread() -> None:
    data = mf.add_comments(
        _signing(),
        [
            {"on": "degree of urgency", "text": "Who decides?"},
            {"reply_to": 0, "text": "The requesting Party.", "author": "Ibrahim Moussa"},
        ],
    )
    first, reply = _propose(data).changes
    assert (first.clause_id, first.action, first.quote, first.text) == (
        3,
        "comment",
        "degree of urgency",
        "Who decides?",
    )
    assert reply.parent == first.comment_id and reply.authors[0].author == "Ibrahim Moussa"


def test_a_change_on_a_clause_changed_since_the_export_is_a_conflict() -> None:
    data = mf.edit(
        _signing(), lambda root: mf.track_replace(mf.paragraph(root, "thirty"), "thirty (30)", "sixty (60)")
    )
    [change] = _propose(data, current={2: 5}).changes
    assert change.conflict and (change.base, change.current) == (3, 5)


def test_bilingual_table_changes_each_column_in_its_language() -> None:
    data = mf.edit(
        _bilingual(),
        lambda root: mf.track_replace(mf.paragraph(root, "trente"), "trente (30)", "quarante-cinq (45)"),
    )
    markup = read_markup(data)
    bases = {**_bases(Lang.EN), **_bases(Lang.FR)}
    [change] = propose_markup(markup, bases, list(Lang)).changes
    assert (change.clause_id, change.lang, change.base) == (2, Lang.FR, 1)
    assert change.text == "La Partie requise répond dans un délai de quarante-cinq (45) jours."


def test_title_and_signature_block_are_never_clauses() -> None:
    # The export's furniture (title, parties, "Done at", signatures) has no identity and is not "unmatched".
    party = SignatoryParty("NAPTIP", "NAPTIP", "NAPTIP", "Nigeria", "Nigéria")
    doc = ExportDocument(**{**DOC.__dict__, "clauses": CLAUSES[1:], "parties": (party, party)})
    out = io.BytesIO()
    export_signing(doc, Lang.EN, out)
    bases = {key: base for key, base in _bases().items() if key[0] != 1}
    proposal = propose_markup(read_markup(out.getvalue()), bases, [Lang.EN])
    assert proposal.unmatched == [] and proposal.changes == []


@pytest.mark.parametrize(
    ("text", "original", "base", "expected"),
    [
        ("1.1\tNew text", "1.1\tOld", "Old", "New text"),
        ("Article 3\nScope", "Article 3\nScope", "Scope", "Scope"),
        ("(b)\tthe item", None, None, "the item"),
        ("Whereas the Parties", "Whereas the Parties", "Whereas the Parties", "Whereas the Parties"),
    ],
)
def test_strip_label_takes_off_the_exported_label_only(text, original, base, expected) -> None:
    assert strip_label(text, original, base) == expected


@pytest.mark.parametrize("data", [b"not a zip", b"PK\x03\x04broken"])
def test_bad_files_are_refused_like_the_docx_import(data: bytes) -> None:
    with pytest.raises(DocxFormatError):
        read_markup(data)


def test_a_tracked_change_inside_a_field_result_counts_and_the_instruction_does_not() -> None:
    def act(root):
        p = mf.paragraph(root, "purpose")
        run, before, after = mf._split(p, "purpose")
        parent, at = run.getparent(), run.getparent().index(run)
        parent.remove(run)

        def char(kind):
            r = mf.etree.Element(mf.w("r"))
            mf.etree.SubElement(r, mf.w("fldChar")).set(mf.w("fldCharType"), kind)
            return r

        instr = mf.etree.Element(mf.w("r"))
        mf.etree.SubElement(instr, mf.w("instrText")).text = " DOCPROPERTY Purpose "
        removed, added = mf._mark("del", "Amina Bello", 910), mf._mark("ins", "Amina Bello", 911)
        removed.append(mf._run("purpose", "delText"))
        added.append(mf._run("aim"))
        pieces = [
            mf._run(before),
            char("begin"),
            instr,
            char("separate"),
            removed,
            added,
            char("end"),
            mf._run(after),
        ]
        for offset, el in enumerate(pieces):
            parent.insert(at + offset, el)

    [change] = _propose(mf.edit(_signing(), act)).changes
    assert (change.action, change.tracked) == ("modify", True)
    assert change.text == "Requests shall state their aim and degree of urgency."
