"""Security headers and what makes a strict Content-Security-Policy possible.

The policy allows scripts and styles from the app's own origin only, so no
template may carry an inline script, an inline event handler, a ``javascript:``
URL, a ``<style>`` element or a ``style`` attribute: they would be blocked in
the browser.
"""

from __future__ import annotations

import re

import pytest

from tests.conftest import ROOT

TEMPLATES = sorted((ROOT / "templates").rglob("*.html"))
#: Jinja tags and expressions are not HTML: ``{% if only == 'en' %}`` is no ``on...=`` handler.
JINJA = re.compile(r"\{%.*?%\}|\{\{.*?\}\}|\{#.*?#\}", re.S)

INLINE = {
    "inline script": re.compile(r"<script(?![^>]*\bsrc=)[^>]*>", re.I),
    "event handler attribute": re.compile(r"<[^>]+\son[a-z]+\s*=", re.I),
    "javascript: URL": re.compile(r"javascript:", re.I),
    "style element": re.compile(r"<style\b", re.I),
    "style attribute": re.compile(r"<[^>]+\sstyle\s*=", re.I),
}


@pytest.mark.parametrize("kind", sorted(INLINE))
def test_templates_carry_no_inline_code(kind):
    pattern = INLINE[kind]
    found = [
        f"{path.relative_to(ROOT)}:{text[: m.start()].count(chr(10)) + 1}"
        for path in TEMPLATES
        for text in [JINJA.sub(lambda m: "\n" * m.group().count("\n"), path.read_text(encoding="utf-8"))]
        for m in pattern.finditer(text)
    ]
    assert not found, f"{kind} in {found}"


def test_inline_patterns_catch_what_they_should():
    samples = {
        "inline script": "<script>alert(1)</script>",
        "event handler attribute": '<button onclick="go()">',
        "javascript: URL": '<a href="javascript:go()">',
        "style element": "<style>p{}</style>",
        "style attribute": '<input style="width:5em">',
    }
    for kind, sample in samples.items():
        assert INLINE[kind].search(sample), kind
    assert not INLINE["inline script"].search('<script src="/static/follow.js" defer></script>')
    assert not INLINE["event handler attribute"].search('<button data-once="x">')
    html = '<a href="/x" {% if only == \'en\' %}aria-current="page"{% endif %}>'
    assert not INLINE["event handler attribute"].search(JINJA.sub("", html))
