"""Classes of official EN/FR drafting that the divergence rules must read as faithful (or not).

Each case is written for this test, after a class of language seen in official texts (EU acts, UN
resolutions): the rule is fixed for the class, never for one instrument's wording.
"""

from __future__ import annotations

import unicodedata

import pytest

from mou_review.domain.divergence import ClausePair, Severity, _align, check_pair, length_warn_band
from mou_review.domain.glossary import Glossary, default_glossary
from mou_review.domain.types import ClauseKind, Lang


def blocking(en: str, fr: str) -> set[str]:
    """Return the checks that fire at warning or error on a pair."""
    return {f.check for f in check_pair(ClausePair(en, fr)) if f.severity is not Severity.INFO}


# --- decomposed accents ------------------------------------------------------------------------


def test_decomposed_accents_read_as_composed_and_evidence_points_into_the_original() -> None:
    fr = unicodedata.normalize("NFD", "La Partie notifie le deuxième rapport le 3 février 2021.")
    en = "The Party shall notify the third report on 3 February 2021."
    findings = check_pair(ClausePair(en, fr))
    (numbers,) = [f for f in findings if f.check == "number_mismatch"]
    (span,) = numbers.fr
    assert fr[span.start : span.end] == span.text
    assert unicodedata.normalize("NFC", span.text) == "deuxième"
    assert "date_mismatch" not in {f.check for f in findings}


def test_decomposed_accents_do_not_hide_a_glossary_term() -> None:
    en = "Number of victims of human trafficking per 100,000 inhabitants"
    fr = unicodedata.normalize(
        "NFD", "Nombre de victimes de la traite d'êtres humains pour 100 000 habitants"
    )
    assert "term_mismatch" not in blocking(en, fr)


# --- glossary terms ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        # The short name of the Union, against its initials or its full name.
        (
            "Access to EU financial markets shall be facilitated.",
            "L'accès aux marchés financiers de l'Union est facilité.",
        ),
        ("The Union shall adopt measures.", "L'UE adopte des mesures."),
        ("the Council of the European Union", "le Conseil de l'Union"),
        ("with the African Union", "avec l'Union africaine"),
        # A verb where the other text has a noun.
        (
            "This Regulation enters into force on the day of its publication.",
            "Date d'entrée en vigueur : le jour de la publication.",
        ),
        ("before the amendments enter into force", "avant l'entrée en vigueur des modifications"),
        (
            "Amendments shall enter into force in accordance with Article 12.",
            "les modifications entrant en vigueur conformément à l'article 12.",
        ),
        # A term said inside a longer term of the glossary.
        ("victims of human trafficking", "les victimes de la traite d'êtres humains"),
        # An organisation by its initials on one side, by its name on the other.
        ("in cooperation with the United Nations", "en coopération avec l'ONU"),
        ("as reported to WHO", "tel que communiqué à l'Organisation mondiale de la santé"),
        # The same word in its ordinary sense on both sides.
        (
            "The agriculture orientation index for government expenditures",
            "Indice d'orientation agricole des dépenses publiques",
        ),
        # A rendering the glossary accepts without looking for it.
        (
            "the voting modalities for referrals to the Authority",
            "les modalités de vote pour la saisine de l'Autorité",
        ),
        (
            "resources to strengthen statistical capacity",
            "ressources allouées au renforcement des capacités statistiques",
        ),
        # A word with other senses (« orientation », a guideline) and French explicitation (« de l'Union »).
        (
            "each authority shall confirm whether it complies with that guideline",
            "chaque autorité indique si elle respecte cette orientation",
        ),
        ("the acts referred to in Article 1(2)", "les actes de l'Union visés à l'article 1er, paragraphe 2"),
        ("as the new requirements come into effect", "lors de leur entrée en vigueur"),
    ],
)
def test_official_renderings_of_a_glossary_term_are_not_warnings(en: str, fr: str) -> None:
    assert not blocking(en, fr) & {"term_mismatch", "entity_mismatch"}


def test_a_term_missing_from_one_side_is_still_a_warning() -> None:
    assert "term_mismatch" in blocking(
        "Each Party shall designate a focal point.", "Chaque Partie désigne un correspondant."
    )
    assert "term_mismatch" in blocking(
        "This Memorandum shall enter into force on signature.",
        "Le présent Mémorandum prend effet à sa signature.",
    )
    assert "term_mismatch" in blocking(
        "The referral of victims is free.", "L'accueil des victimes est gratuit."
    )


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        # A term whose words French sets apart ("home and host competent authorities").
        (
            "the home and host competent authorities of the exchange shall cooperate",
            "les autorités des États membres d'origine et d'accueil compétentes pour la bourse coopèrent",
        ),
        # A possessive; the singular said for the plural.
        (
            "The competent authority's liability is governed by national law.",
            "La responsabilité des autorités compétentes relève du droit national.",
        ),
        # The name of a division of an annex, not the defined term « Partie ».
        ("Part B Acts repealed", "Partie B Actes abrogés"),
        # Renderings official texts use for a term.
        ("Data privacy shall be protected.", "La confidentialité des données est protégée."),
        ("once the agreement has become effective", "une fois que l'accord est entré en vigueur"),
        (
            "after the referral of the matter to the Board",
            "après que l'affaire a été portée devant le conseil",
        ),
        ("such as non-disclosure agreements", "tels que les accords de confidentialité"),
        ("by exchanging capacity building tools", "par l'échange d'outils de développement des compétences"),
        (
            "creditors who were not heard before the stay came into force",
            "les créanciers qui n'ont pas été entendus avant que la suspension ne soit effective",
        ),
    ],
)
def test_terms_said_the_official_ways_are_not_warnings(en: str, fr: str) -> None:
    assert "term_mismatch" not in blocking(en, fr)


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "the home and host competent authorities of the exchange shall cooperate",
            "les autorités des États membres d'origine et d'accueil de la bourse coopèrent",
        ),
        (
            "The authority's liability is governed by national law.",
            "La responsabilité des autorités compétentes relève du droit national.",
        ),
        ("Part B Acts repealed", "Partie C Actes abrogés"),
        ("Data shall be stored.", "La confidentialité des données est protégée."),
        ("once the agreement has been signed", "une fois que l'accord est entré en vigueur"),
        # The Working Group's Terms of Reference are « termes de référence », never « mandat ».
        ("The Terms of Reference are set out in Annex 2.", "Le mandat figure à l'annexe 2."),
        ("creditors heard before the stay came into force", "les créanciers entendus avant la suspension"),
    ],
)
def test_a_term_said_on_one_side_only_is_still_a_warning(en: str, fr: str) -> None:
    assert "term_mismatch" in blocking(en, fr)


def test_an_answer_only_form_answers_but_raises_at_most_an_info() -> None:
    g = default_glossary()
    (union,) = g.find("les actes de l'Union", Lang.FR)
    assert union.answer_only and not g.find("the acts", Lang.EN)
    (eu,) = g.find("the EU acts", Lang.EN)
    assert not eu.answer_only
    assert "term_mismatch" not in blocking("the EU acts", "les actes de l'Union")


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        # Vehicle type-approval acts (2013/167, 2013/168, 2019/2144): "approval authorities" are « autorités
        # compétentes en matière de réception »; other acts name the authorities by another qualifier.
        (
            "The approval authorities shall inform each other of any withdrawal.",
            "Les autorités compétentes en matière de réception s'informent mutuellement de tout retrait.",
        ),
        (
            "cooperation among the responsible authorities in each Member State",
            "une coopération entre les autorités compétentes de chaque État membre",
        ),
        (
            "ESMA shall, after consulting the relevant competent authorities, develop draft standards",
            "l'AEMF, après avoir consulté les autorités concernées, élabore des projets de normes",
        ),
        # A name that holds the initials keeps them in French (2021/763, 2022/2555, 2016/200, 2024/3084).
        (
            "in accordance with the template EU TLAC1 of Annex V",
            "en utilisant le modèle EU TLAC1 de l'annexe V",
        ),
        ("EU-CyCLONe shall adopt its rules of procedure.", "EU-CyCLONe adopte son règlement intérieur."),
        # A plural of a short word: « États » for "States" (2020/1783, 2020/1784).
        (
            "in relations between the Member States party thereto",
            "dans les rapports entre les États membres qui y sont parties",
        ),
        (
            "standards already adopted and not yet in force",
            "normes déjà adoptées mais non encore entrées en vigueur",
        ),
        (
            "the disclosure of information which is subject to legal privilege",
            "la divulgation d'informations relevant de la protection de la confidentialité",
        ),
        (
            "Those decisions shall become binding only if the authority has raised no objections.",
            "Ces décisions n'entrent en vigueur que si l'autorité n'a pas émis d'objection.",
        ),
        (
            "the establishment of a steering committee comprising representatives of the Member States",
            "la création d'un comité directeur composé de représentants des États membres",
        ),
        (
            "the focal point referred to in Article 69(2)",
            "le point de contact visé à l'article 69, paragraphe 2",
        ),
        (
            "aggregated by the EU Building Stock Observatory",
            "agrégées par l'observatoire européen du patrimoine bâti",
        ),
        (
            "the personal details of the heads of functions",
            "les données personnelles des responsables des fonctions",
        ),
    ],
)
def test_terms_said_the_ways_eu_acts_say_them_are_not_warnings(en: str, fr: str) -> None:
    assert "term_mismatch" not in blocking(en, fr)


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        # No qualifier of their own: the authorities, or a verb after « autorités ».
        ("The authorities shall inform each other.", "Les autorités compétentes s'informent mutuellement."),
        ("The competent authorities shall inform each other.", "Les autorités veillent à s'informer."),
        # The initials kept once where English writes them twice.
        ("the template EU TLAC1 and the EU rules", "le modèle EU TLAC1 et les règles"),
    ],
)
def test_a_term_without_its_rendering_is_still_a_warning(en: str, fr: str) -> None:
    assert "term_mismatch" in blocking(en, fr)


def test_checker_wordings_join_only_concepts_the_glossary_has() -> None:
    own = Glossary.from_entries([("focal point", "point focal")])
    assert len(own) == 1 and own.concept_of("Union", Lang.EN) is None
    full = default_glossary()
    assert full.concept_of("Union", Lang.FR) == full.concept_of("EU", Lang.EN)
    assert full.concept_of("enters into force", Lang.EN) == full.concept_of("entrée en vigueur", Lang.FR)


