"""Cross-references in English and French legal drafting, read as paths of (level, value) atoms.

Both languages cite the same provision in their own way, and the divergence check compares what is
cited, never how:

========================================  ===============================================
English                                   French
========================================  ===============================================
Article 22(3)                             l'article 22, paragraphe 3
Article 4(1)(18)(c)                       l'article 4, paragraphe 1, point 18) c)
Article 18(1) or (2)                      l'article 18, paragraphe 1 ou 2
point (ii) of point (a) of paragraph 3    paragraphe 3, point a) ii)
Sections C(5), (6) or (10) of Annex I     l'annexe I, section C, points 5, 6 ou 10
clause (i) / sub-paragraph (i)            sous-alinéa i) / alinéa (i)
Articles 4, 5, and 6                      articles 4, 5 et 6
points (a) to (d)                         points a) à d)
========================================  ===============================================

A reference is a keyword (article, paragraph, point, annex, ...) and one or more values; a value
is a number, a roman numeral, a letter label, or « premier »; English chains sub-divisions in
brackets after the number ("4(1)(c)"), French closes each label with a bracket ("18) c)"). A bare
bracketed value after a value with sub-divisions continues the same provision ("Article 33(1) and
(2)" cites paragraphs 1 and 2 of Article 33).  Each value becomes a path of atoms; the check
compares the *sets* of atoms on the two sides, so that one language citing "Article 4(1)(2) and
4(1)(7)" and the other « article 4, paragraphe 1, points 2) et 7) » agree.

A comma followed by an elided article (« paragraphe 1, l'intéressé ») is not a point "l", and a
single letter counts as a value only after section, annex or part keywords or inside brackets.
"""

from __future__ import annotations

import re
import string

from mou_review.domain.rx import covering, guard
from mou_review.domain.textnorm import roman_value

Atom = tuple[str, str]

# The value of a part or title: a number, a roman numeral ("Title IVa") or a capital letter, never an apostrophe's
# letter (« parts d'OPCVM »), nor the pronoun « y » (« l'autre Partie y consent »).  The letter A may come before
# any word ("Part A for works contracts", « partie A pour », "Annex IX Part A to Directive"): the capital tells it
# from « à » (« partie à l'accord ») and the verb (« la Partie a notifié »), which find_references drops.
_DIV_VAL = r"\s(?:\d|[ivx]+[a-c]?\b(?!['\u2019])|[b-xz]\b(?!['\u2019])|a(?![\w'\u2019-]))"

# "Part Three", "PART TEN": the parts of an act are numbered by words (« troisième partie »).
_PART_WORDS = (
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
)
# « la partie huit du règlement »: French may put the cardinal after the noun ("un"/« une » are articles),
# which then ends the citation (« dont font partie deux ou plusieurs États membres » cites nothing).
_FR_PART_WORDS = (
    "",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
)

#: Reference keywords by level (matched on folded text).
_KEYWORDS: tuple[tuple[str, str], ...] = (
    (
        "sub",
        r"sub-?paragraphs?|subparagraphs?|sous-alineas?|alineas?|points?|items?|subpoints?|indents?|tirets?"
        r"|elements?(?=\s\d)"  # « l'élément 4.2.2 de l'annexe XII » ("item 4.2.2")
        # "Annex II, section 2, point (1), letter (h)", « l'article 4, point 4), lettre a) »: some acts cite the
        # lettered point of a numbered point as its letter, after a comma.
        r"|(?<=,\s)letters?(?=\s\([a-z]\))|(?<=,\s)lettres?(?=\s[a-z]\))",
    ),
    # Rules of procedure and common regulations number their provisions as rules ("Rule 9(3)", « règle 9,
    # paragraphe 3 »); where French calls a rule an article (« article 61 du règlement intérieur »), they agree.
    # Never a year ("EU product rules 2022").
    ("article", r"articles?|art\.|art(?=\s\d)|rules?(?=\s\d{1,3}(?!\d))|regles?(?=\s\d{1,3}(?!\d))"),
    ("paragraph", r"paragraphes?|paragraphs?|para\."),
    # "Schedule 2", not "schedule a meeting": a schedule is cited by a number.
    ("annex", r"annexes?|annex|appendix|appendices?|schedules?(?=\s(?:\d|[ivx]+\b))"),
    # Parts, titles and sub-sections divide an act above or below its sections; they share one level, so
    # that "Section B of the Annex" and « la partie B de l'annexe » agree. A part or title is cited by a
    # number (or its word, "Part Three"), a roman numeral or a capital letter (never « partie à l'accord »).
    (
        "section",
        rf"sub-?sections?|sections?|parts?(?={_DIV_VAL}|\s(?:{'|'.join(_PART_WORDS)})\b)"
        rf"|parties?(?={_DIV_VAL}|\s(?:{'|'.join(_FR_PART_WORDS[1:])})"
        rf"(?=\s(?:du|de|des)\b|[,;:.)]|$|\s(?:a|et|ou)\s(?:{'|'.join(_FR_PART_WORDS[1:])})"
        r"(?=\s(?:du|de|des|dudit|ou|et)\b|[,;:.)]|$)))"
        rf"|titles?(?={_DIV_VAL})|titres?(?={_DIV_VAL}|\spremier\b)"  # « TITRE PREMIER » is Title I
        # "Indicators A(a) to A(g) of Annex I" (to Regulation (EU) No 596/2014) are « l'annexe I, section A, points
        # a) à g) »: items cited by a code, the letter of their section glued to the point in brackets.
        r"|indicators?(?=\s[a-z]\([a-z]{1,2}\))|indicateurs?(?=\s[a-z]\([a-z]{1,2}\))",
    ),
    ("chapter", r"chapters?|chapitres?"),
    ("clause", r"clauses?"),
)
_KW_RE = "|".join(f"(?P<{name}>{rx})" for name, rx in _KEYWORDS)
_LETTER_LEVELS = frozenset({"annex", "section"})

