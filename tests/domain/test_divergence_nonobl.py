"""Constructions of official EN/FR drafting that the non-obligation checks must read alike (issue 15).

Each case is written for this test in the style of a construction seen in several acts of the wide
corpus, never one act's wording.
"""

from __future__ import annotations

import pytest

from mou_review.domain.divergence import ClausePair, Severity, check_pair
from mou_review.domain.types import ClauseKind


def blocking(en: str, fr: str, kind: ClauseKind | None = None) -> set[str]:
    """Return the checks that fire at warning or error on a pair."""
    return {f.check for f in check_pair(ClausePair(en, fr, kind=kind)) if f.severity is not Severity.INFO}


# --- a point inserted by an amending act: "(ka)" in English, « k bis) » in French ----------------------


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "\u2018(ca) to keep a register of the approved auditors and to publish it once a year;\u2019;",
            "\u00abc bis) tenir un registre des contr\u00f4leurs agr\u00e9\u00e9s et le publier une fois par an;\u00bb;",
        ),
        (
            "(gb) where relevant, a statement that the data have been checked against the register;",
            "g ter) le cas \u00e9ch\u00e9ant, une d\u00e9claration indiquant que les donn\u00e9es ont \u00e9t\u00e9 "
            "v\u00e9rifi\u00e9es par rapport au registre;",
        ),
        (
            "\u2018(xiva) Article 12b(2) and (4);",
            "\u00abxiv bis) article 12 ter, paragraphes 2 et 4;",
        ),
        (
            "\u2018(md) the date on which the plan was last reviewed by the board;\u2019;",
            "\u00abm quinquies) la date \u00e0 laquelle le plan a \u00e9t\u00e9 r\u00e9examin\u00e9 pour la "
            "derni\u00e8re fois par le conseil;\u00bb;",
        ),
    ],
)
def test_inserted_point_faces_its_latin_numbered_french_label(en: str, fr: str) -> None:
    assert "structure_mismatch" not in blocking(en, fr)


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        # The French label names another point: the English bracket has no counterpart.
        (
            "\u2018(ca) to keep a register of the approved auditors and to publish it once a year;\u2019;",
            "\u00abc ter) tenir un registre des contr\u00f4leurs agr\u00e9\u00e9s et le publier une fois par an;\u00bb;",
        ),
        # The French cites the inserted point in running text; its own head has no label of that kind.
        (
            "\u2018(aa) the fees charged for the services referred to in point (a);\u2019;",
            "\u00ables redevances per\u00e7ues pour les services vis\u00e9s au point a bis);\u00bb;",
        ),
    ],
)
def test_inserted_point_needs_the_same_point_in_french(en: str, fr: str) -> None:
    assert "structure_mismatch" in blocking(en, fr)


# --- a sentence dropped where pairing every sentence costs about as much as leaving one out ---------------


_DROPPED = [
    (
        "The licensing authority shall forward the file it has examined under paragraph 2, together with a draft "
        "opinion, to the national fisheries agency within three months of receipt of the application for a "
        "fishing licence or of the request for renewal from the vessel owner concerned. Within one month of "
        "receipt of the file, the national fisheries agency shall adopt a decision on the application for a "
        "fishing licence or on the request for renewal. The national fisheries agency shall not be bound by the "
        "draft opinion of the licensing authority.",
        "L'autorité chargée de la délivrance des licences transmet le dossier qu'elle a examiné en vertu du "
        "paragraphe 2, accompagné d'un projet d'avis, à l'agence nationale de la pêche dans un délai de trois mois "
        "à compter de la réception de la demande de licence de pêche ou de la demande de renouvellement émanant "
        "du propriétaire ou de l'exploitant du navire de pêche concerné par cette demande. Dans un délai d'un mois à compter de la réception du "
        "dossier, l'agence nationale de la pêche adopte une décision sur la demande de licence de pêche ou sur la "
        "demande de renouvellement de cette licence du titulaire.",
    ),
    (
        "The operator shall submit the annual report to the competent authority within three months of the end "
        "of each reporting period, together with the opinion of the verifier on the data it contains. The "
        "competent authority shall assess the report within two months of its receipt. The competent authority "
        "shall not be bound by the opinion of the verifier.",
        "L'exploitant soumet le rapport annuel à l'autorité compétente de l'État membre concerné "
        "dans un délai de trois mois à compter de la fin de chaque période de déclaration, accompagné de l'avis "
        "motivé du vérificateur sur les données qu'il contient. L'autorité compétente "
        "procède à l'évaluation du rapport dans un délai de deux mois à compter de sa réception.",
    ),
    (
        "The scope of this Regulation should take account of recent developments in the market for payment "
        "services. Since payment service users now act in a larger and increasingly digital market, a high level "
        "of protection requires that areas such as data protection, consumer credit, electronic money and "
        "telecommunications be covered, in addition to the general rules. The market for payment services has "
        "also changed in the field of digital services and there is a growing need for rules that keep pace.",
        "Le champ d'application du présent règlement devrait tenir compte des évolutions récentes du marché des "
        "services de paiement. Étant donné que les utilisateurs de services de paiement évoluent maintenant dans "
        "un marché plus vaste et de plus en plus numérique, il est nécessaire, pour obtenir un niveau élevé de "
        "protection, que soient couverts, outre les règles générales, des domaines tels que la protection des "
        "données, le crédit et la monnaie électronique.",
    ),
]