def test_glossary_occurs_finds_a_form_inside_a_longer_term() -> None:
    g = default_glossary()
    concept = g.concept_of("human trafficking", Lang.EN)
    assert concept is not None
    text = "les victimes de la traite d'êtres humains"
    assert [m.text for m in g.find(text, Lang.FR)] == ["victimes de la traite"]
    assert g.occurs(concept, text, Lang.FR)
    assert not g.occurs(concept, "les victimes", Lang.FR)


# --- length ------------------------------------------------------------------------------------


def test_the_length_band_narrows_as_the_clause_grows() -> None:
    low_short, high_short = length_warn_band(100)
    low_long, high_long = length_warn_band(1000)
    assert low_short < low_long < 0.85 and 1.40 < high_long < high_short


def test_a_short_title_said_in_more_words_is_not_a_warning() -> None:
    assert "length_ratio" not in blocking(
        "Mortality rate attributed to household and ambient air pollution",
        "Taux de mortalité attribuable à la pollution de l'air dans les habitations et à la pollution de l'air ambiant",
    )


_POWERS_EN = "The powers referred to in Articles 3(2), 5(4), 7(1), 9(3) and 11(6) are conferred on the Board for five years."
_POWERS_FR = (
    "Les pouvoirs visés à l'article 3, paragraphe 2, à l'article 5, paragraphe 4, à l'article 7, paragraphe 1, "
    "à l'article 9, paragraphe 3, et à l'article 11, paragraphe 6, sont conférés au conseil pour cinq ans."
)
_SAVER_EN = (
    "A person selling an LTSP shall give the LTSP sheet to the saver before any LTSP contract is signed."
)
_SAVER_FR = (
    "Une personne qui vend un produit d'épargne à long terme pour les petits épargnants remet la fiche du "
    "produit d'épargne à long terme à l'épargnant avant la signature d'un contrat relatif à un produit "
    "d'épargne à long terme pour les petits épargnants."
)


def test_french_citations_and_names_written_out_are_not_a_longer_text() -> None:
    # « à l'article 3, paragraphe 2, » for "Articles 3(2),"; a name in initials written out in French.
    assert "length_ratio" not in blocking(_POWERS_EN, _POWERS_FR)
    assert "length_ratio" not in blocking(_SAVER_EN, _SAVER_FR)


def test_citations_and_initials_do_not_hide_a_passage_on_one_side_only() -> None:
    added = (
        " Le conseil rend compte chaque année au Parlement européen de l'exercice de ces pouvoirs délégués."
    )
    assert "length_ratio" in blocking(_POWERS_EN, _POWERS_FR[:-1] + "," + added)
    assert "length_ratio" in blocking(
        _SAVER_EN[:-1] + ", and shall keep a copy of that sheet for five years after the contract ends.",
        "Une personne qui vend un produit d'épargne à long terme remet la fiche.",
    )


def test_a_truncated_clause_is_a_warning() -> None:
    en = (
        "A CCP shall maintain sufficient pre-funded available financial resources to cover potential losses "
        "that exceed the losses to be covered by margin requirements laid down in Article 41 and the default "
        "fund as referred to in Article 42. Such pre-funded financial resources shall include dedicated "
        "resources of the CCP, shall be freely available to the CCP and shall not be used to meet the capital."
    )
    fr = (
        "Les contreparties centrales conservent des ressources financières préfinancées disponibles "
        "suffisantes pour couvrir les pertes potentielles dépassant les pertes à couvrir par les exigences "
        "de marge prévues à l'article 41 et le fonds de défaillance visé à l'article 42."
    )
    assert "length_ratio" in blocking(en, fr)


_CUT_EN = (
    "The secretariat shall send the draft minutes to both delegations in good time before the next "
    "meeting of the Working Group, unless the Co-Chairs decide otherwise."
)
_CUT_FR = (
    "Le secrétariat transmet le projet de procès-verbal aux deux délégations en temps utile avant la "
    "prochaine réunion du Groupe de travail, sauf décision contraire des coprésidents."
)


@pytest.mark.parametrize(
    ("en", "fr", "cut", "word"),
    [
        # Cut after a preposition: the lengths alone (0.8 or so) would give at most an info.
        (_CUT_EN, _CUT_FR[: _CUT_FR.index(" du Groupe")] + " du", Lang.FR, "du"),
        (_CUT_EN, _CUT_FR[: _CUT_FR.index(" avant")] + " avant la", Lang.FR, "la"),
        (_CUT_EN[: _CUT_EN.index(" of the")] + " of the", _CUT_FR, Lang.EN, "the"),
        (_CUT_EN[: _CUT_EN.index(" the next")], _CUT_FR, Lang.EN, "before"),
        (_CUT_EN, _CUT_FR[: _CUT_FR.index(" des coprésidents")] + " et", Lang.FR, "et"),
    ],
)
def test_a_side_that_stops_in_mid_sentence_is_a_warning_whatever_its_length(
    en: str, fr: str, cut: Lang, word: str
) -> None:
    found = [f for f in check_pair(ClausePair(en, fr)) if f.check == "length_ratio"]
    assert [f.severity for f in found] == [Severity.WARNING]
    spans = found[0].en if cut is Lang.EN else found[0].fr
    assert [s.text for s in spans] == [word]
    side_en, side_fr = ("English", "anglaise") if cut is Lang.EN else ("French", "française")
    assert found[0].message_en.startswith(f"The {side_en} stops in mid-sentence")
    assert found[0].message_fr.startswith(f"La version {side_fr} s\u2019arrête au milieu d\u2019une phrase")


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        # A list item that ends on its connective after a semicolon or a comma goes on in the next item.
        ("(a) the request is made in writing; or", "a) la demande est présentée par écrit; ou"),
        ("(a) the request is made in writing; and", "a) la demande est présentée par écrit, et"),
        # A lead-in that announces a list on the other side ("provided that" / « pour autant que: »).
        (
            "The Parties shall share the data, provided that",
            "Les Parties partagent les données, pour autant que:",
        ),
        # « ci-après » ends a definition's lead-in; a word after a hyphen is not the word alone.
        ("The following terms are defined below.", "Les termes suivants sont définis ci-après"),
        # Neither side ends a sentence: a title or a label.
        ("Exchange of information between the", "Échange d'informations entre les"),
    ],
)
def test_an_ending_that_goes_on_elsewhere_is_no_cut(en: str, fr: str) -> None:
    assert not [
        f
        for f in check_pair(ClausePair(en, fr))
        if f.check == "length_ratio" and f.severity is Severity.WARNING
    ]


# --- numbers -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        # EU English with decimal commas and spaces between thousands.
        ("an initial capital of at least EUR 7,5 million", "un capital initial d'au moins 7,5 millions EUR"),
        ("is lower than 2,5 % of the turnover", "est inférieur à 2,5 % du chiffre d'affaires"),
        ("does not exceed EUR 2,5 billion per year", "ne dépasse pas 2,5 milliards d'EUR par an"),
        # An amount right after a citation is not part of it.
        (
            "increase the threshold set out in paragraph 8 to EUR 20 000",
            "porter le seuil énoncé au paragraphe 8 à 20 000 EUR",
        ),
        (
            "for infringements of Articles 14 and 15, EUR 15 000 000",
            "en cas de violation des articles 14 et 15, 15 000 000 EUR",
        ),
        # A number word the other text says by grammar or another word.
        ("where two or more proposals were notified", "lorsque plusieurs propositions ont été notifiées"),
        ("other than the two-way exchange of margins", "autre que l'échange réciproque de marges"),
        ("imports with zero-tariff", "importations bénéficiant d'une franchise de droits"),
        ("in the jurisdiction of a third currency", "dans la juridiction d'une tierce monnaie"),
        ("In a third report, the Authority shall evaluate", "Dans un troisième rapport, l'Autorité évalue"),
        ("where it applies a threshold of one-third", "lorsqu'il applique un seuil d'un tiers"),
        # The same share said as a percentage and as a fraction; alternatives joined by a slash.
        (
            "people living below 50 per cent of median income",
            "personnes vivant avec moins de la moitié du revenu médian",
        ),
        ("children in grades 2/3", "enfants en 2e ou 3e année"),
        # A code written with or without a space (PM2.5 / PM 2,5).
        ("fine particulate matter (PM2.5 and PM10)", "particules fines (PM 2,5 et PM 10)"),
        # French ordinal abbreviations.
        ("on the 3rd day", "le 3e jour"),
        ("Part 1 of the report", "la 1re partie du rapport"),
        # A decimal comma after a lone zero; a century in roman figures; a scale said once for two numbers.
        ("a step of EUR 0,0001 per unit", "un palier de 0,0001 EUR par unité"),
        # An hour of the day: "9.00" / « 9 h 00 ».
        (
            "published before 9.00 local time, or by 17.30",
            "publiées avant 9 h 00, heure locale, ou à 17 h 30",
        ),
        ("the tools of the twenty-second century", "les outils du XXIIe siècle"),
        ("between 30 million and 40 million holders", "entre 30 et 40 millions de détenteurs"),
        # One unit of time said by the article alone; a provision numbered « 3 bis » ("3a").
        ("The Agency shall reply within 1 week.", "L'Agence répond dans la semaine."),
        ("3a. No fee shall be charged.", "3 bis. Aucune redevance n'est perçue."),
        # A point the English cites by its bare number.
        ("(c) small firms as defined in 14;", "c) les petites entreprises définies au point 14);"),
    ],
)
def test_numbers_written_the_official_ways_are_not_errors(en: str, fr: str) -> None:
    assert "number_mismatch" not in blocking(en, fr)


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        ("an initial capital of at least EUR 7,5 million", "un capital initial d'au moins 8,5 millions EUR"),
        ("is lower than 2,5 % of the turnover", "est inférieur à 3,5 % du chiffre d'affaires"),
        ("The Group shall meet twice a year.", "Le Groupe se réunit une fois par an."),
        (
            "people living below 40 per cent of median income",
            "personnes vivant avec moins de la moitié du revenu médian",
        ),
        ("on the 3rd day", "le 4e jour"),
        ("a step of EUR 0,0001 per unit", "un palier de 0,001 EUR par unité"),
        ("published before 9.00 local time", "publiées avant 10 h 00, heure locale"),
        ("the tools of the twenty-second century", "les outils du XXIe siècle"),
        ("between 30 million and 40 million holders", "entre 30 et 50 millions de détenteurs"),
        ("The Agency shall reply within 1 week.", "L'Agence répond dans les 2 semaines."),
        ("(c) small firms with 14 employees;", "c) les petites entreprises de 15 salariés;"),
    ],
)
def test_a_changed_number_is_still_an_error(en: str, fr: str) -> None:
    assert "number_mismatch" in blocking(en, fr)


