"""Every body block of a German page shown to an Arabic reader: the page's texts are marked
German, the interface words inside them (e.g. "Important:") are marked in the reader's language."""

import re

import pytest
from bs4 import BeautifulSoup
from django.utils import translation
from wagtail.models import Page

from advice_centers.models import AdviceCenter
from tests.factories import ContentPageFactory, every_block_body

GERMAN_WORDS = re.compile(r"\b(der|die|das|und|für|mit|nicht|Sie|Ihre?)\b")


def language_of(element):
    marked = element if element.has_attr("lang") else element.find_parent(attrs={"lang": True})
    return marked["lang"]


@pytest.mark.django_db
def test_every_block_of_a_german_page_marks_german_text_and_reader_interface(client, seeded_site):
    home = Page.objects.get(depth=2).specific
    target = home.get_children().get(slug="ueber-das-gremium")
    every = ContentPageFactory(
        parent=home,
        title="Alle Bausteine",
        slug="alle-bausteine",
        body=every_block_body(center=AdviceCenter.objects.get(slug="diakonie"), page=target),
    )
    every.save_revision().publish()

    response = client.get("/ar/alle-bausteine/")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    assert soup.html["lang"] == "ar"
    assert "lang" not in soup.main.attrs

    german = [
        s for s in soup.main.find_all(string=GERMAN_WORDS) if s.find_parent("script") is None
    ]
    assert len(german) >= 5
    for string in german:
        assert language_of(string.parent) == "de", string.strip()[:80]

    with translation.override("ar"):
        interface = {translation.gettext("Important:"), translation.gettext("Note:")}
    hidden = [
        span for span in soup.main.select(".notice .visually-hidden") if span.get_text().strip()
    ]
    assert hidden
    for span in hidden:
        assert span.get_text().strip() in interface
        assert (span["lang"], span["dir"]) == ("ar", "rtl")
    notice = soup.find(class_="untranslated-notice")
    assert notice is not None and notice.find_parent(attrs={"lang": "de"}) is None
