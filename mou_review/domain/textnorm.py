"""Text normalisation and number/date parsing shared by the divergence checks.

Everything here keeps character offsets: :func:`fold` maps each character to
exactly one character, so a match found in the folded text has the same
offsets in the original.  Numbers and dates are parsed with the conventions of
each language of the instrument (``1,000.50`` in English, ``1 000,50`` in
French; "14 June 2021" and "14 juin 2021").
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation

from mou_review.domain import numbering
from mou_review.domain.rx import DIGITS, Guarded, covering, guard
from mou_review.domain.types import Lang

# --- folding -----------------------------------------------------------------

_SPACES = "\u00a0\u202f\u2007\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u2008\t\r"
_APOSTROPHES = "\u2019\u2018\u02bc\u00b4`\u2032"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2212"


def _build_fold_table() -> dict[int, str]:
    """Map every BMP Latin character to one lowercase, accent-free character."""
    table: dict[int, str] = {}
    for cp in range(0x3000):
        ch = chr(cp)
        decomposed = unicodedata.normalize("NFD", ch)
        base = decomposed[0] if decomposed else ch
        low = base.lower()
        # Keep a 1:1 mapping: a character whose lowercase is longer stays as its base.
        folded = low if len(low) == 1 else base
        if folded != ch:
            table[cp] = folded
    for ch in _SPACES:
        table[ord(ch)] = " "
    for ch in _APOSTROPHES:
        table[ord(ch)] = "'"
    for ch in _DASHES:
        table[ord(ch)] = "-"
    return table


_FOLD_TABLE = _build_fold_table()


def fold(text: str) -> str:
    """Return ``text`` lowercased, without accents, with plain spaces/apostrophes/hyphens (same length)."""
    return text.translate(_FOLD_TABLE)


def mask(text: str, spans: list[tuple[int, int]]) -> str:
    """Return ``text`` with the given spans blanked out by spaces (offsets kept)."""
    if not spans:
        return text
    n = len(text)
    if all(0 <= start <= end <= n for start, end in spans):
        # Slices joined: several times faster than a list of every character, and the same text.
        out: list[str] = []
        pos = 0
        for start, end in sorted(spans):
            if end <= pos:
                continue
            start = max(start, pos)
            out += (text[pos:start], " " * (end - start))
            pos = end
        out.append(text[pos:])
        return "".join(out)
    chars = list(text)  # a span past the end (never made by the checks) lengthens the text, as it always did
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def is_blank(text: str | None) -> bool:
    """Say whether a text is empty or only (possibly non-breaking) whitespace."""
    return not text or not fold(text).strip()


# --- numbers -----------------------------------------------------------------

#: The words a language uses to join content words (folded; elided forms are read without their elision): what a
#: count of content words leaves out.
EN_FUNCTION_WORDS = frozenset(
    "the a an of to in for on by with and or nor that which who whom whose is are be been being was were has have "
    "had it its their his her this these those such as at from into under any all each other shall may must should "
    "will would can could not no than where when if".split()
)
FR_FUNCTION_WORDS = frozenset(
    "le la les l de du des d un une et ou ni a au aux en dans par pour sur avec que qu qui dont ce cet cette ces son "
    "sa ses leur leurs se s ne n pas est sont etre ete ont il elle ils elles y lui doit doivent peut peuvent tout "
    "toute tous toutes afin lorsque lorsqu si".split()
)


_SP = "[ \u00a0\u202f]"
_SCALE = r"(?:\s+(?P<scale>millions?|billions?|milliards?|trillions?))?"
# A number glued to the word after it by a lost space ("Table 5.1of Annex III", a slip of the official
# texts as published) is still that number; a suffix ("1st", « 2e », "5a") is not such a word.  Nor is a unit
# symbol written without its space ("500kW", "2kWh", "10mm"; the text is folded), or the "x" of a size ("100x100").
_GLUED_UNIT = r"(?:k?wh?|[mgt]wh?|[kmc]m|[km]g|ml|[kmg]?hz|kv)\b|x(?=\d)"
_GLUED_EN = r"(?!(?:of|and|or|to)\b|" + _GLUED_UNIT + ")"
_GLUED_FR = r"(?!(?:et|ou|du|des)\b|" + _GLUED_UNIT + ")"
# The second number of a size written glued ("100x100"): its "x" is not a word the number is part of.
_AFTER = r"(?:(?<![\w.,/])|(?<=\dx))"
# English: 1,000.50 / 1 000.50 / 3.5 / 30.  A comma decimal is not English.
# EU English often writes decimals with a comma ("EUR 7,5 million", "2,5 %"): a comma followed by
# one or two digits (never three, which group thousands) is a decimal comma in English too, and so is
# a comma after a lone zero ("EUR 0,0001"), which groups nothing.
_EN_NUMBER = guard(
    re.compile(
        _AFTER + r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:" + _SP + r"\d{3})+(?:[.,]\d{1,2}(?!\d))?"
        r"|\d{1,3}(?:"
        + _SP
        + r"\d{3})+(?:\.\d+)?|\d+,\d{1,2}(?!\d)|0,\d+|\d+(?:\.\d+)?)(?!"
        + _GLUED_EN
        + r"\w|[.,/]\d)"
        + _SCALE
    ),
    *DIGITS,
)
# French: 1 000,50 / 1.000 / 3,5 / 30.  A dot followed by three digits groups thousands.
_FR_NUMBER = guard(
    re.compile(
        _AFTER + r"(?P<num>\d{1,3}(?:" + _SP + r"\d{3})+(?:,\d+)?|\d{1,3}(?:\.\d{3})+(?:,\d+)?"
        r"|\d+,\d+|\d+(?:\.\d+)?)(?!" + _GLUED_FR + r"\w|[.,/]\d)" + _SCALE
    ),
    *DIGITS,
)
_SCALES = {
    "million": 10**6,
    "millions": 10**6,
    "billion": 10**9,
    "billions": 10**9,
    "milliard": 10**9,
    "milliards": 10**9,
    "trillion": 10**12,  # English; the French « billion » is this too (see scale_value)
    "trillions": 10**12,
}

_EN_ORDINAL_DIGITS = guard(re.compile(r"(\d(?<![\w.,]\d)\d{0,2})(?:st|nd|rd|th)\b"), *DIGITS)
_FR_ORDINAL_DIGITS = guard(re.compile(r"(\d(?<![\w.,]\d)\d{0,2})(?:er|re|ere|e|eme|nd|nde)\b"), *DIGITS)


def parse_number(raw: str, lang: Lang) -> Decimal | None:
    """Parse one number written with the conventions of ``lang`` ("1,000.50" / "1 000,50")."""
    s = re.sub(_SP, "", raw)
    if lang is Lang.EN:
        s = s.replace(",", ".") if re.fullmatch(r"\d+,\d{1,2}|0,\d+", s) else s.replace(",", "")
    else:
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s):
            s = s.replace(".", "")
        s = s.replace(",", ".")
    try:
        return Decimal(s)
    except InvalidOperation:
        return None


def number_regex(lang: Lang) -> Guarded:
    """Return the compiled digit-number pattern of ``lang`` (group ``num``, optional ``scale``)."""
    return _EN_NUMBER if lang is Lang.EN else _FR_NUMBER


def ordinal_digits_regex(lang: Lang) -> Guarded:
    """Return the pattern of ordinals written with digits ("1st" / "1er", "2e")."""
    return _EN_ORDINAL_DIGITS if lang is Lang.EN else _FR_ORDINAL_DIGITS


def scale_value(scale: str | None, lang: Lang | None = None) -> int:
    """Return the multiplier of a scale word ("million" -> 10**6), 1 when absent.

    French counts on the long scale: « un billion » is a million million ("a trillion"), and « un
    milliard » is "a billion"."""
    if lang is Lang.FR and scale in ("billion", "billions"):
        return 10**12
    return _SCALES.get(scale or "", 1)


# Number words, in folded form.  Values below 100 add up ("vingt et un", "soixante-dix",
# "twenty-one"); hundred/thousand multiply what precedes them.
EN_NUMBER_WORDS: dict[str, int] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "thousand": 1000,
}
FR_NUMBER_WORDS: dict[str, int] = {
    "zero": 0,
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "onze": 11,
    "douze": 12,
    "treize": 13,
    "quatorze": 14,
    "quinze": 15,
    "seize": 16,
    "vingt": 20,
    "vingts": 20,
    "trente": 30,
    "quarante": 40,
    "cinquante": 50,
    "soixante": 60,
    "quatre-vingt": 80,
    "quatre-vingts": 80,
    "cent": 100,
    "cents": 100,
    "mille": 1000,
    "mil": 1000,  # in written-out years: « mil neuf cent quatre-vingt-dix-huit »
}
EN_ORDINAL_WORDS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
    "sixtieth": 60,
    "seventieth": 70,
    "eightieth": 80,
    "ninetieth": 90,
    "hundredth": 100,
    "thousandth": 1000,
    # Enumerating adverbs ("Secondly" / « En deuxième lieu »).
    "firstly": 1,
    "secondly": 2,
    "thirdly": 3,
    "fourthly": 4,
}
FR_ORDINAL_WORDS: dict[str, int] = {
    "premier": 1,
    "premiere": 1,
    "premiers": 1,
    "premieres": 1,
    "deuxieme": 2,
    "second": 2,
    "seconde": 2,
    "troisieme": 3,
    "quatrieme": 4,
    "cinquieme": 5,
    "sixieme": 6,
    "septieme": 7,
    "huitieme": 8,
    "neuvieme": 9,
    "dixieme": 10,
    "onzieme": 11,
    "douzieme": 12,
    "treizieme": 13,
    "quatorzieme": 14,
    "quinzieme": 15,
    "seizieme": 16,
    "vingtieme": 20,
    "trentieme": 30,
    "quarantieme": 40,
    "cinquantieme": 50,
    "soixantieme": 60,
    "centieme": 100,
    "millieme": 1000,
    "unieme": 1,  # only inside a compound: « vingt et unième »
}


def _word_alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_EN_CARD = _word_alternation(list(EN_NUMBER_WORDS))
_FR_CARD = _word_alternation(list(FR_NUMBER_WORDS))
_EN_NUMBER_WORDS_RE = re.compile(
    rf"\b(?:{_EN_CARD})\b(?:(?:[ -]+|(?<=hundred) and |(?<=thousand) and )(?:{_EN_CARD})\b)*"
)
_FR_NUMBER_WORDS_RE = re.compile(
    rf"\b(?:{_FR_CARD})\b(?:(?:[ -]+| et (?=(?:un|une|onze)\b)|-et-)(?:{_FR_CARD})\b)*"
)
# Compound ordinals: cardinal words then an ordinal ("twenty-first", "one hundred and fifth",
# « vingt et unième », « quatre-vingt-dixième »).
_EN_ORDINAL_WORDS_RE = guard(
    re.compile(
        rf"\b(?:(?:{_EN_CARD})(?:[ -]+|(?<=hundred) and |(?<=thousand) and ))*"
        rf"(?:{_word_alternation(list(EN_ORDINAL_WORDS))})\b"
    ),
    *covering(EN_ORDINAL_WORDS),
)
_FR_ORDINAL_WORDS_RE = guard(
    re.compile(
        rf"\b(?:(?:{_FR_CARD})(?:[ -]+| et (?=(?:unieme|onzieme)\b)|-et-))*"
        rf"(?:{_word_alternation(list(FR_ORDINAL_WORDS))})\b"
    ),
    *covering(FR_ORDINAL_WORDS),
)
_WORD_SPLIT = re.compile(r"[ -]+|\band\b|\bet\b")


def number_words_regex(lang: Lang) -> re.Pattern[str]:
    """Return the pattern of cardinal number words of ``lang`` in folded text."""
    return _EN_NUMBER_WORDS_RE if lang is Lang.EN else _FR_NUMBER_WORDS_RE


def ordinal_words_regex(lang: Lang) -> Guarded:
    """Return the pattern of ordinal words of ``lang`` in folded text."""
    return _EN_ORDINAL_WORDS_RE if lang is Lang.EN else _FR_ORDINAL_WORDS_RE


def ordinal_value(folded: str, lang: Lang) -> int:
    """Return the value of a run of folded ordinal words ("twenty-first" -> 21, « quatre-vingt-dixième » -> 90)."""
    table = EN_ORDINAL_WORDS if lang is Lang.EN else FR_ORDINAL_WORDS
    m = re.search(r"[a-z]+$", folded)
    last = m.group(0) if m else folded
    prefix = folded[: len(folded) - len(last)]
    value = table.get(last, 0)
    if not prefix.strip(" -"):
        return value
    if value in (100, 1000):
        return words_value(prefix, lang) * value
    if lang is Lang.FR and prefix.endswith("-") and value == 20:  # « quatre-vingtième »
        return words_value(prefix + "vingt", lang)
    return words_value(prefix, lang) + value


def ordinal_prefix_is_part(folded: str, lang: Lang) -> bool:
    """Say whether the cardinal words before an ordinal belong to it ("twenty-first") or are a
    separate count ("the first two years" is fine, but « les deux premières années »: 2 and 1st)."""
    m = re.search(r"[a-z]+$", folded)
    last = m.group(0) if m else folded
    prefix = folded[: len(folded) - len(last)]
    if not prefix.strip(" -"):
        return True
    table = EN_ORDINAL_WORDS if lang is Lang.EN else FR_ORDINAL_WORDS
    if lang is Lang.FR and not last.endswith("ieme"):
        return False  # « deux premiers », « trois seconds »: never one compound
    value, p = table.get(last, 0), words_value(prefix, lang)
    if value in (100, 1000):
        return True
    if lang is Lang.FR and prefix.endswith("-") and value == 20:
        return True
    # « dix-septième », « dix-neuvième »: French joins 10 and 7, 8, 9 into one ordinal (17th, 19th)
    if lang is Lang.FR and p == 10 and 7 <= value <= 9:
        return True
    return p >= 20 and p % 10 == 0 and value < 20


#: Denominators of fractions ("two thirds" / « deux tiers »).
_EN_DENOMINATORS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10,
}  # fmt: skip
_FR_DENOMINATORS = {
    "moitie": 2, "tiers": 3, "quart": 4, "quarts": 4, "cinquieme": 5, "cinquiemes": 5,
    "dixieme": 10, "dixiemes": 10,
}  # fmt: skip
_EN_FRACTION_RE = guard(
    re.compile(
        rf"\b(?:(?P<num>a|one|two|three|four|five|six|seven|eight|nine)[ -])?"
        rf"(?P<den>{_word_alternation(list(_EN_DENOMINATORS))})\b"
    ),
    *covering(_EN_DENOMINATORS),
)
_FR_FRACTION_RE = guard(
    re.compile(
        rf"\b(?:(?P<num>un|une|deux|trois|quatre|cinq|six|sept|huit|neuf)[ -])?"
        rf"(?P<den>{_word_alternation(list(_FR_DENOMINATORS))})\b"
    ),
    *covering(_FR_DENOMINATORS),
)
_BARE_FRACTIONS = frozenset({"half", "quarter", "moitie", "tiers", "quart"})


_SHARE_AFTER = re.compile(r" (?:of|des|du|de|d')\b")
# What follows "three quarters" when they are periods of three months ("three quarters prior to the date",
# "four quarters in a row"), not a share ("three quarters of the members", "a three quarters majority").
_QUARTERS_COUNTED = re.compile(r"(?! (?:of|majority)\b)(?:[ ,;.)]|$)")
# « augmentée d'un tiers », "reduced by a third": a change by a fraction.
_CHANGED_BY = re.compile(
    r"(?:augment|redui|reduit|major|diminu|relev|abaiss|increas|reduc|decreas|rais)\w* (?:d'|de |by )$"
)
_NOT_SHARE_BEFORE = re.compile(r"\b(?:first|second|last|each|every|premier|premiere|second|seconde)\s+$")
_FR_SHARE_BEFORE = re.compile(r"\b(?:le|la|l'|au|du|de)\s*$")


def _is_share(folded: str, start: int, end: int, lang: Lang) -> bool:
    """Say whether a bare fraction is a share of something ("half of the members", « le tiers des
    membres ») rather than a period or a label ("the second half of 2022", « un État tiers »)."""
    before = folded[max(0, start - 12) : start]
    if not _SHARE_AFTER.match(folded, end) or _NOT_SHARE_BEFORE.search(before):
        return False
    return lang is Lang.EN or _FR_SHARE_BEFORE.search(before) is not None


def find_fractions(folded: str, lang: Lang) -> list[tuple[int, int, Decimal, bool]]:
    """Return (start, end, value, soft) for fractions ("two thirds", « la moitié »); bare ones are soft.

    Without a numerator only "half"/"quarter" (EN) and « moitié », « tiers », « quart » (FR) count,
    and they are *soft* unless they are a share of something ("half of the members"): "the second
    half of 2022" or « un État tiers » are not amounts.
    """
    rx, dens = (_EN_FRACTION_RE, _EN_DENOMINATORS) if lang is Lang.EN else (_FR_FRACTION_RE, _FR_DENOMINATORS)
    out = []
    for m in rx.finditer(folded):
        num, den = m.group("num"), m.group("den")
        if num is None and den not in _BARE_FRACTIONS:
            continue  # "the third year": an ordinal, not a fraction
        if den == "quarters" and num not in (None, "a", "one") and _QUARTERS_COUNTED.match(folded, m.end()):
            continue  # "the previous four quarters" (« quatre trimestres »): periods counted, not 4/4
        # "a third report", « par un tiers » (a third party) are not fractions, but « un seuil d'un
        # tiers » is "a threshold of one-third": such a fraction is soft, matched but never required.
        ambiguous = (
            num in ("a", "un", "une")
            and not _SHARE_AFTER.match(folded, m.end())
            and not _CHANGED_BY.search(folded, max(0, m.start() - 24), m.start())
        )
        n = 1 if num in (None, "a") else words_value(num, lang)
        value = (Decimal(n) / Decimal(dens[den])).quantize(Decimal("0.0001"))
        soft = ambiguous or (num is None and not _is_share(folded, m.start(), m.end(), lang))
        out.append((m.start(), m.end(), value, soft))
    return out


def words_value(folded: str, lang: Lang) -> int:
    """Return the value of a run of folded number words ("quatre-vingt-dix" -> 90)."""
    table = EN_NUMBER_WORDS if lang is Lang.EN else FR_NUMBER_WORDS
    tokens = [t for t in _WORD_SPLIT.split(folded) if t]
    # "quatre-vingt(s)" is split by the hyphen; glue it back before adding up.
    merged: list[str] = []
    for tok in tokens:
        if tok in ("vingt", "vingts") and merged and merged[-1] == "quatre":
            merged[-1] = "quatre-vingt"
        else:
            merged.append(tok)
    total, current = 0, 0
    for tok in merged:
        value = table.get(tok, 0)
        if value == 1000:
            total += max(current, 1) * 1000
            current = 0
        elif value == 100:
            current = max(current, 1) * 100
        else:
            current += value
    return total + current


# --- dates -------------------------------------------------------------------

MONTHS: dict[str, int] = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "janvier": 1,
    "fevrier": 2,
    "mars": 3,
    "avril": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "aout": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "decembre": 12,
    "jan.": 1,
    "feb.": 2,
    "aug.": 8,
    "sept.": 9,
    "oct.": 10,
    "nov.": 11,
    "dec.": 12,
}
_MONTH = "(?P<month>" + _word_alternation(list(MONTHS)) + r")(?!\w)"
_MONTH2 = _MONTH.replace("?P<month>", "?P<month2>")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|re)?"
_YEAR = r"(?P<year>(?:1[89]|20)\d{2})"
_DATE_RE = guard(
    re.compile(
        "|".join(
            [
                # 14 June 2021, 14th of June 2021, the 14th day of June, 1er juillet 2021
                rf"(?<![\w.,]){_DAY}(?: day)?(?: of)? {_MONTH}(?:,? {_YEAR})?",
                # June 14, 2021 / June 14th 2021
                rf"\b{_MONTH2} (?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,? (?P<year2>(?:1[89]|20)\d{{2}}))?",
                # 14/06/2021, 14.06.2021, 14-06-2021
                r"(?<![\w.,/])(?P<nday>[0-3]?\d)(?P<sep>[/.-])(?P<nmonth>[01]?\d)(?P=sep)(?P<nyear>(?:1[89]|20)\d{2})\b",
                # 2021-06-14
                r"(?<![\w.,/])(?P<iyear>(?:1[89]|20)\d{2})-(?P<imonth>[01]\d)-(?P<iday>[0-3]\d)\b",
                # June 2021 / juin 2021
                r"\b(?P<mmonth>"
                + _word_alternation(list(MONTHS))
                + r") (?:of |de l'annee |de )?(?P<myear>(?:1[89]|20)\d{2})\b",
            ]
        )
    ),
    *DIGITS,
)

DateKey = tuple[int | None, int, int | None]

#: A day listed before another day of the same month, with the word that joins them: "on 15 and 16 October 1999" /
#: « les 15 et 16 octobre 1999 », "10-11 December 2020", "from 3 to 5 May" / « du 3 au 5 mai », « entre le 28 et le
#: 30 avril »; before it, more days set off by commas ("letters dated 7, 8 and 13 December 2010").
_LISTED_DAY_RE = re.compile(
    r"(?<![\w.,/])(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|re)?\s*(?:[-\u2013]|\b(?:and|to|et(?: le)?|au)\b)\s*$"
)
_LISTED_MORE_RE = re.compile(r"(?<![\w.,/])(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|re)?\s*,\s*$")


def _listed_days(folded: str, start: int, day: int) -> list[tuple[int, int]]:
    """Return (start, day) for the days listed before the date whose day starts at ``start``.

    Both languages write the month of a run of days once, after the last day ("on 15 and 16 October 1999" /
    « les 15 et 16 octobre 1999 »), and French often does where English writes it after each day ("between 28 April
    and 30 April" / « entre le 28 et le 30 avril »): each day listed is a date of that month.  Days run upwards, so a
    figure above the day after it is no day of the run.
    """
    out: list[tuple[int, int]] = []
    rx = _LISTED_DAY_RE
    while m := rx.search(folded, max(0, start - 16), start):
        listed = int(m.group("day"))
        if not 1 <= listed < day:
            break
        out.append((m.start(), listed))
        start, day, rx = m.start(), listed, _LISTED_MORE_RE
    return out


def find_dates(folded: str) -> list[tuple[int, int, DateKey]]:
    """Return (start, end, (year, month, day)) for each date in a folded text, and for each day listed before a date
    of the same month (see :func:`_listed_days`), spanning from that day to the end of the date."""
    out: list[tuple[int, int, DateKey]] = []
    for m in _DATE_RE.finditer(folded):
        g = m.groupdict()
        if g["month"] and g["day"]:
            year = int(g["year"]) if g["year"] else None
            for at, listed in _listed_days(folded, m.start(), int(g["day"])):
                out.append((at, m.end(), (year, MONTHS[g["month"]], listed)))
        if g["month"]:
            y, mo, d = g["year"], MONTHS[g["month"]], g["day"]
        elif g["month2"]:
            y, mo, d = g["year2"], MONTHS[g["month2"]], g["day2"]
        elif g["nmonth"]:
            y, mo, d = g["nyear"], int(g["nmonth"]), g["nday"]
        elif g["imonth"]:
            y, mo, d = g["iyear"], int(g["imonth"]), g["iday"]
        else:
            y, mo, d = g["myear"], MONTHS[g["mmonth"]], None
        day = int(d) if d else None
        if not 1 <= mo <= 12 or (day is not None and not 1 <= day <= 31):
            continue
        out.append((m.start(), m.end(), (int(y) if y else None, mo, day)))
    return out


_MONTH_NAMES = covering(m for m in MONTHS if not m.endswith("."))
_MONTH_ANY = "(?P<month>" + _word_alternation([m for m in MONTHS if not m.endswith(".")]) + r")(?!\w)"
_EN_WORD_DATE_RE = guard(
    re.compile(
        rf"\b(?:the )?(?P<day>(?:(?:{_EN_CARD})[ -]+)*(?:{_word_alternation(list(EN_ORDINAL_WORDS))})"
        rf"|(?:{_EN_CARD})(?:[ -]+(?:{_EN_CARD}))*|[0-3]?\d(?:st|nd|rd|th)?)(?: day)?(?: of)? {_MONTH_ANY}"
        rf"(?:,? (?:in the year )?(?P<year>(?:{_EN_CARD})(?:(?:[ -]+| and )(?:{_EN_CARD}))*|(?:1[89]|20)\d{{2}}))?"
    ),
    *_MONTH_NAMES,
)
_FR_WORD_DATE_RE = guard(
    re.compile(
        rf"\b(?P<day>premier|1er|(?:{_FR_CARD})(?:(?:[ -]+| et |-et-)(?:{_FR_CARD}))*|[0-3]?\d) {_MONTH_ANY}"
        rf"(?: (?:de l'an )?(?P<year>(?:{_FR_CARD})(?:(?:[ -]+| et |-et-)(?:{_FR_CARD}))*|(?:1[89]|20)\d{{2}}))?"
    ),
    *_MONTH_NAMES,
)


def find_word_dates(folded: str, lang: Lang) -> list[tuple[int, int, DateKey]]:
    """Return dates with a day or year written in words ("the fourteenth day of June, two thousand and
    twenty-one" / « le quatorze juin deux mille vingt et un »), as :func:`find_dates` does for digits."""
    out: list[tuple[int, int, DateKey]] = []
    rx = _EN_WORD_DATE_RE if lang is Lang.EN else _FR_WORD_DATE_RE
    for m in rx.finditer(folded):
        day_raw, year_raw = m.group("day"), m.group("year")
        day_words = not day_raw[0].isdigit()
        year_words = year_raw is not None and not year_raw[0].isdigit()
        if not day_words and not year_words:
            continue  # digits only: find_dates' business
        if day_raw in ("premier", "1er"):
            day = 1
        elif not day_words:
            day = int(re.match(r"\d+", day_raw).group(0))  # type: ignore[union-attr]
        elif re.search(
            r"(?:" + "|".join(EN_ORDINAL_WORDS if lang is Lang.EN else FR_ORDINAL_WORDS) + r")$", day_raw
        ):
            day = ordinal_value(day_raw, lang)
        else:
            day = words_value(day_raw, lang)
        end = m.end()
        year: int | None = None
        if year_raw is not None:
            year = int(year_raw) if not year_words else words_value(year_raw, lang)
            if not 1800 <= year <= 2199:
                year, end = None, m.end("month")
        if not 1 <= day <= 31:
            continue
        out.append((m.start(), end, (year, MONTHS[m.group("month")], day)))
    return out


def format_date(key: DateKey, lang: Lang) -> str:
    """Render a (year, month, day) key as "14 June 2021" / "14 juin 2021" (1er for the first)."""
    year, month, day = key
    en_months = list(MONTHS)[:12]
    fr_months = [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ]
    name = en_months[month - 1].capitalize() if lang is Lang.EN else fr_months[month - 1]
    parts = []
    if day is not None:
        parts.append("1er" if (lang is Lang.FR and day == 1) else str(day))
    parts.append(name)
    if year is not None:
        parts.append(str(year))
    return " ".join(parts)


def format_number(value: Decimal, lang: Lang) -> str:
    """Render a number in the conventions of ``lang`` ("1,000.5" / "1 000,5")."""
    value = value.normalize() if value == value.to_integral_value() else value
    if value == value.to_integral_value():
        text = f"{int(value):,}"
        return text if lang is Lang.EN else text.replace(",", "\u202f")
    int_part, _, frac = f"{value:f}".partition(".")
    grouped = f"{int(int_part):,}"
    if lang is Lang.EN:
        return f"{grouped}.{frac}"
    return f"{grouped.replace(',', chr(0x202F))},{frac}"


# --- roman numerals ------------------------------------------------------------

# Only i, v, x, l and c: clause labels never go higher, and with d and m common
# words would read as numerals (French "dix", English "mix").
_ROMAN_GLYPHS = frozenset("ivxlc")


def roman_value(text: str) -> int | None:
    """Return the value of a lowercase roman numeral up to c ("iv" -> 4), None if it is not one."""
    if not text or not set(text) <= _ROMAN_GLYPHS:
        return None
    return numbering.roman_value(text)
