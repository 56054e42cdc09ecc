"""The portal's reader languages.

German is the source language. Django ships no locale data for Pashto, Kurmanji and
Tigrinya, so their entries are added to ``LANG_INFO`` here; without them ``get_language_info``
fails and the language switcher cannot show their native names.
"""

from django.conf.locale import LANG_INFO

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


def register_lang_info():
    for code, info in EXTRA_LANG_INFO.items():
        LANG_INFO.setdefault(code, info)
    # Django's own entries use other spellings; the switcher shows what readers write.
    for code, native in READER_LANGUAGES:
        LANG_INFO[code] = {**LANG_INFO[code], "name_local": native}