_MONTHS = (
    "january|february|march|april|june|july|august|september|october|november|december|janvier|fevrier"
    "|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre"
)
# « 13 bis » ... « 13 decies » (Article 13a ... 13i), and a capital letter set apart from its number in
# older acts (« l'article 100 A, », "Chapter III A of"): a suffix, not a point "a".
_BIS_WORDS = ("bis", "ter", "quater", "quinquies", "sexies", "septies", "octies", "nonies", "decies")
# Long insertions go on in Latin: « 48 undecies » (48j), « 325 novoquinquagies » (325bf, the 59th), and an
# insertion into an insertion takes a second word: « 27 quinquies bis » (27da), « 8 bis ter » (8ab).
_LATIN_UNITS = {"un": 1, "duo": 2, "ter": 3, "quater": 4, "quinques": 5, "quinque": 5, "quin": 5, "sex": 6}
_LATIN_UNITS |= {"sept": 7, "octo": 8, "novo": 9}
_LATIN_TENS = {"decies": 10, "vicies": 20, "tricies": 30, "quadragies": 40, "quinquagies": 50}
_LATIN_TENS |= {"sexagies": 60, "septuagies": 70, "octogies": 80, "nonagies": 90}
_LATIN = rf"(?:(?:{'|'.join(_LATIN_UNITS)})?(?:{'|'.join(_LATIN_TENS)})|{'|'.join(_BIS_WORDS[:-1])})(?![\w'\u2019])"
_LATIN_SEQ = rf"(?:\s{_LATIN}){{1,3}}"
_LATIN_SEQ_RE = re.compile(rf"(?<=[\da-z])({_LATIN_SEQ}|(?<=\d){_LATIN})")
_BIS = rf"(?:{_LATIN_SEQ}|\s[a-h](?=,|\s(?:of|du)\b|$))?"
_BIS_TAIL = rf"(?:{_LATIN_SEQ}|\s[a-h]$)?"  # the same, at the end of a value read alone


def _latin_number(word: str) -> int:
    """Return the rank of a Latin multiplicative adverb: « bis » 2, « decies » 10, « duosexagies » 62."""
    if word in _BIS_WORDS:
        return _BIS_WORDS.index(word) + 2
    tens = next(t for t in _LATIN_TENS if word.endswith(t))
    return _LATIN_TENS[tens] + _LATIN_UNITS.get(word[: -len(tens)], 0)