def test_a_month_of_a_year_is_a_date_in_both_languages() -> None:
    en = "recorded on the last business day of March, April and May of 2016"
    fr = "enregistrés au dernier jour ouvrable des mois de mars, avril et mai de l'année 2016"
    assert not blocking(en, fr) & {"number_mismatch", "date_mismatch"}


# --- cross-references --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "pursuant to 16(4) of Regulation (EU) No 236/2012",
            "conformément à l'article 16, paragraphe 4, du règlement (UE) no 236/2012",
        ),
        (
            "Application of 9(2) and Article 11",
            "Application de l'article 9, paragraphe 2, et de l'article 11",
        ),
        (
            "referred to in Art 58(1)(a) of Directive 2014/65/EU",
            "prévus par l'article 58, paragraphe 1, point a), de la directive 2014/65/UE",
        ),
        (
            "as defined in Article 1a(2) of Directive 85/611/EEC",
            "au sens de l'article 1er bis, point 2), de la directive 85/611/CEE",
        ),
        (
            "under the first, second and third indents of point (a) of Article 2",
            "au sens de l'article 2, point a), premier, deuxième et troisième tirets",
        ),
        ("the first sentence of point (2) of Article 2", "l'article 2, point 2), première phrase"),
        (
            "as referred to in paragraph 1, (ii) the risk is borne",
            "visée au paragraphe 1; ii) le risque est supporté",
        ),
        ("Articles 1 and 2", "articles 1er et 2"),
        ("CHAPTER ONE GENERAL PROVISIONS", "CHAPITRE PREMIER DISPOSITIONS GÉNÉRALES"),
        ("TITLE I", "TITRE PREMIER"),
        ("as laid down in Title I", "prévues au titre premier"),
        ("Chapter Three", "Chapitre III"),
        ("paragraph 2(a)", "paragraphe 2 a)"),
        (
            "In accordance with Article 18(1) or (2), the person concerned",
            "Conformément à l'article 18, paragraphe 1 ou 2, l'intéressé",
        ),
        ("under paragraph 1, the person concerned", "au titre du paragraphe 1, l'intéressé"),
        ("clause (i)", "sous-alinéa (i)"),
        ("Articles 4, 5, and 6 apply.", "Les articles 4, 5 et 6 s'appliquent."),
        # Provisions inserted later: « bis » ... « sexies », or a capital letter set apart in older acts.
        ("Articles 7d and 7e of Chapter VA", "les articles 7 quinquies et 7 sexies du chapitre V bis"),
        # Past « decies » the Latin goes on (« 48 undecies » is 48j, « 325 novoquinquagies » 325bf, the 59th),
        # and an insertion into an insertion takes two words (« 27 quinquies bis » is 27da), in points too.
        ("in accordance with Article 48j, ESMA", "conformément à l'article 48 undecies, l'AEMF"),
        (
            "referred to in Article 325bf(6) of Regulation (EU) No 575/2013",
            "visés à l'article 325 novoquinquagies, paragraphe 6, du règlement (UE) no 575/2013",
        ),
        ("Articles 325l to 325q and 325az", "articles 325 terdecies à 325 octodecies et 325 terquinquagies"),
        (
            "in accordance with Articles 27da and 27db",
            "conformément aux articles 27 quinquies bis et 27 quinquies ter",
        ),
        ("in accordance with Article 8ab(2)", "conformément à l'article 8 bis ter, paragraphe 2"),
        ("(c) the following point (fa) is inserted:", "c) le point f bis) suivant est inséré:"),
        (
            "Article 7(4), point (b), (c), (ca) and (d)",
            "l'article 7, paragraphe 4, points b), c), c bis) et d)",
        ),
        ("the sum of points (a) to (ca)", "la somme des éléments visés aux points a) à c bis)"),
        (
            "in accordance with Article 4bis of the Madrid Protocol",
            "conformément à l'article 4 bis du protocole",
        ),
        (
            "pursuant to Article 3ter(2) of the Madrid Protocol",
            "conformément à l'article 3 ter.2) du protocole",
        ),
        # A numbered point of a lettered paragraph, as the annexes of Directive 2011/16/EU number theirs.
        (
            "the definitions in Section I, subparagraphs A(1) to A(4), of Annex V to Directive 2011/16/EU",
            "les définitions figurant à l'annexe V, section I, points A 1) à A 4), de la directive 2011/16/UE",
        ),
        (
            "in Section I, subparagraphs B(1) to B(4), C(1) and C(2), of Annex V",
            "à l'annexe V, section I, points B. 1) à B. 4), C. 1) et C. 2)",
        ),
        (
            "pursuant to Section V, subparagraph F(5), point d, of Annex VI",
            "conformément à la section V, point F 5) d), de l'annexe VI",
        ),
        (
            "as defined in Section I, subparagraph A(4), point (b), of Annex V",
            "tel que défini à l'annexe V, section I, point A 4) b)",
        ),
        # Lettered annexes listed before "to Regulation"; a title inserted later; a capital in brackets
        # after an annex names a part of it; the French « appendice ».
        (
            "Annexes A, B and C to Regulation (EC) No 1346/2000",
            "les annexes A, B et C du règlement (CE) no 1346/2000",
        ),
        (
            "the lists set out in Annexes A and C to that Regulation",
            "les listes des annexes A et C dudit règlement",
        ),
        ("the requirements provided for in Title IVa", "les exigences prévues au titre IV bis"),
        (
            "a CSD shall settle the cash payments of its securities settlement system through accounts opened",
            "le DCT règle les paiements en espèces de ses systèmes de règlement de titres via des comptes ouverts",
        ),
        (
            "the model withdrawal form set out in Annex I(B); or",
            "le modèle figurant à l'annexe I, partie B; ou",
        ),
        ("(i) Annex II (B) and (C) as regards", "i) l'annexe II, sections B et C, en ce qui concerne"),
        (
            "approved in accordance with Appendix 1 to the Decision",
            "approuvé conformément à l'appendice 1 de la décision",
        ),
        ("and in particular Article 95a thereof,", "et notamment son article 95 A,"),
        ("referred to in Chapter II B of this Regulation", "visé au chapitre II B du présent règlement"),
        ("in Chapter I of this Part", "au chapitre premier de la présente partie"),
        # Ordinals listed after « premier »; a rate after a citation; an article after its paragraphs.
        (
            "the first, fourth and fifth subparagraphs of Article 9(2)",
            "l'article 9, paragraphe 2, premier, quatrième et cinquième alinéas",
        ),
        ("raise the limit in Article 40 to 35 %", "porter la limite prévue à l'article 40 à 35 %"),
        (
            "except Articles 12(1) to 12(3) and 14(2) to 14(4)",
            "sauf les articles 12, paragraphes 1 à 3, et 14, paragraphes 2 à 4",
        ),
        # A point of a lettered section, cited or named by its code; a sub-point in one bracket.
        ("contracts listed in Section B 4 of Annex II", "contrats visés à l'annexe II, section B, point 4"),
        ("such B4 contracts shall be notified", "ces contrats de la section B.4 sont notifiés"),
        (
            "the services in points (c) and (d)(ii) of Article 3",
            "les services visés à l'article 3, points c) et d ii)",
        ),
        # Points cited by their labels alone in English.
        (
            "Issuers which publish in accordance with (a) or (b) may also publish under (c).",
            "Les émetteurs qui publient conformément aux points a) ou b) peuvent aussi publier au titre du point c).",
        ),
        (
            "unless one of the conditions (b) to (d) is met",
            "sauf si l'une des conditions énoncées aux points b) à d) est remplie",
        ),
    ],
)
def test_citations_written_the_official_ways_cite_the_same_provisions(en: str, fr: str) -> None:
    assert "cross_reference_mismatch" not in blocking(en, fr)


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        # One bracket closes a French list of labels.
        (
            "the safeguards referred to in points (i) and (ii) of this point apply",
            "les garanties visées aux points i et ii) du présent point s'appliquent",
        ),
        (
            "the information listed in points (a), (b) and (c) of Article 7",
            "les informations énumérées à l'article 7, points a, b et c)",
        ),
        # After « annexe », a small « a » is the verb or the preposition, not Annex A.
        (
            "Where an act listed in the Annex has been amended, the reference relates to the amended act.",
            "Lorsqu'un acte figurant en annexe a été modifié, la référence vise l'acte modifié.",
        ),
        (
            "Those documents shall be regarded as annexes to the specification.",
            "Ces documents sont considérés comme annexés à la spécification.",
        ),
    ],
)
def test_french_lists_sharing_a_bracket_and_a_verb_after_annexe_are_read_as_such(en: str, fr: str) -> None:
    assert "cross_reference_mismatch" not in blocking(en, fr)


def test_a_number_glued_to_the_next_word_is_still_that_paragraph() -> None:
    # "paragraph 1or where": a space lost in the official English, not a paragraph "1o".
    assert "cross_reference_mismatch" not in blocking(
        "a transaction as referred to in paragraph 1or where refraining is impossible",
        "une transaction visée au paragraphe 1 ou lorsque l'abstention est impossible",
    )
    assert "cross_reference_mismatch" in blocking(
        "a transaction as referred to in paragraph 1or where refraining is impossible",
        "une transaction visée au paragraphe 2 ou lorsque l'abstention est impossible",
    )


def test_a_list_sharing_a_bracket_still_tells_a_changed_label() -> None:
    assert "cross_reference_mismatch" in blocking(
        "the safeguards referred to in points (i) and (ii) of this point apply",
        "les garanties visées aux points i et iii) du présent point s'appliquent",
    )
    assert "cross_reference_mismatch" in blocking(
        "the information listed in Annex A", "les informations énumérées à l'annexe B"
    )


