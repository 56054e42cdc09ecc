"""Every seeded public page's main text is in the page's language, in all twelve.

Script languages are told by the share of letters in their script, and the Arabic-script
languages apart by the letters only each of them uses; Latin-script languages by the absence of
German function words. Text marked with another ``lang`` (a centre's name as the organisation
writes it) is the other language's, and is left out.
"""

import re
import unicodedata

import pytest
from bs4 import BeautifulSoup
from django.conf import settings

from tests.i18n.test_languages import german_paths

LANGUAGES = [code for code, _name in settings.LANGUAGES]
SCRIPTS = {
    "ar": "ARABIC",
    "fa": "ARABIC",
    "ps": "ARABIC",
    "ckb": "ARABIC",
    "ru": "CYRILLIC",
    "uk": "CYRILLIC",
    "ti": "ETHIOPIC",
}
# Letters that only one of the Arabic-script languages uses, and those it never writes.
OWN_LETTERS = {
    "ar": ("ةإ", "پچژگکیۆێڕڵەښږځڅټډړڼ"),
    "fa": ("پچژگ", "ةۆێڕڵەښږځڅټډړڼ"),
    "ps": ("ښږځڅټډړڼ", "ۆێڕڵە"),
    "ckb": ("ۆێڕڵە", "ةښږځڅټډړڼ"),
}
GERMAN_WORDS = frozenset(
    {
        "der",
        "die",
        "das",
        "und",
        "nicht",
        "ist",
        "mit",
        "für",
        "eine",
        "einer",
        "oder",
        "auch",
        "sie",
        "wird",
        "werden",
        "zum",
        "zur",
        "den",
        "dem",
        "von",
        "bei",
        "sich",
        "nur",
        "ihre",
        "ihren",
        "kann",
        "können",
        "",
    }
)


def main_text(html, code):
    """The text of <main> that is in the page's own language, as far as lang says."""
    main = BeautifulSoup(html, "html.parser").main
    parts = []
    for string in main.find_all(string=True):
        # A select's options name languages in their own script and cannot carry lang.
        if string.find_parent(["script", "style", "option"]):
            continue
        marked = string.find_parent(attrs={"lang": True})
        if marked is None or marked["lang"] == code:
            parts.append(str(string))
    return " ".join(parts)


def script_share(text, script):
    letters = [char for char in text if char.isalpha()]
    own = [char for char in letters if unicodedata.name(char, "").startswith(script)]
    return len(own) / len(letters)


def german_share(text):
    words = re.findall(r"\w+", text.casefold())
    return sum(word in GERMAN_WORDS for word in words) / len(words)


@pytest.mark.django_db
@pytest.mark.parametrize("code", LANGUAGES)
def test_every_seeded_page_is_written_in_the_readers_language(client, multilingual_site, code):
    paths = german_paths()
    assert len(paths) >= 15  # home, 4 main pages, 3 legal, easy language, contact, 5 centres
    texts = []
    for path in paths:
        response = client.get(f"/{code}/{path}")
        assert response.status_code == 200, path
        text = main_text(response.content.decode(), code)
        where = f"/{code}/{path}"
        if code in SCRIPTS:
            assert script_share(text, SCRIPTS[code]) > 0.85, (where, text[:200])
        else:
            share = german_share(text)
            assert (share > 0.05) if code == "de" else (share < 0.01), (where, share, text[:200])
        if code in OWN_LETTERS:
            foreign = OWN_LETTERS[code][1]
            assert not [letter for letter in foreign if letter in text], where
        texts.append(text)
    if code in OWN_LETTERS:
        # A short page may happen to need none of them; the language as a whole does.
        own = OWN_LETTERS[code][0]
        assert all(letter in " ".join(texts) for letter in own), code
