"""EN/FR divergence checks: rules that flag where two equally authentic texts may differ.

Both language versions of the instrument are authentic, so any difference of
meaning is a legal defect.  These checks are cheap, explainable rules run on
each clause pair; each finding names the check, its severity, a message in
both languages and the evidence (character spans) on each side.

Checks (codes are stable, the UI and waivers rely on them):

============================ ======== ============================================
code                         severity what it catches
============================ ======== ============================================
``missing_translation``      error    one side is empty
``untranslated``             error    one side is (nearly) the other side's text
``stale_translation``        warning  one side changed after the two were last aligned
``number_mismatch``          error    amounts, counts, durations, ordinals differ
``date_mismatch``            error    dates differ (compared as year?, month, day);
                             /warning warning when one side counts from an act's application, the
                                      other from its entry into force or publication
``cross_reference_mismatch`` error    articles/paragraphs/annexes referred to differ
``term_mismatch``            warning  a glossary term has no counterpart
``entity_mismatch``          warning  acronyms, places, e-mails, URLs on one side only
``structure_mismatch``       warning  enumerated items or brackets differ, a sentence has no counterpart
``length_ratio``             info     FR/EN length outside the usual band
                             /warning (warning when far outside)
``obligation_mismatch``      warning  obligation/permission/prohibition, a negation or the
                                      connective of a condition differs (see ``deontic``)
============================ ======== ============================================

Length ratio calibration.  Method: ``bench/bench_divergence_quality.py
--calibrate`` computes the French/English character ratio (whitespace
collapsed) of the faithful pairs in ``tests/data/divergence/faithful.txt``
whose longer side has at least :data:`LENGTH_MIN_CHARS` characters (shorter
texts vary too much to say anything).  On that set (n=139): median 1.04,
2.5th percentile 0.86, 97.5th percentile 1.33, min 0.82, max 1.38; the
project's own MoU and ToR sources fall in 0.86-1.57.  Hence ``info`` outside
[:data:`LENGTH_INFO_LOW`, :data:`LENGTH_INFO_HIGH`] = [0.85, 1.40].  On
official EU and UN texts (the calibration half of ``tests/data/divergence/real/``,
n=2,016) the median is higher (1.10-1.23 by instrument) and the spread shrinks
with length: 0.5th-99.5th percentile 0.50-2.26 for texts under 80 characters,
0.74-1.65 at 80-150, 0.87-1.50 at 150-300, 0.97-1.45 above 600.  So the
``warning`` band narrows with the length L of the longer side, like the
standard deviation of a sum of L characters: below
``LENGTH_WARN_LOW_BASE - LENGTH_WARN_LOW_SLOPE / sqrt(L)`` (0.72 at 100
characters, 0.79 at 1,000; a truncation leaves about 0.6) or above
``LENGTH_WARN_HIGH_BASE + LENGTH_WARN_HIGH_SLOPE / sqrt(L)`` (1.85 at 100, 1.58
at 1,000), and only when the text missing from the shorter side, at the usual
ratio :data:`LENGTH_USUAL`, is at least :data:`LENGTH_WARN_MIN_MISSING`
characters (a short title said in a few more words is not a dropped passage).

Staleness.  ``en_based_on_fr`` is the French version number the current
English version is *aligned* with (None when the current English version is a
one-sided change of content), likewise ``fr_based_on_en``.  The pair is in
sync when either side is aligned with the other's current version.  Otherwise
the stale side is the one *not* written last (``changed_last.other``) or, when
that is unknown, the side whose based-on alone is given; with neither, nothing
is reported (no evidence which side lags).

Numbers, dates and cross-references are parsed per language
(``textnorm``); each is compared as a multiset, after cross-references and
dates have been removed from the text searched for numbers, so "Article 12"
or "14 June 2021" never count as numbers.  Ambiguous words ("one"/« un », "both"/
« les deux ») are *soft*: they may match a number on the other side, but are
never reported when unmatched.
"""

from __future__ import annotations

import functools
import itertools
import math
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from difflib import SequenceMatcher
from enum import StrEnum
from typing import Any

from mou_review.domain import connectives
from mou_review.domain.deontic import (
    FR_AS_LONG_AS,
    FR_LED_TO,
    FR_PAST_COULD,
    FR_RISK_ADVERB,
    LITOTES_GROUPS,
    RESTRICTION_REACH,
    Profile,
    described,
    in_contact_relative,
    next_word,
    profile,
)
from mou_review.domain.glossary import Glossary, default_glossary
from mou_review.domain.references import expand_range, find_references
from mou_review.domain.rx import DIGITS, Guarded, covering, guard, literal_alternation, match_spans
from mou_review.domain.textnorm import (
    EN_FUNCTION_WORDS,
    FR_FUNCTION_WORDS,
    DateKey,
    find_dates,
    find_fractions,
    find_word_dates,
    fold,
    format_date,
    format_number,
    is_blank,
    mask,
    number_regex,
    number_words_regex,
    ordinal_digits_regex,
    ordinal_prefix_is_part,
    ordinal_value,
    ordinal_words_regex,
    parse_number,
    roman_value,
    scale_value,
    words_value,
)
from mou_review.domain.types import ClauseKind, Lang


class Severity(StrEnum):
    """How serious a finding is: errors block agreement, warnings ask for a look."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True)
class Span:
    """A piece of evidence: character offsets into one language's text."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Finding:
    """One suspected divergence between the English and French of a clause."""

    check: str
    severity: Severity
    message_en: str
    message_fr: str
    en: tuple[Span, ...]
    fr: tuple[Span, ...]
    key: str  # stable fingerprint (check + normalised evidence), used to match waivers


@dataclass(frozen=True)
class ClausePair:
    """The two language versions of one clause, with their version bookkeeping."""

    en: str
    fr: str
    en_version: int | None = None
    fr_version: int | None = None
    # The other language's version the current one is *aligned* with (None when the current
    # version is a one-sided change of content, or an unconfirmed machine draft).
    en_based_on_fr: int | None = None
    fr_based_on_en: int | None = None
    kind: ClauseKind | None = None
    changed_last: Lang | None = None  # which language's current version was written last


CHECKS: tuple[str, ...] = (
    "missing_translation",
    "untranslated",
    "stale_translation",
    "number_mismatch",
    "date_mismatch",
    "cross_reference_mismatch",
    "term_mismatch",
    "entity_mismatch",
    "structure_mismatch",
    "length_ratio",
    "obligation_mismatch",
    "meaning_divergence",  # added by services.translation when a translation model is installed
)

#: Length-ratio band (see the module docstring for how it was calibrated).
LENGTH_MIN_CHARS = 80
LENGTH_INFO_LOW = 0.85
LENGTH_INFO_HIGH = 1.40
LENGTH_USUAL = 1.10
LENGTH_WARN_LOW_BASE = 0.78
LENGTH_WARN_LOW_SLOPE = 0.9
LENGTH_WARN_HIGH_BASE = 1.50
LENGTH_WARN_HIGH_SLOPE = 3.4
LENGTH_WARN_MIN_MISSING = 50
LENGTH_TITLE_CHARS = 150
#: A French side far longer than the English is a warning only if it also has more content words than translation
#: gives: 1.40 is the 99th percentile of the French/English ratio of content words over the readable half of the
#: wide corpus of EU acts (median 1.06), where French spells out an English noun stack in as many nouns and more
#: function words ("retail minimum lease payments" / « paiements minimaux au titre de contrats de location avec
#: la clientèle de détail »: four content words and six).
LENGTH_WARN_HIGH_CONTENT = 1.40
#: Fewer words vary more: the 99.5th percentile of the same ratio falls with the English content words n as
#: ``LENGTH_CONTENT_HIGH_BASE + LENGTH_CONTENT_HIGH_SLOPE / sqrt(n)`` (1.80 at 5 to 8 words, 1.62 at 8 to 12, 1.50 at
#: 12 to 18, 1.42 at 18 to 27; 25,000 readable pairs of the wide corpus, citations left out), where a short clause
#: says in a clause or two what English says in a noun ("the accessibility, quality and timeliness of the
#: information" / « si les informations sont accessibles, si elles sont de bonne qualité et si elles sont disponibles
#: en temps utile »).  The bound is never below :data:`LENGTH_WARN_HIGH_CONTENT`.
LENGTH_CONTENT_HIGH_BASE = 1.10
LENGTH_CONTENT_HIGH_SLOPE = 1.7
#: A French side far shorter than the English is a warning only if it also has fewer content words than translation
#: gives: 0.80 is the 1st percentile of the same ratio over the same pairs, where French says in a verb or a noun
#: what English says in a phrase ("shall give reasons for" / « motive », "in proceedings concerned with" / « en
#: matière de »): a French text cut short loses its content words with its characters.
LENGTH_WARN_LOW_CONTENT = 0.80
#: Likewise the 0.5th percentile rises with the English content words n as ``LENGTH_CONTENT_LOW_BASE -
#: LENGTH_CONTENT_LOW_SLOPE / sqrt(n)`` (0.71 at 5 to 12 words, 0.75 at 12 to 18, 0.78 at 18 to 27, same pairs); the
#: bound is never above :data:`LENGTH_WARN_LOW_CONTENT`.
LENGTH_CONTENT_LOW_BASE = 1.0
LENGTH_CONTENT_LOW_SLOPE = 0.85


def content_high(words_en: int) -> float:
    """Return the French/English ratio of content words beyond which a French side far longer than usual has more
    content than translation gives, for an English side of ``words_en`` content words."""
    root = max(words_en, 1) ** 0.5
    return max(LENGTH_WARN_HIGH_CONTENT, LENGTH_CONTENT_HIGH_BASE + LENGTH_CONTENT_HIGH_SLOPE / root)


def content_low(words_en: int) -> float:
    """Return the French/English ratio of content words below which a French side far shorter than usual has less
    content than translation gives, for an English side of ``words_en`` content words."""
    root = max(words_en, 1) ** 0.5
    return min(LENGTH_WARN_LOW_CONTENT, LENGTH_CONTENT_LOW_BASE - LENGTH_CONTENT_LOW_SLOPE / root)


def length_warn_band(longer: int) -> tuple[float, float]:
    """Return the FR/EN ratios beyond which a clause whose longer side has ``longer`` characters is a warning."""
    root = max(longer, 1) ** 0.5
    return (
        LENGTH_WARN_LOW_BASE - LENGTH_WARN_LOW_SLOPE / root,
        LENGTH_WARN_HIGH_BASE + LENGTH_WARN_HIGH_SLOPE / root,
    )


_SEVERITY_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
_SIDE_EN = {Lang.EN: "English", Lang.FR: "French"}
_SIDE_FR = {Lang.EN: "la version anglaise", Lang.FR: "la version française"}
_SIDE_FR_DE = {Lang.EN: "de la version anglaise", Lang.FR: "de la version française"}


def _q_en(s: str) -> str:
    return f"\u201c{s}\u201d"


def _q_fr(s: str) -> str:
    return f"\u00ab\u00a0{s}\u00a0\u00bb"


def _fr_decimal(x: float) -> str:
    return f"{x:.2f}".replace(".", ",")


# --- cross-references (parsed by mou_review.domain.references) -----------------

_REF_LABEL_EN = {
    "article": "Article",
    "paragraph": "paragraph",
    "sub": "sub-paragraph",
    "annex": "Annex",
    "section": "Section",
    "chapter": "Chapter",
    "clause": "clause",
}
_REF_LABEL_FR = {
    "article": "article",
    "paragraph": "paragraphe",
    "sub": "alinéa",
    "annex": "annexe",
    "section": "section",
    "chapter": "chapitre",
    "clause": "clause",
}


_FR_TO = {
    "article": "à l’",
    "paragraph": "au ",
    "sub": "à l’",
    "annex": "à l’",
    "section": "à la ",
    "chapter": "au ",
    "clause": "à la ",
}


def _atom_label(atom: tuple[str, str], lang: Lang) -> str:
    """Name a reference atom: "Article 12" / « à l'article 12 » (French with its preposition)."""
    kind, value = atom
    if lang is Lang.EN:
        return f"sub-paragraph ({value})" if kind == "sub" else f"{_REF_LABEL_EN[kind]} {value}"
    shown = "premier" if (kind == "article" and value == "1") else value
    tail = f"{value})" if kind == "sub" else shown
    return f"{_FR_TO[kind]}{_REF_LABEL_FR[kind]} {tail}"


# --- structure ---------------------------------------------------------------

#: A figure and the dot or bracket after it: every numbered label holds one.
_DIGIT_THEN_DOT_OR_BRACKET = tuple(d + c for d in DIGITS for c in ".)")
# A label followed by "of" and a provision is cited, not listed: "points (a), (c), insofar as …, and (g) of the
# first subparagraph" (but "(b) of the nationality of both spouses", "or (ii) of which …" are items).
_NOT_CITED = r"(?!\sof\s(?:the|this|that)\s(?:\w+\s)?(?:sub-?paragraph|paragraph|point|article|annex|section|chapter|title|part)s?\b)"
_LABEL_RE = guard(
    re.compile(
        rf"(?:^|(?<=[\s:;,]))(?:\((?:[a-z]|[ivx]{{1,5}})\)|(?:[a-z]|[ivx]{{1,5}})\))(?=\s|$){_NOT_CITED}",
        re.M,
    ),
    ")",
)
_ROMAN_DOT_RE = guard(re.compile(r"(?:^|(?<=[:;]\s)|(?<=\n))[ivx]{1,5}\.(?=\s)", re.M), "i.", "v.", "x.")
_DIGIT_LABEL_RE = guard(
    re.compile(r"(?:^|(?<=[:;]\s))\s*\(?\d{1,2}[.)](?=\s)", re.M), *_DIGIT_THEN_DOT_OR_BRACKET
)
_BULLET_RE = guard(re.compile(r"^\s*[\u2022\u00b7*-]\s", re.M), "\u2022", "\u00b7", "*", "-")
# A passage in round or square brackets: an editor's "[all]" is the « (tous) » of the other text.
_PAREN_RE = guard(re.compile(r"\(([^()]{2,})\)|\[([^\[\]]{2,})\]"), "(", "[")
_PAREN_LETTERS = re.compile(r"[^\W\d_]{2,}")
_SENT_END_RE = re.compile(
    r"[.!?\u2026][\"\u201d\u2019\u00bb)]*\s+(?=[\u00ab\"\u201c\u2018(]?\s?[A-Z\u00c0-\u00dd])"
)
# A semicolon before a capital also closes a sentence for the count of dropped sentences: "...
# client orders; Persons exempt under ..." where French writes « ... clients. Les personnes ... ».
_SENT_OR_SEMI_RE = re.compile(
    r"[.!?;\u2026][\"\u201d\u2019\u00bb)]*\s+(?=[\u00ab\"\u201c\u2018(]?\s?[A-Z\u00c0-\u00dd])"
)
# French joins with a semicolon, before a word in lower case, the sentences English writes apart ("… dependence.
# The correlation shall be calculated …" / « … temporaire; le critère de corrélation est calculé … »).
_SENT_OR_ANY_SEMI_RE = re.compile(
    r"(?:[.!?\u2026][\"\u201d\u2019\u00bb)]*\s+(?=[\u00ab\"\u201c\u2018(]?\s?[A-Z\u00c0-\u00dd])|;\s+(?=[^\W\d_]))"
)
_ABBREV = frozenset(
    "no nos art arts e.g i.e etc mr mrs ms dr st mm m mme mlle prof cf p pp al ltd inc vol para ch sect".split()
)
_LAST_TOKEN = re.compile(r"(\S+)$")
# "Vol. II" abbreviates a volume before its numeral; before any other word, « d'un vol. L'indicatif … » (a flight,
# a theft) ends its sentence.
_VOLUME_NO_RE = re.compile(r"[\u00ab\"\u201c(]?\s?[IVXLC]+\b(?![\u2019'])")
# "… set out in Section B of Annex I. Authorisation shall …": a division's letter or numeral ends the sentence,
# where a single capital is otherwise an initial ("J. Smith").
_DIVISION_END_RE = re.compile(
    r"\b(?:[Aa]nnexe?|[Ss]ection|[Pp]art(?:ie)?|[Tt]it(?:le|re)|[Cc]hap(?:ter|itre)) [A-Z]$"
)
# The paragraph's number, after the quote that opens a paragraph an amending act inserts ("‘4.", « «4. »), its
# Latin suffix apart or glued to it (« 2 quinquies. », « 2quinquies. »).
_NUMBER_LABEL_RE = re.compile(
    r"[\u2018\u201c\u00ab'\"]?\s*\d{1,3}[a-z]?(?:\s*(?:bis|ter|quater|quinquies|sexies|septies|octies|nonies|decies))?"
)

# --- entities ----------------------------------------------------------------

# The test of the character before a name comes after its first capital ("[A-Z](?<![\w/-][A-Z])" for
# "(?<![\w/-])[A-Z]"): the same matches, and re then looks for a capital first instead of trying every position.
_ACRONYM_RE = re.compile(r"[A-Z](?<![\w/-][A-Z])[A-Z0-9&]*[A-Z0-9](?:[-/][A-Z0-9]+)*(?![\w/-])")
_EMAIL_RE = guard(re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"), "@")
_URL_RE = guard(re.compile(r"(?:https?://|www\.)[^\s<>\u00ab\u00bb\"]+"), "http", "www.")
_NOT_ENTITIES = frozenset(
    "USD EUR XOF NGN FCFA CFA GMT UTC OK NB PS II III IV VI VII VIII IX XI XII XX".split()
)
#: Place names, each with the spellings it takes in English and French (exonyms).  A name on one
#: side matches any spelling of the same place on the other ("Libya" / « Libye »).
PLACE_VARIANTS: tuple[tuple[str, ...], ...] = (
    ("Niamey",),
    ("Agadez",),
    ("Abuja",),
    ("Lagos",),
    ("Kano",),
    ("Sokoto",),
    ("Katsina",),
    ("Zinder",),
    ("Maradi",),
    ("Tahoua",),
    ("Diffa",),
    ("Dosso",),
    ("Tillabéri", "Tillaberi", "Tillabery"),
    ("Arlit",),
    ("Birnin Konni", "Birni-N'Konni", "Birnin-Konni"),
    ("Konni",),
    ("Illela",),
    ("Jibia",),
    ("Jigawa",),
    ("Borno",),
    ("Yobe",),
    ("Benin City",),
    ("Edo",),
    ("Kebbi",),
    ("Dakar",),
    ("Accra",),
    ("Bamako",),
    ("Ouagadougou",),
    ("Cotonou",),
    ("Lomé", "Lome"),
    ("Rabat",),
    ("Addis Ababa", "Addis-Abeba", "Addis Abeba"),
    ("Nigeria", "Nigéria"),
    ("Niger",),
    ("Benin", "Bénin"),
    ("Chad", "Tchad"),
    ("Cameroon", "Cameroun"),
    ("Mali",),
    ("Burkina Faso",),
    ("Ghana",),
    ("Togo",),
    ("Senegal", "Sénégal"),
    ("Guinea-Bissau", "Guinée-Bissau"),
    ("Guinea", "Guinée"),
    ("Gambia", "Gambie"),
    ("Sierra Leone",),
    ("Liberia", "Libéria"),
    ("Cabo Verde", "Cape Verde", "Cap-Vert"),
    ("Côte d'Ivoire", "Cote d'Ivoire", "Ivory Coast"),
    ("Mauritania", "Mauritanie"),
    ("Algeria", "Algérie"),
    ("Libya", "Libye"),
    ("Tunisia", "Tunisie"),
    ("Morocco", "Maroc"),
    ("Egypt", "Égypte"),
    ("Sudan", "Soudan"),
    ("Ethiopia", "Éthiopie"),
    ("Italy", "Italie"),
    ("Spain", "Espagne"),
    ("Palermo", "Palerme"),
    ("New York",),
    ("Vienna", "Vienne"),
    ("Brussels", "Bruxelles"),
    ("Geneva", "Genève"),
    ("Tripoli",),
)
#: Every spelling, flat (kept for callers that only need the names).
PLACES: tuple[str, ...] = tuple(v for group in PLACE_VARIANTS for v in group)
_PLACE_KEY = {fold(v): fold(group[0]) for group in PLACE_VARIANTS for v in group}
_PLACES_RE = re.compile(
    r"\b(?:" + literal_alternation(fold(p) for p in sorted(PLACES, key=len, reverse=True)) + r")(?![\w-])"
)
# Words that open a formula in capitals ("DONE at Niamey", « FAIT à Niamey », "WHEREAS"): not acronyms.
_CAPS_FORMULA = frozenset(
    "DONE FAIT WHEREAS CONSIDERING NOTING RECALLING RAPPELANT AGREE DECIDES DECIDE NOW THEREFORE HEREBY "
    "ARTICLE ANNEX ANNEXE SECTION CHAPTER CHAPITRE PREAMBLE NOTE".split()
)
# A run of words in capitals holding a function word is a shouted phrase ("IN WITNESS WHEREOF",
# « SONT CONVENUS DE CE QUI SUIT »), not a row of acronyms.
_CAPS_RUN_RE = re.compile(
    r"[A-Z\u00c0-\u00dd](?<![\w'][A-Z\u00c0-\u00dd])[A-Z\u00c0-\u00dd'\u2019-]*(?:[ ,]+[A-Z\u00c0-\u00dd][A-Z\u00c0-\u00dd'\u2019-]*)+(?![\w'])"
)
_CAPS_FUNCTION = frozenset("THE OF AND IN AS TO FOR BY ON DE DU DES LA LE LES ET EN AU AUX QUI".split())

# --- untranslated ------------------------------------------------------------

_WORDS_RE = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?|\d+")
_TOKEN_RE = re.compile(r"[^\W_][\w'/-]*")
_EN_STOP = frozenset(
    "the of and shall to in for with which be by this that any such its their is are will from "
    "under each other these those into upon".split()
)
_FR_STOP = frozenset(
    "le la les des du de et dans pour par sur avec qui que est sont une au aux cette ce ses "
    "leur leurs doit doivent chaque entre".split()
)
_STOP_ALL = _EN_STOP | _FR_STOP
#: Words spelt the same in English and French: a short heading made of them ("Composition",
#: "Introduction", "Observations") is translated even though both sides read alike.
SAME_IN_BOTH = frozenset(
    "composition introduction observations observation conclusion conclusions consultation consultations "
    "notification notifications signature signatures ratification coordination communication "
    "communications administration application information budget contact contacts article articles "
    "section sections annexes transport protection transposition abrogation derogation derogations "
    "sanctions sanction exemptions exemption evaluation version justice police agriculture culture "
    "codes labels audits instrument instruments office personnel service services force majeure".split()
)
#: Words French writes alike only in capitals, where it may leave out accents ("DEFINITIONS" for
#: « DÉFINITIONS »); in lower case « Definitions » is the English word left untranslated.
SAME_IN_CAPITALS = frozenset("definition definitions".split())

# --- numbers -----------------------------------------------------------------

_PAREN_DIGITS = re.compile(r"\s*\((\d[\d ,.]*)\)")
_SOFT_DEUX = re.compile(r"\b(?:les|des|aux|ces) $")
_BOTH_RE = guard(re.compile(r"\bboth\b"), "both")
_TIMES_RE = guard(
    re.compile(r"\b(?:(?P<once>once)|(?P<twice>twice)|(?P<thrice>thrice))\b"), "once", "twice", "thrice"
)
_PER_CENT_RE = guard(re.compile(r"\b(?:per ?cent|pour cent|percent)\b"), "cent")
# « 24 heures sur 24, 7 jours sur 7 » says "24 hours a day, 7 days a week": the repeat is not a count.
_N_SUR_N_RE = guard(re.compile(r"\b(\d+) (?:heures|jours|mois) sur (\d+)\b"), " sur ")
# Ordinal words that are not counts: "third party", "third persons" (« les tiers »), « pays tiers », « territoires
# tiers » aside, « de première main ».
_NOT_ORDINAL = re.compile(r"premier ministre|third[ -](?:part|state|countr|territor|person)|premiere main")
# "first"/« premier » often come and go in translation ("first of all", « tout d'abord »); so do the
# adverbs that number the steps of an argument ("firstly …, secondly …" / « d'une part …, d'autre part … »).
_SOFT_ORDINALS = frozenset(
    {"first", "firstly", "secondly", "thirdly", "fourthly", "premier", "premiere", "premiers", "premieres"}
)
_MULTI_YEAR = {"biennial": 2, "triennial": 3, "quadrennial": 4, "biennal": 2, "biennale": 2, "triennal": 3}
_MULTI_YEAR_RE = guard(re.compile(r"\b(" + "|".join(_MULTI_YEAR) + r")(?:e?s)?\b"), *covering(_MULTI_YEAR))
# A period said by a word on one side and counted on the other: "at least annually" / « au moins tous les
# 12 mois », "overnight credit" / « crédit à vingt-quatre heures », "half-yearly" / « tous les six mois ».
# Each may match its count (months, hours, days), never required.
_PERIOD_WORDS: tuple[tuple[str, tuple[int, ...]], ...] = (
    (
        r"annual(?:ly)?|yearly|(?:every|each|per|a) year|annuel(?:le)?s?|annuellement|tous les ans"
        r"|chaque annee|par an",
        (12, 365),
    ),
    (r"half-yearly|semi-annual(?:ly)?|six-monthly|semestriel(?:le)?s?|semestriellement", (6,)),
    (r"quarterly|trimestriel(?:le)?s?|trimestriellement", (3,)),
    (
        r"overnight|daily|(?:every|each|per|a) day|quotidien(?:ne)?s?|quotidiennement|journalier(?:e)?s?",
        (24,),
    ),
    (r"weekly|hebdomadaires?|(?:every|each|per|a) week", (7,)),
    (r"fortnight(?:ly)?|quinzaine", (14, 15)),
)
_PERIOD_RE = re.compile(
    r"\b(?:" + "|".join(f"(?P<p{i}>{rx})" for i, (rx, _v) in enumerate(_PERIOD_WORDS)) + r")(?![\w-])"
)
# Substrings one of which every period word holds: a quick test before the regex (speed).
_PERIOD_HINTS = ("annu", "year", "par an", "tous les ans", "chaque annee", "semest", "quarter", "trimest",
                 "overnight", "day", "quotidien", "journalier", "week", "hebdo", "fortnight", "quinzaine")  # fmt: skip
# « deux millions », « un million et demi », "two million": a number word takes its scale like digits do.
_WORD_SCALE_RE = re.compile(r"\s(millions?|milliards?|billions?|trillions?)(\set\sdemie?)?\b")


@dataclass
class _Side:
    """Everything extracted from one language version, computed once per check run."""

    lang: Lang
    text: str
    folded: str
    refs: list[tuple[int, int, list[tuple[str, str]]]] = field(default_factory=list)
    dates: list[tuple[int, int, DateKey]] = field(default_factory=list)
    numbers: list[tuple[int, int, Decimal, bool]] = field(default_factory=list)  # soft flag
    labels: list[tuple[int, int]] = field(default_factory=list)
    work: str = ""  # folded text with refs/dates/labels blanked out
    # Labels cited in running text ("in accordance with (a) or (b)"): span -> the points they cite.
    cited: dict[tuple[int, int], list[str]] = field(default_factory=dict)
    percents: list[Decimal] = field(default_factory=list)  # values written as a percentage
    # Figures whose scale is uncertain: (value as read, the other reading) — "40–60 billion", "in 2019 and 600
    # million", "20 Mt" (see _find_numbers); the other text tells which.
    rescaled: list[tuple[Decimal, Decimal]] = field(default_factory=list)
    weak: set[int] = field(
        default_factory=set
    )  # starts of soft numbers that are mere words ("un", "two or more")
    _terms: list[Any] | None = None  # glossary matches, found once per run
    # Sentence spans by (semicolons, any_semicolon), split once per run (see _sentences).
    sentences: dict[tuple[bool, bool], list[tuple[int, int]]] = field(default_factory=dict)
    _words: list[str] | None = None

    def terms(self, glossary: Glossary) -> list[Any]:
        """Return the glossary's terms found in this side (computed once)."""
        if self._terms is None:
            self._terms = glossary.find(self.text, self.lang, self.folded)
        return self._terms

    def words(self) -> list[str]:
        """Return the words and figures of the folded text (found once; never change the list)."""
        if self._words is None:
            self._words = _WORDS_RE.findall(self.folded)
        return self._words


# The letter that ends a bracket opened by words: "(year X)", "(transaction B)", "(R & D)", « (Rome I) »,
# "(OR1,C + OR2,C)"; and a year named by a letter: "for a given year (n)", « l'exercice (n) ».
_OPEN_WORDS_BEFORE_RE = re.compile(r"\([^\W\d_][^()\n]{0,80}$")
_YEAR_BEFORE_RE = re.compile(r"\b(?:years?|annees?|exercices?|periods?|periodes?)(?:\s[a-z]+)?\s$")


def _not_a_label(text: str, base: str, start: int, label: str) -> bool:
    """Say whether a letter and a bracket found as a label end a bracketed phrase, name a year, or abbreviate
    the word before it ("maturity (M)", « (en anglais «maturity» ou M) »)."""
    before = base[max(0, start - 82) : start]
    if not label.startswith("("):
        return _OPEN_WORDS_BEFORE_RE.search(before) is not None
    if label in ("(n)", "(x)") and _YEAR_BEFORE_RE.search(before) is not None:
        return True
    return len(label) == 3 and text[start + 1].isupper() and start >= 2 and text[start - 2].isalpha()


# Labels joined to one another in running text are cited points, not the items of a list: "minus (i), (j) and (k) of
# that Article" / « moins i), j) et k) dudit article », "option (a) or (b)" / « au point a) ou b) », "(i) to (k)" /
# « i) à k) », « points 6) a) i), ainsi que b) i) et iii) ».  A letter that opens an item is followed by the item's
# words, never by a comma, "and" or "to" and another letter (nor by a sub-point that is, « b) i) et iii) »); each
# language punctuates the run its own way, so which of its letters pass for labels differs.  Read on the text as written: "(JON), (b)", « (ICEP) et b) » are initials
# before an item.  Only a conjunction closes a run: in « visés aux points a), b) ou c), iii) émis … » the comma after
# the run opens the next item.  A range keeps its "to" when a bracket is lost (« moins i à k) »).
_RUN_LABEL = (
    r"(?:\((?:[a-z]{1,2}|[ivx]{1,5})\)|(?<![\w(])(?:[a-z]{1,2}|[ivx]{1,5})(?:\s(?:bis|ter|quater))?\))\)?"
)
_RUN_AND = r",?\s+(?:and/or|et/ou|and|or|to|et|ou|à|ainsi que|as well as)\s+"
_RUN_JOIN = rf"(?:,\s*|{_RUN_AND})"
_RUN_NEXT_RE = re.compile(rf"{_RUN_JOIN}{_RUN_LABEL}|\s+{_RUN_LABEL}{_RUN_JOIN}{_RUN_LABEL}")
_RUN_PREV_RE = re.compile(rf"(?:{_RUN_LABEL}{_RUN_AND}|(?<![\w(])(?:[a-z]|[ivx]{{1,5}})\s(?:to|à)\s)$")


def _in_label_run(text: str, start: int, end: int) -> bool:
    """Say whether a label is joined to another by a comma, a conjunction or "to" (« à »): a run of cited points."""
    return (
        _RUN_NEXT_RE.match(text, end) is not None
        or _RUN_PREV_RE.search(text, max(0, start - 24), start) is not None
    )


def _analyse(text: str, lang: Lang, code_heads: frozenset[str] = frozenset()) -> _Side:
    folded = fold(text)
    side = _Side(lang, text, folded)
    blanks: list[tuple[int, int]] = []
    for m in _URL_RE.finditer(folded):
        blanks.append(m.span())
    for m in _EMAIL_RE.finditer(folded):
        blanks.append(m.span())
    base = mask(folded, blanks)
    for start, end, atoms in find_references(base, text):
        side.refs.append((start, end, atoms))
        blanks.append((start, end))
    base = mask(folded, blanks)
    # Dates written out in words first ("this fourteenth day of June, two thousand and twenty-one"),
    # so their day and year never count as numbers; then dates in figures.
    for finder in (lambda b: find_word_dates(b, lang), find_dates):
        for start, end, key in finder(base):
            month_at = text.lower().find("may", start, end)
            # "No one may be compelled", "5 may be amended": the English modal verb, not the month.
            if lang is Lang.EN and key[1] == 5 and month_at >= 0 and text[month_at] == "m":
                continue
            side.dates.append((start, end, key))
            blanks.append((start, end))
        base = mask(folded, blanks)
    for rx in (_LABEL_RE, _ROMAN_DOT_RE, _DIGIT_LABEL_RE, _BULLET_RE):
        for m in rx.finditer(base):
            if rx is _LABEL_RE and _not_a_label(text, base, m.start(), m.group(0)):
                continue
            side.labels.append(m.span())
    side.labels.sort()
    # Labels cited in running text: "(a) to (e)"; in French also bare labels after a noun (« le critère a) »).
    cited_rx = [(_CITED_RE, _CITED_LABEL_RE)] + (
        [(_FR_CITED_RE, _FR_CITED_ONE_RE)] if lang is Lang.FR else []
    )
    for run_rx, label_rx in cited_rx:
        for m in run_rx.finditer(base):
            values: list[str] = []
            for n in label_rx.finditer(m.group(1)):
                if n.group(1) and values:  # "(a) to (e)", « i) à k) »: the points between are cited too
                    values += expand_range(values[-1], n.group(2))
                values.append(n.group(2))
            side.cited[m.span(1)] = values
    blanks += side.labels
    side.work = mask(folded, blanks)
    side.labels = [(a, b) for a, b in side.labels if not _in_label_run(text, a, b)]
    _find_numbers(side, code_heads)
    return side


_CODE_SPACED_RE = guard(re.compile(r"([A-Z](?<![\w-][A-Z])[A-Z]{0,3}) \d{1,4}(?:[.,]\d)?(?![\w])"), *DIGITS)
_CODE_HEAD_RE = guard(re.compile(r"([A-Z](?<![\w-][A-Z])[A-Z]{0,3})-?\d"), *DIGITS)
_SLASH_PAIR_RE = guard(re.compile(r"(?<![\w./,-])(\d{1,2})/(\d{1,2})(?![\w/]|[.,]\d)"), "/")
_A_RANK_RE = re.compile(r"a (third|fourth|fifth|tenth)")
_TIMES_AFTER_RE = re.compile(r" (?:fois|times?)\b")
_OR_MORE_RE = re.compile(r"(?: or more| ou plus)\b|-[a-z]")
_PERCENT_AFTER_RE = re.compile(r"\s?(?:%|per ?cent\b|pour cent\b|percent\b)")
_CODE_RE = guard(
    re.compile(r"[A-Z](?<![\w-][A-Z])(?:[A-Z]{0,3}-?\d{1,4}(?:[.,]\d)?|\(\d{1,3}\))(?![\w])"), *DIGITS
)
# « 2 bis », « 4 bis) »: a provision inserted after 2 (English "2a"), not the number 2.
# Past « sexies » too, and spaced out as a paragraph number often is: « 1   septies. », « 5 octies) ».
_BIS_NUMBER_RE = guard(
    re.compile(r"\b\d{1,3}\s+(?:bis|ter|quater|quinquies|sexies|septies|octies|nonies|decies)\b"), *DIGITS
)
_FR_TIME_RE = guard(
    re.compile(r"(\d(?<![\d,.]\d)\d?)[ \u00a0\u202f]?h(?:[ \u00a0\u202f]?(\d{2}))?(?![\w])"), *DIGITS
)
# "for the year X-2" / « pour l'année x – 2 », « l'exercice N + 1 »: a year counted from a year named by a
# letter. Its offset is a number in both texts, however each spaces the sign or cases the letter (an
# "X-2" glued together would otherwise be read as a name, like "G-20", and « x – 2 » as a 2).
_YEAR_OFFSET_RE = guard(
    re.compile(
        r"\b(?:years?|annees?|exercices?|financial year|periode|period) \(?[xnt] ?[-–+] ?(\d{1,2})(?![\w])"
    ),
    "-",
    "–",
    "+",
)
# "13:00 CET", "9.30.00 UTC", « 9:30:00 »: an hour of the day written with a colon, or with dots down to
# the second, is one value (13.00, 9.30) on either side, as « 13 h 00 » is, not a 13 and a 0.
_CLOCK_RE = guard(
    re.compile(r"(\d(?<![\w.,:]\d)\d?)(?::([0-5]\d)(?::[0-5]\d)?|\.([0-5]\d)\.[0-5]\d)(?![\w:]|[.,]\d)"),
    ":",
    ".",
)
# « XXIe siècle »: a rank in roman figures ("the twenty-first century").
_ROMAN_ORDINAL_RE = guard(
    re.compile(r"(?<![\w])([XVI]{1,6})(?:e|ème|eme)(?!\w)"), "Xe", "Ve", "Ie", "Xè", "Vè", "Iè"
)
# "between 10 and 20 million" (« entre 10 et 20 millions »), "EUR 40–60 billion": the first number takes the scale too
# (or may not: "in 2019 and 600 million allowances"; the reading without it is kept as the other reading).
_SHARED_SCALE_RE = re.compile(
    r"(?:\s(?:and|or|to|et|ou|a)\s|\s?[-\u2013]\s?)\d[\d.,]*\s(millions?|billions?|milliards?)\b"
)
# "20 Mt CO2 equivalent" / « 20 millions de tonnes », "35 bcm" / « 35 milliards de m3 », "EUR 5 bn": a unit symbol whose
# prefix says the scale the other language may write out; the figure reads with that scale as its other reading.
_PREFIXED_UNIT_RE = re.compile(
    r"[ \u00a0\u202f]?(?:(?P<p>[kMGT]|b)(?:t(?:oe|ep)?|cm|N?m[3³]|Wh|W|J|g)|(?P<bn>bn))\b"
)
_UNIT_PREFIX = {"k": 10**3, "M": 10**6, "G": 10**9, "T": 10**12, "b": 10**9}
# "within 1 month" / « dans le mois »: one unit of time is often said by the article alone.
_ONE_UNIT_RE = re.compile(r"\s(?:months?|years?|days?|weeks?|mois|ans?|annee|jours?|semaines?)\b")
# A point of a lettered section named by its code ("C6 energy derivative contracts", "under C(10) of
# Annex I") where the other text cites « la section C.6 ».
_SECTION_CODE_RE = guard(re.compile(r"([A-Z])(?<![\w-][A-Z])(?:\((\d{1,2})\)|\.?(\d{1,2}))(?![\w])"), *DIGITS)
# Points cited by their label alone, in running text: "in accordance with (a) or (b)", "where (ii)
# applies", "the conditions (a) to (e)", where French writes « aux points a) ou b) ».
_CITED_RE = guard(
    re.compile(
        r"\b(?:in|with|of|to|under|where|from|by|than|see|exemptions?|conditions?)\s"
        r"((?:\((?:[a-z]{1,4}|\d{1,3})\)(?:\s?\([ivx]{1,4}\))?(?:,?\s(?:and|or|to|and/or)\s|,\s)?)+)"
    ),
    ")",
)
_CITED_LABEL_RE = re.compile(r"(\bto\s)?\(([a-z]{1,4}|\d{1,3})\)")
# French names a point by its bare label after a noun other than « point »: « le critère a) ou le critère b) »
# ("the criterion in point (a) or (b)"), « l'option i) », « au présent point, sous i) », « points 6) a) i), ainsi
# que b) i) et iii) ».  A label that opens an item follows a colon, a semicolon or the start of the clause, never a word.
_FR_CITED_LABEL = r"(?:[a-z]{1,2}|[ivx]{1,5})\)"
_FR_CITED_RE = guard(
    re.compile(
        rf"\b[a-z]{{3,}}\s({_FR_CITED_LABEL}(?:\s?{_FR_CITED_LABEL})*"
        rf"(?:(?:,\s|,?\s(?:et|ou|a)\s){_FR_CITED_LABEL}(?:\s?{_FR_CITED_LABEL})*)*)"
    ),
    ")",
)
_FR_CITED_ONE_RE = re.compile(r"(\sa\s)?(?<![\w(])([a-z]{1,2}|[ivx]{1,5})\)")


def _find_numbers(side: _Side, code_heads: frozenset[str] = frozenset()) -> None:
    lang, work = side.lang, side.work
    work = mask(work, [m.span() for m in _PER_CENT_RE.finditer(work)])
    offsets = list(_YEAR_OFFSET_RE.finditer(work))
    for m in offsets:
        side.numbers.append((m.start(1), m.end(1), Decimal(m.group(1)), False))
    work = mask(work, [m.span() for m in offsets])
    # "G20" / « G-20 », "PM10": names made of letters and digits, not amounts; "PM 10" too when
    # either text writes that name glued to its digits.
    work = mask(work, [m.span() for m in _CODE_RE.finditer(side.text)])
    work = mask(work, [m.span() for m in _BIS_NUMBER_RE.finditer(work)])
    if code_heads:  # (none: nothing to mask, and the pattern is not run)
        work = mask(work, [m.span() for m in _CODE_SPACED_RE.finditer(side.text) if m.group(1) in code_heads])
    taken: list[tuple[int, int]] = []
    nums = side.numbers
    # "grades 2/3": two small numbers joined by a slash are alternatives (or a share); soft.
    for m in _SLASH_PAIR_RE.finditer(work):
        a, b = Decimal(m.group(1)), Decimal(m.group(2))
        nums += [(m.start(1), m.end(1), a, True), (m.start(2), m.end(2), b, True)]
        side.weak |= {m.start(1), m.start(2)}
        if b:
            nums.append((m.start(), m.end(), (a / b).quantize(Decimal("0.0001")), True))
        taken.append(m.span())
    work = mask(work, taken)
    # Fractions before ordinals: "one third" is 1/3, not 1 and 3.
    for start, end, value, soft in find_fractions(work, lang):
        nums.append((start, end, value, soft))
        taken.append((start, end))
        rank = _A_RANK_RE.fullmatch(work, start, end)
        if soft and rank is not None:
            # "in a third report" (« un troisième rapport ») may be a rank as well as a share.
            nums.append((start, end, Decimal(ordinal_value(rank.group(1), lang)), True))
    work = mask(work, taken)
    for m in _MULTI_YEAR_RE.finditer(work):
        # "biennial" says "every two years" (« tous les deux ans »); it may match a 2, never required.
        nums.append((m.start(), m.end(), Decimal(_MULTI_YEAR[m.group(1)]), True))
    # (Not an rx.Guarded: "six-monthly" holds no hint, so these are a test of the text, not needles.)
    for m in _PERIOD_RE.finditer(work) if any(map(work.__contains__, _PERIOD_HINTS)) else ():
        for value in _PERIOD_WORDS[int((m.lastgroup or "p0")[1:])][1]:
            nums.append((m.start(), m.end(), Decimal(value), True))
        side.weak.add(m.start())
    for m in ordinal_digits_regex(lang).finditer(work):
        nums.append((m.start(), m.end(), Decimal(m.group(1)), False))
        taken.append(m.span())
    for m in ordinal_words_regex(lang).finditer(work):
        if _NOT_ORDINAL.match(work, m.start()):
            continue
        start, word = m.start(), m.group(0)
        if not ordinal_prefix_is_part(word, lang):
            # « les deux premières années »: the cardinal is counted on its own below.
            last = re.search(r"[a-z]+$", word)
            start, word = start + (last.start() if last else 0), last.group(0) if last else word
        value = ordinal_value(word, lang)
        # "a third currency", "a second request": another one, not a rank.
        another = word in ("second", "third") and work[max(0, start - 2) : start] == "a "
        # « saisie en second lieu », « en troisième lieu »: an adverb of order ("first seised", "thirdly").
        in_order = (
            lang is Lang.FR and work[max(0, start - 3) : start] == "en " and work.startswith(" lieu", m.end())
        )
        nums.append((start, m.end(), Decimal(value), word in _SOFT_ORDINALS or another or in_order))
        if another:
            side.weak.add(start)
        taken.append((start, m.end()))
    work = mask(work, taken)  # "quatre-vingt" inside « quatre-vingt-dixième » is not a count
    for m in number_words_regex(lang).finditer(work):
        value = words_value(m.group(0), lang)
        end = m.end()
        paren = _PAREN_DIGITS.match(work, end)
        has_digits = False
        if paren is not None and parse_number(paren.group(1).strip(), lang) == value:
            end, has_digits = paren.end(), True
        word = m.group(0)
        scaled = _WORD_SCALE_RE.match(work, end) if not has_digits else None
        if scaled is not None:
            value = value * scale_value(scaled.group(1), lang) * (Decimal("1.5") if scaled.group(2) else 1)
            end, has_digits = scaled.end(), True
        soft = not has_digits and (
            word in ("one", "un", "une", "zero")
            or (lang is Lang.FR and word == "deux" and _SOFT_DEUX.search(work, 0, m.start()) is not None)
            # "two or more" (« plusieurs »), "two-way" (« réciproque »): said without a number.
            or _OR_MORE_RE.match(work, end) is not None
        )
        if soft and not _TIMES_AFTER_RE.match(work, end):  # « une fois », "one time": a count
            side.weak.add(m.start())
        nums.append((m.start(), end, Decimal(value), soft))
        taken.append((m.start(), end))
    if lang is Lang.EN:
        for m in _BOTH_RE.finditer(work):
            nums.append((m.start(), m.end(), Decimal(2), True))
        for m in _TIMES_RE.finditer(work):
            value = {"once": 1, "twice": 2, "thrice": 3}[m.lastgroup or "once"]
            nums.append((m.start(), m.end(), Decimal(value), value == 1))
    else:
        for m in _N_SUR_N_RE.finditer(work):
            if m.group(1) == m.group(2):
                # The whole phrase says "at all times" ("round the clock"): English need not count the hours.
                for g in (1, 2):
                    nums.append((m.start(g), m.end(g), Decimal(m.group(g)), True))
                taken.append(m.span())
    if lang is Lang.FR:
        for m in _FR_ROUND_UNIT_RE.finditer(work):
            # « arrondie au millier d'euros inférieur »: "rounded down to the nearest thousand euros".
            nums.append((m.start(), m.end(), Decimal(_FR_ROUND_UNITS[m.group(1)]), True))
            side.weak.add(m.start())
        for m in _FR_TIME_RE.finditer(work):
            # « 9 h 00 », « 17 h 30 »: an hour of the day, which English writes "9.00", "17.30".
            nums.append((m.start(), m.end(), Decimal(f"{m.group(1)}.{m.group(2) or '00'}"), False))
            taken.append(m.span())
        for m in _ROMAN_ORDINAL_RE.finditer(side.text):
            if work[m.start()] != " ":
                nums.append((m.start(), m.end(), Decimal(roman_value(m.group(1).lower()) or 0), False))
                taken.append(m.span())
    for m in _CLOCK_RE.finditer(work):
        if int(m.group(1)) <= 24:
            nums.append((m.start(), m.end(), Decimal(f"{m.group(1)}.{m.group(2) or m.group(3)}"), False))
            taken.append(m.span())
    for m in _SHORT_YEAR_SPAN_RE.finditer(work):
        # "the 2008-12 period" is « la période 2008-2012 »: the second year is cut to its last two digits.
        if int(m.group(2)) > int(m.group(1)[2:]):
            nums.append((m.start(1), m.end(1), Decimal(m.group(1)), False))
            nums.append((m.start(2), m.end(2), Decimal(m.group(1)[:2] + m.group(2)), False))
            taken.append(m.span())
    work = mask(work, taken)
    for m in number_regex(lang).finditer(work):
        value = parse_number(m.group("num"), lang)
        if value is None:
            continue
        scale = m.group("scale")
        shared = _SHARED_SCALE_RE.match(work, m.end()) if scale is None else None
        if shared is not None:
            scale = shared.group(1)
            side.rescaled.append((value * scale_value(scale, lang), value))
        elif scale is None and (prefixed := _PREFIXED_UNIT_RE.match(side.text, m.end())) is not None:
            side.rescaled.append((value, value * _UNIT_PREFIX[prefixed.group("p") or "b"]))
        one = value == 1 and scale is None and _ONE_UNIT_RE.match(work, m.end()) is not None
        if one:
            side.weak.add(m.start())
        nums.append((m.start(), m.end(), value * scale_value(scale, lang), one))
        if _PERCENT_AFTER_RE.match(side.folded, m.end()):
            side.percents.append(value)
    nums.sort()


# The unit a French amount is rounded to, said by a noun where English says "the nearest thousand".
_FR_ROUND_UNITS = {"dizaine": 10, "centaine": 100, "millier": 1000, "million": 10**6, "milliard": 10**9}
_FR_ROUND_UNIT_RE = guard(
    re.compile(r"\b(?:au|a la) (dizaine|centaine|millier|million|milliard) (?=d|le|la|pres|inf|sup)"),
    *_FR_ROUND_UNITS,
)
_SHORT_YEAR_SPAN_RE = guard(
    re.compile(r"(?<![\w.,/-])((?:19|20)\d\d)[-\u2013](\d\d)(?![\w\u2013-]|[.,/]\d)"), *DIGITS
)
_DOTTED_SECTION_RE = re.compile(r"[1-9]\d{0,2}(?:\.[1-9]\d{0,2}){1,3}")


_GLUED_POINT_RE = re.compile(r"(?<![\w/.-])([A-Z])(\d{1,2})(?![\w/-])")


def _cross_citations(en: _Side, fr: _Side) -> None:
    """Read as citations what one text cites without a keyword where the other cites with one.

    "in accordance with (a) or (b)" / « conformément aux points a) ou b) »: labels in running text
    become citations of those points, when the other text cites them.  "local firms as defined in
    20" / « définies au point 20) »: a bare number is the point the other text cites, when the other
    text has that number nowhere else.
    """
    for side, other in ((en, fr), (fr, en)):
        theirs = {a for *_, atoms in other.refs for a in atoms}
        subs = {v for k, v in theirs if k == "sub"}
        for (a, b), values in side.cited.items():
            if values and all(v in subs for v in values):
                side.refs.append((a, b, [("sub", v) for v in values]))
                side.labels = [lb for lb in side.labels if not a <= lb[0] < b]
        mine = {_ref_key(a) for *_, atoms in side.refs for a in atoms}
        # "Recommendation B1" / « la recommandation B, point 1) »: a point named by its letter and number glued
        # together, where the other text cites that number as a point after the same letter.  (Looked for only where
        # the other text cites a point at all: the pattern tries every capital of the text.)
        for m in _GLUED_POINT_RE.finditer(side.text) if subs else ():
            atom = ("sub", m.group(2))
            if (
                atom in theirs
                and _ref_key(atom) not in mine
                and re.search(
                    rf"\b{m.group(1)},?\s+(?:points?|paragraphs?|paragraphes?)\s+\(?{m.group(2)}\b",
                    other.text,
                )
            ):
                side.refs.append((m.start(), m.end(), [atom]))
                mine.add(_ref_key(atom))
        numbers = {v for *_, v, _soft in other.numbers}
        for n in list(side.numbers):
            start, end, value, soft = n
            atom = ("sub", str(value))
            if (
                not soft
                and value == value.to_integral_value()
                and value not in numbers
                and atom in theirs
                and _ref_key(atom) not in mine
                and side.text[start:end].isdigit()
            ):
                side.numbers.remove(n)
                side.refs.append((start, end, [atom]))
                continue
            # "as set forth in Article 3.1" / « telle que définie en 3.1 »: a section numbered with
            # dots, cited by its number alone, where the other text cites it with its keyword.
            dotted = side.text[start:end]
            if not soft and value not in numbers and _DOTTED_SECTION_RE.fullmatch(dotted):
                head, second, *rest = dotted.split(".")
                path = [("article", head), ("paragraph", second)] + [("sub", p) for p in rest]
                if all(a in theirs for a in path) and not all(_ref_key(a) in mine for a in path):
                    side.numbers.remove(n)
                    side.refs.append((start, end, path))
        side.refs.sort()


#: The levels whose number a citation gives: an article, a paragraph, a point.
_CITED_LEVELS = frozenset({"article", "paragraph", "sub"})
#: How far a figure may stand after the end of a citation of its own text, in the same clause, to run on from it
#: (« l'article 50, paragaphe 2 »), and how close before the start of one to head it (« l'article°30, paragraphes 1 et 2 »).
_CITED_RUN_CHARS = 40
_CITED_HEAD_CHARS = 4
_CLAUSE_END_RE = re.compile(r"[.;:]\s")


def _soften_cited_figures(side: _Side, other: _Side) -> None:
    """Make soft a bare figure of ``side`` that ``other`` cites as the number of an article, a paragraph or a point.

    Both languages cite articles, paragraphs and points by their figures after a keyword ("Article 30", « l'article
    30 », "paragraph 2", « paragraphe 2 »).  Where one text detaches a figure from its keyword, by a slip (« l'article°30,
    paragraphes 1 et 2 », « l'article 50, paragaphe 2, point g) ») or by leaving the keyword out ("the threshold referred
    to in 325bc(2), point (a)" / « le seuil visé à l'article 325 sexquinquagies, paragraphe 2, point a) »), its reader of
    citations sees a bare figure where the other text cites one: the same citation in both texts, not a number one of
    them adds.  Called only where the citations of the two texts agree (where they differ, the check of
    cross-references reports it).  Only a figure written in digits counts, right beside a citation of its own text
    (running on from it, or heading it), that ``other`` writes nowhere as a number and ``side`` cites at no level
    itself; and no unit of time or share follows it ("17 days", « 30 jours », "5 %"): a count or an amount, which the
    number check must keep, is no cited article.
    """
    cited = {v for *_, atoms in other.refs for level, v in atoms if level in _CITED_LEVELS}
    if not cited or not side.refs:
        return
    numbers = {v for *_, v, _soft in other.numbers}
    mine = {v for *_, atoms in side.refs for _level, v in atoms}
    unit = _EN_UNIT_RE if side.lang is Lang.EN else _FR_UNIT_RE
    for k, (start, end, value, soft) in enumerate(side.numbers):
        figure = side.text[start:end]
        if (
            soft
            or not figure.isdigit()
            or figure not in cited
            or figure in mine
            or value in numbers
            or unit.match(side.folded, end) is not None
            or _PERCENT_AFTER_RE.match(side.folded, end) is not None
        ):
            continue
        beside = any(
            (0 <= start - b <= _CITED_RUN_CHARS and _CLAUSE_END_RE.search(side.text, b, start) is None)
            or 0 <= a - end <= _CITED_HEAD_CHARS
            for a, b, _atoms in side.refs
        )
        if beside:
            side.numbers[k] = (start, end, value, True)


def _soften_ordinal_paragraphs(side: _Side, other: _Side) -> None:
    """Make soft the ordinal of a paragraph ``side`` cites by its rank (« le deuxième paragraphe du présent article »)
    where ``other`` cites that paragraph by its number ("paragraph 2 of this Article"): the same citation, not a
    count one text adds."""
    if len(side.folded) != len(side.text):
        return
    cited = {v for *_, atoms in other.refs for level, v in atoms if level in ("paragraph", "sub")}
    if not cited:
        return
    for m in _ORDINAL_PARAGRAPH_RE.finditer(side.folded):
        if not m.lastgroup or m.lastgroup[1:] not in cited:
            continue
        for k, (start, end, value, _soft) in enumerate(side.numbers):
            if m.start() <= start < end <= m.end() and str(value) == m.lastgroup[1:]:
                side.numbers[k] = (start, end, value, True)


# The number or letter that heads a clause, after any opening quote, bracketed or not, with or without a dot:
# "(22)", « “22) », "8 Article 358", « 15.) la règle », « 1 La vérification », "‘(c) the names".
_HEAD_LABEL_RE = re.compile(r"[\u2018\u201c\u00ab'\"\s]*(\(?(\d{1,3}|[a-z]|[ivx]{1,5})(?:\.\)|[.)])?)(?=\s)")


def _head_labels(en: _Side, fr: _Side) -> None:
    """Read as a label the number or letter that heads one text where the other heads its clause with that
    label ("8 Article 358 shall be replaced" / « 8) L'article 358 est remplacé », "(15) Rule 87 is deleted" /
    « 15.) la règle 87 est supprimée », "(22) “EU ETS lead auditor”" / « “22) «auditeur principal »): the
    publisher's typography, not a number of the text."""
    head_en, head_fr = _HEAD_LABEL_RE.match(en.folded), _HEAD_LABEL_RE.match(fr.folded)
    if head_en is None or head_fr is None or head_en.group(2) != head_fr.group(2):
        return
    if not head_en.group(2).isdigit() and any(m.group(1)[-1] not in ".)" for m in (head_en, head_fr)):
        return  # a letter without its bracket is a word ("a person" / « a) une personne »)
    listed_en, listed_fr = (
        any(a < m.end(1) and b > m.start(1) for a, b in side.labels)
        for side, m in ((en, head_en), (fr, head_fr))
    )
    if listed_en == listed_fr:
        return
    side, m = (fr, head_fr) if listed_en else (en, head_en)
    start, end = m.span(1)
    side.labels.insert(0, (start, end))
    side.numbers = [n for n in side.numbers if not start <= n[0] < end]
    side.work = mask(side.work, [(start, end)])


def _span(side: _Side, start: int, end: int) -> Span:
    return Span(start, end, side.text[start:end])


# --- individual checks -------------------------------------------------------


#: The label of an item and the punctuation ending it: "(b) Lubmin II;", « i) BNP Paribas SA; ».
_ITEM_LABEL_RE = re.compile(r"^\s*\(?(?:[a-z]|[ivx]{1,5}|\d{1,3})\)\s+")


def _only_names(text: str) -> bool:
    """Say whether a short text is made of proper names/acronyms ("NAPTIP (8)"), which need no translation;
    an item of a list of names counts, with its label and its closing semicolon ("(n) Sudzha (RU)/(UA);")."""
    item = _ITEM_LABEL_RE.match(text)
    if item is not None:
        text = text[item.end() :].rstrip().rstrip(";,.")
    text = text.rstrip().rstrip(";,")  # "BNP Paribas SA;": an item of a list of names
    tokens = _TOKEN_RE.findall(text)
    if not tokens or len(tokens) > 12 or text.rstrip()[-1:] in ".;:!?":
        return False
    names = sum(t[0].isupper() or t[0].isdigit() for t in tokens)
    return names * 2 >= len(tokens) and not any(t.lower() in _EN_STOP for t in tokens)


#: Endings English and French spell alike ("concentration", "diversification", "surveillance", "exclusions"): a
#: heading of such words reads the same in both languages and is translated all the same.
_COGNATE_ENDINGS = ("ation", "ition", "ution", "ission", "ession", "usion", "usions", "ance", "ence")


def _cognate(word: str) -> bool:
    # In the plural too: "Inspections", "Exceptions", "TRANSACTIONS", "Obligations"; and « Suspension », "-ension".
    stem = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    return len(word) >= 7 and stem.endswith((*_COGNATE_ENDINGS, "ction", "ption", "ension"))


def _may_be_untranslated(text: str) -> bool:
    """Say whether a text the two sides share could be a side left untranslated.  A whole sentence always could
    (a French one pasted in the English box too); a phrase or an item could not when it has more French function
    words than English ones (« les bureaux de change », "Het faillissement/La faillite"), nor when, without
    either, it is written with letters English does without ("акционерно дружество", "Tiesiskās aizsardzības
    process", « Société Générale SA »)."""
    words = _WORDS_RE.findall(fold(text))
    if len(words) >= 6 and text.rstrip()[-1:] in ".!?":
        return True  # a whole sentence in both boxes is a side left untranslated, in whatever language
    en = sum(w in _EN_STOP or w in ("or", "an", "on", "as") for w in words)
    fr = sum(w in _FR_STOP or w in ("ou", "un", "en") for w in words)
    if en or fr:
        return en >= fr
    return not any(c.isalpha() and ord(c) > 127 for c in text)


#: The words of a formula, written alike in both languages ("plus", "max", "ln").
_FORMULA_WORDS = frozenset("plus max min exp ln log".split())
_FORMULA_SIGN_RE = re.compile(r"[=+\u00d7*/<>\u2264\u2265\u2211\u221a\u2212]")
#: A slash between two figures numbers an act or writes a date, in both languages ("REGULATION (EU) 2018/1639",
#: « RÈGLEMENT (UE) 2018/1639 », "12/2004"): it is no sign of a formula.
_NUMBERING_SLASH_RE = re.compile(r"(?<=\d)/(?=\d)")


def _formula(text: str) -> bool:
    """Say whether a text is a formula or a term of one ("α = 1,2;", "K = 0,1 × CMH", "plus" in a table),
    written alike in both languages: its words are single letters (Latin or Greek), initials, or the words
    of a formula, and it holds a sign (or is one of those words)."""
    letters = [w for w in _WORDS_RE.findall(text) if not w.isdigit()]
    if not letters:
        return False
    if "=" in text and sum(_plain_word(w) for w in _TOKEN_RE.findall(text)) * 3 <= len(letters):
        return True  # "λj = max(threshold − min(Pj, Kj), 0)", "Total RW = Min[12,5; Original RW × …]"
    if not all(len(w) == 1 or w.isupper() or w.lower() in _FORMULA_WORDS for w in letters):
        return False
    signs = _NUMBERING_SLASH_RE.sub(" ", text)
    return _FORMULA_SIGN_RE.search(signs) is not None or all(w.lower() in _FORMULA_WORDS for w in letters)


def _plain_word(token: str) -> bool:
    """Say whether a token of a formula is a word of prose, not a variable ("Pj", "RW", "InfringementDurationyears",
    "Article405ExemptionPct") or a function ("max")."""
    return (
        token.isalpha()
        and len(token) > 2
        and not token.isupper()
        and token.lower() not in _FORMULA_WORDS
        and not any(c.isupper() for c in token[1:])
    )


def _check_untranslated(en: _Side, fr: _Side, kind: ClauseKind | None = None) -> list[Finding]:
    en_words = en.words()
    fr_words = fr.words()
    same = " ".join(en_words) == " ".join(fr_words)
    if same and len(en_words) <= 2:
        # "Definitions"/« Définitions »: short cognates only count when strictly identical.
        same = " ".join(en.text.split()) == " ".join(fr.text.split())
    # Figures read alike in both languages, so only words say whether a text was translated: "Version
    # 2.1 dated 2013-06-21" / « Version 2.1 du 2013-06-21 » differ in their only two words.
    en_letters = [w for w in en_words if not w.isdigit()]
    fr_letters = [w for w in fr_words if not w.isdigit()]
    if not same and min(len(en_letters), len(fr_letters)) >= 3:
        shared = len(set(en_letters) & set(fr_letters)) / max(len(set(en_letters) | set(fr_letters)), 1)
        if shared >= 0.5:
            same = SequenceMatcher(None, en_letters, fr_letters, autojunk=False).ratio() >= 0.8
    if same:
        if kind is not ClauseKind.HEADING and _only_names(en.text):
            return []
        if _formula(en.text):
            return []
        if not any(not w.isdigit() for w in en_words) or not _may_be_untranslated(fr.text):
            return []  # "0,5-1;": figures only; a name in a third language, a French phrase English uses
        words = [w for w in en_words if not w.isdigit() and roman_value(w) is None]
        capitals = fr.text.isupper()
        if (
            words
            and len(en_words) <= 4
            and all(w in SAME_IN_BOTH or (capitals and w in SAME_IN_CAPITALS) for w in words)
        ):
            return []  # "II. Composition": the French word is the English one
        if (
            words
            and len(words) <= 2
            and all((_cognate(w) and w not in SAME_IN_CAPITALS) or w == "non" for w in words)
            and not all(w == "non" for w in words)
        ):
            return []  # "Concentration", "Non-discrimination": a Latin word both languages spell alike
        return [_untranslated(en, fr, Lang.FR, "same")]
    # A side written in the other language: count function words of each language.
    for side, wrong in ((fr, Lang.EN), (en, Lang.FR)):
        words = side.words()
        en_sw = sum(map(_EN_STOP.__contains__, words))
        fr_sw = sum(map(_FR_STOP.__contains__, words))
        foreign, own = (en_sw, fr_sw) if wrong is Lang.EN else (fr_sw, en_sw)
        if foreign >= 4 and foreign > 2 * own:
            return [_untranslated(en, fr, side.lang, "language")]
    return []


def _untranslated(en: _Side, fr: _Side, bad: Lang, why: str) -> Finding:
    side = fr if bad is Lang.FR else en
    whole = (_span(side, 0, len(side.text)),)
    if why == "same":
        msg_en = (
            "The French text is the same as (or nearly the same as) the English: it has not been translated."
        )
        msg_fr = (
            "Le texte français est identique (ou presque) au texte anglais\u00a0: il n’a pas été traduit."
        )
    elif bad is Lang.FR:
        msg_en = "The French version appears to be written in English."
        msg_fr = "La version française semble rédigée en anglais."
    else:
        msg_en = "The English version appears to be written in French."
        msg_fr = "La version anglaise semble rédigée en français."
    return Finding(
        "untranslated",
        Severity.ERROR,
        msg_en,
        msg_fr,
        whole if bad is Lang.EN else (),
        whole if bad is Lang.FR else (),
        f"untranslated:{bad}",
    )


def _check_stale(pair: ClausePair) -> list[Finding]:
    ev, fv, ebf, fbe = pair.en_version, pair.fr_version, pair.en_based_on_fr, pair.fr_based_on_en
    if ev is None or fv is None:
        return []
    # In sync when either side is aligned with the other side's *current* version.
    if (ebf is not None and ebf == fv) or (fbe is not None and fbe == ev):
        return []
    # Out of sync: the side written last carries the newer content, so the other side is stale.
    # Without that knowledge, a side that says what it is aligned with, alone, has been left
    # behind by the other side's later change.
    if pair.changed_last is not None:
        stale = pair.changed_last.other
    elif ebf is not None and fbe is None:
        stale = Lang.EN
    elif fbe is not None and ebf is None:
        stale = Lang.FR
    else:
        return []
    changed = stale.other
    msg_en = (
        f"The {_SIDE_EN[changed]} was changed (now v{fv if changed is Lang.FR else ev}) "
        f"after the {_SIDE_EN[stale]} was last aligned with it: the {_SIDE_EN[stale]} may be out of date."
    )
    msg_fr = (
        f"{_SIDE_FR[changed].capitalize()} a été modifiée (désormais v"
        f"{fv if changed is Lang.FR else ev}) après le dernier alignement {_SIDE_FR_DE[stale]}\u00a0: "
        f"{_SIDE_FR[stale]} peut être périmée."
    )
    en_spans = (Span(0, len(pair.en), pair.en),) if stale is Lang.EN else ()
    fr_spans = (Span(0, len(pair.fr), pair.fr),) if stale is Lang.FR else ()
    key = f"stale_translation:{stale}:en{ev}:fr{fv}"
    return [Finding("stale_translation", Severity.WARNING, msg_en, msg_fr, en_spans, fr_spans, key)]


# "3,664" in both texts: English reads the comma as a thousands separator, French as the decimal sign.
_GROUPED_RE = re.compile(r"\d{1,3}(?:,\d{3})+")


def _same_figures(en: _Side, fr: _Side) -> list[Finding]:
    """Read a figure written with the very same digits and comma in both texts as one value; say so.

    Some English texts of EU acts keep the decimal comma of a technical annex ("the factor 3,664 t CO2/t
    C" / « le facteur 3,664 t CO2/t C »): the two texts copied one figure, which is no divergence between
    them, but the comma reads differently in each language, so the figure is worth a look (an info).
    """
    if "," not in en.text or "," not in fr.text:
        return []
    french = {fr.text[a:b]: v for a, b, v, _soft in fr.numbers}
    out: list[Finding] = []
    numbers = []
    for a, b, v, soft in en.numbers:
        written = en.text[a:b]
        same = french.get(written) if _GROUPED_RE.fullmatch(written) else None
        if same is not None and same != v:
            numbers.append((a, b, same, soft))
            fr_spans = tuple(_span(fr, x, y) for x, y, _v, _s in fr.numbers if fr.text[x:y] == written)
            out.append(
                Finding(
                    "number_mismatch",
                    Severity.INFO,
                    f"Both texts write {written}: English reads the comma as a thousands separator, "
                    "French as the decimal sign; check which figure is meant.",
                    f"Les deux textes écrivent {written}\u00a0: l’anglais lit la virgule comme séparateur des "
                    "milliers, le français comme signe décimal\u00a0; vérifier quel nombre est voulu.",
                    (_span(en, a, b),),
                    fr_spans,
                    f"number_mismatch:notation:{written}",
                )
            )
        else:
            numbers.append((a, b, v, soft))
    en.numbers[:] = numbers
    return out


# "CET1", "AT1", "PM10": a name glued to its number, which the other language may write out (« fonds propres de base
# de catégorie 1 »); its number may answer a number of the other text, never required.
_GLUED_CODE_RE = guard(re.compile(r"\b[A-Z]{2,5}(\d{1,2})\b"), *DIGITS)


def _check_numbers(en: _Side, fr: _Side) -> list[Finding]:
    notation = _same_figures(en, fr)
    hard = {s.lang: Counter(v for *_, v, soft in s.numbers if not soft) for s in (en, fr)}
    soft = {s.lang: Counter(v for *_, v, sft in s.numbers if sft) for s in (en, fr)}
    for side in (en, fr):
        soft[side.lang].update(Decimal(m.group(1)) for m in _GLUED_CODE_RE.finditer(side.text))
    # "within 12 months" / « dans un délai d'un an », "two weeks" / « 14 jours »: a length of time said in another unit
    # of the same length; its numbers differ and say the same.
    durations = _durations(en), _durations(fr)
    for lang, said in _equal_durations(*durations).items():
        for value, n in said.items():
            from_hard = min(n, hard[lang][value])
            hard[lang][value] -= from_hard
            soft[lang][value] -= n - from_hard
        hard[lang], soft[lang] = +hard[lang], +soft[lang]
    out: list[Finding] = []
    every = {s.lang: hard[s.lang] + soft[s.lang] for s in (en, fr)}
    # Values on one side with no counterpart at all on the other (a changed number leaves one on each).
    _pair_percent_fractions(en, fr, hard, soft)
    _pair_rescaled(en, fr, hard, soft)
    _pair_whole_shares(en, fr, hard, soft)
    every = {s.lang: hard[s.lang] + soft[s.lang] for s in (en, fr)}
    # Values said on one side only; the weak soft ones (« un », « une », "two or more") count for nothing.
    told = {s.lang: {v for a, _b, v, soft in s.numbers if not soft or a not in s.weak} for s in (en, fr)}
    absent = {s.lang: {v for v in told[s.lang] if every[o.lang][v] == 0} for s, o in ((en, fr), (fr, en))}
    for side, other in ((en, fr), (fr, en)):
        for value, count in sorted(hard[side.lang].items()):
            available = hard[other.lang][value] + soft[other.lang][value]
            if count <= available:
                continue
            # (Not « un » / "one" said as a mere word beside it, « dans un délai d'un (1) mois », where the value is also
            # said as a number.)
            spans = tuple(
                _span(side, a, b) for a, b, v, _ in side.numbers if v == value and a not in side.weak
            ) or tuple(_span(side, a, b) for a, b, v, _ in side.numbers if v == value)
            in_words = not any(ch.isdigit() for sp in spans for ch in sp.text)
            # A number word the other language says by grammar or another word ("two or more" /
            # « plusieurs », "between one customer and another" / « entre deux clients »), or a value
            # repeated on one side only: worth a look, not an error.  A value written in digits, or
            # one that the other side replaces by another value, stays an error.
            severity = (
                Severity.INFO
                if available > 0 or (in_words and value <= 12 and not absent[other.lang])
                else Severity.ERROR
            )
            n_en, n_fr = format_number(value, Lang.EN), format_number(value, Lang.FR)
            if available == 0:
                msg_en = f"Number {n_en} appears in the {_SIDE_EN[side.lang]} but not in the {_SIDE_EN[other.lang]}."
                msg_fr = (
                    f"Le nombre {n_fr} figure dans {_SIDE_FR[side.lang]} "
                    f"mais pas dans {_SIDE_FR[other.lang]}."
                )
            else:
                msg_en = (
                    f"Number {n_en} appears {count} times in the {_SIDE_EN[side.lang]} "
                    f"but {'once' if available == 1 else f'{available} times'} in the {_SIDE_EN[other.lang]}."
                )
                msg_fr = (
                    f"Le nombre {n_fr} figure {count} fois dans {_SIDE_FR[side.lang]}, "
                    f"mais {available} fois dans {_SIDE_FR[other.lang]}."
                )
            en_sp, fr_sp = (spans, ()) if side.lang is Lang.EN else ((), spans)
            out.append(
                Finding(
                    "number_mismatch",
                    severity,
                    msg_en,
                    msg_fr,
                    en_sp,
                    fr_sp,
                    f"number_mismatch:{side.lang}:{value.normalize():f}",
                )
            )
    return notation + _pair_substituted_numbers(_substituted_durations(en, fr, durations, out))


# A duration: a number and its unit of time ("two months", « trois mois », "six-month", « 10 jours ouvrables »).
# Working days are a unit of their own ("10 working days" / « dix jours ouvrables »; « dix jours » are calendar days).
_EN_UNIT_RE = re.compile(
    r"[ \u00a0\u202f-](?:(?P<w>working|business) |(?:calendar|clear) )?(?P<u>day|week|month|year|hour)s?\b"
)
_FR_UNIT_RE = re.compile(
    r"[ \u00a0\u202f](?P<u>jour|semaine|mois|trimestre|semestre|an|annee|heure)s?\b(?P<w>[ \u00a0](?:ouvrables?|ouvres?)\b)?"
)
_HALF_AFTER_RE = re.compile(r"\s(?:et demie?|and a half)\b")
# (« trimestre » and « semestre » are French units of their own: "three months" / « un trimestre ».)
_UNIT_OF = {
    "jour": "day",
    "semaine": "week",
    "mois": "month",
    "trimestre": "quarter",
    "semestre": "half-year",
    "an": "year",
    "annee": "year",
    "heure": "hour",
}


#: Durations: (value, unit) -> the spans of the number and its unit.
_Durations = dict[tuple[Decimal, str], list[tuple[int, int]]]


def _durations(side: _Side) -> _Durations:
    """Return the durations of a side: (value, unit) -> spans of the number and its unit."""
    rx = _EN_UNIT_RE if side.lang is Lang.EN else _FR_UNIT_RE
    ordinals = (ordinal_words_regex(side.lang), ordinal_digits_regex(side.lang))
    out: dict[tuple[Decimal, str], list[tuple[int, int]]] = {}
    for a, b, value, _soft in side.numbers:
        m = rx.match(side.folded, b)
        # A count of whole units: not a rank (« les six premiers mois »), nor a length in halves ("two-and-
        # a-half years" / « deux ans et demi »).
        if (
            m is not None
            and value == value.to_integral_value()
            and not _HALF_AFTER_RE.match(side.folded, m.end())
            and not any(rx_o.fullmatch(side.folded, a, b) for rx_o in ordinals)
        ):
            unit = _UNIT_OF.get(m.group("u"), m.group("u"))
            out.setdefault((value, "working day" if m.group("w") and unit == "day" else unit), []).append(
                (a, m.end())
            )
    return out


#: A unit of time in days, to tell the same length in another unit ("two years" / « 24 mois »); a working day is no
#: calendar day, and is counted apart.
_DAYS_IN = {
    "hour": Decimal(1) / 24,
    "day": Decimal(1),
    "week": Decimal(7),
    "month": Decimal(365) / 12,
    "quarter": Decimal(365) / 4,
    "half-year": Decimal(365) / 2,
    "year": Decimal(365),
}


#: A unit of time in a unit it is an exact multiple of: twelve months make a year and seven days a week, whatever the
#: calendar; a month is no fixed number of days, an hour no part of a day's count, a working day no calendar day.
_EXACT_UNIT = {
    "year": (12, "month"),
    "half-year": (6, "month"),
    "quarter": (3, "month"),
    "month": (1, "month"),
    "week": (7, "day"),
    "day": (1, "day"),
}


def _equal_durations(de: _Durations, df: _Durations) -> dict[Lang, Counter[Decimal]]:
    """The numbers of the durations each side says beyond those the other says alike, where the two sides' extra
    durations have the same lengths in other units ("12 months" / « un an », "two years and 14 days" / « 24 mois et
    deux semaines »), ``de`` and ``df`` the durations of the English and the French; none where any length differs, or
    a unit has no exact multiple in the other."""
    if not de or not df:
        return {}
    extra = {
        lang: {k: len(v) - len(other.get(k, ())) for k, v in mine.items() if len(v) > len(other.get(k, ()))}
        for lang, mine, other in ((Lang.EN, de, df), (Lang.FR, df, de))
    }
    if not extra[Lang.EN] or not extra[Lang.FR]:
        return {}
    lengths = {}
    for lang, durations in extra.items():
        if any(unit not in _EXACT_UNIT for _value, unit in durations):
            return {}
        lengths[lang] = sorted(
            (value * _EXACT_UNIT[unit][0], _EXACT_UNIT[unit][1])
            for (value, unit), n in durations.items()
            for _ in range(n)
        )
    if lengths[Lang.EN] != lengths[Lang.FR]:
        return {}
    return {
        lang: Counter({value: n for (value, _unit), n in durations.items()})
        for lang, durations in extra.items()
    }


def _same_lengths(extra: _Durations, other: _Durations) -> list[tuple[bool, int]]:
    """The lengths of ``extra``'s durations beyond those ``other`` says alike: (working days?, whole days), sorted."""
    out = []
    for (value, unit), spans in extra.items():
        working = unit == "working day"
        days = value * _DAYS_IN["day" if working else unit]
        out += [(working, int(days.to_integral_value()))] * (len(spans) - len(other.get((value, unit), ())))
    return sorted(out)


def _substituted_durations(
    en: _Side, fr: _Side, durations: tuple[_Durations, _Durations], found: list[Finding]
) -> list[Finding]:
    """Report a duration put in place of another of the same unit ("two months" / « trois mois »), or the same count of
    another unit ("three months" / « trois semaines », "10 working days" / « dix jours »), as an error.

    A number word the other language may say by grammar is only worth a look ("the two Parties" / « les
    Parties »), and so is a value repeated on one side only; but a length of time is said by a number in both
    languages, and one side's months against another count of months on the other is a changed term.
    """
    de, df = durations
    if not de or not df:
        return found
    extra_e = {k: v for k, v in de.items() if len(v) > len(df.get(k, ()))}
    extra_f = {k: v for k, v in df.items() if len(v) > len(de.get(k, ()))}
    units = {u for _v, u in extra_e} & {u for _v, u in extra_f}
    if units:
        e_keys = sorted(k for k in extra_e if k[1] in units)
        f_keys = sorted(k for k in extra_f if k[1] in units)
    else:
        # The same count in another unit ("within three months" / « dans un délai de trois semaines », "10 working days"
        # / « dix jours »): a changed term too.
        same = {v for v, _u in extra_e} & {v for v, _u in extra_f}
        if not same or _same_lengths(extra_e, df) == _same_lengths(extra_f, de):
            return found  # "two years and 14 days" / « 24 mois et deux semaines »: the same lengths in other units
        e_keys = sorted(k for k in extra_e if k[0] in same)
        f_keys = sorted(k for k in extra_f if k[0] in same)
    values = {Lang.EN: {v for v, _u in e_keys}, Lang.FR: {v for v, _u in f_keys}}
    sp_e = tuple(_span(en, a, b) for k in e_keys for a, b in de[k])
    sp_f = tuple(_span(fr, a, b) for k in f_keys for a, b in df[k])
    shown_en, shown_fr = ", ".join(s.text for s in sp_e), ", ".join(s.text for s in sp_f)
    keys = {f"number_mismatch:{lang}:{v.normalize():f}" for lang in (Lang.EN, Lang.FR) for v in values[lang]}
    if any(f.key in keys and f.severity is Severity.ERROR for f in found):
        return found  # already an error, paired below when one number stands for another
    kept = [f for f in found if f.key not in keys]
    n_en = "+".join(f"{v.normalize():f}" for v, _u in e_keys)
    n_fr = "+".join(f"{v.normalize():f}" for v, _u in f_keys)
    return [
        Finding(
            "number_mismatch",
            Severity.ERROR,
            f"Durations differ: the English has {_q_en(shown_en)} where the French has {_q_en(shown_fr)}.",
            f"Les durées diffèrent\u00a0: la version anglaise porte {_q_fr(shown_en)} là où la version française porte "
            f"{_q_fr(shown_fr)}.",
            sp_e,
            sp_f,
            f"number_mismatch:{n_en}:{n_fr}",
        ),
        *kept,
    ]


def _pair_percent_fractions(
    en: _Side, fr: _Side, hard: dict[Lang, Counter[Decimal]], soft: dict[Lang, Counter[Decimal]]
) -> None:
    """Match a percentage with the same share said as a fraction ("50 per cent" / « la moitié »)."""
    for side, other in ((en, fr), (fr, en)):
        for value in list(side.percents):
            share = (value / 100).quantize(Decimal("0.0001"))
            if hard[other.lang][value] + soft[other.lang][value]:
                continue
            for counter in (hard, soft):
                if counter[other.lang][share] and hard[side.lang][value]:
                    counter[other.lang][share] -= 1
                    hard[side.lang][value] -= 1
                    break


def _pair_rescaled(
    en: _Side, fr: _Side, hard: dict[Lang, Counter[Decimal]], soft: dict[Lang, Counter[Decimal]]
) -> None:
    """Match a figure whose scale is uncertain ("EUR 40–60 billion", "20 Mt") with its other reading on the other side
    (« 40 à 60 milliards », « 20 millions de tonnes »); only where the figure as read lacks a counterpart and the other
    reading is said on the other side beyond what this side says of it."""
    for side, other in ((en, fr), (fr, en)):
        mine, theirs = side.lang, other.lang
        for read, alt in side.rescaled:
            if (
                hard[mine][read] > hard[theirs][read] + soft[theirs][read]
                and hard[theirs][alt] > hard[mine][alt] + soft[mine][alt]
            ):
                hard[mine][read] -= 1
                hard[theirs][alt] -= 1


# "weighted in full" / « pondérés à 100 % », « entièrement renouvelables » / "100 % … from renewable sources": the whole of
# a thing said by an adverb in one language and by a share of 100 per cent in the other.  ("fully" / « pleinement » are
# left out: mostly they stress a verb, "fully comply", not a share.)
_WHOLE_RE = {
    Lang.EN: guard(
        re.compile(r"\b(?:in full|entirely|wholly|completely|totally|in (?:its|their) entirety)\b"),
        "in full", "entire", "wholly", "complete", "totally",
    ),
    Lang.FR: guard(
        re.compile(
            r"\b(?:entierement|integralement|totalement|completement|en (?:totalite|integralite)"
            r"|dans (?:sa|leur) (?:totalite|integralite))\b"
        ),
        "entierement", "integralement", "totalement", "completement", "totalite", "integralite",
    ),
}  # fmt: skip
_HUNDRED = Decimal(100)


def _pair_whole_shares(
    en: _Side, fr: _Side, hard: dict[Lang, Counter[Decimal]], soft: dict[Lang, Counter[Decimal]]
) -> None:
    """Match a share of 100 per cent with a word that says the whole on the other side ("in full" / « à 100 % »); each
    word answers one such share that the other text lacks, and no other value.  Only where every other value of each
    text has its counterpart: beside another number that differs the word may well stand for a changed share."""
    lack = {
        s.lang: {v for v, n in hard[s.lang].items() if n > hard[o.lang][v] + soft[o.lang][v]}
        for s, o in ((en, fr), (fr, en))
    }
    if sorted(map(len, lack.values())) != [0, 1]:
        return
    for side, other in ((en, fr), (fr, en)):
        if lack[side.lang] != {_HUNDRED}:
            continue
        lacking = hard[side.lang][_HUNDRED] - hard[other.lang][_HUNDRED] - soft[other.lang][_HUNDRED]
        words = len(_WHOLE_RE[other.lang].findall(other.folded))
        soft[other.lang][_HUNDRED] += min(lacking, side.percents.count(_HUNDRED), words)


def _pair_substituted_numbers(found: list[Finding]) -> list[Finding]:
    """Report one number put in place of another ("thirty (30)" / « soixante (60) ») as one finding.

    When exactly one number is missing from each side, it is one divergence, not two errors each
    highlighting one text: one finding with both spans and a key naming both numbers.
    """
    en_only = [f for f in found if f.en and not f.fr and f.key.startswith("number_mismatch:en:")]
    fr_only = [f for f in found if f.fr and not f.en and f.key.startswith("number_mismatch:fr:")]
    if len(en_only) != 1 or len(fr_only) != 1 or "times" in en_only[0].message_en + fr_only[0].message_en:
        return found
    (e,), (f,) = en_only, fr_only
    n_en = e.key.rsplit(":", 1)[1]
    n_fr = f.key.rsplit(":", 1)[1]
    shown_en = ", ".join(span.text for span in e.en)
    shown_fr = ", ".join(span.text for span in f.fr)
    merged = Finding(
        "number_mismatch",
        Severity.ERROR,
        f"Numbers differ: the English has {_q_en(shown_en)} where the French has {_q_en(shown_fr)}.",
        f"Les nombres diffèrent\u00a0: la version anglaise porte {_q_fr(shown_en)} là où la version française porte "
        f"{_q_fr(shown_fr)}.",
        e.en,
        f.fr,
        f"number_mismatch:{n_en}:{n_fr}",
    )
    return [merged] + [x for x in found if x is not e and x is not f]


def _date_matches(a: DateKey, b: DateKey) -> bool:
    return (
        a[1] == b[1]
        and (a[0] is None or b[0] is None or a[0] == b[0])
        and (a[2] is None or b[2] is None or a[2] == b[2])
    )


_ACT_NUMBER_RE = re.compile(r"(?<![\d/])(\d{1,4})/(\d{2,4})(?![\d/]\d)")
_DATE_OF_RE = re.compile(r"(?:\bof|\bdu|\bdated|\ben date du)\s+(?:the\s+)?$")


def _act_date(side: _Side, other: _Side, start: int, key: DateKey) -> bool:
    """Say whether a date is the date of an act cited just before it ("Directive 2014/65/EU ... of
    15 May 2014"), an act the other text cites too."""
    if key[0] is None or not _DATE_OF_RE.search(side.folded, max(0, start - 12), start):
        return False
    for m in _ACT_NUMBER_RE.finditer(side.folded, max(0, start - 120), start):
        a, b = m.group(1), m.group(2)
        years = {int(x) for x in (a, b) if len(x) == 4} | {1900 + int(x) for x in (a, b) if len(x) == 2}
        years |= {2000 + int(x) for x in (a, b) if len(x) == 2}
        if key[0] in years and m.group(0) in other.folded:
            return True
    return False


def _check_dates(en: _Side, fr: _Side) -> list[Finding]:
    left = list(en.dates)
    right = list(fr.dates)
    # Exact matches first, then matches that tolerate a missing year or day.
    for strict in (True, False):
        for d in list(left):
            for e in right:
                if (d[2] == e[2]) if strict else _date_matches(d[2], e[2]):
                    left.remove(d)
                    right.remove(e)
                    break
    out = []
    for side, other, rest in ((en, fr, left), (fr, en, right)):
        seen: set[DateKey] = set()
        unanswered = right if side is en else left
        for start, _end, key in rest:
            if key in seen:
                continue
            seen.add(key)
            spans = tuple(_span(side, a, b) for a, b, k in rest if k == key)
            # « le règlement (CE) no 1287/2006 de la Commission du 10 août 2006 » where the English
            # cites "Commission Regulation (EC) No 1287/2006" alone: the date of an act both texts cite,
            # given in one of them, with no other date in its place.
            severity = (
                Severity.INFO if not unanswered and _act_date(side, other, start, key) else Severity.ERROR
            )
            msg_en = (
                f"The date {format_date(key, Lang.EN)} appears in the {_SIDE_EN[side.lang]} "
                f"but not in the {_SIDE_EN[other.lang]}."
            )
            msg_fr = (
                f"La date du {format_date(key, Lang.FR)} figure dans {_SIDE_FR[side.lang]} "
                f"mais pas dans {_SIDE_FR[other.lang]}."
            )
            en_sp, fr_sp = (spans, ()) if side.lang is Lang.EN else ((), spans)
            out.append(
                Finding(
                    "date_mismatch",
                    severity,
                    msg_en,
                    msg_fr,
                    en_sp,
                    fr_sp,
                    f"date_mismatch:{side.lang}:{key[0]}-{key[1]}-{key[2]}",
                )
            )
    return out


#: The events from which an act's deadlines count.  EU acts and treaties enter into force on one day and apply from
#: another (Regulation (EU) No 600/2014: published in June 2014, in force twenty days later, applied from 3 January 2018),
#: so "following the date of application of Regulation (EU) No 600/2014" and « suivant la date de publication du
#: règlement (UE) no 600/2014 » name two dates, though neither text writes one.  "Application" only as an act's (of
#: what follows, or "entry into application"): a trade mark's "date of application" is its filing date.
_APPLICATION_EVENT = {
    Lang.EN: guard(
        re.compile(
            r"\b(?:(?:date|start|starting date|beginning) of (?:the )?application of\b|entry into application\b"
            r"|application date of\b)"
        ),
        "application",
    ),
    Lang.FR: guard(
        re.compile(
            r"\b(?:date d'application|entree en application|date de (?:debut d'|debut de l'|mise en )?application"
            r"|debut de l'application)\b"
        ),
        "application",
    ),
}
_FORCE_EVENT = {
    Lang.EN: re.compile(
        r"\b(?:entry into force|enter(?:s|ed|ing)? into force|c[oa]me(?:s|ing)? into force|publication)\b"
    ),
    Lang.FR: re.compile(r"\b(?:entr(?:ee|ees|e|es|ent|er|era|eront|ant) en vigueur|publication)\b"),
}


def _check_date_events(en: _Side, fr: _Side) -> list[Finding]:
    """A date counted from an act's application on one side and from its entry into force or publication on the
    other: more mentions of the application on one side, more of the other events on the other."""
    apps = {s.lang: list(_APPLICATION_EVENT[s.lang].finditer(s.folded)) for s in (en, fr)}
    if not apps[Lang.EN] and not apps[Lang.FR]:
        return []  # most pairs name no act's application: the other events are not looked for
    forces = {s.lang: list(_FORCE_EVENT[s.lang].finditer(s.folded)) for s in (en, fr)}
    for side, other in ((en, fr), (fr, en)):
        app, app_o, force, force_o = apps[side.lang], apps[other.lang], forces[side.lang], forces[other.lang]
        if len(app) > len(app_o) and len(force_o) > len(force):
            # (the "of" that tells an act's application is no part of the evidence)
            app_spans = [(m.start(), m.end() - 3 if m.group().endswith(" of") else m.end()) for m in app]
            said = side.text[app_spans[0][0] : app_spans[0][1]]
            said_o = other.text[force_o[0].start() : force_o[0].end()]
            publication = "publication" in force_o[0].group()
            event_en = "publication" if publication else "entry into force"
            event_fr = "sa publication" if publication else "son entrée en vigueur"
            msg_en = (
                f"The {_SIDE_EN[side.lang]} counts from the application of the act "
                f"({_q_en(said)}), the {_SIDE_EN[other.lang]} from its "
                f"{event_en} ({_q_en(said_o)}): two different dates."
            )
            msg_fr = (
                f"{_SIDE_FR[side.lang].capitalize()} compte à partir de l'application de l'acte "
                f"({_q_fr(said)}), {_SIDE_FR[other.lang]} à partir de {event_fr} ({_q_fr(said_o)}) : deux dates "
                "différentes."
            )
            spans = tuple(_span(side, a, b) for a, b in app_spans)
            spans_o = tuple(_span(other, m.start(), m.end()) for m in force_o)
            en_sp, fr_sp = (spans, spans_o) if side.lang is Lang.EN else (spans_o, spans)
            key = f"date_mismatch:event:{side.lang}:application/{'publication' if publication else 'force'}"
            return [Finding("date_mismatch", Severity.WARNING, msg_en, msg_fr, en_sp, fr_sp, key)]
    return []


#: Paragraphs and points are one kind of subdivision: "Article 2(15)" is « l'article 2, point 15) ».
_REF_COARSE = {"paragraph": "part", "sub": "part"}
_REF_RANK = {"chapter": 0, "section": 0, "annex": 0, "article": 1, "clause": 1, "paragraph": 2, "sub": 3}


def _ref_key(atom: tuple[str, str]) -> tuple[str, str]:
    return (_REF_COARSE.get(atom[0], atom[0]), atom[1])


def _relative_context(
    atom: tuple[str, str], side: _Side, other: _Side, other_keys: set[tuple[str, str]]
) -> bool:
    """Say whether an atom cited on one side only is the context of a relative citation on the other.

    « aux fins du paragraphe 1, point b) » names the paragraph that "for the purposes of point (b)"
    leaves implicit: the other atoms of the same citation are cited on the other side, where that
    citation starts below the level of the extra atom.  A citation that stops above it ("Article 12"
    for "Article 12(3)") is a truncated one and stays a difference.
    """
    rank = _REF_RANK[atom[0]]
    for _a, _b, atoms in side.refs:
        if atom not in atoms:
            continue
        shared = [x for x in atoms if x != atom and _ref_key(x) in other_keys]
        if not shared:
            continue
        for _c, _d, theirs in other.refs:
            if (
                any(_ref_key(x) == _ref_key(y) for x in shared for y in theirs)
                and all(_REF_RANK[y[0]] > rank for y in theirs)
                and not _relative_rendered(theirs, side, atoms, rank)
            ):
                return True
    return False


def _relative_rendered(
    theirs: Sequence[tuple[str, str]], side: _Side, own: Sequence[tuple[str, str]], rank: int
) -> bool:
    """Say whether a relative citation of the other side (``theirs``, below ``rank``) is rendered on ``side`` by a
    relative citation of its own, other than the citation ``own``: "paragraphs 2 and 3 of this Article" is
    « paragraphes 2 et 3 du présent article » in both texts, and leaves no context for the other text to omit."""
    wanted = {_ref_key(y) for y in theirs}
    return any(
        atoms is not own
        and all(_REF_RANK[x[0]] > rank for x in atoms)
        and wanted <= {_ref_key(x) for x in atoms}
        for _a, _b, atoms in side.refs
    )


# An article whose paragraphs bear no numbers (a treaty's, a convention's) is cited by the ordinal of the
# paragraph: "Article 13(2)" of the Hague Convention is « l'article 13, deuxième alinéa ».
_ORDINAL_WORDS = (
    ("1", "premier|premiere|1er|1re|first"),
    ("2", "deuxieme|second|seconde"),
    ("3", "troisieme|third"),
    ("4", "quatrieme|fourth"),
    ("5", "cinquieme|fifth"),
    ("6", "sixieme|sixth"),
    ("7", "septieme|seventh"),
    ("8", "huitieme|eighth"),
    ("9", "neuvieme|ninth"),
    ("10", "dixieme|tenth"),
)
_ORDINAL_PARAGRAPH_RE = re.compile(
    rf"\b(?:{'|'.join(f'(?P<n{n}>{words})' for n, words in _ORDINAL_WORDS)})\s(?:alinea|(?:sub)?paragraphe?)\b"
)
# "the first part of the form" / « la première partie du formulaire »: French reads an ordinal before « partie » as a
# division ("Part One"), and English says the same part of a document by the same ordinal in lower case.
_ORDINAL_PART_RE = re.compile(
    rf"\b(?:{'|'.join(f'(?P<n{n}>{words})' for n, words in _ORDINAL_WORDS[:4])})\s(?:parts?|partie)\b"
)


def _ordinal_paragraphs(folded: str) -> set[tuple[str, str]]:
    """Return the paragraphs a text cites by their ordinal (« deuxième alinéa », "second paragraph")."""
    return {("paragraph", m.lastgroup[1:]) for m in _ORDINAL_PARAGRAPH_RE.finditer(folded) if m.lastgroup}


def _ordinal_parts(folded: str) -> set[tuple[str, str]]:
    """Return the parts a text names by their ordinal ("the first part", « la deuxième partie »)."""
    return {("section", m.lastgroup[1:]) for m in _ORDINAL_PART_RE.finditer(folded) if m.lastgroup}


# "subparagraph 3", « alinéa 3 »: a subparagraph cited by its number, which the other text may give as an ordinal.
_NUMBERED_SUBPARAGRAPH_RE = re.compile(r"\b(?:sub-?paragraphs?|alineas?)\s(\d{1,2})\b(?![.,]\d)")


def _bare_points(atoms: set[tuple[str, str]], other: _Side) -> set[tuple[str, str]]:
    """Return the lettered points among ``atoms`` that the other text names by the bare letter ("point b is
    replaced", "referred to in point a, but"), which the reference reader does not take for a citation there."""
    return {
        a
        for a in atoms
        if a[0] == "sub"
        and len(a[1]) == 1
        and a[1].isalpha()
        and re.search(rf"\bpoints? {a[1]}(?![\w'\u2019(-])", other.folded)
    }


# "the attachment point (A)", "detachment points (D)": a capital in brackets after "point" is the symbol the text
# gives a quantity, where the other text writes « le point d'attachement (A) » and cites no point a.
_CAPITAL_POINT_RE = guard(re.compile(r"\bpoints? \(([A-Z])\)"), "point")


def _capital_points(atoms: set[tuple[str, str]], side: _Side) -> set[tuple[str, str]]:
    """Return the points among ``atoms`` (cited on one side only) that are a capital in brackets after "point",
    where the side never writes the letter as a point's label in lower case ("(a)", « a) »)."""
    capitals = {m.group(1).lower() for m in _CAPITAL_POINT_RE.finditer(side.text)}
    return {
        a
        for a in atoms
        if a[0] == "sub"
        and a[1] in capitals
        and f"({a[1]})" not in side.text
        and not re.search(rf"(?<![\w'\u2019]){a[1]}\)", side.text)
    }


def _ordinal_subparagraphs(side: _Side, other: _Side) -> set[tuple[str, str]]:
    """Return the points of ``side`` that are a subparagraph cited by its number ("subparagraph 3") where the
    other text cites the same subparagraph by its ordinal (« troisième alinéa »)."""
    numbered = {m.group(1) for m in _NUMBERED_SUBPARAGRAPH_RE.finditer(side.folded)}
    if not numbered:
        return set()
    return {("sub", n) for _, n in _ordinal_paragraphs(other.folded) if n in numbered}


def _coded(side: _Side, other: _Side, atoms: set[tuple[str, str]]) -> set[tuple[str, str]]:
    """Return the atoms of « la section C.6 » that the other text names by the code "C6" or "C(6)"."""
    codes = {(m.group(1).lower(), m.group(2) or m.group(3)) for m in _SECTION_CODE_RE.finditer(other.text)}
    if not codes:
        return set()
    out = set()
    for *_, ref in side.refs:
        for kind, value in ref:
            if kind == "section" and any(c[0] == value for c in codes):
                out |= {(kind, value)} | {a for a in ref if a[0] == "sub" and (value, a[1]) in codes}
    return out & atoms


# "this Article" / « le présent article », with no number: the provision citing itself.
_SELF_BEFORE_RE = re.compile(r"\b(?:this|the present|present|presente|presents|presentes)\s+$")
_SELF_CITED_RE = guard(
    re.compile(
        r"\b(?:this|the present|present|presente)\s+(article|section|paragraph|paragraphe|chapter|chapitre|annex|annexe)"
        r"(?![\w\u00a0 ]*\d)"
    ),
    "this",
    "present",
)
_SELF_KIND = {"paragraphe": "paragraph", "chapitre": "chapter", "annexe": "annex"}


def _self_cited(side: _Side, other: _Side) -> set[tuple[str, str]]:
    """Return the atoms of « le présent article 5.3.4 » when the other text says "this Article" with no number.

    A provision that cites itself says the same whether or not it repeats its own number.
    """
    kinds = {_SELF_KIND.get(m.group(1), m.group(1)) for m in _SELF_CITED_RE.finditer(other.folded)}
    if not kinds:
        return set()
    return {
        a
        for start, _end, atoms in side.refs
        if atoms[0][0] in kinds and _SELF_BEFORE_RE.search(side.folded, max(0, start - 16), start)
        for a in atoms
    }


# The formula of an amending act: « le paragraphe 3 suivant est ajouté », "the following paragraph 3 is added",
# where the other text says "the following paragraph is added" / « le paragraphe suivant est ajouté ».  French
# elides « le » and « la » before a vowel: « l'article suivant », « l'alinéa suivant », « l'annexe suivante ».
_ANNOUNCED_RE = {
    Lang.EN: guard(
        re.compile(r"\bthe following (article|paragraph|subparagraph|point|section|annex)s?\b(?!\s*[\d(])"),
        "following",
    ),
    Lang.FR: guard(
        re.compile(
            r"(?:\b(?:le|la|les) |\bl')(article|paragraphe|alinea|point|section|annexe)s? suivante?s?\b"
        ),
        "suivant",
    ),
}
# The level the reference reader gives each name: points, subparagraphs and « alinéas » are its subdivisions.
_ANNOUNCED_KIND = {
    "paragraphe": "paragraph",
    "alinea": "sub",
    "subparagraph": "sub",
    "point": "sub",
    "annexe": "annex",
}
_NUMBER_FOLLOWS_RE = re.compile(r"\s+suivante?s?\b")
_FOLLOWING_BEFORE_RE = re.compile(r"\bthe following\s+(?:\w+\s+)?$")


def _announced(side: _Side, other: _Side) -> set[tuple[str, str]]:
    """Return the atoms of « le paragraphe 3 suivant » when the other text announces "the following paragraph".

    An amending act names the provision it inserts by the number the text that follows bears; one language
    version may say that number and the other not, and neither cites anything.
    """
    kinds = {
        _ANNOUNCED_KIND.get(m.group(1), m.group(1)) for m in _ANNOUNCED_RE[other.lang].finditer(other.folded)
    }
    if not kinds:
        return set()
    return {
        a
        for start, end, atoms in side.refs
        if (
            _NUMBER_FOLLOWS_RE.match(side.folded, end)
            if side.lang is Lang.FR
            else _FOLLOWING_BEFORE_RE.search(side.folded, max(0, start - 30), start)
        )
        for a in atoms
        if a[0] in kinds
    }


def _citation_counts(side: _Side) -> Counter[tuple[str, str]]:
    """Count how often each article, annex, section ... is cited, paragraphs and points aside.

    "Article 27(1), (2) and (4)" repeats Article 27 in each path but cites it once: an atom equal to
    the last one of its level, with paragraphs or points between them, continues the same citation.
    """
    counts: Counter[tuple[str, str]] = Counter()
    for *_, atoms in side.refs:
        last: tuple[str, str] | None = None
        below = False
        for atom in atoms:
            if atom[0] in _REF_COARSE:
                below = True
                continue
            if atom != last or not below:
                counts[atom] += 1
            last, below = atom, False
    return counts


_DIVISIONS = frozenset({"article", "section", "clause", "chapter"})


def _renamed_divisions(extra: dict[Lang, set[tuple[str, str]]]) -> bool:
    """Whether the only difference is the name of the divisions cited, with the same numbers.

    A translation may call the text's divisions by another name: "Section 3(a)" / « l'article 3(a) »,
    "clause 4" / « article 4 ».  Each side then cites, under its own name, exactly the numbers the other
    cites under another: worth a look (an info), not a wrong reference.  A changed number still differs.
    """
    en, fr = extra[Lang.EN], extra[Lang.FR]
    if not en or not fr or any(k not in _DIVISIONS for k, _ in en | fr):
        return False
    if {k for k, _ in en} & {k for k, _ in fr}:
        return False
    return sorted(v for _, v in en) == sorted(v for _, v in fr)


def _swapped_citations(en: _Side, fr: _Side, extra: dict[Lang, set[tuple[str, str]]]) -> None:
    """Add the citations changed where the same provision is cited more than once.

    Sets hide a change in a clause that cites "Article 5" twice when one of the two becomes « article 6 »
    and the other text cites Article 6 elsewhere: both sides still cite both articles.  Counts tell:
    one side cites Article 5 more often, the other Article 6, at the same level, and both cite as many
    provisions of that level.  A surplus on one side only is no change ("Article 4(1)(2) and 4(1)(7)" repeats Article 4 where « l'article 4, paragraphe
    1, points 2) et 7) » names it once), so both sides must gain an atom of the same level.  Paragraphs
    and points are left out: ranges and repeated parents make their counts differ between faithful texts.
    """
    counts = {s.lang: _citation_counts(s) for s in (en, fr)}
    surplus = {
        lang: {
            k for k, n in counts[lang].items() if n > counts[lang.other].get(k, 0) and k in counts[lang.other]
        }
        for lang in (Lang.EN, Lang.FR)
    }
    levels = {
        level
        for level in {k[0] for k in surplus[Lang.EN]} & {k[0] for k in surplus[Lang.FR]}
        # As many citations of that level on both sides: one was changed, none repeated or merged.
        if len({sum(n for k, n in counts[lang].items() if k[0] == level) for lang in (Lang.EN, Lang.FR)}) == 1
    }
    if not levels:
        return
    for side in (en, fr):
        keys = {k for k in surplus[side.lang] if k[0] in levels}
        extra[side.lang] |= keys


# A range of numbered provisions inside a citation: "Articles 12 to 22", « articles 12 à 22 ».
_REF_RANGE_RE = re.compile(r"(?<![\d.])(\d{1,4})\s(?:to|a|au|through|jusqu'a)\s?(\d{1,4})(?![\d.])")


def _ranges(side: _Side) -> dict[tuple[str, str, str], list[tuple[int, int]]]:
    """Return the ranges a side cites, as (level, first, last), with the span of each time it cites one."""
    out: dict[tuple[str, str, str], list[tuple[int, int]]] = {}
    for a, b, atoms in side.refs:
        for m in _REF_RANGE_RE.finditer(side.folded, a, b):
            first, last = str(int(m.group(1))), str(int(m.group(2)))
            level = next((k for k, v in atoms if v == first), None)
            if level is not None and int(first) < int(last):
                out.setdefault((level, first, last), []).append((a, b))
    return out


def _changed_range(en: _Side, fr: _Side) -> Finding | None:
    """Find a range cited with another first or last provision, which sets of citations cannot see when the
    text cites the same range again ("Articles 12 to 22 … Articles 12 to 22" / « articles 13 à 22 …
    articles 12 à 22 »): a range on each side more often than on the other, the two sharing one end."""
    ranges = {Lang.EN: _ranges(en), Lang.FR: _ranges(fr)}
    count = {lang: Counter({r: len(s) for r, s in ranges[lang].items()}) for lang in Lang}
    only_en, only_fr = count[Lang.EN] - count[Lang.FR], count[Lang.FR] - count[Lang.EN]
    for x in sorted(only_en):
        for y in sorted(only_fr):
            if x[0] != y[0] or (x[1] == y[1]) == (x[2] == y[2]):
                continue
            kind = x[0]
            cited = {
                lang: f"{_REF_LABEL_EN[kind]}s {r[1]} to {r[2]}" for lang, r in ((Lang.EN, x), (Lang.FR, y))
            }
            cites = {
                lang: f"aux {_REF_LABEL_FR[kind]}s {r[1]} à {r[2]}"
                for lang, r in ((Lang.EN, x), (Lang.FR, y))
            }
            return Finding(
                "cross_reference_mismatch",
                Severity.ERROR,
                f"Cross-references differ: the English cites {cited[Lang.EN]} where the French cites "
                f"{cited[Lang.FR]}.",
                f"Les renvois diffèrent\u00a0: la version anglaise renvoie {cites[Lang.EN]}, "
                f"la version française {cites[Lang.FR]}.",
                tuple(_span(en, a, b) for a, b in ranges[Lang.EN][x]),
                tuple(_span(fr, a, b) for a, b in ranges[Lang.FR][y]),
                f"cross_reference_mismatch:range:{kind} {x[1]}-{x[2]}|{kind} {y[1]}-{y[2]}",
            )
    return None


def _check_refs(en: _Side, fr: _Side) -> list[Finding]:
    # Sets, not counts: "Article 4(1)(2) and 4(1)(7)" cites Article 4 twice where « l'article 4,
    # paragraphe 1, points 2) et 7) » cites it once; what is cited is the same.
    keys = {s.lang: {_ref_key(a) for *_, atoms in s.refs for a in atoms} for s in (en, fr)}
    unmatched = {
        s.lang: {a for *_, at in s.refs for a in at if _ref_key(a) not in keys[o.lang]}
        for s, o in ((en, fr), (fr, en))
    }
    extra: dict[Lang, set[tuple[str, str]]] = {}
    for side, other in ((en, fr), (fr, en)):
        unmatched[side.lang] -= _coded(side, other, unmatched[side.lang])
        if any(a[0] == "paragraph" for a in unmatched[side.lang]):
            # "Article 94(1)" of an article whose paragraphs bear no numbers: « l'article 94, premier alinéa ».
            unmatched[side.lang] -= _ordinal_paragraphs(other.folded)
        if side.lang is Lang.FR and any(a[0] == "section" for a in unmatched[side.lang]):
            # « la première partie du formulaire » where the English has "the first part of the form".
            unmatched[side.lang] -= _ordinal_parts(other.folded)
        if any(a[0] == "sub" for a in unmatched[side.lang]):
            unmatched[side.lang] -= (
                _ordinal_subparagraphs(side, other)
                | _bare_points(unmatched[side.lang], other)
                | _capital_points(unmatched[side.lang], side)
            )
        # "Section B of the Annex" is « le point B de l'annexe » in older acts: a capital letter after
        # "point" names a division of the annex, never a point (points are lower-case, « point b) »).
        unmatched[side.lang] -= {
            a
            for a in unmatched[side.lang]
            if a[0] == "section"
            and len(a[1]) == 1
            and a[1].isalpha()
            and re.search(rf"\b(?:points?|sections?) {a[1].upper()}\b(?![)'’])", other.text)
        }
    # "section 2.1 of the Annex", "Part 4 of Annex XIV" are « le point 2.1 de l'annexe », « le point 4 de l'annexe
    # XIV »: a numbered division of an annex that one text calls a section or a part and the other a point.
    for lang in (Lang.EN, Lang.FR):
        for a in [a for a in unmatched[lang] if a[0] == "section" and a[1][:1].isdigit()]:
            if ("sub", a[1]) in unmatched[lang.other]:
                unmatched[lang].discard(a)
                unmatched[lang.other].discard(("sub", a[1]))
    for side, other in ((en, fr), (fr, en)):
        unmatched[side.lang] -= _self_cited(side, other) | _announced(side, other)
    renamed = _renamed_divisions(unmatched)
    for side, other in ((en, fr), (fr, en)):
        if renamed:
            extra[side.lang] = set(unmatched[side.lang])
            continue
        # An atom left implicit by a relative citation on the other side is excused, unless the other
        # side cites another one of the same level in its place ("Article 27(2)" / « article 28 »).
        replaced = {a[0] for a in unmatched[other.lang]}
        extra[side.lang] = {
            a
            for a in unmatched[side.lang]
            if a[0] in replaced or not _relative_context(a, side, other, keys[other.lang])
        }
    _swapped_citations(en, fr, extra)
    if not extra[Lang.EN] and not extra[Lang.FR]:
        changed = _changed_range(en, fr)
        return [changed] if changed is not None else []
    parts_en, parts_fr, key_parts = [], [], []
    spans: dict[Lang, tuple[Span, ...]] = {}
    for side in (en, fr):
        atoms = sorted(extra[side.lang])
        spans[side.lang] = tuple(_span(side, a, b) for a, b, at in side.refs if set(at) & set(atoms))
        if not atoms:
            continue
        other = side.lang.other
        parts_en.append(
            f"the {_SIDE_EN[side.lang]} refers to "
            f"{', '.join(_atom_label(a, Lang.EN) for a in atoms)} (not in the {_SIDE_EN[other]})"
        )
        parts_fr.append(
            f"{_SIDE_FR[side.lang]} renvoie "
            f"{', '.join(_atom_label(a, Lang.FR) for a in atoms)} "
            f"({'renvois absents' if len(atoms) > 1 else 'renvoi absent'} {_SIDE_FR_DE[other]})"
        )
        key_parts.append(f"{side.lang}:" + ",".join(f"{k} {v}" for k, v in atoms))
    msg_en = "Cross-references differ: " + "; ".join(parts_en) + "."
    msg_fr = "Les renvois diffèrent\u00a0: " + "\u00a0; ".join(parts_fr) + "."
    if renamed:
        cited = {lang: sorted(extra[lang]) for lang in (Lang.EN, Lang.FR)}
        msg_en = (
            "The same numbers are cited under another name: the English refers to "
            f"{', '.join(_atom_label(a, Lang.EN) for a in cited[Lang.EN])}, the French to "
            f"{', '.join(_atom_label(a, Lang.EN) for a in cited[Lang.FR])}."
        )
        msg_fr = (
            "Les mêmes numéros sont cités sous un autre nom\u00a0: la version anglaise renvoie "
            f"{', '.join(_atom_label(a, Lang.FR) for a in cited[Lang.EN])}, la version française "
            f"{', '.join(_atom_label(a, Lang.FR) for a in cited[Lang.FR])}."
        )
    return [
        Finding(
            "cross_reference_mismatch",
            Severity.INFO if renamed else Severity.ERROR,
            msg_en,
            msg_fr,
            spans[Lang.EN],
            spans[Lang.FR],
            "cross_reference_mismatch:" + "|".join(key_parts),
        )
    ]


_CONTENT_WORD_RE = re.compile(r"[a-z][a-z']{2,}")
# Tokens within which a reworded term's words must stand: « les autorités des États membres d'origine
# et d'accueil compétentes » sets the two words of "competent authorities" eight tokens apart.
_TERM_WINDOW = 8


def _stem(word: str) -> str:
    # "authority's": the possessive ending is no part of the word; nor is a plural "s" of a short word
    # (« les États membres qui y sont parties » says "State Party": "etats" is "etat").
    word = word.removesuffix("'s").split("'")[-1]
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    return word[:5]


def _reworded(term_forms: Sequence[str], other: _Side) -> bool:
    """Say whether the other side holds the content words of a form close together.

    "fall victim to trafficking" renders « victimes de la traite » without the glossary form
    "victim of trafficking": its words ("victim", "trafficking") are there, within a few words of
    each other.  Compared on five-letter stems, so a form of one long word matches its derivatives
    ("referred" for "referral", « saisies » for « saisine »); called with the forms of the side
    where the term was found, it also catches the same word used in its ordinary sense on the
    other side ("orientation index" / « indice d'orientation »).
    """
    tokens = [_stem(t) for t in re.findall(r"[a-z][a-z']*", other.folded)]
    for form in term_forms:
        if " " in form and re.search(rf"\b{re.escape(fold(form.rstrip('!')))}\b", other.folded):
            return True  # said as it is: "in force" for « entrées en vigueur »
        if " " in form and form.endswith("!"):
            continue  # « du traitement! » only as written: the stem of its noun is also that of « traité »
        content = [w for w in _CONTENT_WORD_RE.findall(fold(form.rstrip("!"))) if w not in _STOP_ALL]
        words = {_stem(w) for w in content}
        if len(words) == 1 and len(content) == 1 and len(content[0]) >= 6:
            if words <= set(tokens):
                return True
            continue
        if len(words) < 2:
            continue
        for i, tok in enumerate(tokens):
            if tok in words and words <= set(tokens[i : i + _TERM_WINDOW]):
                return True
    return False


_DIVISION_LABEL_RE = re.compile(r"\s+([A-Z]|[IVX]{1,5}|\d{1,3})\b")


def _in_citation(side: _Side, start: int, end: int) -> bool:
    """Say whether start..end lies inside a cross-reference ("PREMIÈRE PARTIE", "Part Three")."""
    return any(a <= start and end <= b for a, b, _atoms in side.refs)


def _ordinal_division(side: _Side, other: _Side, start: int, end: int) -> bool:
    """Say whether start..end is the noun after the ordinal of a division (« PREMIÈRE PARTIE ») that the
    other text cites too ("PART ONE")."""
    theirs = {tuple(atoms) for _a, _b, atoms in other.refs}
    return any(a < start and end <= b and tuple(atoms) in theirs for a, b, atoms in side.refs)


def _division(side: _Side, other: _Side, match: Any) -> bool:
    """Say whether a term is the name of a division with its label (« Partie A », « Titre II ») that the
    other text names with the same label and a word of the same stem ("Part A", "Title II"), or by its
    ordinal (« PREMIÈRE PARTIE » for "PART ONE")."""
    if _ordinal_division(side, other, match.start, match.end):
        return True
    label = _DIVISION_LABEL_RE.match(side.text, match.end)
    if label is None or " " in match.text.strip():
        return False
    head = re.escape(fold(match.text)[:4])
    return re.search(rf"\b{head}\w*\s+{re.escape(fold(label.group(1)))}\b", other.folded) is not None


def _inside_initials(forms: Sequence[str], side: _Side) -> bool:
    """Say whether a side writes a term's initials as the end of longer initials ("EU" in "TFEU", "CJEU").

    Initials name a longer title by its words in order, and the title ends with the term: the Treaty on
    the Functioning of the European Union, the Court of Justice of the European Union.
    """
    heads = {f.rstrip("!") for f in forms if _ACRONYM_RE.fullmatch(f.rstrip("!"))}
    return any(
        len(m.group(0)) > len(h) and m.group(0).endswith(h)
        for m in _ACRONYM_RE.finditer(side.text)
        for h in heads
    )


def _kept_as_is(matches: Sequence[Any], other: _Side) -> bool:
    """Say whether a side's initials for a term stand as they are in the other text, as often as here.

    "the template EU TLAC1" keeps its name in French (« le modèle EU TLAC1 »), and so does "EU-CyCLONe":
    a name that holds "EU", not the Union that French writes « UE ».
    """
    texts = Counter(m.text for m in matches)
    return all(
        _ACRONYM_RE.fullmatch(t) is not None
        and len(re.findall(rf"(?<![\w]){re.escape(t)}(?![a-z0-9])", other.text)) >= n
        for t, n in texts.items()
    )


#: Words before a noun that name no kind of it: "the authorities", "those authorities", "other authorities".
_NOT_QUALIFIERS = _STOP_ALL | frozenset(
    "a an or all both no not some several many various certain same own its his her our your my whose "
    "what their these those other another such every any each whether".split()
)
#: Endings of a French adjective after its noun (« autorités concernées », « administratives »,
#: « nationales »): a verb (« les autorités veillent ») ends otherwise.
_FR_ADJECTIVE_RE = re.compile(
    r"[a-z]{2,}(?:ees?|aux|als?|ales?|els?|elles?|ifs?|ives?|iques?|aires?|ables?|ibles?|ants?|antes?|ents"
    r"|entes?|iens?|iennes?|ennes?|ains?|aines?|eurs?|eures?|iers?|ieres?|oises?)"
)


def _qualified_head(term_forms: Sequence[str], other: _Side) -> bool:
    """Say whether the other side names the noun of a two-word term with a qualifier of its own.

    Vehicle type-approval acts call "approval authorities" the bodies French names « autorités
    compétentes en matière de réception »; other acts write "the responsible authorities" or « les
    autorités concernées » where the other text says "competent authorities".  The noun is the
    term's last word in English ("competent authorities") and its first in French (« autorités
    compétentes »); the qualifier is the word before it in English, the adjective after it in French.
    """
    tokens = re.findall(r"[a-z][a-z'-]*", other.folded)
    stems = [_stem(t) for t in tokens]
    for form in term_forms:
        words = fold(form.rstrip("!")).split()
        if len(words) != 2 or any(w in _NOT_QUALIFIERS or not w.isalpha() for w in words):
            continue
        head = _stem(words[-1] if other.lang is Lang.EN else words[0])
        for i, st in enumerate(stems):
            if st != head:
                continue
            if other.lang is Lang.EN:
                if i > 0 and tokens[i - 1] not in _NOT_QUALIFIERS and "'" not in tokens[i - 1]:
                    return True
            elif (
                i + 1 < len(tokens)
                and _FR_ADJECTIVE_RE.fullmatch(tokens[i + 1])
                and tokens[i + 1] not in _NOT_QUALIFIERS
            ):
                return True
    return False


#: What makes an English noun name particular bodies without a qualifier before it: a demonstrative before it
#: ("those authorities"), or after it a relative pronoun ("the authorities which supplied it"), a complement
#: with "of" ("the courts or authorities of the Member States") or a participle ("the authorities mentioned in").
_EN_DEMONSTRATIVES = frozenset("this that these those such".split())
_EN_POSTMODIFIER_RE = re.compile(r"which|that|who|whom|whose|of|[a-z]{3,}ed")


def _bare_english_noun(
    term_forms: Sequence[str], side: _Side, other: _Side, glossary: Glossary, concept: Any
) -> bool:
    """Say whether a French term of a noun and its adjective (« autorités compétentes ») stands where the English
    has the noun alone, made particular by a demonstrative or by what follows it ("those authorities", "the
    courts or authorities of the Member States", "the authorities which supplied it", "the authorities mentioned
    in Article 6").

    French drafting writes a noun with the adjective of its set phrase each time it names the bodies again;
    English names them by the bare noun where the words around it already say which bodies are meant.  A bare
    noun with nothing to make it particular ("The authorities shall inform each other") may name other bodies,
    and only the French side is excused so: an English term whose French has the noun alone stays a warning.
    """
    if side.lang is not Lang.FR or not any(
        len(words) == 2 and words[0].isalpha() and _FR_ADJECTIVE_RE.fullmatch(words[1])
        for words in (fold(m.text).split() for m in side.terms(glossary) if m.concept == concept)
    ):
        return False
    # Read outside citations and dates (``work``): "point (a)" names no « point focal ».
    tokens = re.findall(r"[a-z][a-z'-]*", other.work)
    heads = {
        _stem(words[-1])
        for words in (fold(form.rstrip("!")).split() for form in term_forms)
        if len(words) == 2 and all(w.isalpha() for w in words)
    }
    return any(
        _stem(t) in heads
        and (
            (i > 0 and tokens[i - 1] in _EN_DEMONSTRATIVES)
            or (i + 1 < len(tokens) and _EN_POSTMODIFIER_RE.fullmatch(tokens[i + 1]) is not None)
        )
        for i, t in enumerate(tokens)
    )


# Endings of a French feminine adjective, singular or plural (« compétentes », « personnelles »,
# « normalisées »): the noun it follows is feminine, and « elle(s) » may stand for the term.
_FR_FEMININE_RE = re.compile(r"[a-z]{2,}(?:ee|ente|ante|elle|ive|iere|euse)s?")


def _said_by_pronoun(term_forms: Sequence[str], matches: Sequence[Any], other: _Side) -> bool:
    """Say whether the French side refers to an English term by its pronoun, the term's noun nowhere in it.

    The items of a list of what competent authorities do may name them again in English ("tests proposed by
    the competent authorities") where French, having named them in the opening words, refers back to them
    (« les tests qu'elles auront proposés »).  The pronoun agrees with the term: « elles » for a plural
    ("authorities"), « elle » for a singular, and only for a term whose French form is feminine (its
    adjective says so).  « les autorités veillent » (the bare noun) is no such reference.
    """
    if other.lang is not Lang.FR:
        return False
    tokens = re.findall(r"[a-z][a-z-]*", other.folded)
    if ("elles" if all(fold(m.text).endswith("s") for m in matches) else "elle") not in tokens:
        return False
    stems = {_stem(t) for t in tokens}
    forms = (fold(form.rstrip("!")).split() for form in term_forms)
    return any(
        len(words) >= 2 and _FR_FEMININE_RE.fullmatch(words[-1]) and _stem(words[0]) not in stems
        for words in forms
    )


# Initials behind the prefix "non-", which the acronym pattern leaves out as part of a word: "non-EU",
# « non-UE »; the other text may write the prefix apart, « non UE », and so name the initials.
_NON_PREFIXED_RE = re.compile(r"\b[Nn]on-([A-Z][A-Z0-9]+)\b")


def _check_terms(en: _Side, fr: _Side, glossary: Glossary) -> list[Finding]:
    found = {s.lang: s.terms(glossary) for s in (en, fr)}
    concepts = {lang: {m.concept for m in ms} for lang, ms in found.items()}
    out = []
    for side in (en, fr):
        other = side.lang.other
        other_side = fr if other is Lang.FR else en
        for ci in sorted(concepts[side.lang] - concepts[other]):
            if glossary.occurs(ci, other_side.text, other, other_side.folded):
                continue  # said inside a longer term: « victimes de la traite d'êtres humains »
            if all(_division(side, other_side, m) for m in found[side.lang] if m.concept == ci):
                continue  # « Partie A » of an annex where the English says "Part A": not the Party
            term = glossary.terms[ci]
            if _inside_initials(term.forms(other), other_side):
                continue  # "the TFEU" for « le traité sur le fonctionnement de l'Union européenne »
            if _kept_as_is([m for m in found[side.lang] if m.concept == ci], other_side):
                continue  # "the template EU TLAC1" / « le modèle EU TLAC1 »
            if any(glossary.concept_of(p, other) == ci for p in _NON_PREFIXED_RE.findall(other_side.text)):
                continue  # « établissements … non UE » for "non-EU institutions": the initials inside the word
            here = next(m.text for m in found[side.lang] if m.concept == ci)
            wanted = " / ".join(f.rstrip("!") for f in term.forms(other))
            spans = tuple(Span(m.start, m.end, m.text) for m in found[side.lang] if m.concept == ci)
            # How this side writes the term: in lower case throughout, the common noun, whose own renderings
            # count too ("the terms of reference of the board" / « le mandat du conseil »).
            said = [sp.text for sp in spans]
            # Reworded on the other side (same words, other phrasing): worth a look, not a warning.
            # Said only in a wording that answers a term but raises none ("the Union", « orientation »,
            # « entrent en vigueur »), or reworded on the other side: worth a look, not a warning.
            loose = (
                all(m.answer_only for m in found[side.lang] if m.concept == ci)
                or any(
                    _reworded(forms, other_side)
                    for forms in (
                        term.forms(other),
                        term.forms(side.lang),
                        glossary.accepted(ci, other, said=said),
                    )
                )
                or _qualified_head(term.forms(other), other_side)
                or _bare_english_noun(term.forms(other), side, other_side, glossary, ci)
                or _said_by_pronoun(
                    term.forms(other), [m for m in found[side.lang] if m.concept == ci], other_side
                )
            )
            msg_en = (
                f"The term {_q_en(here)} appears in the {_SIDE_EN[side.lang]}, but its counterpart "
                f"{_q_en(wanted)} does not appear in the {_SIDE_EN[other]}."
            )
            msg_fr = (
                f"Le terme {_q_fr(here)} figure dans {_SIDE_FR[side.lang]}, mais son équivalent "
                f"{_q_fr(wanted)} est absent {_SIDE_FR_DE[other]}."
            )
            en_sp, fr_sp = (spans, ()) if side.lang is Lang.EN else ((), spans)
            out.append(
                Finding(
                    "term_mismatch",
                    Severity.INFO if loose else Severity.WARNING,
                    msg_en,
                    msg_fr,
                    en_sp,
                    fr_sp,
                    f"term_mismatch:{side.lang}:{fold(term.en[0])}",
                )
            )
    return out


# The language part of an address: "index.en.html" / « index.fr.html », "/en/" / « /fr/ », "lang=en".
_URL_LANG_RE = re.compile(r"(?<=[./_=-])(?:en|fr|eng|fra|fre|english|french|anglais|francais)(?=[./_&#-]|$)")


def _url_key(url: str) -> str:
    """Return what identifies a web address: each language's version of a page is the same page."""
    return _URL_LANG_RE.sub("{lang}", url.lower().rstrip("/"))


def _entities(side: _Side, glossary: Glossary) -> dict[str, list[tuple[int, int]]]:
    out: dict[str, list[tuple[int, int]]] = {}
    text = side.text
    for m in _EMAIL_RE.finditer(text):
        out.setdefault(m.group(0).lower(), []).append(m.span())
    for m in _URL_RE.finditer(text):
        url = m.group(0).rstrip(".,;:)\u2019\u201d\u00bb\"'")
        out.setdefault(_url_key(url), []).append((m.start(), m.start() + len(url)))
    skip = mask(text, [s for spans in out.values() for s in spans])
    # Most clauses hold no initials: whether the text shouts, and where, is asked only of those that do (speed).
    acronyms = list(_ACRONYM_RE.finditer(skip))
    # A heading in capitals ("FINAL PROVISIONS", "THIRD-PARTY ACCESS") is not a row of acronyms.
    shouting = bool(acronyms) and (
        _shouting(text) or (text.upper() == text and len(re.findall(r"[^\W\d_]{4,}", text)) >= 2)
    )
    if acronyms and not shouting:
        shouted = [
            m.span()
            for m in _CAPS_RUN_RE.finditer(skip)
            if any(w in _CAPS_FUNCTION for w in re.split(r"[ ,'\u2019-]+", m.group(0)))
        ]
        for m in acronyms:
            token = m.group(0)
            if token in _NOT_ENTITIES or token in _CAPS_FORMULA or roman_value(token.lower()) is not None:
                continue
            if any(a <= m.start() < b for a, b in shouted) and glossary.concept_of(token, side.lang) is None:
                continue
            if sum(c.isalpha() for c in token) < 2 or _in_act_number(side, *m.span()):
                continue
            if _in_citation(side, *m.span()):
                continue  # "PART ONE", « PREMIÈRE PARTIE »: a heading citing its division, not initials
            if any(len(part) > 7 for part in re.split(r"[-/]", token)):
                continue  # "MEMBERSHIP": a word in capitals, not an acronym

            out.setdefault(token.replace("/", "-"), []).append(m.span())
    for m in _PLACES_RE.finditer(side.folded):
        if text[m.start()].isupper():
            out.setdefault(_PLACE_KEY.get(m.group(0), m.group(0)), []).append(m.span())
    return out


_ACRO_STOP = frozenset(
    "of the and for on in to a an by with at de des du d l la le les et au aux sur en pour par un une "
    "dans entre".split()
)
_WORD_RE = re.compile(r"[a-z]+")


def _is_acronym(name: str) -> bool:
    return name[:1].isupper() and "@" not in name and "." not in name and name == name.upper()


def _letters(token: str) -> Counter[str]:
    return Counter(c for c in token.lower() if c.isalpha())


def _acronyms_match(a: str, b: str) -> bool:
    """Say whether two acronyms are one name in two languages ("ESMA"/« AEMF », "ESCB"/« SEBC »).

    Official French reorders the initials of the English name (its words come in another order) and
    changes one or two: the letters must overlap but for one (two in names of five letters or more).
    A name that is the other plus or minus a part ("NAPTIP"/"NAPTIP-NG") is a different name.
    """
    if a in b or b in a:
        return False
    la, lb = _letters(a), _letters(b)
    longest = max(sum(la.values()), sum(lb.values()))
    common = sum((la & lb).values())
    if abs(sum(la.values()) - sum(lb.values())) > 1 or common < 2:
        return False
    return common >= longest - (2 if longest >= 5 else 1)


def _spelled_out(name: str, other: _Side) -> bool:
    """Say whether the other side writes an acronym out in words ("CCP" / « contrepartie centrale »,
    "TFEU" / « traité sur le fonctionnement de l'Union européenne ») or as a word ("AIDS" / « sida »).

    Looks for a run of content words whose initials give the acronym's letters but for one, in any
    order (French puts the words in another order), and no more than one initial foreign to it.
    """
    letters = _letters(name)
    n = sum(letters.values())
    words = [w for w in _WORD_RE.findall(other.folded) if w not in _ACRO_STOP]
    if n >= 3 and any(len(w) == n and _letters(w) == letters for w in words):
        return True
    if n < 2:
        return False
    for size in range(max(2, n - 1), n + 2):
        for i in range(0, max(0, len(words) - size + 1)):
            initials = Counter(w[0] for w in words[i : i + size])
            covered = sum((initials & letters).values())
            if covered >= max(2, n - 1) and size - covered <= 1:
                return True
    return False


def _title_with_slips(term_forms: Sequence[str], other: _Side) -> bool:
    """Say whether the other side writes a name of several words with its own words in order, only its small
    words (articles, prepositions) changed or left out.

    Official French may slip in a treaty's title: « traité de l'Union européenne », « traité l'Union européenne »,
    « traité sur le fonctionnement de Union européenne ».  Another content word between the name's words makes
    another name (« traité sur le fonctionnement de l'Union européenne » is not the TEU).
    """
    for form in term_forms:
        words = [w for w in _WORD_RE.findall(fold(form.rstrip("!"))) if w not in _ACRO_STOP]
        if len(words) < 2:
            continue
        gap = rf"(?:[\s'’]+(?:{'|'.join(sorted(_ACRO_STOP))})(?=[\s'’]))*[\s'’]+"
        pattern = gap.join(rf"{re.escape(w)}[sx]?" for w in words)
        if re.search(rf"(?<![a-z]){pattern}(?![a-z])", other.folded):
            return True
    return False


def _check_entities(en: _Side, fr: _Side, glossary: Glossary) -> list[Finding]:
    ents = {s.lang: _entities(s, glossary) for s in (en, fr)}
    other_concepts = {s.lang: {m.concept for m in s.terms(glossary)} for s in (en, fr)}
    missing: dict[Lang, list[str]] = {Lang.EN: [], Lang.FR: []}
    for side, other in ((en, fr), (fr, en)):
        if not ents[side.lang]:
            continue
        other_folded = " " + re.sub(r"[^\w@.:/-]+", " ", other.folded) + " "
        for name in ents[side.lang]:
            if name in ents[other.lang]:
                continue
            concept = glossary.concept_of(name, side.lang)
            if concept is not None and concept in other_concepts[other.lang]:
                continue  # a cross-language pair (ECOWAS/CEDEAO, ICMPD/CIDPM) present on both sides
            if concept is not None and any(
                glossary.concept_of(p, other.lang) == concept
                for n in ents[other.lang]
                for p in re.split(r"[-/]", n)
            ):
                continue  # "the EU ETS" / « le SEQE-UE »: the Union's initials inside a longer name
            if concept is not None and _reworded(glossary.accepted(concept, other.lang), other):
                continue  # "the EU Building Stock Observatory" / « l'observatoire européen »: a term's note
            if concept is not None and _title_with_slips(glossary.terms[concept].forms(other.lang), other):
                continue  # « traité de l'Union européenne » for "TEU": the title with a slip in its small words
            if any(
                fold(p) == fold(name)
                or (concept is not None and glossary.concept_of(p, other.lang) == concept)
                for p in _NON_PREFIXED_RE.findall(other.text)
            ):
                continue  # "non-EU G-SIIs" / « EISm non UE »: initials behind the prefix "non-" are no entity there
            folded_name = fold(name)
            if f" {folded_name} " in other_folded or f" {folded_name.replace('-', '/')} " in other_folded:
                continue  # written with other case or punctuation on the other side
            missing[side.lang].append(name)
    # An acronym that is not one of the instrument's names (the glossary) may be the same name in
    # the other language's initials, or written out there: official French does both constantly.
    explained: set[tuple[Lang, str]] = set()
    for name in missing[Lang.EN]:
        if not _is_acronym(name) or glossary.concept_of(name, Lang.EN) is not None:
            continue
        match = next((b for b in missing[Lang.FR] if _is_acronym(b) and _acronyms_match(name, b)), None)
        if match is not None and glossary.concept_of(match, Lang.FR) is None:
            explained |= {(Lang.EN, name), (Lang.FR, match)}
    out = []
    for side, other in ((en, fr), (fr, en)):
        for name in missing[side.lang]:
            if (side.lang, name) in explained:
                continue
            spans = ents[side.lang][name]
            parts = [p for p in re.split(r"[-/]", name) if p and p != name]
            named = (
                not _is_acronym(name)
                or glossary.concept_of(name, side.lang) is not None
                # "NAPTIP-NG" for "NAPTIP": a name of the other side, altered.
                # A part naming a concept the other side names is no alteration: « SEQE-UE » for "EU ETS".
                or any(
                    p in ents[other.lang]
                    or glossary.concept_of(p, side.lang) not in (None, *other_concepts[other.lang])
                    for p in parts
                )
            )
            if not named and _spelled_out(name, other):
                continue
            shown = side.text[spans[0][0] : spans[0][1]]
            msg_en = (
                f"{_q_en(shown)} appears in the {_SIDE_EN[side.lang]} but not in the {_SIDE_EN[other.lang]}."
            )
            msg_fr = f"{_q_fr(shown)} figure dans {_SIDE_FR[side.lang]} mais pas dans {_SIDE_FR[other.lang]}."
            sp = tuple(_span(side, a, b) for a, b in spans)
            en_sp, fr_sp = (sp, ()) if side.lang is Lang.EN else ((), sp)
            out.append(
                Finding(
                    "entity_mismatch",
                    # Places, addresses and the glossary's names must be on both sides; another
                    # abbreviation may be a translated or written-out one: worth a look only.
                    Severity.WARNING if named else Severity.INFO,
                    msg_en,
                    msg_fr,
                    en_sp,
                    fr_sp,
                    f"entity_mismatch:{side.lang}:{fold(name)}",
                )
            )
    return out


def _sentences(side: _Side, semicolons: bool = False, any_semicolon: bool = False) -> list[tuple[int, int]]:
    key = (semicolons, any_semicolon)
    if key not in side.sentences:
        side.sentences[key] = _split_sentences(side, semicolons, any_semicolon)
    return list(side.sentences[key])


def _split_sentences(side: _Side, semicolons: bool, any_semicolon: bool) -> list[tuple[int, int]]:
    text = side.text
    spans, start = [], 0
    rx = _SENT_OR_ANY_SEMI_RE if any_semicolon else _SENT_OR_SEMI_RE if semicolons else _SENT_END_RE
    for m in rx.finditer(text):
        last = _LAST_TOKEN.search(text, max(0, m.start() - 12), m.start())
        token = (last.group(1) if last else "").lower().lstrip('(\u00ab"')
        if (token in _ABBREV and (token != "vol" or _VOLUME_NO_RE.match(text, m.end()))) or (
            len(token) == 1
            and token.isalpha()
            and not _DIVISION_END_RE.search(text, max(0, m.start() - 16), m.start())
        ):
            continue
        if start == 0 and _NUMBER_LABEL_RE.fullmatch(text[: m.start()].strip()):
            continue  # "4. Annex I shall be deleted", "2a. None of ...": the paragraph's number
        spans.append((start, m.start() + 1))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


_ALT_WORDS = frozenset(
    "le la les l un une des du de d son sa ses leur leurs ce cet cette ces il ils elle elles celui celle "
    "ceux celles lui eux the a an his her its their he she it they".split()
)
_ALT_TOKEN_RE = re.compile(r"[a-z]+")


def _alternative(side: _Side, start: int, end: int) -> bool:
    """Say whether a bracket gives another number or gender of the words before it, not a passage.

    « peu(vent) », « celle(s) »: glued to its word; « sa (ses) langue(s) », « son (leur) indépendance »,
    « devrait (devraient) », « l'autorité (les autorités) »: each word a form of the one before it.
    Glued to the word after it, a bracket is part of that word ("(sub)contractor", « (sous-)catégories »,
    « (d'/l'/de l')électricité »), and after a slash, of a unit (« kWh/(m2.an) »).
    """
    if start > 0 and (side.work[start - 1].isalpha() or side.work[start - 1] == "/"):
        return True
    if end < len(side.work) and side.work[end].isalpha():
        return True
    inner_text = side.work[start + 1 : end - 1]
    if inner_text.endswith("-"):
        return True  # "(multi-) national", « (sous-) catégorie »: a prefix
    if "/" in inner_text and all(len(w) <= 3 and w.isalpha() for w in re.split(r"[/'\s]+", inner_text) if w):
        return True  # « (de/le/du) gaz naturel »: the article each noun takes
    inner = _ALT_TOKEN_RE.findall(side.folded[start + 1 : end - 1])
    before = _ALT_TOKEN_RE.findall(side.folded[max(0, start - 60) : start])
    if not 1 <= len(inner) <= 3 or len(before) < len(inner):
        return False
    return all(
        (a in _ALT_WORDS and b in _ALT_WORDS) or (len(a) >= 4 and a[:4] == b[:4])
        for a, b in zip(before[-len(inner) :], inner, strict=True)
    )


# "Regulation (EU) No 600/2014", « règlement (UE) no 600/2014 »: the initials belong to the act's number.
# Also « N o », « noo » as extracted, the plural « règlements (UE) nos 1093/2010, 1094/2010 » and a degree sign
# left before the number (« (UE) no °1151/2014 »).
_ACT_NO_RE = re.compile(r"\s+(?:n\s?[o°]+s?|nr)?\.?\s*°?\d{1,4}/\d{2,4}")


# The rest of an act's number after its initials as written in some acts: "(EU, Euratom) No 966/2012",
# "(EU)2018/2066", "Regulation EU) 2023/1114", "Regulation EU 2022/2065", « (UE) no o575/2013 ».
_ACT_NO_LOOSE_RE = re.compile(r"(?:,\s*euratom)?\)?\s*(?:n\s?[o°]+s?|nr)?\.?\s*[o°]?\d{1,4}/\d{2,4}(?![\d/])")


def _in_act_number(side: _Side, start: int, end: int) -> bool:
    """Say whether initials at start..end are the bracketed part of an act's number."""
    if (side.text[start - 1 : start] == "(" and side.text[end : end + 1] == ")") and _ACT_NO_RE.match(
        side.folded, end + 1
    ) is not None:
        return True
    return (
        side.text[end : end + 1] in (",", ")", " ") and _ACT_NO_LOOSE_RE.match(side.folded, end) is not None
    )


# Round brackets holding round brackets: "(IFRS as adopted pursuant to Regulation (EC) No 1606/2002)".  French
# typography writes a bracket inside a bracket as square brackets, « [IFRS adoptées … règlement (CE) no 1606/2002] »,
# which :data:`_PAREN_RE` finds; the English outer bracket, which it cannot, is the same passage.
_NESTED_PAREN_RE = guard(re.compile(r"\((?=[^()]*\()((?:[^()]|\([^()]*\))*)\)"), "(")
_INNER_PAREN_RE = re.compile(r"\([^()]*\)")


def _nested_parens(side: _Side) -> list[tuple[int, int]]:
    """Return the outer spans of round brackets holding round brackets, with words of their own."""
    return [
        m.span()
        for m in _NESTED_PAREN_RE.finditer(side.work)
        if _PAREN_LETTERS.search(_INNER_PAREN_RE.sub(" ", m.group(1))) and not _alternative(side, *m.span())
    ]


def _parens(side: _Side) -> list[tuple[int, int]]:
    return [
        m.span()
        for m in _PAREN_RE.finditer(side.work)
        if not _in_act_number(side, m.start() + 1, m.end() - 1)
        and _PAREN_LETTERS.search(m.group(1) or m.group(2))
        and roman_value((m.group(1) or m.group(2)).strip()) is None
        and not _alternative(side, *m.span())
    ]


# Initials behind a one-letter prefix, "(G-SIIs)", "(O-SIIs)" (global, other systemically important institutions),
# or with a small letter after them, « (EISm) » (établissements d'importance systémique mondiale), or before
# them, "(tCER)", "(lCER)" (temporary, long-term certified emission reductions).
_PREFIXED_INITIALS_RE = re.compile(
    r"[A-Z]-[A-Z][A-Z0-9]*[A-Z0-9]|[A-Z][A-Z0-9]*[A-Z][a-z]|[a-z][A-Z]{2,}[A-Z0-9]*"
)
#: Small words that join initials to what they abbreviate: « (SEQE de l'UE) », « (SARP pour le CORSIA) ».
_ABBREVIATION_LINKS = frozenset("de du des le la les pour of for the".split())


# An abbreviation written as a word ("(Unclos)", "(Uncitral)", "(EoI)"): a capital, then letters.
_WORD_ABBREVIATION_RE = re.compile(r"[A-Z][A-Za-z]{1,9}\+?")


def _spells_name_before(side: _Side, span: tuple[int, int], token: str) -> bool:
    """Say whether a word in brackets is spelled by the first letters of the name just before it: "the United Nations
    Convention on the Law of the Sea (Unclos)", "the United Nations Commission on International Trade Law
    (Uncitral)", "equivalence of inputs (EoI)".  English writes such abbreviations as words, French in capitals
    (« (CNUDM) »); each word of the name gives its first letter or letters (small words maybe none), the first and
    the last word at least one, and the name ends where the bracket opens."""
    letters = token.rstrip("+").lower()
    words = [w.lower() for w in _NAME_WORD_RE.findall(side.text[max(0, span[0] - 160) : span[0]])][-12:]
    if len(letters) < 3 or not words:
        return False

    @functools.cache
    def spells(pos: int, idx: int, taken: int) -> bool:
        # Read backwards from the word before the bracket: the letters left are letters[:pos].
        if pos == 0:
            return taken >= 2
        if idx < 0:
            return False
        word = words[idx]
        if taken and (len(word) <= 3 or word in _STOP_ALL) and spells(pos, idx - 1, taken):
            return True
        return any(
            letters[pos - n : pos] == word[:n] and spells(pos - n, idx - 1, taken + 1)
            for n in range(1, min(len(word), pos) + 1)
        )

    return spells(len(letters), len(words) - 1, 0)


def _bracket_acronym(side: _Side, span: tuple[int, int]) -> str | None:
    """Return the acronym a bracket holds alone ("(CCP)", « (OPCVM) », "(NGOs)", "(EU ETS)"), else None."""
    inner = side.text[span[0] + 1 : span[1] - 1].strip()
    if (
        _WORD_ABBREVIATION_RE.fullmatch(inner)
        and not inner.isupper()
        and _spells_name_before(side, span, inner)
    ):
        return inner
    # « (European long-term investment funds – ELTIF) »: a name in the other language, then its initials.
    # « (APA, approved publication arrangements) »: the initials, then the name in the other language.
    pieces = re.split(r"\s[\u2013\u2014-]\s|,\s|;\s", inner)
    inner = pieces[0] if len(pieces) > 1 and _ACRONYM_RE.fullmatch(pieces[0].rstrip("s")) else pieces[-1]
    tokens = [t[:-1] if t.endswith("s") and t[:-1].isupper() else t for t in inner.split()]
    if not 1 <= len(tokens) <= 3 or not all(
        _ACRONYM_RE.fullmatch(t) or _PREFIXED_INITIALS_RE.fullmatch(t) for t in tokens
    ):
        return None
    if len(tokens) > 1 and _shouting(side.text):
        return None  # "THE WORK (AS DEFINED BELOW) IS PROVIDED": words in a text all in capitals
    return " ".join(tokens)


_NAME_WORD_RE = re.compile(r"[^\W\d_]+")
_INITIALS_AFTER_RE = re.compile(r"\s*\(([A-Z][A-Z0-9]+)\)")
_INITIALS_BEFORE_RE = re.compile(r"\b([A-Z][A-Z0-9]+)\s*$")


def _initials_with_words(side: _Side, span: tuple[int, int]) -> bool:
    """Say whether a bracket defines an abbreviation made of initials and words: « (SEQE de l'UE) »,
    « (SARP pour le CORSIA) » for "(EU ETS)", "(CORSIA SARPs)"; « (TIFM groupé) », "(MNE Groups)",
    "(LTV limits)": initials and small words, and one word at most besides.  A name led by its initials may
    write out a name of two words after them: « (SEQE de l'Union européenne) » for « SEQE de l'UE », "(ECB
    Banking Supervision)"."""
    tokens = [t.split("\u2019")[-1].split("'")[-1] for t in side.text[span[0] + 1 : span[1] - 1].split()]
    initials = [t for t in tokens if _ACRONYM_RE.fullmatch(t) or _PREFIXED_INITIALS_RE.fullmatch(t)]
    others = [t for t in tokens if t not in initials and fold(t) not in _ABBREVIATION_LINKS]
    most = 2 if tokens and tokens[0] in initials else 1
    return bool(initials) and len(initials) < len(tokens) <= 4 and len(others) <= most


def _named_initials(side: _Side, span: tuple[int, int]) -> bool:
    """Say whether a bracket spells out the initials beside it: "the European Supervisory Authority (European
    Banking Authority) (EBA)", « l'Autorité européenne de surveillance (Autorité bancaire européenne) (ABE) »,
    « le WSDL (Web Services Description Language) »: the name of what the initials abbreviate."""
    words = [
        w for w in _NAME_WORD_RE.findall(side.text[span[0] + 1 : span[1] - 1]) if fold(w) not in _STOP_ALL
    ]
    if len(words) < 2:
        return False
    spelled = "".join(w[0] for w in words).upper()
    after = _INITIALS_AFTER_RE.match(side.text, span[1])
    before = _INITIALS_BEFORE_RE.search(side.text[max(0, span[0] - 20) : span[0]])
    return any(m is not None and m.group(1).rstrip("s") == spelled for m in (after, before))


def _shouting(text: str) -> bool:
    """Say whether a text is written in capitals (a heading, a disclaimer), not sprinkled with acronyms."""
    words = _WORDS_RE.findall(text)
    caps = sum(len(w) >= 3 and w.isupper() for w in words)
    return caps >= 4 and caps > 0.6 * len(words)


# An act's number alone in brackets: "(2002/47/EC)", « (CE) no 1287/2006 » aside.
_ACT_IN_BRACKETS_RE = re.compile(r"\s*(\d{2,4}/\d{1,4})/(?:EC|EU|EEC|CE|UE|CEE|Euratom)\s*")


def _cited_act(side: _Side, other: _Side, span: tuple[int, int]) -> bool:
    """Say whether a bracket holds only the number of an act that the other text cites.

    "the Financial Collateral Arrangements Directive (2002/47/EC)" / « la directive 2002/47/CE concernant
    les contrats de garantie financière »: the bracket repeats what the other text says in its sentence.
    """
    m = _ACT_IN_BRACKETS_RE.fullmatch(side.text, span[0] + 1, span[1] - 1)
    return m is not None and re.search(rf"(?<![\d/]){re.escape(m.group(1))}(?![\d])", other.text) is not None


#: The Latin ordinals French gives a point inserted by an amending act, in order: the English letters the
#: same points "(ka)", "(kb)", "(kc)" … where French writes « k bis) », « k ter) », « k quater) » …
_LATIN_INSERTS = ("bis", "ter", "quater", "quinquies", "sexies", "septies", "octies", "nonies", "decies")
_HEAD_QUOTES = "\u2018\u201c\u00ab'\" "
_INSERTED_POINT_RE = re.compile(r"\(([a-z]{1,2}|[ivx]{1,6}|\d{1,3})([a-i])\)")


def _inserted_point(en: _Side, fr: _Side, span: tuple[int, int]) -> bool:
    """True for "(ka)" heading the English clause where the French heads its clause with « k bis) ».

    An amending act quotes the point it inserts: "‘(ka) to publish …" / « «k bis) publier … ».  The English
    letters the inserted point ("(ka)", "(xvia)", "(rf)"), the French numbers it by a Latin ordinal after
    the label it follows (« k bis) », « xvi bis) », « r septies) »); the English bracket is that label.
    """
    if en.work[: span[0]].strip(_HEAD_QUOTES):
        return False
    m = _INSERTED_POINT_RE.fullmatch(en.folded, span[0], span[1])
    if m is None:
        return False
    suffix = _LATIN_INSERTS["abcdefghi".index(m.group(2))]
    head = fr.folded.lstrip(_HEAD_QUOTES)
    return re.match(rf"{m.group(1)} ?{suffix}\)", head) is not None


def _brackets(en: _Side, fr: _Side, glossary: Glossary) -> dict[Lang, list[tuple[int, int]]]:
    """Return the bracketed passages to compare, leaving out abbreviations being defined.

    "(CCP)", « (OPCVM) », "(EU)": an acronym in brackets defines an abbreviation, which the other
    language may define with its own initials or not use at all.  Such brackets are paired across
    languages (same acronym, same glossary concept, or the same initials reordered); one left over
    counts only if it is one of the glossary's names ("(NAPTIP)" dropped from the French).
    """
    spans = {}
    for s in (en, fr):
        # The outer bracket holds the inner ones, as French square brackets do.
        outer = _nested_parens(s)
        spans[s.lang] = sorted(
            outer + [sp for sp in _parens(s) if not any(a < sp[0] and sp[1] < b for a, b in outer)]
        )
    acr = {s.lang: {sp: _bracket_acronym(s, sp) for sp in spans[s.lang]} for s in (en, fr)}
    # "Risk-to-Client (RtC)" / « risques pour les clients (RtC) »: an abbreviation written as a word that one text
    # spells out is the same abbreviation where the other repeats it.
    found = {a for s in (en, fr) for a in acr[s.lang].values() if a is not None}
    for s in (en, fr):
        for sp, a in acr[s.lang].items():
            if a is None and (inner := s.text[sp[0] + 1 : sp[1] - 1].strip()) in found:
                acr[s.lang][sp] = inner
    used: set[tuple[int, int]] = set()
    paired: set[tuple[Lang, tuple[int, int]]] = set()
    for sp_en, a in acr[Lang.EN].items():
        if a is None:
            continue
        c_en = glossary.concept_of(a, Lang.EN)
        for sp_fr, b in acr[Lang.FR].items():
            if b is None or sp_fr in used:
                continue
            c_fr = glossary.concept_of(b, Lang.FR)
            if (
                a == b
                or (c_en is not None and c_en == c_fr)
                or (c_en is None and c_fr is None and _acronyms_match(a, b))
            ):
                used.add(sp_fr)
                paired |= {(Lang.EN, sp_en), (Lang.FR, sp_fr)}
                break
    out: dict[Lang, list[tuple[int, int]]] = {}
    for side, other in ((en, fr), (fr, en)):
        keep = []
        present = {m.concept for m in other.terms(glossary)}
        for sp in spans[side.lang]:
            a = acr[side.lang][sp]
            concept = glossary.concept_of(a, side.lang) if a is not None else None
            # "(TFEU)" after the treaty's name, which the French writes out: the name is there.
            if a is not None and ((side.lang, sp) in paired or concept is None or concept in present):
                continue
            if _cited_act(side, other, sp):
                continue
            if side is en and _inserted_point(en, fr, sp):
                continue
            keep.append(sp)
        out[side.lang] = keep
    return out


# --- sentence alignment (dropped sentences) ----------------------------------------------------
#
# Sentences are aligned in the manner of Gale and Church (1993): a dynamic programme over "beads"
# of 0-3 sentences on each side, each scored by how far the French length is from the usual ratio
# times the English length, in units of its standard deviation (which grows with the square root
# of the length), plus the prior cost of the bead's shape.  Figures anchored in the text (digits,
# dates, citations, acronyms both texts use) must agree inside a bead.  A sentence left without a
# counterpart in the best alignment is reported when the best alignment that pairs every sentence
# costs clearly more (:data:`SENTENCE_DROP_MARGIN`), and when it is long enough to matter; figures
# of its own that the other text lacks anywhere, or long words the other text does not echo, count
# as more evidence.  Only clauses whose sentence counts differ are aligned.  Calibration: on the
# calibration half of the real corpus, the variance of (FR - 1.10 EN) / sqrt(EN) over sentences of
# clauses with as many sentences on both sides is 3.5 characters (mean 0.27).

SENTENCE_RATIO = 1.10
SENTENCE_VARIANCE = 4.0
SENTENCE_DROP_MARGIN = 1.0
SENTENCE_DROP_MIN_CHARS = 25
#: A sentence joined in translation keeps the clause's length: a French side with fewer sentences
#: shorter than this share of the English (FR/EN) lost one; so does a bead of two English sentences
#: against one French.  French splits long English sentences and runs longer (1.10-1.23 by
#: instrument), so an English side with fewer sentences lost one only when the French is beyond
#: the usual band (:data:`LENGTH_INFO_HIGH`), and a French sentence more in a French text within
#: that band, naming nothing the English lacks, is a split.
SENTENCE_JOIN_LOW = 0.92
SENTENCE_REST_MIN_CHARS = 300  # English characters of one-to-one sentences needed to weigh a text's own ratio
SENTENCE_REST_MIN_SHARE = 0.15  # the least share of a bead the lost sentence must hold to be weighed
SENTENCE_REST_DROP_SHARE = 0.7  # how far toward the loss (of the lost sentence's share) the French must fall
_BEAD_PRIOR = {
    (1, 1): 0.89, (1, 0): 0.005, (0, 1): 0.005, (2, 1): 0.0445, (1, 2): 0.0445,
    (2, 2): 0.011, (3, 1): 0.004, (1, 3): 0.004,
}  # fmt: skip
_BEAD_COST = {shape: -math.log(p) for shape, p in _BEAD_PRIOR.items()}
_ANCHOR_COST = 2.0  # per figure on one side of a bead only
_OWN_ANCHOR_BONUS = 3.0  # per figure of a lone sentence that the other text lacks
_UNECHOED_BONUS = 4.0  # for a lone sentence whose long words the other text does not echo


def _length_cost(len_en: int, len_fr: int) -> float:
    """Return -log P(two lengths are translations), from the normal model of Gale and Church."""
    delta = (len_fr - SENTENCE_RATIO * len_en) / math.sqrt(
        SENTENCE_VARIANCE * max((len_en + len_fr / SENTENCE_RATIO) / 2, 1)
    )
    tail = math.erfc(abs(delta) / math.sqrt(2))
    return -math.log(max(tail, 1e-12))


# Initials with the English plural ("ELTIFs", "CCPs"), which French leaves invariable (« les ELTIF »).
_PLURAL_ACRONYM_RE = re.compile(r"[A-Z](?<![\w/-][A-Z])[A-Z0-9&]*[A-Z0-9](?:[-/][A-Z0-9]+)*(?=s?(?![\w/-]))")


def _sentence_figures(side: _Side, spans: list[tuple[int, int]], glossary: Glossary) -> list[set[str]]:
    """Return, per sentence, what it names that survives translation: digits, dates, citations, acronyms."""
    out = []
    for a, b in spans:
        found = {
            f"n:{v.normalize():f}"
            for x, y, v, _soft in side.numbers
            if a <= x < b and any(c.isdigit() for c in side.text[x:y])
        }
        found |= {f"d:{k}" for x, _y, k in side.dates if a <= x < b}
        found |= {f"r:{_ref_key(atom)}" for x, _y, atoms in side.refs if a <= x < b for atom in atoms}
        for m in _PLURAL_ACRONYM_RE.finditer(side.text, a, b):
            concept = glossary.concept_of(m.group(0), side.lang)
            found.add(f"c:{concept}" if concept is not None else f"a:{m.group(0)}")
        out.append(found)
    return out


_LONG_WORD_RE = re.compile(r"[a-z]{7,}")


def _stems(folded: str) -> set[str]:
    """Return the six-letter stems of a passage's long words: legal English and French share many
    ("interoperability" / « interopérabilité », "fragmentation", "liquidity" / « liquidités »)."""
    return {w[:6] for w in _LONG_WORD_RE.findall(folded)}


def _unechoed(side: _Side, span: tuple[int, int], other_stems: set[str]) -> bool:
    """Say whether a sentence's long words find no echo at all in the other text.

    On the calibration half, a sentence whose long words (at least three stems) share at most one
    in ten with the whole other text is 2.8 % of translated sentences, but 55 % of dropped ones.
    """
    stems = _stems(side.folded[span[0] : span[1]])
    return len(stems) >= 3 and len(stems & other_stems) <= 0.1 * len(stems)


def _align(
    len_en: list[int],
    len_fr: list[int],
    fig_en: list[set[str]],
    fig_fr: list[set[str]],
    allow_gaps: bool,
    gap_bonus: dict[tuple[Lang, int], float] | None = None,
) -> tuple[float, list[tuple[int, int, int, int]]]:
    """Return the cost and the beads (i, a, j, b: English i..i+a, French j..j+b) of the best alignment."""
    n, m = len(len_en), len(len_fr)
    inf = float("inf")
    best = [[inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            here = best[i][j]
            if here == inf:
                continue
            for (a, b), prior in _BEAD_COST.items():
                if i + a > n or j + b > m or ((a == 0 or b == 0) and not allow_gaps):
                    continue
                if a and b:
                    fe = set().union(*fig_en[i : i + a])
                    ff = set().union(*fig_fr[j : j + b])
                    cost = prior + _length_cost(sum(len_en[i : i + a]), sum(len_fr[j : j + b]))
                    cost += _ANCHOR_COST * len(fe ^ ff)
                else:
                    cost = prior - (gap_bonus or {}).get((Lang.EN, i) if a else (Lang.FR, j), 0.0)
                if here + cost < best[i + a][j + b]:
                    best[i + a][j + b] = here + cost
                    back[i + a][j + b] = (a, b)
    beads = []
    i, j = n, m
    while (i or j) and back[i][j] is not None:
        a, b = back[i][j]  # type: ignore[misc]
        i, j = i - a, j - b
        beads.append((i, a, j, b))
    return best[n][m], beads[::-1]


def _sentence_lens(en: _Side, fr: _Side, spans: dict[Lang, list[tuple[int, int]]]) -> dict[Lang, list[int]]:
    """Return the length of each sentence as its prose would be written out (see :func:`_prose_lens`).

    "The right of access of a CCP should allow multiple CCPs …" is a third longer written out as
    « contrepartie centrale »: weighed by their characters, the sentences of a text that abbreviates
    a name the other writes out look like two sentences joined, and a dropped one goes unseen.
    """
    initials = {Lang.EN: _initials(en, fr), Lang.FR: _initials(fr, en)}
    shared = min(initials.values())
    out: dict[Lang, list[int]] = {}
    for side, other in ((en, fr), (fr, en)):
        own = [
            (m.start(), len(m.group(1)))
            for m in _INITIALS_RE.finditer(side.text)
            if len(m.group(1)) >= 3 and fold(m.group(1)) not in other.folded
        ]
        # Beyond the initials the other text has in its own ("UCITS" / « OPCVM »), spread over each one.
        scale = (initials[side.lang] - shared) / initials[side.lang] if initials[side.lang] else 0.0
        lens = []
        for a, b in spans[side.lang]:
            length = _collapsed_len(side.text[a:b])
            for x, y, _atoms in side.refs:
                if a <= x < b:
                    length -= _citation_excess(side, x, min(y, b), a)
            extra = sum(n for x, n in own if a <= x < b) * scale
            lens.append(max(round(length + (LENGTH_PER_INITIAL - 1) * extra), 1))
        out[side.lang] = lens
    return out


def _rest_ratio(beads: list[tuple[int, int, int, int]], lengths: dict[Lang, list[int]], skip: int) -> float:
    """Return the French/English length ratio of the one-to-one beads other than the one at ``skip`` (0.0 when
    they hold fewer than ``SENTENCE_REST_MIN_CHARS`` English characters).

    One translator keeps one rate of expansion through a text: where the other sentences of a recital run a
    fifth longer in French, two English sentences joined into one French sentence run about a fifth longer too,
    whereas a French sentence that renders only the first of them is as long as the two together or shorter
    (32019r2089 recital 20, 32010r1093 recital 48, 32009l0031 Art. 13(2) without their last French sentence).
    """
    len_en = sum(lengths[Lang.EN][i] for i, a, _j, b in beads if a == b == 1 and i != skip)
    len_fr = sum(lengths[Lang.FR][j] for i, a, j, b in beads if a == b == 1 and i != skip)
    return len_fr / len_en if len_en >= SENTENCE_REST_MIN_CHARS else 0.0


def _lost_by_rest(
    beads: list[tuple[int, int, int, int]], lengths: dict[Lang, list[int]], i: int, bead: float
) -> bool:
    """Say whether the French sentence against the two English sentences at ``i`` renders only the longer one,
    weighed by the text's own ratio (:func:`_rest_ratio`).

    Joined, the two run as long as the rest of the text says (a share of 1 of the expected French length);
    with the shorter one lost, the French holds only the longer one's share.  The French must fall well on the
    side of the loss, past :data:`SENTENCE_REST_DROP_SHARE` of the shorter sentence's share, and that share must
    be at least :data:`SENTENCE_REST_MIN_SHARE`: a short sentence beside a long one is within the spread of
    the ratio from one sentence to the next.
    """
    rest = _rest_ratio(beads, lengths, i)
    if rest <= 1.0:
        return False
    two = lengths[Lang.EN][i : i + 2]
    share = min(two) / max(sum(two), 1)
    return share >= SENTENCE_REST_MIN_SHARE and bead / rest < 1.0 - SENTENCE_REST_DROP_SHARE * share


def _joined_short(
    beads: list[tuple[int, int, int, int]],
    lengths: dict[Lang, list[int]],
    spans: dict[Lang, list[tuple[int, int]]],
    lone: dict[Lang, list[tuple[int, int]]],
    sides: dict[Lang, _Side],
) -> None:
    """Add to ``lone`` the sentence a merged bead lost: a sentence joined to its neighbour keeps the
    length, so a merged bead much shorter on its poor side than the usual ratio lost one (the shorter
    of the two it holds).  Where the French of the other sentences runs longer than the English, a French
    sentence against two English ones is weighed against that ratio too (see :func:`_rest_ratio`).  A French
    sentence that carries the words of both English ones joined them (see :func:`_renders_both`)."""
    for i, a, j, b in beads:
        if (a, b) not in ((2, 1), (1, 2)):
            continue
        len_en, len_fr = sum(lengths[Lang.EN][i : i + a]), sum(lengths[Lang.FR][j : j + b])
        bead = len_fr / max(len_en, 1)
        if (
            (bead < SENTENCE_JOIN_LOW or _lost_by_rest(beads, lengths, i, bead))
            if a == 2
            else (bead > LENGTH_INFO_HIGH)
        ):
            if a == 2 and _renders_both(sides, spans, i, j):
                continue  # the French joined the two, shorter by the subject it leaves out
            two, k0 = (Lang.EN, i) if a == 2 else (Lang.FR, j)
            k = min((k0, k0 + 1), key=lambda x: lengths[two][x])
            if lengths[two][k] >= SENTENCE_DROP_MIN_CHARS:
                lone[two].append(spans[two][k])


#: The fewest long words of its own (stems the first lacks) the second of two English sentences must have echoed in
#: the French sentence that joins them, and the least share of its own long words echoed (see :func:`_renders_both`).
SENTENCE_JOIN_ECHO_MIN = 3
SENTENCE_JOIN_ECHO_SHARE = 0.5


def _renders_both(sides: dict[Lang, _Side], spans: dict[Lang, list[tuple[int, int]]], i: int, j: int) -> bool:
    """Say whether the French sentence ``j`` renders both English sentences ``i`` and ``i + 1``, by their words.

    English drafting splits off a second sentence that picks up a noun of the first ("That report shall be
    accompanied, where appropriate, by proposals …", "This shall include …", "Those technical definitions are
    necessary to …"); French ties that content to its noun by a participle, a relative or a purpose clause
    (« un rapport …, accompagné, le cas échéant, de propositions … »), and leaves out the repeated subject and its
    verb, so the one French sentence runs shorter than the two English ones (32006l0112 Art. 404, 32014l0025
    Art. 13, 32017r0587 recital 5, 32009r0207 recital 6).  Length alone cannot tell that join from a French
    sentence that renders the first English sentence only: words can.  The long words legal English shares with
    French ("accompanied", « accompagné »; "proposals", « propositions ») that only the second English sentence
    has are echoed in the French join, at least three and half of them, and so is one word only the first has.
    The French sentence that lost the second English one echoes at most one of its own words: over the readable
    wide corpus, no French sentence with its last sentence removed meets this.
    """
    en, fr = sides[Lang.EN], sides[Lang.FR]
    first, second = (_stems(en.folded[a:b]) for a, b in spans[Lang.EN][i : i + 2])
    a, b = spans[Lang.FR][j]
    theirs = _stems(fr.folded[a:b])
    echoed = len((second - first) & theirs)
    return (
        echoed >= SENTENCE_JOIN_ECHO_MIN
        and echoed >= SENTENCE_JOIN_ECHO_SHARE * len(second - first)
        and bool((first - second) & theirs)
    )


def _joins_rendered(
    sides: dict[Lang, _Side], spans: dict[Lang, list[tuple[int, int]]], beads: list[tuple[int, int, int, int]]
) -> bool:
    """Say whether each French sentence standing for more English sentences joins two and renders both (see
    :func:`_renders_both`): then a French text shorter than usual is concise, not short of a sentence."""
    merged = [(i, a, j) for i, a, j, b in beads if a > b]
    return bool(merged) and all(a == 2 and _renders_both(sides, spans, i, j) for i, a, j in merged)


def _lone_clauses(
    en: _Side, fr: _Side, clauses: dict[Lang, list[tuple[int, int]]], glossary: Glossary, en_rich: bool
) -> dict[Lang, list[tuple[int, int]]]:
    """Return the clause lost by a side that joins its sentences with semicolons, as many clauses as the other
    side has, but much shorter than usual.

    Joined by a semicolon, a sentence keeps its length, and the clauses pair one to one.  32014l0059 Art. 52(2)
    without its last French sentence (« L'autorité de résolution au niveau du groupe communique ledit plan … à
    l'ABE. ») keeps two clauses, « … conformément à la procédure prévue aux articles 7 et 8; ce plan est soumis à
    l'autorité de résolution au niveau du groupe. », for the two English sentences; but the short second clause
    renders the end of the first English sentence ("… and shall be submitted to the group-level resolution
    authority"), and aligned by lengths the English "The group-level resolution authority shall communicate the
    plan to other resolution authorities concerned and to EBA." is left alone, far ahead of pairing every clause
    (likewise 32018l1972 Art. 61(5), 32014l0059 recital 97, 32014r0909 recital 63).  Where the clauses pair
    (32009r0207 Art. 119(8), French « …; la traduction est produite dans le délai prévu … » for "The translation
    shall be produced within the period prescribed …"), the semicolon joined two sentences.
    """
    lone: dict[Lang, list[tuple[int, int]]] = {Lang.EN: [], Lang.FR: []}
    ratio = length_ratio(en.text, fr.text)
    if ratio is None or not (ratio < SENTENCE_JOIN_LOW if en_rich else ratio > LENGTH_INFO_HIGH):
        return lone
    sides = {Lang.EN: en, Lang.FR: fr}
    lengths = _sentence_lens(en, fr, clauses)
    figures = {lang: _sentence_figures(sides[lang], clauses[lang], glossary) for lang in Lang}
    cost, beads = _align(
        lengths[Lang.EN], lengths[Lang.FR], figures[Lang.EN], figures[Lang.FR], allow_gaps=True
    )
    paired, _beads = _align(lengths[Lang.EN], lengths[Lang.FR], figures[Lang.EN], figures[Lang.FR], False)
    rich = Lang.EN if en_rich else Lang.FR
    gaps = [(rich, i if en_rich else j) for i, a, j, b in beads if (b == 0 if en_rich else a == 0)]
    poor_gap = any((a == 0) if en_rich else (b == 0) for _i, a, _j, b in beads)
    if paired - cost < SENTENCE_DROP_MARGIN or poor_gap:
        return lone
    lone[rich] = [clauses[rich][k] for _lang, k in gaps if lengths[rich][k] >= SENTENCE_DROP_MIN_CHARS]
    return lone


#: The fewest characters of an English sentence whose French counterpart is weighed by :func:`_half_lost`.
SENTENCE_HALF_MIN_CHARS = 150
#: The share of its English sentence under which a French sentence paired one to one has lost part of it.
SENTENCE_HALF_SHARE = 0.5


def _half_lost(en: _Side, fr: _Side, spans: dict[Lang, list[tuple[int, int]]]) -> list[tuple[int, int]]:
    """Return the English sentences whose French counterpart, in texts that pair their sentences one to one, is
    less than half as long (:data:`SENTENCE_HALF_SHARE`).

    French runs longer than English and never says a sentence in half its words: French that splits a long
    English sentence in two and then loses the second keeps as many sentences as the English, but the sentence
    left stands for the whole English one at half its length or less (32009r0207 Art. 135(2), 32024r1620 recital
    65, 32022r0439 recital 26 without their last French sentence).  Where a French sentence runs beyond the usual
    band of its English one, the sentences do not pair in order (a French sentence split here, two English ones
    joined there: 32014r0529 recital 2), and index and length say nothing.
    """
    lengths = _sentence_lens(en, fr, spans)
    pairs = list(zip(lengths[Lang.EN], lengths[Lang.FR], strict=True))
    if any(f > LENGTH_WARN_HIGH_BASE * e for e, f in pairs):
        return []  # a French sentence that holds more than its English one: the sentences do not pair in order
    return [
        spans[Lang.EN][i]
        for i, (e, f) in enumerate(pairs)
        if e >= SENTENCE_HALF_MIN_CHARS and f < SENTENCE_HALF_SHARE * e
    ]


def _lone_sentences(en: _Side, fr: _Side, glossary: Glossary) -> dict[Lang, list[tuple[int, int]]]:
    """Return, per side, the sentences that have no counterpart in the other text (see above), weighed at the
    usual rate of expansion, then at the text's own (:func:`_lone_at_own_rate`)."""
    lone = _lone_at_usual_rate(en, fr, glossary)
    if lone[Lang.EN] or lone[Lang.FR]:
        return lone
    return _lone_at_own_rate(en, fr, glossary)


#: The rate of expansion (French/English, of the sentences that pair one to one) from which a text is realigned
#: at its own rate.
SENTENCE_OWN_RATE_MIN = 1.25


def _lone_at_own_rate(en: _Side, fr: _Side, glossary: Glossary) -> dict[Lang, list[tuple[int, int]]]:
    """Return the English sentences the French lost, found by aligning the sentences at the text's own rate.

    One translator keeps one rate of expansion through a text (see :func:`_rest_ratio`).  Where the French of
    the sentences that pair one to one runs a quarter or more longer than the English (the median of their
    ratios, which one sentence paired out of order does not move), lengths weighed at the usual rate pair each
    French sentence with more English than it renders, and an English sentence the French lost is shared out
    among merged beads; weighed at the text's own rate, it stands alone (32014r0596 recital 20, 32024r1728
    recital 6, 32023r1542 recital 101 without their last French sentence).  Only a French side with fewer
    sentences is weighed so, and only English sentences left alone, by the usual margin, count.
    """
    lone: dict[Lang, list[tuple[int, int]]] = {Lang.EN: [], Lang.FR: []}
    spans = {Lang.EN: _sentences(en), Lang.FR: _sentences(fr)}
    n_en, n_fr = len(spans[Lang.EN]), len(spans[Lang.FR])
    if not 2 <= n_fr < n_en <= 40:
        return lone
    lengths = _sentence_lens(en, fr, spans)
    figures = {
        Lang.EN: _sentence_figures(en, spans[Lang.EN], glossary),
        Lang.FR: _sentence_figures(fr, spans[Lang.FR], glossary),
    }
    guide = _alignment_guide(figures)
    _cost, beads = _align(
        lengths[Lang.EN], lengths[Lang.FR], guide[Lang.EN], guide[Lang.FR], allow_gaps=False
    )
    ones = sorted(lengths[Lang.FR][j] / lengths[Lang.EN][i] for i, a, j, b in beads if a == b == 1)
    if len(ones) < 3:
        return lone
    rate = ones[len(ones) // 2] if len(ones) % 2 else (ones[len(ones) // 2 - 1] + ones[len(ones) // 2]) / 2
    if rate < SENTENCE_OWN_RATE_MIN:
        return lone
    scaled = [max(round(x * rate / SENTENCE_RATIO), 1) for x in lengths[Lang.EN]]
    cost, beads = _align(scaled, lengths[Lang.FR], guide[Lang.EN], guide[Lang.FR], allow_gaps=True)
    paired, _beads = _align(scaled, lengths[Lang.FR], guide[Lang.EN], guide[Lang.FR], allow_gaps=False)
    gaps = [(i, a, j, b) for i, a, j, b in beads if a == 0 or b == 0]
    if not gaps or paired - cost < SENTENCE_DROP_MARGIN or any(a == 0 for _i, a, _j, _b in gaps):
        return lone
    lone[Lang.EN] = [
        spans[Lang.EN][i] for i, _a, _j, _b in gaps if lengths[Lang.EN][i] >= SENTENCE_DROP_MIN_CHARS
    ]
    return lone


def _alignment_guide(figures: dict[Lang, list[set[str]]]) -> dict[Lang, list[set[str]]]:
    """The figures of each sentence that may guide the alignment of the sentences.  An acronym only one text uses
    cannot (it may be written out in the other); digits, dates and citations can."""
    shared = set().union(*figures[Lang.EN]) & set().union(*figures[Lang.FR])
    return {lang: [{x for x in f if x in shared or x[0] in "ndr"} for f in figures[lang]] for lang in Lang}


def _clauses_pair(
    en: _Side, fr: _Side, clauses: dict[Lang, list[tuple[int, int]]], glossary: Glossary
) -> bool:
    """Say whether the clauses of the two texts pair one to one when every clause must find a counterpart.

    A side that joins two sentences of the other with a semicolon keeps one clause for each (32009r0207
    Art. 119(8), « …; la traduction est produite dans le délai prévu … » for "The translation shall be produced
    within the period prescribed …").  A French semicolon inside what English says in one sentence pairs two
    French clauses with it, and the count of clauses says nothing of a sentence lost elsewhere (32023r1642
    recital 1, 32009l0029 recital 14, 32023r1542 recital 118 without their last French sentence).
    """
    lengths = _sentence_lens(en, fr, clauses)
    figures = {Lang.EN: _sentence_figures(en, clauses[Lang.EN], glossary)}
    figures[Lang.FR] = _sentence_figures(fr, clauses[Lang.FR], glossary)
    guide = _alignment_guide(figures)
    _cost, beads = _align(
        lengths[Lang.EN], lengths[Lang.FR], guide[Lang.EN], guide[Lang.FR], allow_gaps=False
    )
    return all(a == b == 1 for _i, a, _j, b in beads)


def _lone_at_usual_rate(en: _Side, fr: _Side, glossary: Glossary) -> dict[Lang, list[tuple[int, int]]]:
    """Return, per side, the sentences that have no counterpart in the other text, at the usual rate."""
    spans = {Lang.EN: _sentences(en), Lang.FR: _sentences(fr)}
    lone: dict[Lang, list[tuple[int, int]]] = {Lang.EN: [], Lang.FR: []}
    n_en, n_fr = len(spans[Lang.EN]), len(spans[Lang.FR])
    gaps_only = False
    if n_en != n_fr and ";" in en.text + fr.text:
        semi = {Lang.EN: _sentences(en, True), Lang.FR: _sentences(fr, True)}
        if len(semi[Lang.EN]) == len(semi[Lang.FR]):
            return _lone_clauses(en, fr, semi, glossary, n_en > n_fr)
        # The side with fewer sentences joins them with semicolons: as many clauses on both sides.
        semi = {Lang.EN: _sentences(en, any_semicolon=True), Lang.FR: _sentences(fr, any_semicolon=True)}
        if len(semi[Lang.EN]) == len(semi[Lang.FR]) == max(n_en, n_fr):
            lone = _lone_clauses(en, fr, semi, glossary, n_en > n_fr)
            if lone[Lang.EN] or lone[Lang.FR] or _clauses_pair(en, fr, semi, glossary):
                return lone
            # The clauses do not pair one to one: the semicolon splits a sentence of the other text
            # (« …; il est devenu opérationnel en janvier 2005. » for "… which became operational in
            # January 2005."), joins none, and as many clauses on both sides is a coincidence.  The sentences
            # are aligned as any others, and only a sentence left alone by the margin is told.
            gaps_only = True
    if n_en == n_fr and 2 <= n_en <= 40:
        # As many sentences on both sides: aligning them anyway (a drop and a split) raised 14 false
        # alarms on the calibration half for one more dropped sentence found.  Only a sentence French
        # split and then lost half of is told (see _half_lost).
        lone[Lang.EN] = _half_lost(en, fr, spans)
        return lone
    if not n_en or not n_fr or n_en == n_fr:
        return lone
    if len(spans[Lang.EN]) > 40 or len(spans[Lang.FR]) > 40:
        return lone  # a text that long is a document, not a clause: not aligned sentence by sentence
    short = length_ratio(en.text, fr.text) is None
    if short and not gaps_only and (abs(n_en - n_fr) >= 2 or (n_en != n_fr and max(n_en, n_fr) < 3)):
        # Too short to weigh lengths ("Decisions are taken by consensus. Failing that, ..."): a
        # sentence more on one side of a two-line clause is worth a look.
        rich = Lang.EN if n_en > n_fr else Lang.FR
        lone[rich] = list(spans[rich])
        return lone
    sides = {Lang.EN: en, Lang.FR: fr}
    lengths = _sentence_lens(en, fr, spans)
    figures = {lang: _sentence_figures(sides[lang], spans[lang], glossary) for lang in Lang}
    guide = _alignment_guide(figures)
    # A sentence that names figures the other text lacks, or whose long words have no echo there,
    # is more likely to have been dropped than joined to its neighbour.
    everywhere = {lang: set().union(*figures[lang]) for lang in Lang}
    stems = {lang: _stems(sides[lang].folded) for lang in Lang}
    bonus: dict[tuple[Lang, int], float] = {}
    for lang in Lang:
        if len(spans[lang]) < len(spans[lang.other]):
            continue  # the side with fewer sentences is the one that may have lost one
        for k, span in enumerate(spans[lang]):
            own = {f for f in figures[lang][k] if f not in everywhere[lang.other]}
            # An acronym counts when the other text has neither it nor one of the same initials.
            own = {
                f
                for f in own
                if f[0] in "ndr"
                or (
                    f[0] == "a"
                    and not any(x[0] == "a" and _acronyms_match(f[2:], x[2:]) for x in everywhere[lang.other])
                    and not _spelled_out(f[2:], sides[lang.other])
                )
            }
            bonus[(lang, k)] = _OWN_ANCHOR_BONUS * len(own) + (
                _UNECHOED_BONUS if _unechoed(sides[lang], span, stems[lang.other]) else 0.0
            )
    cost, beads = _align(
        lengths[Lang.EN], lengths[Lang.FR], guide[Lang.EN], guide[Lang.FR], allow_gaps=True, gap_bonus=bonus
    )
    gaps = [(i, a, j, b) for i, a, j, b in beads if a == 0 or b == 0]
    rich = Lang.EN if n_en > n_fr else Lang.FR
    last = spans[rich][-1]
    if gaps_only and not gaps:
        return lone
    if (
        not gaps
        and sides[rich].text[last[0] : last[1]].rstrip().endswith(":")
        and not sides[rich.other].text.rstrip().endswith(":")
    ):
        # The sentence that announces what follows ("The records shall include the following:") closes
        # one text only: joined to the one before, it would still close the other.
        lone[rich].append(last)
        return lone
    if not gaps:
        _joined_short(beads, lengths, spans, lone, sides)
    if lone[Lang.EN] or lone[Lang.FR]:
        return lone
    ratio = length_ratio(en.text, fr.text)
    if ratio is not None and n_en != n_fr:
        # The side with fewer sentences much shorter than usual: one was dropped, not joined.
        poor = Lang.FR if n_en > n_fr else Lang.EN
        short = ratio < SENTENCE_JOIN_LOW if poor is Lang.FR else ratio > LENGTH_INFO_HIGH
        if short and not gaps and not _joins_rendered(sides, spans, beads):
            # (Unless each French sentence that stands for two English ones carries the words of both.)
            lone[poor.other] = list(spans[poor.other])
            return lone
    else:
        short = False
    if not gaps:
        return lone
    paired, paired_beads = _align(
        lengths[Lang.EN], lengths[Lang.FR], guide[Lang.EN], guide[Lang.FR], allow_gaps=False
    )
    if paired - cost < SENTENCE_DROP_MARGIN and gaps_only:
        return lone
    if paired - cost < SENTENCE_DROP_MARGIN:
        # The gap barely beats pairing every sentence: the pairing's merged beads are weighed as above.
        _joined_short(paired_beads, lengths, spans, lone, sides)
        if lone[Lang.EN] or lone[Lang.FR] or _joins_rendered(sides, spans, paired_beads):
            return lone
        if short:
            # A gap the lengths alone do not settle, in a side much shorter than usual: dropped.
            for i, a, j, _b in gaps:
                lang, k = (Lang.EN, i) if a else (Lang.FR, j)
                lone[lang].append(spans[lang][k])
        elif n_en > n_fr and all(b == 0 for _i, _a, _j, b in gaps):
            # With fewer French sentences, a best alignment that leaves only English sentences alone, even by a
            # small margin, says the French lost them.  32014l0059 Art. 36(5) without « Par ailleurs, la
            # valorisation tient compte du fait que … »: "Furthermore, the valuation shall take account …" left
            # alone, 0.23 ahead of joining it to the long sentence before; so 32024r1879 recital 7, 32025r1125
            # recital 9, 32023r1114 recital 18.  Over the readable half of the wide corpus, the faithful pairs
            # with a gap within the margin leave French sentences alone (French splits, 32022r0996 Art. 6(3)),
            # never English ones only.
            lone[Lang.EN] = [
                spans[Lang.EN][i] for i, _a, _j, _b in gaps if lengths[Lang.EN][i] >= SENTENCE_DROP_MIN_CHARS
            ]
        return lone
    # French drafting splits a long English sentence in two: a French sentence more, in a French text no
    # longer than usual and naming nothing the English lacks, is a split, not an addition.
    split = ratio is not None and ratio <= LENGTH_INFO_HIGH
    for i, a, j, _b in gaps:
        lang, k = (Lang.EN, i) if a else (Lang.FR, j)
        if lang is Lang.FR and split and not any(f not in everywhere[Lang.EN] for f in figures[Lang.FR][k]):
            continue
        if lengths[lang][k] >= SENTENCE_DROP_MIN_CHARS:
            lone[lang].append(spans[lang][k])
    return lone


_PROSE_SEP_RE = re.compile(r",|;|\b(?:and|or|et|ou|ainsi que|as well as)\b")


def _anchors(
    side: _Side, start: int, end: int, glossary: Glossary, exclude: Sequence[tuple[int, int]] = ()
) -> set[str]:
    """Return what a passage names that survives translation: numbers, dates, acronyms, places."""

    def keep(a: int) -> bool:
        return start <= a < end and not any(x <= a < y for x, y in exclude)

    out = {f"n:{v.normalize():f}" for a, _b, v, _soft in side.numbers if keep(a)}
    out |= {f"d:{k}" for a, _b, k in side.dates if keep(a)}
    for m in _ACRONYM_RE.finditer(side.text, start, end):
        if keep(m.start()):
            concept = glossary.concept_of(m.group(0), side.lang)
            out.add(f"c:{concept}" if concept is not None else f"a:{m.group(0)}")
    for m in _PLACES_RE.finditer(side.folded, start, end):
        if keep(m.start()):
            out.add(f"p:{_PLACE_KEY.get(m.group(0), m.group(0))}")
    return out


_DEFINED_AS_RE = re.compile(r"(?:ci-apres|hereinafter|hereafter|referred to below as)\b")


def _glossed(words: list[str], other_words: Sequence[str]) -> bool:
    """Say whether a gloss of one or two words is a term of the other text, give or take a plural "s" or the
    space or hyphen between two words ("(releases)" for "release", « (ortholignite) » for "ortho-lignite")."""

    def singular(w: str) -> str:
        return w[:-1] if len(w) > 3 and w.endswith("s") else w

    wanted = singular("".join(words))
    theirs = {singular(w) for w in other_words}
    joined = {singular(a + b) for a, b in itertools.pairwise(other_words)}
    return wanted in theirs or wanted in joined


def _name_in_other_words(raw: str, other: _Side) -> bool:
    """Say whether a bracketed name is written in the other text's language: a name (each content word
    capitalised), three of its content words or more, and two thirds of them, stand on the other side
    (compared on stems, so "Data Centre" answers "Data Centres").  French glosses an English name in brackets
    after its own rendering, where the English writes that name once, sometimes shortened ("UN Guiding
    Principles Reporting Framework") or reordered; a bracketed sentence is no name."""
    words = [w for w in re.findall(r"[^\W\d_][\w'-]*", raw) if fold(w) not in _STOP_ALL and len(w) > 2]
    if len(words) < 3 or not all(w[0].isupper() for w in words):
        return False
    content = {_stem(fold(w)) for w in words}
    theirs = {_stem(w) for w in other.words()}
    found = len(content & theirs)
    return found >= 3 and 3 * found >= 2 * len(content)


#: One English word in small letters, of four letters or more, maybe hyphenated ("(supervisory)", "(off-the-shelf)").
_ONE_SMALL_WORD_RE = re.compile(r"(?=\S{4})[a-z]+(?:-[a-z]+)*")
#: The label of a point inserted after a point in small roman figures ("(xxviia)"): no word.
_POINT_LABEL_RE = re.compile(r"[ivxlc]+[a-z]{0,2}")


def _paren_moved(side: _Side, other: _Side, span: tuple[int, int], glossary: Glossary) -> bool:
    """Say whether a parenthesised passage was rendered without brackets on the other side.

    True when everything it names (numbers, acronyms, places) appears on the other side outside
    brackets ("Palermo, Italy" / « Palerme (Italie) »), or when it is a remark of four words or more
    opening in lower case ("(and in particular in urgent cases)"), which translators often turn into
    a phrase between commas.  A bracketed name or label dropped outright stays unexplained.
    """
    start, end = span
    raw_full = side.text[start + 1 : end - 1]
    raw = raw_full.strip()
    inner = raw.split()
    if raw[:1] in "'\u2018\u2019\"\u201c\u201d\u00ab" or _DEFINED_AS_RE.match(fold(raw)):
        # "(‘OTC derivative contracts’)", « (ci-après dénommée la « Licence ») »: a defined term, which
        # the other language brings in another way.
        return True
    if inner and inner[0][:1].islower() and len(inner) >= 2:
        return True
    before = _WORDS_RE.findall(side.text[max(0, start - 40) : start])
    if (
        side.lang is Lang.EN
        and len(inner) == 1
        and _ONE_SMALL_WORD_RE.fullmatch(raw)
        and not _POINT_LABEL_RE.fullmatch(raw)
        and before
        and before[-1].islower()
    ):
        # English drafting puts one English word in small letters in brackets inside a phrase: a word that may or
        # may not apply ("the committees of the (supervisory) board"), the term of art beside its plain words
        # ("ready to use (off-the-shelf) ICT assets", "the thresholds (value)"), or another form of the word before
        # it ("which has (have) elapsed").  French renders the word in its phrase or leaves it out: a word is no
        # passage dropped.  After a name ("ICMPD (observer)", "Cologne (Germany)") the bracket labels that name,
        # and is judged below.  French brackets one word mostly to gloss a borrowed English term (« versions
        # publiées (releases) »), which counts as moved only where the English has that term (above).
        return True
    words = _WORDS_RE.findall(fold(raw))
    other_words = " ".join(other.words())
    if words and (len(words) <= 4 or raw[:1].isupper()) and " ".join(words) in other_words:
        # A borrowed term glossed in brackets: « garanties (collateral) », "(ordre public)"; a title in
        # the other language: « rapport annuel (Annual Report on Time Activities) ».
        return True
    if words and len(words) <= 2 and _glossed(words, other.words()):
        return True  # the same, in the plural or written in one word: « versions publiées (releases) » for "release"
    if _name_in_other_words(raw, other):
        return True  # « du Forum international de l'accréditation (International Accreditation Forum) »
    borrowed = bool(before) and before[-1].islower() and len(before[-1]) >= 5
    if words and len(words) <= 4 and borrowed and f" {fold(before[-1])} " in f" {other_words} ":
        return True  # the gloss of a borrowed term: « le “laddering” (échelonnement) » for "laddering"
    # Brackets inside the passage (an act's "(EC)", an acronym) name nothing of their own to find.
    inner = [
        (start + 1 + a, start + 1 + b) for a, b in (m.span() for m in _INNER_PAREN_RE.finditer(raw_full))
    ]
    anchors = _anchors(side, start, end, glossary, inner)
    return bool(anchors) and anchors <= _anchors(other, 0, len(other.text), glossary, _parens(other))


def _as_prose(listed: _Side, prose: _Side, n_items: int) -> bool:
    """Say whether an enumeration on one side was rewritten as prose on the other (same content).

    Needs at least two items, no label at all on the prose side, a clause length in the calibrated
    band, and at least as many separators (commas, "and", « et », ...) as joins between the items.
    """
    ratio = length_ratio(listed.text if listed.lang is Lang.EN else prose.text,
                         prose.text if prose.lang is Lang.FR else listed.text)  # fmt: skip
    if n_items < 2 or prose.labels or ratio is None:
        return False
    warn_low, warn_high = length_warn_band(max(_collapsed_len(listed.text), _collapsed_len(prose.text)))
    if not warn_low <= ratio <= warn_high:
        return False
    return len(_PROSE_SEP_RE.findall(prose.folded)) >= n_items - 1


def _check_structure(en: _Side, fr: _Side, glossary: Glossary) -> list[Finding]:
    out = []
    aspects = (
        # (singular, plural) in each language: a count agrees with its noun (French singular for 0 and 1).
        ("items", lambda s: s.labels, ("enumerated item", "enumerated items"), ("élément énuméré", "éléments énumérés"), 0),
        ("sentences", _sentences, ("sentence", "sentences"), ("phrase", "phrases"), None),
        ("brackets", None, ("parenthesised passage", "parenthesised passages"),
         ("passage entre parenthèses", "passages entre parenthèses"), 0),
    )  # fmt: skip
    brackets = _brackets(en, fr, glossary)
    for name, get, label_en, label_fr, tolerance in aspects:
        spans = brackets if get is None else {s.lang: get(s) for s in (en, fr)}
        n_en, n_fr = len(spans[Lang.EN]), len(spans[Lang.FR])
        if abs(n_en - n_fr) <= (tolerance or 0) and name != "sentences":
            continue
        severity = Severity.WARNING
        rich, poor = (en, fr) if n_en > n_fr else (fr, en)
        if name == "sentences":
            # Sentences are joined and split in translation; only one without a counterpart counts.
            lone = _lone_sentences(en, fr, glossary)
            if not lone[Lang.EN] and not lone[Lang.FR]:
                continue
            spans = lone
        elif name == "items" and _as_prose(rich, poor, max(n_en, n_fr)):
            severity = Severity.INFO
        elif name == "brackets":
            # Every extra pair of brackets must be explained by a passage moved out of brackets, or be
            # an abbreviation the other text does without: initials with words, a name spelling out the
            # initials beside it.
            moved = sum(
                _paren_moved(rich, poor, sp, glossary)
                or _initials_with_words(rich, sp)
                or _named_initials(rich, sp)
                for sp in spans[rich.lang]
            )
            if moved >= abs(n_en - n_fr):
                severity = Severity.INFO
        msg_en = f"The English has {_counted(n_en, label_en, Lang.EN)}, the French {_counted(n_fr, label_en, Lang.EN)}."
        msg_fr = (
            f"La version anglaise comporte {_counted(n_en, label_fr, Lang.FR)}, "
            f"la version française {_counted(n_fr, label_fr, Lang.FR)}."
        )
        out.append(
            Finding(
                "structure_mismatch",
                severity,
                msg_en,
                msg_fr,
                tuple(_span(en, a, b) for a, b in spans[Lang.EN]),
                tuple(_span(fr, a, b) for a, b in spans[Lang.FR]),
                f"structure_mismatch:{name}:{n_en}-{n_fr}",
            )
        )
    return out


def _counted(count: int, forms: tuple[str, str], lang: Lang) -> str:
    """``count`` with its noun in the number it takes: "1 sentence", "0 sentences"; « 0 phrase », « 2 phrases »."""
    singular = count == 1 if lang is Lang.EN else count <= 1
    return f"{count} {forms[0] if singular else forms[1]}"


def _collapsed_len(text: str) -> int:
    return len(" ".join(text.split()))


def length_ratio(en: str, fr: str) -> float | None:
    """Return the FR/EN character ratio (whitespace collapsed), None if too short to matter."""
    len_en, len_fr = _collapsed_len(en), _collapsed_len(fr)
    if max(len_en, len_fr) < LENGTH_MIN_CHARS or len_en == 0:
        return None
    return len_fr / len_en


#: Characters a name in initials stands for, per initial, where the other text writes it out
#: ("PRIIP" / « produit d'investissement packagé de détail et fondé sur l'assurance »).
LENGTH_PER_INITIAL = 9
# « à l'article 4, paragraphe 2, et à l'article 5, » for "Articles 4(2) and 5": the preposition and
# article French repeats before each citation belong to it.
_CITE_LEAD_RE = re.compile(
    r"(?:\b(?:a|de|et a|et de)\s)?(?:\bl'|\b(?:la|le|les|au|aux|du|des|son|sa|ses)\s)$"
)
# "AML/CFT", "RFNBO/RCF": names in initials joined by a slash are each a name (« lutte contre le blanchiment de
# capitaux et le financement du terrorisme »); never the letters of a number ("Directive 2004/39/EC").
_INITIALS_RE = re.compile(r"(?<![\w-])(?<!(?<![A-Z])/)([A-Z][A-Z0-9]*[A-Z])s?(?![\w-])(?!/(?![A-Z]))")


# A name in initials given in brackets after the words it stands for: « une unité de quantité attribuée (UQA) »,
# « facteurs relatifs à l'environnement économique et au contrôle interne (BEICF) », « (Exchange-traded notes — ETN) ».
_DEFINED_INITIALS_RE = re.compile(r"(?:[^\W\d_]{2}\s\(|\([^()]*\s[\u2014\u2013]\s)([A-Z][A-Z0-9]*[A-Z]s?)\)")


def _initials(side: _Side, other: _Side, written_out: bool = False) -> int:
    """Count the initials of the names in initials that one text uses and the other does not.

    With ``written_out``, a name in initials a text gives in brackets after the words it stands for is written out
    there: those initials are no name that text abbreviates, and a text that uses the name alone abbreviates what
    that text writes out ("an AAU, RMU, ERU or CER" / « une unité de quantité attribuée (UQA), … »; "BEICF" /
    « facteurs relatifs à l'environnement économique et au contrôle interne (BEICF) »).
    """
    defined = {m.start(1) for m in _DEFINED_INITIALS_RE.finditer(side.text)} if written_out else set()
    theirs = fold(_DEFINED_INITIALS_RE.sub(" ", other.text)) if written_out else other.folded
    return sum(
        len(m.group(1))
        for m in _INITIALS_RE.finditer(side.text)
        if len(m.group(1)) >= 3 and m.start() not in defined and fold(m.group(1)) not in theirs
    )


_GLOSS_WORDS = 6


def _citation_excess(side: _Side, start: int, end: int, floor: int = 0) -> int:
    """Return the characters a citation and the words that lead into it (« à l'article ») take beyond the one
    character it counts as in the prose (the lead looked for no further back than ``floor``)."""
    lead = _CITE_LEAD_RE.search(side.folded, max(floor, start - 12), start)
    return _collapsed_len(side.text[lead.start() if lead else start : end]) - 1


def _prose_lens(en: _Side, fr: _Side, written_out: bool = False) -> tuple[int, int]:
    """Return the lengths of the two texts as their prose would be written out.

    Citations count as one character each: « à l'article 4, paragraphe 2, » says "Article 4(2),"
    in twice the characters, and citations are compared by their own check.  Names in initials that
    one text uses and the other does not count as the words they stand for (:data:`LENGTH_PER_INITIAL`
    per initial), beyond those the other text has in its own initials ("UCITS" / « OPCVM »): official
    French writes out many names English abbreviates ("PRIIP" / « produit d'investissement packagé »).
    With ``written_out``, initials given in brackets after the words they stand for are written out (see
    :func:`_initials`).
    """
    lengths = []
    for side, other in ((en, fr), (fr, en)):
        length = _collapsed_len(side.text)
        for a, b, _atoms in side.refs:
            length -= _citation_excess(side, a, b)
        # A gloss in the other language's words (« l'écart … («bid-offer spread») » for "bid/offer
        # spread") repeats what the other text says: it counts as one character too.
        theirs = set(other.words())
        for a, b in _parens(side):
            words = _WORDS_RE.findall(side.folded[a:b])
            if 1 <= len(words) <= _GLOSS_WORDS and all(w in theirs for w in words):
                length -= _collapsed_len(side.text[a:b]) - 1
        lengths.append(length)
    initials = [_initials(en, fr, written_out), _initials(fr, en, written_out)]
    shared = min(initials)
    return (
        max(lengths[0] + (LENGTH_PER_INITIAL - 1) * (initials[0] - shared), 1),
        max(lengths[1] + (LENGTH_PER_INITIAL - 1) * (initials[1] - shared), 1),
    )


#: Words a sentence of legal prose never ends on: articles, prepositions, conjunctions, determiners and
#: auxiliaries.  A side that stops on one ("... the key information document in"), where the other side
#: ends its sentence, has lost its end, whatever its length.
_DANGLING = {
    Lang.EN: frozenset(
        "the a an of to in on at by for with from into upon under within between and or nor as than that "
        "which whose whom who its their his her this these those such any each every no shall must may "
        "will would is are be been was were not before after during without against through until since "
        "towards among".split()
    ),
    Lang.FR: frozenset(
        "le la les l un une des de du d à au aux en et ou ni par pour sur sous dans avec entre que qu qui "
        "dont ce cet cette ces son sa ses leur leurs tout toute tous toutes aucun aucune est sont "
        "doit doivent peut peuvent ne avant après pendant sans contre selon vers parmi envers".split()
    ),
}
#: The conjunctions that join one list item to the next (« …, et », « …, ou »): after its comma, an item ends on
#: one of them and goes on in the next.  After a comma no item ends on any other word: on an article, a
#: preposition or a negation (« …, les », « …, à », « …, ne ») or on the head of a citation whose number is gone
#: (« … l'article 107, paragraphe »), a text that stops where the other ends its sentence has lost its end.  A
#: semicolon or a colon closes the item: a word after it ("…; or") opens what follows.
_ITEM_JOINS = frozenset("and or nor et ou ni".split())
_LAST_WORD_RE = re.compile(r"(?:^|(?<=[^\w'\u2019-]))([^\W\d_]+)['\u2019]?\s*$")
#: The last word of a French text after an elided article, preposition or pronoun (« … de l'article », « …
#: d'assistance », « … qu'elles »): a word of its own, which :data:`_LAST_WORD_RE` does not read past the apostrophe.
_FR_ELIDED_LAST_RE = re.compile(r"(?:\b[cdjlmnst]|qu)['\u2019]([^\W\d_]+)\s*$", re.IGNORECASE)
#: A text that stops on a word, a figure or a sign and its comma (« … 100 %, », « … du paragraphe 2, »): the comma
#: announces more of the sentence.
_COMMA_LAST_RE = re.compile(r"(?:^|(?<=\s))([^\s,]+),\s*$")
#: How a sentence ends that is closed by a full stop, not by the semicolon of a list item.
_FULL_STOP_END_RE = re.compile(r"[.!?\u2026][\"\u201d\u2019\u00bb)\]]*\s*$")
#: How a complete sentence or list item ends: a full stop, a semicolon, a closing bracket or quote after it,
#: or the colon of a sentence that announces a list ("… obliged entities shall keep records of:").
_SENTENCE_CLOSED_RE = re.compile(r"[.;:!?\u2026][\"\u201d\u2019\u00bb)\]]*\s*$")
_COLON_END_RE = re.compile(r":[\"\u201d\u2019\u00bb)\]]*\s*$")
#: A figure and a slash: what stands before the letters that end an act's number ("98/26/EC", « 2004/18/CE »).
_NUMBER_SLASH = frozenset(f"{d}/" for d in "0123456789")


def _stops_mid_sentence(side: _Side, other: _Side) -> Span | None:
    """Return the last word of ``side`` if it stops in mid-sentence on a word no sentence ends on
    ("... fondé sur") where ``other`` ends its sentence: the end of ``side`` is missing.  A word after a
    semicolon or a colon closes nothing ("...; or"), nor does a conjunction after a comma (« ..., et »): the
    text goes on in the next item (see :data:`_ITEM_JOINS`)."""
    # Searched in the last characters only: the patterns end at the end of the text.
    tail = max(0, len(side.text) - 40)
    m = _LAST_WORD_RE.search(side.text, tail)
    # French elides its articles and prepositions before a vowel: « … de l'application », « … d'assistance »
    # stop on the noun after the apostrophe, as « … de la demande » stops on its noun.  A word and its comma
    # (« … les dispositions législatives, ») stop where the sentence announces more, where the other text
    # closes its sentence by a full stop; only a list item closes on a comma where the other has a semicolon.
    # Neither word is a word no sentence ends on: both are told only in a text shorter than usual (below).
    loose = comma = m is None
    if m is None and side.lang is Lang.FR:
        m = _FR_ELIDED_LAST_RE.search(side.text, tail)
        comma = m is None
    if m is None:
        m = _COMMA_LAST_RE.search(side.text, tail)
        if m is None or not _FULL_STOP_END_RE.search(other.text, max(0, len(other.text) - 12)):
            return None
    if not _SENTENCE_CLOSED_RE.search(other.text, max(0, len(other.text) - 12)):
        return None
    # « … la directive 2004/18/CE »: letters after a figure and a slash close an act's number (CE is the
    # Communauté européenne, not the determiner « ce »); a number ends a text cut short as any noun does.
    act_number = side.text[max(0, m.start(1) - 2) : m.start(1)] in _NUMBER_SLASH
    if act_number or loose or m.group(1).lower() not in _DANGLING[side.lang]:
        # Any word in small letters ends a text cut short (« … des actes juridiques », « … lorsque cela »)
        # where the other ends its sentence and the text is shorter than the usual band says.
        en_text, fr_text = (other.text, side.text) if side.lang is Lang.FR else (side.text, other.text)
        ratio = length_ratio(en_text, fr_text)
        if not (act_number or comma or m.group(1).islower()) or ratio is None:
            return None
        if ratio >= LENGTH_INFO_LOW if side.lang is Lang.FR else ratio <= LENGTH_INFO_HIGH:
            return None
    if _COLON_END_RE.search(other.text, max(0, len(other.text) - 12)):
        # A list announced by a colon in one text may be announced by its last words in the other ("…,
        # provided that" / « …, pour autant que: »): stopping there is a cut only in a text shorter than usual.
        en_text, fr_text = (other.text, side.text) if side.lang is Lang.FR else (side.text, other.text)
        ratio = length_ratio(en_text, fr_text)
        if ratio is None or (ratio >= LENGTH_INFO_LOW if side.lang is Lang.FR else ratio <= LENGTH_INFO_HIGH):
            return None
    before = side.text[: m.start(1)].rstrip()[-1:]
    if before in (";", ":") or (before == "," and m.group(1).lower() in _ITEM_JOINS):
        return None
    return Span(m.start(1), m.end(1), m.group(1))


def _check_cut(en: _Side, fr: _Side) -> list[Finding]:
    """A side that stops in mid-sentence where the other is complete: a truncation, whatever the lengths."""
    for side, other in ((fr, en), (en, fr)):
        word = _stops_mid_sentence(side, other)
        if word is None:
            continue
        start = max(0, side.text.rfind(" ", 0, max(0, word.start - 20)) + 1)
        shown = "\u2026 " + " ".join(side.text[start : word.end].split())
        msg_en = (
            f"The {_SIDE_EN[side.lang]} stops in mid-sentence ({_q_en(shown)}) where the "
            f"{_SIDE_EN[other.lang]} ends its sentence: the end of the {_SIDE_EN[side.lang]} may be missing."
        )
        msg_fr = (
            f"{_SIDE_FR[side.lang].capitalize()} s’arrête au milieu d’une phrase ({_q_fr(shown)}) alors que "
            f"{_SIDE_FR[other.lang]} achève la sienne\u00a0: la fin {_SIDE_FR_DE[side.lang]} manque peut-être."
        )
        spans = (word,)
        en_sp, fr_sp = (spans, ()) if side.lang is Lang.EN else ((), spans)
        return [
            Finding(
                "length_ratio",
                Severity.WARNING,
                msg_en,
                msg_fr,
                en_sp,
                fr_sp,
                f"length_ratio:cut:{side.lang}",
            )
        ]
    return []


#: The words a language uses to join content words.
_EN_FUNCTION, _FR_FUNCTION = EN_FUNCTION_WORDS, FR_FUNCTION_WORDS


def _content_words(side: _Side, function: frozenset[str]) -> int:
    """Count the words of a side that are not figures or function words ("operator's" is "operator", « l'article »
    is « article »), outside its citations and dates: French cites in words (« l'article 14, paragraphe 1, ») what
    English cites in figures ("Article 14(1)"), and citations are compared by their own check."""
    count = 0
    for word in _WORDS_RE.findall(side.work):
        if not word.isdigit():
            head, _, tail = word.partition("'")
            count += (tail if side.lang is Lang.FR and tail else head) not in function
    return count


def _closed(side: _Side) -> bool:
    """Say whether a side ends as a complete sentence or list item does (see :data:`_SENTENCE_CLOSED_RE`)."""
    return _SENTENCE_CLOSED_RE.search(side.text, max(0, len(side.text) - 12)) is not None


#: The fewest words a passage said again counts as a restatement ("directement ou indirectement").
_RESTATED_MIN_WORDS = 3
#: The most words a name said again may have where French refers back to it with a pronoun ("the connected
#: person" / « elle »); a longer run said again is a passage, which a shorter French side may have lost.
_RENAMED_MAX_WORDS = 3


def _named(content: list[bool]) -> bool:
    """Say whether a run of words is a name: its content words last, behind the small words that lead to it ("of
    the money market instrument", "that Member State"); "the transfer of the units to the" is a passage."""
    first = content.index(True) if True in content else len(content)
    return all(content[first:])


def _restated(side: _Side, function: frozenset[str], most: int | None = None, names: bool = False) -> int:
    """Return the characters of the passages a side says a second time: a run of words (at least
    :data:`_RESTATED_MIN_WORDS`, one of them a content word) that already stands, whole, earlier in the text.

    French repeats a phrase where each verb or noun needs it and English says it once: "holds debt instruments of or
    has other debt arrangements with that person, body or entity" / « … sur cette personne, cet organisme ou cette
    entité ou a conclu d'autres accords de dette avec cette personne, cet organisme ou cette entité » (32025r1142),
    "directly or indirectly owned or controlled by, or acting on behalf …" / « … directement ou indirectement, détenus
    … ou agissent, directement ou indirectement, … » (32024r1789), « une notification relative à l'exercice … » four
    times for "passport notification" (32017r1018).  English in turn names a party again where French refers back
    with a pronoun: "acting outside the scope of the activities that the connected person carries out" / « agit en
    dehors du cadre des activités qu'elle exerce » (32025r1142), "whether those persons may represent the company
    alone" / « si elles peuvent les exercer seules » (32017l1132).  Each repeat is the longest run that stood before
    it, read once; with ``most``, only repeats of at most that many words count.  With ``names``, a name of two
    content words said again counts too ("that Member State", "the supervisory authority" / « il », « celle »), and
    so does a longer run that is a name (see :func:`_named`) of at most ``most`` content words ("of the money market
    instrument" / « leur »).
    """
    tokens = _WORDS_RE.findall(side.work)  # citations and dates blanked: they count apart (see _prose_lens)
    content = [t not in function and not t.isdigit() for t in tokens]
    n = 2 if names else _RESTATED_MIN_WORDS
    seen: dict[tuple[str, ...], list[int]] = {}
    total = 0
    i = 0
    while i + n <= len(tokens):
        best = 0
        for j in seen.get(tuple(tokens[i : i + n]), ()):
            if j + n > i:
                continue  # overlapping itself: no passage said twice
            k = n
            while i + k < len(tokens) and j + k < i and tokens[j + k] == tokens[i + k]:
                k += 1
            best = max(best, k)
        words = sum(content[i : i + best])
        if best and words and (best >= _RESTATED_MIN_WORDS or words == best):
            if most is None or best <= most or (names and words <= most and _named(content[i : i + best])):
                total += len(" ".join(tokens[i : i + best]))
            i += best
            continue
        if not names or any(content[i : i + n]):  # a pair of small words starts no name
            seen.setdefault(tuple(tokens[i : i + n]), []).append(i)
        i += 1
    return total


# English gives reasons in a phrase where French says it in one verb or adjective: "shall state the reasons on
# which they are based" / « sont motivées », "reasons shall be given for any withdrawal" / « tout retrait … est
# motivé », "shall give reasons for any withdrawal" / « motive tout retrait », "shall specify the grounds on which it
# is made" / « est … motivée ».
_EN_REASONS_RE = guard(
    re.compile(
        r"\b(?:(?:state|stating|give|giving|specify|specifying|set out|setting out)\s(?:the\s|full\s)?"
        r"(?:reasons|grounds)(?:\s(?:on|for) which\s(?:it|they)\s(?:is|are)\s(?:based|made|taken)|\sfor)?"
        r"|reasons\s(?:shall|must)\sbe\sgiven(?:\sfor)?)\b"
    ),
    "reasons",
    "grounds",
)
_FR_REASONS_RE = guard(re.compile(r"\bmotiv(?:e|es|ee|ees|er|ent|ant)\b"), "motiv")


def _reasons_excess(en: _Side, fr: _Side) -> int:
    """Return the characters the English phrases that give reasons take beyond the French words that say each in one
    (« motive », « motivée »), paired in order: a phrase with no such French word is excused nothing."""
    words = [m.end() - m.start() for m in _FR_REASONS_RE.finditer(fr.folded)]
    phrases = [m.end() - m.start() for m in _EN_REASONS_RE.finditer(en.folded)]
    return sum(max(p - w, 0) for p, w in zip(phrases, words, strict=False))


def _check_length(en: _Side, fr: _Side, kind: ClauseKind | None = None) -> list[Finding]:
    cut = _check_cut(en, fr)
    if cut:
        return cut
    ratio = length_ratio(en.text, fr.text)
    if ratio is None or LENGTH_INFO_LOW <= ratio <= LENGTH_INFO_HIGH:
        return []
    low = ratio < LENGTH_INFO_LOW
    # Decided on the prose (see _prose_len); the ratio shown is that of the texts as written.
    # Initials written out in brackets excuse only a French side longer than usual: the names of a French side
    # shorter than usual are weighed as they stand.
    prose_en, prose_fr = _prose_lens(en, fr, written_out=not low)
    if not low:
        # What the French says again, beyond what the English says again, is no prose the English lacks.
        again = _restated(fr, _FR_FUNCTION) - LENGTH_USUAL * _restated(en, _EN_FUNCTION)
        prose_fr = max(prose_fr - max(round(again), 0), 1)
    elif _closed(fr):
        # Nor is a name the English says again, where French refers back with a pronoun ("the connected person
        # … that the connected person carries out" / « la personne liée … qu'elle exerce »).  Only a French side
        # that ends as a sentence or an item does is excused so: one that stops short may have lost its end.
        # Names of two words count too where the French keeps as many sentences and clauses as the English: a
        # French side that lost its last clause or sentence with its end (« …; » for "…; (d) …") lost no name.
        names = len(_sentences(en, any_semicolon=True)) == len(_sentences(fr, any_semicolon=True))
        again = (
            _restated(en, _EN_FUNCTION, _RENAMED_MAX_WORDS, names)
            - _restated(fr, _FR_FUNCTION) / LENGTH_USUAL
        )
        # Nor the phrase in which the English gives reasons, where French says it in one word (« motivée »).
        prose_en = max(prose_en - max(round(again), 0) - _reasons_excess(en, fr), 1)
    prose = prose_fr / prose_en
    if (prose >= LENGTH_INFO_LOW) if low else (prose <= LENGTH_INFO_HIGH):
        return []
    len_en, len_fr = _collapsed_len(en.text), _collapsed_len(fr.text)
    warn_low, warn_high = length_warn_band(max(len_en, len_fr))
    # The prose only excuses: a clause is far outside the band when both measures say so.
    missing = min(
        len_en * LENGTH_USUAL - len_fr if low else len_fr - len_en * LENGTH_USUAL,
        prose_en * LENGTH_USUAL - prose_fr if low else prose_fr - prose_en * LENGTH_USUAL,
    )
    # A short heading is a title: "IT outsourcing" may take a line in French; not a warning.  So is
    # a short label with no sentence in it ("Aid for Trade commitments and disbursements").
    label = not any(t.rstrip()[-1:] in ".;:!?)" for t in (en.text, fr.text))
    # A lead-in to a list on both sides ("... shall have the following characteristics:" / « ...: »):
    # French often says it in a few words, and what it announces is compared item by item.
    lead_in = all(t.rstrip().endswith(":") for t in (en.text, fr.text))
    title = (kind is ClauseKind.HEADING or label) and max(len_en, len_fr) < LENGTH_TITLE_CHARS
    far = (max(ratio, prose) < warn_low) if low else (min(ratio, prose) > warn_high)
    if far:
        words_en, words_fr = _content_words(en, _EN_FUNCTION), _content_words(fr, _FR_FUNCTION)
        if not low:
            far = words_fr > content_high(words_en) * words_en
        elif _closed(fr):
            # Only a French side that ends as a sentence or an item does is excused by its words: one that stops
            # short (« … visé à l'article 27, paragraphe 2, ») may have lost its end, and the words it keeps may
            # be many (French cites in words what English cites in figures).
            far = words_fr < content_low(words_en) * words_en
    extreme = far and missing >= LENGTH_WARN_MIN_MISSING and not title and not lead_in
    msg_en = (
        f"The French is {ratio:.2f} times the length of the English, outside the usual range "
        f"{LENGTH_INFO_LOW:.2f}\u2013{LENGTH_INFO_HIGH:.2f}: "
        + (
            "something may be missing from the French."
            if low
            else "something may be missing from the English."
        )
    )
    msg_fr = (
        f"La version française fait {_fr_decimal(ratio)} fois la longueur de la version anglaise, "
        f"hors de la plage habituelle ({_fr_decimal(LENGTH_INFO_LOW)} à "
        f"{_fr_decimal(LENGTH_INFO_HIGH)})\u00a0: "
        + (
            "il manque peut-être un passage dans la version française."
            if low
            else "il manque peut-être un passage dans la version anglaise."
        )
    )
    return [
        Finding(
            "length_ratio",
            Severity.WARNING if extreme else Severity.INFO,
            msg_en,
            msg_fr,
            (),
            (),
            f"length_ratio:{'low' if low else 'high'}:{ratio:.1f}",
        )
    ]


# --- obligations -------------------------------------------------------------

_FORCE_EN = {
    "prohibit": "prohibition",
    "oblige": "obligation",
    "permit": "permission",
    "recommend": "recommendation",
    "negation": "negation",
    "none": "no marker",
}
_FORCE_FR = {
    "prohibit": "interdiction",
    "oblige": "obligation",
    "permit": "permission",
    "recommend": "recommandation",
    "negation": "négation",
    "none": "aucune marque",
}
#: How far apart two markers may stand, as a share of their aligned sentences, and still answer each
#: other: word order differs between the languages, but a modal or a negation stays in its clause.
#: (Calibrated on the calibration half of the real corpus only.)
_FORCE_WINDOW = 0.3  # a permission and its counterpart; an obligation at a permission's place
_NEG_WINDOW = 0.35  # a negation and a negation or a negative word of the same meaning
_WEAK_FALLBACK = 0.5  # a negation and any negative word left on the other side
#: Cost of a sentence of one language aligned with two or three of the other (see _align_sentences).
_MERGE_COST = 0.15

_Unit = tuple[tuple[int, int], tuple[int, int]]
_Problem = tuple[str, list[tuple[int, int]], list[tuple[int, int]], str, str]


def _align_sentences(en: _Side, fr: _Side) -> list[_Unit]:
    """Pair the sentences of a clause: one to one when both sides have as many, else by length.

    When the counts differ (a sentence split in two by one translator), a small dynamic programme
    aligns one sentence with one, two or three of the other side, at the least total difference of
    length (French runs about 10 % longer); a clause of one sentence is compared whole.
    """
    s_en, s_fr = _sentences(en), _sentences(fr)
    whole = [((0, len(en.text)), (0, len(fr.text)))]
    if len(s_en) <= 1 or len(s_fr) <= 1:
        return whole
    if len(s_en) == len(s_fr):
        return list(zip(s_en, s_fr, strict=True))
    n, m = len(s_en), len(s_fr)
    inf = float("inf")
    cost = [[inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int]]] = [[(0, 0)] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    steps = ((1, 1), (1, 2), (2, 1), (1, 3), (3, 1))
    for i in range(n + 1):
        for j in range(m + 1):
            if cost[i][j] == inf:
                continue
            for di, dj in steps:
                if i + di > n or j + dj > m:
                    continue
                le = s_en[i + di - 1][1] - s_en[i][0]
                lf = s_fr[j + dj - 1][1] - s_fr[j][0]
                c = (
                    cost[i][j]
                    + abs(lf - 1.1 * le) / (lf + 1.1 * le + 40)
                    + (_MERGE_COST if (di, dj) != (1, 1) else 0)
                )
                if c < cost[i + di][j + dj]:
                    cost[i + di][j + dj], back[i + di][j + dj] = c, (di, dj)
    if cost[n][m] == inf:
        return whole
    units: list[_Unit] = []
    i, j = n, m
    while i or j:
        di, dj = back[i][j]
        units.append(((s_en[i - di][0], s_en[i - 1][1]), (s_fr[j - dj][0], s_fr[j - 1][1])))
        i, j = i - di, j - dj
    return units[::-1]


@dataclass
class _Mark:
    """A marker in an aligned unit: its span, relative position (0 = start, 1 = end) and pairing."""

    span: tuple[int, int]
    pos: float
    tag: str = ""
    partner: _Mark | None = None
    shuns: str = (
        ""  # a group of negative words this mark may not pair with (a litotes: its own verb's meaning)
    )
    says: str = ""  # the negative word that alone says this negation ("shall be prohibited": "prohibit")


def _marks(spans: Sequence[tuple[Any, ...]], unit: tuple[int, int], tag: str = "") -> list[_Mark]:
    width = max(unit[1] - unit[0], 1)
    return [
        _Mark((s[0], s[1]), (s[0] - unit[0]) / width, s[2] if len(s) > 2 else tag)
        for s in spans
        if unit[0] <= s[0] < unit[1]
    ]


#: The meanings of negative words that a litotes shuns together: "shall not be prevented from" / « il n'est pas interdit
#: de » say one thing with two verbs, and a bare word of either ("shall be prevented") says the opposite of both.
#: To exclude a thing is to keep it from happening too: "should not exclude the delegation" / « ne devrait pas empêcher
#: la délégation », "shall not preclude" / « n'entraîne pas l'exclusion », "does not preclude" / « n'exclut pas »
#: (with the French « ne … pas » dropped, « devrait empêcher » answered "should not exclude").
_KINDRED_MEANINGS = ("prevent", "prohibit", "exclude")
#: Each such meaning first, then its kindred ones.
_KINDRED = {m: (m, *(k for k in _KINDRED_MEANINGS if k != m)) for m in _KINDRED_MEANINGS}


def _meaning_of(litotes: str) -> tuple[str, ...]:
    """The groups of negative words that say the meaning of a litotes's verb (``litotes``: its group)."""
    return _KINDRED.get(litotes, (litotes,))


def _pair(
    xs: list[_Mark], ys: list[_Mark], window: float, fits: Callable[[_Mark, _Mark], bool] | None = None
) -> None:
    """Pair the free marks of ``xs`` with those of ``ys`` one to one, nearest first, within ``window`` (and, given
    ``fits``, only the two it accepts)."""
    near = sorted(
        (abs(x.pos - y.pos), i, j)
        for i, x in enumerate(xs)
        if x.partner is None
        for j, y in enumerate(ys)
        if y.partner is None
        and abs(x.pos - y.pos) <= window
        and not (x.shuns and (y.tag in _meaning_of(x.shuns) or y.says in _meaning_of(x.shuns)))
        and not (y.shuns and (x.tag in _meaning_of(y.shuns) or x.says in _meaning_of(y.shuns)))
        and (fits is None or fits(x, y))
    )
    for _d, i, j in near:
        if xs[i].partner is None and ys[j].partner is None:
            xs[i].partner, ys[j].partner = ys[j], xs[i]


def _free(marks: list[_Mark]) -> list[_Mark]:
    return [m for m in marks if m.partner is None]


#: The groups of negative words that deny a clause by themselves, as a negation of its verb does: a verb of ignoring,
#: prohibiting or ceasing, a conjunction of exception ("unless", « sauf »), and a contrast said without a verb ("but
#: not all", « mais pas la totalité »).
_CLAUSE_DENYING = frozenset(("except", "ignore", "prohibit", "cease", "contrast"))
#: A word of exception that names a rare case, not an exception to a clause ("on an exceptional basis").
_RARE_CASE = re.compile(r"exceptionn?(?:al|el)")
#: The conjunction that opens a contrast said without a verb (not the « ne » of a modal read as a contrast).
_CONTRAST_OPENS = re.compile(r"(?:and|but|or|et|mais|ou) ")


def _far_fits(
    other: _Side, weak_o: list[_Mark], own: set[str], renders: Callable[[_Mark, _Mark], bool]
) -> Callable[[_Mark, _Mark], bool]:
    """Return the test that a negation may answer ``y`` of the other side from afar (beyond _NEG_WINDOW): not while
    a free word of ``weak_o`` (``other``'s) that denies a clause (_CLAUSE_DENYING), whose group no word of the
    negation's own side says (``own``: it would render that word), and that may answer it (``renders``, and not the
    meaning of its litotes) stands at its place (within _NEG_WINDOW)."""
    denying = [
        w
        for w in weak_o
        if w.tag in _CLAUSE_DENYING
        and w.tag not in own
        and not _RARE_CASE.match(other.folded, w.span[0])
        and (w.tag != "contrast" or _CONTRAST_OPENS.match(other.folded, w.span[0]))
    ]

    def fits(n: _Mark, y: _Mark) -> bool:
        if abs(n.pos - y.pos) <= _NEG_WINDOW:
            return True
        return not any(
            w.partner is None
            and abs(w.pos - n.pos) <= _NEG_WINDOW
            and not (n.shuns and w.tag in _meaning_of(n.shuns))
            and renders(n, w)
            for w in denying
        )

    return fits


def _nearest_force(p: Profile, unit: tuple[int, int], at: float) -> tuple[str, list[tuple[int, int]]]:
    """Return the force marked nearest to relative position ``at`` of a unit (within the window)."""
    best: tuple[float, str, tuple[int, int]] | None = None
    for name in ("prohibit", "oblige", "recommend", "permit"):
        for m in _marks(getattr(p, name), unit):
            d = abs(m.pos - at)
            if d <= _FORCE_WINDOW and (best is None or d < best[0]):
                best = (d, name, m.span)
    return ("none", []) if best is None else (best[1], [best[2]])


def _describe(side: _Side, force: str, spans: list[tuple[int, int]], lang: Lang) -> str:
    """Name a side's form: “may” (permission) / « doivent » (obligation), or the absence of a marker."""
    words = sorted({side.text[a:b] for a, b in spans}, key=len)[:2]
    quote = _q_en if lang is Lang.EN else _q_fr
    label = (_FORCE_EN if lang is Lang.EN else _FORCE_FR)[force]
    if not words:
        if lang is Lang.EN:
            return "no marker of permission (a plain statement or a prescriptive present)"
        return "aucune marque de permission (simple énoncé ou présent prescriptif)"
    return " / ".join(quote(w) for w in words) + f" ({label})"


def _force_problem(
    en: _Side, fr: _Side, sp_en: list[tuple[int, int]], f_en: str, sp_fr: list[tuple[int, int]], f_fr: str
) -> _Problem:
    return (
        "force",
        sp_en,
        sp_fr,
        f"The English says {_describe(en, f_en, sp_en, Lang.EN)}, "
        f"the French {_describe(fr, f_fr, sp_fr, Lang.EN)}: what the clause permits or requires may differ.",
        f"La version anglaise porte {_describe(en, f_en, sp_en, Lang.FR)}, "
        f"la version française {_describe(fr, f_fr, sp_fr, Lang.FR)}\u00a0: ce que la clause permet "
        "ou impose peut différer.",
    )


#: "where necessary", "if any": what French says « le cas échéant », « au besoin », « éventuel ».
_EN_QUALIFIER = guard(
    re.compile(
        r"\b(?:(?:where|if|when|as) (?:necessary|appropriate|applicable|relevant|needed|required|available)|if any|(?:as|where|when)ever \w+"
        r"|(?:to the extent|in so far as|insofar as|as far as|where|if|wherever) possible)\b"
    ),
    *covering(
        (
            "necessary",
            "appropriate",
            "applicable",
            "relevant",
            "needed",
            "required",
            "available",
            "if any",
            "ever ",
            "possible",
        )
    ),
)
#: (« dans la mesure du possible », "to the extent possible": a qualifier as well.)  A qualifier qualifies the
#: words at its place: it answers a "may" there, never one said elsewhere in the sentence.
_FR_QUALIFIER = re.compile(
    r"(?:le cas echeant|au besoin|s'il y a lieu|si necessaire|eventuel|mesure du possible|si possible)"
)
#: "where available" / « si celle-ci est disponible », « lorsqu'elles sont disponibles »: a qualifier said by a
#: condition on availability.
_FR_AVAILABLE = re.compile(r"(?:est|sont|soit|soient|etre) disponibles?\b")
_FR_IF_BEFORE = re.compile(r"\b(?:si|s'ils?|s'elles?|lorsqu)[^,;:.]{0,25}$")


def _sentence_opening(folded: str, floor: int, pos: int) -> int:
    """The start of the sentence or clause that ``pos`` stands in: just after the last stop, semicolon or colon before
    it, and never before ``floor`` (the start of the unit compared)."""
    return max([floor] + [folded.rfind(c, floor, pos) + 1 for c in ".;:"])


def _fr_main_clause(fr: _Side, at: int, uf: tuple[int, int]) -> bool:
    """Say whether the French words at ``at`` stand in the main clause of their sentence: no word that opens a
    subordinate clause (« lorsque », « qui », « dont ») stands between the start of that clause and them."""
    start = _sentence_opening(fr.folded, uf[0], at)
    # A clause opened before the possibility and closed by a comma, after which the main clause says its subject (« Même
    # si, pour l'instant, la congestion est rarement un problème, elle pourrait le devenir », « Dans l'éventualité où …
    # seraient confrontées …, des modifications … pourraient »): only the words after that comma are the possibility's
    # clause.  A comma with no subject after it closes an insert (« qui, le cas échéant, pourraient »), and the clause
    # opened before it is the possibility's.
    comma = fr.folded.rfind(",", start, at)
    if comma >= 0 and _NO_SUBJECT.fullmatch(fr.folded, comma + 1, at) is None:
        start = comma + 1
    # (« ou », "or", is no opener: only « où », which folding spells alike)
    return not any(
        c.group(0) != "ou" or fr.text[c.start() + 1] == "\u00f9"
        for c in _FR_CLAUSE_OPENER.finditer(fr.folded, start, at)
    )


#: A French possibility said by a finite verb, the predicate of its clause: the modal (« peut », « pourront ») or a
#: copula or a verb of having before its adjective or noun (« sont susceptibles de recours », « a la faculté de »,
#: « dispose, conformément au droit national, du pouvoir de »).
_FR_FINITE_POSSIBILITY = re.compile(
    r"(?:peut|peuvent|pourra|pourront|est|sont|sera|seront|a|ont|aura|auront)\b"
)
_FR_FINITE_BEFORE = re.compile(
    r"\b(?:est|sont|sera|seront|a|ont|aura|auront|dispose|disposent|disposera|disposeront|jouit|jouissent)"
    r"(?:\s*,[^,;:.]{1,60},)?\s+(?:(?:la|le|l'|les|un|une|des|du|de|d')\s*)?$"
)


def _fr_far_counterpart(fr: _Side, m: _Mark, uf: tuple[int, int]) -> bool:
    """Say whether the French possibility ``m`` may answer an English permission said far from it, more than a
    clause described away (_DESCRIBED_WINDOW): word order moves the predicate of the main clause so far
    ("Actions may be brought before the General Court against decisions …" / « Les décisions … sont susceptibles d'un
    recours devant le Tribunal »), never a noun, an adjective or a participle that describes a thing (« l'autorité
    compétente pour », « le droit à », « pouvant »), nor a verb of another clause (« pour lequel ces informations sont
    disponibles »): what they say is no rendering of a modal said elsewhere in the sentence."""
    a = m.span[0]
    finite = (
        _FR_FINITE_POSSIBILITY.match(fr.folded, a) is not None
        or _FR_FINITE_BEFORE.search(fr.folded, max(0, a - 90), a) is not None
    )
    return finite and _fr_main_clause(fr, a, uf)


def _fr_qualifier(folded: str, pos: int) -> bool:
    """Say whether the French possibility at ``pos`` is a qualifier (« le cas échéant », « si elle est disponible »)."""
    if _FR_QUALIFIER.match(folded, pos) is not None:
        return True
    return (
        _FR_AVAILABLE.match(folded, pos) is not None
        and _FR_IF_BEFORE.search(folded, max(0, pos - 30), pos) is not None
    )


#: « risque de », « risquez néanmoins de »: a possibility of what may come about, perhaps with an adverb before « de ».
_FR_RISK_OF = r"risqu(?:e|ent|ez|ons|erai(?:t|ent))" + FR_RISK_ADVERB + " de?"
#: The finite verb « risquer de » (« risque d'entraîner », « risquent de porter atteinte »).
_FR_RISK_VERB_AT = re.compile(_FR_RISK_OF)
#: The English modal of possibility "can", and the distance at which a mark stands at another's very place.
_EN_CAN = re.compile(r"can|could")
_AT_PLACE = 0.04
#: The French modal of duty itself (« doit », « doivent », « devra »), not a periphrasis (« il est nécessaire »).
_FR_DUTY_MODAL = re.compile(r"(?:doi|dev)\w*")
#: The English ways of saying that risk: the noun or verb "risk", the conditional "would".
_EN_RISK_SAID = re.compile(r"\b(?:risk\w*|would)\b")
#: What follows « peut » in « il peut s'agir de », « il peut (néanmoins) arriver que », « il peut se faire que »: a verb
#: that French uses only impersonally, so that the subject of « peut » is the empty « il » and no one is granted
#: anything; the sentence says what may be the case (English "for instance", "it is possible that", or nothing).
#: (« arriver », « se faire » only with their « que »: « le comité peut arriver à une décision » has a subject.)
_FR_IMPERSONAL_AFTER = re.compile(
    r"(?:,[^,.;:]{1,30},| [a-z]+ment| cependant| toutefois| neanmoins| donc| aussi| parfois| encore| en outre)*"
    r" (?:s'agir\b|(?:arriver|advenir|se faire|se produire) qu(?:e\b|'))"
)
#: The word « ne » (« n' ») just before a modal: a possibility denied (« qu'aucune responsabilité ne puisse »).  A word
#: that merely ends in those letters (« toute personne susceptible de », « l'État membre concerné puisse ») denies nothing.
_FR_NE_JUST_BEFORE = re.compile(r"(?<![\w'])(?:ne |n')$")
#: A French possibility that grants nothing and enables nothing (« susceptible de », « pourrait », « risque de »):
#: never the rendering of an English "shall".
_FR_MERE_POSSIBILITY = re.compile(
    rf"(?:susceptibles?|pourrai(?:t|ent)|puisse(?:nt)?|viendrai(?:t|ent) a|{_FR_RISK_OF}|potentiel\w*"
    # « peut amener », « peut être amené à »: what may come about (deontic.FR_LED_TO, no permission there)
    rf"|(?:peut|peuvent){FR_LED_TO}"
    # « qu'il a pu recevoir », « auxquelles ils ont pu avoir accès »: what may have come about (deontic.FR_PAST_COULD)
    rf"|{FR_PAST_COULD})\b"
)
#: « pouvoir » before a past infinitive (« pourrait avoir été causé », « peut avoir acquis », « pourrait avoir entraîné »):
#: what may have happened, the French of "may have been caused", "may have acquired", "may have occurred"; it grants
#: nothing and says nothing of what is to be done.  Read on the accented text, where a participle in « -é » is told
#: from the few nouns that follow « avoir » bare (« avoir qualité », « avoir lieu », « avoir droit », « avoir trait ») and
#: from the small words that end as a participle does (« avoir ou non », « avoir au moins »).
_FR_PAST_INFINITIVE = re.compile(
    r"\s+(?:[a-z]+ment\s+)?avoir\s+"
    r"(?!(?:qualité|faculté|priorité|autorité|capacité|lieu|du|droit|trait|envie|prise|ou|au|ni|si|qui|lui|celui|aussi"
    r"|ainsi|parmi)\b)"
    r"(?:été|[a-zàâçéèêëîïôûùüÿœ-]*(?:é|ée|és|ées|i|ie|is|ise|ises|it|ite|its|u|ue|us|ues))\b"
)
#: The English duty said of a state or of the past ("shall have been paid", "shall be incurred", "must have resulted"):
#: the verb the French past possibility may say itself (« qui pourraient avoir été engagés »), so it faces that
#: possibility, a change of force; only a duty to act ("shall state") is rendered by another French verb.
_EN_STATE_AFTER = re.compile(r"\s+(?:\w+ly\s+|also\s+)?(?:have|be)\b")
#: The same possibility as the predicate of a main clause (« Ce contrat est susceptible de s'appliquer », « Le
#: soumissionnaire peut être amené à clarifier »): it faces the "shall" of the main clause as well ("This Agreement
#: shall apply").  So does the conditional of « pouvoir » as that predicate (« elle pourrait le devenir », « ces
#: recalculs pourraient modifier le niveau »), what might happen, where "shall" says what must or will ("it shall
#: become one", "shall change the level"); the English says it "may", "could", "might".
_FR_PREDICATE_POSSIBILITY = re.compile(
    r"(?:(?:(?<=\best )|(?<=\bsont )|(?<=\bsera )|(?<=\bseront ))susceptibles? d"
    r"|(?:peut|peuvent)(?: [a-z]+ment)? etre amene|pourrai(?:t|ent)\b)"
)
#: « pouvant », the participle of « pouvoir »: a possibility described, the predicate of its own clause (« les mesures
#: pouvant être prises », « ces délais pouvant retarder »), which English says with "may" or "can" in a clause of its own.
_FR_PARTICIPLE_POSSIBILITY = re.compile(r"pouvant\b")
#: « Il se peut que », « il est possible que » (perhaps with an adverb, « il se peut aussi que », « il se peut
#: effectivement que », or an insert between commas before « que »): French says that something may happen by an
#: impersonal possibility put before the clause it governs, whose verb is then a subjunctive (« il se peut que certains
#: États membres souhaitent prolonger »); English says it by "may" on that verb ("some Member States may wish to
#: prolong").  The possibility grants nothing, but it is the force of the clause: a "shall" on the English verb ("some
#: Member States shall wish to prolong") states what must or will happen where the French says what may.  French puts the
#: impersonal phrase before the clause's subject, English its modal after it, so the two stand as far apart as that
#: subject is long.  (Not « il est possible de » with an infinitive: that grants a possibility, a permission.)
_FR_IMPERSONAL_POSSIBILITY = re.compile(
    r"\bil (?:se peut|est possible)(?=(?: (?:aussi|donc|toutefois|cependant|neanmoins|egalement|encore|meme|\w+ment))?"
    r"(?:\s*,[^,.;:]{1,40},)?\s+qu(?:e\b|'))"
)


def _fr_impersonal_possibility(fr: _Side, span: tuple[int, int]) -> bool:
    """Say whether the French possibility at ``span`` is the word of possibility of « il se peut que », « il est possible
    que » (_FR_IMPERSONAL_POSSIBILITY)."""
    m = _FR_IMPERSONAL_POSSIBILITY.search(fr.folded, max(0, span[0] - 8), span[1] + 50)
    return m is not None and m.start() <= span[0] < m.end()


#: « éventuellement », "possibly": French says by this adverb on a verb or a participle that what it states may happen,
#: where English puts "may" on the verb of a relative clause ("any VAT which may have been charged" / « la TVA qui les a
#: éventuellement grevés », "execution venues which may be selected" / « les plates-formes d'exécution éventuellement
#: choisies »).  It grants nothing, but it is the force of that verb: a "shall" there ("which shall be selected") says
#: what must or will happen.  Where French says « éventuellement » of a thing, English may say "any" on its noun ("with
#: due regard for any maximum amount provided for by law" / « en respectant le montant maximal éventuellement prévu par la
#: loi »): an "any" after the "shall" in its own clause is what the adverb renders, and the "shall" is another verb's.
_FR_POSSIBLY = re.compile(r"eventuellement\b")
_EN_ANY_AFTER = re.compile(r"(?:(?!\b(?:which|that|who|whom|where|when|if)\b)[^.;:,]){0,60}?\bany\b")


#: The subject of an absolute participle clause (« Ces délais pouvant retarder …, il convient », « …, le contrôle pouvant
#: rester partagé … »): a noun phrase opened by a determiner at the start of the sentence or after a comma, with no verb
#: or relative pronoun before the participle.  English says such a clause with a finite verb ("as those time limits may
#: delay", "while supervision may remain shared"): a "shall" at its place is a change of force.
_FR_ABSOLUTE_SUBJECT = re.compile(
    r"(?:^|[,;:]\s+|[.]\s+|\(\d+\)\s+)"
    r"(?:ces|cette|cet|ce|les|la|le|l'|leur|leurs|son|sa|ses|chacun|chacune|une?|de tel(?:le)?s)\b"
    r"(?:(?!\b(?:qui|que|qu'|dont|est|sont|a|ont|sera|seront|peut|peuvent|doit|doivent)\b)[^,;:.()]){1,70}$"
)
#: Words that open a subordinate clause: a possibility after one is not the predicate of the main clause.
_FR_CLAUSE_OPENER = re.compile(
    r"\b(?:lorsqu|si\b|s'|que\b|qu'|qui\b|dont\b|ou\b|quand\b|lequel|laquelle|lesquel)"
)
#: What may stand between a comma and a possibility as a predicate with no subject of its own there: the copula (« qui,
#: en outre, sont susceptibles », « qui, le cas échéant, pourraient »), the comma only closing an insert.
_NO_SUBJECT = re.compile(r"[\W_]*(?:(?:est|sont|sera|seront)[\W_]*)?")
#: A noun that names a duty (« d'autres obligations », « les exigences »): the subject matter, not the force.
_FR_DUTY_NOUN = re.compile(r"(?:obligations?|exigences?|besoins?)\b")
#: Its English mirror: "requirements", "duties", and "need" or "needs" after a determiner ("the need to involve", "the
#: individual needs of"), where "need" is no verb ("Member States need to take").  Not the predicate of a copula or of
#: "have" ("there is a need for", "has the duty to"): that says the duty of its clause, as « il est nécessaire de ».
_EN_DUTY_NOUN = re.compile(r"(?:requirements?|dut(?:y|ies))\b")
_EN_NEED_NOUN = re.compile(r"needs?\b")
_EN_DETERMINER_BEFORE = re.compile(
    r"\b(?:the|a|an|any|each|every|their|its|his|her|our|your|such|this|that|these|those|no|specific|particular"
    r"|individual)\s+$"
)
_EN_PREDICATE_NOUN_BEFORE = re.compile(
    r"\b(?:is|are|be|been|being|was|were|has|have|had|having|remains?)\s+(?:\w+\s+){0,2}$"
)


#: The infinitive of what is to be done after a noun ("the works to be provided", "the measures to be taken"), which
#: French says by « doit » in a relative clause (« qu'il doit fournir »); not one a possibility, a verb or an adjective
#: governs ("permitted to be recognised", "likely to be affected", "need to be taken", "deemed to be"), nor one of a
#: possibility ("to be able to", "to be eligible").
_EN_TO_BE_DONE_INFINITIVE = guard(
    re.compile(
        r"\b(?!(?:have|has|had|having|need|needs|is|are|was|were|be|been|seems?|appears?|going|ought|used|wants?"
        r"|wish|likely|unlikely|due|about|order|as|enough|how|what|where|whether|which|who)\b)"
        r"[a-z]+(?<!ed)(?<!ly)(?<!le)\s+to be (?:\w+ly )?"
        r"(?!(?:able|possible|eligible|entitled|allowed|permitted|authori[sz]ed|empowered|capable)\b)"
        r"[a-z]+(?:ed|en|wn)\b"
    ),
    "to be ",
)


def _en_duty_noun(folded: str, span: tuple[int, int]) -> bool:
    """Say whether the English soft duty at ``span`` is a noun that names a duty, not the force of its clause."""
    a, b = span
    if _EN_PREDICATE_NOUN_BEFORE.search(folded, max(0, a - 40), a) is not None:
        return False
    if _EN_DUTY_NOUN.fullmatch(folded, a, b):
        return True
    return (
        _EN_NEED_NOUN.fullmatch(folded, a, b) is not None
        and _EN_DETERMINER_BEFORE.search(folded, max(0, a - 15), a) is not None
    )


#: A relative clause open before a modal ("any event which shall affect", "the rules that the firm shall have set").
#: Also a concessive or consecutive clause ("although Member States shall lay down" / « bien que les États
#: membres puissent fixer », "in such a way that the public shall access" / « de telle manière que le public
#: puisse avoir accès »), or a clause of extent ("for such time as the investor shall need"); or a condition
#: ("where such involvement shall impair" / « lorsqu'une telle participation est susceptible de nuire »).
_EN_RELATIVE_BEFORE = re.compile(
    r"(?:\b(?:which|who|whom|whose|although|though|even if|such(?: \w+){0,4} as|where|if|when|whether)"
    # "that" after a word, not a preposition: "That person shall", "in that case" are demonstratives
    r"|(?<=[a-z] )(?<!\bin )(?<!\bto )(?<!\bat )(?<!\bfor )(?<!\bof )(?<!\bby )(?<!\bon )(?<!\bwith )that)\b[^,;:()]{0,80}$"
)
_SOFT_WINDOW = 0.15  # a possibility said on both sides
#: A possibility described in a clause of its own, and the other side's that says it: word order may put them far apart
#: ("how the report of the master UCITS can be obtained" / « la manière dont il est possible de se procurer le
#: rapport »: English says the modal at the end of the clause, French at its start), yet within about half the sentence;
#: one further away is another's ("Any person who can prove … shall consult the file" / « Quiconque prouve … peut
#: consulter le dossier »: the French « peut » faces "shall").
_DESCRIBED_WINDOW = 0.45
#: "…, that shall be distributed", "(a) that the consumer shall reasonably expect": a relative "that" after a comma or
#: an item's label (_EN_RELATIVE_BEFORE reads "that" after a word only).
_EN_THAT_BEFORE = re.compile(r"(?:^|[,)]\s*)that\b[^,;:()]{0,80}$")
#: "how they may apply", "as the institution shall adjust": a manner or a cause, in a clause of its own (with
#: _EN_RELATIVE_BEFORE and _EN_THAT_BEFORE, the English clauses a French modal of a relative clause may face).
_EN_HOW_AS_BEFORE = re.compile(r"\b(?:how|as)\b[^,;:()]{0,80}$")
#: A French modal that a relative pronoun or a completive « que » opens the clause of, with no verb of that clause
#: before it (« qui peuvent être par téléchargement », « confirmer que l'opération peut bénéficier », « les procédures
#: que doivent suivre les autorités »; not « ceux auxquels sont soumises les plates-formes peut », whose relative clause
#: has said its verb, nor the conjunctions « étant donné que », « afin que »; nor « et que », a completive coordinated
#: with one said before, whose English counterpart the "that" far back opens: "ensure that the data is consistent … and
#: is capable of being aggregated" / « et qu'elles doivent être agrégées »).  So too the impersonal « il est possible
#: de » that an elided « qu' » opens (« les mesures qu'il est possible de prendre », "the measures that can be taken"):
#: « que l'on peut prendre » said impersonally.  (Not « la manière dont il est possible de demander » for "how … can be
#: requested": see _FR_DESCRIBED.)
_FR_CLAUSE_MODAL = re.compile(
    r"(?:\bqui\s+(?:(?:ne|n'|en|y|se|s'|lui|leur|\w+ment)\s*)*"
    r"|(?<!\bdonne )(?<!\bet )(?<!\bou )(?<!\bainsi )(?<!\bafin )(?<!\bpour )(?<!\bbien )(?<!\blors )(?<!\bparce )(?<!\bsans )"
    r"(?<!\bdes )(?<!\btant )(?<!\balors )(?<!\bmeme )(?<!\bsorte )(?<!\bavant )(?<!\bapres )(?<!\btel )"
    r"\b(?:que|qu'|dont|lequel|laquelle|lesquels|lesquelles|auquel|auxquels|auxquelles|duquel|desquels|desquelles)"
    r"\b(?:(?!\b(?:est|sont|etait|etaient|a|ont|avait|avaient|sera|seront|peut|peuvent|doit|doivent)\b)[^,;:.()]){0,50}?)"
    r"(?:peut|peuvent|puisse|puissent|pourra|pourront|doit|doivent|devra|devront)$"
    r"|(?<!\bet )(?<!\bou )(?<!\bainsi )(?<!\bafin )(?<!\bpour )(?<!\bbien )(?<!\blors )(?<!\bparce )(?<!\bsans )"
    r"(?<!\btant )(?<!\balors )(?<!\bmeme )(?<!\bsorte )(?<!\bavant )(?<!\bapres )(?<!\btel )"
    r"\bqu'il est (?:possible|loisible|permis)$"
)
#: The participle « pouvant » or the impersonal « on peut »: a possibility described, granted to no one.  (Not a modal
#: in a relative clause, « la manière dont il est possible de demander » for "how … can be requested", whose "can"
#: English may drop.)
_FR_DESCRIBED = re.compile(r"(?:\bpouvant|(?:\bl'|(?<![\w']))on\s+\w+)$")
#: A modal that a relative pronoun opens the clause of, a few words before it, with a passive after it (« qui peut être
#: prolongée » for "renewable", « où les documents peuvent être déposés » for "open for receipt of documents", « ce qui
#: peut être considéré comme » for "what qualifies as"): what English says by an adjective or a participle.
#: (Not « qui » with words between it and the modal: the subject « qui » stands right before its verb, so « les ordres qui
#: répondent à une ou plusieurs indications peuvent être réalisés » ends the relative clause at « répondent », and the
#: modal is the main verb.)
_FR_RELATIVE_MODAL = re.compile(
    r"(?:\bqui\s+(?:(?:ne|n'|en|y|se|s'|lui|leur|\w+ment)\s*)*"
    r"|\b(?:que|qu'|dont|où|lequel|laquelle|lesquels|lesquelles|auquel|auxquels|auxquelles|duquel|desquels|desquelles)\b"
    r"[^,;:.()]{0,50}\b)\w+$"
)
#: A modal right after a relative pronoun, its subject put after the verb (« un montant maximal que peut atteindre la
#: somme », « l'interprétation que peut raisonnablement donner … le fournisseur », « au rang desquels peuvent
#: figurer »): it describes what the noun is, as a relative modal with a passive after it does.
_FR_MODAL_VERB = re.compile(r"peut|peuvent|pourr(?:a|ont|ait|aient)|puisse(?:nt)?")
#: A French permission said by a participle or a noun, not a modal: « est autorisé à », « sont habilitées à », « ont la
#: faculté de ».
_FR_PARTICIPLE_PERMIT = re.compile(r"(?:est|sont|a|ont) ")
_FR_INVERTED_RELATIVE = re.compile(r"\b(?:que|dont|(?:le|la|les|des|du|au|aux)quel(?:le)?s?)\s+$")
_FR_PASSIVE_AFTER = re.compile(
    r"\s+etre\s+(?:\w+ment\s+)?(?!(?:en|a|au|aux|le|la|les|un|une|de|du|des|par|sur|dans|plus|moins)\b)\w+"
)
#: "may include", "may comprise": a list given as examples, which French says « notamment », « y compris »,
#: « entre autres » with no modal; an aside may stand between ("may, in particular, include").
_EN_MAY_INCLUDE = re.compile(
    r"(?:\s*,\s*[\w ]{1,30},)?\s+(?:also\s+)?(?:include|comprise|cover|consist of|involve|take the form)\b"
)
_FR_ILLUSTRATIVE = re.compile(r"\b(?:notamment|y compris|entre autres|par exemple|en particulier)\b")
#: "the budget, which shall include the list of posts" / « le budget qui comprend le tableau des effectifs »: a relative
#: clause that says what a thing is made of, a duty French says by its present.  "which may include" leaves that
#: content open, which French says by a modal or a word of illustration; against a plain French statement it says less.
_EN_RELATIVE_MAY_INCLUDE = re.compile(r"\b(?:which|that)\s+$")
_EN_INCLUDE_VERB = re.compile(r"\s+(?:also\s+)?(?:include|comprise)\b")
#: A French word that leaves a list open or gives examples (« tels que », « comme », « notamment »): it renders "may
#: include" as well as a modal does.
_FR_OPEN_LIST = re.compile(
    r"\b(?:notamment|y compris|entre autres|par exemple|en particulier|tel(?:le)?s? que|comme|eventuel\w*)\b"
)
#: The English words that give examples or leave a list open ("including", "in particular", "among other things", "but
#: not limited to"): each is what one French word of illustration renders, which then says nothing of "may".
_EN_ILLUSTRATIVE = re.compile(
    r"\b(?:including|in particular|particularly|inter alia|among (?:other things|others)|for (?:example|instance)"
    r"|e\.g\.|notably|not (?:be )?limited to)(?!\w)"
)
#: "may include some or all of the powers" / « comprennent une partie ou la totalité des pouvoirs »: a choice among the
#: things included, which says the possibility itself (as "any of" does, see _EN_ANY_OF).
_EN_INCLUDE_CHOICE = re.compile(
    r"[\w ,]{0,30}?\b(?:any|some or all|all or (?:some|part)|(?:any )?one or more|either)(?: one)? of\b"
)
#: « prend des mesures …, et peut notamment suspendre » for "shall take action …, including suspension": a permission
#: coordinated with the verb before it, that gives examples of what that verb does, says what English says by
#: "including".
_FR_PERMIT_AND = re.compile(r"\b(?:et|ou)\s+(?:(?:il|elle|ils|elles)\s+)?$")
_FR_PERMIT_EXAMPLES = re.compile(r"\s+(?:notamment|en particulier|par exemple)\b")
#: "may only", "may, however, only", "only sums which are available … may": a "may" restricted by "only" in its clause.
_EN_ONLY_AFTER = re.compile(r"(?:\s*,[^,.;:]{1,30},)?\s+(?:\w+\s+)?only\b")
_EN_ONLY_BEFORE = re.compile(r"\bonly\b[^,;:.]{0,100}$")
#: "may be applied only between", "shall manage only assets of their own portfolio", « peuvent gérer uniquement les
#: actifs »: a modal whose own clause goes on to restrict what it governs ("only", "solely", "exclusively" / « uniquement »,
#: « seulement », « exclusivement ») prohibits whatever falls outside the restriction, which is what the clause says; the
#: force of the modal adds nothing to it.  "Investment companies shall manage only assets of their own portfolio" and
#: « Les sociétés d'investissement peuvent gérer uniquement les actifs de leur propre portefeuille » both forbid managing
#: any other assets, and French says the same restriction with no modal at all (« ne sont applicables qu'entre », « se
#: limitent aux règles modifiées » for "may be applied only between", "may only concern the changed rules").  Read within
#: the modal's clause (no stop, colon, semicolon or comma between) and close to it; not "not only" / « non seulement »,
#: which adds rather than restricts.
_EN_ONLY_LATER = re.compile(r"[^.;:,]{0,60}?(?<!\bnot )\b(?:only|solely|exclusively)\b")
_FR_ONLY_LATER = re.compile(r"[^.;:,]{0,60}?(?<!\bnon )\b(?:uniquement|seulement|exclusivement)\b")
#: « se limitent aux règles modifiées », « est limitée aux »: a restriction said by the verb, where English says "only".
_FR_LIMITED_TO = re.compile(
    r"\b(?:se\s+limit(?:e|ent|ant|er|era|eront)|(?:est|sont|soit|soient|etre|reste|restent)\s+limite(?:e|s|es)?)"
    r"\s+(?:a|au|aux)\b"
)
#: "may omit", "may refrain from", "may dispense with": a permission not to act, which French says by an exemption
#: (« sont exemptés de », « est dispensé de »).
_EN_MAY_OMIT = re.compile(r"\s+(?:omit|refrain\s+from|dispense\s+with|forgo|forego)\b")
_FR_EXEMPTED = re.compile(
    r"\b(?:est|sont|soit|soient|etre)\s+(?:\w+\s+)?(?:exempte|dispense)e?s?\s+d(?:e\b|')"
)
#: "may be used (read, construed, understood) in the singular and plural" / « s'entendent au singulier comme au
#: pluriel »: how a word is to be read, a rule of interpretation that French says by a verb of meaning, not a
#: permission.  Not one that construes a thing as another ("References to the repealed Directive shall be construed as
#: references to this Directive" / « Les références faites à la directive abrogée s'entendent comme faites à la présente
#: directive »): that correlation is a rule the act lays down, said with "shall" in English and the prescriptive present in
#: French; "may be construed as" there leaves optional what the French lays down.
_EN_MAY_READ = re.compile(r"\s+be\s+(?:used|read|construed|interpreted|understood)\b(?!\s+as\b)")
_FR_READ = re.compile(r"\bs'entend(?:ent)?\b")
#: "The action may be brought on grounds of" / « Le recours est ouvert pour », "the baseline may be accepted" / « la
#: référence est acceptable », "that party may only do so within six months" / « n'est plus recevable après six mois »: a
#: passive possibility (or "do so") that French says by the adjective of its admission as the predicate, with no modal.
#: (Not "may be open": "open" is the adjective itself, and "may be open" against « est ouvert » adds or drops the modal;
#: nor "may be opened", whose passive « est ouvert » also is, the modal dropped.)
_EN_MAY_PASSIVE = re.compile(
    r"(?:\s*,[^,.;:]{1,30},)?\s+(?:(?:only|also|however|still)\s+)?(?:do\s+so|be\s+(?:\w+ly\s+)?(?:(?!opened\b)\w+ed|(?!open\b)\w{2,}en"
    r"|brought|made|held|sought|heard|set|put))\b"
)
_FR_ADMISSIBLE = re.compile(
    r"\b(?:est|sont|soit|soient|etre|sera|seront)\s+(?:\w+ment\s+)?(?:(?:plus|pas)\s+)?"
    r"(?:ouverte?s?|recevables?|acceptables?|admissibles?)\b"
)
#: "may take place without obtaining the consent of", "may be carried out without the need for": a permission to act
#: free of a condition, which French drafting says by lifting the condition, with no modal (« le transfert n'est pas
#: subordonné à l'approbation des actionnaires », « n'est pas soumis à l'autorisation »).  Only "without" that names what
#: the act would otherwise need (obtaining, complying with, the need for, requiring, prior …), within the modal's clause.
#: The modal itself says nothing there: Directive 2014/59/EU writes "the transfer shall take place without obtaining"
#: (Art. 38) and "may take place without obtaining" (Art. 40) for the same « n'est pas subordonné à l'approbation ».
_EN_MAY_WITHOUT = re.compile(
    r"(?:\s+(?!(?:not|and|or|but|which|that|where|if|when)\b)[\w-]+){1,4}?\s+without\s+(?:\w+\s+)?"
    r"(?:obtaining|complying|having|requiring|seeking|the\s+need|any\s+need|need|prior|the\s+prior|the\s+consent"
    r"|the\s+approval|the\s+agreement|consent|approval|agreement|authori[sz]ation)\b"
)
_FR_CONDITION_LIFTED = re.compile(
    r"\bn'(?:est|sont|soit|soient|sera|seront)\s+pas\s+(?:subordonne|soumis|conditionne)e?s?\s+(?:a|au|aux)\b"
)
#: "that failure shall not prevent the resolution authority from exercising the powers" / « l'autorité de résolution
#: peut exercer les pouvoirs »: a bar lifted is a power granted, which French may say by the modal of the one it frees.
#: Only a bar to acting ("prevent", "preclude", "prohibit", "restrict" … "from" a verb in -ing), not a saving ("shall not
#: affect", "shall not prejudice"), which grants nothing.
_EN_BAR_LIFTED = re.compile(
    r"\b(?:shall|should|does|do|will|must) not (?:\w+ly )?(?:prevent|preclude|prohibit|restrict|bar|stop)\b"
    r"[^.;:]{0,120}?\bfrom\s+[a-z]+ing\b"
)
#: A permission that French says another way at about its place: what follows the English modal, and the French
#: words that answer it there (the pairs of patterns above).
_SAID_OTHERWISE = (
    # "the transfer may take place without obtaining the consent" / « le transfert n'est pas subordonné à l'approbation »
    (_EN_MAY_WITHOUT, _FR_CONDITION_LIFTED),
    # "These terms may be used in the singular and plural" / « Ces termes s'entendent au singulier … »
    (_EN_MAY_READ, _FR_READ),
    # "credit institutions may omit assessing" / « les établissements de crédit sont exemptés d'évaluer »
    (_EN_MAY_OMIT, _FR_EXEMPTED),
    # "The action may be brought on grounds of" / « Le recours est ouvert pour »
    (_EN_MAY_PASSIVE, _FR_ADMISSIBLE),
)


#: "shall be able to access": "shall have access to" said with its verb, a duty whose object is the access ("account
#: holders shall be able to access their accounts": the registry must let them), which French says by the prescriptive
#: present of its verb (« les titulaires de compte accèdent à leurs comptes »), as it says "shall have access" by « ont
#: accès ».  Only access: "shall be able to recover", "to generate alerts" is a capability of a thing, which « se rétablit »,
#: « génère » drop.  Not "may", nor "may be able to", which grant a possibility and no duty; nor a permission said with
#: "shall" ("shall be permitted to"); nor "shall only be able to", a restriction.
_EN_SHALL_BE_ABLE = re.compile(r"shall (?:also |however |therefore )?be able to(?= access\b)")


def _said_otherwise(m: _Mark, en: _Side, fr: _Side, uf: tuple[int, int]) -> bool:
    """Say whether the English permission ``m`` is one that the French says another way near its place."""
    return any(
        after.match(en.folded, m.span[1]) is not None
        and any(abs(x.pos - m.pos) <= _FORCE_WINDOW for x in _marks(match_spans(answer, fr.folded, *uf), uf))
        for after, answer in _SAID_OTHERWISE
    )


#: A possibility said inside the complement of a verb of permitting, providing or consenting.  To allow someone to act,
#: to provide for a thing or for someone to act, to agree that a thing be done ("allow the user to", "provide for the
#: board to", "agree that access be granted" / « permettre à l'usager de », « prévoir la consultation », « accepter que
#: l'accès soit accordé ») is to make that act possible: a modal of possibility in the complement ("allow the user to
#: have the option to appeal", "the rules provide that a member may be heard", "agree that access may be granted",
#: « prévoir que le conseil peut statuer ») repeats what the verb says, and the other side, saying the same verb with
#: an infinitive, a noun or a clause of no modal, renders it whole.  The words before the modal: the verb, then "that"
#: or « que » and the subject of the complement clause, or (English) the object and the "to" of its infinitive; a word of
#: those is no modal, nor a word that opens a clause of its own (a relative pronoun, a condition).
_EN_CLAUSE_WORD = r"(?:(?!(?:shall|must|may|might|can|could|should|will|would|which|who|whom|whose|where|when|if|but)\b)[^\s.;:]+\s+)"
_EN_PERMITTING_BEFORE = re.compile(
    r"\b(?:(?:provid(?:e|es|ed|ing)|agree(?:s|d|ing)?|consent(?:s|ed|ing)?|accept(?:s|ed|ing)?)\s+that,?\s+"
    + _EN_CLAUSE_WORD
    + r"{1,10}|(?:allow|permit|enabl|authori[sz])\w*\s+"
    + _EN_CLAUSE_WORD
    + r"{0,6}?to\s+)$"
)
_FR_CLAUSE_WORD = (
    r"(?:(?!(?:peut|peuvent|pourra|pourront|puisse|puissent|doit|doivent|devra|devront|qui|dont|lorsqu\w*|si)\b)"
    r"[^\s.;:]+\s+)"
)
_FR_PERMITTING_BEFORE = re.compile(
    r"\b(?:prevo\w*|prevu\w*|accept\w*|consent\w*|permet\w*|autoris\w*)\s+(?:que,?\s+|qu')"
    + _FR_CLAUSE_WORD
    + r"{1,14}$"
)
#: The other side's verb of permitting, providing or consenting, whose complement the checker reads for a modal.  (Not
#: « prévoir que », "provide that" with a clause: that clause may say a duty, « prévoit que le membre est entendu »; only
#: « prévoir » with its noun, "provide for".)
_EN_PERMITTING_VERB = re.compile(
    r"\b(?:provid(?:e|es|ed|ing)\s+for|(?:allow|permit|enabl|authori[sz])\w*|agree(?:s|d|ing)?\s+that"
    r"|consent(?:s|ed|ing)?\s+to|accept(?:s|ed|ing)?\s+that)\b"
)
_FR_PERMITTING_VERB = re.compile(
    r"\b(?:(?:prevo\w*|prevu\w*)\b(?!\s+qu)|permet\w*|autoris\w*|accept\w*\s+qu(?:e\b|')|consent\w*)"
)


def _permitted_by_verb(
    side: _Side, other: _Side, m: _Mark, p_other: Profile, u: tuple[int, int], u_other: tuple[int, int]
) -> bool:
    """Say whether the permission ``m`` stands in the complement of a verb of permitting, providing or consenting on its
    side, and the other side says such a verb at about that place with no modal in its complement (see
    _EN_PERMITTING_BEFORE)."""
    en = side.lang is Lang.EN
    head = (_EN_PERMITTING_BEFORE if en else _FR_PERMITTING_BEFORE).search(
        side.folded, max(u[0], m.span[0] - 160), m.span[0]
    )
    if head is None:
        return False
    at = (head.start() - u[0]) / max(u[1] - u[0], 1)
    marks = p_other.soft_permit + p_other.oblige + p_other.soft_oblige + p_other.prohibit
    for verb in _marks(
        match_spans(_FR_PERMITTING_VERB if en else _EN_PERMITTING_VERB, other.folded, *u_other), u_other
    ):
        if abs(verb.pos - at) > _FORCE_WINDOW:
            continue
        # (the complement ends with its sentence or clause)
        end = _CLAUSE_END.search(other.folded, verb.span[1], u_other[1])
        stop = min(end.start() if end else u_other[1], verb.span[1] + 160)
        if not any(verb.span[1] <= a < stop for a, *_ in marks):
            return True
    return False


#: « éventuel », « éventuellement », « potentiel », « potentiellement »: an adjective or adverb of the thing ("any",
#: "possible", "prospective", "potential"), never what grants a power (« fournissent aux investisseurs potentiels » for
#: "shall provide prospective investors" says nothing of the force of « fournissent »).
_FR_ANY_POSSIBLE = re.compile(r"eventuel|potentiel")
#: « le pouvoir de dépréciation », « l'option prévue au paragraphe 2 », « pour pouvoir fournir »: a power or an option
#: named as a thing (the subject or object of another verb), or the infinitive of « pouvoir » that a preposition governs
#: (a purpose, « afin de pouvoir garantir »), never what grants the subject of the main clause a power; only what a verb
#: of having or of granting governs (« ont le pouvoir de », « disposent d'une option », « est investi du pouvoir de ») may
#: answer a "may" that grants (« ont, conformément au droit national, le pouvoir d'infliger »).
#: So too the other nouns of permission, an authorisation, a faculty, a right: « sollicite l'autorisation
#: préalable » ("applies for prior approval"), « les conditions d'autorisation », « font usage de la faculté prévue »,
#: « informe le client de son droit à demander », « le droit a pris naissance » (« a », the verb: "the right arose"),
#: « les droits à l'importation » (duties): each names the thing that another verb acts on, and grants the subject
#: nothing, as "authorisation", "option", "right" named in English grant nothing; only « a la faculté de », « dispose
#: d'un droit de » (a verb of having or granting) says what "may" says.  (Not « possibilité », which « prévoir »
#: grants, « prévoit la possibilité pour les entités de », "may provide that entities may".)
_FR_THING_POSSIBILITY = re.compile(r"(?:pouvoirs?|options?|autorisations?|facultes?|droits? a)")
_FR_THING_BEFORE = re.compile(
    r"(?:\b(?:le|la|les|un|une|des|du|leur|leurs|son|ses|sa|cette|ces|cet|tout|tous|toute|toutes|pour|afin de|de) |\b[ld]')$"
)
#: « compétent pour » after a noun (« l'autorité compétente pour déterminer », "the authority competent to determine",
#: "responsible for determining") is an adjective that says which one the noun names, as English "competent" or
#: "responsible" does; only as what « être » says of the subject (« sont compétentes pour infliger ») does it confer the
#: power that "may" grants.
_FR_COMPETENT = re.compile(r"competente?s? (?:(?:lui|elle|eux|elles)-memes? )?pour")
_FR_BE_BEFORE = re.compile(
    r"\b(?:est|sont|soit|soient|sera|seront|serai(?:t|ent)|etre|ete|reste(?:nt)?|demeure(?:nt)?|devien(?:t|nent))"
    r"(?: [\w']+){0,2} $"
)
#: « s'il y a lieu de » with an infinitive ("examine s'il y a lieu de modifier", "whether to amend", "whether there are
#: grounds to") asks a question, or states a condition, whose answer is the infinitive's act; it is no qualifier of the
#: clause's verb (« s'il y a lieu, », "where appropriate") and grants nothing.
_FR_WHETHER_TO = re.compile(r"s'il y a lieu d(?:e |')")
_FR_HAVING_BEFORE = re.compile(
    r"\b(?:a|ont|avoir|aient|ait|aura|auront|aurai(?:t|ent)|dispos(?:e|ent|er|era|eront|ait|aient)|detien(?:t|nent)"
    r"|jouit|jouissent|investie?s?|dote(?:e|es|s)?|(?:confer|confi|attribu|accord|octroy|deleg)(?:e|es|ee|ees|ent|er|era|eront)"
    r"|delegu(?:e|es|ee|ees|ent|er)|reconnu(?:e|es|s)?|reconnai(?:t|ssent)|exist(?:e|ent)"
    r"|ayant|disposant|possed(?:e|ent|er|ant)|conserv(?:e|ent|er|ant)|gard(?:e|ent|er|ant)|re[cç]oi(?:t|vent)|recevoir"
    r"|re[cç]u(?:e|es|s)?|appartien(?:t|nent)|revien(?:t|nent))\b(?:,[^,;:]{0,80},)?(?: [\w']+){0,3} ?$"
)
#: « le pouvoir d'infliger », « le pouvoir de les retirer »: a power to act, which may say what "may" grants (not « le
#: pouvoir de nomination », « le pouvoir d'audit », a power named by its kind).
_FR_POWER_TO_ACT = re.compile(
    r" d(?:e |')(?:(?:les?|la|l'|leur|lui|se|s'|y|en|ne) ?){0,2}\w+(?:er|ir|re|oir)\b"
)
#: A clause put before the main clause, which says the case or the aim of what the main clause provides: a condition
#: ("Where …", « Lorsque … », « Si … »), a purpose ("In order to …", « Afin de … », « Pour … »); after a number or a point.
_LEAD = r"[\s'\u2018\u00ab\"(]*(?:[\da-z]{1,5}[.)]\s+)?"
_EN_FRONTED = re.compile(
    _LEAD + r"(?:where|if|when|whenever|wherever|unless|in order (?:to|that)|so as to|in so far as|insofar as"
    r"|to the extent that)\b"
)
_FR_FRONTED = re.compile(
    _LEAD
    + r"(?:lorsqu(?:e\b|')|quand\b|s(?:i\b|'ils?\b)|afin (?:de\b|d'|que\b|qu')|pour\b|dans (?:la mesure|le cas) ou\b"
    r"|au cas ou\b|a moins qu(?:e\b|'))"
)
#: The comma that closes a French clause put first: the subject of the main clause follows it, a determiner or a
#: pronoun (« …, l'exploitant fonde », « …, les États membres prévoient »).
_FR_MAIN_SUBJECT = re.compile(
    r",\s+(?:l'|(?:le|la|les|un|une|des|ce|cet|cette|ces|son|sa|ses|leur|leurs|chaque|tout|toute|tous|toutes"
    r"|il|ils|elle|elles|on|celui-ci|celle-ci|ceux-ci|celles-ci)\s)"
)


def _fronted_possibility(
    en: _Side, fr: _Side, x: _Mark, y: _Mark, ue: tuple[int, int], uf: tuple[int, int]
) -> bool:
    """Say whether French possibility ``y`` stands in a clause put before the main clause (« Lorsqu'il n'est pas
    possible …, ou si cela risque d'entraîner des coûts excessifs, l'exploitant fonde », « Afin de permettre que la
    protection puisse être effective …, les États membres prévoient ») while English "may" ``x`` is the verb of the
    main clause after the English one ("Where … would incur unreasonable costs, the operator may base"): each side's
    clause put first renders the other's, and says the case or the aim; what the main clause provides is said after
    it, so a possibility of the French one is no counterpart of the English main clause's modal."""
    if x.tag != "main" or _EN_FRONTED.match(en.folded, ue[0]) is None:
        return False
    if (lead := _FR_FRONTED.match(fr.folded, uf[0])) is None or y.span[0] < lead.end():
        return False
    if "," not in en.folded[ue[0] : x.span[0]]:
        return False  # "If … the Member State may" with no comma: where the English clause ends is not seen
    end = _FR_MAIN_SUBJECT.search(fr.folded, lead.end(), uf[1])
    # (the French main clause opens before the place of the English modal: the French clause put first is found
    # whole, not run on past its main verb)
    return (
        end is not None
        and y.span[1] <= end.start()
        and (end.start() - uf[0]) / max(uf[1] - uf[0], 1) <= x.pos
    )


#: « veillent à ce que le personnel puisse contacter », « veille à ce que le portail permette »: a possibility that a
#: duty to ensure governs, what English says in its that-clause ("shall ensure that staff have direct contact").
_FR_ENSURED = re.compile(r"\bveill\w*(?:,[^,;:]{0,80},)? (?:\w+ )?a ce qu(?:e\b|')[^;:.]{0,250}$")
_EN_ENSURED = re.compile(
    r"\b(?:(?:ensur|guarante|provid)\w*|make sure|see to it) (?:\w+ )?that\b[^;:.]{0,250}$"
)
#: The subjunctive of « pouvoir » (« puisse », « puissent »): French says by it the "may" of a clause that another verb
#: governs (« veillent à ce que … puissent », "shall ensure that … may"); a list item that opens on its subject and then
#: this subjunctive continues a lead-in that governs it so (« a) l'entité qualifiée et le professionnel puissent
#: proposer » after « veillent à ce que: »).  Either way the subjunctive is the finite verb of its clause.
_FR_SUBJUNCTIVE_MODAL = re.compile(r"puissent|puisse")
#: A list item's label and its subject (perhaps with an insert between commas), with no word that opens a clause and no
#: negation before the verb.
_FR_ITEM_SUBJECT = re.compile(
    r"\s*\(?(?:[a-z]|[ivx]{1,5}|\d{1,2})[.)]\s+"
    r"(?:(?!\b(?:qui|que|qu'|dont|lorsqu\w*|si|ne|n')\b)(?:[^,;:.()\d]|,[^,;:.()]{1,80},))+"
)
#: A relative clause with no pronoun: a noun, then the subject pronoun of the modal ("for any positions it may have").
_EN_CONTACT_RELATIVE = re.compile(
    r"\b(?!(?:and|or|but|then|so|where|if|when|as|that|which|unless|whether)\b)[a-z]{3,} (?:it|they|he|she) $"
)
#: The opening of a French relative clause whose object is the noun before it: « que » and the clause's subject pronoun,
#: perhaps with the auxiliary or copula of the possibility after it (« qu'il pourrait », « qu'elles sont susceptibles »,
#: « qu'il a pu »).  French always says this « que », where English may leave its pronoun out ("any request he may have").
_FR_OBJECT_RELATIVE_BEFORE = re.compile(
    r"\bqu(?:e\s+|'\s*)(?:il|elle|ils|elles)\s+(?:(?:a|ont|est|sont|sera|seront)\s+)?$"
)
#: What a thing enables (« permettant », « qui permet »), and the infinitive of a purpose (« pour pouvoir respecter »).
_FR_ENABLING = re.compile(r"permet\w*")
#: « des procédures permettant d'identifier », « un système lui permettant d'enregistrer »: the present participle of
#: « permettre » describes the thing before it by what that thing enables (English "procedures to identify", "a system
#: for recording").  It grants no one a power: it is no counterpart of a "may" that grants the subject of a main clause
#: one ("Investment firms may have in place systems … to identify" against « disposent de systèmes … permettant
#: d'identifier » leaves that "may" unanswered).  A "may" in an English relative clause describes a thing as the
#: participle does ("arrangements under which point (b) may be applied" / « des régimes permettant l'application du
#: point b) »), and the participle answers it.
_FR_ENABLING_PARTICIPLE = re.compile(r"permettant\b")
_EN_WHICH_BEFORE = re.compile(r"\b(?:which|whom|whose|who|whereby)\b[^,;:.]{0,100}$")
_FR_PURPOSE_BEFORE = re.compile(r"\b(?:pour|afin de)\s+$")
#: A verb of permitting right after a modal of duty ("shall allow", "must authorise") or of permission (« peut
#: autoriser », « peuvent accorder »).
_EN_PERMITTING = re.compile(r"\b(?:shall|must)\s+(?:also\s+)?(?:allow|permit|authori[sz]e|enable)$")
_FR_PERMITTING = re.compile(r"\s+(?:egalement\s+)?(autoriser|accorder|permettre|habiliter|octroyer)\b")
#: A verb of permitting that a modal governs ("may allow", "shall permit" / « peut autoriser », « doivent permettre »).
_EN_MODAL_PERMITTING = re.compile(r"\b(?:may|shall|must)\s+(?:also\s+)?(?:allow|permit|authori[sz]e)$")
_FR_MODAL_PERMITTING = re.compile(
    r"\b(?:peut|peuvent|doit|doivent)\s+(?:(?:egalement|aussi)\s+)?(?:autoriser|permettre)$"
)
#: A French verb of permitting in the present indicative (« autorisent », « permet »): said with no modal, it is the
#: verb of its clause, a rule stated by the prescriptive present (see _pair_permitting_verbs).
_FR_PRESENT_PERMITTING = re.compile(r"(?:autorise|autorisent|permet|permettent)")
#: What a French obligation governs when it says a possibility itself (« doit être autorisée », « il est nécessaire
#: qu'elles soient en mesure de »): no change of force.  A noun of possibility (« possibilité », « autorisation »,
#: « habilitation ») says it only after a verb of having (« doit avoir la possibilité de », « doit disposer d'une
#: autorisation », as "shall have the possibility to"); the object of another verb is a thing the duty is about, given
#: to someone else or held as a document (« doit lui donner la possibilité de », « doit recevoir une autorisation de
#: traitement », « doit se fonder sur des autorisations générales »), and "can provide him with the possibility", "can
#: receive a permit" made « doit » are changes of force.
_FR_POSSIBILITY_WORDS = (
    r"\b(?:pouvoir|permettre|en mesure|autoris(?!ations?\b)\w*|habilit(?!ations?\b)\w*|agree\w*|capables?"
    r"|(?:avoir|disposer|beneficier|jouir)\s+(?:\w+ment\s+)?(?:de\s+|d')?(?:la\s+|l'|une\s+|des\s+)?"
    r"(?:possibilites?|autorisations?|habilitations?))\b"
)
_FR_GOVERNED_POSSIBILITY = re.compile(r"[^.;:]{0,60}?" + _FR_POSSIBILITY_WORDS)
#: The same, said right after a French obligation (« doit être autorisée », « doivent permettre »).
#: « doivent être tenus de », « doit s'avérer nécessaire »: a French duty modal that governs a word of duty.
_FR_GOVERNED_DUTY = re.compile(
    r"\s+(?:\w+ment\s+)?(?:etre|s'averer|se reveler|apparaitre)\s+(?:\w+ment\s+)?"
    r"(?:tenue?s?|obligee?s?|contrainte?s?|astreinte?s?|necessaires?|indispensables?|requise?s?|exigee?s?)\b"
)
_FR_POSSIBILITY_AFTER = re.compile(r"[\w' ,]{0,30}?" + _FR_POSSIBILITY_WORDS)
#: A French « doit » that carries the verb of a relative clause on its subject (« des pays qui doivent encore le
#: ratifier ») or of a clause of time with a pronoun subject (« lorsqu'ils doivent prendre des décisions »): the clause
#: says what the thing or the moment is, which English says by a clause of the same kind with no modal ("countries which
#: have yet to ratify", "when making decisions"); see _circumstance_duty.
_FR_CIRCUMSTANCE_DUTY = re.compile(r"(?:\bqui|\b(?:lorsqu'|quand )(?:il|elle|on)s?)\s+(?:\w+ment\s+)?$")
#: The English openers of those clauses: a relative pronoun for « qui », a conjunction of time for « lorsque ».
_EN_RELATIVE_OPENER = guard(re.compile(r"\b(?:which|who)\b"), "which", "who")
_EN_TIME_OPENER = guard(re.compile(r"\b(?:when|whenever|where)\b"), "when", "where")
#: The rest of such a clause, up to a mark of punctuation.
_EN_CLAUSE_REST = re.compile(r"[^,;:()]{0,80}")


def _circumstance_duty(en: _Side, fr: _Side, pe: Profile, m: _Mark, near: _Mark, ue: tuple[int, int]) -> bool:
    """Say whether the French « doit » ``m`` is that of a relative clause on its subject or of a clause of time (see
    _FR_CIRCUMSTANCE_DUTY) whose English counterpart, a clause of the same kind at its place, nearer to it than the
    English possibility ``near``, says neither a duty nor a possibility: the « doit » then says what the thing or the
    moment is ("countries which have yet to ratify" / « des pays qui doivent encore le ratifier », "when making
    decisions" / « lorsqu'ils doivent prendre des décisions ») and faces no possibility of another clause ("whether it
    could be possible", "that information is easily accessible").  An English clause at its place that says one ("which
    can ratify", "when they may make") is what the « doit » faces."""
    opener = _FR_CIRCUMSTANCE_DUTY.search(fr.folded, max(0, m.span[0] - 25), m.span[0])
    if opener is None:
        return False
    rx = _EN_RELATIVE_OPENER if opener.group(0).startswith("qui") else _EN_TIME_OPENER
    said = pe.permit + pe.sub_permit + pe.soft_permit + pe.verbal_permit + pe.soft_oblige + pe.recommend
    for o in _marks(match_spans(rx, en.folded, *ue), ue):
        gap = abs(o.pos - m.pos)
        if gap > _SOFT_WINDOW or gap >= abs(near.pos - m.pos):
            continue
        end = _EN_CLAUSE_REST.match(en.folded, o.span[1]).end()
        if not any(o.span[1] <= a < end for a, *_rest in said):
            return True
    return False


#: "shall apply for the exemption … to the competent authority" / « peut demander à bénéficier de l'exemption … à
#: l'autorité compétente »: a duty to claim a relief from a rule (an exemption, a derogation, a waiver) says how the
#: relief is had and of whom; no one is bound to claim a relief, had only by those who want it, and French says the
#: same from the applicant's side, by a permission to ask for it.  Not another object ("shall apply for a licence",
#: whose holding may be a duty), nor another verb ("shall apply the exemption", « peut bénéficier de l'exemption »).
_RELIEF = r"(?:[\w-]+\s+){0,2}?(?:exemption|derogation|waiver|dispensation|dispense)s?\b"
_EN_CLAIMS_RELIEF = re.compile(
    r"\s+(?:also\s+|\w+ly\s+)?(?:(?:apply|ask)\s+for|request)\s+(?:(?:an?|the|such|that|this|any)\s+)?"
    + _RELIEF
)
_FR_CLAIMS_RELIEF = re.compile(
    r"\s+(?:\w+ment\s+)?(?:demander|solliciter)\s+(?:a\s+beneficier\s+)?"
    r"(?:(?:de\s+|d')?(?:l'|la\s+|le\s+|les\s+|une?\s+|des\s+|du\s+|cette\s+|ces\s+)|d')?" + _RELIEF
)
#: "X shall be responsible for taking decisions on …", "shall be responsible for deciding on appeals": a competence
#: assigned to a body, which French says « X est compétent pour prendre … » or « X est habilité à prendre … »; the same
#: allocation of a power, whichever word each language chose.
_EN_RESPONSIBLE_FOR = re.compile(r"\s+(?:also\s+|\w+ly\s+)?be\s+(?:\w+ly\s+)?responsible\s+for\b")
_FR_EMPOWERED = re.compile(r"(?:est|sont) habilite(?:e|s|es)? a")
#: « Peuvent constituer des marques collectives les marques … ainsi désignées », « Pourront participer à ces groupes des
#: membres du personnel »: French states who or what qualifies by a modal that opens the sentence (after its number, if
#: any), its subject after the infinitive; it grants no one a choice.  English states the same by a definition or a
#: state, "shall be a/an/the …", "shall be open to" ("A collective mark shall be an EU trade mark which is described as
#: such", "Those groups shall be open for participation to staff").  Not a duty to act ("shall submit", "shall be
#: submitted"), nor a French modal after its subject or opening a list item (« b) peut être »), which grant.
_FR_INVERTED_OPENING = re.compile(r"[\s\u00ab\"'\u2018\u201c]*(?:\d+[a-z]?\.\s+)?")
_FR_INVERTED_MODAL = re.compile(r"(?:peuvent|peut|pourront|pourra)\s+[a-z]+(?:er|ir|re)\b")
_EN_SHALL_BE_STATE = re.compile(r"\s+be\s+(?:an?|the|open)\b")
#: "shall be any of the following", "shall include one or more of", "shall be one of the following:", "shall be
#: either:": a choice among the items, which French says by a possibility (« peuvent être », « peuvent consister en »).
_EN_ANY_OF = re.compile(
    r"\s+(?:be|include|comprise|consist\s+of)\s+(?:(?:any|either|one\s+or\s+more)\s+(?:one\s+)?of\b"
    r"|one\s+of\s+the\s+following\b|either\s*:)"
)
#: The same choice said by a definition, with no duty ("… shall mean any of the following:" / « … peut être: »): a
#: lead-in to the items, whose French modal opens the list.
_EN_CHOICE_LEAD_IN = re.compile(r"\b(?:any|either|one)\s+of\s+the\s+following\s*:")
_FR_CHOICE_LEAD_IN = re.compile(r"\s+(?:etre|consister\s+en)\s*:")
_EN_EXAMPLES = re.compile(r"\b(?:including|such as|for example)\b")
#: A list item said by an infinitive (« a) concerner … et prévoir », « b) permettre que », « a) lorsque …, utiliser »):
#: the verb of the item has no person to carry a modal, which the lead-in says once for all the items (« les
#: établissements peuvent: »).  An adverbial phrase may open the item before its infinitive.
#: The same modal said again in a coordinated clause ("tasks may be entrusted … and procedures … may be specified", "may
#: be sent on paper or, …, they may be sent"), where French says it once for the coordinated verbs (« peuvent confier …
#: et prévoir », « peuvent être transmises … ou, …, transmises »): what stands between the two English modals, and
#: the French conjunction after the one modal, in the same sentence.
_EN_SAID_AGAIN = re.compile(r"[^.;:]{0,200}?\b(?:and|or)\b[^.;:]{0,120}")
_FR_SHARED_MODAL = re.compile(r"[^.;:]{0,250}?\b(?:et|ou)\b")
_ITEM_LABEL = re.compile(r"\s*[\u2018\u201c\u00ab'\"]?\s*\(?(?:[a-z]|[ivx]{1,5}|\d{1,2})\)\s+")
_FR_INFINITIVE_ITEM = re.compile(
    r"(?:(?:lorsqu|si\b|s'|le cas echeant|en\b|dans\b|pour\b|sur\b|conformement|sans\b|apres\b|avant\b|au\b|aux\b"
    r"|a la\b|a l')[^,;:()]{0,150},\s+)?(?:ne pas\s+|n'|s'|se\s+|en\s+|y\s+|leur\s+|lui\s+)?"
    r"(?!(?:premier|dernier|entier|particulier|financier|foncier|pouvoir|devoir|avoir|ordre|cadre|lettre|livre"
    r"|oeuvre|leur|sur|pour|par|hier|fichier|dossier)\b)"
    r"[a-z]+(?:er|ir|oir|dre|ttre|uire|crire|faire|dire|lire|clure|vre|aitre|ompre|aindre|eindre|oindre|traire)\b"
)


def _infinitive_item(fr: _Side, en: _Side, uf: tuple[int, int], ue: tuple[int, int]) -> bool:
    """Say whether the French unit is a list item said by an infinitive, facing an English list item."""
    if (le := _ITEM_LABEL.match(en.folded, ue[0])) is None or (
        lf := _ITEM_LABEL.match(fr.folded, uf[0])
    ) is None:
        return False
    return le.end() < ue[1] and _FR_INFINITIVE_ITEM.match(fr.folded, lf.end()) is not None


def _answers(s: _Mark, m: _Mark, others: list[_Mark]) -> bool:
    """Say whether ``m`` is the nearest of ``others`` (the other side's possibilities) to ``s``."""
    best = min(others, key=lambda o: abs(o.pos - s.pos), default=None)
    return best is not None and best.span[0] < m.span[1] and m.span[0] < best.span[1]


def _within(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(a <= span[0] < b for a, b in spans)


#: A modal verb of possibility, in either language ("may", "can", « peut », « pourra », « puisse », « pouvant »).
_MODAL_WORD = re.compile(r"(?:may|can|could|might|peu|pourr|puiss|pouv)")
#: What may stand between a negation and the word of ability it denies (« n'est pas en mesure », « n'a pas été en
#: mesure », "was not able"); not an article, which makes the word a noun that a negated verb governs (« n'excluent pas la
#: possibilité que », "does not exclude the possibility": a possibility affirmed).
_NEGATED_COPULA_GAP = re.compile(r"\s*(?:(?:ete|been|be|etre)\s+)?")


def _unable(side: _Side, p: Profile, m: _Mark) -> bool:
    """Say whether the possibility ``m`` is an inability said by a word of ability or possibility, not by a modal: a
    negative adjective ("unable", « impossible ») or such a word right after a negated copula (« n'est pas en mesure »,
    "is not able", "not possible").  An inability ("Where the authority is unable to respond, it may inform" / « Lorsque
    l'autorité n'est pas en mesure de répondre, elle informe ») is no counterpart of a permission.  (A negated modal,
    "may not", « ne peut », says a prohibition or a possibility that something is not, which a permission may face.)"""
    a, b = m.span
    if _MODAL_WORD.match(side.folded, a):
        return False
    return any(s < b and a < e and g == "negadj" for s, e, g in p.weak) or any(
        e <= a and _NEGATED_COPULA_GAP.fullmatch(side.folded, e, a) is not None for _s, e in p.negation
    )


#: An obligation that governs a possibility (« doit être en mesure de », « doit pouvoir », "must be able to"):
#: the counterpart of "shall be able to" / « peut », not a change of force.  (« être agréé », licensed, is French
#: alone: "shall be agreed" is a duty.)
_GOVERNS_POSSIBILITY = re.compile(
    r"\s+(?:[\w']+\s+){0,2}?(?:(?:etre|be)\s+(?:\w+(?:ment|ly)\s+)?(?:en mesure|autoris\w*|habilit\w*|agree(?:e?s?)\b"
    r"|capables?|able|possible|allowed|permitted|authori[sz]ed|entitled|empowered|in a position)"
    # « doit pouvoir », not the noun: « doit exercer le pouvoir de » is a duty to use a power
    r"|(?<!\ble )(?<!\bun )(?<!\bdu )(?<!\bau )(?<!\bce )(?<!\bson )(?<!\bleur )(?<!\bles )(?<!\bdes )(?<!\bces )"
    r"(?<!\bses )(?<!\bleurs )pouvoir"
    # … unless a verb of having governs it: « doit avoir le pouvoir de », « devraient disposer des pouvoirs »
    r"|(?:avoir|disposer|detenir|conserver)\s+(?:le\s+|les\s+|du\s+|des\s+|un\s+|d'un\s+)(?:\w+\s+)?pouvoirs?"
    # "shall have prompt access to", "shall be subject to a right of appeal"
    r"|(?:have|be subject to)\s+(?:a\s+|an\s+|the\s+)?(?:\w+\s+)?(?:right|access|option|possibility)"
    # "shall have the opportunity to comment" / « ont la possibilité de », "shall have powers to monitor" / « est
    # habilité à »; « doit avoir la possibilité de soumettre » / "shall be able to submit"
    r"|have\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:opportunit(?:y|ies)|powers?)\s+to"
    r"|avoir\s+(?:la\s+|le\s+)(?:possibilite|faculte|capacite|droit)"
    # "shall be open to appeal", "shall be open to review" / « peut faire l'objet d'un recours »;
    # "shall be competent to" / « peut »
    r"|be\s+open\s+to\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:appeal|review|challenge|recourse|remedy)"
    # "The decision shall be subject to appeal" / « peut faire l'objet d'un recours »
    # (without an article: "shall be subject to an appeal" is no such possibility)
    r"|be\s+subject\s+to\s+(?:appeal|challenge|recourse|remedy|judicial\s+review)"
    # "The parties shall be given the possibility to comment" / « ont la possibilité de formuler des observations »
    r"|be\s+(?:given|granted|afforded|offered)\s+(?:a\s+|an\s+|the\s+)?(?:\w+\s+)?(?:right|possibility|opportunity|option)"
    r"|be\s+competent)\b"
)


#: What stands between an English modal and the predicate it governs: an adverb or two ("must accordingly be
#: compatible", "should also be possible"), or "be" before an adjective ("should be possible").
_EN_GOVERNED_GAP = re.compile(r"\s+(?:(?:[a-z]+ly|thus|therefore|also|still|then|be)\s+){0,2}")
#: A modal's predicate adjective of possibility ("may be compatible", « peuvent être disponibles »).
_PREDICATE_POSSIBILITY = re.compile(r"\s+(?:be|etre)\s+(?:\w+ly\s+|\w+ment\s+)?[\w-]+")


def _answered_prohibition(
    m: _Mark, mine: Profile, other: Profile, unit: tuple[int, int], other_unit: tuple[int, int]
) -> bool:
    """Say whether possibility ``m`` stands inside a prohibition that a prohibition of the other side answers."""
    for p in _marks(mine.prohibit, unit):
        if p.span[0] <= m.span[0] < p.span[1]:
            return any(abs(n.pos - p.pos) <= _NEG_WINDOW for n in _marks(other.prohibit, other_unit))
    return False


#: Nouns of possibility that name a thing ("the greenshoe option" / « cette option », "the possibility of electronic
#: payment" / « la possibilité de payer »), by the stem both languages share.
_POSSIBILITY_NOUN = re.compile(r"(?:possibilit|options?\b|discretion|eligibilit)")


def _pair_nouns(en: _Side, fr: _Side, soft_e: list[_Mark], soft_f: list[_Mark]) -> None:
    """Pair the nouns of possibility said on both sides, the same noun with its own rendering: a thing named in both
    languages answers itself, never the modal of the other (« Les États membres prévoient la possibilité » for "Member
    States may provide for the possibility" leaves "may" unanswered)."""
    if not soft_e or not soft_f:
        return
    nouns: dict[str, tuple[list[_Mark], list[_Mark]]] = {}
    for marks, side, i in ((soft_e, en, 0), (soft_f, fr, 1)):
        for m in marks:
            if (n := _POSSIBILITY_NOUN.match(side.folded, m.span[0])) is not None:
                nouns.setdefault(n.group(0).rstrip("s"), ([], []))[i].append(m)
    for xs, ys in nouns.values():
        if xs and len(xs) == len(ys):
            # as many on each side: in order, as word order keeps a list of things
            for x, y in zip(xs, ys, strict=True):
                x.partner, y.partner = y, x
        else:
            _pair(xs, ys, _FORCE_WINDOW)


#: An English adjective of passive possibility ("exercisable", "extendable", "searchable", "substitutable", "in an
#: objectively measurable way"): what French says by a modal and a passive, « peut être exercé », « peut être
#: prolongée », « peuvent faire l'objet d'une recherche », « qui peut être objectivement mesurée ».  Not a negated one
#: ("unenforceable"), nor one that says a duty or a quality rather than what can be done ("payable", "liable",
#: "reportable", "taxable", "applicable", "available", "reasonable", "suitable"), nor "enable", "table"; of the
#: adjectives in -ible only those of a verb ("accessible", "convertible"), not "eligible", "flexible", "compatible".
_EN_ABLE = re.compile(
    r"(?<![\w-])(?:(?!(?:un|in|non|dis)[a-z]*able\b)"
    r"(?!(?:avail|pay|li|applic|account|reason|suit|compar|accept|favou?r|vari|profit|valu|reli|negoti|consider"
    r"|equit|sustain|vulner|st|t|en|c|not|report|tax|charge|receiv|prefer|cap|dur|prob|remark|advis|desir|honou?r"
    r"|comfort|afford|size|sizeable|agree|peace|fashion|inevit|hospit|port|vegetable|cable)able\b)[a-z]{3,}able"
    r"|(?:access|convert|revers|divis|admiss|transmiss|extens)ible)\b"
)
#: What may follow such an adjective said as a predicate ("exercisable within one month", "substitutable with", "sortable
#: and searchable, and"): a mark of punctuation, a preposition or a conjunction, not the noun of an attributive one,
#: which names a class ("transferable securities", "a foreseeable effect").
_EN_AFTER_PREDICATE = re.compile(
    r"\s*(?:[,;:.)]|$)|\s+(?:with|within|by|for|in|on|at|to|from|under|and|or|as|if|where|when|unless|until|after"
    r"|before|through|via|only|without|provided|subject|upon)\b"
)
#: The copula before such an adjective: "That term shall be extendable", "the product is substitutable"; or before the
#: series of adjectives it opens ("shall be machine readable, sortable and searchable").
_EN_COPULA_BEFORE = re.compile(
    r"\b(?:be|is|are|been|being)\s+(?:[a-z]+ly\s+(?:and\s+[a-z]+ly\s+)?)?"
    r"(?:(?:[a-z]+\s+)?[a-z]+(?:able|ible)(?:,\s+[a-z]+(?:able|ible))*(?:,\s+|,?\s+(?:and|or)\s+))?$"
)
#: The French modal of such a passive: « peut être exercé », « peuvent faire l'objet d'une recherche ».
_FR_MODAL_PASSIVE = re.compile(r"\s+(?:\w+ment\s+)?(?:etre|faire l'objet)\b")


def _pair_able(
    en: _Side, fr: _Side, pe: Profile, perm_e: list[_Mark], perm_f: list[_Mark], ue: tuple[int, int]
) -> None:
    """Pair a French modal with a passive (« peut être exercé ») with an English adjective in -able at its place
    ("shall be exercisable"): the same possibility, which the English "shall" or present only states.  Only when no
    English permission is left that the modal could answer, nor an English duty at its place or nearer to it than the
    adjective, other than the one whose predicate the adjective is ("shall be drawn up" faces « peut être établi »,
    whatever "transferable securities" say elsewhere); anywhere in the sentence when the adjective is the predicate ("That
    term shall be extendable" / « Elle peut être prolongée »: in a short sentence the places drift apart)."""
    if _free(perm_e):
        return
    passive = [m for m in _free(perm_f) if _FR_MODAL_PASSIVE.match(fr.folded, m.span[1])]
    if not passive:
        return
    ables = [
        a
        for a in _marks(match_spans(_EN_ABLE, en.folded, *ue), ue)
        if _EN_AFTER_PREDICATE.match(en.folded, a.span[1], ue[1])
    ]
    duties = _marks(pe.oblige, ue)
    for m in passive:
        free = [a for a in ables if a.partner is None]
        if not free:
            return
        able = min(free, key=lambda a: abs(a.pos - m.pos))
        predicate = _EN_COPULA_BEFORE.search(en.folded, max(ue[0], able.span[0] - 40), able.span[0])
        gap = abs(able.pos - m.pos)
        if gap > (1.0 if predicate else _FORCE_WINDOW):
            continue
        governing = predicate.start() if predicate else -1
        # (a predicate's own copula ties it to the modal's clause: only a duty about its place faces the modal then,
        # not "and shall respect open standards" further on)
        reach = max(gap, _SOFT_WINDOW if predicate else _FORCE_WINDOW)
        if any(abs(d.pos - m.pos) <= reach and not (0 <= governing - d.span[1] <= 1) for d in duties):
            continue
        m.partner, able.partner = able, m


#: The adverbial phrase of manner an adjective of passive possibility qualifies: "in a repeatable and reproducible
#: manner", "in an objectively verifiable way" (« suivant des procédures qui peuvent être réitérées »).
_EN_MANNER_AFTER = re.compile(r"(?:\s+(?:and|or)\s+[a-z]+)?\s+(?:manner|way|fashion)\b")
_EN_MANNER_BEFORE = re.compile(r"\bin\s+(?:a|an)\s+(?:[a-z]+ly\s+)?$")
#: A duty that governs such an adjective as its predicate ("shall be exercisable", "must be objectively verifiable",
#: "are to be transferable"): the adjective is what the duty requires, which a French « doit être » states too.
_EN_DUTY_BEFORE_COPULA = re.compile(
    r"\b(?:shall|must|should|will|has to|have to|is to|are to|needs? to|required to|obliged to)\s+"
    r"(?:(?:also|only|always|therefore|however)\s+)?$"
)


def _en_able_possibility(en: _Side, a: _Mark, ue: tuple[int, int]) -> bool:
    """Say whether the English adjective of passive possibility ``a`` says a possibility of its own: the predicate of a
    copula that no duty governs ("are objectively measurable as reducing risks") or the adjective of an adverbial
    phrase of manner ("in a repeatable manner"), not an attributive one that names a class ("transferable
    securities")."""
    before = en.folded[max(ue[0], a.span[0] - 60) : a.span[0]]
    if _EN_MANNER_BEFORE.search(before) and _EN_MANNER_AFTER.match(en.folded, a.span[1], ue[1]):
        return True
    copula = _EN_COPULA_BEFORE.search(before)
    return (
        copula is not None
        and _EN_AFTER_PREDICATE.match(en.folded, a.span[1], ue[1]) is not None
        and _EN_DUTY_BEFORE_COPULA.search(before, 0, copula.start()) is None
    )


def _ables_at(en: _Side, soft_e: list[_Mark], ables_e: list[_Mark], m: _Mark) -> list[_Mark]:
    """The English adjectives of passive possibility (see _en_able_possibility) at the very place of the French modal
    of duty with a passive ``m`` (« doivent être réitérées » for "in a repeatable manner", « doit être objectivement
    mesurée » for "are objectively measurable"; word order moves them a little): the possibility that « doit »
    changed into a duty, unless it was read with a French possibility nearer to it than that « doit »."""
    out = []
    for a in ables_e:
        if abs(a.pos - m.pos) > _SOFT_WINDOW:
            continue
        read = [s for s in soft_e if s.span[0] < a.span[1] and a.span[0] < s.span[1]]
        if any(s.partner is not None and abs(s.partner.pos - s.pos) <= abs(a.pos - m.pos) for s in read):
            continue
        out.append(read[0] if read else a)
    return out


def _prefer_granted(xs: list[_Mark], ys: list[_Mark], duties: list[_Mark]) -> None:
    """Give a permission granted of ``xs`` left without a partner the nearest permission granted of ``ys`` in its window
    that a permission described of its own side has taken ("Member States may, in accordance with conditions which they
    may lay down, provide" / « dans les conditions qu'ils fixent, les États membres peuvent prévoir »: the relative
    clause's "may" stands nearer to « peuvent » than the main clause's does, and French says it by a plain present).
    The modal of the main clause answers the modal of the other main clause; the described one, left over, grants
    nothing and needs no answer.  Not where a duty of ``ys``'s side (``duties``) stands nearer to it: that is what it
    faces ("national law shall provide that an authority may publish" against « le droit national peut prévoir qu'une
    autorité peut publier »: the « peut » of the main clause faces "shall")."""
    for x in xs:
        if x.tag != "main" or x.partner is not None:
            continue
        taken = [
            y
            for y in ys
            if y.tag == "main"
            and y.partner is not None
            and y.partner.tag == "sub"
            and any(y.partner is m for m in xs)
            and abs(y.pos - x.pos) <= _FORCE_WINDOW
        ]
        if taken:
            y = min(taken, key=lambda t: abs(t.pos - x.pos))
            if any(abs(d.pos - x.pos) <= abs(y.pos - x.pos) for d in duties):
                continue
            y.partner.partner = None
            x.partner, y.partner = y, x


#: The forms of one French modal: « peut » and « peuvent » are the same permission said of one subject or of several.
_MODAL_LEMMA = {"peuvent": "peut", "peu(ven)t": "peut", "pourront": "pourra"}
#: What stands between a modal and the same modal said again for a subject coordinated with its own ("… peut être
#: désigné ou les critères spécifiques applicables à sa désignation peuvent …").
_COORDINATED_SUBJECT = re.compile(r"[^.;:]{0,80}?\b(?:ou|et)\s+(?:[\w'-]+\s+){1,8}")


def _repeats(folded: str, first: tuple[int, int], then: tuple[int, int]) -> bool:
    """Say whether the modal at ``then`` repeats the one at ``first`` for a coordinated subject, where English says
    one modal for both ("the controller or the criteria for its nomination may be provided for")."""
    a, b = folded[first[0] : first[1]], folded[then[0] : then[1]]
    return _MODAL_LEMMA.get(a, a) == _MODAL_LEMMA.get(b, b) and (
        _COORDINATED_SUBJECT.fullmatch(folded, first[1], then[0]) is not None
    )


#: What a possibility said by a word rather than a modal is about, in each language: "the powers" / « les pouvoirs »,
#: "authorisation" / « agrément », "enables" / « permet ».  Said on both sides at about the same place, such a word
#: answers its own rendering first; only then may it answer a modal of the other side.
_CONCEPTS = {
    Lang.EN: re.compile(
        # ("empower" is « habiliter », an authority conferred, not the noun "power": named before it, so that
        # "empowering" is found as such)
        r"(?P<authority>authori[sz]|permission|empower)|(?P<power>power)|(?P<eligible>eligib)"
        r"|(?P<potential>potential)"
        r"|(?P<competent>competen|jurisdiction)|(?P<enable>permit|allow|enabl)|(?P<right>rights?\b|entitle)"
        r"|(?P<access>access)|(?P<option>option|discretion)|(?P<possible>possib)|(?P<likely>likely|liable)"
        r"|(?P<free>free to)"
    ),
    Lang.FR: re.compile(
        r"(?P<power>pouvoirs\b)|(?P<authority>autoris|agre|habilit)|(?P<eligible>eligib|admissib)"
        r"|(?P<potential>potentiel)|(?P<competent>competen)|(?P<enable>permet|permis\b)|(?P<right>droits?\b)"
        r"|(?P<access>acces\b)|(?P<option>option|faculte|facultati|discretion|loisible)|(?P<possible>possib)"
        r"|(?P<likely>susceptible|probable)|(?P<free>libres?\b)"
    ),
}


def _concept(side: _Side, m: _Mark, lang: Lang) -> str | None:
    """Return what the possibility word at ``m`` is about ("power", "enable"), or None for a modal."""
    found = _CONCEPTS[lang].search(side.folded, m.span[0], m.span[1])
    return found.lastgroup if found else None


#: A noun of possibility (the words of _CONCEPTS that name a thing), and what may stand between a permission and such a
#: noun that it governs: a verb and a determiner (« peuvent exercer le droit », "have the power to withdraw the
#: authorisation").
_CONCEPT_NOUN = {
    Lang.EN: re.compile(
        r"(?:powers?|authori[sz]ations?|permissions?|rights?|eligibility|competence|jurisdiction|access|options?"
        r"|discretion|possibilit(?:y|ies))\b"
    ),
    Lang.FR: re.compile(
        r"(?:pouvoirs|autorisations?|droits?|eligibilite|competences?|acces|options?|facultes?|discretion"
        r"|possibilites?)\b"
    ),
}
_GOVERNED_GAP = re.compile(r"\s+(?:[\w'-]+\s+){0,3}")


#: A noun of possibility that a verb governs as its object ("exercise the power", « exercer le pouvoir »), and the words
#: between the modal and that noun: a verb and a determiner.
_DUTY_OBJECT_NOUN = {
    Lang.EN: _CONCEPT_NOUN[Lang.EN],
    Lang.FR: re.compile(
        r"(?:pouvoirs?|autorisations?|droits?|competences?|options?|facultes?|possibilites?)\b"
    ),
}
_DUTY_OBJECT_GAP = re.compile(
    r"\s+(?:[\w'-]+\s+){1,2}?(?:(?:le|la|les|un|une|du|des|son|sa|ses|leur|leurs|ce|cet|cette|ces|the|its|their"
    r"|his|her|a|an|such|this|these|those)\s+|l'|d')"
)


def _pair_concepts(
    en: _Side,
    fr: _Side,
    soft_e: list[_Mark],
    soft_f: list[_Mark],
    pe: Profile,
    pf: Profile,
    perm_e: list[_Mark],
    perm_f: list[_Mark],
) -> None:
    """Pair the possibility words that say the same thing at about the same place ("powers" / « pouvoirs »).  A noun
    that a permission of its own side governs (« peuvent exercer le droit de faire acquérir », "shall have the power to
    withdraw the authorisation") is part of that permission: it answers a noun, not a verb or an adjective of the other
    side ("are entitled to have … acquired", « sont habilitées à le retirer »), which answers the permission itself."""
    by_concept: dict[str, tuple[list[_Mark], list[_Mark]]] = {}
    verbal: set[int] = set()
    governed: set[int] = set()
    for marks, side, lang, p, i, perms in (
        (soft_e, en, Lang.EN, pe, 0, perm_e),
        (soft_f, fr, Lang.FR, pf, 1, perm_f),
    ):
        starts = {a for a, _b in p.verbal_permit}
        for m in marks:
            if m.partner is None and not _within(m.span, p.prohibit) and (c := _concept(side, m, lang)):
                by_concept.setdefault(c, ([], []))[i].append(m)
                if m.span[0] in starts:
                    verbal.add(id(m))
                elif _CONCEPT_NOUN[lang].match(side.folded, m.span[0]) and any(
                    _GOVERNED_GAP.fullmatch(side.folded, q.span[1], m.span[0]) for q in perms
                ):
                    governed.add(id(m))
    for xs, ys in by_concept.values():
        if any(id(m) in verbal for m in xs + ys):
            xs = [x for x in xs if id(x) not in governed or not any(id(y) in verbal for y in ys)]
            ys = [y for y in ys if id(y) not in governed or not any(id(x) in verbal for x in xs)]
        _pair(xs, ys, _SOFT_WINDOW)


#: The concepts whose words one language may say without the other reading them as a possibility, and the concept
#: each stands for there: a permission said by a participle or an adjective ("the deduction was allowed", "the examiner
#: competent for it") that French renders by its own word (« a été autorisée », « compétent pour »), "allowed" and
#: "permitted" being rendered « autorisé » as often as « permis ».
_UNREAD_CONCEPTS = {"authority": "authority", "enable": "authority", "competent": "competent"}


def _pair_unread_concepts(
    en: _Side,
    fr: _Side,
    pe: Profile,
    pf: Profile,
    soft_e: list[_Mark],
    soft_f: list[_Mark],
    ue: tuple[int, int],
    uf: tuple[int, int],
) -> None:
    """Pair a word of authorisation or competence left free with its own rendering at its very place on the other side,
    which that side does not read as a possibility ("for which a deduction was allowed" / « pour laquelle une déduction
    a été autorisée », "the examiner competent for it" / « l'examinateur compétent pour celui-ci »): the word says that
    thing, and is no counterpart of a modal said elsewhere in the sentence ("may be reduced" against « sont réduits »,
    "who may decide" against « qui doit décider »)."""
    for marks, side, other, p_o, u_o in ((soft_e, en, fr, pf, uf), (soft_f, fr, en, pe, ue)):
        read = p_o.soft_permit + p_o.permit + p_o.sub_permit
        width = max(u_o[1] - u_o[0], 1)
        for m in _free(marks):
            if (concept := _UNREAD_CONCEPTS.get(_concept(side, m, side.lang) or "")) is None:
                continue
            for x in _CONCEPTS[other.lang].finditer(other.folded, *u_o):
                pos = (x.start() - u_o[0]) / width
                if (
                    _UNREAD_CONCEPTS.get(x.lastgroup or "") == concept
                    and abs(pos - m.pos) <= _AT_PLACE
                    and not any(a < x.end() and x.start() < b for a, b in read)
                ):
                    m.partner = _Mark(x.span(), pos)
                    break


#: A possibility said by a modal or its adjective, which a permission of the other side at its place answers.
_MODAL_POSSIBILITY = re.compile(
    r"(?:can|could|might|(?:is |are |be )?possible|pourrai(?:t|ent)|puisse(?:nt)?)\b"
)


#: A mere possibility, granted to no one: "could", "might", "likely", « pourrait », « susceptible de ».
_MAYBE = re.compile(
    r"(?:can|could|might|(?:is |are |be )?possible|possibly|likely|potential\w*|pourrai(?:t|ent)|puisse(?:nt)?"
    r"|(?:est |sont )?susceptibles?|(?:est |sont |etre )?possible|potentiel\w*"
    # ("could have been opened" / « aurait pu être ouverte »: the past of « pouvoir », deontic.FR_PAST_COULD)
    rf"|{FR_PAST_COULD})\b"
)


#: The verb after "may" that says what may come about, not what one may do: "may cause", "may arise", "may result in",
#: "may (nonetheless) incur", "may give rise to", "may have an adverse impact".
_EN_MAY_HAPPEN = re.compile(
    r"\s+(?:\w+ly\s+|nonetheless\s+|also\s+|still\s+|therefore\s+|thus\s+)?"
    r"(?:arise|cause|result|occur|lead|entail|give rise|incur|pose|have an? (?:\w+ )?(?:impact|effect))\b"
)
#: Its French counterpart: a possibility that only says what may come about (« susceptible de », « risque de »), not
#: « pourrait », which is also the conditional of a power.
_FR_HAPPEN_POSSIBILITY = re.compile(rf"(?:susceptibles?|{_FR_RISK_OF})\b")
#: « pouvoir » before a French verb of what comes about (« qui pourrait en résulter », « peut entraîner des coûts »,
#: « pourraient conduire à », « peut avoir une incidence »): as "may cause", it says what may happen, granting nothing.
#: A pronoun or an adverb may stand between (« pourrait en résulter », « peut également entraîner »); a « ne » before
#: the modal denies that possibility (« ne peut entraîner »), which no "may" renders.
_FR_MAY_HAPPEN = re.compile(
    r"\s+(?:(?:en|y|s'|se|egalement|aussi|notamment|donc|toutefois|neanmoins|\w+ment)\s*)*"
    r"(?:entrainer|resulter|decouler|causer|provoquer|occasionner|engendrer|conduire a|aboutir a|deboucher sur"
    r"|donner lieu|survenir|se produire|produire|naitre|poser|avoir (?:une|des|un) (?:\w+ )?"
    r"(?:incidences?|effets?|consequences?|repercussions?|impacts?))\b"
)
#: A finite form of « pouvoir » (« peut », « pourrait », « puissent »).
_FR_CAN_WORD = re.compile(r"(?:peut|peuvent|pourra|pourront|pourrai(?:t|ent)|puisse(?:nt)?)")
#: A possibility a modal says of its own verb ("may be potentially important"): that modal's, not one of its own.
_AFTER_MODAL = re.compile(r"\b(?:may|peut|peuvent)\s+(?:be\s+|etre\s+)?$")


def _maybe(side: _Side, m: _Mark, p: Profile) -> bool:
    return (
        _MAYBE.match(side.folded, m.span[0]) is not None
        and not _within(m.span, p.prohibit)
        and _AFTER_MODAL.search(side.folded, max(0, m.span[0] - 20), m.span[0]) is None
    )


def _possible_at(side: _Side, soft: list[_Mark], m: _Mark) -> bool:
    """Say whether a modal possibility of ``soft`` (the other side's) stands at the place of mark ``m``."""
    return any(
        abs(s.pos - m.pos) <= _SOFT_WINDOW and _MODAL_POSSIBILITY.match(side.folded, s.span[0]) for s in soft
    )


#: A duty that governs a clause, "shall ensure that", "shall provide, in accordance with national law, that".
_EN_GOVERNS_CLAUSE = re.compile(r"(?:\s+\w+){1,2}(?:\s*,[^,;:.]{1,80},)?\s+(?:that|whether)\b")
#: A word that opens a clause of its own, relative, completive or conditional.
_EN_OPENER = re.compile(r"\b(?:that|which|who|whom|whose|where|when|if|whether)\b")


def _duty_at(oblige: list[tuple[int, int]], unit: tuple[int, int], m: _Mark) -> bool:
    """Say whether an obligation of the other side stands at the place of mark ``m``."""
    return any(abs(d.pos - m.pos) <= _SOFT_WINDOW for d in _marks(oblige, unit))


def _faces_duty(
    en: _Side,
    fr: _Side,
    x: _Mark,
    y: _Mark,
    duties_e: list[_Mark],
    duties_f: list[_Mark],
    uf: tuple[int, int],
) -> bool:
    """Say whether the French permission ``y``, the finite modal of its main clause, has an English duty of a main
    clause at its very place, nearer than the English permission ``x`` of a clause that the duty's clause opens, and
    that no French duty answers (``duties_e``, ``duties_f``: the duties of each side).

    "Clients shall direct any complaints that they may have" against « Les clients peuvent adresser leurs plaintes »:
    « peuvent » stands where "shall" does, and faces it, not the "may" of the relative clause further on.  Not a duty
    that governs a clause ("shall provide that the authorities may" / « prévoient que les autorités peuvent »), nor one
    of a relative or completive clause: the French modal there is the "may" of that clause, and the duty is said by
    the French present."""
    if _FR_FINITE_POSSIBILITY.match(fr.folded, y.span[0]) is None or not _fr_main_clause(fr, y.span[0], uf):
        return False
    gap = abs(x.pos - y.pos)
    return any(
        abs(d.pos - y.pos) <= _SOFT_WINDOW
        and abs(d.pos - y.pos) < gap
        and _EN_RELATIVE_BEFORE.search(en.folded, max(0, d.span[0] - 100), d.span[0]) is None
        and _EN_THAT_BEFORE.search(en.folded, max(0, d.span[0] - 100), d.span[0]) is None
        and _EN_GOVERNS_CLAUSE.match(en.folded, d.span[1]) is None
        # (the "may" said in a clause that the duty's clause opens further on: "shall direct any complaints that they may
        # have", "shall adopt measures to require that the entities may"; a "may" of a clause of its own, "shall be for
        # five years and may be renewed", is the French modal's counterpart wherever the words fall)
        and d.span[1] <= x.span[0]
        and _EN_OPENER.search(en.folded, d.span[1], x.span[0]) is not None
        and not any(abs(o.pos - d.pos) <= _FORCE_WINDOW for o in duties_f)
        for d in duties_e
    )


#: A modal of possibility, in each language, and the words that open the clause such a modal describes in: a relative
#: clause, a condition or an indirect question ("the conditions under which a person may be removed", "how the provider
#: can challenge", "whether a request can be formulated" / « les conditions dans lesquelles une personne peut être
#: radiée », « les modalités selon lesquelles le fournisseur peut contester », « si une demande peut être formulée »).
_EN_MODAL_POSSIBILITY = re.compile(r"(?:may|can|could|might)$")
_FR_MODAL_POSSIBILITY = re.compile(r"(?:peut|peuvent|pourr(?:a|ont|ait|aient)|puisse(?:nt)?|pouvant)$")
_EN_DESCRIBING_BEFORE = re.compile(r"\bhow\b[^,;:()]{0,120}$")
#: (Not the « que » of a comparison or of a coordinated subject: « les fabricants ainsi que d'autres personnes peuvent ».)
_FR_DESCRIBING_BEFORE = re.compile(
    r"(?:\b(?:si|s'(?=ils?\b)|dont|comment|quand|lorsqu)|\b(?:le|la|les|au|aux|du|des)quel(?:le)?s?\b"
    r"|(?<!ainsi )(?<!meme )(?<!tel )(?<!telle )(?<!tels )(?<!telles )(?<!plus )(?<!moins )(?<!autant )\bqu(?:e\b|'))"
    r"[^,;:()]{0,120}$"
)


def _describing(side: _Side, m: _Mark, unit: tuple[int, int], lang: Lang) -> bool:
    """Say whether ``m`` is a modal of possibility in a clause that describes (relative, condition, question)."""
    folded, (a, b) = side.folded, m.span
    if lang is Lang.EN:
        return _EN_MODAL_POSSIBILITY.match(folded, a, b) is not None and (
            _EN_RELATIVE_BEFORE.search(folded, max(unit[0], a - 100), a) is not None
            or _EN_DESCRIBING_BEFORE.search(folded, max(unit[0], a - 130), a) is not None
        )
    # (« pouvant entrer en conflit », the participle, describes by itself)
    return _FR_MODAL_POSSIBILITY.match(folded, a, b) is not None and (
        folded.startswith("pouvant", a)
        or _FR_DESCRIBING_BEFORE.search(folded, max(unit[0], a - 130), a) is not None
    )


#: A relative clause opened by a preposition ("to which", "within which" / « vers lequel », « dans lequel »).
_EN_PREP_RELATIVE_BEFORE = re.compile(
    r"\b(?:to|within|in|into|on|onto|by|under|from|at|for|through|during) which\b[^,;:()]{0,70}$"
)
_FR_PREP_RELATIVE_BEFORE = re.compile(
    r"(?:\b(?:vers|dans|sur|sous|par|pour|avec|selon|pendant|a|en)\s+(?:le|la|les)quel(?:le)?s?"
    r"|\b(?:au|aux)quel(?:le)?s?)"
    r"\b[^,;:()]{0,70}$"
)
#: The future of « pouvoir », by which French says what will be done in such a clause (« pourront être »).
_FR_FUTURE_MODAL = re.compile(r"pourr(?:a|ont)\b")
#: "is to", "are to": what is arranged to be done, a duty said by a periphrasis.
_EN_TO_BE_DONE = re.compile(r"(?:is|are) to")


def _pair_described(
    en: _Side,
    fr: _Side,
    es: list[_Mark],
    fs: list[_Mark],
    duties_f: list[_Mark],
    ue: tuple[int, int],
    uf: tuple[int, int],
) -> None:
    """Pair the possibilities that a modal describes in a subordinate clause on each side (``es``, ``fs``: each side's
    possibilities): the same description, which word order may move about the sentence (« Le règlement d'exécution
    définit les conditions dans lesquelles une personne peut être radiée » for "The conditions under which a person may be
    removed … shall be laid down"), and no counterpart of a duty of the main clause that word order puts nearer to it.
    Only a French modal that is the English modal's nearest possibility or duty (``duties_f``), and to which that English
    modal is the nearest possibility: a French duty at the place of the English modal faces it (« dès lors qu'ils doivent
    démontrer » for "provided that they can demonstrate"), and an English possibility said otherwise nearer to the French
    modal answers it ("are authorised to apply" / « puissent saisir »)."""
    for x in es:
        y = min(fs + duties_f, key=lambda o: abs(o.pos - x.pos), default=None)
        if (
            y is not None
            and y in fs
            and x.partner is None
            and y.partner is None
            and abs(x.pos - y.pos) <= _DESCRIBED_WINDOW
            and min(es, key=lambda o: abs(o.pos - y.pos)) is x
            and _describing(en, x, ue, Lang.EN)
            and _describing(fr, y, uf, Lang.FR)
        ):
            x.partner, y.partner = y, x


#: A permission said at the end of a list's lead-in (« Les États membres peuvent: »), and a list item that says the lead-in's
#: permission again with its subject (« a) elle peut être majorée de 10 points »), against an English item that opens
#: on a preposition, the words that complete its lead-in ("(a) by 10 percentage points").
_FR_LEAD_IN_END = re.compile(r"\s*:\s*$")
_FR_ITEM_REPEATS = re.compile(r"\s*\(?(?:[a-z]|[ivx]{1,5}|\d{1,2})\)\s+(?:il|elle|ils|elles)\s+$")
_EN_ITEM_PHRASE = re.compile(
    r"\s*[\u2018\u201c'\"]?\s*\(?(?:[a-z]|[ivx]{1,5}|\d{1,2})\)\s+(?:up to|by|for|in|on|at|to|with|from|under|within)\b"
)


def _modal_of_the_list(
    en: _Side, fr: _Side, pe: Profile, m: _Mark, ue: tuple[int, int], uf: tuple[int, int]
) -> bool:
    """Say whether the French permission ``m`` is said once for a list where English says it in each item, or in each
    item where English says it once: a lead-in that ends on it (« Les États membres peuvent: ») against an English
    lead-in with no modal ("The laws of a Member State:", whose items say "(a) need not apply", "(b) may permit"), or an
    item that says it again with the lead-in's subject (« a) elle peut être majorée de ») against an English item that
    only completes its lead-in ("a) by 10 percentage points"), in which English says no force at all.  As a negation
    shared out between a lead-in and its items (see :func:`_item_negations`)."""
    if any(
        _marks(getattr(pe, name), ue) for name in ("oblige", "permit", "sub_permit", "prohibit", "recommend")
    ):
        return False
    if _FR_LEAD_IN_END.match(fr.folded, m.span[1], uf[1]) and en.folded[ue[0] : ue[1]].rstrip().endswith(":"):
        return True
    return (
        _FR_ITEM_REPEATS.fullmatch(fr.folded, uf[0], m.span[0]) is not None
        and _EN_ITEM_PHRASE.match(en.folded, ue[0]) is not None
    )


#: A possibility said by "has" and a noun ("has jurisdiction to", "has access within 30 days to").
_EN_PHRASE_POSSIBILITY = re.compile(r"(?:has|have) (?:the )?(?:competence|jurisdiction|access) ")


def _relative_modal_fr(en: _Side, fr: _Side, modal: _Mark, other: _Mark, recital: bool) -> bool:
    """Say whether the French modal ``modal`` stands in a relative or completive clause and the English modal of the
    other force ``other`` in no subordinate clause: the French modal then describes the thing its clause is about (« les
    procédures que doivent suivre les autorités » for "the procedures for the decision-making"), and the English modal
    is another clause's, which French says by its own main verb.  Not in a recital, whose prose English writes with
    clauses no opener shows ("the important role joint procurement shall play", "the simplifications these can bring" /
    « le rôle qu'elle peut jouer », « les simplifications qu'elles peuvent apporter »)."""
    before = max(0, other.span[0] - 100)
    return (
        not recital
        and _FR_CLAUSE_MODAL.search(fr.folded, max(0, modal.span[0] - 70), modal.span[1]) is not None
        and not any(
            rx.search(en.folded, before, other.span[0])
            for rx in (_EN_RELATIVE_BEFORE, _EN_THAT_BEFORE, _EN_HOW_AS_BEFORE)
        )
        # ("any share of the contract it may intend" is a relative clause too, one English opens with no pronoun)
        and not in_contact_relative(en.folded, other.span[0])
    )


#: A French modal said once for two coordinated verbs (« l'autorité peut saisir l'AEAPP et solliciter son aide », « les
#: États membres peuvent exiger ou prévoir »): the modal, then in its clause (no other modal, no clause opened) « et » or
#: « ou » and an infinitive with no modal of its own (an adverb, a negation or a clitic pronoun may stand before it).
_FR_SHARED_PERMISSION = re.compile(r"(?:peut|peuvent|pourra|pourront)")
_FR_SHARED_INFINITIVE = re.compile(
    r"(?:(?!\b(?:peut|peuvent|pourr\w+|puisse\w*|doi\w+|devr\w+|qui|que|qu'|dont|lorsqu\w*|si)\b)[^.;:]){0,250}?"
    r"\b(?:et|ou),?\s+(?:\w+ment\s+)?(?:ne pas\s+|n'|s'|se\s+|en\s+|y\s+)?"
    r"(?!(?:premier|dernier|entier|particulier|financier|foncier|pouvoir|devoir|avoir|ordre|cadre|lettre|livre"
    r"|oeuvre|maitre|hiver|sur|pour|par|hier|fichier|dossier)\b)"
    r"[a-z]+(?:er|ir|oir|dre|ttre|etre|uire|crire|faire|dire|lire|clure|vre|aitre|ompre|aindre|eindre|oindre|traire)\b"
)
#: The modal of a second coordinated verb, French (« … et peut soulever ») or English ("… and may request"): the
#: conjunction, then perhaps an adverb or a subject pronoun, right before it.
_FR_SECOND_CONJUNCT = re.compile(r"\b(?:et|ou),?\s+(?:(?:il|elle|ils|elles)\s+)?(?:\w+ment\s+)?$")
_EN_SECOND_MODAL = re.compile(
    r"(?:(?!\b(?:shall|must|may|can|could|should|will|would)\b)[^.;:]){0,250}?\b(?:and|or)\b,?\s+"
    r"(?:(?:also|then|\w+ly)\s+)?(?:may|can)\b"
)


#: An English relative clause opened by a preposition and "which" ("the means by which", "the options pursuant to
#: which", "Signs of which"), which says its modal at its end, perhaps far from its opening.
_EN_PREP_WHICH_BEFORE = re.compile(
    r"\b(?:to|within|in|into|on|onto|by|under|from|at|for|through|during|of) which\b[^,;:()]{0,130}$"
)
#: The French possibilities that describe a thing by what it allows, said where English opens such a clause: the
#: participle « permettant de », « susceptible(s) de », and « il est possible de » after a relative pronoun that a
#: preposition governs (« le site internet sur lequel il est possible d'obtenir »).
_FR_DESCRIBING_POSSIBILITY = re.compile(
    r"(?:permettant\s+d(?:e\b|')|susceptibles?\s+d(?:e\b|')|pouvant\b|il est possible\b)"
)
_FR_PREP_RELATIVE_JUST_BEFORE = re.compile(
    r"(?:\b(?:dans|sur|sous|par|pour|selon|aupres|avec|vers)\s+(?:le|la|les)quel(?:le)?s?|\b(?:au|aux|du|des)quel(?:le)?s?"
    r"|\bdont)\s+$"
)


def _prep_relative_duties(
    en: _Side,
    fr: _Side,
    pe: Profile,
    pf: Profile,
    ue: tuple[int, int],
    uf: tuple[int, int],
    possible_e: list[_Mark],
    answering: list[tuple[int, int]],
) -> list[_Problem]:
    """An English "shall" in a relative clause opened by a preposition against a French possibility that describes the
    same thing by what it allows, at the clause's opening: "the means by which the introduction of prohibited articles
    shall be prevented" / « les moyens permettant de prévenir l'introduction d'articles prohibés », "various options
    pursuant to which the retention shall be fulfilled" / « différentes options permettant de satisfaire l'exigence »,
    "Signs of which an EU trade mark shall consist" / « Signes susceptibles de constituer une marque ».  English says the
    modal at the end of its clause, French the possibility where the clause opens, so the two are compared from the
    English opening: what the thing allows, against what must be done with it.  Not where a French duty, or an English
    possibility that nothing else answers, stands nearer to the French possibility: that is what it renders."""
    out: list[_Problem] = []
    cands = [
        m
        for m in _marks(sorted(set(pf.soft_permit + pf.sub_permit)), uf)
        if _FR_DESCRIBING_POSSIBILITY.match(fr.folded, m.span[0]) is not None
        and not any(a < m.span[1] and m.span[0] < b for a, b in answering)
        and not _within(m.span, pf.prohibit)
        and _FR_NE_JUST_BEFORE.search(fr.folded, max(0, m.span[0] - 3), m.span[0]) is None
        and (
            not fr.folded.startswith("il est", m.span[0])
            or _FR_PREP_RELATIVE_JUST_BEFORE.search(fr.folded, max(0, m.span[0] - 30), m.span[0]) is not None
        )
    ]
    if not cands:
        return out
    duties_f = [m for m in _marks(pf.soft_oblige, uf) if not _FR_DUTY_NOUN.match(fr.folded, m.span[0])]
    free_e = [p for p in possible_e if p.partner is None]
    for o in _marks(pe.oblige, ue):
        if en.folded[o.span[0] : o.span[1]] not in ("shall", "must") or _GOVERNS_POSSIBILITY.match(
            en.folded, o.span[1]
        ):
            continue
        w = _EN_PREP_WHICH_BEFORE.search(en.folded, max(ue[0], o.span[0] - 150), o.span[0])
        if w is None:
            continue
        at = (w.start() - ue[0]) / max(ue[1] - ue[0], 1)
        v = min(cands, key=lambda y: abs(y.pos - at))
        gap = abs(v.pos - at)
        if (
            gap <= _SOFT_WINDOW
            and gap < min((abs(d.pos - v.pos) for d in duties_f), default=2.0)
            and gap < min((abs(p.pos - v.pos) for p in free_e), default=2.0)
        ):
            out.append(_force_problem(en, fr, [o.span], "oblige", [v.span], "permit"))
    return out


def _shared_modal_duties(
    en: _Side, fr: _Side, pe: Profile, pf: Profile, ue: tuple[int, int], uf: tuple[int, int]
) -> list[_Problem]:
    """An English duty of the first of two coordinated verbs against a French permission said once for both.

    "the requesting authority shall refer the matter to EIOPA and may request its assistance" against « l'autorité
    peut saisir l'AEAPP et solliciter son aide »: the French modal stands before the conjunction, so it is the modal of
    the first verb, whose English says "shall"; the English "may" of the second verb, which word order may put nearer
    to it, is the one French says once.  (A French modal after its own conjunction, « fait rapport … et peut soulever
    … et avertir », is the second verb's, and faces "and may raise".)
    """
    out: list[_Problem] = []
    # (Most sentences have no French « peut » at all: the English pattern, the costly part, is not tried there.)
    permits_f = [
        p
        for p in _marks(pf.permit + pf.sub_permit, uf)
        if _FR_SHARED_PERMISSION.fullmatch(fr.folded, *p.span) is not None
    ]
    if not permits_f:
        return out
    duties_f = _marks(pf.oblige, uf)
    for x in _marks(pe.oblige, ue):
        if en.folded[x.span[0] : x.span[1]] not in ("shall", "must") or not _EN_SECOND_MODAL.match(
            en.folded, x.span[1], ue[1]
        ):
            continue
        for p in permits_f:
            if (
                abs(p.pos - x.pos) > _FORCE_WINDOW
                or _FR_SECOND_CONJUNCT.search(fr.folded, max(uf[0], p.span[0] - 30), p.span[0]) is not None
                or _FR_SHARED_INFINITIVE.match(fr.folded, p.span[1], uf[1]) is None
                or any(abs(d.pos - x.pos) <= abs(p.pos - x.pos) for d in duties_f)
            ):
                continue
            out.append(_force_problem(en, fr, [x.span], "oblige", [p.span], "permit"))
            break
    return out


def _inverted_eligibility(en: _Side, fr: _Side, duty: _Mark, m: _Mark, uf: tuple[int, int]) -> bool:
    """Say whether the French modal ``m`` opens its sentence, its subject after the infinitive (« Peuvent constituer
    … les marques »), and the English ``duty`` is "shall be" of a definition or a state ("shall be an EU trade mark",
    "shall be open"): both state who or what qualifies (see _FR_INVERTED_MODAL)."""
    return (
        fr.text[m.span[0] : m.span[0] + 1].isupper()
        and _FR_INVERTED_OPENING.fullmatch(fr.folded, uf[0], m.span[0]) is not None
        and _FR_INVERTED_MODAL.match(fr.folded, m.span[0]) is not None
        and _EN_SHALL_BE_STATE.match(en.folded, duty.span[1]) is not None
    )


def _pair_permitting_verbs(en: _Side, fr: _Side, soft_e: list[_Mark], soft_f: list[_Mark]) -> None:
    """Pair an English verb of permitting that a modal governs ("may allow the operators to", "may authorise") with a
    French verb of permitting in the present at its place (« autorisent les exploitants à », « permet »): the French
    verb renders the English verb, and its present tense states the rule (a French legal text says a duty by the
    prescriptive present, « les États membres autorisent » for "Member States shall allow").  The English modal is
    then left to face what the French says at its place, not taken as answered by the French verb: "may allow" against
    « autorisent » turns a choice into a duty."""
    # (the infinitive a modal governs, « peuvent autoriser », is _FR_MODAL_PERMITTING's)
    verbs_f = [s for s in soft_f if _FR_PRESENT_PERMITTING.fullmatch(fr.folded, *s.span) is not None]
    if verbs_f:
        _pair(
            [s for s in soft_e if _EN_MODAL_PERMITTING.search(en.folded, max(0, s.span[0] - 30), s.span[1])],
            verbs_f,
            _SOFT_WINDOW,
        )


def _may_happen(en: _Side, m: _Mark) -> bool:
    """Say whether the English "may" ``m`` is one of what comes about ("may cause", "may result in")."""
    return _EN_MAY_HAPPEN.match(en.folded, m.span[1]) is not None


def _fr_may_happen(fr: _Side, m: _Mark) -> bool:
    """Say whether the French mark ``m`` is « pouvoir » of what comes about (« pourrait en résulter »), not denied."""
    return (
        _FR_CAN_WORD.fullmatch(fr.folded, *m.span) is not None
        and _FR_MAY_HAPPEN.match(fr.folded, m.span[1]) is not None
        and _FR_NE_JUST_BEFORE.search(fr.folded, max(0, m.span[0] - 4), m.span[0]) is None
    )


def _may_happen_pair(en: _Side, fr: _Side, m: _Mark) -> bool:
    """Say whether the English "may" ``m`` and its partner both say what may come about."""
    return m.partner is not None and _may_happen(en, m) and _fr_may_happen(fr, m.partner)


def _pair_may_happen(en: _Side, fr: _Side, perm_e: list[_Mark], marks_f: list[_Mark]) -> None:
    """Pair a "may" of what comes about ("the disruption that such reversal may cause") with a French « pouvoir » of
    what comes about (« la perturbation qui pourrait en résulter ») as far apart as French word order puts them (a
    relative clause that French opens before its verb, English after the noun): either says what may happen.

    Only the marks every other pairing left free, last: a French « pouvoir » another English possibility took (an
    English "is possible or may lead" against « n'est pas possible ou pourrait déboucher », whose negation English
    lost) is no counterpart for this "may", which then stays unanswered."""
    _pair(
        [m for m in _free(perm_e) if _may_happen(en, m)],
        [m for m in _free(marks_f) if _fr_may_happen(fr, m)],
        _DESCRIBED_WINDOW,
    )


def _force_problems(
    en: _Side, fr: _Side, pe: Profile, pf: Profile, ue: tuple[int, int], uf: tuple[int, int], recital: bool
) -> list[_Problem]:
    """A permission must face a permission, or possibility said another way, preferably at about the same
    place; an explicit French obligation must not face an English permission."""
    # Permissions granted (main clause) and described ("the means by which … may be disclosed"): both
    # pair with the other side's; only a granted one raises a problem when unanswered.
    perm_e = _marks(pe.permit, ue, "main") + _marks(pe.sub_permit, ue, "sub")
    perm_f = _marks(pf.permit, uf, "main") + _marks(pf.sub_permit, uf, "sub")
    strong_e, strong_f = set(pe.permit + pe.sub_permit), set(pf.permit + pf.sub_permit)
    # A possibility said inside a permission ("entitled" in "shall be entitled to") is that permission.
    soft_e = [
        m for m in _marks(pe.soft_permit, ue) if not any(a < m.span[1] and m.span[0] < b for a, b in strong_e)
    ]
    soft_f = [
        m for m in _marks(pf.soft_permit, uf) if not any(a < m.span[1] and m.span[0] < b for a, b in strong_f)
    ]
    # A possibility inside a prohibition ("cannot", « ne peut ») belongs to it once the other side prohibits
    # there too ("disputes that cannot be settled … may be resolved" / « qui ne peut être réglé … sera résolu »):
    # it is then no counterpart of a permission said elsewhere in the sentence.
    soft_e = [m for m in soft_e if not _answered_prohibition(m, pe, pf, ue, uf)]
    soft_f = [m for m in soft_f if not _answered_prohibition(m, pf, pe, uf, ue)]
    duties_e, duties_f = _marks(pe.oblige, ue), _marks(pf.oblige, uf)
    _pair_described(en, fr, perm_e + soft_e, perm_f + soft_f, duties_f, ue, uf)
    _pair_nouns(en, fr, soft_e, soft_f)
    _pair_concepts(en, fr, soft_e, soft_f, pe, pf, perm_e, perm_f)
    _pair_unread_concepts(en, fr, pe, pf, soft_e, soft_f, ue, uf)
    # "may allow the operator to" / « peut autoriser l'exploitant à »: a verb of permitting that a modal governs answers
    # the other side's, whichever verb each side chose ("allow", "permit" / « autoriser », « permettre »), so that the
    # modal faces the other side's modal ("may allow" against « doit autoriser »).
    _pair(
        [s for s in soft_e if _EN_MODAL_PERMITTING.search(en.folded, max(0, s.span[0] - 30), s.span[1])],
        [s for s in soft_f if _FR_MODAL_PERMITTING.search(fr.folded, max(0, s.span[0] - 30), s.span[1])],
        _FORCE_WINDOW,
    )
    _pair_permitting_verbs(en, fr, soft_e, soft_f)
    # "conflicts of interest that the arrangement may cause" / « les conflits susceptibles de découler de l'accord »,
    # "you may nonetheless incur losses" / « vous risquez de subir des pertes »: a "may" of a verb of what comes about
    # (cause, arise, result, incur) says what may happen, granting nothing; a French « susceptible de » or « risque de »
    # in the clause's reach is its counterpart (not « pourrait », see _FR_HAPPEN_POSSIBILITY).
    _pair(
        [m for m in _free(perm_e) if _EN_MAY_HAPPEN.match(en.folded, m.span[1]) is not None],
        [m for m in _free(soft_f) if _FR_HAPPEN_POSSIBILITY.match(fr.folded, m.span[0]) is not None],
        _DESCRIBED_WINDOW,
    )
    # A possibility said by a modal of possibility on each side at about the same place ("which might be considered" /
    # « qui pourrait être considéré », "potentially affected" / « susceptible d'être touché ») answers itself before
    # either answers a permission said elsewhere ("and may abstain" / « et s'abstiennent »).
    _pair(
        [m for m in _free(soft_e) if _maybe(en, m, pe)],
        [m for m in _free(soft_f) if _maybe(fr, m, pf)],
        _SOFT_WINDOW,
    )
    if perm_f and _EN_EXAMPLES.search(en.folded, *ue):
        examples = _marks(match_spans(_EN_EXAMPLES, en.folded, *ue), ue)
        _pair(
            examples,
            [
                m
                for m in perm_f
                if _FR_PERMIT_EXAMPLES.match(fr.folded, m.span[1])
                and _FR_PERMIT_AND.search(fr.folded, max(0, m.span[0] - 12), m.span[0])
            ],
            _FORCE_WINDOW,
        )
    # A permission with a possibility of the other side's said at its place ("the institution has access within 30 days
    # to funding" / « l'établissement peut, dans les 30 jours, obtenir un financement ») answers that possibility before
    # a permission said elsewhere in the sentence.
    _pair(perm_f, [m for m in soft_e if _EN_PHRASE_POSSIBILITY.match(en.folded, m.span[0])], _SOFT_WINDOW)

    # (not a permission with an obligation of the other side at its very place, left unanswered: that is what it faces)
    def unfaced(x: _Mark, y: _Mark) -> bool:
        return not _faces_duty(en, fr, x, y, duties_e, duties_f, uf)

    _pair(perm_e, perm_f, _FORCE_WINDOW, unfaced)
    for tag in ("main", "sub"):
        # As many permissions of a kind left on each side: word order moved them ("After consulting …, the
        # Commission may decide" / « La Commission peut, après avoir consulté … »); pair them in order.
        xs, ys = [m for m in _free(perm_e) if m.tag == tag], [m for m in _free(perm_f) if m.tag == tag]
        if xs and len(xs) == len(ys):
            for x, y in zip(xs, ys, strict=True):
                # Not one that has the other side's obligation at its place while its partner in order is far
                # ("The application shall be made at any time and may be submitted" against « peut être faite à tout
                # moment et introduite »): that is what it faces.
                if abs(x.pos - y.pos) > _FORCE_WINDOW and (
                    _duty_at(pf.oblige, uf, x)
                    or _duty_at(pe.oblige, ue, y)
                    # nor one whose partner in order has a modal possibility of the other side at its place ("where
                    # the breach can be addressed" / « lorsqu'il est possible de remédier »): that answers it.
                    or _possible_at(en, soft_e, y)
                    or _possible_at(fr, soft_f, x)
                ):
                    continue
                if not unfaced(x, y):
                    continue
                x.partner, y.partner = y, x
    _prefer_granted(perm_e, perm_f, duties_f)
    _prefer_granted(perm_f, perm_e, duties_e)
    _pair_able(en, fr, pe, perm_e, perm_f, ue)
    # "shall allow the operator to use" against « peut autoriser l'exploitant à utiliser »: a verb of permitting that an
    # English duty governs is the French verb of permitting after the modal, never that modal's counterpart; the
    # modal faces the duty.
    for p in _free(perm_f):
        if (verb := _FR_PERMITTING.match(fr.folded, p.span[1])) is None:
            continue
        for s in _free(soft_e):
            if abs(s.pos - p.pos) <= _FORCE_WINDOW and _EN_PERMITTING.search(
                en.folded, max(0, s.span[0] - 20), s.span[1]
            ):
                s.partner = _Mark(verb.span(1), p.pos)
                break
    _pair_may_happen(en, fr, perm_e, perm_f + soft_f)
    out: list[_Problem] = []
    # "may" whose nearest counterpart is « doivent » (or « peuvent » facing "shall"): the force was changed
    # there, whatever possibility the rest of the sentence expresses.
    verbal_e0 = set(pe.verbal_permit)
    for perms, other, soft, is_en in ((perm_e, pf, soft_f, True), (perm_f, pe, soft_e, False)):
        side_o = fr if is_en else en
        duties = [
            d
            for d in _marks(other.oblige, uf if is_en else ue)
            if _GOVERNS_POSSIBILITY.match(side_o.folded, d.span[1]) is None
            and _EN_ANY_OF.match(side_o.folded, d.span[1]) is None
        ]
        side_m = en if is_en else fr
        governing = [d for d in _marks(other.oblige, uf if is_en else ue) if d not in duties]
        # « l'enquêteur doit exercer le pouvoir de demander » / "may exercise the power to request": a noun of
        # possibility that a duty governs is what the duty is about, no possibility that answers "may".
        free_perms = _free(perms)
        objects = [
            s.span
            for s in (_free(soft) if free_perms and duties else [])
            if _DUTY_OBJECT_NOUN[side_o.lang].match(side_o.folded, s.span[0])
            and any(_DUTY_OBJECT_GAP.fullmatch(side_o.folded, d.span[1], s.span[0]) for d in duties)
        ]
        for m in free_perms:
            # "may be allowed" against « doivent être autorisés »: both modals govern the same possibility,
            # so the modals themselves differ.
            # (The possibility such a duty governs, « autorisés », is then the counterpart of "allowed".)
            own, governed = duties, []
            if _GOVERNS_POSSIBILITY.match(side_m.folded, m.span[1]):
                own = duties + governing
                governed = [
                    (d.span[1], g.end())
                    for d in governing
                    if (g := _GOVERNS_POSSIBILITY.match(side_o.folded, d.span[1])) is not None
                ]
            at_duty = min(own, key=lambda d: abs(d.pos - m.pos), default=None)
            near_duty = abs(at_duty.pos - m.pos) if at_duty is not None else 2.0
            near_soft = min(
                (
                    abs(s.pos - m.pos)
                    for s in _free(soft)
                    if not _within(s.span, governed) and s.span not in objects
                ),
                default=2.0,
            )
            # (Not an English possibility before the duty nearest the French modal with a clause opened between them:
            # the duty then says that clause, the French modal's, and the possibility is another's: "where there are
            # demonstrable grounds that a conflict shall arise" / « des raisons démontrables de croire qu'un conflit
            # peut survenir ».  A possibility after the duty is in the clause the duty's verb governs, "shall explain
            # how … can be requested", and one before it with no clause opened between ends its own clause, "concludes
            # that rights can be granted, it shall publish".)  ``at_duty`` is the duty nearest the modal.
            if (
                m.tag == "sub"
                and not is_en
                and any(
                    _answers(s, m, perm_f + soft_f) and abs(s.pos - m.pos) <= _DESCRIBED_WINDOW
                    for s in _free(soft)
                    if s.span in verbal_e0
                    and not (
                        at_duty is not None
                        and s.span[1] <= at_duty.span[0]
                        and _EN_RELATIVE_BEFORE.search(en.folded, s.span[1], at_duty.span[0]) is not None
                    )
                )
            ):
                continue  # « la manière dont il est possible de » / "how … can be": a possibility described, said elsewhere
            # A possibility described by an English relative clause ("the address from which documents may be
            # obtained") and a French duty described by one (« l'adresse à laquelle les documents doivent lui être
            # réclamés »): French opens its relative clause with the modal, before the subject, and puts the
            # complements of the noun after the clause, which English puts before it; the two modals stand as far
            # apart as _DESCRIBED_WINDOW allows described possibilities to.
            # (Not in a recital, whose reasons name the same things again in clauses of their own: "all situations
            # which may influence" / « des situations … qui doivent être couvertes »; nor where English says a thing
            # to be done, "the format of information to be provided", which the French duty of a relative clause may
            # render, « le format des informations que les autorités doivent fournir ».)
            reach = _FORCE_WINDOW
            if (
                is_en
                and not recital
                and m.tag == "sub"
                and at_duty is not None
                and described(fr.folded, fr.text, at_duty.span[0], Lang.FR)
                and connectives.clauses_alike(en.folded, m.span, fr.folded, at_duty.span)
                and not match_spans(_EN_TO_BE_DONE_INFINITIVE, en.folded, *ue)
            ):
                reach = _DESCRIBED_WINDOW
            if near_duty <= reach and near_duty <= near_soft:
                duty = min(own, key=lambda d: abs(d.pos - m.pos))
                mine = _marks((pe if is_en else pf).oblige, ue if is_en else uf)
                if reach == _DESCRIBED_WINDOW:
                    # (two described modals answer each other before a duty of the main clause: "based on which a
                    # right may be obtained shall be considered" / « sur le fondement duquel un droit doit être
                    # obtenu »: the main "shall" is French « est considéré », said elsewhere)
                    mine = [o for o in mine if described(en.folded, en.text, o.span[0], Lang.EN)]
                if any(abs(o.pos - duty.pos) < near_duty for o in mine):
                    # "… as the firm may decide …; that information must be based" / « … doit être fondée »: the
                    # French « doit » answers the English "must" nearer to it, not the "may".
                    continue
                if is_en and _relative_modal_fr(en, fr, duty, m, recital):
                    # "may entrust tasks … and may specify the procedures for the decision-making" / « peuvent confier
                    # … et préciser les procédures que doivent suivre les autorités »: the « doivent » of a relative
                    # clause says what the thing is, the procedures to be followed; it faces no "may" of a main clause.
                    continue
                if (
                    not is_en
                    and m.tag == "sub"
                    and (
                        _FR_DESCRIBED.search(fr.text[max(0, m.span[0] - 60) : m.span[1]].lower()) is not None
                        or (
                            _FR_RELATIVE_MODAL.search(fr.text[max(0, m.span[0] - 60) : m.span[1]].lower())
                            is not None
                            and _FR_PASSIVE_AFTER.match(fr.folded, m.span[1]) is not None
                        )
                        or (
                            _FR_INVERTED_RELATIVE.search(fr.folded, max(0, m.span[0] - 20), m.span[0])
                            is not None
                            and _FR_MODAL_VERB.fullmatch(fr.folded, *m.span) is not None
                        )
                    )
                    and _EN_RELATIVE_BEFORE.search(en.folded, max(0, duty.span[0] - 100), duty.span[0])
                    is None
                    and _EN_THAT_BEFORE.search(en.folded, max(0, duty.span[0] - 100), duty.span[0]) is None
                    and not _impersonal_for_passive(en, fr, duty, m)
                ):
                    # "organisations meeting any requirements under national law shall be deemed" / « qui remplissent
                    # les conditions pouvant être requises … sont réputées »: a possibility described by a participle
                    # or the impersonal « on » faces the English main verb, which French says by its prescriptive
                    # present; only an English duty in a subordinate clause ("which shall") is its counterpart.
                    continue
                if (
                    not is_en
                    and m.tag == "sub"
                    and _relative_modal_fr(en, fr, m, duty, recital)
                    and not _impersonal_for_passive(en, fr, duty, m)
                ):
                    # « les modalités, qui peuvent être par téléchargement », « pour confirmer que l'opération peut
                    # bénéficier de l'exonération » against "shall indicate the modalities", "shall serve to confirm":
                    # the modal of a relative or completive clause describes, whatever verb follows it.
                    continue
                if (
                    not is_en
                    and m.tag == "sub"
                    and _FR_PREP_RELATIVE_BEFORE.search(fr.folded, max(0, m.span[0] - 80), m.span[0])
                    is not None
                    and _FR_FUTURE_MODAL.match(fr.folded, m.span[0]) is not None
                    and _FR_PASSIVE_AFTER.match(fr.folded, m.span[1]) is not None
                    and _EN_PREP_RELATIVE_BEFORE.search(en.folded, max(0, duty.span[0] - 80), duty.span[0])
                    is not None
                ):
                    # "another account … to which such allowances shall then be transferred" / « un autre
                    # compte … vers lequel ces quotas pourront être transférés »: a relative clause after a
                    # preposition describes the thing, where and when something will be done to it, which
                    # English says with "shall", French with the future of « pouvoir » and its passive. The
                    # present (« peuvent être modifiés ») is no such convention: against "shall", it fires.
                    continue
                if (
                    not is_en
                    and m.tag == "sub"
                    and _EN_TO_BE_DONE.fullmatch(en.folded, *duty.span) is not None
                    and (
                        _EN_RELATIVE_BEFORE.search(en.folded, max(0, duty.span[0] - 100), duty.span[0])
                        is not None
                        or _EN_DESCRIBING_BEFORE.search(en.folded, max(0, duty.span[0] - 130), duty.span[0])
                        is not None
                    )
                ):
                    # "a reasonable timeframe within which such comments are to be provided" / « un délai raisonnable
                    # dans lequel ces observations peuvent être formulées », "how such remedies are to be pursued" /
                    # « comment il peut les exercer »: "is to" in a clause that describes says what is arranged, the
                    # time, the manner, which French says by the modal of that clause.
                    continue
                m.partner = duty
                if _restricted_alike(en, fr, m.span if is_en else duty.span, duty.span if is_en else m.span):
                    continue  # "shall manage only assets" / « peuvent gérer uniquement les actifs »: one restriction
                if not is_en and _inverted_eligibility(en, fr, duty, m, uf):
                    continue  # "A collective mark shall be an EU trade mark …" / « Peuvent constituer des marques … »
                if (
                    not is_en
                    and _EN_CLAIMS_RELIEF.match(en.folded, duty.span[1]) is not None
                    and _FR_CLAIMS_RELIEF.match(fr.folded, m.span[1]) is not None
                ):
                    continue  # "shall apply for the exemption" / « peut demander à bénéficier de l'exemption »
                if (
                    not is_en
                    and _EN_RESPONSIBLE_FOR.match(en.folded, duty.span[1]) is not None
                    and _FR_EMPOWERED.fullmatch(fr.folded, *m.span) is not None
                ):
                    continue  # "shall be responsible for taking decisions" / « est habilitée à prendre les décisions »
                if is_en:
                    out.append(_force_problem(en, fr, [m.span], "permit", [duty.span], "oblige"))
                else:
                    out.append(_force_problem(en, fr, [duty.span], "oblige", [m.span], "permit"))
    # "may be able to", "may have the right to": the possibility a bare modal governs answers the other side's
    # possibility first (« est en mesure de », « a le droit de »), which then leaves the modal itself unanswered.
    # ("shall be entitled to have access" says its possibility itself: « ont le droit d'avoir accès ».)
    for perms, soft, side, others in ((perm_e, soft_e, en, soft_f), (perm_f, soft_f, fr, soft_e)):
        governed_soft = [
            s
            for m in _free(perms)
            if " " not in side.folded[m.span[0] : m.span[1]]
            and (g := _GOVERNS_POSSIBILITY.match(side.folded, m.span[1])) is not None
            for s in soft
            if m.span[1] <= s.span[0] < g.end()
        ]
        # "may be compatible with", "may be admissible only if": the adjective of possibility the modal says of its
        # subject answers the other side's adjective (« sont compatibles », « n'est recevable que si ») first.
        governed_soft += [
            s
            for m in _free(perms)
            if " " not in side.folded[m.span[0] : m.span[1]]
            for s in soft
            if s.partner is None
            and side.folded.startswith(("be ", "etre "), s.span[0])
            and _PREDICATE_POSSIBILITY.fullmatch(side.folded, m.span[1], s.span[1]) is not None
        ]
        _pair(governed_soft, others, _FORCE_WINDOW)

    # « éventuel(lement) » says "any", "possible" of a thing, and a possibility that « veiller à ce que » governs is what
    # the duty ensures: they answer a "may" that describes ("the positions that it may hold" / « les positions qu'il
    # détient éventuellement »), never one that grants ("The college may establish a framework in anticipation of
    # possible emergencies" / « établissent un cadre en prévision d'éventuelles urgences », "may ensure that staff
    # have contact" / « veillent à ce que le personnel puisse contacter »).
    def fits(x: _Mark, y: _Mark) -> bool:
        if _unable(fr, pf, y) or _fronted_possibility(en, fr, x, y, ue, uf):
            return False
        if (
            x.tag == "main"
            and _FR_ENABLING_PARTICIPLE.match(fr.folded, y.span[0]) is not None
            and _EN_WHICH_BEFORE.search(en.folded, max(0, x.span[0] - 100), x.span[0]) is None
        ):
            return False  # « une procédure permettant d'identifier » / "may have a procedure to identify"
        if (
            _FR_THING_POSSIBILITY.fullmatch(fr.folded, *y.span) is not None
            and _FR_THING_BEFORE.search(fr.folded, max(0, y.span[0] - 10), y.span[0]) is not None
            and _FR_HAVING_BEFORE.search(fr.folded, max(0, y.span[0] - 150), y.span[0]) is None
            and _FR_POWER_TO_ACT.match(fr.folded, y.span[1]) is None
        ):
            return False
        if (
            _FR_COMPETENT.fullmatch(fr.folded, *y.span) is not None
            and _FR_BE_BEFORE.search(fr.folded, max(0, y.span[0] - 40), y.span[0]) is None
        ):
            return False  # « l'autorité compétente pour déterminer » / "may be the competent authority": a noun qualified
        if _FR_WHETHER_TO.match(fr.folded, y.span[0]) is not None:
            return False  # « examine s'il y a lieu de modifier » / "may consider whether to amend"
        if _FR_ENSURED.search(fr.folded, max(0, y.span[0] - 250), y.span[0]) is not None:
            # (the English possibility that "ensure that" governs answers it: "shall ensure that authorities may waive")
            return _EN_ENSURED.search(en.folded, max(0, x.span[0] - 250), x.span[0]) is not None
        return (
            _FR_ANY_POSSIBLE.match(fr.folded, y.span[0]) is None
            or _EN_RELATIVE_BEFORE.search(en.folded, max(0, x.span[0] - 100), x.span[0]) is not None
            or _EN_CONTACT_RELATIVE.search(en.folded, max(0, x.span[0] - 30), x.span[0]) is not None
        )

    # Near: a possibility said by a verb or an adjective ("is authorised to provide" / « peut fournir »);
    # then anywhere in the sentence: a permission, then any possibility (« droit de recours »).
    verbal_e, verbal_f = set(pe.verbal_permit), set(pf.verbal_permit)
    _pair(perm_e, [m for m in soft_f if m.span in verbal_f], _FORCE_WINDOW, fits)
    _pair(perm_f, [m for m in soft_e if m.span in verbal_e], _FORCE_WINDOW)
    # (not, across the sentence, a French permission that a participle says in a relative clause, « une plate-forme
    # sur laquelle elles sont autorisées à soumettre une offre »: it describes the thing, and answers no "may" that
    # grants in another clause; see deontic's described permissions)
    _pair(
        perm_e,
        [
            m
            for m in perm_f
            if not (m.tag == "sub" and _FR_PARTICIPLE_PERMIT.match(fr.folded, m.span[0]) is not None)
        ],
        1.0,
        unfaced,
    )
    # A possibility said on both sides at the same place ("as is technically possible" / « que le permettent
    # les moyens techniques », "where necessary" / « le cas échéant ») answers itself, not a permission
    # said elsewhere in the sentence.
    # (A possibility inside a prohibition, "may not" / « ne peut », is that prohibition's.)
    used_before = {m.span for m in soft_e if m.partner is not None}
    qualifiers_e = [
        _Mark((m.start(), m.end()), (m.start() - ue[0]) / max(ue[1] - ue[0], 1))
        for m in _EN_QUALIFIER.finditer(en.folded, ue[0], ue[1])
    ]
    _pair(qualifiers_e, [m for m in soft_f if _fr_qualifier(fr.folded, m.span[0])], _SOFT_WINDOW)
    # A qualifier said on both sides answers itself wherever each side puts it ("may require that, where applicable,
    # firms provide" / « exigent des entreprises qu'elles fournissent, s'il y a lieu, »): it is no counterpart of a
    # modal that the other side changed.
    _pair(qualifiers_e, [m for m in soft_f if _FR_QUALIFIER.match(fr.folded, m.span[0]) is not None], 1.0)
    _pair(perm_e, soft_f, _FORCE_WINDOW, fits)
    _pair(perm_f, soft_e, _FORCE_WINDOW)
    _pair(
        [m for m in soft_e if not _within(m.span, pe.prohibit)],
        [m for m in soft_f if not _within(m.span, pf.prohibit)],
        _SOFT_WINDOW,
    )
    _pair(
        perm_e,
        [
            m
            for m in soft_f
            if not _fr_qualifier(fr.folded, m.span[0])
            # (not what a thing elsewhere in the sentence enables or might do: « une infrastructure leur permettant
            # d'échanger », « les effets que leur divulgation pourrait avoir » grant nothing)
            and not (
                _FR_MERE_POSSIBILITY.match(fr.folded, m.span[0])
                or _FR_ENABLING.match(fr.folded, m.span[0])
                or _FR_PURPOSE_BEFORE.search(fr.folded, max(0, m.span[0] - 12), m.span[0])
            )
        ],
        1.0,
        lambda x, y: (
            (abs(x.pos - y.pos) <= _DESCRIBED_WINDOW or _fr_far_counterpart(fr, y, uf)) and fits(x, y)
        ),
    )
    _pair(perm_f, soft_e, 1.0)
    for m in _free(perm_e):
        force, spans = _nearest_force(pf, uf, m.pos)
        if (
            force == "none"
            and (include := _EN_MAY_INCLUDE.match(en.folded, m.span[1]))
            # (a French word of illustration left over once the English ones have theirs: "The report may include an
            # assessment …, including in particular …" / « Ce rapport comprend une évaluation …, y compris, en
            # particulier, … » renders "including in particular", and « comprend » faces "may include"; an English one
            # said with the verb, "may, in particular, include", "may include, in particular,", is of that phrase,
            # which one « notamment » renders whole)
            and _FR_ILLUSTRATIVE.search(fr.folded, *uf)
            and (
                len(_FR_ILLUSTRATIVE.findall(fr.folded, *uf))
                > sum(
                    not m.span[0] <= x.start() <= include.end() + 2
                    for x in _EN_ILLUSTRATIVE.finditer(en.folded, *ue)
                )
                or _EN_INCLUDE_CHOICE.match(en.folded, include.end())
            )
        ):
            continue  # "Such measures may include fines" / « Ces mesures comprennent notamment des amendes »
        if force == "none" and _said_otherwise(m, en, fr, uf):
            continue  # "may be used in the singular" / « s'entendent », "may omit" / « sont exemptés de », …
        if force == "none" and (a := _EN_SHALL_BE_ABLE.match(en.folded, m.span[0])) and a.end() == m.span[1]:
            continue  # "shall be able to access" / « accèdent »: a duty, said by the prescriptive present
        if (
            force == "none"
            and (
                _EN_ONLY_AFTER.match(en.folded, m.span[1])
                or _EN_ONLY_LATER.match(en.folded, m.span[1])
                or _EN_ONLY_BEFORE.search(en.folded, max(ue[0], m.span[0] - 110), m.span[0])
            )
            and (
                any(g == "restrict" and uf[0] <= a < uf[1] for a, _b, g in pf.weak)
                or _FR_LIMITED_TO.search(fr.folded, *uf) is not None
            )
        ):
            # "only fully paid-up funds may be taken into account" / « il n'est tenu compte que des fonds versés », "A
            # platform may only be appointed where" / « n'est désignée qu'une fois que », "may be applied only between"
            # / « ne sont applicables qu'entre », "may only concern" / « se limitent aux »: a restriction, which French
            # says by « ne … que » or « se limiter à » with no modal.
            continue
        if force in ("none", "permit") and any(
            o.partner is not None
            and en.folded[o.span[0] : o.span[1]] == en.folded[m.span[0] : m.span[1]]
            and (
                _EN_SAID_AGAIN.fullmatch(en.folded, o.span[1], m.span[0]) is not None
                if o.span[1] <= m.span[0]
                else _EN_SAID_AGAIN.fullmatch(en.folded, m.span[1], o.span[0]) is not None
            )
            and _FR_SHARED_MODAL.match(fr.folded, o.partner.span[1]) is not None
            for o in perm_e
        ):
            continue  # "may be entrusted … and procedures … may be specified" / « peuvent confier … et prévoir »
        if force == "none" and _infinitive_item(fr, en, uf, ue):
            continue  # "(a) may, where available, use" / « a) lorsque …, utiliser »: the lead-in says the force
        if force in ("none", "permit") and _permitted_by_verb(en, fr, m, pf, ue, uf):
            continue  # "to allow the user to have the option to appeal" / « afin de lui permettre de former un recours »
        # A recital's "may" is often a possibility stated, not a power granted; nor does it differ in force from the
        # recommendation recitals are written in ("account may be taken of" / « il convient de tenir compte de »).
        if m.tag == "main" and not (recital and force in ("none", "permit", "recommend")):
            out.append(_force_problem(en, fr, [m.span], "permit", spans, force))
    # "the budget, which may include the list of posts" against « le budget qui comprend le tableau »: a relative "may
    # include" leaves open what the thing is made of, which the French plain statement closes; it is a possibility no
    # French modal, possibility or word of illustration answers anywhere in the sentence.
    if not recital and _FR_OPEN_LIST.search(fr.folded, *uf) is None:
        for m in _free(soft_e):
            if (
                en.folded[m.span[0] : m.span[1]] == "may"
                and _EN_INCLUDE_VERB.match(en.folded, m.span[1]) is not None
                and _EN_RELATIVE_MAY_INCLUDE.search(en.folded, max(0, m.span[0] - 8), m.span[0]) is not None
                and not _marks(pf.permit + pf.sub_permit + pf.soft_permit + pf.oblige + pf.prohibit, uf)
            ):
                out.append(_force_problem(en, fr, [m.span], "permit", [], "none"))

    for m in _free(perm_f):
        force, spans = _nearest_force(pe, ue, m.pos)
        if force in ("permit", "none") and any(
            o.partner is not None and o.span[0] > m.span[1] and _repeats(fr.folded, m.span, o.span)
            for o in perm_f
        ):
            continue  # « le responsable peut être désigné ou les critères … peuvent être prévus »: one "may" for two
        if force == "oblige" and _EN_ANY_OF.match(en.folded, spans[0][1]):
            continue  # "shall include any of the following" / « peuvent consister en »: a choice among the items
        if (
            force == "none"
            and _FR_CHOICE_LEAD_IN.match(fr.folded, m.span[1])
            and _EN_CHOICE_LEAD_IN.search(en.folded, *ue)
        ):
            continue  # "… shall mean any of the following:" / « … peut être: »
        if force == "none" and _modal_of_the_list(en, fr, pe, m, ue, uf):
            continue  # "The laws of a Member State:" / « Les États membres peuvent: »
        if force == "none" and _FR_IMPERSONAL_AFTER.match(fr.folded, m.span[1]) is not None:
            continue  # « Il peut s'agir d'un auditeur » / "for instance an auditor": what may be the case, no grant
        if force in ("none", "permit") and _permitted_by_verb(fr, en, m, pe, uf, ue):
            continue  # « peut prévoir que les autorités peuvent transférer » / "may provide for the authorities to transfer"
        if force == "none" and any(
            abs(x.pos - m.pos) <= _FORCE_WINDOW
            for x in _marks(match_spans(_EN_BAR_LIFTED, en.folded, *ue), ue)
        ):
            continue  # "shall not prevent the authority from exercising" / « l'autorité peut exercer »: the bar lifted
        if m.tag == "main" and not (recital and force in ("none", "permit")):
            out.append(_force_problem(en, fr, spans, force, [m.span], "permit"))
    # « doit » facing "is authorised to": an explicit French obligation whose nearest English counterpart is
    # a possibility ("can", "is authorised to"), not an obligation of any form ("shall", "requires", "should").
    oblige_f = _marks(pf.oblige, uf)
    if oblige_f:
        # A possibility answered by one on the French side ("could" / « pourrait ») is not the counterpart
        # of a « doit ».
        free_f = [m for m in soft_f if m.span in verbal_f and m.partner is None]
        duty_f = [d for d in oblige_f if _FR_GOVERNED_POSSIBILITY.match(fr.folded, d.span[1]) is None]
        _pair(
            [
                m
                for m in soft_e
                if m.span in verbal_e
                and m.partner is None
                # ("provided that they can demonstrate" / « dès lors qu'ils doivent démontrer »: not one with a
                # « doit » nearer to it than any French possibility, which that « doit » faces; "can only be" is « doit
                # être » restricted, and « il est nécessaire qu'elles soient en mesure » governs its own possibility)
                and (
                    _EN_ONLY_AFTER.match(en.folded, m.span[1]) is not None
                    or min((abs(d.pos - m.pos) for d in duty_f), default=2.0)
                    >= min((abs(y.pos - m.pos) for y in free_f), default=2.0)
                )
            ],
            free_f,
            _FORCE_WINDOW,
        )
        # (a word may be found as a possibility and as a verbal one with different ends: « autorisés » and
        # « autorisés à »; the same word either way)
        used = used_before | {
            m.span
            for m in soft_e
            if m.partner is not None
            and any(a < m.partner.span[1] and m.partner.span[0] < b for a, b in verbal_f)
        }
        # (not the negation of "need not", which is that possibility's own word; nor a noun that names a duty, "the need
        # to involve all Member States", "reporting requirements", the subject matter, which French says by its noun)
        soft_duty_e = _marks(pe.soft_oblige, ue)
        nouns_e = [d for d in soft_duty_e if _en_duty_noun(en.folded, d.span)]
        duty_e = (
            [d for d in soft_duty_e if d not in nouns_e]
            + _marks(pe.recommend, ue)
            + [n for n in _marks(pe.negation, ue) if not _within(n.span, pe.verbal_permit)]
            # ("the works to be provided by it" / « les travaux qu'il doit fournir »: what is to be done, a duty)
            + _marks(match_spans(_EN_TO_BE_DONE_INFINITIVE, en.folded, *ue), ue)
        )
        # ("should be possible" / « il devrait être possible »: the verbal "possible" is the word of the possibility
        # "be possible" that its rendering has answered, whatever the ends)
        # (nor the predicate that an English duty governs, "must accordingly be compatible": the duty faces the « doit »
        # that says it, « doit donc être compatible », wherever the words after it put its predicate)
        verbal_e2 = [
            m
            for m in _marks(pe.verbal_permit, ue)
            if not any(a < m.span[1] and m.span[0] < b for a, b in used)
            and m.span not in strong_e
            and not any(
                _EN_GOVERNED_GAP.fullmatch(en.folded, d[1], m.span[0]) for d in pe.oblige + pe.recommend
            )
        ]
        ables_e = [
            a for a in _marks(match_spans(_EN_ABLE, en.folded, *ue), ue) if _en_able_possibility(en, a, ue)
        ]
        for m in oblige_f:
            if _FR_POSSIBILITY_AFTER.match(fr.folded, m.span[1]):
                continue  # « doit être autorisée », « doivent permettre »: the French says the possibility too
            # (a noun that names a duty is no counterpart of the modal « doit », but may be that of an impersonal « il
            # est nécessaire de », "the need to assess")
            modal = _FR_DUTY_MODAL.match(fr.folded, m.span[0]) is not None
            # "may be required to indicate" / « doivent être tenues d'indiquer », "it may prove necessary" / « il doit
            # s'avérer nécessaire »: where the French modal governs a word of duty, that word renders the English one
            # that an English modal governs, and the two modals face each other; the English word of duty is no
            # counterpart of the « doit ».
            governed_e = (
                [
                    d
                    for d in duty_e
                    if any(_EN_GOVERNED_GAP.fullmatch(en.folded, p[1], d.span[0]) for p in pe.verbal_permit)
                ]
                if modal and _FR_GOVERNED_DUTY.match(fr.folded, m.span[1])
                else []
            )
            near_duty = min(
                (abs(d.pos - m.pos) for d in duty_e + (nouns_e if not modal else []) if d not in governed_e),
                default=2.0,
            )
            # "the Licensor may also offer … or stop …" / « doit également proposer … et peut cesser »: a "may"
            # with the « doit » at its place, and the French possibility it was paired with further away, faces the
            # « doit ».
            strays = [
                p
                for p in perm_e
                if p.tag == "main"
                and p.partner is not None
                and abs(p.pos - m.pos) <= _SOFT_WINDOW < abs(p.partner.pos - p.pos)
                # (not a "may" of what comes about with a « pouvoir » of what comes about: neither grants anything,
                # and the duty at its place is another clause's, "the disruption that such reversal may cause, it is
                # necessary" / « la perturbation qui pourrait en résulter …, il est nécessaire »)
                and not _may_happen_pair(en, fr, p)
            ] + [
                # "Releases can occur due to combustion" / « Les rejets doivent résulter de la combustion, laquelle peut
                # avoir lieu »: a "can" with the « doit » at its very place, paired with a French possibility further
                # on, faces the « doit »
                p
                for p in soft_e
                if modal
                and p.partner is not None
                and p.span in verbal_e
                and _EN_CAN.fullmatch(en.folded, *p.span) is not None
                and abs(p.pos - m.pos) <= _AT_PLACE < abs(p.partner.pos - p.pos) - _AT_PLACE
            ]
            if modal and _FR_MODAL_PASSIVE.match(fr.folded, m.span[1]):
                strays += _ables_at(en, soft_e, ables_e, m)
            near = min(verbal_e2 + strays, key=lambda v: abs(v.pos - m.pos), default=None)
            reach = _FORCE_WINDOW
            if (
                near is not None
                and not recital
                and described(fr.folded, fr.text, m.span[0], Lang.FR)
                and described(en.folded, en.text, near.span[0], Lang.EN)
                and connectives.clauses_alike(en.folded, near.span, fr.folded, m.span)
            ):
                # "any specific part of the earth, … over which title and possession can be created" / « toute partie
                # déterminée de la terre, … à laquelle doivent être attachés des droits de propriété et de possession »:
                # the modal of a relative or completive clause renders the other side's modal of that clause, however
                # far word order puts them (French puts its modal before the subject there, English after it; see
                # _DESCRIBED_WINDOW), and a duty of the English main clause is no counterpart of it.
                reach = _DESCRIBED_WINDOW
                near_duty = min(
                    (abs(d.pos - m.pos) for d in duty_e if described(en.folded, en.text, d.span[0], Lang.EN)),
                    default=2.0,
                )
            if (
                near is not None
                and abs(near.pos - m.pos) <= reach
                and abs(near.pos - m.pos) < near_duty
                # (« qui doivent encore le ratifier », « lorsqu'ils doivent prendre »: what a thing or a moment is)
                and not _circumstance_duty(en, fr, pe, m, near, ue)
            ):
                out.append(_force_problem(en, fr, [near.span], "permit", [m.span], "oblige"))
    # "any event which shall affect" against « tout événement susceptible d'affecter »: an English obligation
    # whose nearest French counterpart is a possibility (« susceptible de », « pourrait »), with no French
    # obligation nearer and no English possibility that the French one could answer instead.
    # (Read on the verbal possibilities: « est susceptible » is one possibility, whose verbal mark starts at
    # « susceptible »; one that already answers an English possibility is left out.)
    # (« pouvant », a possibility described, is marked as a permission: one it answers is its partner there)
    answering = [m.span for m in soft_f + perm_f if m.partner is not None]
    described_f = set(pf.sub_permit)
    maybe_f = [
        m
        # (with « éventuellement », which deontic reads as a possibility of a thing, not said by a verb)
        for m in _marks(
            pf.verbal_permit + [s for s in pf.soft_permit if _FR_POSSIBLY.match(fr.folded, s[0])], uf
        )
        if not any(a < m.span[1] and m.span[0] < b for a, b in answering)
        and not _within(m.span, pf.prohibit)
        and (
            _FR_MERE_POSSIBILITY.match(fr.folded, m.span[0])
            or (m.span in described_f and _FR_PARTICIPLE_POSSIBILITY.match(fr.folded, m.span[0]))
            # (« il se peut que »: the possibility of the clause it governs, see _FR_IMPERSONAL_POSSIBILITY)
            or _fr_impersonal_possibility(fr, m.span)
            or _FR_POSSIBLY.match(fr.folded, m.span[0])
        )
        # « qu'aucune responsabilité ne puisse être attribuée »: a possibility denied, the rendering of "no
        # liability shall attach"
        and _FR_NE_JUST_BEFORE.search(fr.folded, max(0, m.span[0] - 3), m.span[0]) is None
    ]
    oblige_e = _marks(pe.oblige, ue) if maybe_f else []
    if oblige_e:  # (the rest is needed only then)
        # (A « devraient » that answers an English "should" is that recommendation, wherever word order puts it: "They
        # should be spelled out as regards … the thresholds which shall trigger other obligations" / « Les seuils … qui
        # sont susceptibles d'entraîner d'autres obligations devraient être précisés ».)
        advice_e, advice_f = _marks(pe.recommend, ue), _marks(pf.recommend, uf)
        _pair(advice_e, advice_f, 1.0)
        duties_f = [
            m for m in _marks(pf.soft_oblige, uf) if not _FR_DUTY_NOUN.match(fr.folded, m.span[0])
        ] + _free(advice_f)
        possible_e = _marks(pe.soft_permit, ue)
        # (the French possibilities that are no past infinitive, read on the accented text: see _FR_PAST_INFINITIVE)
        lowered = fr.text.lower()
        acting_f = [y for y in maybe_f if _FR_PAST_INFINITIVE.match(lowered, y.span[1]) is None]
    for o in oblige_e:
        if en.folded[o.span[0] : o.span[1]] not in ("shall", "must") or _GOVERNS_POSSIBILITY.match(
            en.folded, o.span[1]
        ):
            continue
        # (not a French possibility of the past against a duty to act, "which shall also state" / « si l'incident
        # pourrait avoir été causé »: the duty is rendered by another French verb, the possibility by other English)
        facing = maybe_f if _EN_STATE_AFTER.match(en.folded, o.span[1]) else acting_f
        if not facing:
            continue
        v = min(facing, key=lambda y: abs(y.pos - o.pos))
        gap = abs(v.pos - o.pos)
        participle = (
            gap <= _SOFT_WINDOW
            and _FR_PARTICIPLE_POSSIBILITY.match(fr.folded, v.span[0]) is not None
            and _FR_ABSOLUTE_SUBJECT.search(fr.folded[uf[0] : v.span[0]][-90:]) is not None
        )
        main = (
            _FR_PREDICATE_POSSIBILITY.match(fr.folded, v.span[0]) is not None
            and gap <= _SOFT_WINDOW
            and _fr_main_clause(fr, v.span[0], uf)
        )
        # (« risque de » is always the finite verb of its clause: a "shall" at its place is that clause's verb, whatever
        # the clause and however long its subject, "whether a practice … shall threaten" / « le fait que la pratique
        # … risque d'ébranler »)
        # (not where the English says the risk itself, "is at risk of not complying", "would incur costs": « risque de »
        # renders that, and the "shall" is the verb of another clause)
        risk = (
            gap <= _SOFT_WINDOW
            and _FR_RISK_VERB_AT.match(fr.folded, v.span[0]) is not None
            and _EN_RISK_SAID.search(en.folded, *ue) is None
        )
        # (« il se peut que certains États membres souhaitent » against "some Member States shall wish": the impersonal
        # possibility says the force of the clause it governs, whose verb the "shall" is; within the window, however long
        # the subject French puts between them)
        impersonal = _fr_impersonal_possibility(fr, v.span)
        # (« veillent à ce que les soumissionnaires … puissent accéder », « a) l'entité qualifiée et le professionnel
        # puissent proposer »: the subjunctive of a clause that a duty to ensure governs, said in the sentence or in the
        # lead-in of the list, is the finite verb of that clause; a "shall" at its place is that clause's verb)
        ensured = (
            gap <= _SOFT_WINDOW
            and _FR_SUBJUNCTIVE_MODAL.fullmatch(fr.folded, *v.span) is not None
            and (
                _FR_ENSURED.search(fr.folded, max(0, v.span[0] - 400), v.span[0]) is not None
                or _FR_ITEM_SUBJECT.fullmatch(fr.folded, uf[0], v.span[0]) is not None
            )
        )
        if _FR_POSSIBLY.match(fr.folded, v.span[0]) and _EN_ANY_AFTER.match(en.folded, o.span[1]):
            continue  # "which they shall fix with due regard for any maximum amount" / « le montant éventuellement prévu »
        if not (
            main
            or risk
            or participle
            or impersonal
            or ensured
            or _EN_RELATIVE_BEFORE.search(en.folded, max(0, o.span[0] - 100), o.span[0])
            # ("any request he shall have", "the data they shall hold" / « qu'il pourrait formuler », « qu'elles sont
            # susceptibles de détenir »: English may leave out the pronoun of a relative clause whose object is the
            # noun before it, French never does; the "shall" after the noun and the subject pronoun is that clause's
            # verb, as after "which", when French opens its relative clause with « que » and a subject pronoun right
            # before the possibility)
            or (
                _EN_CONTACT_RELATIVE.search(en.folded, max(0, o.span[0] - 30), o.span[0]) is not None
                and _FR_OBJECT_RELATIVE_BEFORE.search(fr.folded, max(0, v.span[0] - 30), v.span[0])
                is not None
            )
        ):
            continue
        if (
            gap <= _FORCE_WINDOW
            and gap < min((abs(d.pos - o.pos) for d in duties_f), default=2.0)
            and gap < min((abs(p.pos - v.pos) for p in possible_e), default=2.0)
        ):
            v.partner = o
            out.append(_force_problem(en, fr, [o.span], "oblige", [v.span], "permit"))
    out += _unsaid(out, _hedge_made_duty(en, fr, ue, uf))
    out += _unsaid(out, _happening_made_duty(en, fr, pe, pf, ue, uf, answering))
    out += _unsaid(out, _prep_relative_duties(en, fr, pe, pf, ue, uf, soft_e + perm_e, answering))
    out += _unsaid(out, _shared_modal_duties(en, fr, pe, pf, ue, uf))
    out += _unsaid(out, _duties_not_to(en, fr, pe, pf, ue, uf))
    return out


#: "as the case may be", a fixed hedge (« selon le cas », « le cas échéant »), said with a modal of duty: "or, as the case
#: shall be, the liquidation", "prohibits or regulates, as the case must be, the export".  The hedge closes on a
#: comma, a stop or a bracket; "the case shall be referred" is the noun "case" under a duty, no hedge.
_EN_HEDGE_DUTY = re.compile(r"\bas the case (shall|must) be\b(?=\s*(?:[,;:.)]|$))")
#: The French of the hedge.
_FR_CASE_HEDGE = re.compile(r"\b(?:selon|suivant) (?:le|les) cas\b|\ble cas echeant\b")


def _hedge_made_duty(en: _Side, fr: _Side, ue: tuple[int, int], uf: tuple[int, int]) -> list[_Problem]:
    """ "as the case shall be" against « selon le cas » (or nothing): the English hedge "as the case may be" grants nothing
    and obliges to nothing; with a modal of duty in its place the English says what the case is to be, where the French
    says only that it may be so.  The duty faces the French hedge nearest to it, or, with none, the French's plain
    statement."""
    out: list[_Problem] = []
    width_e, width_f = max(ue[1] - ue[0], 1), max(uf[1] - uf[0], 1)
    hedges = list(_FR_CASE_HEDGE.finditer(fr.folded, *uf))
    for m in _EN_HEDGE_DUTY.finditer(en.folded, *ue):
        at = (m.start(1) - ue[0]) / width_e
        near = min(hedges, key=lambda h: abs((h.start() - uf[0]) / width_f - at), default=None)
        spans = [near.span()] if near is not None else []
        out.append(_force_problem(en, fr, [m.span(1)], "oblige", spans, "permit" if spans else "none"))
    return out


def _happening_made_duty(
    en: _Side,
    fr: _Side,
    pe: Profile,
    pf: Profile,
    ue: tuple[int, int],
    uf: tuple[int, int],
    answering: list[tuple[int, int]],
) -> list[_Problem]:
    """ "the disruption that such reversal shall cause" against « la perturbation qui pourrait en résulter »: a duty
    before a verb of what comes about says that it will come about, the French « pouvoir » of that verb only that it
    may.  The two verbs are one clause's, however far French word order puts them (_DESCRIBED_WINDOW), so the duty
    faces that « pouvoir » even where a duty of another clause (« il est nécessaire ») stands nearer; not a « pouvoir »
    that already answers an English possibility (``answering``)."""
    out: list[_Problem] = []
    happening_f = [
        m
        for m in _marks(sorted(set(pf.permit + pf.sub_permit + pf.soft_permit)), uf)
        if _fr_may_happen(fr, m) and not any(a < m.span[1] and m.span[0] < b for a, b in answering)
    ]
    if not happening_f:
        return out
    for o in _marks(pe.oblige, ue):
        if en.folded[o.span[0] : o.span[1]] not in ("shall", "must") or not _may_happen(en, o):
            continue
        v = min(happening_f, key=lambda y: abs(y.pos - o.pos))
        if abs(v.pos - o.pos) <= _DESCRIBED_WINDOW:
            out.append(_force_problem(en, fr, [o.span], "oblige", [v.span], "permit"))
    return out


#: The impersonal « on » with the modal of « pouvoir » right before it ends (« l'on peut », « dont on peut »).
_FR_IMPERSONAL_ON_MODAL = re.compile(r"(?:\bl'|(?<![\w']))on\s+(?:peut|pourra|pourrait)$")
#: A passive that an English modal governs, perhaps with an adverb or two before or after "be" ("shall otherwise be
#: assumed", "shall nevertheless be reasonably expected").
_EN_PASSIVE_AFTER_MODAL = re.compile(r"\s+(?:[a-z]+\s+){0,2}?be\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn)\b")


def _impersonal_for_passive(en: _Side, fr: _Side, duty: _Mark, modal: _Mark) -> bool:
    """Say whether the French modal ``modal`` is that of an impersonal « on » rendering the English passive that the
    duty ``duty`` governs.  French says with « on » and an active verb what English says with a passive: "such a change
    may be presumed to" / « l'on peut présumer que cette modification », "uses which may be reasonably expected" /
    « les utilisations dont on peut raisonnablement prévoir ».  The « on peut » then is the modal of the English
    passive's clause, no possibility described: against "shall be presumed" the force differs.  (Not "is to be
    expected" / « on peut s'attendre »: "is to" there says what is likely, no duty.)"""
    return (
        en.folded[duty.span[0] : duty.span[1]] in ("shall", "must")
        and _FR_IMPERSONAL_ON_MODAL.search(fr.folded, max(0, modal.span[0] - 20), modal.span[1]) is not None
        and _EN_PASSIVE_AFTER_MODAL.match(en.folded, duty.span[1]) is not None
    )


def _restricted_alike(en: _Side, fr: _Side, e_span: tuple[int, int], f_span: tuple[int, int]) -> bool:
    """Say whether the English modal at ``e_span`` and the French one at ``f_span`` each go on to restrict what they
    govern in their own clause ("shall manage only assets" / « peuvent gérer uniquement les actifs »): both then forbid
    what falls outside the restriction, whichever modal each side chose (see _EN_ONLY_LATER)."""
    return (
        _EN_ONLY_LATER.match(en.folded, e_span[1]) is not None
        and _FR_ONLY_LATER.match(fr.folded, f_span[1]) is not None
    )


def _unsaid(out: list[_Problem], more: list[_Problem]) -> list[_Problem]:
    """The problems of ``more`` whose evidence no problem of ``out`` has named already."""
    said = {sp for problem in out for sp in (*problem[1], *problem[2])}
    return [q for q in more if not said & {*q[1], *q[2]}]


#: A French duty said before its negation (« doit ne pas être informé », « doivent ne pas toujours l'appliquer »): a
#: duty not to do or not to be.  French says what may not be, or may be left undone, with the possibility before the
#: negation (« peut ne pas »), and a prohibition with « ne peut pas », « ne doit pas »; English "may not" renders
#: either of the first and never a duty, which it says "shall not", "must not".
_FR_NOT_AFTER_DUTY = re.compile(r"\s+ne\s+pas\b")
#: "may not", "might not", perhaps with an adverb between ("may not necessarily").
_EN_MAY_NOT = guard(re.compile(r"\b(?:may|might)(?:\s+\w+ly)?\s+not\b"), "may", "might")


def _duties_not_to(
    en: _Side, fr: _Side, pe: Profile, pf: Profile, ue: tuple[int, int], uf: tuple[int, int]
) -> list[_Problem]:
    """A French duty not to do (« le détenteur doit ne pas être informé ») against an English "may not" at its place
    ("the holder may not be informed"): the English says what may not happen or may be left undone, the French what
    must not.  Not where an English duty or prohibition said otherwise ("shall not", "must not", "cannot") stands
    nearer to the French modal: that is its counterpart."""
    out: list[_Problem] = []
    duties_not = [
        m
        for m in _marks(pf.oblige, uf)
        if _FR_DUTY_MODAL.fullmatch(fr.folded, *m.span) is not None
        and _FR_NOT_AFTER_DUTY.match(fr.folded, m.span[1]) is not None
    ]
    if not duties_not:
        return out
    mays = _marks(match_spans(_EN_MAY_NOT, en.folded, *ue), ue)
    others = [
        d for d in _marks(pe.oblige + pe.prohibit, ue) if _EN_MAY_NOT.match(en.folded, d.span[0]) is None
    ]
    for m in duties_not:
        near = min(mays, key=lambda x: abs(x.pos - m.pos), default=None)
        if (
            near is not None
            and abs(near.pos - m.pos) <= _FORCE_WINDOW
            and not any(abs(d.pos - m.pos) < abs(near.pos - m.pos) for d in others)
        ):
            out.append(_force_problem(en, fr, [near.span], "permit", [m.span], "oblige"))
    return out


#: The label of a list item ("(a)", « a) », "1.", "-"), and the words that show an item does not open on a verb.
#: A finite form of "be", "have", "do" at the start of an English list item (see _item_negations).
_FINITE_ITEM = re.compile(r"(?:is|are|was|were|has|had|does|did)\b")
_ITEM_START = re.compile(r"\s*(?:\(?(?:[a-z]|[ivx]{1,5}|\d{1,2})[.)]|[-\u2013\u2022])\s+")
_NOT_VERB = {
    Lang.EN: re.compile(
        r"(?:the|a|an|any|all|each|every|its|their|his|her|where|if|when|in|on|for|to|of|by|with|such|that|this"
        r"|these|those|not|no|never|nor|neither|it|they|there|and|or|as|at|from|under|unless|whether|which|who"
        r"|without|only|other|same)\b"
    ),
    Lang.FR: re.compile(
        r"(?:le|la|les|l'|un|une|des|du|de|d'|tout|toute|tous|toutes|chaque|lorsque|lorsqu'|si|s'|dans|en|a|au"
        r"|aux|pour|par|sur|avec|ne|n'|aucun|aucune|nul|nulle|ni|ce|cette|ces|son|sa|ses|leur|leurs|qui|que|qu'"
        r"|il|elle|ils|elles|et|ou|sans|sauf|seul|seuls|seule|seules|autre|autres|meme)\b"
    ),
}


#: A condition said positively: « subordonné à », "subject to", « à condition que », "provided that".
_NECESSITY = re.compile(
    r"\b(?:subordonn\w*|soumise?s? a|subject to|conditional|conditionn\w*|a (?:la )?condition|provided that"
    r"|pour autant)\b"
)
#: "without delay", « sans délai », « sans retard »: "promptly", not a condition.
_PROMPTLY = re.compile(r"\s+(?:undue\s+)?(?:delay|delai|retard)\b")


#: The end of a list's lead-in after its negation: the colon, after a bare "be" in English ("shall not be:"), and the
#: closing quote of an amending act ("does not:’;").
_LEAD_IN_END = {
    Lang.EN: re.compile(r"(?P<be>\s+be)?\s*:[\s’'\"”»;]*"),
    Lang.FR: re.compile(r"\s*:[\s’'\"”»;]*"),
}
#: A French lead-in that says the copula itself (« … sont: »).
_COPULA_LEAD_IN = re.compile(r"\b(?:est|sont|soit|soient|etre|sera|seront)\s*:[\s’'\"”»;]*$")


def _ends_lead_in(side: _Side, m: _Mark, other: _Side) -> bool:
    """Say whether negation ``m`` ends a list's lead-in ("shall not:", "shall not be:", "does not:’;"); not a "shall
    not be:" against a French lead-in that says the copula (« sont: »): its negation is the copula's."""
    end = _LEAD_IN_END[side.lang].fullmatch(side.folded, m.span[1])
    be = side.lang is Lang.EN and end is not None and end.group("be")
    return end is not None and not (be and _COPULA_LEAD_IN.search(other.folded))


def _item_negations(
    en: _Side,
    fr: _Side,
    pe: Profile,
    pf: Profile,
    ue: tuple[int, int],
    uf: tuple[int, int],
    real_e: list[_Mark],
    real_f: list[_Mark],
) -> None:
    """A list item that opens on a negated verb (« a) ne contredisent pas … ») against one that opens on the bare
    verb ("(a) contradict …"): the negation is said once in the other language's lead-in ("… shall not:"), whose
    own negation needs no answer when the other lead-in leaves its verb to the items (no modal in it)."""
    for marks, side, other, uo, o_side, o_marks in (
        (real_e, en, pf, uf, fr, real_f),
        (real_f, fr, pe, ue, en, real_e),
    ):
        if any(
            re.fullmatch(r"\s*:\s*", o_side.folded[b.span[1] :])
            for b in _marks(other.lower + other.upper, uo)
        ):
            # « Un fonds n'investit pas: a) plus de 10 % … » / "A fund shall invest no more than: (a) 10 % …":
            # the negation and its bound are split between the lead-in and the items.
            for m in marks:
                if m.partner is None and _ends_lead_in(side, m, o_side):
                    m.partner = m
            continue
        # (A negation of the other side that answers one of this side says the verb of another clause: "shall not
        # apply where the law does not:" / « ne s'appliquent pas si le droit: ».)
        answered = {m.span for m in o_marks if m.partner is not None}
        if (
            _free(o_marks)
            or any(m.span not in answered for m in _marks(other.prohibit, uo))
            or any(_marks(getattr(other, name), uo) for name in ("oblige", "permit", "recommend"))
        ):
            continue
        for m in marks:
            if m.partner is None and _ends_lead_in(side, m, o_side):
                m.partner = m
    m_en, m_fr = _ITEM_START.match(en.folded), _ITEM_START.match(fr.folded)
    if m_en is None or m_fr is None or ue[0] > m_en.end() or uf[0] > m_fr.end():
        return
    # Only a French item: English says the negation of all its items in the lead-in ("shall not:"), French in
    # each item; an English item that opens on "not" (« (c) not publish ») is negated in French too, since a
    # French lead-in is negated only when every item is.
    # An English item that opens on a finite verb ("(a) is established", "(b) are equivalent", "(b) has complied")
    # follows a lead-in that says no modal ("shall not: (a) is" cannot be said): the French negation is its own.
    at, o_at = m_fr.end(), m_en.end()
    first = next((m for m in real_f if m.partner is None and m.span[0] == at), None)
    if (
        first is not None
        and en.text[o_at : o_at + 1].islower()
        and _NOT_VERB[Lang.EN].match(en.folded, o_at) is None
        and _FINITE_ITEM.match(en.folded, o_at) is None
    ):
        first.partner = first


# A series « ni X ni Y » / "neither X nor Y": one negation said at its start (matched in place, not on a slice).
_NI = re.compile(r"ni\b")
_NOR = re.compile(r"(?:nor|neither)\b")
#: A series of two sides: "neither … nor", « ni … ni » (in one clause).
_NEITHER = re.compile(r"\bneither\b[^;:]{1,400}?\bnor\b")
#: The "neither" that opens a series "neither … nor" in its sentence (not that of "Neither shall it …", a "nor").
_NEITHER_NOR = re.compile(r"neither\b[^.;:]{1,400}?\bnor\b")
_NI_NI = re.compile(r"\bni\b[^;:]{1,400}?\bni\b")
_QUE = re.compile(r"\bqu(?:e\b|')")
_NON_PLUS = re.compile(r"\s+non plus\b")
_AFTER_AND = re.compile(
    r"\b(?:and|but|et|mais)\s+(?:(?:qu')?(?:il|elle|ils|elles|it|they|there|qui|that|which|who)\s+)?"
    r"(?:(?:therefore|thus|hence|also|so)\s+)?"
    # "and is not bound", "and shall not": English puts the auxiliary between the conjunction and "not"
    r"(?:(?:is|are|was|were|be|been|shall|will|may|must|should|does|do|did|has|have|had)\s+)?$"
)
#: The next clause of a coordination, with its own subject, up to its negation: "and that the reputation … is not",
#: ", or its manufacturer is not" (see _said_once_fr).
_EN_NEXT_CLAUSE = re.compile(
    r"^[^.;:]*?\b(?:and|or)\s+(?:that\s+)?(?:[\w'-]+\s+){1,8}?(?:is|are|was|were|has|have|had|does|do|did)\s+$"
)
#: The words that open a clause of its own, and up to three words, right before its negation: "issuers that have no",
#: "where none of", "and if it were not", « dont aucun », « lorsqu'aucun », « et si elle n'était pas »; the group
#: "and" / "or" tells a clause coordinated with another (see _negation_problems).
_OWN_CLAUSE_NEG = {
    Lang.EN: guard(
        re.compile(
            r"\b(?:(and|or),?\s+)?(?:that|which|who|whom|whose|where|when|if|whether|unless)\s+(?:[\w'-]+\s+){0,3}$"
        ),
        *("that", "which", "who", "where", "when", "if", "whether", "unless"),
    ),
    Lang.FR: guard(
        re.compile(
            r"\b(?:(et|ou),?\s+)?(?:qu'|que\s+|qui\s+|dont\s+|lorsqu'|lorsque\s+|si\s+|s'(?:il|elle)s?\s+)"
            r"(?:[\w'-]+\s+){0,3}$"
        ),
        *("qu", "dont", "si", "s'"),
    ),
}
#: … and without a subject, up to a modal: ", and may not show" (a « ni » of French carries that one on).
_EN_NEXT_MODAL = re.compile(r"^[^.;:]*?\b(?:and|or)\s+$")
#: A French negated verb whose subject is a coordination (« que les enquêtes et la réputation … ne soient pas », « que
#: ce produit, ou son fabricant, ne respectent pas »): between the word that opens its clause and the « ne », words and
#: an « et » or an « ou », no other clause; the verb in the plural (« soient », « respectent », « ont »).
_FR_COORDINATED_SUBJECT = re.compile(
    r"\b(?:qu(?:e\b|')|lorsqu(?:e\b|')|si\b)\s*(?:(?!(?:il|elle|on|que|qu'|qui|dont|ne|n')\b)[\w'-]+,?\s+){1,6}?"
    r"(?:et|ou)\s+(?:(?!(?:que|qu'|qui|dont|ne|n')\b)[\w'-]+,?\s+){1,8}?$"
)
_FR_PLURAL_NEGATED = re.compile(r"(?:ne\s+|n')[\w-]*nt\b")
#: An English negation said with its own modal ("may not", "shall not", "cannot").
_EN_OWN_MODAL_NOT = re.compile(r"(?:shall|must|may|should|will|can|could|would) not|cannot")
#: A negation of sameness ("do not cover the same risks", « n'exercent pas les mêmes activités ») and the words of
#: difference that say it without a negation ("different activities", "affects them differently", "distinctive
#: impacts" / « des risques différents », « différemment »), placed after the span of the negation.
_NOT_SAME = {
    Lang.EN: re.compile(r"\s+(?:[\w-]+\s+){0,2}?the same\b"),
    Lang.FR: re.compile(r"\s+(?:[\w-]+\s+)?(?:les|le|la|l')\s*memes?\b"),
}
_SAME = {Lang.EN: re.compile(r"\bthe same\b"), Lang.FR: re.compile(r"\b(?:les|le|la|l')\s*memes?\b")}
_UNLIKE = {
    Lang.EN: re.compile(r"\b(?:differ(?:s|ed|ing|ent|ently)?|distinct(?:ive|ively|ly)?|dissimilar)\b"),
    Lang.FR: re.compile(r"\b(?:differ(?!end)\w*|distinct\w*)"),
}
#: A noun of negation at the head of its phrase, before its complement (« le non-paiement de la taxe », « l'inobservation,
#: soit des formalités », "the non-payment of the fee"), and the determiner or preposition before it.
_NEG_NOUN = {
    Lang.EN: re.compile(r"non-\w+(?=\s+of\b)"),
    Lang.FR: re.compile(
        r"(?:non-\w+|inobservation|inexecution)(?=,?\s+(?:soit\s+)?(?:de|du|des)\b|,?\s+(?:soit\s+)?d')"
    ),
}
_NOUN_BEFORE = {
    Lang.EN: re.compile(r"\b(?:the|a|an|any|of|for|on|upon)\s+$"),
    Lang.FR: re.compile(r"(?:\b(?:le|la|les|de|du|des|au|aux|un|une|toute?)\s+|\b[ld]')$"),
}
#: A copula (and an adverb) before a predicate adjective: "is impossible", "remain unaffected", « se révèle
#: temporairement impossible », « restent inchangés »; « se révéler », « s'avérer » in any tense (« s'avérait »,
#: « s'est révélée », « se sont cependant révélés »), as "proved" and "have proven".
_COPULA_BEFORE = {
    Lang.EN: re.compile(
        r"\b(?:is|are|be|been|being|was|were|become|becomes|became|remain|remains|remained|prove|proves|proved"
        r"|proven|seem|seems|appear|appears)\s+(?:\w+ly\s+)?$"
    ),
    Lang.FR: re.compile(
        r"\b(?:est|sont|soit|soient|etre|ete|sera|seront|serait|seraient|etait|etaient|devient|deviennent"
        r"|reste|restent|demeure|demeurent|(?:se |s')(?:(?:est|sont) (?:[a-z]+ )?)?(?:revel|aver)[a-z]*)\s+(?:\w+ment\s+)?$"
    ),
}
#: A negative word that says a negation of a condition: "failing", « à défaut de », « sinon ».
_FAILING = ("fail", "otherwise")
#: Negative words that say a "not" of their own ("unable to" is "not able to", "non-voting" "not voting"): unlike
#: the other negative words (« protection », "exempt"), they need an answer on the other side.  "failing to" says the
#: "not" of its verb as "fails to" does: "by failing to respect" / « en ne respectant pas », "by failing to take into
#: account" / « en ne tenant pas compte »; French says it by a negation of the verb or by a verb of failure of its own
#: (« en omettant de », « en manquant à »), either of which answers it.  (Not the noun "failure to", which French says
#: by a noun of its own as often, « défaut d'enregistrement », that needs no negation; nor "failing to act", the
#: failure to act of the Treaties, « il y a carence de l'autorité », whose « carence » is as often a deficiency.)
_SAID_NOT = {
    # ("who lack the licence", "which lacks the documents": a verb, "do not have", which French says by a negated verb,
    # « qui ne disposent pas de », « qui ne comporte pas »; not the noun, "a lack of", "the lack thereof", a word of its
    # own that « l'absence de », « le manque de » render; nor a verb coordinated with the one before it, "are not of
    # good repute or lack experience", whose negation French may say once, « ne possèdent pas l'honorabilité ou
    # l'expérience »)
    # (guarded: the lookbehinds before "lack" made the search try every position of a text, twenty times slower)
    Lang.EN: guard(
        re.compile(
            r"(?:unable to|fail(?:s|ed)? to|failing to(?! act\b))\b"
            r"|(?<!\ba )(?<!\bthe )(?<!\bany )(?<!\bno )(?<!\bfor )(?<!\bor )(?<!\band )(?<!\bnor )"
            r"lack(?:s|ed)?\b(?! (?:of|thereof)\b)"
        ),
        "unable to",
        "fail",
        "lack",
    ),
    # (« incapacité », « faute de » are as often words of their own: « incapacité de travail », « faute de l'exploitant »)
    Lang.FR: re.compile(r"(?!)"),
}
#: An English auxiliary or modal, which may stand between a connective and the negation it carries.
_EN_AUXILIARY = (
    r"(?:do|does|did|is|are|was|were|has|have|had|can|could|may|might|shall|should|will|would|must)"
)
_AFTER_OR = re.compile(
    r"\b(?:or|ou)\s+(?:(?:qu')?(?:il|elle|ils|elles|it|they|there|qui|that|which|who)\s+)?"
    # "or can no longer be", "or shall no longer refuse" / « ou ne peut plus », « ou ne refusent plus »
    r"(?:" + _EN_AUXILIARY + r"\s+)?$"
)


#: Two auxiliaries joined by "or" right before a negation: "are or were unable", "has or had no".
_AUX_OR_AUX = re.compile(r"\b" + _EN_AUXILIARY + r"\s+or\s+" + _EN_AUXILIARY + r"\s+$")


def _shown(side: _Side, spans: list[tuple[int, int]]) -> tuple[str, str]:
    """The first two spans of ``side`` quoted for the English message and for the French one."""
    return (
        " / ".join(_q_en(side.text[x:y]) for x, y in spans[:2]),
        " / ".join(_q_fr(side.text[x:y]) for x, y in spans[:2]),
    )


def _negated(side: _Side, spans: list[tuple[int, int]], is_en: bool) -> _Problem:
    """The problem of a side negated (its first two negations quoted) where the other side is not.  A word that two
    readings find unanswered ("are insufficient" / « suffisent »: a predicate, and a word of lacking) is one negation."""
    spans = list(dict.fromkeys(spans))
    shown_en, shown_fr = _shown(side, spans)
    where_en, where_fr = ("English", "French") if is_en else ("French", "English")
    return (
        "negation",
        spans if is_en else [],
        [] if is_en else spans,
        f"The {where_en} is negated ({shown_en}) where the {where_fr} is not: one of them may "
        "say the opposite of the other.",
        f"La version {'anglaise' if is_en else 'française'} est à la forme négative ({shown_fr}) "
        f"là où la version {'française' if is_en else 'anglaise'} ne l’est pas\u00a0: l’une dit "
        "peut-être le contraire de l’autre.",
    )


def _excluded(side: _Side, spans: list[tuple[int, int]]) -> _Problem:
    """The problem of a French word of otherness (« autre qu' ») before a thing the English names bare.

    « autre que » is no negation: to call the French "negated" would misread it.  It excludes a thing, and the English,
    saying no "other than", "except" nor "not", names that very thing (see _unsaid_otherness)."""
    shown_en, shown_fr = _shown(side, spans)
    return (
        "negation",
        [],
        spans,
        f"The French excludes ({shown_en}) what the English names without reservation: one of them may say the "
        "opposite of the other.",
        f"La version française exclut ({shown_fr}) ce que la version anglaise désigne sans réserve\u00a0: l’une dit "
        "peut-être le contraire de l’autre.",
    )


#: A verb of hindrance in the passive, with its agent (« sont affectés par »; see _saving_problems).
_PASSIVE_HINDRANCE = re.compile(
    r"(?:est|sont|soit|soient|sera|seront|serait|seraient|etre|ete) (?:[a-z]+ment )?affecte"
)


def _saving_problems(
    en: _Side, fr: _Side, pe: Profile, pf: Profile, ue: tuple[int, int], uf: tuple[int, int]
) -> list[_Problem]:
    """A saving said by a negated verb ("shall not prevent", « ne porte pas atteinte ») against the same verb said
    bare on the other side at its place (« empêche », "shall prejudice"): the one says the opposite of the other.

    A saving needs no answer (« sans préjudice », "is without effect on", a permission all render it), but the
    verb it negates, unnegated, is its contrary; unless the other side negates close by as well."""
    out: list[_Problem] = []
    for side, p, u, po, uo, is_en in ((en, pe, ue, pf, uf, True), (fr, pf, uf, pe, ue, False)):
        other = fr if is_en else en
        bare = _marks(po.hindrances, uo)
        if not bare:
            continue
        # "without prejudice to" / « sans préjudice de » says the saving without a negated verb: against « préjugent »,
        # "shall affect" it says the opposite as much.
        words = [w for w in _marks(p.weak, u) if w.tag == "saving"]
        savings = _marks(p.savings, u) + words
        # the other side's own saving, negation, or a saving said another way ("without prejudice", « sans incidence »)
        answers = _marks(po.savings + po.negation + po.cont + po.prohibit, uo) + [
            w for w in _marks(po.weak, uo) if w.tag in ("saving", "without")
        ]
        # "Without prejudice to Article 49" / « Sans préjudice de l'article 49 »: the words of a saving answer each
        # other first, nearest first; the one answers no negated verb of a saving close after the other ("shall not
        # prevent" against « la clôture … empêche »).
        _pair(words, [w for w in answers if w.tag == "saving"], _NEG_WINDOW)
        answers = _free(answers)
        for m in savings:
            if m.partner is None and any(abs(n.pos - m.pos) <= _NEG_WINDOW for n in answers):
                m.partner = m
        # "This Regulation shall not affect the rights" / « Les droits … ne sont pas affectés par le présent
        # règlement »: the passive puts the verb where the other side puts its object, anywhere in the sentence; said
        # bare, it is the contrary of a saving that nothing of the other side answers anywhere, and that its own side
        # does not say bare as well ("the persons affected by").
        passive = [b for b in bare if _PASSIVE_HINDRANCE.match(other.folded, b.span[0])]
        far = bool(passive) and not answers and not _marks(p.hindrances, u)
        for m in savings:
            if m.partner is None and (far or any(abs(b.pos - m.pos) <= _NEG_WINDOW for b in bare)):
                out.append(_negated(side, [m.span], is_en))
                break
    return out


#: "shall disregard", "are ignored": a verb of leaving a thing out of account, which French says by a negated taking into
#: account (« ne tiennent pas compte », « n'est pas pris en compte »; see _ignored_problems).
_IGNORING_EN = guard(re.compile(r"\b(?:disregard(?:s|ed|ing)?|ignor(?:e|es|ed|ing))\b"), "disregard", "ignor")
#: « tenir compte », « tient dûment compte », « prendre en compte », « est pris en compte »: the taking into account, and
#: the English words for it, which it renders.
_TAKING_INTO_ACCOUNT = {
    Lang.EN: guard(
        re.compile(r"\binto (?:account|consideration)\b|\baccount(?:s|ed|ing)? for\b"), "into ", "account"
    ),
    Lang.FR: guard(
        re.compile(r"\b(?:ti?en\w*|pr(?:en|is)\w*)\s+(?:[a-z]+ment\s+)?(?:en\s+)?compte\b"), "compte"
    ),
}


def _ignored_problems(
    en: _Side, fr: _Side, pe: Profile, pf: Profile, ue: tuple[int, int], uf: tuple[int, int]
) -> list[_Problem]:
    """An English verb of disregarding ("shall disregard", "are ignored") against a French taking into account said
    bare at its place (« tiennent compte », « est pris en compte »): the one says the opposite of the other.

    English says by one verb what French says by a negation (« ne tiennent pas compte »); that verb is a negative word,
    which needs no answer, so a French « ne … pas » dropped before « tenir compte » left nothing unanswered.  Not where
    the English verb is negated ("shall not disregard": a litotes, « tient compte »), nor where French negates the
    taking into account close before it (« ne devrait pas tenir compte », « non pris en compte », « sans tenir
    compte »), nor where English takes a thing into account too, which the French phrase may render."""
    if not _IGNORING_EN.search(en.folded, *ue) or not _TAKING_INTO_ACCOUNT[Lang.FR].search(fr.folded, *uf):
        return []
    if _TAKING_INTO_ACCOUNT[Lang.EN].search(en.folded, *ue):
        return []
    negs_e = pe.negation + pe.cont
    negs_f = pf.negation + pf.cont + pf.weak
    ignoring = [
        m
        for m in _marks(match_spans(_IGNORING_EN, en.folded, *ue), ue)
        if not any(_NEGATES_NEXT.fullmatch(en.folded, n[1], m.span[0]) for n in negs_e if n[1] <= m.span[0])
    ]
    taken = [
        t
        for t in _marks(match_spans(_TAKING_INTO_ACCOUNT[Lang.FR], fr.folded, *uf), uf)
        if not any(
            n[0] < t.span[1] and (t.span[0] < n[1] or _NEGATES_NEXT.fullmatch(fr.folded, n[1], t.span[0]))
            for n in negs_f
        )
    ]
    for m in ignoring:
        if any(abs(t.pos - m.pos) <= _NEG_WINDOW for t in taken):
            return [_negated(en, [m.span], True)]
    return []


#: "until the fee has been paid", "prior to the link being established": the end of a state said by the event that ends
#: it, which French says « tant que » / « aussi longtemps que » and a negation (« tant que la taxe n'a pas été
#: acquittée »: "as long as … not"; see _until_problems).
_UNTIL_EN = re.compile(r"\b(?:until|till|prior to|before)\b")
_AS_LONG_AS_FR = guard(re.compile(FR_AS_LONG_AS), "tant qu", "aussi longtemps qu")
#: What says the end or the negation in the English clause itself ("until the reasons are no longer present", "until
#: the end of the procedure", "until it ceases"): « tant que les motifs subsistent », « tant que dure la procédure »
#: say it positively.
_UNTIL_END_EN = re.compile(
    r"\b(?:not|no|never|nor|neither|none|nothing|cannot|unless|without|end(?:s|ed)?|expir\w*|terminat\w*|complet\w*"
    r"|conclu\w*|clos\w*|final\w*|over|ceas\w*|laps\w*|finish\w*)\b|n't\b"
)
#: "unless and until such time that", "if and until": a condition said with the time bound, which French says with
#: conjunctions of its own (« dès lors et tant que »); left out.
_COORDINATED_UNTIL = re.compile(r"\b(?:unless|if|when|where|once)\s+(?:and|or)\s+$")
#: A negative word of the French clause of « tant que »: its own negation, or a word that says the state that lasts
#: (« tant que la procédure est en cours », « tant que le paiement fait défaut »).
_NEGATIVE_FR = re.compile(r"\b(?:ne|n'|pas|ni|aucune?s?|nulle?s?|jamais|rien|plus|sans|non)\b")
#: How far a clause of "until" or « tant que » reaches, at most (to the end of its sentence before that).
_UNTIL_REACH = 250
_CLAUSE_END = re.compile(r"[.;:]")


def _clause(side: _Side, start: int, end: int) -> tuple[int, int]:
    """The span from ``start`` to the end of its sentence (a full stop, a semicolon or a colon), within _UNTIL_REACH
    and ``end``."""
    stop = min(end, start + _UNTIL_REACH)
    m = _CLAUSE_END.search(side.folded, start, stop)
    return start, m.start() if m else stop


#: A French condition said by a word of absence before its noun: « À défaut d'accord », « en l'absence de telles normes »
#: (see _absence_condition_problems).
_ABSENCE_CONDITION_FR = guard(
    re.compile(r"\b(?:a defaut|en l'absence) (?:de |d'|du |des )"), "a defaut", "absence"
)
#: The English words of such a condition that the profile reads as no negative word: "in default of agreement".
_DEFAULT_OF_EN = guard(re.compile(r"\bin default of\b"), "default")
#: The English negative words that answer a French word of absence opening a condition ("in the absence of",
#: "failing", "unless", "without", "instead of a signature" / « à défaut de signature », "which would otherwise arise" /
#: « qui surviendrait en l'absence de cette disposition »; not an "otherwise" of manner, "where the tenant states
#: otherwise", see _MANNER_OTHERWISE).
_ABSENCE_ANSWERS = ("without", "fail", "except", "instead", "otherwise")
#: "would otherwise arise", "might otherwise be compromised": the contrary case after a modal, no manner.
_MODAL_BEFORE_OTHERWISE = re.compile(r"\b(?:would|might|could|will|may) $")


def _absence_condition_problems(
    en: _Side, fr: _Side, pe: Profile, pf: Profile, ue: tuple[int, int], uf: tuple[int, int]
) -> list[_Problem]:
    """French conditions said by a word of absence (« À défaut d'accord des parties », « En l'absence de telles
    normes ») against fewer English negations and words of absence, failure or exception: "Where the parties have not
    agreed" made "have agreed" leaves a condition of absence that English no longer says.

    A word of absence is a lexical negative that needs no answer where it names a thing (« l'absence de déforestation »);
    before the noun of a condition it says "if … not", as an English negation, "where no", "in the absence of",
    "failing" or "unless" do: each needs one of those."""
    conditions = [(m.start(), m.end()) for m in _ABSENCE_CONDITION_FR.finditer(fr.folded, *uf)]
    if not conditions:
        return []
    answers = len(_marks(pe.negation + pe.cont + pe.prohibit, ue))
    answers += sum(
        1
        for w in _marks(pe.weak, ue)
        if w.tag in _ABSENCE_ANSWERS
        and not (
            w.tag == "otherwise"
            and _MANNER_OTHERWISE.match(en.folded, w.span[0])
            and not _MODAL_BEFORE_OTHERWISE.search(en.folded, max(0, w.span[0] - 12), w.span[0])
        )
    )
    answers += len(_DEFAULT_OF_EN.findall(en.folded, *ue))
    if answers >= len(conditions):
        return []
    return [_negated(fr, conditions[answers:], False)]


def _until_problems(
    en: _Side, fr: _Side, pe: Profile, pf: Profile, ue: tuple[int, int], uf: tuple[int, int]
) -> list[_Problem]:
    """An English "until" against a French « tant que » at its place whose clause says no negation: the French says
    "as long as the fee has been paid", the opposite of "until the fee has been paid" (its « ne … pas », which answers
    the "until" and needs no answer of its own, dropped).  Not where the English clause says the end or a negation
    itself (_UNTIL_END_EN: "until the reasons are no longer present" / « tant que les motifs subsistent »), nor where
    the French clause has a negative word of its own (« tant que la procédure est en cours », « tant que le paiement
    fait défaut »): those say the state that lasts."""
    as_long = [(m.start(), m.end()) for m in _AS_LONG_AS_FR.finditer(fr.folded, *uf)]
    if not as_long:
        return []
    untils = [(m.start(), m.end()) for m in _UNTIL_EN.finditer(en.folded, *ue)]
    if not untils:
        return []
    # (a term of the clause, « autres qu'en espèces », « journal … indépendant », says no state; a negative adjective as
    # the predicate does, « tant que la demande est incomplète »)
    weak_f = [
        w
        for w in pf.weak
        if uf[0] <= w[0] < uf[1]
        and w[2] not in ("except", "harm")
        and (w[2] != "negadj" or _COPULA_BEFORE[Lang.FR].search(fr.folded, max(0, w[0] - 40), w[0]))
    ]
    negs_f = pf.negation + pf.cont + pf.prohibit
    out: list[_Problem] = []
    for m in _marks(as_long, uf):
        a, b = _clause(fr, m.span[1], uf[1])
        if _NEGATIVE_FR.search(fr.folded, a, b) or any(a <= x < b for x, *_r in weak_f + negs_f):
            continue
        for u in _marks(untils, ue):
            if abs(u.pos - m.pos) > _NEG_WINDOW or _COORDINATED_UNTIL.search(
                en.folded, max(0, u.span[0] - 15), u.span[0]
            ):
                continue
            c, d = _clause(en, u.span[1], ue[1])
            if _UNTIL_END_EN.search(en.folded, c, d) or any(c <= x < d for x, _y in pe.negation + pe.cont):
                continue
            w_en, w_fr = en.text[u.span[0] : u.span[1]], fr.text[m.span[0] : m.span[1]]
            out.append(
                (
                    "negation",
                    [u.span],
                    [m.span],
                    f"The English says {_q_en(w_en)} where the French says {_q_en(w_fr)} with no negation in its "
                    "clause (\u201cas long as\u201d): one of them may say the opposite of the other.",
                    f"La version anglaise dit {_q_fr(w_en)} là où la version française dit {_q_fr(w_fr)} sans "
                    "négation dans sa proposition\u00a0: l\u2019une dit peut-être le contraire de l\u2019autre.",
                )
            )
            return out
    return out


def _litotes_problems(
    en: _Side, fr: _Side, pe: Profile, pf: Profile, ue: tuple[int, int], uf: tuple[int, int]
) -> list[_Problem]:
    """A negated verb of negative meaning ("shall not prevent", « n'exemptent pas ») against a word of that meaning
    said bare on the other side at its place ("shall exempt", « empêchent »): the one says the opposite of the other.

    The word renders the negated verb, not its negation: it answers no negation, unless the other side negates close
    by as well (or says "without" / « sans » there)."""
    out: list[_Problem] = []
    for side, p, u, po, uo, is_en in ((en, pe, ue, pf, uf, True), (fr, pf, uf, pe, ue, False)):
        if not p.litotes:
            continue
        weak_o = _marks(po.weak, uo)
        negs = _marks(po.negation + po.cont + po.prohibit + po.savings, uo)
        for m in _marks(p.negation, u):
            group = p.litotes.get(m.span)
            if group is None or group == "negadj":
                continue
            if group == "harm" and any(w.tag in ("avoid", "prevent") for w in weak_o):
                continue  # (a word of harming under a verb of avoiding or preventing: see _negation_problems)
            bare = [w for w in weak_o if w.tag == group and abs(w.pos - m.pos) <= _NEG_WINDOW]
            # Any other negative word close by may say the negation (« ne … qu'après », « plutôt que d'y faire
            # obstacle »); "shall prohibit" is a prohibition of its own: the bare word, not an answer.
            answers = negs + [w for w in weak_o if w.tag != group]
            other = fr if is_en else en
            if (
                bare
                and not any(
                    abs(n.pos - m.pos) <= _NEG_WINDOW
                    and not any(w.span[0] < n.span[1] and n.span[0] < w.span[1] for w in bare)
                    for n in answers
                )
                and not any(
                    # "should not be prevented" / « il n'y a pas lieu d'empêcher »: a negation right before the word negates
                    # it, however far from the litotes word order puts that negation (a short sentence, an impersonal head)
                    _NEGATES_NEXT.fullmatch(other.folded, n.span[1], w.span[0])
                    for n in negs
                    for w in bare
                )
            ):
                out.append(_negated(side, [m.span], is_en))
                break
    return out


#: What stands between a negation and the word it negates: up to three words ("not to", « pas lieu d' »).
_NEGATES_NEXT = re.compile(r"(?:\s*[\w']+){0,3}?\s*")


#: The « ne » of a restriction « ne … que », looked for back from its « que ».
_RESTRICTION_NE = re.compile(r".*\b(?:ne\b|n')", re.S)


def _restriction_near(m: _Mark, w: _Mark, fr: _Side | None, unit: tuple[int, int]) -> bool:
    """Say whether restriction ``w`` ("only", or a French « ne … que » placed at its « que », ``fr`` given) stands
    within the window of negation ``m``, at its « que » or at its « ne »: a restriction of another clause (« une
    situation moins favorable … que celle », "only where") says nothing of a negation far from it."""
    if abs(w.pos - m.pos) <= _NEG_WINDOW:
        return True
    if fr is None:
        return False
    ne = _RESTRICTION_NE.match(fr.folded, max(unit[0], w.span[0] - RESTRICTION_REACH), w.span[0])
    if ne is None:
        return False
    at = (ne.end() - unit[0]) / max(unit[1] - unit[0], 1)
    return abs(at - m.pos) <= _NEG_WINDOW


#: "No conversions … shall be possible until the process … is completed" / « n'est possible qu'une fois achevé le
#: processus »: English says the restriction of « ne … que » by a negation and "until" in its clause, and puts the
#: "until" where French puts the « que ».
_UNTIL_AFTER = re.compile(r"[^.;:]{0,200}?\buntil\b")


def _until_near(en: _Side, m: _Mark, w: _Mark, unit: tuple[int, int]) -> bool:
    """Say whether English negation ``m`` has an "until" after it in its clause within the window of the French
    restriction ``w`` (placed at its « que »)."""
    until = _UNTIL_AFTER.match(en.folded, m.span[1], unit[1])
    if until is None:
        return False
    at = (until.end() - 5 - unit[0]) / max(unit[1] - unit[0], 1)
    return abs(at - w.pos) <= _NEG_WINDOW


_NON = re.compile(r"no[nt]\b")


def negadj_stem(folded: str, start: int, end: int) -> str:
    """The stem of the negative adjective at ``folded[start:end]``: its first six letters, spaces and hyphens dropped
    ("non-financial", « non financières »: "nonfin"); the key that _NEGADJ_PAIRS and bench/mine_negadj_pairs.py use."""
    return re.sub(r"[\s-]", "", folded[start:end])[:6]


def _adj_stems(side: _Side, weak: list[_Mark]) -> dict[tuple[int, int], str]:
    """Return the stem of each negative adjective (:func:`negadj_stem`)."""
    return {m.span: negadj_stem(side.folded, *m.span) for m in weak if m.tag == "negadj"}


#: A negation of an attribute, not of a verb: "which are not linked", ", not misleading,", "as not exhaustive", « qui ne
#: sont pas liées » (see _negation_problems); a "not" after a modal or an auxiliary negates its verb.
_ATTRIBUTE_NOT = {
    Lang.EN: re.compile(
        r"(?:(?<=, )|(?<=\bas )|"
        + "|".join(
            rf"(?<=\b{who} {be} )" for who in ("which", "that", "who") for be in ("is", "are", "was", "were")
        )
        + ")not"
    ),
    Lang.FR: re.compile(
        r"(?<=\bqui )(?:ne |n')(?:est|sont|soit|soient|etait|etaient|sera|seront|serait|seraient)(?: [a-z]+){0,2}? pas"
        # « les actions qui ne confèrent pas de droit de vote », « les expositions ne portant pas sur des actions »
        # ("non-voting shares", "non equity exposures"): a relative clause or a participle negated, which qualifies
        # its noun as an attribute does, whatever its verb
        r"|(?:(?<=\bqui )|(?<=\bdont ))(?:ne |n')(?:(?:se|s'|en|y)\s*)?[a-z]+(?: [a-z]+)? pas"
        r"|(?:ne |n')(?:(?:se|s')\s*)?[a-z]+ant pas"
    ),
}
#: Negative words that answer only a negation of their meaning (Profile.meaning), never one by its place alone.
_BY_MEANING_ONLY = (
    "ongoing",
    "retain",
    "poor",
    "remove",
    "remain",
    "adverse",
    "before",
    "shorter",
    "safe",
    "harm",
    "evade",
    "undue",
    "outdated",
)
#: How close a negation and « non » / "not" of the other side stand when they say the same (see _negation_problems).
_SAME_PLACE = 0.1
#: Negative adjectives of the two languages that render each other but begin differently ("unforeseeable" /
#: « imprévisible », "invalid" / « nul », "unauthorised" / « non autorisé »), by the first six letters of each (folded,
#: spaces and hyphens dropped).  Mined from the readable parts of the wide corpus of EU acts: the stems of clause
#: pairs with one negative adjective on each side, kept where a pair of stems came together in 5 pairs or more, from 2
#: acts or more, with a Dice coefficient of 0.25 or more (bench/mine_negadj_pairs.py).  The two answer each other as the
#: same word does, before either may answer a negation of the other side.
_NEGADJ_PAIRS = (
    ("invali", "nullit"),  # 113 pairs, 6 acts, Dice 0.48
    ("nontax", "nonass"),  # 73 pairs, 11 acts, Dice 0.65
    ("unauth", "nonaut"),  # 72 pairs, 36 acts, Dice 0.59
    ("unnece", "inutil"),  # 65 pairs, 48 acts, Dice 0.50
    ("disagr", "desacc"),  # 56 pairs, 23 acts, Dice 0.46
    ("unfair", "deloya"),  # 54 pairs, 15 acts, Dice 0.41
    ("unreas", "excess"),  # 53 pairs, 4 acts, Dice 0.26
    ("disadv", "defavo"),  # 51 pairs, 12 acts, Dice 0.52
    ("unlawf", "illici"),  # 48 pairs, 19 acts, Dice 0.37
    ("notcov", "noncou"),  # 41 pairs, 27 acts, Dice 0.44
    ("notest", "noneta"),  # 34 pairs, 6 acts, Dice 0.49
    ("unchan", "inchan"),  # 31 pairs, 20 acts, Dice 0.54
    ("unavai", "indisp"),  # 30 pairs, 16 acts, Dice 0.59
    ("unfore", "imprev"),  # 28 pairs, 18 acts, Dice 0.44
    ("unsecu", "nongar"),  # 24 pairs, 15 acts, Dice 0.52
    ("unsoli", "nonsol"),  # 24 pairs, 12 acts, Dice 0.71
    ("nongov", "nongou"),  # 23 pairs, 16 acts, Dice 0.81
    ("nonpro", "nonluc"),  # 23 pairs, 14 acts, Dice 0.28
    ("nonest", "noneta"),  # 22 pairs, 5 acts, Dice 0.39
    ("incons", "incohe"),  # 22 pairs, 17 acts, Dice 0.31
    ("inabil", "incapa"),  # 19 pairs, 15 acts, Dice 0.38
    ("inadmi", "irrece"),  # 18 pairs, 9 acts, Dice 0.58
    ("noneu", "nonue"),  # 13 pairs, 2 acts, Dice 0.72
    ("nonlif", "nonvie"),  # 12 pairs, 5 acts, Dice 0.59
    ("nonpay", "nonpai"),  # 9 pairs, 8 acts, Dice 0.56
    ("unencu", "nongre"),  # 9 pairs, 5 acts, Dice 0.49
    ("unknow", "inconn"),  # 9 pairs, 5 acts, Dice 0.45
    ("nonrep", "nonrem"),  # 9 pairs, 3 acts, Dice 0.44
    ("nonmon", "nonpec"),  # 8 pairs, 4 acts, Dice 0.38
    ("unlist", "noncot"),  # 8 pairs, 4 acts, Dice 0.70
    ("unreal", "nonrea"),  # 8 pairs, 4 acts, Dice 0.62
    ("nondef", "nonen"),  # 8 pairs, 2 acts, Dice 0.35
    ("notinc", "noninc"),  # 8 pairs, 3 acts, Dice 0.41
    ("unlimi", "illimi"),  # 7 pairs, 7 acts, Dice 0.25
    ("unrate", "nonnot"),  # 7 pairs, 2 acts, Dice 0.74
    ("unpaid", "impaye"),  # 6 pairs, 5 acts, Dice 0.36
    ("nothar", "nonhar"),  # 6 pairs, 4 acts, Dice 0.71
    ("undist", "nonfau"),  # 6 pairs, 6 acts, Dice 0.44
    ("undraw", "nonuti"),  # 6 pairs, 2 acts, Dice 0.34
    ("rarely", "rareme"),  # 5 pairs, 5 acts, Dice 0.77
    ("unavoi", "inevit"),  # 5 pairs, 5 acts, Dice 0.42
    ("nonagg", "nonagr"),  # 5 pairs, 2 acts, Dice 0.34
    ("noncro", "nontra"),  # 5 pairs, 3 acts, Dice 0.30
    ("nonmea", "nonmes"),  # 5 pairs, 2 acts, Dice 0.83
)


def _stem_classes(pairs: Sequence[tuple[str, str]]) -> dict[str, str]:
    """Each stem of ``pairs`` mapped to the name of the class that the pairs join it to (union-find): one of its stems
    after "=", which no stem left to itself can equal."""
    parent: dict[str, str] = {}

    def root(stem: str) -> str:
        while parent.setdefault(stem, stem) != stem:
            stem = parent[stem]
        return stem

    for a, b in pairs:
        parent[root(b)] = root(a)
    return {stem: "=" + root(stem) for stem in parent}


_NEGADJ_CLASS = _stem_classes(_NEGADJ_PAIRS)
_NEGATIVE_PREFIX = re.compile(r"(?:non|dis|des|un|in|im|il|ir|de)[\s-]?")
_NEXT_WORDS = re.compile(r"\s+(?:[\w'-]+\s+){0,2}?([\w'-]+)")


#: A verb that links its subject to a predicate (« ne sont pas », « n'apparaissent pas », "must not be", "is not").
_COPULA_WORD = re.compile(
    r"\b(?:be|been|is|are|was|were|appears?|seems?|remains?|proves?|etre|ete|est|sont|soit|soient|etait|etaient"
    r"|sera|seront|serait|seraient|apparai\w*|sembl\w*|parai\w*|rest(?:e|ent)|demeur\w*)\b"
)
#: What stands between a negated copula and the negative word that is its predicate: "be", and up to two words of
#: manner, no article nor preposition (« n'apparaissent pas prima facie dénués », "must not be incorrect"; not « n'est
#: pas considéré comme un dirigeant non effectif », whose « non » qualifies a noun).
_PREDICATE_GAP = re.compile(
    r"\s+(?:(?:be|been|etre|ete)\s+)?"
    r"(?:(?!(?:a|an|the|any|un|une|de|des|du|d|le|la|les|l|comme|as|to|of|in|en|par|by)\b)[\w-]+\s+){0,2}"
)
#: A negated copula and its predicate of smallness, which no lexicon of negative words holds (« ne sont pas
#: négligeables », "is not negligible": "significant").
_NEGLIGIBLE = re.compile(_PREDICATE_GAP.pattern + r"((?:negligib|negligeab)\w*)")
#: What stands between a negation of being and the « sans » / "without" of its clause that it denies (« il ne saurait
#: y avoir de bonne gouvernance sans »): a few words, no punctuation.
_DENIED_GAP = re.compile(r"(?:\s+[\w'-]+){0,6}?\s+")
#: A clause that says a thing is, or is not: "there can be no … without" / « il n'y a pas de … sans » says that the one
#: needs the other (not "shall not be granted without", a condition of an act, which the other side may say as a duty).
_THERE_IS = re.compile(r"\bthere\b|\by\s+(?:a|avoir)\b")


def _cognate_in(word: str, side: _Side, unit: tuple[int, int]) -> bool:
    """Say whether a word of ``side``'s ``unit`` begins as ``word`` does (its first five letters, hyphens and spaces
    dropped: "excessive" / « excessifs », "incomplete" / « incomplets »)."""
    stem = re.sub(r"[\s'-]", "", word)[:5]
    return len(stem) == 5 and re.search(rf"\b{re.escape(stem)}", side.folded[unit[0] : unit[1]]) is not None


def _denies(side: _Side, m: _Mark, w: _Mark) -> bool:
    """Say whether negation ``m`` denies the negative word ``w`` of its own clause: ``w`` the predicate of a negated
    copula (« n'apparaissent pas dénués », "must not be incorrect"), or a « sans » / "without" after a negation of being
    (« il ne saurait y avoir de contrôle sans données », "there can be no control without"; not a phrase of promptness,
    _PROMPT_PHRASE: "without undue delay", « sans plus tarder », which says "promptly")."""
    if w.span[0] < m.span[1]:
        return False
    if (
        w.tag in ("negadj", "without")
        # ("free of constraint": a freedom, which the other language says by its own word, « libres »)
        and not side.folded.startswith("free", w.span[0])
        and _PREDICATE_GAP.fullmatch(side.folded, m.span[1], w.span[0])
        and _COPULA_WORD.search(side.folded, max(0, m.span[0] - 12), w.span[0])
    ):
        return True
    return (
        w.tag == "without"
        and _DENIED_GAP.fullmatch(side.folded, m.span[1], w.span[0]) is not None
        and _THERE_IS.search(side.folded, max(0, m.span[0] - 12), w.span[0]) is not None
        and not _PROMPT_PHRASE[side.lang].match(side.folded, w.span[0])
    )


def _double_negatives(
    side: _Side,
    negs: list[_Mark],
    own: list[_Mark],
    other_negs: list[_Mark],
    other: list[_Mark],
    other_side: _Side,
    unit: tuple[int, int],
) -> None:
    """Answer a negation of ``side`` left free by the negative word that it denies (_denies: « les moyens n'apparaissent
    pas dénués de fondement » / "has raised a defence", « il ne saurait y avoir de bonne gouvernance sans systèmes
    efficaces » / "effective systems are a prerequisite"; _NEGLIGIBLE: « les risques ne sont pas négligeables » / "the
    risks are significant"): the two say an affirmative, which the other language says with neither word.  Only where
    the other side says no negation (``other_negs``) and no negative word left free (``other``) within the window of
    the negation or of its word: one there may render either word, and a negation dropped against a negative word
    kept ("are unfounded" against « n'apparaissent pas dénués de fondement ») must still be reported; nor where the
    other side's sentence (``unit``) says the negative word by its cognate, which its lexicon of negative words may
    not hold ("should entail excessive costs" against « n'entraîne pas de coûts excessifs »); nor for a prohibition
    (_PROHIBITION), which needs its answer."""
    for m in _free(negs):
        if _PROHIBITION.match(side.folded, m.span[0]):
            continue
        w = next((w for w in _free(own) if _denies(side, m, w)), None)
        small = None if w is not None else _NEGLIGIBLE.match(side.folded, m.span[1])
        if small and not _COPULA_WORD.search(side.folded, max(0, m.span[0] - 12), small.start(1)):
            small = None
        at = [m.pos] + ([w.pos] if w is not None else [])
        if (w is None and small is None) or any(
            abs(o.pos - x) <= _NEG_WINDOW for o in other_negs + _free(other) for x in at
        ):
            continue
        word = small.group(1) if small is not None else side.folded[w.span[0] : w.span[1]]
        if _cognate_in(word, other_side, unit):
            continue
        m.partner = m if w is None else w
        if w is not None:
            w.partner = m


def _negated_root(side: _Side, m: _Mark, negs: list[_Mark]) -> bool:
    """Say whether a negation of ``side`` negates the root of the negative adjective ``m`` ("Where competent
    authorities do not agree …, ESMA should settle that disagreement" / « En cas de désaccord … »): the side says the one
    thing twice, and the adjective is left to answer as its own word does, not as the other side's rendering of it."""
    word = side.folded[m.span[0] : m.span[1]]
    prefix = _NEGATIVE_PREFIX.match(word)
    root = word[prefix.end() if prefix else 0 :][:5]
    if len(root) < 4:
        return False
    for n in negs:
        after = _NEXT_WORDS.match(side.folded, n.span[1])
        if after and after.group(1).startswith(root):
            return True
    return False


#: What stands between two negations of a series of verbs, « ne réduit, ne limite », "does not reduce, or does not":
#: the verb of the first and a comma or a conjunction.
_SERIES_GAP = re.compile(r"\s*(?:[\w'-]+\s*)?,?\s*(?:(?:and|or|nor|et|ou|ni)\s+)?")


def _not_rendering(
    side: _Side, own: list[_Mark], other: _Side, said: list[_Mark], negs: list[_Mark]
) -> Callable[[_Mark, _Mark], bool]:
    """Return the test (for _pair) that a negative word ``w`` of ``other`` may answer the negation ``n`` of ``side``:
    not where ``w`` names a term (_TERM_WORDS, _names_a_term) and a free negative word of ``own`` (``side``'s) that
    names a term too (_RENDERED_TERMS) stands at its place (within _SAME_PLACE), nearer to it than ``n``: ``w`` renders
    that word ("non-execution" / « inexécution », "exclusion" / « omission », "unmanned" / « sans équipage »), not the
    negation.  Only a word whose group no word of ``said`` (``other``'s) says ("exemption" / « exonération » answer
    each other, and leave « exclues » to "shall not be granted"); not a negative adjective against another (words of
    their own: "non-validated" is no « déséquilibres »); not the word that ``n`` negates (« ne sont pas assez
    indépendants »: "a lack of independence" renders the two); not a word of failure close to ``n`` (within
    _SOFT_WINDOW), which is the negation of a verb and may say it ("failure to include … and to ensure" / « la
    non-inclusion … et le fait de ne pas assurer »); and not for a negation that carries on the one before it in a
    series of verbs (``negs``: « Aucune disposition … ne réduit, ne limite, ni ne restreint les utilisations non
    couvertes » / "Nothing … is intended to reduce, limit, or restrict any uses free from copyright"), which the other
    language says once."""
    groups = {m.tag for m in said} - {"negadj"}

    def fits(n: _Mark, w: _Mark) -> bool:
        if w.tag not in _TERM_WORDS or not _names_a_term(other, w):
            return True
        if any(
            0 <= n.span[0] - m.span[1] and _SERIES_GAP.fullmatch(side.folded, m.span[1], n.span[0])
            for m in negs
        ):
            return True
        if w.tag == "fail" and abs(n.pos - w.pos) <= _SOFT_WINDOW:
            return True
        return not any(
            o.partner is None
            and o.tag in _RENDERED_TERMS
            and o.tag not in groups
            and not (o.tag == w.tag == "negadj")
            and abs(o.pos - w.pos) <= _SAME_PLACE
            and abs(o.pos - w.pos) < abs(n.pos - w.pos)
            and _names_a_term(side, o)
            and not _NEGATED_NEXT.fullmatch(side.folded, n.span[1], o.span[0])
            for o in own
        )

    return fits


#: What goes before an English negation that « ou non » may say: a "whether" whose clause the negation is the verb of
#: ("whether the target market has not been identified", "whether to publish, not to publish" / « de publier ou non »),
#: or an "or" in its clause ("or to a risk factor that did not" / « se rapportent ou non »).  Not a "whether" whose
#: clause has ended (at a comma before another verb: "irrespectively of whether these operate on the basis of special
#: rights, are not subject", "whether in the context of Article 40 or not, … is not distorted") or whose negation is
#: that of a clause inside it ("whether the institution receives services … which cannot be replaced"): « que ce soit
#: ou non », « reçoit ou non » render that "whether", and the negation is another verb's.
_OR_NOT = re.compile(
    r"\bwhether\b(?![^,;:.]*\b(?:which|that|who|whom|whose|where|when)\b)[^,;:.]*(?:,\s*)?$|\bor\b[^,;:.]{0,40}$"
)
#: « est ou non autorisé » / "is not allowed": « ou non » before a participle says the « non » of that participle, which
#: English says by "not" before its own.  Only after a verb being (« est », « soit », « été »): between two adjectives
#: (« les émissions irrégulières ou non intentionnelles » / "irregular or unintended emissions") the « non » is the
#: prefix of a negative adjective (« non intentionnel », "unintended"), and says no "not".
_OR_NON_PARTICIPLE = re.compile(r"ou non (?:\w+ment )?\w+(?:e|es|s|is|it|u|us|ue|ues)\b")
#: Not « que ce soit ou non dans le cadre de » ("whether in the context of"): « ce soit » is said of no subject, and
#: the word after « ou non » is the alternative's, not a participle.
_BEING_BEFORE = re.compile(
    r"(?<!\bce )\b(?:est|sont|soit|soient|sera|seront|serait|seraient|etait|etaient|etre|ete|fut|furent) $"
)
_NOT_PARTICIPLE = re.compile(r"\b(?:is|are|be|been|was|were) not (?:\w+ly )?\w+(?:ed|en)\b")


#: An English negation of a verb of action in a provision: a modal of duty or permission before "not" and a verb after
#: it ("shall not keep", "may not always carry out").  Not a copula nor "have" ("shall not be liable", "does not have"),
#: whose predicate or object the negation may deny as a negative word of the other side says it.
_EN_ACTION_NOT = re.compile(
    r"(?:shall|must|may|should)\s+not\s+"
    r"(?!(?:(?:always|(?!(?:apply|comply|supply|imply|reply|rely)\b)[a-z]+ly)\s+)?"
    r"(?:be|have|has|been|being|only|necessarily|so|as|in|to|of|a|an|the|any|all|either|even)\b)"
    r"(?:(?:always|(?!(?:apply|comply|supply|imply|reply|rely)\b)[a-z]+ly)\s+)?([a-z]{3,})\b"
)
#: A relative word before the modal: "persons who may not reside" / « personnes non résidentes » (the adjective renders
#: the whole relative clause, which qualifies a thing as it does).
_EN_RELATIVE_SUBJECT = re.compile(r"\b(?:which|that|who|whom|whose)\s+(?:[a-z-]+\s+){0,3}$")
#: A word right before a French negative word that is its noun: a content word, not an article or a preposition (« des
#: enregistrements distincts », « une charge disproportionnée »; not « les insuffisances », « de l'inexécution »).
_FR_NOUN_BEFORE = re.compile(r"(?<![\w'-])([a-z][a-z-]{2,}) $")
#: The negative words that qualify a thing when they follow its noun: an adjective of the term's own kind, or one of
#: difference (« enregistrements distincts »).
_QUALIFYING = frozenset(("negadj", "differ"))
#: The negative prefix of a French adjective, before its stem (« inapplicable », « non conforme », « dis- »).
_NEG_ROOT = re.compile(r"^(?:non[ -]?|in|im|il|ir|des|dis|de|mal)")


def _action_not_qualifier(
    en: _Side, fr: _Side, fits: Callable[[_Mark, _Mark], bool]
) -> Callable[[_Mark, _Mark], bool]:
    """Narrow ``fits`` (the test that a French word may answer an English negation): a French negative adjective right
    after its noun (« conserve des enregistrements distincts », « représente une charge disproportionnée ») qualifies
    that thing, as the English says of it by a word at its place, often no negative one ("separate records", "overly
    burdensome"); it says nothing of whether the action is done.  An English "not" between a modal of a provision and a
    verb of action ("shall not keep", "shall not assess") denies the action, which French denies by a negation or a verb of
    its own (« s'abstient », « refuse »), never by an adjective of one of its things: the adjective answers no such
    negation (with "shall keep separate records" made "shall not keep", « distincts » answered the added "not" and hid
    it).  Not an adjective after a copula, the predicate of its clause (« est non conforme »), nor a noun after its
    article (« la non-conformité » renders "does not comply"), nor an adjective of the stem of the denied verb, which
    says its negation ("declare that Article 81 shall not apply" / « déclarer l'article 81 inapplicable »)."""

    def narrowed(n: _Mark, w: _Mark) -> bool:
        if w.tag in _QUALIFYING and _names_a_term(fr, w):
            noun = _FR_NOUN_BEFORE.search(fr.folded, max(0, w.span[0] - 40), w.span[0])
            if noun is not None and noun.group(1) not in FR_FUNCTION_WORDS:
                verb = _EN_ACTION_NOT.search(en.folded, max(0, n.span[0] - 12), n.span[1] + 40)
                if (
                    verb is not None
                    and verb.start() <= n.span[0] < verb.end()
                    and not _EN_RELATIVE_SUBJECT.search(en.folded, max(0, verb.start() - 40), verb.start())
                    and _NEG_ROOT.sub("", fr.folded[w.span[0] : w.span[1]])[:4] != verb.group(1)[:4]
                ):
                    return False
        return fits(n, w)

    return narrowed


#: « peu »: a small degree (« peu de risque », « économiquement peu significatif », « faussent peu », « peu probable »),
#: French's litotes, which English says by "little", "few" or an "in-" adjective ("little risk", "economically
#: insignificant"), and by a negation only where it negates a word of degree, likelihood or significance ("create no
#: significant distortions", "not likely", "no reasonable prospect", "not much"); see _little_not_not.
_LITTLE = re.compile(r"peu\b")
_NEGATED_DEGREE = re.compile(
    r"[^,;:.()]{0,32}?\b(?:much|many|very|enough|often|frequent\w*|great\w*|high\w*|large\w*|significant\w*"
    r"|substantial\w*|considerabl\w*|appreciabl\w*|material\w*|serious\w*|likel\w*|probab\w*|reasonabl\w*"
    r"|sufficient\w*|a lot)\b"
)


def _little_not_not(
    en: _Side, fr: _Side, fits: Callable[[_Mark, _Mark], bool]
) -> Callable[[_Mark, _Mark], bool]:
    """Narrow ``fits`` (the test that a French word may answer an English negation): « peu » says a small degree, the
    French litotes for a negated degree, and answers an English negation only where that negation negates a word of
    degree, likelihood or significance close after it (_NEGATED_DEGREE: « faussent peu » / "create no significant
    distortions", « peu probable » / "not likely"), not the "not" of a verb close by: with « ne relèvent pas du champ
    d'application » made « relèvent », « peu de risque » ("little risk") answered "do not fall within the scope" and hid
    the drop; so did « économiquement peu significatif » ("economically insignificant") for "not … automatically
    triggers" (with « ne déclenche pas » made « déclenche »).  Nor is « peu » after a copula a predicate that negates
    its clause: « qui seraient peu utilisées » ("that would be little used") answered "would not be cost-effective"
    (with « ne serait toutefois pas » made « serait toutefois »)."""

    def narrowed(n: _Mark, w: _Mark) -> bool:
        if (
            w.tag == "negadj"
            and _LITTLE.match(fr.folded, w.span[0])
            and not _NEGATED_DEGREE.match(en.folded, n.span[1])
        ):
            return False
        return fits(n, w)

    return narrowed


def _whether_or_not(
    en: _Side, fr: _Side, fits: Callable[[_Mark, _Mark], bool]
) -> Callable[[_Mark, _Mark], bool]:
    """Narrow ``fits`` (the test that a French word may answer an English negation): « séparables ou non », « reçoit ou
    non », « frauduleuse ou non autorisée », « stocké ou non émis » say "whether or not", "unauthorised", "avoided"; the
    « ou non » negates no verb of its clause, and answers an English negation only where English says the alternative
    too (_OR_NOT), or where it stands before a participle that English negates by "not" ("is not allowed" / « est ou
    non autorisé »).  With the « ne … pas » of « ne devant pas suffire » dropped, « séparables ou non » answered the
    English "should not be sufficient" and the French, which then affirms, went unreported; so did « puisse remplir »
    (for "being unable to fulfil", « ou non autorisée » answering) and « il sera nécessaire de restituer » ("will not
    need to be surrendered", « ou non émis »).  So did « que ce soit ou non dans le cadre de l'article 40 » for "is not
    distorted" (with « ne soit pas faussée » made « soit faussée »), and « irrégulières ou non intentionnelles » for
    "which are not localised" (with « qui ne sont pas localisées » made « qui sont localisées »)."""

    def narrowed(n: _Mark, w: _Mark) -> bool:
        if (
            w.tag == "regardless"
            and fr.folded.startswith("ou non", w.span[0])
            and not _OR_NOT.search(en.folded, max(0, n.span[0] - 200), n.span[0])
            and not (
                _OR_NON_PARTICIPLE.match(fr.folded, w.span[0])
                and _BEING_BEFORE.search(fr.folded, max(0, w.span[0] - 14), w.span[0])
                and _NOT_PARTICIPLE.search(en.folded, max(0, n.span[0] - 6), n.span[1] + 30)
            )
        ):
            return False
        return fits(n, w)

    return narrowed


#: The negative words that name a term as a negative adjective does ("unmanned" / « sans équipage », "non-Union" /
#: « hors Union », "infringing" / « non conformes », "invalid" / « nulle », "non-execution" / « inexécution »).
_TERM_WORDS = frozenset({"negadj", "without", "outside", "breach", "fail", "zero"})
#: The negative words of a term that a word of the other side at their place renders (see _not_rendering): those that
#: name a term as a negative adjective does, and the nouns of excluding ("exclusion" / « omission »).
_RENDERED_TERMS = _TERM_WORDS | {"exclude"}
#: A verb after "without", « sans »: "without transitioning", « sans qu'il soit », « sans avoir »: the negation of a verb.
_WITHOUT_VERB = {
    Lang.EN: re.compile(r"\s+(?:\w+ing|having|being)\b"),
    Lang.FR: re.compile(r"\s+(?:qu|avoir\b|etre\b|\w+er\b)"),
}


def _names_a_term(side: _Side, m: _Mark) -> bool:
    """Say whether the negative word ``m`` names a term: not the predicate of its clause after a copula (« sont
    dénuées de pertinence », "is manifestly irrelevant"), which negates the clause, nor a "without" / « sans » before
    a verb."""
    if _COPULA_BEFORE[side.lang].search(side.folded, max(0, m.span[0] - 40), m.span[0]):
        return False
    return not (m.tag == "without" and _WITHOUT_VERB[side.lang].match(side.folded, m.span[1]))


def _term_marks(
    marks: list[_Mark],
    tags: Collection[str],
    side: _Side,
    open_negs: list[float],
    repeated: Sequence[float],
) -> list[_Mark]:
    """Return the free negative words of ``marks`` with a tag in ``tags`` that name a term (:func:`_names_a_term`), with
    no negation left unanswered within _SOFT_WINDOW (``open_negs``, both sides) and none that the other side repeats
    within _NEG_WINDOW (``repeated``): the candidates of the pairing of a negative adjective with the other side's
    negative word at its place (see _negation_problems)."""
    return [
        m
        for m in _free(marks)
        if m.tag in tags
        and _names_a_term(side, m)
        and not any(abs(p - m.pos) <= _SOFT_WINDOW for p in open_negs)
        and not any(abs(p - m.pos) <= _NEG_WINDOW for p in repeated)
    ]


_SERIES_BEFORE = re.compile(r"\b(?:ni|nor)\s+$")
_EN_AUX = r"(?:shall|should|may|must|is|are|was|were|does|do|did|will|would|can|could|has|have|had)"
_OWN_VERB = re.compile(r"(?:nor|ni)\s+(?:ne\b|n'|" + _EN_AUX + r")\b")
#: "nor should", "nor shall": a "nor" that puts its auxiliary before its subject.
_NOR_INVERTED = re.compile(r"nor\s+" + _EN_AUX + r"\b")
_FAR_NE = re.compile(r"(?:\bne|\bn')\s*$")


def _series_answered(m: _Mark, negs: list[_Mark], side: _Side, word: re.Pattern[str]) -> bool:
    """Say whether ``m`` is a « ni » or a "nor" whose series opens on a negation already answered (the nearest
    negation before it): it then says the next item of that series."""
    if (
        not _in_series(m, side, word)
        or _OWN_VERB.match(side.folded, m.span[0])
        or (m.span[1] - m.span[0] > 30 and _FAR_NE.search(side.folded, m.span[0], m.span[1]))
    ):
        # "nor should their support be required", « ni n'exige », « ni à Malte tant qu'aucun système ferroviaire n' »:
        # a negation with its own verb, which needs an answer of its own
        return False
    # the series opens on its first item: « ni X, ni Y, ni aucun Z » after "nor are X" looks back to the first « ni »
    head = None
    for n in sorted((n for n in negs if n.span[0] < m.span[0]), key=lambda n: n.span[0], reverse=True):
        head = n
        if not _in_series(n, side, word):
            break
    return head is not None and head.partner is not None


def _in_series(m: _Mark, side: _Side, word: re.Pattern[str]) -> bool:
    """Say whether ``m`` is an item of a series « ni … ni … » / "nor": its word, or a word right after it (« ni aucun »)."""
    return (
        word.match(side.folded, m.span[0]) is not None
        or _SERIES_BEFORE.search(side.folded, max(0, m.span[0] - 8), m.span[0]) is not None
    )


#: The article before « seul », "sole": « un seul État membre », "the sole acquisition" (see _negation_problems).
_ONE_THING = re.compile(r"(?:\b(?:une?|la|le|a|the)|\bl') $")
#: « aux seules fins de la production » / "for the sole purpose of lodging": the one purpose, said with a plural article
#: (« aux seuls États membres » says "only", of the predicate).
_SOLE_PURPOSE = re.compile(r"(?<=\baux )seules? fins\b")


def _not_one_thing(side: _Side, weak: list[_Mark]) -> list[_Mark]:
    """The negative words of ``weak`` less « un seul », "the sole", « aux seules fins »: they count or restrict a thing,
    not the predicate."""
    return [
        m
        for m in weak
        if not (
            m.tag == "restrict"
            and (
                _ONE_THING.search(side.folded, max(0, m.span[0] - 4), m.span[0])
                or _SOLE_PURPOSE.match(side.folded, m.span[0])
            )
        )
    ]


#: "without delay", "without undue delay", « sans délai », « sans tarder », « sans retard excessif »: a phrase that
#: says "promptly", with the adjective of excess that may follow « délai » or « retard » (see _not_promptly).
_PROMPT_PHRASE = {
    Lang.EN: guard(
        re.compile(r"\bwithout\s+(?:(?:any|undue|unnecessary|unjustified|unreasonable|further)\s+)*delay\b"),
        "delay",
    ),
    Lang.FR: guard(
        re.compile(
            r"\bsans\s+(?:(?:aucun|plus|la moindre)\s+)?(?:delais?|retards?|tarder)"
            r"(?:\s+(?:excessifs?|injustifies?|indus?|inutiles?|deraisonnables?))?\b"
        ),
        "delai",
        "retard",
        "tarder",
    ),
}
#: A negated verb of delaying ("should not delay", "in order not to postpone", « ne devraient pas tarder », « ne
#: retardent pas »), which a phrase of promptness on the other side may render.
_DELAY_DENIED = {
    Lang.EN: guard(
        re.compile(r"\b(?:not|no|never)\s+(?:(?!without\b)[\w'-]+\s+){0,3}?(?:delay|postpon|defer)\w*"),
        "delay",
        "postpon",
        "defer",
    ),
    Lang.FR: guard(
        re.compile(r"\b(?:ne\b|n')(?:(?!\bsans\b)[^.;:]){0,40}?\b(?<!plus )(?:tard|retard|differ|report)\w*"),
        "tard",
        "differ",
        "report",
    ),
}


def _not_promptly(
    en: _Side, fr: _Side, weak_e: list[_Mark], weak_f: list[_Mark], ue: tuple[int, int], uf: tuple[int, int]
) -> tuple[list[_Mark], list[_Mark]]:
    """The negative words of ``weak_e`` and ``weak_f`` less those of a French phrase of promptness (_PROMPT_PHRASE) and
    of the English one that renders it, unless the other side negates a verb of delaying in its unit (which the phrase
    may render).  (An English phrase against other French, "without undue delay" / « dans les meilleurs délais », is
    kept: with nothing to render it in the French, it may stand for a negation said there.)"""
    spans_f = match_spans(_PROMPT_PHRASE[Lang.FR], fr.folded, *uf) if weak_f else []
    if not spans_f or _DELAY_DENIED[Lang.EN].search(en.folded, *ue):
        return weak_e, weak_f
    weak_f = [m for m in weak_f if not any(a <= m.span[0] < b for a, b in spans_f)]
    spans_e = match_spans(_PROMPT_PHRASE[Lang.EN], en.folded, *ue) if weak_e else []
    if spans_e and not _DELAY_DENIED[Lang.FR].search(fr.folded, *uf):
        weak_e = [m for m in weak_e if not any(a <= m.span[0] < b for a, b in spans_e)]
    return weak_e, weak_f


def _free_of(
    en: _Side, fr: _Side, safe_e: list[_Mark], weak_f: list[_Mark]
) -> tuple[list[_Mark], list[_Mark]]:
    """The words of ``safe_e`` and ``weak_f`` less the English compounds in "-free" ("risk-free", "error-free") and the
    French « sans » before a noun that render each other: the thing the English word is free of and the noun after
    « sans » begin alike (« sans risque », « sans erreur »), nearest first."""
    free = [m for m in safe_e if en.folded.endswith("-free", 0, m.span[1])]
    if not free:
        return safe_e, weak_f
    sans = [
        m
        for m in weak_f
        if m.tag == "without"
        and fr.folded.startswith("sans", m.span[0])
        and not _WITHOUT_VERB[Lang.FR].match(fr.folded, m.span[1])
    ]
    # (paired nearest first by _pair, on copies: the words leave the lists, they take no partner there)
    xs, ys = [_Mark(m.span, m.pos) for m in free], [_Mark(m.span, m.pos) for m in sans]
    _pair(
        xs, ys, 1.0, lambda x, y: en.folded[x.span[0] : x.span[0] + 3] == next_word(fr.folded, y.span[1])[:3]
    )
    gone_e = {x.span for x in xs if x.partner is not None}
    gone_f = {y.span for y in ys if y.partner is not None}
    return [m for m in safe_e if m.span not in gone_e], [m for m in weak_f if m.span not in gone_f]


#: An "otherwise" said in the course of its clause (not "otherwise than": "other than"), after what does not end a
#: clause ("; otherwise it shall be void", "…, otherwise the offer lapses" open one).
_MANNER_OTHERWISE = re.compile(r"(?<![.;:(,] )(?<![.;:(,])(?<!^)otherwise(?! than\b)")


def _manner_otherwise(
    en: _Side, fr: _Side, weak_e: list[_Mark], weak_f: list[_Mark]
) -> tuple[list[_Mark], list[_Mark]]:
    """The negative words of both sides less the English "otherwise" of manner, "in another way" ("unless otherwise
    provided", "could not otherwise be obtained", "instructs otherwise"), not the contrary case "if not", and less the
    French word that it answers (« sinon », « autrement ») wherever it stands: it says no negation, and answers none.
    (The French « autrement » is left as it is: « ou contribuent autrement » says an "or otherwise" that English may
    leave out.)"""
    manner = [m for m in weak_e if m.tag == "otherwise" and _MANNER_OTHERWISE.match(en.folded, m.span[0])]
    if not manner:
        return weak_e, weak_f
    _pair(manner, [m for m in weak_f if m.tag == "otherwise"], 1.0)
    gone = {id(m) for m in manner} | {id(m.partner) for m in manner if m.partner}
    return [m for m in weak_e if id(m) not in gone], [m for m in weak_f if id(m) not in gone]


_AFTER_QUE = re.compile(r"qu(?:e |')(?:apres|lorsque?)\b")
_UNTIL = re.compile(r"\buntil\b")
_DEFAULT = re.compile(r"\bdefault")
_SURRENDER = re.compile(r"\bsurrender")
#: A restriction of a condition or a means: « qu'avec l'accord », « que si », « que lorsque », « que dans les cas ».
_CONDITION_QUE = re.compile(r"qu(?:e |')(?:si|s'|avec|lorsque?|moyennant|sous|apres|dans|en|pour|sur|par)\b")
_NEG_RELATIVE = re.compile(r"\b(?:which|that|who)\s+(?:has|have|had|is|are|was|were|does|do|did)\s+$")
_MODAL_NOT = re.compile(r"(?:shall|may|must|can|should) ?not")
#: A negation said with a modal of duty or permission ("should not", "cannot", « ne peuvent », « ne doit »): a
#: prohibition, whose negation needs its answer even where its verb is a negative word ("shall not be deprived of" /
#: « ne peuvent être privés de »: with the « ne » dropped, the French grants what the English forbids).
_PROHIBITION = re.compile(_MODAL_NOT.pattern + r"|ne\s+(?:doi|dev|peu|pui|pourr)")
#: Negative verbs that turn a restriction into an exception (« ne peut refuser … que si », "prevents … unless").
_TURNING = ("refuse", "prevent", "prohibit", "exclude")
#: The meanings of negative words that turn a thing away, which render each other at the same place of the two sides.
_TURNING_AWAY = (*_TURNING, "exempt")
_EXPLETIVE_BEFORE = re.compile(r"\b(?:avant|moins|sans|peur|crainte) qu(?:e\b|')[^.;:]*(?:\bne|\bn')\s*$")


#: « pour d'autres activités que la fourniture »: an exception of a thing (the « que » a few words after « autres »),
#: no condition.
_OTHER_THING = re.compile(r"autres? (?!qu(?:e\b|'))")
#: « titres autres que de capital »: « autre(s) que » before a thing (not before a clause, « autres qu'elle a notifiées »,
#: nor before a pronoun, « autres que ceux visés », which says "other than those").
_OTHER_THAN_THING = re.compile(r"autres? qu(?:e\b|')(?!\s*(?:il|elle|on|ceux|celles?|celui)s?\b)")
#: "not be", "not have been": what stands between a negation and the participle it negates (« ne … pas être »): a
#: word of absence after it is that participle ("should not be deprived of"), no second negation of a condition.
_BE_BEFORE = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:(?:have|has)\s+)?(?:be|been|being|etre|ete)\s+")


#: "as a last resort": only when nothing else will do, as « ne … qu'en dernier ressort », « qu'en dernier recours » say.
_LAST_RESORT = re.compile(r"\bas a last resort\b")


def _restriction_problems(
    en: _Side,
    fr: _Side,
    pe: Profile,
    pf: Profile,
    ue: tuple[int, int],
    uf: tuple[int, int],
    said: set[tuple[int, int]],
) -> list[_Problem]:
    """A restriction « ne … que » ("only with", "only if") against a bare "without" or "unless" at its place, with no
    negation nor "only" in the English: « ne peuvent être divulguées qu'avec l'accord » says "shall not be disclosed
    without the consent", the bare "shall be disclosed without the consent" its opposite.  An English negation that a
    French negation answers (``said``: "that a product … is not in conformity" / « que ce produit … ne respecte pas »)
    is the negation of another clause, not that of the restriction."""
    first = _CONDITION_QUE.search(fr.folded, uf[0])
    if first is None or first.start() >= uf[1]:
        return []  # most sentences: no « que si », « qu'avec »; the weak markers of either side are not needed
    width = max(uf[1] - uf[0], 1)
    negs = [n for n in _marks(pe.negation + pe.cont + pe.prohibit, ue) if n.span not in said]
    weak = _marks(pe.weak, ue)
    fr_weak = _marks(pf.weak, uf)
    # "is to be permitted only for … instruments …, unless the Commission has adopted" / « à moins que la Commission
    # n'ait adopté …, l'utilisation … n'est autorisée que pour les instruments »: a conjunction of exception or absence
    # ("unless", "without") that the French says by its own word of that meaning (« à moins que », « sauf », « sans »)
    # is rendered by that word, wherever French word order puts its clause (first, here, so that the « ne … que » of
    # the main clause stands where English says "unless"); it is no bare word against the restriction.  Each French
    # word renders one English word, the nearest.
    _pair(
        [w for w in weak if w.tag in ("except", "without")],
        [w for w in fr_weak if w.tag in ("except", "without")],
        1.0,
        lambda x, y: x.tag == y.tag,
    )
    for r in fr_weak:
        if r.tag != "restrict" or not _CONDITION_QUE.match(fr.folded, r.span[0]):
            continue  # (« ne représente qu'une seule transaction »: a restriction of a thing, not of a condition)
        ne = _RESTRICTION_NE.match(fr.folded, max(uf[0], r.span[0] - RESTRICTION_REACH), r.span[0])
        if ne is None or _EXPLETIVE_BEFORE.search(fr.folded, max(0, ne.end() - 100), ne.end()):
            continue  # « à moins qu'ils ne concluent … que les mesures »: an expletive « ne », then a that-clause
        at = [r.pos, (ne.end() - uf[0]) / width]
        if any(abs(n.pos - a) <= _NEG_WINDOW for n in negs for a in at):
            continue
        if any(w.tag == "restrict" and abs(w.pos - a) <= _NEG_WINDOW for w in weak for a in at):
            continue
        if any(
            abs(w.pos - a) <= _NEG_WINDOW
            for w in _marks(match_spans(_LAST_RESORT, en.folded, *ue), ue)
            for a in at
        ):
            # "to allow for the continuation … as a last resort in exceptional circumstances" / « cela ne doit toutefois
            # se faire qu'en dernier recours »: only when nothing else will do, a restriction the English says as well.
            continue
        bare = [
            w
            for w in weak
            if w.tag in ("except", "without") and w.partner is None and abs(w.pos - r.pos) <= _NEG_WINDOW
        ]
        if _AFTER_QUE.match(fr.folded, r.span[0]):
            # « n'est réputée présentée qu'après paiement » is "shall not be deemed filed until the fee is paid":
            # a bare "until" says the opposite (until then, it is).
            bare += [
                w
                for w in _marks([x.span() for x in _UNTIL.finditer(en.folded, *ue)], ue, "until")
                if abs(w.pos - r.pos) <= _NEG_WINDOW
            ]
        if not bare:
            continue
        w = min(bare, key=lambda w: abs(w.pos - r.pos))
        # « ne peuvent refuser la réception que si » ("may refuse only if") is "shall accept unless", « ne peuvent être
        # appliquées que si » is "prevents them from applying … unless": a negative verb, in the restriction or before
        # the bare word, turns the one into the other.
        if any(v.tag in _TURNING and ne.end() <= v.span[0] < r.span[0] for v in fr_weak) or any(
            v.tag in _TURNING and v.span[1] <= w.span[0] for v in weak
        ):
            continue
        shown_en, shown_fr = en.text[w.span[0] : w.span[1]], fr.text[r.span[0] : r.span[1]]
        return [
            (
                "negation",
                [w.span],
                [r.span],
                f"The French restricts ({_q_en(shown_fr)}: “only”) where the English says {_q_en(shown_en)} with no "
                "negation: one of them may say the opposite of the other.",
                f"La version française restreint ({_q_fr(shown_fr)}) là où la version anglaise dit {_q_fr(shown_en)} "
                "sans négation : l’une dit peut-être le contraire de l’autre.",
            )
        ]
    return []


#: A "nor" with no inverted verb after it: not one opening a negated clause of its own ("Nor should related services
#: be …").
_NOR_CARRYING = re.compile(
    r"nor\b(?!\s+(?:shall|should|may|must|can|could|will|would|is|are|was|were|does|do|did|has|have|had|need)\b)"
)
#: The words of keeping a thing safe in the "prevent" group ("protect", « protéger », "preserve", « préserver »).
_KEEPING = re.compile(r"protect|proteg|preserv")


#: The end of a clause: a comma, a stop, a bracket.
_COMMA_CLAUSE_END = re.compile(r"[,;:.()]")


def _bare_nor(en: _Side, marks: list[_Mark], inverted: bool = False) -> list[_Mark]:
    """The free "nor" of ``marks`` with no negative mark of the English before it in ``marks``, nor an inverted verb
    (``inverted``: with one, "nor shall they")."""
    return [
        m
        for m in marks
        if m.partner is None
        and (_NOR_INVERTED if inverted else _NOR_CARRYING).match(en.folded, m.span[0])
        and not any(x.span[0] < m.span[0] for x in marks if x is not m)
    ]


#: A negative word of French before a « ni » in its sentence, which the « ni » carries on (« ne … pas X ni Y », « sans X
#: ni Y », « aucun X ni Y ») or opens a series with (« ni X ni Y »).
_NI_CARRIES = re.compile(
    r"\b(?:ne|n'|pas|aucune?s?|nulle?s?|nullement|jamais|rien|personne|guere|plus|sans|non)\b"
)
_NE_AFTER_NI = re.compile(r"\b(?:ne\b|n')")


def _bare_ni(fr: _Side, marks: list[_Mark], uf: tuple[int, int]) -> list[_Mark]:
    """The free « ni » of ``marks`` (not « ni ne », which says a verb's negation of its own) with no negative word of the
    French before it in its sentence (_NI_CARRIES), not even before the « ni » that opens its series, nor a « ne » after
    it there (« Ni X ni Y ne sont pris en compte »: the verb of the series)."""
    out = []
    for m in marks:
        if m.partner is not None or fr.folded[m.span[0] : m.span[1]] != "ni":
            continue
        start = _sentence_opening(fr.folded, uf[0], m.span[0])
        end = min([uf[1]] + [k for k in (fr.folded.find(c, m.span[1], uf[1]) for c in ".;:") if k >= 0])
        if not _NI_CARRIES.search(fr.folded, start, m.span[0]) and not _NE_AFTER_NI.search(
            fr.folded, m.span[1], end
        ):
            out.append(m)
    return out


def _unlike(
    en: _Side,
    fr: _Side,
    ue: tuple[int, int],
    uf: tuple[int, int],
    real_e: list[_Mark],
    real_f: list[_Mark],
    weak_e: list[_Mark],
    weak_f: list[_Mark],
) -> None:
    """Pair a negation of sameness ("not the same", « pas les mêmes ») with a word of difference of the other side
    in the sentence ("different", « différents », "differently" at the end of the clause), which says it without a
    negation; the negative word of that place, if any (« sont différents de »), is taken with it, so that it answers
    no other negation.  Paired before the negations, so that the word never leaves another negation to answer one
    the other side dropped; and only where the other side says no sameness of its own (« ne sont pas réputés
    constituer la ou les mêmes personnes » renders "deemed not to be the same", its « distincts » "separate") and the
    negation's side says no difference itself (then the word renders that one)."""
    for side, negs, other, u, own_u, weak, other_negs in (
        (en, real_e, fr, uf, ue, weak_f, real_f),
        (fr, real_f, en, ue, uf, weak_e, real_e),
    ):
        same = [m for m in _free(negs) if _NOT_SAME[side.lang].match(side.folded, m.span[1])]
        if (
            not same
            or _SAME[other.lang].search(other.folded, *u)
            or _UNLIKE[side.lang].search(side.folded, *own_u)
        ):
            continue
        # (not a word already paired, nor one negated itself: "are not different" says "the same")
        words = [
            w
            for w in _marks(match_spans(_UNLIKE[other.lang], other.folded, *u), u)
            if not any(x.partner is not None and x.span[0] <= w.span[0] < x.span[1] for x in weak)
            and not any(0 <= w.span[0] - n.span[1] <= 20 for n in other_negs)
        ]
        _pair(same, words, 1.0)
        for w in words:
            if w.partner is not None:
                for x in weak:
                    if x.partner is None and x.span[0] <= w.span[0] < x.span[1]:
                        x.partner = w.partner


#: A participle negated by "not" that qualifies a noun: "activities not covered by this Directive", "staff not employed
#: by the Agency" ("which are not covered"); not "but not limited to" (« notamment », « entre autres »), "whether
#: connected or not connected" (« ou non »), nor "not exceed" (a verb).
_NEGATED_PARTICIPLE = guard(re.compile(r"(?<!\bbut )(?<!\bor )\bnot (?:\w+ly )?\w+(?<!ce)ed\b"), "not ")


def _negated_participles(en: _Side, weak_e: list[_Mark], negs: list[_Mark]) -> list[_Mark]:
    """Return the free negative words of ``weak_e`` that are participles negated by "not" (_NEGATED_PARTICIPLE), not
    one whose "not" is a negation of its sentence already (``negs``: "and not simply used" / « et n'a pas simplement
    été utilisé »)."""
    return [
        m
        for m in _free(weak_e)
        if m.tag == "negadj"
        and _NEGATED_PARTICIPLE.fullmatch(en.folded, *m.span)
        and not any(n.span[0] < m.span[1] and m.span[0] < n.span[1] for n in negs)
    ]


def _unsaid_participles(
    en: _Side, weak_e: list[_Mark], negs: list[_Mark], marks_f: list[_Mark]
) -> list[_Mark]:
    """Return the English participles negated by "not" (:func:`_negated_participles`) left without a French negative
    word of ``marks_f``: none at their place (within _NEG_WINDOW), whatever it answers, nor one left free anywhere in
    the sentence (« installations non couvertes par l'annexe I, en vue du stockage » for "for the purposes of storage
    from installations not covered by Annex I": French word order moves the attribute).  Such a participle says the
    "not" of a relative clause ("which are not covered"), which French says with a negation (« qui ne relèvent pas
    de ») or with « non » (« non couvertes »); where French drops that « ne … pas », only the participle shows it.  A
    French word already answering an English one of its meaning ("without prejudice" / « sans préjudice », "only
    some" / « seules certaines ») says that word, not the participle: it renders one only at its place."""
    return [
        m
        for m in _negated_participles(en, weak_e, negs)
        if not any(x.partner is None or abs(x.pos - m.pos) <= _NEG_WINDOW for x in marks_f)
    ]


#: "does not and is not likely to prevent", "do not entail any conflict … and are not incompatible": a "not" said again
#: with the auxiliary of a second predicate joined by "and" / "or" (which _continues reads as carrying on the first).
_EN_AND_AUX = re.compile(
    r"\b(?:and|or),?\s+(?:is|are|was|were|does|do|did|has|have|had|will|would|could)\s+$"
)
#: « et est », « ou sont », « et soient », « ou a », « ou qui sont », « et s'est »: « et » / « ou » before a finite form of
#: « être », « avoir », « pouvoir » or « devoir » (maybe after the « qui » or the subject of a clause coordinated with
#: the first, and a pronoun object), the verb of a second predicate with no « ne » of its own (read in the text with its
#: accents: not « où est », « ou à notifier »).
_FR_AND_FINITE = re.compile(
    r"\b(?:et|ou),?\s+(?:qui\s+|qu['’](?:il|elle)s?\s+|(?:il|elle)s?\s+)?(?:s['’]|se\s+|en\s+|y\s+|l['’]|les\s+|leur\s+|lui\s+)?"
    r"(?:est|sont|soit|soient|était|étaient|sera|seront|serait|seraient|a|ont|ait|aient|avait|avaient"
    r"|aura|auront|aurait|auraient|peut|peuvent|puisse|puissent|doit|doivent)\b",
    re.I,
)


def _unrepeated_finite(en: _Side, fr: _Side, cont_e: list[_Mark], uf: tuple[int, int]) -> list[_Mark]:
    """Return the English negations said again with the auxiliary of a second predicate (_EN_AND_AUX: "and is not")
    left unanswered, where French joins at their place (within _NEG_WINDOW) a finite verb of its own with no « ne »
    (_FR_AND_FINITE: « ou est susceptible », « ou qui sont encore opérationnels »).  English may say one "not" for
    two predicates or repeat it; French negates a finite verb only by a « ne » of its own: a « ne … pas » does not
    reach past « et » / « ou » to the next conjugated verb (« ne les empêche pas ou est susceptible de les
    empêcher » says that it is likely to), so the French affirms the second predicate the English denies.  (Not a
    participle or an infinitive after « et », which the first negation governs: « n'est pas rédigé … ou
    accompagné ».)"""
    free = [
        m
        for m in cont_e
        if m.partner is None and _EN_AND_AUX.search(en.folded, max(0, m.span[0] - 20), m.span[0])
    ]
    if not free:
        return []
    width = max(uf[1] - uf[0], 1)
    places = [(x.start() - uf[0]) / width for x in _FR_AND_FINITE.finditer(fr.text, *uf)]
    return [m for m in free if any(abs(p - m.pos) <= _NEG_WINDOW for p in places)]


#: An English "non-" word of a present participle whose negation French says by a negated verb or a « sans », having
#: no adjective for it: "non-voting" (« qui ne prend pas part au vote », « sans droit de vote », « non votant »),
#: "non-binding" (« qui ne lie pas », « sans caractère contraignant », « non contraignant »), "non-participating"
#: (« qui ne participent pas », « non participants »): it says the "not" of a relative clause ("who shall not vote").
#: Not the "non-" words that name a term, which French says by a word of its own ("non-trading book" / « portefeuille
#: bancaire », "non-consolidated basis" / « base individuelle », "non-EU" / « pays tiers »).
_NON_PARTICIPLE_EN = guard(re.compile(r"non-(?:voting|binding|participating)"), "non-")


#: "fall outside", "falling outside the scope", "falls beyond": the verb that says "is not within" (« ne relèvent pas
#: du champ d'application », « n'entrent pas dans le champ »), which French says with a negation, or with « hors »,
#: « en dehors », « sortent du champ »; not "outside" after another word ("activities outside the Union", "persons
#: outside the group" / « des pays tiers », « étrangères au groupe »), which names a place or a class.
_OUTSIDE_EN = guard(re.compile(r"\b(?:outside|beyond)\b"), "outside", "beyond")
_FALL_OUTSIDE = re.compile(r"\b(?:falls?|fell|falling|fallen)\s+(?:\w+ly\s+)?(?:outside|beyond)$")


def _unsaid_non_participles_en(en: _Side, weak_e: list[_Mark], marks_f: list[_Mark]) -> list[_Mark]:
    """Return the English "non-" words of a participle (_NON_PARTICIPLE_EN) and the "outside" of "fall outside"
    (_FALL_OUTSIDE) left free and without a French negative word of ``marks_f``: none at their place (within
    _NEG_WINDOW), whatever it answers, nor one left free anywhere in the sentence, as :func:`_unsaid_participles` does
    for a participle negated by "not".  Where French drops the « ne … pas » that said it (« d'un représentant du CERS,
    qui prend part au vote » for "one representative of the ESRB, who shall be non-voting", « les activités qui
    relèvent du champ » for "activities that fall outside the scope"), only the English word shows it."""
    return [
        m
        for m in _free(weak_e)
        if (m.tag == "negadj" and _NON_PARTICIPLE_EN.fullmatch(en.folded, *m.span))
        or (m.tag == "outside" and _FALL_OUTSIDE.search(en.folded, max(0, m.span[0] - 25), m.span[1]))
        if not any(x.partner is None or abs(x.pos - m.pos) <= _NEG_WINDOW for x in marks_f)
    ]


#: An English "non-" before a name or an acronym: "non-Union undertakings", "non-SME traders", "non-G-SIIs", "a non-Chapter
#: VI registry".  English makes a class of what is not that name by its prefix; French has no such prefix before a
#: name, and says it by a negated relative clause or participle (« entreprises n'appartenant pas à l'Union », « qui ne
#: sont pas des PME », « les établissements qui ne sont pas des EISm », « un registre ne relevant pas du chapitre VI »),
#: by « non » (« non-UE »), or by a word of being outside: « hors », « tiers », « extérieur » (« effets hors CO2 », « entités
#: de pays tiers », « la contrepartie extérieure à l'Union » for "non-CO2 effects", "non-EU entities", "the non-Union
#: counterparty"; read with the name's case, in the text).
_NON_NAME_EN = guard(re.compile(r"[Nn]on-(?=[A-Z])"), "on-")
#: The French words that render an English "non-" before a name without a negation (see _NON_NAME_EN).
_NON_NAME_RENDERED_FR = guard(
    re.compile(r"\b(?:hors|tiers|tierces?|exterieure?s?)\b"), "hors", "tier", "exterieur"
)


def _unsaid_non_names_en(
    en: _Side, fr: _Side, uf: tuple[int, int], weak_e: list[_Mark], marks_f: list[_Mark]
) -> list[_Mark]:
    """Return the English "non-" words before a name (_NON_NAME_EN) left free and without a French negative word of
    ``marks_f`` at their place (within _NEG_WINDOW), whatever it answers, nor one left free anywhere in the sentence,
    as :func:`_unsaid_participles` does for a participle negated by "not"; not where French says « hors », « tiers » or
    « extérieur », which render it.  Where French drops the « ne … pas » that said it (« tant aux entreprises de l'Union qu'aux
    entreprises appartenant à l'Union » for "to both Union and non-Union undertakings"), only the English word shows
    it."""
    if _NON_NAME_RENDERED_FR.search(fr.folded, *uf):
        return []
    names = [m for m in weak_e if m.tag == "negadj" and _NON_NAME_EN.match(en.text, m.span[0])]
    # (French says each "non-" word by a negation of its own: one that answers another "non-" word, "non-SME downstream
    # operators and non-SME traders" / « opérateurs en aval qui ne sont pas des PME et … commerçants qui ne sont pas des
    # PME », says that one, not this one, however close it stands)
    return [
        m
        for m in _free(names)
        if not any(
            x.partner is None or (abs(x.pos - m.pos) <= _NEG_WINDOW and x.partner not in names)
            for x in marks_f
        )
    ]


#: The bases of the negative adjectives that deny that a thing is enough, possible, at hand or clear ("insufficient",
#: "inadequate", "impossible", "unavailable", "unclear"), which French says by a negation of its verb (« ne suffisent
#: pas », « n'est pas possible », « n'est pas disponible », « ne savent pas »); not the adjectives that name a quality
#: of their own ("unfair" / « abusive », "invalid" / « nul », "illegal" / « illicite », "unrelated" / « dissociés »),
#: which French says by a word of its own.
_LACKING_BASE = re.compile(r"(?:suffic|adequa|possib|avail|clear)")


def _unsaid_predicates(
    side: _Side, weak: list[_Mark], negs: list[_Mark], marks_o: list[_Mark]
) -> list[_Mark]:
    """Return the negative adjectives of ``weak`` made by a prefix that are the predicate of their clause (after a
    copula), left free, with no negative word of ``marks_o`` (the other side's) at their place (within _NEG_WINDOW),
    whatever it answers, nor one left free anywhere in the sentence: as :func:`_unsaid_participles` does for a
    participle negated by "not".  "Where the fees paid are insufficient to cover" / « Si les taxes acquittées ne
    suffisent pas à couvrir », "where a market price … is unavailable" / « lorsqu'un prix du marché … n'est pas
    disponible », "would be insufficient to allow" / « ne permettrait pas »: such an adjective negates
    its clause as a negation does (it answers a negation anywhere in the sentence, see _negation_problems), which the
    other language says by a negation of its verb; where that negation is dropped (« Si les taxes acquittées suffisent
    à couvrir »), only the adjective is left to show it.  Not an adverb ("unreasonably withheld"), nor an adjective
    whose own negation before it (``negs``) makes a litotes ("is not unlawful" / « est licite »)."""
    return [
        m
        for m in _free(weak)
        if m.tag == "negadj"
        and (pre := _NEG_PREFIX[side.lang].fullmatch(side.folded, *m.span)) is not None
        and _LACKING_BASE.match(pre.group(1))
        and not side.folded.endswith(("ly", "ment"), *m.span)
        and _COPULA_BEFORE[side.lang].search(side.folded, max(0, m.span[0] - 40), m.span[0])
        and not any(0 <= m.span[0] - n.span[1] <= 25 for n in negs)
        and not any(x.partner is None or abs(x.pos - m.pos) <= _NEG_WINDOW for x in marks_o)
    ]


#: The French words of the bases of _LACKING_BASE (folded): what French says, negated, for an English negative word of
#: lacking ("insufficient data" / « pas suffisamment de données », "insufficiently applied" / « ne sont pas suffisamment
#: appliquées », "are unavailable" / « ne sont pas disponibles », "it is otherwise unclear" / « il n'apparaît pas
#: clairement »).
_LACKING_FR = {
    "suffic": re.compile(r"\bsuffi(?:sa\w*|sent|t|re|ra\w*)\b"),
    "adequa": re.compile(r"\badequa\w*"),
    "possib": re.compile(r"\bpossib\w*"),
    "avail": re.compile(r"\bdisponib\w*"),
    "clear": re.compile(r"\bclair\w*"),
}
#: The French negative words of those bases (« insuffisant », « indisponible », « impossible », « non disponible »), which
#: render the English word.
_LACKING_NEG_FR = re.compile(r"\b(?:in|im|non[- ]?)(?:suffis|adequa|possib|disponib)")
#: An English negative word of lacking, cheap to test before the negative words are found.
_LACKING_EN = guard(
    re.compile(r"\b(?:in|un|im)(?:suffic|adequa|possib|avail|clear)"),
    "suffic",
    "adequa",
    "possib",
    "avail",
    "clear",
)
#: "not insufficient", "not be insufficient": a litotes of the word (see _unsaid_lacking).
_NOT_BEFORE = re.compile(r"\bnot\s+(?:\w+\s+)?$")
#: A negation in the French clause before a word: « n'existe pas suffisamment », « ne dispose pas de suffisamment »,
#: « ne sont pas encore suffisamment », « peu clair », « sans … suffisamment ».
_NEGATED_BEFORE_FR = re.compile(r"(?:\bne\b|\bn'|\bpas\b|\bsans\b|\bpeu\b|\bnon\b|\bni\b)[^.;:]{0,80}$")


def _bare_at_place(
    fr: _Side, uf: tuple[int, int], m: _Mark, base: re.Pattern[str], negated: re.Pattern[str]
) -> bool:
    """Say whether the French says a word of ``base`` at the place of the English mark ``m`` (within _NEG_WINDOW)
    with no negation (``negated``, read on the 80 characters before it in its clause) before it: the base said bare
    where English says its negative word (:func:`_unsaid_lacking`, :func:`_unsaid_bases`)."""
    width = max(uf[1] - uf[0], 1)
    return any(
        abs((w.start() - uf[0]) / width - m.pos) <= _NEG_WINDOW
        and not negated.search(fr.folded, max(uf[0], w.start() - 80), w.start())
        for w in base.finditer(fr.folded, *uf)
    )


def _unsaid_lacking(en: _Side, fr: _Side, uf: tuple[int, int], weak_e: list[_Mark]) -> list[_Mark]:
    """Return the English negative words of lacking (a prefix on a base of _LACKING_BASE: "insufficient",
    "insufficiently", "unavailable", "impossible", "unclear") left free, facing at their place (within _NEG_WINDOW) the
    French word of their base (_LACKING_FR) with no negation before it in its clause, in a French sentence that says no
    negative word of that base.  French says such a word by a negation of its base at least as often as by a prefix
    (« lorsqu'il n'existe pas suffisamment de données » for "where insufficient data exists", « ne sont pas
    suffisamment appliquées » for "are being insufficiently applied", « ne sont pas disponibles » for "are
    unavailable"), and in any position of the word, not only as a predicate (:func:`_unsaid_predicates`); where that
    negation is dropped (« lorsqu'il existe suffisamment de données »), the French base says the opposite of the
    English word.  Not a word whose own negation before it makes a litotes ("not insufficient")."""
    if _LACKING_NEG_FR.search(fr.folded, *uf):
        return []
    out = []
    for m in _free(weak_e):
        if m.tag != "negadj" or _NOT_BEFORE.search(en.folded, max(0, m.span[0] - 20), m.span[0]):
            continue
        pre = _NEG_PREFIX[Lang.EN].fullmatch(en.folded, *m.span)
        base = _LACKING_BASE.match(pre.group(1)) if pre is not None else None
        if base is None or pre.group(0).startswith("non-"):
            continue
        if _bare_at_place(fr, uf, m, _LACKING_FR[base.group()], _NEGATED_BEFORE_FR):
            out.append(m)
    return out


#: English negative words that French says by a negation of a word of their base, at their place: "unrelated to",
#: "unconnected with", "non-connected" / « qui ne sont pas liés »; "without the right to vote", "Member States without
#: LNG facilities" / « qui ne dispose pas du droit de vote », « qui ne disposent pas d'installations »: (the English
#: word, the French word of its base, the French negative words of the same meaning, which render the English word by
#: a word of their own: « non liés », « sans lien », « indépendants », « sans droit de vote », « dépourvus »).
_BASE_SAID = (
    (
        re.compile(r"(?:un|non-)(?:relat|connect)ed"),
        re.compile(r"\bliee?s?\b"),
        re.compile(r"\bnon[- ]lie|\bsans (?:aucun |de )?(?:lien|rapport)|\bindependant|\bdissoci|\betranger"),
    ),
    (
        re.compile(r"without"),
        re.compile(r"\bdispos(?:e|ent|ant|er|ait|aient)\s+(?:de|d'|du|des)\b"),
        re.compile(r"\bsans\b|\bdepourvu|\bdenue|\bfaute d|\babsence|\bexempt"),
    ),
)
#: A negation of the French clause before a word of _BASE_SAID (« ne sont pas, en principe, liés », « qui ne dispose que
#: de »): as _NEGATED_BEFORE_FR, less a « non » or a « peu », which negate the word after them, not the clause (« des
#: actifs non financiers provenant de plusieurs investisseurs, dont certains sont liés »), and less a negation before a
#: relative or conditional clause that holds the word (« ne couvre pas les coûts qui sont liés au projet »).
_NEGATED_CLAUSE_FR = re.compile(
    r"(?:\bne\b|\bn'|\bpas\b|\bsans\b|\bni\b)(?:(?!\b(?:qui|que|qu'|dont|lorsque|lorsqu'|si|s'ils?)\b)[^.;:]){0,80}$"
)
#: An English word of _BASE_SAID, cheap to test before the negative words are found.
_BASE_SAID_EN = guard(
    re.compile(r"\b(?:(?:un|non-)(?:relat|connect)ed|without)\b"), "related", "connected", "without"
)
#: What follows a "without" that says no possession: a verb ("without having", see _WITHOUT_VERB), a delay ("without
#: delay", _PROMPTLY) or a saving ("without prejudice").
_WITHOUT_NO_HAVING = re.compile(r"\s+(?:\w+ing\b|prejudice|delay|undue|further|any\s+(?:delay|prejudice))")


def _unsaid_bases(en: _Side, fr: _Side, uf: tuple[int, int], weak_e: list[_Mark]) -> list[_Mark]:
    """Return the English negative words of _BASE_SAID ("unrelated", "unconnected", "non-connected", "without") left
    free, facing at their place (within _NEG_WINDOW) the French word of their base with no negation before it in its
    clause, in a French sentence that says no negative word of their meaning: as :func:`_unsaid_lacking` does for the
    words of lacking.  French says these words by a negation of their base at least as often as by a word of its own
    (« qui ne sont pas liées à ladite facilité » for "that are unrelated to the line", « dont certains ne sont pas liés »
    for "some of which are non-connected", « qui ne dispose pas du droit de vote » for "without the right to vote");
    where that negation is dropped (« qui sont liées à ladite facilité », « qui dispose du droit de vote »), the French base
    says the opposite of the English word, and nothing else shows it, since an English negative word needs no French
    negation of its own.  Not a word whose own negation before it makes a litotes ("not unrelated"), nor a "without"
    that says no possession ("without delay", "without prejudice", "without having")."""
    out = []
    for m in _free(weak_e):
        if _NOT_BEFORE.search(en.folded, max(0, m.span[0] - 20), m.span[0]):
            continue
        if m.tag == "without" and _WITHOUT_NO_HAVING.match(en.folded, m.span[1]):
            continue
        said = next((s for s in _BASE_SAID if s[0].fullmatch(en.folded, *m.span)), None)
        if said is None or said[2].search(fr.folded, *uf):
            continue
        if _bare_at_place(fr, uf, m, said[1], _NEGATED_CLAUSE_FR):
            out.append(m)
    return out


#: A participle negated by « non » with a complement of its own, as a verb has: « des compagnies non immatriculées dans
#: un État membre », « le plan notifié et non rejeté en vertu de l'article 9 », « les créances non encore échues au moment
#: de cette publication » ("that are not registered in", "which was not rejected under", "which have not fallen due at"):
#: the French mirror of _NEGATED_PARTICIPLE.  Without a complement the participle is often a term, which English
#: renders by a word of its own (« bénéfices non distribués » / "retained earnings", « recettes non perçues » /
#: "forgone revenues", « activités non salariées » / "self-employment"); not « X ou non X » ("listed or unlisted"),
#: nor « non plus ».
_NON_PARTICIPLE = guard(
    re.compile(
        r"(?<!\bou )\bnon (?:encore |[a-z]+ment )?(?!plus\b)([a-z]+)"
        r"(?=,? (?:par|dans|au|aux|a|conformement|selon|sur|lors|avant|apres|pour|jusqu|en (?:vertu|application))\b)"
    ),
    "non ",
)
#: The ending of a French participle, in the text (folding loses the accent of « rejeté »): not an adjective in
#: « -que » (« équivoque », « authentique »).
_PARTICIPLE_END_FR = re.compile(r"(?:é|ée|és|ées|[^aeiouéèq\W]ue?s?)$")


def _unsaid_non_participles(
    fr: _Side, en: _Side, weak_f: list[_Mark], negs: list[_Mark], marks_e: list[_Mark]
) -> list[_Mark]:
    """Return the French participles negated by « non » (_NON_PARTICIPLE) left free and without an English negative
    word of ``marks_e``, as :func:`_unsaid_participles` does for the English: none at their place (within
    _NEG_WINDOW), nor one left free anywhere in the sentence.  An English word of the participle's own stem at its
    place ("which was rejected" / « non rejeté ») renders the participle, not its « non »: it is no answer."""
    out = []
    for m in _free(weak_f):
        p = _NON_PARTICIPLE.match(fr.folded, m.span[0]) if m.tag == "negadj" else None
        if p is None or not _PARTICIPLE_END_FR.search(fr.text[p.start(1) : p.end(1)]):
            continue
        if any(n.span[0] < m.span[1] and m.span[0] < n.span[1] for n in negs):
            continue
        stem = p.group(1)[:4]
        answers = [x for x in marks_e if not en.folded.startswith(stem, x.span[0])]
        if not any(x.partner is None or abs(x.pos - m.pos) <= _NEG_WINDOW for x in answers):
            out.append(m)
    return out


def _weak_paired_by_meaning(
    pe: Profile, pf: Profile, ue: tuple[int, int], uf: tuple[int, int]
) -> tuple[list[_Mark], list[_Mark]]:
    """Return the negative words of each side, fresh, those of one meaning on both sides paired with each other
    ("protection" / « protection », "without" / « sans »): in a sentence with no negation nothing is paired yet."""
    w_e, w_f = _marks(pe.weak, ue), _marks(pf.weak, uf)
    for group in {m.tag for m in w_e} & {m.tag for m in w_f}:
        _pair([m for m in w_e if m.tag == group], [m for m in w_f if m.tag == group], 1.0)
    return w_e, w_f


#: A French participle of refusing (« refusée », « refusés »; not « rejeté », "released" as much as "rejected", nor
#: « exclus », which English says by many a word of its own; see _unsaid_refusals).
_REFUSED_FR = re.compile(r"refuse(?:e|s|es)?")
#: … as the predicate of its clause, cheap to test before the negative words are found.
_REFUSED_PREDICATE_FR = guard(
    re.compile(_COPULA_BEFORE[Lang.FR].pattern.removesuffix("$") + r"refuse(?:e|s|es)?\b"), "refuse"
)


def _unsaid_refusals(fr: _Side, weak_f: list[_Mark], negs: list[_Mark], marks_e: list[_Mark]) -> list[_Mark]:
    """Return the French participles of refusing that are the predicate of their clause (« la marque demandée est
    refusée à l'enregistrement », « Sont refusés à l'enregistrement »), left free, with no free English negative word
    of ``marks_e`` at their place (within _NEG_WINDOW): such a predicate says the "not" of "shall not be registered";
    where English drops it, only the predicate shows it (read in a sentence with no negation on either side, as
    :func:`_unsaid_participles` reads an English participle negated by "not").  Not one that a French negation before
    it makes a litotes (« ne sont pas refusés »)."""
    return [
        m
        for m in _free(weak_f)
        if m.tag == "refuse"
        and _REFUSED_FR.fullmatch(fr.folded, *m.span)
        and _COPULA_BEFORE[Lang.FR].search(fr.folded, max(0, m.span[0] - 40), m.span[0])
        and not any(0 <= m.span[0] - n.span[1] <= 25 for n in negs)
        and not any(x.partner is None and abs(x.pos - m.pos) <= _NEG_WINDOW for x in marks_e)
    ]


#: A word of exemption (« dispensée », "exempted"; not "derogation", which names the rule, nor "waived", said of a
#: right as much as of a duty) …
_EXEMPTED = {
    Lang.EN: re.compile(r"exempt(?:ed)?"),
    Lang.FR: re.compile(r"(?:dispense|exempte?|exonere)(?:e|s|es)?"),
}
#: … as the predicate of its clause, after a copula ("shall be exempted from", « est dispensée de »), cheap to test
#: before the negative words are found.
_EXEMPTED_PREDICATE = {
    Lang.EN: guard(
        re.compile(_COPULA_BEFORE[Lang.EN].pattern.removesuffix("$") + rf"{_EXEMPTED[Lang.EN].pattern}\b"),
        "exempt",
    ),
    Lang.FR: guard(
        re.compile(_COPULA_BEFORE[Lang.FR].pattern.removesuffix("$") + rf"{_EXEMPTED[Lang.FR].pattern}\b"),
        "dispense",
        "exempt",
        "exonere",
    ),
}


#: A French word of excluding that says the "not" of its clause: the participle as its predicate (« sont exclus de ce
#: ratio »), the verb (« les coûts excluent »), or « à l'exclusion de » ("but does not include"), cheap to test before
#: the negative words are found.
_EXCLUDED_PREDICATE = {
    Lang.FR: guard(
        re.compile(
            r"(?:"
            + _COPULA_BEFORE[Lang.FR].pattern.removesuffix("$")
            + r"exclue?s?|\bexclu(?:t|ent)|\ba l'exclusion)\b"
        ),
        "exclu",
    )
}
#: « sans s'y limiter », « sans se limiter aux zones », « sans que cette liste soit exhaustive »: a list or a scope
#: said to be open ("not limited to") by a French word of absence.
_UNLIMITED = guard(
    re.compile(
        r"\bsans (?:toutefois |pour autant )?(?:s'y |se |y |etre )?(?:limit|restrei)\w*"
        r"|\bsans que (?:cette|la|ces|les) (?:liste|enumeration)s? (?:ne )?(?:soit|soient) exhaustives?\b"
    ),
    "sans ",
)
#: The phrases that say the "not" of their clause by the meaning of the negative word they hold (an exemption, an
#: exclusion, an open list), by that meaning (see _unsaid_opposites).
_SAYING_NOT = {
    "exempt": _EXEMPTED_PREDICATE,
    "exclude": _EXCLUDED_PREDICATE,
    "without": {Lang.FR: _UNLIMITED},
}
#: Being bound by a rule, the opposite of an exemption from it: "subject to", "required to", "has the obligation", « soumis
#: à », « tenu de », « a l'obligation » (folded).
_BOUND_BY = {
    Lang.EN: re.compile(
        r"\b(?:(?:is|are|be|been|being|remain|remains)\s+(?:\w+ly\s+)?(?:subject|required|obliged|bound)\s+to"
        r"|ha(?:ve|s|ving)\s+(?:the|an)\s+obligation)\b"
    ),
    Lang.FR: re.compile(
        r"\b(?:(?:soumis|soumise|soumises|assujetti|assujettie|assujettis|assujetties)\s+a(?:ux?)?"
        r"|(?:tenu|tenue|tenus|tenues|oblige|obligee|obliges|obligees)\s+d(?:e\b|')"
        r"|(?:a|ont|avoir)\s+l'obligation)\b"
    ),
}
#: Including a thing, the opposite of excluding it: "shall include", "includes".
_INCLUDING = {Lang.EN: guard(re.compile(r"\binclud(?:e|es|ed|ing)\b"), "includ")}
#: Keeping a thing within a list or a scope, the opposite of leaving it open: "shall be limited to", "restricted to"
#: (not "but not limited to", "not being limited to", which the profile reads as no negation: an open list).
_LIMITED = {
    Lang.EN: guard(
        re.compile(r"\b(?<!\bnot )(?<!\bnot be )(?<!\bnot being )(?:limited|restricted|confined) to\b"),
        "ed to",
    )
}
#: The words of the opposite meaning of such words (_SAYING_NOT), by the meaning of their negative word.
_OPPOSITE_OF = {"exempt": _BOUND_BY, "exclude": _INCLUDING, "without": _LIMITED}


def _said_at(
    words: dict[Lang, re.Pattern[str] | Guarded], other: _Side, uo: tuple[int, int], at: float
) -> bool:
    """Say whether ``other`` says one of ``words`` (of its language) within _NEG_WINDOW of relative place ``at`` of
    its unit ``uo``."""
    width = max(uo[1] - uo[0], 1)
    lo = uo[0] + max(0, int((at - _NEG_WINDOW) * width))
    hi = uo[0] + min(width, int((at + _NEG_WINDOW) * width) + 1)
    return words[other.lang].search(other.folded, lo, hi) is not None


def _unsaid_opposites(
    tag: str,
    side: _Side,
    weak: list[_Mark],
    negs: list[_Mark],
    marks_o: list[_Mark],
    other: _Side,
    uo: tuple[int, int],
) -> list[_Mark]:
    """Return the negative words of meaning ``tag`` of ``side`` held by a phrase that says the "not" of their clause
    (_SAYING_NOT), left free, with no free negative word of the other side (``marks_o``) at their place (within
    _NEG_WINDOW), facing there a word of the opposite meaning (_OPPOSITE_OF).

    To be exempted from a rule is not to be subject to it ("shall be exempted from the provisions", « une entité est
    dispensée de l'obligation »), to exclude a thing is not to include it (« sont exclus de ce ratio », « les coûts
    excluent », « à l'exclusion des clients finals »), and a list said to be open is not limited to its items (« sans
    s'y limiter », « sans que cette liste soit exhaustive »): such a phrase says the "not" that the other language says
    by a negation of its verb ("shall not have the obligation", « ne sont pas soumises aux dispositions », "shall not
    include", "but shall not be limited to"); where that negation is dropped ("shall have the obligation", « sont
    soumises », "shall include", "shall be limited to"), only the phrase shows it (read in a sentence with no negation
    on either side, as :func:`_unsaid_refusals` reads a French participle of refusing).  Only one that faces, at its
    place, a word of the opposite meaning (being bound by a rule, including, limiting): an exemption or an exclusion
    the other side says by a word the lexicon does not hold ("are exempt from customs duties" / « bénéficient d'une
    franchise douanière », "be released from such obligations" / « être dispensés de ces obligations ») faces none, nor
    does a « dispensée » that means "given" (« la formation est dispensée aux travailleurs »).  Not one that a negation
    before it makes a litotes ("shall not be exempted")."""
    says, opposite = _SAYING_NOT[tag][side.lang], _OPPOSITE_OF[tag]
    return [
        m
        for m in _free(weak)
        if m.tag == tag
        and any(
            x.start() <= m.span[0] and m.span[1] <= x.end()
            for x in says.finditer(side.folded, max(0, m.span[0] - 40), m.span[1] + 40)
        )
        and not any(0 <= m.span[0] - n.span[1] <= 25 for n in negs)
        and not any(x.partner is None and abs(x.pos - m.pos) <= _NEG_WINDOW for x in marks_o)
        and _said_at(opposite, other, uo, m.pos)
    ]


#: The French abbreviation of « numéro » where it cites no act (« no d'immatriculation », « no de la rue »).
_NUMERO = re.compile(r"\bno\b(?!\.?\s*\d)")
#: A bare « aucun », with no « ne » in its clause before or after it (« sans qu'ils perçoivent, à aucun moment, »,
#: « b) en aucun cas être fixé »), and the English "any" that renders it (see _negation_problems).
_BARE_AUCUN = re.compile(r"aucune?s?")
_NE_IN_CLAUSE = re.compile(r"[^.;:]*?(?:\bne\b|\bn')")
_NE_WORD = re.compile(r"\bne\b|\bn'")
_ANY = guard(re.compile(r"\bany\b"), "any")


#: The prefixes that make a negative word ("incomplete", "non-connected", « insuffisante », « non rejeté »).
_NEG_PREFIXES = {Lang.EN: "non-|un|in|im|il|ir|dis", Lang.FR: "non[- ]|in|im|il|ir|des"}
#: Such a word: its base.
_NEG_PREFIX = {lang: re.compile(rf"(?:{p})([a-z]{{4,}})") for lang, p in _NEG_PREFIXES.items()}
_WORD = re.compile(r"[a-z]{4,}")
#: Such a word as the predicate of its clause ("is incomplete", « est impossible »), which _opposite_terms reads, with
#: the first four letters of its base: what the other side must start a word with for _opposite_terms to find anything.
_PREFIXED_STEM = {
    lang: re.compile(_COPULA_BEFORE[lang].pattern.removesuffix("$") + rf"(?:{p})([a-z]{{4}})")
    for lang, p in _NEG_PREFIXES.items()
}


#: An English "non-" word before its noun ("a non-neutral manner", "non-fungible assets"), with the first four letters
#: of its base; French says it by a relative clause that denies the base (« d'une manière qui n'est pas neutre », « actifs
#: qui ne sont pas fongibles »), which _opposite_terms reads.
_NON_STEM_EN = re.compile(r"\bnon-([a-z]{4})")
#: A French relative clause of identity whose predicate follows: « qui sont », « qui n'est », « dont certains sont ».
_RELATIVE_COPULA_FR = re.compile(
    r"\b(?:qui|dont [a-z]+) (?:est|sont|soit|soient|sera|seront|serait|seraient)\s+(?:\w+ment\s+)?$"
)


def _may_oppose(side: _Side, other: _Side, u: tuple[int, int], uo: tuple[int, int]) -> bool:
    """Say whether ``side`` has a negative word made by a prefix as a predicate (or an English "non-" word) whose base
    starts a word of ``other`` in ``uo``: the condition, cheap to test, without which :func:`_opposite_terms` finds
    nothing."""
    found = list(_PREFIXED_STEM[side.lang].finditer(side.folded, *u))
    if side.lang is Lang.EN:
        found += _NON_STEM_EN.finditer(side.folded, *u)
    return any(re.search(r"(?<![a-z])" + p.group(1), other.folded[uo[0] : uo[1]]) for p in found)


#: The French participle ending « -isant » (« -isance ») of a Latin verb in -ficere, where English keeps the Latin c
#: ("-icient", "-iciency"): « suffisante » / "sufficient" (« suffire » / "suffice").
_FR_ISANT = re.compile(r"isan(?=[ct])")


def _same_stem(a: str, b: str) -> bool:
    """Say whether two words of the two languages share their stem, or are the same word ("complete" / « complète »,
    "sufficient" / « suffisante », "party" / « partie », "excluded" / « exclure »): a stem shared over most of the
    shorter one, not a first syllable ("contracting" / « contrevient »); the French « -isant » read as the English
    "-icient" it renders (see _FR_ISANT)."""
    return _stem_shared(a, b) or (
        ("isan" in a or "isan" in b) and _stem_shared(_FR_ISANT.sub("icien", a), _FR_ISANT.sub("icien", b))
    )


def _stem_shared(a: str, b: str) -> bool:
    """Say whether two words share a stem over most of the shorter one (see _same_stem)."""
    n = len(os.path.commonprefix([a, b]))
    short = min(len(a), len(b))
    return (n >= 5 and n >= 0.7 * short) or (n >= 4 and n >= 0.8 * short)


#: What stands between a negative word and the base it negates as a predicate: the copula and its auxiliary or modal
#: (« n'a pas été convertie », "shall not be possible", « ne sont pas complètes »).
_NEGATED_COPULA = re.compile(r"\s+(?:[a-z']+\s+){0,2}")


def _opposite_terms(
    side: _Side, other: _Side, uo: tuple[int, int], weak: list[_Mark], marks_o: list[_Mark]
) -> list[_Mark]:
    """Return the negative words of ``weak`` made by a prefix that are the predicate of their clause, left free,
    whose base the other side says bare as a predicate at their place ("If the application is complete" / « Si la
    demande est incomplète »), with no negative word there: the one says the opposite of the other (a negation
    dropped from "is not complete", which the prefix answered).  A negative word of ``marks_o`` renders the prefix
    only while it is free: one paired with its like on this side renders that word ("to prevent and, where this is
    possible, eliminate" / « prévenir et, lorsque cela est impossible, à supprimer », "shall only be adopted where" /
    « ne sont adoptées que lorsque », "or not warranted" / « ou non justifié »); nor does a word of exception that
    names a rare case ("due to exceptional circumstances"), which negates no clause (see _far_fits).  But a negation
    of the base itself renders the prefix whatever else it answers: « tant qu'une catégorie … n'a pas été convertie …
    ou dépréciée » says once the "not" of "remains unconverted … or not written down"."""
    out = []
    width_o = max(uo[1] - uo[0], 1)
    for m in _free(weak):
        if m.tag != "negadj":
            continue
        pre = _NEG_PREFIX[side.lang].fullmatch(side.folded, *m.span)
        if pre is None:
            continue
        if any(
            x.partner is None
            and abs(x.pos - m.pos) <= _NEG_WINDOW
            and not (x.tag == "except" and _RARE_CASE.match(other.folded, x.span[0]))
            for x in marks_o
        ):
            continue
        # "a non-neutral manner", "non-fungible assets" / « d'une manière qui n'est pas neutre », « actifs … qui ne sont
        # pas fongibles »: an English "non-" word before its noun, which French says by a relative clause that denies its
        # base; with the « ne … pas » dropped (« qui est neutre »), the French relative clause says the base itself, the
        # opposite of the English word, as a predicate says it.  Only such a relative clause of the French answers it.
        attributive = not _COPULA_BEFORE[side.lang].search(side.folded, max(0, m.span[0] - 40), m.span[0])
        if attributive and not (side.lang is Lang.EN and side.folded.startswith("non-", m.span[0])):
            continue
        predicate = _RELATIVE_COPULA_FR if attributive else _COPULA_BEFORE[other.lang]
        base = pre.group(1)
        words = list(_WORD.finditer(other.folded, *uo))
        # "which are liquid, which are illiquid" / « qui sont liquides, ceux qui sont non liquides »: the other side
        # says the negative word too, which this one renders.
        if any(
            (
                (neg := _NEG_PREFIX[other.lang].fullmatch(w.group())) is not None
                and _same_stem(base, neg.group(1))
            )
            or (
                re.search(r"\bnon[- ]$", other.folded[max(0, w.start() - 4) : w.start()])
                and _same_stem(base, w.group())
            )
            for w in words
        ):
            continue
        for w in words:
            if (
                abs((w.start() - uo[0]) / width_o - m.pos) <= _NEG_WINDOW
                and _same_stem(base, w.group())
                and predicate.search(other.folded, max(0, w.start() - 40), w.start())
                and not any(_NEGATED_COPULA.fullmatch(other.folded, x.span[1], w.start()) for x in marks_o)
            ):
                out.append(m)
                break
    return out


#: The word a negation negates: the next one, or the one after it ("not excessive", "not be excessive").
_NEGATED_NEXT = re.compile(r"(?:\s*[\w']+)?\s*")
#: The word of a negative word (none for « non significative », "non-voting": their base, said with a negation on the
#: other side, "non-application" / « ne s'appliquent pas », is how that side renders them).
_FIRST_WORD = re.compile(r"[a-z]{4,}\b")


def _says_same_word(
    side: _Side,
    m: _Mark,
    other: _Side,
    uo: tuple[int, int],
    negs_o: list[_Mark],
    u: tuple[int, int],
    weak_starts: set[int],
) -> bool:
    """Say whether ``other`` says the negative word ``m`` of ``side`` (in unit ``u``) by the same word ("excessive" /
    « excessive », "should be excluded" / « il convient d'exclure »), anywhere in its sentence (word order puts « il
    convient d'exclure » first and "should be excluded" last), as often as ``side`` does (« des membres indépendants …
    soit indépendante » against one "independent members": one of the two renders "should not depend"), and not as
    the word that a negation of its own negates ("not excessive" / « non excessif » say one negation).
    Only a word that names a thing or an act, as the same word does on both sides: a negative adjective ("excessive")
    or a word of excluding or preventing; not "different" / « différentes », "exceptionally" / « exceptionnel »,
    "abstentions" / « s'abstenir », which the other language also says by a negation of their sentence.  The other
    side's word must be a negative word itself ("impossible" is not « imposer »), but for an adjective with no negative
    prefix, whose like the other side need not read as negative ("excessive")."""
    w = _FIRST_WORD.match(side.folded, m.span[0])
    if w is None or m.tag not in ("negadj", "exclude", "prevent"):
        return False
    own = sum(1 for x in _WORD.finditer(side.folded, *u) if _same_stem(w.group(), x.group()))
    said = [
        x
        for x in _WORD.finditer(other.folded, *uo)
        if _same_stem(w.group(), x.group())
        and (
            x.start() in weak_starts
            or (m.tag == "negadj" and not _NEG_PREFIX[side.lang].fullmatch(w.group()))
        )
        and not any(_NEGATED_NEXT.fullmatch(other.folded, n.span[1], x.start()) for n in negs_o)
    ]
    return len(said) >= own


#: A word of six letters or more (a cognate is known by its first six: "illegal" / « illégale », "differ" / « diffère »).
_COGNATE_WORD = re.compile(r"[a-z][a-z-]{5,}")


#: Words of exception or restriction ("exceptionally", "solely", « exclusivement »): with a negation they make one
#: restriction (« ne … qu'à titre exceptionnel », "no … other than"), whose halves stand apart; their cognate does not
#: say them alone, and they may still answer a negation of the other side far from it.
_RESTRICTING = frozenset({"except", "restrict"})


def _cognate_key(word: str, lang: Lang) -> str:
    """The first six letters of ``word`` that its cognate in the other language shares, its negative prefix with them
    (the English "un-" said « in- »: "unjustified" / « injustifié »; « justifié » is no cognate of it)."""
    if lang is Lang.EN and word.startswith("un"):
        word = "in" + word[2:]
    return word[:6]


#: "other than", and "beyond" before what it compares ("any information beyond what is necessary", "fees going beyond
#: the administrative charges"): a comparison of two things, which names one by the other (see _other_than_rendered).
#: Not "beyond its control", "beyond the scope": outside a thing, which French may say by a negation (« qu'il ne
#: contrôle pas »).
_OTHER_THAN_EN = re.compile(
    r"other than\b|beyond (?:what|that|those)\b|(?:(?<=go )|(?<=goes )|(?<=going )|(?<=went )|(?<=gone ))beyond\b"
)
#: « un autre aéronef que celui », « autres que »: the French comparison of two things, its noun between its words.
_OTHER_THAN_FR = guard(re.compile(r"\bautres? (?:[\w-]+ ){0,3}?qu(?:e\b|')"), "autre")


def _other_than_rendered(
    en: _Side, fr: _Side, weak_e: list[_Mark], weak_f: list[_Mark], uf: tuple[int, int]
) -> None:
    """Mark answered an English "other than" that French renders at its place by a comparison of two things (« un
    autre aéronef que celui par lequel ») or by a word of being outside a thing (« en dehors du ressort de », "other than
    that of its authority"): the two name a thing by another and deny no clause; the English words answer no French
    negation, which needs its own answer (with « sont arrivés » made « ne sont pas arrivés », "other than" answered the
    added « ne … pas » and hid it).  So does a "beyond" that compares two things ("any information beyond what is
    necessary" / « d'autres informations que celles qui sont nécessaires »): with "shall not be required" made "shall
    be required", "beyond" answered « n'est pas tenu » and hid the drop."""
    others = [
        m
        for m in weak_e
        if m.partner is None and m.tag in ("except", "outside") and _OTHER_THAN_EN.match(en.folded, m.span[0])
    ]
    if not others:
        return
    width = max(uf[1] - uf[0], 1)
    # (a French « autres que » that the lexicon holds as a word of exception is that word, and answers it)
    said = {x.start() for x in _OTHER_THAN_FR.finditer(fr.folded, *uf)}
    outside = [w for w in weak_f if w.partner is None and (w.tag == "outside" or w.span[0] in said)]
    for m in others:
        near = [w for w in outside if w.partner is None and abs(w.pos - m.pos) <= _SAME_PLACE]
        if near:
            w = min(near, key=lambda w: abs(w.pos - m.pos))
            m.partner, w.partner = w, m
        elif any(abs((at - uf[0]) / width - m.pos) <= _SAME_PLACE for at in said):
            m.partner = m


#: « au-delà » of a point of time or of an amount (« au-delà du délai de trois mois », « au-delà de 2020 », « au-delà du
#: plafond », « des niveaux de primes au-delà desquels »), and "beyond" of the same ("beyond the end of 2021"): a
#: point past a bound on a scale, which English says "after", "above", "later than", "exceed" (see _past_a_point).
_PAST_A_POINT = {
    Lang.FR: re.compile(
        r"au-dela (?:desquel|duquel|de laquelle|(?:de|du|des|d')\s*(?:[\w'-]+ ){0,3}?"
        r"(?:\d|delai|date|fin\b|terme|echeance|periode|duree|ans?\b|annee|mois|jour|semaine|heure|plafond|seuil"
        r"|limite|montant|niveau|taux|pourcentage|valeur|quantite|nombre))"
    ),
    Lang.EN: re.compile(
        r"beyond (?:[\w'-]+ ){0,3}?(?:\d|deadline|date|end\b|term\b|period|time|years?\b|months?\b|days?\b|weeks?\b"
        r"|hours?\b|ceiling|threshold|limit|amount|level|rate|percentage|value|quantity|number)"
    ),
}


def _past_a_point(side: _Side, weak: list[_Mark], weak_o: list[_Mark]) -> None:
    """Mark answered the words of being past a point of time or an amount (_PAST_A_POINT: « elle est saisie au-delà du
    délai de six mois » / "shall not be referred … after the end of the six-month period", « au-delà desquelles elles
    perdraient » / "above which they would lose", « au-delà du plafond » / "would be exceeded"): they say where a
    scale passes a bound, as "after", "above" or "exceed" do, and deny no clause; they answer no negation of the other
    side, which needs its own answer (with « n'est pas saisie » made « est saisie », « au-delà » answered "shall not be
    referred" and hid the drop).  The like word of the other side at its place ("beyond the end of 2021" / « au-delà de
    la fin 2021 ») is their rendering, and the two answer each other."""
    past = [
        m
        for m in weak
        if m.partner is None and m.tag == "outside" and _PAST_A_POINT[side.lang].match(side.folded, m.span[0])
    ]
    for m in past:
        near = [
            w
            for w in weak_o
            if w.partner is None and w.tag == "outside" and abs(w.pos - m.pos) <= _SAME_PLACE
        ]
        if near:
            w = min(near, key=lambda w: abs(w.pos - m.pos))
            m.partner, w.partner = w, m
        else:
            m.partner = m


def _said_by_cognate(
    side: _Side,
    marks: list[_Mark],
    us: tuple[int, int],
    other: _Side,
    other_negative: list[_Mark],
    other_negs: list[_Mark],
    uo: tuple[int, int],
) -> None:
    """Mark answered the free one-word negative words of ``marks`` (in the unit ``us``) whose cognate stands in the
    other side's unit ``uo`` no further from it than any negation of that side (``other_negs``), which it may render
    instead ("have different characteristics" / « ne présentent pas tous les mêmes caractéristiques … hypothèses
    différentes »).  Only a cognate that is no negative word of the other side, and only a word whose meaning no
    negative word of the other side says (``other_negative``: those answer their like by their meaning, "any
    prohibition" / « aucune interdiction prohibant »), and only where the other side says the word as often as this
    one (each cognate answers one word, "different fees … these differences" / « différents frais … ces
    différences »)."""
    # (the words of both units are listed only where a mark may have a cognate: most units have none)
    candidates = [
        m
        for m in marks
        if m.partner is None
        and m.tag not in _RESTRICTING
        and _COGNATE_WORD.fullmatch(side.folded, m.span[0], m.span[1])
    ]
    if not candidates:
        return
    width = max(uo[1] - uo[0], 1)
    words: dict[str, list[float]] = {}
    negative = {_cognate_key(other.folded[a:b], other.lang) for a, b in (m.span for m in other_negative)}
    meanings = {m.tag for m in other_negative}
    for w in _COGNATE_WORD.finditer(other.folded, *uo):
        words.setdefault(_cognate_key(w.group(), other.lang), []).append((w.start() - uo[0]) / width)
    own = Counter(_cognate_key(w.group(), side.lang) for w in _COGNATE_WORD.finditer(side.folded, *us))
    for m in candidates:
        key = _cognate_key(side.folded[m.span[0] : m.span[1]], side.lang)
        places = words.get(key, [])
        if not places or key in negative or m.tag in meanings or len(places) < own[key]:
            continue
        at = min(places, key=lambda x: abs(x - m.pos))
        if all(abs(at - m.pos) <= abs(n.pos - m.pos) for n in other_negs):
            places.remove(at)
            own[key] -= 1
            m.partner = m


#: The words after a negation that may name the thing it bears on, up to the end of its clause ("shall not use
#: decimals when", "shall not be subject to the condition of having"), and the thing a word of absence or exemption
#: bears on: the next word, past a preposition and a determiner (« sans décimale », « dispensées de cette condition »,
#: "without the participation", "exempt from any fee").
_NEGATED_TAIL = re.compile(r"[^,;:.()]{0,70}")
_ABSENT_THING = re.compile(
    r"\s+(?:(?:de|du|des|from|of|to)\s+|d')?(?:(?:la|le|les|cette|ce|cet|ces|tout|toute|tous|toutes|the|this|these"
    r"|that|those|any|all)\s+|l')?([a-z][a-z-]{5,})\b"
)
#: Words that name a text or a place of it, not the thing a negation bears on (« dérogation à l'article 5 »).
_TEXT_WORD = re.compile(r"(?:articl|paragr|annex|regula|reglem|direct|decisi|subpar|alinea)")
#: The groups of words that say a thing absent or not required: "without", « sans », "exempt", « dispensé ».
_ABSENCE = ("without", "exempt")
#: A negation of having, using or being subject to a thing: "shall not use", "does not contain", "shall not be subject
#: to" (after the English negation), « n'utilisent pas », « ne comporte pas », « ne sont pas soumis » (from the « ne »).
_NEGATED_HAVING = {
    Lang.EN: re.compile(
        r"\s+(?:\w+ly\s+)?(?:use[sd]?|have|has|had|contain(?:s|ed)?|include[sd]?"
        r"|(?:be|been)\s+(?:\w+ly\s+)?subject(?:ed)?\s+to)\b"
    ),
    Lang.FR: re.compile(
        r"(?:ne\s+|n')(?:(?:utilis|comport|contien|compren|inclu)\w*|a|ont|avait|avaient|aura|auront)\s+pas\b"
        r"|(?:ne\s+|n')(?:est|sont|soit|soient|sera|seront)\s+pas\s+(?:\w+ment\s+)?(?:soumis|assujetti)\w*"
    ),
}


def _absent_thing_answers(side: _Side, negs: list[_Mark], other: _Side, weak_o: list[_Mark]) -> None:
    """Pair each free negation of ``negs`` with a free word of absence or exemption of the other side (anywhere in the
    sentence) that bears on the thing the negation bears on: the thing named after the negation, in its clause, has
    its cognate right after the word ("shall not use decimals" / « sans décimale », "shall not be subject to the
    condition" / « sont dispensées de cette condition »)."""
    words = [w for w in _free(weak_o) if w.tag in _ABSENCE]
    if not words:
        return
    things: dict[str, list[_Mark]] = {}
    for w in words:
        t = _ABSENT_THING.match(other.folded, w.span[1])
        if t is not None and not _TEXT_WORD.match(t.group(1)):
            things.setdefault(_cognate_key(t.group(1), other.lang), []).append(w)
    if not things:
        return
    for m in _free(negs):
        verb = _NEGATED_HAVING[side.lang].match(side.folded, m.span[1] if side.lang is Lang.EN else m.span[0])
        if verb is None:
            continue
        tail = _NEGATED_TAIL.match(side.folded, verb.end())
        keys = [
            _cognate_key(x.group(), side.lang)
            for x in _COGNATE_WORD.finditer(side.folded, verb.end(), tail.end() if tail else verb.end())
        ]
        said = [w for k in keys for w in things.get(k, ()) if w.partner is None]
        if said:
            w = min(said, key=lambda w: abs(w.pos - m.pos))
            m.partner, w.partner = w, m


#: French words of otherness, which deny an identity (see _otherness_answers): « ailleurs que dans l'établissement »,
#: « étrangers à l'activité de », « c'est un autre vérificateur qui », « … sont autres que des livraisons de ».
_OTHERNESS_FR = re.compile(
    r"\b(?:ailleurs qu(?:e\b|')"
    r"|etrang(?:er|ers|ere|eres) (?P<to>a|au|aux)\b"
    r"|c'est (?:un|une) autre (?:[\w-]+ ){1,3}?qu(?:i|e)\b"
    r"|(?P<predicate>(?:est|sont|soit|soient|etre|sera|seront|serait|seraient) autres? qu(?:e\b|')))"
)


#: An English relative clause that says what a thing is: "a purchaser that is a bridge institution", "funds that are
#: the following" (see _unsaid_otherness).
_IS_WHAT_EN = re.compile(r"\b(?:that|which|who)\s+(?:is|are)\s+(?!(?:not|no|never|neither)\b)")
#: English words that say otherness, an exception or a negation, any of which may render « autre(s) que »: "other than",
#: "another", "non-trading", "except", "excluding", "apart from", "different from", "beyond the parties".
_OTHERNESS_EN = re.compile(
    r"\bother(?:s|wise)?\s+(?:[\w-]+\s+){0,3}?than\b"
    r"|\b(?:another|else|except|excepting|exception|excluding|exclusive|besides|aside|apart"
    r"|different|differs?|beyond|outside|unless|not|never|neither|nor|without|save|but)\b"
    r"|\bno\b(?!\.?\s*\d)|\bnon\W?[a-z]|n't\b"
)


def _unsaid_otherness(fr: _Side, en: _Side, uf: tuple[int, int], ue: tuple[int, int]) -> list[_Mark]:
    """Return the French « autre(s) que » before a thing that the English sentence says by a bare identity.

    French says "a purchaser that is not a bridge institution" by « un acquéreur autre qu'un établissement-relais »,
    "debt that is not Tier 2 capital" by « les créances autres que les fonds propres de catégorie 2 »: the word of
    otherness holds the negation that English says in a relative clause of identity (see _otherness_answers).  Where
    that negation is dropped ("a purchaser that is a bridge institution"), the English names the very thing that the
    French excludes.  Read in a sentence with no negation on either side, where English says such a clause ("that is",
    "which are") anywhere (word order moves it), and no word that may render the otherness: "other than", "another",
    "non-", "except", "excluding", "apart from", "different", "beyond", nor any negation."""
    if _OTHERNESS_EN.search(en.folded, *ue) or not _IS_WHAT_EN.search(en.folded, *ue):
        return []
    spans = [
        (x.start(), x.end())
        for x in _OTHER_THAN_THING.finditer(fr.folded, *uf)
        if x.start() == 0 or not fr.folded[x.start() - 1].isalpha()
    ]
    return _marks(spans, uf, "other")


#: An English indirect yes/no question: "whether" after the word that asks it ("a check as to whether", "notify the
#: issuer whether"); not "whether or not", which says both answers, nor a "whether" of concession after a comma or
#: "regardless of" ("whether they are published in print or electronically" / « qu'ils soient publiés sur papier ou sous
#: forme électronique »), nor one that opens a point of a list ("(c) whether orders have been placed" / « c) du fait que
#: les ordres ont été passés »), which French words with the same polarity.
_WHETHER = re.compile(
    r"(?<=[a-z] )(?<!regardless of )(?<!irrespective of )(?<!independently of )\bwhether\b(?! or not\b)"
)
#: The clause of an English "whether", up to its first punctuation mark (a comma, a bracket) or 250 characters.
_WHETHER_CLAUSE = re.compile(r"[^.;:,()]{0,250}")
#: A French conjunction that opens a clause (« que », « qu' », « si », « s'il »), then up to a negation in that
#: clause: no comma before a subject opening another clause between (« …, les autorités compétentes ne devraient »).
_SUBORDINATE_NEG_FR = re.compile(
    r"\b(?P<conj>que\b|qu'|si\b|s'ils?\b)"
    r"(?:(?!,\s*(?:le|la|les|l'|il|elle|ils|elles|ce|cet|cette|ces|un|une|aucune?|nulle?|chaque|toute?s?|celui|celle|ceux"
    r"|on)\b)[^.;:]){0,200}$"
)
#: A comma or a bracket right before a French « que »: a concession (« …, que ce comportement soit … ou »), no question.
_CONCESSIVE_QUE_FR = re.compile(r"[,(]\s*$")
#: A preposition right before an English "whether": the question of a noun ("as to", "about", "of", "on").
_NOUN_QUESTION = re.compile(r"\b(?:as to|about|of|on|regarding|concerning) $")
#: How close the English "whether" and the French negation of its clause stand.
_WHETHER_PLACE = 0.15
#: Between the French conjunction and the negation: a verb said (« si des travailleurs se trouvent dans une situation
#: comparable ne se limite pas », « qu'ils soient publiés …, ne sont pas admissibles »: the clause has its verb, and the
#: negation is that of the main clause) or a relative pronoun (« si sa réclamation satisfait aux conditions, qui … ne
#: restreignent pas »: the negation is that of a relative clause; « où », folded « ou », also stands for "or", and a
#: negation after a coordination is left to need its answer).
_CLAUSE_VERB_FR = re.compile(
    r"\b(?:est|sont|etait|etaient|ont|avait|avaient|sera|seront|serait|seraient|soit|soient|ait|aient|peut|peuvent"
    r"|puisse|puissent|doit|doivent|pourra|pourront|devra|devront|devrait|devraient|qui|dont|lequel|laquelle|lesquels"
    r"|lesquelles|ou)\b|\bs(?:e\b|'(?!ils?\b))\s*[a-z]"
)


def _whether_answers(
    en: _Side, fr: _Side, real_f: list[_Mark], ue: tuple[int, int], uf: tuple[int, int], neg_e: list[_Mark]
) -> None:
    """Hold a French negation of a subordinate clause at the place of an English "whether" clause that says none.

    "including a possible check as to whether the cross-border operation constitutes a circumvention" / « y compris une
    possible vérification que l'opération transfrontalière ne constitue pas un contournement », "concerns about whether
    LIBOR … adequately represents an underlying market" / « la crainte que le LIBOR … ne représente plus adéquatement le
    marché », "notify the applicant issuer whether the application … is missing required information" / « Si la demande
    … ne comporte pas certaines informations requises, les autorités … en informent »: an English indirect question
    ("whether") asks the same question as its negative, and French may word the clause by the answer it checks for or
    fears; the negation of that clause renders the "whether" and needs no answer.  Only a French negation inside a clause
    opened by « que » or « si » close to the English "whether", whose own clause says no negation: a « que » only for the
    question of a noun ("as to whether", "about whether"), a « si » only as a condition put first in its sentence.  (A
    negation added to « vérifier que le plan est adapté » for "check whether the plan reflects" reads as this rendering
    does; those narrower forms keep the injected additions of the wide corpus caught as before.)"""
    span = max(ue[1] - ue[0], 1)
    places = [
        (
            (w.start() - ue[0]) / span,
            _NOUN_QUESTION.search(en.folded, max(0, w.start() - 12), w.start()) is not None,
        )
        for w in _WHETHER.finditer(en.folded, *ue)
        if not any(
            w.end() <= n.span[0] < w.end() + len(_WHETHER_CLAUSE.match(en.folded, w.end()).group())
            for n in neg_e
        )
    ]
    if not places:
        return
    for m in _free(real_f):
        start = max(uf[0], m.span[0] - 220)
        conj = _SUBORDINATE_NEG_FR.search(fr.folded[start : m.span[0]])
        if conj is None or _CLAUSE_VERB_FR.search(fr.folded, start + conj.end("conj"), m.span[0]):
            continue
        if _CONCESSIVE_QUE_FR.search(fr.folded, max(uf[0], start + conj.start() - 3), start + conj.start()):
            continue  # (« …, qu'ils soient publiés ou non »: a concession, no question)
        # (a « si » only as a condition put first in its sentence: « vérifier si la demande n'est pas complète », a
        # question after its verb, and « a) si l'émetteur n'est pas agréé », a point of a list of questions, say
        # "whether … not" as English would, and their negation needs an answer)
        at_conj = start + conj.start()
        opening = _sentence_opening(fr.folded, uf[0], at_conj)
        if conj.group("conj").startswith("s") and fr.folded[opening:at_conj].strip():
            continue
        # (the conjunction or the negated verb stands where "whether" does: the verb may stand far after its
        # conjunction, and French may put the clause first, « Si la demande … ne comporte pas …, les autorités en
        # informent » / "shall notify … whether the application … is missing")
        at = (at_conj - uf[0]) / max(uf[1] - uf[0], 1)
        # (a « que » only for a "whether" after a preposition, the question a noun asks, "a check as to whether",
        # "concerns about whether" / « une vérification que », « la crainte que »; not after a verb, "verify whether" /
        # « vérifie que », where an added « ne … pas » is as likely as a rendering)
        nominal = conj.group("conj").startswith("q")
        if any(
            min(abs(x - at), abs(x - m.pos)) <= _WHETHER_PLACE and (noun or not nominal) for x, noun in places
        ):
            m.partner = m


def _otherness_answers(en: _Side, real_e: list[_Mark], fr: _Side, uf: tuple[int, int]) -> None:
    """Pair a free English negation with a French word of otherness that says it.

    French denies that a thing is a given one by naming it as another: « dans un lieu ailleurs que dans l'établissement
    du professionnel » for "in a place which is not the business premises of the trader", « les prestataires étrangers à
    l'activité de réception de dépôts » for "providers which are not connected to taking deposits", « si c'est un autre
    vérificateur qui a réalisé la vérification » for "if the verifier did not carry out the verification".  The word of
    otherness answers the English negation at its place; « autre(s) que » as the predicate of its clause (« les
    livraisons … sont autres que des livraisons de moyens neufs » / "none of the supplies … is a supply of new means")
    negates that clause, and word order may put the English negation at the other end of the sentence.  Only a negation
    left free by every other answer (a French negation close by answers first), one for each word."""
    for x in _OTHERNESS_FR.finditer(fr.folded, *uf):
        if x.group("to") == "a" and fr.text[x.start("to")] != "à":
            continue  # « un ressortissant étranger a le droit »: the verb « a », not « étranger à »
        free = _free(real_e)
        if not free:
            return
        (w,) = _marks([(x.start(), x.end())], uf, "other")
        window = 1.0 if x.group("predicate") else _NEG_WINDOW
        near = [m for m in free if abs(m.pos - w.pos) <= window]
        if near:
            m = min(near, key=lambda m: abs(m.pos - w.pos))
            m.partner, w.partner = w, m


def _said_once_fr(en: _Side, fr: _Side, real_e: list[_Mark], neg_f: list[_Mark]) -> None:
    """Answer an English negation of the next clause of a coordination by the French one said once for the two.

    English gives each clause of a coordination its own subject and its own negation ("in order to ensure that
    investigations are not compromised and that the reputation of the economic operator is not prejudiced", "that a
    product … is not in conformity, or its manufacturer is not complying"; "shall not be entitled to deduct … and may
    not show"), where French says the negation once: of one verb in the plural whose subject is the coordination (« que
    les enquêtes et la réputation de l'opérateur économique ne soient pas compromises », « que ce produit, ou son
    fabricant, ne respectent pas »), or with a « ni » that carries it on to the next item (« n'ont pas le droit de
    déduire … ni de la faire apparaître »).  Only where the French negation answers the English negation of the first
    clause, and stands at the place of the second; French that negates each clause on its own has a negation to answer
    each (and a dropped one leaves its English negation unanswered)."""
    for x in _free(real_e):
        for y in real_e:
            f = y.partner
            if f is None or f not in neg_f or y is x:
                continue
            p, q = sorted((x, y), key=lambda m: m.span[0])
            between = en.folded[p.span[1] : q.span[0]]
            if (
                _EN_NEXT_CLAUSE.match(between)
                and abs(f.pos - x.pos) <= _NEG_WINDOW
                and _FR_PLURAL_NEGATED.match(fr.folded, f.span[0])
                and _FR_COORDINATED_SUBJECT.search(fr.folded, max(0, f.span[0] - 160), f.span[0])
            ):
                x.partner = f
                break
            if q is x and _EN_NEXT_MODAL.match(between) and _EN_OWN_MODAL_NOT.fullmatch(en.folded, *q.span):
                ni = [
                    n
                    for n in _free(neg_f)
                    if n.tag == "cont"
                    and _NI.match(fr.folded, n.span[0])
                    and n.span[0] > f.span[0]
                    and abs(n.pos - q.pos) <= _SAME_PLACE
                ]
                if ni:
                    q.partner, ni[0].partner = ni[0], q
                    break


#: The next verb of a series that carries on an English negation: a conjunction, maybe an adverb and "be", and a word
#: that is no determiner, preposition, pronoun or auxiliary (an auxiliary opens a verb with a negation of its own):
#: "or be the subject of", "or expose", "nor limit" (see _series_said_once_en).
_EN_LINKING_ADVERB = r"(?:therefore|thus|hence|also|so|accordingly|consequently|then|otherwise|\w+ly)\b"
_EN_SERIES_VERB = re.compile(
    r"\b(?:or|and|nor),?\s+(?:" + _EN_LINKING_ADVERB + r",?\s+)?(?:be\s+)?"
    r"(?!" + _NOT_VERB[Lang.EN].pattern + "|" + _EN_AUXILIARY + r"\b|" + _EN_LINKING_ADVERB + r")[a-z]"
)
#: … and a verb after a comma, in a series of three verbs or more that ends on its last verb after "or" or "nor" ("shall
#: not exclude the application of this Article, derogate from it, or vary its effects", "do not charge excessive prices,
#: inhibit market entry or restrict competition"), where French says « ne » again at each verb, after its comma.
_EN_SERIES_COMMA_VERB = re.compile(
    r",\s+(?:be\s+)?(?!(?:or|and|nor|but)\b|"
    + _NOT_VERB[Lang.EN].pattern
    + "|"
    + _EN_AUXILIARY
    + r"\b|"
    + _EN_LINKING_ADVERB
    + r")[a-z]"
)
_EN_SERIES_OR = re.compile(r"\b(?:or|nor)\b")
_EN_NOR_WORD = re.compile(r"\bnor\b")
#: What ends the clause of an English negation: a stop, and a word that opens another clause.
_EN_CLAUSE_END = re.compile(
    r"[.;:]|\b(?:but|where|when|if|unless|whether|that|which|who|whom|whose|because|since|while)\b"
)
#: A French negation that opens the next verb of a series, with no subject of its own: « et ne font pas », « ou
#: n'expose pas » (its conjunction; the negation starts with « ne »).
_FR_SERIES_NEG = re.compile(r"\b(?:et|ou)\s+$")
#: … or by the comma of a series of three verbs or more, which ends on its last verb after « et » or « ou » (« ne met
#: pas les produits sur le marché, ne les met pas à disposition ou ne les exporte pas », « n'excluent pas …, n'y
#: dérogent pas ou n'en modifient pas »): each verb has its « ne » of its own, as after « et ».  (Without a last verb
#: negated after « et » or « ou », a comma before « ne » may close a clause: « les réserves qui n'ont pas été
#: investies, ne sont pas prises en compte ».)
_FR_SERIES_COMMA = re.compile(r",\s*$")
_FR_SERIES_LAST = re.compile(r"[^.;:]{0,200}?\b(?:et|ou),?\s+(?:ne\b|n')")
_FR_NE = re.compile(r"ne\b|n'")
#: An English negation of a verb ("shall not", "does not", "cannot"), which may open a series of verbs.
_EN_VERB_NOT = re.compile(r"(?:not|cannot|n't)$")


def _series_said_once_en(
    en: _Side, fr: _Side, neg_e: list[_Mark], neg_f: list[_Mark], ue: tuple[int, int]
) -> list[tuple[_Mark, _Mark]]:
    """Answer the French negation of each next verb of a series by the English negation said once for the series.

    English says a negation once for a series of verbs, which the conjunction carries on ("shall not be disposed of
    or be the subject of an energy recovery operation", "does not disrupt its operations or expose the members to
    losses", "shall not affect … nor limit"); French says it again at each verb (« ne sont pas éliminés et ne font pas
    l'objet », « ne perturbe pas … et n'expose pas »).  The English negation then counts for as many French negations
    as its series has verbs: each next verb answers a French negation opened by a bare « et » or « ou » at its place
    (nearer to it than to any English negation), before the English negation may take it (with the first French
    negation dropped, « sont éliminés et ne font pas », the English "not" took the second and hid the drop).  Only a
    negation that opens its series (not one said after "and", "or" or "nor", which carries on another), up to the end
    of its clause or the next negation.  Return each next verb with the negation that opens its series (for
    _unrepeated_series_verbs)."""
    series: list[_Mark] = []
    opening: list[tuple[_Mark, _Mark]] = []
    # the next verbs of a series of three verbs or more whose negation English says once in its clause, with no other
    # negation there: only they answer a French negation opened by the comma of a series (« ne X pas, ne Y pas ou ne Z
    # pas »), never the next word of a series that English negates again at each verb ("are not market makers, do not
    # deal …, are not members or participants …": "or participants" is no verb of a series of French negations), nor
    # the next verb of a series of two, where a comma before « ne » may close an aside (« contre le vendeur d'un bien,
    # après la livraison de ce bien, ne constitue pas une cause de résolution ou de résiliation »)
    sole: set[int] = set()
    owner: dict[int, _Mark] = {}
    for m in _free(neg_e):
        if (nn := _NEITHER_NOR.search(en.folded, m.span[0], ue[1])) is not None and nn.start() < m.span[1]:
            # "shall neither seek nor take instructions", "neither sends nor receives" / « ne sollicite pas et
            # n'accepte pas », « n'envoie pas et ne reçoit pas »: "nor" carries the negation of "neither" on to the
            # next verb, which French negates again (with the first French negation dropped, "neither" took the
            # second and hid the drop).
            # A "nor" stands near its "neither": it need only be nearer than any other English negation to the French
            # one it takes.
            close = _CLAUSE_END.search(en.folded, m.span[1], ue[1])
            nors = [
                next((n for n in neg_e if n.span[0] == x.start()), None) or _marks([x.span()], ue, "cont")[0]
                for x in _EN_NOR_WORD.finditer(en.folded, m.span[1], close.start() if close else ue[1])
            ]
            series += nors
            owner.update((id(v), m) for v in nors)
            continue
        if (
            not _EN_VERB_NOT.search(en.folded, *m.span)
            or _AFTER_AND.search(en.folded, max(0, m.span[0] - 20), m.span[0])
            or _AFTER_OR.search(en.folded, max(0, m.span[0] - 16), m.span[0])
        ):
            continue
        stop = _EN_CLAUSE_END.search(en.folded, m.span[1], ue[1])
        end = min(
            [stop.start() if stop else ue[1]]
            + [n.span[0] for n in neg_e if n.span[0] >= m.span[1] and not _NOR.match(en.folded, n.span[0])]
        )
        mine: list[_Mark] = []
        for x in _EN_SERIES_VERB.finditer(en.folded, m.span[1], end):
            nor = next((n for n in neg_e if n.span[0] == x.start()), None)
            verb = [nor] if nor is not None else _marks([x.span()], ue, "cont")
            mine += verb
            opening += [(m, v) for v in verb]
        last = [x.start() for x in _EN_SERIES_OR.finditer(en.folded, m.span[1], end)]
        if last:
            mine += [
                v
                for x in _EN_SERIES_COMMA_VERB.finditer(en.folded, m.span[1], last[-1])
                for v in _marks([x.span()], ue, "cont")
            ]
        if len(mine) >= 2 and end == (stop.start() if stop else ue[1]):
            # a series of three verbs or more, the only negation of its clause
            sole.update(id(v) for v in mine)
        # (the verbs after a comma count only in such a series)
        series += [v for v in mine if id(v) in sole or any(v is o for _m, o in opening)]
    if series:
        opened = [
            n
            for n in _free(neg_f)
            if _FR_NE.match(fr.folded, n.span[0])
            and _FR_SERIES_NEG.search(fr.folded, max(0, n.span[0] - 6), n.span[0])
        ]
        comma = {
            id(n)
            for n in _free(neg_f)
            if _FR_NE.match(fr.folded, n.span[0])
            and _FR_SERIES_COMMA.search(fr.folded, max(0, n.span[0] - 3), n.span[0])
            and _FR_SERIES_LAST.match(fr.folded, n.span[1])
        }
        opened += [n for n in _free(neg_f) if id(n) in comma and n not in opened]
        negs = _free(neg_e)
        _pair(
            series,
            opened,
            _NEG_WINDOW,
            lambda x, y: (
                id(x) in sole
                if id(y) in comma
                else all(
                    abs(x.pos - y.pos) < abs(n.pos - y.pos)
                    for n in negs
                    if n is not x and n is not owner.get(id(x))
                )
            ),
        )
    return opening


#: The conjunction "or" / "nor" that opens the next verb of an English series: it carries the negation to that verb
#: ("shall not X, or Y" denies both), where "and" may join what the negation denies only together.
_EN_OR_NOR = re.compile(r"n?or\b")
#: A modal's negation, which opens such a series: "shall not", "may not", "cannot".  (Not "does not": "where it does not
#: satisfy the requirements or involve one of the grounds" / « ne satisfait pas … ou comporte un motif » reads the verb
#: after "or" as a second predicate of "does", which French affirms.)
_EN_MODAL_NOT = re.compile(r"\b(?:shall|must|may|should|can|could|will|would)\s+not$|cannot$")
#: A verb of its own between the negation and the next verb of the series, which opens another clause ("shall not act
#: upon the request, and the requesting authority may withdraw or suspend").
_EN_VERB_BETWEEN = re.compile(r"\b" + _EN_AUXILIARY + r"\b")
#: A French negation between the negated verb and the next one, which may carry on to it (« ne segmente pas, ni ne
#: divise, subdivise … ou fractionne »).
_FR_NEGATION_BETWEEN = re.compile(r"\b(?:ne|n'|ni)\b")
#: A word after "or" that is no verb of the series: an adjective by its ending, or a noun before "of" ("the natural or
#: legal person", "all or part of the data"), or a preposition ("or before the end").
_EN_NOT_SERIES_VERB = re.compile(
    r"(?:before|after|during|within|between|against|through|under|over|upon|into|about|above|below|beyond|until)\b"
    r"|[a-z]*(?:al|ic|[ts]ive|ous|able|ible|ary|ful|less)\b|[a-z]+\s+of\b"
)
#: « et » / « ou » before the next word and the start of what follows it: a determiner, a preposition or a pronoun
#: (« et représentent les parties », « ou demande son admission »), as after a verb; not an adjective or a noun of a
#: series (« réglementaire ou administrative et », « nationale ou européenne, »).  Read in the text, with its accents
#: (not « où »).
_FR_AND_WORD = re.compile(
    r"\b(?:et|ou),?\s+([^\W\d_]+)\s+(?:le|la|les|l['’]|un|une|des|du|de|d['’]|son|sa|ses|leur|leurs|à|au|aux|ce|cet"
    r"|cette|ces|en|sur|pour|tout|toute|tous|toutes)\b",
    re.I,
)
#: The verb of a French negation: the word after « ne » / « n' » and its object pronouns.
_FR_NEGATED_WORD = re.compile(
    r"(?:ne\s+|n')(?:(?:se|s'|le|la|les|l'|leur|lui|en|y|me|m'|nous|vous)\s*)*([a-z]+)"
)
#: A French verb in the third person plural (« représentent », « font »), not a word in "-ment" (« paiement »).
_FR_PLURAL_FINITE = re.compile(r"(?:[a-z]{2,}(?<!m)ent|sont|ont|font|vont)")
#: A French verb in the third person singular by its ending, read in the text with its accents: « -e » (« demande »,
#: « modifie »), « -t » (« permet », « conclut »), « -d » (« prend »), the future « -ra » (« affectera »).  Not a
#: participle (« modifié », « publiée »), an infinitive (« modifier », « introduire », « prendre », « soumettre »), a
#: word in « -ant », « -ent » or « -ment » (« concernant », « paiement », « notamment ») or a noun in « -at »
#: (« mandat »).
_FR_SINGULAR_FINITE = re.compile(
    r"[a-zà-ÿ]{2,}(?:(?<![eé])(?<!dr)(?<!ttr)(?<!ir)e|(?<!an)(?<!en)(?<!a)t|d|ra)"
)
#: Words that end like a singular verb but are prepositions, conjunctions, pronouns or determiners, which a
#: determiner may follow after « et » / « ou » (« et entre les parties », « ou lorsque la », « et dont les »).
_FR_NOT_A_VERB = frozenset(
    "comme contre entre outre même lorsque puisque quoique jusque presque tout toute surtout partout plutôt elle"
    " celle quelle laquelle chaque autre encore ensemble dont soit voire cet cette quelque que une".split()
)
#: Singular verbs after whose « ne … pas » a participle, an infinitive or an attribute shares the negation past
#: « et » / « ou » (« n'a pas reçu … ou transmis le », « ne peut pas vendre ou céder », « ne paraît pas clair et
#: complet »).  Not « être »: its passive participle takes no object, so a word with a determiner after it is a verb of
#: its own (« n'est pas une condition préalable et empêche la personne »).
_FR_SHARING_VERBS = frozenset(
    "a ait aura aurait avait peut puisse pourra pourrait doit doive devra devrait veut voudrait sait faut parait semble"
    " reste demeure devient".split()
)
#: A determiner after a singular next verb, the start of its object (« ou demande son admission », « et modifie les
#: contrats »): not « à », « de », « du », « en », which may follow an adjective or a noun (« conforme à »,
#: « responsable du »).
_FR_OBJECT_DETERMINER = re.compile(
    r"\s+(?:le|la|les|l['’]|un|une|des|son|sa|ses|leur|leurs|ce|cet|cette|ces)\b", re.I
)
#: What opens a clause of its own between the negated verb and the next one: a finite verb there may be its verb.
_FR_CLAUSE_BETWEEN = re.compile(
    r"[.;:]|\b(?:qui|que|qu'|dont|lequel|laquelle|lesquels|lesquelles|lorsque|lorsqu'|si)\b"
)


def _finite_next_verb(fr: _Side, negated: str, w: re.Match[str]) -> bool:
    """Say whether the word after « et » / « ou » (w, group 1) is a finite verb of the subject of the negated verb
    (folded): both in the third person plural (« n'interviennent pas … et représentent les »), or both in the singular
    (« n'offre pas … ou demande son admission »), where the singular next word is read in the text, with its accents
    (« modifie », not the participle « modifié »), written in lower case, is no preposition, conjunction or pronoun
    (_FR_NOT_A_VERB) and takes an object by a determiner, and the negated verb governs no participle, infinitive or
    attribute (_FR_SHARING_VERBS).  The word follows « et » / « ou » at once, so no subject of its own comes between:
    a finite verb there agrees with the subject of the negated one."""
    word = fr.folded[w.start(1) : w.end(1)]
    if _FR_PLURAL_FINITE.fullmatch(negated):
        return _FR_PLURAL_FINITE.fullmatch(word) is not None
    text = fr.text[w.start(1) : w.end(1)]
    return (
        negated not in _FR_SHARING_VERBS
        and _FR_SINGULAR_FINITE.fullmatch(negated) is not None
        and text.islower()
        and text not in _FR_NOT_A_VERB
        and _FR_SINGULAR_FINITE.fullmatch(text) is not None
        and _FR_OBJECT_DETERMINER.match(fr.text, w.end(1)) is not None
    )


def _unrepeated_series_verbs(
    en: _Side, fr: _Side, opening: list[tuple[_Mark, _Mark]], neg_f: list[_Mark], uf: tuple[int, int]
) -> list[_Mark]:
    """Return the English negations that open a series of verbs ("shall not be involved in …, or represent the
    parties", "cannot give rise to … or contribute to") whose next verb after "or" / "nor" the French renders, at its
    place (within _NEG_WINDOW), by a finite verb with no « ne » of its own, joined by « et » / « ou » to the verb of
    the French negation that answers the English one (« n'interviennent pas … et représentent les parties », « ne
    donnent pas naissance … ou contribuent à »).  English carries one negation through "or" to each verb of its series;
    French negates a finite verb only by a « ne » of its own (« … et ne représentent pas », or « ni »): a « ne … pas »
    does not reach past « et » / « ou » to the next conjugated verb, so the French affirms what the English denies (as
    _unrepeated_finite reads for an English "not" said again with an auxiliary).  The two verbs agree with one
    subject: two verbs in the plural, which the ending shows finite (« représentent », « contribuent »), or two in the
    singular, where « demande », « modifié », « entre » may be a noun, a participle or a preposition, so the next word
    is read as a finite verb only by the narrower test of _finite_next_verb (« ou demande son admission »).
    With no other negation, clause or stop between the two French verbs; and only a modal's negation opens the
    English series, with no verb of its own before its next verb, which is no adjective, noun or preposition
    (_EN_MODAL_NOT, _EN_VERB_BETWEEN, _EN_NOT_SERIES_VERB)."""
    out: list[_Mark] = []
    width = max(uf[1] - uf[0], 1)
    for m, x in opening:
        if (
            x.partner is not None
            or any(o is m for o in out)
            or not _EN_OR_NOR.match(en.folded, x.span[0])
            or _EN_NOT_SERIES_VERB.match(en.folded, x.span[1] - 1)
            or not _EN_MODAL_NOT.search(en.folded, *m.span)
            or _EN_VERB_BETWEEN.search(en.folded, m.span[1], x.span[0])
        ):
            continue
        for w in _FR_AND_WORD.finditer(fr.text, *uf):
            if abs((w.start() - uf[0]) / width - x.pos) > _NEG_WINDOW:
                continue
            # (the French negation that answers the English one, before it in its clause, and its verb)
            negated = max(
                (
                    v
                    for n in neg_f
                    if n is m.partner
                    and n.span[1] <= w.start()
                    and not _FR_CLAUSE_BETWEEN.search(fr.folded, n.span[1], w.start())
                    and not _FR_NEGATION_BETWEEN.search(fr.folded, n.span[1], w.start())
                    and (v := _FR_NEGATED_WORD.match(fr.folded, n.span[0])) is not None
                ),
                key=lambda v: v.start(),
                default=None,
            )
            if negated is None:
                continue
            if _finite_next_verb(fr, negated.group(1), w):
                out.append(m)
                break
    return out


#: "ensure", "ensuring": the English of « éviter que … ne » with a "not" of its own ("to ensure that … do not").
_ENSURE = guard(re.compile(r"\bensur(?:e|es|ed|ing)\b"), "ensur")


#: A « ne » after a « que » (the negative words, costly, are looked for only in a sentence that has one).
_QUE_NE = guard(re.compile(r"\bqu(?:e\b|')[\s\S]{0,100}?(?:\bne\b|\bn')"), "que", "qu'")


def _prevented_expletives(fr: _Side, pf: Profile, uf: tuple[int, int]) -> list[_Mark]:
    """Return, as negations, the expletive « ne » of French ``uf`` governed by a verb of preventing or avoiding before
    it (« éviter que … ne », « empêcher que … ne »: within 100 characters, a « que » between them)."""
    weak = _marks(pf.weak, uf)
    expletives = [m for m in weak if m.tag == "expletive"]
    out: list[_Mark] = []
    for v in (m.span[1] for m in weak if m.tag in ("avoid", "prevent")):
        # (only the first: « éviter que l'assujetti ne bénéficie … ou ne subisse » says one "not" of two verbs)
        m = next(
            (m for m in expletives if 0 < m.span[0] - v <= 100 and _QUE.search(fr.folded, v, m.span[0])), None
        )
        if m is not None and all(x.span != m.span for x in out):
            out.append(_Mark(m.span, m.pos, "neg"))
    return out


def _carried_past_safe(negs: list[_Mark], conts: list[_Mark]) -> list[_Mark]:
    """The free negations of ``conts`` that carry on a negation of ``negs`` answered by a word of an absence of harm
    ("preserves the incentives" / « ne dissuade pas l'entreprise »): that word says the harm denied of its own verb, and
    carries no negation on to the verb coordinated after it; the negation of that verb (« … et qu'elle ne produise pas
    d'effets » against "… and that it entails effects") needs an answer of its own."""
    out = []
    for c in _free(conts):
        before = [n for n in negs + conts if n.span[1] <= c.span[0]]
        last = max(before, key=lambda n: n.span[0], default=None)
        if last is not None and last.partner is not None and last.partner.tag == "safe":
            out.append(c)
    return out


#: A word of "only": what a negation bears on in "not only … but", "is not applicable only or principally to", « ne
#: soit pas un simple engagement mais », « dont la portée n'est pas seulement locale ».
_ONLY_WORD = {
    Lang.EN: r"(?:only|solely|merely|mere|exclusively|purely|simply)",
    Lang.FR: r"(?:seulement|uniquement|simplement|exclusivement|purement|simples?|seule?s?)",
}
#: The words after a negation up to a word of "only" that it bears on: at most one word between, and an article ("is
#: not applicable only", « ne soit pas un simple »; not "shall not extend to mere facts", « non répétitifs et qui ne
#: touchent qu'un », where the negation bears on its verb or its adjective).
_ARTICLE = {Lang.EN: r"(?:(?:an?|the)\s+)?", Lang.FR: r"(?:(?:une?|de|des|d')\s*)?"}
_NEGATED_ONLY = {
    lang: re.compile(rf"\s+(?:[\w'-]+\s+)?{_ARTICLE[lang]}{w}\b") for lang, w in _ONLY_WORD.items()
}
#: A word of "only" negated or surpassed: "not only", "not merely", "more than mere", « non seulement », « pas
#: uniquement », « plus que de simples ».
_ONLY_SURPASSED = {
    Lang.EN: re.compile(
        rf"\b(?:not|more than|beyond)\s+(?:[\w'-]+\s+)?{_ARTICLE[Lang.EN]}{_ONLY_WORD[Lang.EN]}\b"
    ),
    Lang.FR: re.compile(
        rf"\b(?:pas|non(?! plus\b)|plus qu(?:e\b|')|au-dela d(?:e\b|u\b|es\b|'))\s*(?:[\w'-]+\s+)?{_ARTICLE[Lang.FR]}"
        rf"{_ONLY_WORD[Lang.FR]}\b"
    ),
}


def _not_only_answers(
    side: _Side, negs: list[_Mark], other: _Side, negs_o: list[_Mark], uo: tuple[int, int]
) -> None:
    """Pair the free negations of ``negs`` that bear on a word of "only" with the other side's word of "only" at their
    place, where that word is negated or surpassed too (not by a negation of the other side that needs an answer)."""
    only = [
        m for m in _free(negs) if m.tag == "neg" and _NEGATED_ONLY[side.lang].match(side.folded, m.span[1])
    ]
    if not only:
        return
    said = [
        (x.start(), x.end())
        for x in _ONLY_SURPASSED[other.lang].finditer(other.folded, *uo)
        if not any(x.start() < n.span[1] and n.span[0] < x.end() for n in negs_o)
    ]
    _pair(only, _marks(said, uo, "only"), _SOFT_WINDOW)


#: A word of "only" surpassed: "more than mere", « plus que de simples »: "not only" said with no negation.
_MORE_THAN_ONLY = {
    Lang.EN: guard(re.compile(r"\bmore than\s+(?:an?\s+)?(?:mere|merely|only|just|simply)\b"), "more than"),
    Lang.FR: guard(
        re.compile(
            r"\bplus qu(?:e\b|')\s*(?:(?:une?|de|des|d')\s*)?(?:simples?|seulement|uniquement|simplement)\b"
        ),
        "plus qu",
    ),
}
#: "should not only promote …, but should also", "is not purely driven by … but is dependent on": an English word of
#: "only" negated before a "but" of its sentence, which the profile reads as no negation (the two say "more than only"
#: as "more than mere" does; French says it by « ne … pas seulement » or « non seulement »).
_NOT_ONLY_BUT_EN = guard(
    re.compile(r"\bnot\s+(?:[\w'-]+\s+)?(?:only|solely|merely|just|purely|simply)\b(?=[^.;:]*\bbut\b)"), "not"
)
#: A bare word of "only" (« seulement », "merely"), which says the opposite of a word of "only" surpassed.
_ONLY_BARE = {
    Lang.EN: re.compile(r"\b(?:only|solely|merely|mere|exclusively)\b"),
    Lang.FR: re.compile(r"\b(?:seulement|uniquement|simplement|exclusivement)\b"),
}


def _more_than_only_turned(
    en: _Side, fr: _Side, pe: Profile, pf: Profile, ue: tuple[int, int], uf: tuple[int, int]
) -> list[_Problem]:
    """ "of more than mere local significance" against « dont la portée est seulement locale »: a word of "only"
    surpassed, which says "not only" with no negation (_not_only_answers lets it answer « n'est pas seulement »),
    against a bare word of "only" at its place on the other side, with no negation there, says its opposite.  So does
    an English "not only … but" ("should not only promote …, but should also" against « devraient seulement promouvoir
    …, mais »), which French says by « ne … pas seulement » or « non seulement », never by a bare « seulement »."""
    out: list[_Problem] = []
    for side, u, other, po, uo, is_en in ((en, ue, fr, pf, uf, True), (fr, uf, en, pe, ue, False)):
        spans = [x.span() for x in _MORE_THAN_ONLY[side.lang].finditer(side.folded, *u)]
        if is_en:
            spans += [x.span() for x in _NOT_ONLY_BUT_EN.finditer(side.folded, *u)]
        if not spans:
            continue
        bare = _marks([x.span() for x in _ONLY_BARE[other.lang].finditer(other.folded, *uo)], uo)
        if not bare:
            continue
        surpassed = [x.span() for x in _ONLY_SURPASSED[other.lang].finditer(other.folded, *uo)]
        near = _marks(surpassed, uo) + _marks(po.negation + po.cont, uo)
        turned = [
            m.span
            for m in _marks(spans, u)
            if any(abs(b.pos - m.pos) <= _SOFT_WINDOW for b in bare)
            and not any(abs(n.pos - m.pos) <= _SOFT_WINDOW for n in near)
        ]
        if turned:
            out.append(_negated(side, turned, is_en))
    return out


_AUCUN = re.compile(r"\baucune?\b")


def _own_clause(side: _Side, m: _Mark, unit: tuple[int, int]) -> bool | None:
    """Say whether negation ``m`` stands in a clause of its own coordinated with another (None: not in a clause it
    opens, see _OWN_CLAUSE_NEG)."""
    found = _OWN_CLAUSE_NEG[side.lang].search(side.folded, max(unit[0], m.span[0] - 60), m.span[0])
    return None if found is None else found.group(1) is not None


#: A French negation in a clause opened by a relative pronoun or « que » (its subject between them): « qui n'est pas
#: visée », « qu'elle ne régit pas », « dont certains ne sont pas », « Il convient que la directive n'ait pas ».
_CLAUSE_OPENED_FR = re.compile(r"\b(?:qui|dont|que|qu['’]\s*\w*)\b[^,;:.()]{0,30}$")
#: An English negation this far from a French one (twice the place of a word said on both sides) is not at its place.
_FAR_FROM = 2 * _SOFT_WINDOW
#: A French negation of a verb: its « ne » / « n' », after a negative subject if any (« rien n' », « aucun X ne »).
_FR_NEGATED_VERB = re.compile(r"(?:[^,;:.]*?\b)?(?:ne\b|n')")
#: A French clause of condition or time open before a point: its conjunction, with no comma or stop after it.
_FR_CONDITION_OPEN = re.compile(r"\b(?:si|s'ils?|lorsque|lorsqu'|quand|tant que|des lors que)\b[^,;:]*$")
#: A word that opens an English clause of its own: a relative pronoun or a conjunction of subordination.
_EN_CLAUSE_OPEN = re.compile(
    r"\b(?:where|when|whenever|if|unless|which|that|who|whom|whose|whether|because|since|although|while|regardless)\b"
)
#: An English gerund after its preposition ("for the purpose of avoiding", "by waiving"): a clause of its own.
_EN_GERUND = re.compile(r"\w+ing\b")
_EN_PREPOSITION_BEFORE = re.compile(r"\b(?:of|by|for|from|without|in|on|after|before)\s+$")
#: A "not" or a "no" in an English negative word ("do not affect", "or not"): a negation of its own.
_NOT_WORD = re.compile(r"\b(?:not|no)\b")


def _reduced_clauses(fr: _Side, real_f: list[_Mark], weak_e: list[_Mark], weak_f: list[_Mark]) -> set[int]:
    """Return the ids of the French negations of ``real_f`` said in a clause of their own that an English negative
    word at their place renders: "another activity not covered by this Directive" / « une autre activité qui n'est
    pas visée par la présente directive », "services developed outside the control of" / « les services qui ne sont
    pas développés sous le contrôle de », "This Directive should not affect" / « Il convient que la présente
    directive n'ait pas d'incidence ».  English
    reduces a relative or subordinate clause to a participle, an adjective or a phrase, and its negation to a negative
    word (a "not" before the participle, a prefix, "outside", "without"); French keeps the clause and its « ne … pas ».
    Such a negation is left to the word (within _SOFT_WINDOW, the place of a word said on both sides): an English
    negation said far from it (beyond _FAR_FROM) renders another clause, and may not take it when the French drops
    the negation of its own clause (with « qu'elle ne régit pas » made « qu'elle régit », "that are not regulated by
    it" took « n'ait pas » and hid the drop).  Only a word of a meaning that English says more often than French: one
    that French says as often renders that French word ("solely" / « uniquement », "unless" / « à l'exception de »),
    not the negation."""
    surplus = Counter(m.tag for m in weak_e)
    surplus.subtract(Counter(m.tag for m in weak_f))
    return {
        id(x)
        for x in real_f
        if _CLAUSE_OPENED_FR.search(fr.folded, max(0, x.span[0] - 40), x.span[0])
        and any(
            w.partner is None and surplus[w.tag] > 0 and abs(w.pos - x.pos) <= _SOFT_WINDOW for w in weak_e
        )
    }


#: The words of a phrase after a negation (see _repeated_phrase_once).
_PHRASE_WORD = re.compile(r"[a-z0-9]+")
_PHRASE_STOP = re.compile(r"[.;:,()]")
#: The French particles of a negation, left out of the phrase it negates.
_FR_PARTICLES = frozenset("ne n pas plus jamais aucun aucune nul nulle sans non ni".split())


def _phrase_after(folded: str, start: int, end: int, n: int, skip: frozenset[str] = frozenset()) -> list[str]:
    """Return the first ``n`` words from ``start`` (before ``end``) up to a stop or a comma, the words of ``skip`` left
    out."""
    last = start
    words: list[str] = []
    for w in _PHRASE_WORD.finditer(folded, start, end):
        if words and _PHRASE_STOP.search(folded, last, w.start()):
            break
        last = w.end()
        if w.group() not in skip:
            words.append(w.group())
            if len(words) == n:
                break
    return words


def _repeated_phrase_once(en: _Side, fr: _Side, real_e: list[_Mark], uf: tuple[int, int]) -> None:
    """Answer an English negation that repeats a negated phrase of its sentence word for word by the French negation of
    the first one, where French says that phrase once.

    English legal drafting repeats a negated phrase in full wherever it recurs in a sentence ("Member States with no
    central registry … the Member State with no central registry", "that are not subject to the obligations of X and
    that are not subject to the obligations of Y", "would not be able to enforce … or would not be able to manage");
    French drafting avoids the repetition: it refers back to the phrase (« l'État membre concerné »), or carries its
    negation on to the next item (« non soumises aux obligations … ni aux obligations », « ne serait pas en mesure
    d'appliquer … ou de gérer »).  The repeated English negation then says nothing the first did not, and the French
    negation of the first answers it.
    Only where the same negation opens the same words (two or three, up to a stop or a comma), and the French does not
    say again the words after its negation (stems of three letters: « ne peut être mis » / « peuvent être mis »):
    French that repeats the phrase repeats its negation too, and one of them dropped is still reported."""
    for x in _free(real_e):
        neg = en.folded[x.span[0] : x.span[1]]
        after = _phrase_after(en.folded, x.span[1], len(en.folded), 3)
        if len(after) < 2:
            continue
        for y in real_e:
            f = y.partner
            if (
                y is x
                or f is None
                or f is y  # (a negation that needs no answer of its own)
                or y.span[0] >= x.span[0]
                or en.folded[y.span[0] : y.span[1]] != neg
                or _phrase_after(en.folded, y.span[1], x.span[0], 3) != after
                or not (uf[0] <= f.span[0] < uf[1])
            ):
                continue
            said = [w[:3] for w in _phrase_after(fr.folded, f.span[0], uf[1], 3, _FR_PARTICLES)]
            k = len(said)
            if k < 2:
                continue
            # (the words after the French negation, then the rest of its sentence after them)
            rest = [w[:3] for w in _PHRASE_WORD.findall(fr.folded, f.span[1], uf[1])]
            start = next((i + 1 for i, w in enumerate(rest) if w == said[-1]), len(rest))
            if any(rest[i : i + k] == said for i in range(start, len(rest) - k + 1)):
                continue
            x.partner = f
            break


#: French negative words and the English words of the same meaning that render them but that the English lexicon
#: files under another group or not at all: « mettre fin », « met fin » ("terminate", "end", "put an end to": to end a
#: thing is to make it cease), « empêché » of a person ("unable", "inability": to be prevented from acting),
#: « enfreignant » ("contrary to": to act against a rule is to infringe it).
_RENDERED_ACROSS = (
    (
        re.compile(r"(?:mettre|met|mettent|mettra|mettront|mis|mise) fin\b"),
        "cease",
        re.compile(r"\b(?:terminat\w*|end|ends|ended|ending|put an end)\b"),
    ),
    (re.compile(r"empech"), "prevent", re.compile(r"\b(?:unable|inability|incapable)\b")),
    (re.compile(r"enfrei"), "breach", re.compile(r"\bcontrary to\b")),
)


def _rendered_across(
    en: _Side, fr: _Side, marks_e: list[_Mark], weak_f: list[_Mark], ue: tuple[int, int]
) -> None:
    """Pair each free French negative word of _RENDERED_ACROSS with the English word of its meaning near its place
    (within _NEG_WINDOW; an English mark where there is one, so that a negation such as "unable" is answered by it)."""
    own: dict[int, _Mark] | None = None
    for fr_rx, group, en_rx in _RENDERED_ACROSS:
        words_f = [m for m in _free(weak_f) if m.tag == group and fr_rx.match(fr.folded, m.span[0])]
        if not words_f or not en_rx.search(en.folded, *ue):
            continue
        if own is None:
            own = {m.span[0]: m for m in marks_e}
        words_e = []
        for x in en_rx.finditer(en.folded, *ue):
            m = own.get(x.start())
            words_e.append(m if m is not None else _marks([(x.start(), x.end())], ue, "render")[0])
        _pair(words_e, words_f, _NEG_WINDOW)


def _unpair_far_at_shall(
    en: _Side,
    fr: _Side,
    pe: Profile,
    ue: tuple[int, int],
    uf: tuple[int, int],
    real_e: list[_Mark],
    real_f: list[_Mark],
    weak_spans: set[tuple[int, int]],
) -> None:
    """Free a French negation of a verb answered only by an English negative word far from it, in a clause of its own,
    where the English says a positive modal at the negation's place.

    French says the "shall" of a provision by its present tense (« ne recourent pas », « ne lie pas », « n'entraîne
    pas ») and negates it at the verb, where English says "shall not"; an English "shall" there, with no negation
    nearer, says the clause positively.  A negative word that stands in another English clause (a relative clause, one
    opened by "where", "that", "regardless", a gerund after its preposition: "which … waive or restrict", "for the
    purpose of avoiding") and far from the negation (beyond _SOFT_WINDOW, and beyond the modal) translates a word of
    its own clause (« écarte », « se soustraire »), not the negation of the main verb; word order moves clauses, but
    not a negation from one clause to another.  Only the negation of the French main clause (_fr_main_clause), which
    the English "shall" of the main clause faces; not a French negation in a clause of condition (« Si ces données ne
    sont pas disponibles » / "In the absence of such data"), which English may say by a negative word anywhere, nor an
    English negative word that says a "not" of its own ("do not affect"), which is a negation."""
    modals = _marks(pe.oblige, ue) + _marks(pe.permit, ue)
    if not modals:
        return
    negs = _marks(pe.negation + pe.cont + pe.prohibit, ue) + real_e
    for m in real_f:
        w = m.partner
        if w is None or w.span not in weak_spans or _FR_NEGATED_VERB.match(fr.folded, m.span[0]) is None:
            continue
        x = min(modals, key=lambda x: abs(x.pos - m.pos))
        if abs(x.pos - m.pos) > _SOFT_WINDOW or abs(w.pos - m.pos) <= max(_SOFT_WINDOW, abs(x.pos - m.pos)):
            continue
        if abs(x.pos - m.pos) >= min((abs(n.pos - m.pos) for n in negs), default=2.0):
            continue
        if (
            _NOT_WORD.search(en.folded, *w.span)
            or not _fr_main_clause(fr, m.span[0], uf)
            or _FR_CONDITION_OPEN.search(fr.folded, _sentence_opening(fr.folded, uf[0], m.span[0]), m.span[0])
        ):
            continue
        if w.span[0] > x.span[1]:
            own_clause = _EN_CLAUSE_OPEN.search(en.folded, x.span[1], w.span[0]) is not None or (
                _EN_GERUND.match(en.folded, w.span[0]) is not None
                and _EN_PREPOSITION_BEFORE.search(en.folded, max(0, w.span[0] - 12), w.span[0]) is not None
            )
        else:
            opening = _sentence_opening(en.folded, ue[0], w.span[0])
            own_clause = _EN_CLAUSE_OPEN.search(en.folded, opening, w.span[0]) is not None
        if own_clause:
            w.partner = None
            m.partner = None


def _negation_problems(
    en: _Side, fr: _Side, pe: Profile, pf: Profile, ue: tuple[int, int], uf: tuple[int, int]
) -> list[_Problem]:
    """A negation must face a negation, or a negative word of the other side; a bound must not turn."""
    real_e, real_f = _marks(pe.negation, ue, "neg"), _marks(pf.negation, uf, "neg")
    cont_e, cont_f = _marks(pe.cont, ue, "cont"), _marks(pf.cont, uf, "cont")
    # « n'acceptent aucune position d'encadrement supérieur », « ne s'effectue en aucun cas à un prix supérieur au prix
    # de marché » / "shall not take up a senior management position", "shall not … be carried out above the market
    # price": a negation read as the wording of a bound needs no answer because the bound is compared with the other
    # side's.  A « ne … aucun » denies a thing ("no position") or says "in no case", never the wording of a comparison
    # as « ne doit pas être inférieur à » is; where English says no bound at all, nothing compares it, and it needs an
    # answer as any negation (with "shall not take up" made "shall take up", the French negation was left to a bound
    # English does not say).  (Not a « ne … pas » before a bound, which English may say by a word the profile reads as
    # no bound: "the minimum number … must be three" / « ce nombre ne doit pas être inférieur à trois ».)
    if pf.bounding and not _marks(pe.lower + pe.upper, ue):
        denied = {s for s in pf.bounding if _AUCUN.search(fr.folded, *s)}
        real_f += [m for m in cont_f if m.span in denied]
        cont_f = [m for m in cont_f if m.span not in denied]
    # « afin d'éviter que des modifications … ne se traduisent par » / "ensuring that changes … are not introduced",
    # « visant à éviter que ces conflits ne lèsent » / "to ensure that such conflicts do not adversely affect": a verb
    # of preventing and its expletive « ne » say the "not" of the clause they govern, which English says by "ensure
    # that … not".  Against such an English sentence with no verb of preventing or avoiding of its own, the expletive
    # needs an answer as a negation does: else a dropped "not" ("ensuring that changes … are introduced") leaves
    # nothing unanswered.  (Against other English, "to minimise the risk that", it stays a word that only answers.)
    expletive_f = _prevented_expletives(fr, pf, uf) if _QUE_NE.search(fr.folded, *uf) else []
    preventing = [m for m in _marks(pe.weak, ue) if m.tag in ("avoid", "prevent")] if expletive_f else []
    prevented = expletive_f if not preventing and _ENSURE.search(en.folded, *ue) else []
    real_f += prevented
    # "in order to prevent significant and imminent damage" / « pour empêcher que le système financier ne subisse »: an
    # English verb of preventing or avoiding at the place of the French one with its expletive renders the two; it
    # answers no other negation of the French (with « Le premier alinéa ne s'applique pas » made « s'applique », the
    # English "shall not apply" made "shall apply" and its "prevent" answered the French negation).
    preventing_e = {w.span for w in preventing if any(abs(w.pos - m.pos) <= _NEG_WINDOW for m in expletive_f)}
    # "shall not invalidate" / « n'invalidera pas »: a negated negative verb; the same negative word said without a
    # negation on the other side ("shall invalidate") says the opposite, so it never answers the litotes.
    # "shall be prohibited" / « ne peuvent être interdits »: a prohibition said by its word alone, with no negation, says
    # the opposite of the litotes of that word and answers no such litotes (with "shall not be prohibited" made "shall be
    # prohibited", the prohibition answered the French « ne peuvent » and hid the drop).
    # "does not impair" / « compromet », « ne compromet pas » / "compromises": a word of harming said bare says the
    # opposite of its negated verb and answers it no more than « empêche » answers "shall not prevent"; but "so that
    # the progress made is not compromised" / « pour éviter de compromettre les progrès », « empêcher que … compromette
    # »: under a verb of avoiding or preventing of its side, the word of harming renders the negated verb with it.
    # (The other side's negative words are found only then: they cost more than the rest of the profile.)
    for marks, p, po, uo in ((real_e, pe, pf, uf), (real_f, pf, pe, ue)):
        for m in marks:
            m.shuns = p.litotes.get(m.span, "")
            if m.shuns == "harm" and any(w.tag in ("avoid", "prevent") for w in _marks(po.weak, uo)):
                m.shuns = ""
            if not m.shuns and p.meaning.get(m.span) == ("prohibit",):
                m.says = "prohibit"
    out: list[_Problem] = (
        _saving_problems(en, fr, pe, pf, ue, uf)
        + _litotes_problems(en, fr, pe, pf, ue, uf)
        + _until_problems(en, fr, pe, pf, ue, uf)
        + _absence_condition_problems(en, fr, pe, pf, ue, uf)
        + _ignored_problems(en, fr, pe, pf, ue, uf)
    )
    # "unable to", "fails to", "who lack": a negation said by a word with its verb ("not able to", "does not", "do
    # not have"), which is a negation like any other: it needs an answer (« sont en mesure de », « acquitte la taxe »,
    # « qui disposent de » say the opposite).
    # (The negative words are found lazily and cost more than the rest of the profile: a side that has none of
    # these verbs is not asked for them.)
    said_by = {
        m.span: m.tag
        for side, p, u in ((en, pe, ue), (fr, pf, uf))
        if _SAID_NOT[side.lang].search(side.folded, *u)
        for m in _marks(p.weak, u)
        if _SAID_NOT[side.lang].match(side.folded, m.span[0])
    }
    if said_by:
        real_e += [_Mark(m.span, m.pos, "neg") for m in _marks(pe.weak, ue) if m.span in said_by]
        real_f += [_Mark(m.span, m.pos, "neg") for m in _marks(pf.weak, uf) if m.span in said_by]
    neg_e, neg_f = real_e + cont_e, real_f + cont_f
    if real_e or real_f:
        # "Company registration No or ID No" / « no d'immatriculation », "‘No high-risk third country" / « «No pays
        # tiers »: French has no word « no »; an English "no" facing one (not the « no » of a cited act, « no 575/2013 »)
        # is the abbreviation of « numéro », on both sides, and no negation; word order puts it anywhere.  (Not where
        # the French quotes the English words, "the No Longer Polymer list" / « la liste des substances qui ne figurent
        # plus sur la liste des polymères (no longer polymer) »: the same word follows both, and the French
        # translation says the negation.)
        if _NUMERO.search(fr.folded, *uf):
            quoted = {next_word(fr.folded, x.end()) for x in _NUMERO.finditer(fr.folded, *uf)}
            _pair(
                [
                    m
                    for m in real_e
                    if en.folded[m.span[0] : m.span[1]] == "no"
                    and next_word(en.folded, m.span[1]) not in quoted
                ],
                _marks([(x.start(), x.end()) for x in _NUMERO.finditer(fr.folded, *uf)], uf),
                1.0,
            )
        weak_e = [m for m in _marks(pe.weak, ue) if m.span not in said_by and m.span not in preventing_e]
        weak_f = [m for m in _marks(pf.weak, uf) if m.span not in said_by]
        # "a single Member State", « une seule main », "the sole acquisition of the shares" (the mere one): an adjective
        # that counts or restricts a thing, not the predicate; it answers no negation of the other side.
        weak_e, weak_f = _not_one_thing(en, weak_e), _not_one_thing(fr, weak_f)
        # "shall promptly inform" / « informe sans délai », "without undue delay" / « sans retard excessif »: the « sans »
        # of a phrase of promptness says "promptly", no negation, and its adjective of excess belongs to the phrase;
        # they answer no negation of the other side (with "shall not promptly inform", the « sans » at its place
        # answered the added "not" and hid it).
        weak_e, weak_f = _not_promptly(en, fr, weak_e, weak_f, ue, uf)
        # "unless otherwise provided", "is not otherwise available", "could not otherwise be obtained": an "otherwise"
        # of manner, which answers only its like (with the "not" dropped, "is otherwise available" would answer
        # « n'est pas disponible »).
        weak_e, weak_f = _manner_otherwise(en, fr, weak_e, weak_f)
        if _DEFAULT.search(en.folded, *ue):
            # "credit default swaps", "default on payment" / « contrats d'échange sur défaut », « défaut de paiement »:
            # the French word of the English "default" names the same thing, and answers no negation; so does « défaillance »
            # ("default management procedures" / « procédures de gestion des défaillances »).
            weak_f = [m for m in weak_f if not fr.folded.startswith(("defaut", "defaillan"), m.span[0])]
        if _SURRENDER.search(en.folded, *ue):
            # "partial surrender of the mark", "has been surrendered" / « renonciation partielle », « a fait l'objet d'une
            # renonciation »: the act of giving up a right, which both name; it answers no negation.
            weak_f = [m for m in weak_f if not fr.folded.startswith("renonc", m.span[0])]
        # "pending", « en cours »: a matter still going on answers only a negation that denies its end ("not
        # concluded"), never one by its place alone (« en cours » is also "current").
        # So do « mal », « mauvais »: "not well adapted" (« mal adaptées »), never "defective" (« mal exécutée »).
        # So do the words of doing away with a thing ("elimination", « suppression »): only an absence or an end
        # ("no", « pas de », "no longer", « ne … plus »), never a negation of another verb beside them.
        # And so do the words of what goes on ("remaining", « restent »): only a negation of its end or of its use.
        ongoing_e = [m for m in weak_e if m.tag in _BY_MEANING_ONLY]
        ongoing_f = [m for m in weak_f if m.tag in _BY_MEANING_ONLY]
        weak_e = [m for m in weak_e if m.tag not in _BY_MEANING_ONLY]
        weak_f = [m for m in weak_f if m.tag not in _BY_MEANING_ONLY]
        # "the risk-free interest rate" / « le taux d'intérêt sans risque »: an English word in "-free" and the « sans »
        # before the same thing in the French render each other; neither answers a negation of the other side (with
        # "shall not be based on the risk-free rate", the « sans » answered the added "not" and hid it).
        ongoing_e, weak_f = _free_of(en, fr, ongoing_e, weak_f)
        # « éviter que la stabilité ne soit compromise »: the verb and its expletive « ne » say one "not"
        # ("that the stability would not be put in jeopardy"); the expletive answers it, the verb answers no
        # other negation of the sentence.
        expletives = [m.span[0] for m in weak_f if m.tag == "expletive"]
        weak_f = [
            m
            for m in weak_f
            if not (
                m.tag in ("avoid", "prevent")
                and any(0 < e - m.span[1] <= 100 and _QUE.search(fr.folded, m.span[1], e) for e in expletives)
            )
            and m.span not in {x.span for x in prevented}
        ]
        # "engaging in illegal activity" / « une activité illégale », "unjustified obstacles" / « obstacles injustifiés »,
        # "to be in difficulty" / « en difficulté », "shall not differ" / « ne diffère pas »: a negative word that the
        # other side says again by its cognate (a word its lexicon of negative words does not hold) is answered by that
        # word; it renders no negation of the other side, which needs its own answer (else a dropped "not" hides behind
        # the negative word of another phrase: "shall constitute" against « il n'y a pas »).
        # (Only the English words: a French negative word said again by its English cognate, « ces différences » /
        # "Different national approaches", would leave unanswered a negation that English repeats and French says once,
        # "fail to address … and fail to mitigate" / « empêchent de remédier … et d'atténuer ».)
        _said_by_cognate(en, weak_e, ue, fr, _marks(pf.weak + pf.prohibit, uf), neg_f, uf)
        _other_than_rendered(en, fr, weak_e, weak_f, uf)
        # (« au-delà du délai », "beyond the end of 2021": a point past a bound, no negation; see _past_a_point)
        _past_a_point(fr, weak_f, weak_e)
        _past_a_point(en, weak_e, weak_f)
        # A negation carrying on another (« … et n'expose pas ») answers one of the other side close by, but
        # needs no answer: the other language may say it once.
        # (A « ni » or a "nor" of a series is not paired with a carried-on negation: « ni X ni Y ne doivent » is one
        # negation, said at its start.)
        # "nor did it analyse" / « et n'a pas non plus analysé »: the two say "not either" and answer each other,
        # so that the first negation of each side (« L'AEMF n'a pas effectué ») needs its own answer.
        # (Not the "neither" that opens a series "neither … nor": "shall neither collect … nor combine" / « ne collecte
        # pas …, et il ne combine pas non plus »; its "nor" says "not either", and "neither" is the first negation.)
        _pair(
            [
                m
                for m in neg_e
                if _NOR.match(en.folded, m.span[0]) and not _NEITHER_NOR.match(en.folded, m.span[0])
            ],
            [m for m in neg_f if _NON_PLUS.match(fr.folded, m.span[1])],
            _NEG_WINDOW,
        )
        # "nor are publicity rights" / « ni le droit à l'image »: the next item of a series answers its like, before a
        # « ni » may take a "not" whose own negation French dropped.
        _pair(
            [
                m
                for m in neg_e
                if _NOR.match(en.folded, m.span[0]) and not en.folded.startswith("neither", m.span[0])
            ],
            [m for m in real_f if _NI.match(fr.folded, m.span[0])],  # the « ni » that opens its series
            _NEG_WINDOW,
        )
        # A negation coordinated with what goes before ("… and shall not involve" / « … et n'engage en aucune
        # façon », "which does not apply … and is not granted" / « qui n'applique pas … et qui ne se voit pas »)
        # answers its like on the other side first: else a dropped "not" hides behind the other one.
        _pair(
            [m for m in neg_e if _AFTER_AND.search(en.folded, max(0, m.span[0] - 20), m.span[0])],
            [m for m in neg_f if _AFTER_AND.search(fr.folded, max(0, m.span[0] - 12), m.span[0])],
            _NEG_WINDOW,
        )
        # So does a negation joined by "or" ("do not or do no longer require" / « n'imposent pas ou n'imposent
        # plus »): else it answers a negation further on (« n'est pas tenu ») that the other side dropped.
        # (Not an English negation after two auxiliaries joined by "or", "that are or were unable to make use" / « qui ne
        # peuvent pas, ou n'ont pas pu, utiliser »: the "or" joins the auxiliaries of one negated verb, which French says
        # twice; the English negation answers the first French one, and the second carries it on.)
        _pair(
            [
                m
                for m in neg_e
                if _AFTER_OR.search(en.folded, max(0, m.span[0] - 16), m.span[0])
                and not _AUX_OR_AUX.search(en.folded, max(0, m.span[0] - 24), m.span[0])
            ],
            [m for m in neg_f if _AFTER_OR.search(fr.folded, max(0, m.span[0] - 16), m.span[0])],
            _NEG_WINDOW,
        )
        # "shall be a continuous activity nor relate to" (its "not" lost): a "nor" with no negation before it in its
        # sentence, and no inverted verb after it ("Nor should …"), carries on a negation the English does not say;
        # it answers only a « ni » or a « … non plus » of the French, never a negation of its own verb.
        for m in _bare_nor(en, neg_e + _marks(pe.weak, ue) + _marks(pe.prohibit, ue)):
            _pair(
                [m],
                [
                    x
                    for x in neg_f
                    if _NI.match(fr.folded, x.span[0]) or _NON_PLUS.match(fr.folded, x.span[1])
                ],
                1.0,
            )
            if m.partner is None:
                m.partner = m
        # "Those arrangements shall create obligations nor shall they prevent Member States" (its "not" lost): a "nor"
        # with an inverted verb negates its own clause, and carries on a negation said before it in its sentence ("shall
        # not create …, nor shall they prevent" / « ne créent pas … et n'empêchent pas », « ne peut pas être …, ni
        # entretenir »); with none before it, it answers only the French negation of its own clause (a « ni », a « … non
        # plus », or a negation or negative word at its place), never the French negation of the clause before it,
        # whose English negation is missing.  With none of these, it is a negation left unanswered (« sont sans effet
        # sur X et sur Y » says no negation for "shall affect X, nor shall they affect Y"; « s'abstient de proposer …
        # ainsi que de fournir » says one, which the dropped "not" of "shall offer" rendered).
        held_nor: list[_Mark] = []
        for m in _bare_nor(en, neg_e + _marks(pe.weak, ue) + _marks(pe.prohibit, ue), inverted=True):
            opening = _sentence_opening(en.folded, ue[0], m.span[0])
            if not en.folded[opening : m.span[0]].strip():
                continue  # "… is not intended. Nor is it intended …": it carries on the sentence before, its only negation
            _pair(
                [m],
                [
                    x
                    for x in neg_f
                    if _NI.match(fr.folded, x.span[0]) or _NON_PLUS.match(fr.folded, x.span[1])
                ],
                1.0,
            )
            _pair([m], neg_f, _SAME_PLACE)
            _pair([m], weak_f, _SAME_PLACE)
            if m.partner is None:
                held_nor.append(m)
                real_e.remove(m)
                neg_e.remove(m)
            elif any(m.partner is x for x in weak_f):
                # (« n'empêchent pas » says "nor shall they prevent" by one negated verb: it renders the negative verb
                # of the clause of "nor" as well, which answers no other French negation)
                end = _COMMA_CLAUSE_END.search(en.folded, m.span[1])
                for w in _free(weak_e):
                    if m.span[1] <= w.span[0] < (end.start() if end else ue[1]):
                        w.partner = m.partner
        # « doit être considéré comme X, ni comme Y » (its « ne … pas » lost): a « ni » joins an item to a negation said
        # before it in its sentence (« ne … pas X ni Y », « sans X ni Y », « aucun X ni Y »), or opens with another « ni »
        # a series whose verb has its own « ne » (« ni X ni Y ne peuvent »); English says the same by "not X or Y",
        # "neither X nor Y".  A « ni » with no negative word before it in its sentence carries on a negation the French
        # does not say: it answers only an English "nor" or "neither", never the "not" of an English verb, and needs
        # no answer itself (the French mirror of _bare_nor).
        for m in _bare_ni(fr, neg_f, uf):
            _pair([m], [x for x in neg_e if _NOR.match(en.folded, x.span[0])], 1.0)
            _pair([m], neg_e, _SAME_PLACE)
            if m.partner is None:
                m.partner = m
        _unlike(en, fr, ue, uf, real_e, real_f, weak_e, weak_f)
        # « n'a pas fait droit à ses prétentions » / "adversely affected": the one word for that negation, wherever
        # it stands, before a negation of the other side may take it and leave its own unanswered.
        _pair(
            [m for m in real_f if "adverse" in pf.meaning.get(m.span, ())],
            [m for m in ongoing_e if m.tag == "adverse"],
            1.0,
        )
        # "is not applicable only or principally to …, but" / « n'est pas uniquement ou principalement applicable …,
        # mais », "is not merely a commitment but" / « ne soit pas un simple engagement mais », "of more than mere local
        # significance" / « dont la portée n'est pas seulement locale »: "not only" said as no negation on one side (its
        # words next to each other before a "but", or "more than") and with its negation apart from its word of "only"
        # on the other; the negation of that word is answered by it at its place (never by a bare "only" /
        # « uniquement », which says the opposite), before it may answer another negation the other side dropped.
        _not_only_answers(en, real_e, fr, neg_f, uf)
        _not_only_answers(fr, real_f, en, neg_e, ue)
        # "that issuers that have no equity instruments" / « aux émetteurs dont aucun instrument … n'est négocié », "and
        # that it is not subject" / « et qu'elle n'est soumise à aucune »: a negation in a clause that French opens
        # after another negation of its sentence reads as carrying that one on; where English opens a clause at its
        # place too (coordinated as the French one is, or not) and negates it, the two are the negation of that
        # clause, and answer each other before the English one may take the negation of another clause (with "shall
        # not require" made "shall require", "have no" answered « ne peut imposer » and hid the drop).
        coordinated = {id(m): c for m in real_e if (c := _own_clause(en, m, ue)) is not None}
        if coordinated:
            coordinated.update({id(m): c for m in cont_f if (c := _own_clause(fr, m, uf)) is not None})
            _pair(
                [m for m in real_e if id(m) in coordinated],
                [m for m in cont_f if id(m) in coordinated],
                _SAME_PLACE,
                lambda x, y: coordinated[id(x)] == coordinated[id(y)],
            )
        # "shall not be disposed of or be the subject of" / « ne sont pas éliminés et ne font pas l'objet »: one English
        # negation for a series of verbs, which French says at each (_series_said_once_en).
        opening = _series_said_once_en(en, fr, neg_e, neg_f, ue)
        # « une autre activité qui n'est pas visée par la présente directive » / "another activity not covered by this
        # Directive": a negation that French says in a clause of its own, which English says by a negative word at
        # its place; an English negation far from it does not render it (_reduced_clauses).
        reduced = _reduced_clauses(fr, real_f, weak_e, weak_f)

        def far_reduced(n: _Mark, x: _Mark) -> bool:
            return id(x) not in reduced or abs(n.pos - x.pos) <= _FAR_FROM

        # "A decision that does not terminate proceedings" / « Une décision qui ne met pas fin à une procédure », "a
        # member is unable to act" / « un membre est empêché »: French says by a negative verb (« mettre fin », « être
        # empêché ») what English says by a word of the same meaning that its lexicon files under another group or
        # reads as no negative word ("terminate", "unable"); the French word translates that word, not a negation,
        # and the two answer each other before either may answer a negation (with « ne met pas fin » made « met fin »,
        # « met fin » answered the English "not" at its place and hid the drop).
        _rendered_across(en, fr, real_e + weak_e, weak_f, ue)
        _pair(real_e, real_f, _NEG_WINDOW, far_reduced)
        if not any(_NI.match(fr.folded, m.span[0]) for m in neg_f):
            _pair(real_e, cont_f, _NEG_WINDOW)
        if not any(_NOR.match(en.folded, m.span[0]) for m in neg_e):
            _pair(cont_e, real_f, _NEG_WINDOW)
        # "If the certificate is not produced" / « À défaut de production du certificat »: a negation close by a
        # word of failure or of the contrary case on the other side (which has no such word itself) is said by it,
        # before it may answer a negation further on (« n'est ni reconnu ») that the other side dropped.
        # "shall not be liable … for non-execution" / « n'est pas responsable … de l'inexécution », "not included … the
        # impact of the exclusion" / « ne sont pas inclus … l'incidence de l'omission »: a word of failure (or any
        # negative word of a term, here and below) that stands where the negation's own side says a negative word of a
        # term renders that word (_not_rendering); it answers no negation of that side (with « n'est pas responsable »
        # made « est responsable », « inexécution » answered "shall not be liable" and hid the drop).
        # (Nor a « ou non », which says "whether or not" and answers only a "not" of an alternative: _whether_or_not.)
        # (Nor a « peu », which says a small degree and answers only a negation of a word of degree: _little_not_not.)
        renders_e = _little_not_not(
            en,
            fr,
            _whether_or_not(en, fr, _not_rendering(en, weak_e + ongoing_e, fr, weak_f + ongoing_f, neg_e)),
        )
        renders_f = _not_rendering(fr, weak_f + ongoing_f, en, weak_e + ongoing_e, neg_f)
        tags_e, tags_f = {m.tag for m in weak_e}, {m.tag for m in weak_f}
        _pair(
            real_e, [m for m in weak_f if m.tag in _FAILING and m.tag not in tags_e], _NEG_WINDOW, renders_e
        )
        _pair(
            real_f, [m for m in weak_e if m.tag in _FAILING and m.tag not in tags_f], _NEG_WINDOW, renders_f
        )
        # "Costs not directly linked to … shall not be eligible" / « Les coûts non directement liés … ne sont pas
        # admissibles »: a negation said at its place by « non » / "non-", "not" on the other side is answered there,
        # before it may answer from afar the other side's negation of another verb (which that side may have dropped).
        # (Not by a word whose like the other side says: "non-financial" / « non financières » answer each other.)
        # ("shall not be submitted to non-binding mediation" / « médiation non contraignante »: nor by a « non » that
        # stands where the negation's own side says a "non-" word too, which it renders.)
        stems_e, stems_f = _adj_stems(en, weak_e), _adj_stems(fr, weak_f)
        non_e = [m for m in weak_e if m.span in stems_e and _NON.match(en.folded, m.span[0])]
        non_f = [m for m in weak_f if m.span in stems_f and _NON.match(fr.folded, m.span[0])]
        for negs, nons, stems, like, own, renders in (
            (real_e, non_f, stems_f, stems_e, non_e, renders_e),
            (real_f, non_e, stems_e, stems_f, non_f, renders_f),
        ):
            _pair(
                negs,
                [
                    m
                    for m in nons
                    if stems[m.span] not in like.values()
                    and not any(abs(o.pos - m.pos) <= _SAME_PLACE for o in own)
                ],
                _SAME_PLACE,
                renders,
            )
        # "shall not be bound …, or could not … have been unaware of it" / « n'est pas engagée …, ou ne pouvait
        # l'ignorer, étant exclu que », "where arrangements … are ignored" / « lorsqu'un montage n'est pas pris en compte
        # »: a negation answered at its place by a negative word of the other side (« exclu », "ignored") is said by
        # that word, not by a negation of another clause far off; word order moves a clause within its sentence, not a
        # negation from one clause to another.  It takes such a negation from afar only once it has no such word left
        # (with "shall not be bound" made "shall be bound", "could not" took « n'est pas engagée » and hid the drop).
        far_e, far_f = _far_fits(fr, weak_f, tags_e, renders_e), _far_fits(en, weak_e, tags_f, renders_f)
        _pair(real_e, real_f, 1.0, lambda x, y: far_e(x, y) and far_f(y, x) and far_reduced(x, y))
        # "Nor should such providers … be understood" / « Les fournisseurs … ne devraient pas non plus être réputés »,
        # "…, nor should any rights … depend upon" / « … les droits … ne devraient pas être subordonnés »: a "nor" that
        # puts its auxiliary before the subject carries on a negation that French says at the verb, after the subject,
        # however long it is; it answers a French negation after it anywhere in the sentence.
        for m in cont_e:
            if m.partner is None and _NOR_INVERTED.match(en.folded, m.span[0]):
                _pair([m], [x for x in real_f if x.pos >= m.pos], 1.0)
        # A « ni » or a "nor" carrying on a negation already answered says the next item of its series ("… or subject
        # to" / « … ni soumis »): it answers no other negation of the other side, which must find its own answer.
        _pair(real_e, [m for m in cont_f if not _series_answered(m, neg_f, fr, _NI)], _NEG_WINDOW)
        _pair([m for m in cont_e if not _series_answered(m, neg_e, en, _NOR)], real_f, _NEG_WINDOW)
        # Negative words of the same meaning on both sides answer each other first ("without" / « sans »),
        # then a negation may be answered by a negative word left on the other side.
        # A negative word far from its like ("incomplete" / « incohérences ») is left to a negation close by first.
        # Negative adjectives ("unmanageable", « excessif ») are words of their own, not one meaning: they pair
        # with each other first only when they are the same word ("insufficient" / « insuffisantes »), then
        # compete with the negations for the nearest answer (« ne seraient pas gérables et un risque excessif »).
        groups = {m.tag for m in weak_e} & {m.tag for m in weak_f}
        for group in groups - {"negadj"}:
            _pair([m for m in weak_e if m.tag == group], [m for m in weak_f if m.tag == group], _NEG_WINDOW)
        # "unless" / « sans que », "without" / « à moins que »: one condition, said either way; paired before the
        # negations, so that the « ne … pas » of « ne sont pas émises sans que » needs its own answer.
        cond_e = [
            m
            for m in _free(weak_e)
            if m.tag in ("except", "without") and not _PROMPTLY.match(en.folded, m.span[1])
        ]
        cond_f = [
            m
            for m in _free(weak_f)
            if m.tag in ("except", "without") and not _PROMPTLY.match(fr.folded, m.span[1])
        ]
        _pair(cond_e, cond_f, _NEG_WINDOW)
        # « d'autres exigences que celles »: the French of "other than", which answers it and nothing else (the
        # negation before it is a negation of its own).
        for m in _free(weak_f):
            if m.tag == "except" and _OTHER_THING.match(fr.folded, m.span[0]):
                m.partner = m
        # "non-equity securities" / « titres autres que de capital »: an English "non-" word and a French « autre(s)
        # que » before a thing at its place name what is other than that thing; they render each other and answer no
        # negation (with "shall contain" made "shall not contain", « autres que » answered the added "not").  Not while
        # a French negation is left unanswered, which the "non-" word may render (« qui ne sont pas des PME » /
        # "non-SME", « tant que les droits ne sont pas exercés »).
        if not _free(real_f):
            _pair(
                [m for m in _free(weak_e) if m.tag == "negadj" and _NON.match(en.folded, m.span[0])],
                [
                    m
                    for m in _free(weak_f)
                    if m.tag == "except" and _OTHER_THAN_THING.match(fr.folded, m.span[0])
                ],
                _NEG_WINDOW,
            )
        # The same word on both sides ("protection" / « protection », "exclusion" / « exclusion »): it answers itself
        # wherever word order puts it, before a negation close by may take it.
        cognates: dict[tuple[str, str], tuple[list[_Mark], list[_Mark]]] = {}
        for side, marks, k in ((en, weak_e, 0), (fr, weak_f, 1)):
            for m in _free(marks):
                if m.tag in groups and m.tag not in ("negadj", "contrast", "expletive", "restrict"):
                    cognates.setdefault((m.tag, side.folded[m.span[0] : m.span[0] + 6]), ([], []))[k].append(
                        m
                    )
        for xs, ys in cognates.values():
            _pair(xs, ys, 1.0)
        if "negadj" in groups:
            stems: dict[str, tuple[list[_Mark], list[_Mark]]] = {}
            # (the stems of _adj_stems, found above for the same negative words)
            for side, marks, negs, own, k in (
                (en, weak_e, neg_e, stems_e, 0),
                (fr, weak_f, neg_f, stems_f, 1),
            ):
                for m in marks:
                    if m.tag == "negadj":
                        stem = own[m.span]
                        if not _negated_root(side, m, negs):
                            stem = _NEGADJ_CLASS.get(stem, stem)
                        stems.setdefault(stem, ([], []))[k].append(m)
            for xs, ys in stems.values():
                _pair(xs, ys, 1.0)
        # "unmanned aircraft" / « aéronef sans équipage », "non-Union jurisdictions" / « juridictions hors Union »,
        # "invalid" / « nulle », « biens non conformes » / "infringing goods": a negative adjective names a term, and
        # the negative word of the other side at its place, whatever its meaning, renders it; the two answer no
        # negation said at another place, which needs its own.  Only a word that names a term as the adjective does (a
        # word of absence, breach, failure or nought, or another negative adjective; not a verb of preventing, which
        # negates its clause, « empêcher tout accès non autorisé » for "ensure that unauthorised access does not occur",
        # nor the « que » of « ne … que », "may not be disclosed without" / « ne peuvent être divulguées qu'avec »), and
        # neither word a predicate or a "without" before a verb, which negate a clause (_names_a_term).  And not where
        # a negation left unanswered stands close by, which the word may say ("avoid creating" / « ne pas créer »,
        # "unable" / « incapables », "it would not be appropriate" / « non judicieuse »; position in a sentence is only
        # roughly the same in the two languages, so "close by" is the wider window of a possibility said on both sides).
        open_negs = [n.pos for n in _free(neg_e + neg_f)]
        # « Aucune disposition … ne réduit, ne limite, ni ne restreint » / "Nothing … reduce, limit, or restrict": one
        # language repeats at each verb a negation the other says once, and a repeated one is answered by a negative
        # word close by; in a sentence whose side has a negation answered already, a word that may answer a free
        # negation of it within the window is left to it.
        repeated = {
            id(side): [n.pos for n in _free(negs)]
            for side, negs in ((en, neg_e), (fr, neg_f))
            if any(n.partner is not None and n.partner is not n for n in negs)
        }
        for adj, other, side_a, side_o in ((weak_e, weak_f, en, fr), (weak_f, weak_e, fr, en)):
            _pair(
                _term_marks(adj, ("negadj",), side_a, open_negs, repeated.get(id(side_o), ())),
                _term_marks(other, _TERM_WORDS, side_o, open_negs, repeated.get(id(side_a), ())),
                _SAME_PLACE,
            )
        # "should not be subject to an excessive burden" / « ne devraient pas être soumis à une charge excessive »,
        # "products that do not offer … should be excluded" / « il convient d'exclure … les produits qui ne comportent
        # pas »: a negative word that renders the same word of the other side (_says_same_word) renders that word, not a
        # negation; it answers no negation of the other side (with the French « ne … pas » dropped, « excessive » and
        # « exclure » answered the English "not", and the French, which then affirms, went unreported).
        rendered = {
            m.span
            for side, marks, other, uo, negs_o, u, starts in (
                (en, weak_e, fr, uf, neg_f, ue, {x.span[0] for x in weak_f + ongoing_f}),
                (fr, weak_f, en, ue, neg_e, uf, {x.span[0] for x in weak_e + ongoing_e}),
            )
            for m in marks
            if _says_same_word(side, m, other, uo, negs_o, u, starts)
        }

        if "negadj" in groups:
            adj_e = [m for m in _free(weak_e) if m.tag == "negadj" and m.span not in rendered]
            adj_f = [m for m in _free(weak_f) if m.tag == "negadj" and m.span not in rendered]
            _pair(neg_e + adj_e, neg_f + adj_f, _NEG_WINDOW)
        # "to preserve", « protéger »: a word of keeping a thing safe, which says "not harmed" only where it stands; it
        # answers a negation of the other side close by, never one said of another verb of the sentence.
        kept = {
            m.span
            for side, marks in ((en, weak_e), (fr, weak_f))
            for m in marks
            if m.tag == "prevent" and _KEEPING.match(side.folded, m.span[0]) and m.span not in rendered
        }
        _pair(neg_e, [m for m in _free(weak_f) if m.span in kept], _SOFT_WINDOW)
        _pair(neg_f, [m for m in _free(weak_e) if m.span in kept], _SOFT_WINDOW)

        def loose(marks: list[_Mark]) -> list[_Mark]:
            """The free negative words of ``marks`` that may answer from afar (not the words of keeping safe)."""
            return [m for m in _free(marks) if m.span not in kept and m.span not in rendered]

        # "shall not automatically preclude a situation from being characterised" / « n'entraîne pas automatiquement
        # l'exclusion de la situation », "The exemptions listed … shall not apply" / « Les exclusions énumérées … ne
        # s'appliquent pas », "the right to opt out" / « le droit de refus »: a word of turning a thing away (excluding,
        # exempting, refusing, preventing, prohibiting) and one of another of these meanings at its place on the other
        # side render each other, as a word and its like do; neither answers a negation of the other side (with the
        # English "not" dropped, "preclude" answered « n'entraîne pas » close by and hid the drop).
        _pair(
            [m for m in loose(weak_e) if m.tag in _TURNING_AWAY],
            [m for m in loose(weak_f) if m.tag in _TURNING_AWAY],
            _SAME_PLACE,
        )

        # "inform ESMA … without delay" / « informe sans retard l'AEMF », "With the exception of their conversion …, the
        # registry administrator shall not allow" / « L'administrateur … n'autorise aucune transaction …, sauf en cas de
        # conversion »: a negative word whose like (a word of its meaning) the other side says too is its translation,
        # however far word order puts them apart; the two answer each other before a negation may take one from close
        # by (with "shall inform" made "shall not inform", « sans retard » at its place answered the added "not").
        # (Not the words of a restriction, whose « que » belongs to the « ne … que » of its negation, nor the negative
        # adjectives, which pair by their stems; nor a word that is the predicate of its clause, after a copula, which
        # negates that clause as a negation does: "free of charge … are not affected" / « sans frais … est sans effet ».)
        def like(side: _Side, marks: list[_Mark], group: str) -> list[_Mark]:
            return [
                m
                for m in loose(marks)
                if m.tag == group
                and not _COPULA_BEFORE[side.lang].search(side.folded, max(0, m.span[0] - 40), m.span[0])
            ]

        for group in groups - {"negadj", "contrast", "expletive", "restrict"}:
            _pair(like(en, weak_e, group), like(fr, weak_f, group), 1.0)

        # (Nor one that renders a negative word of a term of the negation's side at its place (_not_rendering): "the
        # non-compliance … persists" / « la non-conformité … persiste » answers no "fails to take" whose « ne … pas »
        # the French dropped, "unmanned aircraft" / « aéronef sans équipage » no "which is not a part".)
        # (Nor a French adjective of a thing, for an English negation of an action: _action_not_qualifier.)
        acting_e = _action_not_qualifier(en, fr, renders_e)
        _pair(neg_e, loose(weak_f), _NEG_WINDOW, acting_e)
        _pair(neg_f, loose(weak_e), _NEG_WINDOW, renders_f)
        # (a negation left to a negative word at its place that something else took answers from afar after all)
        _pair(real_e, real_f, 1.0, far_reduced)
        for group in groups:
            _pair([m for m in weak_e if m.tag == group], [m for m in weak_f if m.tag == group], 1.0)
        for window in (_NEG_WINDOW, _WEAK_FALLBACK):
            # A negative word of a term ("non-core", « non financière ») answers only close by.
            _pair(
                neg_e,
                [m for m in loose(weak_f) if window == _NEG_WINDOW or m.tag != "negadj"],
                window,
                acting_e,
            )
            _pair(
                neg_f,
                [m for m in loose(weak_e) if window == _NEG_WINDOW or m.tag != "negadj"],
                window,
                renders_f,
            )
        # "shall not be possible to transfer" / « le transfert … est impossible », « se révèle temporairement
        # impossible » / "temporarily not feasible", "remain unaffected" / « ne devrait pas non plus y avoir de
        # répercussions »: a negative adjective that is the predicate of its clause (after a copula), in a sentence
        # that says no negation of its own, negates the clause as a negation does (it names no term); word order puts
        # the predicate of one language at the end and the negation of the other at its start, so it answers a
        # negation left anywhere in the sentence. Not one with a free negative word of the other side at its place,
        # or a negation answered there by no negation, which it renders ("remains unconverted" / « demeure non
        # convertie », "cannot be remedied" / « à moins qu'il ne soit impossible »).  (Nor a « peu », « seraient peu
        # utilisées » / "would be little used", which says a small degree and negates no clause: _little_not_not.)
        for negs, own, side, weak, weak_o, fits in (
            (neg_e, neg_f, fr, weak_f, weak_e, _little_not_not(en, fr, lambda n, w: True)),
            (neg_f, neg_e, en, weak_e, weak_f, None),
        ):
            if own:
                continue
            near = _free(weak_o) + [x for x in negs if x.partner is None or x.partner.tag != "neg"]
            _pair(
                negs,
                [
                    m
                    for m in loose(weak)
                    if m.tag == "negadj"
                    and _COPULA_BEFORE[side.lang].search(side.folded, max(0, m.span[0] - 40), m.span[0])
                    and not any(abs(x.pos - m.pos) <= _NEG_WINDOW for x in near)
                ],
                1.0,
                fits,
            )
        # « dispositions non liées aux dispositions de la présente directive » / "requirements which are not linked to the
        # provisions", "the non-CO2 impacts" / « les incidences … qui ne sont pas liées au CO2 », "as not exhaustive" /
        # « comme non exhaustifs les critères »: a « non » / "non-" word negates the noun it qualifies and stands where
        # that noun stands, which English puts before the verb or its object and French after them; in a sentence whose
        # side says no negation of its own, it answers a negation of an attribute (a "not" with no verb of its own, or
        # in a relative clause, « qui ne sont pas », « qui ne participent pas », or a participle, « ne portant pas ») left
        # anywhere in the sentence. Not where the side of the negation says a « non » / "non-" word of its own
        # ("non-compliance" / « non-respect ») left unanswered, which it renders; one that a word of the other side
        # renders already ("non-technical factors" / « Les facteurs non techniques ») leaves the attribute free to answer
        # the negation ("Matters not covered by this Regulation" / « les questions qui ne sont pas régies »).
        for negs, own, side, weak, mine, weak_m in (
            (neg_e, neg_f, fr, weak_f, en, weak_e + ongoing_e),
            (neg_f, neg_e, en, weak_e, fr, weak_f + ongoing_f),
        ):
            if not own and not any(_NON.match(mine.folded, m.span[0]) and m.partner is None for m in weak_m):
                _pair(
                    [m for m in negs if _ATTRIBUTE_NOT[mine.lang].fullmatch(mine.folded, *m.span)],
                    [m for m in loose(weak) if m.tag == "negadj" and _NON.match(side.folded, m.span[0])],
                    1.0,
                )
        # "they shall not use decimals" / « ils expriment … sans décimale », "shall not be subject to the condition" /
        # « sont dispensées de cette condition »: a negation of having, using or being subject to a thing says that
        # thing absent, as a word of absence or exemption before the same thing says it on the other side; word order
        # puts the two anywhere in the sentence, and the thing they bear on tells that they render each other.
        _absent_thing_answers(en, real_e, fr, weak_f)
        _absent_thing_answers(fr, real_f, en, weak_e)
        # « ailleurs que dans l'établissement » / "in a place which is not the business premises": a French word of
        # otherness says a denied identity (see _otherness_answers).
        _otherness_answers(en, real_e, fr, uf)
        # A negation that the other language may say by a word anywhere in the sentence ("shall not be required to"
        # / « il y a lieu d'exempter », "There shall be no discrimination" / « … est interdite »).
        for negs, p, weak, own in (
            (real_e, pe, weak_f + ongoing_f, ongoing_e),
            (real_f, pf, weak_e + ongoing_e, ongoing_f),
        ):
            # (a word of putting at risk only where the side of the denied ability says none: "should not be able to
            # deal with proceedings …, if this has the potential to compromise their impartiality" says both)
            harming = any(w.tag == "harm" for w in own)
            for m in _free(negs):
                said = [
                    w
                    for w in _free(weak)
                    if w.tag in p.meaning.get(m.span, ()) and not (w.tag == "harm" and harming)
                ]
                if said:
                    w = min(said, key=lambda w: abs(w.pos - m.pos))
                    m.partner, w.partner = w, m
        for negs, weak, other_weak, ne_que in (
            (real_e, weak_e, weak_f, True),
            (real_f, weak_f, weak_e, False),
        ):
            # A restriction: "no X other than Y", "shall not … unless" / « ne … que », « seul ».
            for m in _free(negs):
                double = any(w.tag in ("except", "without") and w.span[0] > m.span[1] for w in weak)
                restrict = [
                    w
                    for w in _free(other_weak)
                    if w.tag == "restrict"
                    and (double or (ne_que and fr.folded.startswith("qu", w.span[0])))
                    and (
                        _restriction_near(m, w, fr if ne_que else None, uf)
                        or (ne_que and _until_near(en, m, w, ue))
                    )
                ]
                if restrict:
                    m.partner, restrict[0].partner = restrict[0], m
                    continue
                # "No fund shall operate unless it is authorised", "shall not be replaced without the approval":
                # two negations make a condition, which the other language may say positively (« doit, pour
                # exercer, être agréé », « sont subordonnés à l'approbation »); not when the other side answers
                # the second one (« sans » / "without"): then the first must be answered too.
                side, other_side = (en, fr) if ne_que else (fr, en)
                p_o, u_o = (pf, uf) if ne_que else (pe, ue)
                # … and only where the other side says the condition as one: a duty, a restriction, "subject to".
                necessity = (
                    # ("shall" is the English of every provision, not a condition)
                    any(other_side.folded[x:y] != "shall" for x, y in p_o.soft_oblige if u_o[0] <= x < u_o[1])
                    or any(w.tag == "restrict" for w in other_weak)
                    or _NECESSITY.search(other_side.folded, *u_o) is not None
                )
                # The condition is that of the last negation before its word: "which have not yet been published shall
                # not be made available … without the consent", "if … is not fixed, … unless the loans are no longer
                # considered" (with the French negation of the first dropped, the "without" or "unless" of the second
                # answered it and hid the drop).  Nor is a word of absence that the negation's verb says a second negation
                # ("should not be deprived of the protection": a litotes, « ne devraient pas être privés »).
                second = necessity and next(
                    (
                        w
                        for w in weak
                        if w.tag in ("except", "without")
                        and w.span[0] > m.span[1]
                        and w.partner is None
                        and not _PROMPTLY.match(side.folded, w.span[1])
                        and not _OTHER_THING.match(side.folded, w.span[0])
                        and not any(m.span[1] <= n.span[0] and n.span[1] <= w.span[0] for n in negs)
                        and not _BE_BEFORE.fullmatch(side.folded, m.span[1], w.span[0])
                    ),
                    None,
                )
                if second:
                    m.partner, second.partner = second, m
        # "any figure which has not been calculated … shall not be entered" / « une valeur ne pourra être saisie … que
        # si elle a été calculée »: a negated relative clause of the subject and the negated predicate say together the
        # one restriction « ne … que ».
        for w in weak_f:
            held = w.partner
            if (
                w.tag != "restrict"
                or held is None
                or held not in real_e
                or not fr.folded.startswith("qu", w.span[0])
            ):
                continue
            # (Not where the negated predicate says its condition by a word of its own, "shall not be made available
            # … without the consent" / « ne peuvent être ouverts … qu'avec l'accord »: the two say the restriction, and
            # the negated relative clause, "which have not yet been published", needs its own answer.)
            for q in _free(real_e):
                a, b = sorted((held, q), key=lambda k: k.span[0])
                if (
                    _NEG_RELATIVE.search(en.folded, max(0, a.span[0] - 20), a.span[0])
                    and _MODAL_NOT.fullmatch(en.folded, *b.span)
                    and _restriction_near(q, w, fr, uf)
                    and not any(x.tag in ("except", "without") and x.span[0] > b.span[1] for x in weak_e)
                ):
                    q.partner = w
                    break
        _item_negations(en, fr, pe, pf, ue, uf, real_e, real_f)
        _repeated_phrase_once(en, fr, real_e, uf)
        # « sans que l'intermédiaire perçoive, à aucun moment, » / "without the intermediary receiving at any time", « Le
        # prix ne peut: … b) en aucun cas être fixé » / "The price shall not: … (b) in any case be set": a « aucun » with
        # no « ne » in its clause is the "any" of a negation said elsewhere (« sans », a negated lead-in), and an English
        # "any" at its place renders it, and it needs no answer.  (Only one left unanswered: « une intervention humaine
        # limitée ou aucune intervention » / "no or limited human intervention" is a negation said without a verb.)
        for m in _free(real_f):
            if (
                _BARE_AUCUN.fullmatch(fr.folded, *m.span)
                and not _NE_IN_CLAUSE.match(fr.folded, m.span[1], uf[1])
                and not _NE_WORD.search(
                    fr.folded, max([uf[0]] + [fr.folded.rfind(c, uf[0], m.span[0]) for c in ".;:"]), m.span[0]
                )
                and any(
                    abs((x.start() - ue[0]) / max(ue[1] - ue[0], 1) - m.pos) <= _SAME_PLACE
                    for x in _ANY.finditer(en.folded, *ue)
                )
            ):
                m.partner = m
        for marks, p, weak in ((real_e, pe, weak_f), (real_f, pf, weak_e)):
            # A litotes ("would not breach" / « respecte ») needs an answer only where the other side has a
            # word of its meaning (« enfreint »), or of a kindred one (_KINDRED: "should not exclude" against
            # « devrait empêcher »).
            for m in _free(marks):
                if p.litotes.get(m.span) in LITOTES_GROUPS and not set(_meaning_of(p.litotes[m.span])) & {
                    w.tag for w in weak
                }:
                    m.partner = m
        _double_negatives(en, real_e, weak_e, neg_f, weak_f + ongoing_f, fr, uf)
        _double_negatives(fr, real_f, weak_f, neg_e, weak_e + ongoing_e, en, ue)
        # "shall not be interpreted" against « doivent être interprétées »: a prohibition answered only by a
        # negative word elsewhere (« exclusions ») while the other side says a positive modal at its place,
        # whose own verb is not the negative word ("shall not be required" / « peut être dispensée », "must not"
        # / « doivent éviter », "may not be possible" / « peut être impossible » say the same).
        weak_spans = {m.span for m in weak_e + weak_f}
        for marks, p, po, uo in ((real_e, pe, pf, uf), (real_f, pf, pe, ue)):
            for m in marks:
                if m.partner is None or m.partner.span not in weak_spans or m.span not in p.prohibit:
                    continue
                modals = _marks(po.oblige, uo) + _marks(po.permit, uo)
                x = min(modals, key=lambda x: abs(x.pos - m.pos), default=None)
                if x is None or abs(x.pos - m.pos) > _SOFT_WINDOW or 0 <= m.partner.span[0] - x.span[1] <= 40:
                    continue
                negs = _marks(po.negation + po.cont + po.prohibit, uo)
                if abs(x.pos - m.pos) < min((abs(n.pos - m.pos) for n in negs), default=2.0):
                    m.partner.partner = None
                    m.partner = None
        # "Contracting authorities shall not use the means … for the purpose of avoiding the application" / « Les
        # pouvoirs adjudicateurs ne recourent pas aux moyens … dans le but de se soustraire à l'application »: the
        # French present says the "shall" of a provision, and its negation stands where English says "shall not"; a
        # negative word of another English clause far off translates a word of its own clause, not that negation
        # (with "shall not use" made "shall use", "avoiding" answered « ne recourent pas » and hid the drop).
        _unpair_far_at_shall(en, fr, pe, ue, uf, real_e, real_f, weak_spans)
        # "fails to comply … upon any breach" / « toute violation »: a failure to comply is a breach, which one word
        # of breach or of failure on the other side says as well; not a word of breach that renders one of the
        # failure's own side at its place, nearer to it than to the failure ("fails to take corrective action … or the
        # non-compliance persists" / « ne prend pas la mesure … ou que la non-conformité persiste »: « non-conformité »
        # is "non-compliance", not "fails"; « Toute violation des termes » at the place of "If You fail to comply …
        # upon any breach" says both).
        for marks, weak in ((real_e, weak_f), (real_f, weak_e)):
            for m in _free(marks):
                if said_by.get(m.span) == "fail" and any(
                    w.tag in ("breach", "fail")
                    and not (
                        w.tag == "breach"
                        and w.partner is not None
                        and w.partner.tag == "breach"
                        and abs(w.partner.pos - w.pos) < abs(m.pos - w.pos)
                    )
                    for w in weak
                ):
                    m.partner = m
        # "should retain … for no longer than necessary" / « ne devraient pas conserver … plus longtemps que », "not
        # outweighing" / « ne dépassent pas », "shall not be below" / « n'est pas inférieur »: a comparison said by
        # a negation on one side, which the other side gives to a verb or to the modal; the comparisons of the two
        # sides answer each other first, so that one left over answers only the negation of a comparison.
        if (pe.compared or pf.compared) and (_free(real_e) or _free(real_f)):
            comp_e, comp_f = _marks(pe.compared, ue, "cont"), _marks(pf.compared, uf, "cont")
            _pair(comp_e, comp_f, 1.0)
            _pair(real_e, comp_f, _NEG_WINDOW)
            _pair(real_f, comp_e, _NEG_WINDOW)
        # « en cas de non-paiement de la taxe », « l'inobservation des formalités » / "where the fee has not been paid",
        # "the formalities were not complied with": a negated clause made a noun at the head of its phrase, far from
        # the negated verb at the end of the other side's clause; it answers one negation left anywhere in its
        # sentence; not where the negation's side has a negative word of its own left, which it may render ("in the
        # case of non-compliance" / « en cas de non-respect »).
        for negs, other, weak_o, weak_s in ((real_e, fr, weak_f, weak_e), (real_f, en, weak_e, weak_f)):
            if not _free(negs) or _free(weak_s):
                continue
            nouns = [
                w
                for w in _free(weak_o)
                if w.tag in ("negadj", "fail")
                and _NEG_NOUN[other.lang].match(other.folded, w.span[0])
                and _NOUN_BEFORE[other.lang].search(other.folded, max(0, w.span[0] - 12), w.span[0])
            ]
            _pair(negs, nouns, 1.0)
        # "neither X nor Y" / « ni X ni Y », « ne … ni X ni Y »: a two-sided series, which both languages say in the
        # same order, but not always after the same negation ("should not be, neither de jure, nor de facto, subject"
        # / « ne devraient pas être soumis, ni de jure ni de facto »; « s'il est rédigé ni dans … ni dans » with no
        # « ne »): a « ni » read as carrying on the negation before it answered nothing, and left a "neither" or a
        # "nor" of the English without an answer. Where the French series answers no other negation than the words
        # of the English series (each of its « ni » free or answered by "neither" / "nor"), its free « ni » answer
        # the English series words left.
        if _NEITHER.search(en.folded, *ue) and _NI_NI.search(fr.folded, *uf):
            series_e = [m for m in neg_e if _NOR.match(en.folded, m.span[0])]
            series_f = [
                m for m in neg_f if _NI.match(fr.folded, m.span[0]) or fr.folded.endswith(" ni", 0, m.span[1])
            ]
            if all(m.partner is None or m.partner in series_e for m in series_f):
                _pair(_free(series_e), _free(series_f), _NEG_WINDOW)
        _said_once_fr(en, fr, real_e, real_f + cont_f)
        _whether_answers(en, fr, real_f, ue, uf, neg_e)
        # (« avant » answers only a "not yet", never a participle: "not covered")
        unsaid = _unsaid_participles(
            en, weak_e, neg_e, neg_f + weak_f + [m for m in ongoing_f if m.tag != "before"]
        )
        # (a negative adjective as the predicate of its clause: "are insufficient" / « suffisent »)
        unsaid += _unsaid_predicates(en, weak_e, neg_e, neg_f + weak_f + ongoing_f)
        # (a negative word of lacking against its French base said bare: "insufficient data" / « suffisamment de données »)
        unsaid += _unsaid_lacking(en, fr, uf, weak_e)
        # (a negative word against the French word of its base said bare: "unrelated" / « liés »)
        unsaid += _unsaid_bases(en, fr, uf, weak_e)
        # (a "non-" word of a participle: "non-voting" / « qui ne prend pas part au vote »; "fall outside" / « ne
        # relèvent pas »)
        unsaid += _unsaid_non_participles_en(en, weak_e, neg_f + weak_f + ongoing_f)
        # (a "non-" before a name: "non-Union undertakings" / « entreprises n'appartenant pas à l'Union »)
        unsaid += _unsaid_non_names_en(en, fr, uf, weak_e, neg_f + weak_f + ongoing_f)
        # (a negative word made by a prefix against its base said bare: "is complete" / « incomplète »)
        unsaid += _opposite_terms(en, fr, uf, weak_e, neg_f + weak_f)
        # (a "not" said again with the auxiliary of a second verb: "does not … and is not likely" / « ou est susceptible »)
        unsaid += _unrepeated_finite(en, fr, cont_e, uf)
        # (a "not" carried by "or" to a next verb that French joins bare: "shall not X … or represent" / « … et
        # représentent »)
        unsaid += _unrepeated_series_verbs(en, fr, opening, neg_f, uf)
        opposite_f = _opposite_terms(fr, en, ue, weak_f, neg_e + weak_e)
        opposite_f += _unsaid_non_participles(fr, en, weak_f, neg_f, neg_e + weak_e + ongoing_e)
        for side, marks, is_en in (
            (en, _free(real_e) + unsaid + held_nor, True),
            (fr, _free(real_f) + opposite_f + _carried_past_safe(real_f, cont_f), False),
        ):
            if not marks:
                continue
            out.append(_negated(side, [m.span for m in marks], is_en))
    elif any(
        flags := (
            _NEGATED_PARTICIPLE.search(en.folded, *ue) is not None,
            _may_oppose(en, fr, ue, uf),
            _may_oppose(fr, en, uf, ue),
            _NON_PARTICIPLE.search(fr.folded, *uf) is not None,
            # (_unsaid_predicates finds nothing without a prefixed word after a copula)
            _PREFIXED_STEM[Lang.EN].search(en.folded, *ue) is not None,
            # (_unsaid_lacking finds nothing without an English negative word of lacking)
            _LACKING_EN.search(en.folded, *ue) is not None
            # (_unsaid_bases finds nothing without one of its English words)
            or _BASE_SAID_EN.search(en.folded, *ue) is not None,
            _REFUSED_PREDICATE_FR.search(fr.folded, *uf) is not None,
            _NON_PARTICIPLE_EN.search(en.folded, *ue) is not None
            or _OUTSIDE_EN.search(en.folded, *ue) is not None
            or _NON_NAME_EN.search(en.text, *ue) is not None,
            _EXEMPTED_PREDICATE[Lang.EN].search(en.folded, *ue) is not None,
            _EXEMPTED_PREDICATE[Lang.FR].search(fr.folded, *uf) is not None,
            _EXCLUDED_PREDICATE[Lang.FR].search(fr.folded, *uf) is not None
            and _INCLUDING[Lang.EN].search(en.folded, *ue) is not None,
            _UNLIMITED.search(fr.folded, *uf) is not None
            and _LIMITED[Lang.EN].search(en.folded, *ue) is not None,
            _OTHER_THAN_THING.search(fr.folded, *uf) is not None
            and _IS_WHAT_EN.search(en.folded, *ue) is not None,
        )
    ):
        (
            participle,
            oppose_e,
            oppose_f,
            participle_f,
            predicate,
            lacking,
            refused,
            non_e,
            exempt_e,
            exempt_f,
            exclude_f,
            unlimited_f,
            otherness_f,
        ) = flags
        # The negative words of a meaning said on both sides answer each other first (with no negation in the
        # sentence nothing is paired yet), once for every reading below, which only reads the pairs: "By way of
        # derogation" / « Par dérogation » says no exemption of the predicate, "without prejudice" / « sans
        # préjudice » taken renders no participle away from its place, "protection" / « protection » renders that
        # word and is not left free, "without" / « sans » says no refusal.
        pw_e, pw_f = (
            _weak_paired_by_meaning(pe, pf, ue, uf)
            if participle
            or lacking
            or non_e
            or exempt_e
            or exempt_f
            or exclude_f
            or unlimited_f
            or participle_f
            or refused
            or oppose_e
            or oppose_f
            else ([], [])
        )
        w_e, w_f = _marks(pe.weak, ue), _marks(pf.weak, uf)
        unsaid = _unsaid_participles(en, pw_e, _marks(pe.cont, ue), pw_f) if participle else []
        if non_e:
            unsaid += _unsaid_non_participles_en(en, pw_e, pw_f + _marks(pf.cont, uf))
            unsaid += _unsaid_non_names_en(en, fr, uf, pw_e, pw_f + _marks(pf.cont, uf))
        if predicate:
            unsaid += _unsaid_predicates(en, w_e, _marks(pe.cont, ue), w_f)
        if lacking:
            unsaid += _unsaid_lacking(en, fr, uf, pw_e)
            unsaid += _unsaid_bases(en, fr, uf, pw_e)
        # (the words that may render a negative prefix, as _negation_problems reads them with a negation in the
        # sentence: each paired with its like of the other side, none of those that answer only by meaning)
        ow_e, ow_f = ([m for m in marks if m.tag not in _BY_MEANING_ONLY] for marks in (pw_e, pw_f))
        if oppose_e:
            unsaid += _opposite_terms(en, fr, uf, w_e, ow_f + _marks(pf.cont, uf))
        if exempt_e:
            unsaid += _unsaid_opposites(
                "exempt", en, pw_e, _marks(pe.cont, ue), pw_f + _marks(pf.cont, uf), fr, uf
            )
        if unsaid:
            out.append(_negated(en, [m.span for m in unsaid], True))
        opposite_f = _opposite_terms(fr, en, ue, w_f, ow_e + _marks(pe.cont, ue)) if oppose_f else []
        if participle_f:
            opposite_f += _unsaid_non_participles(fr, en, pw_f, _marks(pf.cont, uf), pw_e)
        if refused:
            opposite_f += _unsaid_refusals(fr, pw_f, _marks(pf.cont, uf), pw_e + _marks(pe.cont, ue))
        for tag, read in (("exempt", exempt_f), ("exclude", exclude_f), ("without", unlimited_f)):
            if read:
                opposite_f += _unsaid_opposites(
                    tag, fr, pw_f, _marks(pf.cont, uf), pw_e + _marks(pe.cont, ue), en, ue
                )
        if otherness_f:
            opposite_f += _unsaid_otherness(fr, en, uf, ue)
        if opposite_f and all(m.tag == "other" for m in opposite_f):
            out.append(_excluded(fr, [m.span for m in opposite_f]))
        elif opposite_f:
            out.append(_negated(fr, [m.span for m in opposite_f], False))
    # (An English negation that a French negation of its own answers is not the negation of a restriction.)
    said = {m.span for m in real_e if m.partner is not None and m.partner.tag in ("neg", "cont")}
    out += _restriction_problems(en, fr, pe, pf, ue, uf, said)
    out += _more_than_only_turned(en, fr, pe, pf, ue, uf)
    # A bound turned the other way: "not less than" (a minimum) against « inférieur à » (a maximum).
    lo_e, hi_e, lo_f, hi_f = (
        _marks(pe.lower, ue),
        _marks(pe.upper, ue),
        _marks(pf.lower, uf),
        _marks(pf.upper, uf),
    )
    if (lo_e or hi_e) and (lo_f or hi_f):
        for window in (_NEG_WINDOW, 1.0):
            _pair(lo_e, lo_f, window)
            _pair(hi_e, hi_f, window)
        turned_e = [m for m in _free(lo_e) + _free(hi_e)]
        turned_f = [m for m in _free(lo_f) + _free(hi_f)]
        far = set(pe.far_negated) | set(pf.far_negated)
        # "those of at most X are not subject" / « seuls ceux de plus de X sont soumis »: a bound in the subject
        # of a negated predicate turns round when the other side restricts ("only") instead of negating.
        contra_e = any(w.tag == "restrict" for w in _marks(pf.weak, uf))
        contra_f = any(w.tag == "restrict" for w in _marks(pe.weak, ue))
        for a in turned_e:
            b = next((b for b in turned_f if b.tag != a.tag and abs(a.pos - b.pos) <= _NEG_WINDOW), None)
            if b is None or a.span in far or b.span in far:
                continue  # a bound with a negation further back in its clause may be turned by it
            # "shall not invest in excess of the limit until …" / « n'investit au-delà de la limite qu'une fois
            # que … »: a bound turned by a negation before it against a restriction (« ne … que », "only").
            if (
                contra_e
                and any(a.span[1] <= n < ue[1] or 0 <= a.span[0] - e <= 45 for n, e in pe.negation + pe.cont)
            ) or (
                contra_f
                and any(b.span[1] <= n < uf[1] or 0 <= b.span[0] - e <= 45 for n, e in pf.negation + pf.cont)
            ):
                continue
            label_en = {"lower": "a minimum", "upper": "a maximum"}
            label_fr = {"lower": "un minimum", "upper": "un maximum"}
            w_en, w_fr = en.text[a.span[0] : a.span[1]], fr.text[b.span[0] : b.span[1]]
            out.append(
                (
                    "bound",
                    [a.span],
                    [b.span],
                    f"The English sets {label_en[a.tag]} ({_q_en(w_en)}), the French {label_en[b.tag]} "
                    f"({_q_en(w_fr)}): a negation may have been dropped or added.",
                    f"La version anglaise fixe {label_fr[a.tag]} ({_q_fr(w_en)}), la version française "
                    f"{label_fr[b.tag]} ({_q_fr(w_fr)})\u00a0: une négation a peut-être été omise ou ajoutée.",
                )
            )
            break
    return out


def _check_obligations(en: _Side, fr: _Side, kind: ClauseKind | None = None) -> list[Finding]:
    """Compare what each aligned sentence does (oblige, permit, prohibit), its polarity and its connectives."""
    pe, pf = profile(en.folded, Lang.EN, en.text), profile(fr.folded, Lang.FR, fr.text)
    out: list[Finding] = []
    seen: set[str] = set()
    recital = kind is ClauseKind.RECITAL
    for ue, uf in _align_sentences(en, fr):
        problems = _force_problems(en, fr, pe, pf, ue, uf, recital)
        problems += _negation_problems(en, fr, pe, pf, ue, uf)
        problems += connectives.compare(en, fr, pe, pf, ue, uf, recital)
        for kind_, sp_en, sp_fr, msg_en, msg_fr in problems:
            key = f"obligation_mismatch:{kind_}:" + "|".join(
                fold(t.text[x:y]) for t, sps in ((en, sp_en), (fr, sp_fr)) for x, y in sorted(sps)[:2]
            )
            if key in seen:
                continue
            seen.add(key)
            out.append(
                Finding(
                    "obligation_mismatch",
                    Severity.WARNING,
                    msg_en,
                    msg_fr,
                    tuple(_span(en, x, y) for x, y in sorted(set(sp_en))),
                    tuple(_span(fr, x, y) for x, y in sorted(set(sp_fr))),
                    key,
                )
            )
    return out


# --- entry points ------------------------------------------------------------


def _composed(text: str) -> tuple[str, list[int] | None]:
    """Return ``text`` in composed form (NFC) and, if that changed it, each character's original offset.

    Texts copied from some publishers spell « é » as "e" and a combining accent (NFD); every rule
    reads composed text, and the evidence is mapped back to the offsets of the text as given.
    """
    if unicodedata.is_normalized("NFC", text):
        return text, None
    out: list[str] = []
    offsets: list[int] = []
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        piece = unicodedata.normalize("NFC", text[i:j])
        out.append(piece)
        offsets += [i] * len(piece)
        i = j
    offsets.append(n)
    return "".join(out), offsets


def _map_back(findings: list[Finding], pair: ClausePair, maps: dict[Lang, list[int] | None]) -> list[Finding]:
    """Put the evidence of findings made on composed text back onto the offsets of the original."""
    if maps[Lang.EN] is None and maps[Lang.FR] is None:
        return findings
    out = []
    for f in findings:
        spans = {}
        for lang, original in ((Lang.EN, pair.en), (Lang.FR, pair.fr)):
            offsets = maps[lang]
            given = f.en if lang is Lang.EN else f.fr
            if offsets is None:
                spans[lang] = given
                continue
            spans[lang] = tuple(
                Span(offsets[s.start], offsets[s.end], original[offsets[s.start] : offsets[s.end]])
                for s in given
            )
        out.append(replace(f, en=spans[Lang.EN], fr=spans[Lang.FR]))
    return out


def check_pair(pair: ClausePair, glossary: Glossary | None = None) -> list[Finding]:
    """Run every divergence check on one clause pair; most serious findings first."""
    (en_text, en_map), (fr_text, fr_map) = _composed(pair.en or ""), _composed(pair.fr or "")
    if en_map is None and fr_map is None:
        return _check_composed(pair, glossary)
    findings = _check_composed(replace(pair, en=en_text, fr=fr_text), glossary)
    return _map_back(findings, pair, {Lang.EN: en_map, Lang.FR: fr_map})


def _check_composed(pair: ClausePair, glossary: Glossary | None = None) -> list[Finding]:
    glossary = default_glossary() if glossary is None else glossary
    findings = _check_stale(pair)
    blank_en, blank_fr = is_blank(pair.en), is_blank(pair.fr)
    if blank_en or blank_fr:
        if blank_en and blank_fr:
            return findings
        missing = Lang.EN if blank_en else Lang.FR
        present = missing.other
        text = pair.fr if blank_en else pair.en
        sp = (Span(0, len(text), text),)
        findings.append(
            Finding(
                "missing_translation",
                Severity.ERROR,
                f"The {_SIDE_EN[missing]} is empty while the {_SIDE_EN[present]} has text.",
                f"{_SIDE_FR[missing].capitalize()} est vide alors que {_SIDE_FR[present]} comporte un texte.",
                sp if present is Lang.EN else (),
                sp if present is Lang.FR else (),
                f"missing_translation:{missing}",
            )
        )
        return _sorted(findings)
    heads = frozenset(m.group(1) for m in _CODE_HEAD_RE.finditer(pair.en + "\n" + pair.fr))
    en, fr = _analyse(pair.en, Lang.EN, heads), _analyse(pair.fr, Lang.FR, heads)
    _cross_citations(en, fr)
    _head_labels(en, fr)
    same = " ".join(en.folded.split()) == " ".join(fr.folded.split())
    if same and pair.kind is not ClauseKind.HEADING and _only_names(pair.en):
        return _sorted(findings)  # a name such as "NAPTIP (8)" reads the same in both languages
    untranslated = _check_untranslated(en, fr, pair.kind)
    if untranslated:
        # Comparing a text with itself (or with another language) tells nothing more.
        return _sorted(findings + untranslated)
    if _not_concerned(en) or _not_concerned(fr):
        return _sorted(findings)  # the provision amends only the other language version: nothing to compare
    refs = _check_refs(en, fr)
    _soften_ordinal_paragraphs(en, fr)
    _soften_ordinal_paragraphs(fr, en)
    if not refs:
        # The citations agree: a figure one text cites and the other leaves bare is that citation.
        _soften_cited_figures(en, fr)
        _soften_cited_figures(fr, en)
    findings += _check_numbers(en, fr)
    findings += _check_dates(en, fr)
    findings += _check_date_events(en, fr)
    findings += refs
    findings += _check_terms(en, fr, glossary)
    findings += _check_entities(en, fr, glossary)
    findings += _check_structure(en, fr, glossary)
    findings += _check_length(en, fr, pair.kind)
    if pair.kind is not ClauseKind.HEADING:
        findings += _check_obligations(en, fr, pair.kind)
    return _sorted(findings)


#: What an amending act says in the language version a provision leaves alone: "(Does not concern the English
#: language.)", « (Ne concerne pas la version française.) ».
_NOT_CONCERNED_RE = {
    Lang.EN: re.compile(
        r"\s*\(?\s*does\s+not\s+concern\s+the\s+english\s+(?:language|version)\s*\.?\s*\)?\s*\.?\s*"
    ),
    Lang.FR: re.compile(r"\s*\(?\s*ne\s+concerne\s+pas\s+la\s+version\s+francaise\s*\.?\s*\)?\s*\.?\s*"),
}


def _not_concerned(side: _Side) -> bool:
    """Say whether a side only says that the provision does not concern its language.

    An act that corrects or amends some language versions only leaves in the others a note in their own language
    ("(does not concern the English language)"), beside the full provision in the version it amends (Implementing
    Regulation (EU) 2022/1371, Article 1, in French only; 2022/960, 2022/827, 2022/2402 in other versions): the
    other text is no translation of the note, and nothing in it has a counterpart to compare.
    """
    return _NOT_CONCERNED_RE[side.lang].fullmatch(side.folded) is not None


def _sorted(findings: list[Finding]) -> list[Finding]:
    return sorted(findings, key=lambda f: (_SEVERITY_ORDER[f.severity], CHECKS.index(f.check)))


def check_document(pairs: Sequence[ClausePair], glossary: Glossary | None = None) -> list[list[Finding]]:
    """Run :func:`check_pair` on every clause of a document; one list of findings per clause."""
    glossary = default_glossary() if glossary is None else glossary
    return [check_pair(pair, glossary) for pair in pairs]


def finding_to_dict(f: Finding) -> dict[str, Any]:
    """Return a JSON-ready dict of a finding (for the API and the templates)."""
    return {
        "check": f.check,
        "severity": str(f.severity),
        "message": {"en": f.message_en, "fr": f.message_fr},
        "en": [{"start": s.start, "end": s.end, "text": s.text} for s in f.en],
        "fr": [{"start": s.start, "end": s.end, "text": s.text} for s in f.fr],
        "key": f.key,
    }
