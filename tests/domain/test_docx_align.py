"""EN/FR alignment: the written test set, splits, unpaired paragraphs and confidences."""

from __future__ import annotations

import functools
import time

import pytest

from mou_review.domain import docx_align
from mou_review.domain.docx_align import AlignmentTimeout, align
from mou_review.domain.docx_read import SourcePara, read_bilingual_table, read_paragraphs
from mou_review.domain.types import ClauseKind
from tests.data.alignment import corpus

INSTRUMENTS = corpus.load_all()


def _para(text: str, kind: ClauseKind = ClauseKind.PARAGRAPH, numbering: str | None = None) -> SourcePara:
    level = {ClauseKind.ARTICLE: 1, ClauseKind.RECITAL: 1, ClauseKind.ITEM: 3}.get(kind, 2)
    return SourcePara(text, None, numbering, kind, level, False)


def test_alignment_set_covers_the_publisher_layouts() -> None:
    layouts = {i.layout for i in INSTRUMENTS}
    assert {"typed", "auto", "split-heading", "tor", "table", "official"} <= layouts
    features = {f.strip() for i in INSTRUMENTS for f in i.options.get("features", "").split(",")}
    assert {"un-treaty", "chapters", "french-split", "french-merge", "extra-paragraph",
            "auto-numbering-per-language", "annex-table", "recitals-with-breaks", "signature-table",
            "tracked-changes", "content-controls"} <= features  # fmt: skip
    assert len(INSTRUMENTS) >= 15
    assert all(15 <= len(i.clauses) <= 40 for i in INSTRUMENTS)
    assert any(len(c.fr_parts) > 1 for i in INSTRUMENTS for c in i.clauses)  # a French split
    assert any(len(c.en_parts) > 1 for i in INSTRUMENTS for c in i.clauses)  # a French merge
    assert any(not c.en_parts or not c.fr_parts for i in INSTRUMENTS for c in i.clauses)  # one side only


@functools.cache
def scores() -> dict:
    """Align and score every instrument once, when a test first asks (not while pytest collects, which
    each of scripts/test's workers does)."""
    return {i.name: corpus.score(i, corpus.align_instrument(i)) for i in INSTRUMENTS}


def test_align_pairs_at_least_98_percent_of_the_test_set() -> None:
    correct = sum(found for found, _ in scores().values())
    total = sum(expected for _, expected in scores().values())
    assert correct / total >= 0.98


@pytest.mark.parametrize("name", sorted(i.name for i in INSTRUMENTS))
def test_align_pairs_at_least_95_percent_of_each_instrument(name: str) -> None:
    found, expected = scores()[name]
    assert found / expected >= 0.95


@pytest.mark.parametrize("instrument", INSTRUMENTS, ids=[i.name for i in INSTRUMENTS])
def test_align_keeps_every_paragraph_of_each_instrument(instrument: corpus.Instrument) -> None:
    built = corpus.build(instrument)
    if "table" in built:
        rows = read_bilingual_table(built["table"])
        en, fr = [e for e, _ in rows], [f for _, f in rows]
    else:
        en, fr = read_paragraphs(built["en"]), read_paragraphs(built["fr"])
    alignment = align(en, fr)
    # Every paragraph read is in a pair (alone or joined) or listed as unpaired: no word is lost.
    for side, paras, unpaired in (("en", en, alignment.unpaired_en), ("fr", fr, alignment.unpaired_fr)):
        kept = " ".join([getattr(p, side) for p in alignment.pairs] + unpaired)
        assert sorted(kept.split()) == sorted(" ".join(p.text for p in paras).split())
    assert all(0.0 <= p.confidence <= 1.0 for p in alignment.pairs)


def test_align_joins_a_paragraph_the_french_split_in_two() -> None:
    en = [_para("Article 1", ClauseKind.ARTICLE, "Article 1"),
          _para("No victim shall be returned while proceedings of 2023 are pending, unless the victim so "
                "requests, in which case ICMPD shall arrange testimony by video link.", numbering="1.1"),
          _para("The Parties shall meet once a year.", numbering="1.2")]  # fmt: skip
    fr = [_para("Article premier", ClauseKind.ARTICLE, "Article premier"),
          _para("Aucune victime n'est rapatriée tant que la procédure de 2023 est pendante, sauf si elle en "
                "fait la demande.", numbering="1.1"),
          _para("Dans ce cas, l'ICMPD organise son témoignage par liaison vidéo."),
          _para("Les Parties se réunissent une fois par an.", numbering="1.2")]  # fmt: skip
    alignment = align(en, fr)
    assert [p.fr for p in alignment.pairs][1] == fr[1].text + " " + fr[2].text
    assert len(alignment.pairs) == 3 and not alignment.unpaired_en and not alignment.unpaired_fr


