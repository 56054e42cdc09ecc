"""Latin names, addresses and numbers in right-to-left pages, the flyer and the vCard keep
their order: ".V.e VMDO" or "44145 Dortmund" turned round sends a reader to the wrong place."""

import re

import pytest
from bs4 import BeautifulSoup
from django.template import Context, Template
from django.utils import translation

from advice_centers.models import AdviceCenter
from tests.advice_centers.conftest import center_translate
from tests.advice_centers.test_flyer import pdf_text
from tests.pagecache.conftest import add_alias_trees

pytestmark = pytest.mark.django_db

BIDI_CONTROLS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


@pytest.fixture
def vmdo(seeded_site):
    """The seeded VMDO with every kind of Latin value, in the Arabic tree."""
    add_alias_trees(["ar"])
    center = AdviceCenter.objects.get(locale__language_code="de", slug="vmdo")
    center.street = "Beuthstraße 21"
    center.postcode = "44147"
    center.district = "Innenstadt-Nord"
    center.phones = [("phone", {"label": "Büro", "number": "+49 231 2866 7730"})]
    center.email = "info@vmdo.de"
    center.website = "https://www.vmdo.de/beratung/"
    center.languages = ["ar", "fa", "de"]
    center.save()
    center_translate(center, "ar", {"Büro": "المكتب"})
    return center


def isolated(element):
    """True when ``element`` sits in a <bdi> or in an element whose direction is set to ltr."""
    return any(
        node.name == "bdi" or node.get("dir") == "ltr" for node in [element, *element.parents]
    )


def assert_latin_values_isolated(html, values):
    soup = BeautifulSoup(html, "html.parser")
    main = soup.find("main") or soup
    for value in values:
        found = [text for text in main.find_all(string=re.compile(re.escape(value)))]
        assert found, value
        for text in found:
            if text.parent.name == "option":
                # An option holds its value alone: nothing around it to be reordered with.
                continue
            assert isolated(text.parent), (value, str(text.parent)[:200])


LATIN_VALUES = [
    "VMDO e.V.",
    "Beuthstraße 21",
    "44147 Dortmund",
    "Innenstadt-Nord",
    "+49 231 2866 7730",
    "info@vmdo.de",
    "https://www.vmdo.de/beratung/",
]


def test_arabic_centre_page_isolates_every_latin_value(client, vmdo):
    response = client.get("/ar/beratung/vmdo/")
    assert response.status_code == 200
    assert_latin_values_isolated(response.content.decode(), LATIN_VALUES)


def test_arabic_finder_isolates_names_places_and_numbers(client, vmdo):
    html = client.get("/ar/beratung/").content.decode()
    assert_latin_values_isolated(html, ["VMDO e.V.", "Innenstadt-Nord", "+49 231 2866 7730"])
    soup = BeautifulSoup(html, "html.parser")
    card = soup.find("a", href=re.compile(r"/vmdo/$")).find_parent("article")
    facts = {dt.get_text(strip=True): dt.find_next("dd").get_text() for dt in card.find_all("dt")}
    assert any("، " in text for text in facts.values()), facts
    assert not any(", " in text for text in facts.values()), facts


def test_arabic_contact_cards_isolate_names_and_addresses(client, vmdo):
    """The contact cards of the page on getting advice, as the seed places them."""
    html = client.get("/ar/beratung-bekommen/").content.decode()
    shown = [value for value in LATIN_VALUES if value != "Innenstadt-Nord"]
    assert_latin_values_isolated(html, [*shown, "44145 Dortmund", "Diakonie"])


def test_arabic_flyer_text_is_in_logical_order(client, vmdo):
    text = pdf_text(client.get("/ar/beratung/flyer/").content)
    flat = " ".join(text.split())
    assert "VMDO e.V." in flat
    assert "Deutsches Rotes Kreuz – Kreisverband Dortmund e.V." in flat
    assert "44147 Dortmund" in flat
    assert "44145 Dortmund" in flat
    assert "Beuthstraße 21" in flat
    assert "+49 231 2866 7730" in flat
    assert "info@vmdo.de" in flat
    # Each address whole on one line: a reader types it as printed.
    lines = text.splitlines()
    assert any("https://www.vmdo.de/beratung/" in line for line in lines)
    assert any("http://testserver/ar/beratung/" in line for line in lines)
    assert ".V.e" not in flat
    # The lists of languages and topics are written with the Arabic comma.
    assert "،" in flat


def vcard_properties(text):
    """The vCard's content lines unfolded (RFC 6350 3.2) as (name with parameters, value)."""
    assert text.endswith("\r\n")
    unfolded = re.sub(r"\r\n[ \t]", "", text)
    lines = unfolded.split("\r\n")[:-1]
    assert lines[0] == "BEGIN:VCARD" and lines[-1] == "END:VCARD"
    properties = []
    for line in lines:
        name, sep, value = line.partition(":")
        assert sep and re.fullmatch(r"[A-Za-z-]+(;[A-Za-z-]+=[^:;]*)*", name), line
        properties.append((name.split(";")[0], value))
    return properties


def test_arabic_vcard_values_are_exact_and_unbroken(client, vmdo):
    response = client.get("/ar/beratung/vmdo/vcard/")
    assert response.status_code == 200
    text = response.content.decode()
    assert not BIDI_CONTROLS.search(text)
    properties = vcard_properties(text)
    values = {}
    for name, value in properties:
        values.setdefault(name, []).append(value)
    assert values["VERSION"] == ["4.0"]
    assert values["FN"] == ["VMDO e.V."]
    assert values["TEL"] == ["tel:+4923128667730"]
    assert values["EMAIL"] == ["info@vmdo.de"]
    assert values["URL"] == ["https://www.vmdo.de/beratung/"]
    assert values["ADR"] == [";;Beuthstraße 21;Dortmund;Innenstadt-Nord;44147;"]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("ar", "Arabisch، Farsi"),
        ("fa", "Arabisch، Farsi"),
        ("ckb", "Arabisch، Farsi"),
        ("de", "Arabisch, Farsi"),
        ("ti", "Arabisch, Farsi"),
    ],
)
def test_lists_use_the_separator_of_the_reader_language(language, expected):
    template = Template("{% load language_tags %}{{ items|join_list }}")
    with translation.override(language):
        assert template.render(Context({"items": ["Arabisch", "Farsi"]})) == expected


def test_joined_list_items_are_escaped():
    template = Template("{% load language_tags %}{{ items|join_list }}")
    with translation.override("ar"):
        rendered = template.render(Context({"items": ["<b>x</b>", "y"]}))
    assert rendered == "&lt;b&gt;x&lt;/b&gt;، y"
