"""The EN/FR divergence checks, each on cases that must and must not fire."""

from __future__ import annotations

import json

import pytest

from mou_review.domain.divergence import (
    CHECKS,
    ClausePair,
    Finding,
    Severity,
    Span,
    check_document,
    check_pair,
    finding_to_dict,
)
from mou_review.domain.types import ClauseKind, Lang

NB = "\u00a0"


def fired(en: str, fr: str, **kw: object) -> set[str]:
    """Return the checks that fire at warning or error on a pair."""
    return {f.check for f in check_pair(ClausePair(en, fr, **kw)) if f.severity is not Severity.INFO}


def only(check: str, en: str, fr: str, **kw: object) -> list[Finding]:
    """Return the findings of one check on a pair."""
    return [f for f in check_pair(ClausePair(en, fr, **kw)) if f.check == check]


@pytest.mark.parametrize(
    ("en", "fr", "expected"),
    [
        ("The Parties shall cooperate.", "", True),
        ("The Parties shall cooperate.", f"  {NB} ", True),
        ("", "Les Parties coopèrent.", True),
        ("", "", False),
        ("The Parties shall cooperate.", "Les Parties coopèrent.", False),
    ],
)
def test_missing_translation_fires_on_an_empty_side(en: str, fr: str, expected: bool) -> None:
    assert ("missing_translation" in fired(en, fr)) is expected


@pytest.mark.parametrize(
    ("en", "fr", "kind", "expected"),
    [
        ("The Parties shall cooperate closely.", "The Parties shall cooperate closely.", None, True),
        (
            "The Parties shall exchange information on routes.",
            "The Parties shall exchange information on the routes.",
            None,
            True,
        ),
        (
            "Each Party shall bear its own costs unless otherwise agreed.",
            "Each Party shall bear its own costs unless otherwise agreed by them.",
            None,
            True,
        ),
        ("Definitions", "Definitions", ClauseKind.HEADING, True),
        ("NAPTIP (8)", "NAPTIP (8)", ClauseKind.ITEM, False),
        ("ICMPD", "ICMPD", None, False),
        (
            "Direction de la Surveillance du Territoire (DST) (2)",
            "Direction de la Surveillance du Territoire (DST) (2)",
            ClauseKind.ITEM,
            False,
        ),
        ("Definitions", "Définitions", ClauseKind.HEADING, False),
        ("The Parties shall cooperate.", "Les Parties coopèrent.", None, False),
    ],
)
def test_untranslated_fires_when_french_is_the_english(
    en: str, fr: str, kind: ClauseKind | None, expected: bool
) -> None:
    assert ("untranslated" in fired(en, fr, kind=kind)) is expected


EN, FR = Lang.EN, Lang.FR


