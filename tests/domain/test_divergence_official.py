"""Divergence checks on the freer renderings of official translations: true and false cases per fix."""

from __future__ import annotations

import pytest

from bench.bench_divergence_quality import Report, evaluate, load_held_out
from mou_review.domain.divergence import ClausePair, Severity, check_pair
from mou_review.domain.textnorm import find_fractions, find_word_dates, fold, ordinal_value
from mou_review.domain.types import ClauseKind, Lang

NB = "\u00a0"


def fired(en: str, fr: str, **kw: object) -> set[str]:
    """Return the checks that fire at warning or error on a pair."""
    return {f.check for f in check_pair(ClausePair(en, fr, **kw)) if f.severity is not Severity.INFO}


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("ninetieth", Lang.EN, 90),
        ("twenty-first", Lang.EN, 21),
        ("one hundred and fifth", Lang.EN, 105),
        ("quatre-vingt-dixieme", Lang.FR, 90),
        ("vingt et unieme", Lang.FR, 21),
        ("quarantieme", Lang.FR, 40),
        ("quatre-vingtieme", Lang.FR, 80),
    ],
)
def test_ordinal_value_reads_compound_ordinals(text: str, lang: Lang, value: int) -> None:
    assert ordinal_value(text, lang) == value


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("two thirds of the members", Lang.EN, [("0.6667", False)]),
        ("les deux tiers des membres", Lang.FR, [("0.6667", False)]),
        ("half of the members", Lang.EN, [("0.5000", False)]),
        ("la moitie des membres", Lang.FR, [("0.5000", False)]),
        ("in the second half of 2022", Lang.EN, [("0.5000", True)]),
        ("vers un etat tiers", Lang.FR, [("0.3333", True)]),
        ("the third year", Lang.EN, []),
    ],
)
def test_find_fractions_tells_shares_from_labels(text: str, lang: Lang, expected: list) -> None:
    assert [(str(v), soft) for *_, v, soft in find_fractions(text, lang)] == expected


@pytest.mark.parametrize(
    ("text", "lang", "key"),
    [
        ("done this fourteenth day of june, two thousand and twenty-one", Lang.EN, (2021, 6, 14)),
        ("fait le quatorze juin deux mille vingt et un", Lang.FR, (2021, 6, 14)),
        ("le premier mars deux mille vingt-deux", Lang.FR, (2022, 3, 1)),
        ("on the first day of march 2022", Lang.EN, (2022, 3, 1)),
    ],
)
def test_find_word_dates_reads_dates_in_words(text: str, lang: Lang, key: tuple) -> None:
    assert [k for *_, k in find_word_dates(fold(text), lang)] == [key]


def test_find_word_dates_leaves_digit_dates_to_find_dates() -> None:
    assert find_word_dates("le 14 juin 2021", Lang.FR) == []


@pytest.mark.parametrize(
    ("en", "fr", "mismatch"),
    [
        (
            "This Protocol shall enter into force on the ninetieth day after the deposit of the fortieth instrument.",
            "Le présent Protocole entre en vigueur le quatre-vingt-dixième jour suivant le dépôt du quarantième instrument.",
            False,
        ),
        (
            "This Protocol shall enter into force on the ninetieth day after the deposit of the fortieth instrument.",
            "Le présent Protocole entre en vigueur le soixantième jour suivant le dépôt du quarantième instrument.",
            True,
        ),
        (
            "The secretariat is provided during the first two years.",
            "Le secrétariat est assuré pendant les deux premières années.",
            False,
        ),
        (
            "Decisions require a majority of two thirds.",
            "Les décisions requièrent une majorité des deux tiers.",
            False,
        ),
        (
            "Decisions require a majority of two thirds.",
            "Les décisions requièrent une majorité des trois quarts.",
            True,
        ),
        ("The penalty is increased by one third.", "La peine est augmentée d'un tiers.", False),
        ("A quorum is half of the members.", "Le quorum est atteint avec la moitié des membres.", False),
        ("A quorum is half of the members.", "Le quorum est atteint avec le tiers des membres.", True),
        (
            "The training takes place in the second half of 2022.",
            "La formation a lieu au second semestre 2022.",
            False,
        ),
        (
            "Secondly, the Parties shall raise awareness.",
            "En deuxième lieu, les Parties sensibilisent.",
            False,
        ),
        ("The Commission has seventy-one members.", "La Commission compte soixante et onze membres.", False),
        (
            "The Conference shall hold biennial sessions.",
            "La Conférence tient une session tous les deux ans.",
            False,
        ),
    ],
)
def test_number_mismatch_reads_ordinals_fractions_and_adverbs(en: str, fr: str, mismatch: bool) -> None:
    assert ("number_mismatch" in fired(en, fr)) is mismatch