def test_align_lists_an_article_missing_on_one_side_as_unpaired() -> None:
    en = [_para("Purpose", ClauseKind.ARTICLE, "Article 1"), _para("Text of 2021.", numbering="1.1"),
          _para("Costs", ClauseKind.ARTICLE, "Article 2"), _para("Each Party pays 1,000 naira.", numbering="2.1"),
          _para("Final", ClauseKind.ARTICLE, "Article 3"), _para("In force in 2024.", numbering="3.1")]  # fmt: skip
    fr = [_para("Objet", ClauseKind.ARTICLE, "Article premier"), _para("Texte de 2021.", numbering="1.1"),
          _para("Dispositions finales", ClauseKind.ARTICLE, "Article 3"),
          _para("En vigueur en 2024.", numbering="3.1")]  # fmt: skip
    alignment = align(en, fr)
    assert [(p.en, p.fr) for p in alignment.pairs] == [
        ("Purpose", "Objet"), ("Text of 2021.", "Texte de 2021."), ("Final", "Dispositions finales"),
        ("In force in 2024.", "En vigueur en 2024."),
    ]  # fmt: skip
    assert alignment.unpaired_en == ["Costs", "Each Party pays 1,000 naira."]
    assert alignment.unpaired_fr == []


def test_align_uses_content_when_numbers_are_missing() -> None:
    en = [_para("Whereas the Parties met in Abuja on 3 March 2019;", ClauseKind.RECITAL),
          _para("Noting the 2000 Protocol;", ClauseKind.RECITAL),
          _para("Have agreed as follows:", ClauseKind.RECITAL)]  # fmt: skip
    fr = [_para("Considérant que les Parties se sont réunies à Abuja le 3 mars 2019\u00a0;", ClauseKind.RECITAL),
          _para("Une phrase ajoutée par le traducteur, sans équivalent anglais, assez longue pour compter.",
                ClauseKind.RECITAL),
          _para("Notant le Protocole de 2000\u00a0;", ClauseKind.RECITAL),
          _para("Sont convenues de ce qui suit\u00a0:", ClauseKind.RECITAL)]  # fmt: skip
    alignment = align(en, fr)
    assert [p.en for p in alignment.pairs] == [e.text for e in en]
    assert alignment.pairs[1].fr == "Notant le Protocole de 2000\u00a0;"
    assert alignment.unpaired_fr == [fr[1].text]


@pytest.mark.parametrize(
    ("en_number", "fr_number", "expect_high"),
    [("3.2", "3.2", True), ("3.2", "3.4", False)],
)
def test_align_confidence_reflects_agreeing_numbers(
    en_number: str, fr_number: str, expect_high: bool
) -> None:
    en = [_para("The Parties shall exchange data on 12 routes.", numbering=en_number)]
    fr = [_para("Les Parties échangent des données sur 12 itinéraires.", numbering=fr_number)]
    confidence = align(en, fr).pairs[0].confidence
    assert (confidence >= 0.9) is expect_high


@pytest.mark.parametrize(
    ("en_label", "fr_label"),
    [
        ("CHAPTER I — SCOPE", "CHAPITRE PREMIER — CHAMP"),
        ("PART II", "TITRE II"),
        ("ANNEX I", "ANNEXE I"),
        ("Annex A", "Annexe A"),
    ],  # fmt: skip
)
def test_align_pairs_part_and_annex_headings_by_number(en_label: str, fr_label: str) -> None:
    en = [_para("CHAPTER III — OTHER", ClauseKind.HEADING), _para(en_label, ClauseKind.HEADING)]
    fr = [_para(fr_label, ClauseKind.HEADING)]
    alignment = align(en, fr)
    assert [(p.en, p.fr) for p in alignment.pairs] == [(en_label, fr_label)]
    assert alignment.pairs[0].confidence >= 0.5


