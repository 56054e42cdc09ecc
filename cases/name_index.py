"""The blind index over the affected person's name: finds a case by name without a name in
clear anywhere and without decrypting every case.

Each part of a name is normalised and stored only as a keyed HMAC (``salted_hmac`` over the
project's ``SECRET_KEY`` with a salt of its own). Without the key a token cannot be checked
against a guessed name, unlike a plain hash that anyone could compute from a list of common
names. A search computes the same HMAC for each word typed and compares tokens; only whole
name parts are found, never prefixes.

Normalising: Unicode NFKD, combining marks dropped, casefolded, split at everything that is
not a letter or digit. "MÜLLER", "müller" and "Muller" are the same part. German
transliteration is stored next to it, so "Müller" is also found as "Mueller" (but a name
written "Mueller" is not found as "Müller": the index cannot tell an "ue" from a "ü").

The tokens of one case show which cases share a name part (a family's cases, say) to anyone
with the database; the person fingerprint beside them already shows more. After a change of
``SECRET_KEY`` the search still finds tokens made with a key in ``SECRET_KEY_FALLBACKS``;
``manage.py rebuild_case_name_index`` writes them anew with the current key.

No model import here: the data migration that fills the index uses these functions too.
"""

import re
import unicodedata

from django.conf import settings
from django.utils.crypto import salted_hmac

SALT = "cases.name_index"
# A name with more parts than this is still stored; a query with more words is cut here.
QUERY_WORDS_MAX = 10
GERMAN_TRANSLITERATION = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_SEPARATOR = re.compile(r"[\W_]+")


def _folded(text):
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def name_parts(text):
    """The normalised parts of a name or query, each with its transliterated variant."""
    parts = []
    for word in _SEPARATOR.split(unicodedata.normalize("NFC", text or "").casefold()):
        if not word:
            continue
        variants = {_folded(word), _folded(word.translate(GERMAN_TRANSLITERATION))}
        parts.append({variant for variant in variants if variant})
    return [variants for variants in parts if variants]


def _token(value, secret):
    return salted_hmac(SALT, value, secret=secret, algorithm="sha256").hexdigest()


def name_tokens(full_name):
    """What is stored for a name: one token per variant of each part, made with the
    current key."""
    return sorted(
        {
            _token(variant, settings.SECRET_KEY)
            for part in name_parts(full_name)
            for variant in part
        }
    )


def query_tokens(query):
    """For each word of a query, the tokens any of its variants has under the current and
    the fallback keys. A case matches a word when one of its tokens is among these."""
    secrets = [settings.SECRET_KEY, *settings.SECRET_KEY_FALLBACKS]
    return [
        sorted({_token(variant, secret) for variant in part for secret in secrets})
        for part in name_parts(query)[:QUERY_WORDS_MAX]
    ]
