"""Write tests/data/divergence/real/injected.txt: divergences injected into the real corpus.

Each line takes one official pair and changes one side in one way (the kinds the issue lists):
a number, a date, a cross-reference, a dropped sentence, a truncation, an untranslated or a
missing side, and the obligations: "shall" made "may" and the reverse (« doit »/« peut »), a
dropped or added negation, "and" made "or" in a condition.  Candidates are chosen by the text
alone (a pattern the change needs), never by what the checker says, and spread evenly over the
corpus: every pair id is hashed and the candidates of each kind are taken in hash order, up to
the same count per instrument half.  Rerun after rebuilding the corpus:

``.venv/bin/python bench/inject_real_corpus.py`` (``--check`` exits 1 if the file would change).
"""

from __future__ import annotations

import hashlib
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.bench_divergence_quality import REAL, Case, RealCorpus, french_typography, load_real  # noqa: E402
from mou_review.domain.types import ClauseKind  # noqa: E402

PER_KIND = {"calibration": 20, "held-out": 20, "practice": 40}  # per kind, in each part of the corpus
# Practice batches added later get their own quota, drawn from their own pairs only, so that the
# injections already measured on the earlier batches stay as they were (SOURCES.md).
# Instrument id prefix -> injections per kind; an instrument is drawn in the batch of its longest prefix.
LATER_PRACTICE = {
    "p3-cecill": 20,
    "p3-cc": 20,
    "p4-": 20,
    "p4-eu-charter": 10,
    "p4-eu-judicial": 10,
    "p5-": 20,
    "p6-": 20,
}

Change = tuple[str, str, str]  # side, old, new


def _batch(instrument: str) -> str | None:
    """Return the later practice batch of an instrument: the longest prefix of LATER_PRACTICE it has, so
    that a sub-batch added later ("p4-eu-charter") leaves the draws of its parent ("p4-") as they were."""
    prefixes = [p for p in LATER_PRACTICE if instrument.startswith(p)]
    return max(prefixes, key=len) if prefixes else None


