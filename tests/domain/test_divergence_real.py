"""The divergence checks on official texts: the real corpus, citation styles, acronyms, obligations."""

from __future__ import annotations

import hashlib
import json

import pytest

from bench.bench_divergence_quality import REAL, RealCorpus, Report, evaluate, load_real
from bench.build_real_corpus import (
    _blocks,
    _body,
    _cecill_sections,
    _eli_parts,
    _flat_yaml,
    _oj_flat_parts,
    _readme_blocks,
    render,
)
from bench.inject_real_corpus import lines as inject_lines
from mou_review.domain.divergence import ClausePair, Finding, Severity, check_pair
from mou_review.domain.references import find_references
from mou_review.domain.textnorm import fold


def blocking(en: str, fr: str) -> set[str]:
    """Return the checks that fire at warning or error on a pair."""
    return {f.check for f in check_pair(ClausePair(en, fr)) if f.severity is not Severity.INFO}


def obligation(en: str, fr: str) -> list[Finding]:
    return [f for f in check_pair(ClausePair(en, fr)) if f.check == "obligation_mismatch"]


def cited(text: str) -> set[tuple[str, str]]:
    return {a for *_, atoms in find_references(fold(text)) for a in atoms}


# --- the corpus ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def corpus() -> RealCorpus:
    return load_real()


def test_real_corpus_is_large_and_varied(corpus: RealCorpus) -> None:
    # The issue asks for at least 1,500 pairs from 10 instruments and 4 publishers; the corpus holds more.
    assert len(corpus.faithful) + len(corpus.labelled) >= 12000
    assert len(corpus.instruments) >= 27
    assert len({i.publisher for i in corpus.instruments.values()}) >= 4
    assert {i.split for i in corpus.instruments.values()} == {"calibration", "held-out", "practice"}
    for name in ("calibration", "held-out"):
        faithful, injected = corpus.split(name)
        assert len(faithful) >= 5000 and len(injected) >= 250


# The eleven instruments of the first corpus were split by hand; every later one by this rule, fixed
# before anything was measured on it (SOURCES.md).
FIRST_CORPUS = {
    "eu-emir",
    "eu-idd",
    "eu-prospectus",
    "eu-sftr",
    "eu-mifid-dr",
    "eu-emir-rts149",
    "eu-priips-rts",
    "un-udhr",
    "un-sdg-targets",
    "un-sdg-goals",
    "un-sdg-indicators",
}


def test_later_instruments_are_split_by_the_hash_of_their_id(corpus: RealCorpus) -> None:
    later = [
        i for i, inst in corpus.instruments.items() if i not in FIRST_CORPUS and inst.split != "practice"
    ]
    assert later
    for ident in later:
        even = int(hashlib.sha256(ident.encode()).hexdigest()[:8], 16) % 2 == 0
        assert corpus.instruments[ident].split == ("calibration" if even else "held-out"), ident


def test_practice_instruments_share_no_text_with_the_held_out_half(corpus: RealCorpus) -> None:
    # The practice set is tuning material beside the calibration half; a pair whose English or French
    # is word for word a held-out one is left out of it when it is built.
    held, _ = corpus.split("held-out")
    practice, injected = corpus.split("practice")
    assert len(practice) >= 5000 and len(injected) >= 500
    held_texts = {c.pair.en.strip() for c in held.values()} | {c.pair.fr.strip() for c in held.values()}
    assert not [
        k for k, c in practice.items() if c.pair.en.strip() in held_texts or c.pair.fr.strip() in held_texts
    ]
    assert all(
        inst.id.startswith(("eu-p-", "p3-", "p4-", "p5-", "p6-"))
        for inst in corpus.instruments.values()
        if inst.split == "practice"
    )


def test_every_instrument_records_its_source_date_and_licence() -> None:
    for inst in json.loads((REAL / "instruments.json").read_text(encoding="utf-8")):
        assert inst["date"][:2] in ("19", "20") and len(inst["date"]) == 10
        assert len(inst["commit"]) == 40 and inst["repo"].count("/") == 1
        assert len(inst["licence"]) > 40
        # Justice Canada's consolidated acts and regulations are kept for an independent check.
        assert "justice" not in (inst["repo"] + inst["path"]).lower()
        head = (REAL / f"{inst['id']}.txt").read_text(encoding="utf-8").splitlines()[:4]
        assert head[0] == f"# {inst['title']}" and inst["commit"] in head[2] and "Licence" in head[3]