@pytest.mark.parametrize(("en", "fr"), _DROPPED)
def test_sentence_dropped_when_a_merge_would_leave_the_french_short(en: str, fr: str) -> None:
    assert "structure_mismatch" in blocking(en, fr)


# --- a paragraph inserted after 1 is « 1 septies » in French, "1f" in English: not the number 1 ---------


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "1f.   By way of derogation from paragraph 2, a small operator may omit reporting the indicators "
            "referred to in Annex III.",
            "1   septies. Par dérogation au paragraphe 2, un petit exploitant est exempté de déclarer les "
            "indicateurs visés à l'annexe III.",
        ),
        (
            "(4g) 'trading platform' means a system operated by a registered operator;",
            "4 octies) «plateforme de négociation», un système exploité par un opérateur enregistré;",
        ),
        (
            "3d.   The report shall be published by 30 June of each year.",
            "3 quinquies.   Le rapport est publié au plus tard le 30 juin de chaque année.",
        ),
    ],
)
def test_latin_numbered_inserted_paragraph_is_not_a_number(en: str, fr: str) -> None:
    assert "number_mismatch" not in blocking(en, fr)


# --- "rounded down to the nearest thousand euros" / « arrondie au millier d'euros inférieur » ------------


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "The revised amount shall be rounded down to the nearest thousand euros.",
            "Le montant révisé est arrondi au millier d'euros inférieur.",
        ),
        (
            "The fee shall be rounded to the nearest hundred euros.",
            "La redevance est arrondie à la centaine d'euros la plus proche.",
        ),
        (
            "Each quota shall be rounded up to the nearest million tonnes.",
            "Chaque quota est arrondi au million de tonnes supérieur.",
        ),
    ],
)
def test_rounding_unit_said_by_a_french_noun(en: str, fr: str) -> None:
    assert "number_mismatch" not in blocking(en, fr)


def test_rounding_unit_still_compared() -> None:
    en = "The revised amount shall be rounded down to the nearest thousand euros."
    fr = "Le montant révisé est arrondi à la centaine d'euros inférieure."
    assert "number_mismatch" in blocking(en, fr)


# --- « les parties deux à huit »: a range of parts numbered by cardinal words after the noun ----------------


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "The firm has been exempted from the requirements of Parts Two to Five of that Regulation.",
            "L'entreprise a été exemptée des exigences des parties deux à cinq dudit règlement.",
        ),
        (
            "The exemption covers Parts Three and Four of Regulation (EU) 2031/44.",
            "L'exemption couvre les parties trois et quatre du règlement (UE) 2031/44.",
        ),
    ],
)
def test_range_of_parts_in_french_cardinal_words(en: str, fr: str) -> None:
    assert "cross_reference_mismatch" not in blocking(en, fr)


def test_range_of_parts_in_french_cardinal_words_still_compared() -> None:
    en = "The firm has been exempted from the requirements of Parts Two to Five of that Regulation."
    fr = "L'entreprise a été exemptée des exigences des parties deux à quatre dudit règlement."
    assert "cross_reference_mismatch" in blocking(en, fr)


# --- "Contracting States", "States that are Parties" / « États parties » ---------------------------------


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "The Contracting States to the Convention may agree on a common procedure.",
            "Les États parties à la convention peuvent convenir d'une procédure commune.",
        ),
        (
            "The credits should come from States that are Parties to the Agreement.",
            "Les crédits devraient provenir d'États parties à l'accord.",
        ),
    ],
)
def test_terms_said_the_way_eu_acts_say_them(en: str, fr: str) -> None:
    assert "term_mismatch" not in blocking(en, fr)


