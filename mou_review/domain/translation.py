"""Offline machine translation of clauses (English <-> French) with argostranslate, behind a Protocol.

The rest of the app sees only ``Translator`` (``directions`` and ``translate``); ``ArgosTranslator``
is the one implementation.  How it keeps the legal structure and stays offline:

- **Structure.**  Before the model sees a clause, numbers, amounts, dates, item labels ("(a)"),
  cross-references ("Article 12(3)") and glossary terms are replaced by placeholders ``⟦n⟧``
  that carry no words to translate; afterwards each placeholder is replaced by its rendering in
  the target language ("a)", "l'article 12, paragraphe 3", "1 000,50", the glossary's own
  term).  If the model loses or duplicates a placeholder, the clause is translated again with
  the renderings written inline, so nothing protected can silently disappear.
- **Offline.**  argostranslate reads ``XDG_*`` and ``ARGOS_PACKAGES_DIR`` once, when it is first
  imported, and creates folders there: we import it lazily, with those variables pointing into
  our data folder, so nothing is written under the home directory.  Its default sentence
  splitter (MiniSBD) downloads a model when a package has none; we never use it.  Sentences are
  split by our own rule-based splitter (which knows legal abbreviations such as "Art." and
  "No."), handed to argostranslate's own ``apply_packaged_translation`` (tokenizer,
  CTranslate2 ``translate_batch``, detokenizer), so a package needs no ``minisbd/`` folder and
  no code path can reach the network.
- **Packages** are validated before anything is extracted, unpacked into a staging folder, test
  loaded, then moved into ``<data_dir>/packages/<src>_<tgt>`` with a rename, so a bad file never
  touches the installed models.  One model per direction: installing another replaces it.
- **Cache.**  Each clause's result is stored under ``cache_key(text, source, target, model)``, so
  the same clause is never translated twice by the same model.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import logging
import os
import re
import shutil
import sys
import threading
import unicodedata
import uuid
import zipfile
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from mou_review.domain.errors import NotFound, TranslationUnavailable, ValidationError
from mou_review.domain.types import Lang

log = logging.getLogger(__name__)

#: Default upper bound on a model file's size (real EN<->FR models are about 100 MB).
DEFAULT_MAX_BYTES = 500 * 1024 * 1024

#: Below this back-translation similarity, the two versions probably differ in meaning
#: (calibrated on the table in ``tests/domain/test_translation_similarity.py``).
MEANING_THRESHOLD = 0.75

# Bumped whenever protection/restoration changes, so stale cached translations are not reused.
_PIPELINE_VERSION = "1"

_INSTALL_HINT = (
    "Install one with `mou-review translate install FILE.argosmodel` "
    "or on the administration page (Translation models)."
)

NBSP = "\u00a0"


# --------------------------------------------------------------------------------------------
# Public value types and protocols
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ModelInfo:
    """An installed translation model."""

    code: str  # "<source>_<target>", e.g. "en_fr"; one model per direction
    source: Lang
    target: Lang
    name: str
    version: str
    path: str

    @property
    def model_id(self) -> str:
        """Return "<code>@<version>", the model's name in results and cache keys."""
        return f"{self.code}@{self.version}"


@dataclass(frozen=True)
class TranslationResult:
    """A machine translation and the model (``"<code>@<version>"``) that produced it."""

    text: str
    model: str


class TranslationCache(Protocol):
    """Where finished translations are kept, by ``cache_key``."""

    def get(self, key: str) -> str | None:
        """Return the cached translation for ``key``, or None."""
        ...

    def put(self, key: str, text: str, **meta: str) -> None:
        """Store ``text`` under ``key`` (``meta``: model, source and target, for a table)."""
        ...


class MemoryCache:
    """A dict-based ``TranslationCache`` for tests and the command line."""

    def __init__(self) -> None:
        self._data: dict[str, str] = {}

    def get(self, key: str) -> str | None:
        """Return the cached translation for ``key``, or None."""
        return self._data.get(key)

    def put(self, key: str, text: str, **meta: str) -> None:
        """Store ``text`` under ``key``."""
        self._data[key] = text

    def __len__(self) -> int:
        return len(self._data)


class Translator(Protocol):
    """Anything that translates clause text between the two languages."""

    def directions(self) -> list[tuple[Lang, Lang]]:
        """Return the (source, target) pairs that can be translated."""
        ...

    def translate(self, text: str, source: Lang, target: Lang) -> TranslationResult:
        """Translate ``text`` from ``source`` into ``target``."""
        ...


def cache_key(
    text: str, source: Lang, target: Lang, model: str, *, glossary: Sequence[tuple[str, str]] = ()
) -> str:
    """Return the cache key of a clause translation (the glossary is part of it when given)."""
    h = hashlib.sha256()
    for part in (_PIPELINE_VERSION, str(source), str(target), model):
        h.update(part.encode())
        h.update(b"\x1f")
    for en, fr in glossary:
        h.update(f"{en}\x1e{fr}\x1d".encode())
    h.update(b"\x1f")
    h.update(text.encode())
    return h.hexdigest()