def test_labelled_pairs_say_why_the_official_texts_differ(corpus: RealCorpus) -> None:
    assert len(corpus.labelled) >= 10
    assert all(len(reason) > 20 for _case, reason in corpus.labelled.values())


def test_injected_txt_is_what_its_generator_writes(corpus: RealCorpus) -> None:
    # A pair labelled as really differing after the injections were drawn must give its injection back: a change
    # there may make the two texts agree (« peut » made « doit » against an English "shall").
    assert "\n".join(inject_lines(corpus)) + "\n" == (REAL / "injected.txt").read_text(encoding="utf-8")
    assert not {c.id.rsplit("/", 1)[0] for c in corpus.injected} & set(corpus.labelled)


@pytest.fixture(scope="module")
def reports(corpus: RealCorpus) -> dict[str, Report]:
    return {name: evaluate(*corpus.split(name)) for name in ("calibration", "held-out")}


def test_real_corpus_false_alarms_stay_below_their_measured_level(reports: dict[str, Report]) -> None:
    # Measured 0.08 % (calibration) and 1.38 % (held-out, 88 of 6,393; 1.58 % before the wide corpus) on
    # 2026-12-02; 1.16 % (74 of 6,381) on 2026-12-04, once the held-out half's real divergences were labelled as the
    # calibration half's are (82 of 6,393 before); the target is 1 %.
    # The held-out ceiling sits a few pairs above that, so that a rule adding false alarms there fails here (at
    # 2 %, a rule adding 15 held-out structure false alarms passed and was found only by the bench).
    assert reports["calibration"].false_alarm_rate <= 0.002
    assert reports["held-out"].false_alarm_rate <= 0.013


def test_real_corpus_injections_are_caught(reports: dict[str, Report]) -> None:
    for rep in reports.values():
        for check in ("missing_translation", "untranslated", "number_mismatch", "date_mismatch"):
            tp, _fp, fn = rep.per_check[check]
            assert tp >= 10 and fn <= 1, check
        # Truncations and dropped sentences: measured 19-20 of 20 and 18-19 of 20 per half.
        tp, _fp, fn = rep.per_check["length_ratio"]
        assert tp / (tp + fn) >= 0.9
        tp, _fp, fn = rep.per_check["structure_mismatch"]
        assert tp / (tp + fn) >= 0.85
        tp, _fp, fn = rep.per_check["obligation_mismatch"]
        assert tp / (tp + fn) >= 0.74  # measured 95.7 % (calibration) and 77.1 % (held-out)


def test_obligation_false_alarms_stay_below_their_measured_level(reports: dict[str, Report]) -> None:
    # Measured 0.09 % (calibration) and 1.16 % (held-out) of faithful pairs, from 2.05 % and 2.77 % when the
    # markers were compared by presence over the whole clause; 0.89 % (held-out, 57 of 6,381) on 2026-12-04.
    for name, ceiling in (("calibration", 0.0012), ("held-out", 0.010)):
        rep = reports[name]
        flagged = sum(
            1
            for _case, findings in rep.faithful_flagged
            if any(f.check == "obligation_mismatch" and f.severity is not Severity.INFO for f in findings)
        )
        assert flagged / rep.faithful_total <= ceiling, name


# --- the rebuild script's readers --------------------------------------------------------------


def test_builder_cuts_articles_into_blocks_and_drops_footnotes() -> None:
    title, blocks = _body("# Article 3 - Scope\n\n\n1.   Text one (4).\n\n%%% (4)  OJ L 1.\n\n(a) point;\n")
    assert title == "Article 3 - Scope"
    assert blocks == ["1.   Text one (4).", "(a) point;"]
    assert _blocks("\n\n") == []


def test_builder_reads_the_preamble_and_stops_at_the_contents() -> None:
    readme = "# REGULATION X\n\n## of 1 May\n\nWhereas:\n\nHAVE ADOPTED:\n\n1. [TITLE I](TITLE I)\n\nafter"
    assert _readme_blocks(readme) == [
        ("heading", "REGULATION X"),
        ("heading", "of 1 May"),
        ("recital", "Whereas:"),
        ("recital", "HAVE ADOPTED:"),
    ]


