"""The connective of a condition or a requirement in English and French legal drafting.

"If A and B" and « si A ou B » do not set the same condition: whether both conditions, or only one,
are required, who must act, or when a rule applies.  Yet official translators swap "and" and « ou »
freely where the two say the same thing: in a list inside a noun phrase ("insurance and reinsurance
intermediaries" / « intermédiaires d'assurance ou de réassurance »), or under a negation ("without
delay and cost" / « sans délai ni coût »).  This module finds the connectives of one side and the
conditions they may stand in (:func:`find`), and compares them between two aligned sentences
(:func:`compare`); :mod:`mou_review.domain.deontic` and :mod:`mou_review.domain.divergence` call it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

from mou_review.domain.rx import at_word_start, covering, guard, match_spans
from mou_review.domain.textnorm import EN_FUNCTION_WORDS, FR_FUNCTION_WORDS
from mou_review.domain.types import Lang

# The patterns are matched against folded text (lower case, no accents), so none carries re.I.

Span = tuple[int, int]
#: (kind, English spans, French spans, English message, French message), as divergence reports it.
Problem = tuple[str, list[Span], list[Span], str, str]

_EN_CONDITION = guard(
    re.compile(
        r"\b(?:if|where|when|whenever|provided that|unless|in case|in the event|on condition|to the extent that"
        r"|insofar as|in so far as)\b",
    ),
    *covering(
        (
            "if",
            "where",
            "when",
            "provided that",
            "unless",
            "in case",
            "in the event",
            "on condition",
            "to the extent that",
            "insofar as",
            "in so far as",
        )
    ),
)
_EN_AND = guard(re.compile(r"\b(?:and(?!/)|as well as)\b"), "and", "as well as")
_EN_OR = re.compile(r"or(?<![\w/-]or)\b(?! not\b)(?!/)")  # (?<![/-])\bor\b, the word first (speed)
# "to travel to and from their place of work" / « se déplacer vers ou depuis », « à destination ou en provenance
# de »: both directions, said by either connective.
# "requirements over and above those of the Directive" / « au-delà de celles », « en sus de celles »: one preposition,
# "beyond", no connective.
# "two or more marks" / « deux ou plusieurs marques », "25 000 tonnes or more" / « égale ou supérieure à 25 000
# tonnes », "equal to or higher than" / « égal ou supérieur »: a number and the bound it opens, which either
# language may say with or without a connective ("two or more" / « plusieurs »).  So are "less than or equal to",
# "5 % or more", "equal to or exceeds" / « égale ou dépasse », whichever language says it by a connective, in either
# order (« supérieur ou égal à » as « égal ou supérieur à »), and with the second half set off by commas ("is equal to,
# or exceeds, 10 000 lots").
_EN_NUMBER = r"(?:\d[\d ,.]*|one|two|three|four|five|six|seven|eight|nine|ten)"
_EN_NOT_CONNECTIVE = guard(
    re.compile(
        r"\b(?:whether or not|more or less|and/or|either way|to and from|from and to|over and above"
        r"|(?:he|his|him|himself) or (?:she|her|herself)"
        rf"|{_EN_NUMBER}(?: ?%| [a-z]+)? or (?:more|fewer|less|greater|higher|lower)|one or several"
        r"|(?:less|lower|greater|higher|more|fewer|smaller|larger|longer|shorter) than or equal"
        r"|equal (?:to)?,? ?or,? (?:higher|greater|more|larger|longer|less|lower|fewer|smaller|shorter|above|below"
        r"|exceed(?:s|ing)?))\b"
    ),
    "whether or not",
    "more or less",
    "and/or",
    "either way",
    "to and from",
    "from and to",
    "over and above",
    "or more",
    "or fewer",
    "or less",
    "equal to or",
    "equal to, or",
    "equal or",
    "than or equal",
    "or greater",
    "or higher",
    "or lower",
    "one or several",
    " or she",
    " or her",
)

_FR_CONDITION = re.compile(
    at_word_start(
        "si",
        "s'ils?",
        "lorsque",
        "lorsqu'",
        "quand",
        "sauf si",
        "dans les? cas ou",
        "au cas ou",
        "dans la mesure ou",
        # « dès lors qu'il possède » as « dès lors que »
        *(
            f"{words} qu(?:e\\b|')"
            for words in (
                "a condition",
                "a moins",
                "des lors",
                "pour autant",
                "chaque fois",
                "sous reserve",
                "pour peu",
                "a supposer",
                "selon",
            )
        ),
        "en cas de",
        "le cas echeant",
        "s'il y a lieu",
        "au besoin",
        "au moment (?:de|d'|ou)",
        "lors (?:de|d'|du|des)",
        # « en informant le Conseil » for "when informing the Council" (« en tant que » is "as")
        r"en (?!tant\b)[a-z]+ant",
        "ou",
        # "the venues where the firm executes" / « les systèmes dans lesquels l'entreprise exécute », « les adresses
        # auxquelles »: a relative "where" said by a relative pronoun after a preposition of place, as « où » is.
        "dans (?:le cadre (?:de |d))?(?:le|la|les|u|es)quel(?:le)?s?",
        "sur (?:le|la|les)quel(?:le)?s?",
        "a laquelle",
        "aux?quel(?:le)?s?",
    )
    + r"\b"
)
_FR_AND = re.compile(r"\b(?:et\b(?!/)|ainsi qu(?:e\b|')|de meme qu(?:e\b|'))")
_FR_OR = re.compile(r"ou(?<![\w/-]ou)\b(?! non\b)(?!/)")  # (?<![/-])\bou\b, the word first (speed)
_FR_NOT_CONNECTIVE = guard(
    re.compile(
        r"\b(?:plus ou moins|et/ou|ou non|vers (?:ou|et) (?:depuis|a partir)|(?:a destination|en provenance) (?:ou|et) "
        r"(?:a destination|en provenance)"
        r"|(?:\d[\d ,.]*|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix) ou (?:de |d')?plusieurs"
        r"|(?:le|la|une?|du|au|celui|celle|son|sa|leur) ou (?:les|des|aux|ceux|celles|ses|leurs)"
        r"|(?:il|ils|lui|celui|celui-ci|le) ou (?:elles?|celle|celle-ci|la)"
        r"|egale?s? ou (?:superieure?s?|inferieure?s?|depass\w*|exced\w*)|(?:superieure?s?|inferieure?s?) ou egale?s?)\b"
    ),
    "plusieurs",
    "plus ou moins",
    "et/ou",
    "ou non",
    "vers ",
    "a destination",
    "en provenance",
    " ou les",
    " ou des",
    " ou aux",
    " ou ceux",
    " ou celle",
    " ou ses",
    " ou leurs",
    " ou elle",
    " ou la",
    "egal",
)


@dataclass
class Connectives:
    """The connectives of one passage and the words that open a condition, as (start, end) spans."""

    ands: list[Span]
    ors: list[Span]
    conditions: list[Span]  # "if", "where" / « si », « lorsque »


class _Side(Protocol):
    """What :func:`compare` reads of a side of :mod:`mou_review.domain.divergence`."""

    text: str
    folded: str
    refs: list[tuple[int, int, list[tuple[str, str]]]]


class _Profile(Protocol):
    """What :func:`compare` reads of a side's :class:`mou_review.domain.deontic.Profile`."""

    ands: list[Span]
    ors: list[Span]
    conditions: list[Span]
    negation: list[Span]

    @property
    def weak(self) -> list[tuple[int, int, str]]: ...


def _outside(spans: list[Span], masks: Sequence[Span]) -> list[Span]:
    return [s for s in spans if not any(a <= s[0] < b for a, b in masks)]


#: A verb that asks an indirect question ("shall specify where and in which language …", « préciser où »): the
#: "where" or « où » after it names a place or a time, no condition.  (Not "indicate if" / « indiquer si »: the
#: "and" after it may join two duties, "indicate … and retain", which are compared as a condition's are.)
_PLACE_TIME = ("where", "when", "ou", "quand")
_ASKED = {
    Lang.EN: re.compile(
        r"\b(?:specif(?:y|ies|ied|ying)|indicat\w*|set(?:s|ting)? out|describ\w*|explain\w*|determin\w*"
        # "state where", not "the Member State where" (a noun, which the relative "where" follows)
        r"|(?<!member )(?<!the )(?<!third )(?<!each )(?<!any )(?<!other )state[sd]?"
        r"|verif\w*|check\w*|assess\w*|examin\w*|know\w*|show\w*|decid\w*) $"
    ),
    Lang.FR: re.compile(
        r"\b(?:precis\w*|indiqu\w*|verifi\w*|determin\w*|examin\w*|appreci\w*|evalu\w*|savoir|sait|decid\w*"
        r"|mentionn\w*) $"
    ),
}


#: The passive of such a verb ("the methodologies should be verified where the net removals have decreased", "operators
#: shall be considered as having been checked where the competent authority has checked"): its object is its subject,
#: so the "where" or "when" after it asks no question; it opens a condition, or says when, as after any other verb.
_EN_PASSIVE_ASKED = re.compile(r"\b(?:be|been|being|is|are|was|were) (?:[a-z]+ed|shown|known|set out) $")


def _asks(folded: str, lang: Lang, at: int) -> bool:
    """Say whether the "where", "when", « où » or « quand » at ``at`` follows a verb that asks an indirect question
    (see _ASKED), not its passive (see _EN_PASSIVE_ASKED)."""
    if not _ASKED[lang].search(folded, max(0, at - 20), at):
        return False
    return lang is not Lang.EN or not _EN_PASSIVE_ASKED.search(folded, max(0, at - 30), at)


def find(folded: str, lang: Lang, text: str, masks: Sequence[Span] = ()) -> Connectives:
    """Return the connectives of ``folded`` (folded text) outside ``masks`` (bounds such as "or more"),
    and its condition words; ``text`` is the original, which tells « où » from « ou »."""
    if lang is Lang.EN:
        and_rx, or_rx, not_conn, cond_rx = _EN_AND, _EN_OR, _EN_NOT_CONNECTIVE, _EN_CONDITION
    else:
        and_rx, or_rx, not_conn, cond_rx = _FR_AND, _FR_OR, _FR_NOT_CONNECTIVE, _FR_CONDITION
    conn_mask = match_spans(not_conn, folded) + list(masks)
    ors = _outside(match_spans(or_rx, folded), conn_mask)
    if lang is Lang.FR:
        ors = [s for s in ors if text[s[0] : s[1]].lower() == "ou"]  # « où » is not « ou »
    return Connectives(
        ands=_outside(match_spans(and_rx, folded), conn_mask),
        ors=ors,
        conditions=[
            c
            for c in match_spans(cond_rx, folded)
            if (folded[c[0] : c[1]] != "ou" or text[c[0] + 1 : c[0] + 2] == "\u00f9")  # « où », not « ou »
            and not (folded.startswith(_PLACE_TIME, c[0]) and _asks(folded, lang, c[0]))
        ],
    )


#: A condition's connectives: at most this many "and"/"or" in the sentence, within this many characters
#: after "if" / « lorsque » (a cross-reference counting as _REF_WIDTH: « à l'article 16, paragraphe 3 » is
#: "16(3)"), and not within _NEG_REACH after a negation ("without delay and cost"), or _NEG_CLAUSE_REACH
#: with no comma between ("may not be carrying out its tasks effectively and lawfully").  A condition
#: opened by a verb in -ing ("when providing") may face French without a condition word: its connective
#: answers one within _GERUND_WINDOW of the sentence's length.  A French connective joins its condition within
#: _CONN_REACH_FR characters in a sentence of fewer than _CONN_MAX connectives (French says more words).  In a
#: sentence of more, only a connective anchored by the words it joins is compared (:func:`_anchored_connective`).
#: (Calibrated on the calibration half and the practice set of the real corpus only.)
_CONN_MAX = 4
_CONN_REACH = 120
_CONN_REACH_FR = 150
_REF_WIDTH = 8
_NEG_REACH = 40
_NEG_CLAUSE_REACH = 70
_GERUND_WINDOW = 0.2
_ALONE_WINDOW = 0.12
# Negative words under which "and" and « ou » say the same, as under a negation: "without delay and cost" /
# « sans délai ni coût », "infringes the laws, regulations and provisions" / « en cas de violation des
# dispositions législatives, réglementaires ou administratives » (a breach of any of them), "whatever their
# value and whatever the legal regime" / « quelle qu'en soit la valeur ou quel que soit le régime » (any of them).
_NEGATIVE_WORDS = frozenset({"without", "breach", "regardless"})
_EN_GERUND = re.compile(r" [a-z]+ing\b")
# "infringes this Regulation by determining the purposes or means": a breach reaches its object, not the means
# said after it ("by determining", « en déterminant »), whose connective is compared as any other.
_BREACH = ("infring", "breach", "violat", "contraven", "enfrei")
# "remedies proportionate to the infringement and necessary to end it" / « proportionnées à l'infraction et
# nécessaires », "where the rules appear to have been breached and about security breaches": a breach said just before
# the connective is one of the two things it joins, and governs neither.
_BREACH_CONJUNCT = (*_BREACH, "infraction")
# "where it is not possible to analyse the data due to their volume and nature" / « lorsqu'il n'est pas possible
# d'analyser les données en raison de leur volume et de leur nature »: the cause a negated clause gives is no part of
# what it denies; a negation before the cause does not reach the connective in it.
_CAUSE = re.compile(r"\b(?:due to|because of|owing to|by reason of|en raison d|du fait d|a cause d)")
# "has seriously and systematically infringed the requirements" / « a enfreint de manière grave et systématique les
# exigences »: the manner of a breach, said after it in French, is no object of the breach; its connective says how
# grave the breach must be, as the English one does.
_MANNER = re.compile(r"\s+(?:de (?:maniere|facon)|in an? [a-z]+ (?:and|or) [a-z]+ (?:manner|way))\b")
_MEANS = re.compile(r"\b(?:by|en) [a-z]+(?:ing|ant)\b")

# A connective that opens a clause of its own ("… is not required, and over-provision shall be permitted"):
# a negation before it does not reach beyond it.
# "without undue delay and in any event within 24 hours" / « sans retard injustifié et, en tout état de cause, dans les
# 24 heures »: the connective opens a second bound, said "in any event", which the negative word before it does not
# govern.
_ANY_EVENT = re.compile(
    r",?\s*(?:in any (?:event|case)|in all cases|at the latest|en tout etat de cause|en tout cas|dans tous les cas"
    r"|au plus tard)\b"
)
_EN_FINITE = re.compile(
    r"\b(?:shall|must|may|will|is|are|was|were|has|have|can|does|do|cannot|could|would|should|might|had|did)\b"
)
_FR_FINITE = re.compile(r"\b(?:est|sont|doit|doivent|peut|peuvent|sera|seront|a|ont|fait|font)\b")
_FINITE = {Lang.EN: _EN_FINITE, Lang.FR: _FR_FINITE}
_CLAUSE_END = re.compile(r"[,;:.()]")
# « lorsque le document ne contient aucun élément nouveau et que l'état du dossier permet de statuer »: « que » said
# again after the connective opens a clause of its own, whatever its verb.
_FR_QUE = re.compile(r"\s+qu(?:e\b|')")
# The connective that ends an item of a list ("(a) …; and" / « a) …; ou »): it tells whether the items
# are cumulative or alternatives, and is compared apart.
_ITEM_END = re.compile(r"[;,]\s*$")
# A connective before a member that names the whole class or every mix of the others ("fees or other
# charges" / « honoraires et autres frais », "and combinations thereof" / « ou d'une combinaison de ces
# services », "or other contractual arrangements" / « ou à d'autres dispositions contractuelles »): "and" and "or"
# say the same there.  Not "the other resources referred to in Article 43" / « les autres ressources visées »: a
# definite member, as specific as the ones before it.  Nor "or other months' contracts": "other" there says whose, the
# possessive after it ("the contracts of the other months"), a definite member too, not more things of the class.
_CLASS_MEMBER = re.compile(
    r"\s+(?:(?:of |to |with |in |for )?(?:all |such )?other(?! than)(?! [a-z-]+(?:s'|'s)\s)\b|(?:any |all )?combinations?\b"
    r"|(?:a |aux )?(?:de |d'|des )?autres\b|(?:de |d'|a )?(?:une |la |leur |toute )?combinaisons?\b)"
)
# "between A and B" / « entre A et B »: the connective is fixed by its correlative, whatever negation
# stands before it ("where no agreement exists between the Union and a third country").
_EN_CORRELATIVE = re.compile(r"\b(?:between|both)\b")
_FR_CORRELATIVE = re.compile(r"\b(?:entre|a la fois)\b")


#: The words a connective joins: up to two content words on each side of it, within its clause.
_JOIN_SKIP = frozenset(
    "the a an of to in on for by with its their his her le la les l un une des du de d a au aux sur en dans par "
    "pour son sa ses leur leurs ce cet cette ces".split()
)
_JOIN_WORD = re.compile(r"[a-z0-9]+")


def _content(folded: str, start: int, end: int, last: bool, n: int = 2) -> list[str]:
    """Up to ``n`` content words of ``folded[start:end]`` (the last ones if ``last``), stopping at a clause mark."""
    chunk = folded[start:end]
    cut = [i for i in (chunk.rfind(c) if last else chunk.find(c) for c in ",;:()") if i >= 0]
    if cut:
        chunk = chunk[max(cut) + 1 :] if last else chunk[: min(cut)]
    words = [w for w in _JOIN_WORD.findall(chunk) if w not in _JOIN_SKIP]
    return words[-n:] if last else words[:n]


# English and French spell many words of one Latin stem differently: "functionalities" / « fonctionnalités »,
# "address" / « adresse », "risks" / « risques », "measures" / « mesures ».  Read with these letters as one ("ph" as
# "f", « qu » as "k"), with no vowel after the first letter and no doubled letter, they begin with the same four:
# "fnktnl", "adrs", "rsks", "msrs".  A doubled letter is read as one before the vowels are dropped: a vowel between two
# alike letters is no doubling of the spelling, so "member" and « membres » read "mmbr" and "mmbrs" (the vowels dropped
# first, both read "mbr", three letters, too few to compare).
_SPELLING = (("ph", "f"), ("th", "t"), ("qu", "k"), ("c", "k"), ("y", "i"))
_INNER_VOWELS = re.compile(r"(?<=.)[aeiou]+")
_DOUBLED = re.compile(r"(.)\1+")


@lru_cache(maxsize=4096)
def _skeleton(word: str) -> str:
    """The consonants of ``word`` as both languages may spell them, after its first letter kept as it is."""
    for a, b in _SPELLING:
        word = word.replace(a, b)
    return _INNER_VOWELS.sub("", _DOUBLED.sub(r"\1", word))


def _alike(xs: list[str], ys: list[str], cognate: bool = False) -> bool:
    """Say whether a word of ``xs`` and one of ``ys`` are the same number or share a stem of five letters; with
    ``cognate`` (an English word against a French one), or begin with the same four consonants (:func:`_skeleton`)."""
    for x in xs:
        for y in ys:
            if x.isdigit() or y.isdigit():
                if x == y:
                    return True
            elif len(x) >= 5 and len(y) >= 5:
                if x[:5] == y[:5]:
                    return True
                if cognate:
                    sx, sy = _skeleton(x), _skeleton(y)
                    if len(sx) >= 4 and len(sy) >= 4 and sx[:4] == sy[:4]:
                        return True
    return False


#: How many content words on each side of a modal say what its clause is about (:func:`clauses_alike`).
_CLAUSE_WORDS = 6


def clauses_alike(en_folded: str, a: Span, fr_folded: str, b: Span) -> bool:
    """Say whether the English clause around ``a`` and the French clause around ``b`` share a word of one stem, within
    _CLAUSE_WORDS content words before or after each, up to a clause mark: the same clause, whatever order each language
    puts its subject and verb in ("over which title and possession can be created" / « à laquelle doivent être attachés
    des droits de propriété et de possession »)."""
    words_e = _content(en_folded, max(0, a[0] - 80), a[0], True, _CLAUSE_WORDS) + _content(
        en_folded, a[1], a[1] + 80, False, _CLAUSE_WORDS
    )
    words_f = _content(fr_folded, max(0, b[0] - 80), b[0], True, _CLAUSE_WORDS) + _content(
        fr_folded, b[1], b[1] + 80, False, _CLAUSE_WORDS
    )
    return _alike(words_e, words_f, True)