# --------------------------------------------------------------------------------------------
# Sentence splitting (ours, offline)
# --------------------------------------------------------------------------------------------

# Words after which a full stop does not end a sentence (lower-case, without the dot).
_ABBREVIATIONS = frozenset(
    "art arts no nos nr e.g i.e etc cf para paras p pp vol mr mrs ms dr prof hon st "
    "inc ltd co jr sr fig al m mm mme mmes mlle me dr ex op ibid viz vs".split()
)
_SENTENCE_END = re.compile(r"[.!?…](?:[\s\u00a0\u202f]*[\"'»”’)\]])*[\s\u00a0\u202f]+")


def split_sentences(text: str) -> list[str]:
    """Split one paragraph into sentences, not at "Art.", "No.", initials or "3.2"."""
    sentences: list[str] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        end = m.end()
        if end >= len(text):
            break
        nxt = text[end]
        if not (nxt.isupper() or nxt.isdigit() or nxt in '«"“(⟦'):
            continue
        before = text[start : m.start() + 1]
        word = re.findall(r"[\w.]+\.?$", before)
        last = word[0].rstrip(".").lower() if word else ""
        if text[m.start()] == "." and (last in _ABBREVIATIONS or (len(last) == 1 and last.isalpha())):
            continue
        sentences.append(text[start : m.end()].rstrip())
        start = end
    tail = text[start:].strip()
    if tail:
        sentences.append(tail)
    return sentences


class _OfflineSentencizer:
    """argostranslate's sentence-splitter interface over ``split_sentences`` (never downloads)."""

    def split_sentences(self, text: str) -> list[str]:
        return split_sentences(text)


# --------------------------------------------------------------------------------------------
# Protection of structure: placeholders in, target renderings out
# --------------------------------------------------------------------------------------------

_MONTHS_EN = ("January February March April May June July August September October November December").split()
_MONTHS_FR = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
_PLACEHOLDER = re.compile(r"⟦\s*(\d+)\s*⟧")

_EN_PATTERNS = [
    ("literal", r"⟦[^⟧\n]*⟧"),
    ("xref", r"\b[Aa]rticle\s+(?P<xa>\d+)(?P<xp>(?:\((?:\d+|[a-z]|[ivxl]+)\))*)"),
    (
        "date",
        r"\b(?P<dd>\d{1,2})(?:st|nd|rd|th)?\s+(?P<dm>" + "|".join(_MONTHS_EN) + r")\s+(?P<dy>\d{4})\b",
    ),
    (
        "mdate",
        r"\b(?P<mm>" + "|".join(_MONTHS_EN) + r")\s+(?P<md>\d{1,2})(?:st|nd|rd|th)?,\s+(?P<my>\d{4})\b",
    ),
    ("amount", r"\b\d{1,3}(?:,\d{3})+(?:\.\d+)?\b"),
    ("label", r"(?<![\w)])\((?P<lab>[a-z]|[ivxl]+)\)"),
]
_FR_PATTERNS = [
    ("literal", r"⟦[^⟧\n]*⟧"),
    (
        "xref",
        r"(?:\b[lL]['’]\s?)?\b[Aa]rticle\s+(?P<xa>1er|premier|\d+)\b"
        r"(?P<xp>(?:,\s*(?:paragraphe\s+\d+|alinéa\s+[a-z]+\)|point\s+[ivxl]+\)))*)",
    ),
    (
        "date",
        r"\b(?P<dd>1er|\d{1,2})\s+(?P<dm>" + "|".join(_MONTHS_FR) + r")\s+(?P<dy>\d{4})\b",
    ),
    ("amount", r"\b\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?\b"),
    ("label", r"(?:(?<=[\s(«])|^)(?P<lab>[a-z]|[ivxl]+)\)"),
]
_NUMBER = ("number", r"\b\d+(?:[.,]\d+)*\b")