def test_third_persons_and_the_adverbs_of_an_argument_are_not_numbers() -> None:
    assert "number_mismatch" not in blocking(
        "The identity of the reporting person and of third persons named in the report shall be protected.",
        "L'identité de l'auteur du signalement et des tiers mentionnés dans celui-ci est protégée.",
    )
    # The VAT Directive's "third territories" are « territoires tiers », as "third countries" are « pays tiers ».
    assert "number_mismatch" not in blocking(
        "the special scheme for distance sales of goods imported from third territories or third countries",
        "le régime particulier applicable aux ventes à distance de biens importés de territoires tiers ou de pays tiers",
    )
    # "the 2008-12 period" is « la période 2008-2012 »; another last year is still a change.
    assert "number_mismatch" not in blocking(
        "one retirement account for the 2008-12 period", "un compte de retrait pour la période 2008-2012"
    )
    assert "number_mismatch" in blocking(
        "one retirement account for the 2008-12 period", "un compte de retrait pour la période 2008-2013"
    )
    # Not even worth a look: the steps of an argument are numbered in one language and not the other.
    argument = ClausePair(
        "Aid supports, firstly, the continued operation of the business and, secondly, the plan for 3 years.",
        "L'aide soutient, d'une part, la poursuite de l'activité et, d'autre part, le plan sur 3 ans.",
    )
    assert not [f for f in check_pair(argument) if f.check == "number_mismatch"]
    # A rank is still a number: "the third report" is « le troisième rapport ».
    assert "number_mismatch" in blocking(
        "The Commission shall publish the third report.", "La Commission publie le deuxième rapport."
    )


def test_a_numbered_point_of_a_lettered_paragraph_is_a_citation_not_a_number() -> None:
    # Annex V to Directive 2011/16/EU: "subparagraph A(4)" is « point A 4) », whose figures cite, not count.
    assert not blocking(
        "equivalent to the definitions set out in Section I, subparagraphs A(1) to A(4), of Annex V to Directive"
        " 2011/16/EU, and to Section IV, subparagraph F(1), of that Annex.",
        "équivalentes à celles figurant à l'annexe V, section I, points A 1) à A 4), de la directive 2011/16/UE, et"
        " à la section IV, point F. 1), de cette annexe.",
    )


def test_a_bare_citation_that_changes_is_still_an_error() -> None:
    assert "cross_reference_mismatch" in blocking(
        "pursuant to 16(4) of Regulation (EU) No 236/2012",
        "conformément à l'article 16, paragraphe 5, du règlement",
    )
    assert "cross_reference_mismatch" in blocking("points (a), (b) and (c)", "points a) et c)")
    assert "cross_reference_mismatch" in blocking("CHAPTER TWO", "CHAPITRE PREMIER")
    assert "cross_reference_mismatch" in blocking("TITLE II", "TITRE PREMIER")
    assert "cross_reference_mismatch" in blocking(
        "Articles 7d and 7e", "les articles 7 quinquies et 7 septies"
    )
    assert "cross_reference_mismatch" in blocking("Article 95a thereof,", "son article 95 B,")
    assert "cross_reference_mismatch" in blocking("Article 48j", "l'article 48 duodecies")
    assert "cross_reference_mismatch" in blocking(
        "Annexes A, B and C to Regulation", "les annexes A, B et D du règlement"
    )
    assert "cross_reference_mismatch" in blocking("provided for in Title IVa", "prévues au titre IV ter")
    assert "cross_reference_mismatch" in blocking("set out in Annex I(B)", "figurant à l'annexe I, partie C")
    assert "cross_reference_mismatch" in blocking(
        "in Section I, subparagraphs C(3) to C(7), of Annex V", "à l'annexe V, section I, points C 3) à C 8)"
    )
    assert "cross_reference_mismatch" in blocking(
        "Section I, subparagraph A(4), point (b), of Annex V", "l'annexe V, section I, point B 4) b)"
    )
    assert "cross_reference_mismatch" in blocking(
        "Article 325bf(6)", "l'article 325 octoquinquagies, paragraphe 6"
    )
    assert "cross_reference_mismatch" in blocking("Articles 27da", "articles 27 quinquies ter")
    assert "cross_reference_mismatch" in blocking("the following point (fa)", "le point f ter) suivant")
    assert "cross_reference_mismatch" in blocking("Article 1a", "l'article 1er ter")
    assert "cross_reference_mismatch" in blocking(
        "except Articles 12(1) to 12(3) and 14(2)",
        "sauf les articles 12, paragraphes 1 à 3, et 15, paragraphe 2",
    )
    assert "cross_reference_mismatch" in blocking(
        "contracts listed in Section B 4 of Annex II", "contrats visés à l'annexe II, section B, point 5"
    )
    assert "cross_reference_mismatch" in blocking(
        "Issuers which publish in accordance with (a) or (b) may also publish.",
        "Les émetteurs qui publient conformément aux points a) ou c) peuvent aussi publier.",
    )
    assert "cross_reference_mismatch" in blocking(
        "the services in points (c) and (d)(ii) of Article 3",
        "les services visés à l'article 3, points c) et d iii)",
    )


# --- capitals, headings, brackets, number words -----------------------------------------------


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "Considering that the Parties wish to cooperate,",
            "CONSIDÉRANT que les Parties souhaitent coopérer,",
        ),
        ("HAVE AGREED AS FOLLOWS:", "Sont convenus de ce qui suit\u00a0:"),
        ("PART II FINAL PROVISIONS", "TITRE II DISPOSITIONS FINALES"),
        ("PART II", "TITRE II"),
        ("CHAPTER ONE", "CHAPITRE PREMIER"),
        ("Trusts shall be registered.", "Les fiducies (trusts) sont enregistrées."),
        ("contrary to public policy (ordre public)", "contraire à l'ordre public"),
        ("The two Parties shall meet annually.", "Les Parties se réunissent chaque année."),
        (
            "ESMA shall consult the CCP on OTC derivatives.",
            "L'AEMF consulte la contrepartie centrale sur les dérivés de gré à gré.",
        ),
    ],
)
def test_official_drafting_habits_raise_no_warning(en: str, fr: str) -> None:
    assert not blocking(en, fr)


# --- dropped sentences -------------------------------------------------------------------------


def _lone(en: str, fr: str) -> list[str]:
    """Return the sentences reported as having no counterpart, on either side."""
    out = []
    for f in check_pair(ClausePair(en, fr)):
        if f.check == "structure_mismatch" and "sentence" in f.message_en and f.severity is Severity.WARNING:
            out += [s.text for s in f.en + f.fr]
    return out


def test_align_pairs_sentences_by_length_and_leaves_a_gap_for_a_dropped_one() -> None:
    _cost, beads = _align([120, 60, 200], [130, 220], [set(), set(), set()], [set(), set()], allow_gaps=True)
    assert beads == [(0, 1, 0, 1), (1, 1, 1, 0), (2, 1, 1, 1)]
    _cost, joined = _align([120, 60, 200], [200, 220], [set(), set(), set()], [set(), set()], allow_gaps=True)
    assert joined == [(0, 2, 0, 1), (2, 1, 1, 1)]


def test_two_sentences_joined_in_translation_are_not_a_dropped_sentence() -> None:
    en = (
        "Risk management is an essential part of the settlement process. Access to the relevant data "
        "sources should therefore be granted to every participant on equal terms."
    )
    fr = (
        "La gestion des risques étant un élément essentiel du processus de règlement, il convient de "
        "garantir à chaque participant l'accès aux sources de données pertinentes dans des conditions égales."
    )
    assert _lone(en, fr) == []


def test_a_dropped_sentence_whose_words_have_no_echo_is_reported_with_its_text() -> None:
    en = (
        "The Agency shall publish an annual report on its activities. The report shall describe the "
        "cooperation between the competent authorities. However, publication shall not lead to "
        "fragmentation of supervisory practices or compromise interoperability."
    )
    fr = (
        "L'Agence publie un rapport annuel sur ses activités. Le rapport décrit la coopération entre les "
        "autorités compétentes."
    )
    assert _lone(en, fr) == [
        "However, publication shall not lead to fragmentation of supervisory practices or compromise interoperability."
    ]


def test_a_dropped_sentence_with_its_own_figure_or_acronym_is_reported() -> None:
    en = "The Parties shall review the implementation of this Memorandum every two years."
    fr = "Les Parties examinent la mise en œuvre du présent Mémorandum tous les deux ans. Le premier examen a lieu en 2027."
    assert _lone(en, fr) == ["Le premier examen a lieu en 2027."]
    en = (
        "Each depository shall report to its competent authority every year. It shall keep its records "
        "for ten years. The competent authorities shall share that information with ESMA."
    )
    fr = (
        "Chaque dépositaire fait rapport à son autorité compétente chaque année. Il conserve ses "
        "enregistrements pendant dix ans."
    )
    assert _lone(en, fr) == ["The competent authorities shall share that information with ESMA."]


def test_a_short_heading_said_in_more_words_is_not_a_warning() -> None:
    from mou_review.domain.types import ClauseKind

    pair = ClausePair(
        "IT outsourcing and procurement",
        "Externalisation et passation de marchés pour l'obtention de produits ou services informatiques",
        kind=ClauseKind.HEADING,
    )
    assert not [f for f in check_pair(pair) if f.check == "length_ratio" and f.severity is Severity.WARNING]


def test_a_sentence_condensed_by_a_few_words_is_not_a_warning() -> None:
    assert "length_ratio" not in blocking(
        "2. The decisions of the Authority shall state the reasons on which they are based.",
        "2. Les décisions de l'Autorité sont motivées.",
    )


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        # A French gloss of a borrowed English word, and an abbreviation of two acronyms defined in English.
        (
            "laddering and spinning should be considered as abusive practices.",
            "le «laddering» (échelonnement) et le «spinning» doivent être considérés comme des pratiques abusives.",
        ),
        (
            "the emission allowance trading scheme (EU ETS) of the Union",
            "le système d'échange de quotas d'émission de l'Union",
        ),
        # An item label right after a citation and a comma opens the next item; it is not cited.
        (
            "where: (i) the person is referred to in paragraph 1, (ii) the risk is borne by the holder",
            "où: i) la personne est visée au paragraphe 1; ii) le risque est supporté par le preneur",
        ),
        # French gives the other number or gender of its words in brackets.
        (
            "The supervisor or supervisors shall ensure that its or their agents submit the requests.",
            "L'autorité (les autorités) de surveillance veille(nt) à ce que son (leur) agent présente sa (ses) "
            "demande(s).",
        ),
        # The other language's name before the initials both texts use; a title left in English.
        (
            "Long-term savings plans (LTSPs) finance infrastructure.",
            "Les plans d'épargne à long terme (long-term savings plans – LTSP) financent les infrastructures.",
        ),
        (
            "as listed in the yearly Global Index of Harbour Fees.",
            "tels qu'énumérés dans l'indice mondial annuel des droits portuaires (Global Index of Harbour Fees).",
        ),
        # A paragraph's own number is not a sentence.
        ("4. Annex II shall be deleted.", "4) l'annexe II est supprimée."),
    ],
)
def test_glosses_acronym_groups_and_items_after_a_citation_are_not_structure_warnings(
    en: str, fr: str
) -> None:
    assert not blocking(en, fr) & {"structure_mismatch", "cross_reference_mismatch"}


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "The supervisor shall ensure that its agents submit the requests.",
            "L'autorité de surveillance veille à ce que son agent présente sa demande (Formulaire B-7).",
        ),
        (
            "Long-term savings plans finance infrastructure.",
            "Les plans d'épargne à long terme (Règlement BCE 2019) financent les infrastructures.",
        ),
    ],
)
def test_a_bracketed_passage_on_one_side_only_is_still_a_structure_warning(en: str, fr: str) -> None:
    assert "structure_mismatch" in blocking(en, fr)