@pytest.mark.parametrize(
    ("versions", "stale_side"),
    [
        # No version numbers: nothing to say.
        ({}, None),
        ({"en_based_on_fr": 1, "fr_based_on_en": 4}, None),
        # Seed pair: EN v1, FR v1 written against it.
        ({"en_version": 1, "fr_version": 1, "fr_based_on_en": 1, "changed_last": FR}, None),
        # EN edited (one-sided change, no based-on): FR is left behind.
        ({"en_version": 2, "fr_version": 1, "fr_based_on_en": 1, "changed_last": EN}, "fr"),
        ({"en_version": 2, "fr_version": 1, "fr_based_on_en": 1}, "fr"),
        # FR then translated to follow EN v2: in sync again.
        ({"en_version": 2, "fr_version": 2, "fr_based_on_en": 2, "changed_last": FR}, None),
        # FR edited afterwards (both current versions one-sided): EN is stale.
        ({"en_version": 2, "fr_version": 3, "changed_last": FR}, "en"),
        # Without knowing which changed last and without any based-on, no evidence: no finding.
        ({"en_version": 2, "fr_version": 3}, None),
        # Both updated by an adopted amendment, each aligned with the other's new version.
        (
            {"en_version": 3, "fr_version": 4, "en_based_on_fr": 4, "fr_based_on_en": 3, "changed_last": FR},
            None,
        ),
        (
            {"en_version": 3, "fr_version": 4, "en_based_on_fr": 3, "fr_based_on_en": 3, "changed_last": FR},
            None,
        ),
        # Either alignment suffices, whatever the other says.
        (
            {"en_version": 3, "fr_version": 2, "en_based_on_fr": 2, "fr_based_on_en": 1, "changed_last": FR},
            None,
        ),
        # Both aligned with older versions: changed_last decides, else nothing.
        (
            {"en_version": 3, "fr_version": 4, "en_based_on_fr": 2, "fr_based_on_en": 2, "changed_last": EN},
            "fr",
        ),
        (
            {"en_version": 3, "fr_version": 4, "en_based_on_fr": 2, "fr_based_on_en": 2, "changed_last": FR},
            "en",
        ),
        ({"en_version": 3, "fr_version": 4, "en_based_on_fr": 2, "fr_based_on_en": 2}, None),
        # Only EN says what it is aligned with and FR has moved on since: EN is stale.
        ({"en_version": 2, "fr_version": 3, "en_based_on_fr": 2}, "en"),
        ({"en_version": 4, "fr_version": 3, "fr_based_on_en": 2}, "fr"),
    ],
)
def test_stale_translation_reports_the_side_left_behind(versions: dict, stale_side: str | None) -> None:
    findings = only("stale_translation", "The Parties shall cooperate.", "Les Parties coopèrent.", **versions)
    if stale_side is None:
        assert findings == []
        return
    (f,) = findings
    assert f.severity is Severity.WARNING
    assert (bool(f.en), bool(f.fr)) == {"en": (True, False), "fr": (False, True)}[stale_side]
    changed_version = versions["en_version" if stale_side == "fr" else "fr_version"]
    assert f"v{changed_version}" in f.message_en and "\u00a0:" in f.message_fr


@pytest.mark.parametrize(
    ("en", "fr", "expected"),
    [
        ("within thirty (30) days", "dans un délai de trente (30) jours", set()),
        ("within thirty days", "dans un délai de 30 jours", set()),
        ("within thirty (30) days", "dans un délai de soixante (60) jours", {"30:60"}),
        ("USD 1,000.50", f"1{NB}000,50 dollars", set()),
        ("USD 1,000.50", "1\u202f000,05 dollars", {"1000.5:1000.05"}),
        ("15% of the cost", "15 % du coût", set()),
        ("15% of the cost", "25 % du coût", {"15:25"}),
        ("seventy-five per cent", "soixante-quinze pour cent", set()),
        ("ninety (90) days", "quatre-vingt-dix (90) jours", set()),
        ("twenty-one officers", "vingt et un agents", set()),
        ("the second phase", "la deuxième phase", set()),
        ("the second phase", "la seconde phase", set()),
        ("the third meeting", "la quatrième réunion", {"3:4"}),
        ("the 1st report", "le 1er rapport", set()),
        ("both Parties", "les deux Parties", set()),
        ("the two Parties", "les deux Parties", set()),
        ("one month", "un mois", set()),
        # "one" may be an article, but not before a unit of time: one duration put for another.
        ("one month", "deux mois", {"1:2"}),
        ("twice a year", "deux fois par an", set()),
        ("twice a year", "trois fois par an", {"2:3"}),
        ("24 hours a day, 7 days a week", "24 heures sur 24, 7 jours sur 7", set()),
        ("a third party", "un tiers", set()),
        ("USD 5 million", "5 millions de dollars", set()),
        # Cross-references, dates and item labels are not numbers.
        ("under Article 12(3)", "en vertu de l'article 12, paragraphe 3", set()),
        ("on 14 June 2021", "le 14 juin 2021", set()),
        ("(a) the victims;", "a) les victimes ;", set()),
        ("Section 2.1 applies.", "La section 2.1 s'applique.", set()),
        ("3,500 migrants in 2020", "3\u202f500 migrants en 2020", set()),
        ("3,500 migrants", "5\u202f300 migrants", {"3500:5300"}),
    ],
)
def test_number_mismatch_compares_values_across_formats(en: str, fr: str, expected: set[str]) -> None:
    got = {f.key.split(":", 1)[1] for f in only("number_mismatch", en, fr)}
    assert got == expected