def _joins(en: _Side, a: _Mark, fr: _Side, b: _Mark) -> int:
    """Count the sides (before, after) on which connectives ``a`` and ``b`` join alike words.  Both opening an
    inserted phrase ("a postal and, where available, email address" / « une adresse postale et, si elles sont
    disponibles, une adresse ») is alike after them: the comma hides the words they join."""
    fe, ff = en.folded, fr.folded
    before = _alike(
        _content(fe, max(0, a.span[0] - 40), a.span[0], True),
        _content(ff, max(0, b.span[0] - 40), b.span[0], True),
        True,
    )
    after = _alike(
        _content(fe, a.span[1], a.span[1] + 40, False), _content(ff, b.span[1], b.span[1] + 40, False), True
    ) or (fe.startswith(",", a.span[1]) and ff.startswith(",", b.span[1]))
    return int(before) + int(after)


#: A member of a list between two of its commas: at most this many words, none a connective nor a finite verb.
_MEMBER_WORDS = 3
_MEMBER_STOP = re.compile(r"[;:()]|\b(?:and|or|et|ou|ni)\b")


def _members_before(side: _Side, m: _Mark, unit: Span, lang: Lang) -> list[list[str]]:
    """The content words of the members of the list that the connective ``m`` closes, said before it, the nearest first:
    each part between two commas of at most _MEMBER_WORDS words ("payment, clearing or settlement", « de paiement, de
    compensation et de règlement »; a comma right before ``m`` too, "certification, oversight, or enforcement"), then
    the last content word of the part that opens the list ("in light of the resources, knowledge or constraints":
    "resources").  One member, or none, where no comma of a list stands right before the member before ``m``."""
    chunk = side.folded[unit[0] : m.span[0]].rstrip()
    if chunk.endswith(","):
        chunk = chunk[:-1]
    parts = chunk.split(",")
    out: list[list[str]] = []
    for i, part in enumerate(reversed(parts)):
        words = _JOIN_WORD.findall(part)
        opening = i == len(parts) - 1 or _MEMBER_STOP.search(part) or _FINITE[lang].search(part)
        if not opening and len(words) <= _MEMBER_WORDS:
            out.append([w for w in words if w not in _JOIN_SKIP])
            continue
        if i == 0:
            return []
        # (the words of the opening part after any connective in it: "supervisors and, where those views or reservations"
        # opens no list)
        stops = list(_MEMBER_STOP.finditer(part))
        opened = part[stops[-1].end() :] if stops else part
        if opened.strip():
            out.append(_content(opened, 0, len(opened), True, 1))
        break
    return out


def _list_anchored(en: _Side, a: _Mark, fr: _Side, b: _Mark, ue: Span, uf: Span) -> bool:
    """Say whether the connectives ``a`` and ``b`` each close a list of three or more members whose members, counted back
    from the connective, are alike at one place before the member right before it ("payment, clearing or settlement
    systems" / « systèmes de paiement, de compensation et de règlement », "certification, oversight, or enforcement
    tasks" / « tâches de certification, de supervision et de contrôle »).  A list is said in the same order in both
    texts, each member apart by its comma; the comma cuts the connective off from all members but the one right before
    it, which :func:`_joins` reads, so the others anchor it as the words it joins would."""
    me, mf = _members_before(en, a, ue, Lang.EN), _members_before(fr, b, uf, Lang.FR)
    return any(_alike(x, y, True) for x, y in zip(me[1:], mf[1:], strict=False))


def _opens_condition(side: _Side, m: _Mark, conditions: Sequence[Span]) -> bool:
    """Say whether the connective ``m`` opens a condition inserted right after it, behind a comma ("and, if
    irregularities are detected," / « et, si des irrégularités sont constatées, »)."""
    after = _COMMA_AFTER.match(side.folded, m.span[1])
    return after is not None and after.end() > m.span[1] and any(c[0] == after.end() for c in conditions)


def _claims(
    en: _Side,
    x: _Mark,
    fr: _Side,
    b: _Mark,
    ys: list[_Mark],
    a: _Mark,
    conds_e: Sequence[Span],
    conds_f: Sequence[Span],
) -> bool:
    """Say whether the English connective ``x`` may be what the French connective ``b`` answers, rather than the English
    connective ``a``: ``x`` joins words alike those ``b`` joins, and no other French connective of ``ys`` nearer to it
    answers it: on both sides, or at its place in the sentence (within _ALONE_WINDOW of its length), each opening a
    condition inserted right after it (:func:`_opens_condition`, against the conditions ``conds_e`` and ``conds_f``).
    Each French connective answers one English connective: "by effective controls and, if irregularities are detected,
    by the recovery of the amounts wrongly paid or, where appropriate, by penalties" / « par des contrôles efficaces et,
    si des irrégularités sont décelées, par le recouvrement des montants indûment versés et, s'il y a lieu, par des
    sanctions »: the first « et » answers the "and" (the same words on both sides), which leaves the second to the
    "or", though the comma after each makes the "and" alike it too.  So where no word is alike ("by effective checks
    and, if irregularities are detected" / « par des contrôles efficaces et, si des irrégularités sont constatées »,
    "and, if necessary, developing" / « et, si nécessaire, du développement »): the inserted condition each opens at
    the same place anchors them, as the words they join would.  An ``x`` that joins the very words ``a`` joins
    (:func:`_same_pair`) claims ``b`` wherever it stands: the English says the same pair twice ("telephone conversations
    and electronic communications …, even if those conversations or communications" / « conversations téléphoniques et
    communications électroniques …, même si ces conversations et communications », "the protection and restoration of
    biodiversity and ecosystems where that activity contributes to restoring biodiversity or to achieving the good
    condition of ecosystems" / « la biodiversité et à assurer le bon état des écosystèmes »), and its "or" names each
    member of the set its "and" names."""
    if not _joins(en, x, fr, b):
        return False
    answered = any(
        y is not b
        and abs(y.pos - x.pos) < abs(b.pos - x.pos)
        and (
            _joins(en, x, fr, y) == 2
            or (
                abs(y.pos - x.pos) <= _ALONE_WINDOW
                and _opens_condition(en, x, conds_e)
                and _opens_condition(fr, y, conds_f)
            )
        )
        for y in ys
    )
    return not answered or _same_pair(en.folded, a, x)


def _answered(en: _Side, a: _Mark, fr: _Side, y: _Mark, xs: list[_Mark]) -> bool:
    """Say whether the French connective ``y``, which joins words alike some that the English connective ``a`` of the
    same word joins, answers another English connective of ``xs`` instead: one that joins alike words on both sides of
    ``y``, stands nearer to it than ``a``, and joins other words than ``a`` (:func:`_same_pair`).  Each French
    connective answers one English connective: "where a selected obliged entity operates, the amount shall be at least
    EUR 100 000 and shall not exceed EUR 1 000 000 or 0,5 % of the annual turnover" / « où opère l'entité assujettie
    sélectionnée, le montant de la sanction s'élève au moins à 100 000 EUR et ne dépasse pas 1 000 000 EUR ou 0,5 % du
    chiffre d'affaires annuel »: the « ou » answers "EUR 1 000 000 or 0,5 %" on both sides; were the "and" made "or",
    the « ou » would be no answer to it, though « EUR » before it is alike "EUR 100 000" before the "or"."""
    return any(
        x is not a
        and _joins(en, x, fr, y) == 2
        and abs(x.pos - y.pos) < abs(a.pos - y.pos)
        and not _same_pair(en.folded, a, x)
        for x in xs
    )


def _same_pair(folded: str, a: _Mark, x: _Mark, n: int = 4) -> bool:
    """Say whether connectives ``a`` and ``x`` of one side join alike words on both sides, within ``n`` content words of
    each ("restoring biodiversity or to achieving the good condition of ecosystems" and "biodiversity and ecosystems")."""
    before = _alike(
        _content(folded, max(0, a.span[0] - 60), a.span[0], True, n),
        _content(folded, max(0, x.span[0] - 60), x.span[0], True, n),
    )
    return before and _alike(
        _content(folded, a.span[1], a.span[1] + 60, False, n),
        _content(folded, x.span[1], x.span[1] + 60, False, n),
    )


@dataclass
class _Mark:
    span: Span
    pos: float  # relative position in its unit: 0 = start, 1 = end
    word: str
    partner: _Mark | None = None


# A binomial that names one class of things, whose connective says nothing of whether both or either is meant:
# "goods or services" / « produits et services », "hardware and software" / « matériels ou logiciels », "assets
# and liabilities" / « actifs ou passifs », "oil and gas operations" / « opérations pétrolières ou gazières »,
# "the effective use and enjoyment" / « l'utilisation ou l'exploitation effectives », "Union institutions, bodies, offices or agencies" / « institutions, organes et
# organismes de l'Union », "conflict-affected and high-risk areas" / « zones de conflit ou à haut risque » (the OECD's
# term, which the acts on batteries and on due diligence take over) (words without their plural "s" / "x"; « la
# prestation de services » as "services").
_BINOMIALS = frozenset(
    {
        ("good", "service"),
        ("product", "service"),
        ("supplie", "service"),
        ("work", "supplie"),
        ("work", "service"),
        ("hardware", "software"),
        ("asset", "liabilitie"),
        ("use", "enjoyment"),
        ("oil", "ga"),
        ("office", "agencie"),
        ("organe", "organisme"),
        ("bien", "service"),
        ("produit", "service"),
        ("fourniture", "service"),
        ("travau", "fourniture"),
        ("travau", "service"),
        ("materiel", "logiciel"),
        ("actif", "passif"),
        ("petrolier", "gazier"),
        ("petroliere", "gaziere"),
        ("utilisation", "exploitation"),
        ("affected", "high"),
        ("conflit", "haut"),
    }
)
_PROVISION = frozenset(
    {"provision", "supply", "prestation", "prestations", "livraison", "livraisons", "fourniture"}
)


def _binomial(folded: str, s: Span) -> bool:
    """Say whether the connective ``s`` joins the two members of a binomial ("goods and services")."""
    before = _content(folded, max(0, s[0] - 40), s[0], True)
    after = _content(folded, s[1], s[1] + 40, False)
    if after and after[0] in _PROVISION and len(after) > 1 and after[1].startswith(("service", "bien")):
        after = after[1:]
    return bool(before and after) and (before[-1].rstrip("sx"), after[0].rstrip("sx")) in _BINOMIALS


def _marks(spans: Sequence[Span], unit: Span, word: str, side: _Side | None = None) -> list[_Mark]:
    """The connectives of ``unit``, less those before a member that names the class ("or other fees")."""
    width = max(unit[1] - unit[0], 1)
    return [
        _Mark(s, (s[0] - unit[0]) / width, word)
        for s in spans
        if unit[0] <= s[0] < unit[1] and (side is None or not _CLASS_MEMBER.match(side.folded, s[1]))
    ]


def _pair(xs: list[_Mark], ys: list[_Mark]) -> None:
    """Pair the marks of ``xs`` with those of ``ys`` one to one, nearest first."""
    near = sorted((abs(x.pos - y.pos), i, j) for i, x in enumerate(xs) for j, y in enumerate(ys))
    for _d, i, j in near:
        if xs[i].partner is None and ys[j].partner is None:
            xs[i].partner, ys[j].partner = ys[j], xs[i]


def _distance(side: _Side, a: int, b: int) -> int:
    """Characters from ``a`` to ``b``, a cross-reference between them counting as _REF_WIDTH."""
    d = b - a
    for x, y, _atoms in side.refs:
        inside = min(y, b) - max(x, a)
        if inside > _REF_WIDTH:
            d -= inside - _REF_WIDTH
    return d


def _in_condition(
    side: _Side, m: _Mark, conditions: Sequence[Span], unit: Span, reach: int = _CONN_REACH
) -> bool:
    """Say whether "if", « lorsque » stands within ``reach`` characters before ``m`` in its sentence."""
    return any(unit[0] <= c[0] < m.span[0] and _distance(side, c[0], m.span[0]) <= reach for c in conditions)


# A French condition clause opened by « si », « lorsque » or « dans la mesure où » ends at the comma after its finite
# verb, and the main clause follows (« dans la mesure où l'équité l'exige, la division d'opposition ou la division
# d'annulation … décide », « lorsque la valorisation au prix du marché est utilisée, l'actif de réserve est valorisé
# sur la base du plus prudent cours vendeur ou cours acheteur »): a connective after that comma joins words of the
# main clause, not the condition's, whatever its reach from the condition word.  The verb is known by its form: a
# verb after an object, reflexive or negative pronoun (« l'exige », « s'applique », « n'existe »; « l' » after the
# subject, a word that is no preposition, determiner or conjunction), or a participle after an auxiliary of
# _FR_FINITE (« est utilisée »).  The comma of a list is told apart: where the words after the comma read as a list
# member (:func:`_list_item`: « est adoptée, modifiée ou abrogée »), only a verb after a pronoun ends the clause, and
# not where the member has such a verb of its own (« lorsqu'elle l'exige, l'accepte ou le refuse »).
_FR_CLAUSE_CONDITION = re.compile(r"(?:si|s'ils?|lorsqu(?:e\b|')|quand\b|dans la mesure ou\b)")
_FR_PARTICIPLE = re.compile(r"(?<![a-z'])([a-z]+) [a-z]{2,}(?:e|ee|es|ees|i|ie|is|ies|u|ue|us|ues)$")
_FR_PRONOUN_VERB = re.compile(
    r"(?:(?<![a-z])([a-z]+) l|(?<![a-z'])[sn])'[a-z]{2,}(?:e|es|ent|it|ait|aient|ont)$"
)
_FR_NOT_SUBJECT = frozenset(
    "a au aux de du des d en dans par pour sur sous avec sans entre vers chez selon ou et que qu lorsque lorsqu si "
    "quand le la les un une ce cet cette ces son sa ses leur leurs tout toute tous toutes ni".split()
)


def _comma_since_condition(side: _Side, m: _Mark, conditions: Sequence[Span], unit: Span) -> bool:
    """Say whether a comma stands between ``m`` and the last condition word before it."""
    before = [c for c in conditions if unit[0] <= c[0] < m.span[0]]
    return bool(before) and "," in side.folded[max(before)[1] : m.span[0]]


def _fr_pronoun_verb(words: str) -> bool:
    """Say whether ``words`` (folded French) end with a verb after a pronoun (see _FR_CLAUSE_CONDITION)."""
    verb = _FR_PRONOUN_VERB.search(words)
    return verb is not None and verb.group(1) not in _FR_NOT_SUBJECT


def _fr_clause_ends(side: _Side, start: int, at: int, m: _Mark) -> bool:
    """Say whether the comma at ``at`` closes the French clause that starts at ``start`` (see _FR_CLAUSE_CONDITION),
    the words up to the connective ``m`` following it."""
    folded = side.folded
    words = folded[start:at].rstrip()
    after = folded[at + 1 : m.span[0]]
    if not after.strip() or re.match(r"\s*(?:et|ou|ni|mais)\b", after):
        return False
    if _list_item(side, at, m.span[1], Lang.FR) is not None:
        return _fr_pronoun_verb(words) and not _fr_pronoun_verb(after.rstrip())
    participle = _FR_PARTICIPLE.search(words)
    return _fr_pronoun_verb(words) or (
        participle is not None and _FR_FINITE.fullmatch(participle.group(1)) is not None
    )


def _after_condition(side: _Side, m: _Mark, conditions: Sequence[Span], unit: Span) -> bool:
    """Say whether the French connective ``m`` stands in the main clause, after the comma that closes the condition
    clause opened by the last condition word before it (see _FR_CLAUSE_CONDITION)."""
    before = [c for c in conditions if unit[0] <= c[0] < m.span[0]]
    if not before:
        return False
    c = max(before)
    if not _FR_CLAUSE_CONDITION.match(side.folded, c[0]):
        return False
    at = side.folded.find(",", c[1], m.span[0])
    while at >= 0:
        if _fr_clause_ends(side, c[1], at, m):
            return True
        at = side.folded.find(",", at + 1, m.span[0])
    return False


def _enclosed(folded: str, a: int, b: int, at: int, conditions: Sequence[Span]) -> bool:
    """Say whether the negation ``a``-``b`` stands in a phrase closed before ``at``: a bracket ("vessels when not at
    sea), agricultural and forestry tractors"), or a condition inserted between commas ("to the nominal value or,
    where there is no nominal value, to the accountable par and, where appropriate, to the premium" / « si elles n'ont
    pas encore été notifiées, ainsi que toute modification »)."""
    between = folded[b:at]
    if between.count(")") > between.count("("):
        return True
    if "," not in between:
        return False
    opened = max(folded.rfind(c, 0, a) for c in ",;:(")
    return opened >= 0 and any(
        opened < c[0] < a and not folded[opened + 1 : c[0]].strip() for c in conditions
    )


def _condition_closed(
    side: _Side, a: int, b: int, m: _Mark, unit: Span, conditions: Sequence[Span], lang: Lang
) -> bool:
    """Say whether the negation ``a``-``b`` stands in a condition that a comma closes before ``m`` ("shall take a
    decision where the activity does not qualify as a limited network, and inform the provider" / « lorsque l'activité
    n'est pas considérée comme un réseau limité, et en informe le prestataire »): the condition word opens the clause
    of the negation, and the connective after the comma joins the main clause, which the negation of the condition
    does not reach.  Only the one comma right before ``m``: a comma between the members of a list ("where it does not
    meet the criteria for a payment, clearing or settlement system", "Articles 405, 406 or 409") ends no clause.  Not
    a connective before a preposition or a determiner either, which joins one more complement to the negated verb
    ("where it is not granted to the consumer, or to the trader" / « si elle n'est pas reconnue au consommateur, ainsi
    que de permettre »)."""
    folded = side.folded
    opened = max(max(folded.rfind(c, unit[0], a) for c in ",;:()"), unit[0] - 1)
    between = folded[b : m.span[0]].rstrip()
    return (
        any(opened < c[0] < a for c in conditions)
        and between.endswith(",")
        and not any(c in between[:-1] for c in ",;:")
        and not _COMPLEMENT_AFTER.match(folded, m.span[1])
    )


#: What opens a complement, a noun phrase or an infinitive after a connective: a preposition or a determiner.
_COMPLEMENT_AFTER = re.compile(
    r"\s+(?:the|a|an|of|to|in|on|for|by|with|from|at|any|all|its|their"
    r"|le|la|les|l'|un|une|des|du|de|d'|a|au|aux|sur|dans|par|pour|avec|leur|leurs|son|sa|ses)\b"
)


#: A comma between the members of a list ("Articles 12, 14 or 17", "a trading, clearing or settlement platform",
#: « de négociation, de compensation et de règlement »): a few words after it, then another such comma or the
#: connective of the list.
_LIST_COMMA = re.compile(
    r",\s*(?!(?:and|or|et|ou|but|mais)\b)(?:[\w'-]+\s+){0,2}?[\w'-]+\s*(?:,|(?:and|or|et|ou)\b)"
)
#: A preposition that makes the words after it the complement of a noun ("the criteria for a payment, clearing or
#: settlement system", « les exigences prévues aux articles 405, 406 et 409 »).
_PREPOSITION = {
    Lang.EN: re.compile(r"\b(?:of|in|for|to|under|on|by|with|from|at)\b"),
    Lang.FR: re.compile(r"\b(?:de|du|des|aux?|en|pour|par|dans|sur)\b|\bd'"),
}


def _list_item(side: _Side, at: int, end: int, lang: Lang) -> re.Match[str] | None:
    """The member after the comma at ``at`` of a list, up to the next comma of the list or its connective, before
    ``end``; None where the comma is no list's (a verb after it, or more than three words)."""
    item = _LIST_COMMA.match(side.folded, at, end)
    finite = _FINITE[lang]
    if item is None or finite.search(side.text[at : item.end()].lower()):
        return None
    return item


def _closed_list(side: _Side, at: int, m: _Mark, lang: Lang) -> bool:
    """Say whether the comma at ``at`` is one of a list whose connective stands before ``m`` ("no fixed, mobile or
    satellite networks operating or planned": the commas of the first list end no clause before the second "or")."""
    while (item := _list_item(side, at, m.span[0], lang)) is not None:
        if side.folded[item.end() - 1] != ",":
            return True
        at = item.end() - 1
    return False


def _clause_ended(side: _Side, start: int, end: int, m: _Mark, lang: Lang) -> bool:
    """Say whether a clause mark stands between ``start`` and ``end``, the commas of a list closed before ``m``
    aside."""
    return any(
        c.group(0) != "," or not _closed_list(side, c.start(), m, lang)
        for c in _CLAUSE_END.finditer(side.folded, start, end)
    )