def test_schedule_is_a_citation_only_with_a_number() -> None:
    assert "cross_reference_mismatch" not in blocking(
        "It may also schedule a meeting of the college.", "Elle peut aussi organiser une réunion du collège."
    )
    assert "cross_reference_mismatch" in blocking("as set out in Schedule 2", "comme prévu à l'annexe 3")


def test_a_bracketed_word_after_a_name_is_not_read_as_a_gloss() -> None:
    assert "structure_mismatch" in blocking("ICMPD (observer)", "ICMPD, observateur")


def test_the_date_of_a_cited_act_given_in_one_language_only_is_not_an_error() -> None:
    en = "the liquidity requirements established in Article 22 of Commission Regulation (EC) No 1287/2006 (4)"
    fr = "les exigences de liquidité définies à l'article 22 du règlement (CE) no 1287/2006 de la Commission du 10 août 2006 (4)"
    assert "date_mismatch" not in blocking(en, fr)
    # A changed date of the same act is still an error.
    en = "Directive 2014/65/EU of the European Parliament and of the Council of 15 May 2014"
    fr = "la directive 2014/65/UE du Parlement européen et du Conseil du 16 mai 2014"
    assert "date_mismatch" in blocking(en, fr)


def test_a_changed_article_is_an_error_even_beside_a_relative_citation() -> None:
    en = "in accordance with the procedure provided for in Article 27(2) and with paragraphs 1 to 4"
    fr = "conformément à la procédure visée à l'article 28, paragraphe 2, et aux paragraphes 1 à 4"
    assert "cross_reference_mismatch" in blocking(en, fr)
    # The relative citation alone stays quiet: test_a_relative_citation_may_name_its_paragraph_on_one_side
    # (test_divergence_real.py).


def test_a_short_label_without_a_sentence_is_read_as_a_title() -> None:
    en = "Training of staff of border posts"
    fr = "Formation des agents des postes frontières aux procédures d'identification et d'orientation des victimes"
    assert "length_ratio" not in blocking(en, fr)
    assert "length_ratio" in blocking(en + ".", fr + ".")
    # A sentence that lost its end is not a label.
    assert "length_ratio" in blocking(
        "Victims shall receive information, in a language they understand, on the proceedings that concern them.",
        "Les victimes reçoivent des informations.",
    )


def test_a_heading_of_latin_words_both_languages_spell_alike_is_translated() -> None:
    def fired(en: str, fr: str) -> set[str]:
        return {f.check for f in check_pair(ClausePair(en, fr, kind=ClauseKind.HEADING))}

    for heading in ("Accreditation", "Non-discrimination", "Surveillance", "Transmission"):
        assert "untranslated" not in fired(heading, heading)
    for heading in ("Scope", "Final provisions", "Accreditation of agents"):
        assert "untranslated" in fired(heading, heading)


_LOG_EN = (
    "3. Each port authority shall keep a log of the inspections carried out on vessels flying a foreign flag. "
    "The log shall contain at least the following:"
)


def test_a_dropped_sentence_that_announces_a_list_is_a_structure_warning() -> None:
    fr = (
        "3. Chaque autorité portuaire tient un registre des inspections effectuées sur les navires battant "
        "pavillon étranger."
    )
    assert "structure_mismatch" in blocking(_LOG_EN, fr)
    joined = (
        "3. Chaque autorité portuaire tient un registre des inspections effectuées sur les navires battant "
        "pavillon étranger, qui contient au moins les éléments suivants:"
    )
    assert "structure_mismatch" not in blocking(_LOG_EN, joined)


def test_two_sentences_against_one_much_shorter_is_a_dropped_sentence() -> None:
    en = (
        "(12) Port inspections protect crews and coastal waters alike. Member States should share the results "
        "of inspections through the common database without delay. Sharing those results also avoids "
        "inspecting the same vessel twice."
    )
    fr = (
        "(12) Les inspections portuaires protègent aussi bien les équipages que les eaux côtières. Les États "
        "membres devraient partager sans délai les résultats des inspections au moyen de la base de données "
        "commune."
    )
    assert "structure_mismatch" in blocking(en, fr)
    fr_joined = (
        "(12) Les inspections portuaires protègent aussi bien les équipages que les eaux côtières. Les États "
        "membres devraient partager sans délai les résultats des inspections au moyen de la base de données "
        "commune, ce qui évite aussi d'inspecter deux fois le même navire."
    )
    assert "structure_mismatch" not in blocking(en, fr_joined)


def test_a_point_cited_by_its_bare_letter_or_after_a_glued_and_is_a_citation() -> None:
    en = "For the purposes of point b of paragraph 4, the notice shall be given."
    assert "cross_reference_mismatch" not in blocking(
        en, "Aux fins du paragraphe 4, point b), l'avis est donné."
    )
    assert "cross_reference_mismatch" in blocking(en, "Aux fins du paragraphe 4, point c), l'avis est donné.")
    en = "as set out in Article 21(1)and (7) of that Directive"
    assert "cross_reference_mismatch" not in blocking(
        en, "visés à l'article 21, paragraphes 1 et 7, de cette directive"
    )
    assert "cross_reference_mismatch" in blocking(
        en, "visés à l'article 21, paragraphes 1 et 8, de cette directive"
    )


_TRADERS_EN = (
    "(c) persons trading on their own account unless such persons: (i) are market makers; or (ii) trade "
    "for clients; Persons exempt under point (a) are not required to meet the conditions laid down in this point."
)


def test_a_sentence_after_a_semicolon_and_a_capital_is_counted_as_a_sentence() -> None:
    fr = (
        "c) aux personnes négociant pour compte propre sauf si ces personnes: i) sont teneurs de marché; ou "
        "ii) négocient pour des clients. Les personnes exemptées au titre du point a) ne sont pas tenues de "
        "remplir les conditions énoncées au présent point."
    )
    assert "structure_mismatch" not in blocking(_TRADERS_EN, fr)
    dropped = (
        "c) aux personnes négociant pour compte propre sauf si ces personnes: i) sont teneurs de marché; ou "
        "ii) négocient pour des clients."
    )
    assert {"structure_mismatch", "length_ratio"} & blocking(_TRADERS_EN, dropped)


def test_the_initials_of_an_act_number_and_the_treaty_are_not_terms_or_names() -> None:
    # « (UE) no 596/2014 » is the act's number, whatever the other text calls the act; TFEU is « TFUE ».
    en = "as provided for in that Regulation and in Article 258 of the TFEU"
    fr = "comme prévu par le règlement (UE) no 596/2014 et par l'article 258 du TFUE"
    assert not blocking(en, fr) & {"term_mismatch", "entity_mismatch", "structure_mismatch"}
    assert "entity_mismatch" in blocking(
        "The EU shall act under that Regulation.", "Le Conseil agit en vertu du règlement (UE) no 596/2014."
    )
    assert "term_mismatch" in blocking("Article 258 of the TFEU", "l'article 258 du traité")


def test_scales_count_on_each_language_s_own_scale() -> None:
    # French counts on the long scale: « un billion » is "a trillion", « un milliard » "a billion".
    assert "number_mismatch" not in blocking("about EUR 1,5 trillion", "environ 1 500 milliards d'EUR")
    assert "number_mismatch" not in blocking("about EUR 2 trillion", "environ 2 billions d'EUR")
    assert "number_mismatch" in blocking("about EUR 2 billion", "environ 2 billions d'EUR")


def test_a_short_french_lead_in_to_a_list_is_not_a_missing_passage() -> None:
    en = "2. The assessment referred to in paragraph 1 shall have all of the following characteristics:"
    assert "length_ratio" not in blocking(en, "2. L'évaluation visée au paragraphe 1:")
    assert "length_ratio" in blocking(
        en[:-1] + ", and shall be repeated each year by the competent authority of the home Member State.",
        "2. L'évaluation visée au paragraphe 1 est effectuée.",
    )


def test_initials_in_brackets_and_items_of_an_annex_are_read_as_such() -> None:
    # "(EEAP)" after "Access Point" names initials, not a point; « (APA, approved ...) » defines "(APAs)".
    en = "the European Access Point (EEAP) and approved publication arrangements (APAs) under item 4.2.2"
    fr = (
        "le point d'accès européen (PAE) et les dispositifs de publication agréés (APA, approved publication "
        "arrangements) visés à l'élément 4.2.2"
    )
    assert not blocking(en, fr) & {"cross_reference_mismatch", "structure_mismatch"}
    assert "cross_reference_mismatch" in blocking(en, fr.replace("4.2.2", "4.2.3"))


_SPLIT_EN = (
    "(9) According to the conclusions of the Council, implementing measures should be used more often so that "
    "technical rules can keep pace with market developments and deadlines should be set for every stage of the work."
)


def test_a_long_english_sentence_split_in_two_in_french_is_not_an_added_sentence() -> None:
    fr = (
        "(9) Selon les conclusions du Conseil, les mesures d'exécution devraient être utilisées plus souvent, "
        "afin que les règles techniques puissent suivre l'évolution des marchés. Il convient de fixer des "
        "délais pour chacune des étapes des travaux."
    )
    assert "structure_mismatch" not in blocking(_SPLIT_EN, fr)
    added = fr + " Le Conseil réexamine ces délais tous les 3 ans à compter du 1er janvier 2030."
    assert "structure_mismatch" in blocking(_SPLIT_EN, added)