def test_builder_cuts_a_plain_text_licence_at_its_indented_headings() -> None:
    text = (
        "\n  SAMPLE LICENCE\n\nVersion 1\n\n\n    Notice\n\nA notice that runs\nover two lines.\n\n"
        "    Article 1 - TERMS\n\nFirst paragraph\nof the article.\n\n  * an item,\n  * another item.\n\n"
        "      1.1 SCOPE\n\n1.1.1 A numbered paragraph 2 <#anchor> here.\n"
    )
    secs = _cecill_sections(text)
    assert [(k, h) for k, h, _ in secs] == [("title", ""), ("notice", ""), ("a1", "TERMS"), ("a1.1", "SCOPE")]
    assert secs[0][2] == ["SAMPLE LICENCE", "Version 1"]
    assert secs[1][2] == ["A notice that runs over two lines."]
    assert secs[2][2] == ["First paragraph of the article.", "* an item,\n* another item."]
    assert secs[3][2] == ["1.1.1 A numbered paragraph 2 here."]


def test_builder_reads_an_official_journal_xhtml_by_eli_id() -> None:
    page = (
        '<html xmlns="http://www.w3.org/1999/xhtml"><body><div class="eli-container">'
        '<div class="eli-main-title"><p class="oj-doc-ti">REGULATION X</p></div>'
        '<div class="eli-subdivision" id="pbl_1"><p class="oj-normal">THE COUNCIL,</p>'
        '<div class="eli-subdivision" id="rct_1"><table><tr><td><p>(1)</p></td>'
        '<td><p class="oj-normal">A recital <a href="#n1">(<span class="oj-note-tag">1</span>)</a>.</p></td>'
        "</tr></table></div></div>"
        '<div id="cpt_I"><p class="oj-ti-section-1">CHAPTER I</p>'
        '<div class="eli-title" id="cpt_I.tit_1"><p class="oj-ti-section-2">Scope</p></div>'
        '<div class="eli-subdivision" id="art_2"><p class="oj-ti-art">Article 2</p>'
        '<div class="eli-title" id="art_2.tit_1"><p class="oj-sti-art">Rules</p></div>'
        '<div id="002.001"><p class="oj-normal">1.\u00a0\u00a0 Parties shall:</p>'
        "<table><tr><td><p>(a)</p></td><td><p>act;</p></td></tr></table></div>"
        '<div id="002.002"><p class="oj-normal">2.\u00a0\u00a0 It applies.</p></div></div></div>'
        '<div class="eli-subdivision" id="fnp_1"><p class="oj-normal">Done at Brussels.</p>'
        '<div class="oj-signatory"><p class="oj-signatory">A. NAME</p></div></div>'
        "</div></body></html>"
    )
    parts = _eli_parts(page.encode())
    assert parts["title"] == [("", "REGULATION X")]
    assert parts["preamble"] == [("", "THE COUNCIL,")]
    assert parts["r1"] == [("", "(1) A recital.")]
    assert parts["hcpt_I"] == [("", "CHAPTER I"), ("", "Scope")]
    assert parts["a2-title"] == [("", "Rules")]
    assert parts["a2"] == [
        ("002.001", "1.   Parties shall:"),
        ("002.001", "(a) act;"),
        ("002.002", "2.   It applies."),
    ]
    assert parts["final"] == [("", "Done at Brussels.")]


def test_builder_reads_an_official_journal_xhtml_without_eli_ids() -> None:
    page = (
        '<html xmlns="http://www.w3.org/1999/xhtml"><body><div><p class="normal">TITLE I</p></div>'
        '<div><p class="doc-ti">CHARTER X</p><p class="ti-grseq-1">CHARTER X</p>'
        '<p class="normal">The peoples agree.</p><p class="ti-section-1">TITLE I</p>'
        '<p class="ti-art">Article 1</p><p class="sti-art">Dignity</p><p class="normal">1.   It holds:</p>'
        "<table><tr><td><p>(a)</p></td><td><p>always.</p></td></tr></table>"
        '<p class="ti-grseq-1">°</p><p class="normal">A closing note.</p></div></body></html>'
    )
    parts = _oj_flat_parts(page.encode())
    assert parts["title"] == [("", "CHARTER X")]  # the contents before the document are not read
    assert parts["h1"] == [("", "CHARTER X")] and parts["t1"] == [("", "The peoples agree.")]
    assert parts["h2"] == [("", "TITLE I")] and "h3" not in parts and parts["t3"] == [("", "A closing note.")]
    assert parts["a1-title"] == [("", "Dignity")]
    assert parts["a1"] == [("", "1.   It holds:"), ("", "(a) always.")]