def test_align_pairs_items_by_position_whatever_each_language_calls_them() -> None:
    en = [_para("Purpose", ClauseKind.ARTICLE, "Article 1"), _para("The plan covers:", numbering="1.")]
    fr = [
        _para("Objet", ClauseKind.ARTICLE, "Article premier"),
        _para("Le plan couvre\u00a0:", numbering="1."),
    ]
    for n, (roman, letter) in enumerate([("(i)", "a)"), ("(ii)", "b)"), ("(iii)", "c)")]):
        en.append(_para(f"point number {n} in English;", ClauseKind.ITEM, roman))
        fr.append(_para(f"le point numéro {n} en français\u00a0;", ClauseKind.ITEM, letter))
    alignment = align(en, fr)
    assert len(alignment.pairs) == 5
    assert all(p.confidence >= 0.9 for p in alignment.pairs[2:])


def test_align_caps_the_confidence_of_a_merged_pair() -> None:
    en = [_para("Article 1", ClauseKind.ARTICLE, "Article 1"),
          _para("Each Party shall post one officer to Abuja for two years.", numbering="1.1"),
          _para("The host shall give the officer an office and an interpreter.")]  # fmt: skip
    fr = [_para("Article premier", ClauseKind.ARTICLE, "Article premier"),
          _para("Chaque Partie affecte un officier à Abuja pour deux ans et la Partie d'accueil lui fournit un "
                "bureau et un interprète.", numbering="1.1")]  # fmt: skip
    merged = align(en, fr).pairs[1]
    assert merged.en == en[1].text + " " + en[2].text
    assert merged.confidence <= 0.7


# --------------------------------------------------------------------------- banded search at scale