def test_the_first_paragraph_of_an_article_without_numbered_paragraphs() -> None:
    # "Article 94(1)" where French says « l'article 94, premier alinéa »; the Treaty named without "European".
    en = "In accordance with Article 94(1), and Article 290 of the Treaty on the Functioning of the Union,"
    fr = (
        "Conformément à l'article 94, premier alinéa, et à l'article 290 du traité sur le fonctionnement "
        "de l'Union européenne,"
    )
    assert not blocking(en, fr) & {"cross_reference_mismatch", "term_mismatch"}
    assert "cross_reference_mismatch" in blocking(en.replace("94(1)", "94(2)"), fr)


def test_a_citation_repeated_in_a_clause_that_changes_once_is_an_error() -> None:
    # Sets hide it: both sides still cite Articles 5 and 6; counts do not.
    en = "Articles 5 and 6 apply to the lender. The borrower shall comply with Articles 5 and 6 as well."
    fr = "Les articles 5 et 6 s'appliquent au prêteur. L'emprunteur respecte également les articles 5 et 6."
    assert "cross_reference_mismatch" not in blocking(en, fr)
    changed = fr.replace("articles 5 et 6 s'", "articles 6 et 6 s'")
    assert "cross_reference_mismatch" in blocking(en, changed)
    # Article 9 named once per paragraph in English, once for both in French: the same citations.
    en = "Article 9(1), (2) and (4) and Article 12 apply; Article 12 applies by analogy."
    fr = "L'article 9, paragraphes 1, 2 et 4, et l'article 12 s'appliquent; l'article 12 s'applique par analogie."
    assert "cross_reference_mismatch" not in blocking(en, fr)


_DIVISION_CITATIONS = [
    # (English, French, French part to change, its replacement)
    ("The measures referred to in Subsection 2 apply.", "Les mesures visées à la sous-section 2 s'appliquent.",
     "sous-section 2", "sous-section 3"),
    ("The rules laid down in Title II apply.", "Les règles énoncées au titre II s'appliquent.", "titre II", "titre III"),
    ("In accordance with Part Three, Title V of the Treaty,", "Conformément à la troisième partie, titre V, du traité,",
     "titre V", "titre VI"),
    ("The assets listed in Section B of the Annex are covered.", "Les actifs visés à la partie B de l'annexe sont couverts.",
     "partie B", "partie C"),
    ("The list set out in Section B of the Annex is amended.", "La liste figurant au point B de l'annexe est modifiée.",
     "point B", "point C"),
    ("as laid down in Part A of Annex I", "comme prévu à l'annexe I, partie A", "partie A", "partie B"),
    ("Sections A and B of Annex I apply.", "L'annexe I, sections A et B, s'applique.", "sections A et B",
     "sections A et C"),
    ("The rules in Annex I, Part 2, Section B, point 3 apply.",
     "Les règles de l'annexe I, partie 2, section B, point 3, s'appliquent.", "partie 2", "partie 4"),
]  # fmt: skip


@pytest.mark.parametrize(("en", "fr", "old", "new"), _DIVISION_CITATIONS)
def test_parts_titles_and_subsections_are_cited_divisions(en: str, fr: str, old: str, new: str) -> None:
    assert "cross_reference_mismatch" not in blocking(en, fr)
    assert "cross_reference_mismatch" in blocking(en, fr.replace(old, new))


def test_a_party_to_an_agreement_is_not_a_part() -> None:
    en = "Each Party to the Agreement and any party to a contract shall notify the depositary."
    fr = "Chaque partie à l'accord et toute partie à un contrat en informent le dépositaire."
    assert "cross_reference_mismatch" not in blocking(en, fr)


@pytest.mark.parametrize(
    ("en", "fr", "changed"),
    [
        ("the statement is sent at least once every 12 months;", "le relevé est envoyé au moins tous les ans;",
         "le relevé est envoyé au moins tous les 18 mois;"),
        ("it shall discourage overnight credit.", "il prévient le recours au crédit à vingt-quatre heures.",
         "il prévient le recours au crédit à quarante-huit heures."),
        ("reports are published every 6 months.", "les rapports sont publiés semestriellement.",
         "les rapports sont publiés tous les 4 mois."),
        ("a guarantee of EUR 1 500 000 per claim", "une garantie d'un million et demi d'euros par sinistre",
         "une garantie de deux millions d'euros par sinistre"),
        ("a fine of EUR 2 000 000", "une amende de deux millions d'euros", "une amende de trois millions d'euros"),
    ],
)  # fmt: skip
def test_periods_said_by_a_word_and_number_words_with_a_scale(en: str, fr: str, changed: str) -> None:
    assert "number_mismatch" not in blocking(en, fr)
    assert "number_mismatch" in blocking(en, changed)


def test_relevant_authorities_render_the_competent_authorities() -> None:
    en = "The relevant authorities shall be given comparable data."
    fr = "Les autorités compétentes concernées disposent de données comparables."
    assert "term_mismatch" not in blocking(en, fr)
    assert "term_mismatch" in blocking("The Commission shall be given comparable data.", fr)


_OFFICIAL_CITATION_STYLES = [
    # (English, French, French part to change, its replacement): EU and UN ways of citing the same provision.
    ("Paragraphs 1 and 2 of this Article apply to branches.",
     "Les paragraphes 1 et 2 du présent article s'appliquent aux succursales.", "1 et 2", "1 et 3"),
    ("The first subparagraph of Article 5(2) does not apply.",
     "L'article 5, paragraphe 2, premier alinéa, ne s'applique pas.", "paragraphe 2", "paragraphe 3"),
    ("The bodies listed in points (a) to (d) report yearly.",
     "Les organismes énumérés aux points a) à d) font rapport chaque année.", "à d)", "à e)"),
    ("Articles 10 to 12 apply.", "Les articles 10 à 12 s'appliquent.", "à 12", "à 13"),
    ("The goods listed in Annex I, Section A are exempt.",
     "Les biens énumérés à l'annexe I, section A, sont exonérés.", "section A", "section B"),
    ("Chapter III, Section 2 applies.", "Le chapitre III, section 2, s'applique.", "section 2", "section 3"),
    ("the second and third subparagraphs of Article 7(1)",
     "l'article 7, paragraphe 1, deuxième et troisième alinéas", "paragraphe 1", "paragraphe 2"),
    ("points (a), (b) and (c) of the first subparagraph of Article 3(1)",
     "l'article 3, paragraphe 1, premier alinéa, points a), b) et c)", "b) et c)", "b) et d)"),
    ("in point 3 of Section C of Annex I", "à l'annexe I, section C, point 3", "point 3", "point 4"),
    ("as referred to in point (e)(iv) of Article 50(1),", "visés à l'article 50, paragraphe 1, point e) iv),",
     "iv)", "v)"),
    ("Title II of Regulation (EU) No 600/2014 applies.",
     "Le titre II du règlement (UE) no 600/2014 s'applique.", "titre II", "titre IV"),
]  # fmt: skip


@pytest.mark.parametrize(("en", "fr", "old", "new"), _OFFICIAL_CITATION_STYLES)
def test_official_citation_styles_are_read_alike(en: str, fr: str, old: str, new: str) -> None:
    assert "cross_reference_mismatch" not in blocking(en, fr)
    assert "cross_reference_mismatch" in blocking(en, fr.replace(old, new))


# --- a list item after a citation that ends on a point -------------------------------------------


def test_a_french_list_item_after_a_cited_point_is_an_item_not_a_sub_point() -> None:
    # French separates the items of a list by commas, so « point c), ii) » is point c) followed by
    # the next item ii); a sub-point is cited without the comma (« point c) ii) »).
    en = (
        "the following persons: (i) the officers referred to in point (c) of Article 4(2); "
        "(ii) the liaison magistrates designated by each Party; and (iii) the experts of the secretariat."
    )
    fr = (
        "les personnes suivantes: i) les agents visés à l'article 4, paragraphe 2, point c), ii) les "
        "magistrats de liaison désignés par chaque Partie, et iii) les experts du secrétariat."
    )
    assert blocking(en, fr) == set()
    # The same pair with the cited point changed is still caught, and a real sub-point still counts.
    assert "cross_reference_mismatch" in blocking(en, fr.replace("point c), ii)", "point d), ii)"))
    assert "cross_reference_mismatch" in blocking(
        "as referred to in point (c)(ii) of Article 4(2).",
        "visés à l'article 4, paragraphe 2, point c) iii).",
    )
    assert (
        blocking(
            "as referred to in points (c)(ii) and (iii) of Article 4(2).",
            "visés à l'article 4, paragraphe 2, point c), ii) et iii).",
        )
        == set()
    )


# --- contract drafting: licences, agreements ---------------------------------------------------


def _heading(en: str, fr: str) -> set[str]:
    return {
        f.check
        for f in check_pair(ClausePair(en, fr, kind=ClauseKind.HEADING))
        if f.severity is not Severity.INFO
    }


def test_figures_alone_do_not_make_a_text_untranslated() -> None:
    # Only the words tell: "dated" / « du » differ, the version number and the date read alike.
    assert _heading("Version 1.2 dated 2019-05-02", "Version 1.2 du 2019-05-02") == set()
    assert _heading("Version 1.2 dated 2019-05-02", "Version 1.2 dated 2019-05-02") == {"untranslated"}


def test_a_heading_in_capitals_without_its_accents_is_french() -> None:
    assert _heading("DEFINITIONS", "DEFINITIONS") == set()
    # In lower case the French word takes its accent: « Definitions » is the English left as it was.
    assert _heading("Definitions", "Definitions") == {"untranslated"}


def test_an_effective_date_is_the_entry_into_force() -> None:
    assert _heading("EFFECTIVE DATE", "ENTRÉE EN VIGUEUR") == set()
    assert "term_mismatch" not in blocking(
        "This Memorandum becomes effective on the date of its signature.",
        "Le présent Mémorandum entre en vigueur à la date de sa signature.",
    )


def test_each_language_version_of_a_web_page_is_the_same_address() -> None:
    assert (
        blocking(
            "The forms are published on the website (https://www.example.org/index.en.html).",
            "Les formulaires sont publiés sur le site (https://www.example.org/index.fr.html).",
        )
        == set()
    )
    assert blocking("See https://example.org/en/forms.", "Voir https://example.org/fr/forms.") == set()
    assert "entity_mismatch" in blocking(
        "See https://example.org/en/forms.", "Voir https://example.org/fr/other."
    )