def _h(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def _safe(side: str, old: str, new: str) -> bool:
    """The loader applies French typography to a French old/new: keep strings it leaves alone."""
    return side == "en" or (french_typography(old) == old and french_typography(new) == new)


_UNITS = r"(days|months|years|working days|calendar days|jours|mois|ans|années|jours ouvrables|jours civils)"
# French typography joins a number to its unit by a no-break space (« 10\u00a0jours »), and EU French
# writes small durations in words (« trois mois »): both are durations to change.
_UNIT_NUM = re.compile(rf"\b(\d{{1,3}})([ \u00a0]){_UNITS}\b")
_PLAIN_UNIT_NUM = re.compile(
    r"\b(\d{1,3}) (days|months|years|working days|calendar days|jours|mois|ans|jours ouvrables|jours civils)\b"
)
_NEXT_WORD = {
    "deux": "trois", "trois": "quatre", "quatre": "cinq", "cinq": "six", "six": "sept", "sept": "huit",
    "huit": "neuf", "neuf": "dix", "dix": "onze", "douze": "treize", "quinze": "seize", "vingt": "trente",
    "trente": "quarante", "soixante": "soixante-dix",
}  # fmt: skip
_UNIT_WORD = re.compile(rf"(?<![\w-])({'|'.join(_NEXT_WORD)}) {_UNITS}\b")
_FR_DATE = re.compile(
    r"\b(\d{1,2}) (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) (\d{4})\b"
)
_FR_ARTICLE = re.compile(r"\b(l'article|à l'article|de l'article|les articles|aux articles) (\d{1,3})\b")
_SENT = re.compile(r"(?<=[.;])\s+(?=[A-ZÀ-Ý])")


def _later(kind: str, c: Case) -> bool:
    """Say whether a candidate comes after the others: the number injections first chosen (a duration
    in digits and a plain space) stay as they were measured; no-break spaces and durations in words,
    added when the practice set found only 5 of those, fill the rest of each part's quota."""
    return kind == "number" and _PLAIN_UNIT_NUM.search(c.pair.fr) is None


def number(c: Case) -> Iterator[Change]:
    m = _UNIT_NUM.search(c.pair.fr)
    if m and int(m.group(1)) > 1:
        old = m.group(0)
        yield "fr", old, f"{int(m.group(1)) + 1}{m.group(2)}{m.group(3)}"
    w = _UNIT_WORD.search(c.pair.fr)
    if w:
        yield "fr", w.group(0), f"{_NEXT_WORD[w.group(1)]} {w.group(2)}"


def date(c: Case) -> Iterator[Change]:
    m = _FR_DATE.search(c.pair.fr)
    if m and int(m.group(1)) < 28:
        yield "fr", m.group(0), f"{int(m.group(1)) + 1} {m.group(2)} {m.group(3)}"


def reference(c: Case) -> Iterator[Change]:
    m = _FR_ARTICLE.search(c.pair.fr)
    if m:
        yield "fr", m.group(0), f"{m.group(1)} {int(m.group(2)) + 1}"


def dropped_sentence(c: Case) -> Iterator[Change]:
    parts = _SENT.split(c.pair.fr)
    if len(parts) >= 3 and len(parts[-1]) >= 40:
        yield "fr", " " + parts[-1], ""


def truncation(c: Case) -> Iterator[Change]:
    fr = c.pair.fr
    if len(fr) >= 200 and "\n" not in fr:
        cut = fr.rfind(" ", 0, int(len(fr) * 0.55))
        if cut > 0:
            yield "fr", fr[cut:], ""


def untranslated(c: Case) -> Iterator[Change]:
    if len(c.pair.en) >= 40:
        yield "fr", "*", "=en"


def missing(c: Case) -> Iterator[Change]:
    if len(c.pair.en) >= 20:
        yield "fr", "*", ""


_SHALL = re.compile(r"\bshall (?!not\b)(?!be (?:entitled|empowered|permitted|allowed|authori[sz]ed)\b)")
# "as may be the case" hedges a statement; it grants nothing, and "as shall be the case" obliges nothing.
_MAY = re.compile(r"(?<!\bas )\bmay (?!not\b|only\b|be (?:necessary|appropriate|required|the case)\b)")
# "No one shall be subjected" and "No one may be subjected" say the same: after a negative subject both
# modals prohibit, so changing one into the other is no divergence.
_NEGATIVE_SUBJECT = re.compile(r"\b(?:no|nothing|none|nobody|no one|neither)\b[^.;:,]{0,60}$", re.I)
_FR_PEUT = re.compile(r"(?<!ne )(?<!n')\b(peut|peuvent)\b(?! pas\b)")
# "may use it only for", "shall grant it only if": a modal restricted by "only" later in its clause prohibits
# whatever falls outside, and says the same with either modal (both « ne peut … que »); « peut l'utiliser
# uniquement à cette fin » likewise with « doit ».  (A "may only" next to each other is left out by _MAY.)
_ONLY_LATER = re.compile(r"[^.;:,]{0,60}?\b(?:only|solely|exclusively)\b", re.I)
_FR_ONLY_LATER = re.compile(r"[^.;:,]{0,60}?\b(?:uniquement|seulement|exclusivement)\b")
_SHALL_NOT = re.compile(r"\bshall not\b(?! (?:exceed|affect|prejudice|apply to|preclude|prevent)\b)")
_FR_NE_PAS = re.compile(r"\b(ne|n')\s?(\w+) pas\b")


def _at(text: str, start: int, end: int, new: str) -> tuple[str, str]:
    """Old and new strings that replace ``text[start:end]`` by ``new``: a change is applied where its old string
    first occurs, so the old string takes in the words before it until no earlier copy exists (« est » occurs
    first in « estimée », "is not required" perhaps in an earlier sentence)."""
    lo = start
    while text.find(text[lo:end]) < lo:
        lo = text.rfind(" ", 0, lo - 1) + 1
    return text[lo:end], text[lo:start] + new


def modal_shall_may(c: Case) -> Iterator[Change]:
    en = c.pair.en
    m = _SHALL.search(en)
    if (
        m
        and not _MAY.search(en)
        and "may" not in en.lower()
        and not _NEGATIVE_SUBJECT.search(en, 0, m.start())
        and not _ONLY_LATER.match(en, m.end())
    ):
        span = en[m.start() : m.end() + 12].rsplit(" ", 1)[0]
        yield ("en", *_at(en, m.start(), m.start() + len(span), span.replace("shall", "may", 1)))


def modal_may_shall(c: Case) -> Iterator[Change]:
    en = c.pair.en
    m = _MAY.search(en)
    # (After a negative subject, "No one may be removed" and "No one shall be removed" both prohibit.)
    if (
        m
        and "shall" not in en.lower()
        and not _NEGATIVE_SUBJECT.search(en, 0, m.start())
        and not _ONLY_LATER.match(en, m.end())
    ):
        span = en[m.start() : m.end() + 12].rsplit(" ", 1)[0]
        yield ("en", *_at(en, m.start(), m.start() + len(span), span.replace("may", "shall", 1)))


def modal_fr_peut(c: Case) -> Iterator[Change]:
    fr = c.pair.fr
    m = _FR_PEUT.search(fr)
    if m and not _FR_ONLY_LATER.match(fr, m.end()):
        span = fr[m.start() : m.end() + 14].rsplit(" ", 1)[0]
        new = (
            span.replace("peuvent", "doivent", 1)
            if m.group(1) == "peuvent"
            else span.replace("peut", "doit", 1)
        )
        yield ("fr", *_at(fr, m.start(), m.start() + len(span), new))


def negation_dropped_en(c: Case) -> Iterator[Change]:
    en = c.pair.en
    m = _SHALL_NOT.search(en)
    if m:
        span = en[m.start() : m.end() + 12].rsplit(" ", 1)[0]
        yield ("en", *_at(en, m.start(), m.start() + len(span), span.replace("shall not", "shall", 1)))


def negation_dropped_fr(c: Case) -> Iterator[Change]:
    fr = c.pair.fr
    m = _FR_NE_PAS.search(fr)
    if m and m.group(2) not in ("que",):
        yield ("fr", *_at(fr, m.start(), m.end(), m.group(2)))


def negation_added_en(c: Case) -> Iterator[Change]:
    en = c.pair.en
    m = _SHALL.search(en)
    if m and " not " not in en and "no " not in en.lower():
        span = en[m.start() : m.end() + 12].rsplit(" ", 1)[0]
        yield ("en", *_at(en, m.start(), m.start() + len(span), span.replace("shall", "shall not", 1)))


# The word "and", not the "and" of "and/or": made "or/or", that one reads "or", which in legal drafting
# already means "either or both"; the official texts themselves say "portfolio management or reception"
# where the earlier act said "and/or" (eu-mifid2-dr565-a65-13 against eu-p-mifid1-dd-a45-10).
_COND_AND = re.compile(r"\b(?:where|if|when)\b[^.;:]{0,80}?\b(and)\b(?!/)")
# An "and" that "or" would only make ungrammatical or leave as it was: of "between X and Y" and "both X and Y" in its
# clause, of "up to and including", of "and not" ("on receipt, and not before"), and one right after the condition
# word ("if and when", "where and how"): no condition changes there.
_FIXED_AND_BEFORE = re.compile(r"\b(?:between|both)\b[^,;:]*$|\bup to\s+$|\b(?:where|if|when|whether)\s+$")
_FIXED_AND_AFTER = re.compile(r"and\s+not\b")


def _fixed_and(en: str, m: re.Match[str]) -> bool:
    """Say whether the "and" of a ``_COND_AND`` match is one of a fixed phrase (see _FIXED_AND_BEFORE)."""
    return (
        _FIXED_AND_BEFORE.search(en, m.start(), m.start(1)) is not None
        or _FIXED_AND_AFTER.match(en, m.start(1)) is not None
    )


def connective(c: Case) -> Iterator[Change]:
    en = c.pair.en
    m = _COND_AND.search(en)
    if m and en.count(" and ") + en.count(" or ") <= 2 and not _fixed_and(en, m):
        start = m.start(1)
        lo = max(0, start - 15)
        yield ("en", *_at(en, lo, start + 3, en[lo:start] + "or"))


KINDS: list[tuple[str, str, Callable[[Case], Iterator[Change]]]] = [
    ("number", "number_mismatch", number),
    ("date", "date_mismatch", date),
    ("reference", "cross_reference_mismatch", reference),
    ("dropped sentence", "structure_mismatch", dropped_sentence),
    ("truncation", "length_ratio", truncation),
    ("untranslated", "untranslated", untranslated),
    ("missing", "missing_translation", missing),
    ("shall -> may", "obligation_mismatch", modal_shall_may),
    ("may -> shall", "obligation_mismatch", modal_may_shall),
    ("peut -> doit", "obligation_mismatch", modal_fr_peut),
    ("negation dropped (en)", "obligation_mismatch", negation_dropped_en),
    ("negation dropped (fr)", "obligation_mismatch", negation_dropped_fr),
    ("negation added (en)", "obligation_mismatch", negation_added_en),
    ("and -> or in a condition", "obligation_mismatch", connective),
]


# The kinds above have narrow preconditions: "shall not" made "shall" keeps an English modal beside the change,
# "and" made "or" only in a sentence with at most two "and"/"or", and no kind adds a French negation.  The extra
# kinds below make the same divergences outside those preconditions.  They are measured on the wide corpus only
# (bench/bench_divergence_wide.py --inject N --extra), never written into injected.txt, so that the labelled
# corpus and its figures stay as they were while nobody tunes against the narrow injectors alone.


# An English negation of a plain verb, with no modal: "does not apply", "is not required", "has not been".
# Left out: "not only"/"not least" (without "not" the sentence no longer reads: "is only X but also Y"), and
# "is or is not"/"whether or not" (both alternatives stay).  Kept, though the checker reads them as negations
# that negate nothing: "does not affect" made "affects" turns a saving clause into its opposite, "is not less
# than" made "is less than" reverses a limit; both are real changes of meaning.
_EN_PLAIN_NOT = re.compile(
    r"(?<!\bor )\b(does|do|did|is|are|was|were|has|have|had) not (?!only\b|least\b)(yet )?"
    r"(?:(?!(?:apply|comply|supply|imply|reply|multiply|rely)\b)([a-z]+ly) )?([a-z]+)\b"
)  # an adverb in -ly ("does not fully comply"), but not the verbs in -ly
# Words after "does not" that are not the verb it negates ("does not in itself", "does not as such").
_NOT_A_VERB = frozenset(
    "a an the as at by for from in of on so such to then thereby therefore itself themselves also even all "
    "any either always".split()
)
_PAST = {
    "be": "was", "become": "became", "begin": "began", "bring": "brought", "buy": "bought", "come": "came",
    "cut": "cut", "do": "did", "fall": "fell", "find": "found", "get": "got", "give": "gave", "go": "went",
    "grow": "grew", "have": "had", "hold": "held", "keep": "kept", "know": "knew", "lead": "led", "leave": "left",
    "let": "let", "lose": "lost", "make": "made", "meet": "met", "pay": "paid", "put": "put", "read": "read",
    "run": "ran", "say": "said", "see": "saw", "seek": "sought", "sell": "sold", "send": "sent", "set": "set",
    "spend": "spent", "take": "took", "tell": "told", "think": "thought", "understand": "understood",
    "win": "won", "write": "wrote",
}  # fmt: skip
_DOUBLED = frozenset(
    "admit commit confer defer deter incur occur omit permit plan prefer recur refer stop submit transfer".split()
)


def _third_person(verb: str) -> str:
    """The third person singular of an English verb ("apply" -> "applies", "have" -> "has")."""
    if verb in ("have", "be", "do", "go"):
        return {"have": "has", "be": "is", "do": "does", "go": "goes"}[verb]
    if re.search(r"(?:s|sh|ch|x|z)$", verb):
        return verb + "es"
    if re.search(r"[^aeiou]y$", verb):
        return verb[:-1] + "ies"
    return verb + "s"


def _past(verb: str) -> str:
    """The simple past of an English verb ("exceed" -> "exceeded", "meet" -> "met", "occur" -> "occurred")."""
    if verb in _PAST:
        return _PAST[verb]
    if verb in _DOUBLED:
        return verb + verb[-1] + "ed"
    if verb.endswith("e"):
        return verb + "d"
    if re.search(r"[^aeiou]y$", verb):
        return verb[:-1] + "ied"
    return verb + "ed"


def negation_dropped_en_verb(c: Case) -> Iterator[Change]:
    """Drop the "not" of an English plain verb, as a drafter who loses it would write the sentence: "is not
    required" -> "is required", "has not yet been" -> "has been", "does not apply" -> "applies", "do not
    fully comply" -> "fully comply", "did not exceed" -> "exceeded" (no "does apply": nobody writes that)."""
    en = c.pair.en
    for m in _EN_PLAIN_NOT.finditer(en):
        aux, adverb, verb = m.group(1), m.group(3), m.group(4)
        if aux in ("does", "do", "did"):
            if verb in _NOT_A_VERB:
                continue
            new = {"does": _third_person, "do": str, "did": _past}[aux](verb)
            new = f"{adverb} {new}" if adverb else new  # "does not fully comply" -> "fully complies"
        else:  # "is not fully compliant" -> "is fully compliant"; a "yet" goes with the "not"
            new = f"{aux} {adverb} {verb}" if adverb else f"{aux} {verb}"
        yield ("en", *_at(en, m.start(), m.end(), new))
        return


def connective_many(c: Case) -> Iterator[Change]:
    """ "and" made "or" in a condition ("where", "if", "when" within the sentence, as ``connective`` reads it),
    in a sentence with more than two "and"/"or" (``connective`` takes the others).  Left out, as there: the "and"
    of a fixed phrase (``_fixed_and``), which "or" only makes ungrammatical."""
    en = c.pair.en
    m = _COND_AND.search(en)
    if m and en.count(" and ") + en.count(" or ") > 2 and not _fixed_and(en, m):
        yield ("en", *_at(en, m.start(), m.end(), m.group(0)[:-3] + "or"))


# A French negation anywhere in the clause: adding a second one could answer or cancel the first (« n'est pas
# sans préjudice »), or leave the meaning as it was (« s'il n'a pas été admis ou non »).
_FR_ANY_NEG = re.compile(
    r"(?<![\w-])(?:n['’](?=\w)|(?:ne|pas|aucune?|nulle?|ni|jamais|rien|nullement|guère|sans|ou non)(?![\w-]))",
    re.I,
)
# A finite verb of the French, with the object and reflexive pronouns that stand before it (« s'y »,
# « il y a », « ne les a »): the negation surrounds them (« il n'y a pas », « ne s'applique pas »).  « le »
# and « la » are left out of the pronouns, which would read the article of « la porte » as one.
_FR_NEGATABLE = re.compile(
    r"(?<![\w'’-])((?:[cC]['’])?)((?:(?:se |s['’]|l['’]|les |lui |leur |y |en )){0,2})"
    r"(s['’]appliquent|s['’]applique|est|sont|a|ont|peut|peuvent|doit|doivent|porte|portent)(?= [^\W\d_])"
)
# « a » is a list letter after these words (« point a du paragraphe 1 ») and a Latin word before these.
_LETTER_BEFORE = re.compile(
    r"(?:\b(?:point|points|sous-point|lettre|lettres|et|ou|à|de|du|au|aux|annexe|partie|section|colonne|titre|"
    r"chapitre|catégorie)|[(\[,])\s*$",
    re.I,
)
_LATIN_AFTER = re.compile(r" (?:priori|posteriori|fortiori|contrario|minima|maxima)\b")


def negation_added_fr(c: Case) -> Iterator[Change]:
    """Negate the first finite verb of a French side that has no negation, in correct French: « est » ->
    « n'est pas », « s'applique » -> « ne s'applique pas », « peuvent » -> « ne peuvent pas », « il y a » ->
    « il n'y a pas », « c'est » -> « ce n'est pas » (the apostrophe as the text writes it)."""
    fr = c.pair.fr
    if _FR_ANY_NEG.search(fr):
        return
    apostrophe = "’" if "’" in fr else "'"
    for m in _FR_NEGATABLE.finditer(fr):
        subject, pronouns, verb = m.group(1), m.group(2), m.group(3)
        if verb == "a" and (_LETTER_BEFORE.search(fr, 0, m.start()) or _LATIN_AFTER.match(fr, m.end())):
            continue
        if verb == "est" and (pronouns[:2] in ("l'", "l’") or fr.endswith("ce qui ", 0, m.start())):
            continue  # « à l'est de » is the east, « pour ce qui est de » means "as regards"
        head = pronouns + verb
        ne = "n" + apostrophe if head[0] in "aeiouyéè" else "ne "
        new = (subject[0] + "e " if subject else "") + ne + head + " pas"
        yield ("fr", *_at(fr, m.start(), m.end(), new))
        return


Kind = tuple[str, str, Callable[[Case], Iterator[Change]]]  # label, check, injector

EXTRA_KINDS: list[Kind] = [
    ("negation dropped (en verb)", "obligation_mismatch", negation_dropped_en_verb),
    ("and -> or, > 2 and/or", "obligation_mismatch", connective_many),
    ("negation added (fr)", "obligation_mismatch", negation_added_fr),
]


def _field(text: str) -> str:
    return text.replace("\n", "\\n").replace("\u00a0", "~").replace("|", "/")


def lines(corpus: RealCorpus | None = None) -> list[str]:
    """Return the injected.txt lines, kind by kind, half by half, drawn from the faithful pairs of ``corpus`` (the
    real corpus on disk by default): never from a pair labelled as really differing, where a change may make the two
    texts agree."""
    corpus = corpus or load_real()
    out = [
        "# Divergences injected into the real corpus by bench/inject_real_corpus.py (do not edit by hand).",
        "# Format as ../injected.txt: check | base pair id | side | old | new  (# kind in the comment line).",
    ]
    for kind, check, make in KINDS:
        out.append(f"# {kind}")
        groups = [(half, None, PER_KIND[half]) for half in ("calibration", "held-out", "practice")]
        groups += [("practice", prefix, n) for prefix, n in LATER_PRACTICE.items()]
        for half, prefix, quota in groups:
            faithful, _ = corpus.split(half)
            if half == "practice":
                faithful = {k: c for k, c in faithful.items() if _batch(corpus.instrument_of[k]) == prefix}
            taken = 0
            for key in sorted(faithful, key=lambda k: (_later(kind, faithful[k]), _h(k))):
                case = faithful[key]
                if check == "obligation_mismatch" and case.pair.kind is ClauseKind.HEADING:
                    continue  # a heading obliges nothing; the check does not read headings
                for side, old, new in make(case):
                    if "|" in old or "|" in new or not _safe(side, old, new):
                        continue
                    text = case.pair.en if side == "en" else case.pair.fr
                    if old != "*" and (old not in text or old == new):
                        continue
                    out.append(f"{check} | {key} | {side} | {_field(old)} | {_field(new)}")
                    taken += 1
                    break
                if taken >= quota:
                    break
    return out


def main(argv: list[str]) -> int:
    """Write (or with --check, compare) the injected file."""
    text = "\n".join(lines()) + "\n"
    target = REAL / "injected.txt"
    if "--check" in argv:
        same = target.read_text(encoding="utf-8") == text
        print("injected.txt", "ok" if same else "DIFFERS")
        return 0 if same else 1
    target.write_text(text, encoding="utf-8")
    print(f"wrote {text.count(chr(10)) - 2 - len(KINDS)} injected divergences to {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