@pytest.mark.parametrize(
    ("en", "fr", "mismatch"),
    [
        (
            "DONE at Niamey this fourteenth day of June, two thousand and twenty-one.",
            "FAIT à Niamey le quatorze juin deux mille vingt et un.",
            False,
        ),
        (
            "DONE at Niamey this fourteenth day of June, two thousand and twenty-one.",
            "FAIT à Niamey le quinze juin deux mille vingt et un.",
            True,
        ),
        (
            "DONE at Niamey this fourteenth day of June, two thousand and twenty-one.",
            "FAIT à Niamey le quatorze juin deux mille vingt-deux.",
            True,
        ),
        ("Done at Abuja on 14 June 2021.", "Fait à Abuja le quatorze juin deux mille vingt et un.", False),
    ],
)
def test_date_mismatch_compares_dates_written_in_words(en: str, fr: str, mismatch: bool) -> None:
    found = fired(en, fr)
    assert ("date_mismatch" in found) is mismatch
    assert "number_mismatch" not in found


@pytest.mark.parametrize(
    ("en", "fr", "mismatch"),
    [
        (
            "Transit through Libya shall be monitored.",
            "Le transit par la Libye fait l'objet d'un suivi.",
            False,
        ),
        (
            "Transit through Libya shall be monitored.",
            "Le transit par le Tchad fait l'objet d'un suivi.",
            True,
        ),
        (
            "The summit met in Addis Ababa, Ethiopia.",
            "Le sommet s'est réuni à Addis-Abeba (Éthiopie).",
            False,
        ),
        ("The Secretariat is provided by ICMPD.", "Le secrétariat est assuré par le CIDPM.", False),
        ("Screening follows WHO guidelines.", "Le dépistage suit les lignes directrices de l'OMS.", False),
        ("The Parties involve UNHCR and the ILO.", "Les Parties associent le HCR et l'OIT.", False),
        ("The Parties involve UNHCR and the ILO.", "Les Parties associent le HCR et l'UNICEF.", True),
        ("The Secretariat is provided by ICMPD.", "Le secrétariat est assuré par le Centre.", True),
        (
            "IN WITNESS WHEREOF, the undersigned have signed.",
            "EN FOI DE QUOI, les soussignés ont signé.",
            False,
        ),
        ("HAVE AGREED AS FOLLOWS:", f"SONT CONVENUS DE CE QUI SUIT{NB}:", False),
        ("DONE at Niamey.", "FAIT à Niamey.", False),
        ("MEMORANDUM BETWEEN NAPTIP AND ECOWAS", "MÉMORANDUM ENTRE LA NAPTIP ET L'UEMOA", True),
    ],
)
def test_entity_mismatch_knows_exonyms_acronym_pairs_and_capitals(en: str, fr: str, mismatch: bool) -> None:
    found = fired(en, fr)
    assert ({"entity_mismatch", "term_mismatch"} & found != set()) is mismatch


