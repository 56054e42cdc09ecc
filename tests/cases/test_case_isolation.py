"""Cases stay out of every CMS feature that could show them somewhere else."""

import pytest
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail.search.backends import get_search_backend
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import get_translatable_models

from cases.models import AuditEntry, Case


def test_cases_are_plain_models_outside_the_cms():
    for model in (Case, AuditEntry):
        assert not issubclass(model, Page)
        assert not issubclass(model, index.Indexed)
        assert not issubclass(model, TranslatableMixin)
        assert model not in get_snippet_models()


def test_cases_are_not_registered_for_translation():
    assert Case not in get_translatable_models()


@pytest.mark.django_db
def test_search_finds_no_case(client, advisor_a, case_a):
    backend = get_search_backend()
    assert not backend.search("Amina", Page)
    response = client.get("/de/", {"q": "Amina"})
    assert "Amina" not in response.content.decode()