def _list_start(side: _Side, m: _Mark, unit: Span, lang: Lang) -> int:
    """The start of the first member of the list whose connective ``m`` is ("payment, clearing or settlement": the
    word before its first comma), or ``m``'s own start where no comma of a list stands right before it."""
    start, to = m.span[0], m.span[1]
    while (c := side.folded.rfind(",", unit[0], start)) >= 0:
        item = _list_item(side, c, m.span[1], lang)
        if item is None or item.end() != to:
            break
        start, to = c, c + 1
    if start == m.span[0]:
        return start
    word = re.search(r"[\w'-]+\s*$", side.folded[unit[0] : start])
    return unit[0] + word.start() if word else start


def _reaches_list(side: _Side, a: int, b: int, m: _Mark, unit: Span, lang: Lang) -> bool:
    """Say whether the negation ``a``-``b`` reaches the list whose connective ``m`` is, a list of single words (the
    numbers of one reference, the words that qualify one noun) that names one set of things as the complement of a
    noun the negation governs: a preposition, and no verb nor clause mark, between the negation and the first member
    of the list, within _NEG_CLAUSE_REACH characters of it ("does not meet the criteria for a payment, clearing or
    settlement system", "does not comply with Articles 12, 14 or 17").  Not a list said right after the negation
    ("are not transparent, explainable and documented"): its connective says what is denied."""
    first = _list_start(side, m, unit, lang)
    if not a < first < m.span[0] or first - a > _NEG_CLAUSE_REACH:
        return False
    if any(len(member.split()) != 1 for member in side.folded[first : m.span[0]].split(",")):
        return False
    finite = _FINITE[lang]
    return (
        _PREPOSITION[lang].search(side.folded, b, first) is not None
        and finite.search(side.text[b:first].lower()) is None
        and not _clause_ended(side, b, first, m, lang)
    )


# "where there is no reliable or affordable supply" (none that is either) is not "no reliable and affordable supply"
# (none that is both) / « lorsqu'il n'existe pas d'approvisionnement fiable et abordable »: a negation over one singular
# noun whose qualities are coordinated denies the noun with its qualities as the connective combines them, unlike the
# members of a list of things ("does not transport banknotes or coins" / « ne transporte pas de billets et de
# pièces »), which it reaches whichever connective joins them.  English puts the adjectives before the noun, after an
# article or the negative "no" ("an effective or comprehensive tape", "no effective or sustainable competition");
# French after it, the last one before a preposition or a clause mark (« un accès alternatif et facile à un
# service »).  An adjective is known by its ending; one of the two must have it.
_ADJ_END = {
    Lang.EN: re.compile(r"[a-z]{3}(?:ive|ble|ful|ous|ic|ant|[^m]ent|ted)$"),
    Lang.FR: re.compile(
        r"[a-z]{3}(?:if|ive|ble|ile|al|ale|ace|[^m]ent|ente|ant|ante|eux|euse|ect|ecte|et|ete)$"
    ),
}
_EN_QUALITY_BEFORE = re.compile(r"\b(?:an?|no|of) ([a-z]+) $")
_EN_QUALITY_AFTER = re.compile(
    r" ([a-z]+)((?: [a-z]+){1,2})(?= (?:to|for|of|in|on|at|by|with|from|under|which|that)\b|\s*[,;:.()]|\s*$)"
)
_FR_QUALITY_BEFORE = re.compile(r"\b([a-z]+),? ([a-z]+) $")
_FR_QUALITY_AFTER = re.compile(
    r" ([a-z]+)(?= (?:a|au|aux|de|du|des|d'|pour|sur|dans|en|par|qui|que)\b|\s*[,;:.()]|\s*$)"
)
# How far before the connective the words before it are looked for: two words and their spaces, whatever their length
# in legal text (the searches end at the connective; a window only saves scanning the whole sentence up to it).
_QUALITY_REACH = 64
_NOT_QUALITY = frozenset(
    "the a an of to in on for by with and or no not any all its their such le la les l un une des du de d au aux et ou "
    "ni en pour par sur dans son sa ses leur leurs ce cet cette ces pas plus".split()
)


def _qualities(side: _Side, m: _Mark, unit: Span, lang: Lang) -> bool:
    """Say whether the connective ``m`` joins two adjectives of one singular noun (see _ADJ_END)."""
    folded = side.folded
    if lang is Lang.EN:
        before = _EN_QUALITY_BEFORE.search(folded, max(unit[0], m.span[0] - _QUALITY_REACH), m.span[0])
        after = _EN_QUALITY_AFTER.match(folded, m.span[1], unit[1])
        if before is None or after is None:
            return False
        words = [before.group(1), after.group(1), *after.group(2).split()]
        noun = words[-1]
        if noun.endswith("s") and not noun.endswith(("ss", "us", "is")):
            return False
    else:
        before = _FR_QUALITY_BEFORE.search(folded, max(unit[0], m.span[0] - _QUALITY_REACH), m.span[0])
        after = _FR_QUALITY_AFTER.match(folded, m.span[1], unit[1])
        if before is None or after is None:
            return False
        words = [before.group(1), before.group(2), after.group(1)]
        if words[-1].endswith(("s", "x")) or words[1].endswith(("s", "x")):
            return False
    if any(w in _NOT_QUALITY for w in words):
        return False
    adjectives = words[:2] if lang is Lang.EN else words[1:]
    return any(_ADJ_END[lang].search(w) for w in adjectives)


def _negated(
    side: _Side, m: _Mark, negs: Sequence[Span], unit: Span, lang: Lang, conditions: Sequence[Span] = ()
) -> bool:
    """Say whether a negation governs ``m``: shortly before it, in its clause, which ``m`` does not end, and
    with no condition word between them ("shall not apply where and insofar as": the connective joins the
    condition, which the negation of the main clause leaves as it is).  The commas of a list closed before ``m``
    end no clause, and a negation that reaches the first member of a list it governs as a noun's complement reaches
    its connective (:func:`_reaches_list`: "does not meet the criteria for a payment, clearing or settlement system" /
    « ne remplit pas les critères … de paiement, de compensation et de règlement »: the list names the one set of
    systems, whichever connective)."""
    folded = side.folded
    near = [
        (a, b)
        for a, b in negs
        if unit[0] <= a < m.span[0]
        and (
            m.span[0] - a <= _NEG_REACH
            or (m.span[0] - a <= _NEG_CLAUSE_REACH and not _clause_ended(side, b, m.span[0], m, lang))
            or _reaches_list(side, a, b, m, unit, lang)
        )
        and not any(b <= c[0] < m.span[0] for c in conditions)
        and not (folded.startswith(_BREACH, a) and _MEANS.search(folded, b, m.span[0]))
        and not (folded.startswith(_BREACH, a) and _MANNER.match(folded, b))
        and not (folded.startswith(_BREACH_CONJUNCT, a) and not folded[b : m.span[0]].strip())
        and not _CAUSE.search(folded, b, m.span[0])
        and not _enclosed(folded, a, b, m.span[0], conditions)
        and not _condition_closed(side, a, b, m, unit, conditions, lang)
        # "where the data breach is likely to result in a risk to the rights or freedoms": a breach that is the
        # subject of a verb of its own governs nothing after that verb.  (The verb is read in the text, not the folded
        # text, where the preposition « à » (« a enfreint les obligations relatives à l'entreposage et au transport »)
        # reads as the verb « a »; :func:`_list_item` reads it so too.)
        and not (folded.startswith(_BREACH, a) and _FINITE[lang].search(side.text[b : m.span[0]].lower()))
    ]
    if not near or _ANY_EVENT.match(folded, m.span[1]) or _qualities(side, m, unit, lang):
        return False
    # "whatever their value and whatever the legal regime … would have been subject to" / « quelle qu'en soit la
    # valeur ou quel que soit le régime »: the negative word said again after the connective governs the conjunct
    # it opens, whatever verb that holds.
    if any(m.span[1] < a <= m.span[1] + 2 for a, _b in negs):
        return True
    # "applies only where there is no such co-financing or where the outcome of the activities goes to the contracting
    # authority", "if there is no surrender clause or if the policy cannot be used as collateral": the condition word
    # said again right after the connective opens a condition of its own, which the negation of the first does not
    # reach.
    if any(c[0] == m.span[1] + 1 for c in conditions):
        return False
    correlative = _EN_CORRELATIVE if lang is Lang.EN else _FR_CORRELATIVE
    start = max(folded.rfind(c, unit[0], m.span[0]) for c in ",;:") + 1
    if correlative.search(folded, max(start, unit[0], m.span[0] - 60), m.span[0]):
        return False
    if lang is Lang.FR and _FR_QUE.match(folded, m.span[1]):
        return False
    end = _CLAUSE_END.search(folded, m.span[1])
    rest = side.text[m.span[1] : end.start() if end else len(folded)].lower()
    return _FINITE[lang].search(rest) is None


# "each operator and aircraft operator shall select" / « chaque exploitant ou exploitant d'aéronef choisit », "any
# planned or effective changes to the capacity, activity level and operation" / « toute modification prévue ou effective
# de la capacité, du niveau d'activité ou de l'exploitation », "whenever contingencies, exceptions, errors, and pricing
# failures occur" / « à chaque fois que se produit un imprévu, une exception, une erreur ou un défaut »: a quantifier
# ranges over each member of the list it opens, which English names by "and" and French by « ou » (each, any one of
# them).  Only the English "and" against « ou »: an "or" against « et » ("any document or data" / « tout document et
# toute donnée ») is compared as any other, and the reading of "all" is collective ("all the conditions A and B").
# Not "each other", "in any event", "at any time": the quantifier there ranges over no list.
_EN_QUANTIFIER = guard(
    re.compile(
        r"\b(?:each|every|any)\b(?! (?:other|one|time|event|case|way)\b)"
        r"|\bwhenever\b(?! (?:[a-z]+ed|necessary|appropriate|possible|relevant|applicable)\b)"
    ),
    "each",
    "every",
    "any",
    "whenever",
)
_QUANT_REACH = 80
# "each party succeeds on some and fails on other heads": "each" and "every" take a singular noun, so a word in -s after it
# is the verb of a clause, whose connective joins what the clause says, not the members of a list.
_EN_SINGULAR_VERB = re.compile(r"(?:each|every)(?: (?!of\b)[a-z-]*[a-rt-z]){1,2} [a-z]+[a-rt-z]s\b")
# What ends the phrase a quantifier opens: a clause mark but the comma of a list, a relative pronoun, a condition word.
_QUANT_END = re.compile(r"[;:.()]|\b(?:which|that|who|whom|whose|where|when|if|unless)\b")


def _quantified(side: _Side, m: _Mark, unit: Span) -> bool:
    """Say whether a quantifier ("each", "any", "whenever") opens the phrase of the connective ``m``: before it within
    _QUANT_REACH characters, with no finite verb, relative pronoun, condition word or clause mark between but the commas of
    a list (a comma right before ``m`` only after another: "errors, and pricing failures").  Not "whenever required",
    "whenever necessary": a condition said without its subject, which the comma after it ends."""
    folded = side.folded
    start = max(unit[0], m.span[0] - _QUANT_REACH)
    for q in _EN_QUANTIFIER.finditer(folded, start, m.span[0]):
        between = folded[q.end() : m.span[0]]
        if _QUANT_END.search(between) or _EN_FINITE.search(between):
            continue
        if _EN_SINGULAR_VERB.match(folded, q.start(), m.span[0]):
            continue
        items = between.split(",")
        if between.rstrip().endswith(",") and len(items) < 3:
            continue
        # The commas of a list: each item after the first a few words ("the capacity, activity level and operation"),
        # not the comma that closes a phrase of its own ("whenever contingencies occur, each operator and …").
        if any(len(item.split()) > 3 for item in items[1:]):
            continue
        return True
    return False


#: « qu'il s'agisse de », « que ce soit » ("whether") before a connective in its clause, within _WHETHER_REACH characters.
_FR_WHETHER = re.compile(r"\b(?:qu'il s'agisse|que ce soit)\b[^;:.]*$")
_WHETHER_REACH = 120
_EVENT = ("in the event of", "in case of", "en cas de", "en cas d'")
_FR_EVENT_ELIDED = guard(re.compile(r"\ben cas d'"), "en cas d'")


def _event_list(side: _Side, m: _Mark, conditions: Sequence[Span], unit: Span, lang: Lang) -> bool:
    """Say whether ``m`` joins the events that "in the event of" / « en cas de » names, with no verb between."""
    finite = _FINITE[lang]
    for c in conditions:
        if (
            unit[0] <= c[0] < m.span[0]
            and side.folded.startswith(_EVENT, c[0])
            and _distance(side, c[0], m.span[0]) <= _CONN_REACH
            and not any(c[0] < d[0] < m.span[0] for d in conditions)
            and not re.search(r"[;:]", side.folded[c[0] : m.span[0]])
            and finite.search(side.text[c[1] : m.span[0]].lower()) is None
        ):
            return True
    return False


def _item_end(side: _Side, marks: list[_Mark], unit: Span) -> _Mark | None:
    """Return the connective that ends a list item ("…; and"), if ``unit`` ends with one."""
    for m in marks:
        if not side.folded[m.span[1] : unit[1]].strip() and _ITEM_END.search(side.folded, unit[0], m.span[0]):
            return m
    return None


def _q_en(s: str) -> str:
    return f"\u201c{s}\u201d"


def _q_fr(s: str) -> str:
    return f"\u00ab\u00a0{s}\u00a0\u00bb"


def _problem(kind: str, en: _Side, fr: _Side, a: _Mark, b: _Mark) -> Problem:
    w_en, w_fr = en.text[a.span[0] : a.span[1]], fr.text[b.span[0] : b.span[1]]
    en_and = a.word == "and"
    if kind == "enumeration":
        return (
            kind,
            [a.span],
            [b.span],
            f"The list item ends with {_q_en(w_en)} in the English where the French has {_q_en(w_fr)}: "
            "the items may be cumulative in one text and alternatives in the other.",
            f"Le point se termine par {_q_fr(w_en)} dans la version anglaise et par {_q_fr(w_fr)} dans la "
            "version française\u00a0: les points sont peut-être cumulatifs dans un texte et alternatifs dans "
            "l’autre.",
        )
    return (
        kind,
        [a.span],
        [b.span],
        f"The condition is joined by {_q_en(w_en)} in the English where the French has {_q_en(w_fr)}: "
        f"{'both conditions, or either one,' if en_and else 'either condition, or both,'} may be required.",
        f"La condition est liée par {_q_fr(w_en)} dans la version anglaise là où la version française "
        f"emploie {_q_fr(w_fr)}\u00a0: "
        f"{'les deux conditions, ou l’une d’elles seulement,' if en_and else 'l’une des conditions, ou les deux,'} "
        "sont peut-être requises.",
    )


#: A connective of a French sentence, in its text (« où » is not « ou »), « ni », « soit … soit », « voire » too.
_FR_CONNECTIVE_WORD = re.compile(r"\b(?:et|ou|ni|soit|voire|sinon)\b")
#: A French word that says an alternative as « ou » does: « ni » (under a negation), « voire », « sinon », « soit … soit ».
_FR_ALTERNATIVE = guard(
    re.compile(r"\b(?:ni|voire|sinon)\b|\bsoit\b[^;:.]*\bsoit\b"), "ni", "voire", "sinon", "soit"
)

#: "one or both of the requirements" / « l'une des deux exigences »: a quantity, no condition joined.
_QUANTITY_BEFORE = re.compile(rf"\b(?:{_EN_NUMBER}|either)\s+$")
#: "the seller or supplier", "its application or request": two nouns under one determiner, which name one party or
#: thing that French may name by one word (« le professionnel », « sa demande »); no condition is joined.
_DETERMINERS = r"(?:the|a|an|its|his|her|their|any|each|that|this|such|every|whose)"
_ONE_NOUN_BEFORE = re.compile(rf"\b{_DETERMINERS}\s+[\w'\u2019-]+\s+$")
_DETERMINER_AFTER = re.compile(rf"\s+{_DETERMINERS}\b")


_LIST_ITEM_OPENING = re.compile(r"\s*(?:\(?(?:[a-z]|[ivx]+)\)|[\u2014\u2013-])\s+")


def _item_condition(en: _Side, fr: _Side, pe: _Profile, pf: _Profile, ue: Span, uf: Span) -> list[Span]:
    """The start of a French list item ("(c) where proceedings have been initiated" / « c) une procédure a été
    engagée ») that says no condition word where the English item opens with one: French says it once, before the
    list.  Not an item that opens with « en cas d' » (an event list, whose connective is free)."""
    e, f = _LIST_ITEM_OPENING.match(en.folded, ue[0]), _LIST_ITEM_OPENING.match(fr.folded, uf[0])
    if e is None or f is None or fr.folded.startswith("en cas d", f.end()):
        return []
    e0, f0 = e.end(), f.end()
    if not any(c[0] == e0 for c in pe.conditions) or any(uf[0] <= c[0] <= f0 + 3 for c in pf.conditions):
        return []
    return [(f0, f0)]


def _quantity_before(side: _Side, m: _Mark, unit: Span) -> bool:
    """Say whether a quantity stands just before ``m`` ("one or both"), not the number that ends a cross-reference
    ("referred to in paragraph 2, or the elements", "in accordance with Articles 31 to 35 or shall notify")."""
    q = _QUANTITY_BEFORE.search(side.folded, max(unit[0], m.span[0] - 12), m.span[0])
    return q is not None and not any(a <= q.start() < b for a, b, _atoms in side.refs)


def _negs(side: _Side, p: _Profile, unit: Span) -> list[Span]:
    """The negations of ``unit`` and the negative words under which "and" and « ou » say the same."""
    return [s for s in p.negation if unit[0] <= s[0] < unit[1]] + [
        (w[0], w[1]) for w in p.weak if unit[0] <= w[0] < unit[1] and w[2] in _NEGATIVE_WORDS
    ]


def _bare_problem(en: _Side, a: _Mark) -> Problem:
    w_en = en.text[a.span[0] : a.span[1]]
    return (
        "connective",
        [a.span],
        [],
        f"The condition is joined by {_q_en(w_en)} in the English where the French joins its parts with no "
        "connective (as French says “and”): either condition, or both, may be required.",
        f"La condition est liée par {_q_fr(w_en)} dans la version anglaise là où la version française en juxtapose "
        "les éléments sans conjonction (comme elle dit «\u00a0et\u00a0»)\u00a0: l’une des conditions, ou les deux, "
        "sont peut-être requises.",
    )


#: The name of an act "of the European Parliament and of the Council" / « du Parlement européen et du Conseil »: its
#: connective says who adopted it, so it is compared wherever it stands, whatever the rules for conditions and lists
#: say.  (Not the two as a subject: "the European Parliament and the Council may object" / « le Parlement européen ou
#: le Conseil peuvent formuler des objections » grants each the same right.)
_EN_LEGISLATORS = guard(
    re.compile(r"\bof the european parliament,? (and|or) of the council\b"), "of the european parliament"
)
_FR_LEGISLATORS = guard(
    re.compile(r"\bdu parlement europeen,? (et|ou) du conseil\b"), "du parlement europeen"
)


def _legislators(en: _Side, fr: _Side, ue: Span, uf: Span) -> list[Problem]:
    """Say where one side names an act of the European Parliament "and" of the Council and the other « ou »."""
    names_e = list(_EN_LEGISLATORS.finditer(en.folded, *ue))
    names_f = list(_FR_LEGISLATORS.finditer(fr.folded, *uf))
    if not names_e or len(names_e) != len(names_f):
        return []
    out: list[Problem] = []
    for a, b in zip(names_e, names_f, strict=True):
        if (a.group(1) == "and") == (b.group(1) == "et"):
            continue
        w_en, w_fr = en.text[a.start(1) : a.end(1)], fr.text[b.start(1) : b.end(1)]
        out.append(
            (
                "connective",
                [a.span(1)],
                [b.span(1)],
                f"The English names an act of the European Parliament {_q_en(w_en)} of the Council where the French "
                f"has {_q_en(w_fr)}: the act cited, or its authors, may differ.",
                f"La version anglaise cite un acte du Parlement européen {_q_fr(w_en)} du Conseil là où la version "
                f"française emploie {_q_fr(w_fr)}\u00a0: l’acte cité, ou ses auteurs, diffèrent peut-être.",
            )
        )
    return out


