"""Classes of official EN/FR drafting shown by the sixth practice batch (EU financial regulation).

Each case is written for this test, after a class of language seen in the batch (parts of an act
numbered by words and ordinals, points inserted by an amending act, formulas), never one act's wording.
"""

from __future__ import annotations

import pytest

from mou_review.domain.divergence import ClausePair, Severity, _analyse, _sentence_figures, check_pair
from mou_review.domain.glossary import default_glossary
from mou_review.domain.types import ClauseKind, Lang


def blocking(en: str, fr: str, kind: ClauseKind | None = None) -> set[str]:
    """Return the checks that fire at warning or error on a pair."""
    return {f.check for f in check_pair(ClausePair(en, fr, kind=kind)) if f.severity is not Severity.INFO}


# --- the parts of an act, numbered by words in English and by ordinals in French ----------------------

_PARTS = [
    ("PART ONE", "PREMIÈRE PARTIE"),
    ("PART NINE", "NEUVIÈME PARTIE"),
    (
        "The firm shall meet the requirement set out in Part Three or Four of Regulation (EU) 2030/17.",
        "L'entreprise satisfait à l'exigence prévue dans la troisième ou quatrième partie du règlement (UE) 2030/17.",
    ),
    (
        "The requirements laid down in Parts Two to Six shall apply on an individual basis.",
        "Les exigences prévues de la deuxième à la sixième partie s'appliquent sur base individuelle.",
    ),
    (
        "The authority may grant an exemption in respect of Parts Two, Three, Five and Seven.",
        "L'autorité peut accorder une exemption en ce qui concerne les deuxième, troisième, cinquième et "
        "septième parties.",
    ),
    (
        "The risks covered by Parts Three and Four of that Regulation shall be disclosed.",
        "Les risques couverts par la troisième et la quatrième partie de ce règlement sont publiés.",
    ),
    (
        "The report required under Part Eight of Regulation (EU) No 575/2013 shall be published.",
        "Le rapport requis au titre de la partie huit du règlement (UE) no 575/2013 est publié.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), _PARTS)
def test_parts_numbered_by_words_and_by_ordinals_cite_the_same_parts(en: str, fr: str) -> None:
    # "Part Three or Four" / « la troisième ou quatrième partie »: neither a changed citation nor a number,
    # and the « PARTIE » of a heading is neither the Party of the glossary nor initials.
    assert blocking(en, fr) == set()


@pytest.mark.parametrize(
    ("en", "fr", "old", "new"),
    [
        (*_PARTS[1], "NEUVIÈME", "HUITIÈME"),
        (*_PARTS[2], "quatrième partie", "cinquième partie"),
        (*_PARTS[3], "sixième partie", "septième partie"),
        (*_PARTS[4], "cinquième et", "quatrième et"),
        (*_PARTS[6], "partie huit", "partie neuf"),
    ],
)
def test_a_part_cited_by_another_number_is_still_an_error(en: str, fr: str, old: str, new: str) -> None:
    assert "cross_reference_mismatch" in blocking(en, fr.replace(old, new))


def test_a_part_of_a_whole_is_no_citation() -> None:
    # « font partie deux ou plusieurs États membres »: the verb « faire partie », then a count.
    en = "An international body of which two or more Member States are members shall be exempt."
    fr = "Un organisme international dont font partie deux ou plusieurs États membres est exempté."
    assert blocking(en, fr) == set()


# --- formulas and Latin words written alike in both languages -----------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("β = 0,5;", None),
        ("K-TCD = α × CMH + 0,2;", None),
        ("plus", None),
        ("Inclusions", ClauseKind.HEADING),
        ("Exclusion", ClauseKind.HEADING),
    ],
)
def test_a_formula_or_a_latin_word_written_alike_is_translated(text: str, kind: ClauseKind | None) -> None:
    # A formula, a term of a formula in a table, a heading in -usion: both languages write them alike.
    assert "untranslated" not in blocking(text, text, kind)


@pytest.mark.parametrize(
    "text",
    ["Fees plus interest", "The rate shall be 5 % + 1 point;", "Scope of the exclusions"],
)
def test_words_around_a_formula_left_in_english_are_still_untranslated(text: str) -> None:
    assert "untranslated" in blocking(text, text, ClauseKind.HEADING if len(text) < 25 else None)


# --- sentences weighed as written out: initials in one text, the name in words in the other ------------

