"""EN/FR alignment: the written test set, splits, unpaired paragraphs and confidences."""

from __future__ import annotations

import pytest

from mou_review.domain.docx_align import align
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


SCORES = {i.name: corpus.score(i, corpus.align_instrument(i)) for i in INSTRUMENTS}


def test_align_pairs_at_least_98_percent_of_the_test_set() -> None:
    correct = sum(found for found, _ in SCORES.values())
    total = sum(expected for _, expected in SCORES.values())
    assert correct / total >= 0.98


@pytest.mark.parametrize("name", sorted(SCORES))
def test_align_pairs_at_least_95_percent_of_each_instrument(name: str) -> None:
    found, expected = SCORES[name]
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
