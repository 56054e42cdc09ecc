"""The UI catalogues: complete, compiled as committed, and covering every string in the code."""

import os
import shutil
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.management import call_command

from home.management.commands.check_catalogues import catalogue_paths, catalogue_problems

PROJECT_DIR = Path(settings.BASE_DIR)
LANGUAGES = [code for code, _name in settings.LANGUAGES]
SOURCES = [
    "accounts",
    "advice_centers",
    "cases",
    "committee",
    "demo",
    "home",
    "portal",
    "referrals",
    "search",
    "templates",
]


def test_every_language_has_a_catalogue():
    found = {path.parts[-3] for path in catalogue_paths()}
    assert found == set(LANGUAGES)


@pytest.mark.parametrize("code", LANGUAGES)
def test_catalogue_has_no_untranslated_or_fuzzy_entry(code):
    po_path = PROJECT_DIR / "locale" / code / "LC_MESSAGES" / "django.po"
    assert catalogue_problems(po_path) == []
    assert polib.pofile(str(po_path)).metadata["Language"] == code


def test_problems_are_reported_for_untranslated_and_fuzzy_entries(tmp_path):
    catalogue = polib.POFile()
    catalogue.append(polib.POEntry(msgid="Open", msgstr=""))
    catalogue.append(polib.POEntry(msgid="Close", msgstr="Schließen", flags=["fuzzy"]))
    catalogue.append(polib.POEntry(msgid="Done", msgstr="Fertig"))
    po_path = tmp_path / "django.po"
    catalogue.save(str(po_path))
    problems = catalogue_problems(po_path)
    assert len(problems) == 2
    assert "untranslated: 'Open'" in problems[0]
    assert "fuzzy: 'Close'" in problems[1]


@pytest.mark.parametrize("code", LANGUAGES)
def test_committed_mo_file_matches_its_po_file(code):
    folder = PROJECT_DIR / "locale" / code / "LC_MESSAGES"
    assert (folder / "django.mo").exists(), "run `make messages` and commit the .mo file"
    po = {
        (entry.msgctxt, entry.msgid): entry.msgstr
        for entry in polib.pofile(str(folder / "django.po"))
        if entry.translated()
    }
    mo = {
        (entry.msgctxt, entry.msgid): entry.msgstr
        for entry in polib.mofile(str(folder / "django.mo"))
        if entry.msgid
    }
    assert mo == po, "the .mo file is stale: run `make messages` and commit the result"


@pytest.fixture
def extracted_msgids(tmp_path):
    """Extract the project's strings as `make messages` does, into a copy, never into locale/."""
    if not shutil.which("xgettext"):
        pytest.fail("GNU gettext (xgettext) is needed to extract strings: apt-get install gettext")
    for name in SOURCES:
        shutil.copytree(
            PROJECT_DIR / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__")
        )
    (tmp_path / "locale" / "de" / "LC_MESSAGES").mkdir(parents=True)
    previous = Path.cwd()
    os.chdir(tmp_path)
    try:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(settings, "LOCALE_PATHS", [tmp_path / "locale"])
            call_command("makemessages", locale=["de"], verbosity=0)
    finally:
        os.chdir(previous)
    extracted = polib.pofile(str(tmp_path / "locale" / "de" / "LC_MESSAGES" / "django.po"))
    return {(entry.msgctxt, entry.msgid) for entry in extracted}


def test_every_string_in_code_and_templates_is_in_every_catalogue(extracted_msgids):
    assert ("", "Skip to content") in {("", msgid) for _ctx, msgid in extracted_msgids}
    for po_path in catalogue_paths():
        catalogued = {(entry.msgctxt, entry.msgid) for entry in polib.pofile(str(po_path))}
        missing = sorted(msgid for _ctx, msgid in extracted_msgids - catalogued)
        assert missing == [], f"{po_path}: run `make messages` and translate {missing}"