_CCP_EN = (
    "(12) A CCP should accept to clear transactions executed on any trading venue, provided that the venue "
    "meets the operational requirements set by the CCP. Trading venues should provide each CCP with trade feeds "
    "on a transparent basis. The right of access of a CCP to a venue should allow arrangements whereby several "
    "CCPs use the trade feeds of the same venue. However, this should not lead to interoperability for clearing "
    "or to a fragmentation of liquidity."
)
_CCP_FR = (
    "(12) Une contrepartie centrale devrait accepter de compenser les transactions exécutées sur toute "
    "plate-forme de négociation, dès lors que celle-ci répond aux exigences opérationnelles définies par la "
    "contrepartie centrale. Les plates-formes de négociation devraient fournir à chaque contrepartie centrale "
    "les données relatives aux transactions sur une base transparente. Le droit d'accès d'une contrepartie "
    "centrale à une plate-forme devrait permettre des accords par lesquels plusieurs contreparties centrales "
    "utilisent les données de la même plate-forme."
)
_CCP_FR_LAST = (
    " Cependant, cela ne devrait pas aboutir à l'interopérabilité pour la compensation ni à une fragmentation "
    "des liquidités."
)


def test_a_dropped_sentence_is_found_where_the_french_writes_out_the_english_initials() -> None:
    # Counted in characters, "CCP" is a third of « contrepartie centrale »: the last French sentence,
    # weighed as written out, is one English sentence, not two joined.
    assert "structure_mismatch" not in blocking(_CCP_EN, _CCP_FR + _CCP_FR_LAST)
    assert "structure_mismatch" in blocking(_CCP_EN, _CCP_FR)


def test_initials_in_the_english_plural_anchor_a_sentence_like_the_french_invariable_ones() -> None:
    # "ELTIFs" / « les ELTIF »: the same initials, so the two sentences agree on what they name.
    en = _analyse("Managers of ELTIFs should follow the same rules.", Lang.EN)
    fr = _analyse("Les gestionnaires d'ELTIF devraient suivre les mêmes règles.", Lang.FR)
    glossary = default_glossary()
    assert _sentence_figures(en, [(0, len(en.text))], glossary) == _sentence_figures(
        fr, [(0, len(fr.text))], glossary
    )


# --- a label cited in running text, followed by the provision it belongs to ----------------------------


def test_a_label_followed_by_its_provision_is_cited_not_listed() -> None:
    # "… and (d) of the first subparagraph": the end of a list of points broken by a proviso, a citation.
    en = (
        "By way of derogation from Title II, for the purposes of points (a), (b), insofar as that point "
        "relates to own funds, and (d) of the first subparagraph, end-of-day values shall apply."
    )
    fr = (
        "Par dérogation au titre II, aux fins du premier alinéa, points a), b) dans la mesure où ledit point "
        "concerne les fonds propres, et d), les valeurs de fin de journée s'appliquent."
    )
    assert "structure_mismatch" not in blocking(en, fr)


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        ("(b) of the nationality of both spouses.", "b) de la nationalité des deux époux."),
        (
            "any undertaking (i) in which it holds a majority; or (ii) of which it appoints the board;",
            "toute entreprise i) dans laquelle elle détient la majorité; ou ii) dont elle nomme le conseil;",
        ),
    ],
)
def test_an_item_that_opens_on_of_is_still_listed(en: str, fr: str) -> None:
    assert "structure_mismatch" not in blocking(en, fr)
    assert "structure_mismatch" in blocking(en, fr.replace("b) ", "").replace("ii) ", ""))


# --- initials with a one-letter prefix or a small letter, defined in brackets ---------------------------


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "The authority shall identify other systemically important institutions (O-SIIs) on a consolidated basis.",
            "L'autorité recense sur base consolidée les autres établissements d'importance systémique (EIS).",
        ),
        (
            "EBA shall specify the methodology for global systemically important institutions (G-SIIs).",
            "L'ABE précise la méthode applicable aux établissements d'importance systémique mondiale (EISm).",
        ),
    ],
)
def test_initials_with_a_prefix_or_a_small_letter_define_an_abbreviation(en: str, fr: str) -> None:
    # Each language defines its own initials: neither bracket is a passage the other text lacks.
    assert "structure_mismatch" not in blocking(en, fr)
    assert "structure_mismatch" in blocking(
        en.replace(" institutions (", " institutions (Union Register) ("), fr
    )


def test_a_range_whose_space_was_lost_is_still_a_range() -> None:
    # "Articles 10 to14": a space lost in the official text, still the articles 10 to 14.
    en = "The Commission shall adopt those standards in accordance with Articles 10 to14 of Regulation (EU) No 1093/2010."
    fr = "La Commission adopte ces normes conformément aux articles 10 à 14 du règlement (UE) no 1093/2010."
    assert "cross_reference_mismatch" not in blocking(en, fr)
    assert "cross_reference_mismatch" in blocking(en, fr.replace("10 à 14", "10 à 15"))


