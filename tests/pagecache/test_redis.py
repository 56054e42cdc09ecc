"""The production setup: the page cache in Redis, shared by every worker process."""

import os
import uuid

import pytest
from django.core.cache import caches

from home.models import ContentPage

pytestmark = pytest.mark.django_db

REDIS_URL = os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/0"


@pytest.fixture
def redis_page_cache(settings):
    settings.PAGECACHE_ENABLED = True
    settings.CACHES = {
        **settings.CACHES,
        "pagecache": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            # A prefix of its own: parallel test runs and a running portal are not disturbed.
            "KEY_PREFIX": f"test-{uuid.uuid4().hex}",
        },
    }
    yield caches["pagecache"]
    # Only this test's keys: clear() would flush the whole Redis database.
    caches["pagecache"].delete_pattern("*")


def test_pages_are_cached_in_redis_and_publishing_updates_them(
    client, seeded_site, alias_trees, redis_page_cache, django_capture_on_commit_callbacks
):
    alias_trees(["ru"])
    urls = ["/de/ueber-das-gremium/", "/ru/ueber-das-gremium/", "/de/beratung/"]
    for url in urls:
        assert client.get(url)["X-Cache"] == "MISS"
        assert client.get(url)["X-Cache"] == "HIT"
    assert redis_page_cache.keys("pagecache:page:*")

    page = ContentPage.objects.get(locale__language_code="de", slug="ueber-das-gremium")
    page = page.get_latest_revision_as_object()
    page.intro = "Aus Redis frisch"
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()

    for url in urls[:2]:
        response = client.get(url)
        assert response["X-Cache"] == "MISS"
        assert "Aus Redis frisch" in response.content.decode()
    assert client.get("/de/beratung/")["X-Cache"] == "HIT"