def test_number_mismatch_one_number_put_for_another_is_one_finding_with_both_sides() -> None:
    (f,) = only("number_mismatch", "within thirty (30) days", "dans un délai de soixante (60) jours")
    assert [s.text for s in f.en] == ["thirty (30)"] and [s.text for s in f.fr] == ["soixante (60)"]
    assert "thirty (30)" in f.message_en and "soixante (60)" in f.message_en
    assert "\u00a0:" in f.message_fr


def test_number_mismatch_message_is_bilingual_and_points_at_the_number() -> None:
    (f,) = only("number_mismatch", "within 30 days", "dans un délai de jours")
    assert f.message_en == "Number 30 appears in the English but not in the French."
    assert f.message_fr == "Le nombre 30 figure dans la version anglaise mais pas dans la version française."
    assert f.en == (Span(7, 9, "30"),) and f.fr == ()
    assert f.severity is Severity.ERROR


@pytest.mark.parametrize(
    ("en", "fr", "mismatch"),
    [
        ("on 14 June 2021", "le 14 juin 2021", False),
        ("on June 14, 2021", "le 14 juin 2021", False),
        ("on the 14th of June 2021", "le 14 juin 2021", False),
        ("on 14/06/2021", "le 14 juin 2021", False),
        ("no later than 1 July 2021", "au plus tard le 1er juillet 2021", False),
        ("from 1 July", "à compter du 1er juillet", False),
        ("in June 2021", "en juin 2021", False),
        ("on 14 June 2021", "le 14 juillet 2021", True),
        ("on 14 June 2021", "le 4 juin 2021", True),
        ("on 14 June 2021", "le 14 juin 2022", True),
        ("on 28/02/2022", "le 28/03/2022", True),
        ("Article 5 may be amended.", "L'article 5 peut être modifié.", False),
    ],
)
def test_date_mismatch_compares_year_month_day(en: str, fr: str, mismatch: bool) -> None:
    assert bool(only("date_mismatch", en, fr)) is mismatch


@pytest.mark.parametrize(
    ("en", "fr", "mismatch"),
    [
        ("under Article 12(3)", "en vertu de l'article 12, paragraphe 3", False),
        ("under Article 12(3)", "en vertu de l'article 12.3", False),
        ("under paragraph 3 of Article 12", "en vertu de l'article 12, paragraphe 3", False),
        ("under sub-paragraph (b)", "en vertu de l'alinéa b)", False),
        ("Articles 4 and 5 apply", "Les articles 4 et 5 s'appliquent", False),
        ("Articles 8 to 10", "aux articles 8 à 10", False),
        ("in Annex 1", "à l'annexe 1", False),
        ("in Annex I", "à l'annexe 1", False),
        ("Article premier", "Article 1", False),
        ("Article 1", "Article premier", False),
        ("this Article", "le présent article", False),
        ("under Article 12(3)", "en vertu de l'article 12, paragraphe 2", True),
        ("under Article 12(3)", "en vertu de l'article 13, paragraphe 3", True),
        ("under sub-paragraph (b)", "en vertu de l'alinéa c)", True),
        ("Articles 4 and 5 apply", "Les articles 4 et 6 s'appliquent", True),
        ("in Annex 1", "à l'annexe 2", True),
        ("Articles 8 to 10", "aux articles 8 à 11", True),
    ],
)
def test_cross_reference_mismatch_normalises_both_styles(en: str, fr: str, mismatch: bool) -> None:
    assert bool(only("cross_reference_mismatch", en, fr)) is mismatch