# --- official renderings of glossary terms in EU data-protection and procedural drafting ----------------


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "The decision shall be adopted within one month from the referral of the matter.",
            "La décision est adoptée dans un délai d'un mois à compter de la transmission de la question.",
        ),
        (
            "Authorities shall assist each other, including through complaint referral and information exchange.",
            "Les autorités se prêtent assistance, notamment par la transmission des réclamations et l'échange "
            "d'informations.",
        ),
        ("Security of personal data", "Sécurité des données"),
    ],
)
def test_a_term_said_the_eu_way_is_not_a_warning(en: str, fr: str) -> None:
    assert "term_mismatch" not in blocking(en, fr)


def test_personal_data_said_by_no_word_of_data_is_still_a_warning() -> None:
    en = "Personal data shall be kept for no longer than five years."
    fr = "Les renseignements sont conservés pendant une durée maximale de cinq ans."
    assert "term_mismatch" in blocking(en, fr)


# --- a range changed where the text cites the same range twice -------------------------------------------

_TWICE_EN = (
    "Member State law may restrict the rights provided for in Articles 12 to 22, as well as Article 5 in so far "
    "as its provisions correspond to the rights provided for in Articles 12 to 22."
)
_TWICE_FR = (
    "Le droit d'un État membre peut limiter les droits prévus aux articles 12 à 22, ainsi qu'à l'article 5 dans "
    "la mesure où ses dispositions correspondent aux droits prévus aux articles 12 à 22."
)


@pytest.mark.parametrize("changed", ["articles 13 à 22, ainsi", "articles 12 à 21, ainsi"])
def test_a_range_changed_where_the_text_cites_it_twice_is_still_an_error(changed: str) -> None:
    # The changed range cites nothing the other range does not: only counting the ranges shows it.
    assert "cross_reference_mismatch" not in blocking(_TWICE_EN, _TWICE_FR)
    fr = _TWICE_FR.replace("articles 12 à 22, ainsi", changed)
    finding = next(f for f in check_pair(ClausePair(_TWICE_EN, fr)) if f.check == "cross_reference_mismatch")
    assert finding.severity is Severity.ERROR
    assert [s.text for s in finding.fr] == [changed.removesuffix(", ainsi")]


# --- a cut against a sentence that announces a list ----------------------------------------------------

_LIST_EN = (
    "1.   In respect of customers that are subject to targeted financial sanctions or that are controlled by "
    "persons subject to such sanctions, or in which such persons hold more than half of the shares, obliged "
    "entities shall keep records of:"
)
_LIST_FR = (
    "1.   En ce qui concerne les clients qui font l'objet de sanctions financières ciblées ou qui sont contrôlés "
    "par des personnes faisant l'objet de telles sanctions, ou dans lesquels de telles personnes détiennent plus "
    "de la moitié des parts, les entités assujetties tiennent un registre des éléments suivants:"
)


def test_a_side_cut_where_the_other_announces_a_list_is_a_truncation() -> None:
    assert blocking(_LIST_EN, _LIST_FR) == set()
    cut = _LIST_FR[: _LIST_FR.index(" telles personnes")] + " "  # « … ou dans lesquels de »
    assert "length_ratio" in blocking(_LIST_EN, cut)


def test_a_list_announced_by_its_last_words_on_one_side_and_a_colon_on_the_other_is_no_cut() -> None:
    en = "(i) bonds issued repeatedly by credit institutions whose main purpose is to grant mortgage loans, provided that"
    fr = (
        "i) les obligations émises de manière répétée par des établissements de crédit dont l'objet principal "
        "est le crédit hypothécaire, pour autant que:"
    )
    assert "length_ratio" not in blocking(en, fr)


# --- a sentence that ends on a division's letter or numeral -------------------------------------------

_ANNEX_EN = (
    "1.   The home Member State shall ensure that the authorisation specifies the services which the firm may "
    "provide. The authorisation may cover one or more of the ancillary services set out in Section B of Annex I. "
    "Authorisation shall in no case be granted solely for the provision of ancillary services."
)
_ANNEX_FR = (
    "1.   L'État membre d'origine veille à ce que l'agrément précise les services que l'entreprise peut fournir. "
    "L'agrément peut couvrir un ou plusieurs des services auxiliaires visés à la section B de l'annexe I. "
)


def test_a_sentence_that_ends_on_annex_i_is_a_sentence() -> None:
    # "… of Annex I. Authorisation …": the numeral ends the sentence; it is not an initial.
    fr_last = "L'agrément ne peut en aucun cas être délivré pour la seule prestation de services auxiliaires."
    assert "structure_mismatch" not in blocking(_ANNEX_EN, _ANNEX_FR + fr_last)
    assert "structure_mismatch" in blocking(_ANNEX_EN, _ANNEX_FR)
