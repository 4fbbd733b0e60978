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
from typing import Protocol

from mou_review.domain.types import Lang

Span = tuple[int, int]
#: (kind, English spans, French spans, English message, French message), as divergence reports it.
Problem = tuple[str, list[Span], list[Span], str, str]

_EN_CONDITION = re.compile(
    r"\b(?:if|where|when|whenever|provided that|unless|in case|in the event|on condition|to the extent that"
    r"|insofar as|in so far as)\b",
    re.I,
)
_EN_AND = re.compile(r"\b(?:and(?!/)|as well as)\b", re.I)
_EN_OR = re.compile(r"(?<![/-])\bor\b(?! not\b)(?!/)", re.I)
_EN_NOT_CONNECTIVE = re.compile(r"\b(?:whether or not|more or less|and/or|either way)\b", re.I)

_FR_CONDITION = re.compile(
    r"\b(?:si|s'ils?|lorsque|lorsqu'|quand|a condition que|sauf si|a moins que|dans les? cas ou|des lors que|pour autant que"
    r"|en cas de|au cas ou|le cas echeant|s'il y a lieu|au besoin|au moment (?:de|d'|ou)|lors (?:de|d'|du|des)"
    r"|dans la mesure ou|chaque fois que|sous reserve que|pour peu que|a supposer que|selon que"
    # « en informant le Conseil » for "when informing the Council"
    r"|en [a-z]+ant\b|ou\b)",
    re.I,
)
_FR_AND = re.compile(r"\b(?:et\b(?!/)|ainsi qu(?:e\b|')|de meme qu(?:e\b|'))", re.I)
_FR_OR = re.compile(r"(?<![/-])\bou\b(?! non\b)(?!/)", re.I)
_FR_NOT_CONNECTIVE = re.compile(r"\b(?:plus ou moins|et/ou|ou non)\b", re.I)

#: A condition's connectives: at most this many "and"/"or" in the sentence, within this many characters
#: after "if" / « lorsque », and not within this many after a negation ("without delay and cost").
#: (Calibrated on the calibration half of the real corpus only.)
_CONN_MAX = 4
_CONN_REACH = 120
_NEG_REACH = 40


@dataclass
class Connectives:
    """The connectives of one passage and the words that open a condition, as (start, end) spans."""

    ands: list[Span]
    ors: list[Span]
    conditions: list[Span]  # "if", "where" / « si », « lorsque »


class _Profile(Protocol):
    """What :func:`compare` reads of a side's :class:`mou_review.domain.deontic.Profile`."""

    ands: list[Span]
    ors: list[Span]
    conditions: list[Span]
    negation: list[Span]

    @property
    def weak(self) -> list[tuple[int, int, str]]: ...


def _spans(rx: re.Pattern[str], text: str) -> list[Span]:
    return [m.span() for m in rx.finditer(text)]


def _outside(spans: list[Span], masks: Sequence[Span]) -> list[Span]:
    return [s for s in spans if not any(a <= s[0] < b for a, b in masks)]


def find(folded: str, lang: Lang, text: str, masks: Sequence[Span] = ()) -> Connectives:
    """Return the connectives of ``folded`` (folded text) outside ``masks`` (bounds such as "or more"),
    and its condition words; ``text`` is the original, which tells « où » from « ou »."""
    if lang is Lang.EN:
        and_rx, or_rx, not_conn, cond_rx = _EN_AND, _EN_OR, _EN_NOT_CONNECTIVE, _EN_CONDITION
    else:
        and_rx, or_rx, not_conn, cond_rx = _FR_AND, _FR_OR, _FR_NOT_CONNECTIVE, _FR_CONDITION
    conn_mask = _spans(not_conn, folded) + list(masks)
    ors = _outside(_spans(or_rx, folded), conn_mask)
    if lang is Lang.FR:
        ors = [s for s in ors if text[s[0] : s[1]].lower() == "ou"]  # « où » is not « ou »
    return Connectives(
        ands=_outside(_spans(and_rx, folded), conn_mask),
        ors=ors,
        conditions=[
            c
            for c in _spans(cond_rx, folded)
            if folded[c[0] : c[1]] != "ou" or text[c[0] + 1 : c[0] + 2] == "\u00f9"  # « où », not « ou »
        ],
    )


@dataclass
class _Mark:
    span: Span
    pos: float  # relative position in its unit: 0 = start, 1 = end
    partner: _Mark | None = None


