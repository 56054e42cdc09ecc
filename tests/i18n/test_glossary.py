"""One term per concept: no UI string, seeded translation or consent declaration uses a variant
the glossary forbids.

Each language has ``locale/glossary/<code>.toml``: per concept the German term, the required
term and the variants that are wrong (known mistranslations, misleading synonyms), plus
``[[mistake]]`` entries for wrong words that are not legal terms.
"""

import tomllib
import unicodedata
from pathlib import Path

import polib
import pytest
from django.conf import settings

from cases import consent_default, consent_translations
from demo.profiles import PROFILES
from demo.translations import PO_DIR
from portal.languages import SOURCE_LANGUAGE

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"
GLOSSARY_DIR = LOCALE_DIR / "glossary"
LANGUAGES = [code for code, _name in settings.LANGUAGES]


def glossary_load(code):
    with (GLOSSARY_DIR / f"{code}.toml").open("rb") as handle:
        return tomllib.load(handle)


def forbidden_variants(glossary):
    """(variant, what to write instead) for every concept and every listed mistake."""
    for concept in glossary["concept"]:
        for variant in concept["forbidden"]:
            yield variant, f"{concept['id']}: use “{concept['term']}”"
    for mistake in glossary.get("mistake", []):
        yield mistake["text"], f"{mistake['reason']}: use “{mistake['use']}”"


def language_texts(code):
    """(file, entry, text) for every UI string and every seeded page/centre text in ``code``."""
    po_path = LOCALE_DIR / code / "LC_MESSAGES" / "django.po"
    for entry in polib.pofile(str(po_path)):
        for text in [entry.msgstr, *entry.msgstr_plural.values()]:
            if text:
                yield str(po_path.relative_to(LOCALE_DIR.parent)), entry.msgid[:60], text
    # The German source of the seeded texts is every file's msgid; the English files hold it.
    source = code == SOURCE_LANGUAGE
    for path in sorted((PO_DIR / ("en" if source else code)).glob("*.po")):
        for entry in polib.pofile(str(path)):
            text = entry.msgid if source else entry.msgstr
            yield str(path.relative_to(LOCALE_DIR.parent)), entry.msgid[:60], text
    yield from consent_texts(code)


def consent_texts(code):
    """(source, declaration, text) for the title and every paragraph of each consent
    declaration in ``code``: the first one and those the committee profiles bring."""
    first = {
        "title": consent_default.CONSENT_TITLE,
        "paragraphs": consent_default.CONSENT_BODY.split("\n\n"),
        "translations": consent_translations.TRANSLATIONS,
    }
    declarations = [("cases/consent_translations.py", first)] + [
        (f"demo/profiles ({name})", declaration)
        for name, profile in sorted(PROFILES.items())
        for declaration in profile.CONSENT_TEXTS
    ]
    for source, declaration in declarations:
        if code == SOURCE_LANGUAGE:
            texts = [declaration["title"], *declaration["paragraphs"]]
        else:
            translation = declaration["translations"][code]
            texts = [translation["title"], translation["note"], *translation["paragraphs"]]
        for text in texts:
            yield source, declaration["title"][:60], text


def comparable(text):
    """Case, Arabic vowel marks, tatweel and accents do not hide a variant ("متفرّغ")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold()).replace("\u0640", "")
    return "".join(char for char in decomposed if unicodedata.category(char) != "Mn")


def forbidden_uses(*, glossary, texts):
    found = []
    for path, entry, text in texts:
        folded = comparable(text)
        for variant, advice in forbidden_variants(glossary):
            if comparable(variant) in folded:
                found.append(f"{path} [{entry!r}]: “{variant}” ({advice})")
    return found


def test_every_language_has_a_glossary_with_every_concept():
    concepts = [concept["id"] for concept in glossary_load(SOURCE_LANGUAGE)["concept"]]
    assert len(concepts) >= 10
    for code in LANGUAGES:
        glossary = glossary_load(code)
        assert glossary["language"] == code
        assert [concept["id"] for concept in glossary["concept"]] == concepts, code
        for concept in glossary["concept"]:
            assert concept["german"] and concept["explanation"] and concept["term"], concept
            # A required term that contains one of its own forbidden variants can never pass.
            for variant in concept["forbidden"]:
                assert comparable(variant) not in comparable(concept["term"]), (code, concept)


@pytest.mark.parametrize("code", LANGUAGES)
def test_translations_use_no_forbidden_term(code):
    problems = forbidden_uses(glossary=glossary_load(code), texts=language_texts(code))
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("ar", "أسباب القسوة الخاصة"),
        ("ar", "مستشارة أو مستشار متفرّغ"),
        ("tr", "Kurula yalnızca tam zamanlı danışmanlar bir durum sunabilir."),
        ("fa", "Duldung (اقامت تحمّلی)"),
        ("ti", "በጃኹም እንደገና ፈትኑ።"),
        ("kmr", "Şêwirdarî ji bo ciwanên bê malbat"),
        ("en", "The Immigration Office decides."),
    ],
)
def test_a_known_mistranslation_is_caught(code, text):
    texts = [("locale/x.po", "msgid", text)]
    assert forbidden_uses(glossary=glossary_load(code), texts=texts) != []
