"""Support offers of every kind, by the place they serve: the finder, the guide and the flyer
filter by the reader's place of residence; an offer that names no place serves every place."""

import datetime
import re

import pytest
from django.utils import formats, timezone, translation
from wagtail.models import Locale

from advice_centers import services, views
from advice_centers.centers import AdviceCenter
from advice_centers.selectors import FinderFilters, center_filter, center_places
from advice_centers.services import center_import_csv
from tests.advice_centers.conftest import FINDER, center_translate
from tests.advice_centers.test_finder import listed, listed_in
from tests.advice_centers.test_flyer import pdf_text
from tests.cases.helpers import login_verified
from tests.factories import AdviceCenterFactory
from tests.pagecache.conftest import add_alias_trees
from tests.ui import de

pytestmark = pytest.mark.django_db

FLYER = FINDER + "flyer/"
GUIDE = FINDER + "wegweiser/"


@pytest.fixture
def offers(finder):
    return {
        "cafe": AdviceCenterFactory(
            name="Café Miteinander", kind="cafe", places=["Kamen"], languages=["de", "ar"]
        ),
        "group": AdviceCenterFactory(
            name="Sprachtreff", kind="language_group", places=["Kamen", "Bergkamen"]
        ),
        "centre": AdviceCenterFactory(
            name="Flüchtlingsberatung Lünen", kind="advice_centre", places=["Lünen"]
        ),
        "everywhere": AdviceCenterFactory(name="Kreisweite Fragestunde", kind="question_hour"),
    }


# The filter -------------------------------------------------------------------------------


def test_an_offer_serves_the_places_it_names_and_every_place_when_it_names_none():
    named = AdviceCenter(places=["Kamen", "Bergkamen"])
    assert named.serves("Kamen") and named.serves("bergkamen")
    assert not named.serves("Lünen")
    assert AdviceCenter(places=[]).serves("Lünen")


def test_the_place_filter_keeps_offers_for_the_place_and_those_naming_none(offers):
    centers = list(AdviceCenter.objects.all())
    kamen = center_filter(centers, filters=FinderFilters(place="Kamen"))
    assert sorted(center.name for center in kamen) == [
        "Café Miteinander",
        "Kreisweite Fragestunde",
        "Sprachtreff",
    ]
    both = center_filter(centers, filters=FinderFilters(place="Kamen", language="ar"))
    assert [center.name for center in both] == ["Café Miteinander"]


def test_the_directory_knows_each_place_once_in_alphabetical_order():
    centers = [
        AdviceCenter(places=["Unna", "Kamen"]),
        AdviceCenter(places=["kamen", "Ärzteviertel"]),
        AdviceCenter(places=[]),
    ]
    assert center_places(centers) == ["Ärzteviertel", "Kamen", "Unna"]


# The finder -------------------------------------------------------------------------------


def test_the_finder_offers_the_places_and_lists_the_offers_for_one(client, offers):
    html = client.get(FINDER).content.decode()
    form = re.search(r'<form class="finder-form".*?</form>', html, re.S).group(0)
    assert f'<label for="filter-place">{de("Place of residence")}</label>' in form
    select = form.split('id="filter-place"')[1].split("</select>")[0]
    assert re.findall(r'<option value="([^"]*)"', select) == ["", "Bergkamen", "Kamen", "Lünen"]

    response = client.get(FINDER, {"place": "Kamen"})
    assert listed(response) == ["Café Miteinander", "Kreisweite Fragestunde", "Sprachtreff"]
    html = response.content.decode()
    assert '<option value="Kamen" selected>' in html
    # Each entry says what kind of offer it is.
    cafe = html.split("Café Miteinander</bdi></a></h3>")[1]
    assert cafe.lstrip().startswith(f'<p class="center-kind">{de("Café or meeting place")}</p>')
    assert de("Question-and-answer hour") in html
    assert de("Professional advice centre") not in html.split('id="results-heading"')[1]