def _pair_alike(
    en: _Side, fr: _Side, and_e: list[_Mark], and_f: list[_Mark], or_e: list[_Mark], or_f: list[_Mark]
) -> None:
    """Pair each English connective with a French one of the same word: first the one that joins the same words
    ("allowances or derivatives" / « quotas d'émission ou instruments dérivés »), wherever word order put it; then
    the nearest."""
    for xs, ys in ((and_e, and_f), (or_e, or_f)):
        for x in xs:
            same = [y for y in ys if y.partner is None and _joins(en, x, fr, y) == 2]
            if len(same) == 1 and x.partner is None:
                x.partner, same[0].partner = same[0], x
        _pair(xs, ys)


def _or_unanswered(
    en: _Side, fr: _Side, m: _Mark, pe: _Profile, ue: Span, uf: Span, answered_f: set[Span]
) -> bool:
    """Say whether the English "or" ``m`` of a condition finds no French connective to answer it: none in the
    French sentence but those of ``answered_f``, and ``m`` joins no quantity ("two or more"), no pair of nouns French
    may name by one word, and stands under no negation."""
    return (
        _in_condition(en, m, pe.conditions, ue)
        and not any(
            (uf[0] + w.start(), uf[0] + w.end()) not in answered_f
            for w in _FR_CONNECTIVE_WORD.finditer(fr.text[uf[0] : uf[1]].lower())
        )
        and not _quantity_before(en, m, ue)
        and not (
            _ONE_NOUN_BEFORE.search(en.folded, max(ue[0], m.span[0] - 40), m.span[0])
            and not _DETERMINER_AFTER.match(en.folded, m.span[1])
        )
        and not _negated(en, m, _negs(en, pe, ue), ue, Lang.EN, pe.conditions)
    )


def _or_for_and(
    en: _Side,
    fr: _Side,
    m: _Mark,
    and_e: list[_Mark],
    and_f: list[_Mark],
    pe: _Profile,
    pf: _Profile,
    ue: Span,
    uf: Span,
) -> _Mark | None:
    """Return the French « et » that answers the English "or" ``m`` of a condition in a sentence of one "and" and one
    "or" against one « et »: the one « et » that joins words alike those ``m`` joins ("consumer or investor
    protection" / « la protection des consommateurs et des investisseurs »), of which the English "and" joins none."""
    if not _in_condition(en, m, pe.conditions, ue) or _negated(
        en, m, _negs(en, pe, ue), ue, Lang.EN, pe.conditions
    ):
        return None
    found = [
        y
        for y in and_f
        if _joins(en, m, fr, y)
        and not any(_joins(en, x, fr, y) for x in and_e)
        and not _negated(fr, y, _negs(fr, pf, uf), uf, Lang.FR, pf.conditions)
    ]
    return found[0] if len(found) == 1 else None


# "where information is disclosed or disseminated and where recommendations are produced" / « lorsque des informations
# sont divulguées ou diffusées et lorsque des recommandations sont produites », « lorsque la contrepartie est inférieure
# à la valeur normale et que le destinataire n'a pas le droit »: a connective followed by the condition word said again
# joins two clauses of a condition, which no translator swaps as he may swap the words of a list.
_EN_CLAUSE_AFTER = re.compile(r"\s+(where|if|when)\b")
_FR_CLAUSE_AFTER = re.compile(r"\s+(?:que\b|qu'|lorsque\b|lorsqu'|ou\b|si\b|s'ils?\b)")


def _joins_clauses(side: _Side, m: _Mark, conditions: Sequence[Span], unit: Span, lang: Lang) -> bool:
    """Say whether the connective ``m`` joins two clauses of a condition: a condition word stands before it in its
    sentence, and is said again right after it ("where … or where", « lorsque … et lorsque »; French may say it again
    by « que »: « si … et que »; not « ou » before « ou », which is not « où »).  Only the English condition word said
    again is read so: another one ("in the event that … or where") need not open a clause of the same condition."""
    before = [c for c in conditions if unit[0] <= c[0] < m.span[0]]
    if not before:
        return False
    if lang is Lang.EN:
        again = _EN_CLAUSE_AFTER.match(side.folded, m.span[1])
        return again is not None and side.folded.startswith(again.group(1), before[-1][0])
    after = _FR_CLAUSE_AFTER.match(side.folded, m.span[1])
    return after is not None and (
        not side.folded.startswith("ou", after.end() - 2) or side.text[after.end() - 1] == "\u00f9"
    )


# "in particular by prohibiting any reduction … and by imposing limits" / « notamment en interdisant d'entamer celui-ci …
# et en limitant la possibilité », "in order to adapt them to the requirements … and to seek out the best tender" /
# « afin de les adapter aux exigences … et afin de rechercher la meilleure offre »: a connective followed by the
# preposition of means ("by" and a gerund; French « en » and a present participle, the gérondif) or of purpose ("in
# order to" said again as "to"; French « afin de » said again) that already opened an earlier phrase of the sentence
# joins two means or two purposes of one action.  Translators keep that connective as they keep the one between two
# clauses of a condition: doing both is not doing either.
_EN_MEANS_AFTER = re.compile(r"\s+by [a-z]{3,}ing\b")
_EN_MEANS_BEFORE = re.compile(r"\bby [a-z]{3,}ing\b")
_FR_MEANS_AFTER = re.compile(r"\s+en [a-z]{3,}ant\b")
_FR_MEANS_BEFORE = re.compile(r"\ben [a-z]{3,}ant\b")
_EN_PURPOSE_AFTER = re.compile(r"\s+to [a-z]{3,}\b")
_EN_PURPOSE_BEFORE = re.compile(r"\bin order to [a-z]{3,}\b")
_FR_PURPOSE_AFTER = re.compile(r"\s+afin d(?:e\b|')")
_FR_PURPOSE_BEFORE = re.compile(r"\bafin d(?:e\b|')")


def _joins_means(side: _Side, m: _Mark, unit: Span, lang: Lang) -> int | None:
    """Return where the earlier phrase of means or purpose starts that the connective ``m`` joins to the one it opens
    by the same preposition said again ("by prohibiting … and by imposing", « afin de … et afin de »), or None."""
    pairs = (
        ((_EN_MEANS_AFTER, _EN_MEANS_BEFORE), (_EN_PURPOSE_AFTER, _EN_PURPOSE_BEFORE))
        if lang is Lang.EN
        else ((_FR_MEANS_AFTER, _FR_MEANS_BEFORE), (_FR_PURPOSE_AFTER, _FR_PURPOSE_BEFORE))
    )
    for after, before in pairs:
        if after.match(side.folded, m.span[1]):
            first = before.search(side.folded, unit[0], m.span[0])
            if first is not None:
                return first.start()
    return None


def _clause_connective(
    en: _Side,
    fr: _Side,
    marks_e: list[_Mark],
    marks_f: list[_Mark],
    pe: _Profile,
    pf: _Profile,
    ue: Span,
    uf: Span,
) -> Problem | None:
    """Return the problem of a condition whose clauses English joins by one connective and French by the other: the one
    connective of each side that joins two clauses of a condition, at the same place in the sentence (within
    _ALONE_WINDOW of its length), under no negation.  So too of two means or purposes of one action
    (:func:`_joins_means`), under no negation said before the first of them: one said inside it governs that phrase
    only, as a condition word said again opens a clause of its own (:func:`_negated`)."""
    clause_e = [m for m in marks_e if _joins_clauses(en, m, pe.conditions, ue, Lang.EN)]
    clause_f = [m for m in marks_f if _joins_clauses(fr, m, pf.conditions, uf, Lang.FR)]
    start_e = start_f = len(en.folded) + len(fr.folded)
    if not clause_e and not clause_f:
        for m in marks_e:
            start = _joins_means(en, m, ue, Lang.EN)
            if start is not None:
                clause_e.append(m)
                start_e = start
        for m in marks_f:
            start = _joins_means(fr, m, uf, Lang.FR)
            if start is not None:
                clause_f.append(m)
                start_f = start
    if len(clause_e) != 1 or len(clause_f) != 1:
        return None
    a, b = clause_e[0], clause_f[0]
    negs_e = [n for n in _negs(en, pe, ue) if n[0] < start_e]
    negs_f = [n for n in _negs(fr, pf, uf) if n[0] < start_f]
    if (
        a.word == b.word
        or abs(a.pos - b.pos) > _ALONE_WINDOW
        or _negated(en, a, negs_e, ue, Lang.EN, pe.conditions)
        or _negated(fr, b, negs_f, uf, Lang.FR, pf.conditions)
    ):
        return None
    return _problem("connective", en, fr, a, b)


# "at the time when the contact is established", "the circumstances when exclusion is necessary": a relative "when"
# after a noun of time or circumstance names them, and opens no condition.
_TIME_BEFORE = re.compile(r"\b(?:time|date|day|moment|period|circumstances)\s+$")


def _after_comma(en: _Side, a: _Mark, fr: _Side, b: _Mark) -> int:
    """Say (1 or 0) whether connectives ``a`` and ``b`` both stand right after a comma that hides the words they join
    before them ("where such a contact point has been appointed, or in accordance with the procedural requirements" /
    « lorsqu'un tel point de contact a été désigné, et conformément aux exigences de procédure »): each joins what
    follows it to all that precedes, at the same level of the sentence, as :func:`_joins` reads both opening an inserted
    phrase (the comma leaves :func:`_joins` no word before either).  Not where one of them opens a clause of the
    condition, the condition word said again after it, and the other does not (", or serious irregularities" /
    « , et si les autres mesures »): the two join things of a different kind."""
    if not (en.folded[: a.span[0]].rstrip().endswith(",") and fr.folded[: b.span[0]].rstrip().endswith(",")):
        return 0
    clause_e = _EN_CLAUSE_AFTER.match(en.folded, a.span[1]) is not None
    clause_f = _FR_CLAUSE_AFTER.match(fr.folded, b.span[1]) is not None
    return int(clause_e == clause_f)


def _or_left_to_et(
    fr: _Side, and_e: list[_Mark], or_e: list[_Mark], and_f: list[_Mark], or_f: list[_Mark], uf: Span
) -> bool:
    """Say whether the count of the connectives leaves the one English "or" nothing to answer it but a French « et »:
    French says no « ou » (nor « ni », « voire », « sinon », « soit … soit »), and one « et » more than English says
    "and" ("where the figures reported are late or unclear" / « lorsque les chiffres déclarés sont tardifs et imprécis »,
    among lists that each text words alike).  The count then anchors the « et » at the same place as the "or" (within
    _ALONE_WINDOW of the sentence's length), as the words two connectives join anchor them (:func:`_joins`): in a
    sentence of many connectives (:func:`_anchored_connective`), or of four, which :func:`_compare_counted` otherwise
    compares by place only below four."""
    return (
        len(or_e) == 1
        and not or_f
        and len(and_f) == len(and_e) + 1
        and not _FR_ALTERNATIVE.search(fr.folded, *uf)
    )


def _anchored_connective(
    en: _Side,
    fr: _Side,
    and_e: list[_Mark],
    or_e: list[_Mark],
    and_f: list[_Mark],
    or_f: list[_Mark],
    pe: _Profile,
    pf: _Profile,
    ue: Span,
    uf: Span,
) -> Problem | None:
    """Return the problem of a sentence of many connectives where English says one "and" or "or" more than French,
    and one of its conditions joins by it the same words as a French connective of the other word ("where it finds
    that the Union's interests or the integrity of the system so require" / « lorsqu'elle constate que les intérêts
    de l'Union et l'intégrité du système l'exigent »): both sides of the two connectives alike (:func:`_joins`, or
    both said right after a comma, :func:`_after_comma`, an English "or" and a French « et » each closing a list whose
    members are alike, :func:`_list_anchored`), or one side at the same place in the sentence (within
    _ALONE_WINDOW of its length: "where the risks are significant or cannot be prevented" / « lorsque les risques
    sont importants et ne peuvent être évités »), no
    French connective of the English word joining any of those words (but one that another English connective answers,
    :func:`_answered`), no English connective of the French word joining any of the French ones, neither under a
    negation nor joining a binomial.  Only the one such connective of
    the sentence: the words it joins anchor it where the count of a long sentence's lists cannot."""
    if (len(and_e) - len(and_f)) * (len(or_e) - len(or_f)) >= 0:
        return None
    negs, negs_f = _negs(en, pe, ue), _negs(fr, pf, uf)
    conditions = [
        c
        for c in pe.conditions
        if not (
            en.folded.startswith("when", c[0]) and _TIME_BEFORE.search(en.folded, max(0, c[0] - 20), c[0])
        )
    ]
    counted = _or_left_to_et(fr, and_e, or_e, and_f, or_f, uf)
    found = []
    for a in and_e if len(and_e) > len(and_f) else or_e:
        if (
            _binomial(en.folded, a.span)
            or not _in_condition(en, a, conditions, ue)
            or _negated(en, a, negs, ue, Lang.EN, pe.conditions)
            or (a.word == "and" and _quantified(en, a, ue))
        ):
            continue
        same_e, same_f, other_f, other_e = (
            (and_e, and_f, or_f, or_e) if a.word == "and" else (or_e, or_f, and_f, and_e)
        )
        if any(_joins(en, a, fr, y) and not _answered(en, a, fr, y, same_e) for y in same_f):
            continue
        found += [
            (a, b)
            for b in other_f
            # (The count anchors a « et » at the same place, as the words it joins would: :func:`_or_left_to_et`.)
            if _joins(en, a, fr, b)
            + _after_comma(en, a, fr, b)
            + (abs(a.pos - b.pos) <= _ALONE_WINDOW) * (1 + counted)
            # (The members of a list an English "or" closes anchor it: :func:`_list_anchored`.)
            + (a.word == "or" and _list_anchored(en, a, fr, b, ue, uf))
            >= 2
            and not _binomial(fr.folded, b.span)
            # An English "and" answered elsewhere leaves the « et » to an "or" (:func:`_claims`); not a « ou » to an
            # "and": French says « ou » for "and" where the two name one set (see :func:`_or_as_et`), which an "and" of
            # the same words elsewhere in the sentence may show.
            and not any(
                _claims(en, x, fr, b, other_f, a, pe.conditions, pf.conditions)
                if a.word == "or"
                else _joins(en, x, fr, b)
                for x in other_e
            )
            and not _negated(fr, b, negs_f, uf, Lang.FR, pf.conditions)
        ]
    if len(found) > 1:
        # Each French connective answers one English connective: of two found, the one that joins the very words the
        # French one joins, on both sides, is its answer before one anchored by its place or by one side only ("when
        # checking the activities referred to in Article 14 or when performing the checks referred to in Articles 15 or
        # 16" / « ou lorsqu'il procède aux contrôles visés aux articles 15 et 16 »: the « et » answers "15 or 16").
        found = [(a, b) for a, b in found if _joins(en, a, fr, b) == 2]
    if len(found) != 1:
        return None
    return _problem("connective", en, fr, *found[0])


# "relevant European and international standards" / « des normes européennes ou internationales », "the delegated and
# implementing acts" / « des actes délégués ou actes d'exécution », "to receive radio and television broadcasts" /
# « des chaînes de radio ou de télévision », "the cultivation of food and feed crops" / « l'alimentation humaine ou
# animale », "where Union and national competition law remedies" / « le droit de la concurrence national ou de
# l'Union »: two words that qualify one noun, said before it in English and after it in French.  Each text names the one
# set of things the noun so qualified names, and the translator says "and" or « ou » as the phrase reads; no conditions
# are joined.  English: one bare word on each side of the "and" (no comma, no determiner) and a content word after the
# second, the noun, plural ("a conflict-affected and drought-stricken area", one thing with both qualities, stays
# compared).  French: a content word, the noun, right before the first word (« de » may stand between) and a bare
# word, or « de » and a word, after the « ou ».  Not where the English noun is alike a word French says after its
# second member: that is the object of two verbs ("refuses and withdraws authorisation" / « refuse ou retire
# l'autorisation »).  Only "and" against « ou »: an English "or" against « et » in such a phrase is what "and" made
# "or" looks like, and stays compared.
# The function words of a count of content words, and those that can be no qualifier nor noun of such a phrase:
# quantifiers, auxiliaries, pronouns, prepositions of place.
_EN_FUNCTION = EN_FUNCTION_WORDS | frozenset(
    "also between both cannot did do does either every only same them there they unless within".split()
)
_FR_FUNCTION = FR_FUNCTION_WORDS | frozenset(
    "aucun aucune autres certaines certains chaque chez divers diverses entre ma mes moins mon nos notre on plus "
    "plusieurs sans soit vers vos votre".split()
)
_EN_BEFORE_AND = re.compile(r"(?<![a-z'-])([a-z][a-z-]*) $")
_EN_HEAD_AFTER = re.compile(r" ([a-z][a-z-]*) ([a-z][a-z-]*)\b")
_FR_HEAD_BEFORE = re.compile(r"(?<![a-z-])([a-z][a-z-]*) (?:de |d')?([a-z][a-z-]*) $")
_EN_NOUN_RUN = re.compile(r"[a-z][a-z-]*(?: [a-z][a-z-]*){0,2}")
_FR_MEMBER_AFTER = re.compile(r" (?:(?:de |d')(?:la |le |les |ces |l')?)?([a-z][a-z-]*)\b")


def _shared_head(en: _Side, a: Span, fr: _Side, b: Span) -> bool:
    """Say whether the English "and" ``a`` and the French « ou » ``b`` each join two words that qualify one noun,
    English before it and French after it ("European and international standards" / « normes européennes ou
    internationales »)."""
    fe, ff = en.folded, fr.folded
    if fe[a[0] : a[1]] != "and" or ff[b[0] : b[1]] != "ou":
        return False
    first = _EN_BEFORE_AND.search(fe, max(0, a[0] - 40), a[0])
    after = _EN_HEAD_AFTER.match(fe, a[1])
    if first is None or after is None or first.group(1) in _EN_FUNCTION:
        return False
    second, noun = after.group(1), after.group(2)
    if second in _EN_FUNCTION or noun in _EN_FUNCTION or _EN_FINITE.fullmatch(noun) or noun == first.group(1):
        return False
    # A plural noun: two kinds of it, either of which the set takes in; not one thing with both qualities ("a
    # conflict-affected and drought-stricken area" / « une zone de conflit ou de sécheresse »).
    run = _EN_NOUN_RUN.match(fe, after.start(2))
    nouns = [n for n in (run.group(0).split() if run else []) if n not in _EN_FUNCTION]
    if not any(n.endswith("s") and not n.endswith(("ss", "us", "is")) for n in nouns):
        return False
    head = _FR_HEAD_BEFORE.search(ff, max(0, b[0] - 60), b[0])
    member = _FR_MEMBER_AFTER.match(ff, b[1])
    if head is None or member is None or member.group(1) in _FR_FUNCTION:
        return False
    if head.group(1) in _FR_FUNCTION or head.group(2) in _FR_FUNCTION:
        return False
    return not _alike([noun], _content(ff, member.end(), member.end() + 40, False), True)


# "should apply both when the instruments are applied to institutions and when they are applied to other entities" /
# « que ces instruments soient utilisés pour des établissements ou pour d'autres entités », "in cases where the entity
# does not meet its requirements, in cases where they are not likely to be met, as well as in cases where its controls
# are not appropriate" / « lorsqu'une entité manque à ses obligations, lorsqu'elle risque …, ou lorsque ses procédures
# … ne suffisent pas », "when an institution first applies …, where an institution applies to extend …, and where an
# institution applies to return …" / « lorsqu'un établissement demande pour la première fois … ou qu'il demande une
# extension »: clauses said each in full with its own condition word, and marked as the cases of the rule ("both" before
# the first, or a run of three set off by commas), each of which the rule holds in; English lists them by "and", French
# by « ou ».  Two clauses joined by ", and where" alone may be both required ("where none of those loans is a
# securitisation exposure, and where the first-loss protection is provided by the seller"), and stay compared.  Only
# "and" against « ou »: an "or" made of such an "and" against « et » stays compared.
_EN_CASE_AGAIN = re.compile(r"\s+(?:in (?:the )?cases? )?(where|when|if)\b")
#: What ends the sentence or clause of a run of cases: a colon, a semicolon, a full stop before a capital.
_CASES_END = re.compile(r"[;:]|\.\s+[A-Z(]")
_EN_CASE_OPENING = re.compile(r"(?:\bboth|,)\s+(?:in (?:the )?cases? )?$")