def _latin_letters(words: str) -> str:
    """Return the English suffix of Latin insertion words: « bis » "a", « septvicies » "z" (the 27th),
    « octovicies » "aa", « novoquinquagies » "bf", « quinquies bis » "da" (an insertion into 27d)."""
    out = ""
    for word in words.split():
        k = _latin_number(word) - 2
        out += chr(97 + k) if k < 26 else chr(97 + (k - 26) // 26) + chr(97 + (k - 26) % 26)
    return out


def _glue(raw: str) -> str:
    """Write the Latin suffixes of a value as English letters: « 27 quinquies bis » "27da", « c bis) » "ca)"."""
    if not any(w in raw for w in ("bis", "ter", "ies")) or re.match(r"1(?:er|re)\b|premi", raw):
        return raw  # « article 1er bis »: _norm reads the ordinal and its suffix
    return _LATIN_SEQ_RE.sub(lambda m: _latin_letters(m.group(1)), raw)


# Two glued letters are a suffix ("Article 325bf", "8ab(2)"), not a word whose space was lost ("1or"),
# an ordinal ("1st", « 1er ») or a unit.
_NOT_SUFFIX = (
    "er|re|st|nd|rd|th|or|to|of|in|on|at|an|as|is|it|by|et|ou|en|au|du|de|le|la|km|kg|mg|mm|cm|kw|mw"
)
#: Units after a figure (folded): of time, with the kind of day, and of measure.
_UNITS = (
    r"(?:(?:working|calendar|business|clear|banking)\s)?(?:days?|weeks?|months?|years?|hours?|minutes?|seconds?)"
    r"|(?:jours?|semaines?|mois|ans|annees?|heures?|secondes?)(?:\s(?:ouvrables?|ouvres?|civils?|calendaires))?"
    r"|mm|cm|km|kg|mg|tonnes?|kw|mw|gw|kwh|mwh|gwh|twh"
)
# A number, not a date ("paragraph 1 to 31 December") nor a share of a fraction ("2004/39").
# Nor the head of an amount grouped by spaces ("paragraph 8 to 20 000", « articles 14 et 15, 15 000 000 EUR »).
# Nor a rate (« l'article 52 à 20 % »), nor any other quantity: a figure followed by a unit of time or measure
# counts something in either language ("Article 9(2), 30 days after", « au paragraphe 1, 15 minutes après »,
# "heavy sections 80 mm and over").  A letter after the number is its suffix ("5a") unless a word
# goes on ("paragraph 1or where", a space lost in the official text).  The Madrid Protocol's « article 3 ter.2) »
# is "Article 3ter(2)".  A comma glued to the next value is a lost space when the list goes on after it
# ("paragraphs 1, 8,9 and 10", « paragraphes 1,2, 4 et 6 »), not a decimal comma.
_NUM = (
    rf"\d{{1,4}}(?!\d)(?:\.\d{{1,3}})*(?:[a-z](?![a-z])|(?!{_NOT_SUFFIX})[a-z]{{2}}(?![a-z])|{_LATIN})?{_BIS}(?:(?<=[a-z])\.\d{{1,2}}(?=\)))?(?![\d/.]\d|,\d(?!\d{{0,3}}(?:,|\s(?:and|or|et|ou)\s)))(?!\s(?:{_MONTHS})\b)(?!\s\d{{3}}(?!\d))"
    r"(?!\s?%|\s(?:pour cent|per cent|percent)\b)"
    rf"(?!\s(?:{_UNITS})\b)"
    # "Points 4.3., 4.4., 4.5. and": a dot may close a number in levels inside a list; it ends no sentence there.
    r"(?:(?:(?<=\.\d)|(?<=\.\d\d))\.(?=,\s|\s(?:and|or|et|ou)\s))?"
)
# A label is a letter or two, or a roman numeral: "(eeap)" after "Access Point" is a name's initials.
_PAREN = r"\((?:\d{1,3}[a-z]?|[ivx]{1,5}|[a-z]{1,2})\)"
_EN_CHAIN = rf"(?:\s?{_PAREN})*"
# « annexe VIII, point 5.1.f) »: a dot may join the label of a point to its number in levels ("point 5.1(f)").
_FR_CHAIN = r"(?:\)?(?:(?:\s|(?<=\.\d)\.|(?<=\.\d\d)\.)(?:[a-z]{1,4}|\d{1,3})\))+|\))?"
# « points a) et b i) »: French may close a point and its sub-point with one bracket.  « point b) 1) » is "point
# (b)(1)": a numbered sub-point of a lettered point, closed by its own bracket.
_LABEL = (
    rf"(?:{_PAREN}{_EN_CHAIN}|[a-z]{{1,4}}\)(?:\s(?:[a-z]{{1,4}}|\d{{1,2}})\))*"
    rf"|[a-z]\s[ivx]{{1,4}}\)|[a-z]{_LATIN_SEQ}\))"
)
# An apostrophe before a letter elides a word (« d'OPCVM »); before anything else it closes a quotation
# ("to 'the provisions of Chapter II' of that Convention"), and the numeral before it is a value.
_ELISION = r"['\u2019](?=\w)"
_ROMAN = rf"[ivx]{{1,6}}[a-c]?{_BIS}(?![\w)]|{_ELISION})"
# « premier » names a value unless it is the first of a series of ordinals, or of a sentence, an
# indent, ... (« premier, deuxième et troisième tirets », « première phrase »).
_ORD = (
    r"(?:premier|premiere|1er|1re)(?!\w)"
    r"(?!\s(?:alinea|sous-alinea|tiret|paragraphe|point|jour|mois|phrase|partie))"
    r"(?!,?\s(?:et\s|ou\s)?(?:[a-z]+iemes?|second|seconde)\b)"
)
_LETTER = rf"[a-z](?![\w-]|{_ELISION})"
# "point b of paragraph 4": a bare letter after "point" is a value when the provision it belongs to follows.
# So is "subparagraph F(5), point d, of Annex VI".
_LETTER_OF_RE = re.compile(
    r"\s(?:of|du|de l')\s?(?:paragraphs?|paragraphes?|articles?|points?)\b|,\sof\s(?:annex|sections?|subparagraphs?)\b"
)
# "Sections C(5), C(6) and C(7)": a letter glued to its bracket is a value anywhere in the list.
_LETTER_PAREN = rf"[a-z]{_PAREN}{_EN_CHAIN}"
# "subparagraphs A(1) to A(4), point (b)" is « points A 1) à A 4) b) » (« points B. 1) »): a numbered point of a
# lettered paragraph, as the annexes of Directive 2011/16/EU number theirs.
_LETTER_NUM_LABEL = r"[a-z](?:\.\s?|\s)\d{1,2}\)(?:\s[a-z]{1,4}\))*"
_VALUE = (
    rf"(?:{_ORD}{_BIS}|{_NUM}(?:{_EN_CHAIN}{_FR_CHAIN})|{_LABEL}|{_ROMAN}{_EN_CHAIN}|{_LETTER_PAREN}"
    rf"|{_LETTER_NUM_LABEL})"
)
_NUMBER_WORD = {w: str(n) for words in (_PART_WORDS, _FR_PART_WORDS) for n, w in enumerate(words, 1) if w}
# "CHAPTER ONE" (« CHAPITRE PREMIER »): English headings may spell the number; only as the first value,
# or in a list of such numbers ("Parts Three or Four", "Parts Two to Seven").
_WORDNUM = rf"(?:{'|'.join(_NUMBER_WORD)})(?![\w'-])"
# "Section C 10", « section C.10 »: a point of a lettered section, written after its letter.
_LETTER_NUM = r"[a-z](?:\.|\s)\d{1,2}(?![\d,./]\d|\s?%)"
_FIRST = rf"(?:{_VALUE}|{_LETTER_NUM}|{_LETTER}{_EN_CHAIN}|{_WORDNUM})"  # "Section C", "Annex A": a bare letter only first
# Between values: commas, and/or/to (and their French), the keyword repeated ("point (a) to point (d)").
# "Articles 10 to14": the space after "to" is sometimes lost in the official text.
# "(vi) and(vii)", « articles 32et 33 », "Articles 4, 5 and6", « articles 1er, 2 et3 » (as published): a connective
# glued to the value before or after it still joins them (not « 77à 83 », which folding makes the article 77a).
# « paragraphe 3 sous g) », « point 14) sous b) »: the comma before « sous » is sometimes left out.
# "points (b), (d), (e) and, where applicable, (f)", "Articles 40 and, respectively, 41": a remark between
# commas after the connective leaves the list going on (« et, le cas échéant, point f) » repeats the keyword).
_INSERTED = r"(?:where applicable|if applicable|where appropriate|as appropriate|where relevant|respectively)"
_SEP = (
    rf"(?:,?\s(?:and|or),\s{_INSERTED},\s|"
    r"(?:(?:,?\s|(?<=\))|(?<=\d)(?=(?:and|et|or|ou)\s))"
    r"(?:(?:and/or|et/ou|and|et|or|ou|to|a|au|aux|through|jusqu'a)\s|(?:and|et|or|ou)(?=\(|\d))|\sto(?=\d)|,\s?|\s?-\s?"
    r"|\s(?=sous\s))"
    r"(?:(?:au |aux |a |le |la |les )?(?:points?|paragraphs?|paragraphes?|articles?|sous)\s)?)"
)
# "Sections A and B of Annex I", « sections A et B »: a bare letter later in a list, where the list ends.
# After a lettered value and its connective, the next letter ends the list before any word: "Annex V parts B or C
# as the case may be", "parts E and F in the format" (a roman i, v or x before the connective is a numeral:
# "Chapter V and a new").
_AFTER_LETTER = "|".join(rf"(?<=\b[a-hj-uwyz]\s{c}\s)" for c in ("and", "or", "et", "ou"))
_LETTER_NEXT = (
    r"[a-z](?=\s(?:of|to|de|du|dudit|and|et|or|ou)\b|[,;:.]|$)"  # "Annexes A, B and C to Regulation"
    rf"|(?:{_AFTER_LETTER})[a-z](?=\s[a-z])"
)
REF_RE = guard(
    re.compile(
        rf"\b(?:{_KW_RE})(?![a-z])\s*"
        rf"(?P<vals>{_WORDNUM}(?:{_SEP}{_WORDNUM})+|{_FIRST}(?:{_SEP}(?:{_VALUE}|{_LETTER_NEXT}))*)"
    ),
    *covering(
        (
            "alinea",
            "point",
            "item",
            "indent",
            "tiret",
            "element",
            "letter",
            "lettre",
            "art",
            "rule",
            "regle",
            "para",
            "annex",
            "appendi",
            "schedule",
            "section",
            "indicat",
            "tit",
            "chap",
            "clause",
        )
    ),
)
_VALUE_RE = re.compile(rf"(?P<sep>{_SEP})?(?P<val>{_FIRST})")
_KEYWORD_WORDS = {
    "point": "sub", "points": "sub", "sous": "sub", "article": "article", "articles": "article",
    "paragraph": "paragraph", "paragraphs": "paragraph", "paragraphe": "paragraph", "paragraphes": "paragraph",
}  # fmt: skip
_RANGE = frozenset({"to", "a", "au", "through", "jusqu'a", "-"})
_PARTS_RE = re.compile(r"\(?([a-z]{1,4}|\d{1,3}[a-z]?)\)")


def _norm(value: str, level: str) -> str:
    """Normalise one value: roman numerals of divisions become numbers, « premier » becomes 1, and
    « III bis » is "IIIA" (« ter » "B", « quater » "C")."""
    value = value.strip()
    if value in _NUMBER_WORD:
        return _NUMBER_WORD[value]
    bis = re.fullmatch(rf"(\w+)({_LATIN_SEQ}|\s[a-h])", value)
    suffix = ""
    if bis:
        word = bis.group(2).strip()
        suffix = word if len(word) == 1 else _latin_letters(word)
    if re.fullmatch(_ORD, bis.group(1) if bis else value):
        return "1" + suffix  # « article premier », « article 1er bis » (Article 1a)
    if bis:
        value = bis.group(1) + suffix
    roman_suffix = re.fullmatch(r"([ivx]+)([a-z])", value)
    whole_roman = roman_value(value) is not None  # "iii" is 3, not "ii" with a suffix "i"
    if (
        level in ("article", "annex", "section", "chapter")
        and roman_suffix
        and len(value) > 2
        and not whole_roman
    ):
        return f"{roman_value(roman_suffix.group(1))}{roman_suffix.group(2)}"
    if (
        level in ("article", "annex", "section", "chapter", "clause")
        and value.isalpha()
        and set(value) <= set("ivx")
    ):
        return str(roman_value(value))
    if value.isdigit():
        return str(int(value))
    return value


def _path(level: str, raw: str) -> list[Atom]:
    """Turn one value into its path: "12(3)(b)" after "Article" is article 12, paragraph 3, point b."""
    raw = raw.strip()
    head = re.match(
        rf"{_WORDNUM}|{_ORD}{_BIS_TAIL}|\d{{1,4}}(?:\.\d{{1,3}})*(?:[a-z]{{1,2}}(?![a-z]))?{_BIS_TAIL}"
        rf"|[ivx]{{1,6}}[a-c]?{_BIS_TAIL}(?![a-z])|[a-z](?![a-z])",
        raw,
    )
    if (
        raw.startswith("(")
        or head is None
        or (head.group(0).isalpha() and raw[head.end() : head.end() + 1] == ")")
    ):
        # A label: "(a)", "a)", "(ii) (iii)", "a) ii)".
        parts = _PARTS_RE.findall(raw)
        first = "sub" if level in ("sub", "clause", "paragraph", "article") else level
        if level == "paragraph" and parts and parts[0].isdigit():
            first = "paragraph"
        return [(first if i == 0 else "sub", _norm(p, "sub")) for i, p in enumerate(parts)]
    main = head.group(0)
    rest = _PARTS_RE.findall(raw[head.end() :])
    if re.fullmatch(_LETTER_NUM, raw):
        rest = [raw[head.end() + 1 :]]  # « section C.10 »: section C, point 10
    if level == "clause" and main.isalpha():
        level = "sub"
    atoms: list[Atom] = []
    if level == "article" and "." in main:
        art, *paras = main.split(".")
        atoms.append(("article", _norm(art, "article")))
        atoms += [("paragraph" if i == 0 else "sub", p) for i, p in enumerate(paras)]
    else:
        atoms.append((level, _norm(main, level)))
    for p in rest:
        if level == "article" and p.isdigit() and not any(a[0] == "paragraph" for a in atoms):
            atoms.append(("paragraph", str(int(p))))
        else:
            atoms.append(("sub", _norm(p, "sub")))
    return atoms


_CITATION_GOES_ON_RE = re.compile(
    r"\s*(?:[,;:.)]|$|(?:du|de|des|et|ou|and|or|of|a|au|aux|dudit|de ladite)\b)"
)


def _next_item_after_point(last: Atom, raw: str, sep_text: str, folded: str, after: int) -> bool:
    """Whether a label after "point e)," starts the next item of a list rather than a sub-point.

    Only a roman label after a lettered point, behind a bare comma, followed by the item's own words
    (not by « du règlement », "and", a comma or the end), and never the letter that comes next
    (« points h), i) et j) » cites point i).
    """
    label = raw.strip("() ")
    kind, value = last
    if kind != "sub" or len(value) != 1 or not value.isalpha() or sep_text.strip() != ",":
        return False
    if not re.fullmatch(r"[ivx]{1,5}", label) or (len(label) == 1 and ord(label) == ord(value) + 1):
        return False
    return _CITATION_GOES_ON_RE.match(folded, after) is None


def _keyword(sep: str) -> str | None:
    """Return the keyword a separator repeats ("et 32, paragraphes" -> "paragraphes"), if any."""
    return next((w for w in sep.replace(",", " ").split() if w in _KEYWORD_WORDS), None)


def expand_range(a: str, b: str) -> list[str]:
    """Values strictly between a and b in a range ("4 to 7" -> 5, 6; "(a) to (d)" -> b, c)."""
    if a.isdigit() and b.isdigit() and 0 < int(b) - int(a) <= 50:
        return [str(n) for n in range(int(a) + 1, int(b))]
    letters = string.ascii_lowercase
    if (
        len(a) == len(b) == 1
        and a in letters
        and b in letters
        and 0 < letters.index(b) - letters.index(a) <= 26
    ):
        return list(letters[letters.index(a) + 1 : letters.index(b)])
    return []


# "pursuant to 16(4) of Regulation ...", "Application of 9(2), Article 11": an article cited by its
# number and paragraph without the word "Article" (it is never an amount: amounts take no brackets).
_BARE_RE = guard(
    re.compile(r"(?<![\w.,/()])(\d{1,3}[a-z]?)\((\d{1,3}[a-z]?)\)((?:\((?:[a-z]{1,4}|\d{1,3})\))*)(?![\w(])"),
    "(",
)


_FR_ORDINALS = (
    "premiere?|premier|1er|1re",
    "deuxieme|seconde?",
    "troisieme",
    "quatrieme",
    "cinquieme",
    "sixieme",
    "septieme",
    "huitieme",
    "neuvieme",
    "dixieme",
    "onzieme",
    "douzieme",
)
_FR_ORDINAL = rf"(?:\d{{1,2}}(?:er|re|e|eme)|{'|'.join(_FR_ORDINALS)})\b"
# « la 1re partie », « la troisième partie », « le deuxième titre »: a division named by its ordinal ("Part 1");
# several share the noun in the plural or after the last of them: « les deuxième, troisième et sixième
# parties », « la troisième ou quatrième partie », « de la deuxième à la septième partie ».  Right after « de », with no
# article, the ordinal names a party, not a division: « audit de première partie » ("first-party auditing").
_ORDINAL_DIVISION_RE = guard(
    re.compile(
        rf"(?<!\bde )\b{_FR_ORDINAL}(?:(?:,\s|\s(?:et|ou|a)\s(?:a\s)?(?:la\s|le\s)?){_FR_ORDINAL})*"
        r"\s(?:parties|partie|titres|titre)\b"
    ),
    "partie",
    "titre",
)
_ORDINAL_ITEM_RE = re.compile(_FR_ORDINAL)
_MISPRINTED_ONE = re.compile(r"\bparagraphe l(?=[ ,.;:]|$)")
_ORDINAL_RANGE_SEP_RE = re.compile(r"\sa\s(?:la\s|le\s)?")  # « de la deuxième à la septième partie »


def _ordinal_number(word: str) -> int:
    """Return the number of a French ordinal of :data:`_FR_ORDINALS` or written « 3e »."""
    digits = re.match(r"\d+", word)
    if digits:
        return int(digits.group(0))
    return next(i for i, o in enumerate(_FR_ORDINALS, 1) if re.fullmatch(o, word))


_ANNEX_PART_RE = re.compile(r"[\w.]+\s?\([A-Z]\)")
_BARE_LABEL_RE = re.compile(r"[a-z]|[ivx]{1,4}")
_FR_LABEL_RE = re.compile(
    rf"[a-z]{{1,4}}(?:{_LATIN_SEQ})?\)"
)  # a French label closed by its bracket: « c) », « iv) »


def _shares_next_bracket(values: list[re.Match[str]], k: int) -> bool:
    """Say whether the bare label ``values[k]`` closes with the bracket of a later one: French may write
    « points i et ii) », « points a, b et c) », one bracket for the whole list."""
    if not _BARE_LABEL_RE.fullmatch(values[k].group("val")):
        return False
    for after in values[k + 1 :]:
        if (after.group("sep") or "").strip(" ,") not in ("", "et", "ou"):
            return False
        if _FR_LABEL_RE.fullmatch(after.group("val")):
            return True
        if not _BARE_LABEL_RE.fullmatch(after.group("val")):
            return False
    return False


def find_references(folded: str, text: str | None = None) -> list[tuple[int, int, list[Atom]]]:
    """Return (start, end, atoms) for every cross-reference in a folded text.

    ``text``, the text as written (same length), tells a lettered annex or section ("Annex A", « partie B »)
    from a word after its keyword: « figurant en annexe a été modifié », « annexés à la STI »."""
    out: list[tuple[int, int, list[Atom]]] = []
    if "paragraphe l" in folded:
        # « visée au paragraphe l, points b) » (Directives 2009/72/EC and 2009/73/EC as published): a paragraph is numbered,
        # so the letter l standing alone after « paragraphe » is a misprinted 1 (same length: offsets are kept).
        folded = _MISPRINTED_ONE.sub("paragraphe 1", folded)
    for m in REF_RE.finditer(folded):
        level = first = next(name for name, _rx in _KEYWORDS if m.group(name))
        atoms: list[Atom] = []
        prev: list[Atom] | None = None
        last_path: list[Atom] | None = None
        end = m.end()
        values = list(_VALUE_RE.finditer(m.group("vals")))
        keywords = [_keyword(v.group("sep") or "") for v in values] + [None]
        commas = [(v.group("sep") or "").startswith(",") for v in values] + [False]
        for k, v in enumerate(values):
            raw = _glue(v.group("val"))
            sep_text = v.group("sep") or ""
            words = sep_text.replace(",", " ").split()
            sep = words[0] if words and words[0] not in _KEYWORD_WORDS else ""
            kw = keywords[k]
            if kw is not None:
                # « l'article 54, paragraphe 3, sous g) »: the list goes down a level.
                level = _KEYWORD_WORDS[kw]
                prev = None
            elif (
                level == "sub"
                and first == "article"
                and prev
                and values[k - 1].group("val").startswith("(")
                and re.fullmatch(r"\d{1,4}[a-z]{0,2}\(\d.*", raw)
            ):
                # "Article 181(1), point (b), or 182(1), point (b)", "Articles 27da(2), point (d) and 27f(2)": after a
                # point written in brackets, a number with its paragraph in brackets is the next article (« ou de
                # l'article 182, paragraphe 1, point b) »), never a point of the same style.
                level = "article"
                prev = None
            elif (
                level == "paragraph"
                and first == "article"
                and keywords[k + 1] in ("paragraphe", "paragraphes")
                and commas[k + 1]
                and (values[k + 1].group("sep") or "").replace(",", " ").split()[0] == keywords[k + 1]
            ):
                # « articles 31, paragraphes 2 à 4, et 32, paragraphes 2 à 6 »: a value followed by its
                # paragraphs is the next article; not the last paragraph of a list that goes on to others
                # (« paragraphes 1, 2, 4, 5 et 6, et au paragraphe 1 du présent article », « paragraphes 3 et 4,
                # les paragraphes 2 à 7 »).
                level = "article"
                prev = None
            if (
                level == "article"
                and (k == 0 or kw in ("article", "articles"))
                and (num := re.match(r"\((\d{1,3}[a-z]?)\)", raw))
            ):
                # "Article (6)(1), points (b) and (c)", "Article (2) of Regulation …" (as published): the number of
                # the article set in brackets like its paragraph is still its number, « l'article 6, paragraphe 1 ».
                raw = num.group(1) + raw[num.end() :]
            if (
                re.fullmatch(_LETTER_PAREN, raw) or re.fullmatch(_LETTER_NUM_LABEL, raw)
            ) and level not in _LETTER_LEVELS | {"sub"}:
                continue
            if re.fullmatch(_LETTER_NUM, raw) and level not in _LETTER_LEVELS:
                break
            if (
                re.fullmatch(_LETTER, raw)
                and level not in _LETTER_LEVELS
                and not (raw in "ivx" and level in ("chapter", "article"))
                and not (level == "sub" and _LETTER_OF_RE.match(folded, m.start("vals") + v.end("val")))
                and not (level == "sub" and _shares_next_bracket(values, k))
            ):
                continue  # « paragraphe à l'article », « alinéa à toutes »: a word, not a value
            if (
                text is not None
                and (
                    (level in _LETTER_LEVELS and re.fullmatch(_LETTER, raw))
                    or re.fullmatch(r"[ivx]+[a-c]", raw)
                    # an indicator's section is a capital too ("Indicator A(b)"), not "the indicator a(i)"
                    or (m.group("section") or "").startswith("indicat")
                )
                and text[m.start("vals") + v.start("val")].islower()
            ):
                # A lettered annex or section is a capital: « en annexe a été », « annexés à »; so is a
                # division inserted later ("Title IVa", "Article VIa" of a convention), never the word « via »
                # after a citation (« titres via des comptes », « l'article 24, via une interface »).
                continue
            is_label = raw.startswith("(") or bool(_FR_LABEL_RE.match(raw))
            if (
                is_label
                and prev
                and (
                    # "as referred to in paragraph 1, (ii) the risk ...": the next item of a list.
                    (
                        len(prev) == 1
                        and prev[0][1].isdigit()
                        and sep_text.strip() == ","
                        and raw[1:2].isalpha()
                    )
                    # « visés à l'article 50, paragraphe 1, point e), iv) pour les structures … »: French
                    # separates list items by commas, so the item labelled iv) follows a citation that ends
                    # on a point; a sub-point is cited without the comma (« point e) iv) »).
                    or _next_item_after_point(prev[-1], raw, sep_text, folded, m.start("vals") + v.end("val"))
                )
            ):
                end = m.start("vals") + v.start("val") - len(sep_text)
                break
            if prev is None or not is_label or len(prev) < 2:
                path = _path(level, raw)
            else:
                # "Article 33(1) and (2)": the bare label replaces the last step of the previous path.
                parts = _PARTS_RE.findall(raw)
                path = prev[:-1] + [(prev[-1][0], _norm(p, "sub")) for p in parts[:1]]
                path += [("sub", _norm(p, "sub")) for p in parts[1:]]
            if not path:
                continue
            if level == "annex" and len(path) > 1 and text is not None:
                # "Annex I(B)", "Annex II (B) and (C)": a capital in brackets names a part of the annex
                # (« l'annexe I, partie B », « section B »), as points are lower-case.
                at = m.start("vals") + v.start("val")
                if _ANNEX_PART_RE.match(text, at, m.start("vals") + v.end("val")):
                    path[1] = ("section", path[1][1])
            if sep in _RANGE and last_path and not (sep_text.startswith(",") and kw is not None):
                # "to", « au » after a comma and before the keyword repeated begin the next item of a list, not the
                # end of a range: « conformément au paragraphe 1, au paragraphe 3 ou au paragraphe 4 » (« points g),
                # à j) » is still a range).
                kind, last = last_path[-1]
                atoms += [(kind, x) for x in expand_range(last, path[-1][1]) if path[-1][0] == kind]
            atoms += path
            prev = last_path = path
        if atoms:
            out.append((m.start(), end, atoms))
    blank = list(folded)
    for start, end, _atoms in out:
        blank[start:end] = " " * (end - start)
    for m in _ORDINAL_DIVISION_RE.finditer(folded):
        atoms: list[Atom] = []
        after = m.start()
        for item in _ORDINAL_ITEM_RE.finditer(folded, m.start(), m.end()):
            n = str(_ordinal_number(item.group(0)))
            if atoms and _ORDINAL_RANGE_SEP_RE.fullmatch(folded, after, item.start()):
                atoms += [("section", x) for x in expand_range(atoms[-1][1], n)]
            atoms.append(("section", n))
            after = item.end()
        out.append((m.start(), m.end(), atoms))
    bare = _bare_references("".join(blank))
    return sorted(out + bare, key=lambda r: r[0])


def _bare_references(folded: str) -> list[tuple[int, int, list[Atom]]]:
    """Return the articles cited as "16(4)" without their keyword."""
    out: list[tuple[int, int, list[Atom]]] = []
    for m in _BARE_RE.finditer(folded):
        atoms: list[Atom] = [("article", str(int(m.group(1))) if m.group(1).isdigit() else m.group(1))]
        atoms.append(("paragraph", str(int(m.group(2))) if m.group(2).isdigit() else m.group(2)))
        atoms += [("sub", _norm(p, "sub")) for p in _PARTS_RE.findall(m.group(3))]
        out.append((m.start(), m.end(), atoms))
    return out