def test_an_offer_naming_no_place_is_listed_and_says_so(client, offers):
    html = client.get(FINDER, {"place": "Lünen"}).content.decode()
    assert listed_in(html.split('id="results-heading"')[1]) == [
        "Flüchtlingsberatung Lünen",
        "Kreisweite Fragestunde",
    ]
    note = de(
        "Places served not recorded: %(count)s. These offers count as serving every place; "
        "ask them whether they can help you in %(place)s.",
        count=1,
        place="<bdi>Lünen</bdi>",
    )
    assert note in html
    everywhere = html.split("Kreisweite Fragestunde</bdi></a></h3>")[1].split("</article>")[0]
    assert de("Not recorded: listed for every place") in everywhere
    served = html.split("Flüchtlingsberatung Lünen</bdi></a></h3>")[1].split("</article>")[0]
    assert f"<dt>{de('Places served')}</dt><dd><bdi>Lünen</bdi></dd>" in served
    # Without a place there is nothing to explain.
    html = client.get(FINDER).content.decode()
    assert de("Not recorded: listed for every place") not in html


def test_an_unknown_place_is_ignored(client, offers):
    response = client.get(FINDER, {"place": "Atlantis"})
    assert response.status_code == 200
    assert len(listed(response)) == 4


def test_the_flyer_link_keeps_the_chosen_place(client, offers):
    html = client.get(FINDER, {"place": "Kamen"}).content.decode()
    link = re.search(r'<p class="finder-flyer"><a href="([^"]+)"[^>]*>(.*?)</a>', html)
    assert link[1] == f"{FLYER}?place=Kamen"
    assert link[2] == de(
        "Offers for %(place)s as a printable flyer (PDF)", place="<bdi>Kamen</bdi>"
    )
    html = client.get(FINDER).content.decode()
    assert f'<p class="finder-flyer"><a href="{FLYER}"' in html


def test_without_places_the_finder_has_no_place_filter(client, finder):
    AdviceCenterFactory(name="Ohne Orte")
    html = client.get(FINDER).content.decode()
    assert 'id="filter-place"' not in html


# The guide --------------------------------------------------------------------------------


def test_the_guide_asks_for_the_place_of_residence(client, offers):
    AdviceCenterFactory(name="Mit Stadtbezirk", district="Hörde")
    html = client.get(GUIDE, {"step": 3, "language": "ar"}).content.decode()
    assert de("Question %(step)s of %(count)s", step=3, count=3) in html
    assert f"<legend>{de('Where do you live?')}</legend>" in html
    assert 'name="place" value="Kamen"' in html
    assert "<bdi>Kamen</bdi>" in html
    assert 'name="district"' not in html
    assert f'action="{FINDER}"' in html
    # The answer leads to the offers for the place.
    html = client.get(FINDER, {"language": "ar", "place": "Kamen"}).content.decode()
    matching, unknown = html.split('id="results-heading"')[1].split(
        'id="languages-unknown-heading"'
    )
    assert listed_in(matching) == ["Café Miteinander"]
    # Those without recorded languages that serve Kamen, or name no place at all, follow.
    assert listed_in(unknown) == ["Kreisweite Fragestunde", "Mit Stadtbezirk", "Sprachtreff"]


# The flyer --------------------------------------------------------------------------------


def as_of(day, language="de"):
    with translation.override(language):
        return translation.gettext("As of %(date)s") % {
            "date": formats.date_format(day, "DATE_FORMAT")
        }


def flat(text):
    return " ".join(text.split())