def _listed_cases(en: _Side, a: Span, fr: _Side, b: Span, conditions: Sequence[Span]) -> bool:
    """Say whether the English "and" (or "as well as") ``a`` against the French « ou » ``b`` joins clauses of a rule
    that name its cases: the condition word of the clause before it said again right after it, that clause opened by
    "both", or by a comma after a clause of its own with ``a`` after a comma."""
    fe = en.folded
    if fe[a[0] : a[1]] not in ("and", "as well as") or fr.folded[b[0] : b[1]] != "ou":
        return False
    again = _EN_CASE_AGAIN.match(fe, a[1])
    before = [c for c in conditions if c[0] < a[0] and not _CASES_END.search(en.text, c[1], a[0])]
    if again is None or not before or not fe.startswith(again.group(1), before[-1][0]):
        return False
    c = before[-1]
    opening = _EN_CASE_OPENING.search(fe, max(0, c[0] - 20), c[0])
    if opening is None:
        return False
    if opening.group(0).lstrip().startswith("both"):
        return True
    return len(before) >= 2 and fe[: a[0]].rstrip().endswith(",")


# "where the results are relevant concerning the auditor's accreditation and surveillance" / « du point de vue de
# l'accréditation ou de la surveillance de l'auditeur », "the transfer of data on customers of a branch and
# majority-owned subsidiary" / « de données relatives aux clients d'une succursale ou d'une filiale », "processed in the
# course of a criminal investigation and court proceedings" / « dans le cadre d'une enquête pénale ou d'une procédure
# judiciaire »: two nouns that complement one noun.  English says them under the one preposition and the one
# determiner ("and" before a bare word); French says « de » before each, as a noun's complements are said.  Each text
# names the one set of things its head noun is of, and the translator says "and" or « ou » as the phrase reads; no
# conditions are joined.  Not two subjects ("where the lender and the borrower consent" / « lorsque le prêteur ou
# l'emprunteur »), nor two complements each said with its own determiner or preposition in English ("of the lender and
# of the borrower", "with the registry and the court" / « auprès du greffe ou de la juridiction »), two verbs ("to
# assess and verify" / « d'évaluer ou de vérifier »), cross-references ("Article 4 and Article 9"), the authors of an
# act (:func:`_legislators`).  Only "and" against « ou »: an "or" against « et » is what "and" made "or" looks like.
_EN_COMPLEMENT_PREP = re.compile(
    r"\b(?:of|in|to|for|on|under|concerning|regarding|from|about|into|within|at)\b"
)
_BARE_AFTER = re.compile(r"\s+([a-z][a-z-]*)\b")
_EN_NOT_BARE = frozenset(
    "the a an its his her their any each that this these those such every whose all both either no of in to for on "
    "by with from under at into within where when if which who whom than not".split()
)
_FR_COMPLEMENT_AFTER = re.compile(r"\s+(?:de|d'|du)\b\s*((?:la |l'|le |les |une? )?)([a-z][a-z-]*)")
_FR_COMPLEMENT_BEFORE = re.compile(r"\b(?:de|du)\b|\bd'")
_FR_INFINITIVE = re.compile(r"[a-z]{2,}(?:er|ir)$")
_CONJUNCT_END = re.compile(r"[,;:()]|\b(?:and|or|et|ou)\b")
_EN_CONJUNCT_AFTER_END = re.compile(r"[,;:.()]|\b(?:and|or|where|when|if|which|that|who|whom|whose)\b")
_COMPLEMENT_REACH = 50


def _noun_complements(en: _Side, a: Span, fr: _Side, b: Span) -> bool:
    """Say whether the English "and" ``a`` and the French « ou » ``b`` each join two nouns that complement one noun:
    English under one preposition, before a bare word; French with « de » before each."""
    fe, ff = en.folded, fr.folded
    if fe[a[0] : a[1]] != "and" or ff[b[0] : b[1]] != "ou":
        return False
    if _EN_LEGISLATORS.search(fe, max(0, a[0] - 40), min(len(fe), a[1] + 20)):
        return False
    if any(a[1] <= x < a[1] + 8 for x, _y, _atoms in en.refs) or any(
        b[1] <= x < b[1] + 12 for x, _y, _atoms in fr.refs
    ):
        return False
    bare = _BARE_AFTER.match(fe, a[1])
    if bare is None:
        return False
    word = bare.group(1)
    if word in _EN_NOT_BARE or word.endswith("ing") or _EN_FINITE.fullmatch(word):
        return False
    # "imposed on a natural person and publication of the data is shown to be disproportionate": a clause of its own.
    end = _EN_CONJUNCT_AFTER_END.search(fe, bare.end())
    if _EN_FINITE.search(fe, a[1], end.start() if end else len(fe)):
        return False
    preps = list(_EN_COMPLEMENT_PREP.finditer(fe, max(0, a[0] - _COMPLEMENT_REACH), a[0]))
    if not preps or preps[-1].group(0) == "to":
        return False
    if _CONJUNCT_END.search(fe, preps[-1].end(), a[0]) or _EN_FINITE.search(fe, preps[-1].end(), a[0]):
        return False
    member = _FR_COMPLEMENT_AFTER.match(ff, b[1])
    if member is None or member.group(2) in _FR_FUNCTION:
        return False
    des = list(_FR_COMPLEMENT_BEFORE.finditer(ff, max(0, b[0] - _COMPLEMENT_REACH), b[0]))
    # The verb is read in the text, not the folded text, where the preposition « à » (« de l'aptitude à l'emploi ou de
    # la compétence ») reads as the verb « a » (as :func:`_negated` reads it).
    if (
        not des
        or _CONJUNCT_END.search(ff, des[-1].end(), b[0])
        or _FR_FINITE.search(fr.text[des[-1].end() : b[0]].lower())
    ):
        return False
    # Two things, each with its article (« d'une succursale ou d'une filiale », « du greffe ou de la juridiction »), or
    # the one noun said again (« de virements instantanés ou de virements non instantanés »); not two qualities of one
    # noun said by « de » without an article (« d'une zone de conflit ou de sécheresse » for "a conflict-affected and
    # drought-stricken area", one area with both), nor two verbs (« d'évaluer ou de vérifier »).
    first = _JOIN_WORD.match(ff, des[-1].end() + (ff[des[-1].end()] == " "))
    return (
        bool(member.group(1))
        or member.group(0).lstrip().startswith("du ")
        or (
            first is not None
            and first.group(0) == member.group(2)
            and not _FR_INFINITIVE.search(member.group(2))
        )
    )


# "when requesting and notifying information" / « lorsqu'elles demandent ou notifient des informations », "other than
# the posting and collecting of margins" / « autre que la fourniture ou la collecte de marges », "credit pricing and
# scoring" / « des prix ou scores du crédit »: two gerunds side by side name two operations done on one thing, the kinds
# of activity the provision speaks of, as two words before one noun name two kinds of it (:func:`_shared_head`).
# English names the pair of activities by "and", French each occasion by « ou »; the provision holds of each operation
# in both texts.  Only gerunds right before and after the "and": two finite verbs ("refuses and withdraws
# authorisation") say two acts of a clause and stay compared, and so does an "or" against « et », what "and" made "or"
# looks like.  Words in -ing that are no gerund of an operation (prepositions, "being", nouns of things) are left out.
_EN_GERUND_BEFORE = re.compile(r"(?<![\w'-])([a-z]{3,}ing) $")
_EN_GERUND_AFTER = re.compile(r" ([a-z]{3,}ing)\b")
_NOT_GERUND = frozenset(
    "being during including concerning regarding following according pending notwithstanding excluding "
    "nothing something anything everything thing string spring bring".split()
)


def _gerund_pair(en: _Side, a: Span, fr: _Side, b: Span) -> bool:
    """Say whether the English "and" ``a`` joins two gerunds right beside it ("requesting and notifying") where the
    French says « ou » ``b`` (see _EN_GERUND_BEFORE)."""
    fe = en.folded
    if fe[a[0] : a[1]] != "and" or fr.folded[b[0] : b[1]] != "ou":
        return False
    before = _EN_GERUND_BEFORE.search(fe, max(0, a[0] - 40), a[0])
    after = _EN_GERUND_AFTER.match(fe, a[1])
    return (
        before is not None
        and after is not None
        and before.group(1) not in _NOT_GERUND
        and after.group(1) not in _NOT_GERUND
    )


# "Where financial compensation, other forms of compensation and exclusive rights which a Member State grants are
# provided" / « Lorsqu'une compensation financière, d'autres formes de compensation ou des droits exclusifs offerts par
# un État membre sont octroyés », "where several fines and periodic penalty payments are collected" / « si plusieurs
# amendes ou astreintes sont perçues »: the subjects of a condition, joined by "and" before a plural verb in English and
# by « ou » before a plural verb in French.  French puts the verb in the plural after subjects joined by « ou » where
# the « ou » adds (the one, the other or both: « lorsque la banque ou l'assureur sont informés »), in the singular where
# it excludes (« lorsque le prêteur ou l'emprunteur y consent »); so the French condition holds of each subject, as the
# English one does.  Both connectives stand between their condition word and its first verb (no verb, no clause mark,
# no « que » between), and each side's first verb after its connective is plural.  Only "and" against « ou »: an
# English "or" against « et » is what "and" made "or" looks like, and stays compared.
_EN_PLURAL_VERB = frozenset(("are", "were", "have", "do"))
_FR_PLURAL_VERB = frozenset(("sont", "ont", "doivent", "peuvent", "seront", "font"))
_SUBJECT_END = re.compile(r"[;:.()]")
_SUBJECT_REACH = 250
#: A complement after the connective ("of the borrower", « de l'emprunteur », « aux »): the connective joins the
#: complements of the subject's noun ("the documents of the lender and of the borrower are missing"), whose plural verb
#: says nothing of it.  (« d'autres » is an article.)
_EN_COMPLEMENT_AFTER = re.compile(r"\s+(?:of|to|for|in|on|with|by|from|under|at|between|against)\b")
_FR_COMPLEMENT_AFTER_OU = re.compile(
    r"\s+(?:de\b|du\b|d'(?!autres?\b)|a\b|au\b|aux\b|en\b|pour\b|par\b|dans\b|sur\b)"
)
_FR_QUE_WORD = re.compile(r"\bqu(?:e\b|')")
#: A relative pronoun a few words before a verb: the verb of a relative clause inside the subject ("which a Member State
#: has granted", « tel qu'il est énoncé »), not the verb of the condition ("that" is left out: as often a determiner,
#: "for that purpose").
_RELATIVE_BEFORE = re.compile(
    r"\b(?:which|who|whom|whose|qui|que|qu'(?:ils?|elles?|on)|dont|lesquel(?:le)?s?)\b"
)


def _plural_subjects(
    en: _Side, a: Span, fr: _Side, b: Span, conditions_e: Sequence[Span], conditions_f: Sequence[Span]
) -> bool:
    """Say whether the English "and" ``a`` and the French « ou » ``b`` each join the subjects of a condition before a
    plural verb: no verb or clause mark between the condition word and the connective, no complement right after it
    (_EN_COMPLEMENT_AFTER), and the first verb after it, leaving out those of a relative clause, plural on both
    sides."""
    fe, ff = en.folded, fr.folded
    if fe[a[0] : a[1]] != "and" or ff[b[0] : b[1]] != "ou":
        return False
    for side, at, conditions, finite, plural in (
        (en, a, conditions_e, _EN_FINITE, _EN_PLURAL_VERB),
        (fr, b, conditions_f, _FR_FINITE, _FR_PLURAL_VERB),
    ):
        folded = side.folded
        if (_EN_COMPLEMENT_AFTER if side is en else _FR_COMPLEMENT_AFTER_OU).match(folded, at[1]):
            return False
        before = [c for c in conditions if c[1] <= at[0] and at[0] - c[1] <= _CONN_REACH]
        if not before:
            return False
        opened = before[-1][1]
        if (
            finite.search(folded, opened, at[0])
            or _SUBJECT_END.search(folded, opened, at[0])
            or (side is fr and _FR_QUE_WORD.search(folded, opened, at[1] + 5))
        ):
            return False
        stop = _SUBJECT_END.search(folded, at[1])
        verb = next(
            (
                v
                for v in finite.finditer(folded, at[1], stop.start() if stop else len(folded))
                # (« à l'article 27 » folds to "a", which is no verb)
                if side.text[v.start()] != "à"
                and not _RELATIVE_BEFORE.search(folded, max(at[1], v.start() - 16), v.start())
            ),
            None,
        )
        if verb is None or verb.group(0) not in plural or verb.start() - at[1] > _SUBJECT_REACH:
            return False
    return True


# "Where relevant, the planning and conducting of assessments shall take due account of the evaluations, assessments
# and reports" / « Le cas échéant, la planification et la conduite des évaluations tiennent dûment compte des
# évaluations, analyses ou rapports », "including, if appropriate, company directors and any person having powers of
# representation" / « y compris, le cas échéant, les chefs d'entreprise ou toute personne ayant le pouvoir de
# représentation »: a condition said without its verb ("where [it is] relevant", "if appropriate", "where appropriate
# and possible", « le cas échéant », « s'il y a lieu », « au besoin », « si nécessaire ») is closed by the comma after
# it; what follows is the main clause, whose lists are not compared (translators say "and" or « ou » in them as the
# phrase reads).  English: the condition word, then at most three words with no determiner, pronoun, capital, figure
# or verb, then a comma; French: a condition said without a verb (« le cas échéant ») and words with no verb up to a
# comma, or « si » and at most two such words as English has.  Every condition within reach before the connective
# (as :func:`_in_condition` reaches) must be so closed before it, on both sides.  Only "and" against « ou »: an
# English "or" against « et » is what "and" made "or" looks like, and stays compared.
_EN_ELLIPTIC = re.compile(r"(?:\s+[a-z][a-z-]*){1,3}\s*,")
_FR_ELLIPTIC = re.compile(r"si(?:\s+[a-z][a-z-]*){1,2}\s*,")
_FR_VERBLESS = re.compile(r"le cas echeant|s'il y a lieu|au besoin")
_FR_VERBLESS_REST = re.compile(r"[^,;:.()]*,")
_ELLIPTIC_NOT = frozenset(
    "the a an its his her their any each that this these those such every whose all both either no it they he she "
    "we you there one which who le la les l un une des du de ce ces son sa ses leur leurs il ils elle elles on que qu "
    "qui".split()
)
#: After « le cas échéant » the words up to the comma may name a measure with its article (« et dans la mesure du
#: possible »).
_FR_ARTICLES = frozenset("le la les l un une des du de".split())


def _elliptic_closed(side: _Side, at: Span, conditions: Sequence[Span], unit: Span, lang: Lang) -> bool:
    """Say whether every condition of ``unit`` within reach before the connective ``at`` is said without its verb and
    closed by a comma before ``at``, and at least one stands there."""
    reach = _CONN_REACH if lang is Lang.EN else _CONN_REACH_FR
    before = [c for c in conditions if unit[0] <= c[0] < at[0] and _distance(side, c[0], at[0]) <= reach]
    if not before:
        return False
    return all(_elliptic_end(side, c, at, lang) is not None for c in before)


def _elliptic_end(side: _Side, c: Span, at: Span, lang: Lang) -> int | None:
    """Return where the condition ``c`` ends when it is said without its verb and closed by a comma before the
    connective ``at`` (the end of that comma), else None (see :data:`_EN_ELLIPTIC`)."""
    folded = side.folded
    verbless = lang is Lang.FR and _FR_VERBLESS.fullmatch(folded, c[0], c[1]) is not None
    if lang is Lang.EN:
        m = _EN_ELLIPTIC.match(folded, c[1])
    else:
        m = _FR_VERBLESS_REST.match(folded, c[1]) if verbless else _FR_ELLIPTIC.match(folded, c[0])
    if m is None or m.end() > at[0]:
        return None
    said = side.text[c[1] : m.end()]
    words = _JOIN_WORD.findall(folded, c[1], m.end())
    if (
        any(w in _ELLIPTIC_NOT and not (verbless and w in _FR_ARTICLES) for w in words)
        or _FINITE[lang].search(said.lower())
        or (not verbless and not said.islower())
    ):
        return None
    return m.end()


def _elliptic_condition(
    en: _Side, a: Span, fr: _Side, b: Span, pe: _Profile, pf: _Profile, ue: Span, uf: Span
) -> bool:
    """Say whether the English "and" ``a`` and the French « ou » ``b`` each stand in a main clause after a condition
    said without its verb and closed by a comma ("where relevant, … and …" / « le cas échéant, … ou … »)."""
    if en.folded[a[0] : a[1]] != "and" or fr.folded[b[0] : b[1]] != "ou":
        return False
    return _elliptic_closed(en, a, pe.conditions, ue, Lang.EN) and _elliptic_closed(
        fr, b, pf.conditions, uf, Lang.FR
    )


# "the measures referred to in paragraph 1 or 2" / « les mesures visées aux paragraphes 1 et 2 », "where the data in
# point 3 or 4 have been checked" / « si les données des points 3 et 4 ont été contrôlées »: English cites the
# provisions under a singular label, one at a time ("paragraph", whichever of them), and joins their numbers by "or";
# French cites the same provisions as a set, under the plural label (« paragraphes »), and joins the numbers by « et ».
# Each text names the same provisions, each of which is meant, and the connective inside the citation joins no
# conditions.  Only a singular English label before numbers alone ("Article 4 or Article 7" names each provision in
# full, as "and" made "or" would) against a plural French one citing the same provisions; and only "or" against
# « et »: "paragraphs 1 or 2" against « paragraphes 1 et 2 » is what "and" made "or" looks like, and stays compared.
_EN_SINGLE_CITATION = re.compile(
    r"(?:article|paragraph|subparagraph|point|annex|section|chapter|title) [0-9][\w()]*(?:, [0-9(][\w()]*)*"
    r" or (?=[0-9(])"
)
_FR_PLURAL_LABEL = re.compile(r"(?:articles|paragraphes|alineas|points|annexes|sections|chapitres|titres) ")


def _singular_citation(en: _Side, a: Span, fr: _Side, b: Span) -> bool:
    """Say whether the English "or" ``a`` joins the numbers of provisions cited under a singular label and the French
    « et » ``b`` the numbers of the same provisions cited under the plural label (see _EN_SINGLE_CITATION)."""
    if en.folded[a[0] : a[1]] != "or" or fr.folded[b[0] : b[1]] != "et":
        return False
    cited_e = next((r for r in en.refs if r[0] <= a[0] and a[1] <= r[1]), None)
    cited_f = next((r for r in fr.refs if r[0] <= b[0] and b[1] <= r[1]), None)
    if cited_e is None or cited_f is None or cited_e[2] != cited_f[2]:
        return False
    single = _EN_SINGLE_CITATION.match(en.folded, cited_e[0])
    return (
        single is not None
        and single.end() == a[1] + 1
        and _FR_PLURAL_LABEL.match(fr.folded, cited_f[0]) is not None
    )


# "where no valid reason and no right to terminate the contract is stated" / « lorsqu'aucun motif valable ou aucun
# droit de résilier le contrat n'est prévu »: a negative determiner said again before each member ("no A and no B",
# « aucun A ou aucun B ») denies each member on its own, whichever connective joins them: none of them is, as "neither
# A nor B" says.  French joins negated members by « ou » as it does by « ni ».  Only "and" against « ou », each said
# between two negative determiners: "no A or no B" against « aucun A et aucun B » is what "and" made "or" looks like,
# and stays compared.
_EN_NO_AGAIN = re.compile(r"\s+no\b")
_FR_NO_AGAIN = re.compile(r"\s+(?:aucune?|nulle?)\b")
_EN_NO_BEFORE = re.compile(r"\bno\b")
_FR_NO_BEFORE = re.compile(r"\b(?:aucune?|nulle?)\b")


def _denied_each(en: _Side, a: Span, fr: _Side, b: Span) -> bool:
    """Say whether the English "and" ``a`` and the French « ou » ``b`` each stand between two negative determiners
    ("no A and no B", « aucun A ou aucun B »), the first within _NEG_REACH characters before it."""
    if en.folded[a[0] : a[1]] != "and" or fr.folded[b[0] : b[1]] != "ou":
        return False
    return (
        _EN_NO_AGAIN.match(en.folded, a[1]) is not None
        and _FR_NO_AGAIN.match(fr.folded, b[1]) is not None
        and _EN_NO_BEFORE.search(en.folded, max(0, a[0] - _NEG_REACH), a[0]) is not None
        and _FR_NO_BEFORE.search(fr.folded, max(0, b[0] - _NEG_REACH), b[0]) is not None
    )


