"""Every language's pages fit a cheap phone's budget, the ones with a script font too."""

import pytest
from django.test import Client
from wagtail.models import Page

from portal.languages import READER_LANGUAGES
from tests.page_weight import FIRST_ROUND_TRIP, FIRST_VISIT_BUDGET, first_visit_bytes, gzipped_size


@pytest.mark.django_db
@pytest.mark.parametrize("language", [code for code, _name in READER_LANGUAGES])
def test_every_page_and_first_visit_fits_in_every_language(multilingual_site, language):
    paths = [
        page.url
        for page in Page.objects.live().filter(depth__gt=1, locale__language_code=language)
    ]
    assert len(paths) >= 8
    for path in paths:
        client = Client()
        total, _assets = first_visit_bytes(client, path)
        assert total <= FIRST_VISIT_BUDGET, f"{path}: {total} bytes on first visit"
        assert gzipped_size(client.get(path).content) <= FIRST_ROUND_TRIP, path