def test_the_flyer_for_one_place_lists_only_its_offers_and_is_dated_today(client, offers):
    response = client.get(FLYER, {"place": "Kamen"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "kamen" in response["Content-Disposition"]
    text = flat(pdf_text(response.content))
    assert "Café Miteinander" in text and "Sprachtreff" in text
    assert "Kreisweite Fragestunde" in text
    assert "Flüchtlingsberatung Lünen" not in text
    assert flat(de("Support offers for people living in %(place)s", place="Kamen")) in text
    assert flat(as_of(timezone.localdate())) in text
    assert flat(de("Café or meeting place")) in text
    assert flat(de("Not recorded: listed for every place")) in text
    # The code on the flyer leads to the finder for the same place.
    assert "http://testserver/de/beratung/?place=Kamen" in text


def test_the_flyer_without_a_place_lists_every_offer(client, offers):
    text = flat(pdf_text(client.get(FLYER).content))
    for name in ("Café Miteinander", "Sprachtreff", "Flüchtlingsberatung Lünen"):
        assert name in text
    assert flat(as_of(timezone.localdate())) in text
    assert flat(de("Not recorded: listed for every place")) not in text


def test_the_flyer_for_a_place_in_another_language(client, offers):
    add_alias_trees(["ar"])
    center_translate(offers["cafe"], "ar", {"Café Miteinander": "مقهى معًا"})
    response = client.get("/ar/beratung/flyer/", {"place": "Kamen"})
    assert response.status_code == 200
    text = pdf_text(response.content)
    assert "Flüchtlingsberatung Lünen" not in text
    with translation.override("ar"):
        kind = translation.gettext("Café or meeting place")
    # Arabic text comes out of the PDF in visual order; compare its words.
    for word in kind.split():
        assert word in text
    assert any(word in text for word in as_of(timezone.localdate(), "ar").split()[:1])


def test_the_flyer_shows_the_new_date_the_next_day(client, offers, monkeypatch):
    today = timezone.localdate()
    first = flat(pdf_text(client.get(FLYER, {"place": "Kamen"}).content))
    assert flat(as_of(today)) in first
    tomorrow = today + datetime.timedelta(days=1)
    monkeypatch.setattr(views.timezone, "localdate", lambda: tomorrow)
    response = client.get(FLYER, {"place": "Kamen"})
    second = flat(pdf_text(response.content))
    assert flat(as_of(tomorrow)) in second and flat(as_of(today)) not in second
    # Not kept by the full-page cache, which would serve yesterday's date.
    assert response["Cache-Control"] == "no-cache"


def test_the_flyer_for_a_place_is_cached_apart_from_the_others(client, offers, monkeypatch):
    calls = []
    real = services.render_flyer_pdf

    def counting(**kwargs):
        calls.append(kwargs["place"])
        return real(**kwargs)

    monkeypatch.setattr(services, "render_flyer_pdf", counting)
    client.get(FLYER, {"place": "Kamen"})
    client.get(FLYER, {"place": "Kamen"})
    client.get(FLYER, {"place": "Lünen"})
    client.get(FLYER)
    assert calls == ["Kamen", "Lünen", ""]


def test_the_flyer_ignores_an_unknown_place(client, offers):
    text = flat(pdf_text(client.get(FLYER, {"place": "Atlantis"}).content))
    assert "Flüchtlingsberatung Lünen" in text and "Café Miteinander" in text
    assert "Atlantis" not in text


# Kind and places are data: the same in every language --------------------------------------


@pytest.fixture
def translated_cafe(finder):
    german = AdviceCenterFactory(
        name="Café Miteinander", slug="cafe", kind="cafe", places=["Kamen"]
    )
    arabic = center_translate(german, "ar", {"Café Miteinander": "مقهى معًا"})
    return german, arabic


def copies_of(center):
    return {
        row.locale.language_code: row
        for row in AdviceCenter.objects.filter(translation_key=center.translation_key)
    }


def test_translations_start_with_the_kind_and_places(translated_cafe):
    _german, arabic = translated_cafe
    assert (arabic.kind, arabic.places) == ("cafe", ["Kamen"])


def test_a_changed_kind_and_places_reach_every_translation(translated_cafe):
    german, _arabic = translated_cafe
    german.kind = "initiative"
    german.places = ["Kamen", "Bergkamen"]
    german.save()
    for row in copies_of(german).values():
        assert (row.kind, row.places) == ("initiative", ["Kamen", "Bergkamen"])
    assert copies_of(german)["ar"].name == "مقهى معًا"


def test_a_translation_cannot_change_the_kind_or_places(translated_cafe):
    german, arabic = translated_cafe
    arabic.refresh_from_db()
    arabic.kind = "language_group"
    arabic.places = ["Unna"]
    arabic.save()
    for row in copies_of(german).values():
        assert (row.kind, row.places) == ("cafe", ["Kamen"])


def test_the_arabic_finder_filters_by_the_place_set_in_german(client, translated_cafe):
    add_alias_trees(["ar"])
    german, _arabic = translated_cafe
    german.places = ["Bergkamen"]
    german.save()
    html = client.get("/ar/beratung/", {"place": "Bergkamen"}).content.decode()
    assert "مقهى معًا" in html
    with translation.override("ar"):
        assert translation.gettext("Café or meeting place") in html


def admin_form(center, **fields):
    return {
        "name": center.name,
        "slug": center.slug,
        "kind": center.kind,
        "organisation": "",
        "description": "",
        "street": "",
        "postcode": "",
        "city": center.city,
        "district": "",
        "latitude": "",
        "longitude": "",
        "email": "",
        "website": "",
        "appointment_required": "",
        "barrier_free": "",
        "offers_interpreters": "",
        "last_checked": "",
        "places": "",
        "phones-count": "0",
        "hours-count": "0",
        **fields,
    }


def test_editors_enter_places_one_per_line_in_the_admin(
    client, django_user_model, translated_cafe
):
    german, _arabic = translated_cafe
    login_verified(
        client, django_user_model.objects.create_superuser("ed", "e@x.org", "pw-long-1")
    )
    url = f"/admin/snippets/advice_centers/advicecenter/edit/{german.pk}/"
    assert "Kamen</textarea>" in client.get(url).content.decode()
    response = client.post(
        url, admin_form(german, kind="initiative", places="Kamen\n bergkamen \nKAMEN, Unna\n")
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    for row in copies_of(german).values():
        assert (row.kind, row.places) == ("initiative", ["Kamen", "bergkamen", "Unna"])


def test_a_too_long_place_name_is_reported_at_the_field_and_nothing_is_lost(
    client, django_user_model, translated_cafe
):
    german, _arabic = translated_cafe
    login_verified(
        client, django_user_model.objects.create_superuser("ed", "e@x.org", "pw-long-1")
    )
    url = f"/admin/snippets/advice_centers/advicecenter/edit/{german.pk}/"
    long_name = "Lang" * 30
    response = client.post(url, admin_form(german, places=f"Kamen\n{long_name}"))
    assert response.status_code == 200
    html = response.content.decode()
    assert long_name in html.split('name="places"')[1].split("</textarea>")[0]
    message = "A place name may have at most %(limit)s characters: %(names)s"
    assert de(message, limit=100, names=long_name) in html
    german.refresh_from_db()
    assert german.places == ["Kamen"]


# The CSV import --------------------------------------------------------------------------


def test_the_import_reads_kind_and_places_and_updates_the_translations(translated_cafe):
    german, _arabic = translated_cafe
    data = (
        "name,slug,kind,places\n"
        'Café Miteinander,cafe,initiative,"Kamen; Bergkamen"\n'
        "Fragestunde,fragestunde,question_hour,\n"
        "Beratung,beratung,,Unna\n"
    )
    result = center_import_csv(data=data.encode(), locale=Locale.get_default())
    assert result.errors == []
    for row in copies_of(german).values():
        assert (row.kind, row.places) == ("initiative", ["Kamen", "Bergkamen"])
    hour = AdviceCenter.objects.get(slug="fragestunde")
    assert (hour.kind, hour.places) == ("question_hour", [])
    centre = AdviceCenter.objects.get(slug="beratung")
    assert (centre.kind, centre.places) == ("advice_centre", ["Unna"])


def test_the_import_reports_an_unknown_kind_and_saves_nothing(finder):
    with translation.override("en"):
        result = center_import_csv(
            data=b'name,kind,places\nTreff,teestube,Kamen\nZwei,"cafe, initiative",Kamen\n',
            locale=Locale.get_default(),
        )
    assert [line for line, _message in result.errors] == [2, 3]
    assert "teestube" in result.errors[0][1] and result.errors[0][1].startswith("kind:")
    assert "Give one kind of offer." in result.errors[1][1]
    assert AdviceCenter.objects.count() == 0


def test_the_export_has_kind_and_places_for_the_import(translated_cafe):
    german, _arabic = translated_cafe
    row = services.center_export_row(german)
    assert row["kind"] == "cafe" and row["places"] == "Kamen"


def test_the_centre_page_names_its_kind_and_places(client, offers):
    html = client.get(FINDER + offers["group"].slug + "/").content.decode()
    assert f'<p class="center-kind">{de("Language group")}</p>' in html
    assert "<li><bdi>Kamen</bdi></li><li><bdi>Bergkamen</bdi></li>" in html
    data = services.center_json_ld(center=offers["group"], url="https://portal.example/")
    assert data["areaServed"] == ["Kamen", "Bergkamen"]
    assert "areaServed" not in services.center_json_ld(
        center=offers["everywhere"], url="https://portal.example/"
    )
