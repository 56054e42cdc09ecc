"""Readers are on cheap phones with little data: every page fits the first TCP round trip."""

import pytest
from django.test import Client
from wagtail.models import Page

from advice_centers.models import AdviceCenter
from tests.factories import ContentPageFactory, every_block_body
from tests.page_weight import (
    FIRST_ROUND_TRIP,
    FIRST_VISIT_BUDGET,
    first_visit_bytes,
    gzipped_size,
    linked_assets,
)


def public_paths(seeded_site):
    target = seeded_site.get_children().get(slug="ueber-das-gremium")
    page = ContentPageFactory(
        parent=seeded_site,
        title="Alle Bausteine",
        body=every_block_body(center=AdviceCenter.objects.first(), page=target),
    )
    page.save_revision().publish()
    pages = [p.url for p in Page.objects.live().filter(depth__gt=1).specific()]
    centers = [f"/de/beratung/{c.slug}/" for c in AdviceCenter.objects.all()]
    return pages + centers + ["/de/suche/?q=Beratung", "/de/gibt-es-nicht/"]


@pytest.mark.django_db
def test_every_public_page_fits_in_14600_bytes_gzipped(client, seeded_site):
    paths = public_paths(seeded_site)
    assert len(paths) >= 15
    for path in paths:
        response = client.get(path)
        assert response.status_code in (200, 404), path
        size = gzipped_size(response.content)
        assert size <= FIRST_ROUND_TRIP, f"{path}: {size} bytes gzipped"


@pytest.mark.django_db
def test_form_page_with_errors_fits_too(client, seeded_site):
    response = client.post("/de/kontakt/", {"email": "kaputt", "message": ""})
    assert response.status_code == 400
    assert gzipped_size(response.content) <= FIRST_ROUND_TRIP


@pytest.mark.django_db
def test_first_visit_to_the_home_page_stays_under_100_kb(seeded_site):
    total, assets = first_visit_bytes(Client(), "/de/")
    assert any(url.endswith("site.css") for url in assets)
    assert total <= FIRST_VISIT_BUDGET, f"{total} bytes on first visit"


@pytest.mark.django_db
def test_no_third_party_requests(client, seeded_site):
    for path in ("/de/", "/de/kontakt/", "/de/beratung/"):
        html = client.get(path).content.decode()
        for url in linked_assets(html, path):
            assert url.startswith("/"), url
        assert "<script" not in html
        assert 'style="' not in html
