"""The bilingual glossary: concepts merged from entries, found in inflected forms."""

from __future__ import annotations

import re

import pytest

from mou_review.domain.glossary import DEFAULT_GLOSSARY, Glossary, _by_first_char, default_glossary
from mou_review.domain.textnorm import fold
from mou_review.domain.types import Lang


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("the focal point", Lang.EN, "focal point"),
        ("the Focal Points", Lang.EN, "focal point"),
        ("les points focaux", Lang.FR, "focal point"),
        ("le Point focal", Lang.FR, "focal point"),
        ("victims of trafficking", Lang.EN, "victim of trafficking"),
        ("des victimes de la traite", Lang.FR, "victim of trafficking"),
        ("the Parties", Lang.EN, "Party"),
        ("l'ONUDC", Lang.FR, "UNODC"),
        ("d'entente", Lang.FR, None),
        ("du mémorandum d'entente", Lang.FR, "Memorandum of Understanding"),
        ("du memorandum d’entente", Lang.FR, "Memorandum of Understanding"),
        ("les TERMES DE RÉFÉRENCE", Lang.FR, "Terms of Reference"),
        ("a third party", Lang.EN, None),
        ("en tout ou en partie", Lang.FR, None),
        ("a tip for users", Lang.EN, None),
        ("les orientations du Comité", Lang.FR, None),
        ("l'orientation des victimes", Lang.FR, "referral"),
        ("the NGOs", Lang.EN, "NGO"),
    ],
)
def test_glossary_finds_inflected_forms(text: str, lang: Lang, expected: str | None) -> None:
    g = default_glossary()
    found = [g.terms[m.concept].en[0] for m in g.find(text, lang)]
    assert found == ([expected] if expected else [])


def test_glossary_prefers_the_longest_term() -> None:
    g = default_glossary()
    found = [g.terms[m.concept].en[0] for m in g.find("victims of trafficking in persons", Lang.EN)]
    assert found == ["victim of trafficking"]


def test_glossary_from_entries_merges_entries_sharing_a_form() -> None:
    g = Glossary.from_entries(
        [
            ("trafficking in persons", "traite des personnes"),
            ("human trafficking", "traite des personnes"),
            ("focal point", "point focal"),
        ]
    )
    assert len(g) == 2
    concept = g.concept_of("human trafficking", Lang.EN)
    assert concept is not None and concept == g.concept_of("Traite des personnes", Lang.FR)


def test_glossary_find_returns_offsets_into_the_original_text() -> None:
    text = "Chaque Partie désigne un point focal."
    (party, focal) = default_glossary().find(text, Lang.FR)
    assert text[party.start : party.end] == "Partie" == party.text
    assert text[focal.start : focal.end] == "point focal"


def test_default_glossary_seeds_the_domain() -> None:
    assert 25 <= len({en for en, _ in DEFAULT_GLOSSARY})
    assert ("ECOWAS", "CEDEAO") in DEFAULT_GLOSSARY


@pytest.mark.parametrize("lang", list(Lang))
def test_glossary_grouped_search_picks_what_one_alternation_picks(lang: Lang) -> None:
    g = default_glossary()
    patterns = g._patterns[lang]
    plain = re.compile(
        r"(?<![\w/-])(?:" + "|".join(f"(?P<{n}>{p})" for n, p in patterns.items()) + r")(?![\w/])"
    )
    forms = [form.rstrip("!") for term in g.terms for form in term.forms(lang)]
    text = fold(" ".join(forms) + " " + ", ".join(f"les {f}s" for f in forms))
    found = [(m.span(), m.lastgroup) for m in g._regex[lang].finditer(text)]
    assert found == [(m.span(), m.lastgroup) for m in plain.finditer(text)]
    assert len(found) > len(forms)


@pytest.mark.parametrize(
    ("pattern", "grouped"),
    [
        ("ab(?:s|es)?", "a(?:(?P<g0>b(?:s|es)?))"),
        (r"\(x", r"\((?:(?P<g0>x))"),
        ("ab|cd", "(?P<g0>ab|cd)"),  # an alternation of its own cannot be cut after its first letter
        (r"\sx", r"(?P<g0>\sx)"),  # a class, not a letter
        ("a?b", "(?P<g0>a?b)"),
    ],
)
def test_glossary_groups_a_pattern_under_its_first_letter(pattern: str, grouped: str) -> None:
    assert _by_first_char([("g0", pattern)]) == grouped
