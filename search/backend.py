"""The database search backend, with PostgreSQL's text search configuration chosen per language.

PostgreSQL stems words with a configuration of their language ("Gremiums" finds "Gremium");
each object's words are indexed with the configuration of its locale's language, and each
search asks with the configuration of the reader's language, so that both sides agree. Languages
PostgreSQL has no configuration for (Tigrinya, Pashto, Kurdish, Persian, Ukrainian) use
"simple": every word as written, lower-cased, so a word on a page still finds it.
SQLite's full-text index has no per-language stemming; its tokenizer splits every script.
"""

import copy
from collections import defaultdict

from django.db import connection
from modelsearch.backends.database import SearchBackend as database_search_backend
from modelsearch.backends.database.postgres.postgres import PostgresIndex, PostgresSearchBackend

TEXT_SEARCH_CONFIGS = {
    "de": "german",
    "en": "english",
    "fr": "french",
    "ru": "russian",
    "tr": "turkish",
    "ar": "arabic",
}
FALLBACK_TEXT_SEARCH_CONFIG = "simple"


def text_search_config(language_code):
    """The PostgreSQL text search configuration for a site language."""
    return TEXT_SEARCH_CONFIGS.get(language_code, FALLBACK_TEXT_SEARCH_CONFIG)


def _object_config(obj, default):
    locale = getattr(obj, "locale", None) if getattr(obj, "locale_id", None) else None
    return text_search_config(locale.language_code) if locale is not None else default


class LanguageIndex(PostgresIndex):
    """Indexes each object with the configuration of its locale's language."""

    def add_items(self, model, objs):
        groups = defaultdict(list)
        for obj in objs:
            groups[_object_config(obj, self.backend.config)].append(obj)
        for config, group in groups.items():
            backend = copy.copy(self.backend)
            backend.config = config
            PostgresIndex(backend).add_items(model, group)


class LanguageSearchBackend(PostgresSearchBackend):
    index_class = LanguageIndex


def SearchBackend(params):  # noqa: N802 (the name Wagtail's backend loader looks up)
    if connection.vendor == "postgresql":
        return LanguageSearchBackend(params)
    return database_search_backend(params)