def test_a_dotted_section_cited_by_its_number_alone() -> None:
    en = "The Agreement takes effect on the date of its acceptance as set out in Article 3.1."
    fr = "L'Accord prend effet à la date de son acceptation telle que définie en 3.1."
    assert blocking(en, fr) == set()
    assert {"cross_reference_mismatch", "number_mismatch"} <= blocking(en, fr.replace("3.1", "3.2"))


def test_divisions_named_differently_with_the_same_numbers_are_an_info() -> None:
    en = "The conditions laid down in Section 3(a) apply."
    fr = "Les conditions prévues à l'Article 3(a) s'appliquent."
    (finding,) = [f for f in check_pair(ClausePair(en, fr)) if f.check == "cross_reference_mismatch"]
    assert finding.severity is Severity.INFO
    assert "section 3" in finding.message_fr and "article 3" in finding.message_fr
    # A changed number is still a wrong reference.
    assert "cross_reference_mismatch" in blocking(en, fr.replace("3(a)", "4(a)"))
    assert "cross_reference_mismatch" in blocking(
        "under Article 3 and Section 2", "en vertu de l'article 3 et de la section 3"
    )


def test_brackets_in_a_text_written_in_capitals_are_not_acronyms() -> None:
    # A disclaimer in capitals: "(AS DEFINED BELOW)" is words, not initials being defined, and
    # « (CI-APRÈS LA « LICENCE ») » introduces the defined term that English writes "(“LICENCE”)".
    en = (
        "THE SOFTWARE (AS DEFINED BELOW) IS PROVIDED UNDER THIS LICENCE (“LICENCE”). "
        "THE LICENSOR (AS DEFINED BELOW) HOLDS THE RIGHTS IN IT."
    )
    fr = (
        "LE LOGICIEL (TEL QUE DÉFINI CI-DESSOUS) EST MIS À DISPOSITION SELON LA PRÉSENTE LICENCE "
        "(CI-APRÈS LA « LICENCE »). LE CONCÉDANT (TEL QUE DÉFINI CI-DESSOUS) EST TITULAIRE DES DROITS."
    )
    assert "structure_mismatch" not in blocking(en, fr)
    # Initials in brackets in ordinary text are still paired as abbreviations.
    assert "structure_mismatch" not in blocking(
        "The central counterparty (CCP) shall report.", "La contrepartie centrale (CCP) fait rapport."
    )


def test_a_gloss_in_the_other_languages_words_does_not_lengthen_the_text() -> None:
    # « («loan-to-value») » repeats the English term the French explains: not a passage English lacks.
    en = "(c) loan-to-value ratio, tenor and currency;"
    fr = "c) le rapport entre le montant du prêt et la valeur du bien («loan-to-value ratio»), la durée et la devise;"
    assert "length_ratio" not in blocking(en, fr)
    # Without the gloss's counterpart in the English, the French is still far longer than it.
    assert "length_ratio" in blocking("(c) tenor and currency;", fr)


def test_the_pronoun_y_after_partie_is_not_a_part_y() -> None:
    # « l'autre Partie y consent »: « y » is a pronoun, not a division "Part Y".
    assert (
        blocking(
            "The Party shall respond where the other Party so requests.",
            "La Partie répond lorsque l'autre Partie y invite.",
        )
        == set()
    )
    assert "cross_reference_mismatch" in blocking("as set out in Part B.", "tel que prévu à la partie C.")


def test_a_number_glued_to_the_next_word_is_still_read() -> None:
    # "Table 3.2of Annex II": a space lost in publication; the number is there.
    en = "the rates set out in Table 3.2of Annex II apply."
    assert "number_mismatch" not in blocking(en, "les taux fixés au tableau 3.2 de l'annexe II s'appliquent.")
    assert "number_mismatch" in blocking(en, "les taux fixés au tableau 3.4 de l'annexe II s'appliquent.")
    # An ordinal suffix is no lost space: "1st" stays a rank.
    assert "number_mismatch" not in blocking("on the 1st day", "le 1er jour")


@pytest.mark.parametrize(
    ("en", "fr", "diverges"),
    [
        # A length of time said in words on one side and changed on the other.
        (
            "The Council shall reply within two months of the request.",
            "Le Conseil répond dans un délai de trois mois à compter de la demande.",
            True,
        ),
        (
            "The Council shall reply within two months of the request.",
            "Le Conseil répond dans un délai de deux mois à compter de la demande.",
            False,
        ),
        # The same count repeated on one side: one of its durations changed on the other.
        (
            "The first report is due after three months and the second after three months more; the third paragraph applies.",
            "Le premier rapport est dû après trois mois et le second après quatre mois de plus; le troisième alinéa s'applique.",
            True,
        ),
        # A rank is not a count of months, nor is a length in halves cut at the whole unit.
        ("covering the first six months of the year", "couvrant les six premiers mois de l'année", False),
        ("for a term of two-and-a-half years", "pour un mandat de deux ans et demi", False),
    ],
)
def test_a_duration_changed_on_one_side_is_an_error(en: str, fr: str, diverges: bool) -> None:
    errors = {f.key for f in check_pair(ClausePair(en, fr)) if f.severity is Severity.ERROR}
    assert any(k.startswith("number_mismatch") for k in errors) is diverges


def test_a_duration_in_another_unit_is_no_changed_duration() -> None:
    findings = check_pair(
        ClausePair("within two years and 14 days", "dans un délai de 24 mois et deux semaines")
    )
    assert not any(f.message_en.startswith("Durations differ") for f in findings)


def test_a_provision_citing_itself_with_or_without_its_number() -> None:
    en = "the Licensee shall ensure that the third party complies with the obligations of this Article."
    fr = "le Licencié veille à ce que le tiers respecte les obligations du présent article 7.2.1."
    assert "cross_reference_mismatch" not in blocking(en, fr)
    # Another article cited by number is still a difference.
    assert "cross_reference_mismatch" in blocking(
        en.replace("this Article", "Article 6"), fr.replace("du présent article 7.2.1", "de l'article 7.2.1")
    )


def test_square_brackets_and_a_cited_acts_number_are_not_a_passage_of_their_own() -> None:
    en = "Each firm should submit its own report containing [all] the details of the transaction."
    fr = "Chaque entreprise devrait soumettre sa propre déclaration contenant (tous) les détails de la transaction."
    assert "structure_mismatch" not in blocking(en, fr)
    assert "structure_mismatch" in blocking(en.replace("[all] ", ""), fr)
    en = "The report on the Settlement Finality Directive (98/26/EC) addressed that question."
    fr = "Le rapport sur la directive 98/26/CE concernant le caractère définitif du règlement traite de cette question."
    assert "structure_mismatch" not in blocking(en, fr)
    # A bracketed act that the other text does not cite is a passage of its own.
    assert "structure_mismatch" in blocking(
        en,
        "Le rapport sur la directive concernant le caractère définitif du règlement traite de cette question.",
    )


def test_sentences_joined_by_semicolons_in_french() -> None:
    en = (
        "(b) the index shall be calculated daily on the basis of reliable data which means data that is based on "
        "appropriate sources and is not evidence of a merely temporary movement. The data shall cover the twelve "
        "months of trading days before the calculation is made, weighted to the most recent time. A shorter period "
        "shall be used if it is demonstrated that the conditions prevailing in that period were similar to those at "
        "the time of the calculation. For indices for which there is no reliable price or where there is no "
        "sufficiently long history, an appropriate substitute shall be used."
    )
    fr = (
        "b) l'indice est calculé chaque jour sur la base de données fiables, c'est-à-dire fondées sur des sources "
        "appropriées et n'attestant pas seulement d'un mouvement temporaire; les données couvrent les douze mois de "
        "journées de négociation précédant le calcul et sont pondérées en faveur de la période la plus récente; le "
        "calcul porte sur une période plus courte s'il est démontré que les conditions prévalant durant cette "
        "période étaient similaires à celles prévalant au moment du calcul; pour les indices n'ayant pas de prix "
        "fiable ou pas d'historique suffisamment long, une variable de substitution appropriée est utilisée."
    )
    assert "structure_mismatch" not in blocking(en, fr)
    # The last clause dropped: fewer clauses in French, even counting semicolons.
    assert "structure_mismatch" in blocking(en, fr.rsplit(";", 1)[0] + ".")


