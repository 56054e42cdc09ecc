import datetime

import pytest
from django.contrib.auth.models import Permission

from tests.cases.helpers import login_verified
from tests.factories import AdviceCenterFactory

pytestmark = pytest.mark.django_db

URL = "/admin/reports/stale-advice-centres/"


def test_report_lists_centres_unchecked_for_a_year(client, django_user_model):
    today = datetime.date.today()
    AdviceCenterFactory(name="Frisch geprüft", last_checked=today - datetime.timedelta(days=30))
    AdviceCenterFactory(name="Lange her", last_checked=today - datetime.timedelta(days=400))
    AdviceCenterFactory(name="Nie geprüft", last_checked=None)
    login_verified(
        client, django_user_model.objects.create_superuser("ed", "e@x.org", "pw-long-1")
    )
    response = client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Lange her" in html and "Nie geprüft" in html
    assert "Frisch geprüft" not in html
    csv = b"".join(client.get(URL, {"export": "csv"}).streaming_content).decode()
    assert "Lange her" in csv and "Frisch geprüft" not in csv


def test_report_needs_the_right_to_edit_centres(client, django_user_model):
    user = django_user_model.objects.create_user("reader", password="pw-long-enough")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    login_verified(client, user)
    response = client.get(URL)
    assert response.status_code in (302, 403)