def compare(
    en: _Side, fr: _Side, pe: _Profile, pf: _Profile, ue: Span, uf: Span, recital: bool = False
) -> list[Problem]:
    """Compare the connectives of two aligned sentences ``ue`` and ``uf`` of ``en`` and ``fr`` (of a recital if
    ``recital``: see :func:`_and_against_ou`).

    - A list item that ends with "; and" on one side and « ; ou » on the other: cumulative items in one
      text are alternatives in the other.
    - In a condition, one "and" more and one "or" fewer than the other side ("if A and B" / « si A ou
      B »).  Official translators swap "and" and « ou » freely in lists ("insurance and reinsurance
      intermediaries" / « intermédiaires d'assurance ou de réassurance »), so only a short sentence's
      conditions are compared, by count: the two conditions may be worded in a different order.  Not
      counted: a connective before a member that names the class ("fees or other charges"); not compared:
      one under a negation, "without" or a breach ("infringes" / « enfreint »)
      in its clause, unless it opens a clause of its own or answers "between".
    - Two clauses of a condition joined by "or where" on one side and « et lorsque », « et que » on the other, in a
      sentence of any length: the one connective of each side followed by the condition word said again.
    - In a sentence of more connectives, the one connective of a condition that joins the same words as a French
      connective of the other word, where English says one of its word more and one of the other fewer.
    - Where none of the above finds a problem, in a sentence of any count: the one "or" of a condition that joins the
      very words a French « et » joins (:func:`_or_as_et`), or the one "or" said before or inside a condition inserted
      between commas where French says « et » at the same place (:func:`_or_at_inserted`), or the "or" that joins
      the very words an "and" after it joins again, where French says « et » both times (:func:`_or_then_and`), or the
      one "or other" of a condition where French says « et autres » at the same place (:func:`_or_other_as_et_autres`),
      or the one "or" of a condition between two provisions cited in brackets that French joins by « et »
      (:func:`_or_between_cited_as_et`).
    - Not reported: an English "and" against a French « ou » that an English "or" of the sentence answers better
      (:func:`_ou_answers_or`).
    """
    out = [
        p
        for p in _compare_counted(en, fr, pe, pf, ue, uf)
        if not (
            p[0] == "connective"
            and len(p[1]) == len(p[2]) == 1
            and (
                _shared_head(en, p[1][0], fr, p[2][0])
                or _listed_cases(en, p[1][0], fr, p[2][0], pe.conditions)
                or _noun_complements(en, p[1][0], fr, p[2][0])
                or _gerund_pair(en, p[1][0], fr, p[2][0])
                or _plural_subjects(en, p[1][0], fr, p[2][0], pe.conditions, pf.conditions)
                or _elliptic_condition(en, p[1][0], fr, p[2][0], pe, pf, ue, uf)
                or _acts_or_et(en, p[1][0], fr, p[2][0], pe, pf)
                or _singular_citation(en, p[1][0], fr, p[2][0])
                or _denied_each(en, p[1][0], fr, p[2][0])
            )
        )
    ]
    if not any(p[0] == "connective" for p in out):
        found = (
            _or_as_et(en, fr, pe, pf, ue, uf)
            or _or_at_inserted(en, fr, pe, pf, ue, uf)
            or _or_then_and(en, fr, pe, pf, ue, uf)
            or _or_other_as_et_autres(en, fr, pe, pf, ue, uf)
            or _or_negated_as_et(en, fr, pe, pf, ue, uf)
            or _or_between_cited_as_et(en, fr, pe, pf, ue, uf)
        )
        if found is not None:
            out.append(found)
    if recital:
        out = [p for p in out if _and_against_ou(en, fr, p) is None]
    return [p for p in out if not _ou_answers_or(en, fr, p, pe, ue)]


# "where the administrative penalty or other administrative measure is imposed on a natural person and publication of
# personal data is shown to be disproportionate" / « lorsque, dans le cas d'une sanction administrative ou d'une autre
# mesure administrative imposée à une personne physique, il ressort d'une évaluation préalable que la publication … est
# disproportionnée », "if there is a significant change to the nature or value of the person's activities and the change
# is relevant to the information" / « si la nature ou la valeur de ses activités connaissent un changement significatif
# qui a une incidence sur les informations »: French recasts the second part of the condition (a participle, a relative
# clause, « il ressort … que ») and says no connective for the English "and"; its one « ou » is the "or" of the
# sentence said again, the two joining alike words.  Each connective of a text answers one connective of the other, so
# that « ou », already the answer of an English "or", is no answer to the "and" the count pairs it with.  Only "and"
# against « ou », where an English "or" of the same sentence joins words alike those the « ou » joins on more sides than
# the "and" does: an English "or" against « et » is what "and" made "or" looks like, and stays compared.
def _ou_answers_or(en: _Side, fr: _Side, p: Problem, pe: _Profile, ue: Span) -> bool:
    """Say whether ``p`` is an English "and" against a French « ou » that an English "or" of the sentence ``ue`` answers
    better: joining alike words on more sides (:func:`_joins`) than the "and" does."""
    spans = _and_against_ou(en, fr, p)
    if spans is None:
        return False
    a, b = spans
    ou = _Mark(b, 0.0, "or")
    alike = _joins(en, _Mark(a, 0.0, "and"), fr, ou)
    return any(ue[0] <= x[0] < ue[1] and _joins(en, _Mark(x, 0.0, "or"), fr, ou) > alike for x in pe.ors)


# A recital states the reasons for the act: it sets no duty and no condition of one (the preamble of an act has no
# binding force, and the Joint Practical Guide of the EU institutions keeps normative provisions out of it).  Its "where"
# and "when" describe the situations the act addresses, and the things named there are joined by "and" or « ou » as the
# phrase reads: "when businesses wish to engage in cross border marketing, advertising campaigns and sales promotions" /
# « lorsqu'elles souhaitent s'engager dans une commercialisation, lancer des campagnes publicitaires ou offrir des
# promotions commerciales », "to make the battery removable and replaceable only by independent professionals" / « à ne
# pouvoir être retiré ou remplacé que par des professionnels indépendants ».  Only "and" against « ou »: an English "or"
# against « et » in a recital is what "and" made "or" looks like, and stays compared.
_AND_WORDS = frozenset(("and", "as well as"))


def _and_against_ou(en: _Side, fr: _Side, p: Problem) -> tuple[Span, Span] | None:
    """Return the two spans of ``p`` where it is one English "and" against one French « ou » (which in a recital
    joins no conditions, and elsewhere may answer an English "or", :func:`_ou_answers_or`), else None."""
    kind, spans_e, spans_f = p[0], p[1], p[2]
    if (
        kind == "connective"
        and len(spans_e) == len(spans_f) == 1
        and en.folded[spans_e[0][0] : spans_e[0][1]] in _AND_WORDS
        and fr.folded[spans_f[0][0] : spans_f[0][1]] == "ou"
    ):
        return spans_e[0], spans_f[0]
    return None


_FR_ONE_NOUN_BEFORE = re.compile(
    r"\b(?:le|la|les|des|du|un|une|son|sa|ses|leurs?|ce|cet|cette|ces) [a-z-]+ $|\bl'[a-z-]+ $"
)


def _one_class(en: _Side, fr: _Side, y: _Mark, marks_e: list[_Mark], and_f: list[_Mark]) -> bool:
    """Say whether the French « ou » ``y`` joins two nouns under one determiner (« le fournisseur ou prestataire »: a
    determiner right before the first noun, the noun after it has no determiner or preposition of its own, no comma
    stands before it: not « qui lui incombent, ou quant au fait ») that no English connective of ``marks_e`` answers:
    none joins words alike those ``y`` joins.  Not a « ou » that closes the list a French « et » of ``and_f`` opens,
    no clause mark nor relative word between them (« les membres compensateurs et les IMF ou plates-formes de
    négociation » for "the clearing members, linked FMIs or trading venues": the list answers the English one as a
    whole)."""
    after = _BARE_AFTER.match(fr.folded, y.span[1])
    return (
        after is not None
        and _FR_ONE_NOUN_BEFORE.search(fr.folded, max(0, y.span[0] - 40), y.span[0]) is not None
        and not fr.folded[max(0, y.span[0] - 2) : y.span[0]].rstrip().endswith(",")
        and after.group(1) not in _FR_FUNCTION
        and not any(_joins(en, x, fr, y) for x in marks_e)
        and not any(
            x.span[1] <= y.span[0]
            and not _CLAUSE_END.search(fr.folded, x.span[1], y.span[0])
            and not _RELATIVE_BEFORE.search(fr.folded, x.span[1], y.span[0])
            for x in and_f
        )
    )


def _compare_counted(en: _Side, fr: _Side, pe: _Profile, pf: _Profile, ue: Span, uf: Span) -> list[Problem]:
    """The problems :func:`compare` finds by the count of the connectives, or by a condition said again."""
    and_e, or_e = _marks(pe.ands, ue, "and", en), _marks(pe.ors, ue, "or", en)
    and_f, or_f = _marks(pf.ands, uf, "and", fr), _marks(pf.ors, uf, "or", fr)
    out: list[Problem] = _legislators(en, fr, ue, uf)
    said_f = {m.span for m in and_f + or_f}
    end_e, end_f = _item_end(en, and_e + or_e, ue), _item_end(fr, and_f + or_f, uf)
    if end_e is not None and end_f is not None:
        if end_e.word != end_f.word:
            out.append(_problem("enumeration", en, fr, end_e, end_f))
        for marks, end in ((and_e, end_e), (or_e, end_e), (and_f, end_f), (or_f, end_f)):
            if end in marks:
                marks.remove(end)
    clause = _clause_connective(en, fr, and_e + or_e, and_f + or_f, pe, pf, ue, uf)
    if clause is not None:
        out.append(clause)
        return out
    if max(len(and_e) + len(or_e), len(and_f) + len(or_f)) > _CONN_MAX:
        anchored = _anchored_connective(en, fr, and_e, or_e, and_f, or_f, pe, pf, ue, uf)
        if anchored is not None:
            out.append(anchored)
        return out
    # A binomial's connective is not compared, but it counts in how long the sentence's lists are (above).
    listed_e, listed_f = len(and_e) + len(or_e), {m.span for m in and_f + or_f}
    and_e, or_e = (
        [m for m in and_e if not _binomial(en.folded, m.span)],
        [m for m in or_e if not _binomial(en.folded, m.span)],
    )
    and_f, or_f = (
        [m for m in and_f if not _binomial(fr.folded, m.span)],
        [m for m in or_f if not _binomial(fr.folded, m.span)],
    )
    # « qu'il s'agisse de la période en cours ou de la précédente », « que ce soit A ou B »: "whether A or B", which says
    # that the rule holds in either case, as "A as well as B" or "both A and B" does; its « ou » joins no alternatives.
    or_f = [
        m
        for m in or_f
        if not _FR_WHETHER.search(fr.folded, max(uf[0], m.span[0] - _WHETHER_REACH), m.span[0])
    ]
    # "in the event of default, insolvency and bankruptcy" / « en cas de défaillance, d'insolvabilité ou de faillite »:
    # each event of the list opens the case, whichever connective joins them.
    # (Both texts must say so: French also names by « en cas de » the case an English clause states, "where a new
    # representative is appointed" / « en cas de désignation d'un nouveau représentant ».)
    events_e = [m for m in and_e + or_e if _event_list(en, m, pe.conditions, ue, Lang.EN)]
    # (« en cas d'erreurs ou de défauts »: « de » elided before a vowel opens the list as well; it is not read as a
    # condition word elsewhere, where the list it opens is compared as a noun's.)
    elided_f = [(m.start(), m.end()) for m in _FR_EVENT_ELIDED.finditer(fr.folded, *uf)]
    events_f = [m for m in and_f + or_f if _event_list(fr, m, sorted(pf.conditions + elided_f), uf, Lang.FR)]
    if events_e and events_f:
        and_e, or_e = [m for m in and_e if m not in events_e], [m for m in or_e if m not in events_e]
        and_f, or_f = [m for m in and_f if m not in events_f], [m for m in or_f if m not in events_f]
    if not (and_f or or_f) and len(or_e) == 1 and not and_e and not events_e:
        # "where duly justified in writing and based on a risk assessment" / « qu'en motivant leur décision par
        # écrit, sur la base d'une évaluation »: French juxtaposes the parts of a condition (a comma, a participle:
        # « …, les PME supportant au moins 30 % ») where English joins them by "and"; it never says "or" so.
        # An English condition joined by "or" against a French sentence with no connective at all may differ.
        # Not counted: a French connective that ends a list item as the English one does (« …, ou »), or a binomial's
        # where English has as many (« des produits ou services » for "goods or services"), set aside above.
        m = or_e[0]
        binomials_f = listed_f - {x.span for x in and_f + or_f}
        aside_f = (said_f - listed_f) | (binomials_f if len(binomials_f) <= listed_e - len(or_e) else set())
        if _or_unanswered(en, fr, m, pe, ue, uf, aside_f):
            out.append(_bare_problem(en, m))
            return out
    if len(and_e) == len(and_f) == 1 and len(or_e) == 1 and not or_f and not events_e:
        # "where relevant, consumer or investor protection, in particular in cross-border situations and having regard
        # to the risks" / « le cas échéant, la protection des consommateurs et des investisseurs, notamment dans les
        # situations transfrontalières, eu égard aux risques »: French says one English "and" with no connective (a
        # participle, « eu égard », « aussi bien … que »), and its one « et » joins the words the English "or" joins,
        # not those of the English "and": the "or" stands where French says « et ».  Only in a sentence of one "and"
        # and one "or": in a longer one French words its lists freely ("even if the documents or data" / « même si
        # les documents et les données »).
        swapped = _or_for_and(en, fr, or_e[0], and_e, and_f, pe, pf, ue, uf)
        if swapped is not None:
            out.append(_problem("connective", en, fr, or_e[0], swapped))
            return out
    if (
        len(and_e) == len(and_f) >= 1
        and len(or_e) == 1
        and not or_f
        and not events_e
        and en.folded[max(ue[0], or_e[0].span[0] - 2) : or_e[0].span[0]].rstrip().endswith(",")
    ):
        # "if they can be traded …, or subsequently transferred … and if all securities … are fungible" / « lorsqu'elle
        # peut être échangée …, puis transférée …, et que toutes les valeurs … ont un caractère fongible »: each French
        # « et » answers an English "and", and the one English "or" is left with no French connective; as above, French
        # joins the parts of a condition with no connective where English says "and", never where it says "or".
        # Only an "or" after a comma, which joins two phrases or clauses: two nouns joined by "or" French may name by
        # one ("its net income or loss" / « son résultat net », "the work, service or supply" / « la prestation »).
        binomials_f = listed_f - {x.span for x in and_f + or_f}
        aside_f = (said_f - listed_f) | (
            binomials_f if len(binomials_f) <= listed_e - len(and_e) - len(or_e) else set()
        )
        _pair_alike(en, fr, and_e, and_f, or_e, or_f)
        m = next(x for x in or_e if x.partner is None)
        if _or_unanswered(en, fr, m, pe, ue, uf, {y.span for y in and_f + or_f} | aside_f):
            out.append(_bare_problem(en, m))
        return out
    # "the supplier" / « le fournisseur ou prestataire », "claims" / « les titres ou créances », "non-equity instruments"
    # / « instruments autres que des actions ou instruments assimilés »: French names one class of things by two nouns
    # under one determiner, joined by « ou », where English names it by one word.  Such a « ou », followed by its noun
    # with no determiner or preposition of its own, answers no English connective when it joins no word alike those any
    # of them joins; it does not even out an English "or" said where French says « et ».  Only a pair of a condition on
    # both sides, said at the same place, is then compared (French may order the parts of a sentence otherwise), and no
    # connective that joins cross-references ("Articles 194 to 197 or Article 199" / « des articles 194 à 197 et de
    # l'article 199 »).
    loose_f: list[_Mark] = []
    if (len(and_e) - len(and_f)) * (len(or_e) - len(or_f)) >= 0:
        loose_f = [y for y in or_f if _one_class(en, fr, y, and_e + or_e, and_f)]
        if not (len(and_e) < len(and_f) and len(or_f) - len(loose_f) < len(or_e)):
            return out
        or_f = [y for y in or_f if y not in loose_f]
    _pair_alike(en, fr, and_e, and_f, or_e, or_f)
    # Under a negation "and" and « ou » say the same ("without delay and cost" / « sans délai ni coût »).
    negs, negs_f = _negs(en, pe, ue), _negs(fr, pf, uf)
    en_and = len(and_e) > len(and_f)
    # French says a condition in more words than English (« empêcher que le système financier ne subisse un dommage
    # important et imminent » for "to prevent significant and imminent damage to the financial system"): its
    # connective stands farther from « lorsque ».  Only in a sentence of few connectives, whose lists are not worded
    # freely ("the total share of renewable energy, waste heat or cogenerated heat" / « la part totale d'énergie
    # renouvelable, de chaleur fatale et de chaleur issue de la cogénération »).
    few = max(len(and_e) + len(or_e), len(and_f) + len(or_f)) < _CONN_MAX
    reach_f = _CONN_REACH_FR if few else _CONN_REACH
    cand_e = [
        m
        for m in (and_e if en_and else or_e)
        if m.partner is None
        and _in_condition(en, m, pe.conditions, ue)
        and not _negated(en, m, negs, ue, Lang.EN, pe.conditions)
        and not (en_and and _quantified(en, m, ue))
    ]
    conditions_f = pf.conditions + _item_condition(en, fr, pe, pf, ue, uf)
    # A French connective in the main clause, after its condition has closed, answers no English connective said
    # within an unbroken condition (no comma between "where" and it): see _FR_CLAUSE_CONDITION.
    main_f = (
        {m.span for m in or_f + and_f if _after_condition(fr, m, pf.conditions, uf)}
        if cand_e and not any(_comma_since_condition(en, a, pe.conditions, ue) for a in cand_e)
        else set()
    )
    cand_f = [
        m
        for m in (or_f if en_and else and_f)
        if m.partner is None
        and _in_condition(fr, m, conditions_f, uf, reach_f)
        and not _negated(fr, m, negs_f, uf, Lang.FR, pf.conditions)
        and m.span not in main_f
    ]
    # "when providing the service" / « fournissant le service », « pour appliquer »: English opens the
    # condition with a verb in -ing, which French says by a participle or an infinitive, no condition
    # word; the English connective then answers the French one at the same place.
    if not cand_f and cand_e and not loose_f:
        gerund = [
            m
            for m in cand_e
            if any(
                ue[0] <= c[0] < m.span[0]
                and _EN_GERUND.match(en.folded, c[1])
                and m.span[0] - c[0] <= _CONN_REACH
                and not _CLAUSE_END.search(en.folded, c[1], m.span[0])
                for c in pe.conditions
            )
        ]
        free_f = [
            m
            for m in (or_f if en_and else and_f)
            if m.partner is None
            and not any(uf[0] <= c[0] < m.span[0] for c in pf.conditions)
            and not _negated(fr, m, negs_f, uf, Lang.FR, pf.conditions)
        ]
        near = [(a, b) for a in gerund for b in free_f if abs(a.pos - b.pos) <= _GERUND_WINDOW]
        if near:
            a, b = min(near, key=lambda ab: abs(ab[0].pos - ab[1].pos))
            out.append(_problem("connective", en, fr, a, b))
            return out
        # "where the dates or volume are set" / « pour lequel les dates des opérations et le volume sont
        # fixés », "the calculations referred to in paragraphs 1 or 2" / « les calculs visés aux paragraphes
        # 1 et 2 »: French says the condition by a relative clause or a noun, with no condition word; the two
        # connectives answer each other when they join the same words (a number, or a word of the same stem).
        free_f = [
            m
            for m in (or_f if en_and else and_f)
            if m.partner is None
            and not _negated(fr, m, negs_f, uf, Lang.FR, pf.conditions)
            and m.span not in main_f
        ]
        joined = []
        for a in cand_e:
            for b in free_f:
                shared = _joins(en, a, fr, b)
                if shared == 2:
                    joined.append((a, b))
        if joined:
            a, b = min(joined, key=lambda ab: abs(ab[0].pos - ab[1].pos))
            out.append(_problem("connective", en, fr, a, b))
            return out
        # "where necessary, drafts or adopts" / « élabore et adopte, si nécessaire », "where possible or
        # appropriate" / « dans la mesure du possible et s'il y a lieu »: French says its condition word after the
        # connective, or none at all.  The one connective left unanswered on each side, at the same place in the
        # sentence (within _ALONE_WINDOW of its length: "where they act solely as intermediaries and to whom …
        # applies" / « qui agissent uniquement en qualité d'intermédiaire et auxquelles s'applique », 0.11 apart),
        # answers the other (in a sentence of few connectives: a list is worded freely).
        if (
            len(cand_e) == 1
            and len(free_f) == 1
            and abs(cand_e[0].pos - free_f[0].pos) <= _ALONE_WINDOW
            and (
                max(len(and_e) + len(or_e), len(and_f) + len(or_f)) < _CONN_MAX
                or _or_left_to_et(fr, and_e, or_e, and_f, or_f, uf)
            )
        ):
            out.append(_problem("connective", en, fr, cand_e[0], free_f[0]))
        return out
    if cand_e and cand_f:
        a, b = min(((a, b) for a in cand_e for b in cand_f), key=lambda ab: abs(ab[0].pos - ab[1].pos))
        if not loose_f or (
            abs(a.pos - b.pos) <= _ALONE_WINDOW and not (_in_references(en, a) or _in_references(fr, b))
        ):
            out.append(_problem("connective", en, fr, a, b))
    return out


