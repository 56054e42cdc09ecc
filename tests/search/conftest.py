# The language trees of the demo site, as the i18n tests build them.
from tests.i18n.conftest import (  # noqa: F401
    _every_language_tree,
    multilingual_site,
    untranslated_page,
)
