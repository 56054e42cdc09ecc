"""The portal's reader languages.

German is the source language. Django ships no locale data for Pashto, Kurmanji and
Tigrinya, so their entries are added to ``LANG_INFO`` here; without them ``get_language_info``
fails and the language switcher cannot show their native names.
"""

from django.conf.locale import LANG_INFO

from portal.django_internals import register_language_fallbacks

SOURCE_LANGUAGE = "de"

# (code, native name) in the order the switcher shows them.
READER_LANGUAGES = [
    ("de", "Deutsch"),
    ("en", "English"),
    ("ar", "العربية"),
    ("fa", "فارسی"),
    ("ps", "پښتو"),
    ("kmr", "Kurmancî"),
    ("ckb", "کوردی"),
    ("tr", "Türkçe"),
    ("ru", "Русский"),
    ("uk", "Українська"),
    ("fr", "Français"),
    ("ti", "ትግርኛ"),
]

RTL_LANGUAGES = frozenset({"ar", "fa", "ps", "ckb"})

EXTRA_LANG_INFO = {
    "ps": {"bidi": True, "code": "ps", "name": "Pashto", "name_local": "پښتو"},
    "kmr": {"bidi": False, "code": "kmr", "name": "Kurmanji Kurdish", "name_local": "Kurmancî"},
    "ti": {"bidi": False, "code": "ti", "name": "Tigrinya", "name_local": "ትግርኛ"},
}

# Browser language codes of readers whose language the portal has under another code. Dari is
# the Farsi of Afghanistan, read in Farsi (``fa-AF`` reaches ``fa`` by itself); Kurdish
# written in Latin letters, and in Turkey and Syria, is Kurmanji; Northern and Southern Pashto
# are Pashto. Plain ``ku`` is what browsers and phones call Kurmanji. ``ku-IQ``, ``ku-IR`` and
# ``ku-Arab`` stay unmapped: there Sorani and Kurmanji are both common.
LANGUAGE_FALLBACKS = {
    "prs": "fa",
    "prs-AF": "fa",
    "ku": "kmr",
    "ku-TR": "kmr",
    "ku-SY": "kmr",
    "ku-Latn": "kmr",
    "ku-Latn-TR": "kmr",
    "pbt": "ps",
    "pbu": "ps",
}


def register_lang_info():
    for code, info in EXTRA_LANG_INFO.items():
        LANG_INFO.setdefault(code, info)
    # Django's own entries use other spellings; the switcher shows what readers write.
    for code, native in READER_LANGUAGES:
        LANG_INFO[code] = {**LANG_INFO[code], "name_local": native}
    register_language_fallbacks(LANGUAGE_FALLBACKS)


def machine_translator_from_env(environ):
    """wagtail-localize's machine translator, chosen by environment variables; None = off.

    ``DEEPL_API_KEY`` enables DeepL (a key ending in ``:fx`` uses DeepL's free API);
    otherwise ``LIBRETRANSLATE_URL`` (with ``LIBRETRANSLATE_API_KEY`` if the server wants one)
    enables a LibreTranslate server, e.g. a self-hosted one.
    """
    if environ.get("DEEPL_API_KEY"):
        options = {"AUTH_KEY": environ["DEEPL_API_KEY"]}
        if environ.get("DEEPL_FORMALITY"):
            options["FORMALITY"] = environ["DEEPL_FORMALITY"]
        return {
            "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
            "OPTIONS": options,
        }
    if environ.get("LIBRETRANSLATE_URL"):
        return {
            "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
            "OPTIONS": {
                "LIBRETRANSLATE_URL": environ["LIBRETRANSLATE_URL"].rstrip("/"),
                "API_KEY": environ.get("LIBRETRANSLATE_API_KEY", ""),
            },
        }
    return None