def test_builder_reads_folded_yaml_entries() -> None:
    text = "'1-1':\n  title: By 2030, end\n    poverty\n1-a:\n  title: Mobilize\n1-title: Goal one\n"
    assert _flat_yaml(text) == {
        "1-1-title": "By 2030, end poverty",
        "1-a-title": "Mobilize",
        "1-title": "Goal one",
    }


def test_builder_renders_the_format_of_the_labelled_sets() -> None:
    inst = {"title": "T", "publisher": "P", "date": "2020-01-01", "split": "held-out", "repo": "o/r"}
    inst |= {"commit": "c" * 40, "path": "p", "licence": "L"}
    text = render(inst, [("x-r001", "recital", "a\nb", "c"), ("x-a1-01", "", "d", "e")])
    assert "@x-r001 [recital]\nEN: a\\nb\nFR: c\n" in text and "@x-a1-01\nEN: d\nFR: e\n" in text


# --- citation styles ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        ("Article 22(3)", "l'article 22, paragraphe 3"),
        ("Article 4(1)(18)(c) of that Directive", "l'article 4, paragraphe 1, point 18) c), de la directive"),
        ("Article 33(1) and (2)", "l'article 33, paragraphes 1 et 2"),
        ("Article 18(1) or (2)", "l'article 18, paragraphe 1 ou 2"),
        ("point (ii) of point (a) of paragraph 3", "paragraphe 3, point a) ii)"),
        ("Sections C (5), (6), (7) or (10) of Annex I", "l'annexe I, section C, points 5, 6, 7 ou 10"),
        ("Articles 4, 5, and 6", "articles 4, 5 et 6"),
        ("points (a) to (d)", "points a) à d)"),
        ("paragraph 2(a)", "paragraphe 2 a)"),
        ("clause (i)", "sous-alinéa (i)"),
        ("Chapter IIIA", "chapitre III bis"),
        ("Article 54(3)(g)", "l'article 54, paragraphe 3, sous g)"),
        ("Article 1", "article premier"),
    ],
)
def test_french_and_english_citation_styles_cite_the_same_provisions(en: str, fr: str) -> None:
    assert cited(en) == cited(fr)


def test_an_elided_article_after_a_comma_is_not_a_point() -> None:
    assert cited("paragraphe 1, l'intéressé") == {("paragraph", "1")}
    assert cited("à l'exception du chapitre II, l'achat") == {("chapter", "2")}
    assert cited("paragraph 1 to 31 December") == {("paragraph", "1")}


def test_a_changed_citation_is_still_an_error() -> None:
    assert "cross_reference_mismatch" in blocking(
        "under Article 22(3),", "au titre de l'article 22, paragraphe 4,"
    )
    assert "cross_reference_mismatch" in blocking("points (a), (b) and (c)", "points a) et c)")
    assert "cross_reference_mismatch" in blocking("Article 12(3) applies.", "L'article 12 s'applique.")


def test_a_relative_citation_may_name_its_paragraph_on_one_side() -> None:
    en = "For the purposes of point (b), the conditions must be met."
    fr = "Aux fins du paragraphe 1, point b), les conditions doivent être remplies."
    assert "cross_reference_mismatch" not in blocking(en, fr)


# --- acronyms, brackets, numbers --------------------------------------------------------------


def test_acronyms_translated_or_written_out_are_not_warnings() -> None:
    en = "ESMA and the ESCB shall consult the CCP on OTC derivatives under the TFEU."
    fr = "L'AEMF et le SEBC consultent la contrepartie centrale sur les dérivés de gré à gré au titre du traité sur le fonctionnement de l'Union européenne."
    assert "entity_mismatch" not in blocking(en, fr)