def test_a_term_inside_longer_initials() -> None:
    # "TEU", "TFEU": the Treaty on (the Functioning of) the European Union; the Union is named.
    en = "The Directive observes the principles recognised in the Charter, as referred to in Article 6 TEU."
    fr = (
        "La directive observe les principes reconnus par la Charte des droits fondamentaux de l'Union européenne, "
        "visés à l'article 6 du traité."
    )
    assert "term_mismatch" not in blocking(en, fr)
    assert "term_mismatch" in blocking(en.replace(" TEU", " of the Treaty"), fr)


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        # A bracket glued to a word or after a unit's slash is part of it (2013/168, 2014/67, 2024/1275, 2024/1789).
        (
            "a (sub)contractor should not be liable in specific circumstances",
            "un sous-traitant ne devrait pas être responsable dans certaines circonstances",
        ),
        (
            "the average primary energy use in kWh/m2.y of the residential building stock",
            "la consommation moyenne d'énergie primaire en kWh/(m2.an) du parc immobilier résidentiel",
        ),
        # Initials with the words that go with them define an abbreviation (2020/1071, 2023/958, 2023/136,
        # 2024/1879, 2025/927, 2025/1190, 2016/881, 2019/2160, 2004/2216, 2008/994).
        (
            "flights are excluded from the EU emissions trading system (EU ETS).",
            "les vols sont exclus du système d'échange de quotas d'émission de l'UE (SEQE de l'UE).",
        ),
        (
            "the Standards and Recommended Practices for CORSIA (CORSIA SARPs)",
            "les normes et pratiques recommandées pour le CORSIA (SARP pour le CORSIA)",
        ),
        (
            "As multinational enterprise groups (MNE Groups) are active in different countries,",
            "Étant donné que les groupes d'entreprises multinationales sont actifs dans différents pays,",
        ),
        ("'temporary CER' (tCER) is a CER issued", "«URCE temporaire» (URCET), une URCE délivrée"),
        # Initials that lead a name may have its two words written out after them: « SEQE de l'Union européenne »
        # for « SEQE de l'UE » (32018r0208 and 32019r0401 recital 1), "ECB Banking Supervision" (32022r0749 recital 2).
        (
            "(1) The registries system ensures the accurate accounting of transactions under the EU emissions trading "
            "system (EU ETS) set up by Directive 2003/87/EC, the Kyoto Protocol and Decision No 406/2009/EC.",
            "(1) Le système de registres permet la comptabilisation exacte des transactions effectuées au titre du "
            "système d'échange de quotas d'émission de l'Union (SEQE de l'Union européenne) établi par la directive "
            "2003/87/CE, du protocole de Kyoto et de la décision no 406/2009/CE.",
        ),
        (
            "In addition, the Commission, the European Central Bank in its banking supervisory capacity (ECB Banking "
            "Supervision), the European Banking Authority (EBA) and the European Securities and Markets Authority "
            "(ESMA) issued a joint statement to strongly encourage counterparties to stop using any of the LIBOR "
            "settings, including USD LIBOR, as a reference rate in new contracts as soon as practicable and in any "
            "event by 31 December 2021.",
            "En outre, la Commission, la Banque centrale européenne dans sa fonction de surveillance bancaire (BCE - "
            "Surveillance bancaire), l’Autorité bancaire européenne (ABE) et l’Autorité européenne des marchés "
            "financiers (AEMF) ont publié une déclaration conjointe encourageant vivement les contreparties à cesser "
            "dès que possible et, en tout état de cause, au plus tard le 31 décembre 2021, d’utiliser des taux LIBOR, "
            "y compris le LIBOR USD, comme taux de référence dans les nouveaux contrats.",
        ),
        # The name the initials beside it abbreviate (2016/98, 2024/1620, 2024/3005, 2025/914).
        (
            "the European Supervisory Authority (European Banking Authority) (EBA) shall be consulted.",
            "l'Autorité bancaire européenne (ABE) est consultée.",
        ),
    ],
)
def test_word_parts_abbreviations_and_spelled_initials_are_not_bracketed_passages(en: str, fr: str) -> None:
    assert "structure_mismatch" not in blocking(en, fr)


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "Member States shall ensure that a (sub)contractor (Form B-7) is not liable.",
            "Les États membres veillent à ce qu'un sous-traitant ne soit pas responsable.",
        ),
        (
            "As multinational enterprise groups (MNE Groups) are active in different countries (Form B-7),",
            "Étant donné que les groupes d'entreprises multinationales sont actifs dans différents pays,",
        ),
        (
            "the competent authority shall apply the rules (ESMA guidelines on stress tests).",
            "l'autorité compétente applique les règles.",
        ),
        (
            "the European Supervisory Authority (European Banking Authority) shall be consulted.",
            "l'Autorité européenne de surveillance est consultée.",
        ),
    ],
)
def test_a_bracketed_passage_beside_initials_or_a_word_is_still_a_structure_warning(en: str, fr: str) -> None:
    assert "structure_mismatch" in blocking(en, fr)


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        # A letter closing a bracket opened by words (2014/1187, 2023/857, 2024/1620, 2024/1879, 2014/25).
        (
            "When assessing a transaction (transaction A) which has an exposure to another transaction "
            "(transaction B), an institution shall treat the exposure to transaction B as replaced.",
            "Lorsque l'établissement évalue une opération (opération A) qui a une exposition sur une autre "
            "opération (opération B), il traite l'exposition sur l'opération B comme si elle était remplacée.",
        ),
        (
            "The accounting officer shall send the provisional accounts for the financial year (year N) by "
            "1 March of the following year (year N+1).",
            "Le comptable communique les comptes provisoires de l'exercice (ci-après dénommé «exercice N») au "
            "plus tard le 1er mars de l'exercice suivant (ci-après dénommé «exercice N + 1»).",
        ),
        # A year named by a letter (2022/805, 2025/884, 2026/323).
        (
            "(b) the annual fee for a given year (n) shall be the total fee divided between all CTPs "
            "authorised in year (n), in proportion to their turnover.",
            "b) les frais annuels pour une année (n) donnée sont obtenus en répartissant le montant total "
            "entre tous les CTP agréés durant l'année (n) au prorata de leur chiffre d'affaires.",
        ),
    ],
)
def test_a_letter_closing_a_bracket_or_naming_a_year_is_not_an_item(en: str, fr: str) -> None:
    assert "structure_mismatch" not in blocking(en, fr)


def test_an_item_dropped_beside_a_year_named_by_a_letter_is_still_a_structure_warning() -> None:
    en = (
        "The fee shall be calculated as follows: (a) the total fee for the year (n) shall be set by ESMA; "
        "(b) the fee of each CTP shall be divided in proportion to its turnover in year (n)."
    )
    fr = "Les frais sont calculés comme suit: a) le montant total des frais pour l'année (n) est fixé par l'AEMF."
    assert "structure_mismatch" in blocking(en, fr)


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        # The Union's initials inside a longer name (2012/600, 2012/601, 2014/421, 2020/2084, 2023/1791, 2024/1321).
        (
            "the fuel used in an EU ETS aviation activity",
            "le carburant utilisé pour une activité aérienne relevant du SEQE-UE",
        ),
        (
            "'EU ETS lead auditor' means an EU ETS auditor",
            "«auditeur principal SEQE-UE», un auditeur SEQE-UE",
        ),
        # An act's number written loosely (2015/2424, 2020/1294, 2024/2494, 2025/1192, 2025/1393, 2025/2050).
        (
            "in Regulation (EU, Euratom) No 966/2012 of the European Parliament",
            "dans le règlement (UE) no 966/2012 du Parlement européen",
        ),
        (
            "pursuant to Implementing Regulation (EU)2018/2066;",
            "visés au règlement d'exécution (UE) 2018/2066;",
        ),
        ("an infringement of Regulation EU) 2023/1114", "une infraction au règlement (UE) 2023/1114"),
        # The trailing quote of an amending act after an address (2023/2854, 2024/1760, 2024/1781).
        (
            "(OJ L, 2023/2854, 22.12.2023, ELI: http://data.europa.eu/eli/reg/2023/2854/oj).\u2019",
            "(JO L, 2023/2854 du 22.12.2023, ELI: http://data.europa.eu/eli/reg/2023/2854/oj).\u00bb",
        ),
        # A heading in capitals (2009/31, 2017/2394).
        ("THIRD-PARTY ACCESS", "ACCÈS DES TIERS"),
        # The term's rendering the glossary accepts (2023/1791, 2024/1275).
        (
            "aggregated by the EU Building Stock Observatory",
            "agrégées par l'observatoire européen du patrimoine bâti",
        ),
    ],
)
def test_initials_inside_names_loose_act_numbers_and_headings_are_not_entity_warnings(
    en: str, fr: str
) -> None:
    assert not blocking(en, fr) & {"entity_mismatch", "term_mismatch"}


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        ("the fuel used in an EU ETS aviation activity", "le carburant utilisé pour une activité aérienne"),
        (
            "in Regulation (EU, Euratom) No 966/2012 and the ECOWAS rules",
            "dans le règlement (UE) no 966/2012 et les règles",
        ),
    ],
)
def test_a_name_missing_beside_those_is_still_an_entity_warning(en: str, fr: str) -> None:
    assert blocking(en, fr) & {"entity_mismatch", "term_mismatch"}


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        # A prefix in brackets, glued or not (2009/81, 2013/167).
        (
            "the specifications defined by European or (multi-) national eco-labels",
            "les spécifications définies par les éco-labels européens ou (pluri)nationaux",
        ),
        (
            "even where granted for a different (sub)category of vehicle.",
            "même lorsqu'elle est accordée pour une (sous-) catégorie différente de véhicules.",
        ),
        # A year named by a letter a word away; a letter abbreviating the word before it (2022/805, 2006/48).
        (
            "(a) the annual supervisory fee for a given year (n) shall be the total annual fee;",
            "a) le montant de frais de surveillance annuels pour une année donnée (n) est le montant annuel total;",
        ),
        (
            "3. These shall include probability of default (PD), LGD, maturity (M) and exposure value.",
            "3. Ces paramètres comprennent la probabilité de défaut (PD), les pertes en cas de défaut (LGD), "
            "l'échéance (en anglais «maturity» ou M) et la valeur exposée au risque.",
        ),
    ],
)
def test_prefixes_years_and_abbreviating_letters_are_not_structure_warnings(en: str, fr: str) -> None:
    assert "structure_mismatch" not in blocking(en, fr)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # Names of national forms and procedures in their own language (2010/210, 2011/35, 2011/583).
        ("— акционерно дружество,", None),
        ("— Tiesiskās aizsardzības process", None),
        ("De gerechtelijke reorganisatie door een collectief akkoord/La réorganisation judiciaire", None),
        # A French phrase English uses (2024/1620, 2015/1588).
        ("(b) bureaux de change;", None),
        ("De minimis", ClauseKind.HEADING),
        # Items of a list of names (2024/1789, 2026/1288, 2006/112).
        ("(n) Sudzha (RU)/(UA);", None),
        ("BNP Paribas SA;", None),
        # Figures alone, a formula with a word or two (2014/651, 2015/79, 2021/931, 2014/602, 2024/1879).
        ("0,5-1;", None),
        ("λj =max(threshold - min(Pj ,Kj ),0)", None),
        ("Total RW = Min[12,5; Original RW × (1 + 2,5 × InfringementDurationyears)]", None),
        # Headings spelt alike (2009/31, 2012/1024, 2022/1925, 2004/2216, 2014/24, 2019/856).
        ("Inspections", ClauseKind.HEADING),
        ("Exceptions", ClauseKind.HEADING),
        ("Suspension", ClauseKind.HEADING),
        ("TRANSACTIONS", ClauseKind.HEADING),
        ("Audits", ClauseKind.HEADING),
    ],
)
def test_names_in_other_languages_lists_of_names_and_formulas_are_not_untranslated(
    text: str, kind: ClauseKind | None
) -> None:
    fired = {
        f.check for f in check_pair(ClausePair(text, text, kind=kind)) if f.severity is not Severity.INFO
    }
    assert "untranslated" not in fired


@pytest.mark.parametrize(
    "text",
    [
        "High frequency algorithmic trading technique",
        "(a) the Member States shall notify the Commission;",
        "where X = the number of days in the period concerned",
        "— public companies limited by shares, and public companies limited by guarantee,",
        # A French sentence pasted in the English box (our own injected set: f099, f122, o184).
        "L'évaluation est confiée à un expert indépendant choisi conjointement par les Parties.",
        "La moitié des fonds est versée à la signature et le solde à l'approbation du premier rapport.",
    ],
)
def test_english_beside_those_is_still_untranslated(text: str) -> None:
    assert "untranslated" in {f.check for f in check_pair(ClausePair(text, text))}