@pytest.mark.parametrize(
    ("en", "fr", "mismatch"),
    [
        (
            "The States Parties to the present Convention,",
            "Les États parties à la présente Convention,",
            False,
        ),
        (
            "This MoU shall be implemented in good faith.",
            "Le présent Protocole d'accord est mis en œuvre de bonne foi.",
            False,
        ),
        ("This Memorandum may be amended.", "Le présent Mémorandum d'entente peut être modifié.", False),
        ("This Memorandum may be amended.", "Le présent Arrangement peut être modifié.", True),
        (
            "Nationals who fall victim to trafficking shall be assisted.",
            "Les ressortissants victimes de la traite sont assistés.",
            False,
        ),
        (
            "A victim of trafficking shall be assisted.",
            "Une victime est assistée par les services sociaux compétents ; la traite est réprimée.",
            True,
        ),
    ],
)
def test_term_mismatch_accepts_variants_and_rewordings(en: str, fr: str, mismatch: bool) -> None:
    assert ("term_mismatch" in fired(en, fr)) is mismatch


@pytest.mark.parametrize(
    ("en", "fr", "mismatch"),
    [
        (  # two sentences joined into one, same length
            "The Parties shall take the necessary measures to protect victims. Such measures shall include housing and medical assistance.",
            "Les Parties prennent les mesures nécessaires pour protéger les victimes, notamment un logement et une assistance médicale.",
            False,
        ),
        (  # a sentence dropped: the French is much shorter
            "The Parties shall take the necessary measures to protect victims. Such measures shall include housing and medical assistance.",
            "Les Parties prennent les mesures nécessaires pour protéger les victimes.",
            True,
        ),
        (  # an enumeration rewritten as prose
            "The Agency shall:\n- coordinate national action;\n- collect and analyse data;\n- support victims.",
            "L'Agence a pour missions de coordonner l'action nationale, de collecter et d'analyser les données et de soutenir les victimes.",
            False,
        ),
        (  # an item dropped from a list that stays a list
            "The Parties undertake to:\n(a) share good practices;\n(b) harmonise legislation;\n(c) exchange staff.",
            f"Les Parties s'engagent à{NB}:\na) partager les bonnes pratiques{NB};\nb) harmoniser leurs législations.",
            True,
        ),
        (  # a remark moved out of brackets
            "The requesting Party shall, where necessary (and in particular in urgent cases), transmit the request by e-mail.",
            "En cas de besoin, et notamment en cas d'urgence, la Partie requérante transmet la demande par courrier électronique.",
            False,
        ),
        (  # a bracketed acronym dropped
            "The project is supported by the International Centre for Migration Policy Development (ICMPD).",
            "Le projet est soutenu par le Centre international pour le développement des politiques migratoires.",
            True,
        ),
        (  # a short bracketed label dropped
            "Annex 1 (Work Plan) forms part of this Memorandum.",
            "L'annexe 1 fait partie du présent Mémorandum.",
            True,
        ),
    ],
)
def test_structure_mismatch_tolerates_rewriting_that_keeps_content(en: str, fr: str, mismatch: bool) -> None:
    assert ("structure_mismatch" in fired(en, fr)) is mismatch


@pytest.mark.parametrize(
    ("en", "fr", "kind", "expected"),
    [
        ("II. Composition", "II. Composition", ClauseKind.HEADING, False),
        ("Introduction", "Introduction", ClauseKind.HEADING, False),
        ("Definitions", "Definitions", ClauseKind.HEADING, True),
        ("Final Provisions", "Final Provisions", ClauseKind.HEADING, True),
    ],
)
def test_untranslated_accepts_words_spelt_alike(en: str, fr: str, kind: ClauseKind, expected: bool) -> None:
    assert ("untranslated" in fired(en, fr, kind=kind)) is expected


@pytest.fixture(scope="module")
def held_out() -> Report:
    faithful, injected = load_held_out()
    return evaluate(faithful, injected)


def test_divergence_held_out_official_style_set_is_large_enough(held_out: Report) -> None:
    assert held_out.faithful_total >= 200
    assert held_out.injected_total >= 60


def test_divergence_held_out_official_style_pairs_rarely_warn(held_out: Report) -> None:
    assert held_out.false_alarm_rate <= 0.02, [case.id for case, _ in held_out.faithful_flagged]


def test_divergence_held_out_injected_divergences_are_caught(held_out: Report) -> None:
    assert held_out.recall >= 0.95, [case.note for case, _ in held_out.injected_missed]