def test_cross_reference_mismatch_names_both_sides_in_both_languages() -> None:
    (f,) = only("cross_reference_mismatch", "as provided in Article 10", "comme prévu à l'article 9")
    assert "Article 10" in f.message_en and "Article 9" in f.message_en
    assert "à l’article 10" in f.message_fr and "à l’article 9" in f.message_fr
    assert f.en[0].text == "Article 10" and f.fr[0].text == "article 9"


@pytest.mark.parametrize(
    ("en", "fr", "mismatch"),
    [
        ("Each Party shall designate a focal point.", "Chaque Partie désigne un point focal.", False),
        ("The focal points shall meet.", "Les points focaux se réunissent.", False),
        ("The Parties shall cooperate with ECOWAS.", "Les Parties coopèrent avec la CEDEAO.", False),
        ("NGOs may attend.", "Les ONG peuvent y assister.", False),
        ("Each Party shall designate a focal point.", "Chaque Partie désigne un correspondant.", True),
        ("The Parties shall cooperate with ECOWAS.", "Les Parties coopèrent avec l'Union africaine.", True),
        ("The Parties shall cooperate.", "Les Parties coopèrent en tout ou en partie.", False),
    ],
)
def test_term_mismatch_uses_the_glossary(en: str, fr: str, mismatch: bool) -> None:
    assert bool(only("term_mismatch", en, fr)) is mismatch


@pytest.mark.parametrize(
    ("en", "fr", "mismatch"),
    [
        ("NAPTIP and ANLTP/TIM shall meet.", "La NAPTIP et l'ANLTP-TIM se réunissent.", False),
        ("in Niamey and Abuja", "à Niamey et à Abuja", False),
        ("write to focal@naptip.gov.ng", "écrire à focal@naptip.gov.ng", False),
        ("with ICMPD support", "avec l'appui de l'ICMPD", False),
        ("with ECOWAS", "avec la CEDEAO", False),
        ("in Niamey and Abuja", "à Niamey et à Kano", True),
        ("NAPTIP shall chair.", "La NIS assure la présidence.", True),
        ("write to focal@naptip.gov.ng", "écrire à focal@naptip.gov.ne", True),
        ("see https://www.jtwg.org", "voir https://www.jtwg.net", True),
        ("ANLTP-TIM (4)", "ANLTP (4)", True),
        ("MEMBERSHIP", "EFFECTIF", False),
    ],
)
def test_entity_mismatch_finds_names_on_one_side_only(en: str, fr: str, mismatch: bool) -> None:
    assert bool(only("entity_mismatch", en, fr)) is mismatch


@pytest.mark.parametrize(
    ("en", "fr", "mismatch"),
    [
        (
            "The plan covers: (a) prevention; (b) protection; and (c) prosecution.",
            f"Le plan couvre{NB}: a) la prévention{NB}; b) la protection{NB}; et c) les poursuites.",
            False,
        ),
        (
            "The plan covers: (a) prevention; (b) protection; and (c) prosecution.",
            f"Le plan couvre{NB}: a) la prévention{NB}; et b) les poursuites.",
            True,
        ),
        (
            "It contains: (i) the number of victims; (ii) the number of cases.",
            f"Il comporte{NB}: i) le nombre de victimes{NB}; ii) le nombre d'affaires.",
            False,
        ),
        (
            "Decisions are taken by consensus. Failing that, the heads decide.",
            "Les décisions sont prises par consensus.",
            True,
        ),
        ("One. Two. Three. Four.", "Un. Deux, trois. Quatre.", False),
        ("One. Two. Three. Four.", "Un. Deux.", True),
        ("Mr. Musa shall chair.", "M. Musa assure la présidence.", False),
        ("ICMPD (observer)", "ICMPD, observateur", True),
    ],
)
def test_structure_mismatch_counts_items_sentences_brackets(en: str, fr: str, mismatch: bool) -> None:
    assert bool(only("structure_mismatch", en, fr)) is mismatch