def _in_references(side: _Side, m: _Mark) -> bool:
    """Say whether ``m`` joins cross-references ("the conditions laid down in paragraphs 1 or 2", "where Articles 194 to
    197 or Article 199 apply" / « en cas d'application des articles 194 à 197 et de l'article 199 »): inside one, or
    between two with at most an article between (« et de l' »)."""
    x0, x1 = m.span
    return any(a <= x0 and x1 <= b for a, b, _atoms in side.refs) or (
        any(0 <= x0 - b <= 3 for _a, b, _atoms in side.refs) and _reference_opens(side, x1)
    )


def _reference_opens(side: _Side, at: int) -> bool:
    """Say whether a cross-reference of ``side`` opens within 8 characters after ``at`` (an article or a preposition
    between: « et de l'article », "or Article")."""
    return any(0 <= a - at <= 8 for a, _b, _atoms in side.refs)


# A cited act right before a connective ("Directive 2014/65/EU or", « du règlement (UE) 2016/679 et »), and a reference
# or an act that opens right after it, after an article or a preposition (« et au règlement », "or Article 3 of"): the
# connective joins the provisions of two acts, each cited in full.  The English "or" said again within _ACT_REACH
# characters, no "and" between, lists every act by "or".
_REF_LABEL = r"(?:articles?|paragraphs?|subparagraphs?|points?|annex(?:es)?|paragraphes?|annexes?)"
_REF_ACT = r"(?:regulations?|directives?|decisions?|reglements?)"
_ACT_BEFORE = re.compile(
    rf"\b{_REF_ACT}(?: \((?:eu|ec|eec|euratom|ue|ce|cee)\))?(?: no)? [0-9]+/[0-9]+(?:/[a-z]+)? $"
)
_REF_AFTER = re.compile(
    r" (?:(?:de |d'|du |des |a |au |aux |par |to |in |by |under |of |with )?(?:l'|la |le |les |the )?)"
    rf"(?:{_REF_LABEL}|{_REF_ACT})\b"
)
_ACT_REACH = 60


def _after_act(side: _Side, s: Span) -> bool:
    """Say whether the connective at ``s`` follows a cited act and opens a reference or another act."""
    return bool(_ACT_BEFORE.search(side.folded, max(0, s[0] - _ACT_REACH), s[0])) and (
        _reference_opens(side, s[1]) or bool(_REF_AFTER.match(side.folded, s[1]))
    )


def _acts_or_et(en: _Side, a: Span, fr: _Side, b: Span, pe: _Profile, pf: _Profile) -> bool:
    """Say whether the English "or" at ``a`` and the French « et » at ``b`` each join the provisions of two acts, in an
    English list that joins every act by "or": "the requirements laid down in this Regulation or, where applicable, in
    Directive 2014/65/EU or Regulation (EU) No 600/2014" / « les exigences énoncées au présent règlement et, le cas
    échéant, à la directive 2014/65/UE et au règlement (UE) no 600/2014 », "within the meaning of Article 4 of Regulation
    (EU) 2016/679 or Article 3 of Directive (EU) 2016/680 or Article 3 of Regulation (EU) 2018/1725" / « au sens de
    l'article 4 du règlement (UE) 2016/679, de l'article 3 de la directive (UE) 2016/680 et de l'article 3 du règlement
    (UE) 2018/1725 »: English names by "or" each act a provision may stand in, French lists the acts by « et », and each
    applies as it reads.  Only where English says "or" again within _ACT_REACH characters, no "and" between (an "or"
    alone between two acts may be an "and" changed); not the other way round ("and" / « ou »), nor a list of numbers
    under one label ("the calculations referred to in paragraphs 1 or 2" / « aux paragraphes 1 et 2 »), which the count
    of the connectives compares."""
    if en.folded[a[0] : a[1]] != "or" or b not in pf.ands or not (_after_act(en, a) and _after_act(fr, b)):
        return False
    return any(
        o != a
        and abs(o[0] - a[0]) <= _ACT_REACH
        and not any(min(o[0], a[0]) < x[0] < max(o[0], a[0]) for x in pe.ands)
        for o in pe.ors
    )


def _nearest_each_other(a: _Mark, b: _Mark, marks_e: list[_Mark], marks_f: list[_Mark]) -> bool:
    """Say whether the English connective ``a`` is the nearest of ``marks_e`` to the French ``b``, and ``b`` the nearest
    of ``marks_f`` to ``a`` (by place in the sentence)."""
    return (
        min(marks_f, key=lambda y: abs(y.pos - a.pos)) is b
        and min(marks_e, key=lambda x: abs(x.pos - b.pos)) is a
    )


_EN_EXAMPLES_OPEN = re.compile(
    r"\b(?:in particular|such as|for example|for instance|e\.g\.|including|notably)\b"
)


def _or_at_et(
    en: _Side,
    fr: _Side,
    a: _Mark,
    b: _Mark,
    marks_e: list[_Mark],
    marks_f: list[_Mark],
    pe: _Profile,
    pf: _Profile,
    ue: Span,
    uf: Span,
) -> bool:
    """Say whether the English "or" ``a`` and the French « et » ``b`` answer each other though they join alike words on
    one side only: "if an application relating to the same subject matter or cause of action" / « si une demande ayant
    le même objet et la même cause » ("subject matter" is « objet »), "where relevant, the European Supervisory
    Authority (European Banking Authority) or the European Supervisory Authority" / « le cas échéant, […] l'Autorité
    européenne de surveillance (Autorité bancaire européenne) et l'Autorité européenne de surveillance », "when
    promoting the use of alternative fuels or the results from this use" / « lorsqu'il s'agit de promouvoir
    l'utilisation de carburants de substitution et les résultats de cette utilisation ».  Anchored as
    :func:`_anchored_connective` anchors a connective (two of: alike words on one side, both right after a comma, the
    same place in the sentence), and more: each is the nearest connective of its side to the other, both stand in a
    condition (French too: « si », « le cas échéant », « lorsque »), the English "or" joins no two nouns under one
    determiner ("even if the documents or data on which these requirements have been based" / « même si les documents
    et les données sur lesquels », which French may list either way), the condition is no relative "when" after a noun
    of time ("the circumstances when exclusion of liabilities from the write down or conversion requirements" / « les
    circonstances dans lesquelles l'exclusion […] des exigences de dépréciation et de conversion »), nor examples
    opened after the condition word ("Where a review, in particular the evaluation of the governance arrangements, the
    business model, or the activities of an institution" / « Lorsqu'un contrôle, en particulier l'évaluation des
    dispositifs de gouvernance, du modèle d'entreprise et des activités », examples listed either way), and the « et » joins
    no events after « en cas de » (each of which opens the case: "in the event of a sudden crisis in the energy market
    or where the physical safety … is threatened" / « en cas de crise soudaine sur le marché de l'énergie et de menace
    pour la sécurité physique »)."""
    if _joins(en, a, fr, b) + _after_comma(en, a, fr, b) + (abs(a.pos - b.pos) <= _ALONE_WINDOW) < 2:
        return False
    if not _nearest_each_other(a, b, marks_e, marks_f):
        return False
    if _ONE_NOUN_BEFORE.search(
        en.folded, max(ue[0], a.span[0] - 40), a.span[0]
    ) and not _DETERMINER_AFTER.match(en.folded, a.span[1]):
        return False
    conditions = [
        c
        for c in pe.conditions
        if not (
            en.folded.startswith("when", c[0]) and _TIME_BEFORE.search(en.folded, max(0, c[0] - 20), c[0])
        )
    ]
    elided_f = [(m.start(), m.end()) for m in _FR_EVENT_ELIDED.finditer(fr.folded, *uf)]
    before = [c for c in conditions if ue[0] <= c[0] < a.span[0]]
    if before and _EN_EXAMPLES_OPEN.search(en.folded, before[-1][1], a.span[0]):
        return False
    return (
        _in_condition(en, a, conditions, ue)
        and _in_condition(fr, b, pf.conditions, uf, _CONN_REACH_FR)
        and not _event_list(fr, b, sorted(pf.conditions + elided_f), uf, Lang.FR)
    )


#: The subject and the finite verb of a clause that opens after a connective ("or the recipient of the supply does not
#: have", "or there is no element of collusion"): a few words, then the verb, with no clause mark between.
_EN_CLAUSE_VERB = re.compile(
    r"\s+(?:[a-z0-9'-]+\s+){0,8}?(?:is|are|was|were|has|have|had|does|do|did|can|cannot|could|would|will|may|might"
    r"|must|shall|should)\b"
)
_FR_ET_QUE = re.compile(r"\s+(?:que\b|qu'|lorsque\b|lorsqu')")


def _or_at_et_que(
    en: _Side,
    fr: _Side,
    a: _Mark,
    b: _Mark,
    marks_e: list[_Mark],
    marks_f: list[_Mark],
    pe: _Profile,
    pf: _Profile,
    ue: Span,
    uf: Span,
) -> bool:
    """Say whether the English "or" ``a`` joins two clauses of a condition, each with its own verb, where French joins
    them by « et que » ``b`` at the same place: "where the consideration is lower than the open market value or the
    recipient of the supply does not have a full right of deduction" / « lorsque la contrepartie est inférieure à la
    valeur normale et que le destinataire de la livraison […] n'a pas le droit de déduire », "where the transaction has
    been carried out at arm's length or there is no element of collusion involved" / « lorsque l'opération a été
    effectuée dans les conditions normales de la concurrence et qu'il n'existe aucun élément de collusion ».  French
    says « que » again where English says no condition word (:func:`_joins_clauses` reads the word said again on both
    sides), so the words the two connectives join differ; the clauses anchor them: a verb between the English condition
    word and the "or", a subject and its verb right after it, a French condition word before the « et que », each the
    nearest connective of its side to the other, within _ALONE_WINDOW of the sentence's length."""
    if not _FR_ET_QUE.match(fr.folded, b.span[1]) or abs(a.pos - b.pos) > _ALONE_WINDOW:
        return False
    if not any(uf[0] <= c[0] < b.span[0] for c in pf.conditions) or _EN_CLAUSE_AFTER.match(
        en.folded, a.span[1]
    ):
        return False
    if not _nearest_each_other(a, b, marks_e, marks_f):
        return False
    before = [c for c in pe.conditions if ue[0] <= c[0] < a.span[0]]
    if not before or not _in_condition(en, a, pe.conditions, ue):
        return False
    if not _EN_FINITE.search(en.folded, before[-1][1], a.span[0]):
        return False
    verb = _EN_CLAUSE_VERB.match(en.folded, a.span[1])
    return verb is not None and not _CLAUSE_END.search(en.folded, a.span[1], verb.end())


def _or_as_et(en: _Side, fr: _Side, pe: _Profile, pf: _Profile, ue: Span, uf: Span) -> Problem | None:
    """Return the problem of the one English "or" of a condition that joins the very words a French « et » joins, on
    both sides of each ("except where retention of management is appropriate or necessary" / « sauf lorsque le
    maintien de la direction est approprié et nécessaire », "where necessary to protect their essential security
    interests or those of the Union" / « lorsque cela est nécessaire pour protéger leurs intérêts essentiels en matière
    de sécurité et ceux de l'Union »), whatever else the sentence counts: the count of a sentence's connectives
    (:func:`_compare_counted`) misses it where a list elsewhere is worded freely, or where French says the condition
    word after the connective (« s'il y a lieu »).  No French « ou » may join words the "or" joins as well as the « et »
    does (an « ou » alike on one side only leaves the "or" to an « et » alike on both: "the organisational or financial
    relationships between the institution and the institutions or financial institutions concerned" / « des relations
    organisationnelles et financières entre l'établissement et les établissements ou établissements financiers
    concernés », whose « ou » joins the institutions), no English "and" claim the « et » (:func:`_claims`: an "and"
    that a nearer « et » answers on both sides claims no other, "where those institutions, financial holding companies
    or mixed financial holding companies and their effective managers" / « lorsque ces établissements, compagnies
    financières holding et compagnies financières holding mixtes et leurs dirigeants effectifs »), neither may stand
    under a negation, join a binomial ("goods or services") or cross-references (French lists these by « et » where
    English says "or": "the conditions laid down in paragraphs 1 or 2" / « les conditions fixées aux paragraphes 1 et
    2 »), nor end a list item.  An "or" that joins alike words on one side only answers the « et » where
    :func:`_or_at_et` says so, one that joins two clauses where :func:`_or_at_et_que` does.

    Only "or" against « et »: French swaps « ou » for "and" between two words that name one set, "credit and financial
    institutions" / « établissements de crédit ou financiers », "the documents and identification information" / « les
    documents ou les données d'identification », as the wide corpus shows (three official pairs the other way round
    would report, none this way)."""
    and_e, or_e = _marks(pe.ands, ue, "and", en), _marks(pe.ors, ue, "or", en)
    and_f, or_f = _marks(pf.ands, uf, "and", fr), _marks(pf.ors, uf, "or", fr)
    if not (or_e and and_f):
        return None
    all_e, all_f = and_e + or_e, and_f + or_f
    end_e, end_f = _item_end(en, all_e, ue), _item_end(fr, all_f, uf)
    found = [
        (a, b)
        for a in or_e
        if a is not end_e
        and not _binomial(en.folded, a.span)
        and not _in_references(en, a)
        and _in_condition(en, a, pe.conditions, ue)
        for b in and_f
        if b is not end_f
        and not any(_joins(en, a, fr, y) >= max(1, _joins(en, a, fr, b)) for y in or_f)
        and (
            _joins(en, a, fr, b) == 2
            or _or_at_et(en, fr, a, b, all_e, all_f, pe, pf, ue, uf)
            or _or_at_et_que(en, fr, a, b, all_e, all_f, pe, pf, ue, uf)
        )
        and not _binomial(fr.folded, b.span)
        and not _in_references(fr, b)
        and not _acts_or_et(en, a.span, fr, b.span, pe, pf)
        and not any(_claims(en, x, fr, b, and_f, a, pe.conditions, pf.conditions) for x in and_e)
    ]
    # The negative words are looked for only here: finding them costs more than the rest (see deontic).
    if found:
        negs, negs_f = _negs(en, pe, ue), _negs(fr, pf, uf)
        found = [
            (a, b)
            for a, b in found
            if not _negated(en, a, negs, ue, Lang.EN, pe.conditions)
            and not _negated(fr, b, negs_f, uf, Lang.FR, pf.conditions)
        ]
    if len(found) != 1:
        return None
    return _problem("connective", en, fr, *found[0])


def _one_unnegated(
    found: Sequence[tuple[_Mark, _Mark]], en: _Side, fr: _Side, pe: _Profile, pf: _Profile, ue: Span, uf: Span
) -> tuple[_Mark, _Mark] | None:
    """The one (English, French) pair of connectives ``found``, where neither stands under a negation of its side;
    None where there are none, several, or a negation governs either."""
    if len(found) != 1:
        return None
    a, b = found[0]
    if _negated(en, a, _negs(en, pe, ue), ue, Lang.EN, pe.conditions) or _negated(
        fr, b, _negs(fr, pf, uf), uf, Lang.FR, pf.conditions
    ):
        return None
    return a, b


#: A condition inserted between commas, and the connective that joins two of its parts: ", where available or
#: appropriate," / « , lorsqu'ils en disposent et en tant que de besoin, », at most _INSERTED_REACH characters on each
#: side of the connective.
_COMMA_AFTER = re.compile(r",\s*")
_INSERTED_REACH = 60


def _inserted_place(
    side: _Side, m: _Mark, marks: list[_Mark], conditions: Sequence[Span], unit: Span
) -> str | None:
    """Say where the connective ``m`` stands against a condition inserted between commas: "before" one that opens right
    after it ("or, where necessary," / « et, s'il y a lieu, »), "inside" one whose one connective it is, joining two of
    its parts (", where available or appropriate," / « , s'il y a lieu et dans la mesure du possible, »), or None."""
    folded = side.folded
    after = _COMMA_AFTER.match(folded, m.span[1])
    if after is not None and any(c[0] == after.end() for c in conditions):
        return "before"
    start = max(folded.rfind(c, unit[0], m.span[0]) for c in ",;:()")
    if start < 0 or folded[start] != "," or m.span[0] - start > _INSERTED_REACH:
        return None
    opened = _COMMA_AFTER.match(folded, start)
    if opened is None or not any(c[0] == opened.end() for c in conditions):
        return None
    end = _CLAUSE_END.search(folded, m.span[1], min(unit[1], m.span[1] + _INSERTED_REACH))
    if end is None or folded[end.start()] != ",":
        return None
    if any(x is not m and start < x.span[0] < end.start() for x in marks):
        return None
    return "inside"


def _or_at_inserted(en: _Side, fr: _Side, pe: _Profile, pf: _Profile, ue: Span, uf: Span) -> Problem | None:
    """Return the problem of an English "or" of a condition and a French « et » each followed by a condition inserted
    between commas ("if irregularities are detected, by recovering amounts wrongly paid or, where appropriate, by
    imposing penalties" / « si des irrégularités sont constatées, par le recouvrement des montants indûment payés et, le
    cas échéant, par des sanctions »), or each the one connective of such a condition ("should use, where available or
    appropriate, harmonised instruments" / « devraient utiliser, lorsqu'ils en disposent et en tant que de besoin, des
    instruments harmonisés »), whatever else the sentence counts.  The comma hides the words each joins, or French says
    the parts of its condition in other words, so no word anchors them (:func:`_joins` reads the comma after both as one
    side alike, no more); the inserted condition does: before it, each joins what it governs to all that precedes, at
    the same level of the sentence; inside it, each joins two parts of it.  Both at the same place in the sentence
    (within _ALONE_WINDOW of its length), each the nearest to the other of the connectives of its side so placed,
    neither under a negation, and no English "and" claiming the « et » (:func:`_claims`: "by effective checks and, if
    irregularities are detected" is answered by « par des contrôles efficaces et, si des irrégularités », which opens
    the same inserted condition at its place, and claims no other « et »).  Only "or" against « et », as
    in :func:`_or_as_et`."""
    or_e, and_f = _marks(pe.ors, ue, "or", en), _marks(pf.ands, uf, "and", fr)
    if not or_e or not and_f:
        return None
    and_e, or_f = _marks(pe.ands, ue, "and", en), _marks(pf.ors, uf, "or", fr)
    all_e, all_f = and_e + or_e, and_f + or_f
    place_e = [_inserted_place(en, m, all_e, pe.conditions, ue) for m in all_e]
    place_f = [_inserted_place(fr, m, all_f, pf.conditions, uf) for m in all_f]
    found = []
    for place in ("before", "inside"):
        placed_e = [m for m, at in zip(all_e, place_e, strict=True) if at == place]
        placed_f = [m for m, at in zip(all_f, place_f, strict=True) if at == place]
        found += [
            (a, b)
            for a in placed_e
            if a.word == "or" and _in_condition(en, a, pe.conditions, ue)
            for b in placed_f
            if b.word == "and"
            and abs(a.pos - b.pos) <= _ALONE_WINDOW
            and _nearest_each_other(a, b, placed_e, placed_f)
            and not any(_claims(en, x, fr, b, and_f, a, pe.conditions, pf.conditions) for x in and_e)
        ]
    pair = _one_unnegated(found, en, fr, pe, pf, ue, uf)
    if pair is None:
        return None
    return _problem("connective", en, fr, *pair)