def _marks(spans: Sequence[Span], unit: Span) -> list[_Mark]:
    width = max(unit[1] - unit[0], 1)
    return [_Mark(s, (s[0] - unit[0]) / width) for s in spans if unit[0] <= s[0] < unit[1]]


def _pair(xs: list[_Mark], ys: list[_Mark]) -> None:
    """Pair the marks of ``xs`` with those of ``ys`` one to one, nearest first."""
    near = sorted((abs(x.pos - y.pos), i, j) for i, x in enumerate(xs) for j, y in enumerate(ys))
    for _d, i, j in near:
        if xs[i].partner is None and ys[j].partner is None:
            xs[i].partner, ys[j].partner = ys[j], xs[i]


def _after(m: _Mark, starts: Sequence[Span], unit: Span, reach: int) -> bool:
    """Say whether one of ``starts`` ("if", « lorsque », a negation) stands shortly before ``m`` in its unit."""
    return any(max(unit[0], m.span[0] - reach) <= c[0] < m.span[0] for c in starts)


def _q_en(s: str) -> str:
    return f"\u201c{s}\u201d"


def _q_fr(s: str) -> str:
    return f"\u00ab\u00a0{s}\u00a0\u00bb"


def compare(en: str, fr: str, pe: _Profile, pf: _Profile, ue: Span, uf: Span) -> list[Problem]:
    """In a condition, one "and" more and one "or" fewer than the other side ("if A and B" / « si A ou B »).

    ``en`` and ``fr`` are the two texts, ``pe`` and ``pf`` their profiles, ``ue`` and ``uf`` the spans of
    two aligned sentences.  Official translators swap "and" and « ou » freely in lists ("insurance and
    reinsurance intermediaries" / « intermédiaires d'assurance ou de réassurance »), so only a short
    sentence's conditions are compared, by count: the two conditions may be worded in a different order.
    """
    and_e, or_e = _marks(pe.ands, ue), _marks(pe.ors, ue)
    and_f, or_f = _marks(pf.ands, uf), _marks(pf.ors, uf)
    if max(len(and_e) + len(or_e), len(and_f) + len(or_f)) > _CONN_MAX:
        return []
    if (len(and_e) - len(and_f)) * (len(or_e) - len(or_f)) >= 0:
        return []
    _pair(and_e, and_f)
    _pair(or_e, or_f)
    # Under a negation "and" and « ou » say the same ("without delay and cost" / « sans délai ni coût »).
    negs = [m.span for m in _marks(pe.negation, ue)] + [
        (w[0], w[1]) for w in pe.weak if ue[0] <= w[0] < ue[1] and w[2] == "without"
    ]
    negs_f = [m.span for m in _marks(pf.negation, uf)] + [
        (w[0], w[1]) for w in pf.weak if uf[0] <= w[0] < uf[1] and w[2] == "without"
    ]
    en_and = len(and_e) > len(and_f)
    cand_e = [
        m
        for m in (and_e if en_and else or_e)
        if m.partner is None
        and _after(m, pe.conditions, ue, _CONN_REACH)
        and not _after(m, negs, ue, _NEG_REACH)
    ]
    cand_f = [
        m
        for m in (or_f if en_and else and_f)
        if m.partner is None
        and _after(m, pf.conditions, uf, _CONN_REACH)
        and not _after(m, negs_f, uf, _NEG_REACH)
    ]
    if not cand_e or not cand_f:
        return []
    a, b = min(((a, b) for a in cand_e for b in cand_f), key=lambda ab: abs(ab[0].pos - ab[1].pos))
    w_en, w_fr = en[a.span[0] : a.span[1]], fr[b.span[0] : b.span[1]]
    return [
        (
            "connective",
            [a.span],
            [b.span],
            f"The condition is joined by {_q_en(w_en)} in the English where the French has {_q_en(w_fr)}: "
            f"{'both conditions, or either one,' if en_and else 'either condition, or both,'} may be required.",
            f"La condition est liée par {_q_fr(w_en)} dans la version anglaise là où la version française "
            f"emploie {_q_fr(w_fr)}\u00a0: "
            f"{'les deux conditions, ou l’une d’elles seulement,' if en_and else 'l’une des conditions, ou les deux,'} "
            "sont peut-être requises.",
        )
    ]