@pytest.mark.parametrize(
    ("fr", "severity"),
    [
        ("Les Parties échangent des informations sur les itinéraires et les méthodes de recrutement.", None),
        ("Les Parties échangent des informations.", Severity.WARNING),
        ("Les Parties échangent des informations sur les itinéraires de la traite.", Severity.INFO),
    ],
)
def test_length_ratio_flags_texts_outside_the_calibrated_band(fr: str, severity: Severity | None) -> None:
    en = "The Parties shall exchange information on trafficking routes and recruitment methods."
    findings = only("length_ratio", en, fr)
    assert [f.severity for f in findings] == ([severity] if severity else [])


def test_length_ratio_ignores_short_texts() -> None:
    assert only("length_ratio", "Definitions", "Définitions et interprétation des termes") == []


def test_finding_key_is_stable_across_unrelated_edits() -> None:
    a = only("number_mismatch", "within 30 days of signature", "dans un délai de 60 jours")
    b = only("number_mismatch", "within 30 days of the signature", "dans les 60 jours")
    assert {f.key for f in a} == {f.key for f in b}


def test_findings_are_ordered_by_severity() -> None:
    findings = check_pair(
        ClausePair(
            "Each Party shall designate a focal point within 30 days.",
            "Chaque Partie désigne un correspondant dans un délai de 60 jours.",
        )
    )
    order = [f.severity for f in findings]
    assert order == sorted(order, key=[Severity.ERROR, Severity.WARNING, Severity.INFO].index)
    assert {f.check for f in findings} <= set(CHECKS)


def test_check_document_returns_one_list_per_clause() -> None:
    pairs = [ClausePair("Definitions", "Définitions"), ClausePair("within 30 days", "dans les 60 jours")]
    result = check_document(pairs)
    assert len(result) == 2 and result[0] == [] and result[1]


def test_finding_to_dict_is_json_ready() -> None:
    (f,) = only("number_mismatch", "within 30 days", "dans un délai de jours")
    d = finding_to_dict(f)
    assert json.loads(json.dumps(d)) == {
        "check": "number_mismatch",
        "severity": "error",
        "message": {"en": f.message_en, "fr": f.message_fr},
        "en": [{"start": 7, "end": 9, "text": "30"}],
        "fr": [],
        "key": f.key,
    }


@pytest.mark.parametrize(
    ("en", "fr", "expected_fr"),
    [
        (
            "The Parties shall act in accordance with Article 10.",
            "Les Parties agissent conformément à l’article 11.",
            "la version anglaise renvoie à l’article 10 (renvoi absent de la version française)",
        ),
        (
            "Annex 1 applies in accordance with Articles 10 and 11.",
            "L’annexe 1 s’applique.",
            "la version anglaise renvoie à l’article 10, à l’article 11 (renvois absents de la version française)",
        ),
    ],
)
def test_french_cross_reference_message_agrees_in_number_with_typographic_apostrophes(
    en: str, fr: str, expected_fr: str
) -> None:
    # « (absent de la version française) » after « l’annexe 1 » or after two articles did not agree.
    (finding,) = only("cross_reference_mismatch", en, fr)
    assert expected_fr in finding.message_fr
    assert "'" not in finding.message_fr


def test_french_messages_use_the_typographic_apostrophe_like_the_interface() -> None:
    untranslated = only(
        "untranslated",
        "The Parties shall exchange information on trafficking routes.",
        "The Parties shall exchange information on trafficking routes.",
    )
    negation = only(
        "obligation_mismatch",
        "The Party shall not disclose the information.",
        "La Partie communique les informations.",
    )
    for finding in untranslated + negation:
        assert "n’" in finding.message_fr or "l’" in finding.message_fr
        assert "'" not in finding.message_fr
    assert untranslated and negation
