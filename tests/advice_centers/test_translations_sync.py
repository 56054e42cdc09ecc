"""A centre's data is the same in every language the moment it is saved; only text is
translated."""

import datetime
import html
import io
import json
import re

import pytest
from django.core.management import call_command
from wagtail.models import Locale
from wagtail_localize.models import Translation

from advice_centers.models import AdviceCenter
from advice_centers.services import center_import_csv, center_structure_copy
from tests.advice_centers.conftest import center_translate
from tests.advice_centers.test_flyer import pdf_text
from tests.cases.helpers import login_verified
from tests.factories import AdviceCenterFactory
from tests.pagecache.conftest import add_alias_trees

pytestmark = pytest.mark.django_db

ARABIC = {
    "Beratung am Hafen": "استشارة الميناء",
    "Beratung zu Duldung und Aufenthalt.": "استشارة حول الدولدونغ والإقامة.",
    "Büro": "المكتب",
    "nur mit Termin": "بموعد فقط",
}


@pytest.fixture
def hafen():
    """A German centre, translated into Arabic and (all German still) into Tigrinya."""
    german = AdviceCenterFactory(
        name="Beratung am Hafen",
        slug="hafen",
        description="Beratung zu Duldung und Aufenthalt.",
        street="Hafenstraße 1",
        postcode="44147",
        district="Innenstadt-Nord",
        phones=[("phone", {"label": "Büro", "number": "0231 1234"})],
        hours=[
            (
                "slot",
                {
                    "weekday": "1",
                    "opens": datetime.time(9),
                    "closes": datetime.time(12),
                    "note": "nur mit Termin",
                },
            )
        ],
        languages=["de", "fa"],
        topics=["residence_law"],
    )
    arabic = center_translate(german, "ar", ARABIC)
    tigrinya = center_translate(german, "ti")
    return german, arabic, tigrinya


def block_ids(center, name):
    return [block.id for block in getattr(center, name)]


def copies_of(center):
    return {
        copy.locale.language_code: copy
        for copy in AdviceCenter.objects.filter(translation_key=center.translation_key)
    }


def assert_new_data(copy):
    assert copy.languages == ["de", "ar", "ti"]
    assert [number for _label, number, _uri in copy.phone_entries] == ["0231 99 88 77"]
    assert [(row["opens"], row["closes"]) for row in copy.hour_rows] == [
        (datetime.time(10), datetime.time(13))
    ]
    assert copy.district == "Hörde"
    assert copy.barrier_free is True


def assert_arabic_text_kept(arabic):
    assert arabic.name == "استشارة الميناء"
    assert arabic.description == "استشارة حول الدولدونغ والإقامة."
    assert [label for label, _number, _uri in arabic.phone_entries] == ["المكتب"]
    assert [row["note"] for row in arabic.hour_rows] == ["بموعد فقط"]


def test_translations_start_with_the_translated_text(hafen):
    _german, arabic, tigrinya = hafen
    assert_arabic_text_kept(arabic)
    assert tigrinya.name == "Beratung am Hafen"
    assert block_ids(arabic, "hours") == block_ids(hafen[0], "hours")


def edit_form(center, **changes):
    """The admin's edit form of ``center`` as the browser submits it, with ``changes``."""
    data = {
        "name": center.name,
        "slug": center.slug,
        "kind": center.kind,
        "organisation": center.organisation,
        "description": center.description,
        "street": center.street,
        "postcode": center.postcode,
        "city": center.city,
        "district": center.district,
        "latitude": "",
        "longitude": "",
        "email": center.email,
        "website": center.website,
        "appointment_required": "",
        "barrier_free": "",
        "offers_interpreters": "",
        "languages": center.languages,
        "topics": center.topics,
        "places": "\n".join(center.places),
        "last_checked": "",
    }
    phones = [(block.id, dict(block.value)) for block in center.phones]
    hours = [(block.id, dict(block.value)) for block in center.hours]
    data.update(changes.pop("fields", {}))
    for index, (_id, value) in enumerate(phones):
        value.update(changes.get("phones", {}).get(index, {}))
    for index, (_id, value) in enumerate(hours):
        value.update(changes.get("hours", {}).get(index, {}))
    for name, blocks, block_type in (("phones", phones, "phone"), ("hours", hours, "slot")):
        data[f"{name}-count"] = str(len(blocks))
        for index, (block_id, value) in enumerate(blocks):
            prefix = f"{name}-{index}"
            data.update(
                {
                    f"{prefix}-type": block_type,
                    f"{prefix}-id": block_id,
                    f"{prefix}-order": str(index),
                    f"{prefix}-deleted": "",
                }
            )
            for key, part in value.items():
                if isinstance(part, datetime.time):
                    part = part.strftime("%H:%M")
                data[f"{prefix}-value-{key}"] = "" if part is None else part
    return data