def _said_again(
    en: _Side,
    fr: _Side,
    pe: _Profile,
    units: tuple[Span, Span],
    or_e: list[_Mark],
    or_f: list[_Mark],
    again_e: list[_Mark],
    and_f: list[_Mark],
    later_f: list[_Mark],
    apart: bool,
) -> list[tuple[_Mark, _Mark]]:
    """The (English "or", French « et ») pairs of :func:`_or_then_and`: each "or" of ``or_e`` whose words an "and" of
    ``again_e`` joins again further on, each answered by its own « et » (the first of ``and_f``, the second of
    ``and_f`` or ``later_f``, the French « et » of a later sentence).  The "and" stands past a clause mark, or, with
    ``apart``, anywhere :func:`_apart` reads it apart from the "or"; ``units`` are the two aligned sentences."""
    ue, uf = units
    found = []
    for a in or_e:
        if _binomial(en.folded, a.span) or _in_references(en, a) or any(_joins(en, a, fr, y) for y in or_f):
            continue
        # ("on each financing or investment operation" after "financing and investment operations": a quantifier ranges
        # over each member of its phrase, which "or" and « et » name alike; read so only ``apart``, the wider reading.)
        if apart and (_quantified(en, a, ue) or _correlated(en, a, _EN_EITHER)):
            continue
        # Anchored by one side and the place only where the "or" joins two words, no list: the last connective of a
        # list of three or more ("the members, participants, issuers or clients") closes an enumeration whose commas
        # already name each member apart, which official texts close by "or" or "and" alike; and where English says
        # the very pair again, its two nearest words on each side alike (not "which affect or potentially affect the
        # interests" and "the interests of holders and prospective holders").
        alone = _list_start(en, a, ue, Lang.EN) == a.span[0]
        for x in again_e:
            # Said again further on, past a clause mark: not "in emergency situations or cooperation and coordination
            # arrangements", one list whose "and" joins the second member of the "or" to a third.
            if (
                x.span[0] <= a.span[1]
                or (apart and _correlated(en, x, _EN_CORRELATIVE))
                or not (
                    (_apart(en, a, x, pe) if apart else _CLAUSE_END.search(en.folded, a.span[1], x.span[0]))
                    and _same_pair(en.folded, a, x)
                )
            ):
                continue
            in_place = alone and x.span[0] < ue[1] and _same_pair(en.folded, a, x, 2)
            answers = [
                (b, y)
                for b in and_f
                for y in and_f + later_f
                if b.span[0] < y.span[0]
                and _CLAUSE_END.search(fr.folded, b.span[1], y.span[0])
                and _twice_anchored(en, a, fr, b, in_place)
                and _twice_anchored(en, x, fr, y, in_place and y.span[0] < uf[1])
                and _same_pair(fr.folded, b, y)
                and not _binomial(fr.folded, b.span)
                and not (apart and any(_correlated(fr, z, _FR_CORRELATIVE) for z in (b, y)))
            ]
            if len(answers) == 1:
                found.append((a, answers[0][0]))
    return found


# "either the applicant authority or the requested authority": the "or" of "either" names alternatives whatever the
# other text says (« l'une des deux »), as the "and" of "between" (:data:`_EN_CORRELATIVE`) names the two ends of one
# relation.
_EN_EITHER = re.compile(r"\beither\b")


def _correlated(side: _Side, m: _Mark, correlative: re.Pattern[str]) -> bool:
    """Say whether a correlative word (``correlative``: "either", "between", « entre ») opens the phrase of the
    connective ``m``: before it in its clause, within 60 characters, as :func:`_negated` reads it."""
    folded = side.folded
    start = max(folded.rfind(c, 0, m.span[0]) for c in ",;:.") + 1
    return correlative.search(folded, max(start, m.span[0] - 60), m.span[0]) is not None


def _apart(side: _Side, a: _Mark, x: _Mark, p: _Profile) -> bool:
    """Say whether the connective ``x``, after ``a``, stands outside the list or phrase ``a`` ends: past a clause mark,
    a finite verb ("renewable liquid or gaseous transport fuel … may also be counted … if the electricity used to
    produce renewable liquid and gaseous transport fuel"), or another connective ("the originator's lending standards
    or characteristics and the servicer's servicing standards and characteristics": the "and" between joins the two
    phrases, each naming its own pair).  Not "in emergency situations or cooperation and coordination arrangements",
    one list whose "and" joins the second member of the "or" to a third."""
    lo, hi = a.span[1], x.span[0]
    return (
        _CLAUSE_END.search(side.folded, lo, hi) is not None
        or _EN_FINITE.search(side.text[lo:hi].lower()) is not None
        or any(lo < s[0] and s[1] <= hi for s in (*p.ands, *p.ors))
    )


def _twice_anchored(en: _Side, a: _Mark, fr: _Side, b: _Mark, in_place: bool) -> bool:
    """Say whether the English connective ``a`` and the French ``b``, each one of a pair of words its text says twice,
    join the same pair: alike words on both sides (:func:`_joins`), or, ``in_place``, on one side at the same place in
    the sentence (within _ALONE_WINDOW of its length).  English and French name many things by words of no common look
    ("corrective action plans" / « plan de mesures correctives », "design contests" / « concours »); the pair said twice
    in each text anchors the two connectives, as the count of a sentence's connectives anchors them in
    :func:`_or_left_to_et`."""
    joined = _joins(en, a, fr, b)
    return joined == 2 or (in_place and joined == 1 and abs(a.pos - b.pos) <= _ALONE_WINDOW)


# "other" / « autres » right after a connective: the member that names the rest of the class ("tenants or other
# occupants" / « les locataires et d'autres occupants »).
_EN_OTHER = re.compile(r"\s+(?:(?:of |to |with |in |for |by )?(?:all |such |any )?other(?! than)\b)")
_FR_OTHER = re.compile(r"\s+(?:a |aux |par |pour |de |d'|des |les |la |le )*autres\b")


def _governs(en: _Side, c: Span, a: _Mark, ue: Span) -> bool:
    """Say whether the English condition word ``c`` governs the connective ``a`` after it, within _CONN_REACH characters
    as :func:`_in_condition` reaches: no clause mark between them (the commas of a list closed before ``a`` aside), or
    ``c`` opens a condition said without its verb and closed by a comma ("if requested,", "where applicable,"), with
    no clause mark from that comma to ``a``.  Not "where the notice
    is published, the fees or other charges are stated": the condition's clause ends at its comma, and the list is the
    main clause's, whose "or other" names one class as "and other" does."""
    if not (ue[0] <= c[0] < a.span[0] and _distance(en, c[0], a.span[0]) <= _CONN_REACH):
        return False
    end = _elliptic_end(en, c, a.span, Lang.EN)
    return not _clause_ended(en, c[1] if end is None else end, a.span[0], a, Lang.EN)


def _or_other_as_et_autres(
    en: _Side, fr: _Side, pe: _Profile, pf: _Profile, ue: Span, uf: Span
) -> Problem | None:
    """Return the problem of the one "or other" of an English condition that French says « et autres »
    (« et d'autres », « et les autres ») at the same place.  A connective before the member that names the rest of the
    class is not counted (:data:`_CLASS_MEMBER`: "fees or other charges" / « honoraires et autres frais » name one
    class either way), but in a condition the two differ: "where tenants and other occupants have been informed" asks
    it of all of them, "where tenants or other occupants have been informed" of any one.  Only where each text says that
    pairing once, neither says the other ("and other", « ou autres »), the "or" stands in a condition and under no
    negation (under one "and" and « ou » say the same), and the two stand at the same place (within _ALONE_WINDOW of
    the sentence's length).  Only "or" against « et », as :func:`_or_as_et`."""
    ors = [s for s in pe.ors if ue[0] <= s[0] < ue[1] and _EN_OTHER.match(en.folded, s[1])]
    ets = [s for s in pf.ands if uf[0] <= s[0] < uf[1] and _FR_OTHER.match(fr.folded, s[1])]
    if len(ors) != 1 or len(ets) != 1:
        return None
    if any(ue[0] <= s[0] < ue[1] and _EN_OTHER.match(en.folded, s[1]) for s in pe.ands) or any(
        uf[0] <= s[0] < uf[1] and _FR_OTHER.match(fr.folded, s[1]) for s in pf.ors
    ):
        return None
    we, wf = max(ue[1] - ue[0], 1), max(uf[1] - uf[0], 1)
    a = _Mark(ors[0], (ors[0][0] - ue[0]) / we, "or")
    b = _Mark(ets[0], (ets[0][0] - uf[0]) / wf, "and")
    if abs(a.pos - b.pos) > _ALONE_WINDOW or not any(_governs(en, c, a, ue) for c in pe.conditions):
        return None
    if _negated(en, a, _negs(en, pe, ue), ue, Lang.EN, pe.conditions) or _negated(
        fr, b, _negs(fr, pf, uf), uf, Lang.FR, pf.conditions
    ):
        return None
    return _problem("connective", en, fr, a, b)


def _or_then_and(en: _Side, fr: _Side, pe: _Profile, pf: _Profile, ue: Span, uf: Span) -> Problem | None:
    """Return the problem of an English "or" that joins the very words an "and" after it joins again in the sentence,
    where French joins them by « et » both times ("the postal address or the identity of the seller and, where
    applicable, the postal address and the identity of the principal" / « l'adresse postale et l'identité du vendeur
    et, le cas échéant, l'adresse postale et l'identité du mandant »), in a condition or not: French says the one pair
    the same way twice, English changes its connective.  Not the "or" said after the "and" (:func:`_claims`: "telephone
    conversations and electronic communications …, even if those conversations or communications" names each member of
    the set the "and" named), nor one under a negation, joining a binomial or cross-references; no French « ou » may
    join the words the "or" joins.  Only the one such "or" of the sentence, each English connective answered by its
    own « et » on both sides (:func:`_twice_anchored`: alike words on both sides, or on one side at the same place, "when
    developing prevention or corrective action plans …, and developing enhanced prevention and corrective action plans"
    / « lors de l'élaboration du plan d'action en matière de prévention et du plan de mesures correctives …, et de
    l'élaboration du plan d'action renforcé en matière de prévention et du plan de mesures correctives »), the two « et »
    joining the same words (French says the pair twice: not "requests for cooperation or requests for information …, the
    procedures for cooperation and exchange of information" / « les procédures de coopération et d'échange
    d'informations », said once)."""
    and_e, or_e = _marks(pe.ands, ue, "and", en), _marks(pe.ors, ue, "or", en)
    and_f, or_f = _marks(pf.ands, uf, "and", fr), _marks(pf.ors, uf, "or", fr)
    if not (or_e and and_f):
        return None
    found = _said_again(en, fr, pe, (ue, uf), or_e, or_f, and_e, and_f, [], False)
    if not found:
        # The pair said again apart from the "or" though in the same clause (:func:`_apart`), or in a later sentence of
        # the same text ("Manufacturers shall ensure that hydrogen systems or hydrogen components are installed … .
        # Manufacturers shall also make available … information for the inspection of hydrogen systems and components"
        # / « les systèmes hydrogène et les composants hydrogène … des systèmes et composants hydrogène »): a provision
        # names one pair of things alike throughout, and French says « et » both times.  Anchored in a later sentence
        # by alike words on both sides only (the places of two sentences are not compared).  Read only where the
        # sentence itself says the pair again nowhere, so that each reading finds at most what it found alone.
        later_e = _marks(pe.ands, (ue[1], len(en.folded)), "and", en)
        later_f = _marks(pf.ands, (uf[1], len(fr.folded)), "and", fr)
        found = _said_again(en, fr, pe, (ue, uf), or_e, or_f, and_e + later_e, and_f, later_f, True)
    pair = _one_unnegated(found, en, fr, pe, pf, ue, uf)
    if pair is None:
        return None
    a, b = pair
    w_en, w_fr = en.text[a.span[0] : a.span[1]], fr.text[b.span[0] : b.span[1]]
    return (
        "connective",
        [a.span],
        [b.span],
        f"The English joins by {_q_en(w_en)} words it joins by “and” further on, where the French has {_q_en(w_fr)} "
        "both times: either, or both, may be meant.",
        f"La version anglaise lie par {_q_fr(w_en)} des termes qu’elle lie plus loin par «\u00a0and\u00a0», là où la "
        f"version française emploie {_q_fr(w_fr)} les deux fois\u00a0: l’un ou l’autre, ou les deux, sont peut-être "
        "visés.",
    )


# Under the negation of a verb, English and French keep the connective that joins the negated word itself to another:
# "is not operated or maintained" / « n'est pas géré ou tenu » (neither), "is not operated and maintained" / « n'est pas
# géré et tenu » (not both), "are not material or do not form" (either fails) / « n'est pas significative et ne constitue
# pas » (both fail).  In the wide corpus, "not A or B" is said « ne … pas A ou B » some 190 times and « ne … pas A et B »
# about once; "not A and B" is said « ne … pas A et B » some 70 times and « ne … pas A ou B » about once.  The negation
# makes "and" and « ou » say the same where it governs a list of things, the object of the negated verb ("does not
# transport banknotes or coins" / « ne transporte pas de billets et de pièces »), or says itself again on each member
# (« sans délai ni coût »; see :func:`_negated`): not where the connective follows the one word the negation falls on
# (the participle, adjective or verb right after "not", « pas », an adverb or « été » aside).
_EN_NEGATED_WORD = re.compile(r"\s*(?:(?:been|be|yet|otherwise|[a-z]+ly) )?[a-z][a-z-]*\s*")
_FR_NEGATED_WORD = re.compile(
    r"\s*(?:(?:ete|encore|toujours) )?[a-z][a-z-]*(?: (?:autrement|[a-z]+ment))?\s*"
)
_EN_VERB_NEGATION = re.compile(r"(?:not|never|no longer)$")
_FR_VERB_NEGATION = re.compile(r"(?:pas|plus|jamais)$")
_NOT_NEGATED_WORD = frozenset(
    "a an the any all such of to in on for by with and or nor but that which who un une des de du d le la les l et ou "
    "ni mais que qui dont".split()
)


def _close_negation(
    side: _Side, negs: Sequence[Span], m: _Mark, verb: re.Pattern[str], word: re.Pattern[str]
) -> bool:
    """Say whether the negation of a verb (``verb`` matches its end) falls on the word right before the connective
    ``m``: ``word`` matches all that stands between them (the word, an adverb), no article nor preposition."""
    for a, b in negs:
        if b > m.span[0] or not verb.search(side.folded, a, b):
            continue
        if word.fullmatch(side.folded, b, m.span[0]) and not any(
            w in _NOT_NEGATED_WORD for w in side.folded[b : m.span[0]].split()
        ):
            return True
    return False


def _or_negated_as_et(en: _Side, fr: _Side, pe: _Profile, pf: _Profile, ue: Span, uf: Span) -> Problem | None:
    """Return the problem of the one English "or" of a condition right after the word a verb's negation falls on, where
    French says « et » right after the word its negation falls on, at the same place (within _ALONE_WINDOW of the sentence's length):
    "if it is not operated or maintained in accordance with" / « si celui-ci n'est pas géré et tenu conformément »,
    neither against not both.  Neither may join a binomial or cross-references nor end a list item; no French « ou » may
    close the French negation as well.  Only "or" against « et », as :func:`_or_as_et`."""
    negs_e = [n for n in pe.negation if ue[0] <= n[0] < ue[1]]
    negs_f = [n for n in pf.negation if uf[0] <= n[0] < uf[1]]
    if not (negs_e and negs_f):
        return None
    and_e, or_e = _marks(pe.ands, ue, "and", en), _marks(pe.ors, ue, "or", en)
    and_f, or_f = _marks(pf.ands, uf, "and", fr), _marks(pf.ors, uf, "or", fr)
    if not (or_e and and_f):
        return None
    end_e, end_f = _item_end(en, and_e + or_e, ue), _item_end(fr, and_f + or_f, uf)
    ys = [
        y
        for y in and_f + or_f
        if y is not end_f
        and _close_negation(fr, negs_f, y, _FR_VERB_NEGATION, _FR_NEGATED_WORD)
        and not _binomial(fr.folded, y.span)
        and not _in_references(fr, y)
    ]
    xs = [
        x
        for x in or_e
        if x is not end_e
        and _close_negation(en, negs_e, x, _EN_VERB_NEGATION, _EN_NEGATED_WORD)
        and not _binomial(en.folded, x.span)
        and not _in_references(en, x)
        and _in_condition(en, x, pe.conditions, ue)
    ]
    if any(y.word == "or" for y in ys):
        return None
    found = [(a, b) for a in xs for b in ys if abs(a.pos - b.pos) <= _ALONE_WINDOW]
    if len(found) != 1:
        return None
    return _problem("connective", en, fr, *found[0])


# "where the person referred to in points (b), (c) or (d) of paragraph 1" / « lorsque la personne visée au paragraphe 1,
# points b), c) ou d) », "when the method of Article 22(8) or (9) is used" / « article 22, paragraphes 8 ou 9 »: each
# member of a list of provisions cited by its own number or letter in brackets is one provision the condition rests on,
# and French keeps the connective when it spells the citation out.  In the readable half of the wide corpus, such an
# "or" after a condition word says « ou » 59 times and « et » never (outside a condition, « et » 15 times in some 400,
# which this leaves alone).  Unlike a list under one plural label ("paragraphs 1 or 2" / « paragraphes 1 et 2 », which
# French words by « et » whatever English says: :func:`_in_references`), the brackets cut off the words
# :func:`_joins` reads, so the atoms themselves anchor the French connective: the same number or letter right before
# and right after it.
_EN_CITED_BEFORE = re.compile(r"\(([a-z0-9]{1,4})\),?\s*$")
_EN_CITED_AFTER = re.compile(r"\s+\(([a-z0-9]{1,4})\)")


def _cited_atoms(en: _Side, a: _Mark) -> tuple[str, str] | None:
    """The bracketed atoms ("8", "d") the English connective ``a`` joins right before and after it, or None."""
    before = _EN_CITED_BEFORE.search(en.folded, max(0, a.span[0] - 12), a.span[0])
    after = _EN_CITED_AFTER.match(en.folded, a.span[1])
    if before is None or after is None:
        return None
    return before.group(1), after.group(1)


def _joins_cited(fr: _Side, b: _Mark, atoms: tuple[str, str]) -> bool:
    """Say whether the French connective ``b`` joins the cited ``atoms`` as French spells them: « 8 et 9 », « c) et d) »
    (a letter or roman numeral keeps its closing bracket, a number stands bare)."""
    x, y = (re.escape(t) for t in atoms)
    close = r"(?![a-z0-9])" if atoms[1].isdigit() else r"\)"
    before = re.compile(rf"(?<![a-z0-9]){x}\)?,?\s*$")
    return (
        before.search(fr.folded, max(0, b.span[0] - 12), b.span[0]) is not None
        and re.compile(rf"\s+{y}{close}").match(fr.folded, b.span[1]) is not None
    )


def _or_between_cited_as_et(
    en: _Side, fr: _Side, pe: _Profile, pf: _Profile, ue: Span, uf: Span
) -> Problem | None:
    """Return the problem of the one English "or" of a condition between two provisions cited in brackets ("points (b),
    (c) or (d)", "Article 8(6) or (7)") where French joins the same two numbers or letters by « et » (« points b), c)
    et d) », « paragraphes 6 et 7 »), neither under a negation, and no French « ou » joins them.  Only "or" against
    « et », as :func:`_or_as_et`."""
    or_e, and_f = _marks(pe.ors, ue, "or", en), _marks(pf.ands, uf, "and", fr)
    if not (or_e and and_f):
        return None
    or_f = _marks(pf.ors, uf, "or", fr)
    found = []
    for a in or_e:
        atoms = _cited_atoms(en, a)
        if atoms is None or not _in_condition(en, a, pe.conditions, ue):
            continue
        if any(_joins_cited(fr, y, atoms) for y in or_f):
            continue
        found += [(a, b) for b in and_f if _joins_cited(fr, b, atoms)]
    pair = _one_unnegated(found, en, fr, pe, pf, ue, uf)
    if pair is None:
        return None
    return _problem("connective", en, fr, *pair)
