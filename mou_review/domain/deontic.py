"""Deontic force and polarity of a sentence in English and French legal drafting.

What a provision *does* — oblige, permit, prohibit — and whether it is negated are what matter
most between two equally authentic texts, and what the other checks cannot see: "shall" rendered
« peut », "may" rendered « doit », a dropped « ne … pas ».  This module finds the markers of each
force on one side; :func:`mou_review.domain.divergence` compares them between the languages.

The two languages do not mark force the same way, and the comparison is built on that:

- English obliges with "shall", "must", "is required to"; French mostly with the *présent de
  l'indicatif prescriptif* (« Les Parties échangent » for "The Parties shall exchange"), which no
  word marks.  So an English obligation is never required to have a French marker; only an
  explicit French permission facing it (« peuvent ») is a conflict.
- Permission is marked in both: "may", "is entitled to", "can" / « peut », « a la faculté de »,
  « est habilité à ».  A permission on one side only is a difference.
- Negation: "not", "no", "never", "nor", "none" / « ne … pas », « ne … plus », « aucun », « nul »,
  « ni ».  Expressions that negate nothing are left out: "no later than", "not less than",
  "whether or not", "No 648/2012" / « au plus tard », « ou non », « ne … que » (restriction), the
  expletive « ne » (« à moins que … ne »), « non » prefixing an adjective (« non financière »).
- The connective of a condition: "and" / « et » against "or" / « ou ».
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from mou_review.domain.types import Lang

# --- English -------------------------------------------------------------------------------

_EN_PERMIT = re.compile(
    r"\b(?:(?<!as )(?<!of )may(?! not\b)(?! \d)(?!,? (?:where appropriate|if necessary)\b)"
    r"|(?:is|are|be|being|shall be) (?:empowered|permitted|allowed|free) to"
    r"|(?:has|have|shall have) the (?:power|option|discretion) to)\b",
    re.I,
)
# Possibility said another way: answers a permission on the other side, never raises one.
_EN_SOFT_PERMIT = re.compile(
    r"\b(?:may|might|can|could|able to|possib\w*|option\w*|discretion|entitled|permitted|allowed|empowered"
    r"|free to|eligible|likely|open to|authori[sz]ed to|only|power is conferred)\b",
    re.I,
)
_EN_OBLIGE = re.compile(
    r"\b(?:shall(?! not\b)(?! (?:be|have) (?:entitled|authori[sz]ed|empowered|permitted|allowed|free|able|eligible"
    r"|the right|the power|the possibility|the option)\b)|must(?! not\b)"
    r"|(?:is|are) (?:required|obliged|bound) to|(?:has|have) to|undertakes? to)\b",
    re.I,
)
_EN_PROHIBIT = re.compile(
    r"\b(?:shall not|must not|may not|cannot|can not|(?:is|are|shall be) (?:prohibited|forbidden))\b", re.I
)
_EN_NEG = re.compile(
    r"\b(?:not|never|none|nothing|nobody|cannot|no(?! (?:later|earlier|more|less|sooner)\b)(?=\s+[a-z]))\b|n't\b",
    re.I,
)
# Negations that negate nothing: limits ("shall not exceed" / « sont compris entre »), alternatives,
# saving clauses ("shall not affect" / « est sans préjudice de »), numbers ("No 648/2012").
_EN_NOT_NEG = re.compile(
    r"\b(?:(?:not|no) (?:later|earlier|more|less|sooner|fewer|greater) than|(?:shall |does |do |to )?not exceed(?:ing)?"
    r"|(?:whether|if) or not|or not\b|not only|not least|not yet|non-\w+|no\.?\s*\d"
    r"|shall not (?:affect|prejudice|apply to|preclude|prevent)"
    # "a contract not cleared by a CCP", "derivatives not eligible for clearing": a negated attribute,
    # which French writes « non compensé », « non éligibles » (counted as negative wording below).
    r"|(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bbeen )(?<!\bwas )(?<!\bwere )(?<!\bdoes )(?<!\bdo )(?<!\bshall )"
    r"(?<!\bmay )(?<!\bcan )(?<!\bwill )(?<!\bmust )(?<!\bshould )(?<!\bhas )(?<!\bhave )(?<!\bwould )"
    r"not (?:\w+ly )?\w+(?:ed|ible|able|ent|ant|ive|ory|al))\b",
    re.I,
)
# Words that say "not" without the grammar of a negation: they answer a negation on the other side.
_EN_WEAK_NEG = re.compile(
    r"\b(?:fail(?:s|ed|ing|ure)? to|unless|other than|except|without|absence|lack|refus\w*|exclud\w*"
    r"|not (?:\w+ly )?\w+(?:ed|ible|able|ent|ant|ive|ory|al)"
    r"|un[a-z]{3,}(?:ed|able|ful|ly)|(?:in|im|il|ir|dis)(?:complete|sufficient|accurate|regular|legal|lawful|applicable"
    r"|possible|dependent|admissible|capable|qualified|proper|correct|valid)\w*|prevent\w*|preclud\w*|imped\w*|outside"
    r"|breach\w*|infring\w*|contraven\w*|non-complian\w*"
    r"|un(?:able|lawful|authori[sz]ed)|non-\w+|otherwise|instead|cease\w*|neither|nor|prohibit\w*)",
    re.I,
)

# --- French --------------------------------------------------------------------------------

_FR_PERMIT = re.compile(
    r"\b(?:(?<!ne )(?<!n')(?:peut|peuvent|pourra|pourront)(?!-etre)(?! pas\b)(?! plus\b)"
    r"|(?:ne|n') ?(?:peut|peuvent|pourra|pourront)(?=(?:(?!\bpas\b)[^.;:]){0,250}\bqu(?:e |')(?:si|s'|en|a|au|aux|dans|pour|par|sur|apres|avec|lorsqu|pendant|jusqu|sous|entre|moyennant|de|d'|des|du|le|la|les|l'|un|une)\b)"
    r"|(?:est|sont) (?:habilite|habilites|habilitee|habilitees|autorise|autorises|autorisee|autorisees|libres?|en droit) a"
    r"|(?:a|ont) (?:la faculte|la possibilite|le pouvoir|la latitude) de"
    r"|(?:doit|doivent|devra|devront|devrait|devraient) pouvoir|il est loisible)\b",
    re.I,
)
_FR_SOFT_PERMIT = re.compile(
    r"\b(?:peut|peuvent|pourra|pourront|pourrait|pourraient|puisse|puissent|pouvant|pouvoir|possibilit\w*|faculte"
    r"|loisible|(?:habilite|autorise)e?s? a|en mesure|susceptibles?|eventuel\w*|droit (?:de|d'|a)|ont droit|a droit"
    r"|latitude|discretion|libres? de)\b",
    re.I,
)
_FR_OBLIGE = re.compile(
    r"\b(?:(?<!ne )(?<!n')(?:doit|doivent|devra|devront|devrait|devraient|doive|doivent)(?! pas\b)"
    r"|(?:est|sont) (?:tenu|tenus|tenue|tenues|oblige|obliges|obligee|obligees) de|il incombe|incombe a"
    r"|s'engagent? a|veillent? a|il (?:est|sera) necessaire)\b",
    re.I,
)
_FR_PROHIBIT = re.compile(
    r"\b(?:ne (?:peut|peuvent|doit|doivent|pourra|pourront|sauraient?|saurait)(?!(?:(?!\bpas\b)[^.;:]){0,250}\bqu(?:e |')(?:si|s'|en|a|au|aux|dans|pour|par|sur|apres|avec|lorsqu|pendant|jusqu|sous|entre|moyennant|de|d'|des|du|le|la|les|l'|un|une)\b)|n'(?:est|sont) pas (?:autorises?|autorisees?|permis)"
    r"|(?:est|sont) interdite?s?|il est interdit|nul ne|aucune? [\w' -]{0,40}? ne (?:peut|peuvent|doit|doivent))\b",
    re.I,
)
# « ne/n' … pas|plus|jamais|rien|personne|guère|point|aucun|nul », « aucun(e) », « nul(le) », « ni ».
_FR_NEG = re.compile(
    r"\b(?:(?:ne|n')\s*[\w' -]{0,40}?\b(?:pas|plus|jamais|rien|personne|guere|point|aucune?|nulle?)\b"
    r"|aucune?|nulle?)\b",
    re.I,
)
_FR_NOT_NEG = re.compile(
    r"\b(?:ou non|au plus tard|au moins|non-?\w+ (?=\w)"
    r"|(?:ne|n')\s*(?:(?!\b(?:pas|plus|jamais|rien|aucune?|nulle?)\b)[\w' -]){0,60}?\bqu(?:e |')(?:si|s'|en|a|au|aux|dans|pour|par|sur|apres|avec|lorsqu|pendant|jusqu|sous|entre|moyennant|de|d'|des|du|le|la|les|l'|un|une)\b"
    r"|(?:ne|n')\s*[\w' -]{0,20}?\bpas (?:moins|plus)\b|pas plus tard|pas moins|(?:ne |n')(?:depasse|depassent|depassant|excede|excedent) pas|pas au-dela"
    r"|n'(?:affecte|affectent|empeche|empechent) pas|sans (?:\w+ )?aucune?)",
    re.I,
)
_FR_WEAK_NEG = re.compile(
    r"\b(?:sans|a defaut|sauf|hormis|a l'exception|autres? que|absence|defaut|refus\w*|exclu\w*|non-?\w+|ni"
    r"|(?:in|im|il|ir)(?:complet|suffisant|exact|regulier|licite|applicable|possible|dependant|admissible|capable"
    r"|valide|correct|change)\w*|inchange\w*|empech\w*|sans que"
    r"|cesse\w*|interdi\w*|au lieu)\b",
    re.I,
)
_FR_NON_PREFIX = re.compile(r"\bnon[ -](?=[a-z])", re.I)

_CONDITION = {
    Lang.EN: re.compile(r"\b(?:if|where|when|provided that|unless|in case|in the event)\b", re.I),
    Lang.FR: re.compile(
        r"\b(?:si|s'ils?|lorsque|lorsqu'|quand|a condition que|sauf si|a moins que|dans le cas ou|des lors que)",
        re.I,
    ),
}
_AND = {
    Lang.EN: re.compile(r"\band\b|\bas well as\b", re.I),
    Lang.FR: re.compile(r"\bet\b|\bainsi que\b", re.I),
}
_OR = {Lang.EN: re.compile(r"\bor\b", re.I), Lang.FR: re.compile(r"\bou\b|\bsoit\b", re.I)}


@dataclass
class Profile:
    """The deontic markers found in one passage: (start, end) spans per force."""

    permit: list[tuple[int, int]] = field(default_factory=list)
    soft_permit: bool = False
    oblige: list[tuple[int, int]] = field(default_factory=list)
    prohibit: list[tuple[int, int]] = field(default_factory=list)
    negation: list[tuple[int, int]] = field(default_factory=list)
    weak_negation: int = 0
    conditional: bool = False
    ands: int = 0
    ors: int = 0


def _spans(rx: re.Pattern[str], text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [m.span() for m in rx.finditer(text, start, end)]


def _outside(spans: list[tuple[int, int]], masks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    return [s for s in spans if not any(a <= s[0] < b for a, b in masks)]


def profile(folded: str, lang: Lang, start: int = 0, end: int | None = None) -> Profile:
    """Return the deontic profile of ``folded[start:end]`` (folded text: lower case, no accents)."""
    end = len(folded) if end is None else end
    if lang is Lang.EN:
        not_neg = _spans(_EN_NOT_NEG, folded, start, end)
        prohibit = _outside(_spans(_EN_PROHIBIT, folded, start, end), not_neg)
        negation = _outside(_spans(_EN_NEG, folded, start, end), not_neg)
        permit = _outside(_spans(_EN_PERMIT, folded, start, end), prohibit)
        oblige = _outside(_spans(_EN_OBLIGE, folded, start, end), prohibit)
        strong = negation + prohibit
        weak = sum(
            1 for a, _b in _spans(_EN_WEAK_NEG, folded, start, end) if not any(x <= a < y for x, y in strong)
        )
        soft = _EN_SOFT_PERMIT.search(folded, start, end) is not None
    else:
        not_neg = _spans(_FR_NOT_NEG, folded, start, end) + _spans(_FR_NON_PREFIX, folded, start, end)
        prohibit = _outside(_spans(_FR_PROHIBIT, folded, start, end), not_neg)
        negation = _outside(_spans(_FR_NEG, folded, start, end), not_neg)
        permit = _outside(_spans(_FR_PERMIT, folded, start, end), prohibit)
        oblige = _outside(_spans(_FR_OBLIGE, folded, start, end), prohibit)
        strong = negation + prohibit
        weak = sum(
            1 for a, _b in _spans(_FR_WEAK_NEG, folded, start, end) if not any(x <= a < y for x, y in strong)
        )
        soft = _FR_SOFT_PERMIT.search(folded, start, end) is not None
    return Profile(
        permit=permit,
        soft_permit=soft or bool(permit),
        oblige=oblige,
        prohibit=prohibit,
        negation=negation,
        weak_negation=weak + len(not_neg),
        conditional=_CONDITION[lang].search(folded, start, end) is not None,
        ands=len(_AND[lang].findall(folded, start, end)),
        ors=len(_OR[lang].findall(folded, start, end)),
    )
