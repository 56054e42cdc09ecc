import datetime
from io import StringIO

import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.utils import translation
from wagtail.models import Locale

from advice_centers.models import AdviceCenter
from advice_centers.services import center_import_csv
from tests.cases.helpers import login_verified
from tests.factories import AdviceCenterFactory
from tests.ui import de, de_plural


@pytest.fixture(autouse=True)
def english_messages():
    """The importer's messages in their source language; the admin test asks for German."""
    with translation.override("en"):
        yield


pytestmark = pytest.mark.django_db

GOOD = (
    "name,slug,street,postcode,city,district,phones,email,website,hours,"
    "appointment_required,barrier_free,languages,topics,last_checked,latitude\n"
    "Beratung am Hafen,hafen,Hafenstraße 1,44147,Dortmund,Innenstadt-Nord,"
    '"Büro: 0231 1234; 0231 5678",info@hafen.example,https://hafen.example,'
    '"Mo 09:00-12:00 nur mit Termin; Do 14:00-16:00",ja,no,"de, ar",residence_law,'
    "2026-03-01,51.52\n"
    "Zweite Stelle,,,,,,,,,,,,,,01.02.2025,\n"
)

BAD = (
    "name,slug,email,languages,hours,last_checked,barrier_free\n"
    "Gute Zeile,gut,gut@example.org,de,,,\n"
    ",leer,,,,,\n"
    "Falsche Mail,mail,keine-mail,,,,\n"
    'Falsche Sprache,sprache,,"de, xx",,,\n'
    'Falsche Zeit,zeit,,,"Mo 25:00-12:00",,\n'
    '"Mehrzeiliger\nName",gut,,,,31.02.2025,vielleicht\n'
)


def locale():
    return Locale.get_default()


def test_good_file_creates_centres_with_every_field():
    result = center_import_csv(data=GOOD.encode(), locale=locale())
    assert result.errors == []
    assert (result.created, result.updated) == (2, 0)
    hafen = AdviceCenter.objects.get(slug="hafen")
    assert hafen.street == "Hafenstraße 1"
    assert hafen.phone_entries == [
        ("Büro", "0231 1234", "tel:02311234"),
        ("", "0231 5678", "tel:02315678"),
    ]
    assert [(row["weekday"], f"{row['opens']:%H:%M}", row["note"]) for row in hafen.hour_rows] == [
        ("1", "09:00", "nur mit Termin"),
        ("4", "14:00", ""),
    ]
    assert hafen.appointment_required is True and hafen.barrier_free is False
    assert hafen.languages == ["de", "ar"] and hafen.topics == ["residence_law"]
    assert hafen.last_checked == datetime.date(2026, 3, 1)
    second = AdviceCenter.objects.get(name="Zweite Stelle")
    assert second.slug == "zweite-stelle"
    assert second.last_checked == datetime.date(2025, 2, 1)


def test_import_updates_centres_with_the_same_slug_and_keeps_missing_columns(finder=None):
    AdviceCenterFactory(slug="hafen", name="Alt", email="alt@example.org", locale=locale())
    data = b"name;slug;city\nNeu;hafen;Dortmund\n"  # German Excel uses semicolons
    result = center_import_csv(data=data, locale=locale())
    assert result.ok and (result.created, result.updated) == (0, 1)
    centre = AdviceCenter.objects.get(slug="hafen")
    assert centre.name == "Neu" and centre.email == "alt@example.org"


def test_bad_file_reports_every_bad_row_by_line_and_imports_nothing():
    result = center_import_csv(data=BAD.encode(), locale=locale())
    assert not result.ok
    lines = [line for line, _message in result.errors]
    assert lines == [3, 4, 5, 6, 7, 7, 7]
    messages = dict(result.errors)
    assert messages[3].startswith("name:")
    assert messages[4].startswith("email:")
    assert "xx" in messages[5]
    assert "impossible time" in messages[6]
    joined = " ".join(message for line, message in result.errors if line == 7)
    assert "last_checked" in joined and "barrier_free" in joined and "line 2" in joined
    assert AdviceCenter.objects.count() == 0