# --- a text cut short on any word, where the other ends its sentence and the cut text is short ------------


def test_text_cut_short_on_a_content_word() -> None:
    en = (
        "The Committee may invite the chair of any working group to present the group's findings before it and "
        "to answer any questions from its members whenever so requested."
    )
    fr = (
        "Le comité peut inviter le président de tout groupe de travail à présenter devant lui les conclusions "
        "du groupe et à répondre aux questions"
    )
    assert "length_ratio" in blocking(en, fr)


def test_text_without_final_stop_at_the_usual_length_is_not_cut() -> None:
    en = "The Committee may invite the chair of any working group to present the group's findings."
    fr = "Le comité peut inviter le président de tout groupe de travail à présenter les conclusions du groupe"
    assert "length_ratio" not in blocking(en, fr)


# --- an hour of the day: "by 13:00 CET" / « au plus tard à 13 h 00 HEC » --------------------------------


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "Trading venues shall submit the report by 13:00 CET on the following working day.",
            "Les plates-formes de négociation transmettent la déclaration au plus tard à 13 h 00 HEC le jour "
            "ouvrable suivant.",
        ),
        (
            "Orders shall be executed if they are received between 10:00 and 16:00 CET on working days.",
            "Les ordres sont exécutés s'ils sont reçus un jour ouvrable entre 10 h 00 et 16 h 00 HEC.",
        ),
        (
            "The price shall be recorded at the reference times 9.30.00 and 15.30.00 UTC on that date.",
            "Le prix est relevé aux heures de référence 9:30:00 et 15:30:00 (TUC) à cette date.",
        ),
    ],
)
def test_hour_of_the_day_written_with_a_colon_is_one_value(en: str, fr: str) -> None:
    assert "number_mismatch" not in blocking(en, fr)


@pytest.mark.parametrize(
    "fr",
    [
        "Les plates-formes de négociation transmettent la déclaration au plus tard à 14 h 00 HEC.",
        "Les plates-formes de négociation transmettent la déclaration au plus tard à 13 h 30 HEC.",
    ],
)
def test_hour_of_the_day_still_compared(fr: str) -> None:
    en = "Trading venues shall submit the report by 13:00 CET."
    assert "number_mismatch" in blocking(en, fr)


# --- a year counted from a year named by a letter: "the year X-2" / « l'année x – 2 » -------------------


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "(f) information on the indicators set out in Annex III, for the year X-2;",
            "f) des informations concernant les indicateurs énumérés à l'annexe III, pour l'année x – 2;",
        ),
        (
            "the emissions of fluorinated gases for the year X-1, where available;",
            "les émissions de gaz fluorés pour l'année x-1, lorsqu'elles sont disponibles;",
        ),
        (
            "The accounts shall be closed by 15 May of year N + 2.",
            "Les comptes sont clôturés au plus tard le 15 mai de l'exercice N+2.",
        ),
    ],
)
def test_year_counted_from_a_lettered_year(en: str, fr: str) -> None:
    assert "number_mismatch" not in blocking(en, fr)


def test_year_counted_from_a_lettered_year_still_compared() -> None:
    en = "(f) information on the indicators set out in Annex III, for the year X-2;"
    fr = "f) des informations concernant les indicateurs énumérés à l'annexe III, pour l'année x – 1;"
    assert "number_mismatch" in blocking(en, fr)


# --- one figure copied with its comma into both texts: "3,664" / « 3,664 » -------------------------------


def test_figure_copied_with_its_comma_is_one_value_and_a_notice() -> None:
    en = "For the conversion of the carbon content, the operator shall use the factor 3,664 t CO2/t C."
    fr = "Pour convertir la teneur en carbone, l'exploitant applique le facteur 3,664 t CO2/t C."
    found = check_pair(ClausePair(en, fr))
    assert "number_mismatch" not in blocking(en, fr)
    notes = [f for f in found if f.key == "number_mismatch:notation:3,664"]
    assert len(notes) == 1 and notes[0].severity is Severity.INFO
    assert [s.text for s in notes[0].en] == ["3,664"] and [s.text for s in notes[0].fr] == ["3,664"]


