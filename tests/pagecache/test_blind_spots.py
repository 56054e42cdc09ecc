"""What the page cache does not see (docs/decisions/page-cache.md): changes that send no signal.

``QuerySet.update``, ``bulk_create``/``bulk_update`` and raw SQL change rows without Django's
save and delete signals, so no tag is invalidated and the cached page stays as it was until
``manage.py pagecache_clear`` or the next save through the ORM.
"""

from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection

from advice_centers.models import AdviceCenter
from tests.factories import AdviceCenterFactory

pytestmark = pytest.mark.django_db

CENTRE = "/de/beratung/awo/"
FINDER = "/de/beratung/"
NEW_STREET = "Blinde Gasse 7"


@pytest.fixture
def cached_centre(client, cached_site):
    assert client.get(CENTRE)["X-Cache"] == "MISS"
    assert client.get(CENTRE)["X-Cache"] == "HIT"
    return AdviceCenter.objects.get(locale__language_code="de", slug="awo")


def shown(client):
    response = client.get(CENTRE)
    return response["X-Cache"], NEW_STREET in response.content.decode()


def test_a_queryset_update_leaves_the_page_stale_until_pagecache_clear(client, cached_centre):
    AdviceCenter.objects.filter(pk=cached_centre.pk).update(street=NEW_STREET)
    assert shown(client) == ("HIT", False)
    call_command("pagecache_clear", stdout=StringIO())
    assert shown(client) == ("MISS", True)


def test_a_bulk_update_leaves_the_page_stale_until_the_next_save(client, cached_centre):
    cached_centre.street = NEW_STREET
    AdviceCenter.objects.bulk_update([cached_centre], ["street"])
    assert shown(client) == ("HIT", False)
    AdviceCenter.objects.get(pk=cached_centre.pk).save()
    assert shown(client) == ("MISS", True)


def test_a_bulk_created_centre_is_missing_until_pagecache_clear(client, cached_site):
    assert client.get(FINDER)["X-Cache"] == "MISS"
    AdviceCenter.objects.bulk_create([AdviceCenterFactory.build(name="Stelle ohne Signal")])
    response = client.get(FINDER)
    assert response["X-Cache"] == "HIT"
    assert "Stelle ohne Signal" not in response.content.decode()
    call_command("pagecache_clear", stdout=StringIO())
    response = client.get(FINDER)
    assert response["X-Cache"] == "MISS"
    assert "Stelle ohne Signal" in response.content.decode()


def test_raw_sql_leaves_the_page_stale(client, cached_centre):
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {AdviceCenter._meta.db_table} SET street = %s WHERE id = %s",  # noqa: S608
            [NEW_STREET, cached_centre.pk],
        )
    assert shown(client) == ("HIT", False)
    call_command("pagecache_clear", stdout=StringIO())
    assert shown(client) == ("MISS", True)
