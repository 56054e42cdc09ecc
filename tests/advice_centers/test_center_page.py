import datetime
import json
import re
from decimal import Decimal

import pytest
from wagtail.models import Locale

from advice_centers.models import AdviceCenterIndexPage
from tests.advice_centers.conftest import FINDER
from tests.factories import AdviceCenterFactory
from tests.ui import de

pytestmark = pytest.mark.django_db


@pytest.fixture
def full_centre(finder):
    return AdviceCenterFactory(
        name="Beratung am Hafen",
        slug="hafen",
        organisation="Hafenverein e.V.",
        description="Beratung zu Duldung; Aufenthalt & Arbeit",
        street="Hafenstraße 1",
        postcode="44147",
        city="Dortmund",
        district="Innenstadt-Nord",
        latitude=Decimal("51.521000"),
        longitude=Decimal("7.453000"),
        phones=[
            ("phone", {"label": "Büro", "number": "+49 231 12 34-5"}),
            ("phone", {"label": "", "number": "0231 / 987"}),
        ],
        email="info@hafen.example",
        website="https://hafen.example/",
        hours=[
            ("slot", {"weekday": "4", "opens": "14:00", "closes": "16:00", "note": ""}),
            (
                "slot",
                {"weekday": "1", "opens": "09:00", "closes": "12:00", "note": "nur mit Termin"},
            ),
        ],
        appointment_required=True,
        barrier_free=False,
        offers_interpreters=True,
        languages=["de", "ar", "fa"],
        topics=["residence_law", "housing"],
        last_checked=datetime.date(2026, 3, 1),
    )


def test_centre_page_shows_all_contact_data_with_links(client, full_centre):
    html = client.get(FINDER + "hafen/").content.decode()
    assert "<h1><bdi>Beratung am Hafen</bdi></h1>" in html
    assert html.count("<h1") == 1
    assert "Hafenstraße 1" in html and "44147 Dortmund" in html and "Innenstadt-Nord" in html
    assert '<a href="tel:+4923112345" dir="ltr">+49 231 12 34-5</a>' in html
    assert '<a href="tel:0231987" dir="ltr">0231 / 987</a>' in html
    assert '<a href="mailto:info@hafen.example" dir="ltr">' in html
    assert '<a href="https://hafen.example/" dir="ltr">' in html
    assert "openstreetmap.org/?mlat=51.521000&amp;mlon=7.453000" in html
    assert de("Please make an appointment first.") in html
    assert de("The rooms are not barrier-free. Ask about other places to meet.") in html
    assert de("The centre can arrange an interpreter.") in html
    assert '<span lang="ar">العربية</span>' in html
    assert de("Counselling on residence-law procedures") in html
    assert 'href="/de/beratung/hafen/vcard/"' in html


def test_hours_are_a_table_with_headers_sorted_by_weekday(client, full_centre):
    html = client.get(FINDER + "hafen/").content.decode()
    table = re.search(r'<table class="center-hours">.*?</table>', html, re.S).group(0)
    assert "<caption>" in table
    assert table.count('<th scope="col">') == 3
    rows = re.findall(r'<th scope="row">([^<]+)</th>', table)
    assert rows == ["Montag", "Donnerstag"]
    assert "09:00–12:00" in table and "nur mit Termin" in table


def test_a_centre_with_only_a_name_shows_no_empty_sections(client, finder):
    AdviceCenterFactory(name="Nur ein Name", slug="nur-name", city="")
    html = client.get(FINDER + "nur-name/").content.decode()
    main = html.split("<main", 1)[1].split("</main>", 1)[0]
    headings = [f">{de(text)}</h2>" for text in ("Contact", "Consultation", "Languages", "Topics")]
    for absent in (*headings, "tel:", "mailto:", "<table", 'class="meta"'):
        assert absent not in main


def test_unknown_centre_is_404(client, finder):
    assert client.get(FINDER + "gibt-es-nicht/").status_code == 404
    assert client.get(FINDER + "gibt-es-nicht/vcard/").status_code == 404


def parse_vcard(text):
    """Unfolds a vCard and returns (name, params, value) per property; checks the framing."""
    assert text.endswith("\r\n")
    assert "\n" not in text.replace("\r\n", "")
    for physical in text.split("\r\n"):
        assert len(physical.encode("utf-8")) <= 75
    unfolded = text.replace("\r\n ", "").rstrip("\r\n").split("\r\n")
    properties = []
    for line in unfolded:
        head, _sep, value = line.partition(":")
        name, *params = head.split(";")
        properties.append((name.upper(), params, value))
    return properties