def _full_table(en, fr, cost):  # type: ignore[no-untyped-def]
    """The aligner's former search, the whole n×m table: the reference the band must agree with."""
    n, m = len(en), len(fr)
    inf = float("inf")
    best = [[inf] * (m + 1) for _ in range(n + 1)]
    back = [[None] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            if best[i][j] == inf:
                continue
            for di, dj in ((1, 1), (1, 0), (0, 1), (2, 1), (1, 2)):
                ni, nj = i + di, j + dj
                if ni > n or nj > m:
                    continue
                step = cost(en[i:ni], fr[j:nj]) if di and dj else docx_align._SKIP
                if best[i][j] + step < best[ni][nj]:
                    best[ni][nj] = best[i][j] + step
                    back[ni][nj] = (di, dj, step)
    path = []
    i, j = n, m
    while i or j:
        di, dj, step = back[i][j]
        path.append((en[i - di : i], fr[j - dj : j], step))
        i, j = i - di, j - dj
    return path[::-1]


def _read_pair(instrument: corpus.Instrument) -> tuple[list[SourcePara], list[SourcePara]]:
    built = corpus.build(instrument)
    return read_paragraphs(built["en"]), read_paragraphs(built["fr"])


def _summary(alignment):  # type: ignore[no-untyped-def]
    return [(p.en, p.fr, p.confidence) for p in alignment.pairs], alignment.unpaired_en, alignment.unpaired_fr


@pytest.mark.parametrize(("shape", "seed"), [("flat", 1), ("structured", 2)])
def test_align_band_finds_what_the_full_table_finds(shape: str, seed: int, monkeypatch) -> None:
    # A band of 2 units is far narrower than the drift of these documents (French splits, merges and
    # paragraphs found on one side only): the anchors and the widening must bring it back to the optimum.
    en, fr = _read_pair(corpus.recombined(160, shape=shape, seed=seed))
    monkeypatch.setattr(docx_align, "BAND", 2)
    banded = align(en, fr)
    monkeypatch.setattr(docx_align, "_dp", lambda a, b, cost, **_: _full_table(a, b, cost))
    full = align(en, fr)
    assert _summary(banded) == _summary(full)
    assert len(banded.pairs) > 150


def test_align_costs_grow_linearly_with_the_document(monkeypatch) -> None:
    calls = []
    counted = docx_align._pair_cost
    monkeypatch.setattr(docx_align, "_pair_cost", lambda e, f: calls.append(1) or counted(e, f))
    per_paragraph = []
    for size in (300, 1200):
        calls.clear()
        en, fr = _read_pair(corpus.recombined(size, shape="flat"))
        align(en, fr)
        per_paragraph.append(len(calls) / len(en))
    # The full table costed about n²·3 pairs (n·900 at 300, n·3600 at 1,200); the band a constant per row.
    assert per_paragraph[1] <= 1.3 * per_paragraph[0]
    assert per_paragraph[1] < 400


def test_align_reports_progress_and_stops_at_its_deadline() -> None:
    en, fr = _read_pair(corpus.recombined(400, shape="structured"))
    seen: list[float] = []
    align(en, fr, progress=seen.append)
    assert seen == sorted(seen) and 0 <= seen[0] < 0.2 and seen[-1] > 0.8
    with pytest.raises(AlignmentTimeout) as caught:
        align(en, fr, deadline=time.monotonic() - 1)
    assert caught.value.details["reason"] == "too_slow"


# --------------------------------------------------------------------------- confidence


def test_align_learns_acronyms_each_language_spells_its_own_way(monkeypatch) -> None:
    # An early warning system, "EWS" / "SAP", is in no table: seen together pair after pair, it stops
    # counting as an acronym found on one side only.
    en = [
        _para(f"The EWS unit of ministry {n} shall report on EWS alerts.", ClauseKind.RECITAL)
        for n in range(4)
    ]
    fr = [
        _para(f"L'unité SAP du ministère {n} rend compte des alertes SAP.", ClauseKind.RECITAL)
        for n in range(4)
    ]
    units = zip(docx_align._keyed_units(en), docx_align._keyed_units(fr), strict=True)
    assert docx_align._learn_equivalences([([u], [v]) for u, v in units]) == {"@SAP": "@EWS"}
    learnt = [p.confidence for p in align(en, fr).pairs]
    monkeypatch.setattr(docx_align, "_learn_equivalences", lambda pairs: {})
    unlearnt = [p.confidence for p in align(en, fr).pairs]
    assert (
        min(learnt) >= 0.9
        and min(unlearnt) < 0.7
        and all(a >= b for a, b in zip(learnt, unlearnt, strict=True))
    )


@pytest.mark.parametrize(
    ("en", "fr", "acronym"),
    [
        (
            "NOTE: The annex lists 12 border posts.",
            "REMARQUE : l'annexe énumère 12 postes frontaliers.",
            "REMARQUE",
        ),
        ("The UNDP office shall host the meeting.", "Le bureau du PNUD accueille la réunion.", "PNUD"),
    ],
)
def test_align_counts_known_equivalent_acronyms_as_shared(en: str, fr: str, acronym: str) -> None:
    def acronyms(text: str) -> set[str]:
        return {a for a in docx_align._anchors(text) if a[0] == "@"}

    assert acronyms(en) == acronyms(fr) != set()
    known = align([_para(en, ClauseKind.RECITAL)], [_para(fr, ClauseKind.RECITAL)]).pairs[0].confidence
    unknown_fr = fr.replace(acronym, "XQZW")
    unknown = (
        align([_para(en, ClauseKind.RECITAL)], [_para(unknown_fr, ClauseKind.RECITAL)]).pairs[0].confidence
    )
    assert known - unknown > 0.2


def test_align_reads_may_as_a_month_only_beside_a_date() -> None:
    assert "m5" not in docx_align._anchors("Assistance may be requested for the purpose of:")
    assert "m5" in docx_align._anchors("Signed at Abuja on 3 May 2021.")


def test_align_confidence_ranks_a_wrong_partner_below_every_right_one() -> None:
    # A paragraph the French dropped, and a stray French paragraph in its place: paired, they must
    # score below every true pair of the instrument.
    instrument = next(i for i in INSTRUMENTS if i.name == "convention_victims")
    planted = corpus.perturbed(instrument, rate=0.15, seed=5)
    alignment = corpus.align_instrument(planted)
    expected = set(planted.expected()) | {(planted.title_en, planted.title_fr)}
    wrong = [p.confidence for p in alignment.pairs if (p.en, p.fr) not in expected]
    right = [p.confidence for p in alignment.pairs if (p.en, p.fr) in expected]
    assert wrong and max(wrong) < min(right)
    assert min(right) >= 0.5