def _glossary_for(source: Lang, glossary: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """Return (source term, target term) pairs, longest source term first."""
    pairs = [(en, fr) if source is Lang.EN else (fr, en) for en, fr in glossary if en and fr]
    return sorted(pairs, key=lambda p: -len(p[0]))


def _protect_regex(source: Lang, terms: Sequence[str]) -> re.Pattern[str]:
    patterns = list(_EN_PATTERNS if source is Lang.EN else _FR_PATTERNS)
    if terms:
        alternation = "|".join(re.escape(t) for t in terms)
        # Glossary terms come after dates and references, before bare labels and numbers.
        patterns.insert(-1, ("term", rf"(?<!\w)(?:{alternation})(?!\w)"))
    patterns.append(_NUMBER)
    return re.compile("|".join(f"(?P<{name}>{rx})" for name, rx in patterns), re.IGNORECASE)


def _render_xref(article: str, parts: list[str], target: Lang) -> str:
    """Render a reference to an article, its paragraph and items in ``target``'s style."""
    if article.lower() in ("premier", "1er"):
        article = "1"
    if target is Lang.EN:
        return f"Article {article}" + "".join(f"({p})" for p in parts)
    words = [f"article {'premier' if article == '1' else article}"]
    letters_seen = 0
    for p in parts:
        if p.isdigit():
            words.append(f"paragraphe {p}")
        else:
            words.append(f"{'alinéa' if letters_seen == 0 else 'point'} {p})")
            letters_seen += 1
    return ", ".join(words)


def _xref_parts(m: re.Match[str], source: Lang) -> list[str]:
    raw = m.group("xp") or ""
    if source is Lang.EN:
        return re.findall(r"\(([^)]*)\)", raw)
    return re.findall(r"(?:paragraphe|alinéa|point)\s+(\w+)", raw)


def _render_amount(raw: str, source: Lang, target: Lang) -> str:
    if source is Lang.EN:
        whole, _, dec = raw.partition(".")
        groups = whole.split(",")
        return NBSP.join(groups) + (f",{dec}" if dec else "")
    whole, _, dec = raw.partition(",")
    groups = re.split(r"[ \u00a0\u202f]", whole)
    return ",".join(groups) + (f".{dec}" if dec else "")


def _render_date(day: str, month: str, year: str, source: Lang, target: Lang) -> str:
    months_src = _MONTHS_EN if source is Lang.EN else _MONTHS_FR
    index = [mo.lower() for mo in months_src].index(month.lower())
    day_num = "1" if day.lower() == "1er" else str(int(day))
    if target is Lang.FR:
        return f"{'1er' if day_num == '1' else day_num} {_MONTHS_FR[index]} {year}"
    return f"{day_num} {_MONTHS_EN[index]} {year}"


def _match_case(found: str, term: str) -> str:
    if found[:1].isupper() and term[:1].islower():
        return term[:1].upper() + term[1:]
    return term


def protect(
    text: str, source: Lang, target: Lang, glossary: Sequence[tuple[str, str]] = ()
) -> tuple[str, list[str], list[str]]:
    """Replace structure by placeholders; return (text, target renderings, source originals)."""
    pairs = _glossary_for(source, glossary)
    lookup: dict[str, str] = {}
    for s, t in pairs:
        # A term listed twice ("traite des personnes" for two English terms): the first pair wins.
        lookup.setdefault(s.lower(), t)
    regex = _protect_regex(source, [s for s, _ in pairs])
    renderings: list[str] = []
    originals: list[str] = []

    def replace(m: re.Match[str]) -> str:
        kind, found = m.lastgroup, m.group(0)
        if kind == "xref":
            out = _render_xref(m.group("xa"), _xref_parts(m, source), target)
        elif kind == "date":
            out = _render_date(m.group("dd"), m.group("dm"), m.group("dy"), source, target)
        elif kind == "mdate":
            out = _render_date(m.group("md"), m.group("mm"), m.group("my"), source, target)
        elif kind == "amount":
            out = _render_amount(found, source, target)
        elif kind == "label":
            out = f"{m.group('lab')})" if target is Lang.FR else f"({m.group('lab')})"
        elif kind == "term":
            out = _match_case(found, lookup[found.lower()])
        else:  # a bare number, or text that looks like one of our placeholders
            out = found
        renderings.append(out)
        originals.append(found)
        return f"⟦{len(renderings) - 1}⟧"

    return regex.sub(replace, text), renderings, originals


def restore(text: str, renderings: Sequence[str], target: Lang) -> str | None:
    """Put renderings back for placeholders; None if any was lost, duplicated or invented."""
    seen = [int(n) for n in _PLACEHOLDER.findall(text)]
    if sorted(seen) != list(range(len(renderings))):
        return None
    out = _PLACEHOLDER.sub(lambda m: renderings[int(m.group(1))], text)
    return _fix_french(out) if target is Lang.FR else out


# Elision and contraction in front of a cross-reference rendered as "article ...".
_FR_ELISION = [
    (re.compile(r"\b(de|à|par|selon|dans|sous|conformément à|en vertu de)\s+article\b"), r"\1 l'article"),
    (re.compile(r"\bdu\s+article\b"), "de l'article"),
    (re.compile(r"\bau\s+article\b"), "à l'article"),
    (re.compile(r"\b([Ll])e\s+article\b"), r"\1'article"),
    (re.compile(r"(^|[.!?]\s+)article\b"), r"\1L'article"),
]


def _fix_french(text: str) -> str:
    for rx, repl in _FR_ELISION:
        text = rx.sub(repl, text)
    return text


def typography(text: str, lang: Lang) -> str:
    """Apply the target language's punctuation spacing and quotation marks."""
    if lang is Lang.FR:
        text = re.sub(r'"([^"\n]+)"', lambda m: f"«{NBSP}{m.group(1).strip()}{NBSP}»", text)
        text = re.sub(r"«[ \u00a0\u202f]*", f"«{NBSP}", text)
        text = re.sub(r"[ \u00a0\u202f]*»", f"{NBSP}»", text)
        # A non-breaking space before : ; ! ? that end a phrase (not in "10:30" or a URL).
        text = re.sub(r"(?<=\S)[ \u00a0\u202f]*([:;!?])(?=\s|$|»)", lambda m: NBSP + m.group(1), text)
        return text
    text = re.sub(r"«[ \u00a0\u202f]*([^»]*?)[ \u00a0\u202f]*»", r"“\1”", text)
    # English sets : ; ! ? close to the word before them.
    return re.sub(r"(?<=\S)[ \u00a0\u202f]+([:;!?])(?=\s|$)", r"\1", text)


# --------------------------------------------------------------------------------------------
# Meaning check by back-translation
# --------------------------------------------------------------------------------------------

_STOPWORDS = frozenset(
    "a an the of to in on at by for with and or as be is are was were this that these those "
    "it its their such which who whom any all each shall will may must under from into "
    "le la les l un une des du de d à au aux en et ou par pour sur dans avec ce cette ces "
    "qui que dont son sa ses leur leurs est sont être doit doivent peut peuvent".split()
)
_NEGATIONS = frozenset(
    "not no never nor neither without none cannot ne pas jamais aucun aucune sans ni".split()
)


_OBLIGATION = frozenset("shall must doit doivent tenu tenue tenus tenues".split())
_PERMISSION = frozenset("may peut peuvent".split())


def _modality(words: list[str]) -> tuple[bool, bool]:
    return bool(_OBLIGATION.intersection(words)), bool(_PERMISSION.intersection(words))


def _names(text: str) -> set[str]:
    """Return capitalised words not at a sentence start (party and place names, mostly)."""
    words = re.findall(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]{2,}\b", text.strip())
    return {w for w in words if w.lower() not in _STOPWORDS}


def _words(text: str) -> list[str]:
    text = unicodedata.normalize("NFKC", text).lower().replace("’", "'")
    text = re.sub(r"(\d)[,\u00a0\u202f ](?=\d{3}\b)", r"\1", text)  # 1,000 / 1 000 -> 1000
    text = text.replace("n't", " not")
    return re.findall(r"\d+(?:[.,]\d+)?|[^\W\d_]+", text)


def _stem(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


def similarity(a: str, b: str) -> float:
    """Return how close two texts of one language are in meaning, from 0.0 to 1.0.

    Half word-order similarity (difflib ratio over the words), half content-word overlap
    (F1 over stemmed words that are not stopwords); then the score is halved when the numbers
    differ, and multiplied by 0.6 for each of: only one side negated, obligation and
    permission swapped ("shall" / "may"), different capitalised names ("Nigeria" / "Niger"),
    because such one-word edits change a legal obligation while looking small.
    """
    wa, wb = _words(a), _words(b)
    if not wa and not wb:
        return 1.0
    if not wa or not wb:
        return 0.0
    order = difflib.SequenceMatcher(None, wa, wb, autojunk=False).ratio()
    ca = [_stem(w) for w in wa if w not in _STOPWORDS]
    cb = [_stem(w) for w in wb if w not in _STOPWORDS]
    if ca and cb:
        common = sum(min(ca.count(w), cb.count(w)) for w in set(ca))
        overlap = 2 * common / (len(ca) + len(cb))
    else:
        overlap = order
    score = 0.5 * order + 0.5 * overlap
    numbers_a = sorted(w for w in wa if w[0].isdigit())
    numbers_b = sorted(w for w in wb if w[0].isdigit())
    if numbers_a != numbers_b:
        score *= 0.5
    if bool(_NEGATIONS.intersection(wa)) != bool(_NEGATIONS.intersection(wb)):
        score *= 0.6
    if _modality(wa) != _modality(wb):
        score *= 0.6
    if _names(a) != _names(b):
        score *= 0.6
    return round(score, 4)


def back_translation_finding(
    translator: Translator,
    text: str,
    lang: Lang,
    counterpart: str,
    *,
    threshold: float = MEANING_THRESHOLD,
) -> tuple[float, str] | None:
    """Translate ``counterpart`` back into ``lang``; return (score, back text) if it diverges.

    ``text`` is the clause in ``lang`` and ``counterpart`` the same clause in the other
    language.  Returns None when the back-translation is at least ``threshold`` similar to
    ``text``; raises ``TranslationUnavailable`` when no model translates ``lang.other`` into
    ``lang``.  The divergence checker turns a result into a ``meaning_divergence`` finding.
    """
    back = translator.translate(counterpart, lang.other, lang).text
    score = similarity(text, back)
    return None if score >= threshold else (score, back)


#: The probe a model must pass before its back-translations become findings: official clause
#: pairs (the Universal Declaration of Human Rights and EU Regulation 648/2012 and Directive
#: 2016/97, whose English and French are both authentic; see tests/data/divergence/real/), each
#: once faithful and once with one edit that changes what it says (a dropped negation, a changed
#: number, an obligation made a permission, a name replaced).  (English, French, faithful?)
MEANING_PROBE: tuple[tuple[str, str, bool], ...] = (
    (
        "Everyone has the right to life, liberty and security of person.",
        "Tout individu a droit à la vie, à la liberté et à la sûreté de sa personne.",
        True,
    ),
    (
        "No one shall be subjected to arbitrary arrest, detention or exile.",
        "Nul ne peut être arbitrairement arrêté, détenu ou exilé.",
        True,
    ),
    (
        "No one may be compelled to belong to an association.",
        "Nul ne peut être obligé de faire partie d’une association.",
        True,
    ),
    (
        "No one shall be subjected to torture or to cruel, inhuman or degrading treatment or punishment.",
        "Nul ne sera soumis à la torture, ni à des peines ou traitements cruels, inhumains ou dégradants.",
        True,
    ),
    (
        "Member States shall designate the competent authorities empowered to ensure implementation of "
        "this Directive.",
        "Les États membres désignent les autorités compétentes chargées de veiller à la mise en œuvre de "
        "la présente directive.",
        True,
    ),
    (
        "The amount of the premium paid for the insurance product does not exceed EUR 600 calculated on "
        "a pro rata annual basis.",
        "Le montant de la prime du produit d’assurance ne dépasse pas 600 EUR calculé au prorata selon une "
        "périodicité annuelle.",
        True,
    ),
    (
        "This Regulation shall apply to CCPs and their clearing members, to financial counterparties and "
        "to trade repositories.",
        "Le présent règlement s'applique aux contreparties centrales et à leurs membres compensateurs, aux "
        "contreparties financières et aux référentiels centraux.",
        True,
    ),
    (
        "A CCP shall maintain a clear separation between the reporting lines for risk management and those "
        "for the other operations of the CCP.",
        "Les contreparties centrales maintiennent une séparation nette entre l'organisation hiérarchique de "
        "la gestion des risques et les organisations hiérarchiques de leurs autres activités.",
        True,
    ),
    # The same clauses, each with one edit that changes its meaning.
    (
        "Everyone has the right to life, liberty and security of person.",
        "Tout individu a droit à la vie et à la liberté, mais non à la sûreté de sa personne.",
        False,
    ),
    (
        "No one shall be subjected to arbitrary arrest, detention or exile.",
        "Chacun peut être arbitrairement arrêté, détenu ou exilé.",
        False,
    ),
    (
        "No one may be compelled to belong to an association.",
        "Chacun est obligé de faire partie d’une association.",
        False,
    ),
    (
        "No one shall be subjected to torture or to cruel, inhuman or degrading treatment or punishment.",
        "Chacun peut être soumis à la torture, à des peines ou traitements cruels, inhumains ou dégradants.",
        False,
    ),
    (
        "Member States shall designate the competent authorities empowered to ensure implementation of "
        "this Directive.",
        "Les États membres peuvent désigner les autorités chargées de la mise en œuvre d'une autre directive.",
        False,
    ),
    (
        "The amount of the premium paid for the insurance product does not exceed EUR 600 calculated on "
        "a pro rata annual basis.",
        "Le montant de la prime du produit d’assurance dépasse 6 000 EUR calculé au prorata selon une "
        "périodicité mensuelle.",
        False,
    ),
    (
        "This Regulation shall apply to CCPs and their clearing members, to financial counterparties and "
        "to trade repositories.",
        "Le présent règlement ne s'applique pas aux contreparties centrales ni à leurs membres compensateurs.",
        False,
    ),
    (
        "A CCP shall maintain a clear separation between the reporting lines for risk management and those "
        "for the other operations of the CCP.",
        "Les contreparties centrales peuvent confier la gestion des risques et leurs autres activités aux "
        "mêmes responsables.",
        False,
    ),
)


@dataclass(frozen=True)
class MeaningScore:
    """How a model's back-translations did on :data:`MEANING_PROBE` at the check's threshold."""

    model: str  # model id ("fr_en@1.9"): the model whose back-translations were scored
    faithful_flagged: int
    faithful_total: int
    unfaithful_caught: int
    unfaithful_total: int

    @property
    def separates(self) -> bool:
        """Say whether the model earns the meaning check: it must flag at most one faithful pair in
        five and catch at least half of the unfaithful ones; a model that flags most faithful pairs
        would make every clause a warning."""
        return (
            self.faithful_flagged * 5 <= self.faithful_total
            and self.unfaithful_caught * 2 >= self.unfaithful_total
        )

    def to_dict(self) -> dict[str, Any]:
        """Return the score as JSON-ready data."""
        return {
            "model": self.model,
            "faithful_flagged": self.faithful_flagged,
            "faithful_total": self.faithful_total,
            "unfaithful_caught": self.unfaithful_caught,
            "unfaithful_total": self.unfaithful_total,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> MeaningScore:
        """Read a score written by :meth:`to_dict`."""
        return cls(
            str(data["model"]),
            int(data["faithful_flagged"]),
            int(data["faithful_total"]),
            int(data["unfaithful_caught"]),
            int(data["unfaithful_total"]),
        )


def score_meaning(
    translator: Translator, compared: Lang, model: str, *, threshold: float = MEANING_THRESHOLD
) -> MeaningScore:
    """Run the meaning check with ``translator`` on every probe pair and count what it flags.

    ``compared`` is the language the other side is translated back into (English when a
    French-to-English model is installed).
    """
    counts = {True: [0, 0], False: [0, 0]}
    for en, fr, faithful in MEANING_PROBE:
        texts = {Lang.EN: en, Lang.FR: fr}
        found = back_translation_finding(
            translator, texts[compared], compared, texts[compared.other], threshold=threshold
        )
        counts[faithful][0] += found is not None
        counts[faithful][1] += 1
    return MeaningScore(model, counts[True][0], counts[True][1], counts[False][0], counts[False][1])


# --------------------------------------------------------------------------------------------
# Model files: validation
# --------------------------------------------------------------------------------------------

_LANG_CODES = {lang.value for lang in Lang}
_MAX_METADATA_BYTES = 1024 * 1024


def _refuse(reason: str, message: str, **details: Any) -> ValidationError:
    return ValidationError(message, reason=reason, **details)


def _inspect(path: Path, max_bytes: int) -> tuple[dict[str, Any], str]:
    """Validate a model file without extracting it; return (metadata, folder prefix)."""
    path = Path(path)
    if not path.is_file():
        raise _refuse("missing_file", f"Model file not found: {path.name}")
    size = path.stat().st_size
    if size > max_bytes:
        raise _refuse("too_big", f"Model file is {size} bytes; the limit is {max_bytes}.", size=size)
    if not zipfile.is_zipfile(path):
        raise _refuse("not_zip", "Not an Argos model: a .argosmodel file is a zip archive.")
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            total = 0
            for info in infos:
                name = info.filename
                if info.flag_bits & 0x1 or info.compress_type not in (
                    zipfile.ZIP_STORED,
                    zipfile.ZIP_DEFLATED,
                ):
                    # Encrypted, or compressed by a method we cannot read (AES is 99): unreadable.
                    raise _refuse("corrupt", f"Corrupt model archive: {name!r} cannot be read")
                is_link = (info.external_attr >> 16) & 0o170000 == 0o120000
                if name.startswith(("/", "\\")) or ".." in Path(name).parts or "\\" in name or is_link:
                    raise _refuse("unsafe_archive", f"Unsafe path in model archive: {name!r}")
                total += info.file_size
            # Guard against archives that inflate far beyond their size on disk.
            if total > 4 * max_bytes:
                raise _refuse("too_big", "Model archive expands beyond the size limit.", size=total)
            names = {i.filename for i in infos}
            prefix = _package_prefix(names)
            meta_info = zf.getinfo(prefix + "metadata.json")
            if meta_info.file_size > _MAX_METADATA_BYTES:
                raise _refuse("bad_metadata", "metadata.json is too large.")
            try:
                metadata = json.loads(zf.read(meta_info).decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                raise _refuse("bad_metadata", f"metadata.json is not valid JSON: {exc}") from exc
    except (zipfile.BadZipFile, OSError, EOFError, RuntimeError, NotImplementedError, zlib.error) as exc:
        raise _refuse("corrupt", f"Corrupt model archive: {exc}") from exc
    if not isinstance(metadata, dict):
        raise _refuse("bad_metadata", "metadata.json must hold a JSON object.")
    src, tgt = metadata.get("from_code"), metadata.get("to_code")
    if src not in _LANG_CODES or tgt not in _LANG_CODES or src == tgt:
        raise _refuse(
            "wrong_languages",
            f"This model translates {src!r} into {tgt!r}; only English<->French models are used.",
            from_code=src,
            to_code=tgt,
        )
    if metadata.get("type", "translate") != "translate":
        raise _refuse("bad_metadata", f"Not a translation package (type {metadata.get('type')!r}).")
    missing = [f for f in ("model/model.bin", "sentencepiece.model") if prefix + f not in names]
    if not any(n.startswith(prefix + "model/") and "vocabulary" in n for n in names):
        missing.append("model/*vocabulary*")
    if missing:
        raise _refuse("missing_files", "The model archive lacks: " + ", ".join(missing), missing=missing)
    return metadata, prefix


def _package_prefix(names: set[str]) -> str:
    """Return "" or "<folder>/" where metadata.json sits (argostranslate zips one folder)."""
    if "metadata.json" in names:
        return ""
    tops = {n.split("/", 1)[0] for n in names}
    if len(tops) == 1:
        prefix = tops.pop() + "/"
        if prefix + "metadata.json" in names:
            return prefix
    raise _refuse("no_metadata", "The model archive has no metadata.json.")


def validate_model_file(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> dict[str, Any]:
    """Check a .argosmodel file without installing it; return its metadata.

    Raises ``ValidationError`` whose ``details["reason"]`` is one of: missing_file, too_big,
    not_zip, corrupt, unsafe_archive, no_metadata, bad_metadata, wrong_languages,
    missing_files.  A ``minisbd/`` (or ``stanza/``) sentence model is allowed but not required:
    we split sentences ourselves, so it is never loaded and nothing is ever downloaded.
    """
    return _inspect(path, max_bytes)[0]


# --------------------------------------------------------------------------------------------
# argostranslate, imported lazily inside our data folder
# --------------------------------------------------------------------------------------------

_IMPORT_LOCK = threading.Lock()


def _argos(data_dir: Path) -> tuple[Any, Any]:
    """Import argostranslate with its folders inside ``data_dir``; return (package, translate)."""
    with _IMPORT_LOCK:
        if "argostranslate.settings" not in sys.modules:
            env = {
                "XDG_DATA_HOME": data_dir / "xdg-data",
                "XDG_CONFIG_HOME": data_dir / "xdg-config",
                "XDG_CACHE_HOME": data_dir / "xdg-cache",
                "ARGOS_PACKAGES_DIR": data_dir / "packages",
            }
            saved = {k: os.environ.get(k) for k in env}
            os.environ.update({k: str(v) for k, v in env.items()})
            try:
                import argostranslate.package  # noqa: F401  (reads the variables above)
                import argostranslate.translate  # noqa: F401
            finally:
                # The values were read at import; do not leak them into the rest of the app.
                for k, v in saved.items():
                    if v is None:
                        os.environ.pop(k, None)
                    else:
                        os.environ[k] = v
        import argostranslate.package as package
        import argostranslate.translate as translate

        return package, translate


def _clear_argos_caches() -> None:
    """Forget argostranslate's in-process view of installed packages."""
    translate = sys.modules.get("argostranslate.translate")
    if translate is not None:
        translate.get_installed_languages.cache_clear()
        translate.installed_translates.clear()


# --------------------------------------------------------------------------------------------
# The translator
# --------------------------------------------------------------------------------------------


@dataclass
class _Loaded:
    package: Any
    model: Any  # ctranslate2.Translator


class ArgosTranslator:
    """A ``Translator`` backed by argostranslate packages installed under ``data_dir``."""

    def __init__(
        self,
        data_dir: Path,
        cache: TranslationCache | None = None,
        glossary: Sequence[tuple[str, str]] = (),
        *,
        threads: int = 1,
    ) -> None:
        """Use models under ``data_dir``; ``glossary`` holds (English, French) term pairs.

        ``threads`` is CTranslate2's ``intra_threads``.  One by default: its automatic choice
        oversubscribes a two-core server (measured 3.6x slower in ``bench/bench_translation.py``)
        and leaves no core for the web app.
        """
        self.data_dir = Path(data_dir)
        self.packages_dir = self.data_dir / "packages"
        self.cache: TranslationCache = cache if cache is not None else MemoryCache()
        self.glossary: tuple[tuple[str, str], ...] = tuple((en, fr) for en, fr in glossary)
        #: How many times a model was run (one per paragraph); cache hits do not count.
        self.model_calls = 0
        self._lock = threading.RLock()
        self._loaded: dict[str, _Loaded] = {}
        self._threads = max(1, int(threads))

    # -- models ------------------------------------------------------------------------------

    def installed(self) -> list[ModelInfo]:
        """Return the installed models, sorted by code."""
        found = []
        if not self.packages_dir.is_dir():
            return found
        for folder in sorted(self.packages_dir.iterdir()):
            meta_path = folder / "metadata.json"
            if not meta_path.is_file():
                continue
            try:
                found.append(_model_info(json.loads(meta_path.read_text("utf-8")), folder))
            except (ValueError, KeyError) as exc:
                log.warning("Ignoring unreadable model folder %s: %s", folder, exc)
        return found

    def directions(self) -> list[tuple[Lang, Lang]]:
        """Return the (source, target) pairs that can be translated."""
        return [(m.source, m.target) for m in self.installed()]

    def install(self, path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> ModelInfo:
        """Validate and install a .argosmodel file, replacing the model of the same direction."""
        metadata, prefix = _inspect(Path(path), max_bytes)
        info = _model_info(metadata, self.packages_dir / _code(metadata))
        staging_root = self.data_dir / "staging"
        staging = staging_root / f"install-{uuid.uuid4().hex}"
        staging.mkdir(parents=True)
        try:
            with zipfile.ZipFile(path) as zf:
                for member in zf.infolist():
                    if member.is_dir() or not member.filename.startswith(prefix):
                        continue
                    dest = staging / member.filename[len(prefix) :]
                    dest.parent.mkdir(parents=True, exist_ok=True)
                    with zf.open(member) as src, open(dest, "wb") as out:
                        shutil.copyfileobj(src, out)
            self._check_loads(staging)
            with self._lock:
                self.packages_dir.mkdir(parents=True, exist_ok=True)
                final = Path(info.path)
                old = staging_root / f"old-{uuid.uuid4().hex}"
                if final.exists():
                    final.rename(old)
                staging.rename(final)
                shutil.rmtree(old, ignore_errors=True)
                self._forget()
        except (zipfile.BadZipFile, EOFError, RuntimeError, NotImplementedError, zlib.error) as exc:
            raise _refuse("corrupt", f"Corrupt model archive: {exc}") from exc
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        log.info("Installed translation model %s from %s", info.model_id, Path(path).name)
        return info

    def remove(self, code: str) -> None:
        """Uninstall the model with this code (e.g. "en_fr")."""
        with self._lock:
            match = [m for m in self.installed() if m.code == code]
            if not match:
                raise NotFound(f"No translation model {code!r} is installed.", code=code)
            trash = self.data_dir / "staging" / f"old-{uuid.uuid4().hex}"
            trash.parent.mkdir(parents=True, exist_ok=True)
            Path(match[0].path).rename(trash)
            self._forget()
        shutil.rmtree(trash, ignore_errors=True)

    def _check_loads(self, folder: Path) -> None:
        """Load a staged package the way ``translate`` will, so a broken one is refused."""
        package, _ = _argos(self.data_dir)
        import ctranslate2

        try:
            pkg = package.Package(folder)
            pkg.tokenizer.lazy_processor()
            ctranslate2.Translator(str(folder / "model"), device="cpu", intra_threads=1)
        except Exception as exc:  # any loader failure means the package is unusable
            raise _refuse("bad_model", f"The model cannot be loaded: {exc}") from exc

    def _forget(self) -> None:
        self._loaded.clear()
        _clear_argos_caches()

    def _model_for(self, source: Lang, target: Lang) -> ModelInfo:
        for m in self.installed():
            if m.source is source and m.target is target:
                return m
        raise TranslationUnavailable(
            f"No translation model from {source.value} to {target.value} is installed. " + _INSTALL_HINT,
            reason="no_model",
            source=source.value,
            target=target.value,
        )

    def _load(self, info: ModelInfo) -> _Loaded:
        key = f"{info.path}@{info.version}"
        with self._lock:
            loaded = self._loaded.get(key)
            if loaded is None:
                package, _ = _argos(self.data_dir)
                import ctranslate2

                pkg = package.Package(Path(info.path))
                model = ctranslate2.Translator(
                    str(Path(info.path) / "model"), device="cpu", inter_threads=1, intra_threads=self._threads
                )
                loaded = self._loaded[key] = _Loaded(pkg, model)
            return loaded

    # -- translation -------------------------------------------------------------------------

    def translate(
        self,
        text: str,
        source: Lang,
        target: Lang,
        *,
        cache: TranslationCache | None = None,
        glossary: Sequence[tuple[str, str]] | None = None,
    ) -> TranslationResult:
        """Translate a clause, keeping its numbers, labels, references and glossary terms.

        ``cache`` and ``glossary``, when given, replace the translator's own for this call, so
        one process-wide translator (and its loaded models) serves requests that each bring
        their own database session and the glossary in force.
        """
        source, target = Lang(source), Lang(target)
        cache = self.cache if cache is None else cache
        terms = self.glossary if glossary is None else tuple((en, fr) for en, fr in glossary)
        if source is target:
            return TranslationResult(text, "identity")
        info = self._model_for(source, target)
        if not text.strip():
            return TranslationResult(text, info.model_id)
        key = cache_key(text, source, target, info.model_id, glossary=terms)
        cached = cache.get(key)
        if cached is not None:
            return TranslationResult(cached, info.model_id)
        loaded = self._load(info)
        lines = [self._translate_paragraph(line, source, target, loaded, terms) for line in text.split("\n")]
        result = "\n".join(lines)
        cache.put(key, result, model=info.model_id, source=source.value, target=target.value)
        return TranslationResult(result, info.model_id)

    def _run_model(self, text: str, loaded: _Loaded) -> str:
        _, translate = _argos(self.data_dir)
        with self._lock:
            self.model_calls += 1
            hypotheses = translate.apply_packaged_translation(
                loaded.package, text, loaded.model, _OfflineSentencizer(), 1
            )
        return hypotheses[0].value

    def _translate_paragraph(
        self, line: str, source: Lang, target: Lang, loaded: _Loaded, glossary: Sequence[tuple[str, str]]
    ) -> str:
        if not line.strip():
            return line
        protected, renderings, _ = protect(line, source, target, glossary)
        if not _PLACEHOLDER.sub("", protected).strip(" .,;:()\u00a0"):
            # Nothing left to translate ("(a)", "12.3", "Article 5"): the renderings are it.
            out = restore(protected, renderings, target)
            return typography(out if out is not None else line, target)
        out = restore(self._run_model(protected, loaded), renderings, target)
        if out is None:
            # The model lost or duplicated a placeholder: write the renderings inline instead.
            inline = _PLACEHOLDER.sub(lambda m: renderings[int(m.group(1))], protected)
            out = self._run_model(inline, loaded)
            if target is Lang.FR:
                out = _fix_french(out)
        return typography(out, target)


def _code(metadata: dict[str, Any]) -> str:
    return f"{metadata['from_code']}_{metadata['to_code']}"


def _model_info(metadata: dict[str, Any], folder: Path) -> ModelInfo:
    src, tgt = Lang(metadata["from_code"]), Lang(metadata["to_code"])
    name = (
        metadata.get("name")
        or f"{metadata.get('from_name') or src.value} → {metadata.get('to_name') or tgt.value}"
    )
    return ModelInfo(
        code=_code(metadata),
        source=src,
        target=tgt,
        name=str(name),
        version=str(metadata.get("package_version") or "0"),
        path=str(folder),
    )