def test_saving_the_german_centre_in_the_admin_updates_every_translation(
    client, django_user_model, hafen
):
    german, _arabic, _tigrinya = hafen
    login_verified(
        client, django_user_model.objects.create_superuser("ed", "e@x.org", "pw-long-1")
    )
    response = client.post(
        f"/admin/snippets/advice_centers/advicecenter/edit/{german.pk}/",
        edit_form(
            german,
            fields={"district": "Hörde", "languages": ["de", "ar", "ti"], "barrier_free": "true"},
            phones={0: {"number": "0231 99 88 77"}},
            hours={0: {"opens": datetime.time(10), "closes": datetime.time(13)}},
        ),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    copies = copies_of(german)
    assert set(copies) == {"de", "ar", "ti"}
    for copy in copies.values():
        assert_new_data(copy)
    assert_arabic_text_kept(copies["ar"])
    assert copies["ti"].name == "Beratung am Hafen"
    assert [row["note"] for row in copies["ti"].hour_rows] == ["nur mit Termin"]


CSV = (
    "name,slug,district,phones,hours,languages,barrier_free\n"
    'Beratung am Hafen,hafen,Hörde,"Büro: 0231 99 88 77","Mo 10:00-13:00 nur mit Termin",'
    '"de, ar, ti",ja\n'
)


def test_importing_the_german_centre_updates_every_translation(hafen):
    german, _arabic, _tigrinya = hafen
    result = center_import_csv(data=CSV.encode(), locale=Locale.get_default())
    assert result.errors == []
    assert result.updated == 1
    copies = copies_of(german)
    for copy in copies.values():
        assert_new_data(copy)
    # The imported slot is the one the centre had (same note, new times): its translation stays.
    assert_arabic_text_kept(copies["ar"])


def test_changed_german_text_leaves_translations_alone_and_waits_for_translators(hafen):
    german, _arabic, _tigrinya = hafen
    german.description = "Neue Beschreibung."
    german.languages = ["ar"]
    german.save()
    copies = copies_of(german)
    assert_arabic_text_kept(copies["ar"])
    assert copies["ar"].languages == ["ar"]
    # wagtail-localize's report now shows that the Arabic translation waits for a text.
    translation = Translation.objects.get(
        source__object_id=german.translation_key, target_locale__language_code="ar"
    )
    assert translation.get_progress()[0] > translation.get_progress()[1]


def test_publishing_a_translation_keeps_the_current_data(hafen):
    """A translator's save starts from the data the German centre has now."""
    german, _arabic, _tigrinya = hafen
    german.languages = ["ar", "ti"]
    german.save()
    arabic = center_translate(german, "ar", {**ARABIC, "Beratung am Hafen": "مرفأ"})
    assert arabic.name == "مرفأ"
    assert arabic.languages == ["ar", "ti"]
    assert copies_of(german)["de"].languages == ["ar", "ti"]


def test_a_translation_cannot_change_the_data_of_the_others(hafen):
    german, arabic, tigrinya = hafen
    arabic.refresh_from_db()
    arabic.languages = ["ps"]
    arabic.save()
    arabic.refresh_from_db()
    assert arabic.languages == ["de", "fa"]
    assert copies_of(german)["de"].languages == ["de", "fa"]


def test_a_centre_without_translation_records_shares_its_data_with_its_copies():
    german = AdviceCenterFactory(languages=["de"], phones=[("phone", {"number": "0231 1"})])
    locale, _created = Locale.objects.get_or_create(language_code="fr")
    french = german.copy_for_translation(locale)
    french.save()
    german.languages = ["de", "fr"]
    german.save()
    french.refresh_from_db()
    assert french.languages == ["de", "fr"]
    # Without a translation record either copy may be edited, and the other follows.
    french.phones = [("phone", {"number": "0231 2"})]
    french.save()
    german.refresh_from_db()
    assert [number for _label, number, _uri in german.phone_entries] == ["0231 2"]


def slots(*items):
    return [
        {"type": "slot", "id": block_id, "value": {"weekday": day, "note": note}}
        for block_id, day, note in items
    ]


def test_copying_keeps_the_text_of_blocks_with_the_same_id():
    source = AdviceCenter(hours=slots(("a", "2", "neu"), ("b", "3", ""), ("c", "4", "ganz neu")))
    target = AdviceCenter(hours=slots(("a", "1", "translated"), ("b", "1", "removed in German")))
    assert "hours" in center_structure_copy(source=source, target=target)
    assert [(block.id, block.value["weekday"], block.value["note"]) for block in target.hours] == [
        ("a", "2", "translated"),
        ("b", "3", ""),
        ("c", "4", "ganz neu"),
    ]
    assert center_structure_copy(source=source, target=target) == []


def matching_part(html):
    """The finder's matching centres, before those whose languages are not recorded."""
    return html.split('id="languages-unknown-heading"')[0]


def test_cached_arabic_pages_show_the_new_data_right_after_the_german_save(
    client, page_cache, seeded_site, django_capture_on_commit_callbacks
):
    add_alias_trees(["ar"])
    german = AdviceCenter.objects.get(locale__language_code="de", slug="awo")
    german.phones = [("phone", {"label": "Büro", "number": "0231 11 11"})]
    german.languages = ["de"]
    german.save()
    center_translate(german, "ar", {"Büro": "المكتب"})
    pages = ["/ar/beratung/", "/ar/beratung/awo/"]
    arabic_speakers = "/ar/beratung/?language=ar"
    for url in [*pages, arabic_speakers]:
        client.get(url)
        assert client.get(url)["X-Cache"] == "HIT", url
    for url in pages:
        assert "0231 11 11" in client.get(url).content.decode(), url
    assert "/awo/" not in matching_part(client.get(arabic_speakers).content.decode())
    assert "0231 11 11" in pdf_text(client.get("/ar/beratung/flyer/").content)

    with django_capture_on_commit_callbacks(execute=True):
        # As the admin submits it: the same block (same id) with a new number.
        german.phones = [
            {
                "type": "phone",
                "value": {"label": "Büro", "number": "0231 22 22"},
                "id": german.phones[0].id,
            }
        ]
        german.languages = ["de", "ar"]
        german.save()

    for url in [*pages, arabic_speakers]:
        html = client.get(url).content.decode()
        assert "0231 22 22" in html and "0231 11 11" not in html, url
        assert "المكتب" in html, url
    assert "/awo/" in matching_part(client.get(arabic_speakers).content.decode())
    flyer = pdf_text(client.get("/ar/beratung/flyer/").content)
    assert "0231 22 22" in flyer and "0231 11 11" not in flyer


def test_translators_are_given_the_text_only(client, django_user_model, hafen):
    """The translation editor offers names, descriptions, phone labels and hour notes; numbers,
    times, languages and addresses are not there to be translated or overridden."""
    _german, arabic, _tigrinya = hafen
    login_verified(
        client, django_user_model.objects.create_superuser("ed", "e@x.org", "pw-long-1")
    )
    response = client.get(f"/admin/snippets/advice_centers/advicecenter/edit/{arabic.pk}/")
    assert response.status_code == 200
    props = json.loads(html.unescape(re.search(r'data-props="([^"]+)"', response.text)[1]))
    offered = sorted(segment["contentPath"].split(".")[-1] for segment in props["segments"])
    assert offered == ["description", "label", "name", "note"]


def test_one_command_brings_translations_made_before_in_line(hafen):
    """Translations that drifted apart before saving copied the data (or behind the ORM's
    back) get the German data back, keeping their text."""
    german, arabic, _tigrinya = hafen
    AdviceCenter.objects.filter(pk=arabic.pk).update(languages=["ps"], district="Alt")
    call_command("sync_centers", stdout=io.StringIO())
    copies = copies_of(german)
    assert copies["ar"].languages == ["de", "fa"]
    assert copies["ar"].district == "Innenstadt-Nord"
    assert_arabic_text_kept(copies["ar"])