@pytest.mark.parametrize(
    "data,message",
    [
        (b"", "empty"),
        (b"name,telefax\nA,1\n", "Unknown columns: telefax"),
        (b"city\nDortmund\n", "“name” is missing"),
        ("name\nMüller\n".encode("latin-1"), "UTF-8"),
    ],
)
def test_broken_files_are_reported(data, message):
    result = center_import_csv(data=data, locale=locale())
    assert not result.ok
    assert message in result.errors[0][1]
    assert AdviceCenter.objects.count() == 0


def test_management_command(tmp_path):
    good = tmp_path / "good.csv"
    good.write_text(GOOD, encoding="utf-8")
    out = StringIO()
    call_command("import_centers", str(good), stdout=out)
    assert "2 created" in out.getvalue()

    bad = tmp_path / "bad.csv"
    bad.write_text(BAD, encoding="utf-8")
    err = StringIO()
    with pytest.raises(CommandError, match="Nothing imported: 7 error"):
        call_command("import_centers", str(bad), stderr=err)
    assert f"{bad}:4: email:" in err.getvalue()
    assert AdviceCenter.objects.count() == 2


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "e@example.org", "pw-long-enough")
    login_verified(client, user)
    return client


def test_admin_import_view(editor):
    url = "/admin/advice-centres/import/"
    assert editor.get(url).status_code == 200
    response = editor.post(url, {"file": SimpleUploadedFile("bad.csv", BAD.encode())})
    html = response.content.decode()
    expected = de_plural(
        "Nothing was imported: the file has %(counter)s error.",
        "Nothing was imported: the file has %(counter)s errors.",
        7,
    )
    assert expected in html
    assert de("Line %(line)s", line=4) + ": email:" in html
    assert AdviceCenter.objects.count() == 0
    response = editor.post(url, {"file": SimpleUploadedFile("good.csv", GOOD.encode())})
    assert response.status_code == 200
    assert AdviceCenter.objects.count() == 2


def test_admin_import_needs_permission(client, django_user_model):
    user = django_user_model.objects.create_user("reader", password="pw-long-enough")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    login_verified(client, user)
    response = client.post(
        "/admin/advice-centres/import/", {"file": SimpleUploadedFile("g.csv", GOOD.encode())}
    )
    # Wagtail turns the refusal into a redirect to the dashboard with a message.
    assert response.status_code in (302, 403)
    assert AdviceCenter.objects.count() == 0


def test_export_can_be_imported_again(editor):
    center_import_csv(data=GOOD.encode(), locale=locale())
    before = {
        c.slug: (c.phone_entries, c.hour_rows, c.languages, c.last_checked)
        for c in AdviceCenter.objects.all()
    }
    response = editor.get("/admin/snippets/advice_centers/advicecenter/?export=csv")
    assert response.status_code == 200
    exported = b"".join(response.streaming_content)
    AdviceCenter.objects.all().delete()
    result = center_import_csv(data=exported, locale=locale())
    assert result.errors == []
    after = {
        c.slug: (c.phone_entries, c.hour_rows, c.languages, c.last_checked)
        for c in AdviceCenter.objects.all()
    }
    assert after == before


def test_xlsx_export(editor):
    AdviceCenterFactory(name="Tabellenstelle")
    response = editor.get("/admin/snippets/advice_centers/advicecenter/?export=xlsx")
    assert response.status_code == 200
    assert "spreadsheetml" in response["Content-Type"]


def test_admin_list_filters(editor):
    AdviceCenterFactory(name="Arabisch Nord", languages=["ar"], district="Nord")
    AdviceCenterFactory(name="Farsi Süd", languages=["fa"], district="Süd", topics=["work"])
    url = "/admin/snippets/advice_centers/advicecenter/"
    html = editor.get(url, {"languages": "ar"}).content.decode()
    assert "Arabisch Nord" in html and "Farsi Süd" not in html
    html = editor.get(url, {"district": "Süd"}).content.decode()
    assert "Farsi Süd" in html and "Arabisch Nord" not in html
    html = editor.get(url, {"topics": "work"}).content.decode()
    assert "Farsi Süd" in html and "Arabisch Nord" not in html
