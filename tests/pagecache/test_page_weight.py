"""Small pages: one round trip of HTML, a light first visit, static files cached for good."""

import gzip
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders
from wagtail.models import Page

from advice_centers.models import AdviceCenter
from tests.factories import AdviceCenterFactory

PROJECT_DIR = Path(__file__).resolve().parents[2]
ONE_ROUND_TRIP = 14_600  # ten TCP segments of the initial congestion window
FIRST_VISIT = 100 * 1024
MAX_JAVASCRIPT = 20 * 1024
ASSET = re.compile(r'<(?:link[^>]+href|script[^>]+src|img[^>]+src)="(/static/[^"]+)"')


def gzipped(data):
    return len(gzip.compress(data, compresslevel=6))


@pytest.mark.django_db
def test_every_public_page_fits_in_one_round_trip(client, seeded_site, alias_trees):
    alias_trees(["ar", "fa", "uk"])
    AdviceCenterFactory.create_batch(
        45, description="Beratung zu Aufenthalt, Arbeit und Familie. " * 3
    )
    urls = [page.url for page in Page.objects.live().filter(depth__gt=1)]
    urls += [
        f"/de/beratung/{slug}/" for slug in AdviceCenter.objects.values_list("slug", flat=True)
    ]
    urls += ["/de/beratung/?language=fa", "/fa/beratung/?language=fa"]
    assert len(urls) > 80
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        assert gzipped(response.content) <= ONE_ROUND_TRIP, url


@pytest.mark.django_db
def test_first_visit_of_the_home_page_is_light(client, seeded_site):
    html = client.get("/de/").content
    assets = ASSET.findall(html.decode())
    assert assets, "the home page links its stylesheet"
    total = gzipped(html)
    javascript = 0
    for url in assets:
        path = finders.find(url.removeprefix("/static/"))
        assert path, url
        size = gzipped(Path(path).read_bytes())
        total += size
        if url.endswith(".js"):
            javascript += size
    assert total <= FIRST_VISIT
    assert javascript <= MAX_JAVASCRIPT


COLLECT_AND_FETCH = """
import sys
import django
from django.conf import settings
django.setup()
from django.core.management import call_command
from django.test import Client, override_settings
from django.templatetags.static import static

with override_settings(STATIC_ROOT=sys.argv[1]):
    call_command("collectstatic", "--noinput", verbosity=0)
    url = static("css/site.css")
    response = Client().get(url, HTTP_ACCEPT_ENCODING="gzip, br")
    print("URL", url)
    print("STATUS", response.status_code)
    print("CACHE", response["Cache-Control"])
    print("ENCODING", response.get("Content-Encoding", ""))
"""


def test_static_files_have_hashed_names_compression_and_far_future_headers(tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "DJANGO_SECRET_KEY": "s" * 60,
        "DJANGO_ALLOWED_HOSTS": "testserver",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'unused.sqlite3'}",
        "DJANGO_SECURE_SSL_REDIRECT": "false",
        "PORTAL_ENCRYPTION_KEYS": "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWY=",
        "REDIS_URL": "redis://127.0.0.1:6379/12",
        "PAGECACHE_REDIS_URL": "redis://127.0.0.1:6379/13",
    }
    result = subprocess.run(
        [sys.executable, "-c", COLLECT_AND_FETCH, str(tmp_path / "static")],
        cwd=PROJECT_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines() if " " in line)
    assert re.fullmatch(r"/static/css/site\.[0-9a-f]{12}\.css", lines["URL"])
    assert lines["STATUS"] == "200"
    assert lines["CACHE"] == "max-age=315360000, public, immutable"
    assert lines["ENCODING"] in {"gzip", "br"}
