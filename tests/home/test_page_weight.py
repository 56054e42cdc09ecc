"""Readers are on cheap phones with little data: every page fits the first TCP round trip."""

import gzip
import re
from urllib.parse import urljoin

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.test import Client
from wagtail.models import Page

from advice_centers.models import AdviceCenter
from tests.factories import ContentPageFactory, every_block_body

FIRST_ROUND_TRIP = 14_600
FIRST_VISIT_BUDGET = 100 * 1024


def gzipped_size(body):
    return len(gzip.compress(body, compresslevel=6))


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


def linked_assets(html, base):
    """Stylesheets, images, scripts and icons the browser fetches for this HTML."""
    # Alternate-language links name pages, not resources the browser loads.
    links = [tag for tag in re.findall(r"<link[^>]+>", html) if 'rel="alternate"' not in tag]
    urls = [url for tag in links for url in re.findall(r'href="([^"]+)"', tag)]
    urls += re.findall(r'<(?:img|script|source)[^>]+src="([^"]+)"', html)
    return [urljoin(base, url) for url in urls]


def asset_bytes(client, url):
    if url.startswith(settings.STATIC_URL):
        path = finders.find(url.removeprefix(settings.STATIC_URL))
        assert path, f"missing static file {url}"
        with open(path, "rb") as handle:
            return handle.read()
    response = client.get(url)
    assert response.status_code == 200, url
    return b"".join(response.streaming_content) if response.streaming else response.content


@pytest.mark.django_db
def test_first_visit_to_the_home_page_stays_under_100_kb(seeded_site):
    client = Client()
    response = client.get("/de/")
    html = response.content.decode()
    total = gzipped_size(response.content)
    seen = set()
    queue = linked_assets(html, "/de/")
    assert any(url.endswith("site.css") for url in queue)
    while queue:
        url = queue.pop()
        if url in seen:
            continue
        seen.add(url)
        body = asset_bytes(client, url)
        # Uncompressed: a conservative count even if a proxy does not compress.
        total += len(body)
        if url.endswith(".css"):
            # Fonts and images referenced from stylesheets are fetched too.
            for ref in re.findall(r"url\(['\"]?([^'\")]+)", body.decode()):
                if not ref.startswith("data:"):
                    queue.append(urljoin(url, ref))
    assert total <= FIRST_VISIT_BUDGET, f"{total} bytes on first visit"


@pytest.mark.django_db
def test_no_third_party_requests(client, seeded_site):
    for path in ("/de/", "/de/kontakt/", "/de/beratung/"):
        html = client.get(path).content.decode()
        for url in linked_assets(html, path):
            assert url.startswith("/"), url
        assert "<script" not in html
        assert 'style="' not in html