def test_names_of_the_glossary_and_altered_names_are_still_warnings() -> None:
    assert "entity_mismatch" in blocking("NAPTIP shall report.", "La NIS fait rapport.")
    assert "entity_mismatch" in blocking("NAPTIP shall report.", "La NAPTIP-NG fait rapport.")


def test_a_borrowed_term_glossed_in_brackets_is_not_a_missing_passage() -> None:
    en = "A CCP shall accept highly liquid collateral."
    fr = "Les contreparties centrales acceptent des garanties (collateral) très liquides."
    assert "structure_mismatch" not in blocking(en, fr)
    assert "structure_mismatch" not in blocking(
        "the public policy (ordre public) of a State", "l'ordre public d'un État"
    )


def test_number_words_said_by_grammar_and_third_parties_are_not_errors() -> None:
    assert "number_mismatch" not in blocking(
        "where two or more proposals have been notified", "lorsque plusieurs propositions ont été notifiées"
    )
    assert "number_mismatch" not in blocking("by any third party", "par un tiers")
    assert "number_mismatch" not in blocking(
        "third-country CCPs", "les contreparties centrales des pays tiers"
    )
    assert "number_mismatch" in blocking("within ten days", "dans un délai de cinq jours")


# --- obligations -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        ("The Parties shall exchange information.", "Les Parties peuvent échanger des informations."),
        ("The Parties may exchange information.", "Les Parties échangent des informations."),
        ("The Parties may exchange information.", "Les Parties doivent échanger des informations."),
        ("The Agency shall not disclose the data.", "L'Agence divulgue les données."),
        ("The Agency shall disclose the data.", "L'Agence ne divulgue pas les données."),
        ("No Party may withdraw before 2025.", "Une Partie peut se retirer avant 2025."),
        (
            "If the request is urgent and the victim is a child, the Party shall act.",
            "Si la demande est urgente ou la victime est un enfant, la Partie agit.",
        ),
    ],
)
def test_a_changed_obligation_negation_or_connective_is_a_warning(en: str, fr: str) -> None:
    findings = obligation(en, fr)
    assert findings and all(f.severity is Severity.WARNING for f in findings)


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        ("The Parties shall exchange information.", "Les Parties échangent des informations."),
        ("The Parties may exchange information.", "Les Parties peuvent échanger des informations."),
        (
            "A CCP may only deny access where justified.",
            "Une contrepartie centrale ne peut refuser l'accès que si cela est justifié.",
        ),
        ("The fines shall not exceed EUR 10 000.", "Les amendes sont comprises entre 5 000 et 10 000 EUR."),
        ("an undertaking failing to comply with Article 10", "une entreprise ne respectant pas l'article 10"),
        ("Victims shall not be held liable.", "Les victimes ne peuvent être tenues responsables."),
        ("Everyone has the right to life.", "Tout individu a droit à la vie."),
        (
            "If the application is not complete, ESMA shall set a deadline.",
            "Si la demande est incomplète, l'AEMF fixe un délai.",
        ),
    ],
)
def test_official_ways_of_saying_the_same_force_are_not_warnings(en: str, fr: str) -> None:
    assert obligation(en, fr) == []


def test_an_obligation_finding_names_both_forms_with_evidence() -> None:
    (finding,) = obligation(
        "The Parties may exchange information.", "Les Parties doivent échanger des informations."
    )
    assert "“may” (permission)" in finding.message_en and "“doivent” (obligation)" in finding.message_en
    assert "«\u00a0doivent\u00a0» (obligation)" in finding.message_fr
    assert [s.text for s in finding.en] == ["may"] and [s.text for s in finding.fr] == ["doivent"]
    (neg,) = obligation("The Agency shall not disclose the data.", "L'Agence divulgue les données.")
    assert "“shall not”" in neg.message_en and [s.text for s in neg.en] == ["shall not"]


def test_headings_are_not_read_for_obligations() -> None:
    from mou_review.domain.types import ClauseKind

    pair = ClausePair("Powers that may be delegated", "Pouvoirs délégués", kind=ClauseKind.HEADING)
    assert not [f for f in check_pair(pair) if f.check == "obligation_mismatch"]