def unescape(value):
    return value.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")


def test_vcard_download_is_a_valid_vcard_4(client, full_centre):
    response = client.get(FINDER + "hafen/vcard/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/vcard")
    assert 'filename="hafen.vcf"' in response["Content-Disposition"]
    properties = parse_vcard(response.content.decode("utf-8"))
    names = [name for name, _params, _value in properties]
    assert names[:2] == ["BEGIN", "VERSION"] and names[-1] == "END"
    values = {}
    for name, params, value in properties:
        values.setdefault(name, []).append((params, value))
    assert values["VERSION"][0][1] == "4.0"
    assert values["FN"][0][1] == "Beratung am Hafen"
    assert values["ORG"][0][1] == "Hafenverein e.V."
    assert [value for _p, value in values["TEL"]] == ["tel:+4923112345", "tel:0231987"]
    assert values["EMAIL"][0][1] == "info@hafen.example"
    adr = values["ADR"][0][1].split(";")
    assert adr[2:6] == ["Hafenstraße 1", "Dortmund", "Innenstadt-Nord", "44147"]
    assert [value for _p, value in values["LANG"]] == ["de", "ar", "fa"]
    assert values["GEO"][0][1] == "geo:51.521000,7.453000"
    note = unescape(values["NOTE"][0][1])
    assert note.startswith("Beratung zu Duldung; Aufenthalt & Arbeit\n")
    assert "Montag 09:00–12:00 (nur mit Termin)" in note


def test_vcard_of_a_sparse_centre_has_no_empty_properties(client, finder):
    AdviceCenterFactory(name="Nur ein Name", slug="nur-name", city="")
    properties = parse_vcard(client.get(FINDER + "nur-name/vcard/").content.decode())
    names = {name for name, _params, _value in properties}
    assert not names & {"TEL", "EMAIL", "ADR", "GEO", "NOTE", "LANG"}
    assert all(value for _name, _params, value in properties)


def json_ld(html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert len(blocks) == 1
    return json.loads(blocks[0])


def test_json_ld_describes_the_centre(client, full_centre):
    data = json_ld(client.get(FINDER + "hafen/").content.decode())
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "LocalBusiness"
    assert data["name"] == "Beratung am Hafen"
    assert data["parentOrganization"] == {"@type": "Organization", "name": "Hafenverein e.V."}
    assert data["address"] == {
        "@type": "PostalAddress",
        "streetAddress": "Hafenstraße 1",
        "postalCode": "44147",
        "addressLocality": "Dortmund",
        "addressRegion": "Innenstadt-Nord",
    }
    assert data["contactPoint"]["@type"] == "ContactPoint"
    assert data["contactPoint"]["availableLanguage"] == ["de", "ar", "fa"]
    assert data["contactPoint"]["telephone"] == "+49 231 12 34-5"
    assert data["openingHoursSpecification"] == [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": "https://schema.org/Monday",
            "opens": "09:00",
            "closes": "12:00",
            "description": "nur mit Termin",
        },
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": "https://schema.org/Thursday",
            "opens": "14:00",
            "closes": "16:00",
        },
    ]
    assert data["geo"]["latitude"] == 51.521


def test_json_ld_leaves_out_what_is_missing_and_cannot_break_out(client, finder):
    AdviceCenterFactory(name="</script><script>alert(1)</script>", slug="boese", city="")
    html = client.get(FINDER + "boese/").content.decode()
    assert "<script>alert(1)" not in html
    data = json_ld(html)
    assert data["name"] == "</script><script>alert(1)</script>"
    assert not {"address", "contactPoint", "openingHoursSpecification", "geo"} & set(data)


def test_untranslated_centre_is_shown_in_the_source_language(client, finder):
    AdviceCenterFactory(name="Quelle", slug="quelle")
    english = finder.get_translation_or_none(Locale.objects.get(language_code="en"))
    if english is None:
        english = finder.copy_for_translation(
            Locale.objects.get(language_code="en"), copy_parents=True
        )
        english.save_revision().publish()
    assert AdviceCenterIndexPage.objects.filter(locale__language_code="en").exists()
    assert "Quelle" in client.get("/en/beratung/").content.decode()
    assert client.get("/en/beratung/quelle/").status_code == 200
