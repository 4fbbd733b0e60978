"""A bilingual glossary of the instrument's terms, matched in their inflected forms.

A glossary is a list of (English, French) entries.  Entries that share a form
in either language are merged into one *concept* ("trafficking in persons"
and "human trafficking" both map to « traite des personnes »), so a concept
has one or more forms per language.

Matching is done on folded text (lowercase, no accents, plain apostrophes; see
``textnorm.fold``) and tolerates plurals (-s, -es, -ies, -x, -al/-aux), hyphens
or spaces between words, and elided articles before the term (l', d').  Two
kinds of form are case-sensitive because case carries meaning there:
acronyms ("TIP" is not "tip") and single capitalised words ("Party" is the
defined term, "party" is not; « Partie » is not « en partie »).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from mou_review.domain.rx import by_first_char
from mou_review.domain.textnorm import fold
from mou_review.domain.types import Lang

#: Written after a form ("orientation!"), matches that form exactly, without plural inflection.
#: It is how the form is stored, never how it is shown: see ``split_exact`` and ``join_exact``.
EXACT_MARK = "!"


def split_exact(form: str) -> tuple[str, bool]:
    """Return a stored form as shown to people and whether it is matched exactly ("orientation!")."""
    form = form or ""
    return (form[: -len(EXACT_MARK)].rstrip(), True) if form.endswith(EXACT_MARK) else (form, False)


def join_exact(text: str, exact: bool) -> str:
    """Return the stored form of a term typed by a person, with the exact-match mark when asked for."""
    text = (text or "").strip().rstrip(EXACT_MARK).rstrip()
    return f"{text}{EXACT_MARK}" if exact and text else text


#: Seed terms of the domain: the trafficking/smuggling MoU between NAPTIP and ANLTP-TIM.
DEFAULT_GLOSSARY: list[tuple[str, str]] = [
    ("trafficking in persons", "traite des personnes"),
    ("human trafficking", "traite des personnes"),
    ("trafficking in human beings", "traite des êtres humains"),
    ("human trafficking", "traite des êtres humains"),
    ("human trafficking", "traite d'êtres humains"),
    ("victim of trafficking", "victime de la traite"),
    ("victim of trafficking", "victime de traite"),
    ("smuggling of migrants", "trafic illicite de migrants"),
    ("smuggling of migrants", "trafic illicite des migrants"),
    ("migrant smuggling", "trafic illicite de migrants"),
    ("Joint Technical Working Group", "Groupe de travail technique conjoint"),
    ("focal point", "point focal"),
    ("Memorandum of Understanding", "mémorandum d'entente"),
    ("Memorandum of Understanding", "protocole d'accord"),
    # Official French renders an MoU three ways, and "this Memorandum" / « le présent Mémorandum »
    # is its short form on either side: all are one concept.
    ("Memorandum of Understanding", "mémorandum d'accord"),
    ("MoU", "protocole d'accord"),
    ("Memorandum", "Mémorandum d'entente"),
    ("Memorandum", "Mémorandum"),
    ("State Party", "État partie"),
    ("State Party", "État Partie"),
    ("Party", "Partie"),
    ("Terms of Reference", "termes de référence"),
    ("national referral mechanism", "mécanisme national d'orientation"),
    ("referral", "orientation!"),  # not « orientations »: in the plural it means guidance
    ("standard operating procedures", "procédures opérationnelles normalisées"),
    ("standard operating procedures", "procédures opérationnelles standard"),
    ("mutual legal assistance", "entraide judiciaire"),
    ("mutual assistance in criminal matters", "entraide judiciaire"),
    ("extradition", "extradition"),
    ("repatriation", "rapatriement"),
    ("reintegration", "réinsertion"),
    ("reintegration", "réintégration"),
    ("capacity building", "renforcement des capacités"),
    ("competent authorities", "autorités compétentes"),
    ("Steering Committee", "Comité de pilotage"),
    ("entry into force", "entrée en vigueur"),
    ("personal data", "données à caractère personnel"),
    ("personal data", "données personnelles"),
    ("confidentiality", "confidentialité"),
    ("Vienna", "Vienne"),
    ("Geneva", "Genève"),
    ("ECOWAS", "CEDEAO"),
    ("UNODC", "ONUDC"),
    ("IOM", "OIM"),
    ("TIP", "TP"),
    ("TIP", "TIP"),
    ("NGO", "ONG"),
    ("UN", "ONU"),
    ("United Nations", "Nations unies"),
    ("AU", "UA"),
    ("EU", "UE"),
    ("European Union", "Union européenne"),
    # One concept: the English abbreviates where the French spells out, and the reverse.
    ("EU", "Union européenne"),
    ("European Union", "UE"),
    ("TFEU", "traité sur le fonctionnement de l'Union européenne"),
    ("Treaty on the Functioning of the European Union", "traité sur le fonctionnement de l'Union européenne"),
    ("TEU", "traité sur l'Union européenne"),
    ("TFEU", "TFUE"),
    ("TEU", "TUE"),
    ("Treaty on European Union", "traité sur l'Union européenne"),
    # International organisations whose acronym changes (or not) in French.
    ("ICMPD", "CIDPM"),
    ("ICMPD", "ICMPD"),
    # The two agencies that sign the MoU keep their names in both languages.
    ("NAPTIP", "NAPTIP"),
    ("ANLTP-TIM", "ANLTP-TIM"),
    ("WHO", "OMS"),
    ("ILO", "OIT"),
    ("ILO", "BIT"),
    ("UNHCR", "HCR"),
    ("UNHCR", "UNHCR"),
    ("OHCHR", "HCDH"),
    ("UNDP", "PNUD"),
    ("UNICEF", "UNICEF"),
    ("UNFPA", "UNFPA"),
    ("UNESCO", "UNESCO"),
    ("FAO", "FAO"),
    ("IMF", "FMI"),
    ("AfDB", "BAD"),
    ("WAEMU", "UEMOA"),
    ("UEMOA", "UEMOA"),
    ("ECCAS", "CEEAC"),
    ("REC", "CER"),
    ("CSO", "OSC"),
    ("INTERPOL", "INTERPOL"),
    ("Interpol", "Interpol"),
    ("UNODC", "UNODC"),
    ("IOM", "IOM"),
    ("JTWG", "GTTC"),
    ("JTWG", "JTWG"),
]

#: Other wordings of the glossary's concepts that the divergence check accepts but translation
#: never writes: verb forms ("enters into force" / « entre en vigueur » for "entry into force"),
#: the short name ("the Union" / « l'Union » for the European Union) and the full names of the
#: organisations the glossary knows by their initials.  An entry joins a concept only when one of
#: its forms is already in the glossary in force (see :meth:`Glossary.from_entries`).
CHECKER_ENTRIES: list[tuple[str, str]] = [
    *[
        (en, "entrée en vigueur")
        for en in (
            "enter into force",
            "enters into force",
            "entered into force",
            "entering into force",
            "come into force",
            "comes into force",
            "came into force",
            "coming into force",
        )
    ],  # fmt: skip
    *[
        ("entry into force", fr)
        for fr in (
            "entrer en vigueur",
            "entre en vigueur",
            "entrent en vigueur",
            "entré en vigueur",
            "entrera en vigueur",
            "entreront en vigueur",
            "entrant en vigueur",
        )
    ],  # fmt: skip
    ("Treaty on the Functioning of the Union", "traité sur le fonctionnement de l'Union européenne"),
    ("African Union", "UA"),
    ("AU", "Union africaine"),
    ("United Nations", "ONU"),
    ("UN", "Nations unies"),
    ("United Nations", "Organisation des Nations unies"),
    ("World Health Organization", "OMS"),
    ("WHO", "Organisation mondiale de la santé"),
    ("International Labour Organization", "OIT"),
    ("ILO", "Organisation internationale du travail"),
    ("ILO", "Bureau international du travail"),
    ("International Monetary Fund", "FMI"),
    ("IMF", "Fonds monétaire international"),
    ("United Nations Development Programme", "PNUD"),
    ("UNDP", "Programme des Nations unies pour le développement"),
    ("International Organization for Migration", "OIM"),
    ("IOM", "Organisation internationale pour les migrations"),
    ("United Nations Office on Drugs and Crime", "ONUDC"),
    ("UNODC", "Office des Nations unies contre la drogue et le crime"),
    ("Economic Community of West African States", "CEDEAO"),
    ("ECOWAS", "Communauté économique des États de l'Afrique de l'Ouest"),
]

#: Short forms that answer a term of the other text but raise none: French drafting adds « de
#: l'Union » where English leaves the Union implicit, so « l'Union » alone proves nothing missing.
ANSWER_ONLY_ENTRIES: list[tuple[str, str]] = [
    ("Union", "Union européenne"),
    ("European Union", "Union"),
    # The acts listing high-risk third countries define "mutual legal assistance (MLA)" and go on with "seeking
    # MLA", "MLA requests", where French says « entraide judiciaire » each time (2022/229, 2025/1184).
    ("MLA", "entraide judiciaire"),
]

#: Wordings that render a concept without being one of its forms, accepted by the divergence check
#: as a rewording (an info, not a warning) but never looked for on their own: (language of the
#: form, a form of the concept, a rendering in the other language).  « saisine » is how EU and
#: court drafting says a "referral" to a body, but not every « saisine » is a referral.
ACCEPTED_RENDERINGS: list[tuple[Lang, str, str]] = [
    (Lang.EN, "referral", "saisine"),
    (Lang.EN, "referral", "saisir"),
    (Lang.EN, "referral", "renvoi"),
    (Lang.FR, "renforcement des capacités", "strengthen capacity"),
    (Lang.FR, "renforcement des capacités", "capacity development"),
    # « le renforcement des capacités nationales » / "the reinforcement of national capacities", « le
    # renforcement des capacités en matière de TIC » / "the development of ICT capabilities".
    (Lang.FR, "renforcement des capacités", "reinforcement capacities"),
    (Lang.FR, "renforcement des capacités", "development capabilities"),
    (Lang.EN, "capacity building", "renforcer capacités"),
    (Lang.FR, "entrée en vigueur", "take effect"),
    (Lang.FR, "entrée en vigueur", "come into effect"),
    (Lang.FR, "entrée en vigueur", "become effective"),  # an agreement « entré en vigueur »
    (Lang.FR, "entrée en vigueur", "becomes effective"),
    (Lang.FR, "entrée en vigueur", "takes effect"),
    (Lang.FR, "entrée en vigueur", "effective date"),  # a heading "Effective date" / « Entrée en vigueur »
    # A matter referred to an authority: « portée devant l'Autorité », « signalée aux autorités ».
    (Lang.EN, "referral", "porter devant"),
    (Lang.EN, "referral", "signaler"),
    # A complaint or a matter referred to a body is « transmis(e) »: "complaint referral" / « la transmission
    # des réclamations », "from the referral of the subject-matter" / « à compter de la transmission ».
    (Lang.EN, "referral", "transmission"),
    # Once defined, "personal data" is often « les données » alone in French (and "data" in English).
    (Lang.EN, "personal data", "données"),
    # The data protection acts define "processing" / « traitement » as an operation on personal data, so either text
    # may name the processing alone: "the means of the processing of personal data" / « les moyens du traitement »
    # (2016/679), "prior to processing which will form part of a new filing system" / « préalablement au traitement
    # des données à caractère personnel » (2016/680).  The noun after its determiner or preposition, and only as
    # written (the exact mark): its stem is also that of « traitées », « traité » (a treaty) and "procedure".
    (Lang.EN, "personal data", "le traitement!"),
    (Lang.EN, "personal data", "du traitement!"),
    (Lang.EN, "personal data", "au traitement!"),
    (Lang.EN, "personal data", "ce traitement!"),
    (Lang.FR, "données à caractère personnel", "the processing!"),
    (Lang.FR, "données à caractère personnel", "to processing!"),
    (Lang.FR, "données à caractère personnel", "such processing!"),
    (Lang.FR, "confidentialité", "privacy"),  # « la confidentialité des données »: "data privacy"
    (
        Lang.FR,
        "confidentialité",
        "non-disclosure",
    ),  # « un accord de confidentialité »: "a non-disclosure agreement"
    # "capacity building tools" / « outils de développement des compétences ».
    (Lang.EN, "capacity building", "développement des compétences"),
    # "before the stay came into force" / « avant que la suspension ne soit effective ».
    (Lang.EN, "entry into force", "effective"),
    # EU law names a duty of confidentiality by « secret »: "statistical confidentiality" is « le secret
    # statistique », "business confidentiality" « le secret des affaires », and « une obligation de
    # confidentialité » is "an obligation of secrecy".
    (Lang.EN, "confidentiality", "secret statistique"),
    (Lang.EN, "confidentiality", "secret des affaires"),
    (Lang.FR, "confidentialité", "secrecy"),  # "an obligation of secrecy", "the secrecy of the test"
    # Documents "subject to legal privilege" are « relevant de la protection de la confidentialité ».
    (Lang.FR, "confidentialité", "privilege"),
    # EU acts name the authorities with a say "the relevant authorities" where French names them « les
    # autorités compétentes (concernées) »; "inter-authority consultation" is « entre autorités compétentes ».
    (Lang.FR, "autorités compétentes", "relevant authorities"),
    (Lang.FR, "autorités compétentes", "inter-authority"),
    # A decision that "shall become binding only if" the regulator does not object « n'entre en vigueur que
    # si »; amendments proposed "before their date of application" / « avant la date de leur entrée en
    # vigueur »; "after the durations become applicable" / « après l'entrée en vigueur des durées »;
    # contracts "with non-standard start dates" / « avec une date d'entrée en vigueur non standard ».
    (Lang.FR, "entrée en vigueur", "become binding"),
    (Lang.FR, "entrée en vigueur", "date of application"),
    (Lang.FR, "entrée en vigueur", "become applicable"),
    (Lang.FR, "entrée en vigueur", "start date"),
    # "standards already adopted and not yet in force" / « pas encore entrées en vigueur ».
    (Lang.FR, "entrée en vigueur", "in force"),
    # Other verbs of taking effect: "after this Directive has been brought into force" / « après l'entrée en
    # vigueur », "before they are put into effect" / « avant leur entrée en vigueur », "Decision 10/CP.17,
    # effective from 9 January 2013" / « qui est entrée en vigueur le 9 janvier 2013 ».
    (Lang.FR, "entrée en vigueur", "into force"),
    (Lang.FR, "entrée en vigueur", "into effect"),
    (Lang.FR, "entrée en vigueur", "effective from"),
    # EU acts' « comité directeur », « point de contact », « données personnelles » for the defined terms.
    (Lang.EN, "steering committee", "comité directeur"),
    (Lang.FR, "comité de pilotage", "steering board"),
    (Lang.EN, "focal point", "point de contact"),
    (Lang.FR, "données à caractère personnel", "personal details"),
    (Lang.FR, "données à caractère personnel", "personal information"),
    # "the EU Building Stock Observatory" / « l'observatoire européen du patrimoine bâti », "the EU CO2
    # Emission Trading System" / « le système communautaire d'échange de quotas d'émission ».
    (Lang.EN, "EU", "européen"),
    (Lang.EN, "EU", "communautaire"),
    # The "Contracting States" to a convention and the "States that are Parties" to an agreement are its
    # « États parties ».
    (Lang.FR, "État partie", "Contracting State"),
    (Lang.FR, "État partie", "are Parties"),
]

#: Renderings of a term's common noun, accepted like :data:`ACCEPTED_RENDERINGS` but only where the side
#: that holds the term writes it in lower case every time.  Capitalised, the term is the instrument's own
#: defined name and keeps its glossary rendering; in lower case it is the ordinary noun, which official
#: drafting renders otherwise: "the terms of reference of the management body" (its remit) is « le mandat de
#: l'organe de direction », while the Working Group's "Terms of Reference" are « termes de référence ».
COMMON_NOUN_RENDERINGS: list[tuple[Lang, str, str]] = [
    (Lang.EN, "terms of reference", "mandat"),
]

#: Capitalised single words that are the defined term alone but part of another name after certain words
#: (folded form -> the words before it): a Council "Working Party" is a group (« groupe de travail »), "THIRD
#: PARTIES" in a heading in capitals are « TIERS », and the "Calling Party" of a call is « l'appelant »; none
#: is a party to the instrument.  Found there, the word answers the other text's term but raises none.
NOT_THE_TERM_AFTER: dict[tuple[Lang, str], frozenset[str]] = {
    (Lang.EN, "party"): frozenset({"working", "third", "calling"}),
}
_WORD_BEFORE_RE = re.compile(r"(\w+)[\s-]+$")

# After the initials in "Regulation (EU) No 600/2014", « règlement (UE) no 600/2014 ».
_ACT_NUMBER_RE = re.compile(r"\)\s+(?:n\s?[o°]+|nr)?\.?\s*\d{1,4}/\d{2,4}")
_SMALL_WORDS = frozenset(
    "of in on at to for and or the a an by with de du des la le les l' d' a au aux en et ou".split()
)
_WORD_RE = re.compile(r"\S+")


def _is_acronym(form: str) -> bool:
    letters = [c for c in form if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and " " not in form


def _key(lang: Lang, form: str) -> tuple[Lang, str]:
    """Return what identifies a form: an acronym by its case, a word by its folded spelling."""
    return (lang, form if _is_acronym(form) else fold(form))


def _word_pattern(word: str, lang: Lang) -> str:
    """Return the regex of one folded word with its plural forms."""
    if word in _SMALL_WORDS or len(word) < 3 or word.endswith("'"):
        return re.escape(word).replace("'", r"'\s?")
    stem = re.escape(word).replace("'", r"'\s?")
    if lang is Lang.EN:
        if word.endswith("y") and word[-2:-1] not in ("a", "e", "o", "u"):
            return stem[:-1] + "(?:y|ies)"
        if word.endswith(("s", "x", "ch", "sh")):
            return stem + "(?:es)?"
        return stem + "(?:s|es)?"
    if word.endswith("al"):
        return stem[:-2] + "(?:al|aux)"
    if word.endswith(("s", "x", "z")):
        return stem
    return stem + "[sx]?"


#: The first character of an alternative: a literal (escaped or not) that no quantifier follows.
_FIRST_CHAR_RE = re.compile(r"(?:\\(\W)|([^\\()\[\]{}|.^$*+?]))(?![*+?{])")


def _top_level_bar(pattern: str) -> bool:
    """Say whether a pattern is itself an alternation (a ``|`` outside any group or class)."""
    depth, i, in_class = 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 1
        elif in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            i += pattern.startswith("^", i + 1)
            i += pattern.startswith("]", i + 1)  # first in its class, "]" is a literal
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            return True
        i += 1
    return False


def _by_first_char(parts: list[tuple[str, str]]) -> str:
    """Return the alternation of named patterns, grouped under their first character (``rx.by_first_char``),
    which makes the glossary's search about ten times faster.  A pattern without a literal first character
    keeps the plain alternation.
    """
    branches: list[tuple[str, str]] = []
    for name, pattern in parts:
        first = _FIRST_CHAR_RE.match(pattern)
        if first is None or _top_level_bar(pattern):
            return "|".join(f"(?P<{n}>{p})" for n, p in parts)
        branches.append((first.group(1) or first.group(2), f"(?P<{name}>{pattern[first.end() :]})"))
    return by_first_char(branches)


@dataclass(frozen=True)
class Term:
    """One concept of the glossary: its accepted forms in each language."""

    en: tuple[str, ...]
    fr: tuple[str, ...]

    def forms(self, lang: Lang) -> tuple[str, ...]:
        """Return the forms of this concept in ``lang``."""
        return self.en if lang is Lang.EN else self.fr


@dataclass(frozen=True)
class TermMatch:
    """One occurrence of a glossary concept in a text."""

    concept: int
    start: int
    end: int
    text: str
    #: Found by a form that answers a term of the other text but raises none itself: a short form
    #: (:data:`ANSWER_ONLY_ENTRIES`) or a form marked exact (a word with other senses).
    answer_only: bool = False


class Glossary:
    """Bilingual terms, found in a text in their inflected forms."""

    def __init__(self, terms: Iterable[Term], answer_only: Iterable[tuple[Lang, str]] = ()) -> None:
        self.terms: tuple[Term, ...] = tuple(terms)
        self._answer_only = frozenset(answer_only)  # _key() of forms that answer but never raise
        self._regex: dict[Lang, re.Pattern[str]] = {}
        # group name -> (concept index, case rule: "" none, "upper" acronym, "cap" first letter)
        self._groups: dict[Lang, dict[str, tuple[int, str]]] = {}
        self._form_index: dict[Lang, dict[str, int]] = {}
        self._patterns: dict[Lang, dict[str, str]] = {}
        self._concept_regex: dict[tuple[Lang, int], re.Pattern[str]] = {}
        self._answering: dict[Lang, set[str]] = {}
        self._not_after: dict[Lang, dict[str, frozenset[str]]] = {}  # group name -> words that unmake it
        for lang in Lang:
            self._compile(lang)

    @classmethod
    def from_entries(
        cls, entries: Iterable[tuple[str, str]], extra: Iterable[tuple[str, str]] | None = None
    ) -> Glossary:
        """Build a glossary from (English, French) pairs, merging entries that share a form.

        ``extra`` (by default :data:`CHECKER_ENTRIES`, with :data:`ANSWER_ONLY_ENTRIES`) adds other
        wordings of concepts already in ``entries``: an extra pair is kept only if one of its forms
        is a form of ``entries``; the answer-only forms answer a term but raise none.
        """
        entries = [(en.strip(), fr.strip()) for en, fr in entries if en.strip() and fr.strip()]
        known = {_key(Lang.EN, en) for en, _fr in entries} | {_key(Lang.FR, fr) for _en, fr in entries}
        added: set[tuple[Lang, str]] = set()
        for en, fr in CHECKER_ENTRIES if extra is None else extra:
            if _key(Lang.EN, en) in known or _key(Lang.FR, fr) in known:
                entries.append((en, fr))
        for en, fr in ANSWER_ONLY_ENTRIES if extra is None else ():
            if _key(Lang.EN, en) in known or _key(Lang.FR, fr) in known:
                entries.append((en, fr))
                added |= {_key(Lang.EN, en), _key(Lang.FR, fr)}
        parent = list(range(len(entries)))

        def find(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        seen: dict[tuple[Lang, str], int] = {}
        for i, (en, fr) in enumerate(entries):
            for key in (_key(Lang.EN, en), _key(Lang.FR, fr)):
                if key in seen:
                    parent[find(i)] = find(seen[key])
                else:
                    seen[key] = i
        groups: dict[int, tuple[list[str], list[str]]] = {}
        for i, (en, fr) in enumerate(entries):
            en_forms, fr_forms = groups.setdefault(find(i), ([], []))
            if en not in en_forms:
                en_forms.append(en)
            if fr not in fr_forms:
                fr_forms.append(fr)
        return cls((Term(tuple(e), tuple(f)) for e, f in groups.values()), answer_only=added - known)

    def _compile(self, lang: Lang) -> None:
        alternatives: list[tuple[int, str, str, str, bool]] = []
        index: dict[str, int] = {}
        for ci, term in enumerate(self.terms):
            for form in term.forms(lang):
                folded = fold(form)
                index[form if _is_acronym(form) else folded] = ci
                answer_only = _key(lang, form) in self._answer_only or folded.endswith(EXACT_MARK)
                if _is_acronym(form):
                    rule, pattern = "upper", re.escape(folded) + "s?"  # "NGOs"
                elif folded.endswith("!"):
                    # "form!" in an entry: match the form exactly, without plural inflection.
                    folded = folded[:-1]
                    index[folded] = ci
                    pattern = r"[\s-]+".join(re.escape(w) for w in _WORD_RE.findall(folded))
                    rule = ""
                else:
                    words = _WORD_RE.findall(folded)
                    pattern = r"[\s-]+".join(_word_pattern(w, lang) for w in words)
                    rule = "cap" if len(words) == 1 and form[:1].isupper() else ""
                alternatives.append((ci, rule, pattern, folded, answer_only))
        alternatives.sort(key=lambda a: len(a[3]), reverse=True)
        groups: dict[str, tuple[int, str]] = {}
        parts = []
        self._answering[lang] = set()
        self._not_after[lang] = {}
        for k, (ci, rule, pattern, folded, answer_only) in enumerate(alternatives):
            name = f"g{k}"
            groups[name] = (ci, rule)
            if rule == "cap" and (lang, folded) in NOT_THE_TERM_AFTER:
                self._not_after[lang][name] = NOT_THE_TERM_AFTER[(lang, folded)]
            if answer_only:
                self._answering[lang].add(name)
            parts.append((name, pattern))
        body = _by_first_char(parts) or "(?!x)x"
        self._regex[lang] = re.compile(rf"(?<![\w/-])(?:{body})(?![\w/])")
        self._groups[lang] = groups
        self._patterns[lang] = {f"g{k}": a[2] for k, a in enumerate(alternatives)}
        self._form_index[lang] = index

    def find(self, text: str, lang: Lang, folded: str | None = None) -> list[TermMatch]:
        """Return the concepts found in ``text`` (longest match first, no overlaps)."""
        folded = fold(text) if folded is None else folded
        out: list[TermMatch] = []
        groups = self._groups[lang]
        for m in self._regex[lang].finditer(folded):
            ci, rule = groups[m.lastgroup or ""]
            original = text[m.start() : m.end()]
            if rule == "upper" and not original.rstrip("s").isupper():
                continue
            if rule == "upper" and original.endswith("S") and self.concept_of(original, lang) != ci:
                continue  # "CERS" is not the plural of "CER": an acronym's plural takes a small "s"
            if rule == "cap" and not original[:1].isupper():
                continue
            if (
                rule == "upper"
                and _ACT_NUMBER_RE.match(folded, m.end())
                and folded[m.start() - 1 : m.start()] == "("
            ):
                continue  # "Regulation (EU) No 600/2014": part of the act's number, not the Union named
            answer_only = m.lastgroup in self._answering[lang]
            not_after = self._not_after[lang].get(m.lastgroup or "")
            if not_after and (before := _WORD_BEFORE_RE.search(folded, max(0, m.start() - 40), m.start())):
                answer_only = answer_only or before.group(1) in not_after  # "Working Party", "THIRD PARTIES"
            out.append(TermMatch(ci, m.start(), m.end(), original, answer_only))
        return out

    def occurs(self, concept: int, text: str, lang: Lang, folded: str | None = None) -> bool:
        """Say whether any form of a concept occurs in ``text``, even inside a longer term.

        :meth:`find` reports the longest term at each place: « victimes de la traite d'êtres
        humains » is found as "victim of trafficking", yet it also says "human trafficking".
        """
        folded = fold(text) if folded is None else folded
        key = (lang, concept)
        rx = self._concept_regex.get(key)
        if rx is None:
            lang_groups = self._groups[lang]
            alternatives = [
                f"(?P<{name}>{self._patterns[lang][name]})"
                for name, (ci, _rule) in lang_groups.items()
                if ci == concept
            ]
            rx = re.compile(rf"(?<![\w/-])(?:{'|'.join(alternatives) or '(?!x)x'})(?![\w/])")
            self._concept_regex[key] = rx
        pos = 0
        while (m := rx.search(folded, pos)) is not None:
            rule = self._groups[lang][m.lastgroup or ""][1]
            original = text[m.start() : m.end()]
            if (rule != "upper" or original.rstrip("s").isupper()) and (
                rule != "cap" or original[:1].isupper()
            ):
                return True
            pos = m.start() + 1
        return False

    def accepted(self, concept: int, lang: Lang, said: Iterable[str] = ()) -> tuple[str, ...]:
        """Return the wordings in ``lang`` that render a concept found in the other language
        (:data:`ACCEPTED_RENDERINGS`).

        ``said`` is how the other language writes the concept where it was found: when every one of
        those is in lower case (the common noun, not the defined term), the renderings of the common
        noun (:data:`COMMON_NOUN_RENDERINGS`) are accepted too.
        """
        said = list(said)
        renderings = ACCEPTED_RENDERINGS
        if said and all(text == text.lower() for text in said):
            renderings = [*ACCEPTED_RENDERINGS, *COMMON_NOUN_RENDERINGS]
        return tuple(
            rendering
            for form_lang, form, rendering in renderings
            if form_lang is lang.other and self.concept_of(form, form_lang) == concept
        )

    def concept_of(self, form: str, lang: Lang) -> int | None:
        """Return the concept index of an exact form (acronyms by case, words folded), or None."""
        index = self._form_index[lang]
        if form in index:
            return index[form]
        return index.get(fold(form))

    def __len__(self) -> int:
        return len(self.terms)


_DEFAULT: Glossary | None = None


def default_glossary() -> Glossary:
    """Return the glossary built from :data:`DEFAULT_GLOSSARY` (built once, then shared)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Glossary.from_entries(DEFAULT_GLOSSARY)
    return _DEFAULT
