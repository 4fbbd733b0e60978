"""The interface is fully bilingual: every UI string has a French translation."""

from __future__ import annotations

from mou_review import catalog


def test_i18n_every_ui_string_has_a_french_translation():
    missing = catalog.missing()
    assert not missing, "UI strings without French: " + "; ".join(
        f"{places[0]}: {msgid!r}" for msgid, places in sorted(missing.items())
    )


def test_i18n_extraction_finds_strings_in_templates_and_code():
    found = catalog.extract()
    assert "Sign in" in found and any(p.startswith("templates/") for p in found["Sign in"])
    assert "Wrong user name or password." in found  # marked with N_() in a service


def test_i18n_compiled_catalogues_match_their_sources(tmp_path):
    from babel.messages.mofile import read_mo

    for path, po in catalog.french_catalogues():
        with path.with_suffix(".mo").open("rb") as handle:
            mo = read_mo(handle)

        def key(value):
            return tuple(value) if isinstance(value, (list, tuple)) else value

        expected = {key(m.id): key(m.string) for m in po if m.id and not m.fuzzy}
        actual = {key(m.id): key(m.string) for m in mo if m.id}
        assert actual == expected, f"{path}: run scripts/i18n compile"


def test_i18n_french_punctuation_uses_non_breaking_spaces():
    for path, po in catalog.french_catalogues():
        for message in po:
            if not message.id:
                continue  # the header
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            for text in strings:
                for mark in (":", ";", "?", "!"):
                    assert f" {mark}" not in text, (
                        f"{path}: {text!r} needs a non-breaking space before {mark}"
                    )