def test_figure_copied_with_its_comma_still_compared() -> None:
    en = "For the conversion of the carbon content, the operator shall use the factor 3,664 t CO2/t C."
    fr = "Pour convertir la teneur en carbone, l'exploitant applique le facteur 3,665 t CO2/t C."
    assert "number_mismatch" in blocking(en, fr)


# --- quarters of a year: "the four quarters prior to" / « les quatre trimestres précédant » ---------------


def test_quarters_of_a_year_are_counted_not_a_fraction() -> None:
    en = "Institutions that fell below the threshold during the four quarters prior to the reference date."
    fr = "Les établissements passés sous le seuil au cours des quatre trimestres précédant la date de référence."
    assert "number_mismatch" not in blocking(en, fr)
    fr_three = fr.replace("quatre trimestres", "trois trimestres")
    assert "number_mismatch" in blocking(en, fr_three)


def test_three_quarters_of_the_members_is_still_a_fraction() -> None:
    en = "The decision shall be taken by three quarters of the members."
    assert "number_mismatch" not in blocking(en, "La décision est prise par les trois quarts des membres.")
    assert "number_mismatch" in blocking(en, "La décision est prise par la moitié des membres.")


# --- a numbered division of an annex: "section 2.1 of the Annex" / « le point 2.1 de l'annexe » ----------


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "(a) enrolment, as set out in section 2.1 of the Annex to this Regulation;",
            "a) inscription, conformément aux dispositions du point 2.1 de l'annexe du présent règlement;",
        ),
        (
            "Small emitters shall comply with Part 4 of Annex XIV to Decision 2007/589/EC.",
            "Les petits émetteurs respectent le point 4 de l'annexe XIV de la décision 2007/589/CE.",
        ),
    ],
)
def test_numbered_annex_division_called_section_or_point(en: str, fr: str) -> None:
    assert "cross_reference_mismatch" not in blocking(en, fr)


def test_numbered_annex_division_still_compared() -> None:
    en = "(a) enrolment, as set out in section 2.1 of the Annex to this Regulation;"
    fr = "a) inscription, conformément aux dispositions du point 2.2 de l'annexe du présent règlement;"
    assert "cross_reference_mismatch" in blocking(en, fr)


# --- the formula of an amending act: "the following paragraph is added" / « le paragraphe 3 suivant est ajouté »


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "(1) in Article 7, the following paragraph is added:",
            "1) À l'article 7, le paragraphe 3 suivant est ajouté:",
        ),
        ("(e) the following paragraph is inserted:", "e) le paragraphe 4 bis suivant est inséré:"),
        ("(a) the following paragraph 2a is inserted:", "a) le paragraphe suivant est inséré:"),
    ],
)
def test_amending_formula_names_the_new_provision_in_one_language(en: str, fr: str) -> None:
    assert "cross_reference_mismatch" not in blocking(en, fr)


def test_amending_formula_still_compares_what_it_amends() -> None:
    en = "(1) in Article 7, the following paragraph is added:"
    assert "cross_reference_mismatch" in blocking(en, "1) À l'article 8, le paragraphe 3 suivant est ajouté:")
    assert "cross_reference_mismatch" in blocking(
        "(a) the following paragraph 2a is inserted:", "a) le paragraphe 2 ter suivant est inséré:"
    )


# --- a term of the other language glossed in brackets, in the plural or in one word -------------------------


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        (
            "Each administrator shall establish a testing area in which any new version or release of a registry "
            "can be tested.",
            "Chaque administrateur établit une zone d'essai dans laquelle les nouvelles versions publiées (releases) "
            "d'un registre peuvent être testées.",
        ),
        (
            "'lignite' means low-rank C or ortho-lignite and low-rank B or meta-lignite;",
            "«lignite»: des charbons de bas rang de classe C (ortholignite) et B (métalignite);",
        ),
    ],
)
def test_gloss_of_a_borrowed_term_in_the_plural_or_in_one_word(en: str, fr: str) -> None:
    assert "structure_mismatch" not in blocking(en, fr)


def test_gloss_of_a_term_the_other_text_lacks_still_counts() -> None:
    en = "Each administrator shall establish a testing area in which any new version of a registry can be tested."
    fr = (
        "Chaque administrateur établit une zone d'essai dans laquelle les nouvelles versions publiées (releases) "
        "d'un registre peuvent être testées."
    )
    assert "structure_mismatch" in blocking(en, fr)
